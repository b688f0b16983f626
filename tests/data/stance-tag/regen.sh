#!/bin/sh
# regen.sh: rewrites the golden outputs of stance-tag's own articles from
# the segment, quote-extract and stance-tag of the given bin directory (or
# bin/).  Never run by the tests: read each diff, line by line, before
# keeping it.
# Usage: tests/data/stance-tag/regen.sh [bindir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
bin=$(cd "$top" && realpath "${1:-bin}")
cd "$here"
"$bin/segment" cyber-fr.txt cyber-en.txt | "$bin/quote-extract" |
    "$bin/stance-tag" > cyber.out
"$bin/stance-tag" --summary cyber.out > cyber.summary
"$bin/stance-tag" --dot cyber.out > cyber.dot
