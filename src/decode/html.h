/* html.h: what html.c and extract.c share about the elements of a page. */
#ifndef ONDIT_HTML_H
#define ONDIT_HTML_H

#include <gumbo.h>

/* The kind of an element, and of the blocks it holds. */
enum {
	BK_INLINE,	/* text in it belongs to the block around */
	BK_P,		/* <p>, <address> */
	BK_H1,
	BK_H,		/* <h2> to <h6> */
	BK_LI,		/* <li>, <dt>, <dd> */
	BK_QUOTE,	/* <blockquote> */
	BK_PRE,
	BK_CELL,	/* <td>, <th> */
	BK_DIV		/* any other block: its own text is a paragraph */
};

#define EL_ARTICLE	0x01	/* <article> */
#define EL_MAIN		0x02	/* <main>, role=main */
#define EL_BODY		0x04	/* itemprop=articleBody */
#define EL_POSITIVE	0x08	/* a class that names an article's body */

struct elclass {
	unsigned char	 kind;		/* BK_* */
	unsigned	 flags;		/* EL_* */
	const char	*label;		/* boilerplate it marks, or NULL */
};

/*
 * What an element is, by its tag, role, class, id and itemprop; within
 * (the EL_* flags of its ancestors) exempts the header of an article.
 * Returns 0 for the elements whose content is no text (script, style,
 * forms' controls, embedded objects...).
 */
int	el_classify(const GumboNode *, unsigned within, struct elclass *);

#endif
