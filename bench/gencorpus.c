/*
 * gencorpus: a reproducible news-like corpus for make bench.
 *
 * usage: gencorpus [-m MB] [-s seed] [-n names] [-e encodings] [-F forms]
 *            -o dir [records ...]
 *
 * Reads paragraph records (decode -k output over examples/: the header
 * names the lang and boiler columns, the text is the last column) and
 * writes MB megabytes (10^6 bytes of UTF-8) of articles made from them.
 * Each article takes one example's date line and title, then its body
 * paragraphs shuffled (a paragraph that leaves a quotation open stays
 * glued to the next one), sometimes one paragraph less or one more from
 * another example of the same language, its boilerplate ("Lire aussi" in
 * the body, comment forms at the end), and varies:
 *   - names: the given and family names listed as "replace" in the names
 *     file become names of the article's language pool, one mapping per
 *     article;
 *   - numbers: a standalone number of 1 to 3 digits gets another value
 *     within half of it either way (years, dates, versions, ordinals and
 *     numbers glued to letters are left alone);
 *   - quotation marks: French guillemets padded with U+00A0, U+202F, a
 *     space or nothing, or turned into curly or straight double quotes;
 *     English curly quotes made straight or straight ones made curly;
 *     typographic apostrophes sometimes made straight;
 *   - layout: LF or CRLF, and some articles hard-wrapped at 72 columns.
 *
 * Forms (-F, comma-separated; default all):
 *   stream  one big file per encoding, articles separated by blank lines
 *   dir     one article per file, <dir>/<enc>/NNNNNN-<lang>.txt
 *   tsv     utf8.tsv (id TAB text, text escaped as in ondit(7)) and
 *           utf8.jsonl ({"id":..,"text":..}): one document per line
 * Encodings (-e, comma-separated; default all):
 *   utf8      the articles as generated
 *   cp1252    converted with iconv(3) to windows-1252; characters that it
 *             lacks become U+00A0 (narrow and thin spaces), '-' or '?'
 *   mojibake  the UTF-8 bytes read as windows-1252 (the five bytes it
 *             leaves undefined as U+0081.. like browsers) and written as
 *             UTF-8 again; one article in ten has it done twice
 * The same seed gives the same articles whatever -F and -e say.
 * Writes a summary as shell assignments to <dir>/stats.
 */
#include <err.h>
#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define WRAP_COLS	72

struct buf {
	char	*p;
	size_t	 n, cap;
};

struct para {
	char	*text;
	size_t	 len;
	int	 boiler;	/* decode -k marked it as boilerplate */
};

struct article {
	char		 lang[8];
	struct para	*par;
	size_t		 npar, cap;
};

struct namelist {
	char	**name;
	size_t	  n, cap;
};

/* Replaced names, and the pools per language (0 fr, 1 en) and kind. */
static struct namelist	replace[2];		/* 0 given, 1 family */
static struct namelist	pool[2][2];		/* [lang][kind] */

static struct article	*src;
static size_t		 nsrc, capsrc;

static char		 moji[128][4];		/* 0x80+i as UTF-8, NUL-ended */
static uint64_t		 rng;

static void
reserve(struct buf *b, size_t extra)
{
	if (b->cap - b->n >= extra)
		return;
	while (b->cap - b->n < extra)
		b->cap = b->cap ? b->cap * 2 : 4096;
	if ((b->p = realloc(b->p, b->cap)) == NULL)
		err(2, NULL);
}

static void
add(struct buf *b, const void *p, size_t n)
{
	reserve(b, n);
	memcpy(b->p + b->n, p, n);
	b->n += n;
}

static void
adds(struct buf *b, const char *s)
{
	add(b, s, strlen(s));
}

/* splitmix64: small, fast, and the same everywhere. */
static uint64_t
next(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Returns a number in [0, n). */
static size_t
pick(size_t n)
{
	return n ? (size_t)(next() % n) : 0;
}

/* Returns 1 with probability pct/100. */
static int
chance(unsigned pct)
{
	return next() % 100 < pct;
}

static void
addname(struct namelist *l, const char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		if ((l->name = realloc(l->name, l->cap * sizeof(*l->name))) ==
		    NULL)
			err(2, NULL);
	}
	if ((l->name[l->n++] = strdup(s)) == NULL)
		err(2, NULL);
}

