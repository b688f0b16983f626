/*
 * stance-tag: any records to the same records with the stance their
 * text takes (stance, stance2, polarity, target, evidence), or with
 * --summary and --dot, who takes which stance towards whom in each
 * document.  See stance-tag(1).
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "langid.h"
#include "stance.h"
#include "tool.h"

enum { OPT_ONLY = OPT_TOOL, OPT_SUMMARY, OPT_DOT };

static const char *const owncols[] = { "stance", "stance2", "polarity",
	"target", "evidence" };

/* One line of a summary: speaker, stance, target and how often. */
struct edge {
	char		*speaker, *target;
	int		 label;
	unsigned long	 count;
};

struct summary {
	struct buf	 doc;
	struct edge	*e;
	size_t		 n, cap;
	int		 dot;		/* Graphviz instead of a table */
	unsigned long	 docs;
};

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: stance-tag [-HhuV] [-l lang] [-r file] [-R file] "
	    "[--only labels]\n"
	    "                  [--summary | --dot] [--json] [file ...]\n");
	if (fp == stdout)
		fprintf(fp,
		    "Adds to each record the stance its text takes: stance "
		    "stance2 polarity target evidence.\n"
		    "  -l, --lang=LANG     language of every record (default: "
		    "its lang column, or detected)\n"
		    "  -r, --rules=FILE    more stance rules "
		    "(ondit-rules(5))\n"
		    "  -R, --replace=FILE  these rules instead of the "
		    "built-in ones\n"
		    "      --only=LABELS   keep records with one of these "
		    "labels (comma-separated)\n"
		    "      --summary       per document: speaker, stance, "
		    "target, count\n"
		    "      --dot           the same as a Graphviz graph\n"
		    "  -H, --no-header  --json  -u, --line-buffered  "
		    "-h, --help  -V, --version\n");
	exit(status);
}

