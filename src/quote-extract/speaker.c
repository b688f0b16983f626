/*
 * speaker.c: from the words of an attribution to a speaker.
 *
 * The words are cut at the first adjunct ("lors d’une conférence"), then
 * split into a name (the capitalised words that end them, with particles
 * and initials, titles of [roles] moved out) and a role (what comes
 * before, or an apposition after: "Helen Marsh, the Foreign Secretary,").
 * A capitalised word after a preposition is a complement (l’ambassade de
 * Chine), not a name.  Pronouns take the latest speaker of their gender,
 * anaphors ("le porte-parole", "ce dernier") the latest whose role shares
 * their last word, a lone surname the full name met before.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "quote.h"
#include "u8.h"

const char *
via_name(int via)
{
	static const char *const names[] = { "", "name", "description",
		"pronoun", "anaphor", "adjacent", "unresolved", "subject",
		"repeated" };

	return names[via];
}

/* b holds s[a, e) only. */
static int
set(struct buf *b, const char *s, size_t a, size_t e)
{
	b->n = 0;
	return buf_add(b, s + a, e - a);
}

void
speaker_clear(struct speaker *sp)
{
	sp->name.n = sp->role.n = 0;
	sp->via = VIA_NONE;
	sp->gender = 0;
}

void
speaker_free(struct speaker *sp)
{
	buf_free(&sp->name);
	buf_free(&sp->role);
}

void
speaker_copy(struct speaker *d, const struct speaker *s)
{
	d->name.n = d->role.n = 0;
	(void)buf_add(&d->name, s->name.p, s->name.n);
	(void)buf_add(&d->role, s->role.p, s->role.n);
	d->via = s->via;
	d->gender = s->gender;
}

void
history_reset(struct history *h)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		speaker_clear(&h->e[i]);
	for (i = 0; i < h->nnames; i++)
		speaker_clear(&h->names[i]);
	h->n = h->nnames = h->nacr = 0;
	h->par_clock[0] = h->par_clock[1] = h->clock;
}

void
history_paragraph(struct history *h)
{
	h->par_clock[0] = h->par_clock[1];
	h->par_clock[1] = h->clock;
}

/*
 * "Pour la militante, …" after "s’insurge sa présidente, Gwenola Riou":
 * the latest speaker, or name that began a sentence ("Olivier X s’est
 * montré nuancé. «…», a concédé le haut fonctionnaire"), when met in
 * this paragraph or the previous one, named, and of the anaphor's gender
 * (or of none known); else NULL.  (A description met since is not
 * passed over: "L’entraîneur, X, a refusé de s’exprimer. « … », a lâché
 * un joueur. « … », a ajouté l’attaquant" is the player.)
 */
/* Whether text s opens with a capital that no elided determiner
 * ("L’association") nor article ("La chambre …") is. */
static int
capital_first(const struct buf *b)
{
	const char *s = b->p;

	if (b->n == 0)
		return 0;
	if (s[0] == 'L' && b->n >= 4 && (s[1] == '\'' ||
	    memcmp(s + 1, "\xE2\x80\x99", 3) == 0 ||
	    memcmp(s + 1, "e ", 2) == 0 || memcmp(s + 1, "a ", 2) == 0 ||
	    memcmp(s + 1, "es ", 3) == 0))
		return 0;
	return (unsigned char)s[0] >= 0x80 || (s[0] >= 'A' && s[0] <= 'Z');
}

/*
 * The speaker, or the name that opened a sentence, met the latest after
 * the clock was at since, if that is a name of a gender that fits (or,
 * with desc, a description: "Un médecin …, qui a requis l’anonymat" for
 * "ce praticien"); NULL otherwise.  A person's (person) is no
 * organisation noted whole.
 */
static struct speaker *
latest_met(struct history *h, int gender, int person, unsigned long since,
    int desc)
{
	struct speaker	*e, *best = NULL;
	unsigned long	 when = 0;
	size_t		 i;

	for (i = 0; i < h->n + h->nnames; i++) {
		unsigned long seen = i < h->n ? h->seen[i] : h->nseen[i - h->n];

		e = i < h->n ? &h->e[i] : &h->names[i - h->n];
		/* (an organisation noted whole, "l’association X", is no
		 * person's: "la militante" is not it, "le texte" may be
		 * its) */
		if (person && e->via == VIA_NAME && e->name.n > 0 &&
		    !capital_first(&e->name))
			continue;
		if ((i < h->n || h->nsubject[i - h->n]) && seen > when) {
			when = seen;
			best = e;
		}
	}
	if (best == NULL || when <= since || (best->via != VIA_NAME &&
	    !(desc && best->via == VIA_DESC)) ||
	    (gender != 0 && best->gender != 0 && best->gender != gender) ||
	    gender == 'p' || best->gender == 'p')
		return NULL;
	return best;
}

/* The latest speaker of this paragraph or the one before ([nearby]). */
static struct speaker *
latest_speaker(struct history *h, int gender, int person)
{
	return latest_met(h, gender, person, h->par_clock[0], 0);
}

/* Whether a and b hold the same text. */
static int
same_text(const struct buf *a, const struct buf *b)
{
	return a->n == b->n && memcmp(a->p, b->p, a->n) == 0;
}

/*
 * The speaker or subject met last in this paragraph, named or described,
 * of gender g (0: any): the one "l’intéressée" or "cette source" is.
 */
static struct speaker *
concerned_by(struct history *h, int g)
{
	struct speaker	*e, *best = NULL;
	unsigned long	 when = 0;
	size_t		 i;

	for (i = 0; i < h->n + h->nnames; i++) {
		unsigned long seen = i < h->n ? h->seen[i] : h->nseen[i - h->n];

		e = i < h->n ? &h->e[i] : &h->names[i - h->n];
		if ((i < h->n || h->nsubject[i - h->n]) && seen > when) {
			when = seen;
			best = e;
		}
	}
	if (best == NULL || when <= h->par_clock[1] || best->name.n == 0 ||
	    (g != 0 && best->gender != 0 && best->gender != g) ||
	    best->gender == 'p')
		return NULL;
	/* nor when the paragraph met someone else who may be meant: "X a
	 * accusé le maire, Paul Y, … L’intéressé a répondu" is Paul Y */
	for (i = 0; i < h->n + h->nnames; i++) {
		unsigned long seen = i < h->n ? h->seen[i] : h->nseen[i - h->n];

		e = i < h->n ? &h->e[i] : &h->names[i - h->n];
		if (e != best && seen > h->par_clock[1] && e->name.n > 0 &&
		    !same_text(&e->name, &best->name) && (g == 0 ||
		    e->gender == 0 || e->gender == g) && e->gender != 'p')
			return NULL;
	}
	return best;
}

/*
 * The person that a demonstrative points to: the latest speaker or
 * subject of this paragraph ("Manon X, 29 ans, a accouché d’une petite
 * Louise. « … », confie cette mère" is Manon's); not a name the
 * paragraph gives as an object ("après la mort de Patrick X. « … », a
 * dit cet homme"), nor a speaker of the paragraph before.
 */
static struct speaker *
pointed_to(struct history *h, int gender)
{
	return latest_met(h, gender, 1, h->par_clock[1], 1);
}

void
history_free(struct history *h)
{
	size_t	 i;

	for (i = 0; i < HISTORY; i++) {
		speaker_free(&h->e[i]);
		speaker_free(&h->names[i]);
	}
	for (i = 0; i < ACRONYMS; i++)
		buf_free(&h->acr[i].full);
	h->n = h->nnames = h->nacr = 0;
}

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/* p[0, n) lower-cased, with ' as ’, in key; its length, or 0. */
static size_t
lower_key(const char *p, size_t n, char key[256])
{
	size_t	 i = 0, k;
	uint64_t x, q, up;
	int32_t	 c;
	int	 len;

	/* ASCII without ', eight bytes at a time: A-Z get 0x20 */
	for (; i + 8 <= n && i + 8 < 256; i += 8) {
		memcpy(&x, p + i, 8);
		q = x ^ (ONES * '\'');
		if ((x & HIGHS) != 0 || ((q - ONES) & ~q & HIGHS) != 0)
			break;
		up = ((x | HIGHS) - ONES * 'A') & ~((x | HIGHS) - ONES * '[');
		x |= (up & HIGHS) >> 2;
		memcpy(key + i, &x, 8);
	}
	for (k = i; i < n && k + 4 < 256; i += (size_t)len) {
		unsigned char b = (unsigned char)p[i];

		len = 1;
		if (b < 0x80 && b != '\'') {
			key[k++] = (char)((unsigned)(b - 'A') < 26u ? b | 0x20 :
			    b);
			continue;
		}
		/* Latin-1 letters: À-Þ (not ×) are à-þ less 0x20 */
		if (b == 0xC3 && i + 1 < n && ((unsigned char)p[i + 1] &
		    0xC0) == 0x80) {
			b = (unsigned char)p[i + 1];
			key[k++] = (char)0xC3;
			key[k++] = (char)(b < 0x9F && b != 0x97 ? b + 0x20 : b);
			len = 2;
			continue;
		}
		if ((len = u8_decode(p + i, n - i, &c)) < 0)
			return 0;
		if (c == '\'')
			c = 0x2019;
		k += (size_t)u8_encode(u8_tolower(c), key + k);
	}
	return i == n ? k : 0;
}

/*
 * Words looked up, as written, with their lower-cased key, its hash and
 * the answers of the lists asked so far: a word is looked up in many
 * lists ("il" in [pronouns] m, f, ...) and again for each rule and
 * speaker of its sentence.  A table of MEMO words of 24 bytes at most,
 * by a hash of their bytes; a word's bytes are compared, so that a
 * buffer used again is no matter.  The lists never change once loaded.
 */
#define MEMO		4096
#define MEMO_RAW	24
#define MEMO_KEY	(MEMO_RAW * 2)

struct memo {
	char		 raw[MEMO_RAW];
	unsigned char	 rawn;		/* 0: empty */
	unsigned char	 kn;		/* 0: no key (invalid UTF-8) */
	char		 key[MEMO_KEY];
	size_t		 h;
	/* by the lists' numbers less one (struct wset's id) */
	uint64_t	 asked[LIST_IDS / 64], in[LIST_IDS / 64];
};

static struct memo memo[MEMO];

static struct memo *
memo_of(const char *p, size_t n)
{
	struct memo	*m;
	uint64_t	 a = 0, b = 0;
	char		 key[256];
	size_t		 kn;

	memcpy(&a, p, n < 8 ? n : 8);
	if (n > 8)
		memcpy(&b, p + n - 8, 8);
	m = &memo[((a ^ (b * 31) ^ n) * 0x9E3779B97F4A7C15ULL) >> 52];
	if (m->rawn == n && memcmp(m->raw, p, n) == 0)
		return m;
	kn = lower_key(p, n, key);
	if (kn > MEMO_KEY)
		return NULL;
	memcpy(m->raw, p, n);
	m->rawn = (unsigned char)n;
	memcpy(m->key, key, kn);
	m->kn = (unsigned char)kn;
	m->h = rules_hash(key, kn);
	memset(m->asked, 0, sizeof(m->asked));
	return m;
}

static int
listed_word(const struct wset *w, const char *p, size_t n)
{
	struct memo	*m;
	char		 key[256];
	size_t		 k;
	uint64_t	 bit;
	int		 in;

	/* a length no word of the list has, when lower-casing keeps it
	 * (ASCII without ', which becomes ’) */
	if (!wset_may_len(w, n)) {
		for (k = 0; k < n && (unsigned char)p[k] < 0x80 && p[k] != '\'';
		    k++)
			;
		if (k == n)
			return 0;
	}
	if (n == 0)
		return 0;
	if (n > MEMO_RAW || (m = memo_of(p, n)) == NULL) {
		k = lower_key(p, n, key);
		return k > 0 && wset_has_hashed(w, key, k, rules_hash(key, k),
		    1);
	}
	if (w->id == 0)
		return m->kn > 0 && wset_has_hashed(w, m->key, m->kn, m->h, 1);
	k = (size_t)(w->id - 1) / 64;
	bit = 1ULL << ((w->id - 1) % 64);
	if (m->asked[k] & bit)
		return (m->in[k] & bit) != 0;
	in = m->kn > 0 && wset_has_hashed(w, m->key, m->kn, m->h, 1);
	m->asked[k] |= bit;
	if (in)
		m->in[k] |= bit;
	else
		m->in[k] &= ~bit;
	return in;
}

/* Lower-cased, with ' as ’, looked up in a list. */
static inline int
listed(const struct wset *w, const char *p, size_t n)
{
	/* two letters that start no word of the list */
	if (n >= 2 && u8_ascii_letter((unsigned char)p[0]) &&
	    u8_ascii_letter((unsigned char)p[1]) && !wset_may_start(w,
	    (unsigned char)(p[0] | 0x20), (unsigned char)(p[1] | 0x20)))
		return 0;
	return listed_word(w, p, n);
}

int
speaker_listed(const struct wset *w, const char *s, size_t n)
{
	return listed(w, s, n);
}

int
speaker_person(const struct alang *l, const char *s, size_t n)
{
	return listed(&l->nearby, s, n) || listed(&l->newcomers, s, n);
}

int
speaker_gendered(const struct alang *l, const char *s, size_t n)
{
	return listed(&l->pron_m, s, n) || listed(&l->pron_f, s, n) ||
	    listed(&l->pron_p, s, n);
}

/* Whether the word p[0, n), which opens with a number, is in list w with
 * 0 for the number: "54-year-old" is "0-year-old". */
static int
listed_number(const struct wset *w, const char *p, size_t n)
{
	char	 key[64];
	size_t	 d = 0;

	while (d < n && p[d] >= '0' && p[d] <= '9')
		d++;
	if (d == 0 || n - d + 1 > sizeof(key))
		return 0;
	key[0] = '0';
	memcpy(key + 1, p + d, n - d);
	return listed(w, key, n - d + 1);
}

/* Whether the word after s[e] (spaces skipped, before n) is of [relatives]. */
static int
relative_after(const struct alang *l, const char *s, size_t e, size_t n)
{
	size_t	 w;

	while (e < n && s[e] == ' ')
		e++;
	for (w = e; w < n && s[w] != ' ' && s[w] != ','; w++)
		;
	return w > e && listed(&l->relatives, s + e, w - e);
}

/* Whether a word of s[a, b) after its first is of [prepositions]. */
static int
holds_prep(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 i, w;

	for (i = a; i < b && s[i] != ' '; i++)
		;
	for (; i < b; i = w) {
		while (i < b && s[i] == ' ')
			i++;
		for (w = i; w < b && s[w] != ' '; w++)
			;
		if (w > i && listed(&l->preps, s + i, w - i))
			return 1;
	}
	return 0;
}

/* Whether role r is a determiner and a word of [honorifics]. */
static int
honorific(const struct alang *l, const struct buf *r)
{
	const char	*sp = memchr(r->p, ' ', r->n);

	return sp != NULL && memchr(sp + 1, ' ', (size_t)(r->p + r->n - sp -
	    1)) == NULL && listed(&l->honorifics, sp + 1,
	    (size_t)(r->p + r->n - sp - 1));
}

static int
space_at(const char *s, size_t n, size_t i)
{
	unsigned char b = (unsigned char)s[i];
	int32_t	 c;
	int	 len;

	if (b < 0x80)
		return b == ' ' || b == '\t';
	if (b != 0xC2 && b != 0xE1 && b != 0xE2 && b != 0xE3)
		return 0;
	len = u8_decode(s + i, n - i, &c);
	return len > 0 && u8_isspace(c) ? len : 0;
}

/* Length of "l’", "d’", "qu’" at the start of a word, or 0. */
static int
elision(const char *s, size_t n, int *len)
{
	size_t	 k;

	for (k = 1; k <= 2 && k < n; k++)
		if ((s[k] == '\'' || (k + 3 <= n &&
		    memcmp(s + k, "\xE2\x80\x99", 3) == 0)) &&
		    ((s[0] | 0x20) == 'l' || (s[0] | 0x20) == 'd' ||
		    (s[0] | 0x20) == 'q')) {
			*len = (int)k + (s[k] == '\'' ? 1 : 3);
			return *len < (int)n ? 1 : 0;
		}
	return 0;
}

/*
 * Whether p[0, n) may start a multibyte space (Zs): U+00A0, U+1680,
 * U+2000-U+200A, U+202F, U+205F, U+3000, so that «, », ’, “ and ” are
 * passed over without decoding them.
 */
static int
maybe_zs(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;

	if (n < 2)
		return 0;
	if (p[0] == 0xC2)
		return p[1] == 0xA0;
	if (n < 3)
		return 0;
	if (p[0] == 0xE2)
		return (p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF)) ||
		    (p[1] == 0x81 && p[2] == 0x9F);
	return (p[0] == 0xE1 && p[1] == 0x9A) || (p[0] == 0xE3 && p[1] == 0x80);
}

#ifdef __SSE2__
/* The bits of the spaces (' ', TAB) of the 16 bytes at p; *lead gets
 * those of the bytes a multibyte space can start with. */
static inline unsigned
space_bits(const char *p, unsigned *lead)
{
	__m128i	 v = _mm_loadu_si128((const __m128i *)p);

	*lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
	    _mm_set1_epi8((char)0xC2))) | u8_in_range(v, 0xE1, 0xE3);
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v,
	    _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
}
#endif

/*
 * The spaces of s[base, base + 64): bit j is set when s[base + j] is part
 * of one (' ', TAB, or a multibyte space that space_at() knows), and for
 * the bytes at or past end.  *carry holds the bytes of a space that the
 * previous 64 left over, and gets those this one leaves.
 */
static uint64_t
space_mask(const char *s, size_t base, size_t end, unsigned *carry)
{
	uint64_t m = 0, lead = 0;
	size_t	 j = 0, n = end - base < 64 ? end - base : 64;
	unsigned char b;
	int	 len;
#ifdef __SSE2__
	unsigned ld;
#endif

#ifdef __SSE2__
	for (; j + 16 <= n; j += 16) {
		m |= (uint64_t)space_bits(s + base + j, &ld) << j;
		lead |= (uint64_t)ld << j;
	}
	/* the rest (n < 64: at end): the 16 bytes that end there, the
	 * bits of those before j shifted out */
	if (j < n && base + n >= 16) {
		size_t	 back = j + 16 - n;

		m |= (uint64_t)(space_bits(s + base + n - 16, &ld) >> back) << j;
		lead |= (uint64_t)(ld >> back) << j;
		j = n;
	}
#endif
	for (; j < n; j++) {
		b = (unsigned char)s[base + j];
		if (b == ' ' || b == '\t')
			m |= 1ULL << j;
		else if (b == 0xC2 || (b >= 0xE1 && b <= 0xE3))
			lead |= 1ULL << j;
	}
	if (n < 64)
		m |= ~0ULL << n;
	m |= (1ULL << *carry) - 1;	/* *carry < 4 */
	lead &= ~((1ULL << *carry) - 1);
	*carry = 0;
	while (lead != 0) {
		j = (size_t)__builtin_ctzll(lead);
		lead &= lead - 1;
		if (!maybe_zs(s + base + j, end - base - j) ||
		    (len = space_at(s, end, base + j)) <= 0)
			continue;
		if (j + (size_t)len > 64) {
			*carry = (unsigned)(j + (size_t)len - 64);
			len = (int)(64 - j);
		}
		m |= ((1ULL << len) - 1) << j;
		lead &= ~(((1ULL << len) - 1) << j);
	}
	return m;
}

/* The words of s[start, end), at most max of them, into t. */
static size_t
tokens_max(const char *s, size_t start, size_t end, struct tok *t,
    size_t max)
{
	size_t	 n = 0, base = start, i, k, off;
	unsigned carry = 0;
	uint64_t m, x;
	int	 len;

	if (start >= end)
		return 0;
	m = space_mask(s, base, end, &carry);
	off = 0;
	while (n < max) {
		/* the next word's start: a byte that is no space */
		while (off == 64 || (x = ~m >> off) == 0) {
			base += 64;
			if (base >= end)
				return n;
			m = space_mask(s, base, end, &carry);
			off = 0;
		}
		off += (size_t)__builtin_ctzll(x);
		i = base + off;
		if (i >= end)
			return n;
		/* its end: the next space, maybe 64 bytes on */
		while (off == 64 || (x = m >> off) == 0) {
			base += 64;
			m = space_mask(s, base, end, &carry);
			off = 0;
		}
		off += (size_t)__builtin_ctzll(x);
		k = base + off;
		t[n].s = i;
		t[n].e = k;
		/* l’avocat, d’État: the elided word is a token of its own */
		if (n + 1 < max && k - i > 4 && ((s[i] | 0x20) == 'l' ||
		    (s[i] | 0x20) == 'd' || (s[i] | 0x20) == 'q') &&
		    elision(s + i, k - i, &len) > 0) {
			t[n].e = i + (size_t)len;
			n++;
			t[n].s = i + (size_t)len;
			t[n].e = k;
		}
		n++;
	}
	return n;
}

static size_t
tokens(const char *s, size_t start, size_t end, struct tok *t)
{
	return tokens_max(s, start, end, t, MAXTOK);
}

/* Whether the word t opens a quotation: ", «, “. */
static int
opens_quote(const char *s, const struct tok *t)
{
	size_t	 n = t->e - t->s;

	return s[t->s] == '"' || (n >= 2 && memcmp(s + t->s, "\xC2\xAB",
	    2) == 0) || (n >= 3 && memcmp(s + t->s, "\xE2\x80\x9C", 3) == 0);
}

/* Whether the word t ends a quotation, a comma or a full stop aside: ",
 * », ”. */
static int
closes_quote(const char *s, const struct tok *t)
{
	size_t	 e = t->e;

	while (e > t->s && (s[e - 1] == ',' || s[e - 1] == '.'))
		e--;
	return (e > t->s && s[e - 1] == '"') || (e - t->s >= 2 &&
	    memcmp(s + e - 2, "\xC2\xBB", 2) == 0) || (e - t->s >= 3 &&
	    memcmp(s + e - 3, "\xE2\x80\x9D", 3) == 0);
}

static int
capital_multibyte(const char *s, const struct tok *t)
{
	int32_t	 c;

	return u8_decode(s + t->s, t->e - t->s, &c) > 0 && u8_isupper(c);
}

/* Whether the word t is an elided one: "l’", "d’". */
static int
elided(const char *s, const struct tok *t)
{
	return t->e > t->s && (s[t->e - 1] == '\'' || (t->e - t->s >= 3 &&
	    memcmp(s + t->e - 3, "\xE2\x80\x99", 3) == 0));
}

/* Whether the word t starts with a capital letter. */
static inline int
capital(const char *s, const struct tok *t)
{
	unsigned char b = (unsigned char)s[t->s];

	return b < 0x80 ? b >= 'A' && b <= 'Z' : capital_multibyte(s, t);
}

/* Whether the first letter after the mark that opens word t, in t or in
 * the next word u, is a capital: « Les Amis », «Les Amis», “The Patch”. */
static int
marked_capital(const char *s, const struct tok *t, const struct tok *u)
{
	size_t	 k = s[t->s] == '"' ? 1 : (unsigned char)s[t->s] == 0xC2 ? 2 : 3;

	if (t->s + k < t->e)
		return capital(s, &(struct tok){ t->s + k, t->e });
	return u != t && capital(s, u);
}

/*
 * Whether t[0, nt) are a determiner and an organisation's noun ("le
 * collectif", "l’association"), then three words at most and a name in
 * marks: "l’association de protection animale « Sentinelles des
 * abattoirs »".
 */
static int
org_marked(const struct alang *l, const char *s, const struct tok *t,
    size_t nt)
{
	size_t	 i, k;
	int	 len;

	if (elision(s + t[0].s, t[0].e - t[0].s, &len) &&
	    listed(&l->organisations, s + t[0].s + len,
	    t[0].e - t[0].s - (size_t)len))
		k = 1;
	else if (listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
	    listed(&l->organisations, s + t[1].s, t[1].e - t[1].s))
		k = 2;
	else
		return 0;
	for (i = k; i < nt && i <= k + 3; i++)
		if (opens_quote(s, &t[i]))
			return i == k || marked_capital(s, &t[i],
			    &t[i + (i + 1 < nt)]);
	return 0;
}

/*
 * The role that ends the words t[.., i) of s[rs, re) before a name set
 * off by commas, when they are no description: from the last determiner
 * after a preposition, six words at most and no capital ("au procès de
 * la société X et de son ancien directeur d’usine, Didier Y,"); returns
 * its start, or 0 with *re 0 when there is none.
 */
static int
bare_title(const struct alang *, const char *, size_t *, size_t);
static size_t
acronym_len(const char *, size_t, size_t);
static int
auxiliary(const struct alang *, const char *, size_t);

static size_t
role_tail(const struct alang *l, const char *s, const struct tok *t,
    size_t i, size_t rs, size_t *re)
{
	size_t	 k;

	for (k = i; k > 1 && t[k - 1].s >= rs && i - k < 6; k--) {
		if (k < i && capital(s, &t[k])) {
			/* a capitalised complement: "la préfète des
			 * Hautes-Alpes", "le maire de la Rochelle" */
			if (listed(&l->preps, s + t[k - 1].s,
			    t[k - 1].e - t[k - 1].s))
				continue;
			if (k >= 3 && listed(&l->dets, s + t[k - 1].s,
			    t[k - 1].e - t[k - 1].s) && listed(&l->preps,
			    s + t[k - 2].s, t[k - 2].e - t[k - 2].s)) {
				k--;
				continue;
			}
			break;
		}
		if (listed(&l->dets, s + t[k - 1].s, t[k - 1].e - t[k - 1].s)) {
			/* not an opening adverbial: "Sur le parvis, X" */
			if (k >= 2 && t[k - 2].s > rs && listed(&l->preps,
			    s + t[k - 2].s, t[k - 2].e - t[k - 2].s) && k < i)
				return t[k - 1].s;
			break;
		}
	}
	*re = 0;
	return 0;
}

/*
 * Whether the capitalised words t[i, e), after a determiner or a
 * preposition, are a place of one word and a name of two or more:
 * "(la députée de la) Gironde Nadège Fontanel-Ribeiro", "(le maire de)
 * Bordeaux Pierre Hurmic".
 */
/* The length of word t without the punctuation that ends it: "Union."
 * is "Union". */
static size_t
bare_len(const char *s, const struct tok *t)
{
	size_t	 e = t->e;

	while (e > t->s && (s[e - 1] == '.' || s[e - 1] == ',' ||
	    s[e - 1] == ';' || s[e - 1] == ':'))
		e--;
	return e - t->s;
}

/*
 * Whether t[i - 1] is an English participle in lower case ("waiting",
 * "based") of a description that opens with "a", "an" or "one": the
 * adjunct after it is the participle's ("a woman waiting at a bus stop",
 * "a paramedic based at Milbury station"), not the end of the
 * description.
 */
static int
participle_of_indefinite(const char *s, const struct tok *t, size_t i)
{
	const char	*w = s + t[i - 1].s, *d = s + t[0].s;
	size_t		 n = t[i - 1].e - t[i - 1].s, dn = t[0].e - t[0].s;

	return n > 4 && w[0] >= 'a' && w[0] <= 'z' &&
	    (memcmp(w + n - 3, "ing", 3) == 0 || memcmp(w + n - 2, "ed",
	    2) == 0) &&
	    ((dn == 1 && (d[0] | 0x20) == 'a') || (dn == 2 &&
	    (d[0] | 0x20) == 'a' && d[1] == 'n') || (dn == 3 &&
	    (d[0] | 0x20) == 'o' && memcmp(d + 1, "ne", 2) == 0));
}

/* Whether one of the words t[from, to) opens with a capital. */
static int
capitals_in(const char *s, const struct tok *t, size_t from, size_t to)
{
	for (; from < to; from++)
		if (capital(s, &t[from]))
			return 1;
	return 0;
}

static int	first_name(const struct alang *, const char *,
		    const struct tok *);

/*
 * Whether the capitals t[i, e) are a place of one word, then a name: "la
 * députée de la Gironde Nadège X", "la maire de Paris Anne Y" (after a
 * preposition alone, the name must open with a first name: "the chief
 * executive of Pennine Vale Water" is one name).
 */
static int
place_first(const struct alang *l, const char *s, const struct tok *t,
    size_t i, size_t e)
{
	return i > 0 && e - i >= 3 && s[t[i].e - 1] != ',' &&
	    capital(s, &t[i + 1]) && !listed(&l->particles, s + t[i + 1].s,
	    t[i + 1].e - t[i + 1].s) && (listed(&l->dets, s + t[i - 1].s,
	    t[i - 1].e - t[i - 1].s) || (listed(&l->preps, s + t[i - 1].s,
	    t[i - 1].e - t[i - 1].s) && first_name(l, s, &t[i + 1]) != 0)) &&
	    !listed(&l->roles, s + t[i].s,
	    t[i].e - t[i].s) && !listed(&l->institutions, s + t[e - 1].s,
	    bare_len(s, &t[e - 1])) &&	/* the Waterways Standards Agency */
	    /* a club's: "du Tours Ligérien FC" */
	    acronym_len(s, t[e - 1].s, t[e - 1].s + bare_len(s, &t[e - 1])) == 0;
}

/* The gender that the capitalised word t tells as a first name of
 * [firstnames], or 0. */
static int
first_name(const struct alang *l, const char *s, const struct tok *t)
{
	const char *p = s + t->s, *dash;
	size_t	 len = t->e - t->s;

	if (!capital(s, t))
		return 0;
	/* "Marie-Hélène", "Jean-Marc": the first name before the hyphen */
	if (!listed(&l->first_m, p, len) && !listed(&l->first_f, p, len) &&
	    (dash = memchr(p, '-', len)) != NULL)
		len = (size_t)(dash - p);
	return listed(&l->first_m, p, len) ? 'm' :
	    listed(&l->first_f, p, len) ? 'f' : 0;
}

static int
gender_of(const struct alang *l, const char *s, const struct tok *t,
    size_t n)
{
	size_t	 i, len;
	const char *p;

	/* "some officials", "les experts": [genders] p, first word only */
	if (n > 0 && listed(&l->gender_p, s + t[0].s, t[0].e - t[0].s))
		return 'p';
	for (i = 0; i < n && i < 2; i++) {
		p = s + t[i].s;
		len = t[i].e - t[i].s;
		/* a pronoun that is a determiner before a noun tells its
		 * possessor's gender: "Her opposition counterpart, X" (not
		 * an article of [genders]: "la", "une") */
		if (i + 1 < n && listed(&l->dets, p, len) &&
		    (listed(&l->pron_m, p, len) || listed(&l->pron_f, p, len)) &&
		    !listed(&l->gender_m, p, len) && !listed(&l->gender_f, p,
		    len))
			continue;
		if (listed(&l->pron_m, p, len) || listed(&l->gender_m, p, len))
			return 'm';
		if (listed(&l->pron_f, p, len) || listed(&l->gender_f, p, len))
			return 'f';
		if (listed(&l->pron_n, p, len))
			return 'n';
	}
	return 0;
}

