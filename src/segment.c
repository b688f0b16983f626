/*
 * segment: paragraph records (or plain lines) to one record per sentence,
 * numbered within the paragraph.  See segment(1).
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "langid.h"
#include "sent.h"
#include "tool.h"

#define SENT_MAX	(64u << 10)	/* longest sentence, in bytes */

/* The language of records that have no lang column, per document. */
struct doclang {
	struct langid	 lid;
	struct buf	 doc;		/* document being identified */
	const char	*code;		/* "und" until the stopwords say */
	int		 known;		/* code is not "und" */
};

/* The lists of the last language code, found again when it changes. */
struct langcache {
	char		 code[16];
	size_t		 n;
	const struct sentrules *rules;	/* NULL: nothing cached */
};

static const char *
record_lang(struct doclang *dl, const struct stdvals *sv, const char *text,
    size_t len)
{
	if (dl->doc.n != sv->doc.n || (sv->doc.n > 0 &&
	    memcmp(dl->doc.p, sv->doc.p, sv->doc.n) != 0)) {
		dl->doc.n = 0;
		if (buf_add(&dl->doc, sv->doc.p, sv->doc.n) == -1)
			return "und";
		langid_reset(&dl->lid);
		dl->code = "und";
		dl->known = 0;
	}
	if (!dl->known) {
		(void)langid_feed(&dl->lid, text, len);
		dl->code = langid_best(&dl->lid);
		dl->known = strcmp(dl->code, "und") != 0;
	}
	return dl->code;
}

static const struct sentrules *
rules_for(struct langcache *lc, const struct splitter *sp, const char *code,
    size_t n)
{
	size_t	 i;

	if (lc->rules != NULL && lc->n == n) {
		for (i = 0; i < n && lc->code[i] == code[i]; i++)
			;
		if (i == n)
			return lc->rules;
	}
	lc->rules = NULL;
	if (n <= sizeof(lc->code)) {
		for (i = 0; i < n; i++)
			lc->code[i] = code[i];
		lc->n = n;
		lc->rules = splitter_lang(sp, code, n);
		return lc->rules;
	}
	return splitter_lang(sp, code, n);
}

/* One sentence's record (its text alone when sv is NULL); 0 or -1. */
static int
write_sentence(struct rwriter *w, const struct stdvals *sv,
    const struct layout *lay, const struct rec *rec, const char *p, size_t n)
{
	if (sv != NULL && (rw_std(w, sv) == -1 ||
	    rw_extras(w, lay, rec) == -1))
		return -1;
	if (rw_text(w, p, n) == -1)
		return -1;
	return rw_end(w);
}

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: segment [-HhpuV] [-l lang] [-m bytes] [-r file] "
	    "[--json] [file ...]\n");
	if (fp == stdout)
		fprintf(fp,
		    "Paragraph records or plain lines to one record per "
		    "sentence.\n"
		    "  -l, --lang=LANG        language of every record "
		    "(default: its lang column, or detected)\n"
		    "  -m, --max-length=BYTES cut longer sentences at a space "
		    "(default 65536)\n"
		    "  -p, --plain            write only the sentences, one "
		    "per line\n"
		    "  -r, --rules=FILE       more abbreviations and starters "
		    "(ondit-rules(5))\n"
		    "  -H, --no-header  --json  -u, --line-buffered  "
		    "-h, --help  -V, --version\n");
	exit(status);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ "max-length", required_argument, NULL, 'm' },
		{ "plain", no_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	struct common	 c;		/* options shared by all tools */
	int		 plain = 0;	/* -p: sentences only */
	size_t		 maxlen = SENT_MAX; /* -m: longest sentence */
	struct splitter	 sp;
	const struct sentrules *rules;
	struct doclang	 dl;
	struct langcache lc;
	struct rreader	 rr;
	struct rwriter	 w;
	struct layout	 lay;
	struct rec	 rec;
	struct stdvals	 sv;
	struct rules_err e;
	const char	*text, *lang, *path;
	size_t		 len, pos;
	struct span	 s;
	long		 sentno = 0;
	unsigned long	 cuts;
	int		 ch, i, fd, r = 0, cut, started = 0, status = 0;
	char		*end;

	tool_init(&c);
	argv[0] = program_invocation_short_name;	/* getopt's messages */
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS "m:p", longopts,
	    NULL)) != -1) {
		if (common_opt(&c, ch, optarg))
			continue;
		switch (ch) {
		case 'm':
			maxlen = strtoul(optarg, &end, 10);
			if (*end != '\0' || maxlen < 16 || optarg[0] == '-')
				errx(2, "-m %s: not a length of 16 bytes or more",
				    optarg);
			break;
		case 'p':
			plain = 1;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'V':
			printf("segment (ondit) %s\n", ONDIT_VERSION);
			return 0;
		default:
			usage(stderr, 2);
		}
	}
	argc -= optind;
	argv += optind;

	memset(&dl, 0, sizeof(dl));
	if (splitter_init(&sp, c.rules, c.nrules, &e) == -1 ||
	    langid_init(&dl.lid, &e) == -1) {
		tool_rules_error(&e);
		splitter_free(&sp);
		langid_free(&dl.lid);
		return 2;
	}
	memset(&dl.doc, 0, sizeof(dl.doc));
	dl.code = "und";
	memset(&lc, 0, sizeof(lc));
	rw_init(&w, STDOUT_FILENO, c.json, c.linebuf);
	memset(&lay, 0, sizeof(lay));

	for (i = 0; (i == 0 || i < argc) && !tool_stop; i++) {
		path = argc ? argv[i] : "-";
		if ((fd = tool_open(path)) == -1) {
			status = 2;
			continue;
		}
		rr_init(&rr, fd, path);
		while (!tool_stop && (r = rr_next(&rr, &rec)) > 0) {
			if (tool_columns(&lay, &started, &rr, &rec, NULL, 0)) {
				if (plain)
					tool_check(&w, rw_header(&w,
					    &lay.names[lay.n - 1], 1, 0));
				else
					tool_check(&w, rw_header(&w, lay.names,
					    lay.n, c.header));
			}
			text = tool_text(&rr, &rec, &len);
			if (rec.part == 1)
				warnx("%s:%lu: record longer than %u MiB, read "
				    "in parts: sentences may be cut there",
				    path, rec.lineno, LR_MAXLINE >> 20);
			rr_std(&rr, &rec, &sv);
			if (c.lang != NULL)
				lang = c.lang;
			else if (sv.lang.n > 0)
				lang = NULL;
			else
				lang = record_lang(&dl, &sv, text, len);
			if (lang != NULL) {
				sv.lang.p = lang;
				sv.lang.n = strlen(lang);
			}
			if (rec.part <= 1)
				sentno = 0;
			cuts = 0;
			rules = rules_for(&lc, &sp, sv.lang.p, sv.lang.n);
			for (pos = 0; sent_next(rules, text, len, maxlen, &pos,
			    &s, &cut);) {
				cuts += cut;
				sv.sent = ++sentno;
				tool_check(&w, write_sentence(&w,
				    plain ? NULL : &sv, &lay, &rec,
				    text + s.start, s.end - s.start));
			}
			if (cuts > 0)
				warnx("%s:%lu: %lu sentences longer than %zu "
				    "bytes cut at a space", path, rec.lineno,
				    cuts, maxlen);
		}
		if (r == -1 && !tool_stop) {
			warn("%s", path);
			status = 2;
		}
		rr_free(&rr);
		tool_close(fd);
	}
	layout_free(&lay);
	splitter_free(&sp);
	langid_free(&dl.lid);
	buf_free(&dl.doc);
	return tool_finish(&w, status);
}
