/*
 * meta.c: the metadata of a page from its JSON-LD scripts.
 *
 * A small JSON reader that keeps, of every object whose @type is an
 * article (NewsArticle, Article, BlogPosting, ReportageNewsArticle...),
 * its headline, datePublished, author names, url and publisher name;
 * objects inside @graph and arrays are read the same way.  Values are
 * cut at a fixed length; malformed JSON ends the reading quietly, with
 * what was read so far.
 */
#include <string.h>
#include <strings.h>

#include "decode.h"

#define LD_DEPTH	32	/* deepest nesting read */

enum want { W_NONE, W_STRING, W_NAMES, W_ID, W_NAME, W_TYPE };

struct ldval {
	char	 s[512];
	size_t	 n;
};

struct jp {
	const char	*p, *end;
	int		 depth;
	int		 bad;
	struct decoder	*d;
};

static void
skip_ws(struct jp *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' ||
	    *j->p == '\t' || *j->p == '\r'))
		j->p++;
}

static void
put(struct ldval *f, const char *s, size_t n)
{
	if (n > sizeof(f->s) - 1 - f->n) {
		n = sizeof(f->s) - 1 - f->n;
		/* cut between characters: clean_line wants whole ones */
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(f->s + f->n, s, n);
	f->n += n;
	f->s[f->n] = '\0';
}

static void
put_cp(struct ldval *f, unsigned long c)
{
	char	 u[4];
	size_t	 k;

	if (c < 0x80) {
		u[0] = (char)c;
		k = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xC0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3F));
		k = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xE0 | c >> 12);
		u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[2] = (char)(0x80 | (c & 0x3F));
		k = 3;
	} else {
		u[0] = (char)(0xF0 | c >> 18);
		u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[3] = (char)(0x80 | (c & 0x3F));
		k = 4;
	}
	put(f, u, k);
}

static unsigned long
hex4(const char *p)
{
	unsigned long	 v = 0;
	int		 i;

	for (i = 0; i < 4; i++) {
		v <<= 4;
		if (p[i] >= '0' && p[i] <= '9')
			v |= (unsigned long)(p[i] - '0');
		else if ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'f')
			v |= (unsigned long)((p[i] | 0x20) - 'a' + 10);
		else
			return 0xFFFD;
	}
	return v;
}

/* A string (at its opening quote) into f, when f is not NULL. */
static void
string(struct jp *j, struct ldval *f)
{
	const char	*s;
	unsigned long	 c, lo;

	j->p++;
	while (j->p < j->end && *j->p != '"') {
		for (s = j->p; j->p < j->end && *j->p != '"' &&
		    *j->p != '\\'; j->p++)
			;
		if (f != NULL)
			put(f, s, (size_t)(j->p - s));
		if (j->p >= j->end || *j->p == '"')
			break;
		if (j->end - j->p < 2) {
			j->bad = 1;
			return;
		}
		j->p++;
		c = (unsigned char)*j->p++;
		switch (c) {
		case 'n': case 'r': case 't': case 'b': case 'f':
			c = ' ';
			break;
		case 'u':
			if (j->end - j->p < 4) {
				j->bad = 1;
				return;
			}
			c = hex4(j->p);
			j->p += 4;
			if (c >= 0xD800 && c < 0xDC00 && j->end - j->p >= 6 &&
			    j->p[0] == '\\' && j->p[1] == 'u' &&
			    (lo = hex4(j->p + 2)) >= 0xDC00 && lo < 0xE000) {
				c = 0x10000 + ((c - 0xD800) << 10) +
				    (lo - 0xDC00);
				j->p += 6;
			} else if (c >= 0xD800 && c < 0xE000)
				c = 0xFFFD;
			break;
		}
		if (f != NULL)
			put_cp(f, c);
	}
	if (j->p >= j->end)
		j->bad = 1;
	else
		j->p++;
}

static int	 value(struct jp *, enum want, struct ldval *, int *);

/* The article types of schema.org that news pages use. */
static int
article_type(const char *s)
{
	return strcasestr(s, "Article") != NULL ||
	    strcasestr(s, "BlogPosting") != NULL ||
	    strcasestr(s, "Report") != NULL;
}

/* An object (at its brace): what want asks of it goes to out. */
static void
object(struct jp *j, enum want want, struct ldval *out)
{
	struct ldval	 headline, date, authors, url, site, name, id, key;
	struct ldval	*f;
	enum want	 w;
	int		 isarticle = 0;

