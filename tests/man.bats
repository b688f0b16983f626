#!/usr/bin/env bats
# man.bats: the man pages are clean, their SYNOPSIS is the tools' usage,
# and every example under EXAMPLES gives the output the page shows.
#
# An example is a literal display (.Bd -literal ... .Ed) in the EXAMPLES
# section.  A line that starts with "$ " is a command; it goes on over the
# next lines while it ends with a backslash, opens a here-document, or is
# not yet a complete shell command (an open quote, a trailing pipe).  The
# lines after it, up to the next command, are its exact standard output.
# The commands of a page run with sh(1) in a directory of their own, in
# page order, as a reader would type them, so an example may use the files
# that an earlier one wrote.  Each must succeed with nothing on the
# standard error (an example that shows a message redirects it).  The roff
# escapes \e \& and \- are undone; any other escape in an example is an
# error, as the page would not show what runs.

load helper

MAN="$BATS_TEST_DIRNAME/../man"

# Prints the number of example displays of a page, or with $2 the lines
# of the nth one, unescaped.  Fails on an escape it does not know.
example_block() {
	awk -v want="${2:-0}" '
	function unroff(s,	out, i, c) {
		out = ""
		while ((i = index(s, "\\")) > 0) {
			c = substr(s, i + 1, 1)
			out = out substr(s, 1, i - 1)
			if (c == "e")
				out = out "\\"
			else if (c == "-")
				out = out "-"
			else if (c != "&") {
				printf "%s:%d: unknown escape \\%s in an " \
				    "example\n", FILENAME, FNR, c > "/dev/stderr"
				bad = 1
			}
			s = substr(s, i + 2)
		}
		return out s
	}
	/^\.Sh / { ex = $0 == ".Sh EXAMPLES"; next }
	ex && /^\.Bd -literal/ { n++; inblock = 1; next }
	inblock && /^\.Ed/ { inblock = 0; next }
	inblock && n == want { print unroff($0) }
	END {
		if (want == 0)
			print n + 0
		if (bad || n < want)
			exit 1
	}' "$MAN/$1"
}

# The delimiter of a here-document that a command line opens, if any.
heredoc() {
	printf '%s\n' "$1" |
	    sed -n "s/.*<<-\{0,1\} *['\"]\{0,1\}\([A-Za-z_][A-Za-z0-9_]*\).*/\1/p"
}

