/* tool.c: command-line glue shared by the tools' main(). */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tool.h"

volatile sig_atomic_t tool_stop;

static void
on_signal(int sig)
{
	tool_stop = sig;
}

/*
 * A larger pipe to write to: in decode | segment | quote-extract |
 * stance-tag, the stages wait on each other less with 1 MiB pipes than
 * with Linux's 64 KiB (the pipeline took 7-15% less time on the bench's
 * stream).  Each tool enlarges the pipe it writes to, as far as
 * /proc/sys/fs/pipe-max-size lets it (1 MiB by default); elsewhere, or
 * when refused, the pipe stays as it is.
 */
static void
pipe_size(void)
{
#ifdef F_SETPIPE_SZ
	struct stat	 st;

	if (fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode) &&
	    fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20) == -1)
		(void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 256 << 10);
#endif
}

void
tool_init(struct common *c)
{
	struct sigaction sa;

	memset(c, 0, sizeof(*c));
	c->header = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* a blocked read returns: stop promptly */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	pipe_size();
}

static int
lang_code_ok(const char *s)
{
	size_t	 n = strlen(s), i;

	if (n < 2 || n > 3)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

int
common_opt(struct common *c, int ch, const char *arg)
{
	switch (ch) {
	case 'l':
		if (strcmp(arg, "auto") == 0) {
			c->lang = NULL;
			break;
		}
		if (!lang_code_ok(arg))
			errx(2, "%s: not a language code (fr, en, ... or auto)",
			    arg);
		c->lang = arg;
		break;
	case 'r':
		if (c->nrules == MAXRULEFILES)
			errx(2, "too many rule files (at most %d)",
			    MAXRULEFILES);
		c->rules[c->nrules++] = arg;
		break;
	case 'H':
		c->header = 0;
		break;
	case OPT_JSON:
		c->json = 1;
		break;
	case 'u':
		c->linebuf = 1;
		break;
	default:
		return 0;
	}
	return 1;
}

int
tool_open(const char *path)
{
	int	 fd;

	if (strcmp(path, "-") == 0)
		return STDIN_FILENO;
	if ((fd = open(path, O_RDONLY)) == -1)
		warn("%s", path);
	return fd;
}

void
tool_close(int fd)
{
	if (fd != STDIN_FILENO)
		close(fd);
}

static void
write_failed(void)
{
	if (errno == EPIPE)
		_exit(128 + SIGPIPE);	/* the reader has gone: quietly */
	if (errno == ENOMEM)
		errx(2, "out of memory");
	err(2, "write error");
}

void
tool_check(struct rwriter *w, int r)
{
	(void)w;
	if (r == -1)
		write_failed();
}

int
tool_finish(struct rwriter *w, int status)
{
	if (rw_flush(w) == -1)
		write_failed();
	rw_free(w);
	return tool_exit_status(status);
}

int
tool_columns(struct layout *l, int *started, struct rreader *rr,
    const struct rec *rec, const char *const *own, size_t nown)
{
	int	 first = !*started;

	if (first) {
		if (layout_init(l, rr, rec, own, nown) == -1)
			errx(2, "out of memory");
		if (l->dropped > 0)
			warnx("%s:%lu: more columns than %d: the last %zu "
			    "input columns are dropped", rr->name,
			    rec->lineno, LAYOUT_MAX, l->dropped);
		*started = 1;
	} else if (rr->header_changed && layout_remap(l, rr))
		warnx("%s:%lu: columns of this header that the first one "
		    "lacked are dropped", rr->name, rec->lineno);
	rr->header_changed = 0;
	return first;
}

const char *
tool_text(struct rreader *rr, const struct rec *rec, size_t *len)
{
	const char	*text;

	if ((text = rr_text(rr, rec, len)) == NULL)
		errx(2, "out of memory");
	if (rr->bad_escapes || rr->bad_bytes)
		warnx("%s:%lu: %lu bad escapes kept, %lu invalid bytes "
		    "replaced", rr->name, rec->lineno, rr->bad_escapes,
		    rr->bad_bytes);
	return text;
}

void
tool_rules_error(const struct rules_err *e)
{
	if (e->line > 0)
		warnx("%s:%u: %s", e->file, e->line, e->msg);
	else if (e->file[0] != '\0')
		warnx("%s: %s", e->file, e->msg);
	else
		warnx("%s", e->msg);
}

int
tool_exit_status(int status)
{
	return tool_stop ? 128 + tool_stop : status;
}
