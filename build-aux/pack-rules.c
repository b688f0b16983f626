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

/* The bytes as a C array named <prefix><k>. */
static void
put_bytes(const char *prefix, size_t k, const unsigned char *b, size_t n)
{
	size_t	 i;

	printf("static const unsigned char %s%zu[] = {", prefix, k);
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
	pcre2_code		*form;
	const char		*id;
	unsigned		 flags;
	struct buf		 flag = { 0 }, jit = { 0 }, ids = { 0 };
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
	for (k = 0; (re = attrib_rule_code(&a, k, &id, &flags, msg,
	    sizeof(msg))) != NULL || msg[0] != '\0'; k++) {
		if (re == NULL) {
			fprintf(stderr, "pack-rules: %s: %s\n", id, msg);
			goto fail;
		}
		if (pcre2_serialize_encode(&re, 1, &bytes, &n, NULL) != 1)
			goto encode;
		put_bytes("r", k, bytes, n);
		pcre2_serialize_free(bytes);
		/* the form the JIT compiles, when it is another */
		if ((form = rx_jit_form(re)) != NULL) {
			re = form;
			if (pcre2_serialize_encode(&re, 1, &bytes, &n, NULL) !=
			    1) {
				pcre2_code_free(form);
				goto encode;
			}
			put_bytes("j", k, bytes, n);
			pcre2_serialize_free(bytes);
			pcre2_code_free(form);
		}
		if (buf_addc(&flag, (char)('0' + flags)) == -1 ||
		    buf_addc(&jit, form != NULL) == -1 ||
		    buf_adds(&ids, "\t\"") == -1)
			goto fail;
		for (; *id != '\0'; id++)
			if (((*id == '"' || *id == '\\') &&
			    buf_addc(&ids, '\\') == -1) ||
			    buf_addc(&ids, *id) == -1)
				goto fail;
		if (buf_adds(&ids, "\",\n") == -1)
			goto fail;
	}
	printf("\nstatic const char *const ids[] = {\n%.*s", (int)ids.n,
	    ids.n > 0 ? ids.p : "");
	printf("\tNULL\n};\n\nstatic const unsigned char *const codes[] = {\n");
	for (i = 0; i < k; i++)
		printf("\tr%zu,\n", i);
	printf("\tNULL\n};\n\nstatic const unsigned char *const jits[] = {\n");
	for (i = 0; i < k; i++)
		printf(jit.p[i] ? "\tj%zu,\n" : "\tNULL,\n", i);
	printf("\tNULL\n};\n\nstatic const unsigned char flags[] = {");
	for (i = 0; i < k; i++)
		printf("%s%c,", i % 20 == 0 ? "\n\t" : "", flag.p[i]);
	printf("\n\t0\n};\n\nconst struct packed_rules qx_packed = { %zu, ids, "
	    "codes, jits, flags };\n", k);
	buf_free(&flag);
	buf_free(&jit);
	buf_free(&ids);
	attrib_free(&a);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
encode:
	fprintf(stderr, "pack-rules: %s: cannot encode\n", id);
fail:
	buf_free(&flag);
	buf_free(&jit);
	buf_free(&ids);
	attrib_free(&a);
	return 1;
}
