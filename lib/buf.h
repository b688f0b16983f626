/* buf.h: growing byte buffers, reused across records. */
#ifndef ONDIT_BUF_H
#define ONDIT_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char	*p;	/* bytes, not NUL-terminated unless buf_nul() */
	size_t	 n;	/* bytes used */
	size_t	 cap;	/* bytes allocated */
};

/* Makes room for extra more bytes; returns 0, or -1 when out of memory. */
int	buf_reserve(struct buf *, size_t extra);
/* Appends n bytes; returns 0 or -1. */
static inline int
buf_add(struct buf *b, const void *p, size_t n)
{
	if (n == 0)
		return 0;
	if (b->cap - b->n < n && buf_reserve(b, n) == -1)
		return -1;
	memcpy(b->p + b->n, p, n);
	b->n += n;
	return 0;
}
/* Appends a NUL that is not counted in n; returns 0 or -1. */
int	buf_nul(struct buf *);
void	buf_free(struct buf *);

static inline int
buf_addc(struct buf *b, char c)
{
	if (b->n == b->cap && buf_reserve(b, 1) == -1)
		return -1;
	b->p[b->n++] = c;
	return 0;
}

static inline int
buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

#endif
