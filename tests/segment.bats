#!/usr/bin/env bats
# segment: paragraph records to sentence records (segment(1)).

load helper

# Runs the cases of a language file and compares every sentence record.
run_cases() {
	local lang=$1
	awk -v mode=expect -v lang="$lang" -f "$BATS_TEST_DIRNAME/cases.awk" \
	    "$DATA/segment/$lang.cases" > "$BATS_TEST_TMPDIR/expect"
	awk -v mode=input -v lang="$lang" -f "$BATS_TEST_DIRNAME/cases.awk" \
	    "$DATA/segment/$lang.cases" | segment -H > "$BATS_TEST_TMPDIR/got"
	diff "$BATS_TEST_TMPDIR/expect" "$BATS_TEST_TMPDIR/got"
}

@test "French hard cases: every sentence where a careful reader puts it" {
	run run_cases fr
	assert_success
	assert_output ''
}

@test "English hard cases: every sentence where a careful reader puts it" {
	run run_cases en
	assert_success
	assert_output ''
}

@test "the cases files hold at least 150 cases per language" {
	run grep -c '^> ' "$DATA/segment/fr.cases"
	(( output >= 150 ))
	run grep -c '^> ' "$DATA/segment/en.cases"
	(( output >= 150 ))
}

@test "keeps the leading columns and numbers sentences in their paragraph" {
	run segment <<-EOF
	#doc	lang	par	sent	text
	a.txt	fr	3	0	M. Dupont est arrivé. Il repart demain.
	a.txt	fr	4	0	Rien à signaler
	EOF
	assert_success
	assert_output "#doc	lang	par	sent	text
a.txt	fr	3	1	M. Dupont est arrivé.
a.txt	fr	3	2	Il repart demain.
a.txt	fr	4	1	Rien à signaler"
}

@test "plain lines: doc is the file name, par the line, lang detected" {
	printf 'Le ministre est arrivé. Il a parlé de la réforme et des retraites.\nThe minister arrived. He spoke about the reform and the pensions.\n' > "$BATS_TEST_TMPDIR/in.txt"
	cd "$BATS_TEST_TMPDIR"
	run segment in.txt
	assert_success
	assert_output "#doc	lang	par	sent	text
in.txt	fr	1	1	Le ministre est arrivé.
in.txt	fr	1	2	Il a parlé de la réforme et des retraites.
in.txt	fr	2	1	The minister arrived.
in.txt	fr	2	2	He spoke about the reform and the pensions."
}

@test "-l forces the language of every record" {
	run segment -H -l en <<< "fr.txt	fr	1	0	Meeting at 10 a.m. Monday. Then lunch."
	assert_output "fr.txt	en	1	1	Meeting at 10 a.m. Monday.
fr.txt	en	1	2	Then lunch."
}

@test "-p writes only the sentences" {
	run segment -p <<< "x	en	1	0	Mr. Smith left. He came back."
	assert_success
	assert_output "Mr. Smith left.
He came back."
}

@test "--json writes JSON Lines with numbers for par and sent" {
	run segment --json <<< "x	fr	2	0	« Oui. » Non."
	assert_output '{"doc":"x","lang":"fr","par":2,"sent":1,"text":"« Oui. »"}
{"doc":"x","lang":"fr","par":2,"sent":2,"text":"Non."}'
}

@test "extra input columns are kept, before the text" {
	run segment <<-EOF
	#doc	lang	par	sent	source	text
	d	en	1	0	wire	One. Two.
	EOF
	assert_output "#doc	lang	par	sent	source	text
d	en	1	1	wire	One.
d	en	1	2	wire	Two."
}

@test "the seed-like paragraph with a malformed closing mark is one sentence" {
	run segment -p <<< "x	fr	1	0	Ils recourent à la vieille astuce du voleur qui crie « Au voleur!« , a poursuivi le porte-parole de l’ambassade."
	assert_output "Ils recourent à la vieille astuce du voleur qui crie « Au voleur!« , a poursuivi le porte-parole de l’ambassade."
}

@test "a quotation of three sentences is split into its sentences" {
	run segment -p <<< "x	fr	8	0	Pour Pékin les accusations sont sans fondement. Le porte-parole Li Wen a déclaré que «les Alliés mentent. C’est une calomnie. Nous ne l’accepterons jamais». Fin."
	assert_output "Pour Pékin les accusations sont sans fondement.
Le porte-parole Li Wen a déclaré que «les Alliés mentent.
C’est une calomnie.
Nous ne l’accepterons jamais».
Fin."
}

@test "an unpaired quotation mark does not stop later splitting" {
	run segment -p <<< 'x	en	1	0	He said "we will see. Then he left. Nobody followed. The end.'
	assert_output 'He said "we will see.
Then he left.
Nobody followed.
The end.'
}

