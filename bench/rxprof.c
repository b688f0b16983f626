/*
 * rxprof: which PCRE2 pattern costs what, for bench/profile.sh.
 *
 * usage: RXPROF_OUT=file LD_PRELOAD=rxprof.so tool ...
 *
 * perf and callgrind see PCRE2's JIT code as anonymous memory, so the time
 * spent in a rule cannot be traced back to it.  This preloaded library
 * wraps pcre2_compile_8() to remember each pattern's text, and
 * pcre2_match_8() and pcre2_jit_match_8() to count, per compiled pattern,
 * the calls, matches, subject bytes from the start offset, and the time
 * (CLOCK_MONOTONIC).
 * At exit it writes one TSV line per pattern to RXPROF_OUT (or stderr):
 * ns calls matches bytes pattern (the pattern's first 200 bytes, with
 * tabs and newlines as spaces), most expensive first.  The tools are not
 * changed; the clock calls add about 40 ns per match.
 *
 * With RXPROF_DUMP=dir (an existing directory), it also writes each
 * pattern's options and whole text to dir/p.N (N its slot: "opts\n" then
 * the pattern) and appends every call to dir/d.N (subject length and
 * start offset as two uint32, then the subject), for bench/rxreplay.c,
 * which replays them against the pattern or a variant of it, under
 * callgrind: what each part of a rule costs, in instructions.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#define NSLOT	8192	/* open addressing; far more than any tool's rules */
#define PATMAX	200

struct slot {
	const void	*code;
	uint64_t	 ns, calls, matches, bytes;
	char		 pat[PATMAX + 1];
};

static struct slot	slots[NSLOT];
static const char	*dumpdir;	/* RXPROF_DUMP */
static pcre2_code	*(*real_compile)(PCRE2_SPTR, PCRE2_SIZE, uint32_t,
			    int *, PCRE2_SIZE *, pcre2_compile_context *);
static int		(*real_jit_match)(const pcre2_code *, PCRE2_SPTR,
			    PCRE2_SIZE, PCRE2_SIZE, uint32_t, pcre2_match_data *,
			    pcre2_match_context *);
static int		(*real_match)(const pcre2_code *, PCRE2_SPTR,
			    PCRE2_SIZE, PCRE2_SIZE, uint32_t,
			    pcre2_match_data *, pcre2_match_context *);

static struct slot *
lookup(const void *code)
{
	size_t	i = ((uintptr_t)code >> 4) % NSLOT, k;

	for (k = 0; k < NSLOT; k++, i = (i + 1) % NSLOT)
		if (slots[i].code == code || slots[i].code == NULL) {
			slots[i].code = code;
			return &slots[i];
		}
	return NULL;
}

static uint64_t
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* RXPROF_DUMP: the file of slot s, "p" or "d", opened to write or add. */
static FILE *
dump_file(const struct slot *s, const char *kind, const char *mode)
{
	char	 path[4096];

	if (dumpdir == NULL && (dumpdir = getenv("RXPROF_DUMP")) == NULL)
		dumpdir = "";
	if (*dumpdir == '\0')
		return NULL;
	snprintf(path, sizeof(path), "%s/%s.%zu", dumpdir, kind,
	    (size_t)(s - slots));
	return fopen(path, mode);
}

static void
dump_pattern(const struct slot *s, PCRE2_SPTR pat, size_t len, uint32_t opts)
{
	FILE	*fp;

	if ((fp = dump_file(s, "p", "w")) == NULL)
		return;
	fprintf(fp, "%lu\n", (unsigned long)opts);
	fwrite(pat, 1, len, fp);
	fputc('\n', fp);
	fclose(fp);
}

static void
dump_call(const struct slot *s, PCRE2_SPTR subj, PCRE2_SIZE len,
    PCRE2_SIZE start)
{
	uint32_t h[2] = { (uint32_t)len, (uint32_t)start };
	FILE	*fp;

	if (len > UINT32_MAX || (fp = dump_file(s, "d", "a")) == NULL)
		return;
	fwrite(h, sizeof(h), 1, fp);
	fwrite(subj, 1, len, fp);
	fclose(fp);
}

