#!/bin/sh
# deps.sh [--quiet] package...: installs the Debian packages that are
# missing, with apt-get when run as root; otherwise prints the command.
quiet=0
[ "$1" = --quiet ] && { quiet=1; shift; }
missing=
for p in "$@"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: missing:$missing (install them with your package manager)" >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "deps: missing:$missing" >&2
	echo "deps: run: sudo apt-get install -y$missing" >&2
	exit 1
fi
[ $quiet = 1 ] && echo "deps: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq$missing >/dev/null || {
	echo "deps: apt-get install failed:$missing" >&2
	exit 1
}
