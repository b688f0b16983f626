/* rules.c: resource files, word sets and compiled patterns. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"
#include "u8.h"

int
rules_fail(struct rules_err *err, const char *file, unsigned line,
    const char *msg)
{
	snprintf(err->file, sizeof(err->file), "%s", file);
	err->line = line;
	snprintf(err->msg, sizeof(err->msg), "%s", msg);
	return -1;
}

static int
isblank_(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * The kinds of section that some tool of the suite reads (ondit-rules(5)).
 * A tool skips the others' sections; a kind that none reads is a typo
 * ("[verb]"), whose entries would otherwise be lost without a word.
 */
static const char *const known_kinds[] = {
	/* decode(1), and the language guess of every tool */
	"boilerplate", "letters", "stopwords",
	/* segment(1) */
	"abbreviations", "titles", "final", "starters", "continuers",
	"attributions",
	/* quote-extract(1) */
	"attribution", "verbs", "auxiliaries", "according", "pronouns",
	"genders", "firstnames", "complementizers", "equivalents",
	"contractions", "roles", "adjuncts", "relatives", "nearby",
	"demonstratives", "concerned", "past", "possessives", "places",
	"groups", "documents", "coordinations", "continuations",
	"participles", "others", "honorifics", "copulas", "former", "joiners",
	"organisations", "agents", "anaphors", "latest", "particles",
	"prepositions", "determiners", "institutions", "suffixes",
	"definites", "subordinators", "utterances", "impersonals",
	"indefinites", "complements", "newcomers", "qualifiers", "trades",
	"keepers", "kin",
	/* stance-tag(1) */
	"stance", "negation", "not-negating",
};

static int
kind_known(const char *kind)
{
	size_t	 i;

	for (i = 0; i < sizeof(known_kinds) / sizeof(known_kinds[0]); i++)
		if (strcmp(known_kinds[i], kind) == 0)
			return 1;
	return 0;
}

int
rules_scan(const char *text, size_t len, const char *file,
    const char *defkind, rules_fn fn, void *ctx, struct rules_err *err)
{
	const char	*p = text, *end, *nl, *s, *e;
	char		 kind[64], lang[16];
	unsigned	 line = 0;
	int		 haslang = 0, known;
	size_t		 k;

	if (len == 0)	/* text may be NULL: no pointer arithmetic */
		return 0;
	end = text + len;
	snprintf(kind, sizeof(kind), "%s", defkind);
	known = kind_known(kind);
	while (p < end) {
		line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		e = nl ? nl : end;
		s = p;
		p = nl ? nl + 1 : end;
		while (s < e && isblank_(*s))
			s++;
		while (e > s && (isblank_(e[-1]) || e[-1] == '\r'))
			e--;
		if (u8_valid_prefix(s, (size_t)(e - s)) != (size_t)(e - s))
			return rules_fail(err, file, line, "not valid UTF-8");
		/* entries are kept as C strings */
		if (memchr(s, '\0', (size_t)(e - s)) != NULL)
			return rules_fail(err, file, line, "NUL byte");
		if (s == e || *s == '#')
			continue;
		if (*s == '[' && e[-1] == ']') {
			/* [kind] or [kind lang] */
			const char *q = s + 1, *qe = e - 1, *sp;

			sp = q;
			while (sp < qe && !isblank_(*sp))
				sp++;
			k = (size_t)(sp - q);
			if (k == 0 || k >= sizeof(kind))
				return rules_fail(err, file, line, "bad section name");
			memcpy(kind, q, k);
			kind[k] = '\0';
			if (!(known = kind_known(kind))) {
				char msg[sizeof(kind) + 32];

				snprintf(msg, sizeof(msg), "unknown section [%s]",
				    kind);
				return rules_fail(err, file, line, msg);
			}
			while (sp < qe && isblank_(*sp))
				sp++;
			haslang = sp < qe;
			if (haslang) {
				k = (size_t)(qe - sp);
				if (k >= sizeof(lang))
					return rules_fail(err, file, line,
					    "bad section language");
				memcpy(lang, sp, k);
				lang[k] = '\0';
			}
			continue;
		}
		/* (a built-in file's own kind may be no section: "cues") */
		if (!known)
			return rules_fail(err, file, line,
			    "an entry before the first section");
		if (fn(ctx, kind, haslang ? lang : NULL, s, (size_t)(e - s),
		    file, line, err) == -1)
			return -1;
	}
	return 0;
}

