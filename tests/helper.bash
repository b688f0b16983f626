bats_require_minimum_version 1.5.0
# helper.bash: loaded by every test file.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

DATA="$BATS_TEST_DIRNAME/data"
EXAMPLES="$BATS_TEST_DIRNAME/../examples"
NBSP=$'\xc2\xa0'
NNBSP=$'\xe2\x80\xaf'
TAB=$'\t'

# r FIELD...: one record, the fields joined by TABs.
r() {
	local IFS=$'\t'
	printf '%s\n' "$*"
}

# builtin_rules FILE SECTION: the built-in lang/en/FILE and lang/fr/FILE
# as rule files en.rules and fr.rules of the current directory, under
# [SECTION en] and [SECTION fr] (to read them again with -r).
builtin_rules() {
	local l
	for l in en fr; do
		{ echo "[$2 $l]"; cat "$BATS_TEST_DIRNAME/../lang/$l/$1"; } > $l.rules
	done
}

# stderr_is TEXT: after run --separate-stderr, stderr is exactly TEXT.
stderr_is() {
	if [ "$stderr" != "$1" ]; then
		printf 'stderr:\n%s\nexpected:\n%s\n' "$stderr" "$1" >&2
		return 1
	fi
}

# Runs a pipeline given as one string, capturing stdout and stderr apart.
run_split() {
	run --separate-stderr bash -c "$1"
}
