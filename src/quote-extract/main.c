/*
 * quote-extract: sentence (or paragraph) records to one record per
 * quotation, with its speaker and cue.  See quote-extract(1).
 *
 * Records are gathered per paragraph (same doc and par; a paragraph
 * record is split into its sentences here), the paragraph's quotation
 * marks paired, each quotation attributed by the rules of its language,
 * and the sentences without marks tried as reported speech.  Speakers
 * are remembered per document for pronouns and anaphors.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "langid.h"
#include "quote.h"
#include "sent.h"
#include "tool.h"
#include "u8.h"

#define PARA_MAX	(64u << 20)	/* text kept for one paragraph */
#define CARRY_MAX	(1u << 20)	/* a quotation across paragraphs */
#define MAXSENT		8192		/* sentences per paragraph */
#define MAXOUT		256		/* records kept for adjacent speakers */
#define MARKED_MAX	4096		/* bytes of names met in marks */
#define CONTEXT_MAX	600		/* bytes of attribution context */
#define INDIRECT_MAX	2000		/* longest sentence read as reported
					   speech, in bytes */
#define HELD_MAX	64		/* records held for a headline's
					   speaker */
#define HELD_PARS	32		/* paragraphs a headline's words wait
					   to be said again */
#define NAME_PARS	16		/* and its description for a name */
#define HELD_BYTES	(1u << 20)	/* and quotation text it holds */
#define WAIT_NAME	1		/* a description waits for the name
					 * that the text gives later */
#define WAIT_SAID	2		/* words wait for a named speaker who
					 * says them again */
#define WAIT_NEXT	4		/* a quotation alone in its paragraph
					 * waits for the next one's first
					 * sentence (W_NEXT rules) */

enum kind { K_DIRECT, K_PARTIAL, K_MIXED, K_INDIRECT };
static const char *const kindnames[] = { "direct", "partial", "mixed",
	"indirect" };
static const char *const owncols[] = { "speaker", "role", "via", "cue",
	"kind" };

struct sentence {
	size_t		 start, end;	/* in the paragraph text */
	long		 sent;
	size_t		 pfx, pfxn;	/* its leading fields, raw */
	unsigned long	 lineno;
};

/* One output record, kept when it may continue in the next paragraph. */
struct out {
	struct buf	 doc, lang, pfx, text, cue;
	struct speaker	 sp;
	long		 par, sent;
	int		 kind, fam, pending;
	int		 goes_on;	/* "“A,” she said.": a "“B.”" that is
					 * the next sentence is its rest */
	size_t		 close_k;	/* the sentence it ends in */
	size_t		 attr_end;	/* and the end of its attribution */
	size_t		 pre_s, pre_e;	/* a reported clause before it, the
					 * same speaker's (clause_before()) */
	int		 wait;		/* held: WAIT_NAME, WAIT_SAID,
					 * WAIT_NEXT */
	int		 worded;	/* direct, but its sentence has words
					 * of its own before a colon
					 * (colon_set_off()): its subject may
					 * be the speaker, as a partial's */
	const char	*file;		/* where its sentence was read */
	unsigned long	 lineno;
};

struct qx {
	/* options */
	int		 only_attributed;	/* -s */
	const char	*lang;			/* -l */
	/* resources */
	struct attrib	 at;
	struct splitter	 sp;
	struct langid	 lid;
	/* output */
	struct rwriter	*w;
	struct layout	 lay;
	unsigned long	 written;
	/* the paragraph */
	const char	*file;
	struct buf	 text, pfx, doc, langcode;
	const char	*doclang;		/* detected for the document */
	long		 par;
	int		 open;			/* a paragraph is gathered */
	struct sentence	 s[MAXSENT];
	size_t		 ns;
	struct qspan	 q[MAXQUOTES];
	struct history	 h;
	struct out	 carry;
	struct out	 outs[MAXOUT];		/* the paragraph's records */
	int		 merged;		/* MAXSENT reached, said */
	size_t		 nout;
	struct speaker	 cur;
	struct speaker	 subj;			/* the name that began the
						   sentence before */
	struct speaker	 turn;			/* the speaker of the last
						   record of paragraph
						   turn_par, a quotation */
	long		 turn_par;		/* 0: none */
	struct buf	 tmp;
	int		 status;
	/* "la préfète juge la situation « sous contrôle »" in a headline:
	 * its records and those after them, until the text names her */
	struct out	 held[HELD_MAX];
	/* their words as squeeze() gives them, for said_again() */
	char		 held_said[HELD_MAX][512];
	size_t		 held_saidn[HELD_MAX];
	size_t		 nheld;
	int		 held_pars;	/* paragraphs since the first */
	size_t		 held_bytes;	/* their quotation text */
	unsigned long	 held_added;	/* x->h.added when last tried */
	int		 held_done;	/* the document's headline is past */
	/* the names met in marks in this document, each ended by a NUL */
	struct buf	 marked;
};

static void
emit_out(struct qx *x, struct out *o)
{
	struct rwriter	*w = x->w;
	struct field	 f[LAYOUT_MAX];
	struct rec	 rec;
	const char	*p = o->pfx.p, *end, *tab;
	size_t		 nf = 0;

	o->pending = 0;
	if (x->only_attributed && o->sp.name.n == 0)
		return;
	end = p != NULL ? p + o->pfx.n : p;	/* no NULL + 0 */
	while (o->pfx.n > 0 && nf + 1 < LAYOUT_MAX) {
		tab = memchr(p, '\t', (size_t)(end - p));
		f[nf].p = p;
		f[nf].n = (size_t)((tab ? tab : end) - p);
		nf++;
		if (tab == NULL)
			break;
		p = tab + 1;
	}
	f[nf].p = "";
	f[nf].n = 0;
	rec.f = f;
	rec.nf = nf + 1;
	tool_check(w, rw_raw(w, o->doc.p, o->doc.n));
	tool_check(w, rw_raw(w, o->lang.p, o->lang.n));
	tool_check(w, rw_num(w, o->par));
	tool_check(w, rw_num(w, o->sent));
	tool_check(w, rw_extras(w, &x->lay, &rec));
	tool_check(w, rw_text(w, o->sp.name.p, o->sp.name.n));
	tool_check(w, rw_text(w, o->sp.role.p, o->sp.role.n));
	tool_check(w, rw_text(w, via_name(o->sp.via),
	    strlen(via_name(o->sp.via))));
	tool_check(w, rw_text(w, o->cue.p, o->cue.n));
	tool_check(w, rw_text(w, kindnames[o->kind],
	    strlen(kindnames[o->kind])));
	tool_check(w, rw_text(w, o->text.p, o->text.n));
	tool_check(w, rw_end(w));
	x->written++;
}

/* The records held for a headline's speaker, written in their order. */
static void
release_held(struct qx *x)
{
	size_t	 i;

	for (i = 0; i < x->nheld; i++)
		emit_out(x, &x->held[i]);
	if (x->nheld > 0)
		x->held_done = 1;
	x->nheld = 0;
	x->held_pars = 0;
	x->held_bytes = 0;
}

/*
 * s[0, n) into out (at most max bytes), lower-cased in ASCII and Latin-1,
 * with ’ as ' and U+00A0 or U+202F as a space; returns its length.
 */
static size_t
squeeze(const char *s, size_t n, char *out, size_t max)
{
	size_t	 i, k = 0;

	for (i = 0; i < n && k < max; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == 0xE2 && i + 2 < n && s[i + 1] == '\x80' &&
		    (s[i + 2] == '\x99' || s[i + 2] == '\xAF')) {
			out[k++] = s[i + 2] == '\x99' ? '\'' : ' ';
			i += 2;
		} else if (c == 0xC2 && i + 1 < n && s[i + 1] == '\xA0') {
			out[k++] = ' ';
			i++;
		} else if (c == 0xC3 && i + 1 < n && k + 1 < max) {
			/* À-Þ (not ×) are à-þ less 0x20 */
			c = (unsigned char)s[++i];
			out[k++] = '\xC3';
			out[k++] = (char)(c >= 0x80 && c < 0x9F && c != 0x97 ?
			    c + 0x20 : c);
		} else
			out[k++] = (char)((unsigned)(c - 'A') < 26u ? c | 0x20 : c);
	}
	return k;
}

/* The words of s[0, n) that hold a letter (not "!"), two at most. */
static int
letter_words(const char *s, size_t n)
{
	size_t	 i;
	int	 words = 0, letter = 0;

	for (i = 0; i <= n && words < 2; i++)
		if (i == n || s[i] == ' ') {
			words += letter;
			letter = 0;
		} else if (u8_word_byte((unsigned char)s[i]))
			letter = 1;
	return words;
}

/*
 * Whether the words said[0, n) are in text[0, m), whole: not "un pas" in
 * "un passage".
 */
static int
said_in(const char *said, size_t n, const char *text, size_t m)
{
	const char *p, *end = text + m;

	for (p = text; (p = memmem(p, (size_t)(end - p), said, n)) != NULL;
	    p++)
		if ((p == text || !u8_word_byte((unsigned char)p[-1])) &&
		    (p + n == end || !u8_word_byte((unsigned char)p[n])))
			return 1;
	return 0;
}

/*
 * A headline's quotation held without a named speaker ("Vardistan-
 * Ostérie : « Nous sommes au bord d’un accord »") takes the speaker of
 * o, a later quotation that says the same words with a name (as
 * squeeze() gives them both), when its description, if it has one,
 * fits that speaker ("l’émissaire de l’ONU" for "Tomas Lindqvist,
 * l’émissaire spécial des Nations unies").  The words are looked for in
 * the first 4096 bytes of o's, and only when they are fewer than 510.
 */
static void
said_again(struct qx *x, const struct out *o)
{
	char	 text[4096];
	size_t	 i, n, m = 0;
	const struct alang *l;
	struct out *h;

	if (o->sp.name.n == 0 || o->sp.via == VIA_DESC || o->sp.via ==
	    VIA_UNRESOLVED || o->kind == K_INDIRECT)
		return;
	for (i = 0; i < x->nheld; i++) {
		h = &x->held[i];
		if (!(h->wait & WAIT_SAID))
			continue;
		if (m == 0 && (m = squeeze(o->text.p, o->text.n, text,
		    sizeof(text))) == 0)
			return;
		n = x->held_saidn[i];
		if (n == 0 || n + 2 >= sizeof(x->held_said[i]) ||
		    !said_in(x->held_said[i], n, text, m))
			continue;
		/* (a headline's topic gives way to a name, not to another
		 * topic) */
		if (h->sp.via == VIA_SUBJECT && o->sp.via == VIA_SUBJECT &&
		    o->cue.n == 0)
			continue;
		/* (an indefinite description, "accuse une mère de
		 * famille", fits one of the same gender, known, without a
		 * title: not "le maire, Henri X"; a topic needs no fit) */
		if (h->sp.name.n > 0 && h->sp.via != VIA_SUBJECT &&
		    ((l = attrib_lang(&x->at, h->lang.p,
		    h->lang.n)) == NULL || (speaker_definite(l, h->sp.name.p,
		    h->sp.name.n) ? !speaker_fits(l, h->sp.name.p,
		    h->sp.name.n, &o->sp) : h->sp.gender == 0 ||
		    h->sp.gender != o->sp.gender || speaker_titled(l,
		    &o->sp))))
			continue;
		speaker_copy(&h->sp, &o->sp);
		h->sp.via = VIA_REPEATED;
		h->wait = 0;
	}
}

/*
 * Writes a record, or holds it, with the records after it: a description
 * that speaks before anyone is named ("la préfète", "le chef de la
 * diplomatie azerbaïdjanaise" in a headline) waits for the name that the
 * next paragraphs give (try_held()); a quotation of two words or more
 * of the first three paragraphs without a speaker, or with a
 * description, waits for a named speaker who says its words again
 * (said_again()).
 */
static void
write_out(struct qx *x, struct out *o)
{
	const struct alang *l;
	struct out	 t;
	int		 wait = o->wait & WAIT_NEXT, words;

	said_again(x, o);
	history_role(&x->h, &o->sp);
	/* words of the first paragraphs that a named speaker may say again */
	words = !x->held_done && o->kind != K_INDIRECT && o->par <= 3 &&
	    letter_words(o->text.p, o->text.n) >= 2;
	if (!x->held_done && !history_named(&x->h)) {
		/* (a headline's title without its article: "as coroner
		 * warns of ‘…’") */
		if ((o->sp.via == VIA_DESC || o->sp.via == VIA_UNRESOLVED) &&
		    (l = attrib_lang(&x->at, o->lang.p, o->lang.n)) != NULL &&
		    (speaker_definite(l, o->sp.name.p, o->sp.name.n) ||
		    (o->par <= 3 && speaker_bare_title(l, o->sp.name.p,
		    o->sp.name.n))))
			wait |= WAIT_NAME;
		if (words && (o->sp.name.n == 0 || o->sp.via == VIA_DESC ||
		    o->sp.via == VIA_UNRESOLVED))
			wait |= WAIT_SAID;
	}
	/* a name of one word in a headline, without title, waits for the
	 * whole name that the text gives later: "as Ashworth says ‘…’",
	 * then "Richard Ashworth" */
	if (!x->held_done && o->par <= 2 && o->sp.via == VIA_NAME &&
	    o->sp.role.n == 0 && o->sp.name.n > 0 &&
	    memchr(o->sp.name.p, ' ', o->sp.name.n) == NULL)
		wait |= WAIT_NAME;
	/* so do those of a headline's topic before its colon, without a
	 * cue, whatever was named: "Abattoir de Saint-Aurèle : « On nous
	 * coupe les jambes », …" */
	if (words && o->sp.via == VIA_SUBJECT && o->cue.n == 0)
		wait |= WAIT_SAID;
	if (x->nheld > 0 || wait) {
		if (x->nheld == HELD_MAX || x->held_bytes > HELD_BYTES)
			release_held(x);
		else {
			/* the paragraph's end counts the first of HELD_PARS
			 * after this one */
			if (x->nheld == 0)
				x->held_pars = -1;
			o->pending = 0;
			o->wait = wait;
			x->held_bytes += o->text.n;
			x->held_saidn[x->nheld] = wait & WAIT_SAID ?
			    squeeze(o->text.p, o->text.n,
			    x->held_said[x->nheld],
			    sizeof(x->held_said[x->nheld])) : 0;
			t = x->held[x->nheld];
			x->held[x->nheld++] = *o;
			*o = t;
			return;
		}
	}
	emit_out(x, o);
}

/*
 * At the end of the paragraph after a held quotation that was alone in
 * its own: the speaker that its first sentence names by a rule of
 * W_NEXT ("“…” ¶ That is the verdict of Dr Samuel Okafor, a senior
 * analyst …"), as named_next() does within a paragraph.
 */
static void
next_paragraph_names(struct qx *x)
{
	const struct alang *l;
	struct found	 f;
	size_t		 i;

	for (i = 0; i < x->nheld; i++) {
		struct out *o = &x->held[i];

		if (!(o->wait & WAIT_NEXT) || o->par == x->par)
			continue;
		o->wait &= ~WAIT_NEXT;
		/* (before the speaker of the paragraph before, whose turn
		 * it seemed to go on: turn_goes_on()) */
		if ((o->sp.name.n == 0 || o->sp.via == VIA_ADJACENT) &&
		    x->ns > 0 && (l = attrib_lang(&x->at,
		    o->lang.p, o->lang.n)) != NULL &&
		    attrib_match(&x->at, l, W_NEXT, x->text.p, x->s[0].start,
		    x->s[0].end, &f)) {
			if (speaker_read(l, x->text.p, x->text.n, &f, &x->h,
			    &o->sp) == -1)
				speaker_clear(&o->sp);
			history_role(&x->h, &o->sp);
		}
	}
}

/* At a paragraph's end: the held descriptions that a name met now fits
 * take it; all are written once none waits, or HELD_PARS paragraphs on. */
static void
try_held(struct qx *x)
{
	const struct speaker *e;
	const struct alang *l;
	size_t	 i, j, waiting = 0;
	int	 via;

	if (x->nheld == 0)
		return;
	next_paragraph_names(x);
	/* (nothing met since the last paragraph that a title may fit) */
	if (x->h.added == x->held_added) {
		if (++x->held_pars >= HELD_PARS)
			release_held(x);
		return;
	}
	x->held_added = x->h.added;
	for (i = 0; i < x->nheld; i++) {
		struct out *o = &x->held[i];

		/* (a name looked for in NAME_PARS paragraphs at most: each
		 * look is a recall) */
		if (x->held_pars >= NAME_PARS)
			o->wait &= ~WAIT_NAME;
		if (!(o->wait & WAIT_NAME)) {
			waiting += o->wait != 0;
			continue;
		}
		if (o->sp.via == VIA_NAME) {
			char	 was[256];
			size_t	 wn = o->sp.name.n < sizeof(was) ?
			    o->sp.name.n : sizeof(was);

			memcpy(was, o->sp.name.p, wn);
			if (!history_full_name(&x->h, &o->sp)) {
				waiting++;
				continue;
			}
			o->wait &= ~WAIT_NAME;
			waiting += o->wait != 0;
			/* (and the records that gave it the same name, a
			 * pronoun's too) */
			for (j = i + 1; j < x->nheld; j++)
				if (x->held[j].sp.name.n == wn &&
				    memcmp(x->held[j].sp.name.p, was, wn) == 0) {
					via = x->held[j].sp.via;
					speaker_copy(&x->held[j].sp, &o->sp);
					x->held[j].sp.via = via;
					x->held[j].wait &= ~WAIT_NAME;
				}
			continue;
		}
		l = attrib_lang(&x->at, o->lang.p, o->lang.n);
		if (l != NULL && (e = history_recall(l, &x->h, o->sp.name.p,
		    o->sp.name.n)) != NULL) {
			/* and the records that a pronoun or an adjacent
			 * quotation gave the same description */
			for (j = i + 1; j < x->nheld; j++)
				if (x->held[j].sp.name.n == o->sp.name.n &&
				    memcmp(x->held[j].sp.name.p, o->sp.name.p,
				    o->sp.name.n) == 0) {
					via = x->held[j].sp.via;
					speaker_copy(&x->held[j].sp, e);
					x->held[j].sp.via = via == VIA_DESC ||
					    via == VIA_UNRESOLVED ?
					    VIA_ANAPHOR : via;
					x->held[j].wait = 0;
				}
			speaker_copy(&o->sp, e);
			o->sp.via = VIA_ANAPHOR;
			o->wait = 0;
		} else
			waiting++;
	}
	if (waiting == 0 || ++x->held_pars >= HELD_PARS)
		release_held(x);
}

