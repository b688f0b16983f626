# cases.awk: turns a segmentation cases file (see tests/data/segment/) into
# records.  -v mode=input: one paragraph record per case; -v mode=expect:
# the sentence records segment must write.  -v lang=fr|en.
/^#/ { next }
/^> / {
	k++
	n = 0
	if (mode == "input")
		printf "%d\t%s\t1\t0\t%s\n", k, lang, substr($0, 3)
	next
}
/^$/ { next }
{
	if (mode == "expect")
		printf "%d\t%s\t1\t%d\t%s\n", k, lang, ++n, $0
}
