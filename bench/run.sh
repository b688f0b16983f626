#!/usr/bin/env bash
# run.sh: the throughput and memory of every ondit tool beside its
# baselines, in one run (make bench; see bench/bench.mk).
#
# Usage: bench/run.sh            (settings from the environment)
#   BIN=dir            the tools to measure (default bin)
#   GENCORPUS=path     the corpus generator (default build/bench/gencorpus)
#   ICU_SENTENCES=path the ICU helper; empty: the ICU row is skipped
#   HTML_PARSE=path    libxml2's HTML parser alone (bench/html-parse.c);
#                      empty: no row
#   BENCH_MB=50        size of the corpus, in 10^6 bytes of UTF-8
#   BENCH_RSS="10 100" corpus sizes for the peak-RSS check; empty: none
#   BENCH_SEED=1       corpus seed (same seed, same bytes)
#   BENCH_RUNS=3       runs per measurement; the median is reported
#   BENCH_DIR=dir      corpora and outputs (default /tmp/ondit-bench)
#   BENCH_NPM=auto     sentencex: auto tries npm install into BENCH_DIR
#                      once (nothing outside it); no skips it
#   BENCH_HTML_MB=20   MB of web pages (copies of tests/data/html)
#
# Every input is a file under BENCH_DIR that is read once before timing,
# so the page cache is warm; every output goes to /dev/null (grep -c to a
# pipe: GNU grep stops at the first match when it writes to /dev/null).
# MB is 10^6 bytes of the tool's own input; MB/s is on the median wall
# time, MB/cpu-s on the CPU time (user + system, every process) of that
# run, which other load on the machine changes less; articles/s counts
# the generated articles that input holds.  Sections: decode beside cat,
# iconv and uchardet; segment beside ICU (UTF-8 UText and UTF-16) and
# sentencex; quote-extract beside grep; stance-tag; the whole pipeline;
# startup on empty input; peak RSS at each BENCH_RSS size; the targets of
# issues 2-6.  Nothing is installed: a missing baseline is named, with the
# command that installs it, and its row left out.
set -u
export LC_ALL=C.UTF-8

here=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-bin}
GENCORPUS=${GENCORPUS:-build/bench/gencorpus}
ICU_SENTENCES=${ICU_SENTENCES-build/bench/icu-sentences}
BENCH_MB=${BENCH_MB:-50}
BENCH_RSS=${BENCH_RSS-10 100}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/ondit-bench}
BENCH_NPM=${BENCH_NPM:-auto}
BENCH_HTML_MB=${BENCH_HTML_MB:-20}

abspath() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
BIN=$(abspath "$BIN")
GENCORPUS=$(abspath "$GENCORPUS")
[ -n "$ICU_SENTENCES" ] && ICU_SENTENCES=$(abspath "$ICU_SENTENCES")
[ -n "${HTML_PARSE:-}" ] && HTML_PARSE=$(abspath "$HTML_PARSE")
cd "$here" || exit 2

die() { echo "bench: $*" >&2; exit 2; }
note() { echo "bench: $*"; }

for t in decode segment quote-extract stance-tag; do
	[ -x "$BIN/$t" ] || die "$BIN/$t: not built (make BIN=$BIN)"
done
[ -x "$GENCORPUS" ] || die "$GENCORPUS: not built (make bench builds it)"
[ "${BASH_VERSINFO[0]}" -ge 5 ] || die "needs bash 5 (EPOCHREALTIME)"
mkdir -p "$BENCH_DIR" || exit 2
errlog=$BENCH_DIR/stderr.log
: > "$errlog"

# --- baselines that may be missing ---
has_uchardet=0 has_icu=0 has_sx=0 has_time=0
if command -v uchardet >/dev/null 2>&1; then has_uchardet=1
else note "uchardet not installed: its row is skipped" \
    "(apt-get install uchardet, or make bench-deps as root)"; fi
if [ -n "$ICU_SENTENCES" ] && [ -x "$ICU_SENTENCES" ]; then has_icu=1
else note "ICU helper not built (libicu-dev missing): its row is skipped" \
    "(apt-get install libicu-dev, or make bench-deps as root)"; fi
[ -x /usr/bin/time ] && has_time=1
command -v iconv >/dev/null 2>&1 || die "iconv(1) not found (libc-bin)"

