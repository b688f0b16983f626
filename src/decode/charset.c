/*
 * charset.c: charset detection and conversion.
 *
 * Single-byte charsets are converted by 256-entry tables that iconv fills
 * once; UTF-16/32 and other charsets go through iconv as a stream.
 * Detection: BOM, UTF-16/32 by the shape of their code units, valid UTF-8,
 * then a declaration (<meta charset>, <?xml encoding>), then byte
 * statistics.  Each candidate charset decodes the sample and each
 * language of lang/<code>/letters scores the letters it yields (those
 * beyond ASCII by their own frequency, ASCII letters by the share left to
 * them); symbols and punctuation score by how common they are in text and
 * how they sit among letters.  The charset whose best language scores
 * highest wins.
 */
#include <errno.h>
#include <stdio.h>
#include <iconv.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "u8.h"

/*
 * Candidates, most common first: ties go to the earlier one, and the
 * prior (log10 units) settles samples with little evidence.
 */
static const struct {
	const char	*name, *iconv_name;
	float		 prior;
} candidates[NSBCS] = {
	{ "windows-1252", "WINDOWS-1252", 1.0f },
	{ "iso-8859-15", "ISO-8859-15", 0.5f },
	{ "iso-8859-1", "ISO-8859-1", 0.4f },
	{ "windows-1250", "WINDOWS-1250", 0.3f },
	{ "iso-8859-2", "ISO-8859-2", 0.2f },
	{ "windows-1251", "WINDOWS-1251", 0.3f },
	{ "koi8-r", "KOI8-R", 0.2f },
	{ "macintosh", "MACINTOSH", 0.0f },
	{ "cp850", "CP850", 0.0f },
};

/* Classes of a decoded byte, for context. */
enum { K_OTHER, K_LOWER, K_UPPER, K_SPACE, K_DIGIT, K_APOS, K_PUNCT,
	K_SYMBOL, K_CONTROL };

/* Scripts of letters: a word rarely mixes two. */
enum { S_NONE, S_LATIN, S_CYRILLIC, S_OTHER };

#define FLOOR_LOGP	(-5.0f)	/* a letter the language does not list */
#define MIN_ASCII_SHARE	0.02	/* Latin names in Cyrillic text */
#define SCORE_MAX_HIGH	65536	/* bytes >= 0x80 scored per sample */
#define LETTERS_LANG_MAX 8192	/* text read to tell languages apart */

int
sbcs_ready(struct sbcs *t)
{
	iconv_t		 cd;
	char		 in[1], out[8], *ip, *op;
	size_t		 il, ol;
	int32_t		 c;
	int		 b, len;

	if (t->ready)
		return 0;
	if ((cd = iconv_open("UTF-8", t->iconv_name)) == (iconv_t)-1)
		return -1;
	for (b = 0; b < 256; b++) {
		in[0] = (char)b;
		ip = in;
		il = 1;
		op = out;
		ol = sizeof(out);
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 ||
		    u8_decode(out, sizeof(out) - ol, &c) < 1) {
			/* WHATWG: windows-1252's holes are the C1 controls */
			c = strcmp(t->name, "windows-1252") == 0 ? b : -1;
		}
		t->cp[b] = c;
		len = u8_encode(c < 0 ? U8_REPLACEMENT : c, t->utf8[b]);
		t->len[b] = (unsigned char)len;
	}
	iconv_close(cd);
	t->ready = 1;
	return 0;
}

long
sbcs_convert(const struct sbcs *t, const char *p, size_t n, struct buf *out)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t		 i, run = 0;
	long		 bad = 0;

	if (n == 0)
		return 0;	/* p and out->p may be NULL */
	if (buf_reserve(out, n * 3) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		if (u[i] < 0x80 && (i += u8_ascii_prefix(p + i, n - i)) == n)
			break;
		memcpy(out->p + out->n, p + run, i - run);
		out->n += i - run;
		memcpy(out->p + out->n, t->utf8[u[i]], t->len[u[i]]);
		out->n += t->len[u[i]];
		bad += t->cp[u[i]] < 0;
		run = i + 1;
	}
	memcpy(out->p + out->n, p + run, n - run);
	out->n += n - run;
	return bad;
}

