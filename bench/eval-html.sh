#!/bin/sh
# eval-html.sh [dir]: how well decode finds the main text of web pages.
#
# For every page dir/NAME.html (default tests/data/html) beside its gold
# main text dir/NAME.gold.txt (one paragraph per line), decode's records
# without the title (par 0) are compared with the gold as bags of tokens,
# the measure of the public article-extraction benchmarks: a token is a
# run of characters between spaces (the no-break spaces included), and a
# token of the output is right as many times as the gold has it.
# Precision, recall and F1 are micro-averaged: summed over the pages, for
# all of them, per language (fr, en: the NAME holds -fr- or -en-) and per
# page shape (the NAME up to its first -).  BIN=dir names the tools
# (default: the bin/ beside this script's folder).
BIN=${BIN:-$(dirname "$0")/../bin}
dir=${1:-tests/data/html}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
n=0
for f in "$dir"/*.html; do
	[ -f "${f%.html}.gold.txt" ] || continue
	b=$(basename "$f" .html)
	"$BIN/decode" -H "$f" 2>/dev/null |
	    awk -F'\t' '$3 != 0 { print $NF }' > "$tmp/$b.out"
	printf '%s\t%s\t%s\n' "$b" "${f%.html}.gold.txt" "$tmp/$b.out" \
	    >> "$tmp/list"
	n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "eval-html: no page in $dir" >&2; exit 2; }
LC_ALL=C awk -F'\t' -v n="$n" '
function tokens(file, bag,    line, t, i, k, total) {
	total = 0
	while ((getline line < file) > 0) {
		gsub(/\302\240|\342\200\257/, " ", line)
		k = split(line, t, /[ \t]+/)
		for (i = 1; i <= k; i++)
			if (t[i] != "") { bag[t[i]]++; total++ }
	}
	close(file)
	return total
}
function add(key, g, o, m) { G[key] += g; O[key] += o; M[key] += m
	if (!(key in seen)) { seen[key] = 1; order[++nk] = key } }
function line(key,    p, r, f) {
	p = O[key] ? 100 * M[key] / O[key] : 0
	r = G[key] ? 100 * M[key] / G[key] : 0
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "%-10s P %5.1f  R %5.1f  F1 %5.1f   (%d pages)\n", key, p, r, f, P[key]
}
{
	delete gb; delete ob
	g = tokens($2, gb); o = tokens($3, ob); m = 0
	for (t in ob) m += (t in gb) ? (ob[t] < gb[t] ? ob[t] : gb[t]) : 0
	lang = $1 ~ /-fr-/ ? "fr" : $1 ~ /-en-/ ? "en" : "other"
	shape = $1; sub(/-.*/, "", shape)
	add("all", g, o, m); P["all"]++
	add(lang, g, o, m); P[lang]++
	add(shape, g, o, m); P[shape]++
	if (verbose) printf "%s %d %d %d\n", $1, g, o, m > "/dev/stderr"
}
END {
	printf "html main text, %d pages: token bags, micro-averaged\n", n
	line("all"); line("fr"); line("en")
	for (i = 1; i <= nk; i++)
		if (order[i] != "all" && order[i] != "fr" && order[i] != "en")
			line(order[i])
}' verbose="${EVAL_VERBOSE:-0}" "$tmp/list"
