/*
 * attrib.c: the attribution rules of lang/<code>/cues and
 * lang/<code>/attribution, compiled once: lists become the macros {FIN}
 * {PART} {AUX} {PRON} {ACCORDING}, "define" lines add others, and each
 * rule is expanded, compiled and JIT-compiled.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "u8.h"

static const char *const wherenames[NWHERE] = { "after", "before", "inside",
	"indirect", "name", "mention", "next" };


static struct alang *
lang_get(struct attrib *a, const char *code)
{
	size_t	 i;

	for (i = 0; i < a->n; i++)
		if (strcmp(a->lang[i].code, code) == 0)
			return &a->lang[i];
	if (a->n == sizeof(a->lang) / sizeof(a->lang[0]))
		return NULL;
	memset(&a->lang[a->n], 0, sizeof(a->lang[0]));
	snprintf(a->lang[a->n].code, sizeof(a->lang[0].code), "%s", code);
	return &a->lang[a->n++];
}

/* Appends a list entry to a NUL-separated list. */
static int
list_add(struct buf *b, const char *s, size_t n)
{
	return buf_add(b, s, n) == -1 || buf_addc(b, '\0') == -1 ? -1 : 0;
}

struct load {
	struct attrib	*a;
	const char	*lang;		/* language of a built-in file */
	struct buf	*pending;	/* attribution lines: lang\0file\0line\0text\0 */
	/* the section of the last entry: whether it is ours, and its word
	 * list in language list_of (asked once a section, not an entry) */
	char		 kind[64];
	int		 ours;
	struct alang	*list_of;
	struct wset	*list;
};

/* Adds a list entry lower-cased, as speaker.c looks words up. */
static int
lower_entry(struct wset *w, const char *s, size_t n, const char *file,
    unsigned line, struct rules_err *err)
{
	struct buf	 b = { 0 };
	int		 r;

	if (u8_lower(&b, s, n) == -1)
		return rules_fail(err, file, line, "out of memory");
	r = wset_entry(w, NULL, NULL, b.p, b.n, file, line, err);
	buf_free(&b);
	return r;
}

/*
 * The word lists that are read lower-cased, one entry a line, by the name
 * of their section.
 */
static const struct {
	const char	*kind;
	size_t		 off;		/* of the struct wset in struct alang */
} word_lists[] = {
	{ "roles", offsetof(struct alang, roles) },
	{ "adjuncts", offsetof(struct alang, adjuncts) },
	{ "relatives", offsetof(struct alang, relatives) },
	{ "nearby", offsetof(struct alang, nearby) },
	{ "demonstratives", offsetof(struct alang, demonstratives) },
	{ "concerned", offsetof(struct alang, concerned) },
	{ "past", offsetof(struct alang, past) },
	{ "possessives", offsetof(struct alang, possessives) },
	{ "places", offsetof(struct alang, places) },
	{ "groups", offsetof(struct alang, groups) },
	{ "documents", offsetof(struct alang, documents) },
	{ "coordinations", offsetof(struct alang, coordinations) },
	{ "continuations", offsetof(struct alang, continuations) },
	{ "participles", offsetof(struct alang, participles) },
	{ "others", offsetof(struct alang, others) },
	{ "honorifics", offsetof(struct alang, honorifics) },
	{ "copulas", offsetof(struct alang, copulas) },
	{ "former", offsetof(struct alang, former) },
	{ "joiners", offsetof(struct alang, joiners) },
	{ "organisations", offsetof(struct alang, organisations) },
	{ "agents", offsetof(struct alang, agents) },
	{ "anaphors", offsetof(struct alang, anaphors) },
	{ "latest", offsetof(struct alang, latest) },
	{ "particles", offsetof(struct alang, particles) },
	{ "prepositions", offsetof(struct alang, preps) },
	{ "determiners", offsetof(struct alang, dets) },
	{ "institutions", offsetof(struct alang, institutions) },
	{ "suffixes", offsetof(struct alang, suffixes) },
	{ "definites", offsetof(struct alang, definites) },
	{ "subordinators", offsetof(struct alang, subordinators) },
	{ "utterances", offsetof(struct alang, utterances) },
	{ "impersonals", offsetof(struct alang, impersonals) },
	{ "indefinites", offsetof(struct alang, indefinites) },
	{ "complements", offsetof(struct alang, complements) },
	{ "newcomers", offsetof(struct alang, newcomers) },
	{ "qualifiers", offsetof(struct alang, qualifiers) },
	{ "trades", offsetof(struct alang, trades) },
	{ "keepers", offsetof(struct alang, keepers) },
	{ "kin", offsetof(struct alang, kin) },
};

#define NWORDLISTS	(sizeof(word_lists) / sizeof(word_lists[0]))

/* Word list i of l. */
static struct wset *
list_at(struct alang *l, size_t i)
{
	return (struct wset *)(void *)((char *)l + word_lists[i].off);
}

/* The word list of l that section kind fills, or NULL. */
static struct wset *
word_list(struct alang *l, const char *kind)
{
	size_t	 i;

	for (i = 0; i < NWORDLISTS; i++)
		if (strcmp(word_lists[i].kind, kind) == 0)
			return list_at(l, i);
	return NULL;
}

/* Whether section kind is one of quote-extract's. */
static int
our_section(const char *kind)
{
	static const char *const others[] = { "attribution", "verbs",
		"auxiliaries", "according", "pronouns", "genders",
		"firstnames", "complementizers", "equivalents", "contractions" };
	size_t	 i;

	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		if (strcmp(others[i], kind) == 0)
			return 1;
	for (i = 0; i < NWORDLISTS; i++)
		if (strcmp(word_lists[i].kind, kind) == 0)
			return 1;
	return 0;
}

