/*
 * clean.c: one line of valid UTF-8 to its clean NFC form.
 *
 * Removed: control characters (TAB becomes a space), zero-width space,
 * word joiner, BOM and soft hyphen.  Kept: ZWJ and ZWNJ, which change how
 * emoji and some scripts render.  A run of spaces becomes one character:
 * the no-break space (U+00A0 or U+202F) of the run when there is one,
 * since French typography needs it, else U+0020; other Unicode spaces
 * count as U+0020.  With plain_spaces every run becomes U+0020.  The line
 * is trimmed.
 */
#include <string.h>

#include "decode.h"
#include "u8.h"

static int
invisible(int32_t c)
{
	return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0xAD;
}

int
clean_line(const char *s, size_t n, int plain, struct buf *out,
    struct buf work[2], struct clean_stats *st)
{
	size_t		 i = 0, start;
	int32_t		 c, space = 0;	/* pending space, 0 when none */
	int		 len;
	struct buf	 tmp = *work;

	tmp.n = 0;
	if (buf_reserve(&tmp, n) == -1)
		return -1;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];

		if (b >= 0x21 && b < 0x7F) {
			/* a run of visible ASCII */
			start = i;
			while (i < n && (unsigned char)s[i] >= 0x21 &&
			    (unsigned char)s[i] < 0x7F)
				i++;
			if (space != 0 && tmp.n > 0 && u8_add(&tmp, space) == -1)
				goto oom;
			space = 0;
			if (buf_add(&tmp, s + start, i - start) == -1)
				goto oom;
			continue;
		}
		if ((len = u8_decode(s + i, n - i, &c)) < 0) {
			c = U8_REPLACEMENT;
			len = 1;
		}
		i += (size_t)len;
		if (c == ' ' || c == '\t' || (c >= 0x80 && u8_isspace(c))) {
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
		if (invisible(c)) {
			st->invisible++;
			continue;
		}
		if (space != 0 && tmp.n > 0 && u8_add(&tmp, space) == -1)
			goto oom;
		space = 0;
		if (u8_add(&tmp, c) == -1)
			goto oom;
	}
	*work = tmp;
	return u8_nfc(out, work->p, work->n, &work[1]);
oom:
	*work = tmp;
	return -1;
}
