/* sent.c: sentence boundaries (see sent.h). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "sent.h"
#include "u8.h"

#define WORD_MAX	64	/* longer words are never abbreviations */

struct load {
	struct splitter	*sp;
	const char	*lang;		/* built-in file's language, or NULL */
};

static struct sentrules *
rules_for(struct splitter *sp, const char *code)
{
	size_t	 i;

	for (i = 0; i < sp->n; i++)
		if (strcmp(sp->lang[i].lang, code) == 0)
			return &sp->lang[i];
	if (sp->n == SENT_MAXLANG)
		return NULL;
	memset(&sp->lang[sp->n], 0, sizeof(sp->lang[sp->n]));
	snprintf(sp->lang[sp->n].lang, sizeof(sp->lang[sp->n].lang), "%s",
	    code);
	return &sp->lang[sp->n++];
}

static struct wset *
list_for(struct sentrules *r, const char *kind)
{
	if (strcmp(kind, "titles") == 0)
		return &r->titles;
	if (strcmp(kind, "abbreviations") == 0)
		return &r->abbrev;
	if (strcmp(kind, "final") == 0)
		return &r->final;
	if (strcmp(kind, "starters") == 0)
		return &r->starters;
	if (strcmp(kind, "continuers") == 0)
		return &r->continuers;
	if (strcmp(kind, "attributions") == 0)
		return &r->attributions;
	return NULL;
}

static int
entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct load	*ld = ctx;
	struct sentrules *r;
	struct wset	*w;
	size_t		 i;

	if (list_for(&ld->sp->none, kind) == NULL)
		return 0;	/* a section for another tool */
	if (lang == NULL)
		lang = ld->lang;
	if (lang != NULL) {
		if ((r = rules_for(ld->sp, lang)) == NULL)
			return rules_fail(err, file, line,
			    "too many languages");
		return wset_entry(list_for(r, kind), kind, lang, s, n, file,
		    line, err);
	}
	/* no language: every language's list */
	for (i = 0; i < ld->sp->n; i++) {
		w = list_for(&ld->sp->lang[i], kind);
		if (wset_entry(w, kind, lang, s, n, file, line, err) == -1)
			return -1;
	}
	return wset_entry(list_for(&ld->sp->none, kind), kind, lang, s, n,
	    file, line, err);
}

/*
 * The filter's hash of a word: FNV-1a from its last byte to its first, so
 * that sent_next() computes it while it walks back over the word.
 */
#define HASH_START	14695981039346656037ULL
#define HASH_STEP(h, c)	(((h) ^ (unsigned char)(c)) * 1099511628211ULL)

static uint64_t
word_hash(const char *w, size_t n)
{
	uint64_t h = HASH_START;

	while (n > 0)
		h = HASH_STEP(h, w[--n]);
	return h;
}

/* Sets the two bits of a word's hash in a filter. */
static void
filter_add(uint64_t *f, uint64_t h)
{
	f[(h % SENT_FILTER) / 64] |= 1ULL << (h % 64);
	h >>= 32;
	f[(h % SENT_FILTER) / 64] |= 1ULL << (h % 64);
}

/* Whether a word of hash h, with a full stop, may be in one of the lists. */
static int
dotword(const struct sentrules *r, uint64_t h)
{
	if (!(r->dotwords[(h % SENT_FILTER) / 64] >> (h % 64) & 1))
		return 0;
	h >>= 32;
	return r->dotwords[(h % SENT_FILTER) / 64] >> (h % 64) & 1;
}

/* Fills r->dotwords from the entries that end in a full stop. */
static void
filter_init(struct sentrules *r)
{
	const struct wset *const lists[] = { &r->titles, &r->abbrev,
	    &r->final };
	const char	*t;
	size_t		 k, i, len;

	memset(r->dotwords, 0, sizeof(r->dotwords));
	for (k = 0; k < sizeof(lists) / sizeof(lists[0]); k++)
		for (i = 0; i < lists[k]->nslot; i++) {
			if (lists[k]->slot[i] == 0)
				continue;
			t = lists[k]->arena.p + lists[k]->slot[i] - 1;
			len = strlen(t);
			if (len > 1 && t[len - 1] == '.')
				filter_add(r->dotwords, word_hash(t, len - 1));
		}
}

