/*
 * engine.c: stance rules, their prefilter, negation and the decision.
 *
 * Each rule of lang/<code>/stance is "id label priority pattern"; label
 * is "accuse" or "accuse/statement": the label of a plain match, then of
 * a negated one ("-" when the rule says nothing then; without "/" a
 * negated match counts for nothing).  A match is negated when a word of
 * lang/<code>/negation stands in the four words before it in its clause,
 * or the word it starts in begins with one (n’acceptera).
 *
 * Prefilter: the words a rule's pattern must start with ("accus",
 * "dénon") are read from the pattern itself; a record's words are looked
 * up once and only the rules they name are run, anchored at those words
 * (compiled anchored: JIT does not take PCRE2_ANCHORED at match time), so
 * hundreds of rules cost little.  A pattern whose start cannot be read
 * this way always runs, anywhere.
 *
 * Decision: priority, then the longest match, then the label that the
 * cue given by quote-extract carries, then the earliest match.  A second
 * label is the best match of another label.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stance.h"
#include "u8.h"

#define NEG_WINDOW	4	/* words before a match that can negate it */
#define MAXCAND		64

const char *const label_names[NLABELS] = { "accuse", "deny", "reject",
	"demand", "threaten", "defend", "statement" };

const char *
label_polarity(int l)
{
	switch (l) {
	case L_DEFEND:
		return "for";
	case L_STATEMENT:
	case L_NONE:
		return "none";
	default:
		return "against";
	}
}

int
label_find(const char *s, size_t n)
{
	int	 l;

	for (l = 0; l < NLABELS; l++)
		if (strlen(label_names[l]) == n &&
		    memcmp(label_names[l], s, n) == 0)
			return l;
	return L_NONE;
}


struct load {
	struct stance	*st;
	const char	*lang;
	int		 rules;		/* take stance rules from this file */
	int		 builtin;	/* a lang/ file: its rules compiled
					 * when first needed */
};

static struct slang *
lang_get(struct stance *st, const char *code)
{
	size_t	 i;

	for (i = 0; i < st->n; i++)
		if (strcmp(st->lang[i].code, code) == 0)
			return &st->lang[i];
	if (st->n == sizeof(st->lang) / sizeof(st->lang[0]))
		return NULL;
	memset(&st->lang[st->n], 0, sizeof(st->lang[0]));
	snprintf(st->lang[st->n].code, sizeof(st->lang[0].code), "%s", code);
	st->lang[st->n].rs.nfields = 3;
	return &st->lang[st->n++];
}

static int
entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct load	*ld = ctx;
	struct slang	*l;
	struct buf	 b = { 0 };
	int		 r;

	if (lang == NULL)
		lang = ld->lang;
	if (strcmp(kind, "stance") != 0 && strcmp(kind, "negation") != 0 &&
	    strcmp(kind, "not-negating") != 0)
		return 0;	/* another tool's section */
	if (lang == NULL)
		return rules_fail(err, file, line,
		    "stance rules need a language: [stance fr]");
	if ((l = lang_get(ld->st, lang)) == NULL)
		return rules_fail(err, file, line, "too many languages");
	if (strcmp(kind, "stance") != 0) {
		if (u8_lower(&b, s, n) == -1)
			return rules_fail(err, file, line, "out of memory");
		r = wset_entry(strcmp(kind, "negation") == 0 ? &l->negators :
		    &l->cancels, kind, lang, b.p, b.n, file, line, err);
		buf_free(&b);
		return r;
	}
	if (!ld->rules)
		return 0;
	/* (a file of -r: at once, so that a bad pattern is told before any
	 * record is read) */
	l->rs.later = ld->builtin;
	return ruleset_entry(&l->rs, kind, lang, s, n, file, line, err);
}

/* One side of a label field: a label, or "-" for none; -2 if unknown. */
static int
label_part(const char *s, size_t n)
{
	if (n == 1 && s[0] == '-')
		return L_NONE;
	return label_find(s, n) == L_NONE ? -2 : label_find(s, n);
}

