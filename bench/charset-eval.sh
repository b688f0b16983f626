#!/usr/bin/env bash
# charset-eval.sh: charset detection accuracy of decode beside uchardet.
#
# Usage: bench/charset-eval.sh [-v] [-d decode] [-k dir]
#   -v        list every file that a detector got wrong
#   -d PATH   the decode to measure (default: $BIN/decode, else bin/decode)
#   -k DIR    keep the generated files in DIR (default: a temporary one)
#
# Inputs are the UTF-8 news texts of tests/data/charset/<lang>.txt, one
# paragraph per line, blank lines between them.  Every text is written
# with iconv in every charset that decode supports, skipping the pairs a
# charset cannot encode (after trying the text with plain punctuation,
# ' " - ..., in place of the typographic one).  Hard cases come on top:
# one-sentence paragraphs, French with œ and € in ISO-8859-15 and
# windows-1252, UTF-16/32 without a BOM, English UTF-8 with a single ’,
# and files whose lines alternate between UTF-8 and windows-1252.
#
# A detector is right on a file when the text it yields equals the
# original (so two charsets that decode a file identically are both
# right); decode's text is its records' text column, uchardet's is
# iconv -f <its answer>.  The exact-label score counts the names too.
# Nothing is installed: a missing tool is named and its column left out.
set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")/.." && pwd)
verbose=0 keep= decode=
while getopts vd:k: opt; do
	case $opt in
	v) verbose=1 ;;
	d) decode=$OPTARG ;;
	k) keep=$OPTARG ;;
	*) sed -n '3,7s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))

if [ -z "$decode" ]; then
	decode=$here/${BIN:-bin}/decode
	[ -x "$decode" ] || decode=$here/bin/decode
fi
if [ ! -x "$decode" ]; then
	echo "charset-eval: $decode: not built (run make)" >&2
	exit 2
fi
if ! command -v iconv >/dev/null; then
	echo "charset-eval: iconv not found (Debian: libc-bin)" >&2
	exit 2
fi
have_uchardet=1
if ! command -v uchardet >/dev/null; then
	have_uchardet=0
	echo "charset-eval: uchardet not found (Debian: apt-get install" \
	    "uchardet); measuring decode alone" >&2
fi

texts=$here/tests/data/charset
if [ -n "$keep" ]; then
	work=$keep
	mkdir -p "$work"
else
	work=$(mktemp -d "${TMPDIR:-/tmp}/charset-eval.XXXXXX")
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/in" "$work/want"

# Charsets generated: iconv name, and how a file in it may be labelled.
legacy="WINDOWS-1252 ISO-8859-1 ISO-8859-15 WINDOWS-1250 ISO-8859-2
WINDOWS-1251 KOI8-R MACINTOSH CP850"
unicode="UTF-8 UTF-16LE UTF-16BE UTF-32LE UTF-32BE"

# Typographic punctuation replaced, in two steps, when a charset lacks it.
plain1() {	# bytes, not characters: LC_ALL=C
	sed -e "s/’/'/g; s/‘/'/g; s/‚/'/g" -e 's/“/"/g; s/”/"/g; s/„/"/g' \
	    -e 's/–/-/g; s/—/-/g; s/…/.../g'
}
plain2() {
	plain1 | sed -e 's/«/"/g; s/»/"/g' -e "s/‹/'/g; s/›/'/g"
}

# The first sentence of each paragraph, for short-paragraph cases.
first_sentence() {
	sed -n 's/^\([^.!?]*[.!?]\).*/\1/p'
}

n=0
# add NAME CHARSET LABEL: the UTF-8 text on stdin becomes a case.
add() {
	local name=$1 cs=$2 label=$3 text
	text=$(cat)
	printf '%s\n' "$text" > "$work/want/$name"
	if ! printf '%s\n' "$text" | iconv -f UTF-8 -t "$cs" \
	    > "$work/in/$name" 2>/dev/null; then
		rm -f "$work/in/$name" "$work/want/$name"
		return 1
	fi
	if [ "$(tr -d '\001-\177' < "$work/in/$name" | wc -c)" = 0 ]; then
		# ASCII says nothing about a charset
		rm -f "$work/in/$name" "$work/want/$name"
		return 0
	fi
	printf '%s\t%s\n' "$name" "$label" >> "$work/cases"
	n=$((n + 1))
}

