/*
 * repair.c: mojibake, UTF-8 that was decoded as windows-1252 or Latin-1.
 *
 * "é" (C3 A9) read as windows-1252 is "Ã©": a character from U+00C2-U+00F4
 * (the reading of a UTF-8 lead byte) followed by characters whose
 * windows-1252 (or Latin-1) bytes are continuation bytes (0x80-0xBF).
 * Such a run is a candidate when its bytes encode a character that text
 * plausibly holds.  Correct text has such runs too (a Portuguese "IRMÔ
 * in capitals and quotes, a Swedish "PÅ»"), so a candidate is repaired
 * only when its context says mojibake:
 *
 *   - strong: punctuation, symbols and currency (â€™ for ’, Â« for «),
 *     a lower-case letter next to a lower-case letter (Ã© in "Ã©tÃ©"), a
 *     capital that goes on into its word (Ã‰COLE, Ã‰cole), a Cyrillic
 *     or Greek letter next to another candidate (Ð¿Ñ€Ð¸);
 *   - weak: anything else (a capital at the end of a word, a lone "Ã "),
 *     repaired only when the same line has a strong candidate.
 *
 * Further passes undo double and triple encoding.
 */
#include <string.h>

#include "decode.h"
#include "u8.h"

#define PASSES	3	/* text encoded up to three times */

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

/*
 * A character that mojibake plausibly hides; C1 controls and the rest of
 * windows-1252 only in text encoded more than once, on the way back.
 */
static int
plausible(int32_t c)
{
	return (c >= 0x80 && c < 0x180) || (c >= 0x218 && c < 0x21C) ||
	    c == 0x192 || c == 0x2C6 || c == 0x2DC ||
	    (c >= 0x370 && c < 0x500) || (c >= 0x2000 && c < 0x2070) ||
	    (c >= 0x20A0 && c < 0x20D0) || (c >= 0x2100 && c < 0x2160) ||
	    c == 0xFEFF || (c >= 0x1F300 && c < 0x1FB00);
}

struct cand {
	size_t	 start, end;	/* bytes of the run in the line */
	int32_t	 cp;		/* what it encodes */
	int	 lead;		/* its first byte */
	int	 spaced;	/* "Ã " for "à ": the space is not part of it */
};

/* The character before s[i] and the one at s[i], 0 at the ends. */
static int32_t
before(const char *s, size_t i)
{
	int32_t	 c = 0;

	if (i > 0)
		(void)u8_decode_back(s, i, &c);
	return c;
}

static int32_t
at(const char *s, size_t n, size_t i)
{
	int32_t	 c = 0;

	if (i < n && u8_decode(s + i, n - i, &c) < 0)
		c = 0;
	return c;
}

/* Whether a byte belongs to a word (any byte of a non-ASCII character). */
static int
word_byte(char ch)
{
	return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' &&
	    (ch | 0x20) <= 'z') || (unsigned char)ch >= 0x80;
}

/*
 * "Ã" then a space for "à ", the no-break space having become a space:
 * after a lower-case letter (déjÃ  vu), or alone before a second space
 * or a lower-case letter.
 */
static int
lost_nbsp(const char *s, size_t n, size_t i, size_t k)
{
	int32_t	 prev = before(s, i), next = at(s, n, k + 1);

	return u8_islower(prev) || ((prev == 0 || prev == ' ' ||
	    prev == '(') && (next == ' ' || u8_islower(next)));
}

/*
 * Reads a run at s[i] (which holds U+00C2-U+00F4); fills c and returns 1
 * when its bytes are one plausible UTF-8 character.
 */
static int
read_run(const char *s, size_t n, size_t i, const struct sbcs *w,
    struct cand *c)
{
	unsigned char	 bytes[4];
	int32_t		 ch;
	int		 need, t, len, b;
	size_t		 k;

