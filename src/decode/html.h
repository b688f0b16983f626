/* html.h: what html.c and extract.c share about the elements of a page. */
#ifndef ONDIT_HTML_H
#define ONDIT_HTML_H

#include <libxml/tree.h>

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

/* The tags that decode tells apart; any other is T_OTHER. */
enum tag {
	T_OTHER,
	T_A, T_ADDRESS, T_ARTICLE, T_ASIDE, T_AUDIO, T_BASE, T_BLOCKQUOTE,
	T_BODY, T_BR, T_BUTTON, T_CANVAS, T_CAPTION, T_CENTER, T_DD,
	T_DETAILS, T_DIV, T_DL, T_DT, T_EMBED, T_FIELDSET, T_FIGCAPTION,
	T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6,
	T_HEAD, T_HEADER, T_HGROUP, T_HR, T_HTML, T_IFRAME, T_INPUT,
	T_LEGEND, T_LI, T_LINK, T_MAIN, T_MAP, T_MATH, T_MENU, T_META,
	T_NAV, T_NOSCRIPT, T_OBJECT, T_OL, T_OPTION, T_P, T_PRE, T_SCRIPT,
	T_SECTION, T_SELECT, T_STYLE, T_SUMMARY, T_SVG, T_TABLE, T_TBODY,
	T_TD, T_TEMPLATE, T_TEXTAREA, T_TFOOT, T_TH, T_THEAD, T_TIME,
	T_TITLE, T_TR, T_UL, T_VIDEO
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

/* The tag of an element by its (lower-case) name: T_OTHER if unknown. */
enum tag	tag_of(const char *);

/*
 * The value of an attribute of an element ("" when it has none), or
 * NULL when the element does not have it.
 */
const char	*el_attr(const xmlNode *, const char *);

/*
 * What an element is, by its tag, role, class, id and itemprop; within
 * (the EL_* flags of its ancestors) exempts the header of an article.
 * Returns 0 for the elements whose content is no text (script, style,
 * forms' controls, embedded objects...).
 */
int	el_classify(const xmlNode *, enum tag, unsigned within,
	    struct elclass *);

#endif
