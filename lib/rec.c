/* rec.c: the one record reader and writer (see rec.h and ondit(7)). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "rec.h"
#include "u8.h"

#define LR_CHUNK	(256u << 10)	/* bytes asked of the source at once */
#define RW_FLUSH	(64u << 10)	/* output written when this much waits */

static ssize_t
fd_source(void *ctx, char *dst, size_t max)
{
	struct lreader	*lr = ctx;
	ssize_t		 n;

	/* EINTR is returned: the tools' signal handlers want to stop */
	n = read(lr->fd, dst, max);
	return n;
}

void
lr_init_src(struct lreader *lr, lr_source src, void *ctx)
{
	memset(lr, 0, sizeof(*lr));
	lr->src = src;
	lr->ctx = ctx;
	lr->fd = -1;
	lr->maxline = LR_MAXLINE;
}

void
lr_init_fd(struct lreader *lr, int fd)
{
	lr_init_src(lr, fd_source, lr);
	lr->fd = fd;
}

/* Makes room for at least want more bytes after end; returns 0 or -1. */
static int
lr_room(struct lreader *lr, size_t want)
{
	size_t	 cap;
	char	*p;

	if (lr->start > 0 && lr->cap - lr->end < want) {
		memmove(lr->buf, lr->buf + lr->start, lr->end - lr->start);
		lr->end -= lr->start;
		lr->start = 0;
	}
	if (lr->cap - lr->end >= want)
		return 0;
	cap = lr->cap ? lr->cap : LR_CHUNK;
	while (cap - lr->end < want)
		cap *= 2;
	if ((p = realloc(lr->buf, cap)) == NULL)
		return -1;
	lr->buf = p;
	lr->cap = cap;
	return 0;
}

int
lr_unread(struct lreader *lr, const char *p, size_t n)
{
	if (n == 0)
		return 0;	/* the buffer may not be there yet */
	if (lr_room(lr, n) == -1)
		return -1;
	memmove(lr->buf + lr->start + n, lr->buf + lr->start,
	    lr->end - lr->start);
	memcpy(lr->buf + lr->start, p, n);
	lr->end += n;
	return 0;
}

/* Returns [start, start + len) as the next piece; cut says more follows. */
static int
lr_give(struct lreader *lr, const char **line, size_t *len, size_t n,
    size_t skip, int cut)
{
	if (lr->more)
		lr->part++;
	else {
		lr->lineno++;
		lr->part = cut ? 1 : 0;
	}
	lr->more = cut;
	*line = lr->buf + lr->start;
	*len = n;
	lr->start += n + skip;
	return 1;
}

/* Where to cut an overlong line: at a character boundary, not in "\x". */
static size_t
lr_cut(const struct lreader *lr)
{
	const char	*p = lr->buf + lr->start;
	size_t		 cut = lr->maxline, k;

	/* a character is 4 bytes at most: invalid text is cut anywhere */
	while (cut > 1 && cut + 3 > lr->maxline &&
	    ((unsigned char)p[cut] & 0xC0) == 0x80)
		cut--;
	if (lr->keep_escapes) {
		for (k = 0; k < cut && p[cut - 1 - k] == '\\'; k++)
			;
		/* the escape goes to the next part, or with a line that
		 * would be empty, whole into this one: always progress */
		if (k % 2 == 1)
			cut = cut > 1 ? cut - 1 : cut + 1;
	}
	return cut;
}

int
lr_next(struct lreader *lr, const char **line, size_t *len)
{
	size_t	 scanned = 0, avail;
	char	*nl;
	ssize_t	 n;

	for (;;) {
		avail = lr->end - lr->start;
		nl = avail > scanned ? memchr(lr->buf + lr->start + scanned,
		    '\n', avail - scanned) : NULL;
		if (nl != NULL)
			return lr_give(lr, line, len,
			    (size_t)(nl - (lr->buf + lr->start)), 1, 0);
		scanned = avail;
		if (avail > lr->maxline)
			return lr_give(lr, line, len, lr_cut(lr), 0, 1);
		if (lr->eof) {
			if (avail == 0) {
				lr->more = 0;
				return 0;
			}
			return lr_give(lr, line, len, avail, 0, 0);
		}
		if (lr_room(lr, LR_CHUNK) == -1)
			return -1;
		n = lr->src(lr->ctx, lr->buf + lr->end, lr->cap - lr->end);
		if (n < 0)
			return -1;
		if (n == 0)
			lr->eof = 1;
		lr->end += (size_t)n;
	}
}