sxdir=$BENCH_DIR/npm
if ! command -v node >/dev/null 2>&1; then
	note "sentencex unavailable: node is not installed"
elif [ "$BENCH_NPM" = no ]; then
	note "sentencex skipped (BENCH_NPM=no)"
else
	if [ ! -d "$sxdir/node_modules/sentencex" ]; then
		note "trying npm install sentencex into $sxdir (nothing" \
		    "outside it; BENCH_NPM=no skips this)"
		mkdir -p "$sxdir"
		npm install --prefix "$sxdir" --no-audit --no-fund --offline \
		    sentencex >/dev/null 2>&1 ||
		timeout 120 npm install --prefix "$sxdir" --no-audit \
		    --no-fund sentencex >/dev/null 2>&1 ||
		note "sentencex unavailable: npm install sentencex failed"
	fi
	if [ -d "$sxdir/node_modules/sentencex" ] &&
	    [ "$(printf 'One here. Two there.\n' | SENTENCEX_DIR=$sxdir \
	    node bench/sentencex.mjs 2>/dev/null | wc -l)" = 2 ]; then
		has_sx=1
	elif [ -d "$sxdir/node_modules/sentencex" ]; then
		note "sentencex unavailable: installed but does not run"
	fi
fi

# --- corpora: regenerated when the examples, decode or the generator change
src=$BENCH_DIR/examples.tsv
"$BIN/decode" -k examples/*.txt > "$src" 2>>"$errlog" ||
	die "decode -k examples/*.txt failed (see $errlog)"
key=$(cat "$src" bench/names.txt "$GENCORPUS" | md5sum | cut -c1-8)

# corpus MB forms encodings: prints the corpus directory, made if needed
corpus() {
	local d=$BENCH_DIR/corpus-$1mb-s$BENCH_SEED-$key-${2//,/+}-${3//,/+}
	if [ ! -f "$d/stats" ]; then
		rm -rf "$d"
		"$GENCORPUS" -m "$1" -s "$BENCH_SEED" -n bench/names.txt \
		    -F "$2" -e "$3" -o "$d" "$src" >&2 ||
			die "gencorpus -m $1 failed"
	fi
	echo "$d"
}
for d in "$BENCH_DIR"/corpus-*; do	# stale corpora
	[ -d "$d" ] || continue
	case $d in *-$key-*) ;; *) rm -rf "$d" ;; esac
done

C=$(corpus "$BENCH_MB" stream,dir,tsv utf8,cp1252,mojibake)
. "$C/stats"
narticles=$articles

# --- timing ---
size() { wc -c < "$1" | tr -d ' '; }
bytes_of_dir() { find "$1" -name '*.txt' -exec cat {} + | wc -c | tr -d ' '; }

# timeit "command": runs it BENCH_RUNS times, output to /dev/null, and
# prints the median wall time and that run's CPU time (user + system of
# every process of the command), in seconds
status_bad=0
TIMEFORMAT='%3R %3U %3S'
timeit() {
	local i st runs=()
	for ((i = 0; i < BENCH_RUNS; i++)); do
		# a stage that fails anywhere in a pipeline fails the row
		set -o pipefail
		{ time eval "$1" > /dev/null 2>>"$errlog"; } 2> "$BENCH_DIR/time"
		st=$?
		set +o pipefail
		[ $st -gt 1 ] && status_bad=1
		runs+=("$(tail -1 "$BENCH_DIR/time")")
	done
	printf '%s\n' "${runs[@]}" | sort -n |
	    awk '{ r[NR] = $1; c[NR] = $2 + $3 }
	    END { m = int((NR + 1) / 2); printf "%s %.3f", r[m], c[m] }'
}

declare -A MBS MBC
# row key label input_bytes "command" [baseline_key ...]
row() {
	local key=$1 label=$2 bytes=$3 cmd=$4 base=${5:-} t secs cpu mbs \
	    mbc aps ratio
	status_bad=0
	t=$(timeit "$cmd")
	secs=${t% *} cpu=${t#* }
	mbs=$(awk -v b="$bytes" -v s="$secs" \
	    'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }')
	mbc=$(awk -v b="$bytes" -v s="$cpu" \
	    'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }')
	aps=$(awk -v n="$narticles" -v s="$secs" \
	    'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
	# a row whose command failed meets no target
	[ $status_bad = 1 ] || MBS[$key]=$mbs MBC[$key]=$mbc
	ratio=
	for b in $base; do
		[ -n "${MBS[$b]:-}" ] || continue
		ratio="$ratio$(awk -v a="$mbs" -v b="${MBS[$b]}" -v n="$b" \
		    'BEGIN { r = a / b; printf(r < 0.1 ? "%.3fx %s  " : \
		    "%.2fx %s  ", r, n) }')"
	done
	[ $status_bad = 1 ] && label="$label (exit>1!)"
	printf '  %-40s %6.1f %7.3f %7.3f %8s %8s %7s  %s\n' "$label" \
	    "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')" \
	    "$secs" "$cpu" "$mbs" "$mbc" "$aps" "$ratio"
}
header() {
	printf '\n%s\n' "$*"
	printf '  %-40s %6s %7s %7s %8s %8s %7s  %s\n' "command" "MB" \
	    "wall s" "cpu s" "MB/s" "MB/cpu-s" "art/s" "ratio of MB/s"
}

# --- stage inputs, made once (and so read once: the cache is warm) ---
out=$BENCH_DIR/out
mkdir -p "$out"
(cd "$C/utf8" && "$BIN/decode" -- *.txt) > "$out/decode.tsv" 2>>"$errlog"
awk -F'\t' 'NR > 1 || !/^#/ { print $NF }' "$out/decode.tsv" > "$out/plain.txt"
"$BIN/segment" "$out/decode.tsv" > "$out/segment.tsv" 2>>"$errlog"
"$BIN/quote-extract" "$out/segment.tsv" > "$out/quotes.tsv" 2>>"$errlog"
find "$C" -type f -exec cat {} + > /dev/null

u8=$(size "$C/utf8.txt") cp=$(size "$C/cp1252.txt") mj=$(size "$C/mojibake.txt")
u8d=$(bytes_of_dir "$C/utf8") cpd=$(bytes_of_dir "$C/cp1252")
mjd=$(bytes_of_dir "$C/mojibake")
dec=$(size "$out/decode.tsv") plain=$(size "$out/plain.txt")
seg=$(size "$out/segment.tsv") qt=$(size "$out/quotes.tsv")

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "ondit bench: $narticles articles ($fr fr, $en en), seed $BENCH_SEED," \
    "$(awk -v b="$u8" 'BEGIN { printf "%.1f", b / 1e6 }') MB of UTF-8"
echo "  corpus $C"
echo "  tools $BIN ($("$BIN/decode" -V 2>&1 | head -1))"
echo "  $(nproc) CPU: $cpu; median of $BENCH_RUNS runs; LC_ALL=$LC_ALL" \
    "(grep: LC_ALL=C)"
echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" \
    "(other processes on these CPUs lower every figure)"
echo "  one stream = all articles in one file (one document for decode);" \
    "dir = one file per article"

header "decode (input: raw articles)"
row cat "cat utf8 stream (floor)" "$u8" "cat '$C/utf8.txt'"
row iconv "iconv -f windows-1252 -t utf-8, stream" "$cp" \
    "iconv -f windows-1252 -t utf-8 '$C/cp1252.txt'"
if [ $has_uchardet = 1 ]; then
	row uchardet "uchardet, cp1252 stream" "$cp" \
	    "uchardet '$C/cp1252.txt'" iconv
	row uchardet_dir "uchardet, cp1252 dir" "$cpd" \
	    "(cd '$C/cp1252' || exit 2; uchardet *.txt)" iconv
fi
row dec_u8 "decode, utf8 stream" "$u8" "'$BIN/decode' '$C/utf8.txt'" \
    "iconv uchardet"
row dec_cp "decode, cp1252 stream" "$cp" "'$BIN/decode' '$C/cp1252.txt'" \
    "iconv uchardet"
row dec_mj "decode, mojibake stream" "$mj" \
    "'$BIN/decode' '$C/mojibake.txt'" "iconv uchardet"
row dec_u8d "decode, utf8 dir" "$u8d" \
    "(cd '$C/utf8' || exit 2; '$BIN/decode' -- *.txt)" "iconv uchardet_dir"
row dec_cpd "decode, cp1252 dir" "$cpd" \
    "(cd '$C/cp1252' || exit 2; '$BIN/decode' -- *.txt)" "iconv uchardet_dir"
row dec_mjd "decode, mojibake dir" "$mjd" \
    "(cd '$C/mojibake' || exit 2; '$BIN/decode' -- *.txt)" "iconv uchardet_dir"
if "$BIN/decode" --input=tsv < /dev/null > /dev/null 2>&1; then
	row dec_tsv "decode --input=tsv, utf8 one doc a line" \
	    "$(size "$C/utf8.tsv")" "'$BIN/decode' --input=tsv '$C/utf8.tsv'" \
	    "iconv uchardet_dir"
fi

# web pages: the test pages of tests/data/html, copied until there are
# BENCH_HTML_MB of them, one file per page
hkey=$(cat tests/data/html/*.html | md5sum | cut -c1-8)
H=$BENCH_DIR/html-${BENCH_HTML_MB}mb-$hkey
if [ ! -f "$H/.done" ]; then
	rm -rf "$BENCH_DIR"/html-*
	mkdir -p "$H"
	i=0 hb=0 round=$(cat tests/data/html/*.html | wc -c)
	while [ "$hb" -lt $((BENCH_HTML_MB * 1000000)) ]; do
		i=$((i + 1))
		for f in tests/data/html/*.html; do
			cp "$f" "$H/$i-${f##*/}"
		done
		hb=$((hb + round))
	done
	: > "$H/.done"
