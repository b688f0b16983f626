/*
 * gumbo-parse: the floor of decode's web pages: each file read whole,
 * parsed by gumbo into its tree, and the tree freed; nothing written but
 * the number of elements.  Usage: gumbo-parse file...
 */
#include <stdio.h>
#include <stdlib.h>

#include <gumbo.h>

static size_t
count(const GumboNode *n)
{
	const GumboVector *c;
	size_t	 i, k = 1;

	if (n->type != GUMBO_NODE_ELEMENT)
		return 0;
	c = &n->v.element.children;
	for (i = 0; i < c->length; i++)
		k += count(c->data[i]);
	return k;
}

int
main(int argc, char *argv[])
{
	GumboOutput	*out;
	GumboOptions	 o = kGumboDefaultOptions;
	FILE		*fp;
	char		*p = NULL;
	size_t		 cap = 0, n, total = 0;
	int		 i;

	o.max_errors = 0;
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
			size_t r = fread(p + n, 1, cap - n, fp);
			if (r == 0)
				break;
			n += r;
		}
		fclose(fp);
		out = gumbo_parse_with_options(&o, p, n);
		total += count(out->root);
		gumbo_destroy_output(&o, out);
	}
	free(p);
	printf("%zu elements\n", total);
	return 0;
}
