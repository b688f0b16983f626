/* quote.h: the stages of quote-extract. */
#ifndef ONDIT_QUOTE_H
#define ONDIT_QUOTE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "rules.h"

/* --- marks.c: quotation marks --- */

enum family { FAM_GUILL, FAM_CURLY, FAM_LOW, FAM_STRAIGHT, FAM_ANGLE };

struct qspan {
	size_t	 open, open_end;	/* the opening mark */
	size_t	 close, close_end;	/* the closing mark; n when unclosed */
	size_t	 in_start, in_end;	/* the quotation, padding trimmed */
	int	 fam;
	int	 closed;
	int	 name;		/* a name («Alerte conso»), not a quotation */
};

#define MAXQUOTES	4096		/* per paragraph; more are counted */

/*
 * Finds the outermost quotations of a paragraph; returns how many were
 * stored (at most max); *dropped counts those beyond max.
 */
size_t	find_quotes(const char *s, size_t n, struct qspan *, size_t max,
	    size_t *dropped);

/* --- attrib.c: speakers and cues --- */

enum where { W_AFTER, W_BEFORE, W_INSIDE, W_INDIRECT, W_NAME, W_MENTION,
	W_NEXT, NWHERE };

enum group { G_CUE, G_SPEAKER, G_PRON, G_CONTENT, G_REST, G_PLURAL, NGROUP };

#define MAXSAMENAME	8	/* groups of one name, with (?J) */

struct arule {
	char		*id;
	int		 where;
	/* compiled on first use (a rule of -r at start): until then its
	 * pattern expanded in src, or as written in pat when the build
	 * packed its code; where it was read, for a late error */
	pcre2_code	*re;
	int		 state;		/* 0 not yet, 1 compiled, -1 refused */
	int		 builtin;	/* of the lang/ files built in */
	const unsigned char *packed;	/* compiled when built: packed_rules */
	const unsigned char *jit;	/* and its JIT form, or NULL */
	char		*pat;		/* as written, not yet expanded */
	struct alang	*lang;		/* whose macros expand it */
	char		*src;
	size_t		 srcn;
	char		*file;
	unsigned	 line;
	int		 clause;	/* match at clause starts only */
	int		 cued;		/* and only where a cue word follows */
	int		 comma_end;	/* ends with ",\s*$": the text must */
	int		 needs_cue;	/* a cue list in it: a text without a
					 * word of them cannot match */
	char		*lits;		/* if=: words one of which the text
					 * must hold, NUL-separated, or NULL */
	size_t		 litsn;
	uint32_t	 minlen;	/* characters that a match has at least */
	/* the numbers of the groups named cue, speaker...: the first set
	 * one is read */
	uint16_t	 group[NGROUP][MAXSAMENAME];
	unsigned char	 ngroup[NGROUP];
};

struct alang {
	char		 code[8];
	struct arule	*rules;
	size_t		 nrules;
	/* the rules of each where, in file order */
	const struct arule **bywhere[NWHERE];
	size_t		 nwhere[NWHERE];
	struct wset	 pron_m, pron_f, pron_p, pron_any;
	struct wset	 pron_imp;	/* of gender i: also in pron_any */
	struct wset	 pron_n;	/* of gender n (it): also in pron_any */
	struct wset	 gender_m, gender_f, gender_p;	/* [genders] */
	struct wset	 first_m, first_f;	/* [firstnames] */
	struct wset	 roles, adjuncts, anaphors, latest, particles, preps,
			 dets, definites, institutions, suffixes, equivalents,
			 relatives, nearby, demonstratives, concerned, past,
			 possessives,
			 agents, places, groups, joiners, copulas, documents,
			 former, organisations, coordinations, others,
			 honorifics, continuations, participles,
			 impersonals,	/* "il y a", "il faut": no one */
			 indefinites, complements,	/* "a dental nurse at
					 * the practice": an unnamed speaker's
					 * words kept whole */
			 utterances,	/* cue forms whose object is what
					 * was said: "told reporters “the …”" */
			 subordinators,	/* words that open a clause of
					 * their own after an attribution */
			 infinitives,	/* the first words of [verbs] */
			 newcomers,	/* "a nurse": someone new, not the
					 * latest speaker */
			 qualifiers,	/* "a young nurse" */
			 trades,	/* endings of a person's noun */
			 keepers,	/* "tient", "runs": a trade's place */
			 kin,		/* "grand", "-in-law": another
					 * relative's noun */
			 equiv_heads;	/* first words of equivalents */
	/* (the lists above are numbered 1 to LIST_IDS in a row: attrib_init) */
	/* lists being read, turned into the macros of the rules */
	struct buf	 fin, part, aux, pron, according;
	struct buf	 clauses;	/* [complementizers], as written */
	struct buf	 contractions;	/* [contractions]: word\0article\0 */
	unsigned char	 clause_first[32];	/* a bit for their first bytes */
	/* their alternations, built once for all rules: the list's size
	 * when built, then the pattern */
	size_t		 alt_n[5];
	struct buf	 alt[5];
	unsigned	 expanded;	/* a bit for each alternation that
					 * the rule being read holds */
	struct buf	 defines;	/* "name\0pattern\0" ... */
	struct wset	 cuewords;	/* first words of cue forms, lower case */
	/* for each of their first two ASCII letters, a bit per length in
	 * bytes (31: 31 or more) */
	uint32_t	 cuepair[26][26];
	/* and a bit per third byte: a-z, 26 any other, 27 none */
	uint32_t	 cuethird[26][26];
	int		 compiled;
};