int
rules_read_file(const char *path, struct buf *b, struct rules_err *err)
{
	char	 chunk[65536];
	ssize_t	 n;
	int	 fd;

	if ((fd = open(path, O_RDONLY)) == -1)
		return rules_fail(err, path, 0, strerror(errno));
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n == -1) {
			if (errno == EINTR)
				continue;
			rules_fail(err, path, 0, strerror(errno));
			close(fd);
			return -1;
		}
		if (buf_add(b, chunk, (size_t)n) == -1) {
			close(fd);
			return rules_fail(err, path, 0, "out of memory");
		}
	}
	close(fd);
	return 0;
}

/* --- word sets --- */

/* The tag of a word: high bits of its hash, and its length (255: that
 * or more), so that only a word of the same length is compared. */
#define WSET_TAG(h, n)	((uint32_t)((h) >> 40) << 8 | ((n) < 255 ? (n) : 255))

static int
wset_grow(struct wset *w)
{
	size_t	 nslot = w->nslot ? w->nslot * 2 : 64, i, j, h, n, *slot;
	uint32_t *tag;
	const char *s;

	if ((slot = calloc(nslot, sizeof(*slot))) == NULL)
		return -1;
	if ((tag = calloc(nslot, sizeof(*tag))) == NULL) {
		free(slot);
		return -1;
	}
	for (i = 0; i < w->nslot; i++) {
		if (w->slot[i] == 0)
			continue;
		s = w->arena.p + w->slot[i] - 1;
		n = strlen(s);
		h = rules_hash(s, n);
		j = h & (nslot - 1);
		while (slot[j] != 0)
			j = (j + 1) & (nslot - 1);
		slot[j] = w->slot[i];
		tag[j] = WSET_TAG(h, n);
	}
	free(w->slot);
	free(w->tag);
	w->slot = slot;
	w->tag = tag;
	w->nslot = nslot;
	return 0;
}

/*
 * The slot of the word, or of the empty place where it would go; *hp
 * gets the word's hash.  Only a slot with the same tag has its word
 * compared.
 */
static size_t
wset_find_hashed(const struct wset *w, const char *s, size_t n, size_t h)
{
	size_t	 j = h & (w->nslot - 1);
	uint32_t tag = WSET_TAG(h, n);
	const char *t;

	while (w->slot[j] != 0) {
		t = w->arena.p + w->slot[j] - 1;
		if (w->tag[j] == tag && (n < 255 || strnlen(t, n + 1) == n) &&
		    memcmp(t, s, n) == 0)
			return j;
		j = (j + 1) & (w->nslot - 1);
	}
	return j;
}

static size_t
wset_find(const struct wset *w, const char *s, size_t n, size_t *hp)
{
	*hp = rules_hash(s, n);
	return wset_find_hashed(w, s, n, *hp);
}

int
wset_add(struct wset *w, const char *s, size_t n, int remove)
{
	size_t	 j, h;

	if (w->nslot == 0 && wset_grow(w) == -1)
		return -1;
	j = wset_find(w, s, n, &h);
	if (remove) {
		if (w->slot[j] != 0) {
			/* re-insert the cluster that follows */
			size_t	 k = (j + 1) & (w->nslot - 1), off, hk;

			w->slot[j] = 0;
			w->n--;
			while ((off = w->slot[k]) != 0) {
				const char *t = w->arena.p + off - 1;
				size_t	 m;

				w->slot[k] = 0;
				m = wset_find(w, t, strlen(t), &hk);
				w->slot[m] = off;
				w->tag[m] = WSET_TAG(hk, strlen(t));
				k = (k + 1) & (w->nslot - 1);
			}
		}
		return 0;
	}
	if (w->slot[j] != 0)
		return 0;
	/* at most a quarter full: a word that is not there meets few */
	if ((w->n + 1) * 4 > w->nslot) {
		if (wset_grow(w) == -1)
			return -1;
		j = wset_find(w, s, n, &h);
	}
	w->slot[j] = w->arena.n + 1;
	w->tag[j] = WSET_TAG(h, n);
	if (buf_add(&w->arena, s, n) == -1 || buf_addc(&w->arena, '\0') == -1)
		return -1;
	w->n++;
	w->lens |= 1u << (n < 31 ? n : 31);
	if (n >= 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z') {
		unsigned k = (unsigned)(s[0] - 'a') * 26 + (unsigned)(s[1] - 'a');

		w->pairs[k >> 3] |= (unsigned char)(1u << (k & 7));
	}
	return 0;
}