/* Whether the ")" that ends s[a, b) closes a "(" of it: "(UCA)". */
static int
closes(const char *s, size_t a, size_t b)
{
	size_t	 i;
	int	 depth = 0;

	for (i = a; i + 1 < b; i++)
		depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
	return depth > 0;
}

/*
 * Whether a quotation mark ends just before s[c]: ", « or », “ or ”
 * (their last bytes alone are also those of letters: ë is C3 AB).
 */
static int
mark_before(const char *s, size_t c)
{
	const unsigned char *p = (const unsigned char *)s + c;

	if (c >= 1 && p[-1] == '"')
		return 1;
	if (c >= 2 && p[-2] == 0xC2 && (p[-1] == 0xAB || p[-1] == 0xBB))
		return 1;
	return c >= 3 && p[-3] == 0xE2 && p[-2] == 0x80 && (p[-1] == 0x9C ||
	    p[-1] == 0x9D);
}

/* Whether the comma at s[i] separates thousands: a digit before, three
 * after and no fourth ("£24,000"). */
static int
thousands(const char *s, size_t i)
{
	return i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' &&
	    s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
	    s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
	    !(s[i + 4] >= '0' && s[i + 4] <= '9');
}

/*
 * When a closing mark ends s[.., c) and a word in lower case comes before
 * its opening mark, 120 bytes back at most with no other mark, comma or
 * full stop between, the start of the opening mark: a name in marks
 * ("le collectif « Les Amis de la halle »"); else c.
 */
static size_t
name_in_marks(const char *s, size_t c)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t	 i;
	int32_t	 ch;
	int	 len;

	if (c >= 2 && u[c - 2] == 0xC2 && u[c - 1] == 0xBB)
		i = c - 2;
	else if (c >= 3 && u[c - 3] == 0xE2 && u[c - 2] == 0x80 &&
	    u[c - 1] == 0x9D)
		i = c - 3;
	else
		return c;
	for (; i > 0 && c - i < 120 && s[i - 1] != ',' && s[i - 1] != '.';
	    i--)
		if (mark_before(s, i)) {
			size_t	 o = u[i - 1] == 0xAB ? i - 2 : i - 3, w;

			if ((u[i - 1] != 0xAB && u[i - 1] != 0x9C) || o < 2 ||
			    s[o - 1] != ' ')
				return c;
			for (w = o - 1; w > 0 && s[w - 1] != ' '; w--)
				;
			/* (after an elision: "L’association") */
			if (elision(s + w, o - 1 - w, &len))
				w += (size_t)len;
			if (w >= o - 1 || s[w] < 'a' || s[w] > 'z')
				return c;
			/* (a name: a capital after the mark, not words
			 * quoted, "the figures “do not lie”") */
			for (w = i; w < c && (s[w] == ' ' || (u[w] == 0xC2 &&
			    u[w + 1] == 0xA0)); w += s[w] == ' ' ? 1 : 2)
				;
			return u8_decode(s + w, c - w, &ch) > 0 &&
			    u8_isupper(ch) ? o : c;
		}
	return c;
}

/* Trims spaces and punctuation from the edges of s[*a, *b). */
static void
trim(const char *s, size_t *a, size_t *b)
{
	int32_t	 c;
	int	 len;

	while (*a < *b && (len = u8_decode(s + *a, *b - *a, &c)) > 0 &&
	    (u8_isspace(c) || c == ',' || c == ':' || c == ';'))
		*a += (size_t)len;
	while (*b > *a && (len = u8_decode_back(s + *a, *b - *a, &c)) > 0 &&
	    (u8_isspace(c) || c == ',' || c == ':' || c == ';' || c == '.' ||
	    (c == ')' && !closes(s, *a, *b)) || c == '('))
		*b -= (size_t)len;
}

static int possessive(const char *, const struct tok *);

/*
 * Whether the words s[a, b) after a named speaker inside a quotation
 * ("« …, a réagi Nadia Perron, déléguée de l’UAP. … »") are a title, not
 * the quotation going on ("…, a dit Paul Roy, nous irons jusqu’au
 * bout."): a first word of [genders] or [nearby], or a capital after a
 * preposition and no pronoun, determiner or auxiliary first.
 */
static int
inside_title(const struct alang *l, const char *s, size_t a, size_t b)
{
	struct tok	 t[16];
	size_t		 n = tokens_max(s, a, b, t, 16), k;

	if (n == 0)
		return 0;
	if (listed(&l->gender_m, s + t[0].s, t[0].e - t[0].s) ||
	    listed(&l->gender_f, s + t[0].s, t[0].e - t[0].s) ||
	    listed(&l->nearby, s + t[0].s, t[0].e - t[0].s))
		return !listed(&l->dets, s + t[0].s, t[0].e - t[0].s);
	if (capital(s, &t[0]) || listed(&l->dets, s + t[0].s,
	    t[0].e - t[0].s) || speaker_gendered(l, s + t[0].s,
	    t[0].e - t[0].s) || auxiliary(l, s + t[0].s, t[0].e - t[0].s))
		return 0;
	for (k = 1; k < n; k++)
		if (capital(s, &t[k]) && listed(&l->preps, s + t[k - 1].s,
		    t[k - 1].e - t[k - 1].s))
			return 1;
	return 0;
}

/* A description phrase ("the Foreign Secretary", "Mallen Sea Ferries’
 * chief executive": a name's possessive first), from s[a, b). */
static int
description(const struct alang *l, const char *s, size_t a, size_t b)
{
	struct tok t[MAXTOK];
	size_t	 n = tokens(s, a, b, t), k;

	if (n >= 2 && n <= 14 && listed(&l->dets, s + t[0].s,
	    t[0].e - t[0].s))
		return 1;
	for (k = 0; k < 4 && k + 1 < n && n <= 14 && capital(s, &t[k]); k++)
		if (possessive(s, &t[k]))
			return !capital(s, &t[k + 1]);
	return 0;
}

/* A relative ("qui", "who") or a complementizer ("que"). */
static int
clause_word(const struct alang *l, const char *s, const struct tok *t)
{
	return attrib_clause_word(l, s, t->s, t->s, t->e) > 0 ||
	    listed(&l->relatives, s + t->s, t->e - t->s);
}

static const char *contraction(const struct alang *, const char *,
    const struct tok *);

/*
 * Whether s[a, b) opens with a participle and a preposition of place,
 * as a sentence's opener does: "Assise sur un lit de camp, Martine X"
 * (not an agent's: "Convoquée par la préfète des Hautes-Alpes, Claire
 * X,"; nor "C’est en ces termes que la porte-parole, X,").
 */
static int
opener_phrase(const struct alang *l, const char *s, size_t a, size_t b)
{
	static const char *const ends[] = { "é", "ée", "és", "ées", "ise",
	    "is", "ie", "u", "ue", "us", "ed", "ing" };
	struct tok	 t[2];
	size_t		 i, n, k;
	const char	*w;

	if (tokens_max(s, a, b, t, 2) != 2 || !listed(&l->preps,
	    s + t[1].s, t[1].e - t[1].s) || listed(&l->agents, s + t[1].s,
	    t[1].e - t[1].s))
		return 0;
	w = s + t[0].s;
	n = t[0].e - t[0].s;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		if ((k = strlen(ends[i])) + 2 < n &&
		    memcmp(w + n - k, ends[i], k) == 0)
			return 1;
	return 0;
}

/*
 * The role that ends the words s[a, *re) before a comma and a name, when
 * they are no description: from the last determiner that no preposition
 * comes before, if it and its noun are an anaphor of the lists ("Il
 * était 1 heure quand le ministre du Travail, X, …"; not "Après avoir
 * vu le film, X"); returns its start, or 0 with *re 0.
 */
static size_t
role_last(const struct alang *l, const char *s, size_t a, size_t *re)
{
	struct tok t[MAXTOK];
	size_t	 n = tokens(s, a, *re, t), k;

	for (k = n; k > 1; k--)
		if (listed(&l->dets, s + t[k - 2].s, t[k - 2].e - t[k - 2].s)) {
			if (k > 2 && listed(&l->preps, s + t[k - 3].s,
			    t[k - 3].e - t[k - 3].s))
				continue;
			if (listed(&l->anaphors, s + t[k - 2].s, t[k - 1].e -
			    t[k - 2].s) || listed(&l->nearby, s + t[k - 1].s,
			    t[k - 1].e - t[k - 1].s))
				return t[k - 2].s;
			break;
		}
	*re = 0;
	return 0;
}

/*
 * The start of the role in the description s[rs, re) when a clause comes
 * first: "Un engagement qui laisse sceptique la députée (divers gauche)
 * de la Creuse" is "la députée …", the first determiner after the
 * clause's relative that no preposition comes before; re when there is
 * none, rs when there is no clause.
 */
static size_t
role_after_clause(const struct alang *l, const char *s, size_t rs,
    size_t re)
{
	struct tok t[MAXTOK];
	size_t	 n = tokens(s, rs, re, t), k, c = n;

	/* (or a coordination before a determiner: "Both Calloway and his
	 * former operations director, Simon X," is "his former …") */
	for (k = 0; k < n; k++)
		if (clause_word(l, s, &t[k]) || (k + 1 < n &&
		    listed(&l->coordinations, s + t[k].s, t[k].e - t[k].s) &&
		    listed(&l->dets, s + t[k + 1].s, t[k + 1].e - t[k + 1].s)))
			c = k;
	if (c == n)
		return rs;
	for (k = c + 1; k < n; k++)
		if (listed(&l->dets, s + t[k].s, t[k].e - t[k].s) &&
		    !listed(&l->preps, s + t[k - 1].s, t[k - 1].e - t[k - 1].s))
			return t[k].s;
	return re;
}

/* Whether w[0, wn) is an auxiliary of the cue lists, as written. */
static int
auxiliary(const struct alang *l, const char *w, size_t wn)
{
	const char *p;

	for (p = l->aux.p; l->aux.n > 0 && p < l->aux.p + l->aux.n;
	    p += strlen(p) + 1)
		if (strlen(p) == wn && memcmp(p, w, wn) == 0)
			return 1;
	return 0;
}

/*
 * The length of the acronym that s[a, b) is ("AFLD", "FFC"), two to
 * fifteen capital letters or digits, the first a letter; else 0.
 */
static size_t
acronym_len(const char *s, size_t a, size_t b)
{
	size_t	 i;

	if (b - a < 2 || b - a > 15 || s[a] < 'A' || s[a] > 'Z')
		return 0;
	for (i = a; i < b; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' &&
		    s[i] <= '9')))
			return 0;
	return b - a;
}

/*
 * A title or apposition without a determiner ("économiste au CEIT",
 * "chief executive of the trust"), the words t[0, n) of s[a, b): a
 * lower-case word first, that is no preposition, pronoun, adjunct or
 * auxiliary, and no relative ("qui", "who"), complementizer or cue word
 * in it ("assurant que …", "a-t-il dit").
 */
static int
bare_role(const struct alang *l, const char *s, size_t a, size_t b,
    const struct tok *t, size_t n)
{
	const char *w = s + t[0].s;
	size_t	 wn = t[0].e - t[0].s, i;
	int32_t	 c;

	/* a capital opens a name, but an acronym of [roles] a title: "X,
	 * PDG du groupe" (not "X, Minister Tom Jones and …") */
	if ((capital(s, &t[0]) && (acronym_len(s, t[0].s, t[0].e) == 0 ||
	    !listed(&l->roles, w, wn))) ||
	    u8_decode(w, wn, &c) <= 0 || !u8_isalpha(c))
		return 0;
	if (listed(&l->dets, w, wn) || listed(&l->preps, w, wn) ||
	    listed(&l->adjuncts, w, wn) || listed(&l->pron_m, w, wn) ||
	    listed(&l->pron_f, w, wn) || listed(&l->pron_p, w, wn) ||
	    listed(&l->pron_any, w, wn))
		return 0;
	if (auxiliary(l, w, wn))
		return 0;	/* "was", "a" */
	for (i = 0; i < n; i++)
		if (clause_word(l, s, &t[i]))
			return 0;
	return !attrib_has_cue(l, s, a, b);
}

/*
 * Whether s[a, b), set off by commas after a name, is an aside rather
 * than a title: a first word of [adjuncts] or [prepositions] ("however",
 * "en revanche", "speaking on Monday"), or a passive with its agent, a
 * word of [agents] second ("cité par Le Monde", "quoted by").
 */
static int
aside(const struct alang *l, const char *s, size_t a, size_t b)
{
	struct tok t[2];
	size_t	 n = tokens_max(s, a, b, t, 2);

	return (n >= 1 && (listed(&l->adjuncts, s + t[0].s, t[0].e - t[0].s) ||
	    listed(&l->preps, s + t[0].s, t[0].e - t[0].s))) || (n == 2 &&
	    listed(&l->agents, s + t[1].s, t[1].e - t[1].s));
}

/* Whether s[a, b) is a clause: a relative or a complementizer first,
 * or in it when no determiner opens it ("a retired teacher who …" is a
 * description). */
static int
clause_like(const struct alang *l, const char *s, size_t a, size_t b)
{
	struct tok t[16];
	size_t	 n = tokens_max(s, a, b, t, 16), i;

	if (n > 0 && listed(&l->dets, s + t[0].s, t[0].e - t[0].s))
		return 0;
	for (i = 0; i < n; i++)
		if (clause_word(l, s, &t[i]))
			return 1;
	return 0;
}

enum { APPOS_NONE, APPOS_DET, APPOS_BARE };

/* Whether the full stop at s[k] ends a title of [roles] ("avocat de
 * M. Roux") or an initial, not the apposition. */
static int
title_stop(const struct alang *l, const char *s, size_t c, size_t k)
{
	size_t	 w = k;

	while (w > c && u8_ascii_letter((unsigned char)s[w - 1]))
		w--;
	return (w == c || s[w - 1] == ' ') && k > w && (listed(&l->roles,
	    s + w, k + 1 - w) || (k - w == 1 && s[w] >= 'A' && s[w] <= 'Z'));
}

/* Whether the determiner d and the noun w, the last of capitalised
 * words, are an anaphor of [anaphors], or w an acronym of [roles]: "the
 * Liberal Democrat MP", "a Conservative MP" are titles, not names. */
static int
title_after_capitals(const struct alang *l, const char *s,
    const struct tok *d, const struct tok *w)
{
	char	 key[64];
	size_t	 dn = d->e - d->s, wn = w->e - w->s;

	while (wn > 0 && (s[w->s + wn - 1] == ',' || s[w->s + wn - 1] == '.'))
		wn--;
	if (dn + 1 + wn > sizeof(key) || wn == 0 || !listed(&l->dets,
	    s + d->s, dn))
		return 0;
	/* "a Conservative MP": a title's acronym of [roles] after any
	 * determiner */
	if (acronym_len(s, w->s, w->s + wn) > 0 && listed(&l->roles, s + w->s,
	    wn))
		return 1;
	memcpy(key, s + d->s, dn);
	key[dn] = ' ';
	memcpy(key + dn + 1, s + w->s, wn);
	return listed(&l->anaphors, key, dn + 1 + wn);
}

/* Whether the word t is a possessive: "Ashvale’s", "the company's". */
static int
possessive(const char *s, const struct tok *t)
{
	size_t	 n = t->e - t->s;

	return (n > 2 && s[t->e - 1] == 's' && s[t->e - 2] == '\'') ||
	    (n > 4 && s[t->e - 1] == 's' && memcmp(s + t->e - 4,
	    "\xE2\x80\x99", 3) == 0) ||
	    /* a plural's: "Mallen Sea Ferries’" */
	    (n > 2 && s[t->e - 1] == '\'' && s[t->e - 2] == 's') ||
	    (n > 4 && s[t->e - 4] == 's' && memcmp(s + t->e - 3,
	    "\xE2\x80\x99", 3) == 0);
}

/*
 * The apposition after a name, from s[c] (after its comma) to the next
 * comma or full stop before b, an age first passed over ("Mathilde
 * Roussel, 44 ans, céréalière à Vars"): APPOS_DET for a description
 * that opens with a determiner ("le porte-parole du club"), APPOS_BARE
 * for a title without one, with its bounds in *as, *ae; else APPOS_NONE.
 */
/*
 * Whether s[c, b), which a quotation follows (quoted), has no colon
 * before it: words that a determiner opens are then the sentence's own
 * ("…, at the University of Eastmoor, the government faces “…”"), not an
 * apposition ("Paul Roy, le maire de Lyon : « … »" has one).
 */
static int
cut_by_quote(const char *s, size_t c, size_t b, int quoted)
{
	while (b > c && s[b - 1] == ' ')
		b--;
	return quoted && b > c && s[b - 1] != ':';
}

static int
apposition(const struct alang *l, const char *s, size_t c, size_t b,
    int quoted, size_t *as, size_t *ae)
{
	struct tok t[16];
	size_t	 k, n, tries, i, j;
	int	 kind;

	for (tries = 0; tries < 2; tries++) {
		while (c < b && s[c] == ' ')
			c++;
		for (k = c; k < b && k - c < 120 && s[k] != ',' && s[k] != ';' &&
		    (s[k] != '.' || title_stop(l, s, c, k)); k++)
			;
		if (k - c >= 120)
			return APPOS_NONE;
		if (tries == 0 && c < k && s[c] >= '0' && s[c] <= '9' &&
		    k < b && s[k] == ',' && k - c < 12) {
			c = k + 1;	/* "44 ans", "71" */
			continue;
		}
		/* as description() does, two words to fourteen */
		n = tokens_max(s, c, k, t, 16);
		if (n == 0 || n > 14 || (k == b && listed(&l->dets, s + t[0].s,
		    t[0].e - t[0].s) && cut_by_quote(s, c, b, quoted)))
			return APPOS_NONE;
		/* "a letter to the prime minister, Catherine Holloway, that
		 * he was sorry": the reported clause, no title; nor a manner
		 * of two words of [adjuncts], "X, la voix blanche." */
		if (attrib_clause_word(l, s, t[0].s, t[0].s, t[0].e) ==
		    t[0].e - t[0].s || (n >= 2 && listed(&l->adjuncts,
		    s + t[0].s, t[1].e - t[0].s)))
			return APPOS_NONE;
		/* "vétérinaire rural qui suit …": a title to the relative
		 * clause after it */
		if (!listed(&l->relatives, s + t[0].s, t[0].e - t[0].s))
			for (i = 1; i < n; i++)
				if (listed(&l->relatives, s + t[i].s,
				    t[i].e - t[i].s)) {
					k = t[i - 1].e;
					n = i;
					break;
				}
		/* "who became Ashvale’s chief executive in January", "qui
		 * est aussi maire de Lanvel": the role after the copula, to
		 * an adjunct */
		if (n >= 3 && listed(&l->relatives, s + t[0].s, t[0].e - t[0].s)) {
			for (i = 1; i < 3 && i < n && !listed(&l->copulas,
			    s + t[i].s, t[i].e - t[i].s); i++)
				;
			if (i == 3 || i + 1 >= n)
				return APPOS_NONE;
			/* (a passive's agent is no title: "which was
			 * alerted by a passing trawler") */
			if (i + 2 < n && listed(&l->agents, s + t[i + 2].s,
			    t[i + 2].e - t[i + 2].s))
				return APPOS_NONE;
			for (j = i + 2; j < n && !listed(&l->adjuncts, s + t[j].s,
			    t[j].e - t[j].s); j++)
				;
			c = t[i + 1].s;
			k = t[j - 1].e;
			memmove(t, t + i + 1, (j - i - 1) * sizeof(t[0]));
			n = j - i - 1;
		}
		/* after an age, a verb and its object: "Jacky X, 58 ans,
		 * tient la boucherie, …" (a determiner second that is no
		 * preposition: not "X, 58 ans, président des Amis de la
		 * halle"; nor, without an age, "Tom X, once a miner,") */
		if (tries == 1 && n >= 3 && listed(&l->dets, s + t[1].s,
		    t[1].e - t[1].s) && !listed(&l->preps, s + t[1].s,
		    t[1].e - t[1].s))
			return APPOS_NONE;
		/* (or a name's possessive: "Hebrinn Ferries’ managing
		 * director", "Kent County Council’s leader") */
		for (i = 0; i + 1 < n && i < 4 && capital(s, &t[i]) &&
		    !possessive(s, &t[i]); i++)
			;
		kind = n >= 2 && (listed(&l->dets, s + t[0].s, t[0].e - t[0].s) ||
		    (i + 1 < n && possessive(s, &t[i]))) ? APPOS_DET :
		    bare_role(l, s, c, k, t, n) ? APPOS_BARE : APPOS_NONE;
		if (kind != APPOS_NONE) {
			*as = c;
			*ae = k;
		}
		return kind;
	}
	return APPOS_NONE;
}

/*
 * Search of word w in b, ASCII case aside: bytes that differ only in bit
 * 5 (0x20) are taken as equal.
 */
static int
contains(const struct buf *b, const char *w, size_t n)
{
	const unsigned char *p = (const unsigned char *)b->p;
	const unsigned char *u = (const unsigned char *)w;
	size_t		 i, k;

	for (i = 0; n > 0 && i + n <= b->n; i++) {
#ifdef __SSE2__
		/* the first byte's candidates, 16 bytes at a time */
		while (i + n + 16 <= b->n) {
			unsigned hit = (unsigned)_mm_movemask_epi8(
			    _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128(
			    (const __m128i *)(p + i)), _mm_set1_epi8(0x20)),
			    _mm_set1_epi8((char)(u[0] | 0x20))));

			if (hit != 0) {
				i += (size_t)__builtin_ctz(hit);
				break;
			}
			i += 16;
		}
#endif
		if (((p[i] ^ u[0]) & 0xDF) != 0)
			continue;
		for (k = 1; k < n && ((p[i + k] ^ u[k]) & 0xDF) == 0; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Search of w in b as a whole word, maybe plural, ASCII case aside. */
static int
contains_word(const struct buf *b, const char *w, size_t n)
{
	struct buf	 rest = *b;
	size_t		 i, k;

	while (n > 0 && rest.n >= n && contains(&rest, w, n)) {
		for (i = 0; i + n <= rest.n; i++) {
			for (k = 0; k < n && ((rest.p[i + k] ^ w[k]) & 0xDF) == 0;
			    k++)
				;
			if (k == n)
				break;
		}
		/* (a plural's s is the word's: "Laboratoires X" is "le
		 * laboratoire") */
		k = i + n < rest.n && (rest.p[i + n] | 0x20) == 's' ? 1 : 0;
		/* (after an elision: "l’avocate") */
		if ((i == 0 || !u8_word_byte((unsigned char)rest.p[i - 1]) ||
		    (i >= 3 && memcmp(rest.p + i - 3, "\xE2\x80\x99", 3) ==
		    0)) &&
		    (i + n + k == rest.n ||
		    !u8_word_byte((unsigned char)rest.p[i + n + k])))
			return 1;
		rest.p += i + 1;
		rest.n -= i + 1;
	}
	return 0;
}

static int ends_word(const struct buf *, const char *, size_t);

/* Whether w is a word of b, or the end of one when it is long enough to
 * be a compound's ("le club" of "l’aéroclub"), not a part of another
 * ("MP" of "company"). */
static int
role_word(const struct buf *b, const char *w, size_t n)
{
	return contains_word(b, w, n) || (n >= 4 && ends_word(b, w, n));
}

/*
 * Whether each w in role is inside another relative's noun, whose other
 * part is of [kin]: "grandmother", "grand-mère", "mother-in-law" (the
 * mother of two is no grandmother of five).
 */
static int
kin_only(const struct alang *l, const struct buf *role, const char *w,
    size_t n)
{
	const char	*p = role->p;
	size_t		 i, k, ws, we;
	int		 seen = 0;

	for (i = 0; l->kin.n > 0 && i + n <= role->n; i++) {
		for (k = 0; k < n && ((p[i + k] ^ w[k]) & 0xDF) == 0; k++)
			;
		if (k < n)
			continue;
		for (ws = i; ws > 0 && p[ws - 1] != ' ' && p[ws - 1] != ',';
		    ws--)
			;
		for (we = i + n; we < role->n && p[we] != ' ' && p[we] != ',';
		    we++)
			;
		if ((ws == i && we == i + n) || (ws < i && !listed(&l->kin,
		    p + ws, i - ws)) || (we > i + n && !listed(&l->kin,
		    p + i + n, we - i - n)))
			return 0;
		seen = 1;
	}
	return seen;
}

/*
 * Search of word w, whole, in the words of a role before its first
 * preposition ("the MP" is not "the company’s chief executive"):
 * "le porte-parole" is the "porte-parole du ministère", but "le
 * ministère" is not the "directrice du numérique du ministère".
 */
static int
role_has(const struct alang *l, const struct buf *role, const char *w,
    size_t n)
{
	struct buf head = *role;
	size_t	 i = 0, k;
	int	 in = 1;

	if (!contains(role, w, n) || kin_only(l, role, w, n))
		return 0;	/* most roles */
	/* the words before a preposition, and those after a word of
	 * [coordinations] that opens another title ("étudiante en droit
	 * et porte-parole du comité") */
	while (i < role->n) {
		while (i < role->n && role->p[i] == ' ')
			i++;
		for (k = i; k < role->n && role->p[k] != ' '; k++)
			;
		if (k > i && i > 0 && in && listed(&l->preps, role->p + i,
		    k - i)) {
			head.n = (size_t)(role->p + i - head.p);
			if (role_word(&head, w, n))
				return 1;
			in = 0;
		} else if (k > i && !in && listed(&l->coordinations,
		    role->p + i, k - i) && k + 1 < role->n &&
		    /* (not inside a name: "the Farmers and Growers
		     * Alliance") */
		    !capital(role->p, &(struct tok){ k + 1, role->n })) {
			head.p = role->p + k;
			head.n = role->n - k;
			in = 1;
		}
		i = k;
	}
	return in && role_word(&head, w, n);
}

/* Whether a name met in the text is also a speaker's: the speaker's
 * entry, with its gender and role, stands for it. */
static int
is_speaker(const struct history *h, const struct buf *name)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		if (h->e[i].name.n == name->n &&
		    memcmp(h->e[i].name.p, name->p, name->n) == 0)
			return 1;
	return 0;
}

/* The answers of equivalent(), by a hash of what it was asked. */
#define EQ_CACHE	509
static struct {
	size_t	 h;
	int	 set, yes;
} eq_cache[EQ_CACHE];

/*
 * Whether a word of b is one that the head of an anaphor stands for in
 * [equivalents] ("minister secretary": the minister is the Health
 * Secretary; "company ltd.").  The caller has found the head (headn
 * bytes, low its lower-cased key) among the heads of [equivalents].
 */
static int
equivalent(const struct alang *l, const char *low, size_t lown,
    size_t headn, const struct buf *b)
{
	char	 key[512];
	size_t	 i = 0, k, wn, h, slot;
	int	 len;

	if (headn + 2 >= 128 || lown == 0)
		return 0;
	/* the same head and words asked again (each sentence asks of each
	 * entry of the history): the answer kept, by a hash of the three;
	 * two asks that share the 64 bits would share the answer */
	h = (rules_hash(low, lown) * 31 + rules_hash(b->p, b->n)) * 31 +
	    (size_t)(uintptr_t)l;
	slot = h % EQ_CACHE;
	if (eq_cache[slot].h == h && eq_cache[slot].set)
		return eq_cache[slot].yes;
	eq_cache[slot].h = h;
	eq_cache[slot].set = 1;
	eq_cache[slot].yes = 0;
	memcpy(key, low, lown);
	key[lown] = ' ';
	while (i < b->n) {
		while (i < b->n && (b->p[i] == ' ' || b->p[i] == ','))
			i++;
		for (k = i; k < b->n && b->p[k] != ' ' && b->p[k] != ','; k++)
			;
		/* "l’ambassadeur": the word after the elision */
		if (k - i > 4 && elision(b->p + i, k - i, &len))
			i += (size_t)len;
		/* (a determiner is no equivalent: "sa porte-parole" holds no
		 * "SA" of a company) */
		if (k > i && headn + 1 + (k - i) < 128 &&
		    !listed(&l->dets, b->p + i, k - i) &&
		    (wn = lower_key(b->p + i, k - i, key + lown + 1)) > 0 &&
		    lown + 1 + wn + 4 < 256 &&
		    wset_has(&l->equivalents, key, lown + 1 + wn))
			return eq_cache[slot].yes = 1;
		i = k;
	}
	return 0;
}

/*
 * The words of the description b before its first preposition, in *out
 * (which shares b's bytes): "l’entourage" of "l’entourage du maire",
 * whose "maire" is no equivalent of "l’élu".
 */
static const struct buf *
desc_head(const struct alang *l, const struct buf *b, struct buf *out)
{
	size_t	 i = 0, k;

	*out = *b;
	while (i < b->n) {
		while (i < b->n && b->p[i] == ' ')
			i++;
		for (k = i; k < b->n && b->p[k] != ' '; k++)
			;
		if (i > 0 && k > i && listed(&l->preps, b->p + i, k - i)) {
			out->n = i;
			break;
		}
		i = k;
	}
	return out;
}

/*
 * Whether the word w after the determiner det is a noun of the lists: of
 * an anaphor with it ("le ministre"), of [nearby] or the head of an
 * equivalent ("le technicien", "le capitaine").
 */
static int
title_noun(const struct alang *l, const char *s, const struct tok *det,
    const struct tok *w)
{
	return listed(&l->anaphors, s + det->s, w->e - det->s) ||
	    listed(&l->nearby, s + w->s, w->e - w->s) ||
	    listed(&l->equiv_heads, s + w->s, w->e - w->s);
}

/*
 * Whether the words t[0, n) are a determiner, a noun of the lists and an
 * adjective after it, lower-case: "le président vannetais", "le
 * technicien breton", whose head is the noun, not the last word.
 */
static int
noun_head(const struct alang *l, const char *s, const struct tok *t,
    size_t n)
{
	/* (not "le premier ministre", "the former president", nor "the
	 * union organiser", whose last word is a title) */
	return n == 3 && listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
	    !capital(s, &t[1]) && !capital(s, &t[2]) &&
	    !listed(&l->roles, s + t[2].s, t[2].e - t[2].s) &&
	    !listed(&l->latest, s + t[1].s, t[1].e - t[1].s) &&
	    !listed(&l->former, s + t[1].s, t[1].e - t[1].s) &&
	    title_noun(l, s, &t[0], &t[1]);
}

