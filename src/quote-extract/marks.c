/*
 * marks.c: pairing quotation marks in a paragraph.
 *
 * « » (with or without no-break padding), “ ”, „ “, ‟ ”, ‹ › and straight
 * double quotes open and close quotations; ‘ ’ only inside another
 * quotation, or around a paragraph's first words before a colon (a
 * British headline), and ’ between letters is an apostrophe.  A
 * straight quote opens after a space or an opening bracket and closes
 * after a non-space; one after a digit and before a space is an inch
 * mark.  A second « where a closing mark belongs (the seed's « Au
 * voleur!« ,) closes.  Only the outermost quotations are returned:
 * nested ones are part of their text.  An unclosed quotation ends with
 * the paragraph.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "quote.h"
#include "u8.h"

#define DEPTH	16

/*
 * Whether the text from s[i] holds a ’ before a colon: the British
 * headline's single quotation, "‘A dark day for the town’: …" (not
 * "‘Tis the season", nor "‘The Joneses’ house …,’ she said").
 */
static int
single_headline(const char *s, size_t n, size_t i)
{
	for (; i + 4 <= n; i++)
		if (memcmp(s + i, "\xE2\x80\x99", 3) == 0 && s[i + 3] == ':')
			return 1;
	return 0;
}

static int32_t	char_at(const char *, size_t, size_t);

/* the longest paragraph read as a headline, in bytes */
#define HEADLINE_MAX	200

/* Whether s[0, n) holds a full stop: a '.' before a space or the end
 * (not the point of "4.2%"). */
static int
full_stop(const char *s, size_t n)
{
	const char *p = s, *e = s + n;

	while ((p = memchr(p, '.', (size_t)(e - p))) != NULL) {
		if (p + 1 == e || p[1] == ' ')
			return 1;
		p++;
	}
	return 0;
}

/*
 * Whether s[0, n) is a headline, a paragraph of HEADLINE_MAX bytes at
 * most without a full stop, and the ‘ at s[i] (i its end) opens a
 * quotation in it: after a space, before a word, and closed by a ’ after
 * a non-space and before no letter, with no other ‘ before it ("Strike
 * is ‘the last resort’, union says"; not "‘Tis the season").
 */
static int
single_in_headline(const char *s, size_t n, size_t at, size_t i)
{
	size_t	 k;

	if (n > HEADLINE_MAX || full_stop(s, n) ||
	    (at > 0 && s[at - 1] != ' ') || i >= n || s[i] == ' ')
		return 0;
	for (k = i + 1; k + 3 <= n; k++) {
		if (memcmp(s + k, "\xE2\x80\x98", 3) == 0)
			return 0;
		if (memcmp(s + k, "\xE2\x80\x99", 3) == 0 && s[k - 1] != ' ' &&
		    !u8_isalpha(char_at(s, n, k + 3)))
			return 1;
	}
	return 0;
}

struct open {
	size_t	 at, end;	/* the mark */
	int	 fam;
	int32_t	 closer;	/* the mark that closes it */
};

static int
spacey(int32_t c)
{
	return c == 0 || u8_isspace(c);
}

/* Characters around position i (0 at the edges). */
static int32_t
char_before(const char *s, size_t i)
{
	int32_t	 c = 0;

	if (i > 0)
		(void)u8_decode_back(s, i, &c);
	return c;
}

static int32_t
char_at(const char *s, size_t n, size_t i)
{
	int32_t	 c = 0;

	if (i < n && u8_decode(s + i, n - i, &c) < 0)
		c = U8_REPLACEMENT;
	return c;
}

/* After the mark: only spaces then punctuation or the end (a closer). */
static int
closes_here(const char *s, size_t n, size_t after)
{
	int32_t	 c;
	int	 len;

	while (after < n && (len = u8_decode(s + after, n - after, &c)) > 0 &&
	    u8_isspace(c))
		after += (size_t)len;
	if (after >= n)
		return 1;
	c = char_at(s, n, after);
	return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' ||
	    c == '!' || c == '?';
}

/* The next byte from i that may start a mark: '"', 0xC2 or 0xE2. */
static size_t
next_mark_byte(const char *s, size_t i, size_t n)
{
#ifdef __SSE2__
	const __m128i	 q = _mm_set1_epi8('"'), c2 = _mm_set1_epi8((char)0xC2),
			 e2 = _mm_set1_epi8((char)0xE2);
	__m128i		 v;
	unsigned	 m;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(s + i));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, c2)),
		    _mm_cmpeq_epi8(v, e2)));
		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i < n; i++)
		if (s[i] == '"' || (unsigned char)s[i] == 0xC2 ||
		    (unsigned char)s[i] == 0xE2)
			break;
	return i;
}

