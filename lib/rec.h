/*
 * rec.h: the record format shared by every tool (see ondit(7)).
 *
 * One record per line, TAB between fields, backslash escapes \\ \t \n \r
 * (and \# for a leading '#') inside fields, an optional '#' header naming
 * the columns.  The first column is the document id, the last one the text;
 * the standard leading columns are doc, lang, par and sent.
 *
 * Reading: lr_* cuts a byte stream into lines in one sliding buffer (lines
 * longer than the limit come in parts); rr_* cuts lines into fields, keeps
 * the header and maps columns.  Writing: rw_* escapes fields into one output
 * buffer and writes whole records only.  Nothing here prints or exits.
 */
#ifndef ONDIT_REC_H
#define ONDIT_REC_H

#include <stddef.h>
#include <sys/types.h>

#include "buf.h"

#define LR_MAXLINE	(16u << 20)	/* longest line read in one piece */

/* A source of bytes: returns bytes read, 0 at end, -1 with errno. */
typedef ssize_t	(*lr_source)(void *ctx, char *dst, size_t max);

struct lreader {
	lr_source	 src;
	void		*ctx;
	int		 fd;		/* default source */
	char		*buf;
	size_t		 cap, start, end;
	size_t		 maxline;	/* longest piece returned */
	unsigned long	 lineno;	/* line of the last piece, 1-based */
	int		 eof;		/* source exhausted */
	int		 part;		/* last piece: 0 whole, n: nth part */
	int		 more;		/* last piece continues in the next */
	int		 keep_escapes;	/* never end a part inside "\x" */
};

void	lr_init_fd(struct lreader *, int fd);
void	lr_init_src(struct lreader *, lr_source, void *);
/* Preloads bytes that the source must return first; returns 0 or -1. */
int	lr_unread(struct lreader *, const char *, size_t);
/* Next line without its LF: returns 1, 0 at end, -1 on error (errno). */
int	lr_next(struct lreader *, const char **line, size_t *len);
void	lr_free(struct lreader *);

struct field {
	const char	*p;	/* raw, still escaped */
	size_t		 n;
};

enum stdcol { COL_DOC, COL_LANG, COL_PAR, COL_SENT, NSTDCOL };

/* The standard columns of one record, from its fields or synthesised. */
struct stdvals {
	struct field	 doc, lang;	/* raw; lang.n == 0 when unknown */
	int		 doc_plain;	/* doc is a file name, not escaped */
	long		 par, sent;	/* -1 when the input field is not a number */
	struct field	 par_raw, sent_raw;
};

struct rreader {
	struct lreader	 lr;
	const char	*name;		/* file name, for messages and doc ids */
	struct buf	 header;	/* last header line (raw, without '#') */
	struct field	*cols;		/* header column names */
	size_t		 ncols, colcap;
	int		 has_header;
	int		 stdidx[NSTDCOL];	/* column of each, or -1 */
	int		 header_changed;/* a header was read since last asked */
	struct field	*f;		/* fields of the current record */
	size_t		 nf, fcap;
	struct buf	 prefix;	/* leading fields of a record read in parts */
	struct buf	 text;		/* unescaped text of the current record */
	struct buf	 tmp;
	struct buf	 lastdoc;	/* for synthesised paragraph numbers */
	long		 ordinal;
	unsigned long	 bad_escapes;	/* in the current record */
	unsigned long	 bad_bytes;	/* invalid UTF-8, in the current record */
};

struct rec {
	struct field	*f;		/* fields; the last is the text */
	size_t		 nf;
	unsigned long	 lineno;
	int		 part;		/* 0, or the part number of a long line */
	int		 more;		/* the text goes on in the next record */
};

void	rr_init(struct rreader *, int fd, const char *name);
/* Next record: returns 1, 0 at end, -1 on read error (errno). */
int	rr_next(struct rreader *, struct rec *);
/* Index of the named column in the current header, or -1. */
int	rr_col(const struct rreader *, const char *name);
/* Index of a standard column in this record, or -1 when absent. */
int	rr_stdcol(const struct rreader *, const struct rec *, enum stdcol);
/* Fills the standard values of the record, synthesising what is absent. */
void	rr_std(struct rreader *, const struct rec *, struct stdvals *);
/*
 * The record's text unescaped, with invalid UTF-8 replaced by U+FFFD:
 * valid until the next rr_next(); *len receives its length.  Bad escapes
 * and bytes are counted in the reader.  Returns NULL when out of memory.
 */
const char *rr_text(struct rreader *, const struct rec *, size_t *len);
/* Same for any field. */
const char *rr_field(struct rreader *, const struct field *, size_t *len);
void	rr_free(struct rreader *);

/*
 * The output columns of a tool: doc lang par sent, the input's other
 * columns (kept in order), the tool's own columns, then the text column.
 */
#define LAYOUT_MAX	64

struct layout {
	const char	*names[LAYOUT_MAX];	/* output column names */
	size_t		 n;
	int		 extra[LAYOUT_MAX];	/* input field of each kept
						   column, -1 when absent */
	size_t		 nextra;
	size_t		 dropped;		/* input columns past
						   LAYOUT_MAX, not kept */
	struct buf	 store;			/* the names */
};

/*
 * Sets the output columns from the reader's header (or the first record
 * when there is none) and the tool's own columns; returns 0 or -1.
 */
int	layout_init(struct layout *, const struct rreader *,
	    const struct rec *, const char *const *own, size_t nown);
/*
 * Maps the kept columns to a new input header by name; returns how many
 * input columns have no place in the output (their values are dropped).
 */
size_t	layout_remap(struct layout *, const struct rreader *);
void	layout_free(struct layout *);

/* Escapes text into a field; returns 0 or -1. */
int	rec_escape(struct buf *, const char *, size_t, int first);
/*
 * Unescapes a field; returns the number of malformed escapes (kept as
 * written), or -1 when out of memory.
 */
long	rec_unescape(struct buf *, const char *, size_t);
/* Appends s as a JSON string with quotes; returns 0 or -1. */
int	json_string(struct buf *, const char *, size_t);

struct rwriter {
	int		 fd;
	int		 json;		/* JSON Lines instead of TSV */
	int		 linebuf;	/* write each record at once */
	struct buf	 out;		/* whole records waiting to be written */
	const char	**names;	/* column names of the output */
	size_t		 ncols;
	size_t		 col;		/* column being written */
	size_t		 recstart;	/* offset of the record being built */
	struct buf	 tmp;
};

void	rw_init(struct rwriter *, int fd, int json, int linebuf);
/* Sets the output columns; writes the header unless quiet or JSON. */
int	rw_header(struct rwriter *, const char **names, size_t n, int write);
/* Field writers: raw (already escaped), text (escaped here), number. */
int	rw_raw(struct rwriter *, const char *, size_t);
int	rw_text(struct rwriter *, const char *, size_t);
int	rw_num(struct rwriter *, long);
/* Writes doc, lang, par and sent. */
int	rw_std(struct rwriter *, const struct stdvals *);
/* Writes the input's kept columns of rec, as the layout says. */
int	rw_extras(struct rwriter *, const struct layout *, const struct rec *);
/* Ends the record; writes it out when due.  Returns 0 or -1 (errno). */
int	rw_end(struct rwriter *);
/* Drops the record being built (a tool that changed its mind). */
void	rw_cancel(struct rwriter *);
/* Writes out every finished record; returns 0 or -1 (errno). */
int	rw_flush(struct rwriter *);
void	rw_free(struct rwriter *);

#endif
