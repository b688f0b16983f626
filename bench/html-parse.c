/*
 * html-parse: the floor of decode's web pages: each file read whole,
 * parsed by libxml2's HTML parser into its tree (one parser context for
 * all, with decode's options), and the tree freed; nothing written but
 * the number of elements.  Usage: html-parse file...
 */
#include <stdio.h>
#include <stdlib.h>

#include <libxml/HTMLparser.h>

#define OPTIONS	(HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | \
		 HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT | \
		 HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE)

static size_t
count(const xmlNode *top)
{
	const xmlNode	*n = top->children;
	size_t		 k = 0;

	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE) {
			k++;
			if (n->children != NULL) {
				n = n->children;
				continue;
			}
		}
		while (n != top && n->next == NULL)
			n = n->parent;
		if (n == top)
			break;
		n = n->next;
	}
	return k;
}

int
main(int argc, char *argv[])
{
	htmlParserCtxtPtr ctxt;
	htmlDocPtr	 doc;
	FILE		*fp;
	char		*p = NULL;
	size_t		 cap = 0, n, r, total = 0;
	int		 i;

	if ((ctxt = htmlNewParserCtxt()) == NULL)
		return 2;
	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "rb")) == NULL) {
			perror(argv[i]);
			return 2;
		}
		n = 0;
		for (;;) {
			if (cap - n < 65536 && (p = realloc(p,
			    cap = 2 * cap + 65536)) == NULL)
				return 2;
			if ((r = fread(p + n, 1, cap - n, fp)) == 0)
				break;
			n += r;
		}
		fclose(fp);
		doc = htmlCtxtReadMemory(ctxt, p, (int)n, NULL, "UTF-8",
		    OPTIONS);
		if (doc != NULL) {
			total += count((const xmlNode *)doc);
			xmlFreeDoc(doc);
		}
	}
	htmlFreeParserCtxt(ctxt);
	free(p);
	printf("%zu elements\n", total);
	return 0;
}
