/*
 * html.c: a web page to paragraph records.
 *
 * page bytes (up to PAGE_MAX) -> UTF-8, in the charset decided from the
 * head -> the references and comments that libxml2 would read otherwise
 * than HTML5 written again -> libxml2's HTML tree (one parser kept from
 * page to page) -> one walk in document order: blocks of text (a <p>, a
 * heading, a list item, a quotation, a cell, text between <br><br>),
 * each with the element that holds it, its link text and the label of
 * the boilerplate container it is in; <title>, <meta>, <link
 * rel=canonical>, JSON-LD -> each block repaired and cleaned as a text
 * line is -> extract.c chooses the main text -> language -> boilerplate
 * rules -> records.
 */
#include <err.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "decode.h"
#include "html.h"
#include "tool.h"
#include "u8.h"

#define PAGE_MAX	(256u << 20)	/* longest page read */
#define LANG_TEXT	(32u << 10)	/* article text read for the language */
#define BINARY_SPAN	(64u << 10)	/* text looked at for binary data */
#define DICT_MAX	50000		/* names the parser keeps, at most */

/*
 * libxml2's HTML parser: no network, no messages, small texts inside
 * their nodes, the page already in UTF-8 whatever its <meta> says, and
 * no limit on depth or length (a page is PAGE_MAX at most).
 */
#define PARSE_OPTIONS	(HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | \
			 HTML_PARSE_NOWARNING | HTML_PARSE_NONET | \
			 HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | \
			 XML_PARSE_HUGE)

void
page_free(struct page *pg)
{
	int	 i;

	if (pg->parser != NULL)
		htmlFreeParserCtxt(pg->parser);
	buf_free(&pg->raw);
	buf_free(&pg->u8);
	buf_free(&pg->text);
	buf_free(&pg->clean);
	buf_free(&pg->blocks);
	buf_free(&pg->els);
	buf_free(&pg->stack);
	for (i = 0; i < NMETA; i++)
		buf_free(&pg->meta[i]);
	buf_free(&pg->title);
	buf_free(&pg->tmp);
	memset(pg, 0, sizeof(*pg));
}

/* --- reading and converting the page --- */

/* Reads the rest of the page after the head; returns 0, or -1 (errno). */
static int
read_page(struct decoder *d, int whole, int *cut)
{
	struct page	*pg = &d->pg;
	ssize_t		 r;
	char		 spill[4096];

	pg->raw.n = 0;
	*cut = 0;
	if (buf_add(&pg->raw, d->head.p + d->g.bom, d->head.n - d->g.bom))
		return -1;
	while (!whole) {
		if (pg->raw.n >= PAGE_MAX) {
			/* the rest is read, to tell, then dropped */
			if ((r = input_read(&d->in, spill, sizeof(spill))) <= 0)
				return (int)r;
			*cut = 1;
			continue;
		}
		if (buf_reserve(&pg->raw, 1u << 20) == -1)
			return -1;
		r = input_read(&d->in, pg->raw.p + pg->raw.n,
		    pg->raw.cap - pg->raw.n < PAGE_MAX - pg->raw.n ?
		    pg->raw.cap - pg->raw.n : PAGE_MAX - pg->raw.n);
		if (r == -1)
			return -1;
		if (r == 0)
			break;
		pg->raw.n += (size_t)r;
	}
	return 0;
}

/* A whole buffer through iconv, bad sequences as U+FFFD. */
static long
iconv_all(const char *charset, const char *s, size_t n, struct buf *out)
{
	iconv_t		 cd;
	char		*ip = (char *)s, *op;
	size_t		 il = n, ol;
	long		 bad = 0;

	if ((cd = iconv_open("UTF-8", charset)) == (iconv_t)-1)
		return -2;
	while (il > 0) {
		if (buf_reserve(out, il * 4 + 16) == -1) {
			iconv_close(cd);
			return -1;
		}
		op = out->p + out->n;
		ol = out->cap - out->n;
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 &&
		    errno != E2BIG) {
			out->n = out->cap - ol;
			if (buf_add(out, "\xEF\xBF\xBD", 3) == -1) {
				iconv_close(cd);
				return -1;
			}
			ip++;
			il--;
			bad++;
			continue;
		}
		out->n = out->cap - ol;
	}
	iconv_close(cd);
	return bad;
}