static int
cue_entry(struct load *ld, struct alang *l, const char *kind, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	const char	*p = s, *end = s + n, *w;
	struct wset	*list;
	int		 k = 0;
	char		 g;

	if (ld->list_of == l)
		return lower_entry(ld->list, s, n, file, line, err);
	if (strcmp(kind, "verbs") == 0) {
		for (;;) {
			while (p < end && (*p == ' ' || *p == '\t'))
				p++;
			if (p == end)
				break;
			w = p;
			while (p < end && *p != ' ' && *p != '\t')
				p++;
			if (k == 0 && lower_entry(&l->infinitives, w,
			    (size_t)(p - w), file, line, err) == -1)
				return -1;
			if (k == 1 && list_add(&l->part, w, (size_t)(p - w)))
				return rules_fail(err, file, line, "out of memory");
			if (k >= 2 && list_add(&l->fin, w, (size_t)(p - w)))
				return rules_fail(err, file, line, "out of memory");
			k++;
		}
		if (k < 2)
			return rules_fail(err, file, line,
			    "a verb needs its infinitive and its forms");
		return 0;
	}
	if (strcmp(kind, "auxiliaries") == 0)
		return list_add(&l->aux, s, n);
	if (strcmp(kind, "according") == 0)
		return list_add(&l->according, s, n);
	if (strcmp(kind, "pronouns") == 0) {
		if (n < 3 || s[n - 2] != ' ' || strchr("mfp-in", s[n - 1]) == NULL)
			return rules_fail(err, file, line,
			    "a pronoun needs its gender: m, f, p, n, - or i");
		g = s[n - 1];
		n -= 2;
		if (list_add(&l->pron, s, n) == -1)
			return rules_fail(err, file, line, "out of memory");
		/* "on": any gender, and no one's; "it": no man or woman */
		if ((g == 'i' || g == 'n') && lower_entry(g == 'i' ? &l->pron_imp :
		    &l->pron_n, s, n, file, line, err) == -1)
			return -1;
		return lower_entry(g == 'm' ? &l->pron_m : g == 'f' ?
		    &l->pron_f : g == 'p' ? &l->pron_p : &l->pron_any, s, n,
		    file, line, err);	/* i, n: any */
	}
	if (strcmp(kind, "genders") == 0) {
		if (n < 3 || s[n - 2] != ' ' || strchr("mfp", s[n - 1]) == NULL)
			return rules_fail(err, file, line,
			    "a word of [genders] needs its gender: m, f or p");
		g = s[n - 1];
		return lower_entry(g == 'm' ? &l->gender_m : g == 'f' ?
		    &l->gender_f : &l->gender_p, s, n - 2, file, line, err);
	}
	if (strcmp(kind, "firstnames") == 0) {
		if (n < 3 || s[n - 2] != ' ' || strchr("mf", s[n - 1]) == NULL)
			return rules_fail(err, file, line,
			    "a first name needs its gender: m or f");
		return lower_entry(s[n - 1] == 'm' ? &l->first_m : &l->first_f,
		    s, n - 2, file, line, err);
	}
	if (strcmp(kind, "complementizers") == 0) {
		if (n > 0)
			l->clause_first[(unsigned char)s[0] >> 3] |=
			    (unsigned char)(1u << ((unsigned char)s[0] & 7));
		return list_add(&l->clauses, s, n) == -1 ? rules_fail(err, file,
		    line, "out of memory") : 0;
	}
	if (strcmp(kind, "contractions") == 0) {
		const char *sp = memchr(s, ' ', n);

		if (sp == NULL || sp == s || sp + 1 == s + n ||
		    memchr(sp + 1, ' ', (size_t)(s + n - sp - 1)) != NULL)
			return rules_fail(err, file, line,
			    "a contraction needs two words");
		return list_add(&l->contractions, s, (size_t)(sp - s)) == -1 ||
		    list_add(&l->contractions, sp + 1, (size_t)(s + n - sp - 1))
		    == -1 ? rules_fail(err, file, line, "out of memory") : 0;
	}
	if (strcmp(kind, "equivalents") == 0) {
		const char *sp = memchr(s, ' ', n);

		if (sp == NULL || sp == s || sp + 1 == s + n)
			return rules_fail(err, file, line,
			    "an equivalent needs two words");
		if (lower_entry(&l->equiv_heads, s, (size_t)(sp - s), file,
		    line, err) == -1)
			return -1;
		return lower_entry(&l->equivalents, s, n, file, line, err);
	}
	if ((list = word_list(l, kind)) != NULL) {
		ld->list_of = l;
		ld->list = list;
		return lower_entry(list, s, n, file, line, err);
	}
	return 1;	/* not a cue section */
}

static int
entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct load	*ld = ctx;
	struct alang	*l;
	char		 num[16];
	int		 r;

	if (lang == NULL)
		lang = ld->lang;
	if (strcmp(kind, ld->kind) != 0) {
		snprintf(ld->kind, sizeof(ld->kind), "%s", kind);
		ld->ours = our_section(kind);
		ld->list_of = NULL;
	}
	if (!ld->ours)
		return 0;	/* another tool's section */
	if (lang == NULL)
		return rules_fail(err, file, line,
		    "quote-extract rules need a language: [attribution fr]");
	if ((l = lang_get(ld->a, lang)) == NULL)
		return rules_fail(err, file, line, "too many languages");
	if (strcmp(kind, "attribution") == 0) {
		snprintf(num, sizeof(num), "%u", line);
		if (list_add(ld->pending, lang, strlen(lang)) == -1 ||
		    list_add(ld->pending, file, strlen(file)) == -1 ||
		    list_add(ld->pending, num, strlen(num)) == -1 ||
		    list_add(ld->pending, s, n) == -1)
			return rules_fail(err, file, line, "out of memory");
		return 0;
	}
	if ((r = cue_entry(ld, l, kind, s, n, file, line, err)) <= 0)
		return r;
	return 0;	/* another tool's section */
}

