/*
 * charset.c: charset detection and conversion.
 *
 * Single-byte charsets are converted by 256-entry tables that iconv fills
 * once; UTF-16/32 and forced charsets go through iconv as a stream.
 * Detection: BOM, UTF-16/32 by the shape of their zero bytes, valid UTF-8,
 * then a declaration (<meta charset>, <?xml encoding>), then byte
 * statistics: every byte >= 0x80 is decoded by each candidate charset and
 * scored by the letter frequencies of lang/<code>/letters and by the
 * punctuation and symbols it becomes in its context.
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

/* Candidates, most common first: ties go to the earlier one. */
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

	if (buf_reserve(out, n * 3) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		if (u[i] < 0x80)
			continue;
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

int
sbcs_find(struct detector *d, const char *name)
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
		{ "us-ascii", "windows-1252" }, { "ascii", "windows-1252" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcasecmp(name, aliases[i].alias) == 0)
			name = aliases[i].name;
	for (i = 0; i < NSBCS; i++)
		if (strcasecmp(name, d->cs[i].name) == 0 ||
		    strcasecmp(name, d->cs[i].iconv_name) == 0)
			return sbcs_ready(&d->cs[i]) == 0 ? (int)i : -1;
	return -1;
}

/* --- letter models --- */

struct model_load {
	struct model	*m;
	int		 bad;
};

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
	if (len < 1 || f <= 0 || f > 1000) {
		snprintf(err->file, sizeof(err->file), "%s", file);
		err->line = line;
		snprintf(err->msg, sizeof(err->msg),
		    "expected a letter and its frequency per 1000 letters");
		return -1;
	}
	if ((p = realloc(m->cp, (m->n + 1) * sizeof(*m->cp))) == NULL)
		return -1;
	m->cp = p;
	if ((p = realloc(m->logp, (m->n + 1) * sizeof(*m->logp))) == NULL)
		return -1;
	m->logp = p;
	m->cp[m->n] = u8_tolower(c);
	m->logp[m->n] = (float)log10(f / 1000.0);
	m->n++;
	return 0;
}

#define FLOOR_LOGP	(-5.0f)

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

