# ondit.bash: bash completion for decode, segment, quote-extract and
# stance-tag: their options, the values of -l, -f, --entities, --input
# and --only, and file names elsewhere.  make install puts a copy under
# share/bash-completion/completions/ for each tool, with the program
# prefix of the installation in _ondit_prefix.  tests/scale.bats checks
# the options against each tool's --help and the languages against lang/.

_ondit_prefix=

# The options of a tool, short and long, as its --help lists them.
_ondit_options() {
	local common='-H --no-header --json -u --line-buffered -h --help
	    -V --version -l --lang -r --rules'

	case $1 in
	decode)
		echo "$common -f --from -k --keep -s --plain-spaces -v" \
		    "--verbose --entities --html --id --input --meta --no-repair" \
		    "--text" ;;
	segment)
		echo "$common -m --max-length -p --plain" ;;
	quote-extract)
		echo "$common -s --attributed" ;;
	stance-tag)
		echo "$common -R --replace --only --summary --dot" ;;
	esac
}

# The values an option takes, or nothing for a file or a free value.
_ondit_values() {
	case $1 in
	-l|--lang)
		echo auto bg cs da de en es fr hr hu it nl pl pt ro ru sk sl \
		    sv uk ;;
	-f|--from)
		echo utf-8 windows-1252 iso-8859-1 iso-8859-15 windows-1250 \
		    iso-8859-2 windows-1251 koi8-r macintosh cp850 utf-16le \
		    utf-16be utf-32le utf-32be ;;
	--entities)
		echo auto yes no ;;
	--input)
		echo doc jsonl tsv ;;
	--only)
		echo accuse deny reject demand threaten defend statement ;;
	esac
}

_ondit() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev= opt= pre= tool=${1##*/}

	[ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}
	# the tool whatever the program prefix
	case $tool in
	*quote-extract) tool=quote-extract ;;
	*stance-tag) tool=stance-tag ;;
	*segment) tool=segment ;;
	*decode) tool=decode ;;
	esac
	COMPREPLY=()
	# "--lang=f" is one word, or three when '=' breaks words
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*}
		pre=$opt=
		cur=${cur#*=}
	elif [ "$cur" = = ]; then
		opt=$prev
		cur=
	elif [ "$prev" = = ] && [ "$COMP_CWORD" -gt 1 ]; then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	elif [[ $prev == -* ]]; then
		opt=$prev
	fi
	case $opt in
	-l|--lang|-f|--from|--entities|--input)
		COMPREPLY=($(compgen -P "$pre" -W "$(_ondit_values "$opt")" \
		    -- "$cur"))
		return ;;
	--only)
		# a comma-separated list: the labels after the last comma
		[[ $cur == *,* ]] && pre=$pre${cur%,*},
		COMPREPLY=($(compgen -P "$pre" -W "$(_ondit_values --only)" \
		    -- "${cur##*,}"))
		return ;;
	-r|--rules|-R|--replace)
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -P "$pre" -f -- "$cur"))
		return ;;
	-m|--max-length|--id)
		return ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(_ondit_options "$tool")" -- "$cur"))
		return
	fi
	compopt -o filenames 2>/dev/null
	COMPREPLY=($(compgen -f -- "$cur"))
}

complete -F _ondit "${_ondit_prefix}decode" "${_ondit_prefix}segment" \
    "${_ondit_prefix}quote-extract" "${_ondit_prefix}stance-tag"
