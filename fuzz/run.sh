#!/bin/sh
# run.sh BUILD target...: runs each fuzz harness BUILD/fuzz-<target> for
# FUZZ_TIME seconds (default 600), FUZZ_JOBS (default 2) at a time, under
# nice -n 19, on a corpus seeded from tests/data, examples/ and lang/
# (records made by BIN/decode and BIN/segment from the examples for the
# record readers).  The corpus grows in BUILD/corpus/<target>; a crash is
# kept as BUILD/crash-<target>-*.  Prints one line per target (runs,
# coverage, corpus) and exits 1 when a target found something.
set -u
build=$1
shift
time=${FUZZ_TIME:-600}
jobs=${FUZZ_JOBS:-2}
bin=${BIN:-bin}
seeds=$build/seeds
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Seeds: whole files for the byte-level targets, records for the others.
rm -rf "$seeds"
mkdir -p "$seeds/bytes" "$seeds/records" "$seeds/rules"
cp examples/*.txt tests/data/charset/* tests/data/decode/*.txt \
    tests/data/decode/*.tsv "$seeds/bytes/"
for f in examples/*.txt; do
	b=$(basename "$f" .txt)
	"$bin/decode" "$f" > "$seeds/records/$b.par" 2>/dev/null
	"$bin/segment" "$seeds/records/$b.par" > "$seeds/records/$b.sent" \
	    2>/dev/null
	"$bin/decode" -k -H "$f" 2>/dev/null | head -c 4000 \
	    > "$seeds/records/$b.short"
done
cp tests/data/quote-extract/*.txt tests/data/decode/*.out "$seeds/records/"
for f in lang/*/*; do
	cp "$f" "$seeds/rules/$(echo "$f" | tr / _)"
done
[ -d tests/data/robust ] && cp tests/data/robust/* "$seeds/bytes/" 2>/dev/null

seeds_of() {
	case $1 in
	rec|quote) echo "$seeds/records" ;;
	rules) echo "$seeds/rules" ;;
	segment) echo "$seeds/bytes $seeds/records" ;;
	*) echo "$seeds/bytes" ;;
	esac
}

run_one() {	# target: fuzzes it, then says how it went
	t=$1
	mkdir -p "$build/corpus/$t"
	rm -f "$build/crash-$t-"*
	# one child process that is restarted after a finding: every
	# finding of the whole run is kept, not only the first
	nice -n 19 "$build/fuzz-$t" -max_total_time="$time" -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 -close_fd_mask=2 -fork=1 \
	    -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
	    -artifact_prefix="$build/crash-$t-" "$build/corpus/$t" \
	    $(seeds_of "$t") > "$build/fuzz-$t.log" 2>&1
	rc=$?
	found=$(ls "$build/crash-$t-"* 2>/dev/null | wc -l)
	last=$(grep -E '^#[0-9]+' "$build/fuzz-$t.log" | tail -1)
	echo "fuzz-$t: ${time}s, exit $rc, $found findings: $last"
	[ "$found" = 0 ] && [ $rc = 0 ]
}

status=0
pids=
for t in "$@"; do
	run_one "$t" &
	pids="$pids $!"
	while [ "$(jobs -p | wc -l)" -ge "$jobs" ]; do
		sleep 1
	done
done
for p in $pids; do
	wait "$p" || status=1
done
exit $status