/* The page in UTF-8 in pg->u8; returns 0, -1 (memory) or -2 (iconv). */
static int
to_utf8(struct decoder *d)
{
	struct page	*pg = &d->pg;
	const char	*p = pg->raw.p, *end = p + pg->raw.n, *nl;
	long		 k;
	int		 t;

	pg->u8.n = 0;
	switch (d->g.kind) {
	case CS_SINGLE:
		if (sbcs_ready(&d->det.cs[d->g.sbcs]) == -1)
			return -1;
		if ((k = sbcs_convert(&d->det.cs[d->g.sbcs], p, pg->raw.n,
		    &pg->u8)) < 0)
			return -1;
		d->st.invalid += (unsigned long)k;
		return 0;
	case CS_UTF8:
		if (u8_valid_prefix(p, pg->raw.n) == pg->raw.n)
			return buf_add(&pg->u8, p, pg->raw.n);
		/* line by line: legacy lines in a legacy charset */
		for (; p < end; p = nl) {
			nl = memchr(p, '\n', (size_t)(end - p));
			nl = nl ? nl + 1 : end;
			if (u8_valid_prefix(p, (size_t)(nl - p)) ==
			    (size_t)(nl - p)) {
				if (buf_add(&pg->u8, p, (size_t)(nl - p)))
					return -1;
				continue;
			}
			if (d->o.charset != NULL) {
				k = u8_sanitize(&pg->u8, p, (size_t)(nl - p));
			} else {
				if (d->g.fallback < 0)
					d->g.fallback = guess_sbcs(&d->det, p,
					    (size_t)(nl - p));
				t = d->g.fallback;
				if (sbcs_ready(&d->det.cs[t]) == -1)
					return -1;
				k = sbcs_convert(&d->det.cs[t], p,
				    (size_t)(nl - p), &pg->u8);
				d->st.mixed_lines++;
			}
			if (k < 0)
				return -1;
			d->st.invalid += (unsigned long)k;
		}
		return 0;
	case CS_WIDE:
		if ((k = iconv_all(d->g.name, p, pg->raw.n, &pg->u8)) < 0)
			return (int)k;
		d->st.invalid += (unsigned long)k;
		return 0;
	}
	return 0;
}

/*
 * Whether the text is binary data rather than a page: in its first 64
 * KiB, more than one character in a hundred is a control (TAB, LF, CR
 * and FF aside), a C1 control or U+FFFD.
 */
static int
binary(const char *s, size_t n)
{
	size_t	 i, bad = 0;

	if (n > BINARY_SPAN)
		n = BINARY_SPAN;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
		    c != '\f') || c == 0x7f)
			bad++;
		else if (c == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9f)
			bad++;
		else if (c == 0xEF && i + 2 < n && s[i + 1] == '\xBF' &&
		    s[i + 2] == '\xBD')
			bad++;
	}
	return bad >= 4 && bad * 100 > n;
}

/* --- what libxml2 reads otherwise than HTML5 --- */

/*
 * libxml2 2.9 knows the references of HTML 4 only, with their ';', and
 * writes the numbers of numeric ones as they are; HTML5 (what pages are
 * written for) knows 2,231 names, some without ';', and reads 0x80-0x9F
 * as windows-1252: &rsquor; &copy &#150; &lang; are written again as
 * &#8217; &#169; &#8211; &#10216;.  HTML5 drops <!...> and <?...> up to
 * the next '>' and ends a comment at --!> too, where libxml2 keeps them
 * as text: they are taken out.  Scripts and styles are left as they are.
 */
struct fixup {
	struct decoder	*d;
	struct buf	*out;		/* the page written again */
	const char	*done;		/* what is in out, or needs not be */
	const char	*end;
};

/* [from, to) of the page replaced by r (n bytes). */
static void
fix(struct fixup *fx, const char *from, const char *to, const char *r,
    size_t n)
{
	tool_check(fx->d->w, buf_add(fx->out, fx->done,
	    (size_t)(from - fx->done)));
	tool_check(fx->d->w, buf_add(fx->out, r, n));
	fx->done = to;
}