/* When entry i was last met. */
static inline unsigned long
met_when(const struct history *h, size_t i)
{
	return i < h->n ? h->seen[i] : h->nseen[i - h->n];
}

/*
 * The history's entries (speakers, then names), the latest seen first,
 * of two seen at once the later entry; their number in *n.  The order
 * is kept until an entry is added or met again (every write of seen[]
 * and nseen[] sets nby to BY_STALE): a recall is asked many times
 * between two changes of the history.
 */
static const size_t *
by_latest(struct history *h, size_t *n)
{
	size_t		 i, k, *by = h->by;
	unsigned long	 seen[HISTORY * 2], t;

	*n = h->n + h->nnames;
	if (h->nby == *n)
		return by;
	/* insertion from the last entry: each list is mostly in the order
	 * met, so an entry mostly goes last (at once, after the later
	 * entries) */
	for (i = *n; i-- > 0;) {
		t = met_when(h, i);
		for (k = *n - 1 - i; k > 0 && seen[k - 1] < t; k--) {
			seen[k] = seen[k - 1];
			by[k] = by[k - 1];
		}
		seen[k] = t;
		by[k] = i;
	}
	h->nby = *n;
	return by;
}

/* The latest history entry that fits, NULL when none does; with
 * noun_first, the head is the noun after the determiner. */
/* Whether w is in b where a word ends: "le club" is in "l’aéroclub",
 * "patronal" not in "patronale". */
static int
ends_word(const struct buf *b, const char *w, size_t n)
{
	const unsigned char *p = (const unsigned char *)b->p;
	size_t	 i, k;

	for (i = 0; n > 0 && i + n <= b->n; i++) {
		for (k = 0; k < n &&
		    ((p[i + k] ^ (unsigned char)w[k]) & 0xDF) == 0; k++)
			;
		if (k == n && (i + n == b->n || p[i + n] == ' ' ||
		    p[i + n] == ',' || p[i + n] == '(' || p[i + n] == ')' ||
		    p[i + n] == '-'))
			return 1;
	}
	return 0;
}

/*
 * Whether a preposition in description b has a capitalised word after
 * it: "a Department for Transport spokesperson", whose head is its last
 * word, after the name it holds (not "la directrice du numérique du
 * ministère").
 */
static int
capital_complement(const struct alang *l, const struct buf *b)
{
	struct tok	 t[MAXTOK];
	size_t		 nt = tokens(b->p, 0, b->n, t), k;

	for (k = 1; k + 2 < nt; k++)
		if (listed(&l->preps, b->p + t[k].s, t[k].e - t[k].s) &&
		    capital(b->p, &t[k + 1]))
			return 1;
	return 0;
}

/* Whether head word w is in entry e's name; in a description's, before
 * its first preposition, as in a role: "la journaliste" is not "la
 * société des journalistes", but "le club" is "l’aéroclub de X". */
static int
name_has(const struct alang *l, const struct speaker *e, const char *w,
    size_t n)
{
	struct tok	 t[MAXTOK];
	struct buf	 tail;
	size_t		 nt, k;

	/* (a description that opens a sentence: "A spokeswoman for the
	 * Department of Health and Social Care") */
	if (e->name.n > 0 && (!capital_first(&e->name) || (e->via == VIA_DESC &&
	    (nt = tokens_max(e->name.p, 0, e->name.n, t, 2)) == 2 &&
	    listed(&l->dets, e->name.p + t[0].s, t[0].e - t[0].s) &&
	    !capital(e->name.p, &t[1]))))
		return ends_word(&e->name, w, n) && (role_has(l, &e->name,
		    w, n) || capital_complement(l, &e->name));
	/* "the university" is not the "University and College Union":
	 * the words after a name's last word of [joiners]; nor is "the
	 * council" "One Labour councillor": whole words */
	if (!contains_word(&e->name, w, n))
		return 0;
	if (l->joiners.n > 0 && (nt = tokens(e->name.p, 0, e->name.n,
	    t)) > 2)
		for (k = nt - 1; k > 0; k--)
			if (listed(&l->joiners, e->name.p + t[k].s,
			    t[k].e - t[k].s)) {
				tail.p = e->name.p + t[k].e;
				tail.n = tail.cap = e->name.n - t[k].e;
				return contains(&tail, w, n);
			}
	return 1;
}

/* Whether entry e's role opens with a feminine word of [genders]:
 * "la jeune femme". */
static int
fem_role(const struct alang *l, const struct speaker *e)
{
	size_t	 k;

	for (k = 0; k < e->role.n && e->role.p[k] != ' '; k++)
		;
	return k > 0 && k < e->role.n && listed(&l->gender_f, e->role.p, k);
}

/* Whether b opens with a determiner and a noun of [organisations]: "le
 * groupe Vallérian", whose gender is its noun's. */
static int
organisation_named(const struct alang *l, const struct buf *b)
{
	struct tok	 t[2];
	size_t		 a, e;

	if (b->n == 0 || tokens_max(b->p, 0, b->n, t, 2) != 2 ||
	    !listed(&l->dets, b->p + t[0].s, t[0].e - t[0].s) ||
	    !listed(&l->organisations, b->p + t[1].s, t[1].e - t[1].s))
		return 0;
	/* (not before a person's noun: "A council spokeswoman") */
	for (a = t[1].e; a < b->n && b->p[a] == ' '; a++)
		;
	for (e = a; e < b->n && b->p[e] != ' '; e++)
		;
	return e == a || !(listed(&l->roles, b->p + a, e - a) ||
	    listed(&l->nearby, b->p + a, e - a));
}

/* Whether the last word of b is in list w. */
static int
last_word_listed(const struct wset *w, const struct buf *b)
{
	size_t	 k = b->n;

	while (k > 0 && b->p[k - 1] != ' ')
		k--;
	return k < b->n && listed(w, b->p + k, b->n - k);
}

/* Whether the name b ends with a word of [institutions]: "the Regional
 * Airlines Association", which is no he or she. */
static int
institution_named(const struct alang *l, const struct buf *b)
{
	return last_word_listed(&l->institutions, b);
}

/* Whether s[a, b) opens with a word of [possessives]: "Son porte-parole". */
static int
possessive_span(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 e = a;

	while (e < b && s[e] != ' ')
		e++;
	return b > a && e < b && listed(&l->possessives, s + a, e - a);
}

/* Whether token t is a dash alone: "—", "–" or "-". */
static int
dash_token(const char *s, const struct tok *t)
{
	size_t	 n = t->e - t->s;

	return (n == 1 && s[t->s] == '-') || (n == 3 &&
	    (memcmp(s + t->s, "\xE2\x80\x94", 3) == 0 ||
	    memcmp(s + t->s, "\xE2\x80\x93", 3) == 0));
}

/* Whether the noun low[0, lown), lower-cased, is a word of role r
 * before its first preposition: the organisation's own noun ("deuxième
 * syndicat étudiant du pays"), not that of a person's ("general
 * secretary of the X Union", "The company's chief executive"). */
static int
own_noun(const struct alang *l, const struct buf *r, const char *low,
    size_t lown)
{
	struct tok	 t[8];
	char		 key[256];
	size_t		 nt, k;

	if (r->n == 0)
		return 0;
	nt = tokens_max(r->p, 0, r->n, t, 8);
	for (k = 0; k < nt && (k == 0 || !listed(&l->preps, r->p + t[k].s,
	    t[k].e - t[k].s)); k++)
		if (lower_key(r->p + t[k].s, t[k].e - t[k].s, key) == lown &&
		    memcmp(key, low, lown) == 0)
			/* (not before a title of [roles], whose modifier
			 * it is: "A company spokesperson") */
			return !(k + 1 < nt && listed(&l->roles,
			    r->p + t[k + 1].s, t[k + 1].e - t[k + 1].s));
	return 0;
}


/* recall()'s second pass: capitals before a head that no role holds
 * may pass */
static int relax_capitals;

/* Whether role r has a capitalised word other than its first and the
 * head w[0, wn): "l’ambassade de Chine à Londres", not "The local MP". */
static int
role_capitals(const struct buf *r, const char *w, size_t wn)
{
	struct tok	 t[MAXTOK];
	size_t		 nt = tokens(r->p, 0, r->n, t), k;

	for (k = 1; k < nt; k++)
		if (capital(r->p, &t[k]) && !(t[k].e - t[k].s == wn &&
		    memcmp(r->p + t[k].s, w, wn) == 0))
			return 1;
	return 0;
}

/* Whether the description b ends with a person's noun of [roles] or
 * [nearby]: "A council spokeswoman". */
static int
person_described(const struct alang *l, const struct buf *b)
{
	return last_word_listed(&l->roles, b) ||
	    last_word_listed(&l->nearby, b);
}

static struct speaker *
recall_head(struct history *h, const struct alang *l, const char *s,
    size_t a, size_t b, int pronoun, int gender, int noun_first)
{
	struct tok	 t[MAXTOK];
	size_t		 n, i, j, k, nby, best = HISTORY * 2;
	const size_t	*by;
	const char	*head = NULL;
	size_t		 headn = 0;
	char		 low[256];
	size_t		 lown;
	int		 anaphor, anyone, eqhead, former, byeq, bare;
	size_t		 complement = 0;	/* the last word of one */
	size_t		 modifier = 0;		/* "council" in "the council
						   leader" */
	size_t		 best2 = HISTORY * 2;
	size_t		 loose = HISTORY * 2;	/* one without the complement */
	int		 orghead, personhead, passed = 0;
	struct buf	 dh;		/* a description's head (desc_head()) */

	n = tokens(s, a, b, t);
	if (!pronoun && n > 0) {
		/* the head: the last word before a complement ("le
		 * porte-parole du ministère", "the former employee") */
		for (i = 1; i < n && !listed(&l->preps, s + t[i].s,
		    t[i].e - t[i].s) && contraction(l, s, &t[i]) == NULL; i++)
			;
		complement = i + 1 < n ? n - 1 : 0;
		i = i > 1 ? i - 1 : 0;
		/* or the noun after the determiner, which French adjectives
		 * follow: "la responsable associative" */
		if (noun_first) {
			if (i <= 1 || !listed(&l->dets, s + t[0].s,
			    t[0].e - t[0].s))
				return NULL;
			/* (not a name's own, nor a possessor's: "the prime
			 * minister’s official spokesman" is no prime
			 * minister) */
			for (k = 1; k < n; k++)
				if (capital(s, &t[k]) || possessive(s, &t[k]))
					return NULL;
			i = 1;
		} else if (i > 1 && n > 2 && !capital(s, &t[2]) &&
		    listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
		    listed(&l->organisations, s + t[1].s, t[1].e - t[1].s)) {
			/* "le comité central de X": a comité; but in "the
			 * council leader" a title of [roles] after the
			 * organisation's noun is the head, and the noun
			 * must be in the person's role or name */
			if (listed(&l->roles, s + t[2].s, t[2].e - t[2].s))
				modifier = 1;
			else
				i = 1;
		}
		head = s + t[i].s;
		headn = t[i].e - t[i].s;
	}
	anaphor = headn > 0 && (listed(&l->anaphors, s + a, b - a) ||
	    /* "the 54-year-old", "le quinquagénaire": a word of [latest]
	     * after a definite determiner */
	    (n == 2 && listed(&l->definites, s + t[0].s, t[0].e - t[0].s) &&
	    (listed(&l->latest, head, headn) ||
	    (listed_number(&l->latest, head, headn) &&
	    /* not after "a 54-year-old man" in the paragraph: that one */
	    memmem(s, t[1].s, head, headn) == NULL))));
	/* a listed anaphor is a determiner and its noun, which an
	 * adjective may follow: "le délégué syndical" */
	if (anaphor && n >= 3) {
		head = s + t[1].s;
		headn = t[1].e - t[1].s;
	}
	/* "ce dernier", "the latter": whoever spoke last */
	anyone = headn > 0 && (listed(&l->latest, head, headn) ||
	    (listed_number(&l->latest, head, headn) && anaphor));
	/* "the former": the one met before the latest */
	former = headn > 0 && listed(&l->former, head, headn);
	lown = headn > 0 ? lower_key(head, headn, low) : 0;
	eqhead = lown > 0 && l->equivalents.n > 0 &&
	    wset_has(&l->equiv_heads, low, lown);
	orghead = lown > 0 && wset_has(&l->organisations, low, lown);
	personhead = lown > 0 && !orghead && wset_has(&l->nearby, low, lown);
	/* the entries, latest first (of two seen at once, the later
	 * one): the first that fits is the answer, the second "the
	 * former"'s */
	by = by_latest(h, &nby);
	/* a pronoun may also stand for a person only named, when a title
	 * (M., Mrs.) gave the name its gender */
	for (j = 0; j < nby && best2 == HISTORY * 2; j++) {
		struct speaker *e;
		unsigned long seen;

		i = by[j];
		e = i < h->n ? &h->e[i] : &h->names[i - h->n];
		seen = i < h->n ? h->seen[i] : h->nseen[i - h->n];
		if (best != HISTORY * 2 && !former)
			break;
		/* (a speaker or a subject met since) */
		if (j > 0 && (by[j - 1] < h->n ||
		    h->nsubject[by[j - 1] - h->n]))
			passed = 1;
		/* nor, for a pronoun or "ce dernier", a name that the
		 * sentence gives after it: "Ce dernier a affirmé que le
		 * maire l’avait écarté d’un marché attribué à Valtra" */
		if ((pronoun || anyone || former) && i >= h->n &&
		    h->nnoted[i - h->n] > h->sent_clock &&
		    h->npos[i - h->n] > a)
			continue;
		/* an organisation only named is no "ce dernier", "il" nor
		 * "le syndicaliste" ([anaphors]), but its noun's: "le
		 * groupe"; one that opened a sentence may be "il" */
		if (i >= h->n && h->norg[i - h->n] && ((pronoun &&
		    !h->nsubject[i - h->n]) || anyone || former || anaphor))
			continue;
		/* nor one that this sentence names: "Selon la fédération
		 * de Loire-Atlantique" is named, not recalled */
		if (i >= h->n && h->norg[i - h->n] &&
		    h->nnoted[i - h->n] > h->sent_clock)
			continue;
		/* "the council" is no "A council spokeswoman": an
		 * organisation's noun is no person described (by a last
		 * word of [roles] or [nearby]) */
		if (orghead && !pronoun && !anaphor && e->via == VIA_DESC &&
		    person_described(l, &e->name))
			continue;
		if (pronoun) {
			/* "ils", "they": a speaker said to be several
			 * ("les syndicats", "plusieurs élus"), in this
			 * paragraph or the one before */
			if ((gender == 'p' && (e->gender != 'p' || i >= h->n ||
			    seen <= h->par_clock[0])) ||
			    (gender && e->gender && e->gender != gender))
				continue;
			if (i >= h->n && (e->gender == 'p' || (e->gender == 0 &&
			    !h->nsubject[i - h->n]) || is_speaker(h, &e->name)))
				continue;
			if (e->via != VIA_NAME && e->via != VIA_DESC)
				continue;
			/* "the council said … he added": in a language with
			 * a pronoun for things ("it"), an organisation
			 * described is no he or she */
			if ((gender == 'm' || gender == 'f') && l->pron_n.n > 0 &&
			    ((e->via == VIA_DESC && organisation_named(l,
			    &e->name)) || (e->via == VIA_NAME &&
			    institution_named(l, &e->name))))
				continue;
		} else if ((gender == 'f' && e->gender == 'm' &&
		    /* (a company's gender is its noun's: "la société"
		     * may be "le groupe Vallérian") */
		    !(orghead && (organisation_named(l, &e->name) ||
		    organisation_named(l, &e->role)))) ||
		    (gender == 'm' && e->gender == 'f' && headn > 0 &&
		    ((fem_role(l, e) && role_has(l, &e->role, head, headn)) ||
		    /* (a noun whose feminine is another word: "l’élu"
		     * is not "l’adjointe au maire") */
		    listed(&l->gender_m, head, headn)))) {
			/* "l’élue" is not "le maire"; but "le médecin" may
			 * be a woman's generic title, or "le syndicaliste"
			 * a déléguée's ([equivalents]); not the words of
			 * her role in the feminine: "la jeune femme" is no
			 * "jeune homme" */
			continue;
		} else if (modifier > 0 && !contains_word(&e->role,
		    s + t[modifier].s, t[modifier].e - t[modifier].s) &&
		    !contains_word(&e->name, s + t[modifier].s,
		    t[modifier].e - t[modifier].s)) {
			/* "the council leader" is no "leader of the
			 * Conservative group", "a council spokeswoman" no
			 * "councillor" */
			continue;
		} else if (complement > 0 && e->via == VIA_DESC &&
		    !contains(&e->name, s + t[complement].s,
		    t[complement].e - t[complement].s)) {
			/* "l’entourage du ministre" is not "son entourage" */
			continue;
		} else if (headn > 0 && !anaphor) {
			byeq = !role_has(l, &e->role, head, headn) &&
			    !name_has(l, e, head, headn);
			/* (or a description's: "A consultant anaesthetist"
			 * for "the doctor") */
			if (byeq && !(eqhead && equivalent(l, low, lown, headn,
			    &e->role)) &&
			    !(eqhead && e->via == VIA_NAME && equivalent(l, low,
			    lown, headn, &e->name)) &&
			    !(eqhead && e->via == VIA_DESC && equivalent(l, low,
			    lown, headn, desc_head(l, &e->name, &dh))))
				continue;
			/* a company's other noun ("la société" for "le
			 * groupe Vallérian") only for the latest speaker
			 * or subject: "Valmorel a indiqué …, précise la
			 * société" is not the "groupe Norcastle" before */
			if (byeq && orghead && passed &&
			    (organisation_named(l, &e->name) ||
			    organisation_named(l, &e->role)))
				continue;
			/* "l’ambassade de Chine à Ottawa" is not the one in
			 * London: its names must all be the earlier one's */
			/* (but a person's title that named nothing has
			 * nothing to contradict the capitals before the
			 * head: "The local MP, Helen X", then "the Liberal
			 * Democrat MP"; not "l’entraîneur de l’ESGA") */
			bare = -1;	/* asked once, when it tells */
			for (k = 1; k < n; k++)
				if (capital(s, &t[k]) && !(byeq &&
				    elided(s, &t[k - 1]) && listed(&l->roles,
				    s + t[k].s,
				    t[k].e - t[k].s)) && !contains(&e->role,
				    s + t[k].s, t[k].e - t[k].s) &&
				    !contains(&e->name, s + t[k].s,
				    t[k].e - t[k].s) && !(relax_capitals &&
				    s + t[k].s < head &&
				    (bare == -1 ? (bare = !orghead &&
				    e->via == VIA_NAME && e->role.n > 0 &&
				    !role_capitals(&e->role, head, headn)) :
				    bare)))
					break;
			if (k < n)
				continue;
			/* "The union said", after its organiser was
			 * named: an organisation's noun stands for the
			 * organisation's name before anyone's role */
			if (orghead && !name_has(l, e, head, headn) &&
			    !own_noun(l, &e->role, low, lown) &&
			    /* (or its equivalent: "la société X", then
			     * "l’entreprise") */
			    !(byeq && organisation_named(l, &e->role)) &&
			    !(eqhead && e->via == VIA_NAME && equivalent(l, low,
			    lown, headn, &e->name))) {
				continue;
			}
		} else if (headn > 0) {
			/* ce dernier: anyone ([latest]); le porte-parole:
			 * that role */
			if (n >= 2 && !role_has(l, &e->role, head, headn) &&
			    !name_has(l, e, head, headn) &&
			    !(eqhead && equivalent(l, low, lown, headn,
			    &e->role)) &&
			    /* (a person's noun is no equivalent of a name:
			     * "le syndicaliste" is not "l’Union syndicale
			     * des hospitaliers") */
			    !(eqhead && e->via == VIA_NAME && !personhead &&
			    equivalent(l, low, lown, headn, &e->name)) &&
			    !anyone && !former)
				continue;
			/* the former or the latter of two people named (a
			 * name met in the text that is a speaker's is that
			 * speaker), of the gender said ("ce dernier") */
			/* (an age is a person's: "the 54-year-old" is not
			 * "Medway Vale Airport") */
			if (anyone && lown > 0 && low[0] >= '0' && low[0] <= '9' &&
			    (institution_named(l, &e->name) ||
			    organisation_named(l, &e->name)))
				continue;
			if ((former || anyone) && (e->via != VIA_NAME ||
			    (i >= h->n && is_speaker(h, &e->name)) ||
			    (gender != 0 && gender != 'p' && e->gender != 0 &&
			    e->gender != 'p' && e->gender != gender)))
				continue;
		}
		/* "le président de la métropole" is rather the one whose
		 * title names the métropole than a later "son président" */
		if (complement > 0 && !former && !anyone && e->via == VIA_NAME &&
		    !contains(&e->role, s + t[complement].s,
		    t[complement].e - t[complement].s) && !contains(&e->name,
		    s + t[complement].s, t[complement].e - t[complement].s)) {
			if (loose == HISTORY * 2)
				loose = i;
			continue;
		}
		if (best == HISTORY * 2)
			best = i;
		else
			best2 = i;
	}
	if (former)
		best = best2;
	else if (best == HISTORY * 2)
		best = loose;
	if (best == HISTORY * 2)
		return NULL;
	return best < h->n ? &h->e[best] : &h->names[best - h->n];
}

/* A description's head is the word before its complement, else the
 * noun after its determiner. */
static struct speaker *
recall_pass(struct history *h, const struct alang *l, const char *s,
    size_t a, size_t b, int pronoun, int gender, const struct tok *t,
    size_t nt)
{
	struct speaker	*e;
	int		 nh;

	nh = !pronoun && noun_head(l, s, t, nt);
	if (nh && (e = recall_head(h, l, s, a, b, 0, gender, 1)) != NULL)
		return e;
	e = recall_head(h, l, s, a, b, pronoun, gender, 0);
	/* then the noun after the determiner, when it is one of the lists'
	 * ("la responsable associative"; not "the rail regulator", whose
	 * "rail" is no one's title) */
	return e != NULL || pronoun || nh || nt < 2 || !title_noun(l, s, &t[0],
	    &t[1]) ? e : recall_head(h, l, s, a, b, 0, gender, 1);
}

/* The latest history entry that fits; NULL when none does.  Capitals
 * before a description's head that no role holds ("the Liberal Democrat
 * MP") are let pass only when no entry holds them ("a Conservative MP"
 * first). */
static struct speaker *
recall(struct history *h, const struct alang *l, const char *s,
    size_t a, size_t b, int pronoun, int gender)
{
	struct tok	 t[4];
	struct speaker	*e;
	size_t		 nt = tokens_max(s, a, b, t, 4), k;

	relax_capitals = 0;
	if ((e = recall_pass(h, l, s, a, b, pronoun, gender, t, nt)) != NULL ||
	    pronoun)
		return e;
	for (k = 1; k < nt && !capital(s, &t[k]); k++)
		;
	if (k == nt)
		return NULL;
	relax_capitals = 1;
	e = recall_pass(h, l, s, a, b, pronoun, gender, t, nt);
	relax_capitals = 0;
	return e;
}

int
history_named(const struct history *h)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		if (h->e[i].via == VIA_NAME)
			return 1;
	return 0;
}

void
history_role(const struct history *h, struct speaker *sp)
{
	size_t	 i;

	if (sp->role.n == 0 || sp->role.n > 4)
		return;
	/* the speakers, then the names met in the text */
	for (i = 0; i < h->n + h->nnames; i++) {
		const struct speaker *e = i < h->n ? &h->e[i] :
		    &h->names[i - h->n];

		if (e->name.n == sp->name.n && e->role.n > sp->role.n &&
		    memcmp(e->name.p, sp->name.p, sp->name.n) == 0) {
			sp->role.n = 0;
			(void)buf_add(&sp->role, e->role.p, e->role.n);
			return;
		}
	}
}

/* The head of the description s[0, n), the last word before its first
 * preposition ("la préfète de l’Orne", "the council leader"), or with
 * noun_first the noun before an adjective ("le président vannetais"), in
 * *w. */
static size_t
head_word(const struct alang *l, const char *s, size_t n, const char **w,
    int noun_first)
{
	struct tok	 t[MAXTOK];
	size_t		 nt = tokens(s, 0, n, t), i;

	for (i = 1; i < nt && !listed(&l->preps, s + t[i].s,
	    t[i].e - t[i].s); i++)
		;
	if (nt == 0)
		return 0;
	if (noun_first && noun_head(l, s, t, nt))
		i = 2;
	*w = s + t[i - 1].s;
	return t[i - 1].e - t[i - 1].s;
}

const struct speaker *
history_recall(const struct alang *l, struct history *h, const char *s,
    size_t n)
{
	struct tok	 t[MAXTOK];
	struct speaker	*e;
	const char	*hw[2], *rw[2];
	size_t		 nt = tokens(s, 0, n, t), hn[2], rn[2];
	int		 k;
	unsigned long	 sent;

	/* (or a headline's title without its article: "coroner") */
	if ((nt < 2 || !listed(&l->definites, s + t[0].s, t[0].e - t[0].s)) &&
	    !speaker_bare_title(l, s, n))
		return NULL;
	/* (s is not the paragraph's text: no name is after it) */
	sent = h->sent_clock;
	h->sent_clock = h->clock;
	e = recall(h, l, s, 0, n, 0, gender_of(l, s, t, nt));
	h->sent_clock = sent;
	if (e == NULL || e->via != VIA_NAME)
		return NULL;
	/* the same title: "the council" is not "the council leader"; the
	 * noun before a French adjective is one ("le président vannetais"
	 * for "le président du club", "président vannetais" too) */
	for (k = 0; k < 2; k++) {
		hn[k] = head_word(l, s, n, &hw[k], k);
		rn[k] = head_word(l, e->role.p, e->role.n, &rw[k], k);
	}
	for (k = 0; k < 4; k++)
		if (hn[k & 1] > 0 && hn[k & 1] == rn[k >> 1] &&
		    contains(&(struct buf){ .p = (char *)rw[k >> 1],
		    .n = rn[k >> 1] }, hw[k & 1], hn[k & 1]))
			return e;
	return NULL;
}

int
speaker_fits(const struct alang *l, const char *s, size_t n,
    const struct speaker *e)
{
	const char	*hw;
	size_t		 hn;
	int		 k;

	for (k = 0; k < 2; k++)
		if ((hn = head_word(l, s, n, &hw, k)) > 0 &&
		    (contains(&e->role, hw, hn) || contains(&e->name, hw, hn)))
			return 1;
	return 0;
}

int
speaker_bare_title(const struct alang *l, const char *s, size_t n)
{
	const char *sp;
	size_t	 i;

	/* or a title in capitals: "as MP calls decision ‘…’" */
	for (i = 0; i < n && n <= 4 && s[i] >= 'A' && s[i] <= 'Z'; i++)
		;
	/* (or of two words, the first no determiner: "as union leader
	 * warns of ‘…’", not "says a resident") */
	sp = memchr(s, ' ', n);
	return (n >= 2 && i == n) || (n > 2 && s[0] >= 'a' && s[0] <= 'z' &&
	    (sp == NULL || ((size_t)(sp - s) + 1 < n && sp[1] >= 'a' &&
	    sp[1] <= 'z' && memchr(sp + 1, ' ', n - (size_t)(sp + 1 - s)) ==
	    NULL && !listed(&l->dets, s, (size_t)(sp - s)))));
}

int
speaker_definite(const struct alang *l, const char *s, size_t n)
{
	struct tok	 t[2];
	size_t		 nt = tokens_max(s, 0, n, t, 2);

	return nt == 2 && listed(&l->definites, s + t[0].s, t[0].e - t[0].s);
}

int
speaker_auxiliary(const struct alang *l, const char *s, size_t a, size_t b)
{
	struct tok	 t[1];

	return tokens_max(s, a, b, t, 1) == 1 && (auxiliary(l, s + t[0].s,
	    t[0].e - t[0].s) || listed(&l->copulas, s + t[0].s,
	    t[0].e - t[0].s));
}

int
speaker_documents_in(const struct alang *l, const char *s, size_t a,
    size_t b)
{
	struct tok	 t[MAXTOK];
	size_t		 nt, i;

	nt = tokens(s, a, b, t);
	for (i = 0; i < nt; i++) {
		size_t	 e = t[i].e;

		while (e > t[i].s && (s[e - 1] == ',' || s[e - 1] == ';' ||
		    s[e - 1] == '.'))
			e--;	/* "Dans un communiqué,", "dans un communiqué." */
		if (listed(&l->documents, s + t[i].s, e - t[i].s))
			return 1;
	}
	return 0;
}

int
speaker_own_document(const struct alang *l, const char *s, size_t a,
    size_t b)
{
	struct tok	 t[MAXTOK];
	size_t		 nt, i, e;

	nt = tokens(s, a, b, t);
	for (i = 1; i < nt; i++) {
		for (e = t[i].e; e > t[i].s && (s[e - 1] == ',' ||
		    s[e - 1] == ';' || s[e - 1] == '.'); e--)
			;
		if (listed(&l->documents, s + t[i].s, e - t[i].s) &&
		    listed(&l->dets, s + t[i - 1].s, t[i - 1].e - t[i - 1].s) &&
		    !listed(&l->definites, s + t[i - 1].s,
		    t[i - 1].e - t[i - 1].s) && (e < t[i].e || i + 1 == nt ||
		    !listed(&l->preps, s + t[i + 1].s, t[i + 1].e - t[i + 1].s)))
			return 1;
	}
	return 0;
}

int
speaker_document(const struct alang *l, const char *s, size_t n)
{
	struct tok	 t[3];
	size_t		 nt = tokens_max(s, 0, n, t, 3);

	return nt == 2 && listed(&l->definites, s + t[0].s, t[0].e - t[0].s) &&
	    listed(&l->documents, s + t[1].s, t[1].e - t[1].s);
}

/*
 * The entry that the description s[a, b) (its words t[0, nt), nt >= 1,
 * of that gender) stands for: one whose title fits, else, for an anaphor
 * whose noun is of [nearby] ("la militante"), the latest speaker of this
 * paragraph or the one before, whatever the gender when the noun is of
 * [documents] ("le texte" for "la direction"); NULL when none does.
 */
/* Whether role r holds a title: a word of [roles], or a determiner and
 * a noun of [anaphors] ("le procureur de Grenoble"). */
static int
titled_role(const struct alang *l, const struct buf *r)
{
	size_t	 i = 0, k, prev = 0;
	int	 det = 0;

	while (i < r->n) {
		while (i < r->n && r->p[i] == ' ')
			i++;
		for (k = i; k < r->n && r->p[k] != ' '; k++)
			;
		if (k > i && (listed(&l->roles, r->p + i, k - i) ||
		    listed(&l->anaphors, r->p + i, k - i) || (det &&
		    listed(&l->anaphors, r->p + prev, k - prev))))
			return 1;
		det = k > i && listed(&l->dets, r->p + i, k - i);
		prev = i;
		i = k;
	}
	return 0;
}

