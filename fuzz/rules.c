/*
 * fuzz/rules.c: the rule-file loader.  The input is a rule file given
 * with -r to every tool: lists and patterns of every section, defines and
 * macros, "!id", languages; then each pattern that compiled is run on the
 * file's own text under the match limits.
 */
#include <fcntl.h>
#include <stdio.h>

#include "fuzz.h"
#include "rules.h"
#include "sent.h"
#include "u8.h"

static const char *const lists[] = { "titles", "abbreviations", "final",
	"starters", "continuers", "attributions", "stopwords", NULL };

struct sets {
	struct wset	 w;
	struct ruleset	 rs;
};

static int
entry(void *ctx, const char *kind, const char *lang, const char *s,
    size_t n, const char *file, unsigned line, struct rules_err *err)
{
	struct sets	*st = ctx;
	size_t		 i;

	for (i = 0; lists[i] != NULL; i++)
		if (strcmp(kind, lists[i]) == 0)
			return wset_entry(&st->w, kind, lang, s, n, file, line,
			    err);
	return ruleset_entry(&st->rs, kind, lang, s, n, file, line, err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct buf text;
	static int	 ready;
	static char	 path[64];
	const char	*files[1] = { path };
	struct rules_err e;
	struct rx	 rx;
	struct sets	 st;
	struct splitter	 sp;
	size_t		 i;
	int		 fd;

	/* a matcher per input: its table of patterns is by address, and
	 * this input's patterns are freed at its end */
	FUZZ_ASSERT(rx_init(&rx) == 0);
	if (!ready) {
		snprintf(path, sizeof(path), "/tmp/ondit-fuzz-rules.%ld",
		    (long)getpid());
		ready = 1;
	}
	memset(&st, 0, sizeof(st));
	memset(&e, 0, sizeof(e));
	st.rs.nfields = 1 + size % 3;
	if (rules_scan((const char *)data, size, "fuzz", "stance", entry, &st,
	    &e) == -1)
		FUZZ_ASSERT(e.msg[0] != '\0' && e.line > 0);
	/* patterns run on valid UTF-8 only, as in the tools */
	text.n = 0;
	FUZZ_ASSERT(u8_sanitize(&text, (const char *)data, size) >= 0);
	for (i = 0; i < st.rs.n; i++)
		(void)rx_find(&rx, st.rs.r[i].re, text.p ? text.p : "",
		    text.n, 0, 0);
	wset_free(&st.w);
	ruleset_free(&st.rs);
	rx_free(&rx);

	/* the real loader of segment, from a file */
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1)
		abort();
	FUZZ_ASSERT(write(fd, data, size) == (ssize_t)size);
	close(fd);
	memset(&e, 0, sizeof(e));
	if (splitter_init(&sp, files, 1, &e) == -1)
		FUZZ_ASSERT(e.msg[0] != '\0');
	splitter_free(&sp);
	return 0;
}
