/* langid.h: language of a text from the stopwords of lang/<code>/. */
#ifndef ONDIT_LANGID_H
#define ONDIT_LANGID_H

#include "buf.h"
#include "rules.h"

#define LANGID_MAX	32

struct langid {
	struct wset	 stop[LANGID_MAX];
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
