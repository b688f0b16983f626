/*
 * html.c: a web page to paragraph records.
 *
 * page bytes (up to PAGE_MAX) -> UTF-8, in the charset decided from the
 * head -> gumbo's HTML5 tree, built in an arena dropped at once -> one
 * walk in document order: blocks of text (a <p>, a heading, a list item,
 * a quotation, a cell, text between <br><br>), each with the element
 * that holds it, its link text and the label of the boilerplate
 * container it is in; <title>, <meta>, <link rel=canonical>, JSON-LD ->
 * each block repaired and cleaned as a text line is -> extract.c chooses
 * the main text -> language -> boilerplate rules -> records.
 */
#include <err.h>
#include <errno.h>
#include <iconv.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>

#include "decode.h"
#include "html.h"
#include "tool.h"
#include "u8.h"

#define PAGE_MAX	(256u << 20)	/* longest page read */
#define CHUNK		(1u << 20)	/* gumbo's arena grows by this */
#define KEEP_CHUNKS	16		/* kept for the next page */
#define LANG_TEXT	(32u << 10)	/* article text read for the language */
#define BINARY_SPAN	(64u << 10)	/* text looked at for binary data */

/* --- gumbo's memory: an arena, given back at once after each page --- */

struct chunk {
	struct chunk	*next;
	size_t		 cap, used;
	alignas(max_align_t) unsigned char data[];
};

struct arena {
	struct chunk	*used;		/* the current chunk first */
	struct chunk	*spare;		/* kept from earlier pages */
	size_t		 nspare;
};

static void *
arena_alloc(void *ud, size_t n)
{
	struct arena	*a = ud;
	struct chunk	*c = a->used;
	size_t		 cap;

	n = (n + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1);
	if (c == NULL || c->cap - c->used < n) {
		if (n <= CHUNK / 4 && a->spare != NULL) {
			c = a->spare;
			a->spare = c->next;
			a->nspare--;
		} else {
			cap = n > CHUNK / 4 ? n : CHUNK;
			if ((c = malloc(sizeof(*c) + cap)) == NULL)
				abort();	/* gumbo cannot fail softly */
			c->cap = cap;
		}
		c->used = 0;
		if (n > CHUNK / 4 && a->used != NULL) {
			/* a big one goes behind the current chunk */
			c->next = a->used->next;
			a->used->next = c;
			c->used = n;
			return c->data;
		}
		c->next = a->used;
		a->used = c;
	}
	c->used += n;
	return c->data + c->used - n;
}

static void
arena_dealloc(void *ud, void *p)
{
	(void)ud;
	(void)p;
}

/* Gives the page's memory back: the usual chunks kept, up to a few. */
static void
arena_reset(struct arena *a, int all)
{
	struct chunk	*c, *next;

	for (c = a->used; c != NULL; c = next) {
		next = c->next;
		if (!all && c->cap == CHUNK && a->nspare < KEEP_CHUNKS) {
			c->next = a->spare;
			a->spare = c;
			a->nspare++;
		} else
			free(c);
	}
	a->used = NULL;
	if (all) {
		for (c = a->spare; c != NULL; c = next) {
			next = c->next;
			free(c);
		}
		a->spare = NULL;
		a->nspare = 0;
	}
}

