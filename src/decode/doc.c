/*
 * doc.c: one document through decode's stages.
 *
 * bytes -> lines (lreader over the file, or over iconv for UTF-16/32)
 *       -> UTF-8 (table, or per line for UTF-8 with legacy lines)
 *       -> mojibake repair -> HTML references -> clean NFC line
 *       -> held until the language and the paragraph mode are known
 *       -> paragraphs -> boilerplate rules -> records.
 * Memory: the 1 MiB head for detection, 256 KiB of held lines and one
 * paragraph (written in parts past 16 MiB).
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "decode.h"
#include "tool.h"
#include "u8.h"

#define HEAD_MAX	(1u << 20)	/* bytes read for detection */
#define HOLD_MAX	(256u << 10)	/* text held for language, mode */
#define LANGID_TEXT	(32u << 10)	/* text read for the language */
#define PARA_MAX	(16u << 20)	/* longest paragraph record */

enum { JOIN_TIGHT = 1, JOIN_SPACE };	/* how a part joins the one before */

static int
rules_entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct ruleset	*rs = ctx;

	if (strcmp(kind, "boilerplate") != 0) {
		/* other tools' sections may share the file */
		return 0;
	}
	return ruleset_entry(rs, kind, lang ? lang : rs->lang, s, n, file,
	    line, err);
}

int
decoder_init(struct decoder *d, const struct dopts *o, struct rwriter *w,
    const char *const *files, size_t nfiles, struct rules_err *err)
{
	const char *const *code;
	const char	*text;
	size_t		 len, i;
	struct buf	 b = { 0 };

	memset(d, 0, sizeof(*d));
	d->o = *o;
	d->w = w;
	d->boiler.nfields = 1;
	if (detector_init(&d->det, err) == -1 ||
	    langid_init(&d->lid, err) == -1)
		return -1;
	if (rx_init(&d->rx) == -1) {
		snprintf(err->msg, sizeof(err->msg), "out of memory");
		return -1;
	}
	d->w1252 = sbcs_find(&d->det, "windows-1252");
	for (code = lang_codes; *code != NULL; code++) {
		if ((text = lang_builtin(*code, "boilerplate", &len)) == NULL)
			continue;
		d->boiler.lang = *code;
		if (rules_scan(text, len, *code, "boilerplate", rules_entry,
		    &d->boiler, err) == -1)
			return -1;
	}
	d->boiler.lang = NULL;
	for (i = 0; i < nfiles; i++) {
		b.n = 0;
		if (rules_read_file(files[i], &b, err) == -1 ||
		    rules_scan(b.p, b.n, files[i], "boilerplate", rules_entry,
		    &d->boiler, err) == -1) {
			buf_free(&b);
			return -1;
		}
	}
	buf_free(&b);
	if (d->boiler.n > 0 && (d->active = calloc(d->boiler.n,
	    sizeof(*d->active))) == NULL) {
		snprintf(err->msg, sizeof(err->msg), "out of memory");
		return -1;
	}
	return 0;
}

void
decoder_free(struct decoder *d)
{
	size_t	 i;

	for (i = 0; i < d->nany; i++) {
		rx_code_free(d->any[i].re);
	}
	free(d->any);
	free(d->active);
	detector_free(&d->det);
	langid_free(&d->lid);
	rx_free(&d->rx);
	ruleset_free(&d->boiler);
	buf_free(&d->head);
	buf_free(&d->conv);
	buf_free(&d->rep);
	buf_free(&d->reptmp);
	buf_free(&d->ent);
	buf_free(&d->clean);
	buf_free(&d->work[0]);
	buf_free(&d->work[1]);
	buf_free(&d->para);
	buf_free(&d->hold);
	page_free(&d->pg);
	input_free(&d->in);
}

/* --- iconv as a line source, for UTF-16/32 and forced charsets --- */

