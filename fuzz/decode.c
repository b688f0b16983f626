/*
 * fuzz/decode.c: one whole document through decode (detection, lines,
 * conversion, repair, references, cleaning, language, paragraphs,
 * boilerplate) with options taken from the input's length; the records
 * go to /dev/null.
 */
#include <fcntl.h>
#include <stdio.h>

#include "decode.h"
#include "fuzz.h"
#include "tool.h"

static struct decoder d;
static struct rwriter w;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int	 ready;
	struct dopts	 o;
	struct rules_err e;
	int		 fd, r;

	if (!ready) {
		memset(&o, 0, sizeof(o));
		memset(&e, 0, sizeof(e));
		o.repair = 1;
		o.entities = ENT_AUTO;
		rw_init(&w, open("/dev/null", O_WRONLY), 0, 0);
		FUZZ_ASSERT(decoder_init(&d, &o, &w, NULL, 0, &e) == 0);
		ready = 1;
	}
	d.o.keep = size & 1;
	d.o.plain_spaces = (size >> 1) & 1;
	d.o.repair = !((size >> 2) & 1);
	d.o.entities = (size >> 3) % 3;
	fd = fuzz_fd(data, size);
	r = decode_doc(&d, fd, "fuzz");
	FUZZ_ASSERT(r >= 0 && r <= 2);
	close(fd);
	FUZZ_ASSERT(rw_flush(&w) == 0);
	return 0;
}