static int
bytes(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends one character of a word as a pattern: _ and spaces as \s+. */
static int
add_char(struct buf *out, const char *s, size_t len)
{
	if (len == 1 && (*s == '_' || *s == ' '))
		return buf_adds(out, "\\s+");
	if (len == 3 && memcmp(s, "\xE2\x80\x99", 3) == 0)
		return buf_adds(out, "['\xE2\x80\x99]");
	if (len == 1 && strchr("\\^$.|?*+()[]{}", *s) != NULL &&
	    buf_addc(out, '\\') == -1)
		return -1;
	return buf_add(out, s, len);
}

static size_t
char_len(const char *s)
{
	unsigned char c = (unsigned char)*s;

	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/*
 * Appends the sorted words w[lo, hi), which share their first d bytes, as
 * a trie: "(?:a(?:ccus(?:e|é)|jout(?:e|é))|...)" tries a handful of
 * branches at each character where a flat alternation of hundreds of
 * words would try them all.  Longer words come before a word that ends.
 */
static int
add_trie(struct buf *out, const char **w, size_t lo, size_t hi, size_t d)
{
	size_t	 i = lo, j, k, len, groups = 0;
	int	 end = 0;

	while (i < hi && w[i][d] == '\0') {
		end = 1;
		i++;
	}
	for (j = i; j < hi; j = k, groups++) {
		len = char_len(w[j] + d);
		for (k = j; k < hi && strncmp(w[k] + d, w[j] + d, len) == 0; k++)
			;
	}
	if (groups == 0)
		return 0;
	if (groups == 1 && !end) {
		len = char_len(w[i] + d);
		if (add_char(out, w[i] + d, len) == -1)
			return -1;
		return add_trie(out, w, i, hi, d + len);
	}
	if (buf_adds(out, "(?:") == -1)
		return -1;
	for (j = i; j < hi; j = k) {
		len = char_len(w[j] + d);
		for (k = j; k < hi && strncmp(w[k] + d, w[j] + d, len) == 0; k++)
			;
		if ((j > i && buf_addc(out, '|') == -1) ||
		    add_char(out, w[j] + d, len) == -1 ||
		    add_trie(out, w, j, k, d + len) == -1)
			return -1;
	}
	if (end && buf_addc(out, '|') == -1)
		return -1;
	return buf_addc(out, ')');
}

/* Appends a NUL-separated list as an alternation, built as a trie. */
static int
add_alternation(struct buf *out, const struct buf *list)
{
	const char	**w = NULL, *p;
	size_t		 n = 0, i, k;
	int		 r = -1;

	for (p = list->p; list->n && p < list->p + list->n; p += strlen(p) + 1)
		n++;
	if (n == 0)
		return buf_adds(out, "(?!)");
	if ((w = calloc(n, sizeof(*w))) == NULL)
		return -1;
	n = 0;
	for (p = list->p; p < list->p + list->n; p += strlen(p) + 1)
		w[n++] = p;
	qsort(w, n, sizeof(*w), bytes);
	for (i = k = 0; i < n; i++)
		if (k == 0 || strcmp(w[i], w[k - 1]) != 0)
			w[k++] = w[i];
	if (buf_adds(out, "(?:") == -1 || add_trie(out, w, 0, k, 0) == -1)
		goto out;
	r = buf_addc(out, ')');
out:
	free(w);
	return r;
}

/* The macros of attribution rules: the cue lists, then "define"s. */
static int
macro(void *ctx, const char *name, size_t k, struct buf *out, int depth,
    char *msg, size_t msgsize)
{
	struct alang	*l = ctx;
	const char	*d;

	static const char *const names[] = { "FIN", "PART", "AUX", "PRON",
		"ACCORDING" };
	const struct buf *lists[] = { &l->fin, &l->part, &l->aux, &l->pron,
	    &l->according };
	size_t		 i;

	for (i = 0; i < 5; i++)
		if (k == strlen(names[i]) && memcmp(name, names[i], k) == 0) {
			/* a list read after the alternation was built */
			if (l->alt[i].n == 0 || l->alt_n[i] != lists[i]->n) {
				l->alt[i].n = 0;
				if (add_alternation(&l->alt[i], lists[i]) == -1)
					return -1;
				l->alt_n[i] = lists[i]->n;
			}
			l->expanded |= 1u << i;
			return buf_add(out, l->alt[i].p, l->alt[i].n);
		}
	if ((d = rules_define(&l->defines, name, k)) == NULL)
		return -1;
	return rules_expand(d, strlen(d), out, macro, l, depth + 1, msg,
	    msgsize);
}

/* The numbers of the rule's named groups, in the order of its name
 * table; returns 0, or -1 with msg filled. */
static int
group_numbers(struct arule *r, char *msg, size_t msgsize)
{
	static const char *const names[NGROUP] = { "cue", "speaker", "pron",
		"content", "rest", "plural" };
	PCRE2_SPTR	 first, last, p;
	int		 g, size;

	for (g = 0; g < NGROUP; g++) {
		size = pcre2_substring_nametable_scan(r->re,
		    (PCRE2_SPTR)names[g], &first, &last);
		if (size <= 0)
			continue;
		for (p = first; p <= last; p += size) {
			if (r->ngroup[g] == MAXSAMENAME) {
				snprintf(msg, msgsize, "more than %d groups "
				    "named %s", MAXSAMENAME, names[g]);
				return -1;
			}
			r->group[g][r->ngroup[g]++] = (uint16_t)((p[0] << 8) |
			    p[1]);
		}
	}
	return 0;
}

/* Compiles rule r's pattern; returns 0, or -1 with msg filled. */
static int
rule_compile(struct arule *r, char *msg, size_t msgsize)
{
	struct buf	 out = { 0 };

	/* as the build compiled it, when this PCRE2 can read that; else
	 * from its text, expanded now if it was not */
	r->re = r->packed != NULL ? rx_decode(r->packed, r->jit) : NULL;
	if (r->re == NULL && r->src == NULL) {
		msg[0] = '\0';
		if (rules_expand(r->pat, strlen(r->pat), &out, macro, r->lang,
		    0, msg, msgsize) == -1) {
			if (msg[0] == '\0')
				snprintf(msg, msgsize, "out of memory");
			buf_free(&out);
			r->state = -1;
			return -1;
		}
		r->src = out.p;
		r->srcn = out.n;
	}
	if (r->re == NULL)
		r->re = rx_compile(r->src, r->srcn, r->clause ? PCRE2_ANCHORED :
		    0, msg, msgsize);
	if (r->re == NULL || group_numbers(r, msg, msgsize) == -1) {
		rx_code_free(r->re);
		r->re = NULL;
		r->state = -1;
		return -1;
	}
	/* a text shorter than any match is not given to PCRE2 at all */
	if (pcre2_pattern_info(r->re, PCRE2_INFO_MINLENGTH, &r->minlen) != 0)
		r->minlen = 0;
	free(r->src);
	r->src = NULL;
	r->srcn = 0;
	free(r->pat);
	r->pat = NULL;
	r->state = 1;
	return 0;
}

/* Whether pattern p has a | outside its groups and classes. */
static int
top_alternation(const char *p)
{
	int	 depth = 0;

	for (; *p != '\0'; p++) {
		if (*p == '\\' && p[1] != '\0')
			p++;
		else if (*p == '[') {
			/* a class: "]" first is one of its characters */
			for (p++, p += *p == '^', p += *p == ']'; *p != '\0' &&
			    *p != ']'; p++)
				if (*p == '\\' && p[1] != '\0')
					p++;
			if (*p == '\0')
				break;
		} else if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (*p == '|' && depth == 0)
			return 1;
	}
	return 0;
}

static int
compile_line(struct alang *l, const char *text, const char *file,
    unsigned line, int now, const struct packed_rules *pk, size_t *pi,
    struct rules_err *err)
{
	const char	*p = text, *id, *wh, *pat, *lit;
	size_t		 idn, whn, litn, packed = (size_t)-1;
	struct buf	 out = { 0 };
	char		 msg[240];
	struct arule	*r, *nr;
	int		 w;
	size_t		 k;
	/* FIN, PART, ACCORDING: their lists, and their alternations */
	const struct buf *cuesrc[] = { &l->fin, &l->part, &l->according };
	static const int cuelists[] = { 0, 1, 4 };

	while (*p == ' ' || *p == '\t')
		p++;
	id = p;
	while (*p != '\0' && *p != ' ' && *p != '\t')
		p++;
	idn = (size_t)(p - id);
	while (*p == ' ' || *p == '\t')
		p++;
	wh = p;
	while (*p != '\0' && *p != ' ' && *p != '\t')
		p++;
	whn = (size_t)(p - wh);
	while (*p == ' ' || *p == '\t')
		p++;
	/* "if=que|qu’": the rule is tried only on a text that holds one */
	lit = NULL;
	litn = 0;
	if (strncmp(p, "if=", 3) == 0) {
		lit = p + 3;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		litn = (size_t)(p - lit);
		while (*p == ' ' || *p == '\t')
			p++;
		if (litn == 0 || lit[0] == '|' || lit[litn - 1] == '|' ||
		    memmem(lit, litn, "||", 2) != NULL ||
		    memmem(lit, litn, "^|", 2) != NULL || lit[litn - 1] == '^')
			return rules_fail(err, file, line,
			    "if= needs words separated by |");
	}
	pat = p;
	if (idn == 6 && memcmp(id, "define", 6) == 0) {
		if (whn == 0 || *pat == '\0')
			return rules_fail(err, file, line, "define needs a name and "
			    "a pattern");
		if (list_add(&l->defines, wh, whn) == -1 ||
		    list_add(&l->defines, pat, strlen(pat)) == -1)
			return rules_fail(err, file, line, "out of memory");
		return 0;
	}
	for (w = 0; w < NWHERE; w++)
		if (strlen(wherenames[w]) == whn &&
		    memcmp(wherenames[w], wh, whn) == 0)
			break;
	if (w == NWHERE)
		return rules_fail(err, file, line, "where must be after, before, "
		    "inside, indirect, name, mention or next");
	if (*pat == '\0')
		return rules_fail(err, file, line, "missing pattern");
	/* a built-in rule compiled when the tool was built: its pattern is
	 * expanded only if its code cannot be read */
	if (pk != NULL && *pi < pk->n && strlen(pk->ids[*pi]) == idn &&
	    memcmp(pk->ids[*pi], id, idn) == 0)
		packed = (*pi)++;
	else {
		if (pk != NULL)
			(*pi)++;
		msg[0] = '\0';
		l->expanded = 0;
		if (rules_expand(pat, strlen(pat), &out, macro, l, 0, msg,
		    sizeof(msg)) == -1) {
			buf_free(&out);
			return rules_fail(err, file, line, msg);
		}
	}
	if ((nr = realloc(l->rules, (l->nrules + 1) * sizeof(*nr))) == NULL) {
		buf_free(&out);
		return rules_fail(err, file, line, "out of memory");
	}
	l->rules = nr;
	r = &l->rules[l->nrules];
	memset(r, 0, sizeof(*r));
	r->lang = l;
	if (packed != (size_t)-1) {
		r->packed = pk->codes[packed];
		r->jit = pk->jits[packed];
		r->clause = (pk->flags[packed] & PACKED_CLAUSE) != 0;
		r->needs_cue = (pk->flags[packed] & PACKED_NEEDS_CUE) != 0;
		if ((r->pat = strdup(pat)) == NULL) {
			l->nrules++;	/* freed with the others */
			return rules_fail(err, file, line, "out of memory");
		}
	} else
		/* a rule that starts with the speaker is tried at clause
		 * starts, anchored there (compiled so: JIT ignores
		 * PCRE2_ANCHORED at match time and would fall back to the
		 * interpreter) */
		r->clause = out.n > 11 && strncmp(out.p, "(?<speaker>", 11) ==
		    0;
	/* its cue then holds a word of the cue lists (attrib_has_cue), so
	 * it is tried only at clause starts before such a word (after a
	 * reflexive's elision too: "s’indigne" is a cue word's) */
	r->cued = r->clause && (strstr(pat, "(?<cue>{CUE})\\b") != NULL ||
	    strstr(pat, "(?<cue>{REFL}{CUE})\\b") != NULL);
	/* a pattern that ends with a comma before the end of the text (in
	 * each of its branches: it has one) is given only a text that ends
	 * so */
	r->comma_end = strlen(pat) >= 5 &&
	    strcmp(pat + strlen(pat) - 5, ",\\s*$") == 0 &&
	    !top_alternation(pat);
	/* a pattern that holds a cue list ({FIN}, {PART}, {ACCORDING}) can
	 * only match a text that holds one of its words (nor can one
	 * without if=: below) */
	for (k = 0; packed == (size_t)-1 && k < 3; k++) {
		const struct buf *alt = &l->alt[cuelists[k]];

		if (cuesrc[k]->n > 0 && alt->n > 0 &&
		    (l->expanded & 1u << cuelists[k]))
			r->needs_cue = 1;
	}
	/* the pattern is compiled when first used: a run over one article
	 * in one language compiles a part of the rules only */
	r->src = out.p;
	r->srcn = out.n;
	r->line = line;
	if ((r->id = strndup(id, idn)) == NULL || (r->file = strdup(file)) ==
	    NULL || (lit != NULL && (r->lits = strndup(lit, litn)) == NULL)) {
		l->nrules++;	/* freed with the others */
		return rules_fail(err, file, line, "out of memory");
	}
	if (lit != NULL) {
		r->litsn = litn;
		for (k = 0; k < litn; k++)
			if (r->lits[k] == '|')
				r->lits[k] = '\0';
	}
	r->where = w;
	/* a rule without a cue list is gated by its if= words, if any */
	if (r->lits == NULL)
		r->needs_cue = 1;
	l->nrules++;
	/* a rule of the user's (-r) now, so that a bad pattern is told at
	 * once (the tests compile the built-in ones so) */
	r->builtin = !now;
	if (now && rule_compile(r, msg, sizeof(msg)) == -1)
		return rules_fail(err, file, line, msg);
	return 0;
}

/* The bit of the third byte of the word w[0, n) (n >= 2) in cuethird:
 * its letter a-z in either case, 26 any other byte, 27 none. */
static uint32_t
third_bit(const char *w, size_t n)
{
	if (n == 2)
		return 1u << 27;
	return u8_ascii_letter((unsigned char)w[2]) ? 1u << ((w[2] | 0x20) -
	    'a') : 1u << 26;
}

/* Each language's rules by where, so that a match tries only its own. */
static int
index_rules(struct attrib *a)
{
	size_t	 i, k;
	int	 w;

	for (i = 0; i < a->n; i++) {
		struct alang *l = &a->lang[i];

		for (w = 0; w < NWHERE; w++) {
			l->nwhere[w] = 0;
			if (l->nrules > 0 && (l->bywhere[w] = calloc(l->nrules,
			    sizeof(*l->bywhere[w]))) == NULL)
				return -1;
		}
		for (k = 0; k < l->nrules; k++) {
			w = l->rules[k].where;
			l->bywhere[w][l->nwhere[w]++] = &l->rules[k];
		}
	}
	return 0;
}

int
attrib_init(struct attrib *a, const char *const *files, size_t nfiles,
    const struct packed_rules *packed, struct rules_err *err)
{
	static const char *const kinds[] = { "cues", "attribution" };
	const char *const *code;
	const char	*text, *p, *lang, *file, *num, *line;
	struct buf	 pending = { 0 }, b = { 0 };
	struct load	 ld;
	struct alang	*l;
	char		 name[64];
	size_t		 len, i, k, builtin, npacked = 0;
	int		 r = -1;

	memset(a, 0, sizeof(*a));
	if (rx_init(&a->rx) == -1)
		return rules_fail(err, "", 0, "out of memory");
	ld.a = a;
	ld.pending = &pending;
	ld.kind[0] = '\0';
	ld.ours = our_section("");
	ld.list_of = NULL;
	for (code = lang_codes; *code != NULL; code++)
		for (k = 0; k < 2; k++) {
			if ((text = lang_builtin(*code, kinds[k], &len)) == NULL)
				continue;
			ld.lang = *code;
			/* (named as in the source tree, for a late error) */
			snprintf(name, sizeof(name), "lang/%s/%s", *code,
			    kinds[k]);
			if (rules_scan(text, len, name, kinds[k], entry, &ld,
			    err) == -1)
				goto out;
		}
	ld.lang = NULL;
	builtin = pending.n;	/* the rules of files after it */
	for (i = 0; i < nfiles; i++) {
		b.n = 0;
		if (rules_read_file(files[i], &b, err) == -1 ||
		    rules_scan(b.p, b.n, files[i], "attribution", entry, &ld,
		    err) == -1)
			goto out;
	}
	/* the words a cue can start with, for attrib_has_cue() */
	for (i = 0; i < a->n; i++) {
		struct alang *al = &a->lang[i];
		const struct buf *lists[] = { &al->fin, &al->part,
		    &al->according };

		for (k = 0; k < 3; k++)
			for (p = lists[k]->p; lists[k]->n &&
			    p < lists[k]->p + lists[k]->n; p += strlen(p) + 1) {
				size_t w = strcspn(p, "_ ");

				b.n = 0;
				if (u8_lower(&b, p, w) == -1 ||
				    wset_add(&al->cuewords, b.p, b.n, 0) == -1) {
					rules_fail(err, "", 0, "out of memory");
					goto out;
				}
				if (b.n >= 2 && b.p[0] >= 'a' && b.p[0] <= 'z' &&
				    b.p[1] >= 'a' && b.p[1] <= 'z') {
					al->cuepair[b.p[0] - 'a'][b.p[1] - 'a'] |=
					    1u << (b.n < 31 ? b.n : 31);
					al->cuethird[b.p[0] - 'a'][b.p[1] - 'a'] |=
					    third_bit(b.p, b.n);
				}
			}
	}
	/* each list a number, for the answers speaker.c memoises: the
	 * lists of struct alang from pron_m to equiv_heads follow one
	 * another */
	for (i = 0, k = 0; i < a->n; i++) {
		struct wset *w;

		for (w = &a->lang[i].pron_m; w <= &a->lang[i].equiv_heads; w++)
			w->id = k < LIST_IDS ? (unsigned char)++k : 0;
	}
	/* read every rule now that the lists are complete */
	for (p = pending.p; pending.n && p < pending.p + pending.n;) {
		int now = (size_t)(p - pending.p) >= builtin;

		lang = p;
		file = lang + strlen(lang) + 1;
		num = file + strlen(file) + 1;
		line = num + strlen(num) + 1;
		p = line + strlen(line) + 1;
		l = lang_get(a, lang);
		/* (the built-in rules' codes, when no file changed the
		 * lists they hold) */
		if (compile_line(l, line, file, (unsigned)atoi(num), now,
		    !now && nfiles == 0 ? packed : NULL, &npacked, err) == -1)
			goto out;
	}
	if (index_rules(a) == -1) {
		rules_fail(err, "", 0, "out of memory");
		goto out;
	}
	r = 0;
out:
	buf_free(&pending);
	buf_free(&b);
	return r;
}

const pcre2_code *
attrib_rule_code(struct attrib *a, size_t n, const char **id,
    unsigned *flags, char *msg, size_t msgsize)
{
	size_t	 i, j;

	msg[0] = '\0';
	for (i = 0; i < a->n; i++)
		for (j = 0; j < a->lang[i].nrules; j++) {
			struct arule *r = &a->lang[i].rules[j];

			if (!r->builtin || n-- > 0)
				continue;
			*id = r->id;
			*flags = (r->clause ? PACKED_CLAUSE : 0) |
			    (r->needs_cue ? PACKED_NEEDS_CUE : 0);
			if (r->state == 0)
				(void)rule_compile(r, msg, msgsize);
			return r->re;
		}
	return NULL;
}

void
attrib_free(struct attrib *a)
{
	size_t	 i, k;

	for (i = 0; i < a->n; i++) {
		struct alang *l = &a->lang[i];

		for (k = 0; k < l->nrules; k++) {
			free(l->rules[k].id);
			free(l->rules[k].lits);
			free(l->rules[k].src);
			free(l->rules[k].pat);
			free(l->rules[k].file);
			rx_code_free(l->rules[k].re);
		}
		free(l->rules);
		for (k = 0; k < NWHERE; k++)
			free(l->bywhere[k]);
		wset_free(&l->pron_m);
		wset_free(&l->pron_f);
		wset_free(&l->pron_p);
		wset_free(&l->gender_m);
		wset_free(&l->gender_f);
		wset_free(&l->first_m);
		wset_free(&l->first_f);
		wset_free(&l->gender_p);
		wset_free(&l->pron_any);
		wset_free(&l->pron_imp);
		wset_free(&l->pron_n);
		for (k = 0; k < NWORDLISTS; k++)
			wset_free(list_at(l, k));
		wset_free(&l->equivalents);
		wset_free(&l->equiv_heads);
		wset_free(&l->infinitives);	/* (of [verbs], no list's) */
		wset_free(&l->cuewords);
		buf_free(&l->fin);
		buf_free(&l->part);
		buf_free(&l->aux);
		buf_free(&l->pron);
		buf_free(&l->according);
		buf_free(&l->clauses);
		buf_free(&l->contractions);
		for (k = 0; k < 5; k++)
			buf_free(&l->alt[k]);
		buf_free(&l->defines);
	}
	rx_free(&a->rx);
}

const struct alang *
attrib_lang(const struct attrib *a, const char *code, size_t n)
{
	size_t	 i;

	for (i = 0; i < a->n; i++)
		if (strlen(a->lang[i].code) == n &&
		    memcmp(a->lang[i].code, code, n) == 0)
			return a->lang[i].nrules ? &a->lang[i] : NULL;
	return NULL;
}

/*
 * The end of the word at s[i] (i < end): letters, and an apostrophe
 * inside it (d’après); ’ and - end it as in the lists.  *plain tells
 * whether it holds ASCII letters only (1), else letters of two bytes
 * after C3 too (2: "préfecture", its length in bytes is that of its
 * lower-case form), else 0.
 */
static size_t
word_end(const char *s, size_t i, size_t end, int *plain)
{
	size_t	 j = i, chars;
	int32_t	 c;
	int	 len;

#ifdef __SSE2__
	/* the ASCII letters 16 at a time */
	for (; j + 16 <= end; j += 16) {
		unsigned letters = u8_in_range(_mm_or_si128(_mm_loadu_si128(
		    (const __m128i *)(s + j)), _mm_set1_epi8(0x20)), 'a', 'z');

		if (letters != 0xFFFF) {
			j += (size_t)__builtin_ctz(~letters);
			break;
		}
	}
#endif
	while (j < end && u8_ascii_letter((unsigned char)s[j]))
		j++;
	*plain = 1;
	/* the common end: an ASCII byte other than an apostrophe */
	if (j == end || ((unsigned char)s[j] < 0x80 && s[j] != '\''))
		return j;
	for (chars = j - i; j < end; j += (size_t)len, chars++) {
		if (u8_ascii_letter((unsigned char)s[j])) {
			len = 1;
			continue;
		}
		if ((len = u8_decode(s + j, end - j, &c)) < 0)
			len = 1;
		if (!(c >= 0x80 ? u8_isalpha(c) || (c == 0x2019 && chars > 0) :
		    c == '\'' && chars > 0))
			break;
		if (c < 0xC0 || c > 0xFF || c == 0xD7 || c == 0xF7 ||
		    len != 2)
			*plain = 0;
		else if (*plain == 1)
			*plain = 2;
	}
	return j;
}

/* Whether the word s[i, j) is one a cue starts with. */
static int
cue_word(const struct alang *l, const char *s, size_t i, size_t j, int plain)
{
	char	 w[64];
	size_t	 n = 0, k;
	uint32_t lens;
	int32_t	 c;
	int	 len;

	/* its first two ASCII letters, and its length when it has no
	 * other character: most words are turned away here */
	if (j - i >= 2 && u8_ascii_letter((unsigned char)s[i]) &&
	    u8_ascii_letter((unsigned char)s[i + 1])) {
		lens = l->cuepair[(s[i] | 0x20) - 'a'][(s[i + 1] | 0x20) - 'a'];
		if (lens == 0 || (plain != 0 && !(lens >> (j - i < 31 ? j - i :
		    31) & 1)) || !(l->cuethird[(s[i] | 0x20) - 'a'][(s[i + 1] |
		    0x20) - 'a'] & third_bit(s + i, j - i)))
			return 0;
	}
	/* lower-cased, with ' as ’ */
	for (k = i; k < j; k += (size_t)len) {
		if (u8_ascii_letter((unsigned char)s[k])) {
			if (n + 4 < sizeof(w))
				w[n++] = (char)(s[k] | 0x20);
			len = 1;
			continue;
		}
		if ((len = u8_decode(s + k, j - k, &c)) < 0)
			len = 1;
		if (c == '\'')
			c = 0x2019;
		if (n + 4 < sizeof(w))
			n += (size_t)u8_encode(u8_tolower(c), w + n);
	}
	if (wset_has(&l->cuewords, w, n))
		return 1;
	/* "s’indigne", "l’a dit": the word after an elision */
	for (k = 1; k <= 2 && k + 3 < n; k++)
		if (memcmp(w + k, "\xE2\x80\x99", 3) == 0)
			return wset_has(&l->cuewords, w + k + 3, n - k - 3);
	return 0;
}

/*
 * The start of the first word of s[i, end) that a cue can start with,
 * lower-cased and with ' as ’ ("d’après"), or end when there is none;
 * *wend gets the end of that word.
 */
static size_t
next_cue(const struct alang *l, const char *s, size_t i, size_t end,
    size_t *wend)
{
	size_t	 j;
	int	 plain;

	while (i < end) {
		while (i < end && !u8_ascii_letter((unsigned char)s[i]) &&
		    (unsigned char)s[i] < 0xC0)
			i++;
		if (i == end)
			break;
		if ((j = word_end(s, i, end, &plain)) == i)
			j++;
		else if (cue_word(l, s, i, j, plain)) {
			*wend = j;
			return i;
		}
		i = j;
	}
	return *wend = end;
}

size_t
attrib_clause_word(const struct alang *l, const char *s, size_t a,
    size_t i, size_t b)
{
	const char	*w;
	size_t		 n;

	if (!(l->clause_first[(unsigned char)s[i] >> 3] >>
	    ((unsigned char)s[i] & 7) & 1))
		return 0;		/* no such word starts so */
	if (i > a && u8_word_byte((unsigned char)s[i - 1]))
		return 0;		/* not a word's start */
	for (w = l->clauses.p; l->clauses.n > 0 && w < l->clauses.p +
	    l->clauses.n; w += n + 1) {
		n = strlen(w);
		if (n == 0 || n > b - i || memcmp(s + i, w, n) != 0)
			continue;
		/* whole words; "qu’" ends with its apostrophe */
		if (i + n == b || !u8_word_byte((unsigned char)s[i + n]) ||
		    w[n - 1] == '\'' || (n >= 3 &&
		    memcmp(w + n - 3, "\xE2\x80\x99", 3) == 0))
			return n;
	}
	return 0;
}

int
attrib_has_cue(const struct alang *l, const char *s, size_t start,
    size_t end)
{
	size_t	 wend;

	return next_cue(l, s, start, end, &wend) < end;
}

const struct alang *
attrib_guess(const struct attrib *a, const char *s, size_t n)
{
	const struct alang *found = NULL;
	size_t	 i;

	for (i = 0; i < a->n; i++)
		if (a->lang[i].nrules > 0 && attrib_has_cue(&a->lang[i], s, 0,
		    n)) {
			if (found != NULL)
				return NULL;
			found = &a->lang[i];
		}
	return found;
}

/* The cues of s[start, end) in a->cues, kept if they are already. */
static struct cues *
cues_of(struct attrib *a, const struct alang *l, const char *s,
    size_t start, size_t end)
{
	struct cues *c = &a->cues;

	if (c->s != s || c->l != l || c->start != start || c->end != end) {
		c->l = l;
		c->s = s;
		c->start = start;
		c->end = end;
		c->n = 0;
		c->next = start;
		c->done = 0;
		c->nclause = 0;
		c->clause_end = start;
	}
	return c;
}

void
attrib_forget(struct attrib *a)
{
	a->cues.s = NULL;
}

/* The start of the first cue word after i in s[., end), or end. */
static size_t
cue_after(struct cues *c, const struct alang *l, const char *s, size_t i,
    size_t end)
{
	size_t	 k, p, wend;

	for (k = 0; k < c->n; k++)
		if (c->at[k] > i)
			return c->at[k];
	while (!c->done) {
		p = next_cue(l, s, c->next, end, &wend);
		c->next = wend;
		c->done = p == end;
		if (p == end)
			break;
		if (c->n < MAXCUES)
			c->at[c->n++] = p;
		if (p > i)
			return p;
	}
	/* past the ones kept: search again from i */
	return c->n == MAXCUES && c->at[MAXCUES - 1] <= i ?
	    next_cue(l, s, i + 1, end, &wend) : end;
}

int
attrib_cue_in(struct attrib *a, const struct alang *l, const char *s,
    size_t start, size_t end)
{
	struct cues *c = cues_of(a, l, s, start, end);
	size_t	 wend, p;

	if (c->n > 0)
		return 1;
	if (c->done)
		return 0;
	p = next_cue(l, s, c->next, end, &wend);
	c->next = wend;
	c->done = p == end;
	if (p < end)
		c->at[c->n++] = p;
	return p < end;
}

static void
span(struct attrib *a, int g, size_t *s, size_t *e)
{
	if (g < 0 || !rx_group(&a->rx, g, s, e))
		*s = *e = 0;
}

/* Like span, for the first set group of a name (several with (?J)). */
static void
named_span(struct attrib *a, const struct arule *r, int name, size_t *s,
    size_t *e)
{
	size_t	 i;

	*s = *e = 0;
	for (i = 0; i < r->ngroup[name]; i++)
		if (rx_group(&a->rx, r->group[name][i], s, e))
			return;
}

/* The first bytes of the marks after which a clause starts (« » for 0xC2). */
static const unsigned char clause_mark[256] = {
	[','] = 1, [';'] = 1, [':'] = 1, ['('] = 1, [')'] = 1, ['"'] = 1,
	[0xC2] = 1
};

/* A mark after which a clause starts. */
static int
clause_edge(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char)s[i];

	/* (not a number's comma: "£24,000", "3,8 millions") */
	if (c == ',' && i > 0 && i + 1 < end && s[i - 1] >= '0' &&
	    s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9')
		return 0;
	return clause_mark[c] && (c != 0xC2 || (i + 1 < end &&
	    ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] ==
	    0xBB)));
}