/* Labels "accuse", "accuse/statement", "-/deny" of each rule. */
static int
read_labels(struct slang *l, struct rules_err *err)
{
	const char	*lab, *slash;
	size_t		 i;

	l->pos = calloc(l->rs.n ? l->rs.n : 1, sizeof(int));
	l->neg = calloc(l->rs.n ? l->rs.n : 1, sizeof(int));
	if (l->pos == NULL || l->neg == NULL)
		return rules_fail(err, "", 0, "out of memory");
	for (i = 0; i < l->rs.n; i++) {
		lab = l->rs.r[i].label;
		if (strncmp(lab, "target:", 7) == 0) {
			char msg[240];

			/* (its target group is asked of the code) */
			if (ruleset_ready(&l->rs, i, msg, sizeof(msg)) == -1)
				return rules_fail(err, l->rs.r[i].file,
				    l->rs.r[i].line, msg);
			/* finds the target of that label, when its rule did not */
			l->pos[i] = L_NONE;
			l->neg[i] = label_part(lab + 7, strlen(lab + 7));
			if (l->neg[i] == L_NONE || l->rs.r[i].target < 0)
				l->neg[i] = -2;
			else {
				l->neg[i] += NLABELS;
				continue;
			}
		} else if ((slash = strchr(lab, '/')) == NULL) {
			l->pos[i] = label_part(lab, strlen(lab));
			l->neg[i] = L_NONE;
		} else {
			l->pos[i] = label_part(lab, (size_t)(slash - lab));
			l->neg[i] = label_part(slash + 1, strlen(slash + 1));
		}
		if (l->pos[i] == -2 || l->neg[i] == -2)
			return rules_fail(err, l->rs.r[i].file, l->rs.r[i].line,
			    "label must be accuse, deny, reject, demand, "
			    "threaten, defend, statement or -, alone or as "
			    "plain/negated, or target:label with a (?<target>) "
			    "group");
	}
	return 0;
}

/* --- the prefilter --- */


/* The literal letters that start p, lower-cased into out; 0 if none. */
static size_t
literal(const char *p, const char *end, char *out, size_t max)
{
	size_t	 n = 0, last = 0;
	struct buf b = { 0 };

	while (p < end && u8_word_byte((unsigned char)*p) && n < max) {
		last = n;
		out[n++] = *p++;
		while (p < end && ((unsigned char)*p & 0xC0) == 0x80 && n < max)
			out[n++] = *p++;
	}
	if (p < end && (*p == '?' || *p == '*' || *p == '{'))
		n = last;		/* the last letter is optional */
	if (n < 1 || u8_lower(&b, out, n) == -1 || b.n > max) {
		buf_free(&b);
		return 0;
	}
	memcpy(out, b.p, b.n);
	n = b.n;
	buf_free(&b);
	return n;
}

static int
add_stem(struct slang *l, const char *s, size_t n, size_t rule)
{
	struct stem	*st;

	if ((st = realloc(l->stems, (l->nstems + 1) * sizeof(*st))) == NULL)
		return -1;
	l->stems = st;
	st = &l->stems[l->nstems];
	if ((st->s = malloc(n)) == NULL)
		return -1;
	memcpy(st->s, s, n);
	st->n = n;
	st->rule = rule;
	st->next = -1;
	l->nstems++;
	if (l->minstem == 0 || n < l->minstem)
		l->minstem = n;
	if (n > l->maxstem)
		l->maxstem = n;
	return 0;
}

/* Skips what matches no text at the start of a branch: \b, ^, flags. */
static const char *
skip_empty(const char *p, const char *end)
{
	for (;;) {
		if (end - p >= 4 && (strncmp(p, "(?i)", 4) == 0 ||
		    strncmp(p, "(?J)", 4) == 0))
			p += 4;
		else if (end - p >= 5 && strncmp(p, "(?-i)", 5) == 0)
			p += 5;
		else if (end - p >= 2 && strncmp(p, "\\b", 2) == 0)
			p += 2;
		else if (p < end && *p == '^')
			p++;
		else if (end - p >= 4 && (strncmp(p, "(?<!", 4) == 0 ||
		    strncmp(p, "(?<=", 4) == 0)) {
			/* a lookbehind reads no text of the match */
			int depth = 0;

			for (; p < end; p++) {
				if (*p == '\\') {
					p++;
					continue;
				}
				if (*p == '(')
					depth++;
				else if (*p == ')' && --depth == 0) {
					p++;
					break;
				}
			}
		} else
			return p;
	}
}

