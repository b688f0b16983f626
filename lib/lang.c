/* lang.c: the built-in language resources (compiled in from lang/). */
#include <string.h>

#include "rules.h"

struct lang_file {
	const char	*lang, *kind, *text;
	size_t		 len;
};
extern const struct lang_file lang_files[];

const char *
lang_builtin(const char *lang, const char *kind, size_t *len)
{
	const struct lang_file *f;

	for (f = lang_files; f->lang != NULL; f++)
		if (strcmp(f->lang, lang) == 0 && strcmp(f->kind, kind) == 0) {
			*len = f->len;
			return f->text;
		}
	*len = 0;
	return NULL;
}
