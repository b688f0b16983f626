/*
 * pack-rules: quote-extract's built-in rules, compiled, as C source.
 *
 * usage: pack-rules > packed-rules.c
 *
 * Compiling the rules with their cue lists is most of what quote-extract
 * costs on one article (a process per file).  The build runs this program,
 * linked with the same attrib.c and lang/ files as the tool, and links what
 * it writes into bin/quote-extract: each rule's code as
 * pcre2_serialize_encode() gives it, which the tool decodes when a record
 * first needs the rule (rx_decode(); it compiles the rule's text instead
 * when a file of -r changed the lists, or when its PCRE2 is another
 * version).
 */

#include <stdio.h>
#include <stdlib.h>

#include "quote-extract/quote.h"

/* The bytes as a C array named r<k>. */
static void
put_bytes(size_t k, const unsigned char *b, size_t n)
{
	size_t	 i;

	printf("static const unsigned char r%zu[] = {", k);
	for (i = 0; i < n; i++)
		printf("%s%u,", i % 20 == 0 ? "\n\t" : "", b[i]);
	printf("\n};\n");
}

int
main(void)
{
	struct attrib		 a;
	struct rules_err	 e;
	const pcre2_code	*re;
	const char		*id;
	uint8_t			*bytes;
	PCRE2_SIZE		 n;
	char			 msg[240];
	size_t			 k, i;

	if (attrib_init(&a, NULL, 0, NULL, &e) == -1) {
		fprintf(stderr, "pack-rules: %s:%u: %s\n", e.file, e.line, e.msg);
		return 1;
	}
	printf("/* made by build-aux/pack-rules.c: do not edit */\n"
	    "#include \"quote-extract/quote.h\"\n\n");
	for (k = 0; (re = attrib_rule_code(&a, k, &id, msg, sizeof(msg))) !=
	    NULL || msg[0] != '\0'; k++) {
		if (re == NULL) {
			fprintf(stderr, "pack-rules: %s: %s\n", id, msg);
			attrib_free(&a);
			return 1;
		}
		if (pcre2_serialize_encode(&re, 1, &bytes, &n, NULL) != 1) {
			fprintf(stderr, "pack-rules: %s: cannot encode\n", id);
			attrib_free(&a);
			return 1;
		}
		put_bytes(k, bytes, n);
		pcre2_serialize_free(bytes);
	}
	printf("\nstatic const char *const ids[] = {\n");
	for (i = 0; i < k; i++) {
		(void)attrib_rule_code(&a, i, &id, msg, sizeof(msg));
		printf("\t\"");
		for (; *id != '\0'; id++)
			printf(*id == '"' || *id == '\\' ? "\\%c" : "%c", *id);
		printf("\",\n");
	}
	printf("\tNULL\n};\n\nstatic const unsigned char *const codes[] = {\n");
	for (i = 0; i < k; i++)
		printf("\tr%zu,\n", i);
	printf("\tNULL\n};\n\nconst struct packed_rules qx_packed = { %zu, ids, "
	    "codes };\n", k);
	attrib_free(&a);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