/* Length of the opening of a plain group "(?:", "(?i:", "(?-i:", "(", or 0. */
static size_t
group_open(const char *p, const char *end)
{
	if (end - p >= 3 && strncmp(p, "(?:", 3) == 0)
		return 3;
	if (end - p >= 4 && strncmp(p, "(?i:", 4) == 0)
		return 4;
	if (end - p >= 5 && strncmp(p, "(?-i:", 5) == 0)
		return 5;
	if (p < end && *p == '(' && (p + 1 == end || p[1] != '?'))
		return 1;
	return 0;
}

static int branch_stems(struct slang *, size_t, const char *, const char *);

/*
 * The stems of each branch of the group whose text starts at p (after
 * its opening); *after gets the position after its ')'.  Returns how many,
 * 0 when a branch has none.
 */
static int
group_stems(struct slang *l, size_t rule, const char *p, const char *end,
    const char **after)
{
	const char	*alt = p;
	int		 depth = 0, count = 0, k;

	for (; p < end; p++) {
		if (*p == '\\') {
			p++;
			continue;
		}
		if (*p == '[') {
			/* a class: its | and ) are not ours */
			for (p++; p < end && *p != ']'; p++)
				if (*p == '\\')
					p++;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth > 0)
			depth--;
		else if ((*p == '|' || *p == ')') && depth == 0) {
			if ((k = branch_stems(l, rule, alt, p)) <= 0)
				return k;
			count += k;
			if (*p == ')') {
				*after = p + 1;
				return count;
			}
			alt = p + 1;
		}
	}
	return 0;
}

/* The stems of one branch s[p, end): a literal, or a leading group's. */
static int
branch_stems(struct slang *l, size_t rule, const char *p, const char *end)
{
	char		 word[64];
	const char	*after;
	size_t		 n, o;
	int		 k;

	p = skip_empty(p, end);
	if ((o = group_open(p, end)) > 0) {
		if ((k = group_stems(l, rule, p + o, end, &after)) <= 0)
			return k;
		/* an optional group proves nothing */
		if (after < end && (*after == '?' || *after == '*' ||
		    (*after == '{' && after[1] == '0')))
			return 0;
		return k;
	}
	if ((n = literal(p, end, word, sizeof(word))) == 0)
		return 0;
	return add_stem(l, word, n, rule) == -1 ? -1 : 1;
}

/*
 * The words a pattern must start with: its leading literal, or one per
 * branch of a leading group, nested groups included.  Returns how many
 * were added, 0 if none (the rule then always runs).
 */
static int
stems_of(struct slang *l, size_t rule, const char *pat)
{
	size_t	 first = l->nstems;
	int	 k;

	k = branch_stems(l, rule, pat, pat + strlen(pat));
	if (k <= 0)
		while (l->nstems > first)
			free(l->stems[--l->nstems].s);
	return k;
}

static int
prefilter(struct slang *l)
{
	size_t	 i, h;
	int	 k;

	for (i = 0; i < l->rs.n; i++) {
		if ((k = stems_of(l, i, l->rs.r[i].src)) == -1)
			return -1;
		if (k == 0) {
			size_t *a = realloc(l->always,
			    (l->nalways + 1) * sizeof(*a));

			if (a == NULL)
				return -1;
			l->always = a;
			l->always[l->nalways++] = i;
		}
	}
	l->nslot = 64;
	while (l->nslot < l->nstems * 2)
		l->nslot *= 2;
	if ((l->slot = malloc(l->nslot * sizeof(*l->slot))) == NULL ||
	    (l->mark = calloc(l->rs.n ? l->rs.n : 1, sizeof(*l->mark))) ==
	    NULL || (l->marked = calloc(l->rs.n ? l->rs.n : 1,
	    sizeof(*l->marked))) == NULL || (l->at = calloc(l->rs.n ? l->rs.n : 1, sizeof(*l->at)))
	    == NULL || (l->nat = calloc(l->rs.n ? l->rs.n : 1, 1)) == NULL ||
	    (l->anchored = calloc(l->rs.n ? l->rs.n : 1,
	    sizeof(*l->anchored))) == NULL || (l->anchored_tried =
	    calloc(l->rs.n ? l->rs.n : 1, 1)) == NULL)
		return -1;
	/* a rule with stems is matched anchored at their words (compiled
	 * so when first needed: anchored_at()); one without, never */
	for (k = 0; k < (int)l->nalways; k++)
		l->anchored_tried[l->always[k]] = 1;
	for (i = 0; i < l->nslot; i++)
		l->slot[i] = -1;
	for (i = 0; i < l->nstems; i++) {
		h = rules_hash(l->stems[i].s, l->stems[i].n) & (l->nslot - 1);
		l->stems[i].next = l->slot[h];
		l->slot[h] = (long)i;
		for (k = 1; (size_t)k <= l->stems[i].n; k++) {
			h = rules_hash(l->stems[i].s, (size_t)k) &
			    (STEM_PREFIX_BITS - 1);
			l->prefixes[h / 64] |= (uint64_t)1 << (h % 64);
		}
	}
	return 0;
}

