#!/usr/bin/env bats
# robust: no input crashes, hangs or silently loses data in any tool;
# bounded memory, failure behaviour, determinism (README "Guarantees").
#
# The largest inputs are 100 MB by default; ONDIT_BIG=1 makes the long
# line 1 GB.  Memory bounds are asserted as peak resident size
# (/usr/bin/time -f %M); a sanitizer build (ASan keeps freed memory in
# quarantine) gets more room but still a bound that is independent of the
# input's size.

load helper

RECTOOLS="segment quote-extract stance-tag"
ALLTOOLS="decode $RECTOOLS"

setup() {
	cd "$BATS_TEST_TMPDIR"
	BIG=100000000
	[ "${ONDIT_BIG:-0}" = 1 ] && BIG=1000000000
	SAN=0
	if ldd "$(command -v segment)" 2>/dev/null | grep -q 'lib[at]san'; then
		SAN=1
	fi
}

# peak KIB CMD: runs CMD (a bash string) with stdout and stderr to the
# files out and err, and fails unless its peak resident size stays under
# KIB KiB (four times that plus 512 MiB under ASan, whose quarantine
# keeps up to 256 MiB of freed memory).  Sets rc and rss.
peak() {
	local limit=$1
	[ "$SAN" = 1 ] && limit=$((limit * 4 + 524288))
	/usr/bin/time -f %M -o rss.txt bash -c "$2" > out 2> err
	rc=$(awk '/^Command exited with non-zero status/ { print $NF }' rss.txt)
	rc=${rc:-0}
	rss=$(tail -n 1 rss.txt)
	echo "peak $rss KiB, limit $limit KiB, exit $rc"
	[ "$rss" -lt "$limit" ]
}

# fields N FILE: every line of FILE has N fields and ends with LF.
fields() {
	[ -z "$(tail -c 1 "$2")" ] || { echo "no LF at the end of $2"; return 1; }
	awk -F '\t' -v n="$1" 'NF != n { print FILENAME ":" NR ": " NF " fields"; bad = 1 }
	    END { exit bad }' "$2"
}

# nospace: the text on stdin without spaces (TAB, LF, Unicode Zs).
nospace() {
	perl -CSD -pe 's/[\t\n\p{Zs}]//g'
}

# texts: the last field of each record on stdin, unescaped, one per line.
texts() {
	perl -ne 'chomp; next if /^#/; my @f = split /\t/, $_, -1; my $t = $f[-1];
	    $t =~ s/^\\#/#/; $t =~ s/\\(.)/$1 eq "n" ? "\n" : $1 eq "t" ? "\t" :
	    $1 eq "r" ? "\r" : $1/ge; print "$t\n"'
}

# --- regressions: inputs that make fuzz found ---------------------------

@test "fuzz regression: a record whose text is empty, then a plain line" {
	f=$DATA/robust/rec-empty-field.crash
	run --separate-stderr segment -H "$f"
	assert_success
	[ "$stderr" = "" ]
	assert_output "$f	und	1	1	enex-cai"
	run --separate-stderr stance-tag -H "$f"
	assert_success
	[ "$stderr" = "" ]
	[ "${#lines[@]}" = 2 ]
	[ "${lines[1]}" = "$f	und	1	0	statement		none			enex-cai" ]
	run --separate-stderr quote-extract -H "$f"
	assert_failure 1
	[ "$stderr" = "" ]
	assert_output ''
}

