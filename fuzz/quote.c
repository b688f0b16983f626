/*
 * fuzz/quote.c: quote-extract's record loop (paragraphs gathered,
 * quotation marks paired, attribution rules, speakers, reported speech,
 * quotations carried across paragraphs) on any record stream.  The
 * tool's main.c is compiled here so that its stages are callable; the
 * records go to /dev/null.
 */
#include <fcntl.h>

#define main	quote_extract_main
#include "../src/quote-extract/main.c"
#undef main

#include "fuzz.h"

/* (no rules compiled at build here: each is compiled from its text) */
const struct packed_rules qx_packed = { 0, NULL, NULL };

static struct qx x;
static struct rwriter w;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int	 ready;
	struct rules_err e;
	struct rreader	 rr;
	struct rec	 rec;
	int		 fd, r, started = 0;

	if (!ready) {
		memset(&e, 0, sizeof(e));
		FUZZ_ASSERT(attrib_init(&x.at, NULL, 0, NULL, &e) == 0);
		FUZZ_ASSERT(splitter_init(&x.sp, NULL, 0, &e) == 0);
		FUZZ_ASSERT(langid_init(&x.lid, &e) == 0);
		rw_init(&w, open("/dev/null", O_WRONLY), 0, 0);
		x.w = &w;
		ready = 1;
	}
	x.only_attributed = size & 1;
	fd = fuzz_fd(data, size);
	x.file = "fuzz";
	rr_init(&rr, fd, "fuzz");
	while ((r = rr_next(&rr, &rec)) > 0) {
		if (started && rr.header_changed)
			end_paragraph(&x);
		if (tool_columns(&x.lay, &started, &rr, &rec, owncols, 5))
			FUZZ_ASSERT(rw_header(&w, x.lay.names, x.lay.n, 1)
			    == 0);
		record(&x, &rr, &rec);
	}
	FUZZ_ASSERT(r == 0);
	end_paragraph(&x);
	rr_free(&rr);
	close(fd);
	flush_carry(&x);
	FUZZ_ASSERT(!x.carry.pending && x.nout == 0 && !x.open);
	/* the next input is another document */
	layout_free(&x.lay);
	memset(&x.lay, 0, sizeof(x.lay));
	x.doc.n = 0;
	history_reset(&x.h);
	FUZZ_ASSERT(rw_flush(&w) == 0);
	return 0;
}
