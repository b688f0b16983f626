/*
 * rules.h: language resources (see ondit-rules(5)).
 *
 * A resource file is UTF-8 text, one entry per line; blank lines and lines
 * whose first non-blank character is '#' are ignored; "[kind]" or
 * "[kind lang]" starts a section.  Lists (abbreviations, stopwords, cue
 * verbs) hold one entry per line, "!entry" removes one.  Rule sets hold
 * "id field... pattern" lines, the pattern being the rest of the line in
 * PCRE2 syntax, compiled once with JIT and run under match limits.
 * Built-in resources are compiled in from lang/<code>/<kind>.
 */
#ifndef ONDIT_RULES_H
#define ONDIT_RULES_H

#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "buf.h"

struct rules_err {
	char		 file[256];
	unsigned	 line;
	char		 msg[256];
};

/* Fills err with file, line and message; returns -1. */
int	rules_fail(struct rules_err *, const char *file, unsigned line,
	    const char *msg);
/* FNV-1a of n bytes: the hash of every table of words. */
static inline size_t
rules_hash(const char *s, size_t n)
{
	size_t	 h = 14695981039346656037ULL;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

/* --- built-in resources --- */

/* Built-in text of lang/<lang>/<kind>, or NULL; *len gets its size. */
const char	*lang_builtin(const char *lang, const char *kind, size_t *len);
/* The languages with built-in resources, NULL-terminated. */
extern const char *const lang_codes[];

/* --- reading resource files --- */

/* Called for each entry: returns 0, or -1 after filling the error. */
typedef int (*rules_fn)(void *ctx, const char *kind, const char *lang,
    const char *entry, size_t len, const char *file, unsigned line,
    struct rules_err *);

/*
 * Calls fn for each entry of text; entries before any section header
 * belong to defkind, which must then be a known kind.  A section of an
 * unknown kind is an error.  Returns 0, or -1 with err filled.
 */
int	rules_scan(const char *text, size_t len, const char *file,
	    const char *defkind, rules_fn fn, void *ctx, struct rules_err *);
/* Reads a whole file into b; returns 0, or -1 with err filled. */
int	rules_read_file(const char *path, struct buf *b, struct rules_err *);

/* --- word sets --- */

struct wset {
	struct buf	 arena;		/* the words, NUL-separated */
	size_t		*slot;		/* arena offset + 1, 0 when empty */
	uint32_t	*tag;		/* high bits of each slot's hash */
	size_t		 nslot, n;
	/* a bit for each pair of letters a-z that words start with */
	unsigned char	 pairs[(26 * 26 + 7) / 8];
	uint32_t	 lens;		/* a bit per length in bytes (31: more) */
	unsigned char	 id;		/* the caller's number for the set, to
					 * memoise answers; 0: none */
};

/* False when no word of the set has n bytes. */
static inline int
wset_may_len(const struct wset *w, size_t n)
{
	return (w->lens >> (n < 31 ? n : 31)) & 1;
}

/* False when no word of the set starts with the letters a, b (a-z). */
static inline int
wset_may_start(const struct wset *w, unsigned char a, unsigned char b)
{
	unsigned k = (unsigned)(a - 'a') * 26 + (unsigned)(b - 'a');

	return (w->pairs[k >> 3] >> (k & 7)) & 1;
}

/* Adds (or with remove, takes out) a word; returns 0 or -1. */
int	wset_add(struct wset *, const char *, size_t, int remove);
/* True when the word is in the set. */
int	wset_has(const struct wset *, const char *, size_t);
/* The same, given the word's rules_hash() when hashed is true: a word
 * looked up in several sets is hashed once. */
int	wset_has_hashed(const struct wset *, const char *, size_t, size_t h,
	    int hashed);
void	wset_free(struct wset *);
/* A rules_fn that adds list entries ("!" removes) to the wset ctx. */
int	wset_entry(void *ctx, const char *kind, const char *lang,
	    const char *entry, size_t len, const char *file, unsigned line,
	    struct rules_err *);

/* --- patterns --- */

#define RX_NOJIT_MAX	16
#define RX_SEEN		512		/* patterns counted before their JIT */
#define RX_JIT_AFTER	(8u << 10)	/* subject bytes interpreted first */

/* One context per tool: match limits and one JIT stack. */
struct rx {
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jit;
	pcre2_match_data	*md;
	unsigned long		 limit_hits;	/* matches given up */
	const pcre2_code	*refused[RX_NOJIT_MAX];	/* by the JIT */
	size_t			 nojit;		/* past the max: JIT off */
	struct {
		const pcre2_code *re;
		size_t		 bytes;		/* subject interpreted */
		int		 jit;		/* 1: compiled, -1: refused */
		pcre2_code	*fast;		/* its JIT form, \s as [\h\v] */
	} seen[RX_SEEN];
};

#define RX_MATCH_LIMIT	2000000u
#define RX_DEPTH_LIMIT	10000u

/* Sets up limits and the JIT stack; returns 0 or -1. */
int	rx_init(struct rx *);
void	rx_free(struct rx *);
/*
 * Compiles pattern with UTF and Unicode properties; returns the code, or
 * NULL with msg filled.  rx_find JIT-compiles it at its first match.
 */
pcre2_code *rx_compile(const char *pattern, size_t len, unsigned opts,
	    char *msg, size_t msgsize);
/* The code that pcre2_serialize_encode() wrote at bytes, with its JIT
 * form (rx_jit_form()) written so at jit, or NULL; NULL when this PCRE2
 * cannot read it (another version) or out of memory. */
pcre2_code *rx_decode(const unsigned char *bytes, const unsigned char *jit);
/* The form of re that rx_find() JIT-compiles (its \s as [\h\v]),
 * compiled without JIT, or NULL when it is re itself. */
pcre2_code *rx_jit_form(const pcre2_code *re);
/* Frees a code that rx_compile() made (NULL: nothing). */
void	rx_code_free(pcre2_code *);
/*
 * Matches re against s from offset start; returns 1 with the match in
 * rx->md, 0 when no match, -1 when a limit stopped it (counted).
 */
int	rx_find(struct rx *, const pcre2_code *re, const char *s, size_t n,
	    size_t start, unsigned opts);
/* The span of group g of the last match, or 0 when unset. */
int	rx_group(const struct rx *, int g, size_t *start, size_t *end);

/*
 * Macros: "{NAME}" in a pattern (two or more capitals: \p{Lu} is left
 * alone) is replaced by what fn appends for it; fn returns 0, or -1 when
 * it knows no such macro.  Expansion nests up to 8 deep.  Returns 0, or
 * -1 with msg filled.
 */
typedef int (*macro_fn)(void *ctx, const char *name, size_t len,
    struct buf *out, int depth, char *msg, size_t msgsize);
int	rules_expand(const char *pat, size_t n, struct buf *out, macro_fn,
	    void *ctx, int depth, char *msg, size_t msgsize);
/* The pattern of "define NAME pattern" kept in defs, or NULL. */
const char *rules_define(const struct buf *defs, const char *name,
	    size_t len);
/*
 * The macro_fn of "define NAME pattern" lines kept in defs as
 * "name\0pattern\0" pairs (ctx is the struct buf).
 */
int	rules_define_fn(void *ctx, const char *name, size_t len,
	    struct buf *out, int depth, char *msg, size_t msgsize);

struct rule {
	char		*id;
	char		*label;		/* or NULL when the kind has none */
	int		 prio;
	char		*lang;		/* NULL: any language */
	char		*src;		/* pattern as written */
	char		*expanded;	/* with its macros expanded */
	pcre2_code	*re;
	int		 target;	/* group number of (?<target>), or -1 */
	char		*file;
	unsigned	 line;
	int		 off;		/* disabled by "!id" */
	/*
	 * A pattern that starts, after inline options such as "(?i)", with
	 * the length guard "^(?!.{N})" only matches texts of fewer than N
	 * characters: maxchars is N (else 0), so a caller may skip it on
	 * longer ones.  When ".*?" follows the guard, search is the options
	 * and what follows ".*?", compiled: on a text without newline shorter
	 * than N characters it finds a match wherever the rule does, faster.
	 */
	size_t		 maxchars;
	pcre2_code	*search;	/* or NULL */
	int		 ready;		/* 1 compiled, 0 not yet (ruleset's
					 * later), -1 refused */
};

struct ruleset {
	struct rule	*r;
	size_t		 n, cap;
	int		 nfields;	/* fields before the pattern: 1..3 */
	const char	*lang;		/* language being loaded */
	struct buf	 defines;	/* "define NAME pattern" lines */
	int		 later;		/* rules read now are compiled when
					 * first needed: ruleset_ready() */
};


/*
 * A rules_fn that parses "id [label [prio]] pattern" lines into the
 * ruleset ctx ("!id" disables a rule; a rule with a known id replaces it;
 * "define NAME pattern" names a piece of pattern used as {NAME} after).
 */
int	ruleset_entry(void *ctx, const char *kind, const char *lang,
	    const char *entry, size_t len, const char *file, unsigned line,
	    struct rules_err *);
/* Rule i of rs compiled, if it was read with later set; returns 0, or -1
 * when it cannot run (msg filled when it was just refused). */
int	ruleset_ready(struct ruleset *, size_t i, char *msg, size_t msgsize);
void	ruleset_free(struct ruleset *);

#endif