/* The references in [p, e), in text or in a tag. */
static void
fix_references(struct fixup *fx, const char *p, const char *e, int intext)
{
	const htmlEntityDesc *x;
	const char	*amp;
	char		 r[32];
	size_t		 len, rn;
	int32_t		 cp[2];
	long		 number;
	int		 same;

	for (; (amp = memchr(p, '&', (size_t)(e - p))) != NULL;
	    p = amp + (len > 0 ? len : 1)) {
		len = html_reference(amp, (size_t)(fx->end - amp),
		    &fx->d->det.cs[fx->d->w1252], intext, cp, &number);
		if (len == 0)
			continue;
		if (number >= 0)
			same = number == cp[0];
		else if (amp[len - 1] != ';' || len - 2 >= sizeof(r))
			same = 0;
		else {
			memcpy(r, amp + 1, len - 2);
			r[len - 2] = '\0';
			same = (x = htmlEntityLookup((const xmlChar *)r)) !=
			    NULL && cp[1] == 0 && x->value == (unsigned)cp[0];
		}
		if (same)
			continue;
		rn = (size_t)snprintf(r, sizeof(r), "&#%ld;", (long)cp[0]);
		if (cp[1] != 0)
			rn += (size_t)snprintf(r + rn, sizeof(r) - rn, "&#%ld;",
			    (long)cp[1]);
		fix(fx, amp, amp + len, r, rn);
	}
}

/* Whether s starts with name (any case), then a space, '/' or '>'. */
static int
tag_is(const char *s, const char *end, const char *name, size_t k)
{
	return (size_t)(end - s) > k && strncasecmp(s, name, k) == 0 &&
	    strchr(" \t\n\r\f/>", s[k]) != NULL;
}

/* Where the raw text of a <script> or <style> ends: at its end tag. */
static const char *
raw_end(const char *s, const char *end, const char *name, size_t k)
{
	while ((s = memchr(s, '<', (size_t)(end - s))) != NULL) {
		if ((size_t)(end - s) > k + 2 && s[1] == '/' &&
		    strncasecmp(s + 2, name, k) == 0)
			return s;
		s++;
	}
	return end;
}