/* The name of a charset alias, or the name itself. */
static const char *
unalias(const char *name)
{
	static const struct { const char *alias, *name; } aliases[] = {
		{ "cp1252", "windows-1252" }, { "latin1", "iso-8859-1" },
		{ "latin-1", "iso-8859-1" }, { "latin9", "iso-8859-15" },
		{ "cp1250", "windows-1250" }, { "latin2", "iso-8859-2" },
		{ "cp1251", "windows-1251" }, { "mac", "macintosh" },
		{ "macroman", "macintosh" }, { "mac-roman", "macintosh" },
		{ "x-mac-roman", "macintosh" }, { "ibm850", "cp850" },
		{ "iso8859-1", "iso-8859-1" }, { "iso8859-15", "iso-8859-15" },
		{ "iso_8859-1", "iso-8859-1" }, { "iso8859-2", "iso-8859-2" },
		{ "iso_8859-15", "iso-8859-15" }, { "iso_8859-2", "iso-8859-2" },
		{ "koi8r", "koi8-r" }, { "x-cp1252", "windows-1252" },
		{ "x-cp1250", "windows-1250" }, { "x-cp1251", "windows-1251" },
		{ "us-ascii", "windows-1252" }, { "ascii", "windows-1252" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcasecmp(name, aliases[i].alias) == 0)
			return aliases[i].name;
	return name;
}

int
sbcs_find(struct detector *d, const char *name)
{
	size_t	 i;

	name = unalias(name);
	for (i = 0; i < NSBCS; i++)
		if (strcasecmp(name, d->cs[i].name) == 0 ||
		    strcasecmp(name, d->cs[i].iconv_name) == 0)
			return sbcs_ready(&d->cs[i]) == 0 ? (int)i : -1;
	return -1;
}

int
charset_known(const char *name)
{
	iconv_t	 cd;
	size_t	 i;

	name = unalias(name);
	if (strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0)
		return 1;
	for (i = 0; i < NSBCS; i++)
		if (strcasecmp(name, candidates[i].name) == 0)
			return 1;
	if ((cd = iconv_open("UTF-8", name)) == (iconv_t)-1)
		return 0;
	iconv_close(cd);
	return 1;
}

/* --- letter models --- */

static int
model_entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct model	*m = ctx;
	int32_t		 c;
	int		 len;
	char		*end;
	double		 f;
	void		*p;

	(void)kind;
	(void)lang;
	len = u8_decode(s, n, &c);
	f = len > 0 ? strtod(s + len, &end) : 0;
	if (len < 1 || f <= 0 || f > 1000)
		return rules_fail(err, file, line,
		    "expected a letter and its frequency per 1000 letters");
	m->listed += f / 1000.0;
	if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
		m->ascii[(c | 0x20) - 'a'] = (float)log10(f / 1000.0);
		m->has_ascii[(c | 0x20) - 'a'] = 1;
		return 0;
	}
	if ((p = realloc(m->cp, (m->n + 1) * sizeof(*m->cp))) == NULL)
		goto oom;
	m->cp = p;
	if ((p = realloc(m->logp, (m->n + 1) * sizeof(*m->logp))) == NULL)
		goto oom;
	m->logp = p;
	m->cp[m->n] = u8_tolower(c);
	m->logp[m->n] = (float)log10(f / 1000.0);
	m->n++;
	return 0;
oom:
	snprintf(err->msg, sizeof(err->msg), "out of memory");
	return -1;
}

/* The ASCII letters a file does not list share what the others leave. */
static void
model_ascii(struct model *m)
{
	double	 share = 1.0 - m->listed;
	int	 l, unlisted = 0;

	for (l = 0; l < 26; l++)
		unlisted += !m->has_ascii[l];
	if (unlisted == 0)
		return;
	if (share < MIN_ASCII_SHARE)
		share = MIN_ASCII_SHARE;
	for (l = 0; l < 26; l++)
		if (!m->has_ascii[l])
			m->ascii[l] = (float)log10(share / unlisted);
}

static float
model_logp(const struct model *m, int32_t c)
{
	int32_t	 lc = u8_tolower(c);
	size_t	 i;

	for (i = 0; i < m->n; i++)
		if (m->cp[i] == lc)
			return m->logp[i] - (lc != c ? 1.0f : 0.0f);
	return FLOOR_LOGP;
}

