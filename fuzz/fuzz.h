/* fuzz.h: what the harnesses share. */
#ifndef ONDIT_FUZZ_H
#define ONDIT_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* A file descriptor that reads the input from its start: a memfd. */
static inline int
fuzz_fd(const uint8_t *p, size_t n)
{
	int	 fd;
	size_t	 off = 0;
	ssize_t	 w;

	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	while (off < n) {
		if ((w = write(fd, p + off, n - off)) <= 0)
			abort();
		off += (size_t)w;
	}
	if (lseek(fd, 0, SEEK_SET) == -1)
		abort();
	return fd;
}

/* Stops the fuzzer with a report when an invariant does not hold. */
#define FUZZ_ASSERT(c)	do { if (!(c)) { \
	fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, \
	    __LINE__, #c); abort(); } } while (0)

#endif