# try NAME CHARSET LABEL FILE: the text as it is, else with plain marks.
try() {
	local name=$1 cs=$2 label=$3 src=$4
	add "$name" "$cs" "$label" < "$src" ||
	    plain1 < "$src" | add "$name" "$cs" "$label" ||
	    plain2 < "$src" | add "$name" "$cs" "$label" || true
}

: > "$work/cases"
for src in "$texts"/*.txt; do
	lang=$(basename "$src" .txt)
	first_sentence < "$src" > "$work/short.$lang"
	for cs in $legacy $unicode; do
		lc=$(echo "$cs" | tr 'A-Z' 'a-z')
		try "$lang.$lc" "$cs" "$lc" "$src"
		# one short paragraph: its first and its last sentence alone
		head -n 1 "$work/short.$lang" > "$work/s1"
		tail -n 1 "$work/short.$lang" > "$work/s2"
		try "$lang.$lc.short1" "$cs" "$lc" "$work/s1"
		try "$lang.$lc.short2" "$cs" "$lc" "$work/s2"
	done
	# a byte order mark
	for cs in UTF-16 UTF-32; do
		lc=$(echo "$cs" | tr 'A-Z' 'a-z')
		try "$lang.$lc-bom" "$cs" "$lc" "$src"
	done
done

# Hard cases.
printf 'Le cœur du budget : 5 € par mois.\n' |
    add hard.fr-oe-euro.iso-8859-15 ISO-8859-15 iso-8859-15
printf 'Le cœur du budget : 5 € par mois.\n' |
    add hard.fr-oe-euro.windows-1252 WINDOWS-1252 windows-1252
printf 'Sa sœur a payé 12 € ; « c’est un vœu », dit-elle.\n' |
    add hard.fr-soeur.windows-1252 WINDOWS-1252 windows-1252
printf 'Sa sœur a payé 12 € ; « c'"'"'est un vœu », dit-elle.\n' |
    add hard.fr-soeur.iso-8859-15 ISO-8859-15 iso-8859-15
printf 'The minister said it’s far too early to talk about a deal.\n' |
    add hard.en-one-apostrophe.utf-8 UTF-8 utf-8
printf 'It’s over.\n' | add hard.en-its-over.utf-8 UTF-8 utf-8
printf 'It’s over.\n' | add hard.en-its-over.windows-1252 WINDOWS-1252 \
    windows-1252
printf 'Café.\n' | add hard.fr-cafe.utf-16le UTF-16LE utf-16le
printf 'Привет.\n' | add hard.ru-short.utf-16be UTF-16BE utf-16be
printf 'Привет.\n' | add hard.ru-short.utf-32le UTF-32LE utf-32le
# lines in UTF-8 and lines in windows-1252, alternately
for lang in fr en de es it pt nl sv da; do
	name=hard.$lang-mixed.utf-8
	awk 'NF' "$texts/$lang.txt" | plain1 > "$work/want/$name"
	i=0
	while IFS= read -r line; do
		if [ $((i % 2)) = 1 ]; then
			printf '%s\n' "$line" | iconv -f UTF-8 -t WINDOWS-1252
		else
			printf '%s\n' "$line"
		fi
		i=$((i + 1))
	done < "$work/want/$name" > "$work/in/$name"
	printf '%s\t%s\n' "$name" utf-8 >> "$work/cases"
	n=$((n + 1))
done

# Canonical form of a charset name, for the exact-label score.
canon() {
	tr 'A-Z' 'a-z' | tr -d ' _-' | sed -e 's/^xmacroman$/macintosh/' \
	    -e 's/^macroman$/macintosh/' -e 's/^ibm850$/cp850/' \
	    -e 's/^cp1252$/windows1252/' -e 's/^latin1$/iso88591/'
}

# label_ok WANT GOT: true when GOT names WANT (UTF-16 names a BOM file).
label_ok() {
	local want got
	want=$(printf '%s' "$1" | canon)
	got=$(printf '%s' "$2" | canon)
	[ "$want" = "$got" ] && return 0
	case $want in
	utf16|utf32) [ "${got%le}" = "$want" ] || [ "${got%be}" = "$want" ] ;;
	*) return 1 ;;
	esac
}

declare -A files d_text d_label u_text u_label
total=0 dt=0 dl=0 ut=0 ul=0
# the same without UTF-16/32 lacking a BOM, where uchardet gives up
ntotal=0 ndt=0 nut=0
fails=
while IFS=$'\t' read -r name want; do
	f=$work/in/$name
	key=${want}
	files[$key]=$(( ${files[$key]:-0} + 1 ))
	total=$((total + 1))
	grep -av '^$' "$work/want/$name" > "$work/expect"

	# decode: its text column, and the label from -v
	"$decode" -H -v "$f" 2> "$work/err" | cut -f5- > "$work/got"
	got=$(sed -n '$s/^decode: [^ ]*: \([^ ]*\) (.*/\1/p' "$work/err")
	nobom=0
	case $want in utf-16?e|utf-32?e) ;; *) nobom=1 ntotal=$((ntotal + 1)) ;; esac
	if cmp -s "$work/got" "$work/expect"; then
		d_text[$key]=$(( ${d_text[$key]:-0} + 1 )); dt=$((dt + 1))
		ndt=$((ndt + nobom))
	else
		fails="$fails  decode    $name: $got"$'\n'
	fi
	if label_ok "$want" "$got"; then
		d_label[$key]=$(( ${d_label[$key]:-0} + 1 )); dl=$((dl + 1))
	fi

	[ $have_uchardet = 1 ] || continue
	got=$(uchardet "$f" 2>/dev/null)
	: > "$work/got"
	[ -n "$got" ] && [ "$got" != unknown ] &&
	    iconv -f "$got" -t UTF-8 "$f" 2>/dev/null |
	    sed '1s/^\xef\xbb\xbf//' | grep -av '^$' > "$work/got"
	if cmp -s "$work/got" "$work/expect"; then
		u_text[$key]=$(( ${u_text[$key]:-0} + 1 )); ut=$((ut + 1))
		nut=$((nut + nobom))
	else
		fails="$fails  uchardet  $name: $got"$'\n'
	fi
	if label_ok "$want" "$got"; then
		u_label[$key]=$(( ${u_label[$key]:-0} + 1 )); ul=$((ul + 1))
	fi