struct wide {
	iconv_t		 cd;
	struct input	*src;
	const char	*head;		/* bytes read before, given first */
	size_t		 headn;
	char		 in[65536];
	size_t		 inlen;
	int		 eof;
	size_t		 unit;		/* bytes skipped after a bad one */
	unsigned long	 bad;
};

static ssize_t
wide_source(void *ctx, char *dst, size_t max)
{
	struct wide	*wd = ctx;
	char		*ip, *op = dst;
	size_t		 il, ol = max, k;
	ssize_t		 r;

	while (ol == max) {
		if (!wd->eof && wd->inlen < sizeof(wd->in) / 2) {
			if (wd->headn > 0) {
				k = sizeof(wd->in) - wd->inlen;
				if (k > wd->headn)
					k = wd->headn;
				memcpy(wd->in + wd->inlen, wd->head, k);
				wd->head += k;
				wd->headn -= k;
				wd->inlen += k;
			} else {
				r = input_read(wd->src, wd->in + wd->inlen,
				    sizeof(wd->in) - wd->inlen);
				if (r == -1)
					return -1;
				if (r == 0)
					wd->eof = 1;
				wd->inlen += (size_t)r;
			}
		}
		if (wd->inlen == 0)
			break;
		ip = wd->in;
		il = wd->inlen;
		if (iconv(wd->cd, &ip, &il, &op, &ol) == (size_t)-1) {
			if (errno == E2BIG && ol < max)
				;
			else if (errno == EILSEQ ||
			    (errno == EINVAL && wd->eof)) {
				if (ol < 3)
					goto keep;
				k = il < wd->unit ? il : wd->unit;
				ip += k;
				il -= k;
				memcpy(op, "\xEF\xBF\xBD", 3);
				op += 3;
				ol -= 3;
				wd->bad++;
			} else if (errno == E2BIG)
				goto keep;
		}
keep:
		memmove(wd->in, ip, il);
		if (il == wd->inlen && wd->eof && ol == max)
			break;
		wd->inlen = il;
		if (ol < max && (wd->eof || ol < 16))
			break;
		if (ol < max && il > 0 && errno == EINVAL)
			continue;
	}
	return (ssize_t)(max - ol);
}

/* --- paragraphs and records --- */

/*
 * The active rules without length guard joined into one pattern,
 * "(?:r1\E)|(?:r2\E)|...", that matches a paragraph when one of them
 * does: one match for most paragraphs instead of one per rule.  (\E ends
 * a \Q that a rule leaves open.)  Returns -1 when a rule could change the
 * meaning of the others (the x flag, verbs) or when the whole does not
 * compile; *re stays NULL when there is no rule to join.
 */
static int
join_rules(struct decoder *d, pcre2_code **re)
{
	struct buf	 b = { 0 };
	char		 msg[240];
	size_t		 i;
	int		 r = -1;

	*re = NULL;
	for (i = 0; i < d->nactive; i++) {
		const char *src = d->active[i]->expanded;

		if (d->active[i]->maxchars > 0)
			continue;
		if (strstr(src, "(?x") != NULL || strstr(src, "(*") != NULL)
			goto done;
		if ((b.n > 0 && buf_addc(&b, '|') == -1) ||
		    buf_adds(&b, "(?:") == -1 || buf_adds(&b, src) == -1 ||
		    buf_adds(&b, "\\E)") == -1)
			goto done;
	}
	if (b.n > 0 && (*re = rx_compile(b.p, b.n, 0, msg,
	    sizeof(msg))) == NULL)
		goto done;
	r = 0;
done:
	buf_free(&b);
	return r;
}

/* The joined rules of the document's language, made at first need. */
static const struct anyrule *
any_rule(struct decoder *d)
{
	struct anyrule	*a;
	size_t		 i;

	for (i = 0; i < d->nany; i++)
		if (strcmp(d->any[i].lang, d->lang) == 0)
			return &d->any[i];
	if ((a = realloc(d->any, (d->nany + 1) * sizeof(*a))) == NULL)
		return NULL;
	d->any = a;
	a += d->nany++;
	snprintf(a->lang, sizeof(a->lang), "%s", d->lang);
	a->joined = join_rules(d, &a->re) == 0;
	return a;
}