/*
 * The clause starts of s[i, end), at most max of them, into at (at_start:
 * i is at one); returns how many, and *stop gets where the search stopped.
 */
static size_t
clause_starts(const char *s, size_t i, size_t end, int at_start, size_t *at,
    size_t max, size_t *stop)
{
	size_t	 n = 0;

	for (; i < end && n < max; i++) {
		/* inside a clause, only a mark matters */
		while (!at_start && i < end && !clause_mark[(unsigned char)s[i]])
			i++;
		if (i == end)
			break;
		if (s[i] == ' ')
			continue;
		if (clause_edge(s, i, end)) {
			at_start = 1;
			continue;
		}
		if (!at_start || ((unsigned char)s[i] & 0xC0) == 0x80)
			continue;
		at_start = 0;
		at[n++] = i;
	}
	*stop = i;
	return n;
}

/* Whether the last character of s[start, end) that is no white space
 * (\s of PCRE2 with UCP: ASCII, U+0085, U+00A0, U+1680, U+2000-U+200A,
 * U+2028, U+2029, U+202F, U+205F, U+3000) is a comma. */
static int
ends_with_comma(const char *s, size_t start, size_t end)
{
	const unsigned char *p = (const unsigned char *)s;

	while (end > start) {
		if (p[end - 1] == ' ' || (p[end - 1] >= '\t' &&
		    p[end - 1] <= '\r'))
			end--;
		else if (end - start >= 2 && p[end - 2] == 0xC2 &&
		    (p[end - 1] == 0x85 || p[end - 1] == 0xA0))
			end -= 2;
		else if (end - start >= 3 && ((p[end - 3] == 0xE2 &&
		    ((p[end - 2] == 0x80 && (p[end - 1] <= 0x8A ||
		    p[end - 1] == 0xA8 || p[end - 1] == 0xA9 ||
		    p[end - 1] == 0xAF)) || (p[end - 2] == 0x81 &&
		    p[end - 1] == 0x9F))) || (p[end - 3] == 0xE3 &&
		    p[end - 2] == 0x80 && p[end - 1] == 0x80) ||
		    (p[end - 3] == 0xE1 && p[end - 2] == 0x9A &&
		    p[end - 1] == 0x80)))
			end -= 3;
		else
			break;
	}
	return end > start && s[end - 1] == ',';
}