void
lr_free(struct lreader *lr)
{
	free(lr->buf);
	lr->buf = NULL;
	lr->cap = lr->start = lr->end = 0;
}

/* --- records --- */

static const char *const stdnames[NSTDCOL] = { "doc", "lang", "par", "sent" };

void
rr_init(struct rreader *rr, int fd, const char *name)
{
	memset(rr, 0, sizeof(*rr));
	lr_init_fd(&rr->lr, fd);
	rr->lr.keep_escapes = 1;
	rr->name = name;
}

/*
 * The first TAB in [p, end), or NULL: the leading fields of a record (doc
 * id, language, numbers) are short, so look at 16 bytes before calling
 * memchr.
 */
static const char *
next_tab(const char *p, const char *end)
{
#ifdef __SSE2__
	unsigned	 m;

	if (end - p >= 16) {
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(
		    (const __m128i *)p), _mm_set1_epi8('\t')));
		if (m != 0)
			return p + __builtin_ctz(m);
		p += 16;
	}
#endif
	return memchr(p, '\t', (size_t)(end - p));
}

/* Splits p into fields at TABs, appending to the reader's field array. */
static int
split_fields(struct rreader *rr, const char *p, size_t n, size_t *nf)
{
	const char	*end = p + n, *tab;
	struct field	*f;

	for (;;) {
		if (*nf == rr->fcap) {
			size_t cap = rr->fcap ? rr->fcap * 2 : 16;

			if ((f = realloc(rr->f, cap * sizeof(*f))) == NULL)
				return -1;
			rr->f = f;
			rr->fcap = cap;
		}
		tab = next_tab(p, end);
		rr->f[*nf].p = p;
		rr->f[*nf].n = (size_t)((tab ? tab : end) - p);
		(*nf)++;
		if (tab == NULL)
			return 0;
		p = tab + 1;
	}
}

static int
read_header(struct rreader *rr, const char *line, size_t len)
{
	size_t	 nf = 0, i;

	rr->header.n = 0;
	if (buf_add(&rr->header, line + 1, len - 1) == -1 ||
	    buf_nul(&rr->header) == -1)
		return -1;
	if (split_fields(rr, rr->header.p, rr->header.n, &nf) == -1)
		return -1;
	if (nf > rr->colcap) {
		struct field *c = realloc(rr->cols, nf * sizeof(*c));

		if (c == NULL)
			return -1;
		rr->cols = c;
		rr->colcap = nf;
	}
	for (i = 0; i < nf; i++)
		rr->cols[i] = rr->f[i];
	rr->ncols = nf;
	rr->has_header = 1;
	for (i = 0; i < NSTDCOL; i++)
		rr->stdidx[i] = rr_col(rr, stdnames[i]);
	rr->header_changed = 1;
	return 0;
}