/* Score and class of a non-letter character, language aside. */
static float
symbol_score(int32_t c, unsigned char *cls)
{
	*cls = K_PUNCT;
	switch (c) {
	case 0x2019:				/* ’ */
		*cls = K_APOS;
		return -1.2f;
	case 0x2018: case 0x201C: case 0x201D: case 0x201E:
	case 0xAB: case 0xBB: case 0x2039: case 0x203A:
	case 0x2013: case 0x2014: case 0x2026:
	case 0x20AC: case 0xA3:
		return -1.5f;
	case 0xA0:
		*cls = K_SPACE;
		return -1.5f;
	case 0x2022: case 0xA9: case 0xAE: case 0xB0: case 0xA7:
	case 0xBF: case 0xA1: case 0xB7: case 0x2122:
		return -2.5f;
	}
	if (c < 0xA0 || (c >= 0x2500 && c < 0x2600)) {
		*cls = c < 0xA0 ? K_CONTROL : K_SYMBOL;
		return c < 0xA0 ? -7.0f : -5.0f;
	}
	*cls = K_SYMBOL;
	return -4.5f;
}

static unsigned char
script_of(int32_t c)
{
	if (c < 0x250)
		return S_LATIN;
	if (c >= 0x400 && c < 0x530)
		return S_CYRILLIC;
	if (c >= 0x1E00 && c < 0x1F00)
		return S_LATIN;
	return S_OTHER;
}

static unsigned char
ascii_class(int i)
{
	if (i >= 'a' && i <= 'z')
		return K_LOWER;
	if (i >= 'A' && i <= 'Z')
		return K_UPPER;
	if (i >= '0' && i <= '9')
		return K_DIGIT;
	if (i == ' ' || i == '\t' || i == '\n' || i == '\r')
		return K_SPACE;
	return i == '\'' ? K_APOS : K_OTHER;
}

static int
load_models(struct detector *d, struct rules_err *err)
{
	const char *const *code;
	const char	*text;
	size_t		 len;
	struct model	*p;

	for (code = lang_codes; *code != NULL && d->nmodels < MAXMODELS;
	    code++) {
		if ((text = lang_builtin(*code, "letters", &len)) == NULL)
			continue;
		if ((p = realloc(d->models, (d->nmodels + 1) * sizeof(*p)))
		    == NULL)
			goto oom;
		d->models = p;
		p += d->nmodels++;
		memset(p, 0, sizeof(*p));
		snprintf(p->lang, sizeof(p->lang), "%s", *code);
		if (rules_scan(text, len, *code, "letters", model_entry, p,
		    err) == -1)
			return -1;
		model_ascii(p);
	}
	if (d->nmodels == 0) {
		/* one flat model, so that detection still runs */
		if ((d->models = calloc(1, sizeof(*d->models))) == NULL)
			goto oom;
		d->nmodels = 1;
		model_ascii(d->models);
	}
	return 0;
oom:
	snprintf(err->msg, sizeof(err->msg), "out of memory");
	return -1;
}

/* Fills the class, script and per-language score of each byte. */
static void
fill_tables(struct detector *d, size_t c)
{
	size_t		 nm = d->nmodels, m, i;
	int32_t		 cp;
	float		 s;
	unsigned char	 k;

	for (i = 0; i < 256; i++) {
		if (i < 0x80) {
			d->cls[c][i] = ascii_class((int)i);
			d->script[c][i] = (d->cls[c][i] == K_LOWER ||
			    d->cls[c][i] == K_UPPER) ? S_LATIN : S_NONE;
			continue;
		}
		cp = d->cs[c].cp[i];
		d->script[c][i] = S_NONE;
		if (cp < 0) {
			k = K_CONTROL;
			s = -7.0f;
		} else if (u8_isalpha(cp)) {
			k = u8_isupper(cp) ? K_UPPER : K_LOWER;
			d->script[c][i] = script_of(cp);
			s = 0;
		} else
			s = symbol_score(cp, &k);
		d->cls[c][i] = k;
		for (m = 0; m < nm; m++)
			d->base[(c * nm + m) * 256 + i] =
			    (k == K_LOWER || k == K_UPPER) ?
			    model_logp(&d->models[m], cp) : s;
	}
}