/* Whether role r opens with a possessive: "sa mère", "son fils". */
static int
possessive_role(const struct alang *l, const struct buf *r)
{
	struct tok	 t[1];

	return tokens_max(r->p, 0, r->n, t, 1) == 1 &&
	    listed(&l->possessives, r->p + t[0].s, t[0].e - t[0].s);
}

int
speaker_titled(const struct alang *l, const struct speaker *sp)
{
	return titled_role(l, &sp->role);
}

/* The latest speaker or subject named, met since since, whom no gender
 * makes a person; NULL when there is none. */
static struct speaker *
latest_organisation(struct history *h, unsigned long since)
{
	struct speaker	*e, *best = NULL;
	unsigned long	 when = since;
	size_t		 i;

	for (i = 0; i < h->n + h->nnames; i++) {
		unsigned long seen = i < h->n ? h->seen[i] : h->nseen[i - h->n];

		e = i < h->n ? &h->e[i] : &h->names[i - h->n];
		if (e->via == VIA_NAME && e->gender == 0 && e->name.n > 0 &&
		    (i < h->n || h->nsubject[i - h->n]) && seen > when) {
			when = seen;
			best = e;
		}
	}
	return best;
}

#define LINKWORDS	8	/* of a name's clause, the first read */

/*
 * Whether a word of the description t[1, nt) of s shares its stem with
 * one of the first words of link[0, n) (the person's own: not "said the
 * council had no powers over dentistry" for "The dentist"): five bytes
 * at least, and all but four of the longer word ("le boulanger" and
 * "tient la boulangerie", "the fisherman" and "who fishes for
 * langoustine"; not "the spokeswoman" and "spoke"); the same word only
 * when the description has another ("the diner owner" and "runs the
 * diner", not "The court" and "said the court had …").
 */
static int
linked(const struct alang *l, const char *s, const struct tok *t, size_t nt,
    const char *link, size_t n)
{
	struct tok	 u[LINKWORDS];
	char		 w[256], x[256];
	size_t		 nu, i, j, m, wn, xn, k;

	/* the clause: to a full stop, a colon, a semicolon or a mark */
	for (k = 0; k < n && memchr(".!?:;\"", link[k], 6) == NULL &&
	    !(k + 1 < n && mark_before(link, k + 2)) && !(k + 2 < n &&
	    mark_before(link, k + 3)); k++)
		;
	nu = tokens_max(link, 0, k, u, LINKWORDS);
	for (i = 1; i < nt; i++) {
		if ((wn = lower_key(s + t[i].s, t[i].e - t[i].s, w)) < 5)
			continue;
		for (j = 0; j < nu; j++) {
			/* the person's own trade: the place a verb of
			 * [keepers] has, maybe after a determiner and an
			 * adjective ("tient l’unique pharmacie", "runs the
			 * diner"), or the verb after a relative ("who
			 * fishes"); not "habite au-dessus de la
			 * boulangerie", "a appelé la police" */
			for (m = j; m > 0 && j - m < 3 && !listed(&l->keepers,
			    link + u[m - 1].s, u[m - 1].e - u[m - 1].s); m--)
				;
			if (!(m > 0 && j - m < 3) && !(j > 0 &&
			    listed(&l->relatives, link + u[j - 1].s,
			    u[j - 1].e - u[j - 1].s)))
				continue;
			/* (a thing of the person's is no trade: "tient son
			 * journal sous le bras" for "La journaliste") */
			if ((xn = lower_key(link + u[j].s, u[j].e - u[j].s,
			    x)) < 5 || (j > 0 && listed(&l->possessives,
			    link + u[j - 1].s, u[j - 1].e - u[j - 1].s)))
				continue;
			for (k = 0; k < wn && k < xn && w[k] == x[k]; k++)
				;
			if (k >= 5 && k + 4 >= (wn > xn ? wn : xn) &&
			    (nt > 2 || k < wn || k < xn))
				return 1;
		}
	}
	return 0;
}

/* Whether the word t of s ends as a person's noun of [trades] does
 * ("boulanger", "fisherman"; not "approval"): an ending of 8 bytes at
 * most, after the word's first letter. */
static int
trade_noun(const struct alang *l, const char *s, const struct tok *t)
{
	size_t	 k, e = t->e;

	while (e > t->s && s[e - 1] == ',')
		e--;
	for (k = e > t->s + 9 ? e - 8 : t->s + 1; k < e; k++)
		if (((unsigned char)s[k] & 0xC0) != 0x80 &&
		    listed(&l->trades, s + k, e - k))
			return 1;
	return 0;
}

/*
 * "a réagi la FRSEA dans un communiqué. Le syndicat affirme": the latest
 * organisation noted whole (its name opens in lower case, "la FRSEA de
 * X", "l’association Y") of this paragraph or the one before, when its
 * name holds the noun n[0, nn) or an acronym; NULL when there is none.
 */
static struct speaker *
organisation_noted(struct history *h, const char *n, size_t nn)
{
	struct speaker	*e, *best = NULL;
	unsigned long	 when = h->par_clock[1];
	size_t		 i, w, k;

	for (i = 0; i < h->n + h->nnames; i++) {
		unsigned long seen = i < h->n ? h->seen[i] : h->nseen[i - h->n];

		e = i < h->n ? &h->e[i] : &h->names[i - h->n];
		if (e->via != VIA_NAME || e->name.n == 0 ||
		    capital_first(&e->name) || seen <= when ||
		    (i >= h->n && !h->nsubject[i - h->n]))
			continue;
		when = seen;
		best = e;
	}
	if (best == NULL || contains_word(&best->name, n, nn))
		return best;
	for (w = 0; w < best->name.n; w = k + 1) {
		for (k = w; k < best->name.n && best->name.p[k] != ' '; k++)
			;
		if (acronym_len(best->name.p, w, k) > 0)
			return best;
	}
	return NULL;
}

/*
 * "Thierry X tient la boulangerie du bourg." … "le boulanger": the
 * person named as a subject in this paragraph or the one before whose
 * clause holds the stem of a word of the definite description t[0, nt)
 * (of one to three words, singular, of gender g or any), the latest;
 * NULL when none does.  The words read are those before a complement
 * ("the diner owner", not "opposition" in "la conseillère
 * d’opposition"), none a capital's, an organisation's, an
 * institution's or a document's noun ("la compagnie", "le syndicat
 * Force soignante", "The court", "the elections office": not a
 * person).
 */
static struct speaker *
linked_person(struct history *h, const struct alang *l, const char *s,
    const struct tok *t, size_t nt, int g)
{
	struct speaker	*best = NULL;
	unsigned long	 when = h->par_clock[0];
	size_t		 i, j, k;

	if (nt < 2 || nt > 4 || !listed(&l->definites, s + t[0].s,
	    t[0].e - t[0].s) || listed(&l->possessives, s + t[0].s,
	    t[0].e - t[0].s) || listed(&l->gender_p, s + t[0].s,
	    t[0].e - t[0].s) || g == 'p')
		return NULL;
	for (k = 1; k < nt && !listed(&l->preps, s + t[k].s, t[k].e - t[k].s) &&
	    contraction(l, s, &t[k]) == NULL && !elided(s, &t[k]); k++)
		if (capital(s, &t[k]) || listed(&l->organisations, s + t[k].s,
		    t[k].e - t[k].s) || listed(&l->institutions, s + t[k].s,
		    t[k].e - t[k].s) || listed(&l->documents, s + t[k].s,
		    t[k].e - t[k].s))
			return NULL;
	/* (a person's noun: not "The approval") */
	if (k < 2 || !trade_noun(l, s, &t[k - 1]))
		return NULL;
	/* (an adjective of [qualifiers] links nothing: "le jeune homme") */
	for (j = 1; j < k && listed(&l->qualifiers, s + t[j].s,
	    t[j].e - t[j].s); j++)
		;
	for (i = 0; i < h->nnames; i++) {
		struct speaker *e = &h->names[i];

		if (h->nseen[i] <= when || !h->nsubject[i] || h->norg[i] ||
		    h->nlinkn[i] == 0 || e->gender == 'p' || (g != 0 &&
		    e->gender != 0 && e->gender != g) ||
		    !capital_first(&e->name) || institution_named(l, &e->name) ||
		    organisation_named(l, &e->name) ||
		    !linked(l, s, t + j - 1, k - j + 1, h->nlink[i],
		    h->nlinkn[i]))
			continue;
		when = h->nseen[i];
		best = e;
	}
	return best;
}

static struct speaker *
described(struct history *h, const struct alang *l, const char *s,
    size_t a, size_t b, const struct tok *t, size_t nt, int gender)
{
	struct speaker	*e;
	size_t		 i;
	int		 doc, pair;

	if ((e = recall(h, l, s, a, b, 0, gender)) != NULL)
		return e;
	/* "Pour l’intéressée, …", "glisse cette (même) source": whoever
	 * the paragraph's latest speaker or subject is, of the noun's own
	 * gender ([concerned]) */
	if ((nt == 2 || nt == 3) && (listed(&l->demonstratives, s + t[0].s,
	    t[0].e - t[0].s) || listed(&l->definites, s + t[0].s,
	    t[0].e - t[0].s)) && listed(&l->concerned, s + t[1].s,
	    t[nt - 1].e - t[1].s))
		return concerned_by(h, listed(&l->gender_f, s + t[nt - 1].s,
		    t[nt - 1].e - t[nt - 1].s) ? 'f' : listed(&l->gender_m,
		    s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s) ? 'm' : 0);
	/* "Du côté de Chimelis, on reconnaît « … ». … le groupe évoque":
	 * an organisation's noun alone is this paragraph's latest speaker
	 * when that is a name of one word, without role nor gender */
	if (nt == 2 && listed(&l->definites, s + t[0].s, t[0].e - t[0].s) &&
	    listed(&l->organisations, s + t[1].s, t[1].e - t[1].s) &&
	    (e = latest_met(h, 0, 0, h->par_clock[1], 0)) != NULL &&
	    e->role.n == 0 && e->gender == 0 && capital_first(&e->name) &&
	    memchr(e->name.p, ' ', e->name.n) == NULL) {
		/* (its role now, for the anaphors after it) */
		if (set(&e->role, s, a, b) == -1)
			e->role.n = 0;
		return e;
	}
	/* "Sophie Karadec ne décolère pas. « … », raconte cette
	 * aide-soignante": a demonstrative points back to the person named
	 * last, speaker or not */
	if (nt > 1 && listed(&l->demonstratives, s + t[0].s, t[0].e - t[0].s)) {
		/* (not a document: "Ce courrier affirme que") */
		if (listed(&l->documents, s + t[1].s, t[1].e - t[1].s))
			return NULL;
		e = pointed_to(h, gender);
		/* (not someone a title or a description tells apart: "Le
		 * suspect, Paul Roux, …, raconte ce gendarme", "La victime,
		 * Léa X, … dit cette proche"; "sa mère, Samira X" may be
		 * "cette aide-soignante") */
		if (e != NULL && e->role.n > 0 && !possessive_role(l, &e->role) &&
		    !role_has(l, &e->role, s + t[nt > 2 ? 1 : nt - 1].s,
		    t[nt > 2 ? 1 : nt - 1].e - t[nt > 2 ? 1 : nt - 1].s) &&
		    /* (a past occupation need not be the role: "Yannick X,
		     * patron de la station SNSM, … raconte cet ancien
		     * marin-pêcheur") */
		    !listed(&l->past, s + t[1].s, t[1].e - t[1].s))
			return NULL;
		if (e != NULL && e->role.n == 0 && set(&e->role, s, a, b) == -1)
			e->role.n = 0;
		return e;
	}
	if (nt == 2 && listed(&l->definites, s + t[0].s, t[0].e - t[0].s) &&
	    listed(&l->organisations, s + t[1].s, t[1].e - t[1].s) &&
	    (e = organisation_noted(h, s + t[1].s, t[1].e - t[1].s)) != NULL) {
		/* (named with both genders, "la FRSEA" and "le syndicat",
		 * it is "elle" and "il" after: no person's gender) */
		if (gender != 0 && e->gender != 0 && e->gender != gender)
			e->gender = 0;
		return e;
	}
	/* "la jeune femme": two words of [nearby] after the determiner */
	pair = nt > 2 && listed(&l->nearby, s + t[1].s, t[2].e - t[1].s);
	if (!listed(&l->nearby, s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s) &&
	    !(nt > 1 && listed(&l->nearby, s + t[1].s, t[1].e - t[1].s)) &&
	    !pair) {
		/* else a trade that the text gave a person: "Thierry X
		 * tient la boulangerie", then "le boulanger" */
		if ((e = linked_person(h, l, s, t, nt, gender)) != NULL &&
		    e->role.n == 0 && set(&e->role, s, a, b) == -1)
			e->role.n = 0;
		return e;
	}
	/* "le comédien qui a joué": a relative clause after the noun tells
	 * a new person apart (an adjective or a complement may follow: "le
	 * coach dépité", "l’élue du Val-de-Marne") */
	if (!listed(&l->nearby, s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s)) {
		for (i = 2; i < nt; i++)
			if (listed(&l->relatives, s + t[i].s, t[i].e - t[i].s))
				return NULL;
		/* "Un jeune homme a été interpellé. Le jeune homme
		 * affirme": the one the paragraph brought in, not a speaker */
		if (nt >= 3 && memmem(s, t[0].s, s + t[1].s,
		    t[2].e - t[1].s) != NULL)
			return NULL;
	}
	doc = listed(&l->documents, s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s);
	/* "the company": the latest that no gender makes a person
	 * ("said Sarah Penhale, a passenger. … the company said" is the
	 * company named before her) */
	if (listed(&l->organisations, s + t[nt - 1].s,
	    t[nt - 1].e - t[nt - 1].s)) {
		/* (the noun its role when it had none, as below) */
		if ((e = latest_organisation(h, h->par_clock[0])) != NULL &&
		    e->role.n == 0 && set(&e->role, s, a, b) == -1)
			e->role.n = 0;
		return e;
	}
	e = latest_speaker(h, doc ? 0 : gender, !doc);
	if (e != NULL && pair && titled_role(l, &e->role))
		return NULL;
	/* "estime Stéphane Valdieri. L’entraîneur de l’ESGA, …": the
	 * description becomes the role of a speaker who had none, for
	 * the anaphors after it ("Le coach isérois") */
	if (e != NULL && !doc && e->role.n == 0 && set(&e->role, s, a, b) == -1)
		e->role.n = 0;
	return e;
}

/*
 * When the role of a name is capitalised words and a coordination ("Ken
 * and" of "Ruth Abernethy"), the two are the name of two people, plural:
 * returns 1, or 0 when it is no such role, -1 out of memory.
 */
static int
couple(const struct alang *l, struct speaker *sp)
{
	struct tok	 t[4];
	struct buf	 tmp;
	size_t		 nt, k;

	if (sp->via != VIA_NAME || sp->role.n == 0 || sp->name.n == 0 ||
	    (nt = tokens_max(sp->role.p, 0, sp->role.n, t, 4)) < 2 || nt > 3 ||
	    !listed(&l->coordinations, sp->role.p + t[nt - 1].s,
	    t[nt - 1].e - t[nt - 1].s))
		return 0;
	for (k = 0; k + 1 < nt; k++)
		if (!capital(sp->role.p, &t[k]))
			return 0;
	sp->role.n = t[nt - 1].e;
	if (buf_addc(&sp->role, ' ') == -1 ||
	    buf_add(&sp->role, sp->name.p, sp->name.n) == -1)
		return -1;
	tmp = sp->name;
	sp->name = sp->role;
	sp->role = tmp;
	sp->role.n = 0;
	sp->gender = 'p';
	return 1;
}

const struct speaker *
history_resolve(const struct alang *l, struct history *h, const char *s,
    size_t a, size_t b)
{
	struct tok	 t[MAXTOK];
	size_t		 nt = tokens(s, a, b, t);

	return nt < 2 ? NULL : described(h, l, s, a, b, t, nt,
	    gender_of(l, s, t, nt));
}

/* Entry e was met at when, if that is later than when it was last met. */
static void
met_at(struct history *h, const struct speaker *e, unsigned long when)
{
	unsigned long	*seen = NULL;

	if (e >= h->e && e < h->e + h->n)
		seen = &h->seen[e - h->e];
	else if (e >= h->names && e < h->names + h->nnames)
		seen = &h->nseen[e - h->names];
	if (seen != NULL && *seen < when) {
		*seen = when;
		h->nby = BY_STALE;
	}
}

/* An entry that a pronoun or an anaphor stood for is the latest met. */
static void
touch(struct history *h, const struct speaker *e)
{
	met_at(h, e, ++h->clock);
}

/* "she said" told the gender of the speaker it stands for. */
static void
learn_gender(struct speaker *e, int gender)
{
	if (e->gender == 0 && (gender == 'm' || gender == 'f'))
		e->gender = gender;
}

static void
remember(struct history *h, const struct speaker *sp)
{
	size_t	 i, slot = 0;

	h->clock++;
	for (i = 0; i < h->n; i++)
		if (h->e[i].name.n == sp->name.n &&
		    memcmp(h->e[i].name.p, sp->name.p, sp->name.n) == 0) {
			if (h->e[i].role.n == 0 && sp->role.n > 0) {
				(void)buf_add(&h->e[i].role, sp->role.p,
				    sp->role.n);
				h->added++;
			}
			if (h->e[i].gender == 0)
				h->e[i].gender = sp->gender;
			h->seen[i] = h->clock;
			h->nby = BY_STALE;
			return;
		}
	if (h->n < HISTORY)
		slot = h->n++;
	else
		for (i = 1; i < HISTORY; i++)
			if (h->seen[i] < h->seen[slot])
				slot = i;
	speaker_copy(&h->e[slot], sp);
	h->seen[slot] = h->clock;
	h->nby = BY_STALE;
	h->added++;
}

/*
 * An entry that a pronoun or an anaphor stood for: the latest met; a name
 * met in the text becomes a speaker ("Isabelle Fougères enseigne … «…»,
 * explique-t-elle": then "l’enseignante").  Returns the entry to copy.
 */
static struct speaker *
resolved(struct history *h, struct speaker *e)
{
	size_t	 i;

	if (e < h->names || e >= h->names + h->nnames || e->via != VIA_NAME) {
		touch(h, e);
		return e;
	}
	remember(h, e);
	for (i = 0; i < h->n; i++)
		if (h->e[i].name.n == e->name.n &&
		    memcmp(h->e[i].name.p, e->name.p, e->name.n) == 0) {
			/* a title alone ("M.") gives way to a role */
			if (h->e[i].role.n <= 4 && e->role.n > h->e[i].role.n) {
				h->e[i].role.n = 0;
				(void)buf_add(&h->e[i].role, e->role.p, e->role.n);
				h->added++;
			}
			return &h->e[i];
		}
	return e;
}

/* The start of the last word of b, after a space or an elision's
 * apostrophe ("l’AFLD": "AFLD"). */
static size_t
last_word_at(const struct buf *b)
{
	size_t	 w = b->n;

	while (w > 0 && b->p[w - 1] != ' ' && b->p[w - 1] != '\'' &&
	    (w < 3 || memcmp(b->p + w - 3, "\xE2\x80\x99", 3) != 0))
		w--;
	return w;
}

/* "l’AFLD", "the FFC": the name that the document gave the acronym. */
static void
expand_acronym(struct history *h, struct speaker *sp)
{
	size_t	 i, w = last_word_at(&sp->name);

	/* the latest first: "la Confédération" is the one just named */
	for (i = h->nacr; i-- > 0;)
		if ((w <= 4 && h->acr[i].n == sp->name.n - w &&
		    memcmp(h->acr[i].acr, sp->name.p + w, h->acr[i].n) == 0) ||
		    /* "la Confédération" cut from "la Confédération des
		     * entreprises de France (CEF)" */
		    (sp->name.n > 4 && h->acr[i].full.n > sp->name.n &&
		    h->acr[i].full.p[sp->name.n] == ' ' && memcmp(h->acr[i].full.p,
		    sp->name.p, sp->name.n) == 0)) {
			sp->name.n = 0;
			(void)buf_add(&sp->name, h->acr[i].full.p,
			    h->acr[i].full.n);
			sp->via = VIA_NAME;
			return;
		}
}

/* The capitals of the words of b that are no particle, preposition,
 * determiner nor coordination, after an elision ("d’industrie"), into
 * out (at most max); their number. */
static size_t
capitals_of(const struct alang *l, const struct buf *b, char *out, size_t max)
{
	struct tok	 t[MAXTOK];
	size_t		 nt = tokens(b->p, 0, b->n, t), k, n = 0, a;
	unsigned char	 c;
	int		 len;

	for (k = 0; k < nt && n < max; k++) {
		a = t[k].s;
		if (elision(b->p + a, t[k].e - a, &len))
			a += (size_t)len;
		if (a == t[k].s && (listed(&l->particles, b->p + a,
		    t[k].e - a) || listed(&l->preps, b->p + a, t[k].e - a) ||
		    listed(&l->dets, b->p + a, t[k].e - a) ||
		    listed(&l->coordinations, b->p + a, t[k].e - a)))
			continue;
		c = (unsigned char)b->p[a];
		if (c >= 0x80)		/* (a letter of Latin-1: "État", "Île") */
			c = a + 1 < t[k].e && c == 0xC3 ?
			    "AAAAAAACEEEEIIIIDNOOOOO?OUUUUY?S"[
			    (unsigned char)b->p[a + 1] & 0x1F] : '?';
		out[n++] = (char)(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
	}
	return n;
}

/* Whether e names an organisation, not a person whose initials an
 * acronym may spell ("Pierre Sanchez" is no "PS"): a name whose last
 * word is of [institutions] or [organisations], or a description whose
 * noun after its determiner is. */
static int
organisation_words(const struct alang *l, const struct speaker *e)
{
	struct tok	 t[2];

	if (e->via == VIA_NAME)
		return last_word_listed(&l->institutions, &e->name) ||
		    last_word_listed(&l->organisations, &e->name);
	return tokens_max(e->name.p, 0, e->name.n, t, 2) == 2 &&
	    listed(&l->dets, e->name.p + t[0].s, t[0].e - t[0].s) &&
	    (listed(&l->institutions, e->name.p + t[1].s, t[1].e - t[1].s) ||
	    listed(&l->organisations, e->name.p + t[1].s, t[1].e - t[1].s));
}

/*
 * "La CCI estime …" after "la chambre de commerce et d’industrie de
 * l’Orbière": an acronym that no parentheses gave is the latest speaker
 * or name whose words' capitals it opens (three letters at least, or
 * all of them).
 */
static void
acronym_described(const struct alang *l, struct history *h,
    struct speaker *sp)
{
	const size_t	*by;
	size_t		 w = last_word_at(&sp->name), n, j, nby, cn;
	char		 caps[16];

	n = sp->name.n - w;
	if (n < 2 || n > 6 || acronym_len(sp->name.p, w, sp->name.n) != n)
		return;
	/* (the acronym alone, or after its article: not "Castlebridge
	 * UCU") */
	if (w > 0 && !(sp->name.p[w - 1] == ' ' ? listed(&l->dets,
	    sp->name.p, w - 1) : w == (sp->name.p[w - 1] == '\'' ? 2u : 4u)))
		return;
	by = by_latest(h, &nby);
	for (j = 0; j < nby; j++) {
		struct speaker *e = by[j] < h->n ? &h->e[by[j]] :
		    &h->names[by[j] - h->n];

		if (e == sp || e->name.n <= sp->name.n || (e->via != VIA_NAME &&
		    e->via != VIA_DESC) || !organisation_words(l, e))
			continue;
		cn = capitals_of(l, &e->name, caps, sizeof(caps));
		if ((cn == n || (cn > n && n >= 3)) &&
		    memcmp(caps, sp->name.p + w, n) == 0) {
			sp->name.n = 0;
			(void)buf_add(&sp->name, e->name.p, e->name.n);
			sp->via = VIA_ANAPHOR;
			return;
		}
	}
}

/*
 * The named entry whose name ends with the words w after a space (their
 * first letter in either case: "Van der Linde" for "Marieke van der
 * Linde"), of gender g when both are known (0: any).
 */
static struct speaker *
name_ending(struct history *h, const struct buf *w, int g)
{
	size_t	 i, n = w->n;

	for (i = 0; n > 0 && i < h->n + h->nnames; i++) {
		struct speaker *e = i < h->n ? &h->e[i] : &h->names[i - h->n];

		if (e->name.n > n + 1 && e->via == VIA_NAME &&
		    (e->name.p[e->name.n - n] | 0x20) == (w->p[0] | 0x20) &&
		    memcmp(e->name.p + e->name.n - n + 1, w->p + 1,
		    n - 1) == 0 && e->name.p[e->name.n - n - 1] == ' ' &&
		    (g == 0 || e->gender == 0 || e->gender == g))
			return e;
	}
	return NULL;
}

/* sp takes e's whole name, and its role and gender when it has none. */
static void
adopt_name(struct speaker *sp, const struct speaker *e)
{
	sp->name.n = 0;
	(void)buf_add(&sp->name, e->name.p, e->name.n);
	if (sp->role.n == 0)
		(void)buf_add(&sp->role, e->role.p, e->role.n);
	if (sp->gender == 0)
		sp->gender = e->gender;
}

/* A surname ("de La Tour", "Raab"): the full name met before, if any. */
static void
full_name(struct history *h, struct speaker *sp)
{
	struct speaker	*e;
	size_t		 i, n = sp->name.n;

	if ((e = name_ending(h, &sp->name, 0)) != NULL) {
		adopt_name(sp, e);
		return;
	}
	/* a family name written first: "Liu" for "Liu Wenhao" */
	for (i = 0; i < h->n + h->nnames; i++) {
		e = i < h->n ? &h->e[i] : &h->names[i - h->n];
		if (e->name.n > n + 1 && e->via == VIA_NAME &&
		    memchr(sp->name.p, ' ', n) == NULL &&
		    memcmp(e->name.p, sp->name.p, n) == 0 && e->name.p[n] == ' ' &&
		    memchr(e->name.p + n + 1, ' ', e->name.n - n - 1) == NULL) {
			sp->name.n = 0;
			(void)buf_add(&sp->name, e->name.p, e->name.n);
			if (sp->role.n == 0)
				(void)buf_add(&sp->role, e->role.p, e->role.n);
			return;
		}
	}
}

int
history_full_name(struct history *h, struct speaker *sp)
{
	struct speaker	*e;

	if (sp->via != VIA_NAME || sp->name.n == 0 || memchr(sp->name.p, ' ',
	    sp->name.n) != NULL)
		return 0;
	/* of no other gender: "Jane Reilly" is not "Mr Reilly" */
	if ((e = name_ending(h, &sp->name, sp->gender)) == NULL)
		return 0;
	adopt_name(sp, e);
	return 1;
}

/*
 * Whether the pronoun s[*a, *b) is set off by commas after a subject of
 * its own ("Un proche du président, lui, assure", "Mme X, elle,
 * promet"): then s[*a, *b) becomes that subject, from the start of its
 * sentence or clause, a determiner or a capital first.
 */
static int
emphatic(const struct alang *l, const char *s, size_t n, size_t *a,
    size_t *b)
{
	struct tok w;
	size_t	 c = *a, e = *b, k;

	while (c > 0 && s[c - 1] == ' ')
		c--;
	while (e < n && s[e] == ' ')
		e++;
	if (c == 0 || s[c - 1] != ',' || e == n || s[e] != ',')
		return 0;
	c--;
	for (k = c; k > 0 && c - k < 120 && s[k - 1] != ',' && s[k - 1] != '.' &&
	    s[k - 1] != ';' && s[k - 1] != ':'; k--)
		;
	while (k < c && s[k] == ' ')
		k++;
	for (w.s = w.e = k; w.e < c && s[w.e] != ' '; w.e++)
		;
	if (k >= c || (!capital(s, &w) && !listed(&l->dets, s + w.s,
	    w.e - w.s)))
		return 0;
	*a = k;
	*b = c;
	return 1;
}

/* The end of the parenthesis opened at s[k] (after its ")"), within 40
 * bytes and without comma, or k. */
static size_t
closing_paren(const char *s, size_t k, size_t n)
{
	size_t	 e;

	for (e = k + 1; e < n && e - k < 40 && s[e] != ')' && s[e] != ','; e++)
		;
	return e < n && s[e] == ')' ? e + 1 : k;
}

/* Whether a comma follows s[e] after spaces: "X, the MP for Y, said". */
static int
comma_after(const char *s, size_t n, size_t e)
{
	while (e < n && s[e] == ' ')
		e++;
	return e < n && s[e] == ',';
}

/* A capitalised name ends the comma-separated chunk before s[a]. */
static int
name_before(const struct alang *l, const char *s, size_t a)
{
	size_t	 e = a;
	struct tok t[MAXTOK];
	size_t	 c, nt;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || s[e - 1] != ',')
		return 0;
	e--;
	for (c = e; c > 0 && s[c - 1] != ',' && s[c - 1] != '.'; c--)
		;
	nt = tokens(s, c, e, t);
	/* "Tomás Reyes, 64, a retired teacher": the age aside */
	if (nt == 1 && s[t[0].s] >= '0' && s[t[0].s] <= '9' && c > 0 &&
	    s[c - 1] == ',') {
		if (name_before(l, s, c))
			return 1;
		/* "Whitaker, 58, a retired bank manager": a surname alone
		 * before an age is a person's */
		e = c - 1;
		for (c = e; c > 0 && s[c - 1] != ',' && s[c - 1] != '.'; c--)
			;
		nt = tokens(s, c, e, t);
		return nt == 1 && capital(s, &t[0]) && !listed(&l->dets,
		    s + t[0].s, t[0].e - t[0].s);
	}
	if (nt < 2 || !capital(s, &t[nt - 1]) || listed(&l->preps, s + t[0].s,
	    t[0].e - t[0].s))
		return 0;
	/* "Ursula van der Meer": particles inside the name */
	for (c = nt - 1; c > 0 && listed(&l->particles, s + t[c - 1].s,
	    t[c - 1].e - t[c - 1].s); c--)
		;
	return c > 0 && c < nt - 1 ? capital(s, &t[c - 1]) :
	    capital(s, &t[nt - 2]);
}

