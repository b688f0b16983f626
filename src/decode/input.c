/*
 * input.c: documents one per line, for Hadoop Streaming, Spark's pipe()
 * and crawls exported as JSON Lines (decode --input=jsonl|tsv).
 *
 * jsonl: each line a JSON object with "id" (a string or a number) and
 * "text" (or "html") strings; other members are skipped.  tsv: each line
 * "id TAB text" in the record escapes of ondit(7); fields between the
 * first and the last are skipped, a line that starts with '#' is a header.
 * Each text then goes through decode_text(), as a file would.  A bad line
 * is reported with its number and skipped; the run goes on.
 */
#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "tool.h"
#include "u8.h"

#define LINE_MAX_DOC	(64u << 20)	/* longest line, thus document */
#define JSON_DEPTH	64		/* nesting of skipped values */

struct line_in {
	struct buf	 id, text, html, tmp;
	int		 has_id, has_text, has_html;
	const char	*err;		/* why the line is bad */
	size_t		 errat;		/* at which byte, from 1 */
};

/* --- a JSON reader: just what an object of strings needs --- */

struct json {
	const char	*p, *start, *end;
	const char	*err;
};

static int
json_fail(struct json *j, const char *why)
{
	if (j->err == NULL)
		j->err = why;
	return -1;
}

static void
json_ws(struct json *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int
hex4(const char *p, int32_t *v)
{
	int	 i, c;

	*v = 0;
	for (i = 0; i < 4; i++) {
		c = (unsigned char)p[i];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if (c >= 'a' && c <= 'f')
			c -= 'a' - 10;
		else if (c >= 'A' && c <= 'F')
			c -= 'A' - 10;
		else
			return -1;
		*v = *v << 4 | c;
	}
	return 0;
}

/*
 * Reads the string at j->p (its opening quote) into out, unescaped, when
 * out is not NULL.  A surrogate that is not half of a pair becomes
 * U+FFFD.  Returns 0, or -1 with j->err set (or errno ENOMEM).
 */
static int
json_str(struct json *j, struct buf *out)
{
	const char	*run, *esc;
	int32_t		 cp, lo;
	char		 c;

	if (j->p == j->end || *j->p != '"')
		return json_fail(j, "a string expected");
	run = ++j->p;
	for (;;) {
		if (j->p == j->end)
			return json_fail(j, "unterminated string");
		c = *j->p;
		if (c != '"' && c != '\\' && (unsigned char)c >= 0x20) {
			j->p++;
			continue;
		}
		if (out != NULL && buf_add(out, run, (size_t)(j->p - run)) == -1)
			return json_fail(j, "out of memory");
		if (c == '"') {
			j->p++;
			return 0;
		}
		if (c != '\\')
			return json_fail(j, "control character in a string");
		if (j->end - j->p < 2)
			return json_fail(j, "unterminated string");
		esc = j->p;
		c = j->p[1];
		j->p += 2;
		switch (c) {
		case '"': case '\\': case '/':
			break;
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'u':
			if (j->end - j->p < 4 || hex4(j->p, &cp) == -1) {
				j->p = esc;
				return json_fail(j, "bad \\u escape");
			}
			j->p += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF && j->end - j->p >= 6 &&
			    j->p[0] == '\\' && j->p[1] == 'u' &&
			    hex4(j->p + 2, &lo) == 0 &&
			    lo >= 0xDC00 && lo <= 0xDFFF) {
				cp = 0x10000 + ((cp - 0xD800) << 10) +
				    (lo - 0xDC00);
				j->p += 6;
			} else if (cp >= 0xD800 && cp <= 0xDFFF)
				cp = U8_REPLACEMENT;
			if (out != NULL && u8_add(out, cp) == -1)
				return json_fail(j, "out of memory");
			run = j->p;
			continue;
		default:
			j->p = esc;
			return json_fail(j, "bad escape");
		}
		if (out != NULL && buf_addc(out, c) == -1)
			return json_fail(j, "out of memory");
		run = j->p;
	}
}

static int
json_digits(struct json *j)
{
	const char	*p = j->p;

	while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
		j->p++;
	return j->p > p ? 0 : json_fail(j, "bad number");
}

/* Reads a number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE]...)? */
static int
json_num(struct json *j)
{
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p < j->end && *j->p == '0')
		j->p++;
	else if (json_digits(j) == -1)
		return -1;
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (json_digits(j) == -1)
			return -1;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (json_digits(j) == -1)
			return -1;
	}
	return 0;
}