fi
find "$H" -type f -exec cat {} + > /dev/null
hb=$(find "$H" -name '*.html' -exec cat {} + | wc -c | tr -d ' ')
save_articles=$narticles
narticles=$(find "$H" -name '*.html' | wc -l | tr -d ' ')
header "decode of web pages (input: $narticles copies of the" \
    "$(ls tests/data/html/*.html | wc -l) test pages; art/s = pages/s)"
row cat_html "cat html dir (floor)" "$hb" "(cd '$H' && cat -- *.html)"
if [ -x "${HTML_PARSE:-}" ]; then
	row libxml2 "libxml2 parse and free only (floor)" "$hb" \
	    "(cd '$H' && '$HTML_PARSE' *.html)"
fi
row dec_html "decode, html dir" "$hb" "(cd '$H' && '$BIN/decode' -- *.html)" \
    libxml2
row dec_html_text "decode --text, html dir (no parsing)" "$hb" \
    "(cd '$H' && '$BIN/decode' --text -- *.html)"
narticles=$save_articles

header "segment (input: decode's records of the utf8 dir; the baselines and" \
    "-p read their text column, one paragraph a line)"
row cat_seg "cat records (floor)" "$dec" "cat '$out/decode.tsv'"
if [ $has_icu = 1 ]; then
	row icu "ICU BreakIterator, UTF-8 UText (en)" "$plain" \
	    "'$ICU_SENTENCES' '$out/plain.txt'"
	row icu16 "ICU BreakIterator, via UTF-16 (en)" "$plain" \
	    "'$ICU_SENTENCES' -u '$out/plain.txt'"