static int
kindof(const char *s)
{
	if (strcmp(s, "given") == 0)
		return 0;
	if (strcmp(s, "family") == 0)
		return 1;
	return -1;
}

static int
langof(const char *s)
{
	return strcmp(s, "fr") == 0 ? 0 : strcmp(s, "en") == 0 ? 1 : -1;
}

static void
readnames(const char *path)
{
	FILE	*fp;
	char	*line = NULL, *w, *sv;
	size_t	 cap = 0;
	long	 lineno = 0;
	int	 k, l;
	struct namelist *dst;

	if ((fp = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	while (getline(&line, &cap, fp) != -1) {
		lineno++;
		if ((w = strtok_r(line, " \t\n", &sv)) == NULL || *w == '#')
			continue;
		if (strcmp(w, "replace") == 0) {
			w = strtok_r(NULL, " \t\n", &sv);
			if (w == NULL || (k = kindof(w)) == -1)
				errx(2, "%s:%ld: replace given|family ...",
				    path, lineno);
			dst = &replace[k];
		} else if (strcmp(w, "pool") == 0) {
			w = strtok_r(NULL, " \t\n", &sv);
			if (w == NULL || (l = langof(w)) == -1)
				errx(2, "%s:%ld: pool fr|en ...", path, lineno);
			w = strtok_r(NULL, " \t\n", &sv);
			if (w == NULL || (k = kindof(w)) == -1)
				errx(2, "%s:%ld: pool LANG given|family ...",
				    path, lineno);
			dst = &pool[l][k];
		} else
			errx(2, "%s:%ld: unknown list '%s'", path, lineno, w);
		while ((w = strtok_r(NULL, " \t\n", &sv)) != NULL)
			addname(dst, w);
	}
	if (ferror(fp))
		err(2, "%s", path);
	fclose(fp);
	free(line);
	for (l = 0; l < 2; l++)
		for (k = 0; k < 2; k++)
			if (pool[l][k].n == 0)
				errx(2, "%s: empty %s %s pool", path,
				    l ? "en" : "fr", k ? "family" : "given");
}

/* Undoes ondit(7) field escapes in place; returns the new length. */
static size_t
unescape(char *s, size_t n)
{
	size_t i, o;

	for (i = o = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 == n) {
			s[o++] = s[i];
			continue;
		}
		switch (s[++i]) {
		case 't':
		case 'n':
			s[o++] = ' ';
			break;
		case 'r':
			break;
		default:
			s[o++] = s[i];
			break;
		}
	}
	return o;
}

/* Reads decode -k records: one article per doc id. */
static void
readrecords(FILE *fp, const char *name)
{
	char	*line = NULL, *f[64], *prevdoc = NULL;
	size_t	 cap = 0, nf, i;
	ssize_t	 len;
	int	 langcol = -1, boilcol = -1;
	struct article *a = NULL;
	struct para *p;

	while ((len = getline(&line, &cap, fp)) != -1) {
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		for (nf = 0, f[nf++] = line, i = 0; i < (size_t)len; i++)
			if (line[i] == '\t' && nf < 64) {
				line[i] = '\0';
				f[nf++] = line + i + 1;
			}
		if (line[0] == '#' && a == NULL && langcol == -1) {
			for (i = 0; i < nf; i++) {
				if (strcmp(f[i], "lang") == 0)
					langcol = i;
				if (strcmp(f[i], "boiler") == 0)
					boilcol = i;
			}
			continue;
		}
		if (nf < 2 || langcol == -1 || (size_t)langcol >= nf)
			errx(2, "%s: need decode -k records with a header",
			    name);
		if (prevdoc == NULL || strcmp(prevdoc, f[0]) != 0) {
			if (nsrc == capsrc) {
				capsrc = capsrc ? capsrc * 2 : 16;
				if ((src = realloc(src, capsrc *
				    sizeof(*src))) == NULL)
					err(2, NULL);
			}
			a = &src[nsrc++];
			memset(a, 0, sizeof(*a));
			snprintf(a->lang, sizeof(a->lang), "%s", f[langcol]);
			free(prevdoc);
			if ((prevdoc = strdup(f[0])) == NULL)
				err(2, NULL);
		}
		if (a->npar == a->cap) {
			a->cap = a->cap ? a->cap * 2 : 32;
			if ((a->par = realloc(a->par, a->cap *
			    sizeof(*a->par))) == NULL)
				err(2, NULL);
		}
		p = &a->par[a->npar++];
		p->boiler = boilcol != -1 && (size_t)boilcol < nf - 1 &&
		    f[boilcol][0] != '\0';
		if ((p->text = strdup(f[nf - 1])) == NULL)
			err(2, NULL);
		p->len = unescape(p->text, strlen(p->text));
	}
	if (ferror(fp))
		err(2, "%s", name);
	free(line);
	free(prevdoc);
}

static size_t
count(const char *s, size_t n, const char *mark)
{
	size_t	c = 0, m = strlen(mark);
	const char *e = s + n, *q;

	while ((q = memmem(s, e - s, mark, m)) != NULL) {
		c++;
		s = q + m;
	}
	return c;
}

/* A paragraph that opens more quotations than it closes. */
static int
leavesopen(const struct para *p)
{
	return count(p->text, p->len, "\xc2\xab") >
	    count(p->text, p->len, "\xc2\xbb") ||
	    count(p->text, p->len, "\xe2\x80\x9c") >
	    count(p->text, p->len, "\xe2\x80\x9d") ||
	    count(p->text, p->len, "\"") % 2 == 1;
}

/* Bytes in the UTF-8 sequence that starts with c. */
static size_t
u8len(unsigned char c)
{
	return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* The code point of the UTF-8 sequence at s (n bytes left); sets *len. */
static unsigned
u8cp(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t	 l = u8len(u[0]), i;
	unsigned cp;

	if (l > n)
		l = n;
	cp = l == 1 ? u[0] : u[0] & (0x7f >> l);
	for (i = 1; i < l; i++)
		cp = cp << 6 | (u[i] & 0x3f);
	*len = l;
	return cp;
}

/* A Latin letter (ASCII, Latin-1 and Latin Extended-A/B). */
static int
latin(unsigned cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
	    (cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7);
}

/* Whether a letter (or byte c < 0x80 that is one) starts at s. */
static int
letterat(const char *s, size_t n)
{
	size_t	l;

	return latin(u8cp(s, n, &l));
}

/* Whether the character that ends just before s[i] is a letter. */
static int
letterbefore(const char *s, size_t i)
{
	size_t	b = i;

	if (i == 0)
		return 0;
	while (b > 0 && i - b < 4 && ((unsigned char)s[b - 1] & 0xc0) == 0x80)
		b--;
	if (b > 0)
		b--;
	return letterat(s + b, i - b);
}

/* Renames the people of the examples, consistently within an article. */
static void
names(struct buf *out, const char *s, size_t n, const size_t map[2][256],
    int lang)
{
	size_t	i = 0, j, k, w, l;
	int	kind, hit;

	while (i < n) {
		if (!(s[i] >= 'A' && s[i] <= 'Z') || letterbefore(s, i) ||
		    (i > 0 && s[i - 1] == '-')) {
			reserve(out, 1);
			out->p[out->n++] = s[i++];
			continue;
		}
		for (j = i; j < n; j += l) {
			l = 1;
			if (s[j] == '-' || latin(u8cp(s + j, n - j, &l)))
				continue;
			l = 1;
			if (s[j] == '\'' && j + 1 < n && s[j + 1] >= 'A' &&
			    s[j + 1] <= 'Z')
				continue;
			break;
		}
		w = j - i;
		hit = 0;
		for (kind = 0; kind < 2 && !hit; kind++)
			for (k = 0; k < replace[kind].n && k < 256; k++)
				if (strlen(replace[kind].name[k]) == w &&
				    memcmp(replace[kind].name[k], s + i, w) ==
				    0) {
					adds(out, pool[lang][kind].name[
					    map[kind][k]]);
					hit = 1;
					break;
				}
		if (!hit)
			add(out, s + i, w);
		i = j;
	}
}

static int
isdigitc(char c)
{
	return c >= '0' && c <= '9';
}

static size_t	padlen(const char *, size_t);

/* Whether a group of three digits follows a space at s (1 000 000). */
static int
groupafter(const char *s, size_t n)
{
	size_t	p = padlen(s, n);

	return p > 0 && n - p >= 3 && isdigitc(s[p]) && isdigitc(s[p + 1]) &&
	    isdigitc(s[p + 2]) && (n - p == 3 || !isdigitc(s[p + 3]));
}

/* Whether s[0..i) ends with a digit and a space (the 000 of 1 000). */
static int
groupbefore(const char *s, size_t i)
{
	size_t	k;

	for (k = 1; k <= 3 && k < i; k++)
		if (padlen(s + i - k, k) == k && isdigitc(s[i - k - 1]))
			return 1;
	return 0;
}

/* Gives standalone numbers of 1 to 3 digits another value. */
static void
numbers(struct buf *out, const char *s, size_t n)
{
	size_t	i = 0, j, d;
	int	alone;
	char	num[8];

	while (i < n) {
		if (!isdigitc(s[i])) {
			reserve(out, 1);
			out->p[out->n++] = s[i++];
			continue;
		}
		for (j = i; j < n && isdigitc(s[j]); j++)
			;
		d = j - i;
		alone = d <= 3 &&
		    (i == 0 || !(strchr(".,:/", s[i - 1]) ||
		    letterbefore(s, i))) &&
		    (j == n || !(letterat(s + j, n - j) ||
		    (strchr(".,:/", s[j]) && j + 1 < n && isdigitc(s[j + 1])))) &&
		    !groupbefore(s, i) && !groupafter(s + j, n - j) &&
		    strtoul(s + i, NULL, 10) > 0;
		if (alone) {
			/* another value within half of it either way */
			unsigned long v = strtoul(s + i, NULL, 10), lo = (v + 1) / 2;

			snprintf(num, sizeof(num), "%lu",
			    lo + pick(v + v / 2 - lo + 1));
			adds(out, num);
		} else
			add(out, s + i, d);
		i = j;
	}
}

enum fstyle { F_NBSP, F_NNBSP, F_SPACE, F_TIGHT, F_CURLY, F_STRAIGHT };
enum estyle { E_KEEP, E_STRAIGHT, E_CURLY };

/* Returns the length of a padding (space, NBSP, NNBSP) at s. */
static size_t
padlen(const char *s, size_t n)
{
	if (n >= 1 && s[0] == ' ')
		return 1;
	if (n >= 2 && memcmp(s, "\xc2\xa0", 2) == 0)
		return 2;
	if (n >= 3 && memcmp(s, "\xe2\x80\xaf", 3) == 0)
		return 3;
	return 0;
}

static const char *
fpad(enum fstyle st)
{
	return st == F_NBSP ? "\xc2\xa0" : st == F_NNBSP ? "\xe2\x80\xaf" :
	    st == F_SPACE ? " " : "";
}

/* Rewrites « » in the French style st. */
static void
guillemets(struct buf *out, const char *s, size_t n, enum fstyle st)
{
	size_t	i = 0, p;

	while (i < n) {
		if (n - i >= 2 && memcmp(s + i, "\xc2\xab", 2) == 0) {
			i += 2;
			while ((p = padlen(s + i, n - i)) > 0)
				i += p;
			adds(out, st == F_CURLY ? "\xe2\x80\x9c" :
			    st == F_STRAIGHT ? "\"" : "\xc2\xab");
			adds(out, fpad(st));
			continue;
		}
		if ((p = padlen(s + i, n - i)) > 0) {
			size_t q = i;

			while ((p = padlen(s + q, n - q)) > 0)
				q += p;
			if (n - q >= 2 && memcmp(s + q, "\xc2\xbb", 2) == 0) {
				i = q;	/* the closing mark writes its pad */
				continue;
			}
			add(out, s + i, q - i);
			i = q;
			continue;
		}
		if (n - i >= 2 && memcmp(s + i, "\xc2\xbb", 2) == 0) {
			i += 2;
			adds(out, fpad(st));
			adds(out, st == F_CURLY ? "\xe2\x80\x9d" :
			    st == F_STRAIGHT ? "\"" : "\xc2\xbb");
			continue;
		}
		reserve(out, 1);
		out->p[out->n++] = s[i++];
	}
}

/* Makes English double quotes straight, or pairs straight ones as curly. */
static void
english(struct buf *out, const char *s, size_t n, enum estyle st)
{
	size_t	i = 0;
	int	open = 0;

	while (i < n) {
		if (st == E_STRAIGHT && n - i >= 3 &&
		    (memcmp(s + i, "\xe2\x80\x9c", 3) == 0 ||
		    memcmp(s + i, "\xe2\x80\x9d", 3) == 0)) {
			adds(out, "\"");
			i += 3;
		} else if (st == E_CURLY && s[i] == '"') {
			/* a digit before it: an inch mark, left alone */
			if (i > 0 && isdigitc(s[i - 1]))
				adds(out, "\"");
			else
				adds(out, (open = !open) ? "\xe2\x80\x9c" :
				    "\xe2\x80\x9d");
			i++;
		} else {
			reserve(out, 1);
			out->p[out->n++] = s[i++];
		}
	}
}

/* Makes ’ an apostrophe ' when it sits between two letters. */
static void
apostrophes(struct buf *out, const char *s, size_t n)
{
	size_t	i = 0;

	while (i < n) {
		if (n - i >= 3 && memcmp(s + i, "\xe2\x80\x99", 3) == 0 &&
		    letterbefore(s, i) && i + 3 < n &&
		    letterat(s + i + 3, n - i - 3)) {
			adds(out, "'");
			i += 3;
			continue;
		}
		reserve(out, 1);
		out->p[out->n++] = s[i++];
	}
}

/* Breaks a paragraph into lines of about WRAP_COLS characters. */
static void
wrap(char *s, size_t n)
{
	size_t	i, col = 0, lastsp = SIZE_MAX;

	for (i = 0; i < n; i++) {
		if ((s[i] & 0xc0) == 0x80)
			continue;
		if (s[i] == '\n') {
			col = 0;
			lastsp = SIZE_MAX;
			continue;
		}
		if (s[i] == ' ')
			lastsp = i;
		if (++col > WRAP_COLS && lastsp != SIZE_MAX) {
			s[lastsp] = '\n';
			col = 0;
			for (size_t j = lastsp + 1; j <= i; j++)
				if ((s[j] & 0xc0) != 0x80)
					col++;
			lastsp = SIZE_MAX;
		}
	}
}

struct unit {
	const struct article	*a;
	size_t			 first, n;	/* paragraphs a->par[first..] */
};

/* Groups the body of a into units; returns how many. */
static size_t
units(const struct article *a, size_t from, struct unit *u, size_t max)
{
	size_t	i, nu = 0;

	for (i = from; i < a->npar && nu < max; ) {
		if (a->par[i].boiler) {
			i++;
			continue;
		}
		u[nu].a = a;
		u[nu].first = i;
		u[nu].n = 1;
		while (leavesopen(&a->par[i]) && i + 1 < a->npar &&
		    !a->par[i + 1].boiler && u[nu].n < 4) {
			u[nu].n++;
			i++;
		}
		i++;
		nu++;
	}
	return nu;
}

/* Index after the last non-boilerplate paragraph of a. */
static size_t
contentend(const struct article *a)
{
	size_t	e = a->npar;

	while (e > 0 && a->par[e - 1].boiler)
		e--;
	return e;
}

/* Index after the date line and the title (the first two paragraphs
 * that are not boilerplate). */
static size_t
headend(const struct article *a)
{
	size_t	i, k = 0;

	for (i = 0; i < a->npar && k < 2; i++)
		if (!a->par[i].boiler)
			k++;
	return i;
}

#define MAXUNITS	256

/* Writes article number idx, in UTF-8, to out; sets *lang. */
static void
article(struct buf *out, size_t idx, uint64_t seed, int *lang)
{
	static struct buf	 t1, t2;
	struct unit		 body[MAXUNITS], extra[MAXUNITS],
				 list[3 * MAXUNITS], tmp;
	const struct article	*a, *b;
	size_t			 map[2][256], nb, ne, nlist = 0, i, j, k,
				 head, end, mid[32], nmid = 0, m, u, start;
	enum fstyle		 fst;
	enum estyle		 est;
	int			 crlf, wrapped, apos, l;

	rng = seed * 0x2545f4914f6cdd1dULL + idx * 0x9e3779b97f4a7c15ULL;
	(void)next();
	a = &src[pick(nsrc)];
	*lang = l = strcmp(a->lang, "en") == 0 ? 1 : 0;
	for (k = 0; k < 2; k++)
		for (i = 0; i < replace[k].n && i < 256; i++)
			map[k][i] = pick(pool[l][k].n);
	fst = l == 0 ? (enum fstyle)pick(F_STRAIGHT + 1) : F_NBSP;
	if (l == 0 && (fst == F_CURLY || fst == F_STRAIGHT) && chance(50))
		fst = F_NBSP;		/* keep guillemets the most common */
	est = l == 1 ? (enum estyle)pick(E_CURLY + 1) : E_KEEP;
	apos = chance(25);
	crlf = chance(15);
	wrapped = chance(15);

	/* the body shuffled, one unit less or one more from a sibling */
	head = headend(a);
	end = contentend(a);
	nb = units(a, head, body, MAXUNITS);
	for (i = head; i < end; i++)
		if (a->par[i].boiler && nmid < 32)
			mid[nmid++] = i;
	for (i = nb; i > 1; i--) {
		j = pick(i);
		tmp = body[i - 1];
		body[i - 1] = body[j];
		body[j] = tmp;
	}
	if (nb > 3 && chance(25))
		nb--;
	if (chance(50)) {
		b = &src[pick(nsrc)];
		if (strcmp(b->lang, a->lang) == 0 && b != a && nb < MAXUNITS &&
		    (ne = units(b, headend(b), extra, MAXUNITS)) > 0) {
			j = pick(nb + 1);
			memmove(&body[j + 1], &body[j],
			    (nb - j) * sizeof(*body));
			body[j] = extra[pick(ne)];
			nb++;
		}
	}

	/* date and title, body with its boilerplate spread, the tail */
	for (i = 0; i < head; i++)
		list[nlist++] = (struct unit){ a, i, 1 };
	for (u = 0, m = 0; u < nb; u++) {
		while (m < nmid && u == (m + 1) * nb / (nmid + 1))
			list[nlist++] = (struct unit){ a, mid[m++], 1 };
		list[nlist++] = body[u];
	}
	while (m < nmid)
		list[nlist++] = (struct unit){ a, mid[m++], 1 };
	for (i = end; i < a->npar; i++)
		list[nlist++] = (struct unit){ a, i, 1 };

	start = out->n;
	for (i = 0; i < nlist; i++) {
		const struct para *p = &list[i].a->par[list[i].first];

		for (j = 0; j < list[i].n; j++, p++) {
			t1.n = t2.n = 0;
			names(&t1, p->text, p->len, (const size_t (*)[256])map,
			    l);
			numbers(&t2, t1.p, t1.n);
			t1.n = 0;
			if (l == 0)
				guillemets(&t1, t2.p, t2.n, fst);
			else
				english(&t1, t2.p, t2.n, est);
			t2.n = 0;
			if (apos)
				apostrophes(&t2, t1.p, t1.n);
			else
				add(&t2, t1.p, t1.n);
			if (out->n > start)
				adds(out, "\n");
			k = out->n;
			add(out, t2.p, t2.n);
			if (wrapped && i >= head)
				wrap(out->p + k, out->n - k);
			adds(out, "\n");
		}
	}
	if (crlf) {
		t1.n = 0;
		for (i = start; i < out->n; i++) {
			if (out->p[i] == '\n')
				adds(&t1, "\r");
			add(&t1, out->p + i, 1);
		}
		out->n = start;
		add(out, t1.p, t1.n);
	}
}

/* Converts UTF-8 to windows-1252; returns how many characters it lacked. */
static size_t
tocp1252(iconv_t cd, struct buf *out, const char *s, size_t n)
{
	char	*in = (char *)s, *o;
	size_t	 inleft = n, outleft, lacked = 0, cl;
	unsigned char c;

	out->n = 0;
	reserve(out, n + 16);
	o = out->p;
	outleft = out->cap;
	iconv(cd, NULL, NULL, NULL, NULL);
	while (inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1)
			break;
		if (errno != EILSEQ && errno != EINVAL)
			err(2, "iconv");
		c = (unsigned char)*in;
		cl = u8len(c);
		if (cl > inleft)
			cl = inleft;
		if (cl == 3 && (memcmp(in, "\xe2\x80\xaf", 3) == 0 ||
		    memcmp(in, "\xe2\x80\x89", 3) == 0 ||
		    memcmp(in, "\xe2\x80\x87", 3) == 0))
			*o = (char)0xa0;
		else if (cl == 3 && memcmp(in, "\xe2\x80\x91", 3) == 0)
			*o = '-';
		else {
			*o = '?';
			lacked++;
		}
		o++;
		outleft--;
		in += cl;
		inleft -= cl;
	}
	out->n = o - out->p;
	return lacked;
}

/* The UTF-8 bytes of s read as windows-1252 and written as UTF-8. */
static void
mojibake(struct buf *out, const char *s, size_t n)
{
	size_t	i;
	unsigned char c;

	out->n = 0;
	reserve(out, 2 * n);
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c < 0x80)
			out->p[out->n++] = c;
		else
			adds(out, moji[c - 0x80]);
	}
}