/* Words that can be a subject: a determiner, a capital, a pronoun. */
static int
plausible_subject(const struct alang *l, const char *s, const struct tok *t,
    size_t nt)
{
	size_t	 n0 = t[0].e - t[0].s, i;

	/* "et la direction", "but the club": the coordination aside */
	if (nt > 1 && listed(&l->pron_any, s + t[0].s, n0))
		return plausible_subject(l, s, t + 1, nt - 1);
	/* "crane operator Dean Whitlow": a few common nouns, then a name
	 * ("avocat de M. Roux" is an apposition, not a subject) */
	for (i = 0; i < 3 && i + 2 < nt && !capital(s, &t[i]) &&
	    !listed(&l->preps, s + t[i].s, t[i].e - t[i].s); i++)
		;
	if (i > 0 && i + 2 == nt && capital(s, &t[i]) && capital(s, &t[i + 1]))
		return 1;
	/* "state Sen. Gordon Hale": a title of [roles] before the name */
	if (i > 0 && i + 3 == nt && listed(&l->roles, s + t[i].s,
	    t[i].e - t[i].s) && capital(s, &t[i + 1]) && capital(s, &t[i + 2]))
		return 1;
	return capital(s, &t[0]) || listed(&l->dets, s + t[0].s, n0) ||
	    (nt == 1 && (listed(&l->pron_m, s + t[0].s, n0) ||
	    listed(&l->pron_f, s + t[0].s, n0) ||
	    listed(&l->pron_p, s + t[0].s, n0)));
}

static size_t	source_inside(const struct alang *, const char *, size_t,
		    size_t);

/*
 * Whether the words before the comma before s[c] (back to the start of
 * the sentence) are a name of two to five capitalised words, which then
 * become the speaker's words s[*a, *b).
 */
static int
name_phrase_before(const struct alang *l, const char *s, size_t c,
    size_t *a, size_t *b)
{
	struct tok	 t[8];
	size_t		 e = c, k, nt, i;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || s[e - 1] != ',')
		return 0;
	e--;
	/* (back over the full stops of initials: "Rebecca J. Okafor") */
	for (k = e; k > 0 && s[k - 1] != ',' && (s[k - 1] != '.' || (k >= 2 &&
	    s[k - 2] >= 'A' && s[k - 2] <= 'Z' && (k == 2 || s[k - 3] == ' ' ||
	    s[k - 3] == '-' || s[k - 3] == '.'))) && !mark_before(s, k); k--)
		;
	nt = tokens_max(s, k, e, t, 8);
	if (nt < 2 || nt > 6 || k > 0)
		return 0;
	/* (a title first: "Dr Rebecca J. Okafor-Lindqvist") */
	for (i = 0; i < nt && (capital(s, &t[i]) || listed(&l->particles,
	    s + t[i].s, t[i].e - t[i].s)); i++)
		;
	if (i < nt || listed(&l->dets, s + t[0].s, t[0].e - t[0].s))
		return 0;
	*a = t[0].s;
	*b = t[nt - 1].e;
	return 1;
}

/*
 * The comma-separated chunk before s[*a], up to two chunks back, that
 * is a plausible subject: moves *a and *b onto it.
 */
static int
look_back(const struct alang *l, const char *s, size_t *a, size_t *b)
{
	struct tok	 t[MAXTOK];
	size_t		 e = *a, c, nt, m;
	int		 tries, named;

	for (tries = 0; tries < 2; tries++) {
		while (e > 0 && s[e - 1] == ' ')
			e--;
		if (e == 0 || s[e - 1] != ',')
			return 0;
		e--;
		/* (over a name in marks: "Le collectif « Les Amis de la
		 * halle », qui milite …, a dénoncé") */
		/* (and over a number's commas: "a porter who earns just
		 * over £24,000 a year,") */
		for (c = e, named = 0; c > 0 && (s[c - 1] != ',' ||
		    thousands(s, c - 1)) && s[c - 1] != '.';) {
			if (!mark_before(s, c))
				c--;
			else if ((m = name_in_marks(s, c)) < c)
				c = m, named = 1;
			else
				break;
		}
		nt = tokens(s, c, e, t);
		/* "Rebecca Okafor, a senior fellow at the Centre for X, a
		 * think tank, argued": a second apposition, after the name */
		if (tries == 0 && nt > 1 && listed(&l->dets, s + t[0].s,
		    t[0].e - t[0].s) && name_phrase_before(l, s, c, a, b))
			return 1;
		/* (not a place after a preposition: "On Tanners Row,
		 * residents say"; but a word of both lists is taken as a
		 * determiner: "Des parents, réunis lundi, estiment") */
		if (nt > 0 && nt <= 12 && plausible_subject(l, s, t, nt) &&
		    (capital(s, &t[nt - 1]) || named || listed(&l->dets, s + t[0].s,
		    t[0].e - t[0].s)) && (!listed(&l->preps, s + t[0].s,
		    t[0].e - t[0].s) || listed(&l->dets, s + t[0].s,
		    t[0].e - t[0].s))) {
			/* "La production reprendra lundi selon l’entreprise
			 * X, qui évoque « … »": the source */
			*a = source_inside(l, s, t[0].s, t[nt - 1].e);
			*b = t[nt - 1].e;
			return 1;
		}
		/* (a name in marks ends a complement: "X, vice-président de
		 * « Nuits tranquilles », qui") */
		if (named)
			return 0;
		e = c;
	}
	return 0;
}

/* Whether the first word of s[a, b) is of [genders] p: "ses", "les". */
static int
plural_first(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 e;

	for (e = a; e < b && s[e] != ' '; e++)
		;
	return e > a && listed(&l->gender_p, s + a, e - a);
}

/* Whether a comma and a capitalised word follow s[e], maybe after a
 * parenthesis: "le maire (sans étiquette), Bernard Rouvière". */
static int
name_follows(const char *s, size_t n, size_t e)
{
	int32_t	 c;

	while (e < n && s[e] == ' ')
		e++;
	if (e < n && s[e] == '(')
		for (e = closing_paren(s, e, n); e < n && s[e] == ' '; e++)
			;
	if (e >= n || s[e] != ',')
		return 0;
	for (e++; e < n && s[e] == ' '; e++)
		;
	return e < n && u8_decode(s + e, n - e, &c) > 0 && u8_isupper(c);
}

/*
 * When s[a] follows a parenthesis ("députée (divers droite) du
 * Morbihan"), the start of the phrase that holds it, after a comma, a
 * full stop or a quotation mark; else a.
 */
static size_t
paren_chunk(const char *s, size_t a)
{
	size_t	 e = a, c;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || s[e - 1] != ')')
		return a;
	for (c = e - 1; c > 0 && a - c < 150 && s[c - 1] != '(' &&
	    s[c - 1] != ','; c--)
		;
	if (c == 0 || s[c - 1] != '(')
		return a;
	for (c--; c > 0 && a - c < 150 && s[c - 1] != ',' && s[c - 1] != '.' &&
	    !mark_before(s, c); c--)
		;
	while (c < a && s[c] == ' ')
		c++;
	return a - c < 150 ? c : a;
}

/* Whether s[a, b) is a personal pronoun: il, elle, they. */
static int
personal(const struct alang *l, const char *s, size_t a, size_t b)
{
	return b > a && (listed(&l->pron_m, s + a, b - a) ||
	    listed(&l->pron_f, s + a, b - a) || listed(&l->pron_p, s + a, b - a));
}

int
speaker_pronoun(const struct alang *l, const char *s, const struct found *f)
{
	size_t	 a = f->sp_s, b = f->sp_e;

	if (f->pron_e > f->pron_s)
		return 1;
	trim(s, &a, &b);
	return personal(l, s, a, b);
}

/* The article that the contraction t stands for ("au": "le"), or NULL. */
static const char *
contraction(const struct alang *l, const char *s, const struct tok *t)
{
	const char	*w, *art;
	char		 key[256];
	size_t		 kn;

	if (l->contractions.n == 0 || t->e - t->s > 8 ||
	    (kn = lower_key(s + t->s, t->e - t->s, key)) == 0)
		return NULL;
	for (w = l->contractions.p; w < l->contractions.p +
	    l->contractions.n; w = art + strlen(art) + 1) {
		art = w + strlen(w) + 1;
		if (strlen(w) == kn && memcmp(w, key, kn) == 0)
			return art;
	}
	return NULL;
}

int
speaker_preposition(const struct alang *l, const char *s, size_t a, size_t b)
{
	struct tok	 t[1];

	return tokens_max(s, a, b, t, 1) == 1 && (listed(&l->preps, s + t[0].s,
	    t[0].e - t[0].s) || contraction(l, s, &t[0]) != NULL);
}

/* Past a word of [according] that opens s[a, b) ("D’après", "Selon",
 * "According to") and the spaces after it; else a. */
static size_t
after_source(const struct alang *l, const char *s, size_t a, size_t b)
{
	char	 key[256];
	const char *w, *p;
	size_t	 wn, kn, i, n;

	/* 64 bytes at most, cut at a character's start */
	for (n = b - a < 64 ? b - a : 64; n > 0 && a + n < b &&
	    ((unsigned char)s[a + n] & 0xC0) == 0x80; n--)
		;
	if ((kn = lower_key(s + a, n, key)) == 0)
		return a;
	for (w = l->according.p; l->according.n > 0 && w < l->according.p +
	    l->according.n; w += wn + 1) {
		wn = strlen(w);
		if (wn + 1 >= kn || memcmp(key, w, wn) != 0 || key[wn] != ' ')
			continue;
		/* as many words of s, one more than its spaces */
		for (i = a, p = w; p != NULL; p = strchr(p + 1, ' ')) {
			while (i < b && s[i] != ' ')
				i++;
			while (i < b && s[i] == ' ')
				i++;
		}
		return i < b ? i : a;
	}
	return a;
}

/* The words after a source word inside s[a, b) ("… selon l’entreprise
 * X"), or a when none is there. */
static size_t
source_inside(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 i, k;

	for (i = a; i < b; i++) {
		if (s[i] != ' ')
			continue;
		while (i < b && s[i] == ' ')
			i++;
		if (i < b && (k = after_source(l, s, i, b)) != i)
			return k;
	}
	return a;
}

/*
 * "Une voisine est plus prudente. « … », glisse-t-elle": a person that
 * an indefinite description brings in as a subject ([nearby] noun) is a
 * speaker of that description, met when its sentence was, for the
 * pronoun after it (someone new, not the latest speaker that
 * "la voisine" would be).  Returns whether the words are such.
 */
static int
someone_new(struct history *h, const struct alang *l, const char *s,
    size_t a, size_t b, unsigned long when)
{
	struct tok	 t[8];
	struct speaker	 sp = { 0 };
	size_t		 nt, i;

	nt = tokens_max(s, a, b, t, 8);
	if (nt < 2 || nt > 7 || !listed(&l->dets, s + t[0].s,
	    t[0].e - t[0].s) || listed(&l->definites, s + t[0].s,
	    t[0].e - t[0].s) || listed(&l->demonstratives, s + t[0].s,
	    t[0].e - t[0].s) || listed(&l->possessives, s + t[0].s,
	    t[0].e - t[0].s))
		return 0;
	/* the noun, or one of [qualifiers] before it: "A young mother
	 * pushing a pram", "Une autre visiteuse" (not "Une maison
	 * voisine") */
	if (!speaker_person(l, s + t[1].s, t[1].e - t[1].s) && (nt < 3 ||
	    !listed(&l->qualifiers, s + t[1].s, t[1].e - t[1].s) ||
	    !speaker_person(l, s + t[2].s, t[2].e - t[2].s)))
		return 0;
	/* a name's own, not a place after a preposition: "un retraité de
	 * Remiremont" is someone new, "un proche de Marie Roy" is not */
	for (i = 1; i < nt; i++)
		if (capital(s, &t[i]) && !(listed(&l->preps, s + t[i - 1].s,
		    t[i - 1].e - t[i - 1].s) && (i + 1 == nt ||
		    !capital(s, &t[i + 1]))))
			return 0;
	if (set(&sp.name, s, a, b) == 0) {
		sp.via = VIA_DESC;
		sp.gender = gender_of(l, s, t, nt);
		remember(h, &sp);
		for (i = 0; i < h->n; i++)
			if (h->e[i].name.n == sp.name.n && memcmp(h->e[i].name.p,
			    sp.name.p, sp.name.n) == 0) {
				h->seen[i] = when;
				h->nby = BY_STALE;
			}
	}
	speaker_free(&sp);
	return 1;
}

/*
 * The descriptions that opened sentences of this paragraph before s[a]
 * (history_subject()): the one each stands for was met then, if that is
 * later than when last met.
 */
static void
desc_subject(struct history *h, const struct alang *l, const char *s,
    size_t a)
{
	const struct speaker *e;
	size_t		 sa, se, k, n;

	if (h->desc_s != s)
		return;
	for (k = n = 0; k < h->ndesc; k++) {
		if (h->desc[k].b > a) {	/* after the pronoun: kept */
			h->desc[n++] = h->desc[k];
			continue;
		}
		/* (not "Le maire n’a pas encore répondu": a sentence with
		 * a cue word tells of speech, maybe of none) */
		if (attrib_has_cue(l, s, h->desc[k].a, h->desc[k].b) ||
		    !subject_span(l, s, h->desc[k].a, h->desc[k].b, &sa, &se))
			continue;
		if (!someone_new(h, l, s, sa, se, h->desc[k].clock) &&
		    (e = history_resolve(l, h, s, sa, se)) != NULL &&
		    e->via == VIA_NAME) {
			met_at(h, e, h->desc[k].clock);
			/* (a name only met is now a subject: "Le syndicat a
			 * déposé un préavis. …, il affirme") */
			if (e >= h->names && e < h->names + h->nnames)
				h->nsubject[e - h->names] = 1;
		}
	}
	h->ndesc = n;
}

/* Whether "où" comes right before s[a]: "assure-t-on dans l’entourage
 * du ministre, où l’on rappelle que": that "on" is the place's people,
 * the speaker just met. */
static int
where_before(const char *s, size_t a)
{
	while (a > 0 && s[a - 1] == ' ')
		a--;
	if (a >= 4 && memcmp(s + a - 4, "l\xE2\x80\x99", 4) == 0)
		a -= 4;		/* "où l’on" */
	else if (a >= 2 && memcmp(s + a - 2, "l'", 2) == 0)
		a -= 2;
	while (a > 0 && s[a - 1] == ' ')
		a--;
	return (a == 3 || (a > 3 && s[a - 4] == ' ')) &&
	    memcmp(s + a - 3, "o\xC3\xB9", 3) == 0;
}

/* The speaker that the pronoun s[a, b) (its word t[0]) stands for, or
 * the pronoun itself, unresolved. */
static int
pronoun_speaker(struct history *h, const struct alang *l, const char *s,
    size_t a, size_t b, const struct tok *t, struct speaker *sp)
{
	struct speaker *prior;

	desc_subject(h, l, s, a);
	sp->gender = gender_of(l, s, t, 1);
	if (listed(&l->pron_p, s + a, b - a))
		sp->gender = 'p';
	if ((!listed(&l->pron_imp, s + a, b - a) || where_before(s, a)) &&
	    (prior = recall(h, l, s, a, b, 1, sp->gender)) != NULL) {
		learn_gender(prior, sp->gender);
		prior = resolved(h, prior);
		speaker_copy(sp, prior);
		full_name(h, sp);
		sp->via = VIA_PRONOUN;
		return 0;
	}
	sp->via = VIA_UNRESOLVED;
	return set(&sp->name, s, a, b);
}

/* Whether s[a] follows a closing mark (» or ”) and spaces. */
static int
after_close(const char *s, size_t a)
{
	while (a > 0 && s[a - 1] == ' ')
		a--;
	return (a >= 2 && memcmp(s + a - 2, "\xC2\xBB", 2) == 0) ||
	    (a >= 3 && memcmp(s + a - 3, "\xE2\x80\x9D", 3) == 0);
}

/*
 * Whether the speaker's words, from a to the word w, start right after a
 * closing mark (» or ”) and end with a joining word of [pronouns] ("»
 * dans l’issue de la procédure et promet"): the verb is joined to one
 * before, whose subject is not in these words.
 */
static int
joined_after_quote(const struct alang *l, const char *s, size_t a,
    const struct tok *w)
{
	size_t	 n = w->e - w->s;

	if (!after_close(s, a))
		return 0;
	return listed(&l->pron_any, s + w->s, n) && !listed(&l->pron_imp,
	    s + w->s, n) && !listed(&l->relatives, s + w->s, n);
}

/*
 * The words s[*c, *e) before the comma before s[a], back to the start of
 * their sentence, a colon or a quotation mark; 0 when there is no such
 * comma, or another comma comes first (the words are an apposition).
 */
static int
opening_words(const char *s, size_t a, size_t *c, size_t *e)
{
	while (a > 0 && s[a - 1] == ' ')
		a--;
	if (a == 0 || s[a - 1] != ',')
		return 0;
	*e = --a;
	while (a > 0 && s[a - 1] != ',' && s[a - 1] != '.' &&
	    s[a - 1] != ':' && !mark_before(s, a))
		a--;
	*c = a;
	return a == 0 || s[a - 1] != ',';
}

/*
 * The noun phrase that ends the words before the comma before s[*a] (the
 * antecedent of a relative pronoun there), from its last determiner
 * ("la chambre étrille la région, qui"), into *a, *b; 0 when there is
 * none in six words.
 */
static int
antecedent(const struct alang *l, const char *s, size_t *a, size_t *b)
{
	struct tok	 t[MAXTOK];
	size_t		 e, c, nt, k;

	/* "Hélène Brossard, présidente de la commission, qui": after an
	 * apposition, the pronoun is left to stand for the latest speaker */
	if (!opening_words(s, *a, &c, &e) || (nt = tokens(s, c, e, t)) == 0)
		return 0;
	for (k = nt; k-- > 0 && nt - k <= 6;)
		if (contraction(l, s, &t[k]) != NULL || (listed(&l->dets,
		    s + t[k].s, t[k].e - t[k].s) && k > 0 && listed(&l->preps,
		    s + t[k - 1].s, t[k - 1].e - t[k - 1].s)))
			return 0;	/* a complement's: "cède aux syndicats" */
		else if (listed(&l->dets, s + t[k].s, t[k].e - t[k].s)) {
			/* (a document's words are its author's: "indique
			 * le texte, qui appelle" is the latest speaker's) */
			if (k + 1 == nt || listed(&l->documents, s + t[k + 1].s,
			    t[k + 1].e - t[k + 1].s))
				return 0;
			*a = t[k].s;
			*b = t[nt - 1].e;
			return 1;
		}
	return 0;
}

/* Whether a word of t[1, nt) is capitalised: "a subsidiary of Vantor
 * Group" names someone else. */
static int
capital_after_first(const char *s, const struct tok *t, size_t nt)
{
	size_t	 i;

	for (i = 1; i < nt; i++)
		if (capital(s, &t[i]))
			return 1;
	return 0;
}

/*
 * Whether the words before the comma before s[a] open their sentence with
 * a definite determiner, four words at most: "The 54-year-old, a former
 * competition lawyer …, added", whose indefinite words are an apposition.
 */
static int
definite_opens(const struct alang *l, const char *s, size_t a)
{
	struct tok	 t[MAXTOK];
	size_t		 e, c, nt;

	if (!opening_words(s, a, &c, &e))
		return 0;
	nt = tokens(s, c, e, t);
	/* and a noun of the lists, not "The next day", "Le lendemain" */
	return nt >= 2 && nt <= 4 && listed(&l->definites, s + t[0].s,
	    t[0].e - t[0].s) && (listed(&l->anaphors, s + t[0].s,
	    t[nt - 1].e - t[0].s) || listed_number(&l->latest,
	    s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s) ||
	    title_noun(l, s, &t[0], &t[nt - 1]));
}

/*
 * Whether the preposition t[i] after a capitalised title of [roles] opens
 * the title's complement rather than ends a name, capitalised words to
 * the end: one or two after a determiner ("the Secretary of State", "the
 * Mayor of London"), three or more without, a portfolio and a name
 * ("Secretary of State Marco Rubio", "Chancellor of the Exchequer Rachel
 * Reeves", "Secretary of State for Health Wes Streeting").  Returns the index of the name's first word (its last two
 * words, or from a first name of [firstnames] on), nt when there is no
 * name, 0 when the preposition is no title's.
 */
static size_t
title_complement(const struct alang *l, const char *s, const struct tok *t,
    size_t i, size_t nt)
{
	size_t	 k = i + 1, from, words;
	int	 det;

	if (!listed(&l->roles, s + t[i - 1].s, t[i - 1].e - t[i - 1].s))
		return 0;
	det = i >= 2 && listed(&l->dets, s + t[i - 2].s,
	    t[i - 2].e - t[i - 2].s);
	if (k < nt && listed(&l->dets, s + t[k].s, t[k].e - t[k].s))
		k++;
	/* capitalised words, and a preposition between two ("of State for
	 * Health"): the name is after the last one; without a determiner,
	 * a word of [joiners] joins two parts of the complement ("MP for
	 * Hollingford and Wyre Vale Tom Rennard") */
	for (from = k; k < nt && capital(s, &t[k]); k++)
		if (k + 2 < nt && (listed(&l->preps, s + t[k + 1].s,
		    t[k + 1].e - t[k + 1].s) || (!det && listed(&l->joiners,
		    s + t[k + 1].s, t[k + 1].e - t[k + 1].s))) &&
		    capital(s, &t[k + 2]))
			from = ++k + 1;
	if (k < nt)
		return 0;
	words = nt - from;
	if (det)	/* (not "the President of Veridal Payments Inc.") */
		return words >= 1 && words <= 2 ? nt : 0;
	if (words < 3 || listed(&l->institutions, s + t[nt - 1].s,
	    t[nt - 1].e - t[nt - 1].s))
		return 0;
	for (k = from + 1; k + 1 < nt; k++)
		if (first_name(l, s, &t[k]))
			return k;
	return nt - 2;
}

/*
 * Whether t[i + 1, n), after the complementizer t[i], are the subject of
 * an object clause before its verb ("une décision que le président
 * vannetais juge"): a determiner or a capital first, no auxiliary, five
 * words at most, and no adjunct before t[i] ("le maire ainsi que son
 * adjoint").
 */
static int
object_clause(const struct alang *l, const char *s, const struct tok *t,
    size_t i, size_t n)
{
	size_t	 k;

	if (n - i - 1 > 5 || listed(&l->adjuncts, s + t[i - 1].s,
	    t[i - 1].e - t[i - 1].s) || (!capital(s, &t[i + 1]) &&
	    !listed(&l->dets, s + t[i + 1].s, t[i + 1].e - t[i + 1].s)))
		return 0;
	for (k = i + 1; k < n; k++)
		if (auxiliary(l, s + t[k].s, t[k].e - t[k].s))
			return 0;
	return 1;
}

/*
 * The speaker met before whom a description after a contraction stands
 * for: "du président" in "La réponse du président" is "le président",
 * recalled as described() does; NULL when none fits, or when the words
 * hold a capital (a name of its own: "du ministère de l’Intérieur").
 */
static struct speaker *
author_recalled(struct history *h, const struct alang *l, const char *s,
    const char *art, size_t a, size_t b)
{
	struct tok	 t[8];
	char		 text[160];
	size_t		 n, an = strlen(art), nt, k;
	struct speaker	*e;

	if (b <= a || an + 1 + (b - a) > sizeof(text) ||
	    !listed(&l->definites, art, an))
		return NULL;
	memcpy(text, art, an);
	text[an] = ' ';
	memcpy(text + an + 1, s + a, b - a);
	n = an + 1 + (b - a);
	nt = tokens_max(text, 0, n, t, 8);
	if (nt < 2 || nt > 6)
		return NULL;
	for (k = 1; k < nt; k++)
		if (capital(text, &t[k]))
			return NULL;
	if ((e = described(h, l, text, 0, n, t, nt, gender_of(l, text, t,
	    nt))) == NULL)
		return NULL;
	return resolved(h, e);
}

/*
 * Whether the capitalised words at t[i] name the place that a noun of
 * [places] after a determiner says: "de l’école Jules-Ferry", "la rue
 * Victor-Hugo" (not "la directrice d’école Nadia X").
 */
static int
place_named(const struct alang *l, const char *s, const struct tok *t,
    size_t i)
{
	return i >= 2 && !capital(s, &t[i - 1]) && listed(&l->places,
	    s + t[i - 1].s, t[i - 1].e - t[i - 1].s) && listed(&l->dets,
	    s + t[i - 2].s, t[i - 2].e - t[i - 2].s);
}

/*
 * Whether the capitalised words at t[i] (of t[0, nt)) follow a
 * coordination after a complement's name, open with no first name and
 * have no apposition after them: "the MP for Eastmere and Fallow Vale"
 * (not "le maire de Lyon et Paul Roy", "the head of Eastmere Primary and
 * Kwabena Mensah, a local campaigner").
 */
static int
complement_joined(const struct alang *l, const char *s, const struct tok *t,
    size_t nt, size_t i)
{
	size_t	 k;

	if (i < 3 || !listed(&l->joiners, s + t[i - 1].s, t[i - 1].e -
	    t[i - 1].s) || !capital(s, &t[i - 2]) || first_name(l, s, &t[i]))
		return 0;
	for (k = i; k < nt && capital(s, &t[k]) && s[t[k].e - 1] != ','; k++)
		;
	if (k + 1 < nt && s[t[k].e - 1] == ',' && listed(&l->dets,
	    s + t[k + 1].s, t[k + 1].e - t[k + 1].s))
		return 0;
	for (k = i - 2; k > 0 && capital(s, &t[k - 1]); k--)
		;
	return k > 0 && listed(&l->preps, s + t[k - 1].s, t[k - 1].e -
	    t[k - 1].s);
}

/* Whether the words t[0, nt) are a verb and its words, a coordination
 * last: "welcomed the decision but", "has opened a review and". */
static int
verb_phrase_before_cue(const struct alang *l, const char *s,
    const struct tok *t, size_t nt)
{
	return nt >= 2 && !capital(s, &t[0]) && listed(&l->coordinations,
	    s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s) && (auxiliary(l,
	    s + t[0].s, t[0].e - t[0].s) || (t[0].e - t[0].s > 3 &&
	    memcmp(s + t[0].e - 2, "ed", 2) == 0));
}

/* Whether a word of t[a, b) is of [relatives]. */
static int
relative_in(const struct alang *l, const char *s, const struct tok *t,
    size_t a, size_t b)
{
	for (; a < b; a++)
		if (listed(&l->relatives, s + t[a].s, t[a].e - t[a].s))
			return 1;
	return 0;
}

