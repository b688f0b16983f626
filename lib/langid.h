/* langid.h: language of a text from the stopwords of lang/<code>/. */
#ifndef ONDIT_LANGID_H
#define ONDIT_LANGID_H

#include <stdint.h>

#include "buf.h"
#include "rules.h"

#define LANGID_MAX	32

/* One table for every language: a word and the languages it is a
 * stopword of, so each word of a text is looked up once. */
struct stopword {
	size_t		 off, len;	/* in the arena; len 0: empty slot */
	uint32_t	 langs;		/* bit i: a stopword of code[i] */
};

struct langid {
	struct stopword	*slot;
	size_t		 nslot, nwords;
	size_t		 maxlen;	/* of the longest stopword */
	struct buf	 arena;
	const char	*code[LANGID_MAX];
	size_t		 n;
	unsigned long	 hits[LANGID_MAX];
	struct buf	 low;
};

/* Loads the stopwords of every built-in language; returns 0 or -1. */
int	langid_init(struct langid *, struct rules_err *);
void	langid_free(struct langid *);
void	langid_reset(struct langid *);
/* Counts the stopwords of each language in s; returns 0 or -1. */
int	langid_feed(struct langid *, const char *s, size_t n);
/* The language with most stopwords, or "und" when none stands out. */
const char *langid_best(const struct langid *);

#endif