/*
 * The boilerplate rules of the document's language and those of no
 * language; every language's when it is undetermined.
 */
static void
choose_rules(struct decoder *d)
{
	const struct rule *r;
	size_t		 i;
	int		 any = strcmp(d->lang, "und") == 0;

	d->nactive = d->guardmax = 0;
	for (i = 0; i < d->boiler.n; i++) {
		r = &d->boiler.r[i];
		if (r->off || !(any || r->lang == NULL ||
		    strcmp(r->lang, d->lang) == 0))
			continue;
		d->active[d->nactive++] = r;
		if (r->maxchars > d->guardmax)
			d->guardmax = r->maxchars;
	}
	d->anyre = any_rule(d);
}

/*
 * The id of the first rule that finds text boilerplate, or NULL.  The
 * joined rules rule out most paragraphs at once; the rules one by one
 * name the match, and decide when the joined ones hit the match limit.
 * A rule with a length guard ("^(?!.{N})", see ondit-rules(5)) is checked
 * on its own, and only on paragraphs of fewer than N characters: the
 * guard would make PCRE2 read N characters of every paragraph.
 */
const char *
boilerplate(struct decoder *d, const char *text, size_t n)
{
	const struct anyrule *a = d->anyre;
	const struct rule *r;
	size_t		 i, chars = d->guardmax;
	int		 found, guarded_only = 0;

	if (n < d->guardmax)
		chars = n;	/* fewer characters than bytes */
	else if (n < 4 * d->guardmax)
		chars = u8_length(text, n);
	if (a != NULL && a->joined && (a->re == NULL ||
	    rx_find(&d->rx, a->re, text, n, 0, 0) == 0)) {
		if (chars >= d->guardmax)
			return NULL;
		guarded_only = 1;
	}
	for (i = 0; i < d->nactive; i++) {
		r = d->active[i];
		if (r->maxchars > 0 ? chars >= r->maxchars : guarded_only)
			continue;
		found = rx_find(&d->rx, r->search != NULL && r->maxchars > 0 ?
		    r->search : r->re, text, n, 0, 0);
		if (found == 1)
			return r->id;
		if (found == -1)
			warnx("%s: paragraph %ld: rule %s (%s:%u) gave up: "
			    "match limit", d->name, d->par, r->id, r->file,
			    r->line);
	}
	return NULL;
}

void
write_record(struct decoder *d, long par, const char *label,
    const char *text, size_t n)
{
	struct rwriter	*w = d->w;
	int		 i;

	tool_check(w, rw_text(w, d->name, strlen(d->name)));
	tool_check(w, rw_text(w, d->lang, strlen(d->lang)));
	tool_check(w, rw_num(w, par));
	tool_check(w, rw_num(w, 0));
	for (i = 0; d->o.meta && i < NMETA; i++)
		tool_check(w, rw_text(w, d->html ? d->pg.meta[i].p : "",
		    d->html ? d->pg.meta[i].n : 0));
	if (d->o.keep)
		tool_check(w, rw_text(w, label ? label : "",
		    label ? strlen(label) : 0));
	tool_check(w, rw_text(w, text, n));
	tool_check(w, rw_end(w));
	d->st.written++;
}

/* Writes paragraph number par unless it is boilerplate to drop. */
static void
write_par(struct decoder *d, long par, const char *text, size_t n)
{
	const char	*boiler;

	if ((boiler = boilerplate(d, text, n)) != NULL) {
		d->st.dropped++;
		if (!d->o.keep)
			return;
	}
	write_record(d, par, boiler, text, n);
}

static void
end_par(struct decoder *d)
{
	if (d->para.n == 0)
		return;
	d->par++;
	write_par(d, d->par, d->para.p, d->para.n);
	d->para.n = 0;
}