int
rr_next(struct rreader *rr, struct rec *rec)
{
	const char	*line;
	size_t		 len, nf, k;
	int		 r;

	for (;;) {
		if ((r = lr_next(&rr->lr, &line, &len)) <= 0)
			return r;
		/* a header has columns: "#MeToo" alone is a plain line */
		if (rr->lr.part <= 1 && len > 0 && line[0] == '#' &&
		    memchr(line, '\t', len) != NULL) {
			if (read_header(rr, line, len) == -1)
				return -1;
			while (rr->lr.more)	/* an absurd header: skip */
				if ((r = lr_next(&rr->lr, &line, &len)) <= 0)
					return r;
			continue;
		}
		break;
	}
	nf = 0;
	if (rr->lr.part > 1) {
		/* a later part of a long line: leading fields as in part 1 */
		if (rr->prefix.n > 0 && split_fields(rr, rr->prefix.p,
		    rr->prefix.n - 1, &nf) == -1)
			return -1;
		if (split_fields(rr, "", 0, &nf) == -1)
			return -1;
		rr->f[nf - 1].p = line;
		rr->f[nf - 1].n = len;
	} else {
		if (split_fields(rr, line, len, &nf) == -1)
			return -1;
		if (rr->lr.part == 1) {
			k = (size_t)(rr->f[nf - 1].p - line);
			rr->prefix.n = 0;
			if (buf_add(&rr->prefix, line, k) == -1)
				return -1;
			/* fields now point into the line buffer; fine */
		}
	}
	rr->nf = nf;
	rec->f = rr->f;
	rec->nf = nf;
	rec->lineno = rr->lr.lineno;
	rec->part = rr->lr.part;
	rec->more = rr->lr.more;
	return 1;
}

int
rr_col(const struct rreader *rr, const char *name)
{
	size_t	 i, n = strlen(name);

	for (i = 0; i < rr->ncols; i++)
		if (rr->cols[i].n == n && memcmp(rr->cols[i].p, name, n) == 0)
			return (int)i;
	return -1;
}

int
rr_stdcol(const struct rreader *rr, const struct rec *rec, enum stdcol c)
{
	int	 i;

	if (rr->has_header) {
		i = rr->stdidx[c];
		return (i >= 0 && (size_t)i + 1 < rec->nf) ? i : -1;
	}
	return ((size_t)c + 1 < rec->nf) ? (int)c : -1;
}

static long
field_num(const struct field *f)
{
	long	 v = 0;
	size_t	 i;

	if (f->n == 0 || f->n > 15)
		return -1;
	for (i = 0; i < f->n; i++) {
		if (f->p[i] < '0' || f->p[i] > '9')
			return -1;
		v = v * 10 + (f->p[i] - '0');
	}
	return v;
}

void
rr_std(struct rreader *rr, const struct rec *rec, struct stdvals *sv)
{
	int	 i;

	memset(sv, 0, sizeof(*sv));
	if ((i = rr_stdcol(rr, rec, COL_DOC)) >= 0)
		sv->doc = rec->f[i];
	else {
		sv->doc.p = rr->name;
		sv->doc.n = strlen(rr->name);
		sv->doc_plain = 1;
	}
	if ((i = rr_stdcol(rr, rec, COL_LANG)) >= 0)
		sv->lang = rec->f[i];
	if ((i = rr_stdcol(rr, rec, COL_PAR)) >= 0) {
		sv->par_raw = rec->f[i];
		sv->par = field_num(&rec->f[i]);
	} else {
		/* the ordinal of the record within its document */
		if (rec->part <= 1) {
			if (rr->lastdoc.n == sv->doc.n && (sv->doc.n == 0 ||
			    memcmp(rr->lastdoc.p, sv->doc.p, sv->doc.n) == 0))
				rr->ordinal++;
			else {
				rr->ordinal = 1;
				rr->lastdoc.n = 0;
				(void)buf_add(&rr->lastdoc, sv->doc.p,
				    sv->doc.n);
			}
		}
		sv->par = rr->ordinal;
	}
	if ((i = rr_stdcol(rr, rec, COL_SENT)) >= 0) {
		sv->sent_raw = rec->f[i];
		sv->sent = field_num(&rec->f[i]);
	}
}

const char *
rr_field(struct rreader *rr, const struct field *f, size_t *len)
{
	const char	*p = f->p;
	size_t		 n = f->n;
	long		 bad;

	if (memchr(p, '\\', n) != NULL) {
		rr->tmp.n = 0;
		if ((bad = rec_unescape(&rr->tmp, p, n)) < 0)
			return NULL;
		rr->bad_escapes += (unsigned long)bad;
		p = rr->tmp.p;
		n = rr->tmp.n;
	}
	if (u8_valid_prefix(p, n) == n) {
		*len = n;
		return n ? p : "";
	}
	rr->text.n = 0;
	if ((bad = u8_sanitize(&rr->text, p, n)) < 0)
		return NULL;
	rr->bad_bytes += (unsigned long)bad;
	*len = rr->text.n;
	return rr->text.p;
}