static int
json_word(struct json *j, const char *w)
{
	size_t	 n = strlen(w);

	if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
		return json_fail(j, "a value expected");
	j->p += n;
	return 0;
}

/* Skips any value; returns 0 or -1. */
static int
json_skip(struct json *j, int depth)
{
	char	 close;

	json_ws(j);
	if (j->p == j->end)
		return json_fail(j, "a value expected");
	switch (*j->p) {
	case '"':
		return json_str(j, NULL);
	case 't':
		return json_word(j, "true");
	case 'f':
		return json_word(j, "false");
	case 'n':
		return json_word(j, "null");
	case '{':
	case '[':
		break;
	default:
		return json_num(j);
	}
	if (depth == JSON_DEPTH)
		return json_fail(j, "nested too deep");
	close = *j->p++ == '{' ? '}' : ']';
	json_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		return 0;
	}
	for (;;) {
		if (close == '}') {
			json_ws(j);
			if (json_str(j, NULL) == -1)
				return -1;
			json_ws(j);
			if (j->p == j->end || *j->p++ != ':')
				return json_fail(j, "':' expected");
		}
		if (json_skip(j, depth + 1) == -1)
			return -1;
		json_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == close) {
			j->p++;
			return 0;
		}
		return json_fail(j, close == '}' ? "',' or '}' expected" :
		    "',' or ']' expected");
	}
}

/* The id: a string, or a number as written. */
static int
json_id(struct json *j, struct buf *id)
{
	const char	*p = j->p;

	id->n = 0;
	if (j->p < j->end && *j->p == '"')
		return json_str(j, id);
	if (j->p < j->end && (*j->p == '-' || (*j->p >= '0' && *j->p <= '9'))) {
		if (json_num(j) == -1)
			return -1;
		return buf_add(id, p, (size_t)(j->p - p)) == -1 ?
		    json_fail(j, "out of memory") : 0;
	}
	return json_fail(j, "\"id\" is not a string or a number");
}

/* A member that decode reads: a string, kept in b; null, not kept. */
static int
json_member(struct json *j, struct buf *b, int *has, const char *name)
{
	b->n = 0;
	*has = 0;
	if (j->p < j->end && *j->p == 'n')
		return json_word(j, "null");
	if (j->p == j->end || *j->p != '"') {
		j->err = name;
		return -1;
	}
	*has = 1;
	return json_str(j, b);
}

/* Reads one object into in; returns 0 or -1 (in->err says why). */
static int
parse_json(struct line_in *in, const char *s, size_t n)
{
	struct json	 j = { s, s, s + n, NULL };
	const char	*key;
	size_t		 keyn;
	int		 r;

	in->has_id = in->has_text = in->has_html = 0;
	json_ws(&j);
	if (j.p == j.end || *j.p != '{') {
		json_fail(&j, "not a JSON object");
		goto bad;
	}
	j.p++;
	json_ws(&j);
	if (j.p < j.end && *j.p == '}')
		j.p++;
	else for (;;) {
		in->tmp.n = 0;
		if (json_str(&j, &in->tmp) == -1)
			goto bad;
		key = in->tmp.p;
		keyn = in->tmp.n;
		json_ws(&j);
		if (j.p == j.end || *j.p++ != ':') {
			json_fail(&j, "':' expected");
			goto bad;
		}
		json_ws(&j);
#define KEY(k)	(keyn == sizeof(k) - 1 && memcmp(key, k, keyn) == 0)
		if (KEY("id")) {
			r = json_id(&j, &in->id);
			in->has_id = r == 0;
		} else if (KEY("text"))
			r = json_member(&j, &in->text, &in->has_text,
			    "\"text\" is not a string");
		else if (KEY("html"))
			r = json_member(&j, &in->html, &in->has_html,
			    "\"html\" is not a string");
		else
			r = json_skip(&j, 1);
#undef KEY
		if (r == -1)
			goto bad;
		json_ws(&j);
		if (j.p < j.end && *j.p == ',') {
			j.p++;
			json_ws(&j);
			continue;
		}
		if (j.p < j.end && *j.p == '}') {
			j.p++;
			break;
		}
		json_fail(&j, "',' or '}' expected");
		goto bad;
	}
	json_ws(&j);
	if (j.p != j.end) {
		json_fail(&j, "text after the object");
		goto bad;
	}
	return 0;
bad:
	in->err = j.err;
	in->errat = (size_t)(j.p - j.start) + 1;
	return -1;
}

/* --- one line, one document --- */