int
speaker_read(const struct alang *l, const char *s, size_t n,
    const struct found *f, struct history *h, struct speaker *sp)
{
	struct tok	 t[MAXTOK];
	size_t		 a, b, nt, i, run, k, c, e, hd, untitled;
	size_t		 appos_s = 0, appos_e = 0, sa, named_at = 0;
	const char	*art = NULL;
	struct speaker	*prior;
	int		 pron = 0, first = 0, affil, hon, kind, titled = 0;
	int		 art_name;

	speaker_clear(sp);
	if (f->pron_e > f->pron_s) {
		a = f->pron_s;
		b = f->pron_e;
		pron = 1;
	} else if (f->sp_e > f->sp_s) {
		a = f->sp_s;
		b = f->sp_e;
	} else
		return 0;
	trim(s, &a, &b);
	/* "D’après la chercheuse, le gouvernement aurait tort : « … »":
	 * the source word is not the speaker's */
	if (!pron)
		a = after_source(l, s, a, b);
	nt = tokens(s, a, b, t);
	/* "Une version que conteste X": the cue's subject comes after it,
	 * the words before a relative pronoun are its object */
	if (!pron && nt >= 2 && nt < MAXTOK && attrib_clause_word(l, s,
	    t[nt - 1].s, t[nt - 1].s, t[nt - 1].e) == t[nt - 1].e - t[nt - 1].s)
		return 0;
	/* a document speaks for its author ([documents]): "The agency’s
	 * report" is the agency's words, "le rapport de l’agence" too */
	if (!pron && nt >= 2 && nt < MAXTOK) {
		k = listed(&l->dets, s + t[0].s, t[0].e - t[0].s) ? 1 : 0;
		if (k + 1 < nt && possessive(s, &t[k]) && listed(&l->documents,
		    s + t[k + 1].s, t[k + 1].e - t[k + 1].s)) {
			/* "The agency’s": "The agency" */
			b = t[k].e - (s[t[k].e - 2] == '\'' ? 2 : 4);
			nt = tokens(s, a, b, t);
		} else if (k == 1 && nt > 3 && listed(&l->documents,
		    s + t[1].s, t[1].e - t[1].s)) {
			/* "le rapport du ministère" (the contraction kept for
			 * its article), "le rapport de l’agence" */
			if ((art = contraction(l, s, &t[2])) != NULL) {
				/* "La réponse du président": the president
				 * met before */
				if ((prior = author_recalled(h, l, s, art,
				    t[3].s, b)) != NULL) {
					speaker_copy(sp, prior);
					sp->via = VIA_ANAPHOR;
					return 0;
				}
				art = NULL;
				k = 2;
			}
			else if (nt > 4 && listed(&l->preps, s + t[2].s,
			    t[2].e - t[2].s) && (listed(&l->dets, s + t[3].s,
			    t[3].e - t[3].s) || capital(s, &t[3])))
				k = 3;
			else
				k = 0;
			a = t[k].s;
			memmove(t, t + k, (nt - k) * sizeof(t[0]));
			nt -= k;
		}
	}
	/* "qu’il considère comme «…»", "Alors que le ministre avait promis
	 * «…»": the words after the complementizer */
	for (i = 0; !pron && i < 2 && i + 1 < nt; i++)
		if (attrib_clause_word(l, s, t[i].s, t[i].s, t[i].e) ==
		    t[i].e - t[i].s) {
			a = t[i + 1].s;
			memmove(t, t + i + 1, (nt - i - 1) * sizeof(t[0]));
			nt -= i + 1;
			break;
		}
	/* "Une décision que le président vannetais juge « … »": the subject
	 * of the clause after a complementizer; "(le groupe se dit « … »)
	 * dans l’issue de la procédure et promet": a verb joined to another,
	 * whose subject is not in these words */
	if (!pron && f->cue_s >= f->sp_e && nt >= 2) {
		if (joined_after_quote(l, s, f->sp_s, &t[nt - 1]))
			return 0;
		/* "X, dont le spectacle « Y » doit ouvrir le festival, parle
		 * de": words after the mark that no subject opens */
		if (after_close(s, f->sp_s) && !plausible_subject(l, s, t, nt))
			return 0;
		for (i = nt - 1; i-- > 1;)
			if (attrib_clause_word(l, s, t[i].s, t[i].s, t[i].e) ==
			    t[i].e - t[i].s && object_clause(l, s, t, i, nt)) {
				a = t[i + 1].s;
				memmove(t, t + i + 1, (nt - i - 1) * sizeof(t[0]));
				nt -= i + 1;
				break;
			}
	}
	/* "(auprès) du parquet", "Au ministère": "le parquet" (but a word
	 * that is a determiner too opens the speaker: "Des habitants
	 * estiment", "selon des experts") */
	if (!pron && nt > 1 && (art = contraction(l, s, &t[0])) != NULL) {
		if (listed(&l->dets, s + t[0].s, t[0].e - t[0].s))
			art = NULL;
		else {
			a = t[1].s;
			memmove(t, t + 1, (nt - 1) * sizeof(t[0]));
			nt--;
		}
	}
	/* a determiner alone is no speaker: "La réplique n’a pas tardé"
	 * is no "réplique" of "La" */
	if (nt == 0 || (!pron && nt == 1 && listed(&l->dets, s + a, b - a)))
		return 0;
	/* "Sophie Le Meur, députée (divers droite) du Morbihan, juge": the
	 * words before a parenthesis are part of the same phrase */
	sa = f->sp_s;
	if (!pron && (c = paren_chunk(s, a)) < a) {
		a = sa = c;
		nt = tokens(s, a, b, t);
	}
	/* "X, poursuivi pour complicité, a nié": the subject is before;
	 * "Jerome Abara, a longtime opponent, said": so is the name */
	/* "Le commandant X, du SDIS de la Meuse, raconte": an affiliation
	 * after the name, read from its contraction */
	/* (not before an attribution inside the clause: "The talks, it
	 * added, had failed" is the union's) */
	affil = !pron && art != NULL && f->aside_e <= f->aside_s &&
	    name_before(l, s, sa);
	if (affil) {
		c = a;
		a = sa;
		if (look_back(l, s, &a, &b)) {
			art = NULL;
			appos_s = sa;
			appos_e = f->sp_e;
			trim(s, &appos_s, &appos_e);
			nt = tokens(s, a, b, t);
		} else
			a = c;
	}
	if (!affil && !pron && f->sp_s > 0 && !(f->con_e > f->con_s &&
	    f->con_e <= f->sp_s) && f->aside_e <= f->aside_s &&
	    (!plausible_subject(l, s, t, nt) ||
	    (listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
	    (!listed(&l->definites, s + t[0].s, t[0].e - t[0].s) ||
	    comma_after(s, n, f->sp_e)) && (name_before(l, s, a) ||
	    (!listed(&l->definites, s + t[0].s, t[0].e - t[0].s) &&
	    !capital_after_first(s, t, nt) && definite_opens(l, s, a)))) ||
	    /* "Martin X, Wealdshire district secretary of …, said": a
	     * place's name before common nouns, after a name */
	    (nt >= 3 && capital(s, &t[0]) && !capital(s, &t[1]) &&
	    !capital(s, &t[2]) && !listed(&l->preps, s + t[1].s,
	    t[1].e - t[1].s) && !listed(&l->particles, s + t[1].s,
	    t[1].e - t[1].s) && name_before(l, s, a))) &&
	    look_back(l, s, &a, &b)) {
		/* the words left behind describe the speaker (but not a verb
		 * and its words before a coordination: "The local MP, Owen
		 * Garside, welcomed the decision but said") */
		appos_s = sa;
		appos_e = f->sp_e;
		trim(s, &appos_s, &appos_e);
		if (verb_phrase_before_cue(l, s, t, nt))
			appos_e = appos_s;
		nt = tokens(s, a, b, t);
		if (nt == 0)
			return 0;
	}
	/* "Un appel relayé par la FDSEA de Savoie, qui parle de « … »":
	 * the passive's agent ([agents]) after a determiner, a noun and a
	 * participle */
	if (!pron && nt >= 5 && listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
	    listed(&l->agents, s + t[3].s, t[3].e - t[3].s) &&
	    ((listed(&l->dets, s + t[4].s, t[4].e - t[4].s) &&
	    /* (one that a singular verb fits: not "Un automobiliste
	     * contrôlé par les gendarmes, qui assure") */
	    !listed(&l->gender_p, s + t[4].s, t[4].e - t[4].s)) ||
	    capital(s, &t[4]))) {
		a = t[4].s;
		memmove(t, t + 4, (nt - 4) * sizeof(t[0]));
		nt -= 4;
	}
	/* "la chambre étrille la région, qui dénonce « … »": the words
	 * before the relative pronoun */
	if (!pron && nt == 1 && listed(&l->relatives, s + a, b - a) &&
	    antecedent(l, s, &a, &b) && (nt = tokens(s, a, b, t)) > 0)
		sa = a;
	else if (!pron && nt == 1 && (personal(l, s, a, b) ||
	    listed(&l->pron_any, s + a, b - a)))
		pron = 1;
	/* "Un proche du président, lui, assure": the words before */
	if (pron && f->pron_e <= f->pron_s && emphatic(l, s, n, &a, &b)) {
		pron = 0;
		nt = tokens(s, a, b, t);
	}
	if (pron)
		return pronoun_speaker(h, l, s, a, b, t, sp);
	/* "…, assure-t-on dans l’entourage du ministre, où (l’)on
	 * rappelle": the people of the place just named */
	if ((nt == 2 || nt == 3) && where_before(s, t[nt - 1].s) &&
	    listed(&l->pron_imp, s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s))
		return pronoun_speaker(h, l, s, t[nt - 1].s, t[nt - 1].e,
		    &t[nt - 1], sp);
	/* "On y assure": on */
	if (nt > 1 && listed(&l->pron_imp, s + t[0].s, t[0].e - t[0].s))
		return pronoun_speaker(h, l, s, a, t[0].e, t, sp);
	/* "It also said": a subject pronoun and an adverb */
	if (nt == 2 && (personal(l, s, t[0].s, t[0].e) || listed(&l->pron_n,
	    s + t[0].s, t[0].e - t[0].s)) && !capital(s, &t[1]))
		return pronoun_speaker(h, l, s, t[0].s, t[0].e, t, sp);
	/* "Council tax to rise as leader says": a conjunction inside the
	 * words (not a coordination, "Smith and Jones said", nor a
	 * relative, "X, qui travaille …, dénonce") opens the speaker's
	 * clause */
	for (i = nt > 2 ? nt - 2 : 0; i > 0; i--)
		if (listed(&l->pron_any, s + t[i].s, t[i].e - t[i].s) &&
		    !listed(&l->coordinations, s + t[i].s, t[i].e - t[i].s) &&
		    !listed(&l->relatives, s + t[i].s, t[i].e - t[i].s)) {
			memmove(t, t + i, (nt - i) * sizeof(t[0]));
			nt -= i;
			a = t[0].s;
			break;
		}
	/* "But she", "et le ministre": the coordination is not the speaker */
	if (nt > 1 && listed(&l->pron_any, s + t[0].s, t[0].e - t[0].s)) {
		memmove(t, t + 1, (nt - 1) * sizeof(t[0]));
		nt--;
		a = t[0].s;
		if (nt == 1 && personal(l, s, a, b))
			return pronoun_speaker(h, l, s, a, b, t, sp);
	}
	/* time and place words before the speaker: "mardi soir l’intersyndicale" */
	for (i = 0; i + 1 < nt && listed(&l->adjuncts, s + t[i].s,
	    t[i].e - t[i].s); i++)
		;
	if (i > 0) {
		memmove(t, t + i, (nt - i) * sizeof(t[0]));
		nt -= i;
		a = t[0].s;
	}
	/* "FreshWay declined to comment on the case but confirmed that": a
	 * name, its first verb and words, then a coordination before the cue:
	 * the name is the subject */
	/* "he thanked supporters and said": so is a subject pronoun */
	if (f->cue_s >= f->sp_e && nt >= 3 && listed(&l->coordinations,
	    s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s) &&
	    personal(l, s, t[0].s, t[0].e))
		return pronoun_speaker(h, l, s, t[0].s, t[0].e, t, sp);
	if (f->cue_s >= f->sp_e && nt >= 3 && listed(&l->coordinations,
	    s + t[nt - 1].s, t[nt - 1].e - t[nt - 1].s) && capital(s, &t[0]) &&
	    !listed(&l->dets, s + t[0].s, t[0].e - t[0].s)) {
		for (i = 1; i < nt - 1 && (capital(s, &t[i]) ||
		    listed(&l->particles, s + t[i].s, t[i].e - t[i].s)); i++)
			;
		/* the word after them a verb: an auxiliary, or "-ed" ("Google
		 * employees walked out" is not Google's) */
		if (i < nt - 1 && capital(s, &t[i - 1]) && (auxiliary(l,
		    s + t[i].s, t[i].e - t[i].s) || (t[i].e - t[i].s > 3 &&
		    memcmp(s + t[i].e - 2, "ed", 2) == 0)))
			nt = i;
	}
	/* cut at the first adjunct, or at a preposition after a name; but
	 * a subject of one word before the cue keeps its affiliation:
	 * "Analysts at Brookfield & Co. said", "Economists at the Institute" */
	for (i = 1; i < nt; i++) {
		/* a name in marks is kept whole: "L’association « Les Amis
		 * du vieux pont » a dénoncé" (not words quoted: "the
		 * figures “do not lie”") */
		if (opens_quote(s, &t[i]) && marked_capital(s, &t[i], &t[i +
		    (i + 1 < nt)])) {
			for (k = i; k < nt && !closes_quote(s, &t[k]); k++)
				;
			if (k < nt) {
				i = k;
				continue;
			}
		}
		if (i == 1 && f->cue_s >= f->sp_e && nt > 2 &&
		    (capital(s, &t[2]) || (nt > 3 && listed(&l->dets,
		    s + t[2].s, t[2].e - t[2].s) && capital(s, &t[3]))) &&
		    !listed(&l->roles, s + t[0].s, t[0].e - t[0].s))
			continue;
		/* (not after an indefinite's participle: "a woman waiting
		 * at a bus stop" of en.after.cue.ing) */
		if (i >= 2 && participle_of_indefinite(s, t, i))
			continue;
		/* nor when the verb says several and the complement has no
		 * capital: "Dozens of former employees say" is no one named
		 * Dozens */
		if (i == 1 && f->plural && i + 1 < nt && !capital(s, &t[2]))
			continue;
		/* an unnamed speaker that an indefinite introduces keeps the
		 * words that say which ([complements]): "a dental nurse at
		 * the practice", "an inspector who took part in the review" */
		if (i >= 2 && listed(&l->indefinites, s + t[0].s,
		    t[0].e - t[0].s) && listed(&l->complements, s + t[i].s,
		    t[i].e - t[i].s) && !capitals_in(s, t, 1, i)) {
			i = nt;
			break;
		}
		if (listed(&l->adjuncts, s + t[i].s, t[i].e - t[i].s) ||
		    (i + 1 < nt && listed(&l->adjuncts, s + t[i].s,
		    t[i + 1].e - t[i].s)) ||
		    /* "à l’issue": the elided article is a token of its own */
		    (i + 2 < nt && listed(&l->adjuncts, s + t[i].s,
		    t[i + 2].e - t[i].s)))
			break;
		/* "Gérard Moulinié (divers droite)": an affiliation */
		if (s[t[i].s] == '(' && capital(s, &t[i - 1]))
			break;
		if (listed(&l->preps, s + t[i].s, t[i].e - t[i].s) &&
		    capital(s, &t[i - 1]) && (i < 2 || !listed(&l->preps,
		    s + t[i - 2].s, t[i - 2].e - t[i - 2].s)) &&
		    !(i + 1 < nt && capital(s, &t[i + 1]) &&
		    (listed(&l->institutions, s + t[i - 1].s,
		    t[i - 1].e - t[i - 1].s) || listed(&l->particles,
		    s + t[i].s, t[i].e - t[i].s) ||
		    /* "The ACLU of Tennessee": an acronym's place (but
		     * "le PDG de Valmorel" is a title's complement) */
		    (i == nt - 2 && acronym_len(s, t[i - 1].s, t[i - 1].e) &&
		    !listed(&l->roles, s + t[i - 1].s,
		    t[i - 1].e - t[i - 1].s)))) &&
		    (named_at = title_complement(l, s, t, i, nt)) == 0)
			break;
	}
	nt = i;
	b = t[nt - 1].e;
	trim(s, &a, &b);
	/* "Elle a sollicité un report et dit": a pronoun once cut */
	if (nt == 1 && personal(l, s, a, b))
		return pronoun_speaker(h, l, s, a, b, t, sp);
	/* the name: capitalised words that end the phrase */
	run = nt;
	while (run > 0) {
		const struct tok *w = &t[run - 1];

		if (capital(s, w))
			run--;
		else if (run < nt && run > 1 && listed(&l->particles,
		    s + w->s, w->e - w->s))
			run--;
		/* "the Library and Cultural Workers’ Union" */
		else if (run < nt && run > 1 && capital(s, &t[run - 2]) &&
		    listed(&l->joiners, s + w->s, w->e - w->s) &&
		    (listed(&l->institutions, s + t[nt - 1].s,
		    t[nt - 1].e - t[nt - 1].s) ||
		    /* "the Department of Health and Social Care" */
		    (run > 3 && listed(&l->preps, s + t[run - 3].s,
		    t[run - 3].e - t[run - 3].s) && listed(&l->institutions,
		    s + t[run - 4].s, t[run - 4].e - t[run - 4].s))))
			run--;
		else
			break;
	}
	while (run < nt && !capital(s, &t[run]))
		run++;
	/* a verb that says several has no place after a preposition for
	 * its subject: "Care home operators across Kestermoor say" */
	if (f->plural && run > 0 && run < nt && listed(&l->preps,
	    s + t[run - 1].s, t[run - 1].e - t[run - 1].s))
		run = nt;
	/* a determiner capitalised at the start is not a name (but "Van
	 * der Linde" is, two particles first) */
	if (run == 0 && nt > 1 && ((listed(&l->particles, s + t[0].s,
	    t[0].e - t[0].s) && !capital(s, &t[1]) && !(nt > 2 &&
	    listed(&l->particles, s + t[1].s, t[1].e - t[1].s))) ||
	    listed(&l->dets, s + t[0].s, t[0].e - t[0].s)))
		run = 1;
	/* "The Welshman": a noun of [nearby] capitalised, no name */
	if (run + 1 == nt && run > 0 && listed(&l->dets, s + t[run - 1].s,
	    t[run - 1].e - t[run - 1].s) && listed(&l->nearby, s + t[run].s,
	    t[run].e - t[run].s))
		run = nt;
	/* a capitalised complement (l’ambassade de Chine, de l’ONU) */
	if (run > 0 && run < nt && (listed(&l->preps, s + t[run - 1].s,
	    t[run - 1].e - t[run - 1].s) || (run > 1 && listed(&l->dets,
	    s + t[run - 1].s, t[run - 1].e - t[run - 1].s) &&
	    listed(&l->preps, s + t[run - 2].s, t[run - 2].e -
	    t[run - 2].s)))) {
		/* unless a portfolio of [roles] comes before a full name: "le
		 * ministre de l’Intérieur Paul Garnier" */
		for (k = run; k < nt && listed(&l->roles, s + t[k].s,
		    t[k].e - t[k].s); k++)
			;
		for (i = k; i < nt && capital(s, &t[i]) &&
		    !listed(&l->institutions, s + t[i].s, t[i].e - t[i].s); i++)
			;
		/* or a place of one word: "la députée de la Gironde Nadège
		 * Fontanel-Ribeiro" */
		if (k == run && i == nt && place_first(l, s, t, run, nt))
			run++;
		else if (k == run || nt - k < 2 || i < nt)
			run = nt;
	}
	if (run < nt && complement_joined(l, s, t, nt, run))
		run = nt;
	/* "un enseignant de l’école Jules-Ferry": a place's name */
	if (run < nt && place_named(l, s, t, run))
		run = nt;
	for (k = run; run < nt && listed(&l->roles, s + t[run].s,
	    t[run].e - t[run].s); run++)
		;
	untitled = k;
	/* but "the Regional Airlines Association" is one name, which an
	 * [institutions] word ends */
	if (run > k && run < nt && listed(&l->institutions, s + t[nt - 1].s,
	    t[nt - 1].e - t[nt - 1].s))
		run = k;
	/* "la PDG de Valmorel": a complement after a title, no name (but
	 * "Mme de La Tour" is one: a title of [genders]) */
	if (run > k && run < nt && listed(&l->preps, s + t[run].s,
	    t[run].e - t[run].s) && !listed(&l->gender_m, s + t[run - 1].s,
	    t[run - 1].e - t[run - 1].s) && !listed(&l->gender_f,
	    s + t[run - 1].s, t[run - 1].e - t[run - 1].s))
		run = nt;
	/* "Fire Chief Ramona Ortiz": a title of [roles] inside the
	 * capitalised words, before a name of two words or more */
	for (k = nt >= 3 ? nt - 3 : 0; k + 2 < nt && k >= run; k--) {
		/* but "the Calder County Education Association" is one
		 * name, which an [institutions] word ends */
		if (listed(&l->institutions, s + t[nt - 1].s,
		    t[nt - 1].e - t[nt - 1].s))
			break;
		if (listed(&l->roles, s + t[k].s, t[k].e - t[k].s)) {
			run = k + 1;
			break;
		}
		if (k == 0)
			break;
	}
	/* "Secretary of State Marco Rubio": the name after the portfolio */
	if (named_at > 0)
		run = named_at;
	/* from the words before a name: "Le" in "Sophie Le Meur" tells nothing */
	sp->gender = gender_of(l, s, t, run < nt ? run : nt);
	/* or the article of a contraction: "Des propos qui agacent X" are
	 * several, no "il" ("les", [genders] p) */
	if (sp->gender == 0 && art != NULL) {
		size_t an = strlen(art);

		sp->gender = listed(&l->gender_p, art, an) ? 'p' :
		    listed(&l->gender_m, art, an) ? 'm' :
		    listed(&l->gender_f, art, an) ? 'f' : 0;
	}
	/* or the verb: "“…,” residents say" ((?<plural>) in the rule) */
	if (sp->gender == 0 && f->plural)
		sp->gender = 'p';
	first = run < nt ? first_name(l, s, &t[run]) : 0;
	/* "Veridal Payments Inc.": the full stop is the name's */
	if (b < n && s[b] == '.' && listed(&l->suffixes, s + t[nt - 1].s,
	    b + 1 - t[nt - 1].s))
		b++;
	/* "le PDG" is an anaphor of [anaphors], not a name; nor is "the
	 * Liberal Democrat MP", capitals before the noun of one ("the MP") */
	if (run < nt && listed(&l->anaphors, s + a, b - a))
		run = nt;
	else if ((run <= 1 || untitled <= 1) && nt >= 3 && capital(s, &t[1]) &&
	    title_after_capitals(l, s, &t[0], &t[nt - 1]))
		run = nt, titled = 1;
	/* "The animal welfare charity the Open Cage Trust": the article
	 * before the name is the name's, not its role's (below) */
	art_name = run >= 3 && run < nt && !capital(s, &t[run - 1]) &&
	    listed(&l->dets, s + t[run - 1].s, t[run - 1].e - t[run - 1].s) &&
	    !listed(&l->dets, s + t[run - 2].s, t[run - 2].e - t[run - 2].s);
	if (run < nt) {
		if (set(&sp->name, s, t[run].s, b) == -1)
			return -1;
		/* the words before the name, after a dash: "COLUMBUS, Ohio
		 * — Veridane Software" has no role "Ohio —" */
		for (c = t[0].s, k = 0; k < run; k++)
			if (dash_token(s, &t[k]))
				c = k + 1 < run ? t[k + 1].s : t[run].s;
		if (run > 0 && c < t[run].s) {
			e = t[run - 1].e;
			trim(s, &c, &e);
			if (set(&sp->role, s, c, e) == -1)
				return -1;
		}
		sp->via = VIA_NAME;
		/* a role alone as determiner: "La Chine" is the name; so is
		 * an organisation's noun, maybe with an adjective: "le
		 * groupement Tramvia", "l’agence officielle Azertac"; and a
		 * group of [groups] speaks for itself: "la direction de
		 * l’entreprise Sorelis Chimie" */
		if ((run == 1 && (listed(&l->dets, s + t[0].s, t[0].e - t[0].s) ||
		    listed(&l->organisations, s + t[0].s, t[0].e - t[0].s))) ||
		    ((run == 2 || (run == 3 && !capital(s, &t[2]) &&
		    !listed(&l->preps, s + t[2].s, t[2].e - t[2].s))) &&
		    listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
		    listed(&l->organisations, s + t[1].s, t[1].e - t[1].s)) ||
		    (run >= 3 && listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
		    listed(&l->groups, s + t[1].s, t[1].e - t[1].s) &&
		    listed(&l->preps, s + t[2].s, t[2].e - t[2].s)) ||
		    /* "Le collectif Logement digne Guillotière": a name
		     * with a lower-case word, the subject of the cue */
		    (run >= 3 && f->cue_s >= f->sp_e && listed(&l->dets,
		    s + t[0].s, t[0].e - t[0].s) && listed(&l->organisations,
		    s + t[1].s, t[1].e - t[1].s) && capital(s, &t[2]))) {
			sp->role.n = 0;
			if (set(&sp->name, s, t[0].s, b) == -1)
				return -1;
		} else if (art_name && c < t[run - 1].s) {
			e = t[run - 2].e;
			trim(s, &c, &e);
			if (set(&sp->name, s, t[run - 1].s, b) == -1 ||
			    set(&sp->role, s, c, e) == -1)
				return -1;
		}
	} else {
		if ((art != NULL && (buf_adds(&sp->name, art) == -1 ||
		    buf_addc(&sp->name, ' ') == -1)) ||
		    buf_add(&sp->name, s + a, b - a) == -1)
			return -1;
		sp->via = VIA_DESC;
		/* "l’association Défense des assurés": a name of its own;
		 * "a former Rovers employee": a capitalised modifier */
		for (k = 2; k < nt && capital(s, &t[k]); k++)
			;
		/* "le collectif « Sauvons la Vienne »": a name in marks
		 * after an organisation's noun, maybe with its complement
		 * ("l’association de protection animale « Sentinelles des
		 * abattoirs »") */
		if (!titled && nt >= 3 && org_marked(l, s, t, nt)) {
			sp->via = VIA_NAME;
			remember(h, sp);
			return 0;
		}
		if (!titled && nt >= 3 && listed(&l->dets, s + t[0].s,
		    t[0].e - t[0].s) &&
		    capital(s, &t[2]) && (k == nt || listed(&l->particles,
		    s + t[k].s, t[k].e - t[k].s) || listed(&l->preps, s + t[k].s,
		    t[k].e - t[k].s))) {
			sp->via = VIA_NAME;
			remember(h, sp);
			return 0;
		}
		/* "the council leader, Councillor Janet Pryor": the name
		 * after the comma says who, below */
		/* (a contraction's article is one: "Réponse du maire de
		 * Pontvieux") */
		if (!name_follows(s, n, f->sp_e) && (listed(&l->anaphors,
		    s + a, b - a) || (nt >= 2 && listed(&l->definites,
		    s + t[0].s, t[0].e - t[0].s)) ||
		    /* "his wife" for "His wife, Siân X" */
		    (nt == 2 && listed(&l->possessives, s + t[0].s,
		    t[0].e - t[0].s)) || (art != NULL &&
		    listed(&l->definites, art, strlen(art))))) {
			if ((prior = described(h, l, s, a, b, t, nt,
			    sp->gender)) != NULL) {
				/* "la chercheuse" for a name met in the text:
				 * a speaker now, whom "elle" may stand for (a
				 * document's gender is not its author's) */
				if (!listed(&l->documents, s + t[nt - 1].s,
				    t[nt - 1].e - t[nt - 1].s))
					learn_gender(prior, sp->gender);
				/* "the former" keeps the order of the two, for
				 * "the latter" next */
				if (!listed(&l->former, s + t[nt - 1].s,
				    t[nt - 1].e - t[nt - 1].s))
					prior = resolved(h, prior);
				speaker_copy(sp, prior);
				sp->via = VIA_ANAPHOR;
				return 0;
			}
			if (listed(&l->anaphors, s + a, b - a)) {
				sp->via = VIA_UNRESOLVED;
				return 0;
			}
		}
	}
	/* "la ministre canadienne de l’Environnement, Sophie Bélanger-Kwan";
	 * but "l’entourage de la ministre, X" is not X ([groups]) */
	hd = nt > 1 && listed(&l->dets, s + t[0].s, t[0].e - t[0].s);
	if (sp->via == VIA_DESC && f->sp_e < n && nt > 0 &&
	    !listed(&l->groups, s + t[hd].s, t[hd].e - t[hd].s)) {
		size_t	 re = b;

		k = f->sp_e;
		while (k < n && space_at(s, n, k))
			k += (size_t)space_at(s, n, k);
		/* "(GSE), Nadia X": an acronym before the comma, part of
		 * the role, as "(sans étiquette)" is */
		if (k < n && s[k] == '(' && (c = closing_paren(s, k, n)) > k) {
			k = re = c;
			while (k < n && space_at(s, n, k))
				k += (size_t)space_at(s, n, k);
		}
		if (k < n && s[k] == ',') {
			c = k + 1;
			/* (to the party after the name: "…, Paul Roy (divers
			 * droite), à l’ouverture de la séance") */
			for (e = c; e < n && s[e] != ',' && s[e] != ';' &&
			    s[e] != '(' && !(s[e] == '.' && (e + 1 == n ||
			    s[e + 1] == ' ')); e++)
				;
			trim(s, &c, &e);
			nt = tokens(s, c, e, t);
			/* "le Dr Alain Roux-Vasseur": titles, then a name */
			for (k = 0; k < nt && (listed(&l->dets, s + t[k].s,
			    t[k].e - t[k].s) || listed(&l->roles, s + t[k].s,
			    t[k].e - t[k].s)); k++)
				;
			/* "le diplomate suédois Tomas Lindqvist": a title
			 * noun of the lists and its adjective after the
			 * determiner; not an organisation ("le groupe X") */
			for (i = k; k == 1 && i < nt && i < k + 3 &&
			    listed(&l->dets, s + t[0].s, t[0].e - t[0].s) &&
			    title_noun(l, s, &t[0], &t[1]) &&
			    !listed(&l->organisations, s + t[1].s,
			    t[1].e - t[1].s) &&
			    !capital(s, &t[i]) && !listed(&l->preps,
			    s + t[i].s, t[i].e - t[i].s); i++)
				;
			if (i > k && i < nt && capital(s, &t[i]))
				k = i;
			if (k > 0 && k < nt) {
				c = t[k].s;
				memmove(t, t + k, (nt - k) * sizeof(t[0]));
				nt -= k;
			}
			if (nt >= 2 && nt <= 5) {
				for (i = 0; i < nt && (capital(s, &t[i]) ||
				    listed(&l->particles, s + t[i].s,
				    t[i].e - t[i].s)); i++)
					;
				if (i == nt && capital(s, &t[0])) {
					if (set(&sp->role, s, a, re) == -1 ||
					    set(&sp->name, s, c, e) == -1)
						return -1;
					sp->via = VIA_NAME;
				}
			}
		}
	}
	/* what follows the speaker's words is no role once the reported
	 * clause starts: "Selon le chercheur, une dizaine d’usines
	 * pourraient fermer, faute de commandes" (a name may be: "Selon
	 * la ministre, Julie Marchal, …", above) */
	if (f->con_e > f->con_s && f->con_s >= f->sp_e && f->con_s < n)
		n = f->con_s;
	/* an apposition after the words: ", the Foreign Secretary,"; after
	 * an honorific, both, when the apposition is a title with a
	 * complement or a relative clause ("le docteur X, vétérinaire rural
	 * qui …", then "le vétérinaire" or "le médecin"; not "le docteur X,
	 * visiblement épuisé,") */
	hon = sp->role.n > 0 && sp->role.n < 64 && honorific(l, &sp->role);
	if ((sp->role.n == 0 || hon) && f->sp_e < n) {
		k = f->sp_e;
		while (k < n && space_at(s, n, k))
			k += (size_t)space_at(s, n, k);
		if (k < n && s[k] == ',' && (kind = apposition(l, s, k + 1, n,
		    0, &c, &e)) != APPOS_NONE && (!hon ||
		    (kind == APPOS_BARE &&
		    (relative_after(l, s, e, n) || holds_prep(l, s, c, e))))) {
			/* ", said X, the Y of Z." ends its sentence (a
			 * relative clause may follow the title) */
			if (e < n && (s[e] == ',' || relative_after(l, s, e, n) ||
			    (s[e] == '.' && f->rule !=
			    NULL && (f->rule->where == W_AFTER ||
			    f->rule->where == W_INDIRECT ||
			    /* « …, a réagi X, déléguée de l’UAP. … »: a
			     * name's title, not "…, confie la jeune femme, ce
			     * n’est pas …" */
			    (f->rule->where == W_INSIDE &&
			    sp->via == VIA_NAME && inside_title(l, s, c, e))) &&
			    f->cue_s <
			    f->sp_s && (e + 1 == n || s[e + 1] == ' ')))) {
				trim(s, &c, &e);
				if (hon) {
					if (buf_adds(&sp->role, ", ") == -1 ||
					    buf_add(&sp->role, s + c, e - c) == -1)
						return -1;
				} else if (set(&sp->role, s, c, e) == -1)
					return -1;
			}
		}
	}
	/* a description before: "Le porte-parole du ministère, Zhao Lijian,"
	 * set off by commas on both sides: in "…, the deal was off, Helen
	 * Marsh said" the words before are a clause of their own */
	for (k = f->sp_e; k < n && space_at(s, n, k); k += (size_t)space_at(s, n, k))
		;
	if (sp->role.n == 0 && sp->via == VIA_NAME && f->sp_s > 0 && k < n &&
	    s[k] == ',') {
		/* (before the name found behind the words of the rule: "His
		 * wife, Siân X, 33, said") */
		e = appos_e > appos_s && a < f->sp_s ? a : f->sp_s;
		while (e > 0 && (s[e - 1] == ' '))
			e--;
		if (e > 0 && s[e - 1] == ',') {
			e--;
			for (c = e; c > 0 && s[c - 1] != ',' && s[c - 1] != '.' &&
			    !mark_before(s, c); c--)
				;
			if (description(l, s, c, e)) {
				trim(s, &c, &e);
				if (set(&sp->role, s, c, e) == -1)
					return -1;
			}
		}
	}
	/* "Me X, avocat de M. Y, a dénoncé": the apposition is the role
	 * (not "34 ans" nor "qui tient une crêperie") */
	for (c = appos_s; c < appos_e && s[c] != ' '; c++)
		;
	if (appos_e > appos_s && sp->via == VIA_NAME && (sp->role.n <= 3 ||
	    /* (what the person is says more than a relation: "Son
	     * président, Bernard X, ancien professeur d’histoire,") */
	    (possessive_role(l, &sp->role) && appos_e < n &&
	    s[appos_e] == ',')) &&
	    !auxiliary(l, s + appos_s, c - appos_s) &&
	    !capital(s, &(struct tok){ appos_s, appos_e }) &&
	    !(s[appos_s] >= '0' && s[appos_s] <= '9') &&
	    !clause_like(l, s, appos_s, appos_e) &&
	    !aside(l, s, appos_s, appos_e)) {
		sp->role.n = 0;
		if (set(&sp->role, s, appos_s, appos_e) == -1)
			return -1;
	}
	/* "Ken and Ruth Abernethy", "Smith and Jones": two people named
	 * together are one speaker, of them both */
	if (couple(l, sp) == -1)
		return -1;
	/* a name read again as its own description is no role */
	if (sp->role.n == sp->name.n && sp->role.n > 0 &&
	    memcmp(sp->role.p, sp->name.p, sp->name.n) == 0)
		sp->role.n = 0;
	if (sp->gender == 0 && sp->role.n > 0) {
		nt = tokens(sp->role.p, 0, sp->role.n, t);
		sp->gender = gender_of(l, sp->role.p, t, nt);
	}
	/* else the first name: "Inès Ferrand" is a woman */
	if (sp->gender == 0)
		sp->gender = first;
	if (sp->via == VIA_NAME || sp->via == VIA_DESC)
		expand_acronym(h, sp);
	if (sp->via == VIA_NAME)
		acronym_described(l, h, sp);
	if (sp->via == VIA_NAME)
		full_name(h, sp);
	remember(h, sp);
	return 0;
}