static void
mojitable(void)
{
	iconv_t	 cd;
	char	 in, *ip, *op;
	size_t	 il, ol;
	int	 i;

	if ((cd = iconv_open("UTF-8", "WINDOWS-1252")) == (iconv_t)-1)
		err(2, "iconv_open WINDOWS-1252");
	for (i = 0; i < 128; i++) {
		in = (char)(0x80 + i);
		ip = &in;
		il = 1;
		op = moji[i];
		ol = sizeof(moji[i]) - 1;
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
			/* undefined in glibc: U+0080+i, as WHATWG does */
			moji[i][0] = (char)0xc2;
			moji[i][1] = (char)(0x80 + i);
			op = moji[i] + 2;
		}
		*op = '\0';
	}
	iconv_close(cd);
}

static FILE *
create(const char *dir, const char *name)
{
	char	 path[PATH_MAX];
	FILE	*fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((fp = fopen(path, "w")) == NULL)
		err(2, "%s", path);
	return fp;
}

static void
put(FILE *fp, const void *p, size_t n, const char *what)
{
	if (fp != NULL && fwrite(p, 1, n, fp) != n)
		err(2, "%s", what);
}

static void
writefile(const char *dir, const char *enc, size_t idx, int lang,
    const struct buf *b)
{
	char	 name[64];
	FILE	*fp;

	snprintf(name, sizeof(name), "%s/%06zu-%s.txt", enc, idx,
	    lang ? "en" : "fr");
	fp = create(dir, name);
	put(fp, b->p, b->n, name);
	if (fclose(fp) == EOF)
		err(2, "%s", name);
}