/* Reads "id TAB ... TAB text"; returns 0 or -1 (in->err says why). */
static int
parse_tsv(struct line_in *in, const char *s, size_t n, long *bad)
{
	const char	*tab = memchr(s, '\t', n), *last;
	long		 k;

	in->id.n = in->text.n = 0;
	in->has_html = 0;
	if (tab == NULL) {
		in->err = "no TAB between the id and the text";
		in->errat = n + 1;
		return -1;
	}
	last = memrchr(s, '\t', n) + 1;
	if ((k = rec_unescape(&in->id, s, (size_t)(tab - s))) < 0 ||
	    (*bad = rec_unescape(&in->text, last, n - (size_t)(last - s))) < 0) {
		in->err = "out of memory";
		return -1;
	}
	*bad += k;
	in->has_id = in->has_text = 1;
	return 0;
}

static int
blank(const char *s, size_t n)
{
	for (; n > 0; s++, n--)
		if (*s != ' ' && *s != '\t' && *s != '\r')
			return 0;
	return 1;
}

/*
 * Decodes the document of one whole line; returns the exit status it
 * deserves, having warned.
 */
static int
one_line(struct decoder *d, struct line_in *in, enum input_kind kind,
    const char *s, size_t n, const char *name, unsigned long lineno)
{
	struct buf	*text;
	long		 bad = 0;
	int		 r;

	if (blank(s, n) || (kind == INPUT_TSV && *s == '#'))
		return 0;
	in->err = NULL;
	r = kind == INPUT_JSONL ? parse_json(in, s, n) :
	    parse_tsv(in, s, n, &bad);
	if (r == 0 && !in->has_id)
		in->err = "no \"id\"";
	else if (r == 0 && !in->has_text && !in->has_html)
		in->err = "no \"text\" or \"html\"";
	if (in->err != NULL) {
		if (strcmp(in->err, "out of memory") == 0)
			errx(2, "out of memory");
		if (r == -1 && kind == INPUT_JSONL)
			warnx("%s:%lu: invalid JSON at byte %zu: %s, line "
			    "skipped", name, lineno, in->errat, in->err);
		else
			warnx("%s:%lu: %s, line skipped", name, lineno,
			    in->err);
		return 2;
	}
	if (bad > 0)
		warnx("%s:%lu: %ld bad escapes kept", name, lineno, bad);
	/* the id names the records: valid UTF-8, one C string */
	if (memchr(in->id.p, '\0', in->id.n) != NULL) {
		warnx("%s:%lu: the id holds U+0000, line skipped", name,
		    lineno);
		return 2;
	}
	in->tmp.n = 0;
	if (u8_sanitize(&in->tmp, in->id.p, in->id.n) < 0 ||
	    buf_nul(&in->tmp) == -1)
		errx(2, "out of memory");
	/* "html" is a web page, "text" what its content says */
	text = in->has_text ? &in->text : &in->html;
	return decode_text(d, text->p ? text->p : "", text->n, in->tmp.p,
	    !in->has_text);
}

int
decode_lines(struct decoder *d, int fd, const char *name,
    enum input_kind kind)
{
	struct lreader	 lr;
	struct line_in	 in;
	struct buf	 whole = { 0 };
	const char	*line;
	size_t		 len;
	int		 r = 0, status = 0, st, toolong = 0;

	memset(&in, 0, sizeof(in));
	lr_init_fd(&lr, fd);
	while (!tool_stop && (r = lr_next(&lr, &line, &len)) > 0) {
		if (lr.part > 0) {
			/* a line longer than the reader's pieces: joined */
			if (lr.part == 1) {
				whole.n = 0;
				toolong = 0;
			}
			if (!toolong && whole.n + len > LINE_MAX_DOC) {
				warnx("%s:%lu: line longer than %u MiB, "
				    "skipped", name, lr.lineno,
				    LINE_MAX_DOC >> 20);
				toolong = 1;
				status = 2;
			}
			if (!toolong && buf_add(&whole, line, len) == -1)
				errx(2, "out of memory");
			if (lr.more || toolong)
				continue;
			line = whole.p;
			len = whole.n;
		}
		st = one_line(d, &in, kind, line, len, name, lr.lineno);
		if (st > status)
			status = st;
	}
	if (!tool_stop && r == -1) {
		warn("%s", name);
		status = 2;
	}
	lr_free(&lr);
	buf_free(&whole);
	buf_free(&in.id);
	buf_free(&in.text);
	buf_free(&in.html);
	buf_free(&in.tmp);
	return status;
}
