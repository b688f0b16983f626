/* buf.c: growing byte buffers. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"

int
buf_reserve(struct buf *b, size_t extra)
{
	size_t	 cap;
	char	*p;

	if (b->cap - b->n >= extra)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap - b->n < extra) {
		if (cap > (size_t)-1 / 2)
			return -1;
		cap *= 2;
	}
	if ((p = realloc(b->p, cap)) == NULL)
		return -1;
	b->p = p;
	b->cap = cap;
	return 0;
}

int
buf_nul(struct buf *b)
{
	if (buf_reserve(b, 1) == -1)
		return -1;
	b->p[b->n] = '\0';
	return 0;
}

void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
}