/* Whether s[i, n) starts with ’, which ends a word here. */
static int
apostrophe_at(const char *s, size_t i, size_t n)
{
	return i + 3 <= n && memcmp(s + i, "\xE2\x80\x99", 3) == 0;
}

/* The end of the word at s[i]: its first byte that is no letter, or ’. */
static size_t
word_stop(const char *s, size_t i, size_t n)
{
#ifdef __SSE2__
	while (i + 16 <= n) {
		__m128i	 v = _mm_loadu_si128((const __m128i *)(s + i));
		/* ASCII letters, and every byte of a multibyte letter */
		unsigned letter = u8_in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)),
		    'a', 'z') | (unsigned)_mm_movemask_epi8(v);
		unsigned stop = (~letter & 0xFFFF) | (unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)));

		while (stop != 0) {
			size_t p = i + (size_t)__builtin_ctz(stop);

			if (!u8_word_byte((unsigned char)s[p]) ||
			    apostrophe_at(s, p, n))
				return p;
			stop &= stop - 1;
		}
		i += 16;
	}
#endif
	while (i < n && u8_word_byte((unsigned char)s[i]) &&
	    !apostrophe_at(s, i, n))
		i++;
	return i;
}

/* Marks the rules whose stems start a word of the lower-cased text. */
static void
mark_rules(struct slang *l, const char *s, size_t n)
{
	size_t	 i = 0, w, k, h;
	long	 j;

	l->gen++;
	if (l->gen == 0) {
		memset(l->mark, 0, l->rs.n * sizeof(*l->mark));
		l->gen = 1;
	}
	l->nmarked = 0;
	while (i < n) {
		while (i < n && !u8_word_byte((unsigned char)s[i]))
			i++;
		w = i;
		/* a word ends at an apostrophe too: l’accepter holds accepter */
		i = word_stop(s, i, n);
		if (i == w) {
			i += 3;		/* the apostrophe itself */
			continue;
		}
		/* the hash of each prefix extends the one before */
		h = 14695981039346656037ULL;
		for (k = 1; k <= l->maxstem && w + k <= i; k++) {
			h = (h ^ (unsigned char)s[w + k - 1]) * 1099511628211ULL;
			if (!(l->prefixes[(h & (STEM_PREFIX_BITS - 1)) / 64] &
			    (uint64_t)1 << (h % 64)))
				break;
			if (k < l->minstem)
				continue;
			for (j = l->slot[h & (l->nslot - 1)]; j >= 0;
			    j = l->stems[j].next) {
				size_t r = l->stems[j].rule;

				if (l->stems[j].n != k ||
				    memcmp(l->stems[j].s, s + w, k) != 0)
					continue;
				if (l->mark[r] != l->gen) {
					l->mark[r] = l->gen;
					l->nat[r] = 0;
					l->marked[l->nmarked++] = r;
				}
				if (l->nat[r] < MAXPOS) {
					if (l->nat[r] == 0 ||
					    l->at[r][l->nat[r] - 1] != w)
						l->at[r][l->nat[r]++] =
						    (uint32_t)w;
				} else
					l->nat[r] = MAXPOS + 1;
			}
		}
	}
}

