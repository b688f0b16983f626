/*
 * langid.c: language identification by stopword counts.  News text is
 * long enough that the share of function words decides reliably; a text
 * with fewer than two hits, or a tie, is "und" (undetermined).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "langid.h"
#include "u8.h"


/* The slot of the word, or the empty one where it would go. */
static struct stopword *
find(const struct langid *li, const char *w, size_t n)
{
	size_t	 j = rules_hash(w, n) & (li->nslot - 1);

	while (li->slot[j].len != 0 && (li->slot[j].len != n ||
	    memcmp(li->arena.p + li->slot[j].off, w, n) != 0))
		j = (j + 1) & (li->nslot - 1);
	return &li->slot[j];
}

static int
grow(struct langid *li)
{
	struct langid	 old = *li;
	size_t		 i;

	li->nslot = li->nslot ? li->nslot * 2 : 1024;
	if ((li->slot = calloc(li->nslot, sizeof(*li->slot))) == NULL) {
		li->slot = old.slot;
		li->nslot = old.nslot;
		return -1;
	}
	for (i = 0; i < old.nslot; i++)
		if (old.slot[i].len != 0)
			*find(li, old.arena.p + old.slot[i].off,
			    old.slot[i].len) = old.slot[i];
	free(old.slot);
	return 0;
}

struct load {
	struct langid	*li;
	size_t		 lang;
};

static int
add_word(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct load	*ld = ctx;
	struct langid	*li = ld->li;
	struct stopword	*w;

	(void)kind;
	(void)lang;
	if ((li->nwords + 1) * 2 > li->nslot && grow(li) == -1)
		goto oom;
	w = find(li, s, n);
	if (w->len == 0) {
		w->off = li->arena.n;
		w->len = n;
		if (buf_add(&li->arena, s, n) == -1)
			goto oom;
		li->nwords++;
	}
	w->langs |= (uint32_t)1 << ld->lang;
	if (n > li->maxlen)
		li->maxlen = n;
	return 0;
oom:
	return rules_fail(err, file, line, "out of memory");
}

int
langid_init(struct langid *li, struct rules_err *err)
{
	const char *const *code;
	const char	*text;
	size_t		 len;
	struct load	 ld;

	memset(li, 0, sizeof(*li));
	ld.li = li;
	if (grow(li) == -1)
		return -1;
	for (code = lang_codes; *code != NULL && li->n < LANGID_MAX; code++) {
		if ((text = lang_builtin(*code, "stopwords", &len)) == NULL)
			continue;
		li->code[li->n] = *code;
		ld.lang = li->n;
		if (rules_scan(text, len, *code, "stopwords", add_word, &ld,
		    err) == -1)
			return -1;
		li->n++;
	}
	return 0;
}

void
langid_free(struct langid *li)
{
	free(li->slot);
	buf_free(&li->arena);
	buf_free(&li->low);
	memset(li, 0, sizeof(*li));
}

void
langid_reset(struct langid *li)
{
	memset(li->hits, 0, sizeof(li->hits));
}

static void
count_word(struct langid *li)
{
	const struct stopword *w;
	uint32_t	 m;

	if (li->low.n > li->maxlen)
		return;		/* longer than any stopword */
	w = find(li, li->low.p, li->low.n);
	for (m = w->len ? w->langs : 0; m != 0; m &= m - 1)
		li->hits[__builtin_ctz(m)]++;
}

int
langid_feed(struct langid *li, const char *s, size_t n)
{
	size_t	 i = 0;
	int32_t	 c;
	int	 len;

	li->low.n = 0;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];

		if (b < 0x80) {
			/* ASCII: a letter lower-cased, anything else a gap */
			i++;
			if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
				if (buf_addc(&li->low, (char)(b | 0x20)) == -1)
					return -1;
				continue;
			}
		} else {
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
