#!/usr/bin/env bats
# scale.bats: scale-out (issue 6).  decode --input=jsonl|tsv, GNU parallel
# over files and over one record stream (parallel output equals serial
# output, record for record, after sorting), -u in live pipes, --version
# from one place, and the bash completion against each tool's --help.

load helper

ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
TOOLS="decode segment quote-extract stance-tag"
# the example articles that are UTF-8 (BOM, CRLF and all): those that a
# JSON or TSV export holds as they are
UTF8_EXAMPLES="en-climate-summit en-football-scandal en-trade-tariffs
    fr-election-regionale fr-greve-rail fr-proces-mairie fr-transfert-football"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# json_doc ID FILE: a JSON Lines object, the file's bytes as its text.
json_doc() {
	printf '{"id": "%s", "text": "' "$1"
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' -e 's/\r/\\r/g' \
	    "$2" | awk -v ORS='\\n' 1
	printf '"}\n'
}

# tsv_doc ID FILE: a line "id TAB text" with the record escapes.
tsv_doc() {
	printf '%s\t' "$1"
	sed -e 's/\\/\\\\/g' -e 's/\t/\\t/g' -e 's/\r/\\r/g' "$2" |
	    awk -v ORS='\\n' 1
	printf '\n'
}

# A crawl of the UTF-8 examples, one object per line, ids the file names.
make_crawl() {
	local n
	for n in $UTF8_EXAMPLES; do
		json_doc "$n.txt" "$EXAMPLES/$n.txt"
	done > crawl.jsonl
}

pipeline() {
	segment -H | quote-extract -H | stance-tag -H
}

# --- decode --input=jsonl ---

@test "jsonl: escapes, surrogate pairs, numbers as ids, other members skipped" {
	cat > in.jsonl <<-'EOF'
	{"id": "w-1", "url": {"a": [1, -2.5e3, true, false, null, "x\"}"]}, "text": "Caf\u00e9 \"Chez Lou\" \/ back\\slash, emoji \ud83d\ude00.\n\nSecond \u00ab paragraph \u00bb\tend."}
	{"text": "The council voted on the plan.", "id": 42}
	{"id": "dup", "text": "first", "text": "The last value of a member is the one read."}
	{"id": "lone", "text": "A lone \udc00 surrogate and a cut one \ud83d."}
	EOF
	run --separate-stderr decode -H -l en --input=jsonl in.jsonl
	assert_success
	assert_output "w-1	en	1	0	Café \"Chez Lou\" / back\\\\slash, emoji 😀.
w-1	en	2	0	Second « paragraph » end.
42	en	1	0	The council voted on the plan.
dup	en	1	0	The last value of a member is the one read.
lone	en	1	0	A lone � surrogate and a cut one �."
	[ "$stderr" = "" ]
}

@test "jsonl: html when there is no text, read as a web page (--text: as text), ids escaped on output" {
	printf '%s\n' '{"id": "#a\tb", "text": null, "html": "<html><head><title>Budget | La Gazette</title></head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>Le budget est voté</h1><p>Le conseil municipal a vot&eacute; le plan de r&eacute;novation des &eacute;coles mardi soir, apr&egrave;s trois heures de d&eacute;bat.</p><p>Les travaux commenceront en juin, a pr&eacute;cis&eacute; la maire.</p></article></body></html>"}' > in.jsonl
	run --separate-stderr decode -H -l fr --input=jsonl in.jsonl
	assert_success
	assert_output '\#a\tb	fr	0	0	Le budget est voté
\#a\tb	fr	3	0	Le conseil municipal a voté le plan de rénovation des écoles mardi soir, après trois heures de débat.
\#a\tb	fr	4	0	Les travaux commenceront en juin, a précisé la maire.'
	[ "$stderr" = "" ]
	run --separate-stderr decode -H -l fr --text --input=jsonl in.jsonl
	assert_success
	assert_output --regexp '^\\#a\\tb	fr	1	0	<html><head><title>Budget \| La Gazette</title>'
	[ "${#lines[@]}" -eq 1 ]
}