/* Fills an output record from the paragraph's sentence k. */
static void
out_start(struct qx *x, struct out *o, size_t k)
{
	o->doc.n = o->lang.n = o->pfx.n = o->text.n = o->cue.n = 0;
	(void)buf_add(&o->doc, x->doc.p, x->doc.n);
	(void)buf_add(&o->lang, x->langcode.p, x->langcode.n);
	if (x->s[k].pfxn > 0)	/* x->pfx.p may be NULL */
		(void)buf_add(&o->pfx, x->pfx.p + x->s[k].pfx, x->s[k].pfxn);
	o->par = x->par;
	o->sent = x->s[k].sent;
	o->file = x->file;
	o->lineno = x->s[k].lineno;
	o->pending = 1;
	/* nothing of the record this slot held before: an indirect one
	 * that kept its goes_on took the next quotation as its rest */
	o->fam = 0;
	o->goes_on = o->wait = o->worded = 0;
	o->close_k = k;
	o->attr_end = o->pre_s = o->pre_e = 0;
}

static void
flush_carry(struct qx *x)
{
	if (!x->carry.pending)
		return;
	warnx("%s:%lu: unclosed quotation mark: the quotation ends with "
	    "paragraph %ld", x->carry.file, x->carry.lineno, x->carry.par);
	write_out(x, &x->carry);
}

/* The end of quotation q's words: "…before," he said: the comma belongs
 * to the sentence. */
static size_t
words_end(const char *s, const struct qspan *q)
{
	size_t	 e = q->in_end;

	while (e > q->in_start && s[e - 1] == ',')
		e--;
	return e;
}

/* The sentence that holds offset i of the paragraph. */
static size_t
sentence_at(const struct qx *x, size_t i)
{
	size_t	 k;

	for (k = 0; k + 1 < x->ns; k++)
		if (i < x->s[k + 1].start)
			return k;
	return x->ns - 1;
}

/* The first letter or digit of s[a, b), or 0 when there is none. */
static int32_t
first_alnum(const char *s, size_t a, size_t b)
{
	int32_t	 c;
	int	 len;

	for (; a < b; a += (size_t)len) {
		if ((len = u8_decode(s + a, b - a, &c)) < 0)
			len = 1;
		else if (u8_isalpha(c) || u8_isdigit(c))
			return c;
	}
	return 0;
}

static int
has_letter(const char *s, size_t a, size_t b)
{
	return first_alnum(s, a, b) != 0;
}

/* Whether the first letter or digit of s[a, b) is a lower-case letter. */
static int
starts_lower(const char *s, size_t a, size_t b)
{
	int32_t	 c = first_alnum(s, a, b);

	return c != 0 && u8_isalpha(c) && !u8_isupper(c);
}

/*
 * Whether the quotation q, in the sentence s[bs, ae) whose words before
 * its mark end at be and after it start at as, is set off by a colon and
 * opens with a capital: "X ironise sur les promesses : « On nous a … »",
 * "Le président : « Saviez-vous … »", "« On nous a volé ce match » : à
 * Vannes, …" (a headline).  The words on the colon's other side
 * introduce a whole utterance, which is direct.
 */
static int
colon_set_off(const char *s, size_t bs, size_t be, size_t as, size_t ae,
    const struct qspan *q)
{
	int32_t	 c = first_alnum(s, q->in_start, q->in_end);

	if (c == 0 || !u8_isupper(c))
		return 0;
	u8_trim(s, &bs, &be);
	if (be > bs && s[be - 1] == ':')
		return 1;
	u8_trim(s, &as, &ae);
	return as < ae && s[as] == ':' && !has_letter(s, bs, be);
}

/* Letters in s[a, b) once the match m (if inside) is taken out. */
static int
content_outside(const char *s, size_t a, size_t b, const struct found *m)
{
	if (m == NULL || m->end <= a || m->start >= b)
		return has_letter(s, a, b);
	return has_letter(s, a, m->start) || has_letter(s, m->end, b);
}

