/*
 * fuzz/rec.c: the record reader (lines, fields, header, escapes, standard
 * columns) on any bytes, then the writer's escaping: unescaping what
 * rec_escape wrote gives the text back.
 */
#include <stdio.h>

#include "fuzz.h"
#include "rec.h"
#include "u8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rreader	 rr;
	struct rec	 rec;
	struct stdvals	 sv;
	struct layout	 lay;
	struct buf	 esc = { 0 }, back = { 0 }, json = { 0 };
	static const char *const own[] = { "x", "y" };
	const char	*t;
	size_t		 len, i, flen;
	int		 fd, r, started = 0;

	fd = fuzz_fd(data, size);
	rr_init(&rr, fd, "fuzz");
	rr.lr.maxline = 64;	/* long lines come in parts, often */
	memset(&lay, 0, sizeof(lay));
	while ((r = rr_next(&rr, &rec)) > 0) {
		FUZZ_ASSERT(rec.nf >= 1);
		if (!started) {
			FUZZ_ASSERT(layout_init(&lay, &rr, &rec, own, 2) == 0);
			started = 1;
		} else if (rr.header_changed)
			(void)layout_remap(&lay, &rr);
		rr.header_changed = 0;
		(void)rr_col(&rr, "text");
		rr_std(&rr, &rec, &sv);
		for (i = 0; i < rec.nf; i++)
			FUZZ_ASSERT(rr_field(&rr, &rec.f[i], &flen) != NULL);
		t = rr_text(&rr, &rec, &len);
		FUZZ_ASSERT(t != NULL);
		FUZZ_ASSERT(u8_valid_prefix(t, len) == len);
		/* escaping round trip */
		esc.n = back.n = json.n = 0;
		FUZZ_ASSERT(rec_escape(&esc, t, len, 1) == 0);
		FUZZ_ASSERT(memchr(esc.p ? esc.p : "", '\t', esc.n) == NULL);
		FUZZ_ASSERT(memchr(esc.p ? esc.p : "", '\n', esc.n) == NULL);
		FUZZ_ASSERT(rec_unescape(&back, esc.p ? esc.p : "", esc.n)
		    == 0);
		FUZZ_ASSERT(back.n == len && (len == 0 ||
		    memcmp(back.p, t, len) == 0));
		FUZZ_ASSERT(json_string(&json, t, len) == 0);
	}
	FUZZ_ASSERT(r == 0);
	layout_free(&lay);
	rr_free(&rr);
	close(fd);
	buf_free(&esc);
	buf_free(&back);
	buf_free(&json);
	return 0;
}