/*
 * How common a byte is in French and English news, roughly in percent
 * (0: rare).  holds_word() looks for a word's least common byte: "say"
 * by its "y", not by each "s" of the sentence.
 */
static const unsigned char byte_common[256] = {
	[' '] = 16, ['e'] = 13, ['a'] = 8, ['s'] = 7, ['i'] = 7, ['t'] = 7,
	['n'] = 7, ['r'] = 6, ['o'] = 6, ['l'] = 5, ['u'] = 5, ['d'] = 4,
	['c'] = 3, ['m'] = 3, ['p'] = 3, ['h'] = 3, ['g'] = 1, ['v'] = 1,
	['f'] = 1, ['b'] = 1, ['y'] = 1, ['w'] = 1, ['q'] = 1, [','] = 1,
	['.'] = 1, [0xC3] = 2, [0xA9] = 2, [0xE2] = 1, [0x80] = 1,
};

/* Whether s[0, n) holds one of the words of the rule's if= field ("^w":
 * starts with it, after spaces and commas). */
static int
holds_word(const char *s, size_t n, const struct arule *r)
{
	const char	*w, *p, *end = s + n;
	size_t		 wn, j, k;

	/* memchr and memcmp: glibc's memmem prepares too long for words
	 * of a few bytes in a sentence */
	for (w = r->lits; w < r->lits + r->litsn; w += wn + 1) {
		wn = strlen(w);
		if (w[0] == '^') {
			for (p = s; p < end && (*p == ' ' || *p == ','); p++)
				;
			if ((size_t)(end - p) >= wn - 1 && *p == w[1] &&
			    memcmp(p, w + 1, wn - 1) == 0)
				return 1;
			continue;
		}
		if (wn == 0 || n < wn)
			continue;
		/* the word's least common byte, w[j], found first */
		for (j = 0, k = 1; k < wn; k++)
			if (byte_common[(unsigned char)w[k]] <
			    byte_common[(unsigned char)w[j]])
				j = k;
		for (p = s + j; p < end - (wn - j - 1) && (p = memchr(p, w[j],
		    (size_t)(end - (wn - j - 1) - p))) != NULL; p++)
			if (memcmp(p - j, w, wn) == 0)
				return 1;
	}
	return 0;
}