done < "$work/cases"

pct() {	# pct PART WHOLE
	awk -v p="$1" -v w="$2" 'BEGIN { printf "%6.1f", w ? 100 * p / w : 0 }'
}

printf '%-14s %5s   %-15s   %-15s\n' "" "" "right text %" "right label %"
printf '%-14s %5s   %7s %7s   %7s %7s\n' charset files decode uchardet \
    decode uchardet
for key in $(printf '%s\n' "${!files[@]}" | sort); do
	w=${files[$key]}
	if [ $have_uchardet = 1 ]; then
		ua=$(pct "${u_text[$key]:-0}" "$w")
		ub=$(pct "${u_label[$key]:-0}" "$w")
	else
		ua=' -' ub=' -'
	fi
	printf '%-14s %5d   %7s %7s   %7s %7s\n' "$key" "$w" \
	    "$(pct "${d_text[$key]:-0}" "$w")" "$ua" \
	    "$(pct "${d_label[$key]:-0}" "$w")" "$ub"
done
if [ $have_uchardet = 1 ]; then
	ua=$(pct $ut $total) ub=$(pct $ul $total)
else
	ua=' -' ub=' -'
fi
printf '%-14s %5d   %7s %7s   %7s %7s\n' overall $total "$(pct $dt $total)" \
    "$ua" "$(pct $dl $total)" "$ub"
[ $have_uchardet = 1 ] && ua=$(pct $nut $ntotal)
printf '%-14s %5d   %7s %7s   (UTF-16/32 without a BOM left out)\n' \
    "overall'" $ntotal "$(pct $ndt $ntotal)" "$ua"
if [ $verbose = 1 ] && [ -n "$fails" ]; then
	printf '\nwrong text (detector, file: its answer):\n%s' "$fails"
fi