int
stance_init(struct stance *st, const char *const *files, size_t nfiles,
    int replace, struct rules_err *err)
{
	static const char *const kinds[] = { "stance", "negation" };
	const char *const *code;
	const char	*text;
	struct load	 ld;
	struct buf	 b = { 0 };
	char		 name[64];
	size_t		 len, i, k;

	memset(st, 0, sizeof(*st));
	if (rx_init(&st->rx) == -1)
		return rules_fail(err, "", 0, "out of memory");
	ld.st = st;
	for (code = lang_codes; *code != NULL; code++)
		for (k = 0; k < 2; k++) {
			if ((text = lang_builtin(*code, kinds[k], &len)) == NULL)
				continue;
			ld.lang = *code;
			ld.rules = !replace;
			ld.builtin = 1;
			/* (named as in the source tree, for a late error) */
			snprintf(name, sizeof(name), "lang/%s/%s", *code,
			    kinds[k]);
			if (rules_scan(text, len, name, kinds[k], entry, &ld,
			    err) == -1)
				return -1;
		}
	ld.lang = NULL;
	ld.rules = 1;
	ld.builtin = 0;
	for (i = 0; i < nfiles; i++) {
		b.n = 0;
		if (rules_read_file(files[i], &b, err) == -1 ||
		    rules_scan(b.p, b.n, files[i], "stance", entry, &ld,
		    err) == -1) {
			buf_free(&b);
			return -1;
		}
	}
	buf_free(&b);
	for (i = 0; i < st->n; i++)
		if (read_labels(&st->lang[i], err) == -1 ||
		    prefilter(&st->lang[i]) == -1)
			return err->msg[0] ? -1 :
			    rules_fail(err, "", 0, "out of memory");
	return 0;
}

void
stance_free(struct stance *st)
{
	size_t	 i, k;

	for (i = 0; i < st->n; i++) {
		struct slang *l = &st->lang[i];

		for (k = 0; l->anchored != NULL && k < l->rs.n; k++)
			rx_code_free(l->anchored[k]);
		free(l->anchored);
		free(l->anchored_tried);
		ruleset_free(&l->rs);
		free(l->pos);
		free(l->neg);
		for (k = 0; k < l->nstems; k++)
			free(l->stems[k].s);
		free(l->stems);
		free(l->slot);
		free(l->always);
		free(l->mark);
		free(l->marked);
		free(l->at);
		free(l->nat);
		wset_free(&l->negators);
		wset_free(&l->cancels);
	}
	rx_free(&st->rx);
	buf_free(&st->low);
}

struct slang *
stance_lang(struct stance *st, const char *code, size_t n)
{
	size_t	 i;

	for (i = 0; i < st->n; i++)
		if (strlen(st->lang[i].code) == n &&
		    memcmp(st->lang[i].code, code, n) == 0)
			return &st->lang[i];
	return NULL;
}

/* --- negation --- */

static int
clause_edge(int32_t c)
{
	return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' ||
	    c == '?' || c == '(' || c == ')' || c == 0xAB || c == 0xBB ||
	    c == 0x201C || c == 0x201D || c == '"';
}

/* Looks up the lower-cased word s[a, e), ' read as ’. */
static int
negator(const struct slang *l, const char *s, size_t a, size_t e)
{
	char	 key[64] = "";
	size_t	 k = 0, i;

	for (i = a; i < e && k + 3 < sizeof(key); i++) {
		if (s[i] == '\'') {
			memcpy(key + k, "\xE2\x80\x99", 3);
			k += 3;
		} else
			key[k++] = s[i];
	}
	if (wset_has(&l->negators, key, k))
		return 1;
	/* didn't, won't, can't */
	return k >= 5 && memcmp(key + k - 5, "n\xE2\x80\x99t", 5) == 0;
}

/* Whether the match at s[ms] (lower-cased text) is negated. */
static int
negated(const struct slang *l, const char *s, size_t ms)
{
	size_t	 i = ms, e, a, words = 0;
	int32_t	 c;
	int	 len;

	/* the start of the word the match begins in: n’acceptera */
	for (a = ms; a > 0 && s[a - 1] != ' '; a -= (size_t)len) {
		len = u8_decode_back(s, a, &c);
		if (clause_edge(c))
			break;
	}
	if (a < ms) {
		for (e = a; e < ms; e++)
			if (s[e] == '\'' || (e + 3 <= ms &&
			    memcmp(s + e, "\xE2\x80\x99", 3) == 0)) {
				e += s[e] == '\'' ? 1 : 3;
				if (negator(l, s, a, e))
					return 1;
				break;
			}
	}
	i = a;
	while (i > 0 && words < NEG_WINDOW) {
		while (i > 0 && s[i - 1] == ' ')
			i--;
		e = i;
		while (i > 0) {
			len = u8_decode_back(s, i, &c);
			if (c == ' ' || clause_edge(c))
				break;
			i -= (size_t)len;
		}
		if (e == i)
			break;		/* a clause edge */
		if (wset_has(&l->cancels, s + i, e - i))
			return 0;	/* n’a cessé de, not only */
		if (negator(l, s, i, e))
			return 1;
		/* n’a, n’avons: the elided negation starts the word */
		for (a = i; a < e; a++)
			if ((s[a] == '\'' || (a + 3 <= e &&
			    memcmp(s + a, "\xE2\x80\x99", 3) == 0)) &&
			    negator(l, s, i, a + (s[a] == '\'' ? 1 : 3)))
				return 1;
		words++;
	}
	return 0;
}