const char *
rr_text(struct rreader *rr, const struct rec *rec, size_t *len)
{
	rr->bad_escapes = rr->bad_bytes = 0;
	return rr_field(rr, &rec->f[rec->nf - 1], len);
}

void
rr_free(struct rreader *rr)
{
	lr_free(&rr->lr);
	buf_free(&rr->header);
	buf_free(&rr->prefix);
	buf_free(&rr->text);
	buf_free(&rr->tmp);
	buf_free(&rr->lastdoc);
	free(rr->f);
	free(rr->cols);
}

/* --- output columns --- */

static int
is_std(const char *p, size_t n)
{
	size_t	 c;

	for (c = 0; c < NSTDCOL; c++)
		if (strlen(stdnames[c]) == n && memcmp(stdnames[c], p, n) == 0)
			return 1;
	return 0;
}

/* Adds a name to the layout (its pointer is set by layout_fix). */
static int
layout_add(struct layout *l, const char *p, size_t n)
{
	if (l->n == LAYOUT_MAX)
		return -1;
	l->names[l->n++] = (const char *)(uintptr_t)l->store.n;
	if (buf_add(&l->store, p, n) == -1 || buf_addc(&l->store, '\0') == -1)
		return -1;
	return 0;
}

int
layout_init(struct layout *l, const struct rreader *rr, const struct rec *rec,
    const char *const *own, size_t nown)
{
	char	 name[32];
	size_t	 i, c, room;

	memset(l, 0, sizeof(*l));
	for (c = 0; c < NSTDCOL; c++)
		if (layout_add(l, stdnames[c], strlen(stdnames[c])) == -1)
			return -1;
	/* kept columns beyond the room left are counted, not an error */
	room = LAYOUT_MAX - NSTDCOL - 1 - (nown < LAYOUT_MAX / 2 ? nown :
	    LAYOUT_MAX / 2);
	if (rr->has_header) {
		for (i = 0; i + 1 < rr->ncols; i++) {
			if (is_std(rr->cols[i].p, rr->cols[i].n))
				continue;
			if (l->nextra == room) {
				l->dropped++;
				continue;
			}
			l->extra[l->nextra++] = (int)i;
			if (layout_add(l, rr->cols[i].p, rr->cols[i].n) == -1)
				return -1;
		}
	} else if (rec != NULL) {
		for (i = NSTDCOL; i + 1 < rec->nf; i++) {
			if (l->nextra == room) {
				l->dropped++;
				continue;
			}
			snprintf(name, sizeof(name), "c%zu", i + 1);
			l->extra[l->nextra++] = (int)i;
			if (layout_add(l, name, strlen(name)) == -1)
				return -1;
		}
	}
	for (i = 0; i < nown; i++)
		if (layout_add(l, own[i], strlen(own[i])) == -1)
			return -1;
	if (rr->has_header && rr->ncols > 0) {
		if (layout_add(l, rr->cols[rr->ncols - 1].p,
		    rr->cols[rr->ncols - 1].n) == -1)
			return -1;
	} else if (layout_add(l, "text", 4) == -1)
		return -1;
	for (i = 0; i < l->n; i++)
		l->names[i] = l->store.p + (uintptr_t)l->names[i];
	return 0;
}