/* Rule cr compiled on its first use; 0, or -1 when PCRE2 refuses it
 * (counted, the first error kept). */
static int
rule_ready(struct attrib *a, const struct arule *cr)
{
	/* the rules are a's own, const only to the matching */
	struct arule	*r = (struct arule *)(uintptr_t)cr;
	char		 msg[240];

	if (r->state == 0 && rule_compile(r, msg, sizeof(msg)) == -1 &&
	    a->nrefused++ == 0)
		rules_fail(&a->refused, r->file, r->line, msg);
	return r->state == 1 ? 0 : -1;
}

/*
 * Matches a rule in s[start, end) (offsets relative to start in the
 * match data).  A rule that starts with the speaker is tried anchored at
 * each clause start rather than at every character: the speaker cannot
 * hold a comma, so the leftmost match starts at a clause start anyway.
 */
static int
find(struct attrib *a, const struct alang *l, const struct arule *r,
    const char *s, size_t start, size_t end, struct cues *cues)
{
	size_t	 i, k, from, cue = start;

	if (end - start < r->minlen)
		return 0;	/* bytes: at least as many as characters */
	/* reported speech needs a cue word (a sentence without one is
	 * scanned once for all the rules) */
	if (r->needs_cue && (r->where == W_INDIRECT || r->where == W_MENTION) &&
	    !attrib_cue_in(a, l, s, start, end))
		return 0;
	if (r->lits != NULL && !holds_word(s + start, end - start, r))
		return 0;
	if (r->comma_end && !ends_with_comma(s, start, end))
		return 0;
	if (r->state != 1)
		return r->state == 0 ? -1 : 0;
	if (!r->clause)
		return rx_find(&a->rx, r->re, s + start, end - start, 0, 0) == 1;
	/* the clause starts, kept for the next rules of the range */
	for (k = 0, from = end;; k++) {
		if (k < cues->nclause)
			i = cues->clause[k];
		else if (k < MAXCLAUSES) {
			if (clause_starts(s, cues->clause_end, end,
			    cues->clause_end == start, &i, 1,
			    &cues->clause_end) == 0)
				break;
			cues->clause[cues->nclause++] = i;
		} else {
			/* past those kept: found again by each rule */
			if (k == MAXCLAUSES)
				from = cues->clause_end;
			if (clause_starts(s, from, end, 0, &i, 1, &from) == 0)
				break;
		}
		if (end - i < r->minlen)
			return 0;
		/* a rule whose cue is {CUE}: a cue word must follow */
		if (r->cued && cue <= i && (cue = cue_after(cues, l, s, i,
		    end)) == end)
			return 0;
		if (rx_find(&a->rx, r->re, s + start, end - start, i - start,
		    0) == 1)
			return 1;
	}
	return 0;
}