	(void)u8_decode(s + i, n - i, &ch);
	bytes[0] = (unsigned char)ch;
	need = ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
	c->spaced = 0;
	k = i + 2;
	for (t = 1; t < need; t++) {
		if (k >= n || (len = u8_decode(s + k, n - k, &ch)) < 0)
			return 0;
		b = w1252_byte(w, ch);
		if (b == ' ' && bytes[0] == 0xC3 && need == 2 &&
		    lost_nbsp(s, n, i, k)) {
			/* the space was the no-break space of "à", unless
			 * the one after it went when spaces were collapsed */
			b = 0xA0;
			if (k + 1 < n && word_byte(s[k + 1]))
				len = 0;
			c->spaced = 1;
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
	c->lead = bytes[0];
	return 1;
}

/* The next candidate at or after s[i]; returns 0 when there is none. */
static int
next_cand(const char *s, size_t n, size_t i, const struct sbcs *w,
    struct cand *c)
{
	const char	*p;

	while (i < n && (p = memchr(s + i, 0xC3, n - i)) != NULL) {
		i = (size_t)(p - s);
		if (i + 1 < n && (unsigned char)p[1] >= 0x82 &&
		    (unsigned char)p[1] <= 0xB4 && read_run(s, n, i, w, c))
			return 1;
		i++;
	}
	return 0;
}

static int
is_letter(int32_t c)
{
	return c != 0 && u8_isalpha(c);
}

/* Whether a candidate is mojibake on its own (see the top). */
static int
strong(const char *s, size_t n, const struct cand *c, size_t prev_end,
    const struct sbcs *w)
{
	int32_t		 prev = before(s, c->start), next = at(s, n, c->end);
	struct cand	 other;

	if (c->cp < 0xA0)	/* a C1 control, only halfway back */
		return prev_end == c->start;
	if (c->lead == 0xC3 && c->cp == 0xE0) {
		/* "à": the no-break space it holds makes it a word */
		if (c->spaced)	/* "Ã" is 2 bytes, then the space */
			return u8_islower(prev) || at(s, n, c->start + 3) == ' ';
		return !u8_isupper(prev) && !is_letter(next) &&
		    !u8_isdigit(next) && next != 0xBB && next != 0x201D &&
		    next != 0x2019 && next != '"' && next != '\'';
	}
	if (c->cp >= 0x370 && c->cp < 0x500) {
		/* Greek and Cyrillic come in words of several runs */
		if (prev_end == c->start)
			return 1;
		return next_cand(s, n, c->end, w, &other) &&
		    other.start == c->end;
	}
	if (u8_islower(c->cp))
		return u8_islower(prev) || u8_islower(next);
	if (u8_isupper(c->cp))
		return u8_isupper(next) || (u8_islower(next) &&
		    !is_letter(prev));
	/* punctuation and symbols: only mojibake puts them after Â or â */
	return c->lead == 0xC2 || c->lead >= 0xE0;
}

/* One pass; returns repairs made (out filled), 0 (out untouched) or -1. */
static long
repair_pass(const char *s, size_t n, const struct sbcs *w, struct buf *out)
{
	struct cand	 c;
	size_t		 i = 0, done = 0, prev_end = (size_t)-1;
	long		 made = 0;
	int		 any = 0, found = 0;

	while (!any && next_cand(s, n, i, w, &c)) {
		found = 1;
		any = strong(s, n, &c, prev_end, w);
		prev_end = i = c.end;
	}
	if (!found)
		return 0;
	for (i = 0, prev_end = (size_t)-1; next_cand(s, n, i, w, &c);
	    prev_end = i = c.end) {
		if (!(any && c.cp >= 0xA0) && !strong(s, n, &c, prev_end, w))
			continue;
		if (buf_add(out, s + done, c.start - done) == -1 ||
		    u8_add(out, c.cp) == -1)
			return -1;
		done = c.end;
		made++;
	}
	if (made > 0 && buf_add(out, s + done, n - done) == -1)
		return -1;
	return made;
}

long
repair_mojibake(const char *s, size_t n, const struct sbcs *w,
    struct buf *out, struct buf *tmp)
{
	struct buf	 swap;
	long		 made, total = 0;
	int		 pass;

	if (n == 0 || memchr(s, 0xC3, n) == NULL)
		return 0;
	out->n = 0;
	if ((made = repair_pass(s, n, w, out)) <= 0)
		return made;
	total = made;
	for (pass = 1; pass < PASSES; pass++) {
		tmp->n = 0;
		if ((made = repair_pass(out->p, out->n, w, tmp)) < 0)
			return -1;
		if (made == 0)
			break;
		total += made;
		swap = *out;
		*out = *tmp;
		*tmp = swap;
	}
	return total;
}
