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
	int32_t		*cp;
	float		*logp;		/* log10 of the share among letters */
	size_t		 n;
};

struct detector {
	struct sbcs	 cs[NSBCS];
	struct model	*models;
	size_t		 nmodels;
	/* score of byte b decoded by charset c under model m */
	float		*base;		/* [c][m][256] */
	unsigned char	 cls[NSBCS][256];
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
};

int	detector_init(struct detector *, struct rules_err *);
void	detector_free(struct detector *);
/* The table of a charset named like iconv does, or -1. */
int	sbcs_find(struct detector *, const char *name);
/* Builds the table with iconv if not done yet; returns 0 or -1. */
int	sbcs_ready(struct sbcs *);
/* The most likely single-byte charset of p (its table index). */
int	guess_sbcs(struct detector *, const char *p, size_t n);
/*
 * Decides how to read a document from its first n bytes (all of it when
 * whole is set); returns 0, or -1 when it is binary (NUL bytes).
 */
int	detect(struct detector *, const char *p, size_t n, int whole,
	    struct guess *);
/* Appends p converted by a table; returns bytes undefined there, or -1. */
long	sbcs_convert(const struct sbcs *, const char *p, size_t n,
	    struct buf *out);

/* --- repair.c: mojibake --- */

/*
 * Appends s to out with UTF-8 that was read as windows-1252 or Latin-1
 * (once or twice) turned back; returns the repairs made, or -1.
 */
long	repair_mojibake(const char *s, size_t n, const struct sbcs *w1252,
	    struct buf *out);

/* --- entity.c: HTML character references --- */

enum ent_mode { ENT_NO, ENT_AUTO, ENT_YES };

/* Appends s with references decoded; returns how many, or -1. */
long	decode_entities(const char *s, size_t n, enum ent_mode,
	    const struct sbcs *w1252, struct buf *out);

/* --- clean.c: normalisation of one line --- */

struct clean_stats {
	unsigned long	 controls;	/* control characters removed */
	unsigned long	 invisible;	/* zero-width and soft hyphens removed */
};

/*
 * Appends the cleaned, NFC form of a line of valid UTF-8: controls and
 * invisible characters removed, TAB as space, runs of spaces collapsed
 * (to U+0020, or to the no-break space in the run unless plain_spaces).
 * work holds two scratch buffers.  Returns 0 or -1.
 */
int	clean_line(const char *s, size_t n, int plain_spaces, struct buf *out,
	    struct buf work[2], struct clean_stats *);

#endif

/* --- doc.c: one document, from file descriptor to records --- */

#include "langid.h"
#include "rec.h"

struct dopts {
	const char	*charset;	/* -f: forced charset, or NULL */
	const char	*lang;		/* -l: forced language, or NULL */
	int		 keep;		/* -k: keep boilerplate, marked */
	int		 verbose;	/* -v: report on stderr */
	int		 plain_spaces;	/* -s: every space as U+0020 */
	int		 repair;	/* undo mojibake (not --no-repair) */
	enum ent_mode	 entities;	/* --entities */
};

struct docstats {
	unsigned long	 paragraphs, dropped, invalid, mixed_lines,
			 repairs, entities, split;
	struct clean_stats clean;
};

struct decoder {
	struct dopts	 o;
	struct detector	 det;
	struct langid	 lid;
	struct rx	 rx;
	struct ruleset	 boiler;	/* boilerplate, all languages */
	struct rwriter	*w;
	int		 w1252;		/* table of windows-1252 */
	/* per document */
	const char	*name;		/* doc id */
	const char	*lang;
	struct guess	 g;
	struct docstats	 st;
	int		 blankmode;	/* paragraphs end at blank lines */
	int		 holding;	/* lines wait for language and mode */
	long		 par;
	struct buf	 head, conv, rep, ent, clean, work[2], para, hold;
};

int	decoder_init(struct decoder *, const struct dopts *, struct rwriter *,
	    const char *const *rulefiles, size_t nrules, struct rules_err *);
void	decoder_free(struct decoder *);
/*
 * Decodes one document and writes its records; returns the exit status
 * it deserves (0, 1 nothing written, 2 trouble), having warned.
 */
int	decode_doc(struct decoder *, int fd, const char *name);
