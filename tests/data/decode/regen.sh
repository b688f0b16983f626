#!/bin/sh
# regen.sh: rewrites decode's golden outputs from the decode given (or
# bin/decode).  Never run by the tests: read each diff before keeping it.
# Usage: tests/data/decode/regen.sh [path/to/decode]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
decode=$(cd "$top" && realpath "${1:-bin/decode}")
cd "$top/examples"
for f in *.txt; do
	"$decode" "$f" > "$here/${f%.txt}.out"
done
cd "$here"
"$decode" seed-like.txt > seed-like.out
"$decode" -k seed-like.txt > seed-like.keep.out
# the test pages: what -k makes of every paragraph
cd "$top/tests/data/html"
for f in *.html; do
	"$decode" -k "$f" > "${f%.html}.keep.out"
done