	memset(&headline, 0, sizeof(headline));
	date = authors = url = site = name = id = key = headline;
	j->p++;
	for (;;) {
		skip_ws(j);
		if (j->p >= j->end || j->bad) {
			j->bad = 1;
			return;
		}
		if (*j->p == '}') {
			j->p++;
			break;
		}
		if (*j->p == ',') {
			j->p++;
			continue;
		}
		if (*j->p != '"') {
			j->bad = 1;
			return;
		}
		key.n = 0;
		string(j, &key);
		skip_ws(j);
		if (j->p >= j->end || *j->p != ':') {
			j->bad = 1;
			return;
		}
		j->p++;
		f = NULL;
		w = W_NONE;
		if (strcmp(key.s, "@type") == 0) {
			w = W_TYPE;
		} else if (strcmp(key.s, "headline") == 0) {
			f = &headline;
			w = W_STRING;
		} else if (strcmp(key.s, "datePublished") == 0) {
			f = &date;
			w = W_STRING;
		} else if (strcmp(key.s, "author") == 0 ||
		    strcmp(key.s, "creator") == 0) {
			f = &authors;
			w = W_NAMES;
		} else if (strcmp(key.s, "url") == 0 ||
		    (strcmp(key.s, "mainEntityOfPage") == 0 && url.n == 0)) {
			url.n = 0;
			f = &url;
			w = W_ID;
		} else if (strcmp(key.s, "publisher") == 0) {
			f = &site;
			w = W_NAME;
		} else if (strcmp(key.s, "name") == 0) {
			f = &name;
			w = W_STRING;
		} else if (strcmp(key.s, "@id") == 0) {
			f = &id;
			w = W_STRING;
		}
		value(j, w, f, &isarticle);
	}
	switch (want) {
	case W_NAMES:
		if (name.n > 0) {
			if (out->n > 0)
				put(out, ", ", 2);
			put(out, name.s, name.n);
		}
		break;
	case W_NAME:
		put(out, name.s, name.n);
		break;
	case W_ID:
		if (url.n > 0)
			put(out, url.s, url.n);
		else
			put(out, id.s, id.n);
		break;
	default:
		break;
	}
	if (!isarticle)
		return;
	page_meta(j->d, META_TITLE, 4, headline.s, headline.n);
	page_meta(j->d, META_DATE, 4, date.s, date.n);
	page_meta(j->d, META_AUTHOR, 4, authors.s, authors.n);
	page_meta(j->d, META_URL, 1, url.s, url.n);
	page_meta(j->d, META_SITE, 2, site.s, site.n);
}

/* Any value; what want asks goes to out (or sets *isarticle). */
static int
value(struct jp *j, enum want want, struct ldval *out, int *isarticle)
{
	struct ldval	 t;
	const char	*at;

	skip_ws(j);
	if (j->p >= j->end || j->bad || j->depth >= LD_DEPTH) {
		j->bad = 1;
		return -1;
	}
	switch (*j->p) {
	case '"':
		if (want == W_TYPE) {
			t.n = 0;
			string(j, &t);
			if (article_type(t.s))
				*isarticle = 1;
		} else if (want == W_NAMES && out != NULL) {
			if (out->n > 0)
				put(out, ", ", 2);
			string(j, out);
		} else
			string(j, want == W_NONE ? NULL : out);
		return 0;
	case '{':
		j->depth++;
		object(j, want, out);
		j->depth--;
		return 0;
	case '[':
		j->depth++;
		j->p++;
		for (;;) {
			skip_ws(j);
			if (j->p >= j->end || j->bad) {
				j->bad = 1;
				break;
			}
			if (*j->p == ']') {
				j->p++;
				break;
			}
			if (*j->p == ',') {
				j->p++;
				continue;
			}
			/* a list of strings is kept whole only for names */
			if (value(j, want == W_STRING || want == W_ID ?
			    (out && out->n ? W_NONE : want) : want, out,
			    isarticle) == -1)
				break;
		}
		j->depth--;
		return 0;
	default:
		at = j->p;
		while (j->p < j->end && *j->p != ',' && *j->p != '}' &&
		    *j->p != ']')
			j->p++;
		if (j->p == at)
			j->bad = 1;	/* a stray ',', '}' or ']' */
		return 0;
	}
}

void
jsonld_read(struct decoder *d, const char *s, size_t n)
{
	struct jp	 j;
	int		 isarticle = 0;

	memset(&j, 0, sizeof(j));
	j.p = s;
	j.end = s + n;
	j.d = d;
	while (!j.bad) {
		skip_ws(&j);
		if (j.p >= j.end)
			break;
		value(&j, W_NONE, NULL, &isarticle);
	}
}