size_t
layout_remap(struct layout *l, const struct rreader *rr)
{
	size_t	 i, k, lost = 0;
	int	 found;

	for (k = 0; k < l->nextra; k++) {
		const char *name = l->names[NSTDCOL + k];

		l->extra[k] = -1;
		for (i = 0; i + 1 < rr->ncols; i++)
			if (rr->cols[i].n == strlen(name) &&
			    memcmp(rr->cols[i].p, name, rr->cols[i].n) == 0)
				l->extra[k] = (int)i;
	}
	for (i = 0; i + 1 < rr->ncols; i++) {
		if (is_std(rr->cols[i].p, rr->cols[i].n))
			continue;
		found = 0;
		for (k = 0; k < l->nextra; k++)
			if (l->extra[k] == (int)i)
				found = 1;
		lost += !found;
	}
	return lost;
}

void
layout_free(struct layout *l)
{
	buf_free(&l->store);
}

/* --- escaping --- */

/*
 * Copies the prefix of s without backslash or byte below 0x20 to d and
 * returns its length.  d must have room for n bytes: bytes after the
 * prefix may be written too (whole 16-byte blocks), to be overwritten.
 */
static size_t
copy_plain(char *d, const char *s, size_t n)
{
	size_t		 i = 0;
#ifdef __SSE2__
	const __m128i	 ctl = _mm_set1_epi8(0x1F), bs = _mm_set1_epi8('\\');
	__m128i		 v;
	unsigned	 m;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(s + i));
		_mm_storeu_si128((__m128i *)(d + i), v);
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(
		    _mm_min_epu8(v, ctl), v), _mm_cmpeq_epi8(v, bs)));
		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
	if (i < n && n >= 16) {
		/* the tail: the last 16 bytes, those before i masked out */
		v = _mm_loadu_si128((const __m128i *)(s + n - 16));
		_mm_storeu_si128((__m128i *)(d + n - 16), v);
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(
		    _mm_min_epu8(v, ctl), v), _mm_cmpeq_epi8(v, bs)));
		m &= ~((1u << (16 - (n - i))) - 1);
		return m == 0 ? n : n - 16 + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i < n && (unsigned char)s[i] >= 0x20 && s[i] != '\\'; i++)
		d[i] = s[i];
	return i;
}

int
rec_escape(struct buf *b, const char *s, size_t n, int first)
{
	size_t	 i = 0, k;
	char	 e;

	/* room for the text and a backslash before '#' */
	if (b->cap - b->n < n + 1 && buf_reserve(b, n + 1) == -1)
		return -1;
	if (n == 0)	/* s may be NULL: no pointer arithmetic */
		return 0;
	if (first && s[0] == '#')
		b->p[b->n++] = '\\';
	for (;;) {
		/* most bytes need nothing: copied in blocks */
		k = copy_plain(b->p + b->n, s + i, n - i);
		b->n += k;
		if ((i += k) >= n)
			return 0;
		switch (s[i]) {
		case '\\': e = '\\'; break;
		case '\t': e = 't'; break;
		case '\n': e = 'n'; break;
		case '\r': e = 'r'; break;
		default:
			b->p[b->n++] = s[i++];	/* other controls as is */
			continue;
		}
		i++;
		/* two bytes for one: keep room for the rest */
		if (b->cap - b->n < n - i + 2 &&
		    buf_reserve(b, n - i + 2) == -1)
			return -1;
		b->p[b->n++] = '\\';
		b->p[b->n++] = e;
	}
}

long
rec_unescape(struct buf *b, const char *s, size_t n)
{
	const char	*p = s, *end = s + n, *bs;
	long		 bad = 0;
	char		 c;

	if (n == 0)	/* b->p may still be NULL: no pointer arithmetic */
		return 0;
	if (buf_reserve(b, n) == -1)
		return -1;
	while ((bs = memchr(p, '\\', (size_t)(end - p))) != NULL) {
		memcpy(b->p + b->n, p, (size_t)(bs - p));
		b->n += (size_t)(bs - p);
		if (bs + 1 == end) {
			b->p[b->n++] = '\\';
			bad++;
			p = end;
			break;
		}
		switch (bs[1]) {
		case '\\': c = '\\'; break;
		case 't': c = '\t'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case '#': c = '#'; break;
		default:
			b->p[b->n++] = '\\';
			b->p[b->n++] = bs[1];
			bad++;
			p = bs + 2;
			continue;
		}
		b->p[b->n++] = c;
		p = bs + 2;
	}
	memcpy(b->p + b->n, p, (size_t)(end - p));
	b->n += (size_t)(end - p);
	return bad;
}