@test "jsonl: a bad line is named with its byte and skipped, the others decoded, exit 2" {
	cat > in.jsonl <<-'EOF'
	{"id": "a", "text": "The council voted on the plan."}

	{"id": "b", "text": "bad \q escape"}
	not json
	{"id": "c"}
	{"text": "no id"}
	{"id": true, "text": "x"}
	{"id": "d", "text": "x"} trailing
	{"id": "e", "text": "raw	tab"}
	{"id": "f", "text": "cut \u12"}
	{"id": "g", "text": "x",}
	{"id": "h", "text": 7}
	{"id": "i", "text": "unterminated}
	{"id": "j", "text": "Le conseil a voté le plan."}
	EOF
	run --separate-stderr decode -H --input=jsonl in.jsonl
	assert_failure 2
	assert_output "a	en	1	0	The council voted on the plan.
j	fr	1	0	Le conseil a voté le plan."
	[ "$stderr" = "decode: in.jsonl:3: invalid JSON at byte 26: bad escape, line skipped
decode: in.jsonl:4: invalid JSON at byte 1: not a JSON object, line skipped
decode: in.jsonl:5: no \"text\" or \"html\", line skipped
decode: in.jsonl:6: no \"id\", line skipped
decode: in.jsonl:7: invalid JSON at byte 8: \"id\" is not a string or a number, line skipped
decode: in.jsonl:8: invalid JSON at byte 26: text after the object, line skipped
decode: in.jsonl:9: invalid JSON at byte 25: control character in a string, line skipped
decode: in.jsonl:10: invalid JSON at byte 26: bad \\u escape, line skipped
decode: in.jsonl:11: invalid JSON at byte 25: a string expected, line skipped
decode: in.jsonl:12: invalid JSON at byte 21: \"text\" is not a string, line skipped
decode: in.jsonl:13: invalid JSON at byte 35: unterminated string, line skipped" ]
}

@test "jsonl: an empty text is an empty document (exit 1), as an empty file is" {
	printf '%s\n' '{"id": "e", "text": ""}' '{"id": "s", "text": " \n\n "}' > in.jsonl
	run --separate-stderr decode --input=jsonl in.jsonl
	assert_failure 1
	assert_output '#doc	lang	par	sent	text'
	[ "$stderr" = "decode: e: empty document
decode: s: empty document" ]
}

@test "jsonl and tsv give the records that the files give, example by example" {
	local n
	for n in $UTF8_EXAMPLES; do
		cp "$EXAMPLES/$n.txt" .
		json_doc "$n.txt" "$n.txt"
	done > crawl.jsonl
	for n in $UTF8_EXAMPLES; do
		tsv_doc "$n.txt" "$n.txt"
	done > crawl.tsv
	[ "$(wc -l < crawl.jsonl)" -eq 7 ]
	[ "$(wc -l < crawl.tsv)" -eq 7 ]
	decode -k $(for n in $UTF8_EXAMPLES; do echo "$n.txt"; done) > files.out
	decode -k --input=jsonl crawl.jsonl > jsonl.out
	decode -k --input=tsv crawl.tsv > tsv.out
	[ "$(wc -l < files.out)" -ge 100 ]
	cmp files.out jsonl.out
	cmp files.out tsv.out
	# and the whole pipeline from there
	decode --input=jsonl crawl.jsonl | pipeline > jsonl.quotes
	decode $(for n in $UTF8_EXAMPLES; do echo "$n.txt"; done) |
	    pipeline > files.quotes
	[ "$(wc -l < files.quotes)" -ge 50 ]
	cmp files.quotes jsonl.quotes
}

@test "jsonl: a line longer than the reader's 16 MiB pieces is one document" {
	awk 'BEGIN {
		printf "{\"id\": \"big\", \"text\": \""
		for (i = 0; i < 500000; i++)
			printf "The council voted on the plan again. "
		printf "\"}\n{\"id\": \"small\", \"text\": \"The end of it.\"}\n"
	}' > big.jsonl
	[ "$(wc -c < big.jsonl)" -gt $((17 << 20)) ]
	run --separate-stderr bash -c 'decode -H --input=jsonl big.jsonl | cut -f1-3 | uniq -c'
	assert_success
	# the paragraph is cut at 16 MiB, with the warning of any document
	assert_output "      2 big	en	1
      1 small	en	1"
	[ "$stderr" = "decode: big: paragraph 1 longer than 16 MiB, written in parts" ]
}

@test "jsonl: a line longer than 64 MiB is skipped with a warning, the next one read" {
	awk 'BEGIN {
		printf "{\"id\": \"huge\", \"text\": \""
		s = "The council voted on the plan again and again. "
		for (i = 0; i < 1500000; i++)
			printf "%s", s
		printf "\"}\n{\"id\": \"next\", \"text\": \"The end of it.\"}\n"
	}' > huge.jsonl
	[ "$(wc -c < huge.jsonl)" -gt $((64 << 20)) ]
	run --separate-stderr decode -H --input=jsonl huge.jsonl
	assert_failure 2
	assert_output "next	en	1	0	The end of it."
	[ "$stderr" = "decode: huge.jsonl:1: line longer than 64 MiB, skipped" ]
}

# --- decode --input=tsv ---

@test "tsv: id TAB text with the record escapes, header and middle fields skipped" {
	{
		printf '#doc\turl\ttext\n'
		printf 'w1\thttp://a\tLe conseil a vot\xc3\xa9 le plan.\\n\\nIl a dit \\\\ non.\\tFin.\n'
		printf '\\#w2\\tx\tThe council voted on the plan.\\r\\nThe mayor left.\n'
		printf '\n'
		printf 'no tab here\n'
		printf 'w3\tA bad \\q escape in the text, kept as it is.\n'
	} > in.tsv
	run --separate-stderr decode -H --input=tsv in.tsv
	assert_failure 2
	assert_output "w1	fr	1	0	Le conseil a voté le plan.
w1	fr	2	0	Il a dit \\\\ non. Fin.
\\#w2\\tx	en	1	0	The council voted on the plan.
\\#w2\\tx	en	2	0	The mayor left.
w3	en	1	0	A bad \\\\q escape in the text, kept as it is."
	[ "$stderr" = "decode: in.tsv:5: no TAB between the id and the text, line skipped
decode: in.tsv:6: 1 bad escapes kept" ]
}

@test "--input: a bad format and --id are usage errors; -v says input, a legacy line is read as such, -f is heeded" {
	run --separate-stderr decode --input=xml
	assert_failure 2
	[ "$stderr" = "decode: --input: xml: not doc, jsonl or tsv" ]
	run --separate-stderr decode --input=tsv --id=x
	assert_failure 2
	[ "$stderr" = "decode: --id: the ids come from the input with --input" ]
	printf 'a\tLe conseil a vot\xe9 le plan.\n' > latin.tsv
	run --separate-stderr decode -H -v --input=tsv latin.tsv
	assert_success
	assert_output 'a	fr	1	0	Le conseil a voté le plan.'
	[ "$stderr" = "decode: a: utf-8 (input), fr, 1 paragraphs, 0 boilerplate dropped, 0 invalid bytes, 1 legacy lines, 0 mojibake repairs, 0 references, 0 controls and 0 invisible characters removed" ]
	run --separate-stderr decode -H -l fr -f utf-8 --input=tsv latin.tsv
	assert_success
	assert_output 'a	fr	1	0	Le conseil a vot� le plan.'
	run --separate-stderr decode -H -f latin1 --input=tsv latin.tsv
	assert_success
	assert_output 'a	fr	1	0	Le conseil a voté le plan.'
}

# --- GNU parallel: the same records as one process gives ---

@test "parallel over a directory of articles equals the serial pipeline, sorted" {
	cp "$EXAMPLES"/*.txt .
	parallel --will-cite -j 2 \
	    'decode {} | segment | quote-extract | stance-tag -H' ::: *.txt |
	    LC_ALL=C sort > parallel.out
	decode *.txt | segment | quote-extract | stance-tag -H |
	    LC_ALL=C sort > serial.out
	[ "$(wc -l < serial.out)" -ge 150 ]
	[ "$(cut -f1 serial.out | sort -u | wc -l)" -eq "$(ls *.txt | wc -l)" ]
	cmp serial.out parallel.out
}

# jobs CMD...: runs CMD in parallel --pipe jobs over recs.tsv, each job
# writing "job doc records" for each document it was given.
jobs_of() {
	"$@" < recs.tsv | sort -k1,1n -k2,2
}

@test "parallel --pipe --group-by 1 gives each worker whole documents" {
	cp "$EXAMPLES"/*.txt .
	decode -H *.txt > recs.tsv
	cut -f1 recs.tsv | uniq -c | awk '{ print $2, $1 }' | sort > serial.counts
	jobs_of parallel --will-cite --pipe --group-by 1 --colsep '\t' \
	    --block 8k -j 2 \
	    'cut -f1 | uniq -c | sed "s/^ *\([0-9]*\) \(.*\)/$PARALLEL_SEQ \2 \1/"' \
	    > jobs
	# several jobs, several documents in some, each document in one job
	[ "$(cut -d' ' -f1 jobs | sort -u | wc -l)" -ge 3 ]
	[ "$(cut -d' ' -f1 jobs | uniq -d | wc -l)" -ge 1 ]
	cut -d' ' -f2- jobs | sort > parallel.counts
	diff serial.counts parallel.counts
}

@test "without --group-by, parallel --pipe splits documents between jobs" {
	# the control of the test above: the check sees a split
	cp "$EXAMPLES"/*.txt .
	decode -H *.txt > recs.tsv
	jobs_of parallel --will-cite --pipe -N 7 -j 2 \
	    'cut -f1 | uniq -c | sed "s/^ *\([0-9]*\) \(.*\)/$PARALLEL_SEQ \2 \1/"' \
	    > jobs
	[ "$(cut -d' ' -f2 jobs | sort | uniq -d | wc -l)" -ge 1 ]
}

@test "parallel --pipe --group-by over one record stream equals serial, sorted" {
	cp "$EXAMPLES"/*.txt .
	decode -H *.txt > recs.tsv
	parallel --will-cite --pipe --group-by 1 --colsep '\t' --block 8k -j 2 \
	    'segment -H | quote-extract -H | stance-tag -H' < recs.tsv |
	    LC_ALL=C sort > parallel.out
	pipeline < recs.tsv | LC_ALL=C sort > serial.out
	[ "$(wc -l < serial.out)" -ge 150 ]
	cmp serial.out parallel.out
}

@test "parallel --pipe over JSON Lines: a line is a document, equals serial" {
	make_crawl
	parallel --will-cite --pipe -N 2 -j 2 \
	    'decode -H --input=jsonl | segment -H | quote-extract -H | stance-tag -H' \
	    < crawl.jsonl | LC_ALL=C sort > parallel.out
	decode -H --input=jsonl crawl.jsonl | pipeline | LC_ALL=C sort > serial.out
	[ "$(wc -l < serial.out)" -ge 50 ]
	cmp serial.out parallel.out
}

@test "xargs -P over files equals serial, sorted" {
	cp "$EXAMPLES"/*.txt .
	ls *.txt | xargs -P 2 -n 3 sh -c \
	    'decode -H "$@" | segment -H | quote-extract -H | stance-tag -H' sh |
	    LC_ALL=C sort > parallel.out
	decode -H *.txt | pipeline | LC_ALL=C sort > serial.out
	[ "$(wc -l < serial.out)" -ge 150 ]
	cmp serial.out parallel.out
}

# --- -u: records downstream before the input ends ---

# live TOOL ARGS...: starts the tool as a coprocess, its input on fd $to
# and its output on fd $from.
live() {
	local in out
	coproc LIVE { "$@" 3>&- 2> "$BATS_TEST_TMPDIR/live.err"; }
	pid=$LIVE_PID in=${LIVE[1]} out=${LIVE[0]}
	# fds of our own: bash closes those of a coprocess when it ends
	exec {to}>&"$in" {from}<&"$out"
	eval "exec $in>&- $out<&-"
}

# close: ends the input of the coprocess.
close() {
	exec {to}>&-
}

# send LINE: one line to the coprocess.
send() {
	printf '%s\n' "$1" >&"$to"
}

# expect LINE: the next line of the coprocess is LINE, within 5 s.
expect() {
	local got
	if ! IFS= read -t 5 -r got <&"$from"; then
		echo "nothing within 5 s; expected: $1"
		return 1
	fi
	if [ "$got" != "$1" ]; then
		printf 'got:      %s\nexpected: %s\n' "$got" "$1"
		return 1
	fi
}

# quiet: nothing comes from the coprocess within half a second.
quiet() {
	local got
	if IFS= read -t 0.5 -r got <&"$from"; then
		echo "unexpected: $got"
		return 1
	fi
}

# finish STATUS: closes the input; nothing more comes, and the tool
# ends with STATUS.
finish() {
	local rest st=0
	{ : >&"$to"; } 2>/dev/null && close
	rest=$(timeout 10 cat <&"$from")
	exec {from}<&-
	wait "$pid" || st=$?
	[ "$st" -eq "$1" ] || { echo "exit $st, not $1"; return 1; }
	[ -z "$rest" ] || { echo "left over: $rest"; return 1; }
}

J1='{"id": "a", "text": "« Nous ne céderons pas », a déclaré la ministre Anne Roux."}'
J2='{"id": "b", "text": "\"We will not back down,\" said Mayor Jane Doe."}'
J3='{"id": "c", "text": "The council voted on the plan."}'

@test "-u: decode --input=jsonl writes each document when its line comes" {
	live decode -u -H --input=jsonl
	send "$J1"
	expect "a	fr	1	0	« Nous ne céderons pas », a déclaré la ministre Anne Roux."
	send "$J2"
	expect "b	en	1	0	\"We will not back down,\" said Mayor Jane Doe."
	finish 0
}

@test "-u: segment writes a paragraph's sentences when its line comes" {
	live segment -u -H
	send "a	en	1	0	One here. Two there."
	expect "a	en	1	1	One here."
	expect "a	en	1	2	Two there."
	send "b	fr	1	0	Un. Deux."
	expect "b	fr	1	1	Un."
	expect "b	fr	1	2	Deux."
	finish 0
}

@test "-u: quote-extract writes a document's quotations when the next one starts" {
	live quote-extract -u -H
	send "a	fr	1	1	« Oui », a dit Paul Garnier."
	send "b	fr	1	1	« Non », a dit Anne Roux."
	expect "a	fr	1	1	Paul Garnier		name	a dit	direct	Oui"
	send "c	en	1	1	\"Maybe,\" said Jane Doe."
	expect "b	fr	1	1	Anne Roux		name	a dit	direct	Non"
	quiet
	close
	expect "c	en	1	1	Jane Doe		name	said	direct	Maybe"
	finish 0
}

@test "-u: stance-tag writes each record when its line comes" {
	live stance-tag -u -H
	send "a	en	1	1	Jane Doe		name	said	direct	We deny it."
	expect "a	en	1	1	Jane Doe		name	said	direct	deny		against		en.deny:deny	We deny it."
	send "b	en	1	1	Jane Doe		name	said	direct	We will never accept this plan."
	expect "b	en	1	1	Jane Doe		name	said	direct	reject	deny	against		en.accept-neg:accept; en.we-not:We will never	We will never accept this plan."
	finish 0
}

@test "without -u, the tools keep their output until the input ends" {
	# the control of the tests above: they would see the difference
	live decode -H --input=jsonl
	send "$J1"
	quiet
	close
	expect "a	fr	1	0	« Nous ne céderons pas », a déclaré la ministre Anne Roux."
	finish 0
	live segment -H
	send "a	en	1	0	One here. Two there."
	quiet
	close
	expect "a	en	1	1	One here."
	expect "a	en	1	2	Two there."
	finish 0
	live quote-extract -H
	send "a	fr	1	1	« Oui », a dit Paul Garnier."
	send "b	fr	1	1	« Non », a dit Anne Roux."
	quiet
	close
	expect "a	fr	1	1	Paul Garnier		name	a dit	direct	Oui"
	expect "b	fr	1	1	Anne Roux		name	a dit	direct	Non"
	finish 0
	live stance-tag -H
	send "a	en	1	1	Jane Doe		name	said	direct	We deny it."
	quiet
	close
	expect "a	en	1	1	Jane Doe		name	said	direct	deny		against		en.deny:deny	We deny it."
	finish 0
}

@test "-u: the whole pipeline, live, as under tail -f" {
	live sh -c 'decode -u -H --input=jsonl | segment -u -H |
	    quote-extract -u -H | stance-tag -u -H'
	send "$J1"
	send "$J2"
	expect "a	fr	1	1	Anne Roux	la ministre	name	a déclaré	direct	reject	deny	against		fr.ceder-neg:céderons; fr.nous-ne:Nous ne céderons pas	Nous ne céderons pas"
	send "$J3"
	expect "b	en	1	1	Jane Doe	Mayor	name	said	direct	reject	deny	against		en.yield-neg:back down; en.we-not:We will not	We will not back down"
	finish 0
}

# --- one version, the usage, the completion ---

@test "--version: every tool prints the Makefile's VERSION" {
	local version t
	version=$(sed -n 's/^VERSION[	 ]*=[	 ]*//p' "$ROOT/Makefile")
	[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]
	for t in $TOOLS; do
		run --separate-stderr "$t" --version
		assert_success
		assert_output "$t (ondit) $version"
		run --separate-stderr "$t" -V
		assert_output "$t (ondit) $version"
	done
}

# The options that a tool's --help lists, one per line, sorted.
help_options() {
	"$1" --help | sed 1d | grep -oE '(^|[ ,])--?[A-Za-z][-A-Za-z]*' |
	    sed 's/^[ ,]*//' | LC_ALL=C sort -u
}

# complete WORD...: what the completion offers for the words, the last
# one being completed, one per line, sorted.
complete_words() {
	bash -c 'source "$1"; shift
	    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
	    _ondit "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
	    printf "%s\n" "${COMPREPLY[@]}"' sh "$ROOT/completion/ondit.bash" "$@" |
	    LC_ALL=C sort
}

@test "completion: each tool's options are those of its --help" {
	local t
	for t in $TOOLS; do
		help_options "$t" > help.$t
		[ "$(wc -l < help.$t)" -ge 12 ]
		complete_words "$t" - > comp.$t
		diff help.$t comp.$t
	done
}

@test "completion: option values, files, and the languages of lang/" {
	run complete_words decode --input=j
	assert_output '--input=jsonl'
	run complete_words decode --input ''
	assert_output "doc
jsonl
tsv"
	run complete_words decode --entities = y
	assert_output 'yes'
	run complete_words stance-tag --only=deny,re
	assert_output '--only=deny,reject'
	run complete_words segment --lang ''
	assert_output "$( (echo auto; ls "$ROOT/lang") | LC_ALL=C sort)"
	run complete_words quote-extract --att
	assert_output '--attributed'
	touch report.tsv rules.txt
	run complete_words stance-tag -R ru
	assert_output 'rules.txt'
	run complete_words segment -H re
	assert_output 'report.tsv'
	run complete_words segment -m ''
	assert_output ''
}

# values OPTION: the values that the completion offers for OPTION.
values() {
	bash -c 'source "$1"; _ondit_values "$2"' sh \
	    "$ROOT/completion/ondit.bash" "$1"
}

@test "completion: every value offered is one the tools take" {
	local v n=0
	for v in $(values -f); do
		run --separate-stderr decode -f "$v" < /dev/null
		[ "$status" -eq 1 ] || { echo "decode -f $v: $stderr"; return 1; }
		n=$((n + 1))
	done
	[ "$n" -ge 10 ]
	for v in $(values --input); do
		run --separate-stderr decode --input="$v" < /dev/null
		[ "$status" -le 1 ] || { echo "--input=$v: $stderr"; return 1; }
	done
	for v in $(values --entities); do
		run --separate-stderr decode --entities="$v" < /dev/null
		[ "$status" -eq 1 ] || { echo "--entities=$v: $stderr"; return 1; }
	done
	for v in $(values --only); do
		run --separate-stderr stance-tag --only="$v" < /dev/null
		[ "$status" -eq 1 ] || { echo "--only=$v: $stderr"; return 1; }
	done
	for v in $(values -l); do
		run --separate-stderr segment -H -l "$v" <<< 'One. Two.'
		assert_success
	done
	# and a value that is not one is refused: the checks can fail
	run --separate-stderr decode -f no-such-charset < /dev/null
	assert_failure 2
	run --separate-stderr stance-tag --only=praise < /dev/null
	assert_failure 2
}

@test "completion: registered for each tool, with the program prefix of install" {
	run bash -c 'source "$1"; complete -p | grep _ondit | LC_ALL=C sort' sh \
	    "$ROOT/completion/ondit.bash"
	assert_output "complete -F _ondit decode
complete -F _ondit quote-extract
complete -F _ondit segment
complete -F _ondit stance-tag"
	sed 's/^_ondit_prefix=$/_ondit_prefix=ondit-/' \
	    "$ROOT/completion/ondit.bash" > prefixed.bash
	run bash -c 'source ./prefixed.bash; complete -p | grep _ondit | LC_ALL=C sort
	    COMP_WORDS=(ondit-stance-tag --su); COMP_CWORD=1
	    _ondit ondit-stance-tag --su ondit-stance-tag; echo "${COMPREPLY[@]}"'
	assert_output "complete -F _ondit ondit-decode
complete -F _ondit ondit-quote-extract
complete -F _ondit ondit-segment
complete -F _ondit ondit-stance-tag
--summary"
}