@test "a very long sentence is cut at a space, warned, and nothing is lost" {
	text=$(printf 'mot%.0s ' $(seq 1 40))
	run --separate-stderr segment -H -m 64 <<< "x	fr	1	0	$text"
	assert_success
	[ "$stderr" = "segment: -:1: 2 sentences longer than 64 bytes cut at a space" ]
	[ "${#lines[@]}" -eq 3 ]
	joined=$(printf '%s\n' "${lines[@]}" | cut -f5 | paste -sd' ')
	[ "$joined" = "${text% }" ]
}

@test "a 100 MB paragraph without punctuation: bounded sentences, nothing lost" {
	run bash -c "head -c 100000000 /dev/zero | tr '\\0' 'a' | sed 's/aaaaaaaaa/aaaaaaaa /g' | segment -p 2>/dev/null | awk '{ n += length(\$0) + 1; if (length(\$0) > m) m = length(\$0) } END { print NR, m, n }'"
	assert_success
	# 100 MB read in parts of 16 MiB: a record per part, sentences <= 64 KiB
	read -r count longest total <<< "$output"
	(( longest <= 65536 ))
	(( count > 1500 ))
	(( total >= 100000000 - 2 * count ))
}

@test "invalid UTF-8 and bad escapes: replaced, warned with the line, kept" {
	run --separate-stderr bash -c "printf 'x\ten\t1\t0\tOne\\\\q. Two \\xff.\n' | segment -H"
	assert_success
	assert_output "x	en	1	1	One\\\\q.
x	en	1	2	Two �."
	[ "$stderr" = "segment: -:1: 1 bad escapes kept, 1 invalid bytes replaced" ]
}

@test "NUL bytes inside a record are kept as characters" {
	run bash -c "printf 'x\ten\t1\t0\tA\\0b. C.\n' | segment -H | od -c | head -2"
	assert_success
	assert_line --index 0 --partial '\0'
}

@test "empty input and empty records write nothing and succeed" {
	run segment -H < /dev/null
	assert_success
	assert_output ''
	run segment -H <<< "x	fr	1	0	"
	assert_success
	assert_output ''
}

@test "unreadable file among readable ones: warning, the rest done, exit 2" {
	printf 'One. Two.\n' > "$BATS_TEST_TMPDIR/ok.txt"
	run --separate-stderr segment -H -p "$BATS_TEST_TMPDIR/nope" "$BATS_TEST_TMPDIR/ok.txt"
	assert_failure 2
	assert_output "One.
Two."
	[ "$stderr" = "segment: $BATS_TEST_TMPDIR/nope: No such file or directory" ]
}

@test "a full disk is an error, not exit 0" {
	run --separate-stderr bash -c 'yes "One. Two." | head -100000 | segment > /dev/full'
	assert_failure 2
	[ "$stderr" = "segment: write error: No space left on device" ]
}

@test "decode | segment on the example articles keeps every character" {
	for f in "$EXAMPLES"/*.txt; do
		decode -H "$f" | cut -f5 | tr -d ' \302\240\342\200\257' > "$BATS_TEST_TMPDIR/a"
		decode -H "$f" | segment -H | cut -f5 | tr -d ' \302\240\342\200\257' | tr -d '\n' > "$BATS_TEST_TMPDIR/b"
		tr -d '\n' < "$BATS_TEST_TMPDIR/a" > "$BATS_TEST_TMPDIR/a1"
		cmp "$BATS_TEST_TMPDIR/a1" "$BATS_TEST_TMPDIR/b"
	done
}

@test "--help and usage errors" {
	run segment --help
	assert_success
	assert_line --index 0 "usage: segment [-HhpuV] [-l lang] [-m bytes] [-r file] [--json] [file ...]"
	run --separate-stderr segment --bogus
	assert_failure 2
	[ "${stderr_lines[1]}" = "usage: segment [-HhpuV] [-l lang] [-m bytes] [-r file] [--json] [file ...]" ]
}

@test "-r adds abbreviations; a bad rule file is an error with file and line" {
	printf '[titles fr]\nCdte.\n' > "$BATS_TEST_TMPDIR/r"
	run segment -p -r "$BATS_TEST_TMPDIR/r" <<< "x	fr	1	0	La Cdte. Martin arrive. Elle part."
	assert_output "La Cdte. Martin arrive.
Elle part."
	printf '[titles fr]\n[bad\n' > "$BATS_TEST_TMPDIR/bad"
	printf '[letters\n' > "$BATS_TEST_TMPDIR/bad"
	run --separate-stderr segment -r "$BATS_TEST_TMPDIR/nothere" < /dev/null
	assert_failure 2
	[ "$stderr" = "segment: $BATS_TEST_TMPDIR/nothere: No such file or directory" ]
}
