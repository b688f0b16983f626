/*
 * icu-sentences: the baseline for segment in make bench.
 *
 * usage: icu-sentences [-u] [-l locale] [file ...]
 *
 * Reads lines (plain text, or records whose last TAB field is the text),
 * splits each with ICU's sentence BreakIterator and writes one sentence
 * per line, trailing white space trimmed, so that its work compares with
 * segment -p.  The text goes to ICU as UTF-8 through a UText (no copy to
 * UTF-16), and the iterator is opened once and reused.  With -u, each
 * line is first converted to UTF-16 and each sentence back to UTF-8, the
 * way most programs call ICU (ubrk_setText on UChar strings, as in ICU's
 * own samples); measured, both ways run at about the same speed.  The
 * locale defaults to "en" (root rules: ICU has no French-specific
 * sentence rules); "en@ss=standard" adds ICU's abbreviation suppressions.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

static int
istrail(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void
split(UBreakIterator *bi, UText *ut, const char *s, size_t n, FILE *out)
{
	UErrorCode	 ec = U_ZERO_ERROR;
	int32_t		 start, end;
	size_t		 len;

	ut = utext_openUTF8(ut, s, (int64_t)n, &ec);
	ubrk_setUText(bi, ut, &ec);
	if (U_FAILURE(ec))
		errx(2, "ICU: %s", u_errorName(ec));
	start = ubrk_first(bi);
	while ((end = ubrk_next(bi)) != UBRK_DONE) {
		/* UTF-8 UText indexes are byte offsets */
		len = (size_t)(end - start);
		while (len > 0 && istrail((unsigned char)s[start + len - 1]))
			len--;
		if (len > 0) {
			fwrite(s + start, 1, len, out);
			putc('\n', out);
		}
		start = end;
	}
}

/* The -u way: UTF-16 in, sentences converted back to UTF-8. */
static void
split16(UBreakIterator *bi, const char *s, size_t n, FILE *out)
{
	static UChar	*u;
	static char	*o;
	static int32_t	 ucap, ocap;
	UErrorCode	 ec = U_ZERO_ERROR;
	int32_t		 ulen, olen, start, end;

	if ((int32_t)n + 1 > ucap) {
		ucap = (int32_t)n + 1;
		ocap = 3 * ucap;
		if ((u = realloc(u, ucap * sizeof(*u))) == NULL ||
		    (o = realloc(o, ocap)) == NULL)
			err(2, NULL);
	}
	u_strFromUTF8WithSub(u, ucap, &ulen, s, (int32_t)n, 0xFFFD, NULL, &ec);
	ubrk_setText(bi, u, ulen, &ec);
	if (U_FAILURE(ec))
		errx(2, "ICU: %s", u_errorName(ec));
	start = ubrk_first(bi);
	while ((end = ubrk_next(bi)) != UBRK_DONE) {
		ec = U_ZERO_ERROR;
		u_strToUTF8WithSub(o, ocap, &olen, u + start, end - start,
		    0xFFFD, NULL, &ec);
		if (U_FAILURE(ec))
			errx(2, "ICU: %s", u_errorName(ec));
		while (olen > 0 && istrail((unsigned char)o[olen - 1]))
			olen--;
		if (olen > 0) {
			fwrite(o, 1, (size_t)olen, out);
			putc('\n', out);
		}
		start = end;
	}
}

static void
file(UBreakIterator *bi, UText *ut, int utf16, FILE *in, const char *name)
{
	char	*line = NULL, *text;
	size_t	 cap = 0;
	ssize_t	 len;

	while ((len = getline(&line, &cap, in)) != -1) {
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len > 0 && line[0] == '#')
			continue;		/* a record header */
		text = strrchr(line, '\t');
		text = text != NULL ? text + 1 : line;
		if (utf16)
			split16(bi, text, (size_t)(line + len - text), stdout);
		else
			split(bi, ut, text, (size_t)(line + len - text),
			    stdout);
	}
	if (ferror(in))
		err(2, "%s", name);
	free(line);
}

int
main(int argc, char *argv[])
{
	const char	*locale = "en";	/* -l: ICU locale of the rules */
	int		 utf16 = 0;	/* -u: through UTF-16 strings */
	UErrorCode	 ec = U_ZERO_ERROR;
	UBreakIterator	*bi;
	UText		*ut;
	FILE		*fp;
	int		 ch, i;

	while ((ch = getopt(argc, argv, "l:u")) != -1)
		switch (ch) {
		case 'l':
			locale = optarg;
			break;
		case 'u':
			utf16 = 1;
			break;
		default:
			fprintf(stderr, "usage: icu-sentences [-u] [-l locale] "
			    "[file ...]\n");
			return 2;
		}
	argc -= optind;
	argv += optind;

	bi = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &ec);
	ut = utext_openUTF8(NULL, "", 0, &ec);
	if (U_FAILURE(ec))
		errx(2, "ICU: %s", u_errorName(ec));
	if (argc == 0)
		file(bi, ut, utf16, stdin, "stdin");
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0)
			fp = stdin;
		else if ((fp = fopen(argv[i], "r")) == NULL)
			err(2, "%s", argv[i]);
		file(bi, ut, utf16, fp, argv[i]);
		if (fp != stdin)
			fclose(fp);
	}
	ubrk_close(bi);
	utext_close(ut);
	if (fflush(stdout) == EOF || ferror(stdout))
		err(2, "stdout");
	return 0;
}
