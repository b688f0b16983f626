# eval-quotes.awk: scores quote-extract output against gold annotations.
# Input: lines "G<TAB>doc<TAB>par<TAB>kind<TAB>speaker<TAB>quote" (gold) and
# "S<TAB>doc<TAB>par<TAB>kind<TAB>speaker<TAB>quote" (system), any order.
# A system quotation matches a gold one of the same class (direct, partial
# and mixed are one class; indirect the other) in the same document and
# paragraph when their shared words cover at least T of the gold words
# and 30% of the system's; pairs are taken best first, one to one.
# Prints P/R/F1 per class at T = 30% and 80%, and the share of matched
# quotations (at 30%) whose speaker is the gold speaker, and the share of
# matched quotations of the first class whose kind is the gold's (direct
# or partial; the system's mixed, a clause around a quotation, counts as
# partial, which is how the gold writes it).  Speakers are compared in
# lower case, with ’ as ' and without the marks around a name in them
# ("l’association « Les Amis de la halle »" is "l’association Les Amis
# de la halle", as most gold files write it) and without an article
# before a capital ("the Northern Rugby Championship" is "Northern Rugby
# Championship", "la Commission" is "Commission").
function norm(s,    r) {
	if (match(s, /^([Tt]he|[Ll]e|[Ll]a|[Ll]es) +|^[Ll](’|')/)) {
		r = substr(s, RLENGTH + 1)
		if (r ~ /^([A-Z]|\xC3[\x80-\x9E])/)
			s = r
	}
	s = tolower(s)
	gsub(/’/, "'", s)
	gsub(/\xC2\xA0|\xE2\x80\xAF/, " ", s)
	gsub(/«|»|“|”/, "", s)
	gsub(/[[:space:]]+/, " ", s)
	sub(/^ /, "", s); sub(/ $/, "", s)
	return s
}
function bag(s, b,    n, i, w, k) {
	s = tolower(s)
	gsub(/’|«|»|“|”|…|—|–/, " ", s)
	gsub(/[][[:punct:]]/, " ", s)
	n = split(s, w, /[[:space:]]+/)
	k = 0
	for (i = 1; i <= n; i++)
		if (w[i] != "") { b[w[i]]++; k++ }
	return k
}
function class(kind) { return kind == "indirect" ? "indirect" : "direct" }
BEGIN { FS = "\t" }
function kind(k) { return k == "mixed" ? "partial" : k }
$1 == "G" { ng++; gd[ng] = $2; gp[ng] = $3; gc[ng] = class($4); gk[ng] = kind($4); gs[ng] = $5; gq[ng] = $6; next }
$1 == "S" { ns++; sd[ns] = $2; sp[ns] = $3; sc[ns] = class($4); sk[ns] = kind($4); ss[ns] = $5; sq[ns] = $6; next }
END {
	split("0.3 0.8", th, " ")
	for (t = 1; t <= 2; t++) {
		delete gm; delete sm; np = 0
		# candidate pairs with their overlap
		for (i = 1; i <= ng; i++) {
			delete gb; gl = bag(gq[i], gb)
			for (j = 1; j <= ns; j++) {
				if (sd[j] != gd[i] || sp[j] != gp[i] || sc[j] != gc[i])
					continue
				delete sb; sl = bag(sq[j], sb)
				ov = 0
				for (w in gb) if (w in sb) ov += gb[w] < sb[w] ? gb[w] : sb[w]
				if (gl == 0 || sl == 0 || ov < th[t] * gl || ov < 0.3 * sl)
					continue
				np++; pi[np] = i; pj[np] = j; po[np] = ov / gl
			}
		}
		# best first, one to one
		for (;;) {
			best = 0
			for (k = 1; k <= np; k++)
				if (!(pi[k] in gm) && !(pj[k] in sm) && (best == 0 || po[k] > po[best]))
					best = k
			if (best == 0) break
			gm[pi[best]] = pj[best]; sm[pj[best]] = pi[best]
		}
		for (c = 1; c <= 2; c++) {
			cl = c == 1 ? "direct" : "indirect"
			G = S = M = 0
			for (i = 1; i <= ng; i++) if (gc[i] == cl) { G++; if (i in gm) M++ }
			for (j = 1; j <= ns; j++) if (sc[j] == cl) S++
			P = S ? M / S : 0; R = G ? M / G : 0; F = P + R ? 2 * P * R / (P + R) : 0
			printf "%-9s overlap>=%2d%%  gold %4d  system %4d  matched %4d  P %5.1f  R %5.1f  F1 %5.1f\n", \
			    cl, th[t] * 100, G, S, M, 100 * P, 100 * R, 100 * F
		}
		if (t == 1) {
			ok = all = 0
			for (i in gm) { all++; if (norm(gs[i]) == norm(ss[gm[i]])) ok++; else if (verbose) printf "speaker: gold [%s] system [%s] par %s %s\n", gs[i], ss[gm[i]], gp[i], gd[i] > "/dev/stderr" }
			if (verbose) for (i = 1; i <= ng; i++) if (!(i in gm)) printf "missed: %s par %s %s [%s] %s\n", gd[i], gp[i], gc[i], gs[i], substr(gq[i], 1, 70) > "/dev/stderr"
			if (verbose) for (j = 1; j <= ns; j++) if (!(j in sm)) printf "extra: %s par %s %s [%s] %s\n", sd[j], sp[j], sc[j], ss[j], substr(sq[j], 1, 70) > "/dev/stderr"
			printf "speaker   correct on %d of %d matched quotations: %.1f%%\n", ok, all, all ? 100 * ok / all : 0
			ok = all = 0
			for (i in gm) {
				if (gc[i] != "direct") continue
				all++
				if (gk[i] == sk[gm[i]]) ok++
				else if (verbose) printf "kind: gold %s system %s par %s %s %s\n", gk[i], sk[gm[i]], gp[i], gd[i], substr(gq[i], 1, 60) > "/dev/stderr"
			}
			printf "kind      direct or partial as the gold on %d of %d matched: %.1f%%\n", ok, all, all ? 100 * ok / all : 0
		}
	}
}