int
detector_init(struct detector *d, struct rules_err *err)
{
	size_t	 c;

	memset(d, 0, sizeof(*d));
	for (c = 0; c < NSBCS; c++) {
		d->cs[c].name = candidates[c].name;
		d->cs[c].iconv_name = candidates[c].iconv_name;
	}
	if (load_models(d, err) == -1)
		return -1;
	if ((d->base = calloc(NSBCS * d->nmodels * 256, sizeof(float)))
	    == NULL)
		goto oom;
	for (c = 0; c < NSBCS; c++) {
		if (sbcs_ready(&d->cs[c]) == -1) {
			snprintf(err->msg, sizeof(err->msg),
			    "iconv does not know %s", d->cs[c].iconv_name);
			return -1;
		}
		fill_tables(d, c);
	}
	return 0;
oom:
	snprintf(err->msg, sizeof(err->msg), "out of memory");
	return -1;
}

void
detector_free(struct detector *d)
{
	size_t	 m;

	for (m = 0; m < d->nmodels; m++) {
		free(d->models[m].cp);
		free(d->models[m].logp);
	}
	free(d->models);
	free(d->base);
	pcre2_code_free(d->meta);
	pcre2_match_data_free(d->md);
}

/* --- scoring a sample --- */

static int
isletter(unsigned char k)
{
	return k == K_LOWER || k == K_UPPER;
}

void
score_reset(struct detector *d)
{
	memset(d->hist, 0, sizeof(d->hist));
	memset(d->adj, 0, sizeof(d->adj));
	memset(d->letters, 0, sizeof(d->letters));
	d->high = 0;
}

/* Letters on the side of u[i] (step -1 or 1), counted up to 3. */
static int
letter_run(const unsigned char *cls, const unsigned char *u, size_t i,
    size_t n, int step)
{
	int	 run = 0;

	while (run < 3 && (step < 0 ? i > 0 : i + 1 < n)) {
		i = step < 0 ? i - 1 : i + 1;
		if (!isletter(cls[u[i]]))
			break;
		run++;
	}
	return run;
}

/*
 * An apostrophe between letters is an elision (l’homme, dell’anno,
 * lorsqu’il, don’t, it’s) when a short word or "qu" or "l" comes before
 * it, or one or two letters after it; elsewhere it is a misread letter.
 */
static float
apostrophe(const unsigned char *cls, const unsigned char *u, size_t i,
    size_t n)
{
	if (letter_run(cls, u, i, n, -1) <= 2 ||
	    letter_run(cls, u, i, n, 1) <= 2)
		return 0.7f;
	if ((u[i - 1] | 0x20) == 'l' || ((u[i - 1] | 0x20) == 'u' &&
	    (u[i - 2] | 0x20) == 'q'))
		return 0.7f;
	return -2.0f;
}

/* What the context of a byte says about the character it decodes to. */
static float
context(const struct detector *d, size_t c, const unsigned char *u,
    size_t i, size_t n)
{
	const unsigned char *cls = d->cls[c], *scr = d->script[c];
	unsigned char	 k = cls[u[i]], prev, next;
	int32_t		 cp = d->cs[c].cp[u[i]];
	float		 adj = 0;

	prev = i > 0 ? cls[u[i - 1]] : K_SPACE;
	next = i + 1 < n ? cls[u[i + 1]] : K_SPACE;
	if (isletter(k)) {
		if (k == K_UPPER && prev == K_LOWER)
			adj -= 3.0f;
		/* a word in two scripts is a misreading */
		if (isletter(prev) && scr[u[i - 1]] != scr[u[i]])
			adj -= 2.5f;
		if (isletter(next) && scr[u[i + 1]] != scr[u[i]])
			adj -= 2.5f;
		return adj;
	}
	if (isletter(prev) && isletter(next)) {
		if (k == K_APOS)
			return apostrophe(cls, u, i, n);
		/* Paris–Lyon, yes; a quote mark or a symbol, no */
		return cp == 0x2013 || cp == 0x2014 ? -2.0f : -4.0f;
	}
	if ((cp == 0x2013 || cp == 0x2014) && isletter(prev) &&
	    next == K_SPACE)
		return -1.5f;	/* a dash glued to the word before only */
	return 0;
}

/*
 * A byte's score under charset c and model m is base[c][m][byte] plus
 * what its context says under c, the same for every model: the sample's
 * score is that of its byte histogram plus the contexts' sum.
 */
