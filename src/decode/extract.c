/*
 * extract.c: which paragraphs of a page are the article.
 *
 * Structure first: the elements that hold navigation, headers, footers,
 * asides, comments, share bars, related articles, cookie banners, forms
 * and ads, by their tag, ARIA role, class and id, label everything in
 * them.  Then evidence: each paragraph of some length and few links
 * gives points to the element that holds it and, less, to the two
 * above (as Readability does); the element with most points, less its
 * share of link text, is the article's body, widened to the <article>
 * around it, or to itemprop=articleBody when the page names it, or else
 * joined by the siblings that score nearly as well.  Paragraphs outside
 * it, and those that are mostly links, are boilerplate too.
 */
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "html.h"

#define MIN_PARA	25	/* bytes of a paragraph that scores */
#define MIN_ARTICLE	150	/* bytes of text of an article */
#define LISTING_ARTS	3	/* <article>s in a listing of teasers */

/* --- elements --- */

/*
 * Words of class and id that mark boilerplate.  A word matches a word of
 * the attribute (split at anything but a letter or digit) exactly, or,
 * with prefix set, as its start ("relatedposts", "sharebar").
 */
static const struct {
	const char	*word;
	const char	*label;
	int		 prefix;
} marks[] = {
	{ "nav", "nav", 0 }, { "navbar", "nav", 0 },
	{ "navigation", "nav", 1 }, { "menu", "nav", 0 },
	{ "menus", "nav", 0 }, { "breadcrumb", "nav", 1 },
	{ "pagination", "nav", 1 }, { "pager", "nav", 0 },
	{ "skip", "nav", 0 }, { "topbar", "nav", 0 },
	{ "header", "header", 1 }, { "masthead", "header", 1 },
	{ "footer", "footer", 1 }, { "colophon", "footer", 0 },
	{ "sidebar", "aside", 1 }, { "widget", "aside", 1 },
	{ "aside", "aside", 0 }, { "rail", "aside", 0 },
	{ "related", "related", 1 }, { "recirculation", "related", 0 },
	{ "recirc", "related", 0 }, { "recommended", "related", 1 },
	{ "recommendations", "related", 0 }, { "outbrain", "related", 1 },
	{ "taboola", "related", 1 }, { "popular", "related", 0 },
	{ "mostread", "related", 0 }, { "trending", "related", 0 },
	{ "teaser", "related", 0 }, { "teasers", "related", 0 },
	{ "aussi", "related", 0 }, { "also", "related", 0 },
	{ "comment", "comments", 0 }, { "comments", "comments", 0 },
	{ "commentlist", "comments", 0 }, { "commentaires", "comments", 0 },
	{ "disqus", "comments", 1 }, { "respond", "comments", 0 },
	{ "replies", "comments", 0 }, { "reactions", "comments", 0 },
	{ "discussion", "comments", 0 },
	{ "share", "share", 1 }, { "sharing", "share", 0 },
	{ "social", "share", 1 }, { "addthis", "share", 1 },
	{ "partage", "share", 1 },
	{ "cookie", "cookie", 1 }, { "cookies", "cookie", 0 },
	{ "consent", "cookie", 1 }, { "gdpr", "cookie", 0 },
	{ "didomi", "cookie", 1 }, { "onetrust", "cookie", 1 },
	{ "cmp", "cookie", 0 },
	{ "newsletter", "promo", 1 }, { "subscribe", "promo", 1 },
	{ "subscription", "promo", 0 }, { "signup", "promo", 0 },
	{ "paywall", "promo", 1 }, { "abonnement", "promo", 1 },
	{ "login", "promo", 0 }, { "promo", "promo", 1 },
	{ "ad", "ad", 0 }, { "ads", "ad", 0 }, { "advert", "ad", 1 },
	{ "adslot", "ad", 0 }, { "dfp", "ad", 0 }, { "pub", "ad", 0 },
	{ "publicite", "ad", 0 }, { "sponsor", "ad", 1 },
	{ "banner", "ad", 0 },
	{ "byline", "byline", 1 }, { "author", "byline", 1 },
	{ "auteur", "byline", 1 },
	{ "bio", "byline", 0 }, { "meta", "byline", 0 },
	{ "dateline", "byline", 0 }, { "tags", "byline", 0 },
	{ "caption", "caption", 1 }, { "credit", "caption", 1 },
	{ "legende", "caption", 0 },
};

