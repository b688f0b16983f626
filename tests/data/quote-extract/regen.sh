#!/bin/sh
# regen.sh: rewrites the golden outputs of quote-extract's own articles
# from the segment and quote-extract of the given bin directory (or bin/).
# Never run by the tests: read each diff, line by line, before keeping it.
# Usage: tests/data/quote-extract/regen.sh [bindir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
bin=$(cd "$top" && realpath "${1:-bin}")
cd "$here"
for f in fr-conseil.txt en-council.txt; do
	"$bin/segment" "$f" | "$bin/quote-extract" > "${f%.txt}.out"
done
