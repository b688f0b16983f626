/*
 * decode: raw article bytes, in any charset, to clean UTF-8 paragraph
 * records (doc lang par sent text).  See decode(1).
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "decode.h"
#include "tool.h"

enum { OPT_ID = OPT_TOOL, OPT_ENTITIES, OPT_NO_REPAIR, OPT_INPUT, OPT_HTML,
    OPT_TEXT, OPT_META };

static const struct option longopts[] = {
	COMMON_LONGOPTS,
	{ "from", required_argument, NULL, 'f' },
	{ "keep", no_argument, NULL, 'k' },
	{ "plain-spaces", no_argument, NULL, 's' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "entities", required_argument, NULL, OPT_ENTITIES },
	{ "html", no_argument, NULL, OPT_HTML },
	{ "id", required_argument, NULL, OPT_ID },
	{ "input", required_argument, NULL, OPT_INPUT },
	{ "meta", no_argument, NULL, OPT_META },
	{ "no-repair", no_argument, NULL, OPT_NO_REPAIR },
	{ "text", no_argument, NULL, OPT_TEXT },
	{ NULL, 0, NULL, 0 }
};

/* The output columns: the standard ones, --meta's, -k's, the text. */
static const char *cols[] = { "doc", "lang", "par", "sent", "date",
    "author", "url", "site", "boiler", "text" };

/* The columns of the options in names; returns how many. */
static size_t
columns(const struct dopts *o, const char **names)
{
	size_t	 i, n = 0;

	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		if ((i < 4 || i > 8) || (i < 8 && o->meta) ||
		    (i == 8 && o->keep))
			names[n++] = cols[i];
	return n;
}

static void
usage(FILE *fp, int status)
{
	fprintf(fp,
	    "usage: decode [-HhksuVv] [-f charset] [-l lang] [-r file] "
	    "[--entities=auto|yes|no]\n"
	    "              [--html | --text] [--id name] [--input=doc|jsonl|tsv] "
	    "[--json]\n"
	    "              [--meta] [--no-repair] [file ...]\n");
	if (fp == stdout)
		fprintf(fp,
		    "Raw article bytes in any charset to paragraph records "
		    "(doc lang par sent text).\n"
		    "  -f, --from=CHARSET   read as CHARSET, no detection\n"
		    "  -k, --keep           keep boilerplate, marked in column "
		    "boiler\n"
		    "  -l, --lang=LANG      language code instead of detection\n"
		    "  -r, --rules=FILE     more boilerplate rules "
		    "(ondit-rules(5))\n"
		    "  -s, --plain-spaces   write every space as U+0020\n"
		    "  -v, --verbose        report each document's decisions\n"
		    "      --entities=MODE  HTML references: auto, yes, no\n"
		    "      --html           read every document as a web page\n"
		    "      --text           read every document as text\n"
		    "      --id=NAME        doc id of standard input\n"
		    "      --input=FORMAT   doc: a file is a document; jsonl, "
		    "tsv: a line is one\n"
		    "      --meta           columns date author url site\n"
		    "      --no-repair      leave mojibake as it is\n"
		    "  -H, --no-header  --json  -u, --line-buffered  "
		    "-h, --help  -V, --version\n");
	exit(status);
}

static enum ent_mode
entities_mode(const char *arg)
{
	if (strcmp(arg, "auto") == 0)
		return ENT_AUTO;
	if (strcmp(arg, "yes") == 0)
		return ENT_YES;
	if (strcmp(arg, "no") != 0)
		errx(2, "--entities: %s: not auto, yes or no", arg);
	return ENT_NO;
}

static enum input_kind
input_kind(const char *arg)
{
	if (strcmp(arg, "doc") == 0)
		return INPUT_DOC;
	if (strcmp(arg, "jsonl") == 0)
		return INPUT_JSONL;
	if (strcmp(arg, "tsv") != 0)
		errx(2, "--input: %s: not doc, jsonl or tsv", arg);
	return INPUT_TSV;
}

int
main(int argc, char *argv[])
{
	struct common	 c;		/* options shared by all tools */
	struct dopts	 o;		/* decode's own options */
	const char	*stdin_id = "-";/* --id: doc id of stdin */
	enum input_kind	 input = INPUT_DOC; /* --input: documents per line */
	struct decoder	 d;
	struct rwriter	 w;
	struct rules_err e;
	const char	*names[10];	/* the output columns */
	int		 ch, fd, i, status = 0, r;

	/* getopt's messages name the tool as err(3) does, not its path */
	argv[0] = program_invocation_short_name;
	tool_init(&c);
	memset(&o, 0, sizeof(o));
	memset(&e, 0, sizeof(e));	/* an error may fill only msg */
	o.repair = 1;
	o.entities = ENT_AUTO;
	o.html = HTML_AUTO;
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS "f:ksv",
	    longopts, NULL)) != -1) {
		if (common_opt(&c, ch, optarg))
			continue;
		switch (ch) {
		case 'f':
			o.charset = optarg;
			break;
		case 'k':
			o.keep = 1;
			break;
		case 's':
			o.plain_spaces = 1;
			break;
		case 'v':
			o.verbose = 1;
			break;
		case OPT_ENTITIES:
			o.entities = entities_mode(optarg);
			break;
		case OPT_ID:
			stdin_id = optarg;
			break;
		case OPT_INPUT:
			input = input_kind(optarg);
			break;
		case OPT_NO_REPAIR:
			o.repair = 0;
			break;
		case OPT_HTML:
			o.html = HTML_YES;
			break;
		case OPT_TEXT:
			o.html = HTML_NO;
			break;
		case OPT_META:
			o.meta = 1;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'V':
			printf("decode (ondit) %s\n", ONDIT_VERSION);
			return 0;
		default:
			usage(stderr, 2);
		}
	}
	argc -= optind;
	argv += optind;
	o.lang = c.lang;

	if (input != INPUT_DOC && strcmp(stdin_id, "-") != 0)
		errx(2, "--id: the ids come from the input with --input");
	if (o.charset != NULL && !charset_known(o.charset))
		errx(2, "-f %s: charset unknown to iconv", o.charset);

	rw_init(&w, STDOUT_FILENO, c.json, c.linebuf);
	if (decoder_init(&d, &o, &w, c.rules, c.nrules, &e) == -1) {
		tool_rules_error(&e);
		decoder_free(&d);
		return 2;
	}
	tool_check(&w, rw_header(&w, names, columns(&o, names), c.header));

	for (i = 0; i == 0 || i < argc; i++) {
		const char *path = argc ? argv[i] : "-";

		if (tool_stop)
			break;
		if ((fd = tool_open(path)) == -1) {
			status = 2;
			continue;
		}
		if (input != INPUT_DOC)
			r = decode_lines(&d, fd, path, input);
		else
			r = decode_doc(&d, fd, strcmp(path, "-") ? path :
			    stdin_id);
		if (r > status)
			status = r;
		tool_close(fd);
	}
	decoder_free(&d);
	return tool_finish(&w, status);
}
