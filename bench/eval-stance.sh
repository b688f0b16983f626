#!/bin/sh
# eval-stance.sh [-v] [lang...]: scores stance-tag on the hand-annotated
# sentences of tests/data/stance/<lang>.gold (label label2 target cue
# text): per-label precision, recall and F1, their macro average, how
# often the second label is right, and target accuracy (exact match, case
# and ’ aside, over the sentences whose gold target is not empty).
# Run from the top of the tree after make; -v lists every error.
verbose=0
[ "$1" = -v ] && { verbose=1; shift; }
langs=${*:-"fr en"}
bin=${BIN:-bin}
for lang in $langs; do
	echo "== $lang"
	gold=tests/data/stance/$lang.gold
	awk -F '\t' -v lang="$lang" 'BEGIN { print "#doc\tlang\tpar\tsent\tcue\ttext" }
	    !/^#/ && NF >= 5 { n++; print "g" n "\t" lang "\t" n "\t1\t" $4 "\t" $5 }' "$gold" |
	    "$bin/stance-tag" -H |
	    awk -F '\t' -v verbose=$verbose '
		function norm(s) { s = tolower(s); gsub(/’/, "'\''", s); return s }
		FNR == NR { if ($0 !~ /^#/ && NF >= 5) { n++; gl[n] = $1; g2[n] = $2; gt[n] = $3; tx[n] = $5 } next }
		{ k = $3; sl[k] = $6; s2[k] = $7; st[k] = $9; ev[k] = $10 }
		END {
			split("accuse deny reject demand threaten defend statement", L, " ")
			for (i = 1; i <= n; i++) {
				tp[gl[i]] += sl[i] == gl[i]; gc[gl[i]]++; sc[sl[i]]++
				if (sl[i] == gl[i]) ok++
				if (g2[i] != "") { n2++; ok2 += (s2[i] == g2[i]) }
				if (gt[i] != "") { nt++; okt += norm(st[i]) == norm(gt[i]) }
				if (verbose && sl[i] != gl[i])
					printf "label: gold %s system %s [%s] %s\n", gl[i], sl[i], ev[i], substr(tx[i], 1, 90) > "/dev/stderr"
				if (verbose && gt[i] != "" && norm(st[i]) != norm(gt[i]))
					printf "target: gold [%s] system [%s] %s\n", gt[i], st[i], substr(tx[i], 1, 80) > "/dev/stderr"
			}
			for (j = 1; j <= 7; j++) {
				l = L[j]; P = sc[l] ? tp[l] / sc[l] : 0; R = gc[l] ? tp[l] / gc[l] : 0
				F = P + R ? 2 * P * R / (P + R) : 0; mf += F
				printf "%-10s gold %3d  system %3d  P %5.1f  R %5.1f  F1 %5.1f\n", l, gc[l], sc[l], 100 * P, 100 * R, 100 * F
			}
			printf "accuracy   %.1f%% of %d sentences; macro-F1 %.1f\n", 100 * ok / n, n, 100 * mf / 7
			printf "label2     %d of %d second labels found\n", ok2, n2
			printf "target     %.1f%% of %d gold targets exact\n", nt ? 100 * okt / nt : 0, nt
		}' "$gold" -
done