int
splitter_init(struct splitter *sp, const char *const *files, size_t nfiles,
    struct rules_err *err)
{
	static const char *const kinds[] = { "abbreviations", "starters" };
	const char *const *code;
	const char	*text;
	struct load	 ld;
	struct buf	 b = { 0 };
	size_t		 len, i, k;

	memset(sp, 0, sizeof(*sp));
	ld.sp = sp;
	for (code = lang_codes; *code != NULL; code++)
		for (k = 0; k < 2; k++) {
			if ((text = lang_builtin(*code, kinds[k], &len))
			    == NULL)
				continue;
			ld.lang = *code;
			if (rules_scan(text, len, *code, kinds[k], entry, &ld,
			    err) == -1)
				return -1;
		}
	ld.lang = NULL;
	for (i = 0; i < nfiles; i++) {
		b.n = 0;
		if (rules_read_file(files[i], &b, err) == -1 ||
		    rules_scan(b.p, b.n, files[i], "abbreviations", entry, &ld,
		    err) == -1) {
			buf_free(&b);
			return -1;
		}
	}
	buf_free(&b);
	for (i = 0; i < sp->n; i++)
		filter_init(&sp->lang[i]);
	filter_init(&sp->none);
	return 0;
}

static void
rules_free(struct sentrules *r)
{
	wset_free(&r->titles);
	wset_free(&r->abbrev);
	wset_free(&r->final);
	wset_free(&r->starters);
	wset_free(&r->continuers);
	wset_free(&r->attributions);
}

void
splitter_free(struct splitter *sp)
{
	size_t	 i;

	for (i = 0; i < sp->n; i++)
		rules_free(&sp->lang[i]);
	rules_free(&sp->none);
}

const struct sentrules *
splitter_lang(const struct splitter *sp, const char *code, size_t n)
{
	size_t	 i;

	for (i = 0; i < sp->n; i++)
		if (strlen(sp->lang[i].lang) == n &&
		    memcmp(sp->lang[i].lang, code, n) == 0)
			return &sp->lang[i];
	return &sp->none;
}

/* --- characters --- */

int
sent_space(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t	 c;
	int	 len;

	if (n == 0)
		return 0;
	if (u[0] == ' ' || u[0] == '\t')
		return 1;
	if (u[0] < 0xC2 || (u[0] != 0xC2 && u[0] != 0xE1 && u[0] != 0xE2 &&
	    u[0] != 0xE3))
		return 0;
	len = u8_decode(s, n, &c);
	return len > 1 && u8_isspace(c) ? len : 0;
}

/* sent_space() with its ASCII answers inline; n > 0. */
static inline int
space_at(const char *s, size_t n)
{
	unsigned char	 b = (unsigned char)*s;

	if (b == ' ' || b == '\t')
		return 1;
	return b < 0xC2 ? 0 : sent_space(s, n);
}

/* u8_isalpha() with its ASCII answers inline. */
static inline int
alpha(int32_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return u8_isalpha(c);
}

/* Length of a sentence terminator at s (. ! ? …), or 0. */
static int
terminator(const char *s, size_t n)
{
	if (*s == '.' || *s == '!' || *s == '?')
		return 1;
	if (n >= 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0)
		return 3;
	return 0;
}

/* A closing mark that may follow a terminator after spaces: » › ” ) ]. */
static inline int
closer_spaced(const char *s, size_t n)
{
	if (*s == ')' || *s == ']')
		return 1;
	if (n >= 2 && memcmp(s, "\xC2\xBB", 2) == 0)
		return 2;
	if (n >= 3 && (memcmp(s, "\xE2\x80\xBA", 3) == 0 ||
	    memcmp(s, "\xE2\x80\x9D", 3) == 0))
		return 3;
	return 0;
}

/* A closing mark attached to a terminator: the above and " ' ’. */
static int
closer_attached(const char *s, size_t n)
{
	if (*s == '"' || *s == '\'' || *s == '}')
		return 1;
	if (n >= 3 && memcmp(s, "\xE2\x80\x99", 3) == 0)
		return 3;
	return closer_spaced(s, n);
}