static int
alpha(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Just after the first c in [s, end), or end. */
static const char *
past(const char *s, const char *end, const char *c)
{
	const char	*q;

	q = memmem(s, (size_t)(end - s), c, strlen(c));
	return q != NULL ? q + strlen(c) : end;
}

/*
 * The page as libxml2 should read it: s itself, or out when something
 * was written again (its length then in *n).
 */
static const char *
fixup(struct decoder *d, const char *s, size_t *n, struct buf *out)
{
	struct fixup	 fx;
	const char	*p = s, *end = s + *n, *lt, *gt, *q;
	int		 intag = 0;

	memset(&fx, 0, sizeof(fx));
	fx.d = d;
	fx.out = out;
	fx.done = s;
	fx.end = end;
	out->n = 0;
	while (p < end) {
		if ((lt = memchr(p, '<', (size_t)(end - p))) == NULL)
			lt = end;
		gt = p;
		if (intag) {
			gt = memchr(p, '>', (size_t)(lt - p));
			fix_references(&fx, p, gt != NULL ? gt : lt, 0);
			if (gt == NULL && lt < end) {
				/* a '<' in a value: <img alt="a<b"> */
				p = lt + 1;
				continue;
			}
		}
		if (gt != NULL)
			fix_references(&fx, gt, lt, 1);
		if (lt == end)
			break;
		p = lt + 1;
		intag = 0;
		if (end - p >= 3 && p[0] == '!' && p[1] == '-' &&
		    p[2] == '-') {
			if ((end - p >= 4 && p[3] == '>') || (end - p >= 5 &&
			    p[3] == '-' && p[4] == '>')) {
				/* <!--> and <!---> */
				p += p[3] == '>' ? 4 : 5;
				fix(&fx, lt, p, "", 0);
				continue;
			}
			q = past(p + 3, end, "-->");
			gt = past(p + 3, q, "--!>");
			if (gt < q)
				fix(&fx, lt, gt, "", 0);
			p = gt < q ? gt : q;
		} else if (p < end && (p[0] == '?' || (p[0] == '!' &&
		    !tag_is(p + 1, end, "doctype", 7)))) {
			p = past(p, end, ">");
			fix(&fx, lt, p, "", 0);
		} else if (tag_is(p, end, "script", 6))
			p = raw_end(p + 6, end, "script", 6);
		else if (tag_is(p, end, "style", 5))
			p = raw_end(p + 5, end, "style", 5);
		else if (p < end && (p[0] == '/' ? end - p > 1 &&
		    alpha(p[1]) : alpha(p[0])))
			intag = 1;
	}
	if (fx.done == s)
		return s;
	tool_check(d->w, buf_add(out, fx.done, (size_t)(end - fx.done)));
	*n = out->n;
	return out->p;
}

/* --- the walk --- */

struct frame {
	const xmlNode	*n;
	const xmlNode	*next;		/* next child */
	long		 el;		/* its element, -1 when not kept */
	long		 owner;		/* the block element it is in */
	const char	*label;		/* inherited */
	unsigned	 flags;		/* inherited EL_IN_* */
	unsigned char	 block;		/* a block-level element */
	unsigned char	 link;		/* a link */
	unsigned char	 top;		/* the document or an <html> */
	unsigned char	 head;		/* <head> */
};

struct walk {
	struct page	*pg;
	struct decoder	*d;
	long		 links;		/* links open */
	size_t		 start;		/* the open block's text */
	size_t		 blinks;	/* its link bytes */
	long		 owner;		/* its element */
	const char	*label;
	int		 brs;		/* <br> seen since the last text */
	int		 space;		/* a space is due before more text */
	int		 inbody;	/* body holds what follows </body> */
	int		 implied;	/* and it is an implied one */
	struct frame	 body;		/* <body>, or the one HTML5 implies */
};

static struct hel *
el_at(struct page *pg, long i)
{
	return (struct hel *)pg->els.p + i;
}

/* Ends the open block: kept when it has text. */
static void
flush(struct walk *wk)
{
	struct page	*pg = wk->pg;
	struct hblock	 b;

	if (pg->text.n > wk->start) {
		memset(&b, 0, sizeof(b));
		b.off = wk->start;
		b.len = pg->text.n - wk->start;
		b.links = wk->blinks;
		b.el = wk->owner;
		b.kind = el_at(pg, wk->owner)->kind;
		b.label = wk->label;
		tool_check(wk->d->w, buf_add(&pg->blocks, &b, sizeof(b)));
		pg->nblocks++;
	}
	wk->start = pg->text.n;
	wk->blinks = 0;
	wk->brs = 0;
	wk->space = 0;
}

/* Text of the page, spaces collapsed, into the open block. */
static void
add_text(struct walk *wk, const struct frame *f, const char *s)
{
	struct page	*pg = wk->pg;
	const unsigned char *p = (const unsigned char *)s;
	size_t		 before;
	int		 sp = wk->space;

	for (; *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' ||
	    *p == '\f'; p++)
		sp = 1;
	if (*p == '\0') {
		wk->space = sp || wk->space;
		return;
	}
	if (wk->brs >= 2)
		flush(wk);
	else if (wk->brs == 1)
		sp = 1;
	wk->brs = 0;
	if (pg->text.n == wk->start) {
		wk->owner = f->owner;
		wk->label = f->label;
		sp = 0;
	}
	before = pg->text.n;
	if (sp)
		tool_check(wk->d->w, buf_addc(&pg->text, ' '));
	sp = 0;
	tool_check(wk->d->w, buf_reserve(&pg->text, strlen((const char *)p)));
	for (; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' ||
		    *p == '\f') {
			sp = 1;
			continue;
		}
		if (sp)
			pg->text.p[pg->text.n++] = ' ';
		sp = 0;
		if (pg->text.n == pg->text.cap)
			tool_check(wk->d->w, buf_reserve(&pg->text, 64));
		pg->text.p[pg->text.n++] = (char)*p;
	}
	wk->space = sp;
	if (wk->links > 0)
		wk->blinks += pg->text.n - before;
}

