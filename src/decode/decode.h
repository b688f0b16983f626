/* decode.h: the stages of decode, from raw bytes to paragraph records. */
#ifndef ONDIT_DECODE_H
#define ONDIT_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "rules.h"

/* --- charset.c: tables, detection, conversion --- */

enum cs_kind {
	CS_UTF8,	/* UTF-8, line by line, legacy fallback per line */
	CS_SINGLE,	/* a single-byte charset, by table */
	CS_WIDE		/* anything else, converted by iconv as a stream */
};

#define NSBCS	9	/* single-byte charsets that detection considers */
#define MAXMODELS 64	/* languages whose letters detection uses */

struct sbcs {
	const char	*name;		/* as reported */
	const char	*iconv_name;
	int32_t		 cp[256];	/* code point, -1 when undefined */
	char		 utf8[256][4];
	unsigned char	 len[256];
	int		 ready;
};

struct model {				/* a language's letter frequencies */
	char		 lang[8];
	int32_t		*cp;		/* listed letters, lower case */
	float		*logp;		/* log10 of the share among letters */
	size_t		 n;
	double		 listed;	/* share of the listed letters */
	float		 ascii[26];	/* log10 share of a to z */
	unsigned char	 has_ascii[26];	/* listed in the file */
};

struct detector {
	struct sbcs	 cs[NSBCS];
	struct model	*models;
	size_t		 nmodels;
	/* score of byte b decoded by charset c under model m */
	float		*base;		/* [c][m][256] */
	unsigned char	 cls[NSBCS][256];	/* K_* class of the byte */
	unsigned char	 script[NSBCS][256];	/* S_* script of a letter */
	/* the sample being scored */
	unsigned long	 hist[256];	/* bytes >= 0x80 seen */
	double		 adj[NSBCS];	/* what their contexts say */
	unsigned long	 letters[26];	/* ASCII letters seen */
	unsigned long	 high;		/* bytes >= 0x80 scored */
	pcre2_code	*meta;		/* finds <meta charset> */
	pcre2_match_data *md;
};

struct guess {
	enum cs_kind	 kind;
	const char	*name;		/* charset name as reported */
	int		 sbcs;		/* table index for CS_SINGLE, or -1 */
	int		 fallback;	/* table for invalid UTF-8 lines, or -1 */
	const char	*why;		/* "BOM", "declared", "detected", ... */
	size_t		 bom;		/* bytes to skip */
	char		 label[64];	/* a declared charset's name */
};

int	detector_init(struct detector *, struct rules_err *);
void	detector_free(struct detector *);
/* Whether decode can read a charset of that name (or alias). */
int	charset_known(const char *name);
/* The table of a charset named like iconv does, or -1. */
int	sbcs_find(struct detector *, const char *name);
/* Builds the table with iconv if not done yet; returns 0 or -1. */
int	sbcs_ready(struct sbcs *);
/* The most likely single-byte charset of p (its table index). */
int	guess_sbcs(struct detector *, const char *p, size_t n);
/* The same over several pieces: reset, add each, then best. */
void	score_reset(struct detector *);
void	score_add(struct detector *, const char *p, size_t n);
int	score_best(const struct detector *);
/*
 * Decides how to read a document from its first n bytes (all of it when
 * whole is set); returns 0, or -1 when it is binary (NUL bytes).
 */
int	detect(struct detector *, const char *p, size_t n, int whole,
	    struct guess *);
/*
 * Of the languages langs, the one whose letter frequencies fit the UTF-8
 * text s best, or NULL when none of them has letters.
 */
const char *letters_lang(const struct detector *, const char *s, size_t n,
	    const char *const *langs, size_t nlangs);
/* Appends p converted by a table; returns bytes undefined there, or -1. */
long	sbcs_convert(const struct sbcs *, const char *p, size_t n,
	    struct buf *out);

/* --- repair.c: mojibake --- */

/*
 * Turns back UTF-8 that was read as windows-1252 or Latin-1 (up to three
 * times) in the line s: returns the repairs made, the repaired line then
 * in out (tmp is scratch), 0 when s is fine as it is, or -1.
 */
long	repair_mojibake(const char *s, size_t n, const struct sbcs *w1252,
	    struct buf *out, struct buf *tmp);

/* --- entity.c: HTML character references --- */

enum ent_mode { ENT_NO, ENT_AUTO, ENT_YES };

/* Appends s with references decoded; returns how many, or -1. */
long	decode_entities(const char *s, size_t n, enum ent_mode,
	    const struct sbcs *w1252, struct buf *out);