pcre2_code *
pcre2_compile_8(PCRE2_SPTR pat, PCRE2_SIZE len, uint32_t opts, int *ec,
    PCRE2_SIZE *eo, pcre2_compile_context *cc)
{
	pcre2_code	*re;
	struct slot	*s;
	size_t		 i, n;

	if (real_compile == NULL)
		real_compile = dlsym(RTLD_NEXT, "pcre2_compile_8");
	re = real_compile(pat, len, opts, ec, eo, cc);
	if (re != NULL && (s = lookup(re)) != NULL) {
		n = len == PCRE2_ZERO_TERMINATED ? strlen((const char *)pat) :
		    len;
		if (n > PATMAX)
			n = PATMAX;
		for (i = 0; i < n; i++)
			s->pat[i] = pat[i] == '\t' || pat[i] == '\n' ? ' ' :
			    (char)pat[i];
		s->pat[n] = '\0';
		dump_pattern(s, pat, len == PCRE2_ZERO_TERMINATED ?
		    strlen((const char *)pat) : len, opts);
	}
	return re;
}

/* Counts one call of a match function. */
static int
counted(int (*fn)(const pcre2_code *, PCRE2_SPTR, PCRE2_SIZE, PCRE2_SIZE,
    uint32_t, pcre2_match_data *, pcre2_match_context *),
    const pcre2_code *re, PCRE2_SPTR subj, PCRE2_SIZE len, PCRE2_SIZE start,
    uint32_t opts, pcre2_match_data *md, pcre2_match_context *mc)
{
	struct slot	*s;
	uint64_t	 t0;
	int		 rc;

	t0 = now();
	rc = fn(re, subj, len, start, opts, md, mc);
	if ((s = lookup(re)) != NULL) {
		dump_call(s, subj, len, start);
		s->ns += now() - t0;
		s->calls++;
		s->matches += rc > 0;
		s->bytes += len > start ? len - start : 0;
	}
	return rc;
}

int
pcre2_match_8(const pcre2_code *re, PCRE2_SPTR subj, PCRE2_SIZE len,
    PCRE2_SIZE start, uint32_t opts, pcre2_match_data *md,
    pcre2_match_context *mc)
{
	if (real_match == NULL)
		real_match = dlsym(RTLD_NEXT, "pcre2_match_8");
	return counted(real_match, re, subj, len, start, opts, md, mc);
}

/* The tools call JIT code directly once it is compiled. */
int
pcre2_jit_match_8(const pcre2_code *re, PCRE2_SPTR subj, PCRE2_SIZE len,
    PCRE2_SIZE start, uint32_t opts, pcre2_match_data *md,
    pcre2_match_context *mc)
{
	if (real_jit_match == NULL)
		real_jit_match = dlsym(RTLD_NEXT, "pcre2_jit_match_8");
	return counted(real_jit_match, re, subj, len, start, opts, md, mc);
}

static int
bytime(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;

	return x->ns < y->ns ? 1 : x->ns > y->ns ? -1 : 0;
}

__attribute__((destructor)) static void
report(void)
{
	const char	*path = getenv("RXPROF_OUT");
	FILE		*fp = stderr;
	size_t		 i;

	if (path != NULL && (fp = fopen(path, "a")) == NULL)
		return;
	qsort(slots, NSLOT, sizeof(*slots), bytime);
	for (i = 0; i < NSLOT && slots[i].calls > 0; i++)
		fprintf(fp, "%llu\t%llu\t%llu\t%llu\t%s\n",
		    (unsigned long long)slots[i].ns,
		    (unsigned long long)slots[i].calls,
		    (unsigned long long)slots[i].matches,
		    (unsigned long long)slots[i].bytes, slots[i].pat);
	if (fp != stderr)
		fclose(fp);
}