/* The text under a node, spaces collapsed, in b. */
static void
node_text(struct decoder *d, const xmlNode *top, struct buf *b)
{
	const xmlNode	*n = top->children;

	b->n = 0;
	while (n != NULL) {
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE)
			tool_check(d->w, buf_adds(b,
			    (const char *)n->content));
		else if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != top && n->next == NULL)
			n = n->parent;
		if (n == top)
			break;
		n = n->next;
	}
}

void
page_meta(struct decoder *d, int which, int prio, const char *s, size_t n)
{
	struct page	*pg = &d->pg;
	struct buf	*b = which == META_TITLE ? &pg->title :
			    &pg->meta[which];
	int		 edges;

	if (pg->prio[which] >= prio || n == 0)
		return;
	d->clean.n = 0;
	if (clean_line(s, n, d->o.plain_spaces, &d->clean, d->work,
	    &d->st.clean, &edges) == -1)
		tool_check(d->w, -1);
	if (d->clean.n == 0)
		return;
	b->n = 0;
	tool_check(d->w, buf_add(b, d->clean.p, d->clean.n));
	tool_check(d->w, buf_nul(b));
	pg->prio[which] = prio;
}

/* <meta name|property|itemprop=... content=...> */
static void
meta_tag(struct decoder *d, const xmlNode *n)
{
	static const struct {
		const char *key;
		int	 which, prio;
	} keys[] = {
		{ "og:title", META_TITLE, 3 },
		{ "twitter:title", META_TITLE, 2 },
		{ "og:site_name", META_SITE, 3 },
		{ "application-name", META_SITE, 1 },
		{ "og:url", META_URL, 2 },
		{ "article:published_time", META_DATE, 3 },
		{ "datepublished", META_DATE, 3 },
		{ "date", META_DATE, 2 },
		{ "pubdate", META_DATE, 2 },
		{ "publish-date", META_DATE, 2 },
		{ "dc.date.issued", META_DATE, 2 },
		{ "dc.date", META_DATE, 1 },
		{ "author", META_AUTHOR, 3 },
		{ "article:author", META_AUTHOR, 2 },
		{ "dc.creator", META_AUTHOR, 2 },
	};
	const char	*key, *content;
	size_t		 i;

	if ((content = el_attr(n, "content")) == NULL)
		return;
	if ((key = el_attr(n, "property")) == NULL &&
	    (key = el_attr(n, "name")) == NULL &&
	    (key = el_attr(n, "itemprop")) == NULL)
		return;
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strcasecmp(key, keys[i].key) != 0)
			continue;
		/* a profile's address is not a name */
		if (keys[i].which == META_AUTHOR &&
		    strncmp(content, "http", 4) == 0)
			return;
		page_meta(d, keys[i].which, keys[i].prio, content,
		    strlen(content));
		return;
	}
}

/*
 * What an element says: head elements read, then its kind and label;
 * returns 1 with its frame in c when the walk goes into it.
 */
static int
element(struct walk *wk, const struct frame *f, struct frame *c,
    const xmlNode *n, enum tag tag)
{
	struct decoder	*d = wk->d;
	const char	*a, *b;
	struct hel	 e;
	struct elclass	 k;

	switch (tag) {
	case T_TITLE:
		node_text(d, n, &wk->pg->tmp);
		page_meta(d, META_TITLE, 1, wk->pg->tmp.p, wk->pg->tmp.n);
		return 0;
	case T_META:
		meta_tag(d, n);
		return 0;
	case T_LINK:
		if ((a = el_attr(n, "rel")) != NULL &&
		    strcasecmp(a, "canonical") == 0 &&
		    (b = el_attr(n, "href")) != NULL)
			page_meta(d, META_URL, 3, b, strlen(b));
		return 0;
	case T_SCRIPT:
		if ((a = el_attr(n, "type")) != NULL &&
		    strcasecmp(a, "application/ld+json") == 0) {
			node_text(d, n, &wk->pg->tmp);
			jsonld_read(d, wk->pg->tmp.p, wk->pg->tmp.n);
		}
		return 0;
	case T_TIME:
		if ((a = el_attr(n, "datetime")) != NULL)
			page_meta(d, META_DATE, (b = el_attr(n, "itemprop")) &&
			    strcasecmp(b, "datePublished") == 0 ? 2 : 1, a,
			    strlen(a));
		break;
	case T_A:
		if ((a = el_attr(n, "rel")) != NULL && strcasecmp(a, "author") ==
		    0) {
			node_text(d, n, &wk->pg->tmp);
			page_meta(d, META_AUTHOR, 1, wk->pg->tmp.p,
			    wk->pg->tmp.n);
		}
		break;
	default:
		break;
	}
	if (!el_classify(n, tag, f->flags, &k))
		return 0;		/* nothing to read in it */
	memset(&e, 0, sizeof(e));
	e.parent = f->el;
	e.flags = k.flags;
	e.kind = k.kind;
	e.label = f->label ? f->label : k.label;
	tool_check(d->w, buf_add(&wk->pg->els, &e, sizeof(e)));
	memset(c, 0, sizeof(*c));
	c->n = n;
	c->next = n->children;
	c->el = wk->pg->nels++;
	c->label = e.label;
	c->flags = f->flags | (k.flags & (EL_ARTICLE | EL_MAIN | EL_BODY));
	c->block = k.kind != BK_INLINE;
	c->owner = c->block ? c->el : f->owner;
	c->link = tag == T_A && el_attr(n, "href");
	return 1;
}

