#!/bin/sh
# eval-segment.sh: segment beside ICU's sentence BreakIterator and
# sentencex (npm) on the hard cases of tests/data/segment/{fr,en}.cases,
# the paragraphs and sentences a careful reader expects.
#
# usage: sh bench/eval-segment.sh
#   BIN=bin                     segment
#   ICU_SENTENCES=build/bench/icu-sentences   (make bench builds it)
#   SENTENCEX_DIR=/tmp/ondit-bench/npm        (make bench installs it)
# A tool that is missing is left out with a note.
#
# Each tool splits each case's paragraph alone.  A boundary is where a
# sentence ends inside its paragraph, counted in the ASCII letters and
# digits before it, so that a tool is not told wrong for where it puts a
# mark or a space ("... cela ». | La" and "... cela. | » La" are the
# same boundary: that known failure is not counted here).  Printed per
# language and tool: the cases split exactly as expected, and the
# boundaries' precision, recall and F1.  These are our own cases, which
# segment's rules were written against: read segment's line as a floor
# for regressions, and the others' as how they do on French and English
# news prose of this kind.
set -u
BIN=${BIN:-bin}
ICU=${ICU_SENTENCES:-build/bench/icu-sentences}
SX=${SENTENCEX_DIR:-/tmp/ondit-bench/npm}
dir=$(dirname "$0")/..
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# score PARAGRAPHS EXPECTED GOT NAME: one line of figures
score() {
	LC_ALL=C awk -v name="$4" '
	function alnum(s) { gsub(/[^A-Za-z0-9]/, "", s); return length(s) }
	FILENAME == ARGV[1] { pos += alnum($0); pend[++np] = pos; next }
	FILENAME == ARGV[2] { if ($0 == "") next; e += alnum($0); E[e] = 1; next }
	{ if ($0 == "") next; g += alnum($0); G[g] = 1 }
	END {
		for (k = 1; k <= np; k++) { delete E[pend[k]]; delete G[pend[k]] }
		# each boundary to its case, to tell the cases split exactly
		k = 1
		for (b = 1; b <= pos; b++) {
			while (k < np && b > pend[k]) k++
			if ((b in E) != (b in G)) bad[k] = 1
			if (b in E && b in G) tp++
			else if (b in G) fp++
			else if (b in E) fn++
		}
		for (k = 1; k <= np; k++) if (!(k in bad)) ok++
		p = tp + fp ? 100 * tp / (tp + fp) : 100
		r = tp + fn ? 100 * tp / (tp + fn) : 100
		f = p + r ? 2 * p * r / (p + r) : 0
		printf "  %-28s cases %3d of %3d (%5.1f%%)  boundaries P %5.1f  R %5.1f  F1 %5.1f\n",
		    name, ok, np, 100 * ok / np, p, r, f
	}' "$1" "$2" "$3"
}

for lang in fr en; do
	cases=$dir/tests/data/segment/$lang.cases
	echo "== $lang ($(grep -c '^> ' "$cases") cases)"
	grep '^> ' "$cases" | cut -c3- > "$tmp/par"
	awk -v mode=expect -v lang=$lang -f "$dir/tests/cases.awk" "$cases" |
	    cut -f5- > "$tmp/expect"
	awk -v mode=input -v lang=$lang -f "$dir/tests/cases.awk" "$cases" |
	    "$BIN/segment" -H | cut -f5- > "$tmp/segment"
	score "$tmp/par" "$tmp/expect" "$tmp/segment" "segment"
	if [ -x "$ICU" ]; then
		"$ICU" -l en < "$tmp/par" > "$tmp/icu"
		score "$tmp/par" "$tmp/expect" "$tmp/icu" "ICU BreakIterator (root)"
		"$ICU" -l en@ss=standard < "$tmp/par" > "$tmp/icu-ss"
		score "$tmp/par" "$tmp/expect" "$tmp/icu-ss" \
		    "ICU, en@ss=standard"
	else
		echo "  (ICU: $ICU not built; make bench builds it)"
	fi
	if command -v node > /dev/null 2>&1 &&
	    [ -d "$SX/node_modules/sentencex" ]; then
		SENTENCEX_DIR=$SX node "$dir/bench/sentencex.mjs" $lang \
		    < "$tmp/par" > "$tmp/sx"
		score "$tmp/par" "$tmp/expect" "$tmp/sx" "sentencex ($lang)"
	else
		echo "  (sentencex: not in $SX; make bench installs it)"
	fi
done