/* The words of s[a, b), counted up to max. */
static int
words(const char *s, size_t a, size_t b, int max)
{
	int	 n = 0, in = 0;

	for (; a < b && n <= max; a++) {
		if (s[a] == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

/*
 * Whether s[a, b) may be a name however long its words, ten at most: a
 * capital after its first word and no final punctuation ("Les Amis de
 * la halle du Foirail", "Val-de-Sorgeac en commun" is six).
 */
static int
long_name(const char *s, size_t a, size_t b)
{
	size_t	 i;
	int32_t	 c;

	if (words(s, a, b, 10) > 10 || b == a || strchr(".!?", s[b - 1]) ||
	    (b - a >= 3 && memcmp(s + b - 3, "\xE2\x80\xA6", 3) == 0))
		return 0;
	for (i = a; i < b && s[i] != ' '; i++)
		;
	for (; i + 1 < b; i++)
		if (s[i] == ' ' && u8_decode(s + i + 1, b - i - 1, &c) > 0 &&
		    u8_isupper(c))
			return 1;
	return 0;
}

/* Whether p[0, n) holds a quotation mark (« » “ ” "). */
static int
marked(const char *p, size_t n)
{
	return memchr(p, '"', n) != NULL || memmem(p, n, "\xC2\xAB", 2) ||
	    memmem(p, n, "\xC2\xBB", 2) || memmem(p, n, "\xE2\x80\x9C", 3) ||
	    memmem(p, n, "\xE2\x80\x9D", 3);
}

/*
 * "Pour X, cet incendie n’a rien d’un accident : « … »", "According to
 * X, the plan is flawed: “…”": after a source that opens the sentence
 * s[bs, be) before the mark (the match m, its comma last), a clause of
 * three words at least, without marks, before a colon is the source's
 * reported speech (not "…, a-t-il martelé, avant de nuancer : « … »",
 * nor "Pour lui, le problème est « structurel » : « … »").  An
 * apposition in lower case without determiner may come first ("Pour X,
 * climatologue, cet incendie …"); the clause keeps its own commas ("le
 * projet est coûteux, injuste et mal ficelé").  Its span in *a, *b.
 */
static int
source_clause(const struct alang *l, const char *s, const struct found *m,
    size_t bs, size_t be, size_t *a, size_t *b)
{
	const char	*c;
	size_t		 e = be, i, w;

	if (m->rest_e > m->rest_s || m->end <= m->start || m->end > be ||
	    s[m->end - 1] != ',' || has_letter(s, bs, m->start))
		return 0;
	while (e > m->end && s[e - 1] == ' ')
		e--;
	if (e == m->end || s[e - 1] != ':')
		return 0;
	e--;
	while (e > m->end && s[e - 1] == ' ')
		e--;
	for (i = m->end; i < e && s[i] == ' '; i++)
		;
	for (w = i; w < e && s[w] != ' ' && s[w] != ','; w++)
		;
	if ((c = memchr(s + i, ',', e - i)) != NULL && starts_lower(s, i,
	    (size_t)(c - s)) && !wset_has(&l->dets, s + i, w - i))
		for (i = (size_t)(c - s) + 1; i < e && s[i] == ' '; i++)
			;
	if (words(s, i, e, 3) < 3 || memchr(s + i, ':', e - i) != NULL ||
	    marked(s + i, e - i))
		return 0;
	*a = i;
	*b = e;
	return 1;
}

/* Whether s[a, b) holds a word of [complementizers] ("que", "that") or
 * ":". */
static int
quotes_clause(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 i;

	for (i = a; i < b; i++)
		if (s[i] == ':' || attrib_clause_word(l, s, a, i, b) > 0)
			return 1;
	return 0;
}

/* Whether s[a, b) is a determiner of [determiners] ("un", "the"), with
 * spaces around it. */
static int
determiner(const struct alang *l, const char *s, size_t a, size_t b)
{
	while (a < b && (s[a] == ' ' || s[a] == ','))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == ','))
		b--;
	return b > a && wset_has(&l->dets, s + a, b - a);
}

/* After such a word or ":" in the rest of a match: reported words. */
static int
rest_content(const struct alang *l, const char *s, const struct found *f)
{
	size_t	 i, n, from = f->rest_s;

	if (f->rest_e <= f->rest_s)
		return 0;
	if (!quotes_clause(l, s, f->rest_s, f->rest_e))
		/* "a qualifié leurs propos de «…»", "a dénoncé un «…»": an
		 * object, so partial; "told reporters": one word, no matter */
		return words(s, f->rest_s, f->rest_e, 2) >= 2 ||
		    determiner(l, s, f->rest_s, f->rest_e);
	for (i = f->rest_s; i < f->rest_e; i++) {
		if ((n = attrib_clause_word(l, s, f->rest_s, i, f->rest_e)) > 0)
			from = i + n;
		else if (s[i] == ':')
			from = i + 1;
	}
	return from > f->rest_s && has_letter(s, from, f->rest_e);
}

/*
 * Whether the quotation s[qs, qe), after the speaker-first match f that
 * ends the text before it at be, is the cue's object or its clause: it
 * starts in lower case, its cue's last word is not of [utterances] ("told
 * reporters “the road …”" is what was said), and no ":" comes between
 * the cue and its mark, nor a "," just before it ("a déclaré : « … »");
 * a complementizer may ("affirme que « … »").
 */
static int
object_quote(const struct alang *l, const char *s, const struct found *f,
    size_t be, size_t qs, size_t qe)
{
	size_t	 a = f->cue_e, w = f->cue_e;

	if (f->cue_e <= f->cue_s || !starts_lower(s, qs, qe))
		return 0;
	while (w > f->cue_s && s[w - 1] != ' ')
		w--;
	if (speaker_listed(&l->utterances, s + w, f->cue_e - w))
		return 0;
	/* (a no-break space after the colon too: "a déclaré :\u00A0« … »") */
	u8_trim(s, &a, &be);
	if (be > a && (s[be - 1] == ':' || s[be - 1] == ','))
		return 0;
	/* (after a complementizer too: "affirme que « la sécurité … »" is
	 * a clause of the sentence, not a whole utterance) */
	return f->rest_e <= f->rest_s || memchr(s + f->rest_s, ':',
	    f->rest_e - f->rest_s) == NULL;
}

static void
set_cue(struct out *o, const char *s, const struct found *f)
{
	o->cue.n = 0;
	if (f->cue_e > f->cue_s)
		(void)buf_add(&o->cue, s + f->cue_s, f->cue_e - f->cue_s);
}

/*
 * The words from s[from] to the first word of [coordinations] in s[from,
 * re) that a complementizer follows ("et que"), or a cue word when cue
 * is set ("and accused"): a clause of three words at least and without
 * comma (not "le projet, que la mairie avait validé en mars et que …"),
 * its span in *a, *b; else 0, *a and *b 0.
 */
/* The offset of the first comma of s[a, b) that is no number's
 * ("£300,000", "4,7 %"), or b. */
static size_t
clause_comma(const char *s, size_t a, size_t b)
{
	size_t	 i;

	for (i = a; i < b; i++)
		if (s[i] == ',' && !(i > a && i + 1 < b &&
		    s[i - 1] >= '0' && s[i - 1] <= '9' &&
		    s[i + 1] >= '0' && s[i + 1] <= '9'))
			return i;
	return b;
}

static int
clause_to_coordination(const struct alang *l, const char *s, size_t from,
    size_t re, int cue, size_t *a, size_t *b)
{
	size_t	 i, v, e, w;

	for (i = from; i < re; i++) {
		if (s[i] != ' ')
			continue;
		for (v = i; v < re && s[v] == ' '; v++)
			;
		for (e = v; e < re && s[e] != ' '; e++)
			;
		if (e == v || !wset_has(&l->coordinations, s + v, e - v))
			continue;
		while (e < re && s[e] == ' ')
			e++;
		for (w = e; w < re && s[w] != ' '; w++)
			;
		/* "et a dénoncé", "and has called": past an auxiliary */
		if (cue && w > e && !attrib_has_cue(l, s, e, w) &&
		    speaker_auxiliary(l, s, e, w)) {
			for (e = w; e < re && s[e] == ' '; e++)
				;
			for (w = e; w < re && s[w] != ' '; w++)
				;
		}
		if (w == e || (cue ? !attrib_has_cue(l, s, e, w) :
		    attrib_clause_word(l, s, e, e, re) == 0))
			continue;
		for (*a = from; *a < i && s[*a] == ' '; (*a)++)
			;
		for (*b = i; *b > *a && (s[*b - 1] == ' ' || s[*b - 1] == ',');
		    (*b)--)
			;
		if (words(s, *a, *b, 3) >= 3 && clause_comma(s, *a, *b) == *b)
			return 1;
		break;
	}
	*a = *b = 0;
	return 0;
}

/*
 * "Il a rappelé que l’État était tenu de … et que la Mayenne restait
 * « … »": in the words s[rs, re) between a cue and its quotation, a
 * clause after a complementizer and before a word of [coordinations] and
 * another complementizer is reported speech too; its span in *a, *b, or
 * 0.
 */
static int
clause_before(const struct alang *l, const char *s, size_t rs, size_t re,
    size_t *a, size_t *b)
{
	size_t	 c;

	while (rs < re && s[rs] == ' ')
		rs++;
	if (rs >= re || (c = attrib_clause_word(l, s, rs, rs, re)) == 0)
		return 0;
	return clause_to_coordination(l, s, rs + c, re, 0, a, b);
}

/*
 * "Il rappelle que les moniteurs sont des indépendants : « … »": the
 * words s[rs, re) between a cue and its quotation, then a colon before
 * the match's end me, after a clause that a complementizer opens (three
 * words at least, no other colon); that clause is reported speech and
 * the quotation a sentence of its own.  Its span in *a, *b.
 */
static int
clause_before_colon(const struct alang *l, const char *s, size_t rs,
    size_t re, size_t me, size_t *a, size_t *b)
{
	size_t	 e = re, i, n = 0;

	for (i = re; i < me && (s[i] == ' ' || s[i] == ','); i++)
		;
	if (i == me || s[i] != ':')
		return 0;
	while (e > rs && s[e - 1] == ' ')
		e--;
	for (i = rs; i < e; i++)
		if ((n = attrib_clause_word(l, s, rs, i, e)) > 0)
			break;
	if (i == e || memchr(s + i, ':', e - i) != NULL)
		return 0;
	for (i += n; i < e && s[i] == ' '; i++)
		;
	if (words(s, i, e, 3) < 3)
		return 0;
	*a = i;
	*b = e;
	return 1;
}

/* Whether s[a, b) opens with a subject pronoun and holds another word:
 * a clause without complementizer ("said it recognised “…”"). */
static int
pronoun_clause(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 e;

	while (a < b && s[a] == ' ')
		a++;
	for (e = a; e < b && s[e] != ' '; e++)
		;
	return e > a && e + 1 < b && (speaker_gendered(l, s + a, e - a) ||
	    speaker_listed(&l->pron_n, s + a, e - a));
}

/* Whether s[a, b) holds a verb that can be told without a tagger: an
 * auxiliary or a copula ("her office would begin", "staff had been"), or
 * a past in -ed after a word that is no determiner, preposition or
 * possessive ("the books contained", not "the injured firefighters",
 * "the city's reopened museum"); not "the original complaint and claims
 * by …", a noun phrase. */
static int
has_verb(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 w, e, pw = a, pe = a;

	for (w = a; w < b; pw = w, pe = e, w = e + 1) {
		for (e = w; e < b && s[e] != ' '; e++)
			;
		if (e > w && speaker_auxiliary(l, s, w, e))
			return 1;
		if (e - w > 3 && memcmp(s + e - 2, "ed", 2) == 0 && pe > pw &&
		    !speaker_listed(&l->dets, s + pw, pe - pw) &&
		    !speaker_listed(&l->preps, s + pw, pe - pw) &&
		    !(pe - pw > 2 && s[pe - 1] == 's' && (s[pe - 2] == '\'' ||
		    (pe - pw > 4 && memcmp(s + pe - 4, "\xE2\x80\x99", 3) ==
		    0))))
			return 1;
	}
	return 0;
}

/*
 * "X said it would ballot members and accused management of “…”": in the
 * words s[rs, re) between a cue and a partial quotation, a clause before
 * a word of [coordinations] that a cue word follows is reported speech
 * of its own; its span in *a, *b, or 0.
 */
static int
clause_before_cue(struct attrib *at, const struct alang *l, const char *s,
    size_t ms, size_t rs, size_t re, size_t *a, size_t *b)
{
	struct found	 f;
	size_t		 c;
	int		 plain = 0;

	while (rs < re && s[rs] == ' ')
		rs++;
	/* "said that …": from the complementizer's clause; else a clause
	 * that a subject pronoun opens ("said it would"), or that a rule
	 * of kind indirect reads after the cue ("said her office would
	 * begin …", from the attribution's start ms); not "a salué le
	 * travail des pompiers et évoqué « … »", whose words are the
	 * first cue's object */
	if (rs < re && (c = attrib_clause_word(l, s, rs, rs, re)) > 0)
		for (rs += c; rs < re && s[rs] == ' '; rs++)
			;
	else if (!pronoun_clause(l, s, rs, re))
		plain = 1;
	if (!clause_to_coordination(l, s, rs, re, 1, a, b))
		return 0;
	if (plain && !(attrib_match(at, l, W_INDIRECT, s, ms, *b, &f) &&
	    f.con_s == *a && f.cue_e <= rs && has_verb(l, s, *a, *b)))
		return *a = *b = 0;
	return 1;
}

/*
 * Whether s[a, b) is an organisation's name: a capitalised noun of
 * [organisations] first, and no end of sentence (« Collectif des
 * Tanneurs », « Association Vivre à Lavernay »).
 */
static int
org_named(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 e;

	while (a < b && s[a] == ' ')
		a++;
	for (e = a; e < b && s[e] != ' ' && s[e] != ','; e++)
		;
	while (b > a && s[b - 1] == ' ')
		b--;
	return e > a && e < b && (unsigned)(s[a] - 'A') < 26u &&
	    s[b - 1] != '.' && s[b - 1] != '!' && s[b - 1] != '?' &&
	    memchr(s + a, ',', b - a) == NULL &&
	    speaker_listed(&l->organisations, s + a, e - a);
}

/* Whether s[a, b) opens with a determiner and a capital: "known as “the
 * Teme Wall”" is a name. */
static int
det_capital(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 e;

	while (a < b && s[a] == ' ')
		a++;
	for (e = a; e < b && s[e] != ' '; e++)
		;
	return e > a && e + 1 < b && (unsigned)(s[e + 1] - 'A') < 26u &&
	    speaker_listed(&l->dets, s + a, e - a);
}

/*
 * Whether the word before a quotation's mark at be, in the sentence from
 * bs, is a determiner or a preposition: the quotation is in a noun's
 * place ("président du « Collectif des Tanneurs »"), not words said
 * ("« Collectif ou pas, on continue », assure X").
 */
static int
after_article(const struct alang *l, const char *s, size_t bs, size_t be)
{
	size_t	 w;

	while (be > bs && s[be - 1] == ' ')
		be--;
	for (w = be; w > bs && s[w - 1] != ' '; w--)
		;
	/* (or a name's possessive: "the league’s “Clear Head” protocol") */
	return be > w && (speaker_listed(&l->dets, s + w, be - w) ||
	    speaker_listed(&l->preps, s + w, be - w) || (be - w > 3 &&
	    s[w] >= 'a' && s[w] <= 'z' && (memcmp(s + be - 2, "'s", 2) == 0 ||
	    (be - w > 5 && memcmp(s + be - 4, "\xE2\x80\x99s", 4) == 0))));
}

/* The word after a quotation's closing mark at *a, before b: its start
 * in *a, its end returned. */
static size_t
word_after_mark(const char *s, size_t *a, size_t b)
{
	size_t	 e;

	while (*a < b && s[*a] == ' ')
		(*a)++;
	for (e = *a; e < b && s[e] != ' ' && s[e] != ',' && s[e] != '.'; e++)
		;
	return e;
}

/*
 * Whether the word after a quotation's closing mark at a, before b, is a
 * noun in lower case that the quotation names: "the league’s “Clear
 * Head” protocol" (no determiner, preposition, auxiliary, coordination
 * nor cue word: not "“We Will Not Be Moved” was sung").
 */
static int
noun_after(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 e = word_after_mark(s, &a, b);

	return e - a >= 3 && s[a] >= 'a' && s[a] <= 'z' &&
	    !speaker_listed(&l->dets, s + a, e - a) &&
	    !speaker_listed(&l->preps, s + a, e - a) &&
	    !speaker_listed(&l->coordinations, s + a, e - a) &&
	    !speaker_listed(&l->pron_any, s + a, e - a) &&
	    !speaker_auxiliary(l, s, a, e) && !attrib_has_cue(l, s, a, e);
}

/* Whether the word after a quotation's closing mark at a, before b, is
 * a noun of [organisations]: "the “Keep Alder Court Open” campaign". */
static int
org_after(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 e = word_after_mark(s, &a, b);

	return e > a && speaker_listed(&l->organisations, s + a, e - a);
}

/* Whether every word of s[a, b) of four bytes or more, an elided
 * article aside, opens on a capital: a title ("L’Écho de la Doulonne"),
 * not words said ("Nous ne partirons pas"). */
static int
title_case(const char *s, size_t a, size_t b)
{
	size_t	 e;
	int32_t	 c;

	for (; a < b; a = e) {
		while (a < b && s[a] == ' ')
			a++;
		for (e = a; e < b && s[e] != ' '; e++)
			;
		/* (past "l’", "d’") */
		if (e - a > 2 && s[a + 1] == '\'')
			a += 2;
		else if (e - a > 4 && memcmp(s + a + 1, "\xE2\x80\x99", 3) == 0)
			a += 4;
		if (e - a >= 4 && (u8_decode(s + a, e - a, &c) <= 0 ||
		    !u8_isupper(c)))
			return 0;
	}
	return 1;
}

/*
 * Whether the quotation q, which opens at be after a short preposition
 * ("à", "au", "par"), is the medium a cue's speaker told: a cue word
 * before the preposition, a title in the marks, and a reported clause,
 * a colon or a comma after them ("a expliqué à « L’Écho de la
 * Doulonne » que …"; not "a réagi au « Nous ne partirons pas » des
 * grévistes").
 */
static int
told_medium(const struct alang *l, const char *s, size_t bs, size_t be,
    const struct qspan *q, size_t end)
{
	size_t	 w, v, i = q->close_end;

	while (be > bs && s[be - 1] == ' ')
		be--;
	for (w = be; w > bs && s[w - 1] != ' '; w--)
		;
	if (!q->closed || be - w > 3 || w <= bs ||
	    !speaker_listed(&l->preps, s + w, be - w) ||
	    !title_case(s, q->in_start, q->in_end))
		return 0;
	for (v = w - 1; v > bs && s[v - 1] != ' '; v--)
		;
	while (i < end && s[i] == ' ')
		i++;
	return attrib_has_cue(l, s, v, w - 1) && i < end && (s[i] == ':' ||
	    s[i] == ',' || attrib_clause_word(l, s, i, i, end) > 0);
}

/* Whether the text p[0, n) was met in marks as a name in the document. */
static int
marked_before(const struct qx *x, const char *p, size_t n)
{
	const char *m = x->marked.p, *end = m + x->marked.n;
	size_t	 k;

	for (; m < end; m += k + 1) {
		k = strlen(m);
		if (k == n && memcmp(m, p, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether a quotation mark opens at s[i] (spaces skipped, before end) on
 * a capital: "“When I asked, he told me, ‘It’s all in hand.’ …”" has no
 * attribution inside, but a nested utterance's (not "« Ce projet, estime
 * X, “n’a aucun sens” … »", his words quoting others').
 */
static int
mark_opens(const char *s, size_t i, size_t end)
{
	int32_t	 c;
	int	 len = 0;

	while (i < end && s[i] == ' ')
		i++;
	if (i < end && s[i] == '"')
		len = 1;
	else if (end - i >= 2 && memcmp(s + i, "\xC2\xAB", 2) == 0)
		len = 2;
	else if (end - i >= 3 && (memcmp(s + i, "\xE2\x80\x98", 3) == 0 ||
	    memcmp(s + i, "\xE2\x80\x9C", 3) == 0 ||
	    memcmp(s + i, "\xE2\x80\xB9", 3) == 0))
		len = 3;
	if (len == 0)
		return 0;
	for (i += (size_t)len; i < end && (s[i] == ' ' || (end - i >= 2 &&
	    memcmp(s + i, "\xC2\xA0", 2) == 0)); i += s[i] == ' ' ? 1 : 2)
		;
	return i < end && u8_decode(s + i, end - i, &c) > 0 && u8_isupper(c);
}

/* Attributes quotation q of the paragraph into o. */
static int
attribute(struct qx *x, const struct alang *l, struct qspan *q,
    struct out *o)
{
	const char	*s = x->text.p;
	size_t		 sa, sb, bs, be, as, ae, nb, lim, k;
	struct found	 f, fb, ma = { 0 }, *m = NULL;
	int		 content;

	sa = sentence_at(x, q->open);
	sb = q->closed ? sentence_at(x, q->close) : sa;
	bs = x->s[sa].start;
	be = q->open;
	as = q->closed ? q->close_end : q->in_end;
	ae = q->closed ? x->s[sb].end : q->in_end;
	if (ae < as)
		ae = as;
	/* the attribution is near the quotation: bounded contexts keep
	 * the rules linear on long sentences */
	if (be - bs > CONTEXT_MAX) {
		bs = be - CONTEXT_MAX;
		while (bs < be && s[bs] != ' ')
			bs++;
	}
	if (ae - as > CONTEXT_MAX) {
		ae = as + CONTEXT_MAX;
		while (ae > as && s[ae] != ' ')
			ae--;
	}
	/* «NightLedger»: a name, not a quotation (the word that says so
	 * ends the text before it: the last four words are read, in 64
	 * bytes at most, "l’association de parents d’élèves « … »"; a
	 * name starts with a capital or a digit: a project « imposé d’en
	 * haut » is a quotation; and it has six words at most: « Les
	 * Veilleurs de la Sagne », or ten with a capital after the first
	 * and no final punctuation: long_name()) */
	lim = be - bs > 64 ? be - 64 : bs;
	while (lim < be && ((unsigned char)s[lim] & 0xC0) == 0x80)
		lim++;
	for (nb = be, k = 0; k < 4; k++) {
		while (nb > lim && s[nb - 1] == ' ')
			nb--;
		while (nb > lim && s[nb - 1] != ' ')
			nb--;
	}
	if (l != NULL && (words(s, q->in_start, q->in_end, 6) <= 6 ||
	    long_name(s, q->in_start, q->in_end)) &&
	    (!starts_lower(s, q->in_start, q->in_end) ||
	    det_capital(l, s, q->in_start, q->in_end)) &&
	    (attrib_match(&x->at, l, W_NAME, s, nb, be, &f) ||
	    (after_article(l, s, bs, be) && (org_named(l, s, q->in_start,
	    q->in_end) || marked_before(x, s + q->in_start,
	    q->in_end - q->in_start) || org_after(l, s, q->close_end,
	    x->s[sb].end) || told_medium(l, s, bs, be, q,
	    x->s[sb].end) || (title_case(s, q->in_start, q->in_end) &&
	    noun_after(l, s, q->close_end, x->s[sb].end)))))) {
		q->name = 1;
		/* kept for the document: « Bergers en colère 05 » is the
		 * collective's name again further down */
		if (x->marked.n < MARKED_MAX &&
		    !marked_before(x, s + q->in_start, q->in_end - q->in_start))
			(void)(buf_add(&x->marked, s + q->in_start, q->in_end -
			    q->in_start) == 0 && buf_add(&x->marked, "", 1));
		return 0;
	}
	out_start(x, o, sa);
	o->fam = q->fam;
	o->goes_on = 0;
	o->pre_s = o->pre_e = 0;
	o->close_k = sb;
	speaker_clear(&o->sp);
	if (l != NULL && attrib_match(&x->at, l, W_INSIDE, s, q->in_start,
	    q->in_end, &f) && !mark_opens(s, f.end, q->in_end)) {
		/* « …, a-t-il dit, … »: the two parts around " … " */
		size_t e1 = f.start, s2 = f.end;

		while (e1 > q->in_start && (s[e1 - 1] == ',' || s[e1 - 1] == ' '))
			e1--;
		set_cue(o, s, &f);
		speaker_read(l, s, x->text.n, &f, &x->h, &o->sp);
		/* « …, a réagi X, déléguée de l’UAP. … »: the role read
		 * after the name is the attribution's too */
		for (k = s2; k > f.start && s[k - 1] == ' '; k--)
			;
		while (s2 < q->in_end && s[s2] == ' ')
			s2++;
		if (o->sp.role.n > 0 && k > f.start && s[k - 1] == ',' &&
		    o->sp.role.n < q->in_end - s2 &&
		    memcmp(s + s2, o->sp.role.p, o->sp.role.n) == 0 &&
		    s[s2 + o->sp.role.n] == '.')
			s2 += o->sp.role.n + 1;
		while (s2 < q->in_end && (s[s2] == ',' || s[s2] == ' '))
			s2++;
		(void)buf_add(&o->text, s + q->in_start, e1 - q->in_start);
		if (s2 < q->in_end) {	/* (the title may end it) */
			(void)buf_adds(&o->text, " \xE2\x80\xA6 ");
			(void)buf_add(&o->text, s + s2, q->in_end - s2);
		}
	} else {
		size_t e = words_end(s, q);

		o->goes_on = e < q->in_end && q->closed;
		(void)buf_add(&o->text, s + q->in_start, e - q->in_start);
	}
	if (o->sp.name.n == 0 && l != NULL) {
		int after = attrib_match(&x->at, l, W_AFTER, s, as, ae, &f);

		/* "X a déclaré : «…», a-t-il conclu": the pronoun after
		 * stands for the subject before */
		if (after && speaker_pronoun(l, s, &f) && attrib_match(&x->at,
		    l, W_BEFORE, s, bs, be, &fb) && !speaker_pronoun(l, s, &fb) &&
		    fb.sp_e > fb.sp_s) {
			ma = f;
			f = fb;
			after = 0;
		}
		if (after || ma.rule != NULL || attrib_match(&x->at, l,
		    W_BEFORE, s, bs, be, &f)) {
			m = &f;
			set_cue(o, s, &f);
			speaker_read(l, s, x->text.n, &f, &x->h, &o->sp);
		}
	}
	/* direct: nothing but the attribution around the quotation; a
	 * clause after the attribution (", assurant que ...") is its own */
	if (ma.rule != NULL)
		content = has_letter(s, as, ma.start);
	else if (m != NULL && m->start >= as && m->end <= ae)
		content = has_letter(s, as, m->start);
	else
		content = content_outside(s, as, ae, m);
	if (m != NULL && m->start >= bs && m->end <= be) {
		size_t from = m->start;

		/* an opening adverbial ("A Washington, ") does not count */
		if (from > bs + 1 && s[from - 2] == ',')
			from = bs;
		content |= has_letter(s, from == bs ? m->start : bs, m->start) &&
		    from != bs;
		/* "Pour lui, les opposants « … »": words of the sentence's
		 * own between a source's comma and the quotation */
		if (m->rest_e <= m->rest_s && m->end > m->start &&
		    s[m->end - 1] == ',' && be > m->end) {
			const char *lc = memrchr(s + m->end - 1, ',',
			    be - m->end + 1);

			/* (after the source's apposition: "Pour X, délégué
			 * de l’USJ, « … »" is all reported) */
			content |= has_letter(s, (size_t)(lc - s) + 1, be);
		}
		/* "a jugé que les accusations étaient «…»": mixed;
		 * "a qualifié leurs propos de «…»": partial */
		if (rest_content(l, s, m)) {
			if (clause_before_colon(l, s, m->rest_s, m->rest_e,
			    m->end, &o->pre_s, &o->pre_e)) {
				o->kind = K_DIRECT;
				return 1;
			}
			/* "ironise sur les promesses : « On nous … »" */
			if (colon_set_off(s, bs, be, as, ae, q)) {
				o->kind = K_DIRECT;
				o->worded = 1;
				return 1;
			}
			o->kind = quotes_clause(l, s, m->rest_s, m->rest_e) ?
			    K_MIXED : K_PARTIAL;
			if (o->kind == K_MIXED)
				(void)clause_before(l, s, m->rest_s, m->rest_e,
				    &o->pre_s, &o->pre_e);
			/* "a estimé que A et dénoncé « … »": A is the
			 * reported clause, the quotation the object of a
			 * second cue */
			if (o->pre_e == o->pre_s && clause_before_cue(&x->at,
			    l, s, m->start, m->rest_s, m->rest_e, &o->pre_s,
			    &o->pre_e))
				o->kind = K_PARTIAL;
			return 1;
		}
		/* "a dénoncé « une gestion … »", "called it “a welcome
		 * start”", "s’est dite « très préoccupée »": a quotation in
		 * lower case that its cue takes as object or attribute, with
		 * no colon, comma or complementizer between, is a fragment */
		content |= object_quote(l, s, m, be, q->in_start, q->in_end);
	} else
		content |= content_outside(s, bs, be, m);
	o->kind = content ? K_PARTIAL : K_DIRECT;
	if (content && colon_set_off(s, bs, be, as, ae, q)) {
		o->kind = K_DIRECT;
		o->worded = 1;
		/* "Pour X, A : « … »": A is reported speech of its own */
		if (m != NULL && m->start >= bs && m->end <= be &&
		    o->pre_e == o->pre_s)
			(void)source_clause(l, s, m, bs, be, &o->pre_s,
			    &o->pre_e);
	}
	/* "“A,” she said" goes on only with an attribution after the mark */
	if (o->goes_on && !(o->kind == K_DIRECT && !o->worded && m != NULL &&
	    m->rule->where == W_AFTER))
		o->goes_on = 0;
	o->attr_end = m != NULL ? m->end : 0;
	return 1;
}

/* Whether o's speaker, as written, is "un autre habitant" ([others]). */
static int
other_speaker(const struct qx *x, const struct out *o)
{
	const struct alang *l = attrib_lang(&x->at, o->lang.p, o->lang.n);
	const char	*p = o->sp.name.p, *end = p + o->sp.name.n, *w;
	int		 k;

	if (l == NULL || o->sp.via == VIA_NAME)
		return 0;
	for (k = 0; k < 2 && p < end; k++, p = w + (w < end)) {
		for (w = p; w < end && *w != ' '; w++)
			;
		if (speaker_listed(&l->others, p, (size_t)(w - p)))
			return 1;
	}
	return 0;
}

/*
 * Writes the records gathered so far, in order, after giving those
 * without a speaker the one of an adjacent record: the previous, else
 * the next, unless that one is someone else's turn ("Un autre habitant
 * assure …").  An unclosed quotation is kept: it may go on.
 */
static void
flush_outs(struct qx *x)
{
	struct out	*outs = x->outs, t;
	size_t		 i, k, n = x->nout;

	for (i = 0; i < n; i++) {
		if (outs[i].sp.name.n > 0 || outs[i].kind == K_INDIRECT)
			continue;
		for (k = i; k > 0; k--)
			if (outs[k - 1].sp.name.n > 0 &&
			    outs[k - 1].sp.via != VIA_ADJACENT)
				break;
		if (k > 0)
			speaker_copy(&outs[i].sp, &outs[k - 1].sp);
		else
			for (k = i + 1; k < n; k++)
				if (outs[k].sp.name.n > 0) {
					if (!other_speaker(x, &outs[k]))
						speaker_copy(&outs[i].sp,
						    &outs[k].sp);
					break;
				}
		if (outs[i].sp.name.n > 0)
			outs[i].sp.via = VIA_ADJACENT;
	}
	for (i = 0; i < n; i++) {
		if (outs[i].pending == 1)
			write_out(x, &outs[i]);
		else if (outs[i].pending == 2) {
			/* unclosed: may go on in the next paragraph */
			flush_carry(x);
			t = x->carry;
			x->carry = outs[i];
			outs[i] = t;
			x->carry.pending = 1;
		}
	}
	x->nout = 0;
}

/* Whether word starts of s[a, b) are all capitals, two words or more. */
static int
all_capitals(const char *s, size_t a, size_t b)
{
	size_t	 i, n = 0;
	int32_t	 c;

	for (i = a; i < b; i++) {
		if (s[i] == ' ' || (i > a && s[i - 1] != ' '))
			continue;
		if (u8_decode(s + i, b - i, &c) < 0 || !u8_isupper(c))
			return 0;
		n++;
	}
	return n >= 2;
}

/* Whether s[a, b) is a name: capitalised words of which two or more,
 * particles between them ("Hélène de Villaret-Costes"). */
static int
name_words(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 i, w, n = 0;
	int32_t	 c;

	for (i = a; i < b; i = w) {
		while (i < b && s[i] == ' ')
			i++;
		for (w = i; w < b && s[w] != ' '; w++)
			;
		if (w == i)
			break;
		if (u8_decode(s + i, w - i, &c) > 0 && u8_isupper(c))
			n++;
		else if (n == 0 || w == b || !speaker_listed(&l->particles,
		    s + i, w - i))
			return 0;
	}
	return n >= 2;
}

/*
 * "Me Antoine X, avocat de six manifestants, annonce le dépôt de
 * plaintes", "The county sheriff, Luis Ochoa, defended the timing": a
 * reported clause before its cue that is a name and its apposition (one
 * comma, capitals before it, not after a preposition: "À Saint-Malo, la
 * digue a cédé, indique la préfecture"; or capitals after it) is the
 * sentence's subject, and what follows the verb its object.
 */
static int
named_apposition(const struct alang *l, const char *s, const struct found *f)
{
	const char	*c, *p;
	size_t		 a, e, w;

	if (f->con_e > f->cue_s || (c = memchr(s + f->con_s, ',',
	    f->con_e - f->con_s)) == NULL || memchr(c + 1, ',',
	    (size_t)(s + f->con_e - c - 1)) != NULL)
		return 0;
	if (all_capitals(s, f->con_s, (size_t)(c - s)) &&
	    !speaker_preposition(l, s, f->con_s, (size_t)(c - s)))
		return 1;
	for (a = (size_t)(c - s) + 1; a < f->con_e && s[a] == ' '; a++)
		;
	/* (and the party after it: "Le président du département, Paul
	 * Roy (divers droite), a défendu son budget") */
	e = f->con_e;
	if (e > a && s[e - 1] == ')' && (p = memrchr(s + a, '(', e - a)) !=
	    NULL)
		for (e = (size_t)(p - s); e > a && s[e - 1] == ' '; e--)
			;
	/* a description of four words at most before the name ("…, near
	 * Charlotte, North Carolina, officials said" is a clause), six
	 * after a determiner ("La directrice du futur groupement, X") */
	for (w = f->con_s; w < (size_t)(c - s) && s[w] != ' '; w++)
		;
	return words(s, f->con_s, (size_t)(c - s), 7) <= (speaker_listed(
	    &l->dets, s + f->con_s, w - f->con_s) ? 6 : 4) &&
	    name_words(l, s, a, e);
}

/*
 * "Appelé à la barre, le toxicologue Jean-Michel Arnaud-Tessier, praticien
 * au CHU de Grenoble, a détaillé les analyses": words that end with a
 * name of two words and an apposition of six words at most, lower-case,
 * are the cue's subject, not a reported clause.
 */
static int
name_and_apposition(const struct alang *l, const char *s, const struct found *f)
{
	size_t	 c2, c1, a, k, w, n;

	if (f->con_e > f->cue_s)
		return 0;
	for (c2 = f->con_e; c2 > f->con_s && s[c2 - 1] != ','; c2--)
		;
	if (c2 <= f->con_s + 1)
		return 0;
	for (a = c2; a < f->con_e && s[a] == ' '; a++)
		;
	if (!starts_lower(s, a, f->con_e) || words(s, a, f->con_e, 7) > 6)
		return 0;
	/* the last two words before that comma: capitalised */
	for (c1 = c2 - 1, k = 0, w = c1; k < 2; k++) {
		while (w > f->con_s && s[w - 1] == ' ')
			w--;
		while (w > f->con_s && s[w - 1] != ' ' && s[w - 1] != ',')
			w--;
		if (w == f->con_s && k == 0)
			return 0;
	}
	if (!all_capitals(s, w, c1))
		return 0;
	n = w;		/* the name's start */
	/* and the words of that phrase: a subject */
	for (a = c1; a > f->con_s && s[a - 1] != ','; a--)
		;
	/* a determiner and a noun at most before the name ("le
	 * toxicologue"), no auxiliary nor copula ("La plainte vise X") */
	if (words(s, a, n, 3) > 2)
		return 0;
	for (k = a; k < n; k = w) {
		while (k < n && s[k] == ' ')
			k++;
		for (w = k; w < n && s[w] != ' '; w++)
			;
		if (w > k && speaker_auxiliary(l, s, k, w))
			return 0;
	}
	return 1;
}

/* Whether the first word of s[a, b) is a pronoun of a gender ("Ils"). */
static int
pronoun_first(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 w;

	while (a < b && s[a] == ' ')
		a++;
	for (w = a; w < b && s[w] != ' ' && s[w] != ','; w++)
		;
	return w > a && speaker_gendered(l, s + a, w - a);
}

/*
 * "La famille du pilote, elle, réclame la discrétion", "Le club, dans un
 * communiqué, a annoncé le départ de son entraîneur, Paul Roy": a
 * reported clause before its cue that is a subject (not a clause: "Ils
 * le savent, eux, affirme le maire") with an aside, a pronoun alone or
 * a word of [adjuncts] after one comma (a relative clause may end a
 * reported one: "Les pompiers ont secouru un homme, qui était coincé, a
 * indiqué la préfecture").
 */
static int
subject_aside(const struct alang *l, const char *s, const struct found *f)
{
	const char	*c;
	size_t		 a, w, e = f->con_e;

	if (f->con_e > f->cue_s || (c = memrchr(s + f->con_s, ',',
	    f->con_e - f->con_s)) == NULL || pronoun_first(l, s, f->con_s,
	    f->con_e))
		return 0;
	for (a = (size_t)(c - s) + 1; a < e && s[a] == ' '; a++)
		;
	for (w = a; w < e && s[w] != ' '; w++)
		;
	while (e > w && s[e - 1] == ' ')
		e--;
	if (w == a)
		return 0;
	if (w == e && pronoun_first(l, s, a, e))
		return 1;
	if (memchr(s + f->con_s, ',', (size_t)(c - s) - f->con_s) != NULL)
		return 0;
	/* (a longer subject before a relative clause: "Un médecin du
	 * centre hospitalier de Vauclerc, qui a requis l’anonymat,
	 * confirme le malaise") */
	if (words(s, f->con_s, (size_t)(c - s), 9) > (speaker_listed(
	    &l->relatives, s + a, w - a) && !has_verb(l, s, f->con_s,
	    (size_t)(c - s)) ? 8 : 4))
		return 0;
	if (wset_has(&l->adjuncts, s + a, w - a))
		return 1;
	/* "Le syndicat, majoritaire chez les aiguilleurs du ciel, réclame
	 * …": a determiner, a noun and an apposition without a verb
	 * before an inverted cue's object */
	for (w = f->con_s; w < (size_t)(c - s) && s[w] != ' '; w++)
		;
	return f->cue_s >= f->con_e && speaker_listed(&l->dets, s + f->con_s,
	    w - f->con_s) &&
	    s[a] >= 'a' && s[a] <= 'z' &&
	    words(s, a, e, 9) <= 8 && !has_verb(l, s, a, e) &&
	    !attrib_has_cue(l, s, a, e);
}

/* Whether the speaker words of f, after the reported clause, are a
 * clause of their own: a determiner, a noun and an auxiliary or a copula
 * ("Inside the ruling group, the vote was closer than the result
 * suggests"). */
static int
clause_speaker(const struct alang *l, const char *s, const struct found *f)
{
	size_t	 w[4], n = 0, i;

	if (f->sp_e <= f->sp_s || f->sp_s < f->con_e)
		return 0;
	for (i = f->sp_s; i < f->sp_e && n < 4; ) {
		w[n++] = i;
		while (i < f->sp_e && s[i] != ' ')
			i++;
		while (i < f->sp_e && s[i] == ' ')
			i++;
	}
	if (n < 3 || !speaker_listed(&l->dets, s + w[0], w[1] - w[0] - 1))
		return 0;
	for (i = w[2]; i < f->sp_e && s[i] != ' '; i++)
		;
	return speaker_auxiliary(l, s, w[2], i);
}

/* After an inverted cue whose speaker has an apposition, a clause of
 * fewer than three words is no reported one ("À terme, selon le préfet,
 * la route …"). */
static int
short_before_apposition(const char *s, const struct found *f, size_t end)
{
	return f->cue_s >= f->con_e && f->sp_e < end && memchr(s + f->sp_e,
	    ',', end - f->sp_e) != NULL && words(s, f->con_s, f->con_e, 3) < 3;
}

static int	participial(struct qx *, const struct alang *, size_t, size_t,
		    const struct speaker *);

/* The bytes that end a phrase: ; : ! ? ( ) " and the first bytes of « »
 * (0xC2) and “ ” (0xE2), looked at again by plain_words(). */
static const unsigned char phrase_end[256] = {
	[';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1, ['('] = 1, [')'] = 1,
	['"'] = 1, [0xC2] = 2, [0xE2] = 2
};

/* Whether s[a, b) holds no mark that ends a phrase. */
static int
plain_words(const char *s, size_t a, size_t b)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; a < b; a++)
		if (phrase_end[p[a]] == 1 || (phrase_end[p[a]] == 2 &&
		    ((a + 1 < b && p[a] == 0xC2 && (p[a + 1] == 0xAB ||
		    p[a + 1] == 0xBB)) || (a + 2 < b && p[a] == 0xE2 &&
		    p[a + 1] == 0x80 && (p[a + 2] == 0x9C || p[a + 2] == 0x9D)))))
			return 0;
	return 1;
}

/*
 * Whether the rest of a sentence from s[i] (after spaces), up to end, is
 * a clause that goes on from the words s[a, c1) before an attribution:
 * it opens with a word in lower case of no list that opens a clause of
 * its own, and with a determiner only after an adverbial (see
 * aside_attribution()).
 */
static int
clause_after(const struct alang *l, const char *s, size_t a, size_t c1,
    size_t i, size_t end)
{
	const char	*c;
	size_t		 w;
	int32_t		 ch;

	for (; i < end && s[i] == ' '; i++)
		;
	if (i == end || u8_decode(s + i, end - i, &ch) < 0 || !u8_islower(ch))
		return 0;
	/* (its first word, to an elision's apostrophe: "s’il") */
	for (w = i; w < end && s[w] != ' ' && s[w] != ',' && s[w] != '.' &&
	    s[w] != '\''; w++)
		if (w > i && w + 3 <= end && memcmp(s + w, "\xE2\x80\x99", 3) == 0) {
			w += 3;
			break;
		}
	if (w < end && s[w] == '\'')
		w++;
	/* (a determiner after the attribution opens the clause after an
	 * opening adverbial, "À terme, selon le préfet, la route sera
	 * rouverte"; after a subject, it is the speaker's title, "Les
	 * digues tiendront, a annoncé Paul Roy, le ministre.") */
	if (speaker_listed(&l->dets, s + i, w - i) ||
	    speaker_listed(&l->possessives, s + i, w - i)) {
		for (c = s + a; c < s + c1 && *c != ' ' && *c != '\''; c++)
			if (c > s + a && c + 3 <= s + c1 &&
			    memcmp(c, "\xE2\x80\x99", 3) == 0)
				break;
		if (c < s + c1 && *c == '\'')
			c++;
		else if (c < s + c1 && *c != ' ')
			c += 3;
		if (speaker_listed(&l->dets, s + a, (size_t)(c - (s + a))) ||
		    speaker_listed(&l->possessives, s + a,
		    (size_t)(c - (s + a))))
			return 0;
	}
	return !(speaker_listed(&l->relatives, s + i, w - i) ||
	    speaker_listed(&l->coordinations, s + i, w - i) ||
	    speaker_listed(&l->continuations, s + i, w - i) ||
	    speaker_listed(&l->participles, s + i, w - i) ||
	    speaker_listed(&l->subordinators, s + i, w - i) ||
	    attrib_clause_word(l, s, i, i, end) > 0);
}

/* the longest attribution inside a reported clause, in bytes */
#define ASIDE_MAX	100

/*
 * "The plan, she said, would cost more", "Le projet, selon lui, coûtera
 * trop cher": reported speech cut by its attribution.  A subject of six
 * words at most before the sentence's first comma; an attribution up to
 * the next comma, ASIDE_MAX bytes at most, that the rules of a
 * quotation's end (after) read; then the rest of the sentence, from a
 * word in lower case that opens no clause of its own (of [relatives],
 * [coordinations], [complementizers], [continuations], [participles] or
 * [subordinators]: not "…, he said, but he declined", "…, a indiqué X,
 * qui a requis l’anonymat").  The match goes in *f, with the whole
 * sentence s[a, end) as its content and the attribution, commas
 * included, as its aside.
 */
static int
aside_attribution(struct qx *x, const struct alang *l, size_t a, size_t end,
    struct found *f)
{
	const char	*s = x->text.p, *c;
	size_t		 c1, c2, i, w;

	if ((c = memchr(s + a, ',', end - a)) == NULL)
		return 0;
	c1 = (size_t)(c - s);
	if (words(s, a, c1, 6) > 6 || c1 < a + 2 || !plain_words(s, a, c1) ||
	    (c = memchr(s + c1 + 1, ',', end - c1 - 1)) == NULL ||
	    (c2 = (size_t)(c - s)) - c1 > ASIDE_MAX ||
	    !plain_words(s, c1, c2) || !clause_after(l, s, a, c1, c2 + 1, end) ||
	    !attrib_has_cue(l, s, c1, c2) ||
	    !attrib_match(&x->at, l, W_AFTER, s, c1, c2 + 1, f) ||
	    f->cue_e <= f->cue_s)
		return 0;
	/* (no object after it: not "At the station, riders described long
	 * walks, costly rideshares and …"; an adjunct may follow, "the union
	 * said on Monday,") */
	i = f->cue_e > f->sp_e ? f->cue_e : f->sp_e;
	if (f->pron_e > i)
		i = f->pron_e;
	while (i < c2 && s[i] == ' ')
		i++;
	for (w = i; w < c2 && s[w] != ' '; w++)
		;
	if (w > i && !speaker_listed(&l->adjuncts, s + i, w - i) &&
	    !speaker_listed(&l->preps, s + i, w - i))
		return 0;
	/* (no passive: "The plant, said to be the largest in Europe,") */
	for (w = f->sp_s; w < f->sp_e && s[w] != ' '; w++)
		;
	if (f->sp_e > f->sp_s && speaker_listed(&l->preps, s + f->sp_s,
	    w - f->sp_s))
		return 0;
	f->con_s = a;
	f->con_e = end;
	f->aside_s = c1;
	f->aside_e = c2 + 1;
	return 1;
}

static void	same_speaker(struct qx *, size_t, size_t, size_t, const char *,
		    size_t, const struct out *);

/* The end of the word at s[i], not past end. */
static size_t
word_after(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] != ' ' && s[i] != ',')
		i++;
	return i;
}

/* Whether one of the first four words of s[i, b) is an auxiliary or a
 * copula: a clause ("investigators had found"), not an object and its
 * infinitive ("urged the council to widen", "a appelé les États-Unis à
 * se concentrer"). */
static int
verb_ahead(const struct alang *l, const char *s, size_t i, size_t b)
{
	size_t	 e, k;

	for (k = 0; k < 4 && i < b; k++) {
		e = word_after(s, i, b);
		if (e > i && speaker_auxiliary(l, s, i, e))
			return 1;
		for (i = e; i < b && (s[i] == ' ' || s[i] == ','); i++)
			;
	}
	return 0;
}

/*
 * "A, but said B", "A, though he admitted that B", "A, mais a assuré que
 * B": in the reported clause s[a, b), a comma, a word of [coordinations]
 * or [subordinators], a subject pronoun, an auxiliary, then a cue word
 * (each but the last may be missing) and B of three words at least,
 * after a complementizer or with a verb in its first words.
 * Returns the comma, with the cue in *cs, *ce and B's start in *w; or
 * NULL.
 */
static const char *
second_cue(const struct alang *l, const char *s, size_t a, size_t b,
    size_t *cs, size_t *ce, size_t *w)
{
	const char	*c;
	size_t		 i, e, n;

	for (c = memchr(s + a, ',', b - a); c != NULL; c = memchr(c + 1, ',',
	    (size_t)(s + b - c - 1))) {
		for (i = (size_t)(c - s) + 1; i < b && s[i] == ' '; i++)
			;
		e = word_after(s, i, b);
		if (e == i || !(speaker_listed(&l->coordinations, s + i, e - i) ||
		    speaker_listed(&l->subordinators, s + i, e - i)))
			continue;
		for (i = e; i < b && s[i] == ' '; i++)
			;
		e = word_after(s, i, b);
		if (e > i && speaker_gendered(l, s + i, e - i)) {
			for (i = e; i < b && s[i] == ' '; i++)
				;
			e = word_after(s, i, b);
		}
		*cs = i;
		if (e > i && !attrib_has_cue(l, s, i, e) &&
		    speaker_auxiliary(l, s, i, e)) {
			for (i = e; i < b && s[i] == ' '; i++)
				;
			e = word_after(s, i, b);
		}
		if (e == i || e >= b || s[e] != ' ' || !attrib_has_cue(l, s, i,
		    e))
			continue;
		*ce = e;
		for (i = e; i < b && s[i] == ' '; i++)
			;
		if ((n = attrib_clause_word(l, s, i, i, b)) > 0)
			for (i += n; i < b && s[i] == ' '; i++)
				;
		if (words(s, i, b, 3) < 3 || (n == 0 && !verb_ahead(l, s, i,
		    b)))
			continue;
		*w = i;
		while (c > s + a && c[-1] == ' ')
			c--;
		return c;
	}
	return NULL;
}

/*
 * The first space of s[i, b) before two letters that may open a word of
 * [coordinations], or b; eight bytes at a time (a byte that is no space
 * may be a candidate too, and is checked).
 */
static size_t
coordination_space(const struct alang *l, const char *s, size_t i, size_t b)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones << 7;
	uint64_t x, m;
	size_t	 j;

	for (; i < b; i += 8) {
		if (i + 8 <= b) {
			memcpy(&x, s + i, 8);
			x ^= ones * ' ';
			m = (x - ones) & ~x & highs;
		} else
			m = highs >> (8 * (8 - (b - i)));
		for (; m != 0; m &= m - 1) {
			j = i + (size_t)__builtin_ctzll(m) / 8;
			if (s[j] == ' ' && j + 2 < b &&
			    u8_ascii_letter((unsigned char)s[j + 1]) &&
			    u8_ascii_letter((unsigned char)s[j + 2]) &&
			    wset_may_start(&l->coordinations,
			    (unsigned char)(s[j + 1] | 0x20),
			    (unsigned char)(s[j + 2] | 0x20)))
				return j;
		}
	}
	return b;
}

/*
 * "X said A but warned that B": in the reported clause s[a, b), before
 * limit, a space, a word of [coordinations], a cue word, a complementizer
 * and B of three words at least (a comma before the coordination is
 * second_cue()'s).  Returns the end of A, with the cue in *cs, *ce and
 * B's start in *w; or NULL.
 */
static const char *
coordinated_cue(const struct alang *l, const char *s, size_t a, size_t b,
    size_t limit, const char *cue, size_t cuen, size_t *cs, size_t *ce,
    size_t *w)
{
	size_t	 i, e, n;

	for (i = coordination_space(l, s, a, limit); i < limit;
	    i = coordination_space(l, s, i + 1, limit)) {
		e = word_after(s, i + 1, b);
		if (!speaker_listed(&l->coordinations, s + i + 1, e - i - 1))
			continue;
		for (*cs = e; *cs < b && s[*cs] == ' '; (*cs)++)
			;
		*ce = word_after(s, *cs, b);
		/* "mais a averti que", "but had warned that": past an
		 * auxiliary, the first cue's if it has one ("a assuré que
		 * les habitants avaient été consultés mais ont affirmé" is
		 * theirs) */
		e = *cs;
		if (*ce > *cs && *ce < b && speaker_auxiliary(l, s, *cs, *ce) &&
		    !attrib_has_cue(l, s, *cs, *ce)) {
			const char *sp = memchr(cue, ' ', cuen);

			if (sp != NULL && speaker_auxiliary(l, cue, 0,
			    (size_t)(sp - cue)) && ((size_t)(sp - cue) !=
			    *ce - *cs || memcmp(cue, s + *cs, *ce - *cs) != 0))
				continue;
			for (e = *ce; e < b && s[e] == ' '; e++)
				;
			*ce = word_after(s, e, b);
		}
		if (*ce == e || *ce >= b || s[*ce] != ' ' ||
		    !attrib_has_cue(l, s, e, *ce))
			continue;
		for (*w = *ce; *w < b && s[*w] == ' '; (*w)++)
			;
		if ((n = attrib_clause_word(l, s, *w, *w, b)) == 0)
			continue;
		for (*w += n; *w < b && s[*w] == ' '; (*w)++)
			;
		if (words(s, *w, b, 3) < 3)
			continue;
		while (i > a && s[i - 1] == ' ')
			i--;
		return s + i;
	}
	return NULL;
}

/*
 * "Another visitor, a retired teacher who asked not to be named, was …":
 * a speaker that ends with a relative pronoun, its cue a relative
 * clause's, is the whole phrase to the comma that closes that clause,
 * when a comma opened it (an apposition) and a noun of a person heads
 * it; else the words before the pronoun ("A teacher who asked about
 * the plans was told to wait until June, when …").
 */
static void
relative_to_comma(const struct alang *l, const char *s, struct found *f,
    size_t end)
{
	const char	*comma;
	size_t		 w = f->sp_e, c, e, a;

	while (w > f->sp_s && s[w - 1] == ' ')
		w--;
	for (c = w; c > f->sp_s && s[c - 1] != ' '; c--)
		;
	if (c == f->sp_s || !speaker_listed(&l->relatives, s + c, w - c))
		return;
	for (a = f->sp_s; a > 0 && s[a - 1] == ' '; a--)
		;
	if (a > 0 && s[a - 1] == ',' && f->cue_e < end &&
	    (comma = memchr(s + f->cue_e, ',', end - f->cue_e)) != NULL)
		for (w = f->sp_s; w < c; w = e + 1) {
			for (e = w; e < c && s[e] != ' '; e++)
				;
			if (e > w && speaker_person(l, s + w, e - w)) {
				f->sp_e = (size_t)(comma - s);
				return;
			}
		}
	while (c > f->sp_s && s[c - 1] == ' ')
		c--;
	f->sp_e = c;
}

/* Reported speech in sentence k, kept with the quotations. */
static void
indirect(struct qx *x, const struct alang *l, size_t k, size_t end,
    const struct speaker *subj)
{
	const char	*s = x->text.p;
	struct found	 f;
	struct out	*o;
	const char	*c;
	size_t		 a, b, cs, ce, w;

	/* a very long sentence is no reported speech worth the time (and
	 * most rules need a cue word in it: attrib_match() checks) */
	if (l == NULL || end - x->s[k].start > INDIRECT_MAX)
		return;
	if (!aside_attribution(x, l, x->s[k].start, end, &f) &&
	    (!attrib_match(&x->at, l, W_INDIRECT, s, x->s[k].start,
	    end, &f) || f.con_e <= f.con_s || clause_speaker(l, s, &f) ||
	    named_apposition(l, s, &f) ||
	    name_and_apposition(l, s, &f) ||
	    subject_aside(l, s, &f) || short_before_apposition(s, &f, end))) {
		if (participial(x, l, k, end, subj))
			return;
		/* no reported speech, but a speaker to remember */
		if (attrib_match(&x->at, l, W_MENTION, s, x->s[k].start,
		    end, &f) && !clause_speaker(l, s, &f)) {
			relative_to_comma(l, s, &f, end);
			speaker_read(l, s, x->text.n, &f, &x->h, &x->cur);
			speaker_clear(&x->cur);
		}
		return;
	}
	if (x->nout == MAXOUT)
		flush_outs(x);
	o = &x->outs[x->nout++];
	out_start(x, o, k);
	a = f.con_s;
	b = f.con_e;
	while (b > a && (s[b - 1] == '.' || s[b - 1] == ' ' || s[b - 1] == ',' ||
	    s[b - 1] == ';'))
		b--;
	set_cue(o, s, &f);
	/* (an attribution inside the clause ends at its comma: "The
	 * offer, said Paul Roy, was an insult" gives him no title) */
	speaker_read(l, s, f.aside_e > f.aside_s ? f.aside_e - 1 : x->text.n,
	    &f, &x->h, &o->sp);
	/* "D’après le porte-parole, le lieutenant-colonel X, les …": the
	 * name after the description (five words at most, the name last,
	 * a determiner first: not "D’après la préfecture, Paul Roy, 45
	 * ans, a été interpellé") is the speaker's, not the clause's */
	if (o->sp.name.n > 0 && f.sp_e <= a && ((s[a] >= 'a' && s[a] <= 'z') ||
	    (b - a > o->sp.name.n && memcmp(s + a, o->sp.name.p,
	    o->sp.name.n) == 0)) &&
	    (c = memchr(s + a, ',', b - a)) != NULL &&
	    (size_t)(c - (s + a)) >= o->sp.name.n &&
	    memcmp(c - o->sp.name.n, o->sp.name.p, o->sp.name.n) == 0 &&
	    words(s, a, (size_t)(c - s), 5) <= 5 &&
	    /* (not "Paul Roy, 45 ans, a été interpellé": an age after
	     * the name makes it the clause's subject) */
	    !(c + 2 < s + b && c[1] == ' ' && c[2] >= '0' && c[2] <= '9')) {
		for (a = (size_t)(c - s) + 1; a < b && s[a] == ' '; a++)
			;
	}
	/* "The plan, she said, would cost more": the clause without the
	 * attribution that cuts it, its parts joined as an interrupted
	 * quotation's */
	if (f.aside_e > f.aside_s && f.aside_s > a && f.aside_e < b) {
		for (c = s + f.aside_s; c > s + a && c[-1] == ' '; c--)
			;
		(void)buf_add(&o->text, s + a, (size_t)(c - (s + a)));
		(void)buf_adds(&o->text, " \xE2\x80\xA6 ");
		for (a = f.aside_e; a < b && s[a] == ' '; a++)
			;
	}
	(void)buf_add(&o->text, s + a, b - a);
	o->kind = K_INDIRECT;
	/* "She conceded that A, but said B", "X said A, though he
	 * admitted B", "X said A but warned that B": B is the same
	 * speaker's, after a cue of its own */
	/* ("A and added that B, but said that C": three clauses, B to
	 * the comma) */
	if (f.aside_e <= f.aside_s && x->nout + 2 <= MAXOUT) {
		size_t	 cs2, ce2, w2;
		const char *c2;

		c = second_cue(l, s, a, b, &cs, &ce, &w);
		c2 = coordinated_cue(l, s, a, b, c != NULL ? (size_t)(c - s) :
		    b, o->cue.p, o->cue.n, &cs2, &ce2, &w2);
		if (c2 != NULL || c != NULL) {
			o->text.n = 0;
			(void)buf_add(&o->text, s + a, (size_t)((c2 != NULL ?
			    c2 : c) - (s + a)));
		}
		if (c2 != NULL)
			same_speaker(x, k, w2, c != NULL ? (size_t)(c - s) : b,
			    s + cs2, ce2 - cs2, o);
		if (c != NULL)
			same_speaker(x, k, w, b, s + cs, ce - cs, o);
	}
}

/*
 * "She added that the museum would meet the cost, and described the vote
 * as “…”": in a sentence with quotations, the reported speech of the
 * clause before the first one that is no name, up to the comma before
 * the word of [coordinations] or of [relatives] that opens that
 * quotation's clause (not a second complementizer: "and that the “X”
 * gallery would reopen" goes on); written before the quotations of the
 * sentence, from n0.
 */
static void
reported_first(struct qx *x, const struct alang *l, size_t k, size_t qi,
    size_t qe, size_t nq, size_t n0, const struct speaker *subj)
{
	const char	*s = x->text.p;
	size_t		 a = x->s[k].start, e, w, v, n = x->nout;
	struct out	 tmp;

	while (qi < qe && x->q[qi].name)
		qi++;
	if (qi == qe || n0 > n)
		return;
	for (e = x->q[qi].open; e > a; e--) {
		if (s[e - 1] != ',')
			continue;
		for (w = e; w < x->q[qi].open && s[w] == ' '; w++)
			;
		v = word_after(s, w, x->q[qi].open);
		/* (after a relative, a complementizer before it: not
		 * "D’après X, ancienne secrétaire de mairie, qui a voté
		 * non, « … »") */
		if (v > w && speaker_listed(&l->relatives, s + w, v - w)) {
			if (!quotes_clause(l, s, a, e - 1))
				return;
			break;
		}
		if (v > w && speaker_listed(&l->coordinations, s + w, v - w)) {
			while (v < x->q[qi].open && s[v] == ' ')
				v++;
			if (attrib_clause_word(l, s, v, v, x->q[qi].open) == 0)
				break;
		}
	}
	/* (a clause of its own before it, which a cue opens, outside any
	 * quotation: not the rest of "« A, a répondu X, B »") */
	if (e <= a + 1 || !attrib_has_cue(l, s, a, e - 1))
		return;
	for (w = 0; w < nq; w++)
		if (!x->q[w].name && x->q[w].open < e &&
		    x->q[w].close_end > a)
			return;
	/* (nor one read already with the quotation: reported_before()) */
	for (w = n0; w < n; w++)
		if (x->outs[w].kind == K_INDIRECT)
			return;
	indirect(x, l, k, e - 1, subj);
	if (x->nout != n + 1 || n == n0)
		return;
	tmp = x->outs[n];
	memmove(&x->outs[n0 + 1], &x->outs[n0], (n - n0) * sizeof(tmp));
	x->outs[n0] = tmp;
}


/*
 * Writes the clause at s[a, end) of sentence k, its full stops and
 * spaces trimmed, as reported speech of prev's speaker with the cue
 * cue[0, cuen), when it has three words at least.
 */
static void
same_speaker(struct qx *x, size_t k, size_t a, size_t end, const char *cue,
    size_t cuen, const struct out *prev)
{
	const char	*s = x->text.p;
	struct out	*o;

	while (end > a && (s[end - 1] == '.' || s[end - 1] == ' '))
		end--;
	if (words(s, a, end, 3) < 3)
		return;		/* a clause: three words at least */
	o = &x->outs[x->nout++];
	out_start(x, o, k);
	(void)buf_add(&o->text, s + a, end - a);
	(void)buf_add(&o->cue, cue, cuen);
	speaker_copy(&o->sp, &prev->sp);
	o->kind = K_INDIRECT;
}

/*
 * Whether a rule of reported speech reads s[from, end) with its clause
 * starting at a; when it reads a later clause ("and said the company had
 * yet to show that it works": the one after "that"), the text before
 * that clause's complementizer is read again.
 */
static int
read_after(struct qx *x, const struct alang *l, size_t from, size_t a,
    size_t end)
{
	const char	*s = x->text.p;
	struct found	 f;
	size_t		 w;

	if (!attrib_match(&x->at, l, W_INDIRECT, s, from, end, &f))
		return 0;
	if (f.con_s == a)
		return 1;
	if (f.con_s <= a)
		return 0;
	/* back over the complementizer before the clause read */
	for (w = f.con_s; w > a && s[w - 1] == ' '; w--)
		;
	while (w > a && s[w - 1] != ' ')
		w--;
	return w > a && attrib_clause_word(l, s, w, w, f.con_s) > 0 &&
	    attrib_match(&x->at, l, W_INDIRECT, s, from, w, &f) &&
	    f.con_s == a;
}

/*
 * "Le procureur a assuré que « chaque heure a été utilisée » et que le
 * brouillard …": after quotation q of sentence k, reported with a
 * complementizer before it, a word of [coordinations] and a
 * complementizer open a clause that is the same speaker's reported
 * speech, to the end of the sentence or a comma before a coordination;
 * so do a word of [coordinations] and a second cue before a clause ("X
 * called the video “…” and said he had asked …", "… and said the results
 * would be made public").
 */
static void
coordinated(struct qx *x, const struct alang *l, size_t k, size_t i,
    size_t nq)
{
	const char	*s = x->text.p;
	const struct qspan *q = &x->q[i];
	const struct out *prev;
	const char	*cue;
	size_t		 a, w, c, cs = 0, cn = 0, end = x->s[k].end;

	/* the last quotation of the sentence, the sentence's last record */
	if (x->nout == 0 || x->nout == MAXOUT || !q->closed ||
	    q->close_end >= end || (i + 1 < nq && x->q[i + 1].open < end))
		return;
	prev = &x->outs[x->nout - 1];
	if (prev->sp.name.n == 0 || prev->kind == K_INDIRECT ||
	    prev->cue.n == 0 || prev->close_k != k)
		return;
	for (a = q->close_end; a < end && s[a] == ' '; a++)
		;
	for (w = a; w < end && s[w] != ' '; w++)
		;
	if (w == a || !wset_has(&l->coordinations, s + a, w - a))
		return;
	while (w < end && s[w] == ' ')
		w++;
	if (w >= end)
		return;
	if ((c = attrib_clause_word(l, s, w, w, end)) == 0) {
		/* "called the video “…” and said he had asked …": a second
		 * cue, a complementizer maybe, and a clause that a subject
		 * pronoun opens */
		for (a = w; a < end && s[a] != ' '; a++)
			;
		cs = w;
		/* "et a annoncé": past an auxiliary */
		if (!attrib_has_cue(l, s, w, a) && speaker_auxiliary(l, s, w,
		    a)) {
			for (w = a; w < end && s[w] == ' '; w++)
				;
			for (a = w; a < end && s[a] != ' '; a++)
				;
		}
		if (w >= end || !attrib_has_cue(l, s, w, a))
			return;
		cn = a - cs;	/* the clause's own cue */
		while (a < end && s[a] == ' ')
			a++;
		if ((c = attrib_clause_word(l, s, a, a, end)) > 0)
			for (a += c; a < end && s[a] == ' '; a++)
				;
		else if (!pronoun_clause(l, s, a, end) &&
		    !(read_after(x, l, q->close_end, a, end) &&
		    has_verb(l, s, a, end)))
			return;	/* nor one that a rule reads after the cue */
	} else {
		/* the cue, then a complementizer, before the quotation
		 * ("Alors que le ministre avait promis « … » et que" is no
		 * reported speech; nor "Unions are furious that X
		 * described … as “…”") */
		cue = memmem(s + x->s[k].start, q->open - x->s[k].start,
		    prev->cue.p, prev->cue.n);
		if (cue == NULL || (!quotes_clause(l, s, (size_t)(cue - s) +
		    prev->cue.n, q->open) && !pronoun_clause(l, s,
		    (size_t)(cue - s) + prev->cue.n, q->open)))
			return;
		for (a = w + c; a < end && s[a] == ' '; a++)
			;
	}
	/* "and that was the end of it": a demonstrative */
	if (speaker_auxiliary(l, s, a, end))
		return;
	/* the clause, to a comma before a word of [coordinations]: "et
	 * que les riverains seront indemnisés, mais l’opposition n’y croit
	 * pas" */
	for (w = a; w < end && s[w] != ';'; w++) {
		size_t	 v, e;

		if (s[w] != ',')
			continue;
		for (v = w + 1; v < end && s[v] == ' '; v++)
			;
		for (e = v; e < end && s[e] != ' ' && s[e] != ','; e++)
			;
		if (e > v && wset_has(&l->coordinations, s + v, e - v))
			break;
	}
	if (cn > 0)
		same_speaker(x, k, a, w, s + cs, cn, prev);
	else
		same_speaker(x, k, a, w, prev->cue.p, prev->cue.n, prev);
}

/* Whether the word that ends at s[w] is the last word of b. */
static int
ends_with_word(const char *s, size_t w, const struct buf *b)
{
	size_t	 i, n;

	for (i = w; i > 0 && s[i - 1] != ' '; i--)
		;
	for (n = b->n; n > 0 && b->p[n - 1] != ' '; n--)
		;
	return b->n > n && w > i && w - i == b->n - n &&
	    memcmp(s + i, b->p + n, w - i) == 0;
}

/* Whether the word that ends at s[w] is a word of b. */
static int
last_word_in(const char *s, size_t w, const struct buf *b)
{
	size_t	 i, k, e;

	for (i = w; i > 0 && s[i - 1] != ' '; i--)
		;
	for (k = 0; w > i && k < b->n; k = e + 1) {
		for (e = k; e < b->n && b->p[e] != ' '; e++)
			;
		if (e - k == w - i && memcmp(b->p + k, s + i, w - i) == 0)
			return 1;
	}
	return 0;
}

/* The end of the phrase of [continuations] at s[a] ("avant de", "avant
 * d’", "qui", "adding"), of one word or two, or of a word of
 * [coordinations] and an auxiliary ("mais a"), or 0. */
static size_t
continuation(const struct alang *l, const char *s, size_t a, size_t end)
{
	size_t	 w, b, e;

	for (w = a; w < end && s[w] != ' ' && s[w] != ','; w++)
		;
	if (w == a)
		return 0;
	if (speaker_listed(&l->continuations, s + a, w - a))
		return w;
	for (b = w; b < end && s[b] == ' '; b++)
		;
	for (e = b; e < end && s[e] != ' ' && s[e] != ','; e++)
		;
	if (e == b)
		return 0;
	/* "« … » au Familia, mais a prévenu que": a word of
	 * [coordinations], an auxiliary maybe */
	if (wset_has(&l->coordinations, s + a, w - a))
		return speaker_auxiliary(l, s, b, e) ? e : w;
	/* an elided second word: "avant d’ajouter" */
	if (e - b > 2 && s[b + 1] == '\'')
		e = b + 2;
	else if (e - b > 4 && memcmp(s + b + 1, "\xE2\x80\x99", 3) == 0)
		e = b + 4;
	return speaker_listed(&l->continuations, s + a, e - a) ? e : 0;
}

/*
 * "…, saying the offer was an insult", "…, estimant que l’offre …": the
 * start of the reported clause that a participle at s[a] opens, the
 * participle's end in *pe, or 0.  A word of [continuations] (not a
 * relative pronoun) opens it with a complementizer; a word of
 * [participles] with one or without ("saying the", "adding that"), when
 * the clause opens with a determiner, a pronoun or a capital.
 */
static size_t
participle(const struct alang *l, const char *s, size_t a, size_t end,
    size_t *pe)
{
	size_t	 w, b, e, c, n;
	int	 bare;

	for (w = a; w < end && s[w] != ' ' && s[w] != ','; w++)
		;
	if (w == a)
		return 0;
	bare = speaker_listed(&l->participles, s + a, w - a);
	if ((!bare && !speaker_listed(&l->continuations, s + a, w - a)) ||
	    speaker_listed(&l->relatives, s + a, w - a))
		return 0;
	*pe = w;
	for (b = w; b < end && s[b] == ' '; b++)
		;
	if ((c = attrib_clause_word(l, s, b, b, end)) > 0) {
		for (b += c; b < end && s[b] == ' '; b++)
			;
		return b;
	}
	for (e = b; e < end && s[e] != ' ' && s[e] != ','; e++)
		;
	if (!bare || e == b)
		return 0;
	if (speaker_listed(&l->dets, s + b, e - b) ||
	    speaker_gendered(l, s + b, e - b) ||
	    speaker_listed(&l->pron_any, s + b, e - b) ||
	    (s[b] >= 'A' && s[b] <= 'Z'))
		return b;
	/* "most of the money had gone": an auxiliary in the next four
	 * words, no relative pronoun before it (not "saying goodbye to
	 * friends who were") */
	for (n = 0, w = e; n < 4 && w < end && s[w] != ','; n++) {
		for (c = w + 1; c < end && s[c] == ' '; c++)
			;
		for (w = c; w < end && s[w] != ' ' && s[w] != ','; w++)
			;
		if (w == c || speaker_listed(&l->relatives, s + c, w - c))
			return 0;
		if (speaker_auxiliary(l, s, c, w))
			return b;
	}
	return 0;
}

/*
 * Whether s[a, w), after a quotation's closing mark at a, is a comma, the
 * cue c and a description of two words at most, a determiner first and
 * no preposition: "», tranche l’élu" (not "», répond l’élu au préfet",
 * nor "” the leader told the mayor": the words after the cue are whom
 * it was said to).
 */
static int
cue_description(const struct alang *l, const char *s, size_t a, size_t w,
    const struct buf *c)
{
	size_t	 d, e, n = 0;

	while (a < w && (s[a] == ' ' || s[a] == ','))
		a++;
	if (c->n == 0 || w - a < c->n || memcmp(s + a, c->p, c->n) != 0)
		return 0;
	for (d = a + c->n; d < w; d = e, n++) {
		while (d < w && s[d] == ' ')
			d++;
		if (d == w)
			break;
		for (e = d; e < w && s[e] != ' '; e++)
			;
		/* (an elided determiner: "l’élu") */
		if (n == 0 && e - d > 4 && memcmp(s + d + 1, "\xE2\x80\x99",
		    3) == 0 && speaker_listed(&l->dets, s + d, 4))
			d += 4;
		else if (n == 0 && !speaker_listed(&l->dets, s + d, e - d))
			return 0;
		if (n > 2 || speaker_preposition(l, s, d, e))
			return 0;
	}
	return n >= 1;
}

/*
 * "« … », a-t-elle rétorqué, avant de rappeler que le budget …", "« … »,
 * admet un ministre, qui reconnaît que …", "“…,” she said, adding that
 * …": after the attribution of quotation q, the last of sentence k, a
 * comma, a phrase of [continuations], a cue (or its infinitive) and a
 * complementizer open the same speaker's reported speech, to the end of
 * the sentence where q closes.
 */
static void
continued(struct qx *x, const struct alang *l, size_t k, size_t i,
    size_t nq)
{
	const char	*s = x->text.p;
	const struct qspan *q = &x->q[i];
	const struct out *prev;
	size_t		 a, w, v, c, cs, ce, end;
	int		 rel;

	/* (the sentence where the quotation closes) */
	if (!q->closed)
		return;
	k = sentence_at(x, q->close);
	end = x->s[k].end;
	/* (a name in marks may follow: "qui annonce que le plan « … »,
	 * lancé au printemps, sera étendu") */
	if (x->nout == 0 || x->nout == MAXOUT || q->close_end >= end ||
	    (i + 1 < nq && x->q[i + 1].open < end && !x->q[i + 1].name))
		return;
	prev = &x->outs[x->nout - 1];
	if (prev->sp.name.n == 0 || prev->kind == K_INDIRECT ||
	    prev->cue.n == 0 || prev->close_k != k)
		return;
	for (w = q->close_end; w < end; w++) {
		if (s[w] != ',')
			continue;
		for (a = w + 1; a < end && s[a] == ' '; a++)
			;
		/* "…, saying the report had been discussed" */
		if ((c = participle(l, s, a, end, &v)) > 0) {
			same_speaker(x, k, c, end, s + a, v - a, prev);
			return;
		}
		if ((v = continuation(l, s, a, end)) == 0)
			continue;
		/* "admet un ministre, qui reconnaît que": a relative
		 * pronoun right after the speaker's words (not "a dit Anne
		 * Morel à son fils, qui affirme", "told the judge, who") */
		rel = speaker_listed(&l->relatives, s + a, v - a);
		if (rel && !ends_with_word(s, w, &prev->sp.name) &&
		    !ends_with_word(s, w, &prev->sp.role) &&
		    /* ("raille le maire, qui" for the maire of Y; "tranche
		     * l’élu, qui" for the mayor met before) */
		    !(prev->sp.via == VIA_ANAPHOR && (last_word_in(s, w,
		    &prev->sp.role) || cue_description(l, s, q->close_end, w,
		    &prev->cue))))
			return;
		cs = a;
		ce = v;
		for (a = v; a < end && s[a] == ' '; a++)
			;
		if ((c = attrib_clause_word(l, s, a, a, end)) == 0) {
			/* the verb: a cue, or its infinitive */
			for (v = a; v < end && s[v] != ' ' && s[v] != ','; v++)
				;
			if (v == a || (!attrib_has_cue(l, s, a, v) &&
			    !speaker_listed(&l->infinitives, s + a, v - a)))
				continue;
			/* (with the auxiliary before it: "a prévenu") */
			for (c = ce; c > cs && s[c - 1] != ' '; c--)
				;
			cs = speaker_auxiliary(l, s, c, ce) ? c : a;
			ce = v;
			for (a = v; a < end && s[a] == ' '; a++)
				;
			if ((c = attrib_clause_word(l, s, a, a, end)) == 0)
				continue;
		}
		for (a += c; a < end && s[a] == ' '; a++)
			;
		/* a relative clause ends at a comma before another phrase
		 * of [continuations] ("qui croit que l’équipe peut rebondir,
		 * avant de quitter la salle"; not "qui prévient qu’il sera
		 * présent, avec ses administrés, à chaque réunion") */
		for (c = a; rel && (c = clause_comma(s, c, end)) < end; c++) {
			for (v = c + 1; v < end && s[v] == ' '; v++)
				;
			if (continuation(l, s, v, end) > 0) {
				end = c;
				break;
			}
		}
		same_speaker(x, k, a, end, s + cs, ce - cs, prev);
		return;
	}
}

/* Whether offset i of the paragraph is inside one of its quotations. */
static int
in_quote(const struct qx *x, size_t nq, size_t i)
{
	size_t	 j;

	for (j = 0; j < nq; j++)
		if (x->q[j].open <= i && i < x->q[j].close_end)
			return 1;
	return 0;
}

/*
 * Whether the quotation q[i], written to o, is the rest of the paragraph's
 * previous record: that one ended with a comma inside the marks and an
 * attribution after them ("“A,” she said"), and q[i] follows that
 * attribution in the same sentence ("“A,” she said, “B.”"), or is the
 * whole of the next sentence, without attribution ("“A,” she said.
 * “B.”").
 */
static int
goes_on_from(const struct qx *x, const struct out *o, size_t k, size_t i)
{
	const struct out *prev;
	const struct qspan *q = &x->q[i];

	if (x->nout == 0 || !q->closed)
		return 0;
	prev = &x->outs[x->nout - 1];
	if (!prev->goes_on || prev->fam != q->fam)
		return 0;
	if (prev->close_k == k)
		return prev->attr_end <= q->open &&
		    !has_letter(x->text.p, prev->attr_end, q->open);
	return prev->close_k + 1 == k && o->sp.name.n == 0 &&
	    o->kind == K_DIRECT && !o->worded && !has_letter(x->text.p,
	    x->s[k].start, q->open) && !has_letter(x->text.p, q->close_end,
	    x->s[o->close_k].end);
}

/* Notes the names of s[a, b) outside the paragraph's quotations, for
 * surnames and descriptions. */
static void
names_outside(struct qx *x, const struct alang *l, size_t nq, size_t a,
    size_t b)
{
	size_t	 j;

	for (j = 0; j < nq && a < b; j++) {
		if (x->q[j].close_end <= a)
			continue;
		if (x->q[j].open >= b)
			break;
		if (x->q[j].open > a)
			history_names(l, x->text.p, a, x->q[j].open, 1, &x->h);
		a = x->q[j].close_end;
	}
	if (a < b)
		history_names(l, x->text.p, a, b, 0, &x->h);
}

/* Whether s[0, n) holds a capital letter after its first character. */
static int
has_capital(const char *s, size_t n)
{
	size_t	 i;
	int32_t	 c;
	int	 len;

	for (i = 1; i < n; i += (size_t)len) {
		if ((unsigned char)s[i] < 0x80) {
			len = 1;
			if (s[i] >= 'A' && s[i] <= 'Z')
				return 1;
			continue;
		}
		if ((len = u8_decode(s + i, n - i, &c)) < 0)
			len = 1;
		else if (u8_isupper(c))
			return 1;
	}
	return 0;
}

/* The speaker that the sentence after quotation q names by a rule of
 * W_NEXT, when q ends its own sentence, as o's speaker. */
static void
named_next(struct qx *x, const struct alang *l, const struct qspan *q,
    struct out *o)
{
	struct found	 f;
	size_t		 kc;

	if (!q->closed || l->nwhere[W_NEXT] == 0)
		return;
	kc = sentence_at(x, q->close);
	if (kc + 1 >= x->ns || has_letter(x->text.p, q->close_end,
	    x->s[kc].end) || !attrib_match(&x->at, l, W_NEXT, x->text.p,
	    x->s[kc + 1].start, x->s[kc + 1].end, &f))
		return;
	if (speaker_read(l, x->text.p, x->text.n, &f, &x->h, &o->sp) == -1)
		speaker_clear(&o->sp);
}

/* Whether s[a, b) opens with a determiner and a noun of
 * [organisations]: "le collectif", "l’association". */
static int
org_opens(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 w = word_after(s, a, b), e;

	if (w - a > 4 && s[a + 1] == '\'')
		return speaker_listed(&l->organisations, s + a + 2, w - a - 2);
	if (w - a > 6 && memcmp(s + a + 1, "\xE2\x80\x99", 3) == 0)
		return speaker_listed(&l->organisations, s + a + 4, w - a - 4);
	if (w == a || !speaker_listed(&l->dets, s + a, w - a))
		return 0;
	while (w < b && s[w] == ' ')
		w++;
	e = word_after(s, w, b);
	return e > w && speaker_listed(&l->organisations, s + w, e - w);
}

/* The end of the closing mark of a name whose opening mark is at s[i]
 * (spaces skipped), 80 bytes on at most, or i when there is none. */
static size_t
marked_name_end(const char *s, size_t i, size_t end)
{
	const char	*c, *r;
	size_t		 lim = end - i > 80 ? i + 80 : end;

	c = memmem(s + i, lim - i, "\xC2\xBB", 2);
	r = memmem(s + i, lim - i, "\xE2\x80\x9D", 3);
	if (c == NULL || (r != NULL && r < c))
		c = r == NULL ? NULL : r + 1;
	return c == NULL ? i : (size_t)(c - s) + 2;
}

/*
 * "L’association de protection animale « Sentinelles des abattoirs »
 * avait alerté": when an organisation's noun opens the subject s[a, b),
 * the end of a name in marks after it and three words in lower case at
 * most, the subject's own (not "Le porte-parole de « X »", a person's);
 * else b.
 */
static size_t
org_name_end(const struct alang *l, const char *s, size_t a, size_t b,
    size_t end)
{
	size_t	 w = b, n;

	if (!org_opens(l, s, a, b))
		return b;
	for (n = 0; n < 4 && w < end; n++) {
		if (mark_opens(s, w, end))
			return plain_words(s, b, w) ? marked_name_end(s, w,
			    end) : b;
		while (w < end && s[w] == ' ')
			w++;
		if (w == end || s[w] < 'a' || s[w] > 'z')
			return b;
		w = word_after(s, w, end);
	}
	return b;
}

/* The description that opens sentence k, as the speaker of o. */
static void
subject_speaker(struct qx *x, const struct alang *l, size_t k, struct out *o)
{
	struct found	 f = { 0 };
	const struct speaker *e;
	int		 capitals;
	size_t		 a = x->s[k].start, w;

	/* "He also questioned the timing, calling it “…”": a subject
	 * pronoun that opens the sentence, resolved as after a cue, when no
	 * other record of the paragraph, before or after, can lend its
	 * speaker (the pronoun does not see a description subject: "Le
	 * dirigeant a reconnu que … Il récuse toute « … »") */
	if (x->nout == 0 && k + 1 == x->ns &&
	    pronoun_first(l, x->text.p, a, x->s[k].end)) {
		const char *s = x->text.p;
		size_t	 v, ve, end = x->s[k].end;

		while (s[a] == ' ')
			a++;
		w = word_after(s, a, end);
		/* (not "Il y a eu « … »", "Il faut dire que …":
		 * [impersonals]) */
		for (v = w; v < end && s[v] == ' '; v++)
			;
		ve = word_after(s, v, end);
		if (ve > v && speaker_listed(&l->impersonals, s + v, ve - v))
			return;
		f.start = f.pron_s = a;
		f.end = f.pron_e = w;
		if (speaker_read(l, x->text.p, x->text.n, &f, &x->h,
		    &o->sp) == -1 || o->sp.via == VIA_UNRESOLVED)
			speaker_clear(&o->sp);
		return;
	}
	if (!subject_span(l, x->text.p, x->s[k].start, x->s[k].end, &f.sp_s,
	    &f.sp_e))
		return;
	f.sp_e = org_name_end(l, x->text.p, f.sp_s, f.sp_e, x->s[k].end);
	/* "Le projet prévoit une « zone verte »": a description that names
	 * no one is a speaker only when it stands for one met before ("la
	 * riveraine", "la PDG de Valmorel": four words at most when a
	 * capital may name someone new), and is not remembered otherwise */
	capitals = has_capital(x->text.p + f.sp_s, f.sp_e - f.sp_s);
	if ((!capitals || words(x->text.p, f.sp_s, f.sp_e, 4) <= 4) &&
	    (e = history_resolve(l, &x->h, x->text.p, f.sp_s, f.sp_e)) !=
	    NULL) {
		speaker_copy(&o->sp, e);
		o->sp.via = VIA_SUBJECT;
		return;
	}
	if (!capitals)
		return;
	f.start = f.sp_s;
	f.end = f.sp_e;
	if (speaker_read(l, x->text.p, x->text.n, &f, &x->h, &o->sp) == -1 ||
	    o->sp.via == VIA_UNRESOLVED)
		speaker_clear(&o->sp);
	else if (o->sp.name.n > 0)
		o->sp.via = VIA_SUBJECT;
}

/*
 * "Ms Jones criticised the plan", "On Monday, Unite hit back": the words
 * in capitals (and particles) that open the clause after the last comma
 * of s[a, b), a word in lower case after them; their span in *sa, *se.
 */
static int
capitals_first(const struct alang *l, const char *s, size_t a, size_t b,
    size_t *sa, size_t *se)
{
	const char	*c;
	size_t		 w, e, n = 0;
	int32_t		 cp;

	if ((c = memrchr(s + a, ',', b - a)) != NULL)
		a = (size_t)(c - s) + 1;
	for (w = a; w < b && s[w] == ' '; w++)
		;
	*sa = *se = w;
	for (; w < b; w = e + 1) {
		for (e = w; e < b && s[e] != ' '; e++)
			;
		if (e == w)
			continue;
		if (!(s[w] >= 'A' && s[w] <= 'Z') &&
		    !((unsigned char)s[w] >= 0xC0 && u8_decode(s + w, e - w,
		    &cp) > 0 && u8_isupper(cp))) {
			if (n > 0 && speaker_listed(&l->particles, s + w,
			    e - w))
				continue;
			break;
		}
		/* "On Monday", "The RMT union": no name */
		if (n == 0 && (speaker_listed(&l->preps, s + w, e - w) ||
		    speaker_listed(&l->dets, s + w, e - w)))
			return 0;
		*se = e;
		if (++n > 4)
			return 0;
	}
	return n > 0 && w < b && s[w] >= 'a' && s[w] <= 'z';
}

/*
 * "The union hit back on Monday, saying the offer was an insult", "Le
 * syndicat a réagi, estimant que l’offre …": in sentence k, without
 * quotation, a participle after a comma (participle()) opens reported
 * speech, the words of the sentence's subject: a name that opens it
 * (subj), a pronoun or a description.  Whether it wrote a record.
 */
static int
participial(struct qx *x, const struct alang *l, size_t k, size_t end,
    const struct speaker *subj)
{
	const char	*s = x->text.p, *p = NULL;
	struct out	*o;
	struct found	 f = { 0 };
	size_t		 start = x->s[k].start, w, a = 0, c = 0, pe = 0;

	for (w = start; w < end; w = (size_t)(p - s) + 1) {
		if ((p = memchr(s + w, ',', end - w)) == NULL)
			return 0;
		for (a = (size_t)(p - s) + 1; a < end && s[a] == ' '; a++)
			;
		if ((c = participle(l, s, a, end, &pe)) > 0)
			break;
	}
	if (c == 0)
		return 0;
	w = (size_t)(p - s);
	while (end > c && (s[end - 1] == '.' || s[end - 1] == ' '))
		end--;
	if (words(s, c, end, 3) < 3)
		return 0;
	if (x->nout == MAXOUT)
		flush_outs(x);
	o = &x->outs[x->nout];
	out_start(x, o, k);
	speaker_clear(&o->sp);
	if (pronoun_first(l, s, start, w)) {
		for (f.sp_s = start; s[f.sp_s] == ' '; f.sp_s++)
			;
		for (f.sp_e = f.sp_s; s[f.sp_e] != ' ' && s[f.sp_e] != ',';
		    f.sp_e++)
			;
		f.start = f.sp_s;
		f.end = f.sp_e;
		if (speaker_read(l, s, x->text.n, &f, &x->h, &o->sp) == -1)
			speaker_clear(&o->sp);
	} else if (subj != NULL) {
		speaker_copy(&o->sp, subj);
		o->sp.via = VIA_SUBJECT;
	} else if (subject_span(l, s, start, w, &f.sp_s, &f.sp_e) ||
	    capitals_first(l, s, start, w, &f.sp_s, &f.sp_e)) {
		f.start = f.sp_s;
		f.end = f.sp_e;
		if (speaker_read(l, s, x->text.n, &f, &x->h, &o->sp) == -1)
			speaker_clear(&o->sp);
	}
	if (o->sp.name.n == 0)
		return 0;
	(void)buf_add(&o->cue, s + a, pe - a);
	(void)buf_add(&o->text, s + c, end - c);
	o->kind = K_INDIRECT;
	x->nout++;
	return 1;
}

/*
 * "Dans un communiqué, la préfecture a justifié sa décision. « … »,
 * indique le texte": a document that speaks, met nowhere before, is the
 * words of the subject of the sentence before (k - 1, without quotation)
 * when that sentence opens with the document ("Dans un communiqué,"; not
 * "Le gouvernement a critiqué le rapport").
 */
static void
document_author(struct qx *x, const struct alang *l, size_t k, size_t nq,
    struct out *o)
{
	struct found	 f = { 0 };
	struct speaker	 sp = { 0 };
	const struct out *prev = x->nout > 0 ? &x->outs[x->nout - 1] : NULL;
	size_t		 j, after = 0;

	if (k == 0 || o->sp.via != VIA_DESC || !speaker_document(l,
	    o->sp.name.p, o->sp.name.n))
		return;
	/* "« … », indique le ministère dans un communiqué. « … », précise
	 * le texte": the speaker of the sentence before, which names a
	 * document of its own after its last quotation (not "a réagi le
	 * syndicat, qui conteste le rapport de l’inspection") */
	for (j = 0; j < nq; j++)
		if (x->q[j].closed && x->q[j].close_end > x->s[k - 1].start &&
		    x->q[j].close_end <= x->s[k - 1].end)
			after = x->q[j].close_end;
	if (prev != NULL && prev->close_k + 1 == k && prev->sp.name.n > 0 &&
	    !speaker_document(l, prev->sp.name.p, prev->sp.name.n) &&
	    after > 0 && speaker_own_document(l, x->text.p, after,
	    x->s[k - 1].end)) {
		speaker_copy(&o->sp, &prev->sp);
		o->sp.via = VIA_ADJACENT;
		return;
	}
	if (in_quote(x, nq, x->s[k - 1].start) ||
	    !subject_span(l, x->text.p, x->s[k - 1].start, x->s[k - 1].end,
	    &f.sp_s, &f.sp_e) || speaker_document(l, x->text.p + f.sp_s,
	    f.sp_e - f.sp_s) || !speaker_documents_in(l, x->text.p,
	    x->s[k - 1].start, f.sp_s))
		return;
	f.start = f.sp_s;
	f.end = f.sp_e;
	if (speaker_read(l, x->text.p, x->text.n, &f, &x->h, &sp) == 0 &&
	    sp.name.n > 0 && sp.via != VIA_UNRESOLVED) {
		speaker_copy(&o->sp, &sp);
		o->sp.via = VIA_SUBJECT;
	}
	speaker_free(&sp);
}

/*
 * The reported clause that quotation o's attribution gave before it
 * (clause_before()): a record of its own, the same speaker's, written
 * before o's; returns where o is now.
 */
static struct out *
reported_before(struct qx *x, size_t k, struct out *o)
{
	struct out	 tmp, *r;

	if (o->sp.name.n == 0 || o->cue.n == 0 || x->nout + 2 > MAXOUT)
		return o;
	/* o moves to the next slot, whose buffers the clause takes */
	tmp = x->outs[x->nout + 1];
	x->outs[x->nout + 1] = *o;
	*o = tmp;
	r = o;
	o = &x->outs[x->nout + 1];
	out_start(x, r, k);
	r->fam = 0;
	r->goes_on = r->wait = 0;
	r->close_k = k;
	r->attr_end = 0;
	r->pre_s = r->pre_e = 0;
	(void)buf_add(&r->text, x->text.p + o->pre_s, o->pre_e - o->pre_s);
	(void)buf_add(&r->cue, o->cue.p, o->cue.n);
	speaker_copy(&r->sp, &o->sp);
	r->kind = K_INDIRECT;
	x->nout++;
	return o;
}

/*
 * Whether the sentence s[a, b) introduces the name nm with a title or an
 * apposition set off by a comma, before it or after it: "Délégué CGT de
 * l’entrepôt, Paul X a …", "Paul X, son voisin, a …".
 */
static int
introduced(const char *s, size_t a, size_t b, const struct buf *nm)
{
	const char	*p;
	size_t		 e;

	if (nm->n == 0 || b - a < nm->n || (p = memmem(s + a, b - a, nm->p,
	    nm->n)) == NULL)
		return 0;
	e = (size_t)(p - s) + nm->n;
	return memchr(s + a, ',', (size_t)(p - s) - a) != NULL ||
	    (e < b && s[e] == ',');
}

/*
 * A paragraph that is quotations only, none attributed, right after a
 * paragraph whose last record was a quotation with its speaker, is
 * that speaker's turn going on, as readers take it: "“…,” he said."
 * then "“Now most of them are gone.”" (a quotation left open there
 * takes the speaker that the paragraph which closes it may give).
 */
static void
turn_goes_on(struct qx *x, size_t nq)
{
	size_t	 i;

	/* (its words all quoted: not "« … » Le constat est celui du
	 * praticien …", nor "“…” Councillors walked out. “…”") */
	if (x->nout == 0 || x->turn_par == 0 || x->turn_par + 1 != x->par ||
	    nq == 0 || has_letter(x->text.p, 0, x->q[0].open) ||
	    (x->q[nq - 1].closed &&
	    has_letter(x->text.p, x->q[nq - 1].close_end, x->text.n)))
		return;
	for (i = 0; i + 1 < nq; i++)
		if (has_letter(x->text.p, x->q[i].close_end, x->q[i + 1].open))
			return;
	for (i = 0; i < x->nout; i++)
		if (x->outs[i].sp.name.n > 0 || x->outs[i].kind != K_DIRECT)
			return;
	for (i = 0; i < x->nout; i++) {
		speaker_copy(&x->outs[i].sp, &x->turn);
		x->outs[i].sp.via = VIA_ADJACENT;
	}
}

/*
 * The speaker of the paragraph's last record, when a quotation's in the
 * paragraph's last sentence (not "…, said Jane X. Tom Reilly, who has
 * run the corner shop for 40 years, disagrees.") that asks nothing (the
 * answer to "« Avez-vous signé ? » a demandé la présidente" is not
 * hers).
 */
static void
note_turn(struct qx *x, size_t nq)
{
	const struct out *o = x->nout > 0 ? &x->outs[x->nout - 1] : NULL;

	x->turn_par = 0;
	if (o == NULL || o->kind == K_INDIRECT || o->sp.name.n == 0 ||
	    nq == 0 || !x->q[nq - 1].closed ||
	    sentence_at(x, x->q[nq - 1].close_end - 1) + 1 != x->ns ||
	    memchr(o->text.p, '?', o->text.n) != NULL)
		return;
	speaker_copy(&x->turn, &o->sp);
	x->turn_par = x->par;
}

/* Quotations of the paragraph, attributed, adjacent speakers filled. */
static void
process(struct qx *x)
{
	const struct alang *l;
	struct out	*o = NULL;
	const struct speaker *subj;
	size_t		 nq, dropped, i, k, first = 0, subj_k = MAXSENT, qk, n0;
	unsigned long	 limits;
	int		 found;

	if (x->ns == 0)
		return;
	/* a paragraph that goes on with a quotation left open is the same
	 * speaker's turn */
	if (!x->carry.pending)
		history_paragraph(&x->h);
	attrib_forget(&x->at);
	x->h.desc_s = NULL;	/* a new paragraph's text */
	limits = x->at.rx.limit_hits;
	l = attrib_lang(&x->at, x->langcode.p, x->langcode.n);
	/* an undetermined language ("und", a headline of few words): the
	 * one language whose cue words the paragraph holds */
	if (l == NULL && x->lang == NULL && (x->langcode.n == 0 ||
	    (x->langcode.n == 3 && memcmp(x->langcode.p, "und", 3) == 0)) &&
	    (l = attrib_guess(&x->at, x->text.p, x->text.n)) != NULL) {
		x->langcode.n = 0;
		(void)buf_adds(&x->langcode, l->code);
	}
	nq = find_quotes(x->text.p, x->text.n, x->q, MAXQUOTES, &dropped);
	if (dropped > 0) {
		warnx("%s:%lu: more than %d quotations in paragraph %ld: %zu "
		    "not written", x->file, x->s[0].lineno, MAXQUOTES, x->par,
		    dropped);
		if (x->status == 0)	/* records skipped: exit 1 */
			x->status = 1;
	}
	/* a quotation that a previous paragraph left open goes on here */
	if (x->carry.pending) {
		if (nq > 0 && x->q[0].fam == x->carry.fam &&
		    !has_letter(x->text.p, 0, x->q[0].open) &&
		    x->carry.text.n < CARRY_MAX) {
			size_t e = x->q[0].closed ? words_end(x->text.p,
			    &x->q[0]) : x->q[0].in_end;

			(void)buf_addc(&x->carry.text, ' ');
			(void)buf_add(&x->carry.text, x->text.p +
			    x->q[0].in_start, e - x->q[0].in_start);
			if (x->q[0].closed) {
				struct out tmp = { 0 };

				if ((x->carry.sp.name.n == 0 ||
				    x->carry.sp.via == VIA_ADJACENT) &&
				    l != NULL &&
				    attribute(x, l, &x->q[0], &tmp) &&
				    tmp.sp.name.n > 0) {
					speaker_copy(&x->carry.sp, &tmp.sp);
					x->carry.cue.n = 0;
					(void)buf_add(&x->carry.cue, tmp.cue.p,
					    tmp.cue.n);
				}
				buf_free(&tmp.doc); buf_free(&tmp.lang);
				buf_free(&tmp.pfx); buf_free(&tmp.text);
				buf_free(&tmp.cue); speaker_free(&tmp.sp);
				write_out(x, &x->carry);
			}
			first = 1;
		} else
			flush_carry(x);
	}
	if (x->carry.pending && first == 1 && !x->q[0].closed)
		return;		/* still open: wait for the next paragraph */
	for (k = 0, i = first; k < x->ns; k++) {
		found = 0;
		subj = NULL;
		/* the names of the sentence, in the order met: a pronoun
		 * after them may stand for them */
		if (l != NULL)
			names_outside(x, l, nq, x->s[k].start, x->s[k].end);
		if (l != NULL && !in_quote(x, nq, x->s[k].start))
			subj = history_subject(l, x->text.p, x->s[k].start,
			    x->s[k].end, &x->h);
		/* "« … » Le président du club, Franck X, ne cache pas son
		 * exaspération.": a quotation of six words or more that
		 * opens the paragraph, without attribution, is the words of
		 * the next sentence's subject, when that sentence introduces
		 * them (not "« … » Paul Roy a quitté la salle") */
		if (subj != NULL && k > 0 && x->nout == 1 && nq > 0 &&
		    x->outs[0].close_k + 1 == k && x->outs[0].kind == K_DIRECT &&
		    !x->outs[0].worded &&
		    x->outs[0].sp.name.n == 0 && x->outs[0].cue.n == 0 &&
		    !has_letter(x->text.p, 0, x->q[0].open) &&
		    /* (words, not a slogan: "« Dégage ! » Le maire, Paul
		     * Roy, a été pris à partie") */
		    words(x->outs[0].text.p, 0, x->outs[0].text.n, 6) >= 6 &&
		    introduced(x->text.p, x->s[k].start, x->s[k].end,
		    &subj->name)) {
			speaker_copy(&x->outs[0].sp, subj);
			x->outs[0].sp.via = VIA_SUBJECT;
		}
		qk = i;
		n0 = x->nout;
		for (; i < nq && sentence_at(x, x->q[i].open) == k; i++) {
			if (x->nout == MAXOUT)
				flush_outs(x);
			o = &x->outs[x->nout];
			if (attribute(x, l, &x->q[i], o)) {
				o->pending = x->q[i].closed ? 1 : 2;
				/* "“A,” she said. “B.”": one quotation, its
				 * parts joined as an interrupted one's */
				if (goes_on_from(x, o, k, i)) {
					struct out *prev = &x->outs[x->nout - 1];

					(void)buf_adds(&prev->text, " \xE2\x80\xA6 ");
					(void)buf_add(&prev->text, o->text.p, o->text.n);
					prev->goes_on = 0;
					found = 1;
					continue;
				}
				/* "«…» Ces mots sont ceux de Paul Roy.": a
				 * quotation that ends its sentence without
				 * attribution, named by the next one */
				if (o->sp.name.n == 0 && l != NULL)
					named_next(x, l, &x->q[i], o);
				/* (alone in its paragraph: the next one may
				 * name it) */
				if (o->sp.name.n == 0 && l != NULL &&
				    l->nwhere[W_NEXT] > 0 && nq == 1 &&
				    x->q[i].closed && o->kind == K_DIRECT &&
				    !has_letter(x->text.p, 0, x->q[i].open) &&
				    !has_letter(x->text.p, x->q[i].close_end,
				    x->text.n))
					o->wait = WAIT_NEXT;
				if (l != NULL)
					document_author(x, l, k, nq, o);
				/* "Margaret Oduya, 71, was one of them. «…»":
				 * a quotation that is its whole sentence,
				 * without attribution, is the subject's */
				if (o->sp.name.n == 0 && x->subj.name.n > 0 &&
				    subj_k + 1 == k && !has_letter(x->text.p,
				    x->s[k].start, x->q[i].open)) {
					speaker_copy(&o->sp, &x->subj);
					o->sp.via = VIA_SUBJECT;
				}
				/* "Maëlle Cosquer redoute surtout « deux ans de
				 * chantier »": a fragment without a cue is the
				 * words of the sentence's subject */
				if (o->sp.name.n == 0 && subj != NULL &&
				    (o->kind == K_PARTIAL || o->worded)) {
					speaker_copy(&o->sp, subj);
					o->sp.via = VIA_SUBJECT;
				}
				/* "L’agence officielle Azertac a publié un
				 * commentaire accusant la France de « … »":
				 * the description that is its subject */
				if (o->sp.name.n == 0 && subj == NULL &&
				    (o->kind == K_PARTIAL || o->worded) &&
				    l != NULL &&
				    !in_quote(x, nq, x->s[k].start))
					subject_speaker(x, l, k, o);
				if (o->pre_e > o->pre_s)
					o = reported_before(x, k, o);
				x->nout++;
			}
			/* (a sentence whose marks hold names only is
			 * without quotation: "a annoncé que le collectif
			 * « Justice pour Yanis » organiserait …") */
			if (!x->q[i].name)
				found = 1;
		}
		if (found && l != NULL && i > 0) {
			/* (the last quotation of the sentence that is no
			 * name: "…, qui annonce que le plan « … » sera") */
			size_t	 last = i - 1;

			while (last > 0 && x->q[last].name &&
			    sentence_at(x, x->q[last - 1].open) == k)
				last--;
			coordinated(x, l, k, last, nq);
			continued(x, l, k, last, nq);
			reported_first(x, l, k, qk, i, nq, n0, subj);
		}
		/* a sentence without quotation that begins with a name */
		x->subj.name.n = 0;
		if (subj != NULL && !found) {
			speaker_copy(&x->subj, subj);
			subj_k = k;
		}
		if (!found && (i >= nq || sentence_at(x, x->q[i].open) != k)) {
			/* a sentence inside a long quotation has no
			 * reported speech of its own */
			int inside = 0;
			size_t j;

			for (j = 0; j < nq; j++)
				if (!x->q[j].name &&
				    x->q[j].open < x->s[k].end &&
				    x->q[j].close_end > x->s[k].start)
					inside = 1;
			if (!inside)
				indirect(x, l, k, x->s[k].end, subj);
		}
		history_sentence_end(&x->h);
	}
	if (x->at.rx.limit_hits > limits)
		warnx("%s:%lu: %lu rule matches given up at the match limit",
		    x->file, x->s[0].lineno, x->at.rx.limit_hits - limits);
	turn_goes_on(x, nq);
	note_turn(x, nq);
	flush_outs(x);
}

static void
end_paragraph(struct qx *x)
{
	if (x->open) {
		process(x);
		try_held(x);
	}
	x->open = 0;
	x->merged = 0;
	x->ns = 0;
	x->text.n = x->pfx.n = 0;
}

/*
 * Past MAXSENT sentences, the rest of a paragraph joins its last one, so
 * that a quotation stays whole; their numbers are lost, which is said
 * once per paragraph.
 */
static void
merged(struct qx *x, const struct rec *rec)
{
	if (x->merged)
		return;
	x->merged = 1;
	warnx("%s:%lu: more than %d sentences in paragraph %ld: the rest "
	    "counts as the last one", x->file, rec->lineno, MAXSENT, x->par);
}

/*
 * Adds the sentence at x->text[a, b) to the paragraph's, as two at a
 * semicolon that a clause in lower case follows: "The former said A; the
 * latter said he would go in “…”" is two clauses of reported speech, each
 * with its own speaker (both keep the sentence's number).
 */
static void
add_sentence(struct qx *x, const struct rec *rec, size_t a, size_t b,
    long sent, size_t pfx, size_t pfxn)
{
	const char	*s = x->text.p, *c;
	size_t		 e;

	for (; a < b; a = e + 1) {
		e = b;
		for (c = memchr(s + a, ';', b - a); c != NULL; c = memchr(c + 1,
		    ';', (size_t)(s + b - c - 1)))
			if (c + 2 < s + b && c[1] == ' ' && c[2] >= 'a' &&
			    c[2] <= 'z' && c - (s + a) >= 24 && s + b - c >= 24) {
				e = (size_t)(c - s) + 1;
				break;
			}
		if (x->ns == MAXSENT) {
			merged(x, rec);
			x->s[x->ns - 1].end = b;
			return;
		}
		x->s[x->ns].start = a;
		x->s[x->ns].end = e;
		x->s[x->ns].sent = sent;
		x->s[x->ns].pfx = pfx;
		x->s[x->ns].pfxn = pfxn;
		x->s[x->ns].lineno = rec->lineno;
		x->ns++;
	}
}

/* Adds a sentence (or a paragraph, split here) to the paragraph. */
static void
add_text(struct qx *x, const struct rec *rec, const char *text, size_t len,
    long sent)
{
	const struct sentrules *sr;
	struct span	 sp;
	size_t		 pos = 0, base, pfx, pfxn;
	int		 cut;

	pfx = x->pfx.n;
	pfxn = rec->nf > 1 ? (size_t)(rec->f[rec->nf - 1].p - rec->f[0].p) - 1 :
	    0;
	if (rec->part > 1)
		pfxn = 0;
	(void)buf_add(&x->pfx, rec->f[0].p, pfxn);
	if (x->text.n + len + 1 > PARA_MAX) {
		warnx("%s:%lu: paragraph longer than %u MiB: quotations "
		    "sought in parts", x->file, rec->lineno, PARA_MAX >> 20);
		process(x);
		x->ns = 0;
		x->text.n = 0;
	}
	if (x->text.n > 0)
		(void)buf_addc(&x->text, ' ');
	base = x->text.n;
	if (buf_add(&x->text, text, len) == -1)
		errx(2, "out of memory");
	if (sent > 0) {
		add_sentence(x, rec, base, base + len, sent, pfx, pfxn);
		return;
	}
	sr = splitter_lang(&x->sp, x->langcode.p, x->langcode.n);
	for (sent = 1; sent_next(sr, text, len, 1u << 20, &pos, &sp, &cut);
	    sent++) {
		add_sentence(x, rec, base + sp.start, base + sp.end, sent, pfx,
		    pfxn);
	}
}

static void
record(struct qx *x, struct rreader *rr, const struct rec *rec)
{
	struct stdvals	 sv;
	const char	*text, *lang;
	size_t		 len;
	int		 newdoc;

	text = tool_text(rr, rec, &len);
	if (rec->part == 1)
		warnx("%s:%lu: record longer than %u MiB, read in parts: "
		    "each part is a paragraph", x->file, rec->lineno,
		    LR_MAXLINE >> 20);
	rr_std(rr, rec, &sv);
	newdoc = x->doc.n != sv.doc.n || (sv.doc.n > 0 &&
	    memcmp(x->doc.p, sv.doc.p, sv.doc.n) != 0);
	if (x->open && (newdoc || sv.par != x->par || sv.sent <= 0 ||
	    rec->part > 1))
		end_paragraph(x);
	if (newdoc) {
		flush_carry(x);
		release_held(x);
		x->held_done = 0;
		history_reset(&x->h);
		x->turn_par = 0;
		x->marked.n = 0;
		x->doc.n = 0;
		(void)buf_add(&x->doc, sv.doc.p, sv.doc.n);
		langid_reset(&x->lid);
		x->doclang = NULL;
		x->langcode.n = 0;
	}
	if (!x->open) {
		if (x->lang != NULL)
			lang = x->lang;
		else if (sv.lang.n > 0 && !(sv.lang.n == 3 &&
		    memcmp(sv.lang.p, "und", 3) == 0)) {
			x->langcode.n = 0;
			(void)buf_add(&x->langcode, sv.lang.p, sv.lang.n);
			lang = NULL;
		} else {
			(void)langid_feed(&x->lid, text, len);
			lang = langid_best(&x->lid);
			/* a short paragraph says too little: the document's
			 * language so far */
			if (strcmp(lang, "und") != 0)
				x->doclang = lang;
			else if (x->doclang != NULL)
				lang = x->doclang;
		}
		if (lang != NULL) {
			x->langcode.n = 0;
			(void)buf_adds(&x->langcode, lang);
		}
		x->par = sv.par;
		x->open = 1;
	}
	add_text(x, rec, text, len, sv.sent);
}

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: quote-extract [-HhsuV] [-l lang] [-r file] "
	    "[--json] [file ...]\n");
	if (fp == stdout)
		fprintf(fp,
		    "Sentence or paragraph records to one record per "
		    "quotation:\n"
		    "doc lang par sent speaker role via cue kind text.\n"
		    "  -l, --lang=LANG       language of every record "
		    "(default: its lang column, or detected)\n"
		    "  -r, --rules=FILE      more cues and attribution rules "
		    "(ondit-rules(5))\n"
		    "  -s, --attributed      only quotations with a speaker\n"
		    "  -H, --no-header  --json  -u, --line-buffered  "
		    "-h, --help  -V, --version\n");
	exit(status);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ "attributed", no_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	static struct qx x;
	struct common	 c;		/* options shared by all tools */
	struct rreader	 rr;
	struct rwriter	 w;
	struct rec	 rec;
	struct rules_err e;
	const char	*path;
	int		 ch, i, fd, r = 0, started = 0;

	tool_init(&c);
	argv[0] = program_invocation_short_name;	/* getopt's messages */
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS "s", longopts,
	    NULL)) != -1) {
		if (common_opt(&c, ch, optarg))
			continue;
		switch (ch) {
		case 's':
			x.only_attributed = 1;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'V':
			printf("quote-extract (ondit) %s\n", ONDIT_VERSION);
			return 0;
		default:
			usage(stderr, 2);
		}
	}
	argc -= optind;
	argv += optind;
	x.lang = c.lang;

	if (attrib_init(&x.at, c.rules, c.nrules, &qx_packed, &e) == -1 ||
	    splitter_init(&x.sp, NULL, 0, &e) == -1 ||
	    langid_init(&x.lid, &e) == -1) {
		tool_rules_error(&e);
		attrib_free(&x.at);
		splitter_free(&x.sp);
		langid_free(&x.lid);
		return 2;
	}
	rw_init(&w, STDOUT_FILENO, c.json, c.linebuf);
	x.w = &w;
	for (i = 0; (i == 0 || i < argc) && !tool_stop; i++) {
		path = argc ? argv[i] : "-";
		if ((fd = tool_open(path)) == -1) {
			x.status = 2;
			continue;
		}
		x.file = path;
		rr_init(&rr, fd, path);
		while (!tool_stop && (r = rr_next(&rr, &rec)) > 0) {
			if (started && rr.header_changed) {
				/* written under the columns they were read
				 * with */
				end_paragraph(&x);
				flush_carry(&x);
				release_held(&x);
			}
			if (tool_columns(&x.lay, &started, &rr, &rec, owncols,
			    5))
				tool_check(&w, rw_header(&w, x.lay.names,
				    x.lay.n, c.header));
			record(&x, &rr, &rec);
		}
		end_paragraph(&x);
		if (r == -1 && !tool_stop) {
			warn("%s", path);
			x.status = 2;
		}
		rr_free(&rr);
		tool_close(fd);
	}
	flush_carry(&x);
	release_held(&x);
	if (x.at.nrefused > 0) {
		/* a rule was left out of the run: its output is not whole */
		tool_rules_error(&x.at.refused);
		x.status = 2;
	}
	if (x.status == 0 && x.written == 0)
		x.status = 1;
	layout_free(&x.lay);
	attrib_free(&x.at);
	splitter_free(&x.sp);
	langid_free(&x.lid);
	history_free(&x.h);
	speaker_free(&x.cur);
	speaker_free(&x.subj);
	speaker_free(&x.turn);
	return tool_finish(&w, x.status);
}