fi
if [ $has_sx = 1 ]; then
	row sentencex "sentencex (npm, node, en)" "$plain" \
	    "SENTENCEX_DIR='$sxdir' node bench/sentencex.mjs < '$out/plain.txt'" \
	    icu
fi
row seg_p "segment -p" "$plain" "'$BIN/segment' -p '$out/plain.txt'" \
    "icu icu16"
row seg "segment, records" "$dec" "'$BIN/segment' '$out/decode.tsv'" \
    "icu icu16"

header "quote-extract (input: segment's records)"
marks=$'\xc2\xab|\xc2\xbb|\xe2\x80\x9c|\xe2\x80\x9d|"'	# « » “ ” "
row cat_qe "cat records (floor)" "$seg" "cat '$out/segment.tsv'"
row grep_c "grep -c << (issue 6 floor)" "$seg" \
    "LC_ALL=C grep -c $'\xc2\xab' '$out/segment.tsv' | cat"
row grep "grep -oP marks | wc -l (scan floor)" "$seg" \
    "LC_ALL=C grep -oP \"\$marks\" '$out/segment.tsv' | wc -l"
row qe "quote-extract" "$seg" "'$BIN/quote-extract' '$out/segment.tsv'" grep

header "stance-tag (input: quote-extract's records; built-in rules)"
row cat_st "cat records (floor)" "$qt" "cat '$out/quotes.tsv'"
row st "stance-tag, quotations" "$qt" "'$BIN/stance-tag' '$out/quotes.tsv'"
row st_seg "stance-tag, every sentence" "$seg" \
    "'$BIN/stance-tag' '$out/segment.tsv'"