int
wset_has(const struct wset *w, const char *s, size_t n)
{
	return wset_has_hashed(w, s, n, 0, 0);
}

int
wset_has_hashed(const struct wset *w, const char *s, size_t n, size_t h,
    int hashed)
{
	if (w->nslot == 0 || !wset_may_len(w, n))
		return 0;
	/* two letters a-z that start no word: no need to hash */
	if (n >= 2 && (unsigned)(s[0] - 'a') < 26u &&
	    (unsigned)(s[1] - 'a') < 26u &&
	    !wset_may_start(w, (unsigned char)s[0], (unsigned char)s[1]))
		return 0;
	if (!hashed)
		h = rules_hash(s, n);
	return w->slot[wset_find_hashed(w, s, n, h)] != 0;
}

void
wset_free(struct wset *w)
{
	buf_free(&w->arena);
	free(w->slot);
	free(w->tag);
	memset(w, 0, sizeof(*w));
}

int
wset_entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	(void)kind;
	(void)lang;
	if (n > 1 && s[0] == '!')
		return wset_add(ctx, s + 1, n - 1, 1) == -1 ?
		    rules_fail(err, file, line, "out of memory") : 0;
	return wset_add(ctx, s, n, 0) == -1 ?
	    rules_fail(err, file, line, "out of memory") : 0;
}

/* --- patterns --- */

int
rx_init(struct rx *rx)
{
	memset(rx, 0, sizeof(*rx));
	if ((rx->mctx = pcre2_match_context_create(NULL)) == NULL)
		return -1;
	pcre2_set_match_limit(rx->mctx, RX_MATCH_LIMIT);
	pcre2_set_depth_limit(rx->mctx, RX_DEPTH_LIMIT);
	if ((rx->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL))
	    != NULL)
		pcre2_jit_stack_assign(rx->mctx, NULL, rx->jit);
	if ((rx->md = pcre2_match_data_create(32, NULL)) == NULL)
		return -1;
	/*
	 * ONDIT_NO_JIT (set by make check-valgrind): the interpreter only.
	 * The JIT's vector loads read the bytes that follow a subject in its
	 * buffer and mask them off, which memcheck reports as uninitialised.
	 */
	if (getenv("ONDIT_NO_JIT") != NULL)
		rx->nojit = RX_NOJIT_MAX + 1;
	return 0;
}

void
rx_free(struct rx *rx)
{
	size_t	 i;

	for (i = 0; i < RX_SEEN; i++)
		pcre2_code_free(rx->seen[i].fast);
	pcre2_match_data_free(rx->md);
	pcre2_jit_stack_free(rx->jit);
	pcre2_match_context_free(rx->mctx);
	memset(rx, 0, sizeof(*rx));
}

/*
 * Writes pat with \s as [\h\v] (in a class, \h\v) and \S as [^\h\v]
 * outside classes.  With PCRE2_UCP, \s is the Unicode property Z plus
 * \h and \v, and every character of Z is in \h or \v: the same set.
 * But the JIT tests the property by a table look-up for every character
 * where it tests [\h\v] inline; the rules of quote-extract ran 25-30%
 * faster.  \Q...\E is copied as it is.  Returns the length, or 0 when
 * out of memory (*out NULL).
 *
 * Compiling [\h\v] costs PCRE2 about 20 times what \s does, and most
 * patterns never run long enough for the JIT: the text is kept aside,
 * by code, and rewritten and compiled so when the pattern is
 * JIT-compiled.
 */