/* --- judging --- */

struct cand {
	size_t	 rule;
	int	 label, prio, fromcue;
	size_t	 ms, me, ts, te;
};

static int
better(const struct cand *a, const struct cand *b, int cuelabel)
{
	if (a->prio != b->prio)
		return a->prio > b->prio;
	if (a->me - a->ms != b->me - b->ms)
		return a->me - a->ms > b->me - b->ms;
	if ((a->label == cuelabel) != (b->label == cuelabel))
		return a->label == cuelabel;
	return a->ms < b->ms;
}

/* Rule i compiled anchored, on its first use; NULL for a rule without
 * stems, or when PCRE2 refuses (then it is matched unanchored). */
static const pcre2_code *
anchored_at(struct slang *l, size_t i)
{
	char	 msg[240];

	if (!l->anchored_tried[i]) {
		l->anchored_tried[i] = 1;
		l->anchored[i] = rx_compile(l->rs.r[i].expanded,
		    strlen(l->rs.r[i].expanded), PCRE2_ANCHORED, msg,
		    sizeof(msg));
	}
	return l->anchored[i];
}

/* Runs the marked rules on s, adding candidates. */
static unsigned long
run(struct stance *st, struct slang *l, const char *low, const char *s,
    size_t n, int fromcue, struct cand *c, size_t *nc)
{
	size_t		 i, k, start, ms, me;
	unsigned long	 gaveup = 0;
	int		 r, lab;
	char		 msg[240];

	mark_rules(l, low, n);
	for (k = 0; k < l->nalways; k++)
		if (l->mark[l->always[k]] != l->gen) {
			l->mark[l->always[k]] = l->gen;
			l->marked[l->nmarked++] = l->always[k];
		}
	/* the marked rules in the order of the files */
	for (k = 1; k < l->nmarked; k++)
		for (i = k; i > 0 && l->marked[i - 1] > l->marked[i]; i--) {
			size_t t = l->marked[i];

			l->marked[i] = l->marked[i - 1];
			l->marked[i - 1] = t;
		}
	for (k = 0; k < l->nmarked; k++) {
		const struct rule *rl;
		size_t	 p = 0;
		int	 at;

		i = l->marked[k];
		rl = &l->rs.r[i];
		if (rl->off || l->neg[i] >= NLABELS)
			continue;
		/* (compiled when first needed: counted if refused) */
		if (rl->ready == 0 && ruleset_ready(&l->rs, i, msg,
		    sizeof(msg)) == -1 && st->nrefused++ == 0)
			rules_fail(&st->refused, rl->file, rl->line, msg);
		if (rl->ready != 1)
			continue;
		at = l->nat[i] <= MAXPOS && anchored_at(l, i) != NULL;
		for (start = 0; start < n && *nc < MAXCAND;) {
			if (at) {
				/* the next word that starts with a stem */
				while (p < l->nat[i] && l->at[i][p] < start)
					p++;
				if (p == l->nat[i])
					break;
				r = rx_find(&st->rx, l->anchored[i], s, n,
				    l->at[i][p++], 0);
				if (r == 0) {
					start = l->at[i][p - 1] + 1;
					continue;
				}
			} else
				r = rx_find(&st->rx, rl->re, s, n, start, 0);
			if (r != 1) {
				gaveup += r == -1;
				break;
			}
			rx_group(&st->rx, 0, &ms, &me);
			lab = negated(l, low, ms) ? l->neg[i] : l->pos[i];
			if (lab != L_NONE) {
				c[*nc].rule = i;
				c[*nc].label = lab;
				c[*nc].prio = rl->prio;
				c[*nc].fromcue = fromcue;
				c[*nc].ms = ms;
				c[*nc].me = me;
				c[*nc].ts = c[*nc].te = 0;
				if (rl->target > 0)
					rx_group(&st->rx, rl->target, &c[*nc].ts,
					    &c[*nc].te);
				(*nc)++;
			}
			start = me > ms ? me : ms + 1;
			while (start < n && ((unsigned char)s[start] & 0xC0) ==
			    0x80)
				start++;
		}
	}
	return gaveup;
}