int
json_string(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t		 i, run = 0;
	unsigned char	 c;
	char		 esc[6];
	size_t		 k;

	if (buf_reserve(b, n + 2) == -1 || buf_addc(b, '"') == -1)
		return -1;
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		esc[0] = '\\';
		k = 2;
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\n': esc[1] = 'n'; break;
		case '\t': esc[1] = 't'; break;
		case '\r': esc[1] = 'r'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			k = 6;
		}
		if (buf_add(b, s + run, i - run) == -1 ||
		    buf_add(b, esc, k) == -1)
			return -1;
		run = i + 1;
	}
	if (buf_add(b, s + run, n - run) == -1)
		return -1;
	return buf_addc(b, '"');
}

/* --- writing --- */

void
rw_init(struct rwriter *w, int fd, int json, int linebuf)
{
	memset(w, 0, sizeof(*w));
	w->fd = fd;
	w->json = json;
	w->linebuf = linebuf;
}

int
rw_header(struct rwriter *w, const char **names, size_t n, int write)
{
	size_t	 i;

	w->names = names;
	w->ncols = n;
	if (!write || w->json)
		return 0;
	if (buf_addc(&w->out, '#') == -1)
		return -1;
	for (i = 0; i < n; i++)
		if ((i > 0 && buf_addc(&w->out, '\t') == -1) ||
		    rec_escape(&w->out, names[i], strlen(names[i]), 0) == -1)
			return -1;
	if (buf_addc(&w->out, '\n') == -1)
		return -1;
	return w->linebuf ? rw_flush(w) : 0;
}

/* Starts the next field: separator, or the JSON key. */
static int
rw_sep(struct rwriter *w)
{
	char	 key[32];

	if (w->col == 0)
		w->recstart = w->out.n;
	if (!w->json)
		return w->col++ > 0 ? buf_addc(&w->out, '\t') : 0;
	if (buf_addc(&w->out, w->col == 0 ? '{' : ',') == -1)
		return -1;
	if (w->col < w->ncols) {
		if (json_string(&w->out, w->names[w->col],
		    strlen(w->names[w->col])) == -1)
			return -1;
	} else {
		snprintf(key, sizeof(key), "c%zu", w->col + 1);
		if (json_string(&w->out, key, strlen(key)) == -1)
			return -1;
	}
	w->col++;
	return buf_addc(&w->out, ':');
}

int
rw_raw(struct rwriter *w, const char *p, size_t n)
{
	if (rw_sep(w) == -1)
		return -1;
	if (!w->json)
		return buf_add(&w->out, p, n);
	w->tmp.n = 0;
	if (rec_unescape(&w->tmp, p, n) < 0)
		return -1;
	return json_string(&w->out, w->tmp.p, w->tmp.n);
}

int
rw_text(struct rwriter *w, const char *p, size_t n)
{
	int	 first = w->col == 0;

	if (rw_sep(w) == -1)
		return -1;
	if (w->json)
		return json_string(&w->out, p, n);
	return rec_escape(&w->out, p, n, first);
}

/* Writes the decimal digits of v (and its sign) to d; returns their end. */
static char *
put_num(char *d, long v)
{
	unsigned long	 u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	unsigned long	 t;
	char		*end;

	if (v < 0)
		*d++ = '-';
	for (end = d + 1, t = u; t >= 10; t /= 10)
		end++;
	d = end;
	do
		*--d = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	return end;
}

int
rw_num(struct rwriter *w, long v)
{
	if (rw_sep(w) == -1 || buf_reserve(&w->out, 24) == -1)
		return -1;
	w->out.n = (size_t)(put_num(w->out.p + w->out.n, v) - w->out.p);
	return 0;
}