/*
 * A clean line reaches the paragraph stage; joined (JOIN_*) says that it
 * goes on the line before, a part of the same overlong line.
 */
static void
para_line(struct decoder *d, const char *s, size_t n, int joined)
{
	if (n == 0) {
		if (!joined)
			end_par(d);
		return;
	}
	if (!d->blankmode && !joined)
		end_par(d);
	if (d->para.n > 0 && joined != JOIN_TIGHT)
		tool_check(d->w, buf_addc(&d->para, ' '));
	if (d->para.n + n > PARA_MAX) {
		/* written in parts with the same number: never lost */
		warnx("%s: paragraph %ld longer than %u MiB, written in parts",
		    d->name, d->par + 1, PARA_MAX >> 20);
		write_par(d, d->par + 1, d->para.p, d->para.n);
		d->para.n = 0;
	}
	tool_check(d->w, buf_add(&d->para, s, n));
}

/*
 * The language of the held text: the one with most stopwords; when
 * several tie (short text shares little words: "le", "a", "la"), the one
 * of them whose letters fit best; "und" with fewer than two stopwords.
 */
static const char *
language(struct decoder *d)
{
	const struct langid *li = &d->lid;
	const char	*tied[LANGID_MAX], *lang;
	unsigned long	 most = 0;
	size_t		 i, n = 0;

	langid_reset(&d->lid);
	/* 32 KiB of text is plenty to tell languages apart */
	if (langid_feed(&d->lid, d->hold.p, d->hold.n < LANGID_TEXT ?
	    d->hold.n : LANGID_TEXT) == -1)
		tool_check(d->w, -1);
	lang = langid_best(li);
	if (strcmp(lang, "und") != 0)
		return lang;
	for (i = 0; i < li->n; i++)
		if (li->hits[i] > most)
			most = li->hits[i];
	for (i = 0; most > 1 && i < li->n; i++)
		if (li->hits[i] == most)
			tied[n++] = li->code[i];
	if (n == 0 || (lang = letters_lang(&d->det, d->hold.p, d->hold.n,
	    tied, n)) == NULL)
		return "und";
	return lang;
}

/*
 * Decides the language and the paragraph mode from the held lines (a
 * blank line between two lines of text means blank-line paragraphs),
 * then replays them.  Each held line is a flag byte ('-' a line, '+'
 * and '~' a part joined to the one before without or with a space: no
 * letter, so that language identification reads the held text as it
 * is), its text and LF.
 */
static void
release(struct decoder *d)
{
	const char	*p = d->hold.p, *end, *nl;
	int		 text = 0, blank = 0;

	end = p != NULL ? p + d->hold.n : p;	/* no NULL + 0 */

	d->holding = 0;
	for (; p < end && !d->blankmode; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl - p <= 1 && *p == '-')
			blank = text;
		else if (blank)
			d->blankmode = 1;
		else
			text = 1;
	}
	decide_language(d);
	for (p = d->hold.p; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		para_line(d, p + 1, (size_t)(nl - p - 1),
		    *p == '+' ? JOIN_TIGHT : *p == '~' ? JOIN_SPACE : 0);
	}
	d->hold.n = 0;
}

void
decide_language(struct decoder *d)
{
	if (d->o.lang != NULL)
		d->lang = d->o.lang;
	else
		d->lang = language(d);
	choose_rules(d);
}

/* A clean line: held at first, then straight to the paragraphs. */
static void
clean_out(struct decoder *d, const char *s, size_t n, int joined)
{
	if (!d->holding) {
		para_line(d, s, n, joined);
		return;
	}
	tool_check(d->w, buf_addc(&d->hold, joined == JOIN_TIGHT ? '+' :
	    joined == JOIN_SPACE ? '~' : '-'));
	tool_check(d->w, buf_add(&d->hold, s, n));
	tool_check(d->w, buf_addc(&d->hold, '\n'));
	if (d->hold.n >= HOLD_MAX)
		release(d);
}