static size_t
ucp_spaces(const char *pat, size_t len, char **out)
{
	size_t	 i = 0, n = 0;
	int	 cls = 0;
	char	*o;

	/* each two-byte \s or \S becomes at most 7 bytes */
	if ((o = *out = malloc(len * 4 + 1)) == NULL)
		return 0;
	while (i < len) {
		char c = pat[i];

		if (c == '\\' && i + 1 < len && pat[i + 1] == 'Q') {
			const char *e = memmem(pat + i + 2, len - i - 2, "\\E", 2);
			size_t k = e == NULL ? len : (size_t)(e - pat) + 2;

			memcpy(o + n, pat + i, k - i);
			n += k - i;
			i = k;
		} else if (c == '\\' && i + 1 < len && (pat[i + 1] == 's' ||
		    (pat[i + 1] == 'S' && !cls))) {
			const char *w = pat[i + 1] == 'S' ? "[^\\h\\v]" :
			    cls ? "\\h\\v" : "[\\h\\v]";

			memcpy(o + n, w, strlen(w));
			n += strlen(w);
			i += 2;
		} else if (c == '\\' && i + 1 < len) {
			o[n++] = c;
			o[n++] = pat[i + 1];
			i += 2;
		} else if (cls) {
			cls = c != ']';
			o[n++] = pat[i++];
		} else if (c == '[') {
			/* "[]" and "[^]" hold a literal ] */
			o[n++] = pat[i++];
			if (i < len && pat[i] == '^')
				o[n++] = pat[i++];
			if (i < len && pat[i] == ']')
				o[n++] = pat[i++];
			cls = 1;
		} else
			o[n++] = pat[i++];
	}
	o[n] = '\0';
	return n;
}

/*
 * The text of each pattern that rx_compile() made and that holds \s or
 * \S, for its JIT form: an open-addressing table by code, kept for the
 * process (codes are made once, at start; one made again at a freed
 * address takes the entry over).  One table for all, as the tools run
 * one thread.
 */
static struct jitsrc {
	const pcre2_code *re;
	char		*text;
	size_t		 len;
	uint32_t	 opts;
	const unsigned char *packed;	/* or that form compiled, serialized */
} *jitsrc;
static size_t njitsrc, capjitsrc;

static size_t
jitsrc_slot(const struct jitsrc *t, size_t cap, const pcre2_code *re)
{
	size_t	 h = (size_t)(((uintptr_t)re >> 4) * 0x9E3779B97F4A7C15u) &
	    (cap - 1);

	while (t[h].re != NULL && t[h].re != re)
		h = (h + 1) & (cap - 1);
	return h;
}

/* Keeps text, or its form packed, as re's JIT text; returns 0, or -1
 * when out of memory. */
static int
jitsrc_put(const pcre2_code *re, char *text, size_t len, uint32_t opts,
    const unsigned char *packed)
{
	struct jitsrc *t;
	size_t	 cap, i, h;

	if ((njitsrc + 1) * 2 > capjitsrc) {
		cap = capjitsrc ? capjitsrc * 2 : 256;
		if ((t = calloc(cap, sizeof(*t))) == NULL)
			return -1;
		for (i = 0; i < capjitsrc; i++)
			if (jitsrc[i].re != NULL)
				t[jitsrc_slot(t, cap, jitsrc[i].re)] = jitsrc[i];
		free(jitsrc);
		jitsrc = t;
		capjitsrc = cap;
	}
	h = jitsrc_slot(jitsrc, capjitsrc, re);
	if (jitsrc[h].re == NULL)
		njitsrc++;
	free(jitsrc[h].text);
	jitsrc[h].re = re;
	jitsrc[h].text = text;
	jitsrc[h].len = len;
	jitsrc[h].opts = opts;
	jitsrc[h].packed = packed;
	return 0;
}

/* Takes re's entry out, if it has one (the cluster after it moved up). */
static void
jitsrc_del(const pcre2_code *re)
{
	size_t	 h, k, want;

	if (capjitsrc == 0)
		return;
	h = jitsrc_slot(jitsrc, capjitsrc, re);
	if (jitsrc[h].re == NULL)
		return;
	free(jitsrc[h].text);
	memset(&jitsrc[h], 0, sizeof(jitsrc[h]));
	njitsrc--;
	for (k = (h + 1) & (capjitsrc - 1); jitsrc[k].re != NULL;
	    k = (k + 1) & (capjitsrc - 1)) {
		want = jitsrc_slot(jitsrc, capjitsrc, jitsrc[k].re);
		if (want != k) {
			jitsrc[want] = jitsrc[k];
			memset(&jitsrc[k], 0, sizeof(jitsrc[k]));
		}
	}
}