static void
evidence(struct buf *b, const struct slang *l, const struct cand *c,
    const char *text, const char *cue)
{
	const char *s = c->fromcue ? cue : text;
	size_t	 e = c->me;

	while (e > c->ms && (s[e - 1] == ' ' || s[e - 1] == ','))
		e--;
	if (b->n > 0)
		(void)buf_adds(b, "; ");
	(void)buf_adds(b, l->rs.r[c->rule].id);
	(void)buf_adds(b, c->fromcue ? ":cue:" : ":");
	(void)buf_add(b, s + c->ms, e - c->ms);
}

unsigned long
stance_judge(struct stance *st, struct slang *l, const char *text, size_t n,
    const char *cue, size_t cn, struct verdict *v)
{
	struct cand	 c[MAXCAND];
	size_t		 nc = 0, i, best = MAXCAND, second = MAXCAND, ncue;
	unsigned long	 gaveup = 0;
	int		 cuelabel = L_NONE;

	v->label = L_STATEMENT;
	v->label2 = L_NONE;
	v->tsrc = NULL;
	v->ts = v->te = 0;
	v->evidence.n = 0;
	if (l == NULL)
		return 0;
	/* lower case keeps byte offsets only for ASCII and most Latin */
	if (cn > 0) {
		st->low.n = 0;
		if (u8_lower(&st->low, cue, cn) == 0 && st->low.n == cn)
			gaveup += run(st, l, st->low.p, cue, cn, 1, c, &nc);
	}
	ncue = nc;
	for (i = 0; i < ncue; i++)
		if (cuelabel == L_NONE || c[i].prio > c[0].prio)
			cuelabel = c[i].label;
	st->low.n = 0;
	if (u8_lower(&st->low, text, n) == 0 && st->low.n == n)
		gaveup += run(st, l, st->low.p, text, n, 0, c, &nc);
	else
		gaveup += run(st, l, text, text, n, 0, c, &nc);
	for (i = 0; i < nc; i++)
		if (best == MAXCAND || better(&c[i], &c[best], cuelabel))
			best = i;
	if (best == MAXCAND)
		return gaveup;
	v->label = c[best].label;
	for (i = 0; i < nc; i++)
		if (c[i].label != v->label && c[i].label != L_STATEMENT &&
		    v->label != L_STATEMENT && (second == MAXCAND ||
		    better(&c[i], &c[second], cuelabel)))
			second = i;
	if (second != MAXCAND)
		v->label2 = c[second].label;
	evidence(&v->evidence, l, &c[best], text, cue);
	if (second != MAXCAND)
		evidence(&v->evidence, l, &c[second], text, cue);
	if (c[best].te <= c[best].ts && (second == MAXCAND ||
	    c[second].te <= c[second].ts)) {
		/* a target rule of the label: "La Russie cherche à ..." */
		for (i = 0; i < l->rs.n; i++) {
			size_t ts, te;

			if (l->neg[i] != v->label + NLABELS || l->rs.r[i].off ||
			    rx_find(&st->rx, l->rs.r[i].re, text, n, 0, 0) != 1 ||
			    !rx_group(&st->rx, l->rs.r[i].target, &ts, &te) ||
			    te <= ts)
				continue;
			v->tsrc = text;
			v->ts = ts;
			v->te = te;
			return gaveup;
		}
	}
	if (c[best].te > c[best].ts) {
		v->tsrc = c[best].fromcue ? cue : text;
		v->ts = c[best].ts;
		v->te = c[best].te;
	} else if (second != MAXCAND && c[second].te > c[second].ts) {
		v->tsrc = c[second].fromcue ? cue : text;
		v->ts = c[second].ts;
		v->te = c[second].te;
	}
	return gaveup;
}