/*
 * rw_std() for TSV when doc needs no escaping: the four fields in one
 * reservation, since tools write them for every record.
 */
static int
std_tsv(struct rwriter *w, const struct stdvals *sv)
{
	size_t	 need = sv->doc.n + sv->lang.n + sv->par_raw.n +
	    sv->sent_raw.n + 2 * 24 + 4;
	char	*d;

	if (w->out.cap - w->out.n < need && buf_reserve(&w->out, need) == -1)
		return -1;
	if (w->col == 0)
		w->recstart = w->out.n;
	d = w->out.p + w->out.n;
	if (w->col > 0)
		*d++ = '\t';
	w->col += 4;
	if (sv->doc.n > 0)	/* p may be NULL: no memcpy */
		memcpy(d, sv->doc.p, sv->doc.n);
	d += sv->doc.n;
	*d++ = '\t';
	if (sv->lang.n > 0)
		memcpy(d, sv->lang.p, sv->lang.n);
	d += sv->lang.n;
	*d++ = '\t';
	if (sv->par >= 0)
		d = put_num(d, sv->par);
	else if (sv->par_raw.n > 0) {
		memcpy(d, sv->par_raw.p, sv->par_raw.n);
		d += sv->par_raw.n;
	}
	*d++ = '\t';
	if (sv->sent >= 0)
		d = put_num(d, sv->sent);
	else if (sv->sent_raw.n > 0) {
		memcpy(d, sv->sent_raw.p, sv->sent_raw.n);
		d += sv->sent_raw.n;
	}
	w->out.n = (size_t)(d - w->out.p);
	return 0;
}

int
rw_std(struct rwriter *w, const struct stdvals *sv)
{
	if (!w->json && !sv->doc_plain)
		return std_tsv(w, sv);
	if ((sv->doc_plain ? rw_text(w, sv->doc.p, sv->doc.n) :
	    rw_raw(w, sv->doc.p, sv->doc.n)) == -1 ||
	    rw_raw(w, sv->lang.p, sv->lang.n) == -1)
		return -1;
	if (sv->par >= 0 ? rw_num(w, sv->par) :
	    rw_raw(w, sv->par_raw.p, sv->par_raw.n))
		return -1;
	if (sv->sent >= 0 ? rw_num(w, sv->sent) :
	    rw_raw(w, sv->sent_raw.p, sv->sent_raw.n))
		return -1;
	return 0;
}

int
rw_extras(struct rwriter *w, const struct layout *l, const struct rec *rec)
{
	size_t	 k;
	int	 i;

	for (k = 0; k < l->nextra; k++) {
		i = l->extra[k];
		if (i >= 0 && (size_t)i + 1 < rec->nf) {
			if (rw_raw(w, rec->f[i].p, rec->f[i].n) == -1)
				return -1;
		} else if (rw_raw(w, "", 0) == -1)
			return -1;
	}
	return 0;
}

int
rw_end(struct rwriter *w)
{
	if (w->json && buf_addc(&w->out, '}') == -1)
		return -1;
	if (buf_addc(&w->out, '\n') == -1)
		return -1;
	w->col = 0;
	if (w->linebuf || w->out.n >= RW_FLUSH)
		return rw_flush(w);
	return 0;
}

void
rw_cancel(struct rwriter *w)
{
	if (w->col > 0)
		w->out.n = w->recstart;
	w->col = 0;
}

int
rw_flush(struct rwriter *w)
{
	size_t	 done = 0, n = w->col > 0 ? w->recstart : w->out.n;
	ssize_t	 r;

	while (done < n) {
		r = write(w->fd, w->out.p + done, n - done);
		if (r == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		done += (size_t)r;
	}
	if (n > 0)
		memmove(w->out.p, w->out.p + n, w->out.n - n);
	w->out.n -= n;
	if (w->col > 0)
		w->recstart -= n;
	return 0;
}

void
rw_free(struct rwriter *w)
{
	buf_free(&w->out);
	buf_free(&w->tmp);
}