void
score_add(struct detector *d, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t		 c, i;

	for (i = 0; i < n && d->high < SCORE_MAX_HIGH; i++) {
		if (u[i] < 0x80) {
			if ((u[i] | 0x20) >= 'a' && (u[i] | 0x20) <= 'z')
				d->letters[(u[i] | 0x20) - 'a']++;
			continue;
		}
		d->high++;
		d->hist[u[i]]++;
		for (c = 0; c < NSBCS; c++)
			d->adj[c] += context(d, c, u, i, n);
	}
}

int
score_best(const struct detector *d)
{
	size_t		 c, m, b, k, nb = 0, nm = d->nmodels;
	const float	*base;
	double		 best = -INFINITY, score, s, ascii[MAXMODELS];
	unsigned char	 seen[128];
	int		 win = 0, l;

	for (b = 0x80; b < 256; b++)
		if (d->hist[b] > 0)
			seen[nb++] = (unsigned char)b;

	/* ASCII letters read the same in every charset: once per model */
	for (m = 0; m < nm; m++) {
		ascii[m] = 0;
		for (l = 0; l < 26; l++)
			ascii[m] += (double)d->letters[l] * d->models[m].ascii[l];
	}
	for (c = 0; c < NSBCS; c++) {
		score = -INFINITY;
		for (m = 0; m < nm; m++) {
			base = d->base + (c * nm + m) * 256;
			s = ascii[m];
			for (k = 0; k < nb; k++)
				s += (double)d->hist[seen[k]] * base[seen[k]];
			if (s > score)
				score = s;
		}
		score += d->adj[c] + candidates[c].prior;
		if (score > best) {
			best = score;
			win = (int)c;
		}
	}
	return win;
}

int
guess_sbcs(struct detector *d, const char *p, size_t n)
{
	score_reset(d);
	score_add(d, p, n);
	return score_best(d);
}

/* --- the language of decoded text, by its letters --- */

const char *
letters_lang(const struct detector *d, const char *s, size_t n,
    const char *const *langs, size_t nlangs)
{
	float		 sum[MAXMODELS], best = -INFINITY;
	const char	*win = NULL;
	size_t		 i, m, k;
	int32_t		 c;
	int		 len, use[MAXMODELS];

	if (n > LETTERS_LANG_MAX)
		n = LETTERS_LANG_MAX;
	for (m = 0; m < d->nmodels; m++) {
		sum[m] = 0;
		use[m] = 0;
		for (k = 0; k < nlangs; k++)
			use[m] |= strcmp(d->models[m].lang, langs[k]) == 0;
	}
	for (i = 0; i < n; i += (size_t)len) {
		if ((len = u8_decode(s + i, n - i, &c)) < 0) {
			len = 1;
			continue;
		}
		if (!u8_isalpha(c))
			continue;
		for (m = 0; m < d->nmodels; m++) {
			if (!use[m])
				continue;
			if (c < 0x80)
				sum[m] += d->models[m].ascii[(c | 0x20) - 'a'];
			else
				sum[m] += model_logp(&d->models[m], c);
		}
	}
	for (m = 0; m < d->nmodels; m++)
		if (use[m] && sum[m] > best) {
			best = sum[m];
			win = d->models[m].lang;
		}
	return win;
}

/* --- UTF-16 and UTF-32 without a BOM --- */

/* True when p holds UTF-32 code units (le: little-endian) of text. */
static int
utf32_text(const unsigned char *u, size_t n, int le)
{
	size_t		 i, units = n / 4, zero = 0;
	uint32_t	 v;

	if (units < 2)
		return 0;
	for (i = 0; i + 4 <= n; i += 4) {
		v = le ? (uint32_t)u[i] | (uint32_t)u[i + 1] << 8 |
		    (uint32_t)u[i + 2] << 16 | (uint32_t)u[i + 3] << 24 :
		    (uint32_t)u[i + 3] | (uint32_t)u[i + 2] << 8 |
		    (uint32_t)u[i + 1] << 16 | (uint32_t)u[i] << 24;
		if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		zero += v == 0;
	}
	return zero * 50 < units;
}

/*
 * How much p looks like UTF-16 text in one byte order, 0 when not: text
 * in one script has code units from few 256-character blocks (the ASCII
 * block for spaces and digits, and the block of its letters), no lone
 * surrogates and few controls.  Returns the share of the two commonest
 * blocks, in percent.
 */
