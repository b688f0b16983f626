/*
 * fuzz/charset.c: decode's charset detection on any bytes (as a whole
 * document and as the head of a longer one), then the conversion by the
 * table it chose and the per-line guess: converted text is valid UTF-8.
 */
#include <stdio.h>

#include "decode.h"
#include "fuzz.h"
#include "u8.h"

static struct detector det;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int	 ready;
	static const char *const langs[] = { "fr", "en", "de" };
	struct rules_err e;
	struct guess	 g;
	struct buf	 out = { 0 };
	const char	*p = (const char *)data;
	int		 whole, t;
	long		 bad;

	if (!ready) {
		memset(&e, 0, sizeof(e));
		FUZZ_ASSERT(detector_init(&det, &e) == 0);
		ready = 1;
	}
	for (whole = 0; whole < 2; whole++) {
		memset(&g, 0, sizeof(g));
		if (detect(&det, p, size, whole, &g) == -1)
			continue;
		FUZZ_ASSERT(g.name != NULL && g.why != NULL);
		FUZZ_ASSERT(g.bom <= size);
		t = g.kind == CS_SINGLE ? g.sbcs : g.fallback;
		FUZZ_ASSERT(t >= -1 && t < NSBCS);
		if (g.kind == CS_SINGLE)
			FUZZ_ASSERT(t >= 0);
		if (t >= 0) {
			out.n = 0;
			bad = sbcs_convert(&det.cs[t], p + g.bom,
			    size - g.bom, &out);
			FUZZ_ASSERT(bad >= 0);
			FUZZ_ASSERT(u8_valid_prefix(out.p ? out.p : "", out.n)
			    == out.n);
		}
	}
	t = guess_sbcs(&det, p, size);
	FUZZ_ASSERT(t >= 0 && t < NSBCS);
	out.n = 0;
	FUZZ_ASSERT(u8_sanitize(&out, p, size) >= 0);
	(void)letters_lang(&det, out.p ? out.p : "", out.n, langs, 3);
	buf_free(&out);
	return 0;
}
