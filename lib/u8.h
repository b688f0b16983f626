/* u8.h: UTF-8 on top of utf8proc (decoding, validation, NFC, classes). */
#ifndef ONDIT_U8_H
#define ONDIT_U8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#ifdef __SSE2__
#include <emmintrin.h>

/* The bytes of v in [lo, hi], as a 16-bit mask (SSE2 scans). */
static inline unsigned
u8_in_range(__m128i v, unsigned char lo, unsigned char hi)
{
	__m128i	 d = _mm_sub_epi8(v, _mm_set1_epi8((char)lo));

	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d,
	    _mm_set1_epi8((char)(hi - lo))), d));
}
#endif

#define U8_REPLACEMENT	0xFFFD

/* An ASCII letter, A-Z or a-z. */
static inline int
u8_ascii_letter(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26u;
}

/* A byte of a word: an ASCII letter or any byte of a multibyte
 * character. */
static inline int
u8_word_byte(unsigned char c)
{
	return u8_ascii_letter(c) || c >= 0x80;
}

/*
 * Decodes the character at s (n bytes available) into *cp; returns its
 * length, or -1 when the bytes there are not valid UTF-8 (*cp is then the
 * first byte's value and one byte should be skipped).
 */
static inline int
u8_decode(const char *s, size_t n, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t c;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	*cp = u[0];
	if (u[0] < 0xC2 || u[0] > 0xF4)
		return -1;
	if (u[0] < 0xE0) {
		if (n < 2 || (u[1] & 0xC0) != 0x80)
			return -1;
		*cp = ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
		return 2;
	}
	if (u[0] < 0xF0) {
		if (n < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
			return -1;
		c = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
			return -1;
		*cp = c;
		return 3;
	}
	if (n < 4 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80 ||
	    (u[3] & 0xC0) != 0x80)
		return -1;
	c = ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) |
	    ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	if (c < 0x10000 || c > 0x10FFFF)
		return -1;
	*cp = c;
	return 4;
}

/* Decodes the character that ends at s + n (start of text at s). */
int	u8_decode_back(const char *s, size_t n, int32_t *cp);
/* Moves *a forward and *b back over the white space (u8_isspace) at
 * either end of s[*a, *b). */
void	u8_trim(const char *s, size_t *a, size_t *b);
/* Encodes cp into dst (4 bytes room); returns its length. */
int	u8_encode(int32_t cp, char *dst);
/* Appends cp to b; returns 0 or -1. */
int	u8_add(struct buf *, int32_t cp);
/* Length of the prefix of s that is ASCII (SSE2 where there is). */
size_t	u8_ascii_prefix(const char *s, size_t n);
/* The characters of s (valid UTF-8): bytes but continuation bytes. */
size_t	u8_length(const char *s, size_t n);
/* Length of the longest valid UTF-8 prefix of s. */
size_t	u8_valid_prefix(const char *s, size_t n);
/*
 * Appends s to b with each invalid byte replaced by U+FFFD; returns the
 * number of bytes replaced, or -1 when out of memory.
 */
long	u8_sanitize(struct buf *, const char *s, size_t n);
/*
 * Appends the NFC form of s (valid UTF-8) to b, reusing work as scratch;
 * returns 0 or -1.  Text that cannot change under NFC is copied as is.
 */
int	u8_nfc(struct buf *b, const char *s, size_t n, struct buf *work);

/* Character classes (utf8proc categories). */
int	u8_isalpha(int32_t);
int	u8_isupper(int32_t);
int	u8_islower(int32_t);
int	u8_isdigit(int32_t);
int	u8_isspace(int32_t);	/* Zs, TAB, LF, CR */
int	u8_ispunct(int32_t);
int32_t	u8_tolower(int32_t);
/* Appends the lower-case form of s to b; returns 0 or -1. */
int	u8_lower(struct buf *, const char *s, size_t n);

#endif