void
repair_text(struct decoder *d, const char **t, size_t *tn)
{
	long	 k;

	if (!d->o.repair)
		return;
	if ((k = repair_mojibake(*t, *tn, &d->det.cs[d->w1252], &d->rep,
	    &d->reptmp)) < 0)
		tool_check(d->w, -1);
	if (k > 0) {
		d->st.repairs += (unsigned long)k;
		*t = d->rep.p;
		*tn = d->rep.n;
	}
}

/* One line (no CR, no LF) in the document's charset. */
static void
raw_line(struct decoder *d, const char *s, size_t n, int joined)
{
	const char	*t = s;
	size_t		 tn = n;
	long		 k;
	int		 table = -1, edges;

	d->conv.n = 0;
	switch (d->g.kind) {
	case CS_SINGLE:
		table = d->g.sbcs;
		break;
	case CS_UTF8:
		if (u8_valid_prefix(s, n) == n)
			break;
		if (d->o.charset == NULL) {
			/* a legacy line in UTF-8 text: decode it alone */
			if (d->g.fallback < 0)
				d->g.fallback = guess_sbcs(&d->det, s, n);
			table = d->g.fallback;
			d->st.mixed_lines++;
			break;
		}
		/* FALLTHROUGH */
	case CS_WIDE:
		if ((k = u8_sanitize(&d->conv, s, n)) < 0)
			tool_check(d->w, -1);
		d->st.invalid += (unsigned long)k;
		t = d->conv.p;
		tn = d->conv.n;
		break;
	}
	if (table >= 0) {
		if ((k = sbcs_convert(&d->det.cs[table], s, n, &d->conv)) < 0)
			tool_check(d->w, -1);
		d->st.invalid += (unsigned long)k;
		t = d->conv.p;
		tn = d->conv.n;
	}
	repair_text(d, &t, &tn);
	if (d->o.entities != ENT_NO && tn > 0 && memchr(t, '&', tn) != NULL) {
		d->ent.n = 0;
		if ((k = decode_entities(t, tn, d->o.entities,
		    &d->det.cs[d->w1252], &d->ent)) < 0)
			tool_check(d->w, -1);
		d->st.entities += (unsigned long)k;
		t = d->ent.p;
		tn = d->ent.n;
	}
	d->clean.n = 0;
	if (clean_line(t, tn, d->o.plain_spaces, &d->clean, d->work,
	    &d->st.clean, &edges) == -1)
		tool_check(d->w, -1);
	/* parts of an overlong line: keep a space that was at the cut */
	if (joined && d->clean.n > 0 && (d->trailing ||
	    (edges & CLEAN_LEADING)))
		joined = JOIN_SPACE;
	if (d->clean.n > 0)
		d->trailing = (edges & CLEAN_TRAILING) != 0;
	else if (edges != 0)
		d->trailing = 1;
	clean_out(d, d->clean.p ? d->clean.p : "", d->clean.n, joined);
}

/* Reads the detection head; returns 0 or -1 (errno). */
static int
read_head(struct decoder *d, int *whole)
{
	ssize_t	 r;

	d->head.n = 0;
	*whole = 0;
	if (buf_reserve(&d->head, HEAD_MAX) == -1)
		return -1;
	while (d->head.n < HEAD_MAX) {
		r = input_read(&d->in, d->head.p + d->head.n,
		    HEAD_MAX - d->head.n);
		if (r == -1)
			return -1;
		if (r == 0) {
			*whole = 1;
			break;
		}
		d->head.n += (size_t)r;
	}
	return 0;
}

/*
 * How to read the document: detected, or as -f says, or as UTF-8 for a
 * text that --input gave (JSON and the TSV input are UTF-8 by nature).
 */