/* Classes that name an article's text: no label from the class then. */
static const char *const bodies[] = {
	"articlebody", "article-body", "article__body", "article-content",
	"article__content", "article-text", "entry-content", "post-content",
	"post-body", "story-body", "story-content", "content-body",
	"body-text", NULL
};

/* The label of one word of a class or id, or NULL. */
static const char *
word_label(const char *w, size_t n)
{
	size_t	 i, k;

	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		if ((w[0] | 0x20) != marks[i].word[0])
			continue;
		k = strlen(marks[i].word);
		if ((k == n || (marks[i].prefix && k < n)) &&
		    strncasecmp(w, marks[i].word, k) == 0)
			return marks[i].label;
	}
	return NULL;
}

/* The label of a class or id attribute: its first marked word. */
static const char *
attr_label(const char *s)
{
	const char	*w;
	const char	*l;

	while (*s != '\0') {
		while (*s != '\0' && !((*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			s++;
		for (w = s; (*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'); s++)
			;
		if (s > w && (l = word_label(w, (size_t)(s - w))) != NULL)
			return l;
	}
	return NULL;
}

static int
names_body(const char *s)
{
	const char *const *b;
	char		 low[256];
	size_t		 i;

	for (i = 0; s[i] != '\0' && i < sizeof(low) - 1; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 :
		    s[i]);
	low[i] = '\0';
	if (strstr(low, "body") == NULL && strstr(low, "content") == NULL &&
	    strstr(low, "text") == NULL)
		return 0;
	for (b = bodies; *b != NULL; b++)
		if (strstr(low, *b) != NULL)
			return 1;
	return 0;
}

/* The label of a role attribute. */
static const char *
role_label(const char *r, int inarticle)
{
	static const struct { const char *role, *label; } roles[] = {
		{ "navigation", "nav" }, { "menu", "nav" },
		{ "menubar", "nav" }, { "contentinfo", "footer" },
		{ "complementary", "aside" }, { "search", "form" },
		{ "dialog", "popup" }, { "alertdialog", "popup" },
		{ "banner", "header" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if (strcasecmp(r, roles[i].role) == 0)
			return inarticle && strcmp(roles[i].label, "header")
			    == 0 ? NULL : roles[i].label;
	return NULL;
}

/* The kind and label of an AMP element (amp-ad, amp-sidebar, ...). */
static int
amp(const char *name, struct elclass *c)
{
	static const struct { const char *tag, *label; } amps[] = {
		{ "amp-ad", "ad" }, { "amp-embed", "ad" },
		{ "amp-sticky-ad", "ad" }, { "amp-sidebar", "nav" },
		{ "amp-social-share", "share" }, { "amp-consent", "cookie" },
		{ "amp-user-notification", "cookie" },
		{ "amp-analytics", NULL }, { "amp-pixel", NULL },
	};
	size_t	 i;

	if (strncmp(name, "amp-", 4) != 0)
		return 1;
	for (i = 0; i < sizeof(amps) / sizeof(amps[0]); i++)
		if (strcmp(name, amps[i].tag) == 0) {
			if (amps[i].label == NULL)
				return 0;
			c->label = amps[i].label;
			c->kind = BK_DIV;
			return 1;
		}
	return 1;
}

/*
 * Tags by name: an open-addressing table of the names decode tells
 * apart, filled at the first look-up.
 */
static const char *const tagnames[] = {
	[T_A] = "a", [T_ADDRESS] = "address", [T_ARTICLE] = "article",
	[T_ASIDE] = "aside", [T_AUDIO] = "audio", [T_BASE] = "base",
	[T_BLOCKQUOTE] = "blockquote", [T_BODY] = "body", [T_BR] = "br",
	[T_BUTTON] = "button", [T_CANVAS] = "canvas",
	[T_CAPTION] = "caption", [T_CENTER] = "center", [T_DD] = "dd",
	[T_DETAILS] = "details", [T_DIV] = "div", [T_DL] = "dl",
	[T_DT] = "dt", [T_EMBED] = "embed", [T_FIELDSET] = "fieldset",
	[T_FIGCAPTION] = "figcaption", [T_FIGURE] = "figure",
	[T_FOOTER] = "footer", [T_FORM] = "form", [T_H1] = "h1",
	[T_H2] = "h2", [T_H3] = "h3", [T_H4] = "h4", [T_H5] = "h5",
	[T_H6] = "h6", [T_HEAD] = "head", [T_HEADER] = "header",
	[T_HGROUP] = "hgroup", [T_HR] = "hr", [T_HTML] = "html",
	[T_IFRAME] = "iframe", [T_INPUT] = "input", [T_LEGEND] = "legend",
	[T_LI] = "li", [T_LINK] = "link", [T_MAIN] = "main", [T_MAP] = "map",
	[T_MATH] = "math", [T_MENU] = "menu", [T_META] = "meta",
	[T_NAV] = "nav", [T_NOSCRIPT] = "noscript", [T_OBJECT] = "object",
	[T_OL] = "ol", [T_OPTION] = "option", [T_P] = "p", [T_PRE] = "pre",
	[T_SCRIPT] = "script", [T_SECTION] = "section",
	[T_SELECT] = "select", [T_STYLE] = "style", [T_SUMMARY] = "summary",
	[T_SVG] = "svg", [T_TABLE] = "table", [T_TBODY] = "tbody",
	[T_TD] = "td", [T_TEMPLATE] = "template", [T_TEXTAREA] = "textarea",
	[T_TFOOT] = "tfoot", [T_TH] = "th", [T_THEAD] = "thead",
	[T_TIME] = "time", [T_TITLE] = "title", [T_TR] = "tr", [T_UL] = "ul",
	[T_VIDEO] = "video",
};
#define NTAGS		(sizeof(tagnames) / sizeof(tagnames[0]))
#define TAG_SLOTS	256	/* a power of two, well above NTAGS */

static unsigned
tag_hash(const char *s)
{
	unsigned	 h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

enum tag
tag_of(const char *name)
{
	static unsigned char	 slots[TAG_SLOTS];	/* enum tag, 0: free */
	static int		 ready;
	unsigned		 h, t;

	if (!ready) {
		for (t = 1; t < NTAGS; t++) {
			for (h = tag_hash(tagnames[t]); slots[h %
			    TAG_SLOTS] != 0; h++)
				;
			slots[h % TAG_SLOTS] = (unsigned char)t;
		}
		ready = 1;
	}
	for (h = tag_hash(name); (t = slots[h % TAG_SLOTS]) != 0; h++)
		if (strcmp(tagnames[t], name) == 0)
			return (enum tag)t;
	return T_OTHER;
}

const char *
el_attr(const xmlNode *n, const char *name)
{
	const xmlAttr	*a;

	for (a = n->properties; a != NULL; a = a->next)
		if (strcmp((const char *)a->name, name) == 0)
			return a->children != NULL &&
			    a->children->content != NULL ?
			    (const char *)a->children->content : "";
	return NULL;
}

int
el_classify(const xmlNode *n, enum tag tag, unsigned within,
    struct elclass *c)
{
	const char	*a, *l, *at_class = NULL, *at_id = NULL,
			*at_hidden = NULL, *at_ahidden = NULL, *at_style = NULL,
			*at_itemprop = NULL, *at_itemtype = NULL, *at_role = NULL;
	const xmlAttr	*at;
	int		 inarticle = (within & (EL_ARTICLE | EL_MAIN |
			    EL_BODY)) != 0, generic = 0;

	memset(c, 0, sizeof(*c));
	switch (tag) {
	case T_SCRIPT: case T_STYLE: case T_NOSCRIPT: case T_TEMPLATE:
	case T_SVG: case T_MATH: case T_IFRAME: case T_OBJECT: case T_EMBED:
	case T_CANVAS: case T_SELECT: case T_TEXTAREA: case T_BUTTON:
	case T_INPUT: case T_OPTION: case T_AUDIO: case T_VIDEO: case T_MAP:
	case T_BASE: case T_LINK: case T_META:
		return 0;
	case T_HEAD:
		c->kind = BK_DIV;
		c->label = "head";
		return 1;
	case T_P: case T_ADDRESS:
		c->kind = BK_P;
		break;
	case T_H1:
		c->kind = BK_H1;
		break;
	case T_H2: case T_H3: case T_H4: case T_H5: case T_H6:
		c->kind = BK_H;
		break;
	case T_LI: case T_DT: case T_DD:
		c->kind = BK_LI;
		break;
	case T_BLOCKQUOTE:
		c->kind = BK_QUOTE;
		break;
	case T_PRE:
		c->kind = BK_PRE;
		break;
	case T_TD: case T_TH:
		c->kind = BK_CELL;
		break;
	case T_NAV: case T_MENU:
		c->kind = BK_DIV;
		c->label = "nav";
		break;
	case T_ASIDE:
		c->kind = BK_DIV;
		c->label = "aside";
		break;
	case T_FOOTER:
		c->kind = BK_DIV;
		c->label = "footer";
		break;
	case T_HEADER:
		c->kind = BK_DIV;
		c->label = inarticle ? NULL : "header";
		break;
	case T_FORM: case T_FIELDSET:
		c->kind = BK_DIV;
		c->label = "form";
		break;
	case T_FIGCAPTION: case T_CAPTION:
		c->kind = BK_DIV;
		c->label = "caption";
		break;
	case T_ARTICLE:
		c->kind = BK_DIV;
		c->flags |= EL_ARTICLE;
		generic = 1;
		break;
	case T_MAIN:
		c->kind = BK_DIV;
		c->flags |= EL_MAIN;
		generic = 1;
		break;
	case T_HTML: case T_BODY:
		c->kind = BK_DIV;
		generic = 1;
		break;
	case T_DIV: case T_SECTION: case T_CENTER: case T_UL: case T_OL:
	case T_DL: case T_TABLE: case T_TBODY: case T_THEAD: case T_TFOOT:
	case T_TR: case T_FIGURE: case T_DETAILS: case T_SUMMARY:
	case T_HGROUP: case T_HR: case T_LEGEND:
		c->kind = BK_DIV;
		break;
	case T_OTHER:
		if (!amp((const char *)n->name, c))
			return 0;
		if (c->label != NULL)
			return 1;
		break;
	default:
		c->kind = BK_INLINE;
		break;
	}
	/* the attributes that matter, in one pass (names are lower case) */
	for (at = n->properties; at != NULL; at = at->next) {
		const char *name = (const char *)at->name;
		const char *v = at->children != NULL &&
		    at->children->content != NULL ?
		    (const char *)at->children->content : "";

		switch (name[0]) {
		case 'a':
			if (strcmp(name, "aria-hidden") == 0)
				at_ahidden = v;
			break;
		case 'c':
			if (strcmp(name, "class") == 0)
				at_class = v;
			break;
		case 'h':
			if (strcmp(name, "hidden") == 0)
				at_hidden = v;
			break;
		case 'i':
			if (strcmp(name, "id") == 0)
				at_id = v;
			else if (strcmp(name, "itemprop") == 0)
				at_itemprop = v;
			else if (strcmp(name, "itemtype") == 0)
				at_itemtype = v;
			break;
		case 'r':
			if (strcmp(name, "role") == 0)
				at_role = v;
			break;
		case 's':
			if (strcmp(name, "style") == 0)
				at_style = v;
			break;
		}
	}
	if (at_hidden != NULL ||
	    (at_ahidden != NULL && strcmp(at_ahidden, "true") == 0) ||
	    (at_style != NULL && (strcasestr(at_style, "display:none") ||
	    strcasestr(at_style, "display: none")))) {
		c->label = "hidden";
		return 1;
	}
	if ((a = at_itemprop) != NULL) {
		if (strcasecmp(a, "articleBody") == 0)
			c->flags |= EL_BODY;
		else if (strcasecmp(a, "author") == 0 && c->label == NULL)
			c->label = "byline";
	}
	if (at_itemtype != NULL && strcasestr(at_itemtype, "Comment"))
		c->label = "comments";
	if ((a = at_role) != NULL) {
		if (strcasecmp(a, "main") == 0)
			c->flags |= EL_MAIN;
		else if (c->label == NULL)
			c->label = role_label(a, inarticle);
	}
	if (generic || (c->flags & EL_BODY) || (c->label != NULL &&
	    strcmp(c->label, "hidden") == 0))
		return 1;
	if ((at_class != NULL && names_body(at_class)) ||
	    (at_id != NULL && names_body(at_id))) {
		c->flags |= EL_POSITIVE;
		return 1;
	}
	if (c->kind == BK_INLINE)
		return 1;	/* a <span class="share-count"> names no block */
	/* a class says more than a tag: <aside class="related"> */
	if (at_class == NULL || (l = attr_label(at_class)) == NULL)
		l = at_id != NULL ? attr_label(at_id) : NULL;
	if (l != NULL && !(inarticle && strcmp(l, "header") == 0))
		c->label = l;
	return 1;
}

/* --- the main text --- */

static void
add_score(struct hel *els, long i, double s)
{
	struct hel	*e = &els[i];

	if (e->label != NULL)
		return;
	if (e->score == 0) {
		/* a first score: what the element says of itself */
		e->score = 1;
		if (e->flags & EL_BODY)
			e->score += 50;
		if (e->flags & EL_POSITIVE)
			e->score += 25;
		if (e->flags & EL_ARTICLE)
			e->score += 10;
	}
	e->score += s;
}

static double
density(const struct hel *e)
{
	return e->text > 0 ? (double)e->links / (double)e->text : 0;
}

/* Whether a block is a paragraph that counts as evidence. */
static int
scores(const struct hblock *b)
{
	switch (b->kind) {
	case BK_P: case BK_DIV: case BK_CELL: case BK_PRE: case BK_QUOTE:
		break;
	default:
		return 0;
	}
	return b->par > 0 && b->label == NULL && b->len >= MIN_PARA &&
	    b->links * 2 < b->len;
}

/* Points of a paragraph: its commas and its length. */
static double
points(const char *s, size_t n)
{
	double	 p = 1;
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] == ',')
			p++;
	return p + (n / 100 < 3 ? (double)(n / 100) : 3);
}

/* The element of the page's main text, or -1. */
static long
main_element(struct page *pg, long *top)
{
	struct hel	*els = (struct hel *)pg->els.p;
	const struct hblock *b = (const struct hblock *)pg->blocks.p;
	double		 best = 0, s;
	size_t		 bodytext = 0;
	long		 i, e, body = -1;

	*top = -1;
	for (i = 0; i < pg->nblocks; i++) {
		if (!scores(&b[i]))
			continue;
		s = points(pg->clean.p + b[i].off, b[i].len);
		e = b[i].el;
		if (b[i].kind != BK_DIV && b[i].kind != BK_CELL)
			e = els[e].parent;
		if (e < 0)
			continue;
		add_score(els, e, s);
		if (els[e].parent >= 0) {
			add_score(els, els[e].parent, s / 2);
			if (els[els[e].parent].parent >= 0)
				add_score(els, els[els[e].parent].parent,
				    s / 3);
		}
	}
	for (i = 0; i < pg->nels; i++) {
		s = els[i].score * (1 - density(&els[i]));
		if (els[i].label == NULL && s > best) {
			best = s;
			*top = i;
		}
		if ((els[i].flags & EL_BODY) && els[i].label == NULL &&
		    els[i].text > bodytext) {
			bodytext = els[i].text;
			body = i;
		}
	}
	if (*top < 0)
		return -1;
	if (body >= 0 && bodytext >= MIN_ARTICLE)
		return body;
	/* a listing of teasers is no article */
	if (els[*top].narts >= LISTING_ARTS)
		return -1;
	for (e = *top; e >= 0; e = els[e].parent)
		if (els[e].flags & EL_ARTICLE)
			break;
	if (e < 0)
		return *top;
	/* one <article> of several, none of which holds most of the text */
	i = els[e].parent;
	if (i >= 0 && els[i].narts >= LISTING_ARTS &&
	    els[e].text * 2 < els[i].text)
		return -1;
	return els[e].narts <= 1 ? e : *top;
}

/* Siblings of the top element that score nearly as well join it. */
static void
siblings(struct page *pg, long top)
{
	struct hel	*els = (struct hel *)pg->els.p;
	const struct hblock *b = (const struct hblock *)pg->blocks.p;
	double		 min = els[top].score * (1 - density(&els[top])) * 0.2;
	long		 i, parent = els[top].parent;

	if (min < 10)
		min = 10;
	if (parent < 0)
		return;
	for (i = top + 1; i < pg->nels; i++)
		if (els[i].parent == parent && els[i].label == NULL &&
		    els[i].score * (1 - density(&els[i])) >= min)
			els[i].inmain = 1;
	for (i = 0; i < top; i++)
		if (els[i].parent == parent && els[i].label == NULL &&
		    els[i].score * (1 - density(&els[i])) >= min)
			els[i].inmain = 1;
	/* paragraphs beside it, long and with few links */
	for (i = 0; i < pg->nblocks; i++)
		if (b[i].kind == BK_P && b[i].label == NULL &&
		    els[b[i].el].parent == parent && b[i].len > 80 &&
		    b[i].links * 4 < b[i].len)
			els[b[i].el].inmain = 1;
}

size_t
extract_main(struct page *pg, long *titleblock)
{
	struct hel	*els = (struct hel *)pg->els.p;
	struct hblock	*b = (struct hblock *)pg->blocks.p;
	size_t		 text = 0;
	long		 i, root, top, h1 = -1;

	*titleblock = -1;
	for (i = 0; i < pg->nblocks; i++) {
		els[b[i].el].text += b[i].len;
		els[b[i].el].links += b[i].links;
	}
	for (i = pg->nels - 1; i > 0; i--) {
		if ((els[i].flags & EL_ARTICLE) && els[i].label == NULL)
			els[i].narts++;
		els[els[i].parent].text += els[i].text;
		els[els[i].parent].links += els[i].links;
		els[els[i].parent].narts += els[i].narts;
	}
	if ((root = main_element(pg, &top)) >= 0) {
		els[root].inmain = 1;
		if (root == top)
			siblings(pg, top);
		for (i = 1; i < pg->nels; i++)
			if (els[els[i].parent].inmain)
				els[i].inmain = 1;
	}
	for (i = 0; i < pg->nblocks; i++) {
		if (b[i].par == 0 || b[i].label != NULL)
			continue;
		if (!els[b[i].el].inmain)
			b[i].label = "outside";
		else if (b[i].links * 2 > b[i].len)
			b[i].label = "links";
	}
	/* the title: the first <h1> of the article, else of the page */
	for (i = 0; i < pg->nblocks; i++)
		if (b[i].kind == BK_H1 && b[i].par > 0) {
			if (b[i].label == NULL) {
				h1 = i;
				break;
			}
			if (h1 < 0 && strcmp(b[i].label, "outside") == 0)
				h1 = i;
		}
	if (h1 >= 0) {
		/* what stands above the headline in the article: kickers */
		for (i = 0; b[h1].label == NULL && i < h1; i++)
			if (b[i].par > 0 && b[i].label == NULL)
				b[i].label = "header";
		b[h1].label = "title";
		*titleblock = h1;
	}
	for (i = 0; i < pg->nblocks; i++)
		if (b[i].par > 0 && b[i].label == NULL)
			text += b[i].len;
	return text >= MIN_ARTICLE ? text : 0;
}
