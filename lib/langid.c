/*
 * langid.c: language identification by stopword counts.  News text is
 * long enough that the share of function words decides reliably; a text
 * with fewer than two hits, or a tie, is "und" (undetermined).
 */
#include <string.h>

#include "langid.h"
#include "u8.h"

int
langid_init(struct langid *li, struct rules_err *err)
{
	const char *const *code;
	const char	*text;
	size_t		 len;

	memset(li, 0, sizeof(*li));
	for (code = lang_codes; *code != NULL && li->n < LANGID_MAX; code++) {
		if ((text = lang_builtin(*code, "stopwords", &len)) == NULL)
			continue;
		li->code[li->n] = *code;
		if (rules_scan(text, len, *code, "stopwords", wset_entry,
		    &li->stop[li->n], err) == -1)
			return -1;
		li->n++;
	}
	return 0;
}

void
langid_free(struct langid *li)
{
	size_t	 i;

	for (i = 0; i < li->n; i++)
		wset_free(&li->stop[i]);
	buf_free(&li->low);
}

void
langid_reset(struct langid *li)
{
	memset(li->hits, 0, sizeof(li->hits));
}

static void
count_word(struct langid *li)
{
	size_t	 i;

	for (i = 0; i < li->n; i++)
		li->hits[i] += (unsigned long)wset_has(&li->stop[i], li->low.p,
		    li->low.n);
}

int
langid_feed(struct langid *li, const char *s, size_t n)
{
	size_t	 i = 0;
	int32_t	 c;
	int	 len;

	li->low.n = 0;
	while (i < n) {
		if ((len = u8_decode(s + i, n - i, &c)) < 0) {
			c = U8_REPLACEMENT;
			len = 1;
		}
		i += (size_t)len;
		if (u8_isalpha(c)) {
			if (u8_add(&li->low, u8_tolower(c)) == -1)
				return -1;
			continue;
		}
		if (li->low.n > 0)
			count_word(li);
		li->low.n = 0;
	}
	if (li->low.n > 0)
		count_word(li);
	return 0;
}

const char *
langid_best(const struct langid *li)
{
	unsigned long	 best = 0, second = 0;
	size_t		 i, win = 0;

	for (i = 0; i < li->n; i++) {
		if (li->hits[i] > best) {
			second = best;
			best = li->hits[i];
			win = i;
		} else if (li->hits[i] > second)
			second = li->hits[i];
	}
	if (best < 2 || best == second)
		return "und";
	return li->code[win];
}