/* numbers for the word lists of all languages: speaker.c keeps a word's
 * answers as two bit sets */
#define LIST_IDS	128
_Static_assert(offsetof(struct alang, equiv_heads) - offsetof(struct alang,
    pron_m) == 52 * sizeof(struct wset), "struct alang: 53 word lists from "
    "pron_m to equiv_heads, nothing else between (attrib_init numbers them)");

#define MAXCUES	32
#define MAXCLAUSES	32

/* The cue words of one range, found at first need and kept for the rules
 * tried on it. */
struct cues {
	const struct alang *l;
	const char	*s;		/* the range; NULL: none yet */
	size_t		 start, end;
	size_t		 at[MAXCUES];	/* their starts, in order */
	size_t		 n;
	size_t		 next;		/* where the search goes on past at[] */
	int		 done;		/* the search went to the end */
	/* the clause starts found so far, and where that search stopped */
	size_t		 clause[MAXCLAUSES];
	size_t		 nclause;
	size_t		 clause_end;
};

struct attrib {
	struct alang	 lang[8];
	size_t		 n;
	struct rx	 rx;
	struct cues	 cues;
	/* rules that PCRE2 refused when first used (out of memory: the
	 * tests compile every built-in rule), and the first one's error */
	size_t		 nrefused;
	struct rules_err refused;
};

/* A match of a rule: offsets in the paragraph, end == start when unset. */
struct found {
	const struct arule *rule;
	size_t	 start, end;
	size_t	 cue_s, cue_e, sp_s, sp_e, pron_s, pron_e, rest_s, rest_e,
		 con_s, con_e;
	size_t	 aside_s, aside_e;	/* an attribution inside the content:
					 * aside_attribution() */
	int	 plural;		/* the group plural is set: the verb
					 * says the speaker is several */
};

/*
 * The built-in rules compiled when the tool was built (build-aux/
 * pack-rules.c, with pcre2_serialize_encode()): the rule ids, in the order
 * of attrib_rule_code(), and each one's code.
 */
struct packed_rules {
	size_t			 n;
	const char *const	*ids;
	const unsigned char *const *codes;
	const unsigned char *const *jits;	/* JIT forms, or NULL */
	const unsigned char	*flags;		/* PACKED_CLAUSE... */
};

#define PACKED_CLAUSE		1	/* struct arule's clause */
#define PACKED_NEEDS_CUE	2	/* and needs_cue */

/* bin/quote-extract's, made by build-aux/pack-rules.c when it is built */
extern const struct packed_rules qx_packed;

/* Reads the built-in rules and files' (packed: their codes, or NULL);
 * returns 0, or -1 with err filled. */
int	attrib_init(struct attrib *, const char *const *files, size_t n,
	    const struct packed_rules *packed, struct rules_err *);
/* The code of the built-in rule n (every language's, in order), its id
 * and its PACKED_ flags, compiled; NULL past the last, or with *msg
 * filled when PCRE2 refuses it. */
const pcre2_code *attrib_rule_code(struct attrib *, size_t n,
	    const char **id, unsigned *flags, char *msg, size_t msgsize);
void	attrib_free(struct attrib *);
/* The language's rules, or NULL when it has none. */
const struct alang *attrib_lang(const struct attrib *, const char *, size_t);
/* The one language with rules whose cue words s holds, else NULL. */
const struct alang *attrib_guess(const struct attrib *, const char *s,
	    size_t n);
/* Whether s[start, end) holds a word that can start a cue. */
int	attrib_has_cue(const struct alang *, const char *s, size_t start,
	    size_t end);
/* The length of the word of [complementizers] that starts at s[i] in
 * s[a, b) ("que", "qu’", "that"), or 0. */
size_t	attrib_clause_word(const struct alang *, const char *s, size_t a,
	    size_t i, size_t b);
/* The same, with the cue words kept for attrib_match() on that range. */
int	attrib_cue_in(struct attrib *, const struct alang *, const char *s,
	    size_t start, size_t end);
