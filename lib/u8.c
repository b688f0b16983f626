/* u8.c: UTF-8 helpers; Unicode knowledge comes from utf8proc. */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "u8.h"

int
u8_decode_back(const char *s, size_t n, int32_t *cp)
{
	size_t	 i;
	int	 len;

	if (n == 0)
		return 0;
	i = n - 1;
	while (i > 0 && n - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	len = u8_decode(s + i, n - i, cp);
	if (len < 0 || (size_t)len != n - i) {
		*cp = (unsigned char)s[n - 1];
		return 1;
	}
	return len;
}

int
u8_encode(int32_t c, char *d)
{
	if (c < 0x80) {
		d[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		d[0] = (char)(0xC0 | (c >> 6));
		d[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		d[0] = (char)(0xE0 | (c >> 12));
		d[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		d[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	d[0] = (char)(0xF0 | (c >> 18));
	d[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	d[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	d[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

int
u8_add(struct buf *b, int32_t c)
{
	if (buf_reserve(b, 4) == -1)
		return -1;
	b->n += u8_encode(c, b->p + b->n);
	return 0;
}

size_t
u8_ascii_prefix(const char *s, size_t n)
{
	size_t		 i = 0;
	uint64_t	 w;

#ifdef __SSE2__
	unsigned	 m;

	/* sixteen bytes at a time: their high bits at once */
	for (; i + 16 <= n; i += 16)
		if ((m = (unsigned)_mm_movemask_epi8(_mm_loadu_si128(
		    (const __m128i *)(s + i)))) != 0)
			return i + (size_t)__builtin_ctz(m);
#endif
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
	}
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

size_t
u8_length(const char *s, size_t n)
{
	size_t		 i = 0, cont = 0, k;

#ifdef __SSE2__
	/* continuation bytes are those below -64 as signed bytes */
	const __m128i	 lim = _mm_set1_epi8(-64), zero = _mm_setzero_si128();
	__m128i		 acc, sum;

	while (i + 16 <= n) {
		acc = zero;
		for (k = 0; k < 255 && i + 16 <= n; k++, i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128(
			    (const __m128i *)(s + i)), lim));
		sum = _mm_sad_epu8(acc, zero);
		cont += (size_t)_mm_cvtsi128_si32(sum) +
		    (size_t)_mm_extract_epi16(sum, 4);
	}
#endif
	for (k = i; k < n; k++)
		cont += ((unsigned char)s[k] & 0xC0) == 0x80;
	return n - cont;
}

/*
 * Where the valid ASCII, two-byte and most three-byte characters from i
 * end, 16 bytes at a time: each lead byte 0xC2-0xDF is followed by one
 * continuation byte 0x80-0xBF, each lead 0xE1-0xEC or 0xEE-0xEF by two
 * (any two make a valid character: no overlong form, no surrogate), and
 * each continuation byte follows one.  A block with another byte (0xE0,
 * 0xED, four-byte leads, invalid bytes) stops the scan.  Stops at a
 * character's start.
 */
/*
 * The bytes of the block at s (16 bytes) that break the rules above, as a
 * mask, when a character from the block before needs the continuation
 * bytes of carry; *next gets what this block's last characters need.
 */
static inline unsigned
block_errors(const char *s, unsigned carry, unsigned ignore, unsigned *next)
{
	__m128i		 v = _mm_loadu_si128((const __m128i *)s);
	unsigned	 high, lead2, lead3, want;

	high = (unsigned)_mm_movemask_epi8(v) & ~ignore;
	if (high == 0 && carry == 0) {
		*next = 0;
		return 0;
	}
	lead2 = u8_in_range(v, 0xC2, 0xDF) & ~ignore;
	lead3 = (u8_in_range(v, 0xE1, 0xEC) | u8_in_range(v, 0xEE, 0xEF)) &
	    ~ignore;
	/* where continuation bytes must be, into the next block too */
	want = lead2 << 1 | lead3 << 1 | lead3 << 2 | carry;
	*next = want >> 16;
	want &= 0xFFFF;
	return (want ^ (u8_in_range(v, 0x80, 0xBF) & ~ignore)) |
	    (high & ~(lead2 | lead3 | want));
}

static size_t
valid_blocks(const char *s, size_t i, size_t n)
{
#ifdef __SSE2__
	unsigned	 carry = 0, next;

	while (i + 16 <= n) {
		if (block_errors(s + i, carry, 0, &next) != 0)
			break;
		carry = next;
		i += 16;
	}
	/* the last bytes, in a block that ends with the text (i starts a
	 * character): those before i are valid already */
	if (i + 16 > n && i < n && n >= 16 && carry == 0 &&
	    block_errors(s + n - 16, 0, (1u << (16 - (n - i))) - 1, &next) ==
	    0 && next == 0)
		return n;
	/* a character cut by the block end starts at its lead byte */
	if (carry)
		while (((unsigned char)s[--i] & 0xC0) == 0x80)
			;
	return i;
#else
	(void)s;
	(void)n;
	return i;
#endif
}

size_t
u8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t	 i = 0, stop;
	int32_t	 c;
	int	 len;

	while (i < n) {
		/* skip ASCII and two-byte letters in blocks; inside a block
		 * with other bytes, go character by character to its end */
		if ((i = valid_blocks(s, i, n)) >= n)
			break;
		i += u8_ascii_prefix(s + i, n - i);
		stop = i + 16 < n ? i + 16 : n;
		while (i < stop) {
			if (u[i] < 0x80)
				i++;
			else if (u[i] >= 0xC2 && u[i] < 0xE0 && i + 1 < n &&
			    (u[i + 1] & 0xC0) == 0x80)
				i += 2;
			else if ((len = u8_decode(s + i, n - i, &c)) < 0)
				return i;
			else
				i += (size_t)len;
		}
	}
	return n;
}

long
u8_sanitize(struct buf *b, const char *s, size_t n)
{
	size_t	 i = 0, ok;
	long	 bad = 0;

	while (i < n) {
		ok = u8_valid_prefix(s + i, n - i);
		if (buf_add(b, s + i, ok) == -1)
			return -1;
		i += ok;
		if (i < n) {
			if (u8_add(b, U8_REPLACEMENT) == -1)
				return -1;
			bad++;
			i++;
		}
	}
	return bad;
}

/*
 * True when no NFC change can involve this character: it has no
 * decomposition, combines with nothing and is a starter.
 */
static int
nfc_inert_slow(int32_t c)
{
	const utf8proc_property_t *p;

	if (c >= 0x1100 && c < 0x1200)
		return 0;	/* Hangul jamo compose algorithmically */
	if (c >= 0xAC00 && c <= 0xD7A3)
		return 0;
	p = utf8proc_get_property(c);
	/* a compatibility decomposition (…, ﬁ) is not applied by NFC */
	return p->combining_class == 0 && (p->decomp_seqindex == UINT16_MAX ||
	    p->decomp_type != 0) && p->comb_index == UINT16_MAX &&
	    !p->comp_exclusion;
}

/* nfc_inert_slow() for the BMP, worked out once: 8 KiB. */
static unsigned char bmp_inert[0x10000 / 8];
static int bmp_ready;

static int
nfc_inert(int32_t c)
{
	int32_t	 k;

	if (c < 0x300)
		return 1;
	if (c >= 0x10000)
		return nfc_inert_slow(c);
	if (!bmp_ready) {
		for (k = 0; k < 0x10000; k++)
			if (nfc_inert_slow(k))
				bmp_inert[k >> 3] |= (unsigned char)(1 << (k & 7));
		bmp_ready = 1;
	}
	return (bmp_inert[c >> 3] >> (c & 7)) & 1;
}

int
u8_nfc(struct buf *b, const char *s, size_t n, struct buf *work)
{
	size_t		 i = 0;
	int32_t		 c;
	int		 len;
	utf8proc_ssize_t r;

	for (;;) {
		i += u8_ascii_prefix(s + i, n - i);
		if (i >= n)
			return buf_add(b, s, n);
		if ((len = u8_decode(s + i, n - i, &c)) < 0 || !nfc_inert(c))
			break;
		i += len;
	}
	/* decompose into work as code points, recompose, re-encode */
	for (;;) {
		r = utf8proc_decompose((const utf8proc_uint8_t *)s,
		    (utf8proc_ssize_t)n, (utf8proc_int32_t *)work->p,
		    (utf8proc_ssize_t)(work->cap / sizeof(int32_t)),
		    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (r < 0)
			return buf_add(b, s, n);
		if ((size_t)r * sizeof(int32_t) <= work->cap)
			break;
		work->n = 0;
		if (buf_reserve(work, (size_t)r * sizeof(int32_t)) == -1)
			return -1;
	}
	r = utf8proc_normalize_utf32((utf8proc_int32_t *)work->p, r,
	    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (r < 0)
		return buf_add(b, s, n);
	if (buf_reserve(b, (size_t)r * 4) == -1)
		return -1;
	for (utf8proc_ssize_t k = 0; k < r; k++)
		b->n += u8_encode(((int32_t *)work->p)[k], b->p + b->n);
	return 0;
}

int
u8_isalpha(int32_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		return 1;
	default:
		return 0;
	}
}

int
u8_isupper(int32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_LU ||
	    utf8proc_category(c) == UTF8PROC_CATEGORY_LT;
}

int
u8_islower(int32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

int
u8_isdigit(int32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}

void
u8_trim(const char *s, size_t *a, size_t *b)
{
	int32_t	 c;
	int	 len;

	while (*a < *b && (len = u8_decode(s + *a, *b - *a, &c)) > 0 &&
	    u8_isspace(c))
		*a += (size_t)len;
	while (*b > *a && (len = u8_decode_back(s + *a, *b - *a, &c)) > 0 &&
	    u8_isspace(c))
		*b -= (size_t)len;
}

int
u8_isspace(int32_t c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

int
u8_ispunct(int32_t c)
{
	utf8proc_category_t k = utf8proc_category(c);

	return k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO;
}

int32_t
u8_tolower(int32_t c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	return utf8proc_tolower(c);
}

int
u8_lower(struct buf *b, const char *s, size_t n)
{
	size_t	 i = 0;
	int32_t	 c;
	int	 len;

	if (buf_reserve(b, n) == -1)
		return -1;
	while (i < n) {
#ifdef __SSE2__
		/* ASCII, 16 bytes at a time: A-Z get 0x20 */
		if (i + 16 <= n && b->cap - b->n >= 16) {
			__m128i	 v = _mm_loadu_si128((const __m128i *)(s + i));

			if (_mm_movemask_epi8(v) == 0) {
				v = _mm_or_si128(v, _mm_and_si128(_mm_and_si128(
				    _mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
				    _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1))),
				    _mm_set1_epi8(0x20)));
				_mm_storeu_si128((__m128i *)(b->p + b->n), v);
				b->n += 16;
				i += 16;
				continue;
			}
		}
#endif
		if ((unsigned char)s[i] < 0x80) {
			if (buf_addc(b, (char)u8_tolower((unsigned char)s[i]))
			    == -1)
				return -1;
			i++;
			continue;
		}
		if ((len = u8_decode(s + i, n - i, &c)) < 0) {
			c = U8_REPLACEMENT;
			len = 1;
		}
		if (u8_add(b, u8_tolower(c)) == -1)
			return -1;
		i += len;
	}
	return 0;
}