int
detector_init(struct detector *d, struct rules_err *err)
{
	const char *const *code;
	const char	*text;
	size_t		 len, c, m, i, nm = 0;
	struct model	*mods = NULL, *p;
	float		 s;
	unsigned char	 k;

	memset(d, 0, sizeof(*d));
	for (c = 0; c < NSBCS; c++) {
		d->cs[c].name = candidates[c].name;
		d->cs[c].iconv_name = candidates[c].iconv_name;
	}
	for (code = lang_codes; *code != NULL; code++) {
		if ((text = lang_builtin(*code, "letters", &len)) == NULL)
			continue;
		if ((p = realloc(mods, (nm + 1) * sizeof(*p))) == NULL)
			goto oom;
		mods = p;
		memset(&mods[nm], 0, sizeof(mods[nm]));
		snprintf(mods[nm].lang, sizeof(mods[nm].lang), "%s", *code);
		if (rules_scan(text, len, *code, "letters", model_entry,
		    &mods[nm], err) == -1) {
			d->models = mods;
			d->nmodels = nm + 1;
			return -1;
		}
		nm++;
	}
	d->models = mods;
	d->nmodels = nm;
	if ((d->base = calloc(NSBCS * (nm ? nm : 1) * 256, sizeof(float)))
	    == NULL)
		goto oom;
	for (c = 0; c < NSBCS; c++) {
		if (sbcs_ready(&d->cs[c]) == -1) {
			snprintf(err->msg, sizeof(err->msg),
			    "iconv does not know %s", d->cs[c].iconv_name);
			return -1;
		}
		for (i = 0; i < 256; i++) {
			int32_t cp = d->cs[c].cp[i];

			if (i < 0x80) {
				d->cls[c][i] = (unsigned char)(
				    (i >= 'a' && i <= 'z') ? K_LOWER :
				    (i >= 'A' && i <= 'Z') ? K_UPPER :
				    (i >= '0' && i <= '9') ? K_DIGIT :
				    (i == ' ' || i == '\t' || i == '\n' ||
				    i == '\r') ? K_SPACE :
				    i == '\'' ? K_APOS : K_OTHER);
				continue;
			}
			if (cp < 0) {
				k = K_CONTROL;
				s = -7.0f;
			} else if (u8_isalpha(cp)) {
				k = u8_isupper(cp) ? K_UPPER : K_LOWER;
				s = 0;
			} else
				s = symbol_score(cp, &k);
			d->cls[c][i] = k;
			for (m = 0; m < nm; m++)
				d->base[(c * nm + m) * 256 + i] =
				    (k == K_LOWER || k == K_UPPER) ?
				    model_logp(&mods[m], cp) : s;
		}
	}
	return 0;
oom:
	d->models = mods;
	d->nmodels = nm;
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

static int
isletter(unsigned char k)
{
	return k == K_LOWER || k == K_UPPER;
}

int
guess_sbcs(struct detector *d, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	float		 total[NSBCS], best = -INFINITY, score;
	size_t		 c, m, i, nm = d->nmodels ? d->nmodels : 1;
	unsigned char	 k, prev, next;
	float		 sum[64];
	int		 win = 0;

	for (c = 0; c < NSBCS; c++) {
		const unsigned char *cls = d->cls[c];

		for (m = 0; m < nm && m < 64; m++)
			sum[m] = 0;
		for (i = 0; i < n; i++) {
			float adj = 0;

			if (u[i] < 0x80)
				continue;
			k = cls[u[i]];
			prev = i > 0 ? cls[u[i - 1]] : K_SPACE;
			next = i + 1 < n ? cls[u[i + 1]] : K_SPACE;
			if (isletter(prev) && isletter(next)) {
				if (k == K_APOS)
					adj = 0.7f;
				else if (!isletter(k))
					adj = -2.0f;
			}
			if (k == K_UPPER && prev == K_LOWER)
				adj -= 3.0f;
			for (m = 0; m < nm && m < 64; m++)
				sum[m] += (d->nmodels ?
				    d->base[(c * nm + m) * 256 + u[i]] : 0) +
				    adj;
		}
		score = -INFINITY;
		for (m = 0; m < nm && m < 64; m++)
			if (sum[m] > score)
				score = sum[m];
		total[c] = score + candidates[c].prior;
		if (total[c] > best) {
			best = total[c];
			win = (int)c;
		}
	}
	return win;
}

/* --- detection --- */

/* UTF-16/32 without BOM: NUL bytes in one column, few distinct blocks. */
static const char *
wide_shape(const unsigned char *u, size_t n)
{
	size_t	 zero[4] = { 0, 0, 0, 0 }, i, units;

	if (n > 65536)
		n = 65536;
	if (n < 8)
		return NULL;
	for (i = 0; i < n; i++)
		zero[i % 4] += u[i] == 0;
	units = n / 4;
	if (zero[3] >= units * 95 / 100 && zero[2] >= units * 90 / 100 &&
	    zero[0] < units / 2)
		return "UTF-32LE";
	if (zero[0] >= units * 95 / 100 && zero[1] >= units * 90 / 100 &&
	    zero[3] < units / 2)
		return "UTF-32BE";
	units = n / 2;
	if (zero[1] + zero[3] >= units * 30 / 100 &&
	    zero[0] + zero[2] < units * 5 / 100)
		return "UTF-16LE";
	if (zero[0] + zero[2] >= units * 30 / 100 &&
	    zero[1] + zero[3] < units * 5 / 100)
		return "UTF-16BE";
	return NULL;
}

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

int
detect(struct detector *d, const char *p, size_t n, int whole,
    struct guess *g)
{
	const unsigned char *u = (const unsigned char *)p;
	char		 name[64];
	const char	*wide;
	size_t		 multi, bad;
	int		 t;

	memset(g, 0, sizeof(*g));
	g->sbcs = g->fallback = -1;
	g->why = "BOM";
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		g->kind = CS_UTF8;
		g->name = "utf-8";
		g->bom = 3;
		return 0;
	}
	if (n >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
		g->kind = CS_WIDE;
		g->name = "UTF-32LE";
		g->bom = 4;
		return 0;
	}
	if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) {
		g->kind = CS_WIDE;
		g->name = "UTF-32BE";
		g->bom = 4;
		return 0;
	}
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
	    (u[0] == 0xFE && u[1] == 0xFF))) {
		g->kind = CS_WIDE;
		g->name = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		g->bom = 2;
		return 0;
	}
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
	if (declared(d, p, n, name, sizeof(name)) &&
	    strcasecmp(name, "utf-8") != 0 && strcasecmp(name, "utf8") != 0 &&
	    (t = sbcs_find(d, name)) >= 0) {
		g->kind = CS_SINGLE;
		g->sbcs = t;
		g->name = d->cs[t].name;
		g->why = "declared";
		return 0;
	}
	t = guess_sbcs(d, p, n);
	if (multi >= 2 && multi >= bad / 4) {
		/* UTF-8 lines mixed with lines in a legacy charset */
		g->kind = CS_UTF8;
		g->name = "utf-8";
		g->fallback = t;
		g->why = "mixed";
		return 0;
	}
	g->kind = CS_SINGLE;
	g->sbcs = t;
	g->name = d->cs[t].name;
	return 0;
}
