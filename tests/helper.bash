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