/* The text changed: the cue words kept are stale. */
void	attrib_forget(struct attrib *);
/*
 * Tries the rules of one kind on s[start, end) (offsets kept relative to
 * s); returns 1 with the first match in f, 0 when none matches.
 */
int	attrib_match(struct attrib *, const struct alang *, int where,
	    const char *s, size_t start, size_t end, struct found *);

/* --- speaker.c: who the words name --- */

enum via { VIA_NONE, VIA_NAME, VIA_DESC, VIA_PRONOUN, VIA_ANAPHOR,
	VIA_ADJACENT, VIA_UNRESOLVED, VIA_SUBJECT, VIA_REPEATED };

struct speaker {
	struct buf	 name;		/* resolved name or words as written */
	struct buf	 role;		/* title or description */
	int		 via;
	int		 gender;	/* 'm', 'f', 'p' or 0 */
};

#define HISTORY	64
#define BY_STALE	((size_t)-1)
#define MAXTOK	48		/* words read at once */
#define DESCS	4		/* sentences opened by a description, kept */
#define LINKMAX	160		/* bytes of a name's clause, kept */
_Static_assert(LINKMAX <= 255, "LINKMAX: its lengths are unsigned char");

/* A word of the text: s[s, e). */
struct tok {
	size_t	 s, e;
};
#define ACRONYMS	16
#define AGAIN_MAX	16

struct history {
	struct speaker	 e[HISTORY];	/* speakers met in the document */
	unsigned long	 seen[HISTORY];
	size_t		 n;
	struct speaker	 names[HISTORY];/* names met in its text */
	unsigned long	 nseen[HISTORY];
	unsigned char	 nsubject[HISTORY];/* the name began a sentence */
	unsigned char	 norg[HISTORY];	/* an organisation, noted whole */
	size_t		 by[HISTORY * 2];	/* entries, latest first */
	size_t		 nby;			/* (by_latest() keeps them;
						 * BY_STALE once a time met
						 * changes) */
	size_t		 npos[HISTORY];	/* where it was noted last, in the
					 * paragraph's text */
	unsigned long	 nnoted[HISTORY];/* and when */
	size_t		 nnames;
	unsigned long	 clock;
	unsigned long	 added;		/* names and speakers noted, or given
					 * a role: history_recall() needs
					 * asking again */
	unsigned long	 par_clock[2];	/* clock at the start of the
					 * previous and of this paragraph */
	/* "l’Agence française de lutte contre le dopage (AFLD)": the
	 * acronyms of the document and the names they stand for */
	struct {
		char		 acr[16];
		size_t		 n;
		struct buf	 full;
	}		 acr[ACRONYMS];
	size_t		 nacr;
	size_t		 again[AGAIN_MAX];	/* speakers named again in the
					 * sentence: history_sentence_end() */
	unsigned long	 again_at[AGAIN_MAX];	/* when */
	size_t		 nagain;
	unsigned long	 sent_clock;	/* the clock when the sentence began */
	/* the first words of the last text whose names were noted, which
	 * history_subject() reads again when it is the same sentence's */
	struct tok	 words[MAXTOK];
	size_t		 nwords;
	const char	*words_s;
	size_t		 words_a, words_b;
	/* the bytes after a name where it was first noted, whose clause
	 * ("Thierry X tient la boulangerie du bourg") links a description
	 * to it ("le boulanger": linked()) */
	char		 nlink[HISTORY][LINKMAX];
	unsigned char	 nlinkn[HISTORY];
	/* "La mère du randonneur y sera.": the last sentences of the
	 * paragraph that a description opened, read when a pronoun asks
	 * (desc_s is set to NULL for each new paragraph's text) */
	const char	*desc_s;
	struct {
		size_t		 a, b;		/* the sentence */
		unsigned long	 clock;		/* when it was read */
	}		 desc[DESCS];
	size_t		 ndesc;
};

const char *via_name(int);
/*
 * Reads the speaker words of a match in s (and the role of an apposition
 * that follows them, or a description before them) into sp, resolving
 * pronouns and anaphors against the history, and records named speakers
 * there.  Returns 0 or -1 (out of memory).
 */
int	speaker_read(const struct alang *, const char *s, size_t n,
	    const struct found *, struct history *, struct speaker *);
void	speaker_copy(struct speaker *dst, const struct speaker *src);
/* Whether the speaker words of a match are a pronoun (il, she). */
int	speaker_pronoun(const struct alang *, const char *s,
	    const struct found *);
/* Notes the names (two words or more) of s[a, b) and their roles;
 * quoted: a quotation opens at b. */
void	history_names(const struct alang *, const char *s, size_t a,
	    size_t b, int quoted, struct history *);
