/*
 * repair.c: mojibake, UTF-8 that was decoded as windows-1252 or Latin-1.
 *
 * "é" (C3 A9) read as windows-1252 is "Ã©": a character from U+00C2-U+00F4
 * (the reading of a UTF-8 lead byte) followed by characters whose
 * windows-1252 bytes are continuation bytes (0x80-0xBF).  Such a run is
 * turned back into the character its bytes encode when that character is
 * plausible in text; a second pass undoes double encoding.  Real text
 * almost never has a lead-like letter followed by such symbols, and the
 * weaker cases (rare leads, "Ã" before a plain space) need a lowercase
 * neighbour or other repairs in the same line.
 */
#include <string.h>

#include "decode.h"
#include "u8.h"

/* The byte that c had in windows-1252 (or Latin-1), or -1. */
static int
w1252_byte(const struct sbcs *w, int32_t c)
{
	int	 b;

	if (c < 0x100)
		return c;
	for (b = 0x80; b < 0xA0; b++)
		if (w->cp[b] == c)
			return b;
	return -1;
}

static int
plausible(int32_t c)
{
	return (c >= 0xA0 && c < 0x180) || (c >= 0x370 && c < 0x500) ||
	    (c >= 0x2000 && c < 0x2070) || (c >= 0x20A0 && c < 0x20D0) ||
	    (c >= 0x2100 && c < 0x2160) || (c >= 0x1F300 && c < 0x1FB00);
}

struct cand {
	size_t	 start, end;	/* bytes of the run in the line */
	int32_t	 cp;		/* what it encodes */
	int	 strong;	/* a lead that real text hardly has */
};

/*
 * Reads a run at s[i] (which holds U+00C2-U+00F4); fills c and returns 1
 * when its bytes are one plausible UTF-8 character.
 */
static int
read_run(const char *s, size_t n, size_t i, const struct sbcs *w,
    struct cand *c)
{
	unsigned char	 bytes[4];
	int32_t		 ch, prev = 0, after = 0;
	int		 need, t, len, b;
	size_t		 k;

	(void)u8_decode(s + i, n - i, &ch);
	bytes[0] = (unsigned char)ch;
	need = ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
	k = i + 2;
	for (t = 1; t < need; t++) {
		if (k >= n || (len = u8_decode(s + k, n - k, &ch)) < 0)
			return 0;
		b = w1252_byte(w, ch);
		if (b == 0x20 && bytes[0] == 0xC3 && need == 2) {
			/* "Ã " for "à ": the no-break space became a space */
			if (i > 0)
				(void)u8_decode_back(s, i, &prev);
			if (k + 1 < n)
				(void)u8_decode(s + k + 1, n - k - 1, &after);
			if (!(u8_islower(prev) || ((prev == 0 || prev == ' ') &&
			    u8_islower(after))))
				return 0;
			b = 0xA0;
			len = 0;	/* keep the space */
		}
		if (b < 0x80 || b > 0xBF)
			return 0;
		bytes[t] = (unsigned char)b;
		k += (size_t)len;
	}
	if (u8_decode((const char *)bytes, (size_t)need, &ch) != need ||
	    !plausible(ch))
		return 0;
	c->start = i;
	c->end = k;
	c->cp = ch;
	c->strong = bytes[0] == 0xC2 || bytes[0] == 0xC3 || bytes[0] == 0xE2;
	if (bytes[0] == 0xC3 && bytes[1] == 0xA0 && s[k - 1] != (char)0xA0)
		c->strong = 0;
	if (!c->strong) {
		prev = after = 0;
		if (i > 0)
			(void)u8_decode_back(s, i, &prev);
		if (k < n)
			(void)u8_decode(s + k, n - k, &after);
		c->strong = u8_islower(prev) || u8_islower(after);
	}
	return 1;
}

/* One pass; returns repairs made, or -1. */
static long
repair_pass(const char *s, size_t n, const struct sbcs *w, struct buf *out)
{
	struct cand	 c[64];
	size_t		 nc = 0, i = 0, done = 0, k;
	const char	*p;
	long		 made = 0;
	int		 any_strong = 0;

	while ((p = memchr(s + i, 0xC3, n - i)) != NULL) {
		i = (size_t)(p - s);
		if (i + 1 < n && (unsigned char)p[1] >= 0x82 &&
		    (unsigned char)p[1] <= 0xB4 && nc < 64 &&
		    read_run(s, n, i, w, &c[nc])) {
			any_strong |= c[nc].strong;
			i = c[nc].end;
			nc++;
		} else
			i++;
	}
	for (k = 0; k < nc; k++) {
		if (!c[k].strong && !any_strong && nc < 2)
			continue;
		if (buf_add(out, s + done, c[k].start - done) == -1 ||
		    u8_add(out, c[k].cp) == -1)
			return -1;
		done = c[k].end;
		made++;
	}
	if (buf_add(out, s + done, n - done) == -1)
		return -1;
	return made;
}

long
repair_mojibake(const char *s, size_t n, const struct sbcs *w,
    struct buf *out)
{
	struct buf	 a = { 0 }, b = { 0 };
	long		 made, total = 0;
	int		 pass;

	if (memchr(s, 0xC3, n) == NULL)
		return buf_add(out, s, n) == -1 ? -1 : 0;
	/* up to three passes, for text encoded twice or thrice */
	if ((made = repair_pass(s, n, w, &a)) < 0)
		goto oom;
	total = made;
	for (pass = 1; pass < 3 && made > 0; pass++) {
		b.n = 0;
		if ((made = repair_pass(a.p, a.n, w, &b)) < 0)
			goto oom;
		total += made;
		struct buf t = a;
		a = b;
		b = t;
	}
	if (buf_add(out, a.p, a.n) == -1)
		goto oom;
	buf_free(&a);
	buf_free(&b);
	return total;
oom:
	buf_free(&a);
	buf_free(&b);
	return -1;
}