static int
utf16_text(const unsigned char *u, size_t n, int le)
{
	size_t		 count[256], i, units = n / 2, top1 = 0, top2 = 0;
	size_t		 bad = 0;
	unsigned	 v, hi;
	int		 pair = 0;

	if (units < 2)
		return 0;
	memset(count, 0, sizeof(count));
	for (i = 0; i + 2 <= n; i += 2) {
		v = le ? (unsigned)u[i] | (unsigned)u[i + 1] << 8 :
		    (unsigned)u[i + 1] | (unsigned)u[i] << 8;
		hi = v >> 8;
		count[hi]++;
		if (v >= 0xD800 && v <= 0xDBFF) {
			if (pair)
				return 0;
			pair = 1;
			continue;
		}
		if (v >= 0xDC00 && v <= 0xDFFF) {
			if (!pair)
				return 0;
			pair = 0;
			continue;
		}
		if (pair)
			return 0;
		bad += (v < 0x20 && v != '\t' && v != '\n' && v != '\r' &&
		    v != '\f') || (v >= 0x7F && v < 0xA0) || v >= 0xFFFE;
	}
	if (count[0] == 0 || bad * 50 > units)
		return 0;
	for (i = 0; i < 256; i++) {
		if (count[i] > top1) {
			top2 = top1;
			top1 = count[i];
		} else if (count[i] > top2)
			top2 = count[i];
	}
	return (int)((top1 + top2) * 100 / units);
}

/* The UTF-16/32 form of a sample with NUL bytes, or NULL. */
static const char *
wide_shape(const unsigned char *u, size_t n)
{
	int	 le, be;

	if (n > 65536)
		n = 65536;
	if (utf32_text(u, n, 1))
		return "UTF-32LE";
	if (utf32_text(u, n, 0))
		return "UTF-32BE";
	le = utf16_text(u, n, 1);
	be = utf16_text(u, n, 0);
	if (le >= 70 && le >= be)
		return "UTF-16LE";
	if (be >= 70)
		return "UTF-16BE";
	return NULL;
}

/* --- declarations --- */

/* A charset named by <meta charset> or <?xml encoding>, copied to name. */
static int
declared(struct detector *d, const char *p, size_t n, char *name,
    size_t size)
{
	PCRE2_SIZE	*ov;
	size_t		 s, e;
	int		 rc, code;
	PCRE2_SIZE	 off;

	if (n > 4096)
		n = 4096;
	if (d->meta == NULL) {
		/* bytes, not UTF-8: the head may be in any charset */
		d->meta = pcre2_compile((PCRE2_SPTR)
		    "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*"
		    "([a-z0-9_:.-]+)|<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']"
		    "([a-z0-9_.-]+)", PCRE2_ZERO_TERMINATED, 0, &code, &off,
		    NULL);
		d->md = pcre2_match_data_create(4, NULL);
		if (d->meta == NULL || d->md == NULL)
			return 0;
		(void)pcre2_jit_compile(d->meta, PCRE2_JIT_COMPLETE);
	}
	rc = pcre2_match(d->meta, (PCRE2_SPTR)p, n, 0, 0, d->md, NULL);
	if (rc < 2)
		return 0;
	ov = pcre2_get_ovector_pointer(d->md);
	if (ov[2] != PCRE2_UNSET) {
		s = ov[2];
		e = ov[3];
	} else if (rc > 2 && ov[4] != PCRE2_UNSET) {
		s = ov[4];
		e = ov[5];
	} else
		return 0;
	if (e - s >= size)
		return 0;
	memcpy(name, p + s, e - s);
	name[e - s] = '\0';
	return 1;
}

/*
 * Uses a declared charset; returns 0 when it is not one to trust.  As
 * browsers do (WHATWG), Latin-1 and ASCII labels mean windows-1252.
 */
