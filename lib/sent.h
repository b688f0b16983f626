/*
 * sent.h: sentence boundaries.
 *
 * A boundary may follow a run of . ! ? or an ellipsis, with the closing
 * marks that belong to it (» ” ) ] after spaces, " ' ’ attached), when
 * space and a sentence-like start follow.  After a single full stop the
 * word before it decides, through lang/<code>/abbreviations: titles (M.,
 * Dr.) never end a sentence; abbreviations (U.S., p., cf.) and initials end
 * one only before a word of lang/<code>/starters; final abbreviations
 * (etc., Inc., a.m.) end one before any capitalised word except the
 * starters file's continuers (Monday, GMT).  After a closing quotation
 * mark, a name followed by a word of [attributions] ("..." Smith said)
 * goes on with the quotation.  No state crosses a sentence,
 * so an unpaired quotation mark changes nothing.
 */
#ifndef ONDIT_SENT_H
#define ONDIT_SENT_H

#include <stddef.h>
#include <stdint.h>

#include "rules.h"

#define SENT_FILTER	2048	/* bits of sentrules.dotwords */

struct sentrules {
	char		 lang[8];
	struct wset	 titles, abbrev, final, starters, continuers;
	struct wset	 attributions;	/* "said" after a closing mark */
	/*
	 * Two bits per word that one of titles, abbrev and final holds
	 * with its full stop: a word with either bit clear is in none of
	 * them, so most words before a full stop need no lookup.
	 */
	uint64_t	 dotwords[SENT_FILTER / 64];
};

#define SENT_MAXLANG	16

struct splitter {
	struct sentrules lang[SENT_MAXLANG];
	size_t		 n;
	struct sentrules none;		/* for languages without lists */
};

/*
 * Loads the lists of every built-in language, then the given rule files
 * (sections [titles], [abbreviations], [final], [starters],
 * [continuers], each optionally with a language).  Returns 0, or -1 with
 * err filled.
 */
int	splitter_init(struct splitter *, const char *const *files, size_t n,
	    struct rules_err *);
void	splitter_free(struct splitter *);
/* The lists of a language code (n bytes); never NULL. */
const struct sentrules *splitter_lang(const struct splitter *,
	    const char *code, size_t n);

struct span {
	size_t	 start, end;
};

/*
 * The next sentence of s from *pos, trimmed of spaces: returns 1 and
 * advances *pos, or 0 when only spaces are left.  A sentence longer than
 * maxlen bytes is cut at a space (or a character boundary) and *cut set.
 */
int	sent_next(const struct sentrules *, const char *s, size_t n,
	    size_t maxlen, size_t *pos, struct span *, int *cut);

/* Length of the space (U+0020, TAB, Zs) at s, or 0. */
int	sent_space(const char *s, size_t n);

#endif