void
rx_code_free(pcre2_code *re)
{
	if (re == NULL)
		return;
	jitsrc_del(re);
	pcre2_code_free(re);
}

/* re's JIT form: compiled from its text with ucp_spaces(), or decoded
 * as the build compiled it; NULL when it has none. */
static pcre2_code *
jitsrc_form(const pcre2_code *re)
{
	const struct jitsrc *e;
	pcre2_code *form = NULL;
	char	*text;
	size_t	 n;
	int	 code;
	PCRE2_SIZE off;

	if (capjitsrc == 0)
		return NULL;
	e = &jitsrc[jitsrc_slot(jitsrc, capjitsrc, re)];
	if (e->re == NULL)
		return NULL;
	if (e->packed != NULL)
		return pcre2_serialize_decode(&form, 1, e->packed, NULL) == 1 ?
		    form : NULL;
	if ((n = ucp_spaces(e->text, e->len, &text)) == 0)
		return NULL;
	form = pcre2_compile((PCRE2_SPTR)text, n, e->opts, &code, &off, NULL);
	free(text);
	return form;
}

pcre2_code *
rx_jit_form(const pcre2_code *re)
{
	return jitsrc_form(re);
}

/* re's JIT form (jitsrc_form()) JIT-compiled, or NULL. */
static pcre2_code *
jitsrc_code(const pcre2_code *re)
{
	pcre2_code *fast = jitsrc_form(re);

	if (fast != NULL && pcre2_jit_compile(fast, PCRE2_JIT_COMPLETE) != 0) {
		pcre2_code_free(fast);
		fast = NULL;
	}
	return fast;
}

/* Keeps pat as re's text, for the JIT (without it, the pattern as
 * compiled); a code freed without rx_code_free() left no text to this
 * one. */
static void
keep_text(const pcre2_code *re, const char *pat, size_t len, unsigned opts)
{
	char	*text;

	jitsrc_del(re);
	if ((memmem(pat, len, "\\s", 2) != NULL ||
	    memmem(pat, len, "\\S", 2) != NULL) &&
	    (text = malloc(len)) != NULL) {
		memcpy(text, pat, len);
		if (jitsrc_put(re, text, len, opts, NULL) == -1)
			free(text);
	}
}

pcre2_code *
rx_compile(const char *pat, size_t len, unsigned opts, char *msg, size_t sz)
{
	pcre2_code	*re;
	int		 code;
	PCRE2_SIZE	 off;
	PCRE2_UCHAR	 err[200];

	opts |= PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK;
	re = pcre2_compile((PCRE2_SPTR)pat, len, opts, &code, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(code, err, sizeof(err));
		snprintf(msg, sz, "bad pattern at offset %zu: %s", (size_t)off,
		    (char *)err);
		return NULL;
	}
	keep_text(re, pat, len, opts);
	return re;
}

pcre2_code *
rx_decode(const unsigned char *bytes, const unsigned char *jit)
{
	pcre2_code	*re;

	if (pcre2_serialize_decode(&re, 1, bytes, NULL) != 1)
		return NULL;
	jitsrc_del(re);
	if (jit != NULL && jitsrc_put(re, NULL, 0, 0, jit) == -1) {
		pcre2_code_free(re);
		return NULL;
	}
	return re;
}

/*
 * JIT-compiles re once the interpreter has run it over RX_JIT_AFTER
 * bytes of subject: compiling a rule with its cue lists costs as much as
 * interpreting it over tens of kilobytes, so a run over one article (a
 * process per file) stays with the interpreter and a long stream soon has
 * the JIT.  Most runs use a part of the rules (quote-extract compiles a
 * built-in one only when first needed).  A pattern the JIT refuses is
 * noted and left to the interpreter.
 */