/*
 * The reference at s ('&') as HTML5 reads it in text (intext set) or in
 * an attribute's value: its length, its code points in cp (cp[1] 0 when
 * there is one), and, in *number, the number a numeric reference writes
 * (-1 for a name); returns 0 when s holds no reference.
 */
size_t	html_reference(const char *s, size_t n, const struct sbcs *w1252,
	    int intext, int32_t cp[2], long *number);

/* --- clean.c: normalisation of one line --- */

struct clean_stats {
	unsigned long	 controls;	/* control characters removed */
	unsigned long	 invisible;	/* zero-width and soft hyphens removed */
};

#define CLEAN_LEADING	1	/* spaces were trimmed before the text */
#define CLEAN_TRAILING	2	/* and after it */

/*
 * Appends the cleaned, NFC form of a line of valid UTF-8: controls and
 * invisible characters removed, TAB as space, runs of spaces collapsed
 * (to U+0020, or to the no-break space in the run unless plain_spaces),
 * the ends trimmed (edges gets CLEAN_* bits).  work holds two scratch
 * buffers.  Returns 0 or -1.
 */
int	clean_line(const char *s, size_t n, int plain_spaces, struct buf *out,
	    struct buf work[2], struct clean_stats *, int *edges);

/* --- gz.c: the bytes of a document, gzip inflated on the fly --- */

#include <sys/types.h>
#include <zlib.h>

struct input {
	int		 fd;
	int		 inmem;		/* or a document in memory: */
	const char	*mem;		/* its bytes not yet read */
	size_t		 memn;
	int		 gz;		/* the file is gzip: inflated */
	int		 zready;	/* z is initialised */
	z_stream	 z;
	char		 zin[65536];	/* raw bytes; the first ones, given back */
	size_t		 pend, npend;
	int		 truncated;	/* the gzip stream ended early */
	int		 corrupt;	/* or was not gzip past its magic */
	int		 done;
};

/* Starts reading fd, looking for the gzip magic; returns 0 or -1. */
int	input_open(struct input *, int fd);
/* Starts reading a document in memory (as it is: no gzip). */
void	input_open_mem(struct input *, const char *p, size_t n);
/* The next bytes of the document: returns them, 0 at end, -1 (errno). */
ssize_t	input_read(struct input *, char *dst, size_t max);
/* input_read as an lr_source. */
ssize_t	input_source(void *ctx, char *dst, size_t max);
void	input_free(struct input *);

/* --- doc.c: one document, from file descriptor to records --- */

#include "langid.h"
#include "rec.h"

enum html_mode { HTML_AUTO, HTML_YES, HTML_NO };

/* The metadata of a page, for --meta: NUL-terminated, "" when unknown. */
enum { META_DATE, META_AUTHOR, META_URL, META_SITE, NMETA,
    META_TITLE = NMETA };

/* One paragraph of a page, as the HTML walk found it. */
struct hblock {
	size_t		 off, len;	/* its text in the page's arena */
	size_t		 links;		/* bytes of it inside links */
	long		 el;		/* the element that holds it */
	unsigned char	 kind;		/* BK_* (html.c) */
	const char	*label;		/* why it is not article text, or NULL */
	long		 par;		/* its number, 0 when empty */
};

/* An element of a page, for the choice of the main text. */
struct hel {
	long		 parent;	/* index, -1 for the root */
	unsigned	 flags;		/* EL_* (html.c) */
	const char	*label;		/* inherited: why it is boilerplate */
	size_t		 text, links;	/* bytes of text in it, in links */
	double		 score;		/* paragraph evidence (extract.c) */
	long		 narts;		/* <article> elements in it */
	unsigned char	 kind;		/* BK_* of the blocks it holds */
	unsigned char	 inmain;	/* it is in the main text */
};

struct page {
	struct buf	 raw, u8;	/* the bytes, then as UTF-8 */
	struct buf	 text;		/* the blocks' text */
	struct buf	 clean;		/* the same, cleaned */
	struct buf	 blocks;	/* struct hblock[] */
	struct buf	 els;		/* struct hel[] */
	struct buf	 stack;		/* the walk */
	struct buf	 meta[NMETA];	/* --meta values */
	struct buf	 title;		/* <title>, og:title, JSON-LD headline */
	int		 prio[NMETA + 1];	/* where each value came from */
	struct buf	 tmp;
	void		*parser;	/* libxml2's, kept from page to page */
	long		 nblocks, nels;
};

struct dopts {
	const char	*charset;	/* -f: forced charset, or NULL */
	const char	*lang;		/* -l: forced language, or NULL */
	int		 keep;		/* -k: keep boilerplate, marked */
	int		 verbose;	/* -v: report on stderr */
	int		 plain_spaces;	/* -s: every space as U+0020 */
	int		 repair;	/* undo mojibake (not --no-repair) */
	int		 meta;		/* --meta: date author url site */
	enum ent_mode	 entities;	/* --entities */
	enum html_mode	 html;		/* --html, --text, or by content */
};