static int
use_declared(struct detector *d, const char *p, size_t n, struct guess *g)
{
	iconv_t	 cd;
	int	 t;

	if (!declared(d, p, n, g->label, sizeof(g->label)))
		return 0;
	if (strcasecmp(g->label, "utf-8") == 0 ||
	    strcasecmp(g->label, "utf8") == 0 ||
	    strncasecmp(g->label, "utf-16", 6) == 0 ||
	    strncasecmp(g->label, "utf-32", 6) == 0)
		return 0;	/* not true of these bytes: detect */
	g->why = "declared";
	if (strcasecmp(unalias(g->label), "iso-8859-1") == 0)
		snprintf(g->label, sizeof(g->label), "windows-1252");
	if ((t = sbcs_find(d, g->label)) >= 0) {
		g->kind = CS_SINGLE;
		g->sbcs = t;
		g->name = d->cs[t].name;
		return 1;
	}
	if ((cd = iconv_open("UTF-8", g->label)) == (iconv_t)-1)
		return 0;
	iconv_close(cd);
	g->kind = CS_WIDE;
	g->name = g->label;
	return 1;
}

/* --- detection --- */

/* Counts valid multi-byte UTF-8 characters and invalid bytes. */
static void
utf8_census(const char *p, size_t n, int whole, size_t *multi, size_t *bad)
{
	size_t	 i;
	int32_t	 c;
	int	 len;

	*multi = *bad = 0;
	for (i = 0; i < n;) {
		if ((unsigned char)p[i] < 0x80) {
			i++;
			continue;
		}
		len = u8_decode(p + i, n - i, &c);
		if (len > 1) {
			(*multi)++;
			i += (size_t)len;
		} else {
			/* a sequence cut by the end of the sample is fine */
			if (!whole && n - i < 4 &&
			    ((unsigned char)p[i] & 0xC0) == 0xC0)
				break;
			(*bad)++;
			i++;
		}
	}
}

/* The charset of the lines of p that are not UTF-8, scored together. */
static int
guess_legacy_lines(struct detector *d, const char *p, size_t n)
{
	const char	*end = p + n, *nl;
	size_t		 len;

	score_reset(d);
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		len = (size_t)(nl - p);
		if (u8_valid_prefix(p, len) != len)
			score_add(d, p, len);
	}
	return score_best(d);
}

static int
bom(const unsigned char *u, size_t n, struct guess *g)
{
	static const struct {
		const char	*name;
		size_t		 len;
		unsigned char	 b[4];
	} boms[] = {
		{ "utf-8", 3, { 0xEF, 0xBB, 0xBF } },
		{ "UTF-32LE", 4, { 0xFF, 0xFE, 0, 0 } },
		{ "UTF-32BE", 4, { 0, 0, 0xFE, 0xFF } },
		{ "UTF-16LE", 2, { 0xFF, 0xFE } },
		{ "UTF-16BE", 2, { 0xFE, 0xFF } },
	};
	size_t	 i;

	for (i = 0; i < sizeof(boms) / sizeof(boms[0]); i++) {
		if (n < boms[i].len || memcmp(u, boms[i].b, boms[i].len) != 0)
			continue;
		g->kind = i == 0 ? CS_UTF8 : CS_WIDE;
		g->name = boms[i].name;
		g->bom = boms[i].len;
		g->why = "BOM";
		return 1;
	}
	return 0;
}

int
detect(struct detector *d, const char *p, size_t n, int whole,
    struct guess *g)
{
	const unsigned char *u = (const unsigned char *)p;
	const char	*wide;
	size_t		 multi, bad;
	int		 t;

	memset(g, 0, sizeof(*g));
	g->sbcs = g->fallback = -1;
	if (bom(u, n, g))
		return 0;
	g->why = "detected";
	if (memchr(p, '\0', n) != NULL) {
		if ((wide = wide_shape(u, n)) == NULL)
			return -1;
		g->kind = CS_WIDE;
		g->name = wide;
		return 0;
	}
	utf8_census(p, n, whole, &multi, &bad);
	if (bad == 0) {
		g->kind = CS_UTF8;
		g->name = multi ? "utf-8" : "us-ascii";
		return 0;
	}
	if (use_declared(d, p, n, g))
		return 0;
	g->why = "detected";
	if (multi >= 2 && multi >= bad / 4) {
		/* UTF-8 lines mixed with lines in a legacy charset */
		g->kind = CS_UTF8;
		g->name = "utf-8";
		g->fallback = guess_legacy_lines(d, p, n);
		g->why = "mixed";
		return 0;
	}
	t = guess_sbcs(d, p, n);
	g->kind = CS_SINGLE;
	g->sbcs = t;
	g->name = d->cs[t].name;
	return 0;
}