#ifdef __SSE2__
/* The bytes of the 16 at s that may start a terminator, as a mask. */
static inline unsigned
candidates(const char *s)
{
	__m128i	 v = _mm_loadu_si128((const __m128i *)s);

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)))));
}
#endif

/*
 * The next byte at or after j that may start a terminator (. ! ? or the
 * first byte of …), sixteen or eight bytes at a time; stops at limit or n.
 */
static size_t
next_candidate(const char *s, size_t j, size_t n, size_t limit)
{
	const uint64_t	 ones = 0x0101010101010101ULL;
	const uint64_t	 high = 0x8080808080808080ULL;
	uint64_t	 w, t;
	unsigned char	 b;
#ifdef __SSE2__
	unsigned	 m;
#endif

	if (limit > n)
		limit = n;
#ifdef __SSE2__
	for (; j + 16 <= limit; j += 16)
		if ((m = candidates(s + j)) != 0)
			return j + (size_t)__builtin_ctz(m);
	if (j < limit && limit >= 16) {
		/* the last bytes: the block that ends at limit, less the
		 * bytes before j */
		m = candidates(s + limit - 16) &
		    ~((1u << (16 - (limit - j))) - 1);
		return m != 0 ? limit - 16 + (size_t)__builtin_ctz(m) :
		    (limit < n ? limit : n);
	}
#endif
	for (; j + 8 <= limit; j += 8) {
		memcpy(&w, s + j, 8);
#define HAS(c) (t = w ^ (ones * (c)), (t - ones) & ~t & high)
		if (HAS('.') || HAS('!') || HAS('?') || HAS(0xE2))
			break;
#undef HAS
	}
	for (; j < limit; j++) {
		b = (unsigned char)s[j];
		if (b == '.' || b == '!' || b == '?' || b == 0xE2)
			return j;
	}
	return j < n ? j : n;
}

/* An ASCII space or opening mark before a word: TAB, space, " ( / [ {. */
static inline int
ascii_edge(unsigned char c)
{
	const uint64_t	 lo = 1ULL << '\t' | 1ULL << ' ' | 1ULL << '"' |
			     1ULL << '(' | 1ULL << '/';
	const uint64_t	 hi = 1ULL << ('[' - 64) | 1ULL << ('{' - 64);

	return (c < 64 ? lo >> c : hi >> (c & 63)) & 1;
}

/* Length of a space or opening mark that ends at s + i, or 0. */
static int
word_edge_before(const char *s, size_t i)
{
	static const char *const edges[] = { "\xC2\xA0", "\xC2\xAB",
	    "\xE2\x80\xAF", "\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E",
	    "\xE2\x80\xB9", "\xE2\x80\x94", "\xE2\x80\x93" };
	size_t	 k, len;
	unsigned char c;

	if (i == 0)
		return 0;
	c = (unsigned char)s[i - 1];
	if (c < 0x80)
		return ascii_edge(c);
	/* the last byte of one of the marks below, or no edge */
	if (c != 0xA0 && c != 0xAB && c != 0xAF && c != 0x9C && c != 0x98 &&
	    c != 0x9E && c != 0xB9 && c != 0x94 && c != 0x93)
		return 0;
	for (k = 0; k < sizeof(edges) / sizeof(edges[0]); k++) {
		len = strlen(edges[k]);
		if (i >= len && memcmp(s + i - len, edges[k], len) == 0)
			return (int)len;
	}
	return 0;
}