static const pcre2_code *
rx_jit(struct rx *rx, const pcre2_code *re, size_t bytes)
{
	size_t	 size = 0, i, h;
	int	 ok;

	if (rx->nojit > RX_NOJIT_MAX)
		return NULL;
	/* the pattern's entry, in a table by address */
	h = (size_t)(((uintptr_t)re >> 4) * 0x9E3779B97F4A7C15u) % RX_SEEN;
	for (i = 0; i < RX_SEEN; i++, h = (h + 1) % RX_SEEN)
		if (rx->seen[h].re == re || rx->seen[h].re == NULL)
			break;
	if (i < RX_SEEN) {
		if (rx->seen[h].jit != 0)
			return rx->seen[h].jit < 0 ? NULL : rx->seen[h].fast ?
			    rx->seen[h].fast : re;
		rx->seen[h].re = re;
		if ((rx->seen[h].bytes += bytes) < RX_JIT_AFTER)
			return NULL;
		/* its JIT text, when it has one (ucp_spaces) */
		if ((rx->seen[h].fast = jitsrc_code(re)) != NULL) {
			rx->seen[h].jit = 1;
			return rx->seen[h].fast;
		}
	} else {
		/* a full table: the JIT at once, as the code says */
		if (pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &size) != 0)
			return NULL;
		if (size > 0)
			return re;
		for (h = 0; h < rx->nojit; h++)
			if (rx->refused[h] == re)
				return NULL;
	}
	/* the code is the caller's own, const only to the matching */
	ok = pcre2_jit_compile((pcre2_code *)(uintptr_t)re,
	    PCRE2_JIT_COMPLETE) == 0;
	if (i < RX_SEEN)
		rx->seen[h].jit = ok ? 1 : -1;
	else if (!ok && rx->nojit++ < RX_NOJIT_MAX)
		rx->refused[rx->nojit - 1] = re;
	return ok ? re : NULL;
}

/* Match-time options that pcre2_jit_match() takes as pcre2_match() does. */
#define RX_JIT_OPTS	(PCRE2_NOTBOL | PCRE2_NOTEOL | PCRE2_NOTEMPTY | \
			 PCRE2_NOTEMPTY_ATSTART)

int
rx_find(struct rx *rx, const pcre2_code *re, const char *s, size_t n,
    size_t start, unsigned opts)
{
	const pcre2_code *jit;
	int	 rc;

	/* JIT code is called directly: pcre2_match() would check again
	 * what the caller guarantees (valid UTF-8, sane options) */
	if ((opts & ~RX_JIT_OPTS) == 0 && (jit = rx_jit(rx, re,
	    n - start + 1)) != NULL)
		rc = pcre2_jit_match(jit, (PCRE2_SPTR)s, n, start, opts,
		    rx->md, rx->mctx);
	else
		rc = pcre2_match(re, (PCRE2_SPTR)s, n, start,
		    opts | PCRE2_NO_UTF_CHECK, rx->md, rx->mctx);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
		return 0;
	rx->limit_hits++;
	return -1;
}

int
rx_group(const struct rx *rx, int g, size_t *start, size_t *end)
{
	PCRE2_SIZE	*ov = pcre2_get_ovector_pointer(rx->md);

	if (g < 0 || (uint32_t)g >= pcre2_get_ovector_count(rx->md) ||
	    ov[2 * g] == PCRE2_UNSET)
		return 0;
	*start = ov[2 * g];
	*end = ov[2 * g + 1];
	return 1;
}

/* Macro names are two or more capitals: {NP}, not \p{L}. */
static int
macro_name(const char *p, const char *end)
{
	for (; p < end; p++)
		if (!((*p >= 'A' && *p <= 'Z') || *p == '_'))
			return 0;
	return 1;
}

int
rules_expand(const char *pat, size_t n, struct buf *out, macro_fn fn,
    void *ctx, int depth, char *msg, size_t msgsize)
{
	const char	*p = pat, *end = pat + n, *close;

	if (depth > 8) {
		snprintf(msg, msgsize, "macros nested too deep");
		return -1;
	}
	while (p < end) {
		if (*p == '\\' && p + 1 < end) {
			if (buf_add(out, p, 2) == -1)
				return -1;
			p += 2;
			continue;
		}
		if (*p != '{' || (close = memchr(p, '}', (size_t)(end - p)))
		    == NULL || close - p < 3 || !macro_name(p + 1, close)) {
			if (buf_addc(out, *p++) == -1)
				return -1;
			continue;
		}
		if (fn(ctx, p + 1, (size_t)(close - p - 1), out, depth, msg,
		    msgsize) == -1) {
			if (msg[0] == '\0')
				snprintf(msg, msgsize, "unknown macro {%.*s}",
				    (int)(close - p - 1), p + 1);
			return -1;
		}
		p = close + 1;
	}
	return 0;
}

