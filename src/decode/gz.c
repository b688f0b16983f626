/*
 * gz.c: the bytes of one document, from its file descriptor, inflated on
 * the fly when they start with the gzip magic (1f 8b), or from memory
 * (--input): the rest of decode never knows.  Members that follow one another are read in turn, as
 * gzip -d does.  A stream that ends early, or is corrupt, ends the
 * document; the caller warns.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "decode.h"
#include "tool.h"

/* Reads up to max raw bytes; returns them, 0 at end, -1 (errno). */
static ssize_t
raw_read(struct input *in, char *dst, size_t max)
{
	ssize_t	 r;
	size_t	 k;

	if (in->inmem) {
		k = max < in->memn ? max : in->memn;
		memcpy(dst, in->mem, k);
		in->mem += k;
		in->memn -= k;
		return (ssize_t)k;
	}
	if (in->pend < in->npend) {
		k = in->npend - in->pend;
		if (k > max)
			k = max;
		memcpy(dst, in->zin + in->pend, k);
		in->pend += k;
		return (ssize_t)k;
	}
	/* a signal that stops the tool ends the read (tool_stop) */
	do
		r = read(in->fd, dst, max);
	while (r == -1 && errno == EINTR && !tool_stop);
	return r;
}

int
input_open(struct input *in, int fd)
{
	ssize_t	 r;

	in->fd = fd;
	in->inmem = 0;
	in->mem = NULL;
	in->memn = 0;
	in->gz = in->truncated = in->corrupt = in->done = 0;
	in->pend = in->npend = 0;
	/* the first bytes tell; they are given back when not gzip */
	while (in->npend < 2) {
		r = raw_read(in, in->zin + in->npend, 2 - in->npend);
		if (r == -1)
			return -1;
		if (r == 0)
			break;
		in->npend += (size_t)r;
	}
	if (in->npend < 2 || (unsigned char)in->zin[0] != 0x1f ||
	    (unsigned char)in->zin[1] != 0x8b)
		return 0;
	if (!in->zready) {
		memset(&in->z, 0, sizeof(in->z));
		if (inflateInit2(&in->z, 16 + MAX_WBITS) != Z_OK) {
			errno = ENOMEM;
			return -1;
		}
		in->zready = 1;
	} else if (inflateReset(&in->z) != Z_OK) {
		errno = ENOMEM;
		return -1;
	}
	in->gz = 1;
	in->z.next_in = (unsigned char *)in->zin;
	in->z.avail_in = (unsigned)in->npend;
	in->pend = in->npend = 0;
	return 0;
}

void
input_open_mem(struct input *in, const char *p, size_t n)
{
	in->fd = -1;
	in->inmem = 1;
	in->mem = p;
	in->memn = n;
	in->gz = in->truncated = in->corrupt = in->done = 0;
	in->pend = in->npend = 0;
}

ssize_t
input_read(struct input *in, char *dst, size_t max)
{
	ssize_t	 r;
	unsigned lim;
	int	 zr;

	if (!in->gz)
		return raw_read(in, dst, max);
	if (in->done || max == 0)
		return 0;
	lim = max > (1u << 30) ? (1u << 30) : (unsigned)max;
	in->z.next_out = (unsigned char *)dst;
	in->z.avail_out = lim;
	while (in->z.avail_out == lim) {
		if (in->z.avail_in == 0) {
			r = raw_read(in, in->zin, sizeof(in->zin));
			if (r == -1)
				return -1;
			if (r == 0) {
				/* the end of the file inside a member */
				in->truncated = 1;
				in->done = 1;
				break;
			}
			in->z.next_in = (unsigned char *)in->zin;
			in->z.avail_in = (unsigned)r;
		}
		zr = inflate(&in->z, Z_NO_FLUSH);
		if (zr == Z_STREAM_END) {
			/* another member may follow */
			if (in->z.avail_in == 0) {
				r = raw_read(in, in->zin, sizeof(in->zin));
				if (r == -1)
					return -1;
				in->z.next_in = (unsigned char *)in->zin;
				in->z.avail_in = (unsigned)r;
			}
			if (in->z.avail_in == 0 || in->z.next_in[0] != 0x1f) {
				in->done = 1;
				break;
			}
			inflateReset(&in->z);
		} else if (zr != Z_OK && zr != Z_BUF_ERROR) {
			in->corrupt = 1;
			in->done = 1;
			break;
		}
	}
	return (ssize_t)((char *)in->z.next_out - dst);
}

ssize_t
input_source(void *ctx, char *dst, size_t max)
{
	return input_read(ctx, dst, max);
}

void
input_free(struct input *in)
{
	if (in->zready)
		inflateEnd(&in->z);
	in->zready = 0;
}