static int
choose(struct decoder *d, int whole, int text)
{
	const char	*cs = d->o.charset;
	int		 t;

	if (cs == NULL && !text)
		return detect(&d->det, d->head.p, d->head.n, whole, &d->g);
	memset(&d->g, 0, sizeof(d->g));
	d->g.sbcs = d->g.fallback = -1;
	d->g.why = cs != NULL ? "forced" : "input";
	d->g.name = cs != NULL ? cs : "utf-8";
	if (cs == NULL)
		cs = "utf-8";
	if ((t = sbcs_find(&d->det, cs)) >= 0) {
		d->g.kind = CS_SINGLE;
		d->g.sbcs = t;
	} else if (strcasecmp(cs, "utf-8") == 0 ||
	    strcasecmp(cs, "utf8") == 0) {
		d->g.kind = CS_UTF8;
		if (d->head.n >= 3 && memcmp(d->head.p, "\xEF\xBB\xBF", 3) == 0)
			d->g.bom = 3;
	} else
		d->g.kind = CS_WIDE;
	return 0;
}

void
doc_report(struct decoder *d)
{
	const struct docstats *s = &d->st;

	warnx("%s: %s (%s)%s, %s, %ld paragraphs, %lu boilerplate %s, "
	    "%lu invalid bytes, %lu legacy lines, %lu mojibake repairs, "
	    "%lu references, %lu controls and %lu invisible characters "
	    "removed", d->name, d->g.name, d->g.why, d->html ? ", html" : "",
	    d->lang, d->par,
	    s->dropped, d->o.keep ? "marked" : "dropped", s->invalid,
	    s->mixed_lines, s->repairs, s->entities, s->clean.controls,
	    s->clean.invisible);
}

/*
 * Whether the head is a web page: its first characters, past a BOM and
 * spaces, are a tag, and its first 4 KiB hold one of the tags that start
 * or mark a page.
 */
int
looks_html(const char *p, size_t n)
{
	static const char *const marks[] = { "<!doctype html", "<html",
	    "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
	    "<article", "<br", "<table", "<!--", NULL };
	const char *const *m;
	size_t		 i = 0, j, lim;

	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' ||
	    p[i] == '\r' || p[i] == '\f'))
		i++;
	if (i >= n || p[i] != '<')
		return 0;
	lim = n - i < 4096 ? n : i + 4096;
	for (j = i; j < lim; j++) {
		if (p[j] != '<')
			continue;
		for (m = marks; *m != NULL; m++)
			if (strlen(*m) <= lim - j &&
			    strncasecmp(p + j, *m, strlen(*m)) == 0)
				return 1;
	}
	return 0;
}

/* Whether the head is HTML; UTF-16 and UTF-32 heads are read first. */
static int
head_is_html(struct decoder *d)
{
	iconv_t		 cd;
	char		*ip = d->head.p + d->g.bom, *op;
	size_t		 il = d->head.n - d->g.bom, ol;
	char		 out[4096];

	if (strncasecmp(d->g.name, "utf-16", 6) != 0 &&
	    strncasecmp(d->g.name, "utf-32", 6) != 0)
		return looks_html(d->head.p, d->head.n);
	if ((cd = iconv_open("UTF-8", d->g.name)) == (iconv_t)-1)
		return 0;
	if (il > 4 * sizeof(out) / 2)
		il = 4 * sizeof(out) / 2;
	op = out;
	ol = sizeof(out);
	iconv(cd, &ip, &il, &op, &ol);
	iconv_close(cd);
	return looks_html(out, sizeof(out) - ol);
}

/* The warnings of a gzip stream that ended badly; returns 2, or 0. */
static int
gz_status(struct decoder *d)
{
	if (d->in.corrupt) {
		warnx("%s: gzip data corrupt, the rest is lost", d->name);
		return 2;
	}
	if (d->in.truncated) {
		warnx("%s: gzip data truncated, the rest is lost", d->name);
		return 2;
	}
	return 0;
}

