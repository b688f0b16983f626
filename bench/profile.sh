#!/usr/bin/env bash
# profile.sh: where each ondit tool spends its time (make bench-profile),
# the measurements behind bench/PROFILE.md.
#
# Usage: bench/profile.sh        (settings from the environment)
#   BIN=dir          the tools (default bin; built with -g for symbols)
#   GENCORPUS=path   the corpus generator (default build/bench/gencorpus)
#   RXPROF=path      bench/rxprof.c built as a shared library (optional)
#   PROFILE_MB=5     corpus size
#   BENCH_DIR=dir    where corpus and reports go (default /tmp/ondit-bench)
#
# For each tool, on its own input from the pipeline over the corpus's
# one-file-per-article form: perf stat, then perf record with DWARF call
# graphs and the top functions by self and by inclusive time (callgrind
# when perf cannot run); then, with rxprof preloaded, the PCRE2 patterns
# by time, since perf shows JIT-compiled patterns only as anonymous
# addresses.  Last, perf stat of the whole pipeline.  Reports go to
# BENCH_DIR/profile/.
set -u
export LC_ALL=C.UTF-8

here=$(cd "$(dirname "$0")/.." && pwd)
abspath() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
BIN=$(abspath "${BIN:-bin}")
GENCORPUS=$(abspath "${GENCORPUS:-build/bench/gencorpus}")
RXPROF=${RXPROF-build/bench/rxprof.so}
[ -n "$RXPROF" ] && RXPROF=$(abspath "$RXPROF")
PROFILE_MB=${PROFILE_MB:-5}
BENCH_DIR=${BENCH_DIR:-/tmp/ondit-bench}
cd "$here" || exit 2

P=$BENCH_DIR/profile
rm -rf "$P"
mkdir -p "$P"
"$BIN/decode" -k examples/*.txt > "$P/examples.tsv" || exit 2
"$GENCORPUS" -m "$PROFILE_MB" -n bench/names.txt -F dir -e utf8 \
    -o "$P/corpus" "$P/examples.tsv" || exit 2
(cd "$P/corpus/utf8" && "$BIN/decode" -- *.txt) > "$P/decode.tsv"
"$BIN/segment" "$P/decode.tsv" > "$P/segment.tsv"
"$BIN/quote-extract" "$P/segment.tsv" > "$P/quotes.tsv"

use_perf=0
if command -v perf >/dev/null 2>&1 &&
    perf record -o "$P/probe.data" true >/dev/null 2>&1; then
	use_perf=1
fi
rm -f "$P/probe.data"
echo "profile: $PROFILE_MB MB corpus in $P;" \
    "$([ $use_perf = 1 ] && echo perf || echo callgrind)"

# prof NAME DIR CMD...: one tool, run in DIR
prof() {
	local name=$1 dir=$2
	shift 2
	echo
	echo "=== $name: $*" | sed "s|$BIN/||g; s|$P/||g" |
	    sed -E 's/( [0-9]{6}-[a-z]{2}\.txt)+/ <one file per article>/' 
	if [ $use_perf = 1 ]; then
		(cd "$dir" && perf stat -e task-clock,page-faults,context-switches \
		    -o "$P/$name.stat" "$@" > /dev/null 2>>"$P/stderr.log")
		grep -E 'task-clock|elapsed' "$P/$name.stat" | sed 's/^ */  /'
		(cd "$dir" && perf record -q -F 1999 --call-graph dwarf,16384 \
		    -o "$P/$name.data" "$@" > /dev/null 2>>"$P/stderr.log")
		perf report -i "$P/$name.data" --no-children --sort dso,symbol \
		    --stdio -g none 2>/dev/null | grep '%' |
		    sed 's/  *-  *-  *$//' > "$P/$name.top"
		perf report -i "$P/$name.data" --children --sort symbol \
		    --stdio -g none 2>/dev/null | grep '%' |
		    sed 's/  *-  *-  *$//' > "$P/$name.incl"
		# JIT code is one anonymous address per instruction: sum it
		awk '/\[JIT\]|0x0000/ { j += $1 } END {
		    printf "  PCRE2 JIT code (all patterns): %.1f%%\n", j }' \
		    "$P/$name.top"
		echo "  self time:"
		grep -v -E '\[JIT\]|0x0000' "$P/$name.top" | head -12 |
		    sed 's/^/  /'
		echo "  inclusive time (with callees):"
		grep -v -E '0x[0-9a-f]{8}|\[k\]|main$|_start|libc_start' \
		    "$P/$name.incl" | head -14 | sed 's/^/  /'
	else
		(cd "$dir" && valgrind --tool=callgrind \
		    --callgrind-out-file="$P/$name.cg" "$@" > /dev/null \
		    2>>"$P/stderr.log")
		callgrind_annotate "$P/$name.cg" 2>/dev/null | sed -n '1,40p' |
		    tee "$P/$name.top" | tail -25
	fi
	if [ -n "$RXPROF" ] && [ -f "$RXPROF" ]; then
		rm -f "$P/$name.rx"
		(cd "$dir" && RXPROF_OUT="$P/$name.rx" LD_PRELOAD="$RXPROF" \
		    "$@" > /dev/null 2>>"$P/stderr.log")
		if [ -s "$P/$name.rx" ]; then
			awk -F'\t' '{ t += $1; c += $2 } END {
			    printf "  PCRE2 (rxprof): %.0f ms in %d calls of %d" \
			    " patterns; the costliest:\n", t / 1e6, c, NR }' \
			    "$P/$name.rx"
			head -8 "$P/$name.rx" | awk -F'\t' '{
			    printf "  %7.1f ms %7d calls %6d hits  %s\n",
			    $1 / 1e6, $2, $3, substr($5, 1, 90) }'
		fi
	fi
}

prof decode "$P/corpus/utf8" "$BIN/decode" -- $(cd "$P/corpus/utf8" && ls)
prof segment "$P" "$BIN/segment" "$P/decode.tsv"
prof quote-extract "$P" "$BIN/quote-extract" "$P/segment.tsv"
prof stance-tag "$P" "$BIN/stance-tag" "$P/quotes.tsv"

if [ $use_perf = 1 ]; then
	echo
	echo "=== pipeline: decode | segment | quote-extract | stance-tag"
	(cd "$P/corpus/utf8" && perf stat -e task-clock -o "$P/pipeline.stat" \
	    sh -c "'$BIN/decode' -- *.txt | '$BIN/segment' |
	    '$BIN/quote-extract' | '$BIN/stance-tag' > /dev/null")
	grep -E 'task-clock|elapsed' "$P/pipeline.stat" | sed 's/^ */  /'
fi