size_t
find_quotes(const char *s, size_t n, struct qspan *out, size_t max,
    size_t *dropped)
{
	struct open	 st[DEPTH];
	size_t		 depth = 0, nq = 0, i = 0, k;
	int32_t		 c, prev, next;
	int		 len, fam, opener;
	int32_t		 closer;

	*dropped = 0;
	while (i < n) {
		if ((i = next_mark_byte(s, i, n)) >= n)
			break;
		if ((len = u8_decode(s + i, n - i, &c)) < 0) {
			i++;
			continue;
		}
		prev = char_before(s, i);
		next = char_at(s, n, i + (size_t)len);
		opener = 0;
		closer = 0;
		fam = -1;
		switch (c) {
		case 0xAB:			/* « */
			if (depth > 0 && st[depth - 1].closer == 0xAB)
				closer = 0xAB;	/* »German« */
			else if (depth > 0 && st[depth - 1].closer == 0xBB &&
			    !spacey(prev) && closes_here(s, n, i + len))
				closer = 0xBB;	/* « Au voleur!« , */
			else {
				opener = 1;
				fam = FAM_GUILL;
				closer = 0xBB;
			}
			break;
		case 0xBB:			/* » */
			if (depth == 0 && spacey(prev) && !spacey(next)) {
				opener = 1;	/* »German« */
				fam = FAM_GUILL;
				closer = 0xAB;
			} else
				closer = 0xBB;
			break;
		case 0x201C:			/* “ */
			if (depth > 0 && st[depth - 1].closer == 0x201C)
				closer = 0x201C;
			else {
				opener = 1;
				fam = FAM_CURLY;
				closer = 0x201D;
			}
			break;
		case 0x201E:			/* „ */
		case 0x201F:			/* ‟ */
			opener = 1;
			fam = c == 0x201E ? FAM_LOW : FAM_CURLY;
			closer = c == 0x201E ? 0x201C : 0x201D;
			break;
		case 0x201D:			/* ” */
			closer = 0x201D;
			break;
		case 0x2039:			/* ‹ */
			opener = 1;
			fam = FAM_ANGLE;
			closer = 0x203A;
			break;
		case 0x203A:			/* › */
			closer = 0x203A;
			break;
		case 0x2018:			/* ‘ opens only inside */
			if (depth > 0 && !spacey(next)) {
				opener = 1;
				fam = FAM_ANGLE;
				closer = 0x2019;
			} else if (depth == 0 && ((i == 0 &&
			    single_headline(s, n, (size_t)len)) ||
			    single_in_headline(s, n, i, i + (size_t)len))) {
				opener = 1;	/* ‘A dark day’: university … */
				fam = FAM_CURLY;
				closer = 0x2019;
			}
			break;
		case 0x2019:			/* ’ closes a ‘, else apostrophe */
			if (depth > 0 && st[depth - 1].closer == 0x2019 &&
			    !u8_isalpha(next))
				closer = 0x2019;
			break;
		case '"':
			if (depth > 0 && st[depth - 1].closer == '"' &&
			    !spacey(prev))
				closer = '"';
			else if (u8_isdigit(prev) && (spacey(next) ||
			    next == ',' || next == '.'))
				;	/* 15" screen */
			else if ((spacey(prev) || prev == '(' || prev == '[' ||
			    prev == 0x2014 || prev == 0x2013 || prev == ':' ||
			    u8_ispunct(prev)) && !spacey(next)) {
				opener = 1;
				fam = FAM_STRAIGHT;
				closer = '"';
			} else if (depth > 0 && st[depth - 1].closer == '"')
				closer = '"';
			break;
		}
		if (opener) {
			if (depth < DEPTH) {
				st[depth].at = i;
				st[depth].end = i + (size_t)len;
				st[depth].fam = fam;
				st[depth].closer = closer;
				depth++;
			}
		} else if (closer != 0 && depth > 0) {
			/* close the innermost quotation this mark closes */
			for (k = depth; k > 0 && st[k - 1].closer != closer; k--)
				;
			if (k > 0) {
				depth = k - 1;
				if (depth == 0) {
					if (nq < max) {
						struct qspan *q = &out[nq++];

						q->open = st[0].at;
						q->open_end = st[0].end;
						q->close = i;
						q->close_end = i + (size_t)len;
						q->in_start = st[0].end;
						q->in_end = i;
						q->fam = st[0].fam;
						q->closed = 1;
						q->name = 0;
						u8_trim(s, &q->in_start, &q->in_end);
					} else
						(*dropped)++;
				}
			}
		}
		i += (size_t)len;
	}
	if (depth > 0) {
		/* unclosed: the quotation ends with the paragraph */
		if (nq < max) {
			struct qspan *q = &out[nq++];

			q->open = st[0].at;
			q->open_end = st[0].end;
			q->close = q->close_end = n;
			q->in_start = st[0].end;
			q->in_end = n;
			q->fam = st[0].fam;
			q->closed = 0;
			q->name = 0;
			u8_trim(s, &q->in_start, &q->in_end);
		} else
			(*dropped)++;
	}
	return nq;
}