/* Speaker i is named again in the sentence: met then, but only once the
 * sentence is read, so that the sentence's own pronouns and the speakers
 * its attributions meet come before ("Il a précisé que Ndiaye-Marchal
 * serait titulaire"; "Me X, avocat de M. Y, a dénoncé …": then "il" is
 * X). */
static void
met_again(struct history *h, size_t i)
{
	if (h->nagain < AGAIN_MAX) {
		h->again[h->nagain] = i;
		h->again_at[h->nagain++] = ++h->clock;
	}
}

void
history_sentence_end(struct history *h)
{
	size_t	 k;

	for (k = 0; k < h->nagain; k++)
		if (h->again[k] < h->n && h->seen[h->again[k]] <
		    h->again_at[k]) {
			h->seen[h->again[k]] = h->again_at[k];
			h->nby = BY_STALE;
		}
	h->nagain = 0;
	h->sent_clock = h->clock;
}

/*
 * The bytes after the name that ends at s[ne], LINKMAX at most, as name
 * slot's link (cut at the end of its clause when read: linked()), when
 * s is the text whose names are being noted.
 */
static void
keep_link(struct history *h, size_t slot, const char *s, size_t ne)
{
	size_t	 n = 0;

	if (s == h->words_s && ne < h->words_b)
		n = h->words_b - ne < LINKMAX ? h->words_b - ne : LINKMAX;
	memcpy(h->nlink[slot], s + ne, n);
	h->nlinkn[slot] = (unsigned char)n;
}

/* Keeps a name met in the text, with its role, for later surnames. */
static struct speaker *
note(struct history *h, const char *s, size_t ns, size_t ne, size_t rs,
    size_t re, int gender)
{
	size_t	 i, slot = 0;

	h->clock++;
	/* a speaker named again is the latest met */
	for (i = 0; i < h->n; i++)
		if (h->e[i].name.n == ne - ns &&
		    memcmp(h->e[i].name.p, s + ns, ne - ns) == 0)
			met_again(h, i);
	for (i = 0; i < h->nnames; i++)
		if (h->names[i].name.n == ne - ns &&
		    memcmp(h->names[i].name.p, s + ns, ne - ns) == 0) {
			if (h->names[i].role.n == 0 && re > rs) {
				(void)buf_add(&h->names[i].role, s + rs, re - rs);
				h->added++;
			}
			h->nseen[i] = h->nnoted[i] = h->clock;
			h->nby = BY_STALE;
			h->npos[i] = ns;
			/* (a gender known stays: "la société X", then "Dans
			 * un communiqué, X dit" tells nothing of X's) */
			if (gender != 0 && h->names[i].gender == 0)
				h->names[i].gender = gender;
			return &h->names[i];
		}
	if (h->nnames < HISTORY)
		slot = h->nnames++;
	else
		for (i = 1; i < HISTORY; i++)
			if (h->nseen[i] < h->nseen[slot])
				slot = i;
	speaker_clear(&h->names[slot]);
	h->added++;
	h->nsubject[slot] = 0;
	h->norg[slot] = 0;
	keep_link(h, slot, s, ne);
	(void)buf_add(&h->names[slot].name, s + ns, ne - ns);
	(void)buf_add(&h->names[slot].role, s + rs, re - rs);
	h->names[slot].via = VIA_NAME;
	h->names[slot].gender = gender;
	h->nseen[slot] = h->nnoted[slot] = h->clock;
	h->nby = BY_STALE;
	h->npos[slot] = ns;
	return &h->names[slot];
}

/*
 * "au groupe Aurélys", "la chambre d’agriculture Savoie Mont-Blanc": an
 * organisation's noun of [organisations] before the name at word i, with
 * an adjective or a complement of one word maybe, and a determiner or a
 * contraction first; the index of that determiner, or i.
 */
static size_t
organisation_before(const struct alang *l, const char *s,
    const struct tok *t, size_t i)
{
	size_t	 o = i, k;

	if (i < 2)
		return i;
	o = i - 1;
	if (!listed(&l->organisations, s + t[o].s, t[o].e - t[o].s) &&
	    !capital(s, &t[o])) {
		/* "la chambre d’agriculture", "le groupe hospitalier"; but
		 * "le groupe du milliardaire X" is X's, and "le mouvement
		 * du député X" too: no contraction, but for a plural noun
		 * ("l’association des commerçants X") */
		if (contraction(l, s, &t[o - 1]) != NULL && !(s[t[o].e - 1] ==
		    's' && listed(&l->gender_p, s + t[o - 1].s,
		    t[o - 1].e - t[o - 1].s) &&
		    /* (not "du syndicat des éleveurs Jean Dupont") */
		    first_name(l, s, &t[i]) == 0))
			return i;
		if (o >= 3 && listed(&l->preps, s + t[o - 1].s,
		    t[o - 1].e - t[o - 1].s))
			o -= 2;
		else
			o -= 1;
	}
	if (o < 1 || capital(s, &t[o]) || !listed(&l->organisations,
	    s + t[o].s, t[o].e - t[o].s) || (!listed(&l->dets,
	    s + t[o - 1].s, t[o - 1].e - t[o - 1].s) &&
	    contraction(l, s, &t[o - 1]) == NULL))
		return i;
	/* "le groupe américain, Thomas X": an apposition is no name */
	for (k = o - 1; k < i; k++)
		if (s[t[k].e - 1] == ',')
			return i;
	return o - 1;
}

/* Whether word t may go on an organisation's name: a lower-case word
 * that is no determiner, preposition, pronoun, adjunct, auxiliary or cue
 * ("Force ouvrière", not "Aurélys a dit"). */
static int
org_word(const struct alang *l, const char *s, const struct tok *t)
{
	size_t	 n = t->e - t->s;

	if (n > 0 && s[t->e - 1] == ',')
		n--;
	return n > 2 && (unsigned char)s[t->s] >= 'a' &&
	    !listed(&l->dets, s + t->s, n) &&
	    !listed(&l->preps, s + t->s, n) &&
	    !listed(&l->pron_any, s + t->s, n) &&
	    !listed(&l->adjuncts, s + t->s, n) &&
	    !listed(&l->relatives, s + t->s, n) &&
	    !auxiliary(l, s + t->s, n) && !attrib_has_cue(l, s, t->s, t->s + n);
}

/* Whether word t ends a phrase: a comma, a full stop, a semicolon or a
 * colon after it. */
static int
phrase_end(const char *s, const struct tok *t)
{
	char	 c = s[t->e - 1];

	return c == ',' || c == '.' || c == ';' || c == ':';
}

/* Whether the name at word i of t[0, nt) is followed by a preposition
 * or a contraction, which may go on with it: "l’association grenobloise
 * Droit au logement" is not "Droit"'s. */
static int
name_then_complement(const struct alang *l, const char *s,
    const struct tok *t, size_t nt, size_t i)
{
	return i + 1 < nt && !phrase_end(s, &t[i]) && ((listed(&l->preps,
	    s + t[i + 1].s, t[i + 1].e - t[i + 1].s) &&
	    /* (not "la société Solvéo a fermé") */
	    !auxiliary(l, s + t[i + 1].s, t[i + 1].e - t[i + 1].s)) ||
	    contraction(l, s, &t[i + 1]) != NULL);
}

/*
 * The last word of the name of one word at word i that an organisation's
 * noun brought in, determiner at word c: lower-case words end it when a
 * capitalised word follows them to the end of a phrase or a parenthesis
 * ("l’association Vigilance citoyenne Isère,"), or when they end a phrase
 * themselves, not at the start of the sentence ("… que partage
 * l’association Estran vivant."; but "Le groupe Wagner recrute, selon …"
 * and "Le groupe X rachète Y pour …" are verbs).
 */
static size_t
org_name_end(const struct alang *l, const char *s, const struct tok *t,
    size_t nt, size_t c, size_t i)
{
	size_t	 k, m;

	if (phrase_end(s, &t[i]))
		return i;
	for (k = i + 1; k < nt && k < i + 3 && !capital(s, &t[k]) &&
	    org_word(l, s, &t[k]) && !phrase_end(s, &t[k - 1]); k++)
		;
	if (k == i + 1)
		return i;
	if (k < nt && capital(s, &t[k])) {
		for (m = k; m + 1 < nt && capital(s, &t[m + 1]) &&
		    !phrase_end(s, &t[m]); m++)
			;
		return phrase_end(s, &t[m]) || m + 1 == nt ||
		    s[t[m + 1].s] == '(' ? m : i;
	}
	return c > 0 && (phrase_end(s, &t[k - 1]) || k == nt ||
	    s[t[k].s] == '(') ? k - 1 : i;
}

/* Notes the organisation whose determiner is word c and whose name ends
 * at e, whole: "le groupe Aurélys" for "au groupe Aurélys". */
static void
note_organisation(struct history *h, const struct alang *l, const char *s,
    const struct tok *t, size_t c, size_t e)
{
	struct speaker	*sp;
	const char	*art;
	char		 nm[256];
	size_t		 an, n = e - t[c + 1].s;

	if ((art = contraction(l, s, &t[c])) == NULL) {
		sp = note(h, s, t[c].s, e, 0, 0, 0);
		h->norg[sp - h->names] = 1;
		return;
	}
	an = strlen(art);
	if (an + 1 + n > sizeof(nm))
		return;
	memcpy(nm, art, an);
	nm[an] = ' ';
	memcpy(nm + an + 1, s + t[c + 1].s, n);
	sp = note(h, nm, 0, an + 1 + n, 0, 0, 0);
	h->npos[sp - h->names] = t[c].s;
	h->norg[sp - h->names] = 1;
}

/*
 * Back from word k to a determiner, eight words at most before word i
 * and no comma crossed: returns c, t[c - 1] being that determiner when
 * there is one.
 */
static size_t
det_back(const struct alang *l, const char *s, const struct tok *t,
    size_t k, size_t i)
{
	for (; k > 0 && !listed(&l->dets, s + t[k - 1].s, t[k - 1].e -
	    t[k - 1].s) && i - k < 8 && s[t[k - 1].e - 1] != ','; k--)
		;
	return k;
}

/* The capitals that open the words of t[a, b) or their parts after a
 * hyphen ("Bastide-Garonne": two). */
static size_t
capital_parts(const char *s, const struct tok *t, size_t a, size_t b)
{
	size_t	 n = 0, k, i;

	for (k = a; k < b; k++)
		for (i = t[k].s; i < t[k].e; i++)
			if ((i == t[k].s || s[i - 1] == '-') && s[i] >= 'A' &&
			    s[i] <= 'Z')
				n++;
	return n;
}

/*
 * The first of the words before t[i] whose initials spell the acronym
 * acr (n letters), the particles and prepositions between them aside,
 * the first one capitalised: "du Mouvement des libertés locales (MLL)";
 * i when there are none.
 */
static size_t
initials(const struct alang *l, const char *s, const struct tok *t,
    size_t i, const char *acr, size_t n)
{
	size_t	 k, p = n;

	for (k = i; k > 0 && i - k < 12; k--) {
		const struct tok *w = &t[k - 1];
		unsigned char c = (unsigned char)s[w->s];

		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		/* a particle is skipped, unless the acronym has its letter:
		 * "Mouvement des libertés locales (MLL)", "société des
		 * journalistes (SDJ)" */
		if (p < n && c != (unsigned char)acr[p - 1] &&
		    (listed(&l->particles, s + w->s, w->e - w->s) ||
		    listed(&l->preps, s + w->s, w->e - w->s) ||
		    listed(&l->dets, s + w->s, w->e - w->s)))
			continue;
		if (c != (unsigned char)acr[p - 1])
			return i;
		/* a name, or a noun after its determiner: "la société des
		 * journalistes (SDJ)" is named with it */
		if (--p == 0)
			return capital(s, w) ? k - 1 : n >= 3 && k >= 2 &&
			    listed(&l->dets, s + t[k - 2].s,
			    t[k - 2].e - t[k - 2].s) ? k - 2 : i;
	}
	return i;
}
/*
 * "de l’Agence française de lutte contre le dopage (AFLD)": word i is
 * "(AFLD)"; the name before it runs from its first capitalised word
 * after a determiner (kept: "l’Agence …"), twelve words back at most and
 * no comma crossed.  Notes the acronym and that name.
 */
static void
acronym(const struct alang *l, const char *s, const struct tok *t, size_t i,
    struct history *h)
{
	size_t	 e = t[i].e, k, c = i, n, cut;

	while (e > t[i].s && (s[e - 1] == ',' || s[e - 1] == '.' ||
	    s[e - 1] == ';'))
		e--;
	if (s[e - 1] != ')' || (n = acronym_len(s, t[i].s + 1, e - 1)) == 0 ||
	    h->nacr == ACRONYMS)
		return;
	for (k = i; k > 0 && i - k < 12 && s[t[k - 1].e - 1] != ',' &&
	    s[t[k - 1].e - 1] != '.'; k--)
		if (capital(s, &t[k - 1]) && k >= 2 && listed(&l->dets,
		    s + t[k - 2].s, t[k - 2].e - t[k - 2].s))
			c = k - 2;
	/* else the capitals just before it: "en Nationale du Sporting Club
	 * Bastide-Garonne (SCBG)" */
	if (c == i) {
		for (k = i; k > 0 && i - k < 12 && (capital(s, &t[k - 1]) ||
		    (k >= 2 && capital(s, &t[k - 2]) && listed(&l->particles,
		    s + t[k - 1].s, t[k - 1].e - t[k - 1].s))) &&
		    s[t[k - 1].e - 1] != ',' && s[t[k - 1].e - 1] != '.'; k--)
			if (capital(s, &t[k - 1]))
				c = k - 1;
		if (c == i || capital_parts(s, t, c, i) < 2)
			c = initials(l, s, t, i, s + t[i].s + 1, n);
		if (c == i)
			return;
	}
	/* "en Nationale du Sporting Club Bastide-Garonne (SCBG)": no more
	 * capitals than the acronym has letters; a name met with more
	 * before it is cut so */
	for (cut = c; c + 1 < i && capital_parts(s, t, c, i) > n;)
		for (c++; c + 1 < i && !capital(s, &t[c]); c++)
			;
	if (c > cut)
		for (k = 0; k < h->nnames; k++) {
			struct buf *m = &h->names[k].name;
			size_t	 fn = t[i - 1].e - t[c].s;

			if (m->n > fn + 1 && m->p[m->n - fn - 1] == ' ' &&
			    memcmp(m->p + m->n - fn, s + t[c].s, fn) == 0) {
				memmove(m->p, m->p + m->n - fn, fn);
				m->n = fn;
			}
		}
	for (k = 0; k < h->nacr; k++)
		if (h->acr[k].n == n && memcmp(h->acr[k].acr, s + t[i].s + 1,
		    n) == 0)
			return;
	memcpy(h->acr[h->nacr].acr, s + t[i].s + 1, n);
	h->acr[h->nacr].n = n;
	h->acr[h->nacr].full.n = 0;
	(void)buf_add(&h->acr[h->nacr].full, s + t[c].s, t[i - 1].e - t[c].s);
	h->nacr++;
	note(h, s, t[c].s, t[i - 1].e, 0, 0, 0);
}

/* A speaker whose last name is the word t (a comma or full stop after it
 * aside) is the latest met. */
static void
surname_seen(struct history *h, const char *s, const struct tok *t)
{
	size_t	 e = t->e, n, i;

	while (e > t->s && (s[e - 1] == ',' || s[e - 1] == '.'))
		e--;
	if ((n = e - t->s) < 3)
		return;
	/* a person's name: a capitalised word before the surname (not
	 * "le Racing Club de Valmont") */
	for (i = 0; i < h->n; i++) {
		const struct buf *m = &h->e[i].name;
		size_t	 k;

		if (h->e[i].via != VIA_NAME || m->n <= n + 1 ||
		    m->p[m->n - n - 1] != ' ' || memcmp(m->p + m->n - n,
		    s + t->s, n) != 0)
			continue;
		for (k = m->n - n - 1; k > 0 && m->p[k - 1] != ' '; k--)
			;
		if (capital(m->p, &(struct tok){ k, m->n - n - 1 }))
			met_again(h, i);
	}
}

/* Whether the name that word j is part of goes on after it. */
/* Whether the capitalised words from word k end with a word of
 * [institutions], five at most. */
static int
institution_ahead(const struct alang *l, const char *s, const struct tok *t,
    size_t nt, size_t k)
{
	size_t	 end = k + 5;

	for (; k < nt && k < end && capital(s, &t[k]); k++) {
		if (listed(&l->institutions, s + t[k].s, bare_len(s, &t[k])))
			return 1;
		if (s[t[k].e - 1] == ',' || s[t[k].e - 1] == '.')
			break;
	}
	return 0;
}