P="'$BIN/segment' | '$BIN/quote-extract' | '$BIN/stance-tag'"
header "pipeline decode | segment | quote-extract | stance-tag" \
    "(MB of raw input)"
row pipe_u8d "pipeline, utf8 dir" "$u8d" \
    "(cd '$C/utf8' || exit 2; '$BIN/decode' -- *.txt) | $P"
row pipe_u8 "pipeline, utf8 stream" "$u8" "'$BIN/decode' '$C/utf8.txt' | $P"

# --- startup: what one process per article (xargs, parallel) pays ---
printf '\n%s %s\n' "startup on empty input (median of 5; one process per article" \
    "pays it)"
for t in decode segment quote-extract stance-tag; do
	r=$(BENCH_RUNS=5 timeit "'$BIN/$t' < /dev/null 2> /dev/null")
	awk -v t="$t" -v w="${r% *}" -v c="${r#* }" 'BEGIN {
	    printf "  %-40s %7.1f ms wall %7.1f ms cpu  (at most %.0f/s)\n",
	    t, w * 1000, c * 1000, (w > 0 ? 1 / w : 0) }'
done
# one article through the four tools, as `parallel ... ::: articles/*`
# runs each: startup and the rules' first use (the JIT waits for 8 KB)
one=$(cd "$C/utf8" && ls | head -1)
r=$(BENCH_RUNS=5 timeit "'$BIN/decode' '$C/utf8/$one' | $P")
awk -v n="$(wc -c < "$C/utf8/$one")" -v w="${r% *}" -v c="${r#* }" 'BEGIN {
    printf "  %-40s %7.1f ms wall %7.1f ms cpu  (%d bytes)\n",
    "pipeline, one article", w * 1000, c * 1000, n }'

# --- peak RSS ---
# rss OUT CMD ARG...: runs one command with its output to OUT and prints
# its peak resident set size in kB
rss() {
	local out=$1 pid hwm=0 v
	shift
	if [ $has_time = 1 ]; then
		/usr/bin/time -f %M -o "$BENCH_DIR/rss" "$@" < /dev/null \
		    > "$out" 2>>"$errlog"
		tail -1 "$BENCH_DIR/rss"
		return
	fi
	"$@" < /dev/null > "$out" 2>>"$errlog" &
	pid=$!
	while v=$(awk '/^VmHWM/ { print $2 }' /proc/$pid/status 2>/dev/null) &&
	    [ -n "$v" ]; do
		hwm=$v
		sleep 0.02
	done
	wait $pid
	echo "$hwm"
}

declare -A RSS
if [ -n "$BENCH_RSS" ]; then
	printf '\npeak RSS in kB (%s), one run per size\n' \
	    "$([ $has_time = 1 ] && echo '/usr/bin/time -f %M' || echo 'VmHWM polled')"
	printf '  %-44s' "tool (input)"
	for m in $BENCH_RSS; do printf ' %10s' "${m} MB"; done
	printf '  %s\n' "largest/smallest"
	for m in $BENCH_RSS; do
		R=$(corpus "$m" stream,dir utf8,cp1252)
		o=$BENCH_DIR/rss-$m
		mkdir -p "$o"
		RSS[decode_s,$m]=$(rss /dev/null "$BIN/decode" "$R/utf8.txt")
		RSS[decode_c,$m]=$(rss /dev/null "$BIN/decode" "$R/cp1252.txt")
		RSS[decode_d,$m]=$(cd "$R/utf8" &&
		    rss "$o/decode.tsv" "$BIN/decode" -- *.txt)
		RSS[segment,$m]=$(rss "$o/segment.tsv" "$BIN/segment" \
		    "$o/decode.tsv")
		RSS[quote,$m]=$(rss "$o/quotes.tsv" "$BIN/quote-extract" \
		    "$o/segment.tsv")
		RSS[stance,$m]=$(rss /dev/null "$BIN/stance-tag" "$o/quotes.tsv")
		rm -f "$o/decode.tsv" "$o/segment.tsv" "$o/quotes.tsv"
	done
	rssflat=1
	for k in "decode_s:decode, utf8 stream (one document)" \
	    "decode_c:decode, cp1252 stream (one document)" \
	    "decode_d:decode, utf8 dir (one file per article)" \
	    "segment:segment (decode's records)" \
	    "quote:quote-extract (segment's records)" \
	    "stance:stance-tag (quote-extract's records)"; do
		printf '  %-44s' "${k#*:}"
		lo= hi=
		for m in $BENCH_RSS; do
			v=${RSS[${k%%:*},$m]:-0}
			printf ' %10s' "$v"
			[ -z "$lo" ] && lo=$v
			hi=$v
		done
		r=$(awk -v a="$lo" -v b="$hi" 'BEGIN { printf "%.2f", a ? b / a : 0 }')
		# flat: the largest input costs at most 25% or 2 MB more
		if awk -v a="$lo" -v b="$hi" \
		    'BEGIN { exit !(b <= a * 1.25 || b - a <= 2048) }'; then
			printf '  %s flat\n' "$r"
		else
			printf '  %s GROWS\n' "$r"
			rssflat=0
		fi
	done
