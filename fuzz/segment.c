/*
 * fuzz/segment.c: sentence boundaries on any valid UTF-8 text, for
 * French, English and a language without lists, with a sentence length
 * limit from the input's length.  What segment writes is the text: the
 * sentences are in order, within the text, never empty, never longer than
 * the limit, and what lies between them is space only (nothing lost).
 */
#include <stdio.h>

#include "fuzz.h"
#include "sent.h"
#include "u8.h"

static struct splitter sp;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int	 ready;
	static const char *const langs[] = { "fr", "en", "und" };
	struct rules_err e;
	struct buf	 text = { 0 };
	const struct sentrules *sr;
	struct span	 s;
	const char	*t;
	size_t		 n, pos, last, maxlen, i, k;
	int		 cut, len, l, guard;

	if (!ready) {
		memset(&e, 0, sizeof(e));
		FUZZ_ASSERT(splitter_init(&sp, NULL, 0, &e) == 0);
		ready = 1;
	}
	FUZZ_ASSERT(u8_sanitize(&text, (const char *)data, size) >= 0);
	t = text.p ? text.p : "";
	n = text.n;
	maxlen = size % 2 ? 16 + size % 64 : 1u << 16;
	for (l = 0; l < 3; l++) {
		sr = splitter_lang(&sp, langs[l], strlen(langs[l]));
		FUZZ_ASSERT(sr != NULL);
		last = 0;
		guard = 0;
		for (pos = 0; sent_next(sr, t, n, maxlen, &pos, &s, &cut);) {
			FUZZ_ASSERT(s.start >= last && s.start < s.end);
			FUZZ_ASSERT(s.end <= n && pos >= s.end && pos <= n);
			FUZZ_ASSERT(s.end - s.start <= maxlen);
			FUZZ_ASSERT(u8_valid_prefix(t + s.start,
			    s.end - s.start) == s.end - s.start);
			for (i = last; i < s.start; i += (size_t)len)
				FUZZ_ASSERT((len = sent_space(t + i, n - i))
				    > 0);
			FUZZ_ASSERT(++guard <= (int)n + 1);
			last = s.end;
		}
		for (k = last; k < n; k += (size_t)len)
			FUZZ_ASSERT((len = sent_space(t + k, n - k)) > 0);
	}
	buf_free(&text);
	return 0;
}
