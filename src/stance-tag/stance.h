/* stance.h: the stance engine of stance-tag. */
#ifndef ONDIT_STANCE_H
#define ONDIT_STANCE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "rules.h"

enum label { L_ACCUSE, L_DENY, L_REJECT, L_DEMAND, L_THREATEN, L_DEFEND,
	L_STATEMENT, NLABELS, L_NONE = -1 };

extern const char *const label_names[NLABELS];
/* against, for or none, as the label says. */
const char	*label_polarity(int);
/* The label named s (n bytes), or L_NONE. */
int		 label_find(const char *s, size_t n);

#define MAXPOS	8

struct stem {
	char	*s;		/* lower-case word start */
	size_t	 n;
	size_t	 rule;
	long	 next;		/* next stem in the chain, or -1 */
};

#define STEM_PREFIX_BITS	65536

struct slang {
	char		 code[8];
	struct ruleset	 rs;		/* id label/neglabel priority pattern */
	int		*pos, *neg;	/* label of a match, plain or negated */
	long		*slot;		/* stem chains by hash, -1 empty */
	size_t		 nslot;
	struct stem	*stems;
	size_t		 nstems, minstem, maxstem;
	/* every prefix of a stem, by hash: a word stops being looked up
	 * at its first prefix no stem has (false hits only cost time) */
	uint64_t	 prefixes[STEM_PREFIX_BITS / 64];
	size_t		*always;	/* rules without a stem: always run */
	size_t		 nalways;
	unsigned	*mark;		/* rule marked for this record */
	size_t		*marked;	/* those rules, nmarked of them */
	size_t		 nmarked;
	unsigned	 gen;
	/* where its stems start words: the rule is tried there only,
	 * anchored (more than MAXPOS places: everywhere) */
	pcre2_code	**anchored;	/* compiled when first needed */
	unsigned char	*anchored_tried;
	uint32_t	(*at)[MAXPOS];
	unsigned char	*nat;
	struct wset	 negators;
	struct wset	 cancels;	/* words that undo a negation */
};

struct stance {
	struct slang	 lang[8];
	size_t		 n;
	struct rx	 rx;
	struct buf	 low;		/* the record's text, lower-cased */
	/* built-in rules that PCRE2 refused when first needed (out of
	 * memory: the tests compile every one), and the first's error */
	size_t		 nrefused;
	struct rules_err refused;
};

struct verdict {
	int		 label, label2;
	const char	*tsrc;		/* the target's text, or NULL */
	size_t		 ts, te;
	struct buf	 evidence;
};

/*
 * Loads lang/<code>/stance and negation, then the files given (which add
 * rules, or with replace take the built-in rules' place).  Returns 0, or
 * -1 with err filled.
 */
int	stance_init(struct stance *, const char *const *files, size_t n,
	    int replace, struct rules_err *);
void	stance_free(struct stance *);
/* The rules of a language, or NULL. */
struct slang *stance_lang(struct stance *, const char *code, size_t n);
/*
 * Judges a text (and the cue that introduced it, n may be 0) into v.
 * Returns the number of matches given up at a limit.
 */
unsigned long stance_judge(struct stance *, struct slang *,
	    const char *text, size_t n, const char *cue, size_t cn,
	    struct verdict *v);

#endif