# Cuts the nth example of a page into $dir/cmd.N.K and $dir/expect.N.K,
# K from 1; prints how many commands it has.
split_example() {
	local page=$1 n=$2 dir=$3 line cmd="" delim="" k=0

	example_block "$page" "$n" > "$dir/block.$n" || return 1
	while IFS= read -r line; do
		if [ -n "$delim" ]; then
			# inside a here-document, up to its delimiter
			printf '%s\n' "$line" >> "$dir/cmd.$n.$k"
			[ "$line" = "$delim" ] && delim=""
			continue
		fi
		if [ -n "$cmd" ] && { [ "${cmd%\\}" != "$cmd" ] ||
		    ! sh -n -c "$cmd" 2>/dev/null; }; then
			cmd+=$'\n'"$line"
			printf '%s\n' "$line" >> "$dir/cmd.$n.$k"
			delim=$(heredoc "$line")
			continue
		fi
		if [ "${line#\$ }" != "$line" ]; then
			k=$((k + 1))
			cmd=${line#\$ }
			printf '%s\n' "$cmd" > "$dir/cmd.$n.$k"
			: > "$dir/expect.$n.$k"
			delim=$(heredoc "$cmd")
		elif [ "$k" -eq 0 ]; then
			echo "$page example $n: output before any command" >&2
			return 1
		else
			cmd=""
			printf '%s\n' "$line" >> "$dir/expect.$n.$k"
		fi
	done < "$dir/block.$n"
	[ "$k" -gt 0 ] || { echo "$page example $n: no command" >&2; return 1; }
	echo "$k"
}

# Runs the examples of a page up to the nth, in one directory, as a
# reader would type them, and checks the output of the nth.
run_example() {
	local page=$1 n=$2 dir="$BATS_TEST_TMPDIR/example" b k i c

	mkdir -p "$dir"
	for ((b = 1; b < n; b++)); do
		# the earlier examples, for the files they write
		k=$(split_example "$page" "$b" "$dir")
		for ((i = 1; i <= k; i++)); do
			(cd "$dir" && sh "cmd.$b.$i") > /dev/null 2>&1 || true
		done
	done
	k=$(split_example "$page" "$n" "$dir")
	for ((i = 1; i <= k; i++)); do
		c="$dir/cmd.$n.$i"
		if ! (cd "$dir" && sh "$c" > "got.$n.$i" 2> "err.$n.$i"); then
			echo "$page example $n: failed: $(cat "$c")"
			cat "$dir/err.$n.$i"
			return 1
		fi
		if [ -s "$dir/err.$n.$i" ]; then
			echo "$page example $n: wrote on stderr: $(cat "$c")"
			cat "$dir/err.$n.$i"
			return 1
		fi
		if ! diff -u "$dir/expect.$n.$i" "$dir/got.$n.$i"; then
			echo "$page example $n: output differs for: $(cat "$c")"
			return 1
		fi
	done
}

# The page rendered as plain text, overstrike removed.
render() {
	mandoc -T"$1" "$2" | sed 's/.\x08//g'
}

@test "mandoc -Tlint -W warning reports nothing on any man page" {
	local pages=("$MAN"/*.[157])
	[ -e "${pages[0]}" ]
	run mandoc -Tlint -W warning "${pages[@]}"
	assert_success
	assert_output ''
}

@test "each tool's --help usage is its man page's SYNOPSIS" {
	local page tool usage synopsis n=0
	for page in "$MAN"/*.1; do
		[ -e "$page" ] || break
		tool=$(basename "$page" .1)
		# the usage line and its continuation lines, without "usage:"
		usage=$("$tool" --help | awk '
		    NR == 1 && sub(/^usage: /, "") { print; next }
		    NR > 1 && /^[ \t]/ { print; next }
		    { exit }' | tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//')
		synopsis=$(render ascii "$page" | awk '
		    /^SYNOPSIS$/ { on = 1; next }
		    /^[A-Z]/ { on = 0 }
		    on' | tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//')
		if [ -z "$usage" ] || [ "$usage" != "$synopsis" ]; then
			echo "$tool --help: $usage"
			echo "$tool.1 SYNOPSIS: $synopsis"
			return 1
		fi
		n=$((n + 1))
	done
	[ "$n" -ge 1 ]
}

@test "every example display of a page has its test below" {
	local page want got
	for page in ondit.7 ondit-rules.5 segment.1; do
		want=$(example_block "$page")
		got=$(grep -c "^	run_example $page [0-9]*\$" \
		    "$BATS_TEST_DIRNAME/man.bats")
		[ "$want" -ge 1 ]
		if [ "$want" != "$got" ]; then
			echo "$page: $want example displays, $got tests"
			return 1
		fi
	done
}

@test "the examples read in the rendered page as they run (lines without TAB)" {
	local page n k line
	for page in ondit.7 ondit-rules.5 segment.1; do
		render utf8 "$MAN/$page" | sed 's/^ *//' \
		    > "$BATS_TEST_TMPDIR/rendered"
		n=$(example_block "$page")
		for ((k = 1; k <= n; k++)); do
			example_block "$page" "$k" | grep -v '	' |
			    sed 's/^ *//' | grep -v '^$' |
			while IFS= read -r line; do
				grep -Fxq -- "$line" "$BATS_TEST_TMPDIR/rendered" ||
				    { echo "$page: not rendered as: $line"; exit 1; }
			done
		done
	done
}

@test "ondit.7 example 1: the whole pipeline on two articles" {
	run_example ondit.7 1
}

@test "ondit.7 example 2: plain lines" {
	run_example ondit.7 2
}

@test "ondit.7 example 3: unknown columns kept before the text" {
	run_example ondit.7 3
}

@test "ondit.7 example 4: escapes" {
	run_example ondit.7 4
}

@test "ondit.7 example 5: a leading # in a plain line" {
	run_example ondit.7 5
}

@test "ondit.7 example 6: JSON Lines" {
	run_example ondit.7 6
}

@test "ondit.7 example 7: grep and cut on the leading columns" {
	run_example ondit.7 7
}

@test "ondit.7 example 8: who is quoted, and how often" {
	run_example ondit.7 8
}

@test "ondit.7 example 9: columns by name with awk" {
	run_example ondit.7 9
}

@test "ondit.7 example 10: documents in parallel" {
	run_example ondit.7 10
}

@test "ondit.7 example 11: exit statuses" {
	run_example ondit.7 11
}

@test "ondit.7 example 12: GNU parallel over records and over JSON Lines" {
	run_example ondit.7 12
}

@test "segment.1 example 1: French titles and quotations" {
	run_example segment.1 1
}

@test "segment.1 example 2: English abbreviations, initials and marks" {
	run_example segment.1 2
}

@test "segment.1 example 3: paragraph records, -H, --json" {
	run_example segment.1 3
}

@test "segment.1 example 4: -r adds a title and takes out a continuer" {
	run_example segment.1 4
}

@test "segment.1 example 5: -m cuts a long sentence with a warning" {
	run_example segment.1 5
}

@test "ondit-rules.5 example 1: segment lists, with and without a language" {
	run_example ondit-rules.5 1
}

@test "ondit-rules.5 example 2: boilerplate rules added and taken out" {
	run_example ondit-rules.5 2
}

@test "ondit-rules.5 example 3: a speech verb and an attribution rule" {
	run_example ondit-rules.5 3
}

@test "ondit-rules.5 example 4: a match limit reached" {
	run_example ondit-rules.5 4
}

@test "ondit-rules.5 example 5: rule file errors" {
	run_example ondit-rules.5 5
}