/* Whether the word t is initials: "J.", "J.-L.", "J.D." */
static int
initial(const char *s, const struct tok *t)
{
	size_t	 i;

	if (t->e - t->s < 2 || t->e - t->s > 6 || s[t->s] < 'A' ||
	    s[t->s] > 'Z')
		return 0;
	for (i = t->s; i < t->e; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z') && s[i] != '.' && s[i] != '-')
			return 0;
	return 1;
}

static int
name_goes_on(const struct alang *l, const char *s, const struct tok *t,
    size_t nt, size_t j)
{
	/* "Ursula von der Leyen", "Ministry of Commerce" ([institutions]),
	 * "the Harbour and Transport Workers' Union", "the Department of
	 * Health and Social Care" ([joiners]) */
	return j + 1 < nt && s[t[j].e - 1] != ',' && (s[t[j].e - 1] != '.' ||
	    initial(s, &t[j])) &&
	    (capital(s, &t[j + 1]) ||
	    /* (two particles: "Eleanor de la Cruz-Whitfield") */
	    (j + 3 < nt && capital(s, &t[j + 3]) && listed(&l->particles,
	    s + t[j + 1].s, t[j + 1].e - t[j + 1].s) && listed(&l->particles,
	    s + t[j + 2].s, t[j + 2].e - t[j + 2].s)) ||
	    (j + 2 < nt && capital(s, &t[j + 2]) &&
	    (listed(&l->particles, s + t[j + 1].s, t[j + 1].e - t[j + 1].s) ||
	    (listed(&l->institutions, s + t[j].s, t[j].e - t[j].s) &&
	    listed(&l->preps, s + t[j + 1].s, t[j + 1].e - t[j + 1].s)) ||
	    (listed(&l->joiners, s + t[j + 1].s, t[j + 1].e - t[j + 1].s) &&
	    (institution_ahead(l, s, t, nt, j + 2) ||
	    /* "the Department of Health and Social Care" */
	    (j >= 2 && listed(&l->institutions, s + t[j - 2].s,
	    t[j - 2].e - t[j - 2].s) && listed(&l->preps, s + t[j - 1].s,
	    t[j - 1].e - t[j - 1].s)))))));
}

/* Whether the last word of s[a, b) is of [coordinations]: "et", "and". */
static int
ends_coordination(const struct alang *l, const char *s, size_t a, size_t b)
{
	size_t	 k;

	while (b > a && s[b - 1] == ' ')
		b--;
	for (k = b; k > a && s[k - 1] != ' '; k--)
		;
	return b > k && listed(&l->coordinations, s + k, b - k);
}

/* Whether the capitalised words from t[i] are an institution's name that
 * a title's word opens: "the Transport Workers Union", "the Foreign
 * Office" (not "Transport Secretary Jane X"). */
static int
institution_run(const struct alang *l, const char *s, const struct tok *t,
    size_t nt, size_t i)
{
	size_t	 j;

	if (i + 1 >= nt || !capital(s, &t[i + 1]))
		return 0;
	for (j = i; name_goes_on(l, s, t, nt, j); j++)
		;
	return j > i && listed(&l->institutions, s + t[j].s, bare_len(s, &t[j]));
}

void
history_names(const struct alang *l, const char *s, size_t a, size_t b,
    int quoted, struct history *h)
{
	struct tok	 t[MAXTOK];
	char		 key[256];
	size_t		 nt, i, j, k, kn, rs, re, c, e, as = 0, ae = 0, ci;
	int		 appos, org;
	int		 titled, gender;
	struct speaker	*sp;

	h->words_s = s;
	h->words_a = a;
	h->words_b = b;
	h->nwords = 0;
	while (a < b && (nt = tokens(s, a, b, t)) > 0) {
		if (h->nwords == 0) {
			memcpy(h->words, t, nt * sizeof(t[0]));
			h->nwords = nt;
		}
		for (i = 0; i < nt; i++) {
			if (s[t[i].s] == '(' && i > 0)
				acronym(l, s, t, i, h);
			if (!capital(s, &t[i]))
				continue;
			/* a name has two words at least: most capitals are
			 * alone, but a speaker's surname is the speaker met
			 * again ("Pryor and O’Kane gave different answers") */
			if (!name_goes_on(l, s, t, nt, i)) {
				if ((c = organisation_before(l, s, t, i)) < i &&
				    !name_then_complement(l, s, t, nt, i)) {
					i = org_name_end(l, s, t, nt, c, i);
					for (e = t[i].e; e > t[i].s &&
					    (s[e - 1] == ',' || s[e - 1] == '.');
					    e--)
						;
					note_organisation(h, l, s, t, c, e);
					continue;
				}
				surname_seen(h, s, &t[i]);
				/* but a first name alone before an apposition
				 * is a person's: "Marion, professeure de
				 * lettres," "Inès, 17 ans," */
				if (i + 1 < nt && s[t[i].e - 1] == ',' &&
				    !capital(s, &t[i + 1]) && (i == 0 ||
				    (!listed(&l->preps, s + t[i - 1].s,
				    t[i - 1].e - t[i - 1].s) &&
				    !listed(&l->dets, s + t[i - 1].s,
				    t[i - 1].e - t[i - 1].s))) && (gender =
				    first_name(l, s, &(struct tok){ t[i].s,
				    t[i].e - 1 })) != 0)
					note(h, s, t[i].s, t[i].e - 1, 0, 0,
					    gender);
				continue;
			}
			/* after a title, "Le Bihan" starts with its particle */
			titled = i > 0 && i + 1 < nt && capital(s, &t[i + 1]) &&
			    listed(&l->roles, s + t[i - 1].s,
			    t[i - 1].e - t[i - 1].s);
			/* the word lower-cased once for its three lists */
			kn = lower_key(s + t[i].s, t[i].e - t[i].s, key);
			if (kn > 0 && ((!titled && wset_has(&l->dets, key, kn)) ||
			    (wset_has(&l->roles, key, kn) &&
			    !institution_run(l, s, t, nt, i)) ||
			    wset_has(&l->preps, key, kn)))
				continue;
			for (j = i; name_goes_on(l, s, t, nt, j); j++)
				;
			/* "Rue des Tanneurs", "Place du Marché", "Front
			 * Street" (not after a first name: "Lois Lane"): no
			 * one's; nor "Délégué CGT de l’entrepôt, Patrice X", a
			 * title of [genders] and a party's or a union's
			 * acronym */
			if ((listed(&l->places, s + t[i].s, t[i].e - t[i].s) &&
			    /* (not "the Road Haulage Union") */
			    !institution_run(l, s, t, nt, i)) ||
			    (j > i && listed(&l->places, s + t[j].s,
			    bare_len(s, &t[j])) && first_name(l, s, &t[i]) ==
			    0) ||
			    (j == i + 1 && acronym_len(s, t[j].s, t[j].e -
			    (s[t[j].e - 1] == ',')) > 0 &&
			    (listed(&l->gender_m, s + t[i].s, t[i].e - t[i].s) ||
			    listed(&l->gender_f, s + t[i].s, t[i].e - t[i].s)))) {
				i = j;
				continue;
			}
			/* "the Liberal Democrat MP": a title, no name */
			if (i > 0 && j > i && title_after_capitals(l, s,
			    &t[i - 1], &t[j])) {
				i = j;
				continue;
			}
			/* "the MP for Eastmere and Fallow Vale": a second
			 * complement, no one's name; "le directeur de l’école
			 * Jean Moulin": a place's */
			if (complement_joined(l, s, t, nt, i) ||
			    place_named(l, s, t, i)) {
				i = j;
				continue;
			}
			/* "Secretary of State Marco Rubio": a capitalised
			 * title's portfolio, then the name */
			for (k = i; k > 0 && capital(s, &t[k - 1]) &&
			    listed(&l->roles, s + t[k - 1].s,
			    t[k - 1].e - t[k - 1].s); k--)
				;
			if (k >= 2 && listed(&l->dets, s + t[k - 1].s,
			    t[k - 1].e - t[k - 1].s))
				k--;
			if (k >= 2 && listed(&l->preps, s + t[k - 1].s,
			    t[k - 1].e - t[k - 1].s) && capital(s, &t[k - 2]) &&
			    (c = title_complement(l, s, t, k - 1, j + 1)) > i &&
			    c <= j)
				i = c;
			/* "la députée de la Gironde Nadège Fontanel-Ribeiro":
			 * a place of one word, then the name */
			else if (place_first(l, s, t, i, j + 1))
				i++;
			/* "Fire Chief Ramona Ortiz": the title is no name
			 * (but "the Harbour and Transport Workers' Union"
			 * is an institution's whole) */
			for (k = listed(&l->institutions, s + t[j].s,
			    bare_len(s, &t[j])) || listed(&l->institutions,
			    s + t[i].s, t[i].e - t[i].s) ? i : j >= 2 ? j - 2 : 0;
			    k > i; k--)
				if (listed(&l->roles, s + t[k].s, t[k].e - t[k].s)) {
					i = k + 1;
					break;
				}
			e = t[j].e;
			while (e > t[j].s && (s[e - 1] == ',' || s[e - 1] == '.'))
				e--;
			if (e < t[j].e && s[e] == '.' && listed(&l->suffixes,
			    s + t[j].s, e + 1 - t[j].s))
				e++;
			/* "au groupe Aurélys": an organisation, noted whole
			 * (a name of one word is enough) */
			if ((c = organisation_before(l, s, t, i)) + 4 == i) {
				note_organisation(h, l, s, t, c, e);
				i = j;
				continue;
			}
			/* one word is no name to note; after "de" two are
			 * a person's ("la liste de Marc-Antoine Vernier") */
			if (j == i) {
				i = j;
				continue;
			}
			/* the role: an apposition after, else one before
			 * ("Le maire de X, Paul Roy, a été prévenu"), or words
			 * before */
			rs = re = 0;
			appos = s[t[j].e - 1] == ',' ? apposition(l, s, t[j].e,
			    b, quoted, &as, &ae) : APPOS_NONE;
			/* "Lucie X, 34 ans, devait s’envoler pour Ajaccio.":
			 * after a name that opens its sentence, the words to
			 * the full stop are its predicate, not its title */
			if (appos != APPOS_NONE && (ae >= b || s[ae] == '.') &&
			    ((h->nwords > 0 && t[i].s == h->words[0].s) ||
			    /* (or set off by commas after its title: "Le
			     * maire, Paul Roy, n’a pas souhaité réagir.") */
			    (i > 0 && s[t[i - 1].e - 1] == ',')))
				appos = APPOS_NONE;
			if (appos == APPOS_DET) {
				rs = as;
				re = ae;
				trim(s, &rs, &re);
			}
			/* "The vice-chancellor, Professor Alison Threlfall,":
			 * the description before a title's comma */
			ci = i > 1 && s[t[i - 1].e - 1] != ',' &&
			    s[t[i - 2].e - 1] == ',' && capital(s, &t[i - 1]) &&
			    listed(&l->roles, s + t[i - 1].s,
			    t[i - 1].e - t[i - 1].s) ? i - 1 : i;
			if (re == rs && ci > 0 && s[t[ci - 1].e - 1] == ',') {
				/* "Le commissaire européen, Henrik Lindqvist," */
				re = t[ci - 1].e - 1;
				/* (back to a comma, a full stop or the text's
				 * start: not into a quotation before it, "« …
				 * » Le député de la circonscription, X,") */
				for (c = re; c > h->words_a && s[c - 1] != ',' &&
				    s[c - 1] != '.' && re - c < 120; c--)
					;
				rs = c;
				trim(s, &rs, &re);
				/* between commas on both sides, a clause is no
				 * role: "Il a évoqué l’affaire X, Edward Snowden,
				 * …" is a list */
				if ((s[t[j].e - 1] == ',' &&
				    attrib_has_cue(l, s, rs, re))) {
					/* but the noun phrase after its last
					 * preposition is, when a coordination or
					 * a complementizer follows the name:
					 * "She had written to the company’s chief
					 * executive, Graham X, and …", "a letter
					 * to the prime minister, Catherine X,
					 * that …" (not "After he complained to
					 * the council, Tom X, 54, received …") */
					if (j + 1 >= nt || (!listed(&l->coordinations,
					    s + t[j + 1].s, t[j + 1].e - t[j + 1].s) &&
					    !clause_word(l, s, &t[j + 1])) ||
					    (rs = role_tail(l, s, t, ci, rs,
					    &re)) == 0)
						rs = re = 0;
				}
				else if (!description(l, s, rs, re) &&
				    appos == APPOS_BARE)
					rs = re = 0;	/* the title after, below */
				else if (!description(l, s, rs, re)) {
					c = rs;
					/* "Délégué CGT de l’entrepôt, Paul
					 * X": a title of [genders] opens it */
					if (bare_title(l, s, &rs, re))
						;
					/* "Assise sur un lit de camp du
					 * gymnase, Martine X": a participle's
					 * opener, no role */
					else if (opener_phrase(l, s, rs, re))
						rs = re = 0;
					else if ((rs = role_tail(l, s, t, ci, rs,
					    &re)) == 0 && re == 0) {
						re = t[ci - 1].e - 1;
						rs = role_last(l, s, c, &re);
					}
				} else if ((rs = role_after_clause(l, s, rs, re)) == re)
					rs = re = 0;
				/* "Venu de Bordeaux avec ses deux enfants, Julien
				 * X,": a plural ([genders] p) is no one's title */
				if (rs < re && plural_first(l, s, rs, re))
					rs = re = 0;
			} else if (i > 0 && (s[t[j].e - 1] != ',' ||
			    appos == APPOS_NONE) && !listed(&l->preps,
			    s + t[i - 1].s, t[i - 1].e - t[i - 1].s)) {
				/* (after a preposition, the words before are
				 * no title: "the words of X", "l’avocate de X") */
				k = det_back(l, s, t, i, i);
				/* (no verb between: "the club had failed to
				 * protect flanker Owain X" gives him no role) */
				for (c = k; k > 0 && c < i && !auxiliary(l,
				    s + t[c].s, t[c].e - t[c].s); c++)
					;
				if (k > 0 && c < i)
					k = 0;
				/* "à la société Rhône Patrimoine": the
				 * organisation's noun and its determiner, no
				 * more */
				org = i >= 2 && k == i - 1 &&
				    listed(&l->organisations, s + t[i - 1].s,
				    t[i - 1].e - t[i - 1].s);
				/* "l’ancien ministre de la Fonction publique
				 * Laurent X": a complement's determiner is not
				 * the role's first word (but in "le président
				 * de la Banque de France" the name is the
				 * complement) */
				while (!org && k > 2 && k < i && i - k < 8 &&
				    listed(&l->dets,
				    s + t[k - 1].s, t[k - 1].e - t[k - 1].s) &&
				    listed(&l->preps, s + t[k - 2].s,
				    t[k - 2].e - t[k - 2].s) &&
				    s[t[k - 3].e - 1] != ',') {
					c = det_back(l, s, t, k - 2, i);
					if (c == 0 || !listed(&l->dets, s + t[c - 1].s,
					    t[c - 1].e - t[c - 1].s))
						break;
					k = c;
				}
				if (k > 0 && listed(&l->dets, s + t[k - 1].s,
				    t[k - 1].e - t[k - 1].s)) {
					re = t[i - 1].e;
					/* "Une promesse que X accueille": none */
					if ((rs = role_after_clause(l, s, t[k - 1].s,
					    re)) == re)
						rs = re = 0;
					/* "Le chef du service, le docteur X": the
					 * description before the comma too */
					else if (k >= 3 && rs == t[k - 1].s &&
					    s[t[k - 2].e - 1] == ',') {
						for (c = k - 2; c > 0 && k - c < 14 &&
						    s[t[c - 1].e - 1] != ',' &&
						    s[t[c - 1].e - 1] != '.'; c--)
							;
						if (description(l, s, t[c].s,
						    t[k - 2].e - 1))
							rs = t[c].s;
					}
					/* "The group owned by television chef
					 * X": the agent's words, not the
					 * subject's */
					for (c = i - 1; rs < re && c > k; c--)
						if (listed(&l->agents, s + t[c - 1].s,
						    t[c - 1].e - t[c - 1].s)) {
							rs = t[c].s;
							break;
						}
				}
			}
			/* last, a title without determiner after the name:
			 * "Thomas Rigaud, économiste au CEIT,"; it says what
			 * the person is better than a relation before it:
			 * "Son porte-parole, Julien X, éleveur à Y," is
			 * "l’éleveur" */
			if (appos == APPOS_BARE && (re == rs ||
			    possessive_span(l, s, rs, re))) {
				rs = as;
				re = ae;
				trim(s, &rs, &re);
			}
			/* or the organisation's noun before it, whatever
			 * follows: "propriété de la société Rhône Patrimoine
			 * Gestion, qui …" (then "La société") */
			if (re == rs && i >= 2 && listed(&l->organisations,
			    s + t[i - 1].s, t[i - 1].e - t[i - 1].s) &&
			    listed(&l->dets, s + t[i - 2].s,
			    t[i - 2].e - t[i - 2].s)) {
				rs = t[i - 2].s;
				re = t[i - 1].e;
			}
			/* "Rail minister Marcus Fenwick resigns": the words
			 * that open the text, a title of [roles] last */
			if (re == rs && i >= 2 && i <= 3 && t[0].s == a &&
			    a == h->words_a && listed(&l->roles, s + t[i - 1].s,
			    t[i - 1].e - t[i - 1].s) && !capital(s, &t[i - 1]) &&
			    (i == 2 || !capital(s, &t[1])) &&
			    !listed(&l->relatives, s + t[0].s, t[0].e - t[0].s) &&
			    !listed(&l->pron_any, s + t[0].s, t[0].e - t[0].s) &&
			    !listed(&l->preps, s + t[0].s, t[0].e - t[0].s) &&
			    !listed(&l->dets, s + t[0].s, t[0].e - t[0].s)) {
				rs = t[0].s;
				re = t[i - 1].e;
			}
			/* a determiner alone is no role: "The Waterways
			 * Standards Agency" */
			if (re > rs && listed(&l->dets, s + rs, re - rs))
				rs = re = 0;
			/* a title before the name tells a person's gender,
			 * else the role's determiner ("Le maire de X, Y") */
			if (i > 0 && listed(&l->roles, s + t[i - 1].s,
			    t[i - 1].e - t[i - 1].s))
				gender = gender_of(l, s, &t[i - 1], 1);
			else if (re > rs) {
				struct tok rt[2];

				gender = gender_of(l, s, rt, tokens_max(s, rs, re,
				    rt, 2));
				/* a first name says more than a title without
				 * determiner: "Sophie Vernet, directeur général" */
				if (gender != 0 && !listed(&l->dets, s + rt[0].s,
				    rt[0].e - rt[0].s) && first_name(l, s, &t[i]))
					gender = first_name(l, s, &t[i]);
			} else
				gender = 0;
			/* else the first name: "Inès Ferrand" is a woman */
			if (gender == 0)
				gender = first_name(l, s, &t[i]);
			/* "la société Valoris Environnement, déjà chargée de
			 * …,": an organisation's noun is its role, whatever
			 * follows (then "l’entreprise" may stand for it) */
			if (i >= 2 && !(rs == t[i - 2].s && re == t[i - 1].e) &&
			    s[t[i - 2].e - 1] != ',' && listed(&l->dets,
			    s + t[i - 2].s, t[i - 2].e - t[i - 2].s) &&
			    listed(&l->organisations, s + t[i - 1].s,
			    t[i - 1].e - t[i - 1].s) && first_name(l, s,
			    &t[i]) == 0 && j > i) {
				rs = t[i - 2].s;
				re = t[i - 1].e;
				gender = gender_of(l, s, &t[i - 2], 2);
			}
			/* "Le maire de Lyon et Paul Roy ont signé": someone
			 * else's role before a coordination, none of his */
			if (re > rs && ends_coordination(l, s, rs, re)) {
				rs = re = 0;
				gender = first_name(l, s, &t[i]);
			}
			sp = note(h, s, t[i].s, e, rs, re, gender);
			/* "le collectif Familles unies": an organisation
			 * named after its noun (not "le groupe Vincent X")
			 * is no "il", but "le collectif" */
			if (sp != NULL && i >= 2 && rs == t[i - 2].s &&
			    re == t[i - 1].e && listed(&l->organisations,
			    s + t[i - 1].s, t[i - 1].e - t[i - 1].s) &&
			    first_name(l, s, &t[i]) == 0)
				h->norg[sp - h->names] = 1;
			i = j;
		}
		if (nt < MAXTOK)
			break;
		a = t[nt - 1].e;
	}
}

/* The entry whose name is s[a, b), or ends with it after a space. */
static int
find_name(const struct history *h, const char *s, size_t a, size_t b,
    int whole)
{
	size_t	 i, n = b - a;

	for (i = 0; i < h->n + h->nnames; i++) {
		const struct speaker *e = i < h->n ? &h->e[i] :
		    &h->names[i - h->n];

		if (e->via != VIA_NAME || e->name.n < n ||
		    (n > 0 && e->name.p[e->name.n - n] != s[a]))
			continue;
		if (e->name.n == n && memcmp(e->name.p, s + a, n) == 0)
			return (int)i;
		if (!whole && e->name.n > n + 1 && memcmp(e->name.p + e->name.n -
		    n, s + a, n) == 0 && e->name.p[e->name.n - n - 1] == ' ')
			return (int)i;
	}
	return -1;
}

/* Whether the word w is a verb's reflexive or negation: "s’est", "n’a",
 * "se", "ne". */
static int
before_verb(const char *w, size_t wn)
{
	if (wn == 2 && (memcmp(w, "se", 2) == 0 || memcmp(w, "ne", 2) == 0))
		return 1;
	return wn > 2 && (w[0] == 's' || w[0] == 'n') && (w[1] == '\'' ||
	    (wn > 4 && memcmp(w + 1, "\xE2\x80\x99", 3) == 0));
}

/* the longest opening adverbial before a subject: "Lors d’une conférence de
 * presse tenue mercredi après-midi au tribunal judiciaire, le procureur" */
#define OPENER_WORDS	16

/*
 * The word after the comma that ends an opening adverbial of t[0, n) in
 * its first OPENER_WORDS words ("À Bruxelles,", "À quelques mètres,"),
 * or 0 when none ends so.
 */
static size_t
after_opener(const char *s, const struct tok *t, size_t n)
{
	size_t	 k;

	for (k = 1; k < OPENER_WORDS && k < n && s[t[k - 1].e - 1] != ',';
	    k++)
		;
	return s[t[k - 1].e - 1] == ',' ? k : 0;
}

/*
 * The words of t[0, n) that open a sentence before its subject, in *k:
 * an opening place or circumstance, "À Bruxelles,", "Dans un communiqué
 * diffusé jeudi matin,", "Interpellé par les nageurs," (a word of no
 * list and no name first, and no cue word before the comma); 0 when
 * there is none, and -1 when the sentence opens so without a comma.
 */
static int
sentence_opener(const struct alang *l, const char *s, const struct tok *t,
    size_t n, size_t *k, int *cue_test)
{
	*k = 0;
	*cue_test = 0;
	if (n > 2 && (listed(&l->preps, s + t[0].s, t[0].e - t[0].s) ||
	    (!capital(s, &t[1]) && !listed(&l->dets, s + t[0].s,
	    t[0].e - t[0].s) && !listed(&l->pron_any, s + t[0].s,
	    t[0].e - t[0].s)))) {
		if ((*k = after_opener(s, t, n)) == 0)
			return -1;
		*cue_test = !listed(&l->preps, s + t[0].s, t[0].e - t[0].s);
	}
	return 0;
}

/* Whether the opening words t[0, k) that sentence_opener() found hold
 * a cue word, when it asked (cue_test): then they tell of speech. */
static int
opener_cued(const struct alang *l, const char *s, const struct tok *t,
    size_t k, int cue_test)
{
	return cue_test && attrib_has_cue(l, s, t[0].s, t[k - 1].e);
}

int
subject_span(const struct alang *l, const char *s, size_t a, size_t b,
    size_t *sa, size_t *se)
{
	struct tok	 t[OPENER_WORDS + 12];
	size_t		 n, i, k = 0;
	int		 cue_test;

	n = tokens_max(s, a, b, t, OPENER_WORDS + 12);
	if (sentence_opener(l, s, t, n, &k, &cue_test) == -1 ||
	    opener_cued(l, s, t, k, cue_test))
		return 0;
	/* "Mais la riveraine attend des réponses : « … »": a word that
	 * joins the sentence to the one before ([pronouns] of gender -) */
	if (k == 0 && n > 2 && listed(&l->pron_any, s + t[0].s, t[0].e - t[0].s) &&
	    !listed(&l->pron_imp, s + t[0].s, t[0].e - t[0].s) &&
	    !listed(&l->pron_n, s + t[0].s, t[0].e - t[0].s))
		k = 1;
	if (k + 2 >= n || !listed(&l->dets, s + t[k].s, t[k].e - t[k].s) ||
	    opens_quote(s, &t[k + 1]))
		return 0;
	*sa = t[k].s;
	/* to the verb's auxiliary, reflexive or negation */
	for (i = k + 1; i < n && i < k + 10 && !opens_quote(s, &t[i]); i++) {
		/* "Sa mère, elle, tient à …": a pronoun set off after it */
		if (s[t[i].e - 1] == ',' && i + 1 < n &&
		    s[t[i + 1].e - 1] == ',' && speaker_gendered(l,
		    s + t[i + 1].s, t[i + 1].e - t[i + 1].s - 1)) {
			*se = t[i].e - 1;
			return 1;
		}
		/* an apposition, a name's ("Le maire, Paul Roy,"); but a
		 * relative, an age or another description may follow the
		 * description: "Une aide-soignante du service, qui a requis
		 * l’anonymat, a reçu", "Une riveraine, 71 ans, a raconté",
		 * "Une autre visiteuse, une infirmière retraitée, est …" */
		if (s[t[i].e - 1] == ',') {
			if (i + 1 < n && (listed(&l->relatives, s + t[i + 1].s,
			    t[i + 1].e - t[i + 1].s) || (s[t[i + 1].s] >= '0' &&
			    s[t[i + 1].s] <= '9') || listed(&l->dets,
			    s + t[i + 1].s, t[i + 1].e - t[i + 1].s))) {
				*se = t[i].e - 1;
				return 1;
			}
			return 0;
		}
		/* (or a copula after no cue word nor relative, and not a
		 * noun after a determiner: "A young mother pushing a pram
		 * was …", not "A spokesman said the body was …", "A
		 * neighbour who was at home", "de la demeure voisine") */
		if (auxiliary(l, s + t[i].s, t[i].e - t[i].s) ||
		    before_verb(s + t[i].s, t[i].e - t[i].s) ||
		    (listed(&l->copulas, s + t[i].s, t[i].e - t[i].s) &&
		    !listed(&l->dets, s + t[i - 1].s, t[i - 1].e - t[i - 1].s) &&
		    !relative_in(l, s, t, k + 1, i) &&
		    !attrib_has_cue(l, s, t[k].s, t[i].s))) {
			if (i < k + 2)
				return 0;
			*se = t[i - 1].e;
			return 1;
		}
	}
	/* else the determiner and its noun: "la riveraine attend" */
	if (capital(s, &t[k + 1]))
		return 0;
	*se = t[k + 1].e;
	return 1;
}

/* Entry k of the history is the latest subject: returns it. */
static const struct speaker *
subject_seen(struct history *h, size_t k)
{
	h->nby = BY_STALE;
	if (k < h->n) {
		h->seen[k] = ++h->clock;
		return &h->e[k];
	}
	/* a name the sentence has just noted: met when named, not later
	 * than the names after it ("X doit recevoir Y. «…», assure ce
	 * dernier"); a name noted before ("Fairweather, who …,") now */
	if (h->nseen[k - h->n] <= h->sent_clock)
		h->nseen[k - h->n] = ++h->clock;
	h->nsubject[k - h->n] = 1;
	return &h->names[k - h->n];
}

/*
 * Whether word t[i] may be in an opening adverbial that t[0] begins: any
 * word after a preposition first, a word in lower case, an acronym after
 * a title, or a capital after a preposition when t[0] is no first name
 * ("Venu de Bordeaux", not "Hervé de Charette"); *place keeps that last
 * answer, -1 until asked.
 */
static int
opener_word(const struct alang *l, const char *s, const struct tok *t,
    size_t i, int prep, int *place)
{
	if (prep || !capital(s, &t[i]))
		return 1;
	/* "Délégué CGT de l’entrepôt, Patrice X a …": a title of
	 * [genders], then a union's or a party's acronym */
	if (i == 1 && acronym_len(s, t[1].s, t[1].e - (s[t[1].e - 1] ==
	    ',')) > 0 && (listed(&l->gender_m, s + t[0].s, t[0].e - t[0].s) ||
	    listed(&l->gender_f, s + t[0].s, t[0].e - t[0].s)))
		return 1;
	if (!listed(&l->preps, s + t[i - 1].s, t[i - 1].e - t[i - 1].s))
		return 0;
	if (*place == -1)
		*place = first_name(l, s, &t[0]) == 0;
	return *place;
}

/*
 * Whether s[*a, b), a quotation's closing mark aside, opens with a
 * capitalised title of [genders] ("Délégué CGT de l’entrepôt"), which
 * *a is moved to.
 */
static int
bare_title(const struct alang *l, const char *s, size_t *a, size_t b)
{
	struct tok	 t[2];
	size_t		 n = tokens_max(s, *a, b, t, 2), k = 0;

	if (n == 2 && (!capital(s, &t[0]) || t[0].e - t[0].s < 2) &&
	    !u8_ascii_letter((unsigned char)s[t[0].s]))
		k = 1;		/* "»" */
	if (k >= n || !capital(s, &t[k]) || listed(&l->dets, s + t[k].s,
	    t[k].e - t[k].s) || (!listed(&l->gender_m, s + t[k].s,
	    t[k].e - t[k].s) && !listed(&l->gender_f, s + t[k].s,
	    t[k].e - t[k].s)))
		return 0;	/* (not "Le public assistait …") */
	*a = t[k].s;
	return 1;
}

/*
 * The history entry that the words t[0, nt) of a sentence begin with, or
 * -1; *reach gets the highest word index looked at, and *more, when an
 * opening adverbial ran out of words, how many would tell.
 */
static int
subject_entry(const struct alang *l, const char *s, const struct tok *t,
    size_t nt, struct history *h, size_t *reach, size_t *more,
    int after_comma)
{
	char	 key[256];
	size_t	 i = 0, j, e, kn;
	int	 last = 0, found, prep, place;

	*reach = 0;
	if (nt < 2 || (!capital(s, &t[0]) && !after_comma))
		return -1;
	/* "Rue des Tanneurs, à deux pas de la gare, Joël Martinet, 54 ans,
	 * a vu …": the place and the words after it, to a name */
	if (listed(&l->places, s + t[0].s, t[0].e - t[0].s)) {
		for (i = 0; i < 16 && i < nt; i++)
			if (s[t[i].e - 1] == ',' && i + 1 < nt &&
			    capital(s, &t[i + 1]) && !listed(&l->places,
			    s + t[i + 1].s, t[i + 1].e - t[i + 1].s))
				break;
		*reach = i;	/* more words may tell */
		if (i == 16 || i + 2 >= nt)
			return -1;
		found = subject_entry(l, s, t + i + 1, nt - i - 1, h, &e, more,
		    1);
		*reach = e + i + 1;
		return found;
	}
	kn = lower_key(s + t[0].s, t[0].e - t[0].s, key);
	/* an opening adverbial: "En fin d’audition, Laurent de Kervellec
	 * n’a pas varié", "Entendue la semaine précédente, Claire X, …",
	 * "Appelé à la barre, le toxicologue X" (a participle first, and no
	 * cue word after it) */
	if (kn > 0 && !wset_has(&l->dets, key, kn) && !wset_has(&l->pron_m,
	    key, kn) && !wset_has(&l->pron_f, key, kn) && !wset_has(&l->pron_p,
	    key, kn) && !wset_has(&l->pron_any, key, kn) &&
	    s[t[0].e - 1] != ',') {
		/* (after a preposition, a place may be named: "À Bruxelles,
		 * la Commission européenne s’est bornée à …", "Venu de
		 * Bordeaux avec ses enfants, Julien X"; not "Hervé de
		 * Charette, …", a first name) */
		prep = wset_has(&l->preps, key, kn);
		place = -1;
		for (i = 1; i < OPENER_WORDS && i < nt && opener_word(l, s, t,
		    i, prep, &place) && s[t[i].e - 1] != ','; i++)
			;
		*reach = i + 2;
		if (i + 2 >= nt)	/* the words ran out: more may tell */
			*more = i + 3;
		if (i < OPENER_WORDS && i + 2 < nt && opener_word(l, s, t, i,
		    prep, &place) && s[t[i].e - 1] == ',' && (capital(s, &t[i + 1]) ||
		    listed(&l->dets, s + t[i + 1].s, t[i + 1].e - t[i + 1].s)) &&
		    !attrib_has_cue(l, s, t[1].s, t[i].e)) {
			found = subject_entry(l, s, t + i + 1, nt - i - 1, h, &e,
			    more, 1);
			*reach = e + i + 1;
			return found;
		}
		/* a second adverbial: "Devant l’école Jules-Ferry,
		 * mercredi matin, Sandrine X tient …" (taken only when a
		 * subject follows it) */
		if (i < OPENER_WORDS && i + 3 < nt && opener_word(l, s, t, i,
		    prep, &place) && s[t[i].e - 1] == ',' &&
		    !capital(s, &t[i + 1]) && !attrib_has_cue(l, s, t[1].s,
		    t[i].e)) {
			size_t	 more0 = *more;

			if ((found = subject_entry(l, s, t + i + 1, nt - i - 1, h,
			    &e, more, 1)) >= 0) {
				*reach = e + i + 1;
				return found;
			}
			*more = more0;
		}
	}
	/* "The trust's chief executive, Simon Oakes, apologised" */
	if (nt > 3 && wset_has(&l->dets, key, kn)) {
		for (i = 1; i < 8 && i < nt && s[t[i].e - 1] != ','; i++)
			;
		/* "le toxicologue Jean-Michel Arnaud-Tessier, praticien au
		 * CHU, a détaillé …": a name ends the words before the comma */
		if (i < 8 && i < nt && capital(s, &t[i])) {
			for (j = i; j > 2 && capital(s, &t[j - 1]); j--)
				;
			/* (not "Le président du Tours Ligérien FC, Franck
			 * X,": after a preposition, a complement's name, when
			 * a name met before follows the comma) */
			if (j < i && !capital(s, &t[j - 1]) &&
			    (listed(&l->preps, s + t[j - 1].s, t[j - 1].e -
			    t[j - 1].s) || contraction(l, s, &t[j - 1]) !=
			    NULL)) {
				for (e = i + 1; e < nt && e < i + 6 &&
				    capital(s, &t[e]) && s[t[e].e - 1] != ',';
				    e++)
					;
				if (e < nt && e > i + 1 && capital(s, &t[e]) &&
				    s[t[e].e - 1] == ',' && (found = find_name(h,
				    s, t[i + 1].s, t[e].e - 1, 1)) >= 0) {
					*reach = e;
					return found;
				}
			}
			if (j < i && !capital(s, &t[j - 1])) {
				*reach = i + 1;
				/* (not "la maire de La Perrière, Hélène X":
				 * a place's name, then the person's) */
				if ((found = find_name(h, s, t[j].s, t[i].e - 1,
				    1)) >= 0)
					return found;
			}
		}
		for (j = ++i; j < nt && j < i + 5 && capital(s, &t[j]) &&
		    s[t[j].e - 1] != ','; j++)
			;
		*reach = j;
		if (j < nt && j > i && capital(s, &t[j]) && s[t[j].e - 1] == ',')
			return find_name(h, s, t[i].s, t[j].e - 1, 1);
		/* "La Commission européenne s’est bornée à …": a name met
		 * before, with its article or without, to four words */
		for (j = 1; j < 5 && j < nt && capital(s, &t[1]); j++) {
			size_t	 end = t[j].e;

			if (s[end - 1] == ',')
				end--;
			if ((found = find_name(h, s, t[0].s, end, 1)) >= 0 ||
			    (found = find_name(h, s, t[1].s, end, 1)) >= 0)
				return found;
			if (s[t[j].e - 1] == ',')
				break;
		}
		/* "Le collectif Familles SHU Vallérian a saisi …": an
		 * organisation's noun, then its name */
		if (nt > 3 && capital(s, &t[2]) && listed(&l->organisations,
		    s + t[1].s, t[1].e - t[1].s)) {
			for (j = 2; j + 1 < nt && j < 7 &&
			    capital(s, &t[j + 1]) && s[t[j].e - 1] != ','; j++)
				;
			e = t[j].e - (s[t[j].e - 1] == ',');
			*reach = j + 1;
			if ((found = find_name(h, s, t[2].s, e, 1)) >= 0)
				return found;
		}
		/* "Le capitaine Maël Kerhervé peinait …": a title, then the
		 * name (a noun of the lists: not "Le stade Jean Bouin") */
		for (i = 1; i < 4 && i < nt && !capital(s, &t[i]) &&
		    s[t[i].e - 1] != ',' && !listed(&l->preps,
		    s + t[i].s, t[i].e - t[i].s); i++)
			;
		if (i > 1 && i < 4 && i < nt && capital(s, &t[i]) &&
		    title_noun(l, s, &t[0], &t[1])) {
			for (j = i; j < nt && j < i + 4 && capital(s, &t[j]); j++)
				if (s[t[j].e - 1] == ',') {
					j++;
					break;
				}
			e = t[j - 1].e - (s[t[j - 1].e - 1] == ',');
			if (j - i >= 2) {
				*reach = j;
				return find_name(h, s, t[i].s, e, 1);
			}
		}
		return -1;
	}
	if (kn == 0 || wset_has(&l->dets, key, kn) || wset_has(&l->preps, key,
	    kn) || wset_has(&l->pron_m, key, kn) || wset_has(&l->pron_f, key,
	    kn) || wset_has(&l->pron_p, key, kn) || wset_has(&l->pron_any, key,
	    kn))
		return -1;
	/* "Security researcher Priya Raman-Holt", "Political scientist Dr." */
	if (!listed(&l->roles, s + t[0].s, t[0].e - t[0].s) &&
	    s[t[0].e - 1] != ',') {
		for (i = 1; i < 3 && i < nt && !capital(s, &t[i]); i++)
			;
		/* (not "Interrogé sur France Inter, il a déclaré") */
		if (i == 1 || i == nt || !capital(s, &t[i]) ||
		    listed(&l->preps, s + t[i - 1].s, t[i - 1].e - t[i - 1].s))
			i = 0;
	}
	while (i < nt && listed(&l->roles, s + t[i].s, t[i].e - t[i].s))
		i++;
	for (j = i; j < nt && !last && (capital(s, &t[j]) || (j > i &&
	    j + 1 < nt && capital(s, &t[j + 1]) && listed(&l->particles,
	    s + t[j].s, t[j].e - t[j].s))); j++)
		last = s[t[j].e - 1] == ',';
	*reach = j > i ? j : i;
	if (j == i)
		return -1;
	e = t[j - 1].e;
	if (last)
		e--;
	/* "Okoye's campaign manager": a possessive, not the subject */
	if (!last && (j == nt || capital(s, &t[j])))
		return -1;
	/* "Ms Hollis-Price and Mr O’Driscoll met …": two people, neither
	 * met later than the other ("the former", "ce dernier" keep the
	 * order they were named in) */
	if (!last && j + 1 < nt && listed(&l->coordinations, s + t[j].s,
	    t[j].e - t[j].s) && (capital(s, &t[j + 1]) ||
	    listed(&l->roles, s + t[j + 1].s, t[j + 1].e - t[j + 1].s)))
		return -1;
	/* "Tempête Ysolde : à La Perrière, la digue a cédé": a headline's
	 * topic before a colon, unless a quotation follows it */
	if (!last && j + 1 < nt && t[j].e - t[j].s == 1 && s[t[j].s] == ':' &&
	    !opens_quote(s, &t[j + 1]))
		return -1;
	if (e - t[i].s > 2 && (s[e - 1] == 's' && (s[e - 2] == '\'' ||
	    (e - t[i].s > 4 && memcmp(s + e - 4, "\xE2\x80\x99", 3) == 0))))
		return -1;
	return find_name(h, s, t[i].s, e, j - i > 1);
}

#define SUBJECT_WORDS	12	/* words read first, three times more next */

const struct speaker *
history_subject(const struct alang *l, const char *s, size_t a, size_t b,
    struct history *h)
{
	struct tok	 t[MAXTOK];
	const struct tok *w;
	size_t		 nt, reach, more, max, n, d;
	int		 k, cached, cue_test;

	/* the subject is in the first words: no need to read them all */
	if (b - a > 240) {
		b = a + 240;
		while (b > a && s[b] != ' ')
			b--;
	}
	/* the words that history_names() read from a, when they reach b
	 * or are all the words wanted */
	for (n = 0; h->words_s == s && h->words_a == a && n < h->nwords &&
	    h->words[n].e <= b; n++)
		;
	cached = h->words_s == s && h->words_a == a && (n < h->nwords ||
	    h->nwords < MAXTOK);
	/* more words while they ran out before the answer did */
	for (max = SUBJECT_WORDS;; max = max * 3 < MAXTOK ? max * 3 : MAXTOK) {
		if (cached) {
			nt = n < max ? n : max;
			w = h->words;
		} else {
			nt = tokens_max(s, a, b, t, max);
			w = t;
		}
		more = 0;
		k = subject_entry(l, s, w, nt, h, &reach, &more, 0);
		if (k == -1 && more > reach)
			reach = more;
		if (nt < max || reach + 2 < max || max == MAXTOK)
			break;
	}
	if (k != -1)
		return subject_seen(h, (size_t)k);
	/* "La mère du randonneur y sera. « … », a-t-elle glissé": a
	 * description of someone met before makes that one the latest (not
	 * "ce dernier", "the former", which keep the order); read only when
	 * a pronoun asks (desc_subject()) */
	/* (after an opening place: "À quelques mètres, un retraité de
	 * Remiremont se veut plus philosophe", which subject_span() skips) */
	if (sentence_opener(l, s, w, nt, &d, &cue_test) == -1)
		d = 0;		/* ("Des élus …": "des" is both) */
	/* (the opening words' cue words looked for last: the scan costs) */
	if (nt >= d + 2 && listed(&l->dets, s + w[d].s, w[d].e - w[d].s) &&
	    !listed(&l->latest, s + w[d + 1].s, w[d + 1].e - w[d + 1].s) &&
	    !listed(&l->former, s + w[d + 1].s, w[d + 1].e - w[d + 1].s) &&
	    !opener_cued(l, s, w, d, cue_test)) {
		if (h->desc_s != s)
			h->ndesc = 0;
		if (h->ndesc == DESCS) {	/* the oldest goes */
			memmove(h->desc, h->desc + 1, (DESCS - 1) *
			    sizeof(h->desc[0]));
			h->ndesc--;
		}
		h->desc_s = s;
		h->desc[h->ndesc].a = a;
		h->desc[h->ndesc].b = b;
		h->desc[h->ndesc++].clock = ++h->clock;
	}
	return NULL;
}