@test "fuzz regression: more than 64 columns are dropped with a warning, not 'out of memory'" {
	{ for i in $(seq 70); do printf 'c%d\t' "$i"; done; echo 'last'; } > wide.tsv
	for t in quote-extract stance-tag; do
		run --separate-stderr "$t" -H wide.tsv
		[ "$stderr" = "$t: wide.tsv:1: more columns than 64: the last 12 input columns are dropped" ]
	done
	run --separate-stderr stance-tag -H wide.tsv
	assert_success
	# doc lang par sent, 54 kept, 5 of stance-tag, text
	[ "$(awk -F '\t' '{ print NF }' <<< "$output")" = 64 ]
	run --separate-stderr segment -H wide.tsv
	assert_success
	[ "$stderr" = "segment: wide.tsv:1: more columns than 64: the last 7 input columns are dropped" ]
	[ "$(awk -F '\t' '{ print $NF }' <<< "$output")" = last ]
	run --separate-stderr quote-extract "$DATA/robust/rec-65-columns.crash"
	assert_failure 1
	[ "$stderr" = "quote-extract: $DATA/robust/rec-65-columns.crash:2: more columns than 64: the last 4 input columns are dropped
quote-extract: $DATA/robust/rec-65-columns.crash:2: 0 bad escapes kept, 1 invalid bytes replaced" ]
}

@test "fuzz regression: a backslash before a run of invalid bytes longer than a line part ends (was an endless loop)" {
	{ printf 'x\\'; head -c 17000000 /dev/zero | tr '\0' '\220'; } > esc.bin
	for t in $RECTOOLS; do
		run --separate-stderr timeout 120 "$t" -H esc.bin
		[ "$status" -le 1 ]
		[ "${stderr%%$'\n'*}" = "$t: esc.bin:1: 1 bad escapes kept, 16777211 invalid bytes replaced" ]
	done
	# segment writes every byte: x, the backslash escaped, each invalid
	# byte as U+FFFD
	run bash -c 'segment -p esc.bin 2>/dev/null | tr -d "\n" | wc -c'
	[ "$output" = $((3 + 3 * 17000000)) ]
	run --separate-stderr segment "$DATA/robust/rec-escape-cut.timeout"
	assert_success
	[ "$stderr" = "segment: $DATA/robust/rec-escape-cut.timeout:2: 1 bad escapes kept, 159 invalid bytes replaced" ]
}

@test "fuzz regression: a run of terminators or closing marks never takes a sentence past -m" {
	run bash -c "segment -p -m 33 '$DATA/robust/segment-past-max.crash' 2>/dev/null |
	    awk '{ if (length(\$0) > 33) bad++ } END { print NR, bad + 0 }'"
	[ "$output" = "92 0" ]
	{ printf 'Il a dit'; head -c 200000 /dev/zero | tr '\0' '.'; printf ' Et puis.\n'; } > dots.txt
	run --separate-stderr segment -H -p dots.txt
	assert_success
	[ "$stderr" = "segment: dots.txt:1: 4 sentences longer than 65536 bytes cut at a space" ]
	[ "$(awk '{ print length($0) }' <<< "$output" | tr '\n' ' ')" = "4 65536 65536 65536 3395 8 " ]
	# nothing lost
	[ "$(tr -d ' \n' <<< "$output")" = "$(tr -d ' \n' < dots.txt)" ]
}

@test "fuzz regression: a line break that ends a sentence is kept as one that starts it" {
	run segment -H -p <<< 'Un.\nDeux.\n'
	assert_success
	assert_output 'Un.\nDeux.\n'
	run segment -H -p <<< '\nUn. Deux.\n'
	assert_output '\nUn.
Deux.\n'
}

@test "fuzz regression: a NUL byte in a rule file is an error with its line (a define read past its buffer)" {
	printf '# x\n[stance fr]\ndefine NP a\0b\nmy.r accuse 70 {NP}\n' > nul.rules
	for t in $ALLTOOLS; do
		run --separate-stderr "$t" -r nul.rules /dev/null
		assert_failure 2
		assert_output ''
		[ "$stderr" = "$t: nul.rules:3: NUL byte" ]
	done
	run --separate-stderr segment -r "$DATA/robust/rules-nul-define.crash" /dev/null
	assert_failure 2
	[ "$stderr" = "segment: $DATA/robust/rules-nul-define.crash:7: NUL byte" ]
}

@test "fuzz regression: an empty rule file changes nothing" {
	: > empty.rules
	printf 'Le maire a déclaré : « Nous voterons. »\n' > a.txt
	run bash -c 'decode a.txt | segment | quote-extract | stance-tag'
	expected=$output
	run --separate-stderr bash -c 'decode -r empty.rules a.txt | segment -r empty.rules |
	    quote-extract -r empty.rules | stance-tag -r empty.rules'
	assert_success
	[ "$stderr" = "" ]
	[ "$output" = "$expected" ]
	[ "${#lines[@]}" = 2 ]
}

@test "fuzz regression: quotations with empty prefixes and roles are written whole" {
	run --separate-stderr quote-extract "$DATA/robust/quote-null-prefix.crash"
	assert_success
	[ "$stderr" = "" ]
	[ "${#lines[@]}" = 13 ]
	printf '%s\n' "${lines[@]}" > q.tsv
	fields 11 q.tsv
}