/* One document per line, text escaped as in ondit(7) or as JSON. */
static void
oneline(FILE *fp, const char *id, const struct buf *b, int json)
{
	size_t	i;
	unsigned char c;

	fprintf(fp, json ? "{\"id\":\"%s\",\"text\":\"" : "%s\t", id);
	for (i = 0; i < b->n; i++) {
		c = (unsigned char)b->p[i];
		if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\r')
			fputs("\\r", fp);
		else if (c == '\t')
			fputs("\\t", fp);
		else if (c == '\\')
			fputs("\\\\", fp);
		else if (json && c == '"')
			fputs("\\\"", fp);
		else if (json && c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			putc(c, fp);
	}
	fputs(json ? "\"}\n" : "\n", fp);
}

static int
has(const char *list, const char *word)
{
	size_t	n = strlen(word);
	const char *p = list;

	while ((p = strstr(p, word)) != NULL) {
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return 1;
		p += n;
	}
	return 0;
}

static void
usage(void)
{
	fprintf(stderr, "usage: gencorpus [-m MB] [-s seed] [-n names] "
	    "[-e encodings] [-F forms] -o dir [records ...]\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	const char	*outdir = NULL;		/* -o: where to write */
	const char	*namefile = "bench/names.txt"; /* -n */
	const char	*encs = "utf8,cp1252,mojibake"; /* -e */
	const char	*forms = "stream,dir,tsv";	/* -F */
	double		 mb = 50;		/* -m: size of the UTF-8 */
	uint64_t	 seed = 1;		/* -s */
	struct buf	 art = { 0 }, cp = { 0 }, mj = { 0 }, mj2 = { 0 };
	FILE		*s8 = NULL, *scp = NULL, *smj = NULL, *tsv = NULL,
			*jsonl = NULL, *st, *fp;
	size_t		 idx, nart[2] = { 0, 0 }, lacked = 0, want, got = 0,
			 cpbytes = 0, mjbytes = 0;
	int		 ch, i, lang, dirs, u8, c1252, moj;
	char		 id[32], path[PATH_MAX];
	iconv_t		 cd = (iconv_t)-1;

	while ((ch = getopt(argc, argv, "e:F:m:n:o:s:")) != -1)
		switch (ch) {
		case 'e':
			encs = optarg;
			break;
		case 'F':
			forms = optarg;
			break;
		case 'm':
			if ((mb = strtod(optarg, NULL)) <= 0)
				errx(2, "-m %s: not a size in MB", optarg);
			break;
		case 'n':
			namefile = optarg;
			break;
		case 'o':
			outdir = optarg;
			break;
		case 's':
			seed = strtoull(optarg, NULL, 10);
			break;
		default:
			usage();
		}
	argc -= optind;
	argv += optind;
	if (outdir == NULL)
		usage();

	readnames(namefile);
	if (argc == 0)
		readrecords(stdin, "stdin");
	for (i = 0; i < argc; i++) {
		if ((fp = fopen(argv[i], "r")) == NULL)
			err(2, "%s", argv[i]);
		readrecords(fp, argv[i]);
		fclose(fp);
	}
	if (nsrc == 0)
		errx(2, "no articles in the input");
	mojitable();

	u8 = has(encs, "utf8");
	c1252 = has(encs, "cp1252");
	moj = has(encs, "mojibake");
	dirs = has(forms, "dir");
	if (mkdir(outdir, 0777) == -1 && errno != EEXIST)
		err(2, "%s", outdir);
	if (c1252 && (cd = iconv_open("WINDOWS-1252", "UTF-8")) ==
	    (iconv_t)-1)
		err(2, "iconv_open");
	if (has(forms, "stream")) {
		if (u8)
			s8 = create(outdir, "utf8.txt");
		if (c1252)
			scp = create(outdir, "cp1252.txt");
		if (moj)
			smj = create(outdir, "mojibake.txt");
	}
	if (has(forms, "tsv") && u8) {
		tsv = create(outdir, "utf8.tsv");
		jsonl = create(outdir, "utf8.jsonl");
	}
	if (dirs) {
		const char *e[] = { "utf8", "cp1252", "mojibake" };
		int on[] = { u8, c1252, moj };

		for (i = 0; i < 3; i++) {
			snprintf(path, sizeof(path), "%s/%s", outdir, e[i]);
			if (on[i] && mkdir(path, 0777) == -1 && errno != EEXIST)
				err(2, "%s", path);
		}
	}

	want = (size_t)(mb * 1e6);
	for (idx = 1; got < want; idx++) {
		art.n = 0;
		article(&art, idx, seed, &lang);
		nart[lang]++;
		got += art.n + (idx > 1);
		if (idx > 1) {
			put(s8, "\n", 1, "utf8.txt");
			put(scp, "\n", 1, "cp1252.txt");
			put(smj, "\n", 1, "mojibake.txt");
		}
		put(s8, art.p, art.n, "utf8.txt");
		if (dirs && u8)
			writefile(outdir, "utf8", idx, lang, &art);
		snprintf(id, sizeof(id), "%06zu-%s", idx, lang ? "en" : "fr");
		if (tsv != NULL) {
			oneline(tsv, id, &art, 0);
			oneline(jsonl, id, &art, 1);
		}
		if (c1252) {
			lacked += tocp1252(cd, &cp, art.p, art.n);
			cpbytes += cp.n + (idx > 1);
			put(scp, cp.p, cp.n, "cp1252.txt");
			if (dirs)
				writefile(outdir, "cp1252", idx, lang, &cp);
		}
		if (moj) {
			mojibake(&mj, art.p, art.n);
			if (idx % 10 == 7) {	/* mangled twice */
				mojibake(&mj2, mj.p, mj.n);
				mjbytes += mj2.n + (idx > 1);
				put(smj, mj2.p, mj2.n, "mojibake.txt");
				if (dirs)
					writefile(outdir, "mojibake", idx, lang,
					    &mj2);
			} else {
				mjbytes += mj.n + (idx > 1);
				put(smj, mj.p, mj.n, "mojibake.txt");
				if (dirs)
					writefile(outdir, "mojibake", idx, lang,
					    &mj);
			}
		}
	}
	FILE *all[] = { s8, scp, smj, tsv, jsonl };
	for (i = 0; i < 5; i++)
		if (all[i] != NULL && fclose(all[i]) == EOF)
			err(2, "%s", outdir);
	st = create(outdir, "stats");
	fprintf(st, "seed=%llu\nmb=%g\nsources=%zu\narticles=%zu\nfr=%zu\n"
	    "en=%zu\nutf8_bytes=%zu\ncp1252_bytes=%zu\nmojibake_bytes=%zu\n"
	    "cp1252_lacked=%zu\n", (unsigned long long)seed, mb, nsrc,
	    nart[0] + nart[1], nart[0], nart[1], got, c1252 ? cpbytes : 0,
	    moj ? mjbytes : 0, lacked);
	if (fclose(st) == EOF)
		err(2, "%s/stats", outdir);
	return 0;
}