/* The speakers the sentence named again are the latest met. */
void	history_sentence_end(struct history *);
/*
 * Notes the name that begins the sentence s[a, b) ("Mayor Carla Dominguez-
 * Whyte, who …, struck", "Fairweather, who …, refused"), a surname as the
 * full name met before: the latest subject, for the pronouns after it.
 * Returns its history entry, or NULL when the sentence begins with none.
 */
const struct speaker *history_subject(const struct alang *, const char *s,
	    size_t a, size_t b, struct history *);
/*
 * The description that opens the sentence s[a, b) as its subject, with its
 * determiner, to its verb ("L’agence officielle Azertac a publié …", "À
 * Bruxelles, la Commission européenne s’est bornée à …"): 1 and its
 * bounds in *sa, *se, or 0.
 */
int	subject_span(const struct alang *, const char *s, size_t a, size_t b,
	    size_t *sa, size_t *se);
/* Whether a speaker has been named in the document so far. */
int	history_named(const struct history *);
/*
 * A role that is a title alone ("Ms", "M.", "Mme": four bytes at most)
 * gives way in sp to the longer one of the history's entry of the same
 * name: "Ms Hart said" after "The mayor, Jane Hart," is the mayor's.
 */
void	history_role(const struct history *, struct speaker *);
/*
 * A name of one word ("Ashworth", a headline's) completed from the
 * history's entry that ends with it ("Richard Ashworth"), with its role:
 * 1 when it was.
 */
int	history_full_name(struct history *, struct speaker *);
/*
 * The named speaker or name met in the text that the description s[0, n)
 * ("la préfète", with its definite determiner) stands for, or NULL; a
 * caller that found none asks again once h->added has moved.
 */
const struct speaker *history_recall(const struct alang *,
	    struct history *, const char *s, size_t n);
/* Whether the description s[0, n) opens with a word of [definites]. */
int	speaker_definite(const struct alang *, const char *s, size_t n);
/* Whether s[0, n) is one word in lower case, or two without a
 * determiner first, or of two to four capitals: a headline's title
 * without its article ("as coroner warns", "as union leader warns", "as
 * MP calls"), which waits for a name as a definite description does. */
int	speaker_bare_title(const struct alang *, const char *s, size_t n);
/* Whether the speaker's words s[0, n) are a definite description of
 * two words whose noun is of [documents]: "le texte", "the statement". */
int	speaker_document(const struct alang *, const char *s, size_t n);
/* Whether a word of [documents] is in s[a, b) ("Dans un communiqué,"). */
int	speaker_documents_in(const struct alang *, const char *s, size_t a,
	    size_t b);
/* Whether s[a, b) names a document of one's own: "dans un communiqué",
 * "in a statement" (not "le rapport", "un communiqué de la mairie"). */
int	speaker_own_document(const struct alang *, const char *, size_t,
	    size_t);
/* Whether the first word of s[a, b) is a preposition ("À", "Au"). */
/* Whether s[0, n), lower-cased and with ' as ’, is in list w. */
int	speaker_listed(const struct wset *, const char *s, size_t n);
/* Whether the speaker's role holds a title ([roles], a noun of
 * [anaphors]): "le maire". */
int	speaker_titled(const struct alang *, const struct speaker *);
/* Whether the word s[0, n) is a noun of a person of [nearby] or
 * [newcomers]: "nurse". */
int	speaker_person(const struct alang *, const char *s, size_t n);
/* Whether the word s[0, n) is a pronoun of a gender, m, f or p ("Ils"). */
int	speaker_gendered(const struct alang *, const char *s, size_t n);
int	speaker_preposition(const struct alang *, const char *s, size_t a,
	    size_t b);
/* Whether the first word of s[a, b) is an auxiliary or a word of
 * [copulas] ("and that was the end of it"). */
int	speaker_auxiliary(const struct alang *, const char *s, size_t a,
	    size_t b);
/* Whether the head word of the description s[0, n) is in e's role or
 * name ("l’émissaire de l’ONU" for "l’émissaire spécial des Nations
 * unies"). */
int	speaker_fits(const struct alang *, const char *s, size_t n,
	    const struct speaker *e);
/*
 * The speaker met before that the description s[a, b) stands for, by its
 * title or, for a noun of [nearby], the latest speaker; NULL when none
 * does.  Nothing is remembered.
 */
const struct speaker *history_resolve(const struct alang *,
	    struct history *, const char *s, size_t a, size_t b);
void	speaker_clear(struct speaker *);
void	speaker_free(struct speaker *);
void	history_reset(struct history *);
/* A new paragraph starts: what was met before the previous one is far. */
void	history_paragraph(struct history *);
void	history_free(struct history *);

#endif
