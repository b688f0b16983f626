/*
 * rxreplay: replays the calls of one pattern that bench/rxprof.c dumped
 * (RXPROF_DUMP), against that pattern or a variant of it.
 *
 * usage: rxreplay pattern-file dump-file [runs]
 *
 * pattern-file: its compile options (a number) on the first line, then
 * the pattern (rxprof's dir/p.N, or an edited copy); dump-file: dir/d.N.
 * It compiles and JIT-compiles the pattern as the tools do and runs it on
 * each dumped subject from its start offset, runs times (default 1),
 * then prints the calls, the matches and the bytes read.  Run it under
 * callgrind with runs 1 and 0: the difference is what the matching
 * cost, which callgrind cannot show inside the JIT's code.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *
slurp(const char *path, size_t *n)
{
	FILE	*fp;
	char	*p;
	long	 len;

	if ((fp = fopen(path, "rb")) == NULL || fseek(fp, 0, SEEK_END) != 0 ||
	    (len = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
	    (p = malloc((size_t)len + 1)) == NULL ||
	    fread(p, 1, (size_t)len, fp) != (size_t)len) {
		perror(path);
		exit(2);
	}
	fclose(fp);
	p[len] = '\0';
	*n = (size_t)len;
	return p;
}

int
main(int argc, char *argv[])
{
	pcre2_code	*re;
	pcre2_match_data *md;
	pcre2_match_context *mc;
	pcre2_jit_stack	*js;
	PCRE2_UCHAR	 msg[256];
	PCRE2_SIZE	 off;
	uint32_t	 h[2];
	unsigned long	 opts, calls = 0, hits = 0, bytes = 0;
	size_t		 pn, dn, p;
	char		*pat, *d, *text, *end;
	int		 err, runs, r, rc;

	if (argc < 3) {
		fprintf(stderr, "usage: rxreplay pattern-file dump-file "
		    "[runs]\n");
		return 2;
	}
	pat = slurp(argv[1], &pn);
	d = slurp(argv[2], &dn);
	runs = argc > 3 ? atoi(argv[3]) : 1;
	opts = strtoul(pat, &end, 10);
	if (*end != '\n') {
		fprintf(stderr, "%s: no options line\n", argv[1]);
		return 2;
	}
	text = end + 1;
	pn -= (size_t)(text - pat);
	while (pn > 0 && text[pn - 1] == '\n')
		pn--;
	if ((re = pcre2_compile((PCRE2_SPTR)text, pn, (uint32_t)opts, &err,
	    &off, NULL)) == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		fprintf(stderr, "%s: offset %zu: %s\n", argv[1], (size_t)off,
		    (char *)msg);
		return 2;
	}
	if (pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) != 0)
		fprintf(stderr, "%s: no JIT, the interpreter then\n", argv[1]);
	md = pcre2_match_data_create(32, NULL);
	mc = pcre2_match_context_create(NULL);
	js = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	pcre2_jit_stack_assign(mc, NULL, js);
	for (r = 0; r < runs; r++)
		for (p = 0; p + sizeof(h) <= dn; p += h[0]) {
			memcpy(h, d + p, sizeof(h));
			p += sizeof(h);
			if (h[0] > dn - p || h[1] > h[0])
				break;
			rc = pcre2_match(re, (PCRE2_SPTR)(d + p), h[0], h[1],
			    PCRE2_NO_UTF_CHECK, md, mc);
			calls++;
			hits += rc >= 0;
			bytes += h[0] - h[1];
		}
	printf("calls %lu matches %lu bytes %lu\n", calls, hits, bytes);
	pcre2_jit_stack_free(js);
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	free(pat);
	free(d);
	return 0;
}