/* Whether HTML5 keeps an element in <head>, or opens <body> for it. */
static int
head_element(enum tag tag)
{
	switch (tag) {
	case T_BASE: case T_LINK: case T_META: case T_NOSCRIPT: case T_SCRIPT:
	case T_STYLE: case T_TEMPLATE: case T_TITLE:
		return 1;
	default:
		return 0;
	}
}

/* The <body> that HTML5 opens for what libxml2 left in <head>. */
static const struct frame *
implied_body(struct walk *wk, const struct frame *html)
{
	struct hel	 e;

	if (wk->inbody)
		return &wk->body;
	memset(&e, 0, sizeof(e));
	e.parent = html->el;
	e.kind = BK_DIV;
	tool_check(wk->d->w, buf_add(&wk->pg->els, &e, sizeof(e)));
	memset(&wk->body, 0, sizeof(wk->body));
	wk->body.el = wk->body.owner = wk->pg->nels++;
	wk->body.block = 1;
	wk->inbody = wk->implied = 1;
	return &wk->body;
}

/*
 * Walks the tree in document order, without recursion.  The <html>
 * elements (libxml2 makes another for what follows </html>) are the
 * page's top, as HTML5's single root is; as HTML5 does, what libxml2
 * left beside <body> after </body> is read as in the body, and so is
 * what it left in <head> for want of knowing it (<article>, <header>
 * and the other elements of HTML5, when no </head> came before).
 */
static void
walk(struct decoder *d, const xmlNode *root)
{
	struct walk	 wk;
	struct frame	*f;
	const struct frame *p;
	const xmlNode	*n;
	struct hel	 top;
	enum tag	 tag;
	size_t		 depth = 0, cap;

	memset(&wk, 0, sizeof(wk));
	wk.pg = &d->pg;
	wk.d = d;
	memset(&top, 0, sizeof(top));
	top.parent = -1;
	top.kind = BK_DIV;
	tool_check(d->w, buf_add(&d->pg.els, &top, sizeof(top)));
	d->pg.nels = 1;
	d->pg.stack.n = 0;
	tool_check(d->w, buf_reserve(&d->pg.stack, 64 * sizeof(*f)));
	f = (struct frame *)d->pg.stack.p;
	memset(f, 0, sizeof(*f));
	f->n = root;
	f->next = root != NULL ? root->children : NULL;
	f->el = f->owner = 0;
	f->top = 1;
	for (;;) {
		f = (struct frame *)d->pg.stack.p + depth;
		if ((n = f->next) == NULL) {
			if (f->block)
				flush(&wk);
			if (f->link)
				wk.links--;
			if (depth-- == 0)
				break;
			continue;
		}
		f->next = n->next;
		p = f->top && wk.inbody ? &wk.body : f;
		switch (n->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			add_text(&wk, p, (const char *)n->content);
			continue;
		case XML_ELEMENT_NODE:
			break;
		default:
			continue;
		}
		if ((tag = tag_of((const char *)n->name)) == T_BR) {
			wk.brs++;
			continue;
		}
		cap = d->pg.stack.cap / sizeof(*f);
		if (depth + 2 >= cap) {
			/* n stays 0: room is asked for from the start */
			tool_check(d->w, buf_reserve(&d->pg.stack,
			    2 * (depth + 2) * sizeof(*f)));
			f = (struct frame *)d->pg.stack.p + depth;
			if (p != &wk.body)
				p = f;
		}
		if (f->top && (tag == T_HTML || tag == T_HEAD ||
		    tag == T_BODY))
			p = f;
		if (f->head && !head_element(tag))
			p = implied_body(&wk, f - 1);
		if ((f->top && tag == T_HTML) || (f->top && tag == T_BODY &&
		    wk.implied)) {
			/* one root; one body, that HTML5 implied earlier */
			f[1] = tag == T_HTML ? *f : wk.body;
			f[1].n = n;
			f[1].next = n->children;
			depth++;
			continue;
		}
		if (!element(&wk, p, f + 1, n, tag))
			continue;
		if (f->top && tag == T_BODY) {
			wk.body = f[1];
			wk.inbody = 1;
		}
		f[1].head = f->top && tag == T_HEAD;
		if (f[1].link)
			wk.links++;
		if (f[1].block)
			flush(&wk);
		depth++;
	}
	flush(&wk);
}