static int
is_apostrophe(const char *s, size_t n)
{
	if (*s == '\'')
		return 1;
	if (n >= 3 && memcmp(s, "\xE2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

/* Looks up w[0..n) followed by suffix in a list. */
static int
has(const struct wset *ws, const char *w, size_t n, const char *suffix)
{
	char	 key[WORD_MAX + 4];
	size_t	 k = strlen(suffix);

	if (n == 0 || n > WORD_MAX)
		return 0;
	if (k == 0)
		return wset_has(ws, w, n);
	memcpy(key, w, n);
	memcpy(key + n, suffix, k);
	return wset_has(ws, key, n + k);
}

/* "U.S", "e.g", "Ph.D": letters in groups of one or two, with dots. */
static int
dotted(const char *w, size_t n)
{
	size_t	 i, run = 0, dots = 0;

	for (i = 0; i < n; i++) {
		if (w[i] == '.') {
			if (run == 0)
				return 0;
			dots++;
			run = 0;
		} else if (((w[i] | 0x20) >= 'a' && (w[i] | 0x20) <= 'z') &&
		    ++run <= 2)
			continue;
		else
			return 0;
	}
	return dots > 0 && run > 0;
}

/*
 * end, moved back over spaces, not before start: the spaces that
 * sent_space() skips before a sentence, so that a line break in the text
 * is kept at either end.
 */
static size_t
trim_back(const char *s, size_t start, size_t end)
{
	int32_t	 c;
	int	 len;

	while (end > start) {
		if ((unsigned char)s[end - 1] < 0x80) {
			/* of ASCII spaces, only LF and CR stop here */
			if (s[end - 1] != ' ' && s[end - 1] != '\t')
				break;
			end--;
			continue;
		}
		len = u8_decode_back(s + start, end - start, &c);
		if (!u8_isspace(c) || c == '\n' || c == '\r')
			break;
		end -= (size_t)len;
	}
	return end;
}

#define WORD_UNSET	((size_t)-1)	/* span.end not yet found */

/*
 * Sets the end of the word that starts at w->start, if not yet done:
 * letters and hyphens, apostrophes between letters (Aujourd’hui), and an
 * apostrophe after them (L’).
 */
static void
word_end(const char *s, size_t n, struct span *w)
{
	size_t	 i = w->start;
	int32_t	 d;
	int	 len, k;

	if (w->end != WORD_UNSET)
		return;
	while (i < n && (len = u8_decode(s + i, n - i, &d)) > 0) {
		if (alpha(d) || d == '-') {
			i += (size_t)len;
			continue;
		}
		k = is_apostrophe(s + i, n - i);
		if (k > 0 && i + (size_t)k < n && u8_decode(s + i + k,
		    n - i - k, &d) > 0 && alpha(d)) {
			i += (size_t)k;
			continue;
		}
		break;
	}
	w->end = i;
	if (i < n && (k = is_apostrophe(s + i, n - i)) > 0)
		w->end = i + (size_t)k;
}

/*
 * What follows a possible boundary at s + m: 0 when it cannot start a
 * sentence (lowercase, comma...), 1 when it can; *word gets the span of
 * its first word, if it has one (its end may be WORD_UNSET: word_end()).
 */
static int
sentence_start(const char *s, size_t n, size_t m, struct span *word)
{
	size_t	 i = m;
	int32_t	 c, d;
	int	 len, k;

	word->start = word->end = m;
	if ((len = u8_decode(s + i, n - i, &c)) < 0)
		return 1;
	if (c == '"' || c == '\'' || c == 0xAB || c == 0x201C ||
	    c == 0x2018 || c == 0x201E || c == 0x2039 || c == '(' ||
	    c == '[' || c == 0x2014 || c == 0x2013 || c == 0xBF ||
	    c == 0xA1 || c == '-') {
		/* an opening mark: the word after it counts */
		i += (size_t)len;
		while (i < n && (k = space_at(s + i, n - i)) > 0)
			i += (size_t)k;
		if (i >= n || (len = u8_decode(s + i, n - i, &c)) < 0)
			return 1;
		if (u8_islower(c))
			return 1;
		word->start = word->end = i;
	}
	if (!alpha(c))
		return u8_ispunct(c) ? 0 : 1;
	word->start = i;
	word->end = WORD_UNSET;
	if (c < 0x80 ? c < 'a' || c > 'z' : !u8_islower(c))
		return 1;	/* most often, the word is not needed */
	word_end(s, n, word);
	/* eBay, iPhone: a capital inside makes a start */
	for (i = word->start; i < word->end; i += (size_t)len) {
		len = u8_decode(s + i, word->end - i, &d);
		if (len < 1)
			break;
		if (u8_isupper(d))
			return 1;
	}
	return 0;
}

/* The next word is a sentence starter of the language. */
static int
starter(const struct sentrules *r, const char *s, size_t len,
    struct span *w)
{
	size_t	 n;
	const char *p = s + w->start;
	int	 k;

	word_end(s, len, w);
	n = w->end - w->start;
	if (n == 0)
		return 0;	/* a number or a symbol */
	size_t	 i;

	/* the whole word (Aujourd’hui), then its elided start (L’Union) */
	if (has(&r->starters, p, n, ""))
		return 1;
	for (i = 0; i < n; i++)
		if ((k = is_apostrophe(p + i, n - i)) > 0)
			return has(&r->starters, p, i, "\xE2\x80\x99");
	return 0;
}

/* One or two capitalised words, then a word of [attributions]. */
static int
attribution_follows(const struct sentrules *r, const char *s, size_t n,
    struct span *w)
{
	size_t	 i = w->start, k, words;
	int32_t	 c;
	int	 len;

	word_end(s, n, w);
	if (w->end == w->start || r->attributions.n == 0)
		return 0;
	for (words = 0; words < 4; words++) {
		while (i < n && (len = space_at(s + i, n - i)) > 0)
			i += (size_t)len;
		for (k = i; k < n && (len = u8_decode(s + k, n - k, &c)) > 0 &&
		    (alpha(c) || c == '-' || c == '.' || c == '\'');
		    k += (size_t)len)
			;
		if (k == i)
			return 0;
		if (has(&r->attributions, s + i, k - i - (s[k - 1] == '.'), ""))
			return 1;
		if (u8_decode(s + i, n - i, &c) < 1 || !u8_isupper(c))
			return 0;
		i = k;
	}
	return 0;
}

/* The word before a full stop, as sent_next() walks back over it. */
struct before {
	size_t		 start;
	uint64_t	 hash;		/* word_hash() */
	int		 digits;	/* digits only */
	int		 apostrophe;	/* ' or 0xE2 (’?) inside */
	int		 dot;		/* a full stop inside (U.S.) */
};

/*
 * Whether a single full stop at s + j, after the word wb, ends a sentence
 * that begins at start, given the next word.
 */
static int
full_stop_ends(const struct sentrules *r, const char *s, size_t n,
    size_t start, const struct before *wb, size_t j, struct span *next)
{
	const char	*w = s + wb->start;
	size_t		 wn = j - wb->start, i, k;
	int32_t		 c;
	int		 listed;

	if (wn == 0)
		return 1;
	/* most words are in no list: one filter probe for the three */
	listed = dotword(r, wb->hash);
	if (listed && has(&r->titles, w, wn, "."))
		return 0;
	/* the part after an elision: l'art. */
	for (i = 0; wb->apostrophe && i < wn; i++)
		if ((k = (size_t)is_apostrophe(w + i, wn - i)) > 0 &&
		    i + k < wn &&
		    dotword(r, word_hash(w + i + k, wn - i - k)) &&
		    has(&r->titles, w + i + k, wn - i - k, "."))
			return 0;
	if (listed && has(&r->final, w, wn, ".")) {
		word_end(s, n, next);
		return next->end == next->start ||
		    !has(&r->continuers, s + next->start,
		    next->end - next->start, "");
	}
	if ((listed && has(&r->abbrev, w, wn, ".")) ||
	    (wb->dot && dotted(w, wn)))
		return starter(r, s, n, next);
	for (i = 0; wb->apostrophe && i < wn; i++)
		if ((k = (size_t)is_apostrophe(w + i, wn - i)) > 0 &&
		    i + k < wn &&
		    dotword(r, word_hash(w + i + k, wn - i - k)) &&
		    has(&r->abbrev, w + i + k, wn - i - k, "."))
			return starter(r, s, n, next);
	/* an initial: J. K. Rowling, J.-P. Dumas */
	if ((u8_decode(w, wn, &c) == (int)wn && u8_isupper(c)) ||
	    (wn == 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.' &&
	    w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z'))
		return starter(r, s, n, next);
	/* a list item: "1. Premier point" */
	if (wb->digits && wn <= 3 && wb->start == start)
		return 0;
	return 1;
}

/*
 * A sentence from start that is longer than maxlen bytes, cut at its last
 * space within the limit, or at the limit (on a character boundary).
 */
static int
cut_long(const char *s, size_t start, size_t maxlen, struct span *out,
    size_t *pos, int *cut)
{
	size_t	 j = start + maxlen, k;

	for (k = j; k > start && s[k] != ' '; k--)
		;
	if (k == start)
		k = j;
	while (k > start && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	*cut = 1;
	out->start = start;
	out->end = trim_back(s, start, k);
	*pos = k;
	return 1;
}

int
sent_next(const struct sentrules *r, const char *s, size_t n, size_t maxlen,
    size_t *pos, struct span *out, int *cut)
{
	size_t	 i = *pos, start, j, e, k, m, ws;
	struct span next;
	struct before wb;
	unsigned char b;
	int	 len, dots, other;

	*cut = 0;
	while (i < n && (len = space_at(s + i, n - i)) > 0)
		i += (size_t)len;
	if (i >= n) {
		*pos = n;
		return 0;
	}
	start = i;
	for (j = i; j < n; j++) {
		j = next_candidate(s, j, n, start + maxlen);
		if (j >= n)
			break;
		if (j - start >= maxlen)
			return cut_long(s, start, maxlen, out, pos, cut);
		if ((len = terminator(s + j, n - j)) == 0)
			continue;
		/* a run of terminators */
		dots = other = 0;
		for (e = j; e < n && (len = terminator(s + e, n - e)) > 0;
		    e += (size_t)len) {
			if (s[e] == '.')
				dots++;
			else
				other++;
		}
		/* closing marks that belong to the sentence */
		k = e;
		for (;;) {
			if (k < n && (len = closer_attached(s + k, n - k)) > 0) {
				k += (size_t)len;
				continue;
			}
			m = k;
			while (m < n && (len = space_at(s + m, n - m)) > 0)
				m += (size_t)len;
			if (m > k && m < n &&
			    (len = closer_spaced(s + m, n - m)) > 0) {
				k = m + (size_t)len;
				continue;
			}
			break;
		}
		if (m >= n) {
			j = n;
			break;
		}
		if (m == k || !sentence_start(s, n, m, &next)) {
			j = e - 1;
			continue;
		}
		/* "…before..." Brannigan added.  After a full stop, a
		 * sentence starter begins a new sentence: "…closely." She
		 * told reporters */
		if (k > e && !(dots == 1 && other == 0 &&
		    starter(r, s, n, &next)) &&
		    attribution_follows(r, s, n, &next)) {
			j = e - 1;
			continue;
		}
		if (dots == 1 && other == 0) {
			wb.hash = HASH_START;
			wb.digits = 1;
			wb.apostrophe = wb.dot = 0;
			for (ws = j; ws > start; ws--) {
				b = (unsigned char)s[ws - 1];
				if (b < 0x80) {
					if (ascii_edge(b))
						break;
					wb.digits &= b >= '0' && b <= '9';
					wb.apostrophe |= b == '\'';
					wb.dot |= b == '.';
				} else {
					if (word_edge_before(s, ws))
						break;
					wb.digits = 0;
					wb.apostrophe |= b == 0xE2;
				}
				wb.hash = HASH_STEP(wb.hash, b);
			}
			wb.start = ws;
			if (!full_stop_ends(r, s, n, start, &wb, j, &next)) {
				j = e - 1;
				continue;
			}
		}
		/* a run of terminators or closing marks may go past */
		if (k - start > maxlen)
			return cut_long(s, start, maxlen, out, pos, cut);
		out->start = start;
		out->end = k;
		*pos = m;
		return 1;
	}
	/* the rest of the text, most often ending in a full stop */
	e = n;
	if ((unsigned char)s[n - 1] >= 0x80 || s[n - 1] == ' ' ||
	    s[n - 1] == '\t')
		e = trim_back(s, start, n);
	if (e - start > maxlen)
		return cut_long(s, start, maxlen, out, pos, cut);
	out->start = start;
	out->end = e;
	*pos = n;
	return 1;
}