/* The text path: lines, paragraphs, records. */
static int
text_doc(struct decoder *d, int whole)
{
	struct lreader	 lr;
	struct wide	 wd;
	const char	*line, *cr;
	size_t		 len;
	int		 r = 0, joined = 0;

	if (d->g.kind == CS_WIDE) {
		memset(&wd, 0, sizeof(wd));
		wd.cd = iconv_open("UTF-8", d->g.name);
		if (wd.cd == (iconv_t)-1) {
			warnx("%s: charset %s unknown to iconv", d->name,
			    d->g.name);
			return 2;
		}
		wd.src = &d->in;
		wd.head = d->head.p + d->g.bom;
		wd.headn = d->head.n - d->g.bom;
		wd.eof = 0;
		/* what a bad sequence skips: a code unit */
		wd.unit = strncasecmp(d->g.name, "utf-32", 6) == 0 ? 4 :
		    strncasecmp(d->g.name, "utf-16", 6) == 0 ? 2 : 1;
		lr_init_src(&lr, wide_source, &wd);
	} else {
		lr_init_src(&lr, input_source, &d->in);
		if (lr_unread(&lr, d->head.p + d->g.bom,
		    d->head.n - d->g.bom) == -1)
			tool_check(d->w, -1);
		if (whole)
			lr.eof = 1;
	}
	while (!tool_stop && (r = lr_next(&lr, &line, &len)) > 0) {
		/* CR and CRLF end lines too */
		while ((cr = memchr(line, '\r', len)) != NULL) {
			raw_line(d, line, (size_t)(cr - line), joined);
			joined = 0;
			len -= (size_t)(cr - line) + 1;
			line = cr + 1;
			if (len == 0 && !lr.more)
				goto next;
		}
		raw_line(d, line, len, joined);
next:
		joined = lr.more ? JOIN_TIGHT : 0;
	}
	if (!tool_stop && r == -1)
		warn("%s", d->name);
	if (d->holding)
		release(d);
	end_par(d);
	if (d->g.kind == CS_WIDE) {
		d->st.invalid += wd.bad;
		iconv_close(wd.cd);
	}
	lr_free(&lr);
	if (d->o.verbose)
		doc_report(d);
	if (r == -1)
		return 2;
	if (gz_status(d))
		return 2;
	if (d->par == 0 && !tool_stop)	/* blank lines and spaces only */
		warnx("%s: empty document", d->name);
	return d->st.written > 0 ? 0 : 1;
}

/*
 * One document from d->in, opened, read as a page or as text as mode
 * says (or by its content): see decode_doc() and decode_text().
 */
static int
decode_input(struct decoder *d, const char *name, enum html_mode mode)
{
	int	 whole;

	d->name = name;
	d->lang = "und";
	d->par = 0;
	d->blankmode = 0;
	d->holding = 1;
	d->trailing = 0;
	d->html = 0;
	d->para.n = d->hold.n = 0;
	memset(&d->st, 0, sizeof(d->st));
	if (read_head(d, &whole) == -1) {
		if (!tool_stop)	/* SIGTERM while reading: quietly */
			warn("%s", name);
		return 2;
	}
	if (d->head.n == 0) {
		if (gz_status(d))
			return 2;
		warnx("%s: empty document", name);
		return 1;
	}
	if (choose(d, whole, d->in.inmem) == -1) {
		warnx("%s: binary file (NUL bytes), skipped", name);
		return 2;
	}
	if (mode == HTML_YES || (mode == HTML_AUTO && head_is_html(d))) {
		d->html = 1;
		return html_doc(d, whole);
	}
	return text_doc(d, whole);
}

int
decode_doc(struct decoder *d, int fd, const char *name)
{
	if (input_open(&d->in, fd) == -1) {
		warn("%s", name);
		return 2;
	}
	return decode_input(d, name, d->o.html);
}

int
decode_text(struct decoder *d, const char *p, size_t n, const char *name,
    int page)
{
	input_open_mem(&d->in, p, n);
	return decode_input(d, name, d->o.html == HTML_AUTO && page ?
	    HTML_YES : d->o.html);
}
