#!/bin/sh
# eval-quotes.sh [-v] [lang...]: scores quote-extract on the hand-annotated
# example articles (tests/data/quotes/*.gold, format in examples/README.md).
# Run from the top of the tree after make; -v lists every miss.
verbose=0
[ "$1" = -v ] && { verbose=1; shift; }
langs=${*:-"fr en"}
bin=${BIN:-bin}
for lang in $langs; do
	echo "== $lang"
	for gold in tests/data/quotes/$lang-*.gold; do
		name=$(basename "$gold" .gold)
		awk -F '\t' -v doc="$name" '!/^#/ { print "G\t" doc "\t" $1 "\t" $2 "\t" $3 "\t" $4 }' "$gold"
		"$bin/decode" -H "examples/$name.txt" | "$bin/segment" -H |
		    "$bin/quote-extract" -H |
		    awk -F '\t' -v doc="$name" '{ print "S\t" doc "\t" $3 "\t" $9 "\t" $5 "\t" $10 }'
	done | awk -v verbose=$verbose -f bench/eval-quotes.awk
done