int
attrib_match(struct attrib *a, const struct alang *l, int where,
    const char *s, size_t start, size_t end, struct found *f)
{
	struct cues	*cues = cues_of(a, l, s, start, end);
	size_t		 i, pl_s, pl_e;

	for (i = 0; i < l->nwhere[where]; i++) {
		const struct arule *r = l->bywhere[where][i];
		int		 m;

		/* (its pattern compiled on its first use, then tried) */
		while ((m = find(a, l, r, s, start, end, cues)) == -1 &&
		    rule_ready(a, r) == 0)
			;
		if (m != 1)
			continue;
		memset(f, 0, sizeof(*f));
		f->rule = r;
		span(a, 0, &f->start, &f->end);
		/* a name may stand for several groups (?J): the one set */
		named_span(a, r, G_CUE, &f->cue_s, &f->cue_e);
		named_span(a, r, G_SPEAKER, &f->sp_s, &f->sp_e);
		named_span(a, r, G_PRON, &f->pron_s, &f->pron_e);
		named_span(a, r, G_CONTENT, &f->con_s, &f->con_e);
		named_span(a, r, G_REST, &f->rest_s, &f->rest_e);
		named_span(a, r, G_PLURAL, &pl_s, &pl_e);
		f->plural = pl_e > pl_s;
		f->start += start;
		f->end += start;
		f->cue_s += start;
		f->cue_e += start;
		f->sp_s += start;
		f->sp_e += start;
		f->pron_s += start;
		f->pron_e += start;
		f->con_s += start;
		f->con_e += start;
		f->rest_s += start;
		f->rest_e += start;
		return 1;
	}
	return 0;
}
