/*
 * fuzz/repair.c: mojibake repair, HTML references and line cleaning on
 * any valid UTF-8 line (what decode gives them): each stage writes valid
 * UTF-8, and cleaning leaves no control character, TAB or LF.
 */
#include <stdio.h>

#include "decode.h"
#include "fuzz.h"
#include "u8.h"

static struct detector det;

static int
valid(const struct buf *b)
{
	return u8_valid_prefix(b->p ? b->p : "", b->n) == b->n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int	 ready, w1252;
	struct rules_err e;
	struct buf	 line = { 0 }, rep = { 0 }, tmp = { 0 }, ent = { 0 },
			 clean = { 0 }, work[2] = { { 0 }, { 0 } };
	struct clean_stats cs = { 0 };
	const char	*t;
	size_t		 tn, i;
	long		 k;
	int		 edges, mode;

	if (!ready) {
		memset(&e, 0, sizeof(e));
		FUZZ_ASSERT(detector_init(&det, &e) == 0);
		w1252 = sbcs_find(&det, "windows-1252");
		FUZZ_ASSERT(w1252 >= 0);
		ready = 1;
	}
	FUZZ_ASSERT(u8_sanitize(&line, (const char *)data, size) >= 0);
	t = line.p ? line.p : "";
	tn = line.n;
	k = repair_mojibake(t, tn, &det.cs[w1252], &rep, &tmp);
	FUZZ_ASSERT(k >= 0);
	if (k > 0) {
		FUZZ_ASSERT(valid(&rep));
		t = rep.p;
		tn = rep.n;
	}
	for (mode = ENT_AUTO; mode <= ENT_YES; mode++) {
		ent.n = 0;
		FUZZ_ASSERT(decode_entities(t, tn, mode, &det.cs[w1252],
		    &ent) >= 0);
		FUZZ_ASSERT(valid(&ent));
	}
	for (mode = 0; mode < 2; mode++) {
		clean.n = 0;
		FUZZ_ASSERT(clean_line(ent.p ? ent.p : "", ent.n, mode, &clean,
		    work, &cs, &edges) == 0);
		FUZZ_ASSERT(valid(&clean));
		for (i = 0; i < clean.n; i++)
			FUZZ_ASSERT((unsigned char)clean.p[i] >= 0x20 &&
			    clean.p[i] != 0x7F);
		if (clean.n > 0)
			FUZZ_ASSERT(clean.p[0] != ' ' &&
			    clean.p[clean.n - 1] != ' ');
	}
	buf_free(&line);
	buf_free(&rep);
	buf_free(&tmp);
	buf_free(&ent);
	buf_free(&clean);
	buf_free(&work[0]);
	buf_free(&work[1]);
	return 0;
}
