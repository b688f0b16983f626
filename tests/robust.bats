#!/usr/bin/env bats
# robust: no input crashes, hangs or silently loses data in any tool;
# bounded memory, failure behaviour, determinism (README "Guarantees").
#
# The largest inputs (a line, a document with an unclosed mark) are
# 100 MB by default, 20 MB under make check-valgrind; ONDIT_BIG=1 makes
# them 1 GB.  Memory bounds are asserted as peak resident size
# (/usr/bin/time -f %M); a sanitizer build (ASan keeps freed memory in
# quarantine) gets more room but still a bound that is independent of the
# input's size.  make check-valgrind (ONDIT_VALGRIND=1) counts as a
# sanitizer build.

load helper

RECTOOLS="segment quote-extract stance-tag"
ALLTOOLS="decode $RECTOOLS"

setup() {
	cd "$BATS_TEST_TMPDIR"
	BIG=100000000
	[ -n "${ONDIT_VALGRIND:-}" ] && BIG=20000000	# 50 times slower
	[ "${ONDIT_BIG:-0}" = 1 ] && BIG=1000000000
	SAN=0
	if [ -n "${ONDIT_VALGRIND:-}" ] ||
	    ldd "$(command -v segment)" 2>/dev/null | grep -q 'lib[at]san'; then
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
	/usr/bin/time -f %M -o rss.txt bash -c "$2" > out 2> err || true
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

# nospace: the text on stdin without spaces (TAB, LF, CR, Unicode Zs).
nospace() {
	perl -CSD -pe 's/[\t\n\r\p{Zs}]//g'
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

@test "fuzz regression: a BOM alone, or CR and one high byte: empty, or one line (no null pointer arithmetic)" {
	printf '\r\241' > cr.txt
	run --separate-stderr decode -H cr.txt
	assert_success
	[ "$stderr" = "" ]
	assert_output "cr.txt	und	1	0	¡"
	printf '\357\273\277' > bom8.txt
	printf '\376\377' > bom16.txt
	run --separate-stderr decode -H bom8.txt bom16.txt
	assert_failure 1
	assert_output ''
	stderr_is 'decode: bom8.txt: empty document
decode: bom16.txt: empty document'
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
	[ "${#lines[@]}" = 16 ]
	printf '%s\n' "${lines[@]}" > q.tsv
	fields 11 q.tsv
}

# --- resource bounds (the man pages' MEMORY sections) ---------------------

# Peak resident sizes, in KiB, that no input makes a tool exceed: see the
# bounds in decode(1), segment(1), quote-extract(1) and stance-tag(1).
MAX_decode=163840		# 160 MiB
MAX_segment=65536		# 64 MiB
MAX_quote_extract=196608	# 192 MiB
MAX_stance_tag=131072		# 128 MiB

# bound TOOL: its peak resident size limit in KiB.
bound() {
	local v="MAX_${1//-/_}"
	echo "${!v}"
}

# longline: BIG bytes of French text without a line break.
longline() {
	yes 'Le conseil a voté le budget, a dit le maire. ' | tr -d '\n' |
	    head -c "$BIG"
}

@test "a single line of 100 MB (1 GB with ONDIT_BIG=1): bounded memory, every byte written" {
	longline > line.txt
	parts=$(( (BIG + 16777215) / 16777216 ))
	# decode: the paragraph is written in parts of 16 MiB, nothing lost
	peak "$MAX_decode" 'timeout 600 decode -H -l fr line.txt'
	[ "$rc" = 0 ]
	[ "$(wc -l < out)" = "$parts" ]
	[ "$(sort -u err)" = "decode: line.txt: paragraph 1 longer than 16 MiB, written in parts" ]
	[ "$(wc -l < err)" = $((parts - 1)) ]
	[ "$(cut -f5 out | tr -d ' \n' | wc -c)" = "$(tr -d ' ' < line.txt | wc -c)" ]
	mv out par.tsv
	# segment: read in parts, every character in a sentence
	peak "$MAX_segment" 'timeout 600 segment -H -p line.txt'
	[ "$rc" = 0 ]
	[ "$(head -n 1 err)" = "segment: line.txt:1: record longer than 16 MiB, read in parts: sentences may be cut there" ]
	[ "$(tr -d ' \n' < out | wc -c)" = "$(tr -d ' ' < line.txt | wc -c)" ]
	# quote-extract and stance-tag: each part is a paragraph
	peak "$MAX_quote_extract" 'timeout 600 quote-extract -H -l fr line.txt'
	[ "$rc" -le 1 ]
	[ "$(head -n 1 err)" = "quote-extract: line.txt:1: record longer than 16 MiB, read in parts: each part is a paragraph" ]
	peak "$MAX_stance_tag" 'timeout 600 stance-tag -H -l fr line.txt'
	[ "$rc" = 0 ]
	[ "$(wc -l < out)" = "$parts" ]
	[ "$(cut -f10 out | tr -d ' \n' | wc -c)" = "$(tr -d ' ' < line.txt | wc -c)" ]
}

@test "a paragraph of 10 million words: bounded memory in every tool, every word kept by decode | segment" {
	yes 'Le conseil a voté hier le budget de la ville.' |
	    head -n 1000000 | tr '\n' ' ' > words.txt
	[ "$(wc -w < words.txt)" = 10000000 ]
	peak "$MAX_decode" 'timeout 600 decode -H -l fr words.txt'
	[ "$rc" = 0 ]
	# 47 MB: three parts of at most 16 MiB, numbered 1
	[ "$(wc -l < out)" = 3 ]
	[ "$(cut -f3 out | sort -u)" = 1 ]
	[ "$(cut -f5 out | tr -d ' \n' | wc -c)" = "$(tr -d ' ' < words.txt | wc -c)" ]
	mv out par.tsv
	peak "$MAX_segment" 'timeout 600 segment -H par.tsv'
	[ "$rc" = 0 ]
	# a million sentences, two of them cut by the parts: every character
	[ "$(wc -l < out)" = 1000002 ]
	[ "$(cut -f5 out | grep -c -x 'Le conseil a voté hier le budget de la ville.')" = 999998 ]
	[ "$(cut -f5 out | tr -d ' \n' | wc -c)" = "$(tr -d ' ' < words.txt | wc -c)" ]
	mv out sent.tsv
	peak "$MAX_quote_extract" 'timeout 600 quote-extract -H sent.tsv'
	[ "$rc" = 1 ]
	[ "$(cat err)" = "quote-extract: sent.tsv:8193: more than 8192 sentences in paragraph 1: the rest counts as the last one" ]
	peak "$MAX_stance_tag" 'timeout 600 stance-tag -H sent.tsv'
	[ "$rc" = 0 ]
	[ "$(wc -l < out)" = 1000002 ]
}

@test "1 million quotation marks: in one paragraph (4096 written, the rest counted, exit 1) and one pair per line" {
	yes '« oui » ' | head -n 500000 | tr -d '\n' > marks.txt
	peak "$MAX_quote_extract" 'timeout 600 quote-extract -H -l fr marks.txt'
	[ "$rc" = 1 ]
	[ "$(wc -l < out)" = 4096 ]
	[ "$(cat err)" = "quote-extract: marks.txt:1: more than 4096 quotations in paragraph 1: 495904 not written" ]
	[ "$(sort -u out)" = "marks.txt	fr	1	1					partial	oui" ]
	yes '« Oui », a dit Paul Garnier.' | head -n 500000 > pairs.txt
	peak "$MAX_quote_extract" 'timeout 600 quote-extract -H -l fr pairs.txt'
	[ "$rc" = 0 ]
	[ "$(wc -l < out)" = 500000 ]
	[ "$(cat err)" = "" ]
	[ "$(cut -f5,9,10 out | sort | uniq -c | sed 's/^ *//')" = "500000 Paul Garnier	direct	Oui" ]
}

@test "a never-closed quotation mark at the start of a 100 MB document: bounded, warned, the document read to its end" {
	{ printf '« '; yes 'Le conseil a voté le budget hier soir.' | awk '{ print; if (NR % 8 == 0) print "" }' | head -c "$BIG"; } > open.txt
	peak "$MAX_decode" 'timeout 600 decode -H -l fr open.txt'
	[ "$rc" = 0 ]
	npar=$(wc -l < out)
	[ "$(tail -n 1 out | cut -f3)" = "$npar" ]
	mv out par.tsv
	segment -H par.tsv > sent.tsv
	peak "$MAX_quote_extract" 'timeout 600 quote-extract -H sent.tsv'
	[ "$rc" = 0 ]
	[ "$(cat err)" = "quote-extract: sent.tsv:1: unclosed quotation mark: the quotation ends with paragraph 1" ]
	# the quotation is the first paragraph, after its opening mark
	[ "$(cat out)" = "open.txt	fr	1	1					direct	$(head -n 8 open.txt | tr '\n' ' ' | sed 's/^« //; s/ $//')" ]
}

@test "deeply nested quotations (300000 marks): one quotation, closed when 16 levels are (quote-extract(1) CAVEATS)" {
	{ printf 'Il a dit : '; yes '« “ ‹ ' | head -n 50000 | tr -d '\n'; printf 'non'
	  yes ' › ” »' | head -n 50000 | tr -d '\n'; echo; } > nested.txt
	peak "$MAX_quote_extract" 'timeout 300 quote-extract -H -l fr nested.txt'
	[ "$rc" = 0 ]
	[ "$(cat err)" = "" ]
	[ "$(wc -l < out)" = 1 ]
	[ "$(cut -f5-9 out)" = "Il		unresolved	a dit	direct" ]
	# the opening marks after the 16th are not stacked; the first › closes
	# the 15th level (the 16th, a «, with it), so the 15th closing mark
	# closes the quotation: it holds 14 of them, each after a space
	# (characters counted by perl: bash counts bytes under LC_ALL=C)
	run perl -CSD -F'\t' -lane 'print length($F[9]), " ", substr($F[9], 0, 7),
	    " ", substr($F[9], 299998, 3)' out
	[ "$output" = "$(( 6 * 50000 - 2 + 3 + 2 * 14 )) “ ‹ « “ non" ]
}

@test "a document of 100,000 paragraphs: every paragraph numbered, one quotation each, bounded memory" {
	yes 'Le maire a déclaré : « Nous voterons le budget. »' | head -n 100000 |
	    awk '{ print; print "" }' > many.txt
	peak "$MAX_decode" 'timeout 300 decode -H many.txt'
	[ "$rc" = 0 ]
	[ "$(wc -l < out)" = 100000 ]
	[ "$(tail -n 1 out | cut -f1-4)" = "many.txt	fr	100000	0" ]
	mv out par.tsv
	peak "$MAX_segment" 'timeout 300 segment -H par.tsv'
	[ "$(wc -l < out)" = 100000 ]
	mv out sent.tsv
	peak "$MAX_quote_extract" 'timeout 300 quote-extract -H sent.tsv'
	[ "$rc" = 0 ]
	[ "$(wc -l < out)" = 100000 ]
	[ "$(cut -f3 out | uniq | wc -l)" = 100000 ]
	mv out q.tsv
	peak "$MAX_stance_tag" 'timeout 300 stance-tag -H q.tsv'
	[ "$rc" = 0 ]
	[ "$(wc -l < out)" = 100000 ]
	[ "$(cut -f15 out | sort -u)" = "Nous voterons le budget." ]
}

@test "a rule with catastrophic backtracking: warned, that match given up, the other records done" {
	printf '[stance fr]\nmy.slow accuse 90 ^(a|aa)+$\n' > slow.rules
	printf 'd\tfr\t1\t1\t%s\n' "$(printf 'a%.0s' {1..40})b" 'Le syndicat accuse le ministre.' > in.tsv
	run --separate-stderr timeout 120 stance-tag -H -r slow.rules in.tsv
	assert_success
	[ "$stderr" = "stance-tag: in.tsv:1: 1 rule matches given up at the match limit" ]
	[ "${#lines[@]}" = 2 ]
	[ "$(cut -f5 <<< "${lines[0]}")" = statement ]
	[ "$(cut -f5 <<< "${lines[1]}")" = accuse ]
	printf '[attribution fr]\nfr.slow after (?:a|aa)+$(?<cue>x)(?<speaker>y)\n' > slowq.rules
	printf 'd\tfr\t1\t1\t« Non », %sb xy\nd\tfr\t2\t1\t« Oui », a dit Paul Garnier.\n' "$(printf 'a%.0s' {1..40})" > q.tsv
	run --separate-stderr timeout 120 quote-extract -H -r slowq.rules q.tsv
	assert_success
	[ "$stderr" = "quote-extract: q.tsv:1: 1 rule matches given up at the match limit" ]
	[ "${#lines[@]}" = 2 ]
	[ "${lines[1]}" = "d	fr	2	1	Paul Garnier		name	a dit	direct	Oui" ]
}

# --- failure behaviour (decode's and some others' are in their files) -----

# records N: N sentence records of as many paragraphs, with a quotation.
records() {
	awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
	    printf "d\tfr\t%d\t1\tLe maire a dit : « Oui %d. »\n", i, i }'
}

@test "stdout closed early (| head -n 1): every record tool ends quietly" {
	records 200000 > big.tsv
	for t in $RECTOOLS; do
		run --separate-stderr bash -c "$t big.tsv | head -n 1; exit \${PIPESTATUS[0]}"
		[ "$status" = 141 ]	# 128 + SIGPIPE, as any filter
		[ "$stderr" = "" ]
		[ "${#lines[@]}" = 1 ]
		[ "${output:0:4}" = "#doc" ]
	done
}

@test "stdout full (> /dev/full): quote-extract and stance-tag say so and exit 2" {
	records 20000 > big.tsv
	for t in quote-extract stance-tag; do
		run --separate-stderr bash -c "$t big.tsv > /dev/full"
		assert_failure 2
		[ "$stderr" = "$t: write error: No space left on device" ]
		# a small output is written at the end: the same
		run --separate-stderr bash -c "$t -H <<< 'd	fr	1	1	« Oui », a dit Paul.' > /dev/full"
		assert_failure 2
		[ "$stderr" = "$t: write error: No space left on device" ]
	done
}

@test "an unreadable file among readable ones: warned, the others done, exit 2 (every tool)" {
	# /proc/self/mem opens but cannot be read from its start (EIO), even
	# as root; a missing file cannot be opened
	records 3 > a.tsv
	for t in $ALLTOOLS; do
		run --separate-stderr "$t" -H a.tsv /proc/self/mem missing.tsv a.tsv
		assert_failure 2
		[ "$stderr" = "$t: /proc/self/mem: Input/output error
$t: missing.tsv: No such file or directory" ]
		[ "${#lines[@]}" = 6 ]
	done
	run --separate-stderr stance-tag -H a.tsv /proc/self/mem a.tsv
	[ "${lines[5]}" = "d	fr	3	1	statement		none			Le maire a dit : « Oui 3. »" ]
}

@test "a directory among the files: warned, the others done, exit 2 (every tool)" {
	records 3 > a.tsv
	mkdir dir.tsv
	for t in $ALLTOOLS; do
		run --separate-stderr "$t" -H a.tsv dir.tsv a.tsv
		assert_failure 2
		[ "$stderr" = "$t: dir.tsv: Is a directory" ]
	done
	run --separate-stderr segment -H a.tsv dir.tsv a.tsv
	[ "${#lines[@]}" = 6 ]
	[ "${lines[5]}" = "d	fr	3	1	Le maire a dit : « Oui 3. »" ]
}

@test "malformed records mid-stream (wrong escape, invalid UTF-8): warned with their line, the others done" {
	{ records 2; printf 'd\tfr\t3\t1\tUn \\q \\x mot \377 \xc3 « Oui 3. »\n'; records 5 | tail -n 2; } > in.tsv
	for t in $RECTOOLS; do
		run --separate-stderr "$t" -H in.tsv
		assert_success
		[ "$stderr" = "$t: in.tsv:3: 2 bad escapes kept, 2 invalid bytes replaced" ]
	done
	run --separate-stderr segment -H in.tsv
	[ "${#lines[@]}" = 5 ]
	[ "${lines[2]}" = 'd	fr	3	1	Un \\q \\x mot � � « Oui 3. »' ]
	[ "${lines[4]}" = "d	fr	5	1	Le maire a dit : « Oui 5. »" ]
	run --separate-stderr quote-extract -H in.tsv
	[ "${#lines[@]}" = 5 ]
	[ "$(cut -f3,10 <<< "${lines[2]}")" = "3	Oui 3." ]
}

@test "a rule file with a bad pattern or bad bytes: FILE:LINE, nothing written, exit 2 (every tool)" {
	printf '[boilerplate]\nok ^x$\nbad ^(unclosed\n' > bad.rules
	printf '[stance fr]\nmy.ok accuse 70 accuse\nmy.bad accuse 70 (?i)vilipend(\n' > bads.rules
	printf '[attribution fr]\nfr.ok after ^x\nfr.bad after (?<cue>a grondé\n' > badq.rules
	printf '[abbreviations fr]\nM.\nbad\377\n' > badu.rules
	records 3 > a.tsv
	run --separate-stderr decode -r bad.rules a.tsv
	assert_failure 2
	assert_output ''
	[ "$stderr" = "decode: bad.rules:3: bad pattern at offset 10: missing closing parenthesis" ]
	run --separate-stderr stance-tag -r bads.rules a.tsv
	assert_failure 2
	assert_output ''
	[ "$stderr" = "stance-tag: bads.rules:3: bad pattern at offset 13: missing closing parenthesis" ]
	run --separate-stderr quote-extract -r badq.rules a.tsv
	assert_failure 2
	assert_output ''
	[ "$stderr" = "quote-extract: badq.rules:3: bad pattern at offset 16: missing closing parenthesis" ]
	for t in $ALLTOOLS; do
		run --separate-stderr "$t" -r badu.rules a.tsv
		assert_failure 2
		assert_output ''
		[ "$stderr" = "$t: badu.rules:3: not valid UTF-8" ]
	done
}

@test "every kind of section that ondit-rules(5) documents is known to every tool (an empty one changes nothing)" {
	kinds=$(sed -n 's/^\.It Ic \[\([a-z-]*\)\]$/\1/p' "$BATS_TEST_DIRNAME/../man/ondit-rules.5" | sort -u)
	[ "$(wc -w <<< "$kinds")" -ge 50 ]
	for k in $kinds attribution stance negation not-negating boilerplate; do
		printf '[%s fr]\n' "$k"
	done > kinds.rules
	records 3 > a.tsv
	for t in $ALLTOOLS; do
		want=$("$t" a.tsv)
		run --separate-stderr "$t" -r kinds.rules a.tsv
		assert_success
		[ "$stderr" = "" ]
		[ "$output" = "$want" ]
	done
}

@test "a rule file with a section no tool reads is an error, another tool's section is skipped (every tool)" {
	# "[verb]" for "[verbs]": its entries would be read by no tool
	printf '# ours\n[verb fr]\ngronder grondé gronde\n' > typo.rules
	printf '[stance fr]\nmy.ok accuse 70 accuse\n[verbs fr]\ngronder grondé gronde\n[abbreviations fr]\nMgr.\n[boilerplate fr]\nmy.x ^x$\n' > shared.rules
	records 3 > a.tsv
	for t in $ALLTOOLS; do
		run --separate-stderr "$t" -r typo.rules a.tsv
		assert_failure 2
		assert_output ''
		[ "$stderr" = "$t: typo.rules:2: unknown section [verb]" ]
		# (none of its entries bears on these records)
		want=$("$t" a.tsv)
		run --separate-stderr "$t" -r shared.rules a.tsv
		assert_success
		[ "$stderr" = "" ]
		[ "$output" = "$want" ]
		[ "${#lines[@]}" -ge 3 ]
	done
}

@test "SIGTERM mid-run: whole records only, then exit 143 (every tool)" {
	for t in $ALLTOOLS; do
		# an endless stream: the tool is stopped, never done
		"$t" <(records 1000000000) > out.tsv 2> err &
		pid=$!
		sleep 2
		kill -TERM "$pid"
		status=0
		wait "$pid" || status=$?
		echo "$t: exit $status, $(wc -l < out.tsv) lines"
		[ "$status" = 143 ]
		[ ! -s err ]
		n=$(head -n 1 out.tsv | awk -F '\t' '{ print NF }')
		fields "$n" out.tsv
	done
}

@test "SIGTERM while blocked reading a pipe: a prompt exit 143, the records read written whole (decode: the header)" {
	for t in $ALLTOOLS; do
		mkfifo "in.$t"
		"$t" -u < "in.$t" > out.tsv 2> err &
		pid=$!
		exec 5> "in.$t"
		records 1000 >&5
		# -u writes each record at once: wait until they are out (the
		# last paragraph of quote-extract waits for the next one)
		# (decode reads its detection head first: a second)
		[ "$t" = decode ] && sleep 1
		for i in $(seq 300); do
			[ "$t" = decode ] && break
			[ "$(wc -l < out.tsv)" -ge 1000 ] && break
			sleep 0.1
		done
		kill -TERM "$pid"
		status=0
		wait "$pid" || status=$?
		exec 5>&-
		echo "$t: exit $status, $(wc -l < out.tsv) lines"
		[ "$status" = 143 ]
		[ ! -s err ]
		# decode stops within the document it was reading: its
		# header alone; the others have written every record
		if [ "$t" = decode ]; then
			[ "$(cat out.tsv)" = "#doc	lang	par	sent	text" ]
		else
			[ "$(wc -l < out.tsv)" = 1001 ]
		fi
		n=$(head -n 1 out.tsv | awk -F '\t' '{ print NF }')
		fields "$n" out.tsv
	done
}

# --- data integrity -------------------------------------------------------

# The charset decode reports for FILE.
charset_of() {
	decode -v "$1" 2>&1 > /dev/null | awk -F ': ' '{ split($3, a, " "); print a[1] }'
}

@test "decode -k: every character of each example's text reaches the output once; without -k, the boilerplate paragraphs alone are missing" {
	for f in "$EXAMPLES"/*.txt; do
		cs=$(charset_of "$f")
		# decode drops the BOM; spaces and line breaks are re-spaced
		iconv -f "$cs" -t UTF-8 "$f" | nospace | perl -CSD -pe 's/\x{feff}//g' > src
		decode -k -H "$f" > k.tsv
		texts < k.tsv | nospace > kept
		cmp src kept
		awk -F '\t' '$5 == ""' k.tsv | cut -f1-4,6 | texts | nospace > body
		decode -H "$f" | texts | nospace > plain
		cmp body plain
		# some paragraphs were dropped, so the two differ
		! cmp -s kept plain
	done
}

@test "decode | segment: the sentences of each paragraph, joined by a space, are the paragraph" {
	for f in "$EXAMPLES"/*.txt; do
		decode -H "$f" > p.tsv
		segment -H p.tsv > s.tsv
		perl -e '
		    open P, "p.tsv" or die; while (<P>) { chomp; my @f = split /\t/, $_, -1;
		        $p{"$f[0]\t$f[2]"} = $f[-1]; push @k, "$f[0]\t$f[2]"; }
		    open S, "s.tsv" or die; while (<S>) { chomp; my @f = split /\t/, $_, -1;
		        my $k = "$f[0]\t$f[2]"; $s{$k} = defined $s{$k} ? "$s{$k} $f[-1]" : $f[-1]; }
		    for my $k (@k) { if ($p{$k} ne $s{$k}) { print "$k\n$p{$k}\n$s{$k}\n"; exit 1 } }
		    exit(@k > 10 ? 0 : 1)'
	done
}

@test "segment: the sentences hold every character of their paragraph once, whatever its spaces (TAB, NBSP, runs)" {
	printf 'd\tfr\t1\t0\t  Il a dit\xc2\xa0: « Oui. »\xe2\x80\xaf Puis  il est parti.\\tEnfin\xe2\x80\x83! Non ? Si.  \n' > in.tsv
	run --separate-stderr segment -H in.tsv
	assert_success
	[ "${#lines[@]}" = 5 ]
	[ "$(texts < in.tsv | nospace)" = "$(printf '%s\n' "${lines[@]}" | texts | nospace)" ]
	[ "$(cut -f5 <<< "${lines[1]}")" = 'Puis  il est parti.' ]
}

@test "quote-extract: every quotation is text of its document, each part in order" {
	for f in "$EXAMPLES"/*.txt; do
		decode -H "$f" | segment -H > s.tsv
		quote-extract -H s.tsv > q.tsv || true
		[ -s q.tsv ]
		# a quotation over two paragraphs joins them with a space where
		# the text has an opening mark: marks and spaces are left out
		perl -CSD -e '
		    sub bare { my $s = shift; $s =~ s/[\x{ab}\x{bb}\x{201c}\x{201d}\x{201e}\x{2039}\x{203a}"\s\p{Zs}]//g; $s }
		    open S, "<:utf8", "s.tsv" or die; my $doc = ""; while (<S>) { chomp;
		        my @f = split /\t/, $_, -1; $doc .= bare($f[-1]); }
		    open Q, "<:utf8", "q.tsv" or die; while (<Q>) { chomp; my @f = split /\t/, $_, -1;
		        my $at = 0;
		        for my $part (split / \x{2026} /, $f[-1]) {
		            my $i = index($doc, bare($part), $at);
		            if ($i < 0 && $f[8] ne "indirect") { print "not found: $part\n"; exit 1 }
		            $at = $i if $i >= 0;
		        } }'
	done
}

@test "stance-tag: every record once, its columns unchanged, the text last" {
	for f in "$EXAMPLES"/*.txt; do
		decode -H "$f" | segment -H > s.tsv
		stance-tag -H s.tsv > t.tsv
		[ "$(wc -l < t.tsv)" = "$(wc -l < s.tsv)" ]
		cut -f1-4,10 t.tsv | cmp - s.tsv
	done
}

# --- determinism ----------------------------------------------------------

@test "the same bytes under LC_ALL=C, C.UTF-8 and fr_FR.UTF-8, with and without -u" {
	# fr_FR.UTF-8 is compiled here from the system's locale sources when
	# it is not installed (localedef needs no root with a LOCPATH)
	loc=$BATS_TEST_TMPDIR/locales
	mkdir -p "$loc"
	if ! locale -a 2>/dev/null | grep -qix 'fr_FR.utf-\?8'; then
		if ! localedef -i fr_FR -f UTF-8 "$loc/fr_FR.UTF-8" 2>/dev/null; then
			skip "no fr_FR.UTF-8 locale and no fr_FR locale source to build it"
		fi
		export LOCPATH=$loc
	fi
	# the locale is really in force: a French decimal comma
	[ "$(LC_ALL=fr_FR.UTF-8 locale decimal_point)" = "," ]
	pipeline() {	# LOCALE -u-or-nothing
		LC_ALL=$1 decode -k $2 "$EXAMPLES"/*.txt 2>&1 |
		    LC_ALL=$1 segment $2 2>&1 |
		    LC_ALL=$1 quote-extract $2 2>&1 |
		    LC_ALL=$1 stance-tag $2 2>&1
		LC_ALL=$1 decode $2 "$EXAMPLES"/*.txt | LC_ALL=$1 segment $2 |
		    LC_ALL=$1 stance-tag $2 --summary 2>&1
		LC_ALL=$1 decode $2 --json "$EXAMPLES/fr-greve-rail.txt" 2>&1
		LC_ALL=$1 decode -v $2 /dev/null "$EXAMPLES"/*.txt 2>&1 > /dev/null ||
		    echo "decode -v: exit $?"
	}
	pipeline C "" > c.out
	[ "$(wc -l < c.out)" -gt 300 ]
	for l in C C.UTF-8 fr_FR.UTF-8; do
		for u in "" -u; do
			pipeline "$l" "$u" > other.out
			cmp c.out other.out
		done
	done
}