static char *
dup_text(const char *s, size_t n)
{
	char	*d = malloc(n + 1);

	if (d == NULL)
		errx(2, "out of memory");
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

static void
summary_add(struct summary *sm, const char *sp, size_t spn, int label,
    const char *t, size_t tn)
{
	size_t	 i;

	for (i = 0; i < sm->n; i++)
		if (sm->e[i].label == label && strlen(sm->e[i].speaker) == spn &&
		    memcmp(sm->e[i].speaker, sp, spn) == 0 &&
		    strlen(sm->e[i].target) == tn &&
		    memcmp(sm->e[i].target, t, tn) == 0) {
			sm->e[i].count++;
			return;
		}
	if (sm->n == sm->cap) {
		sm->cap = sm->cap ? sm->cap * 2 : 64;
		if ((sm->e = realloc(sm->e, sm->cap * sizeof(*sm->e))) == NULL)
			errx(2, "out of memory");
	}
	sm->e[sm->n].speaker = dup_text(sp, spn);
	sm->e[sm->n].target = dup_text(t, tn);
	sm->e[sm->n].label = label;
	sm->e[sm->n].count = 1;
	sm->n++;
}

/* Writes s as a DOT string. */
static void
dot_string(struct buf *b, const char *s)
{
	(void)buf_addc(b, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			(void)buf_addc(b, '\\');
		(void)buf_addc(b, *s);
	}
	(void)buf_addc(b, '"');
}

/* Writes the summary of one document and forgets it. */
static void
summary_flush(struct summary *sm, struct rwriter *w)
{
	struct buf	 b = { 0 };
	size_t		 i;
	char		 num[32];

	if (sm->n == 0)
		return;
	if (sm->dot) {
		(void)buf_adds(&b, "digraph ");
		dot_string(&b, sm->doc.p);
		(void)buf_adds(&b, " {\n\trankdir=LR;\n\tnode [shape=box];\n");
		for (i = 0; i < sm->n; i++) {
			const struct edge *e = &sm->e[i];

			if (e->label == L_STATEMENT || e->speaker[0] == '\0')
				continue;
			(void)buf_addc(&b, '\t');
			dot_string(&b, e->speaker);
			(void)buf_adds(&b, " -> ");
			dot_string(&b, e->target[0] ? e->target : "?");
			snprintf(num, sizeof(num), "%s%s%lu",
			    label_names[e->label], e->count > 1 ? " x" : "",
			    e->count);
			(void)buf_adds(&b, " [label=");
			if (e->count > 1)
				dot_string(&b, num);
			else
				dot_string(&b, label_names[e->label]);
			(void)buf_adds(&b, strcmp(label_polarity(e->label),
			    "for") == 0 ? ", color=darkgreen" : ", color=red");
			(void)buf_adds(&b, "];\n");
		}
		(void)buf_adds(&b, "}\n");
		tool_check(w, buf_add(&w->out, b.p, b.n));
		tool_check(w, rw_flush(w));
	} else
		for (i = 0; i < sm->n; i++) {
			const struct edge *e = &sm->e[i];

			tool_check(w, rw_text(w, sm->doc.p, sm->doc.n));
			tool_check(w, rw_text(w, e->speaker, strlen(e->speaker)));
			tool_check(w, rw_text(w, label_names[e->label],
			    strlen(label_names[e->label])));
			tool_check(w, rw_text(w, e->target, strlen(e->target)));
			tool_check(w, rw_num(w, (long)e->count));
			tool_check(w, rw_end(w));
		}
	for (i = 0; i < sm->n; i++) {
		free(sm->e[i].speaker);
		free(sm->e[i].target);
	}
	sm->n = 0;
	buf_free(&b);
}

/* --only: labels as a bit set; exits 2 on an unknown one. */
static unsigned
parse_only(const char *arg)
{
	const char	*p = arg, *comma;
	unsigned	 set = 0;
	int		 l;

	for (;;) {
		comma = strchr(p, ',');
		l = label_find(p, comma ? (size_t)(comma - p) : strlen(p));
		if (l == L_NONE)
			errx(2, "--only: %.*s: not a label (accuse, deny, "
			    "reject, demand, threaten, defend, statement)",
			    (int)(comma ? comma - p : (long)strlen(p)), p);
		set |= 1u << l;
		if (comma == NULL)
			return set;
		p = comma + 1;
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ "replace", required_argument, NULL, 'R' },
		{ "only", required_argument, NULL, OPT_ONLY },
		{ "summary", no_argument, NULL, OPT_SUMMARY },
		{ "dot", no_argument, NULL, OPT_DOT },
		{ NULL, 0, NULL, 0 }
	};
	static const char *sumcols[] = { "doc", "speaker", "stance", "target",
	    "count" };
	struct common	 c;		/* options shared by all tools */
	unsigned	 only = 0;	/* --only: labels kept, 0 for all */
	int		 summary = 0;	/* --summary or --dot */
	int		 replace = 0;	/* -R given */
	struct summary	 sm;
	struct buf	 spbuf = { 0 };	/* an unescaped field */
	struct stance	 st;
	struct langid	 lid;
	struct rreader	 rr;
	struct rwriter	 w;
	struct layout	 lay;
	struct rec	 rec;
	struct stdvals	 sv;
	struct verdict	 v;
	struct rules_err e;
	const char	*path, *text, *cue = NULL, *sp;
	size_t		 len, cn = 0, spn;
	unsigned long	 kept = 0, gaveup;
	int		 ch, i, fd, r = 0, started = 0, status = 0, cuecol,
			 spcol;
	struct slang	*l;

	tool_init(&c);
	argv[0] = program_invocation_short_name;	/* getopt's messages */
	memset(&sm, 0, sizeof(sm));
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS "R:", longopts,
	    NULL)) != -1) {
		if (common_opt(&c, ch, optarg))
			continue;
		switch (ch) {
		case 'R':
			replace = 1;
			(void)common_opt(&c, 'r', optarg);
			break;
		case OPT_ONLY:
			only = parse_only(optarg);
			break;
		case OPT_SUMMARY:
			summary = 1;
			break;
		case OPT_DOT:
			summary = 1;
			sm.dot = 1;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'V':
			printf("stance-tag (ondit) %s\n", ONDIT_VERSION);
			return 0;
		default:
			usage(stderr, 2);
		}
	}
	argc -= optind;
	argv += optind;

	memset(&lid, 0, sizeof(lid));
	if (stance_init(&st, c.rules, c.nrules, replace, &e) == -1 ||
	    langid_init(&lid, &e) == -1) {
		tool_rules_error(&e);
		stance_free(&st);
		langid_free(&lid);
		return 2;
	}
	rw_init(&w, STDOUT_FILENO, c.json, c.linebuf);
	memset(&lay, 0, sizeof(lay));
	memset(&v, 0, sizeof(v));
	if (summary && !sm.dot)
		tool_check(&w, rw_header(&w, sumcols, 5, c.header));
	for (i = 0; (i == 0 || i < argc) && !tool_stop; i++) {
		path = argc ? argv[i] : "-";
		if ((fd = tool_open(path)) == -1) {
			status = 2;
			continue;
		}
		rr_init(&rr, fd, path);
		while (!tool_stop && (r = rr_next(&rr, &rec)) > 0) {
			if (tool_columns(&lay, &started, &rr, &rec, owncols,
			    5) && !summary)
				tool_check(&w, rw_header(&w, lay.names, lay.n,
				    c.header));
			cuecol = rr_col(&rr, "cue");
			spcol = rr_col(&rr, "speaker");
			text = tool_text(&rr, &rec, &len);
			rr_std(&rr, &rec, &sv);
			if (c.lang != NULL) {
				sv.lang.p = c.lang;
				sv.lang.n = strlen(c.lang);
			} else if (sv.lang.n == 0) {
				langid_reset(&lid);
				(void)langid_feed(&lid, text, len);
				sv.lang.p = langid_best(&lid);
				sv.lang.n = strlen(sv.lang.p);
			}
			l = stance_lang(&st, sv.lang.p, sv.lang.n);
			/* the cue is copied: rr_field reuses one buffer */
			cn = 0;
			if (cuecol >= 0 && (size_t)cuecol + 1 < rec.nf) {
				cue = rec.f[cuecol].p;
				cn = rec.f[cuecol].n;
			}
			gaveup = stance_judge(&st, l, text, len, cue, cn, &v);
			if (gaveup > 0)
				warnx("%s:%lu: %lu rule matches given up at the "
				    "match limit", path, rec.lineno, gaveup);
			if (only && !((only >> v.label) & 1) &&
			    !(v.label2 != L_NONE && ((only >> v.label2) & 1)))
				continue;
			kept++;
			if (summary) {
				spbuf.n = 0;
				if (sv.doc_plain)
					(void)buf_add(&spbuf, sv.doc.p, sv.doc.n);
				else if (rec_unescape(&spbuf, sv.doc.p,
				    sv.doc.n) < 0)
					errx(2, "out of memory");
				if (sm.doc.n != spbuf.n || (spbuf.n > 0 &&
				    memcmp(sm.doc.p, spbuf.p, spbuf.n) != 0)) {
					summary_flush(&sm, &w);
					sm.doc.n = 0;
					(void)buf_add(&sm.doc, spbuf.p, spbuf.n);
					(void)buf_nul(&sm.doc);
				}
				sp = "";
				spn = 0;
				if (spcol >= 0 && (size_t)spcol + 1 < rec.nf) {
					/* the field unescaped: written again */
					spbuf.n = 0;
					if (rec_unescape(&spbuf, rec.f[spcol].p,
					    rec.f[spcol].n) < 0)
						errx(2, "out of memory");
					sp = spbuf.p;
					spn = spbuf.n;
				}
				summary_add(&sm, sp, spn, v.label,
				    v.tsrc ? v.tsrc + v.ts : "", v.te - v.ts);
				continue;
			}
			tool_check(&w, rw_std(&w, &sv));
			tool_check(&w, rw_extras(&w, &lay, &rec));
			tool_check(&w, rw_text(&w, label_names[v.label],
			    strlen(label_names[v.label])));
			tool_check(&w, v.label2 == L_NONE ? rw_text(&w, "", 0) :
			    rw_text(&w, label_names[v.label2],
			    strlen(label_names[v.label2])));
			tool_check(&w, rw_text(&w, label_polarity(v.label),
			    strlen(label_polarity(v.label))));
			tool_check(&w, rw_text(&w, v.tsrc ? v.tsrc + v.ts : "",
			    v.te - v.ts));
			tool_check(&w, rw_text(&w, v.evidence.p,
			    v.evidence.n));
			tool_check(&w, rw_text(&w, text, len));
			tool_check(&w, rw_end(&w));
		}
		if (r == -1 && !tool_stop) {
			warn("%s", path);
			status = 2;
		}
		rr_free(&rr);
		tool_close(fd);
	}
	if (summary)
		summary_flush(&sm, &w);
	if (st.nrefused > 0) {
		/* a rule was left out of the run: its output is not whole */
		tool_rules_error(&st.refused);
		status = 2;
	}
	if (status == 0 && only && kept == 0)
		status = 1;
	buf_free(&sm.doc);
	buf_free(&spbuf);
	free(sm.e);
	buf_free(&v.evidence);
	layout_free(&lay);
	stance_free(&st);
	langid_free(&lid);
	return tool_finish(&w, status);
}