void
page_free(struct page *pg)
{
	int	 i;

	if (pg->arena != NULL) {
		arena_reset(pg->arena, 1);
		free(pg->arena);
	}
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

/* --- the walk --- */

struct frame {
	const GumboNode	*n;
	unsigned	 i;		/* next child */
	long		 el;		/* its element, -1 when not kept */
	long		 owner;		/* the block element it is in */
	const char	*label;		/* inherited */
	unsigned	 flags;		/* inherited EL_IN_* */
	unsigned char	 block;		/* a block-level element */
	unsigned char	 link;		/* a link */
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

static const char *
attr(const GumboNode *n, const char *name)
{
	const GumboAttribute *a;

	a = gumbo_get_attribute(&n->v.element.attributes, name);
	return a ? a->value : NULL;
}

/* The text under a node, spaces collapsed, in b. */
static void
node_text(struct decoder *d, const GumboNode *top, struct buf *b)
{
	const GumboNode	*n = top;
	size_t		 i = 0;

	b->n = 0;
	if (top->type != GUMBO_NODE_ELEMENT)
		return;
	for (;;) {
		if (n->type == GUMBO_NODE_ELEMENT &&
		    i < n->v.element.children.length) {
			n = n->v.element.children.data[i];
			i = 0;
			if (n->type == GUMBO_NODE_TEXT ||
			    n->type == GUMBO_NODE_WHITESPACE ||
			    n->type == GUMBO_NODE_CDATA) {
				tool_check(d->w, buf_adds(b, n->v.text.text));
				i = n->index_within_parent + 1;
				n = n->parent;
			}
			continue;
		}
		if (n == top)
			break;
		i = n->index_within_parent + 1;
		n = n->parent;
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
meta_tag(struct decoder *d, const GumboNode *n)
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

	if ((content = attr(n, "content")) == NULL)
		return;
	if ((key = attr(n, "property")) == NULL &&
	    (key = attr(n, "name")) == NULL &&
	    (key = attr(n, "itemprop")) == NULL)
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

/* What an element says: head elements read, then its kind and label. */
static int
element(struct walk *wk, struct frame *f, const GumboNode *n)
{
	struct decoder	*d = wk->d;
	const char	*a, *b;
	struct hel	 e;
	struct elclass	 c;

	switch (n->v.element.tag) {
	case GUMBO_TAG_TITLE:
		node_text(d, n, &wk->pg->tmp);
		page_meta(d, META_TITLE, 1, wk->pg->tmp.p, wk->pg->tmp.n);
		return 0;
	case GUMBO_TAG_META:
		meta_tag(d, n);
		return 0;
	case GUMBO_TAG_LINK:
		if ((a = attr(n, "rel")) != NULL &&
		    strcasecmp(a, "canonical") == 0 &&
		    (b = attr(n, "href")) != NULL)
			page_meta(d, META_URL, 3, b, strlen(b));
		return 0;
	case GUMBO_TAG_SCRIPT:
		if ((a = attr(n, "type")) != NULL &&
		    strcasecmp(a, "application/ld+json") == 0) {
			node_text(d, n, &wk->pg->tmp);
			jsonld_read(d, wk->pg->tmp.p, wk->pg->tmp.n);
		}
		return 0;
	case GUMBO_TAG_TIME:
		if ((a = attr(n, "datetime")) != NULL)
			page_meta(d, META_DATE, (b = attr(n, "itemprop")) &&
			    strcasecmp(b, "datePublished") == 0 ? 2 : 1, a,
			    strlen(a));
		break;
	case GUMBO_TAG_A:
		if ((a = attr(n, "rel")) != NULL && strcasecmp(a, "author") ==
		    0) {
			node_text(d, n, &wk->pg->tmp);
			page_meta(d, META_AUTHOR, 1, wk->pg->tmp.p,
			    wk->pg->tmp.n);
		}
		break;
	default:
		break;
	}
	if (!el_classify(n, f->flags, &c))
		return 0;		/* nothing to read in it */
	memset(&e, 0, sizeof(e));
	e.parent = f->el;
	e.flags = c.flags;
	e.kind = c.kind;
	e.label = f->label ? f->label : c.label;
	tool_check(d->w, buf_add(&wk->pg->els, &e, sizeof(e)));
	f[1].el = wk->pg->nels++;
	f[1].label = e.label;
	f[1].flags = f->flags | (c.flags & (EL_ARTICLE | EL_MAIN | EL_BODY));
	f[1].block = c.kind != BK_INLINE;
	f[1].owner = f[1].block ? f[1].el : f->owner;
	f[1].link = n->v.element.tag == GUMBO_TAG_A && attr(n, "href");
	return 1;
}

/* Walks the tree in document order, without recursion. */
static void
walk(struct decoder *d, const GumboNode *root)
{
	struct walk	 wk;
	struct frame	*f;
	const GumboNode	*n;
	struct hel	 top;
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
	f->el = f->owner = 0;
	for (;;) {
		f = (struct frame *)d->pg.stack.p + depth;
		n = f->n;
		if (f->i >= n->v.element.children.length) {
			if (f->block)
				flush(&wk);
			if (f->link)
				wk.links--;
			if (depth-- == 0)
				break;
			continue;
		}
		n = n->v.element.children.data[f->i++];
		switch (n->type) {
		case GUMBO_NODE_TEXT:
		case GUMBO_NODE_CDATA:
		case GUMBO_NODE_WHITESPACE:
			add_text(&wk, f, n->v.text.text);
			continue;
		case GUMBO_NODE_ELEMENT:
			break;
		default:
			continue;
		}
		if (n->v.element.tag == GUMBO_TAG_BR) {
			wk.brs++;
			continue;
		}
		cap = d->pg.stack.cap / sizeof(*f);
		if (depth + 2 >= cap) {
			/* n stays 0: room is asked for from the start */
			tool_check(d->w, buf_reserve(&d->pg.stack,
			    2 * (depth + 2) * sizeof(*f)));
			f = (struct frame *)d->pg.stack.p + depth;
		}
		memset(f + 1, 0, sizeof(*f));
		if (!element(&wk, f, n))
			continue;
		f[1].n = n;
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
	static GumboOptions opts;
	GumboOutput	*out;
	long		 titleblock = -1;
	int		 cut, r, i, status = 0;
	unsigned long	 content;

	if (pg->arena == NULL && (pg->arena = calloc(1,
	    sizeof(struct arena))) == NULL)
		tool_check(d->w, -1);
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
	opts = kGumboDefaultOptions;
	opts.allocator = arena_alloc;
	opts.deallocator = arena_dealloc;
	opts.userdata = pg->arena;
	opts.max_errors = 0;
	out = gumbo_parse_with_options(&opts, pg->u8.p ? pg->u8.p : "",
	    pg->u8.n);
	walk(d, out->root);
	/* the tree lives in the arena: no gumbo_destroy_output */
	arena_reset(pg->arena, 0);
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