const char *
rules_define(const struct buf *defs, const char *name, size_t len)
{
	const char	*d, *found = NULL;

	/* the last definition wins: a -r file may redefine a built-in one */
	for (d = defs->p; defs->n && d < defs->p + defs->n;
	    d += strlen(d) + 1, d += strlen(d) + 1)
		if (strlen(d) == len && memcmp(d, name, len) == 0)
			found = d + strlen(d) + 1;
	return found;
}

int
rules_define_fn(void *ctx, const char *name, size_t len, struct buf *out,
    int depth, char *msg, size_t msgsize)
{
	const char	*d;

	if ((d = rules_define(ctx, name, len)) == NULL)
		return -1;
	return rules_expand(d, strlen(d), out, rules_define_fn, ctx,
	    depth + 1, msg, msgsize);
}

static char *
dupn(const char *s, size_t n)
{
	char	*d = malloc(n + 1);

	if (d != NULL) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

static void
rule_clear(struct rule *r)
{
	free(r->id);
	free(r->label);
	free(r->lang);
	free(r->src);
	free(r->expanded);
	free(r->file);
	rx_code_free(r->re);
	rx_code_free(r->search);
	memset(r, 0, sizeof(*r));
}

/*
 * N of a leading length guard "^(?!.{N})" after inline options, or 0;
 * *opts gets the length of the options, *rest the offset after the guard.
 */
static size_t
length_guard(const char *pattern, size_t n, size_t *opts, size_t *rest)
{
	const char	*s = pattern, *end = s + n, *q;
	size_t		 guard = 0;

	while (end - s > 3 && s[0] == '(' && s[1] == '?') {
		for (q = s + 2; q < end && (((*q | 0x20) >= 'a' &&
		    (*q | 0x20) <= 'z') || *q == '-'); q++)
			;
		if (q == s + 2 || q == end || *q != ')')
			return 0;
		s = q + 1;
	}
	*opts = (size_t)(s - pattern);
	if (end - s < 9 || memcmp(s, "^(?!.{", 6) != 0)
		return 0;
	for (s += 6; s < end && *s >= '0' && *s <= '9' && guard < 1000000;
	    s++)
		guard = guard * 10 + (size_t)(*s - '0');
	if (end - s < 2 || s[0] != '}' || s[1] != ')')
		return 0;
	*rest = (size_t)(s + 2 - pattern);
	return guard;
}

/* The search of a guarded rule (see struct rule); 0 or -1. */
static int
guarded_search(struct rule *r, const char *p, size_t n)
{
	struct buf	 b = { 0 };
	size_t		 opts, rest;
	char		 msg[240];

	if ((r->maxchars = length_guard(p, n, &opts, &rest)) == 0 ||
	    n - rest < 3 || memcmp(p + rest, ".*?", 3) != 0)
		return 0;
	if (buf_add(&b, p, opts) == -1 ||
	    buf_add(&b, p + rest + 3, n - rest - 3) == -1) {
		buf_free(&b);
		return -1;
	}
	r->search = rx_compile(b.p, b.n, 0, msg, sizeof(msg));
	buf_free(&b);
	return 0;
}

/* Compiles r's expanded pattern, its search and its target group;
 * returns 0, or -1 with msg filled. */
static int
rule_compile(struct rule *r, char *msg, size_t msgsize)
{
	int	 k;

	r->re = rx_compile(r->expanded, strlen(r->expanded), 0, msg, msgsize);
	if (r->re != NULL && guarded_search(r, r->expanded,
	    strlen(r->expanded)) == -1) {
		rx_code_free(r->re);
		r->re = NULL;
		snprintf(msg, msgsize, "out of memory");
	}
	if (r->re == NULL) {
		r->ready = -1;
		return -1;
	}
	k = pcre2_substring_number_from_name(r->re, (PCRE2_SPTR)"target");
	r->target = k > 0 ? k : -1;
	r->ready = 1;
	return 0;
}

int
ruleset_ready(struct ruleset *rs, size_t i, char *msg, size_t msgsize)
{
	struct rule *r = &rs->r[i];

	if (r->ready == 0)
		(void)rule_compile(r, msg, msgsize);
	return r->ready == 1 ? 0 : -1;
}

int
ruleset_entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct ruleset	*rs = ctx;
	const char	*f[3], *end = s + n, *p = s;
	size_t		 fl[3], i;
	struct rule	 r, *slot = NULL;
	struct buf	 expanded = { 0 };
	char		 msg[240], *num;
	int		 k;

	(void)kind;
	if (n > 7 && memcmp(s, "define", 6) == 0 && isblank_(s[6])) {
		/* define NAME pattern */
		for (p = s + 7; p < end && isblank_(*p); p++)
			;
		f[0] = p;
		while (p < end && !isblank_(*p))
			p++;
		fl[0] = (size_t)(p - f[0]);
		while (p < end && isblank_(*p))
			p++;
		if (fl[0] == 0 || p == end)
			return rules_fail(err, file, line,
			    "define needs a name and a pattern");
		if (buf_add(&rs->defines, f[0], fl[0]) == -1 ||
		    buf_addc(&rs->defines, '\0') == -1 ||
		    buf_add(&rs->defines, p, (size_t)(end - p)) == -1 ||
		    buf_addc(&rs->defines, '\0') == -1)
			return rules_fail(err, file, line, "out of memory");
		return 0;
	}
	if (n > 1 && s[0] == '!') {
		/* "!id" disables a rule loaded before */
		for (i = 0; i < rs->n; i++)
			if (strlen(rs->r[i].id) == n - 1 &&
			    memcmp(rs->r[i].id, s + 1, n - 1) == 0)
				rs->r[i].off = 1;
		return 0;
	}
	for (k = 0; k < rs->nfields; k++) {
		while (p < end && isblank_(*p))
			p++;
		f[k] = p;
		while (p < end && !isblank_(*p))
			p++;
		fl[k] = (size_t)(p - f[k]);
		if (fl[k] == 0)
			return rules_fail(err, file, line, "missing field");
	}
	while (p < end && isblank_(*p))
		p++;
	if (p == end)
		return rules_fail(err, file, line, "missing pattern");
	memset(&r, 0, sizeof(r));
	r.target = -1;
	if (rs->nfields >= 3) {
		r.prio = (int)strtol(f[2], &num, 10);
		if (num != f[2] + fl[2])
			return rules_fail(err, file, line,
			    "priority is not a number");
	}
	msg[0] = '\0';
	if (rules_expand(p, (size_t)(end - p), &expanded, rules_define_fn,
	    &rs->defines, 0, msg, sizeof(msg)) == -1) {
		buf_free(&expanded);
		return rules_fail(err, file, line, msg[0] ? msg : "out of memory");
	}
	r.expanded = dupn(expanded.p, expanded.n);
	buf_free(&expanded);
	if (r.expanded == NULL)
		return rules_fail(err, file, line, "out of memory");
	if (!rs->later && rule_compile(&r, msg, sizeof(msg)) == -1) {
		free(r.expanded);
		return rules_fail(err, file, line, msg);
	}
	r.id = dupn(f[0], fl[0]);
	r.label = rs->nfields >= 2 ? dupn(f[1], fl[1]) : NULL;
	r.lang = lang ? dupn(lang, strlen(lang)) : NULL;
	r.src = dupn(p, (size_t)(end - p));
	r.file = dupn(file, strlen(file));
	r.line = line;
	if (r.id == NULL || r.src == NULL || r.file == NULL ||
	    r.expanded == NULL) {
		rule_clear(&r);
		return rules_fail(err, file, line, "out of memory");
	}
	for (i = 0; i < rs->n; i++)
		if (strcmp(rs->r[i].id, r.id) == 0)
			slot = &rs->r[i];
	if (slot != NULL) {
		rule_clear(slot);
		*slot = r;
		return 0;
	}
	if (rs->n == rs->cap) {
		size_t	 cap = rs->cap ? rs->cap * 2 : 32;
		struct rule *nr = realloc(rs->r, cap * sizeof(*nr));

		if (nr == NULL) {
			rule_clear(&r);
			return rules_fail(err, file, line, "out of memory");
		}
		rs->r = nr;
		rs->cap = cap;
	}
	rs->r[rs->n++] = r;
	return 0;
}

void
ruleset_free(struct ruleset *rs)
{
	size_t	 i;

	for (i = 0; i < rs->n; i++)
		rule_clear(&rs->r[i]);
	free(rs->r);
	rs->r = NULL;
	rs->n = rs->cap = 0;
	buf_free(&rs->defines);
}