/* --- blocks to records --- */

/* Each block repaired and cleaned into pg->clean, and numbered. */
static void
clean_blocks(struct decoder *d)
{
	struct page	*pg = &d->pg;
	struct hblock	*b = (struct hblock *)pg->blocks.p;
	const char	*t;
	size_t		 tn;
	long		 i;
	int		 edges;

	pg->clean.n = 0;
	for (i = 0; i < pg->nblocks; i++, b++) {
		t = pg->text.p + b->off;
		tn = b->len;
		repair_text(d, &t, &tn);
		d->clean.n = 0;
		if (clean_line(t, tn, d->o.plain_spaces, &d->clean, d->work,
		    &d->st.clean, &edges) == -1)
			tool_check(d->w, -1);
		if (b->links > d->clean.n)
			b->links = d->clean.n;
		b->off = pg->clean.n;
		b->len = d->clean.n;
		b->par = b->len > 0 ? ++d->par : 0;
		tool_check(d->w, buf_add(&pg->clean, d->clean.p,
		    d->clean.n));
	}
}

/* The language of the article's text, then its rules. */
static void
page_language(struct decoder *d)
{
	struct page	*pg = &d->pg;
	const struct hblock *b = (const struct hblock *)pg->blocks.p;
	long		 i;

	d->hold.n = 0;
	for (i = 0; i < pg->nblocks && d->hold.n < LANG_TEXT; i++)
		if (b[i].par > 0 && b[i].label == NULL) {
			tool_check(d->w, buf_add(&d->hold, pg->clean.p +
			    b[i].off, b[i].len));
			tool_check(d->w, buf_addc(&d->hold, '\n'));
		}
	decide_language(d);
	d->hold.n = 0;
}

/*
 * A <title> is often "headline | site": the longest of its parts
 * between " | ", " - ", " – ", " — ", " · " or " :: " is the headline.
 */
static void
title_part(struct page *pg)
{
	static const char *const seps[] = { " | ", " - ", " \u2013 ",
	    " \u2014 ", " \u00b7 ", " :: ", NULL };
	const char *const *sp;
	const char	*p, *end, *q, *best = NULL, *next;
	size_t		 bestn = 0, k;

	if (pg->prio[META_TITLE] != 1 || pg->title.n == 0)
		return;
	p = pg->title.p;
	end = p + pg->title.n;
	while (p < end) {
		next = end;
		k = 0;
		for (sp = seps; *sp != NULL; sp++)
			if ((q = memmem(p, (size_t)(end - p), *sp,
			    strlen(*sp))) != NULL && q < next) {
				next = q;
				k = strlen(*sp);
			}
		if ((size_t)(next - p) > bestn) {
			best = p;
			bestn = (size_t)(next - p);
		}
		p = next + k;
	}
	if (best != NULL && bestn < pg->title.n) {
		memmove(pg->title.p, best, bestn);
		pg->title.n = bestn;
	}
}

