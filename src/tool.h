/* tool.h: what every tool's main() shares: options, files, output. */
#ifndef ONDIT_TOOL_H
#define ONDIT_TOOL_H

#include <getopt.h>
#include <signal.h>

#include "rec.h"
#include "rules.h"

#ifndef ONDIT_VERSION
#define ONDIT_VERSION	"0.0"
#endif

#define MAXRULEFILES	32

/* Options every tool takes (ondit(7)). */
struct common {
	const char	*lang;		/* -l: language code, NULL for auto */
	const char	*rules[MAXRULEFILES]; /* -r: rule files, in order */
	size_t		 nrules;
	int		 header;	/* write the header (not -H) */
	int		 json;		/* --json: JSON Lines */
	int		 linebuf;	/* -u: write each record at once */
};

enum { OPT_JSON = 256, OPT_TOOL };

#define COMMON_SHORTOPTS	"hVl:r:Hu"
#define COMMON_LONGOPTS \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, 'V' }, \
	{ "lang", required_argument, NULL, 'l' }, \
	{ "rules", required_argument, NULL, 'r' }, \
	{ "no-header", no_argument, NULL, 'H' }, \
	{ "json", no_argument, NULL, OPT_JSON }, \
	{ "line-buffered", no_argument, NULL, 'u' }

/* Set by SIGTERM, SIGINT and SIGHUP: stop after the current record. */
extern volatile sig_atomic_t tool_stop;

void	tool_init(struct common *);
/* Handles a common option (exits 2 on a bad value); 1 if it was one. */
int	common_opt(struct common *, int ch, const char *arg);
/* Opens a file argument ("-" is stdin); warns and returns -1 on error. */
int	tool_open(const char *path);
void	tool_close(int fd);
/* Checks a writer result: on failure, a message and exit 2. */
void	tool_check(struct rwriter *, int result);
/* Writes out what is left; returns the exit status to use. */
int	tool_finish(struct rwriter *, int status);
/*
 * Sets the output columns at the first record; at a later header, maps
 * them again and warns when input columns get dropped.  Returns 1 when
 * the columns were just set: the caller then writes its header.
 */
int	tool_columns(struct layout *, int *started, struct rreader *,
	    const struct rec *, const char *const *own, size_t nown);
/* The record's text, warning with its line about what was repaired. */
const char *tool_text(struct rreader *, const struct rec *, size_t *len);
/* Prints a rule-file error as "tool: file:line: message". */
void	tool_rules_error(const struct rules_err *);
/* The exit status after a signal stopped the run, or status. */
int	tool_exit_status(int status);

#endif
