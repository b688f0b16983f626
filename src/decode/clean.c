/*
 * clean.c: one line of valid UTF-8 to its clean NFC form.
 *
 * Removed: control characters, zero-width space, word joiner and the
 * invisible operators, BOM, soft hyphen, the bidirectional marks and
 * embeddings, and the zero-width (non-)joiners in text where they do
 * nothing (after a character below U+0590: Latin, Greek, Cyrillic); they
 * stay in the scripts that need them (Arabic, Indic, emoji sequences).
 * TAB, and the line and page breaks that character references can bring
 * (LF, CR, VT, FF, NEL, U+2028, U+2029), count as spaces.  A run of
 * spaces becomes one character: the no-break space (U+00A0 or U+202F) of
 * the run when there is one, since French typography needs it, else
 * U+0020; other Unicode spaces count as U+0020.  With plain_spaces every
 * run becomes U+0020.  The line is trimmed; edges tells whether it had
 * spaces to trim, for the parts of an overlong line.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "decode.h"
#include "u8.h"

static int
invisible(int32_t c)
{
	return c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF ||
	    c == 0xAD || c == 0x180E || c == 0x200E || c == 0x200F ||
	    (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static int
is_space(int32_t c)
{
	switch (c) {
	case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
	case 0x85: case 0x2028: case 0x2029:
		return 1;
	}
	return c >= 0x80 && u8_isspace(c);
}

/* Appends c, room permitting without a call in the common case. */
static inline int
put(struct buf *b, int32_t c)
{
	if (b->cap - b->n < 4 && buf_reserve(b, 4) == -1)
		return -1;
	if (c < 0x80)
		b->p[b->n++] = (char)c;
	else
		b->n += (size_t)u8_encode(c, b->p + b->n);
	return 0;
}

/* Writes a pending space, unless it leads the line (then notes it). */
static int
emit_space(struct buf *b, int32_t space, int *edges)
{
	if (b->n == 0) {
		*edges |= CLEAN_LEADING;
		return 0;
	}
	return put(b, space);
}

/* ’ ‘ “ ” – — …: common in news, nothing to clean. */
static int
typographic(const char *s, size_t n)
{
	unsigned char c;

	if (n < 3 || (unsigned char)s[0] != 0xE2 || (unsigned char)s[1] != 0x80)
		return 0;
	c = (unsigned char)s[2];
	return c == 0x93 || c == 0x94 || c == 0x98 || c == 0x99 ||
	    c == 0x9C || c == 0x9D || c == 0xA6;
}

/*
 * Where the part of a run from i that is plain ends, 16 bytes at a time:
 * visible ASCII, letters U+00C0-U+02FF (lead bytes 0xC3-0xCB, which NFC
 * leaves alone), and single spaces between them.  It ends on a whole
 * character.  s[i] starts a character.  The caller goes on byte by byte
 * from there.
 */
static size_t
plain_run(const char *s, size_t i, size_t n)
{
#ifdef __SSE2__
	__m128i		 v;
	unsigned	 word, spaces, good;

	while (i + 16 <= n) {
		v = _mm_loadu_si128((const __m128i *)(s + i));
		word = u8_in_range(v, 0x21, 0x7E) | u8_in_range(v, 0xC3, 0xCB);
		spaces = u8_in_range(v, ' ', ' ');
		/* a space is plain between a non-space and a word */
		spaces &= (word >> 1) & ~(spaces << 1);
		if (i > 0 && s[i - 1] == ' ')
			spaces &= ~1u;
		good = word | u8_in_range(v, 0x80, 0xBF) | spaces;
		if (good != 0xFFFF) {
			i += (size_t)__builtin_ctz(~good);
			return i;
		}
		i += 16;
	}
	/* a letter cut by the end of the last block */
	if (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
#endif
	(void)s;
	(void)n;
	return i;
}

int
clean_line(const char *s, size_t n, int plain, struct buf *out,
    struct buf work[2], struct clean_stats *st, int *edges)
{
	size_t		 i = 0, start;
	int32_t		 c, space = 0;	/* pending space, 0 when none */
	int32_t		 last = 0;	/* last character kept */
	int		 maybe_nfc = 0;	/* a character NFC may change */
	int		 len;
	struct buf	 tmp = *work;

	tmp.n = 0;
	*edges = 0;
	if (buf_reserve(&tmp, n) == -1)
		return -1;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];

		if ((b >= 0x21 && b < 0x7F) || (b >= 0xC3 && b <= 0xDF) ||
		    typographic(s + i, n - i)) {
			/*
			 * A run of visible ASCII and of U+00C0-U+07FF (Latin
			 * letters and the like): nothing there to remove or
			 * to fold, so it is copied whole.
			 */
			start = i;
			while (i < n) {
				b = (unsigned char)s[i];
				if (((b >= 0x21 && b < 0x7F) || (b >= 0xC3 &&
				    b <= 0xCB)) && (i = plain_run(s, i, n)) >= n)
					break;
				b = (unsigned char)s[i];
				if (b >= 0x21 && b < 0x7F)
					i++;
				else if (b == ' ' && i + 1 < n &&
				    s[i - 1] != ' ' &&
				    (unsigned char)s[i + 1] >= 0x21 &&
				    (unsigned char)s[i + 1] != 0x7F &&
				    (unsigned char)s[i + 1] != 0xC2 &&
				    (unsigned char)s[i + 1] < 0xE1)
					i++;	/* one space between words */
				else if (b >= 0xC3 && b <= 0xDF && i + 1 < n) {
					maybe_nfc |= b >= 0xCC;
					i += 2;
				} else if (typographic(s + i, n - i))
					i += 3;
				else
					break;
			}
			if (space != 0 && emit_space(&tmp, space, edges) == -1)
				goto oom;
			space = 0;
			if (buf_add(&tmp, s + start, i - start) == -1)
				goto oom;
			last = -1;	/* worked out when a joiner needs it */
			continue;
		}
		if ((len = u8_decode(s + i, n - i, &c)) < 0) {
			c = U8_REPLACEMENT;
			len = 1;
		}
		i += (size_t)len;
		if (is_space(c)) {
			if (!plain && (c == 0xA0 || c == 0x202F)) {
				if (space == 0 || space == ' ')
					space = c;
			} else if (space == 0)
				space = ' ';
			continue;
		}
		if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
			st->controls++;
			continue;
		}
		if ((c == 0x200C || c == 0x200D) && last == -1)
			(void)u8_decode_back(tmp.p, tmp.n, &last);
		if (invisible(c) || ((c == 0x200C || c == 0x200D) &&
		    last < 0x590)) {
			st->invisible++;
			continue;
		}
		if (space != 0 && emit_space(&tmp, space, edges) == -1)
			goto oom;
		space = 0;
		if (put(&tmp, c) == -1)
			goto oom;
		maybe_nfc |= c >= 0x300;
		last = c;
	}
	if (space != 0)
		*edges |= CLEAN_TRAILING;
	*work = tmp;
	if (maybe_nfc)
		return u8_nfc(out, work->p, work->n, &work[1]);
	if (out->n == 0) {
		/* nothing NFC can change: hand the text over */
		tmp = *out;
		*out = *work;
		*work = tmp;
		return 0;
	}
	return buf_add(out, work->p, work->n);
oom:
	*work = tmp;
	return -1;
}