/* Writes the title record and the blocks; returns the article's. */
static unsigned long
write_page(struct decoder *d, long titleblock, int article)
{
	struct page	*pg = &d->pg;
	struct hblock	*b = (struct hblock *)pg->blocks.p;
	const char	*rule;
	unsigned long	 content = 0;
	long		 i;

	for (i = 0; i < pg->nblocks; i++)
		if (b[i].par > 0 && b[i].label == NULL &&
		    (rule = boilerplate(d, pg->clean.p + b[i].off,
		    b[i].len)) != NULL)
			b[i].label = rule;
	for (i = 0; article && i < pg->nblocks; i++)
		if (b[i].par > 0 && b[i].label == NULL)
			content++;
	if (content == 0 && !d->o.keep)
		return 0;
	if (titleblock >= 0)
		write_record(d, 0, NULL, pg->clean.p + b[titleblock].off,
		    b[titleblock].len);
	else if (pg->title.n > 0) {
		title_part(pg);
		write_record(d, 0, NULL, pg->title.p, pg->title.n);
	}
	for (i = 0; i < pg->nblocks; i++, b++) {
		if (b->par == 0)
			continue;
		if (b->label == NULL && !article)
			b->label = "noarticle";
		if (b->label != NULL) {
			d->st.dropped++;
			if (!d->o.keep)
				continue;
		}
		write_record(d, b->par, b->label, pg->clean.p + b->off,
		    b->len);
	}
	return content;
}

int
html_doc(struct decoder *d, int whole)
{
	struct page	*pg = &d->pg;
	htmlDocPtr	 doc;
	const char	*s;
	size_t		 n;
	long		 titleblock = -1;
	int		 cut, r, i, status = 0;
	unsigned long	 content;

	pg->text.n = pg->blocks.n = pg->els.n = pg->title.n = 0;
	pg->nblocks = pg->nels = 0;
	for (i = 0; i < NMETA; i++)
		pg->meta[i].n = 0;
	memset(pg->prio, 0, sizeof(pg->prio));
	for (i = 0; i < NMETA; i++)
		tool_check(d->w, buf_nul(&pg->meta[i]));
	if (read_page(d, whole, &cut) == -1) {
		warn("%s", d->name);
		return 2;
	}
	if (cut)
		warnx("%s: page longer than %u MiB, the rest is not read",
		    d->name, PAGE_MAX >> 20);
	if ((r = to_utf8(d)) == -2) {
		warnx("%s: charset %s unknown to iconv", d->name, d->g.name);
		return 2;
	} else if (r == -1)
		tool_check(d->w, -1);
	if (binary(pg->u8.p, pg->u8.n)) {
		warnx("%s: binary data, not a web page, skipped", d->name);
		return 2;
	}
	if (pg->parser == NULL && (pg->parser = htmlNewParserCtxt()) == NULL)
		tool_check(d->w, -1);
	n = pg->u8.n;
	s = fixup(d, pg->u8.p ? pg->u8.p : "", &n, &pg->tmp);
	doc = htmlCtxtReadMemory(pg->parser, s, (int)n, NULL, "UTF-8",
	    PARSE_OPTIONS);
	walk(d, (const xmlNode *)doc);
	if (doc != NULL)
		xmlFreeDoc(doc);
	/* the names of elements and attributes seen pile up in its dict */
	if (xmlDictSize(((htmlParserCtxtPtr)pg->parser)->dict) > DICT_MAX) {
		htmlFreeParserCtxt(pg->parser);
		pg->parser = NULL;
	}
	clean_blocks(d);
	content = extract_main(pg, &titleblock);
	page_language(d);
	content = write_page(d, titleblock, content > 0);
	if (d->o.verbose)
		doc_report(d);
	if (d->in.corrupt || d->in.truncated) {
		warnx("%s: gzip data %s, the rest is lost", d->name,
		    d->in.corrupt ? "corrupt" : "truncated");
		status = 2;
	}
	if (content == 0) {
		warnx("%s: no article found", d->name);
		return status ? status : 1;
	}
	return status ? status : cut;
}
