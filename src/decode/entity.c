/*
 * entity.c: HTML character references (&eacute; &#233; &#xE9;).
 *
 * ENT_AUTO decodes only terminated references, which plain text hardly
 * ever holds by accident; ENT_YES also takes the legacy forms that HTML
 * accepts without ';' (&amp &eacute &#233).  Numeric references follow
 * WHATWG: 0x80-0x9F are windows-1252 bytes, NUL, surrogates and values
 * past U+10FFFF become U+FFFD.
 */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "u8.h"

struct entity {
	const char	*name;		/* with its ';' when it has one */
	int32_t		 cp[2];
};

static const struct entity entities[] = {
#include "entities.inc"
};
#define NENTITIES	(sizeof(entities) / sizeof(entities[0]))

/* The entity named exactly by s[0..n), or NULL. */
static const struct entity *
lookup(const char *s, size_t n)
{
	size_t	 lo = 0, hi = NENTITIES, mid;
	int	 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strncmp(entities[mid].name, s, n);
		if (c == 0 && entities[mid].name[n] != '\0')
			c = 1;
		if (c == 0)
			return &entities[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int
isalnum_(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/*
 * The name at s + 1 (s is '&'): *end gets the end of its run of letters
 * and digits; returns the reference's length when the run is a name with
 * its ';' (cp filled), else 0.
 */
static size_t
named(const char *s, size_t n, size_t *end, int32_t cp[2])
{
	const struct entity *e;
	size_t		 i = 1;

	while (i < n && isalnum_(s[i]) && i < 40)
		i++;
	*end = i;
	if (i == 1 || i >= n || s[i] != ';' || (e = lookup(s + 1, i)) == NULL)
		return 0;
	cp[0] = e->cp[0];
	cp[1] = e->cp[1];
	return i + 1;
}

/*
 * Reads a reference at s ('&'); returns its length and fills cp, or 0.
 * *number, when asked, gets the number a numeric reference writes.
 */
static size_t
reference(const char *s, size_t n, enum ent_mode mode,
    const struct sbcs *w, int32_t cp[2], long *number)
{
	const struct entity *e;
	size_t		 i = 1, k, len;
	long		 v = 0;
	int		 hex, digits = 0;

	cp[1] = 0;
	if (i < n && s[i] == '#') {
		i++;
		hex = i < n && (s[i] | 0x20) == 'x';
		i += hex;
		for (; i < n; i++, digits++) {
			int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0' :
			    hex && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f' ?
			    (s[i] | 0x20) - 'a' + 10 : -1;

			if (d < 0)
				break;
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + d;
		}
		if (number != NULL)
			*number = v;
		if (digits == 0)
			return 0;
		if (i < n && s[i] == ';')
			i++;
		else if (mode != ENT_YES)
			return 0;
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = U8_REPLACEMENT;
		else if (v >= 0x80 && v < 0xA0 && w->cp[v] >= 0)
			v = w->cp[v];
		cp[0] = (int32_t)v;
		return i;
	}
	if ((len = named(s, n, &i, cp)) > 0 || i == 1 || mode != ENT_YES)
		return len;
	/* the longest legacy name that starts the run */
	for (k = i - 1; k >= 2; k--)
		if ((e = lookup(s + 1, k)) != NULL) {
			cp[0] = e->cp[0];
			cp[1] = e->cp[1];
			return k + 1;
		}
	return 0;
}

size_t
html_reference(const char *s, size_t n, const struct sbcs *w, int intext,
    int32_t cp[2], long *number)
{
	const struct entity *e;
	size_t		 i, len;

	*number = -1;
	if (intext || (n > 1 && s[1] == '#'))
		return reference(s, n, ENT_YES, w, cp, number);
	cp[1] = 0;
	if ((len = named(s, n, &i, cp)) > 0 || i == 1)
		return len;
	/* in a value, a legacy name counts whole and not before '=' */
	if ((i < n && s[i] == '=') || (e = lookup(s + 1, i - 1)) == NULL)
		return 0;
	cp[0] = e->cp[0];
	cp[1] = e->cp[1];
	return i;
}

long
decode_entities(const char *s, size_t n, enum ent_mode mode,
    const struct sbcs *w, struct buf *out)
{
	const char	*amp;
	size_t		 i = 0, len;
	int32_t		 cp[2];
	long		 count = 0;

	if (mode == ENT_NO)
		return buf_add(out, s, n) == -1 ? -1 : 0;
	while ((amp = memchr(s + i, '&', n - i)) != NULL) {
		size_t at = (size_t)(amp - s);

		if (buf_add(out, s + i, at - i) == -1)
			return -1;
		if ((len = reference(amp, n - at, mode, w, cp, NULL)) == 0) {
			if (buf_addc(out, '&') == -1)
				return -1;
			i = at + 1;
			continue;
		}
		if (u8_add(out, cp[0]) == -1 ||
		    (cp[1] != 0 && u8_add(out, cp[1]) == -1))
			return -1;
		count++;
		i = at + len;
	}
	if (buf_add(out, s + i, n - i) == -1)
		return -1;
	return count;
}