fi

# --- targets from the issues ---
# verdict label value op goal [value per cpu-second]
verdict() {
	local ok=MISSED cpu=
	awk -v v="$2" -v g="$4" "BEGIN { exit !(v $3 g) }" && ok=ok
	[ -n "${5:-}" ] && cpu="(per cpu-s: $5)"
	printf '  %-46s %8s %-2s %-5s %-6s %s\n' "$1" "$2" "$3" "$4" "$ok" \
	    "$cpu"
}
ratio() { awk -v a="${MBS[$1]:-0}" -v b="${MBS[$2]:-0}" \
    'BEGIN { printf "%.2f", b ? a / b : 0 }'; }
cratio() { awk -v a="${MBC[$1]:-0}" -v b="${MBC[$2]:-0}" \
    'BEGIN { printf "%.2f", b ? a / b : 0 }'; }

printf '\ntargets (issues 2-8), on wall-clock MB/s\n'
verdict "decode cp1252 stream / iconv (2)" "$(ratio dec_cp iconv)" ">=" 0.5 \
    "$(cratio dec_cp iconv)"
verdict "decode cp1252 dir / iconv (2)" "$(ratio dec_cpd iconv)" ">=" 0.5 \
    "$(cratio dec_cpd iconv)"
verdict "decode html MB/s, one core (8)" "${MBS[dec_html]:-0}" ">=" 20 \
    "${MBC[dec_html]:-0}"
if [ $has_icu = 1 ]; then
	verdict "segment -p / ICU UText (3)" "$(ratio seg_p icu)" ">=" 3 \
	    "$(cratio seg_p icu)"
	verdict "segment -p / ICU via UTF-16 (3)" "$(ratio seg_p icu16)" \
	    ">=" 3 "$(cratio seg_p icu16)"
	verdict "segment records / ICU UText (3)" "$(ratio seg icu)" ">=" 3 \
	    "$(cratio seg icu)"
fi
verdict "segment -p MB/s (3: ~3x ICU's ~50)" "${MBS[seg_p]:-0}" ">=" 150 \
    "${MBC[seg_p]:-0}"
verdict "quote-extract MB/s (4)" "${MBS[qe]:-0}" ">=" 50 "${MBC[qe]:-0}"
verdict "quote-extract / grep -oP floor (4)" "$(ratio qe grep)" ">=" 0.25 \
    "$(cratio qe grep)"
verdict "stance-tag MB/s on quotations (5)" "${MBS[st]:-0}" ">=" 30 \
    "${MBC[st]:-0}"
verdict "pipeline MB/s, utf8 dir (6)" "${MBS[pipe_u8d]:-0}" ">=" 40
verdict "pipeline MB/s, utf8 stream (6)" "${MBS[pipe_u8]:-0}" ">=" 40
[ -n "$BENCH_RSS" ] &&
	verdict "peak RSS flat, $(echo $BENCH_RSS | tr ' ' '/') MB (6)" \
	    "$rssflat" "==" 1
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -s "$errlog" ]; then
	printf '\n%s lines on stderr from the tools (%s); the first:\n' \
	    "$(wc -l < "$errlog" | tr -d ' ')" "$errlog"
	sort "$errlog" | uniq -c | sort -rn | head -5 | cut -c1-160
fi
exit 0
