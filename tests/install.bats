#!/usr/bin/env bats
# install.bats: make install and make uninstall into a temporary DESTDIR
# (PREFIX, BINDIR, MANDIR, COMPLETIONDIR, PROGRAM_PREFIX), the installed
# tools run without the source tree, and make dist gives a tarball that
# builds and runs alone.
#
# make runs here with the variables of the make that runs the tests (the
# sanitizer build installs its own tools); the tarball is built as a user
# would, without them.

load helper

ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
TOOLS="decode segment quote-extract stance-tag"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# The files under a directory, relative to it, sorted.
files_under() {
	(cd "$1" && find . -type f -o -type l) | sed 's,^\./,,' | LC_ALL=C sort
}

# The whole pipeline on the example articles of directory $1, with the
# tools of the PATH, from $1, so that doc ids are the same.
pipeline_on() {
	(cd "$1" && decode examples/*.txt | segment | quote-extract |
	    stance-tag)
}

@test "make install: PREFIX, DESTDIR and PROGRAM_PREFIX; the tools run from anywhere" {
	local d="$BATS_TEST_TMPDIR/stage" t
	run make -s --no-print-directory -C "$ROOT" install DESTDIR="$d" PREFIX=/usr \
	    PROGRAM_PREFIX=ondit-
	assert_success
	run files_under "$d"
	assert_output "usr/bin/ondit-decode
usr/bin/ondit-quote-extract
usr/bin/ondit-segment
usr/bin/ondit-stance-tag
usr/share/bash-completion/completions/ondit-decode
usr/share/bash-completion/completions/ondit-quote-extract
usr/share/bash-completion/completions/ondit-segment
usr/share/bash-completion/completions/ondit-stance-tag
usr/share/man/man1/ondit-decode.1
usr/share/man/man1/ondit-quote-extract.1
usr/share/man/man1/ondit-segment.1
usr/share/man/man1/ondit-stance-tag.1
usr/share/man/man5/ondit-rules.5
usr/share/man/man7/ondit.7"
	for t in $TOOLS; do
		[ -x "$d/usr/bin/ondit-$t" ]
		cmp "$(command -v "$t")" "$d/usr/bin/ondit-$t"
		cmp "$ROOT/man/$t.1" "$d/usr/share/man/man1/ondit-$t.1"
	done
	# the pipeline from another directory, with no other PATH: the
	# language resources are inside the programs
	mkdir work && cp -R "$ROOT/examples" work/
	pipeline_on "$ROOT" > want
	(cd work && env -i PATH="$d/usr/bin:/usr/bin:/bin" sh -c '
	    ondit-decode examples/*.txt | ondit-segment | ondit-quote-extract |
	    ondit-stance-tag' ) > got
	[ "$(wc -l < want)" -ge 150 ]
	cmp want got
	# the French and English lists are there: abbreviations, cues, stances
	run env -i "$d/usr/bin/ondit-segment" -H -p <<< 'x	fr	1	0	M. Dupont est venu. Il est reparti.'
	assert_output "M. Dupont est venu.
Il est reparti."
	# the man pages render
	run mandoc -Tlint -W warning "$d"/usr/share/man/man*/*
	assert_success
	assert_output ''
	# the completion names the installed commands
	run bash -c 'source "$1"; complete -p | grep _ondit | LC_ALL=C sort' \
	    sh "$d/usr/share/bash-completion/completions/ondit-decode"
	assert_output "complete -F _ondit ondit-decode
complete -F _ondit ondit-quote-extract
complete -F _ondit ondit-segment
complete -F _ondit ondit-stance-tag"
	# make uninstall leaves no file
	run make -s --no-print-directory -C "$ROOT" uninstall DESTDIR="$d" PREFIX=/usr \
	    PROGRAM_PREFIX=ondit-
	assert_success
	run files_under "$d"
	assert_output ''
}

@test "make install: BINDIR, MANDIR and COMPLETIONDIR apart from PREFIX" {
	local d="$BATS_TEST_TMPDIR/stage"
	run make -s --no-print-directory -C "$ROOT" install DESTDIR="$d" PREFIX=/opt/ondit \
	    BINDIR=/opt/bin MANDIR=/opt/man COMPLETIONDIR=/opt/comp
	assert_success
	run files_under "$d"
	assert_output "opt/bin/decode
opt/bin/quote-extract
opt/bin/segment
opt/bin/stance-tag
opt/comp/decode
opt/comp/quote-extract
opt/comp/segment
opt/comp/stance-tag
opt/man/man1/decode.1
opt/man/man1/quote-extract.1
opt/man/man1/segment.1
opt/man/man1/stance-tag.1
opt/man/man5/ondit-rules.5
opt/man/man7/ondit.7"
	cmp "$ROOT/completion/ondit.bash" "$d/opt/comp/decode"
	run make -s --no-print-directory -C "$ROOT" uninstall DESTDIR="$d" PREFIX=/opt/ondit \
	    BINDIR=/opt/bin MANDIR=/opt/man COMPLETIONDIR=/opt/comp
	assert_success
	run files_under "$d"
	assert_output ''
}

@test "make dist: the tarball holds the tree, builds alone, runs and installs" {
	local version dist t
	version=$(sed -n 's/^VERSION[	 ]*=[	 ]*//p' "$ROOT/Makefile")
	dist=ondit-$version
	if [ -e "$ROOT/.git" ]; then
		(cd "$ROOT" && git ls-files) > want.list
	else
		files_under "$ROOT" | grep -v -e '^build/' -e '^build-san/' -e '^bin/' \
		    -e '^ondit-.*\.tar\.gz$' > want.list
	fi
	run make -s --no-print-directory -C "$ROOT" dist
	assert_success
	assert_output "$dist.tar.gz"
	mv "$ROOT/$dist.tar.gz" .
	tar -tzf "$dist.tar.gz" | grep -v '/$' | sed "s,^$dist/,," |
	    LC_ALL=C sort > got.list
	LC_ALL=C sort want.list | diff - got.list
	# a clean directory: unpack, build, demo, the pipeline, install
	mkdir clean
	tar -xzf "$dist.tar.gz" -C clean
	run env -u MAKEFLAGS -u MAKELEVEL make -s --no-print-directory -C "clean/$dist" -j2
	assert_success
	run env -u MAKEFLAGS -u MAKELEVEL make -s --no-print-directory -C "clean/$dist" demo
	assert_success
	[ "${#lines[@]}" -ge 100 ]
	pipeline_on "$ROOT" > want
	PATH="$BATS_TEST_TMPDIR/clean/$dist/bin:$PATH" \
	    pipeline_on "clean/$dist" > got
	[ "$(wc -l < want)" -ge 150 ]
	cmp want got
	# out of git, make dist takes every file but the build's: the same
	run env -u MAKEFLAGS -u MAKELEVEL make -s --no-print-directory -C "clean/$dist" dist
	assert_success
	tar -tzf "clean/$dist/$dist.tar.gz" | grep -v '/$' | sed "s,^$dist/,," |
	    LC_ALL=C sort | diff got.list -
	run env -u MAKEFLAGS -u MAKELEVEL make -s --no-print-directory -C "clean/$dist" install \
	    DESTDIR="$BATS_TEST_TMPDIR/stage" PREFIX=/usr
	assert_success
	# the tools need nothing of the tree once installed
	mkdir work && cp -R "$ROOT/examples" work/
	rm -rf clean
	PATH="$BATS_TEST_TMPDIR/stage/usr/bin:/usr/bin:/bin" pipeline_on work > got
	cmp want got
}