struct anyrule {			/* a language's rules in one pattern */
	char		 lang[8];
	int		 joined;	/* 0 when they cannot be joined */
	pcre2_code	*re;		/* those without length guard, or NULL */
};

struct docstats {
	unsigned long	 written;	/* records */
	unsigned long	 dropped;	/* boilerplate paragraphs */
	unsigned long	 invalid;	/* bytes that became U+FFFD */
	unsigned long	 mixed_lines;	/* legacy lines in UTF-8 text */
	unsigned long	 repairs;	/* mojibake sequences */
	unsigned long	 entities;	/* references decoded */
	struct clean_stats clean;
};

struct decoder {
	struct dopts	 o;
	struct detector	 det;
	struct langid	 lid;
	struct rx	 rx;
	struct ruleset	 boiler;	/* boilerplate, all languages */
	const struct rule **active;	/* those for this document */
	size_t		 nactive;
	struct anyrule	*any;		/* per language: all rules as one */
	size_t		 nany;
	const struct anyrule *anyre;	/* that of this document, or NULL */
	size_t		 guardmax;	/* longest length guard, or 0 */
	struct rwriter	*w;
	int		 w1252;		/* table of windows-1252 */
	/* per document */
	const char	*name;		/* doc id */
	const char	*lang;
	struct guess	 g;
	struct docstats	 st;
	int		 blankmode;	/* paragraphs end at blank lines */
	int		 holding;	/* lines wait for language and mode */
	int		 trailing;	/* the last part ended with spaces */
	long		 par;
	int		 html;		/* the document is a page */
	struct input	 in;
	struct page	 pg;
	struct buf	 head, conv, rep, reptmp, ent, clean, work[2], para,
			 hold;
};

int	decoder_init(struct decoder *, const struct dopts *, struct rwriter *,
	    const char *const *rulefiles, size_t nrules, struct rules_err *);
void	decoder_free(struct decoder *);
/*
 * Decodes one document and writes its records; returns the exit status
 * it deserves (0, 1 nothing written, 2 trouble), having warned.
 */
int	decode_doc(struct decoder *, int fd, const char *name);
/*
 * The same for a document in memory, read as UTF-8 unless -f says; a
 * page (page) unless --text says, else as decode_doc() decides.
 */
int	decode_text(struct decoder *, const char *p, size_t n,
	    const char *name, int page);
/* --- input.c: one document per line (--input) --- */

enum input_kind {
	INPUT_DOC,	/* each file one document */
	INPUT_JSONL,	/* each line {"id": ..., "text": ...} */
	INPUT_TSV	/* each line id TAB text */
};

/*
 * Decodes the document of each line of fd (name in messages); returns
 * the exit status they deserve, having warned about bad lines.
 */
int	decode_lines(struct decoder *, int fd, const char *name,
	    enum input_kind);

/*
 * Undoes the mojibake of t[0, *tn) unless --no-repair; *t then points to
 * the repaired text (valid until the next call), counted in the stats.
 */
void	repair_text(struct decoder *, const char **t, size_t *tn);
/* Writes a record: par, the label (for -k) and the text. */
void	write_record(struct decoder *, long par, const char *label,
	    const char *text, size_t n);
/* The boilerplate rule that matches text, or NULL (rules chosen). */
const char *boilerplate(struct decoder *, const char *text, size_t n);
/* Decides the language of the held text, and its rules. */
void	decide_language(struct decoder *);
/* The first head bytes look like HTML. */
int	looks_html(const char *p, size_t n);

/* --- html.c: a web page to its blocks --- */

/*
 * Reads the rest of the page (the head is in d->head), converts it to
 * UTF-8, parses it and writes its records; returns the exit status.
 */
int	html_doc(struct decoder *, int whole);
/* The report of -v on stderr. */
void	doc_report(struct decoder *);
void	page_free(struct page *);

/* --- meta.c: JSON-LD --- */

/* Reads a JSON-LD script into the page's metadata and title. */
void	jsonld_read(struct decoder *, const char *s, size_t n);
/* Sets a metadata value (META_*) unless one of higher prio is set. */
void	page_meta(struct decoder *, int which, int prio, const char *s,
	    size_t n);

/* --- extract.c: the main text of a page --- */

/*
 * Labels the blocks that are not the article's text, and chooses the
 * title block; returns the article's bytes of text (0: no article).
 */
size_t	extract_main(struct page *, long *titleblock);

#endif
