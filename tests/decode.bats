#!/usr/bin/env bats
# decode.bats: decode(1), point by point as in issue 2 and the man page:
# charsets, mojibake, references, normalisation, paragraphs, boilerplate,
# languages, bad input, options, the record format, golden outputs.
# Inputs are made here with printf '\xNN' and iconv, or are small files
# in tests/data/decode/; every case passes under any locale.
load 'helper'
bats_require_minimum_version 1.5.0

DD=$DATA/decode
HDR=$'#doc\tlang\tpar\tsent\ttext'
KHDR=$'#doc\tlang\tpar\tsent\tboiler\ttext'

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# vline DOC CHARSET LANG PARS [DROPPED INVALID LEGACY REPAIRS REFS CTRL INV]:
# the report of -v.
vline() {
	printf 'decode: %s: %s, %s, %s paragraphs, %s boilerplate dropped, %s' \
	    "$1" "$2" "$3" "$4" "${5:-0}" "${6:-0}"
	printf ' invalid bytes, %s legacy lines, %s mojibake repairs, %s' \
	    "${7:-0}" "${8:-0}" "${9:-0}"
	printf ' references, %s controls and %s invisible characters removed' \
	    "${10:-0}" "${11:-0}"
}

# text_in CHARSET TEXT FILE: writes the UTF-8 TEXT (and LF) in CHARSET.
text_in() {
	printf '%s\n' "$2" | iconv -f UTF-8 -t "$1" > "$3"
}

# reads_as FILE CHARSET-REPORT LANG TEXT: decode -v finds TEXT in one
# paragraph, and reports the charset so.
reads_as() {
	run --separate-stderr decode -v "$1"
	assert_success
	assert_output "$HDR
$(r "$1" "$3" 1 0 "$4")"
	stderr_is "$(vline "$1" "$2" "$3" 1)"
}

FR='« L’été sera chaud », a prévenu le ministre, qui a reçu les élus à Bordeaux.'
EN='“We’re not done yet,” the mayor said, and the crowd cheered for the café owners.'
RU='«Мы не позволим закрыть завод», — заявил мэр города журналистам в четверг.'

# --- 1. charset -----------------------------------------------------------

@test "1 charset: a UTF-8 BOM is skipped and reported" {
	printf '\xef\xbb\xbfLe caf\xc3\xa9 est fran\xc3\xa7ais, dit-il.\n' > b.txt
	reads_as b.txt 'utf-8 (BOM)' fr 'Le café est français, dit-il.'
}

@test "1 charset: UTF-16LE and UTF-16BE with a BOM, French and English" {
	printf '\xff\xfe' > le.txt
	printf '%s\n' "$FR" | iconv -f UTF-8 -t UTF-16LE >> le.txt
	reads_as le.txt 'UTF-16LE (BOM)' fr "$FR"
	printf '\xfe\xff' > be.txt
	printf '%s\n' "$EN" | iconv -f UTF-8 -t UTF-16BE >> be.txt
	reads_as be.txt 'UTF-16BE (BOM)' en "$EN"
}

@test "1 charset: UTF-32LE and UTF-32BE with a BOM" {
	printf '\xff\xfe\x00\x00' > le.txt
	printf '%s\n' "$FR" | iconv -f UTF-8 -t UTF-32LE >> le.txt
	reads_as le.txt 'UTF-32LE (BOM)' fr "$FR"
	printf '\x00\x00\xfe\xff' > be.txt
	printf '%s\n' "$EN" | iconv -f UTF-8 -t UTF-32BE >> be.txt
	reads_as be.txt 'UTF-32BE (BOM)' en "$EN"
}

@test "1 charset: UTF-16 and UTF-32 without a BOM, Latin and Cyrillic" {
	text_in UTF-16LE "$FR" a.txt
	reads_as a.txt 'UTF-16LE (detected)' fr "$FR"
	text_in UTF-16BE "$EN" b.txt
	reads_as b.txt 'UTF-16BE (detected)' en "$EN"
	text_in UTF-16LE "$RU" c.txt
	reads_as c.txt 'UTF-16LE (detected)' ru "$RU"
	text_in UTF-16BE "$RU" d.txt
	reads_as d.txt 'UTF-16BE (detected)' ru "$RU"
	text_in UTF-32LE "$FR" e.txt
	reads_as e.txt 'UTF-32LE (detected)' fr "$FR"
	text_in UTF-32BE "$RU" f.txt
	reads_as f.txt 'UTF-32BE (detected)' ru "$RU"
}

@test "1 charset: a few words of UTF-16 without a BOM" {
	printf 'C\0a\0f\0\xe9\0.\0\n\0' > cafe.txt
	reads_as cafe.txt 'UTF-16LE (detected)' und 'Café.'
}

@test "1 charset: valid UTF-8, French and English" {
	printf '%s\n' "$FR" > fr.txt
	reads_as fr.txt 'utf-8 (detected)' fr "$FR"
	printf '%s\n' "$EN" > en.txt
	reads_as en.txt 'utf-8 (detected)' en "$EN"
}

@test "1 charset: ASCII is reported as us-ascii" {
	printf 'The council voted on Tuesday, and the vote was close.\n' > a.txt
	reads_as a.txt 'us-ascii (detected)' en \
	    'The council voted on Tuesday, and the vote was close.'
}

@test "1 charset: English UTF-8 with a single ’" {
	printf 'The minister said it\xe2\x80\x99s far too early to talk about a deal.\n' > one.txt
	reads_as one.txt 'utf-8 (detected)' en \
	    'The minister said it’s far too early to talk about a deal.'
}

@test "1 charset: <meta charset> names the charset of HTML" {
	printf '<html><head><meta charset="iso-8859-15"></head>\n<p>Le c\xbdur du budget : 5 \xa4 par mois.</p>\n' > m.html
	run --separate-stderr decode --text -v m.html
	assert_success
	assert_output "$HDR
$(r m.html fr 1 0 '<html><head><meta charset="iso-8859-15"></head>')
$(r m.html fr 2 0 '<p>Le cœur du budget : 5 € par mois.</p>')"
	stderr_is "$(vline m.html 'iso-8859-15 (declared)' fr 2)"
}

@test "1 charset: <meta http-equiv> content and <?xml encoding>" {
	printf '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">\n<p>P\xf8\xedli\x9a \x9elu\x9dou\xe8k\xfd k\xf9\xf2.</p>\n' > cs.html
	run --separate-stderr decode --text -v cs.html
	assert_success
	assert_output "$HDR
$(r cs.html und 1 0 '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">')
$(r cs.html und 2 0 '<p>Příliš žluťoučký kůň.</p>')"
	stderr_is "$(vline cs.html 'windows-1250 (declared)' und 2)"
	printf '<?xml version="1.0" encoding="KOI8-R"?>\n<p>\xf0\xd2\xc9\xd7\xc5\xd4</p>\n' > ru.xml
	run --separate-stderr decode --text -v ru.xml
	assert_success
	assert_output "$HDR
$(r ru.xml und 1 0 '<?xml version="1.0" encoding="KOI8-R"?>')
$(r ru.xml und 2 0 '<p>Привет</p>')"
	stderr_is "$(vline ru.xml 'koi8-r (declared)' und 2)"
}

@test "1 charset: a declared ISO-8859-1 is read as windows-1252, as browsers do" {
	printf '<meta charset=ISO-8859-1>\n<p>\x93Caf\xe9\x94 \x96 cr\xe8me</p>\n' > l1.html
	run --separate-stderr decode --text -v l1.html
	assert_success
	assert_output "$HDR
$(r l1.html und 1 0 '<meta charset=ISO-8859-1>')
$(r l1.html und 2 0 '<p>“Café” – crème</p>')"
	stderr_is "$(vline l1.html 'windows-1252 (declared)' und 2)"
}

@test "1 charset: a declaration that valid UTF-8 contradicts is ignored" {
	printf '<meta charset="windows-1252">\n<p>Caf\xc3\xa9</p>\n' > u.html
	run --separate-stderr decode --text -v u.html
	assert_success
	assert_line --index 2 "$(r u.html und 2 0 '<p>Café</p>')"
	stderr_is "$(vline u.html 'utf-8 (detected)' und 2)"
}

@test "1 charset: a charset iconv knows but decode does not detect" {
	printf '<meta charset="iso-8859-7">\n<p>\xc1\xe8\xde\xed\xe1</p>\n' > el.html
	run --separate-stderr decode --text -v el.html
	assert_success
	assert_line --index 2 "$(r el.html und 2 0 '<p>Αθήνα</p>')"
	stderr_is "$(vline el.html 'iso-8859-7 (declared)' und 2)"
}

@test "1 charset: windows-1252, French and English" {
	text_in WINDOWS-1252 "$FR" fr.txt
	reads_as fr.txt 'windows-1252 (detected)' fr "$FR"
	text_in WINDOWS-1252 "$EN" en.txt
	reads_as en.txt 'windows-1252 (detected)' en "$EN"
}

@test "1 charset: ISO-8859-1 reads as windows-1252, its superset" {
	printf 'Le caf\xe9 a rouvert \xe0 N\xeemes ; le ma\xeetre d\x27h\xf4tel \xe9tait ravi.\n' > fr.txt
	reads_as fr.txt 'windows-1252 (detected)' fr \
	    "Le café a rouvert à Nîmes ; le maître d'hôtel était ravi."
	printf 'The caf\xe9 in Z\xfcrich costs \xa35, na\xefve as it sounds.\n' > en.txt
	reads_as en.txt 'windows-1252 (detected)' en \
	    'The café in Zürich costs £5, naïve as it sounds.'
}

@test "1 charset: ISO-8859-15 and windows-1252 told apart by œ and €" {
	text_in ISO-8859-15 'Le cœur du budget : 5 € par mois.' a.txt
	reads_as a.txt 'iso-8859-15 (detected)' fr 'Le cœur du budget : 5 € par mois.'
	text_in WINDOWS-1252 'Le cœur du budget : 5 € par mois.' b.txt
	reads_as b.txt 'windows-1252 (detected)' fr 'Le cœur du budget : 5 € par mois.'
	text_in ISO-8859-15 "Sa sœur a payé 12 € ; « c'est un vœu », dit-elle." c.txt
	reads_as c.txt 'iso-8859-15 (detected)' fr \
	    "Sa sœur a payé 12 € ; « c'est un vœu », dit-elle."
	text_in WINDOWS-1252 'Sa sœur a payé 12 € ; « c’est un vœu », dit-elle.' d.txt
	reads_as d.txt 'windows-1252 (detected)' fr \
	    'Sa sœur a payé 12 € ; « c’est un vœu », dit-elle.'
}

@test "1 charset: windows-1250 and ISO-8859-2, Czech and Polish" {
	CS='Vláda ve čtvrtek řekla, že zákon o odpadech bude schválen až příští rok.'
	PL='Prezydent powiedział, że rząd przygotuje nową ustawę o służbie zdrowia.'
	text_in WINDOWS-1250 "$CS" a.txt
	reads_as a.txt 'windows-1250 (detected)' cs "$CS"
	text_in ISO-8859-2 "$CS" b.txt
	reads_as b.txt 'iso-8859-2 (detected)' cs "$CS"
	text_in WINDOWS-1250 "$PL" c.txt
	reads_as c.txt 'windows-1250 (detected)' pl "$PL"
	text_in ISO-8859-2 "$PL" d.txt
	reads_as d.txt 'iso-8859-2 (detected)' pl "$PL"
}

@test "1 charset: windows-1251 and KOI8-R, Russian" {
	text_in WINDOWS-1251 "$RU" a.txt
	reads_as a.txt 'windows-1251 (detected)' ru "$RU"
	RU2='Мэр города заявил журналистам, что завод не закроют до конца года.'
	text_in KOI8-R "$RU2" b.txt
	reads_as b.txt 'koi8-r (detected)' ru "$RU2"
}

@test "1 charset: MacRoman and CP850" {
	text_in MACINTOSH "$FR" a.txt
	reads_as a.txt 'macintosh (detected)' fr "$FR"
	DE='Die Bürger müssen größere Opfer bringen, sagte der Minister für Äußeres.'
	text_in CP850 "$DE" b.txt
	reads_as b.txt 'cp850 (detected)' de "$DE"
	text_in CP850 "Le maître d'hôtel a reçu les élèves à Noël." c.txt
	reads_as c.txt 'cp850 (detected)' fr "Le maître d'hôtel a reçu les élèves à Noël."
}

@test "1 charset: short paragraphs of one sentence" {
	text_in WINDOWS-1252 'Il a dit « non ».' a.txt
	reads_as a.txt 'windows-1252 (detected)' fr 'Il a dit « non ».'
	text_in WINDOWS-1252 'It’s over.' b.txt
	reads_as b.txt 'windows-1252 (detected)' en 'It’s over.'
	text_in WINDOWS-1250 'Řekl, že to není pravda.' c.txt
	reads_as c.txt 'windows-1250 (detected)' cs 'Řekl, že to není pravda.'
	text_in KOI8-R 'Он сказал "нет".' d.txt
	reads_as d.txt 'koi8-r (detected)' und 'Он сказал "нет".'
}

@test "1 charset: lines in UTF-8 and lines in windows-1252, each read right" {
	printf 'Premi\xc3\xa8re ligne, en UTF-8 : d\xc3\xa9j\xc3\xa0 lue.\nDeuxi\xe8me ligne, en windows-1252 : \x93bient\xf4t\x94.\nTroisi\xc3\xa8me ligne, \xc3\xa0 nouveau en UTF-8.\nQuatri\xe8me ligne, o\xf9 l\x92on revient au pass\xe9.\n' > mix.txt
	run --separate-stderr decode -v mix.txt
	assert_success
	assert_output "$HDR
$(r mix.txt fr 1 0 'Première ligne, en UTF-8 : déjà lue.')
$(r mix.txt fr 2 0 'Deuxième ligne, en windows-1252 : “bientôt”.')
$(r mix.txt fr 3 0 'Troisième ligne, à nouveau en UTF-8.')
$(r mix.txt fr 4 0 'Quatrième ligne, où l’on revient au passé.')"
	stderr_is "$(vline mix.txt 'utf-8 (mixed)' fr 4 0 0 2)"
}

@test "1 charset: -f forces a charset, detection aside" {
	printf 'caf\xe9 cr\xe8me\n' > l.txt
	run --separate-stderr decode -v -f windows-1251 l.txt
	assert_success
	assert_output "$HDR
$(r l.txt und 1 0 'cafй crиme')"
	stderr_is "$(vline l.txt 'windows-1251 (forced)' und 1)"
	run --separate-stderr decode -H --from=latin1 l.txt
	assert_output "$(r l.txt und 1 0 'café crème')"
	text_in UTF-16LE "$FR" w.txt
	run --separate-stderr decode -v -f UTF-16LE w.txt
	assert_output "$HDR
$(r w.txt fr 1 0 "$FR")"
	stderr_is "$(vline w.txt 'UTF-16LE (forced)' fr 1)"
}

@test "1 charset: -f with a charset iconv does not know is a usage error" {
	run --separate-stderr decode -f nonsense /dev/null
	assert_failure 2
	assert_output ''
	stderr_is 'decode: -f nonsense: charset unknown to iconv'
}

@test "1 charset: -v reports each document on one line" {
	printf 'Le caf\xe9 est ferm\xe9.\n\nLire aussi : la suite\n' > a.txt
	printf 'The caf\xc3\xa9 &amp; the bar are open.\n' > b.txt
	run --separate-stderr decode -v a.txt b.txt
	assert_success
	assert_output "$HDR
$(r a.txt fr 1 0 'Le café est fermé.')
$(r b.txt en 1 0 'The café & the bar are open.')"
	stderr_is "decode: a.txt: windows-1252 (detected), fr, 2 paragraphs, 1 boilerplate dropped, 0 invalid bytes, 0 legacy lines, 0 mojibake repairs, 0 references, 0 controls and 0 invisible characters removed
decode: b.txt: utf-8 (detected), en, 1 paragraphs, 0 boilerplate dropped, 0 invalid bytes, 0 legacy lines, 0 mojibake repairs, 1 references, 0 controls and 0 invisible characters removed"
}

@test "1 charset: windows-1252's five holes 0x81 0x8D 0x8F 0x90 0x9D never fail" {
	# stray bytes in windows-1252 text: mapped as browsers do (to C1
	# controls), which normalisation then removes
	printf 'Le caf\xe9 \x93co\xfbte\x94\x9d d\xe9sormais 3 \x80, a d\xe9clar\xe9 le g\xe9rant\x81.\n' > stray.txt
	run --separate-stderr decode -v stray.txt
	assert_success
	assert_output "$HDR
$(r stray.txt fr 1 0 'Le café “coûte” désormais 3 €, a déclaré le gérant.')"
	stderr_is "$(vline stray.txt 'windows-1252 (detected)' fr 1 0 0 0 0 0 2)"
	printf 'a\x81b\x8dc\x8fd\x90e\x9df \x93ok\x94\n' > holes.txt
	run --separate-stderr decode -v -f windows-1252 holes.txt
	assert_success
	assert_output "$HDR
$(r holes.txt und 1 0 'abcdef “ok”')"
	stderr_is "$(vline holes.txt 'windows-1252 (forced)' und 1 0 0 0 0 0 5)"
}

@test "1 charset: undecodable bytes become U+FFFD, are counted, never stop" {
	printf 'caf\xe9 cr\xe8me\n' > l.txt
	printf 'Le caf\xc3\xa9.\n' > ok.txt
	run --separate-stderr decode -v -f utf-8 l.txt ok.txt
	assert_success
	assert_output "$HDR
$(r l.txt und 1 0 'caf� cr�me')
$(r ok.txt und 1 0 'Le café.')"
	stderr_is "$(vline l.txt 'utf-8 (forced)' und 1 0 2)
$(vline ok.txt 'utf-8 (forced)' und 1)"
	printf 'a\x98b\n' > h.txt
	run --separate-stderr decode -v -f windows-1251 h.txt
	assert_output "$HDR
$(r h.txt und 1 0 'a�b')"
	stderr_is "$(vline h.txt 'windows-1251 (forced)' und 1 0 1)"
	# a lone surrogate in UTF-16
	printf '\xff\xfeo\0k\0\x00\xd8!\0\n\0' > s.txt
	run --separate-stderr decode -v s.txt
	assert_output "$HDR
$(r s.txt und 1 0 'ok�!')"
	stderr_is "$(vline s.txt 'UTF-16LE (BOM)' und 1 0 1)"
}

# --- 2. mojibake ----------------------------------------------------------

@test "2 mojibake: broken strings are repaired (tests/data/decode/mojibake-broken.tsv)" {
	cut -f1 "$DD/mojibake-broken.tsv" > broken.txt
	cut -f2 "$DD/mojibake-broken.tsv" > want.txt
	run --separate-stderr decode -H -k broken.txt
	assert_success
	printf '%s\n' "$output" | cut -f6 > got.txt
	diff want.txt got.txt
	[ "$(wc -l < got.txt)" -ge 50 ]
}

@test "2 mojibake: correct look-alikes stay as they are (tests/data/decode/mojibake-legit.txt)" {
	grep -v '^#' "$DD/mojibake-legit.txt" > legit.txt
	[ "$(wc -l < legit.txt)" -ge 100 ]
	run --separate-stderr decode -H -k -v legit.txt
	assert_success
	printf '%s\n' "$output" | cut -f6 > got.txt
	diff legit.txt got.txt
	[[ $stderr == *", 0 mojibake repairs,"* ]]
}

@test "2 mojibake: French and English, once and twice, and \"Ã \" for \"à \"" {
	# é è à ’ “ ” read as windows-1252, then the same again
	printf 'Il est all\xc3\x83\xc2\xa9 \xc3\x83  Paris, d\xc3\x83\xc2\xa9j\xc3\x83  lundi.\n\nIt\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s \xc3\xa2\xe2\x82\xac\xc5\x93fine\xc3\xa2\xe2\x82\xac\xc2\x9d, the caf\xc3\x83\xc2\xa9 owner said.\n\nLe caf\xc3\x83\xc6\x92\xc3\x82\xc2\xa9 est pr\xc3\x83\xc6\x92\xc3\x82\xc2\xaat.\n' > m.txt
	run --separate-stderr decode -v m.txt
	assert_success
	assert_output "$HDR
$(r m.txt fr 1 0 'Il est allé à Paris, déjà lundi.')
$(r m.txt fr 2 0 'It’s “fine”, the café owner said.')
$(r m.txt fr 3 0 'Le café est prêt.')"
	stderr_is "$(vline m.txt 'utf-8 (detected)' fr 3 0 0 0 14)"
}

@test "2 mojibake: --no-repair leaves it" {
	printf 'Le caf\xc3\x83\xc2\xa9 est pr\xc3\x83\xc2\xaat.\n' > m.txt
	run decode -H --no-repair m.txt
	assert_success
	assert_output "$(r m.txt fr 1 0 'Le cafÃ© est prÃªt.')"
}

@test "2 mojibake: a capital at the end of a word needs other evidence in its line" {
	printf 'CAF\xc3\x83\xe2\x80\xb0\n\xc3\x83\xe2\x80\xb0T\xc3\x83\xe2\x80\xb0 \xc3\x83\xe2\x82\xac PARIS\n\xe2\x80\x9cAMANH\xc3\x83\xe2\x80\x9d, disse.\n' > caps.txt
	run decode -H caps.txt
	assert_success
	assert_output "$(r caps.txt pt 1 0 'CAFÃ‰')
$(r caps.txt pt 2 0 'ÉTÉ À PARIS')
$(r caps.txt pt 3 0 '“AMANHÃ”, disse.')"
}

# --- 3. HTML character references ----------------------------------------

REFS='&eacute;t&eacute; &amp; &lt;b&gt; &#233;&#xE9;&#Xe9; &nbsp;| &NotEqualTilde; &eacute &amp &copy2024 AT&T &bogus; &#;'

@test "3 references: named, decimal and hex, terminated ones only by default" {
	printf '%s\n' "$REFS" > e.txt
	run --separate-stderr decode -v e.txt
	assert_success
	assert_output "$HDR
$(r e.txt und 1 0 "été & <b> ééé${NBSP}| ≂̸ &eacute &amp &copy2024 AT&T &bogus; &#;")"
	stderr_is "$(vline e.txt 'us-ascii (detected)' und 1 0 0 0 0 10)"
}

@test "3 references: --entities=yes also takes the legacy forms without ;" {
	printf '%s\n' "$REFS" > e.txt
	run decode -H --entities=yes e.txt
	assert_success
	assert_output "$(r e.txt und 1 0 "été & <b> ééé${NBSP}| ≂̸ é & ©2024 AT&T &bogus; &#;")"
}

@test "3 references: --entities=no leaves them" {
	printf '%s\n' "$REFS" > e.txt
	run decode -H --entities=no e.txt
	assert_success
	assert_output "$(r e.txt und 1 0 "$REFS")"
}

@test "3 references: numeric 0x80-0x9F are windows-1252 (WHATWG), bad ones U+FFFD" {
	printf '&#x80; &#150; &#x92;&#147;&#x94; &#133; | &#0; &#xD800; &#x110000; &#99999999999; |&#x81;|\n' > n.txt
	run decode -H n.txt
	assert_success
	assert_output "$(r n.txt und 1 0 '€ – ’“” … | � � � � ||')"
}

@test "3 references: decoded once, in French and English text" {
	printf '<p>L&rsquo;&eacute;t&eacute; &laquo;&#160;chaud&#160;&raquo; co&ucirc;te 5&nbsp;&euro;, &amp;eacute; reste &amp;eacute;.</p>\n<p>Don&#39;t say &quot;never&quot; &mdash; it&#x2019;s 5&#8239;%%.</p>\n' > p.html
	run decode --text -H p.html
	assert_success
	assert_output "$(r p.html fr 1 0 "<p>L’été «${NBSP}chaud${NBSP}» coûte 5${NBSP}€, &eacute; reste &eacute;.</p>")
$(r p.html fr 2 0 "<p>Don't say \"never\" — it’s 5${NNBSP}%.</p>")"
}

@test "3 references: a line break from a reference is a space" {
	printf 'un&#10;deux&#13;trois&#x2028;quatre&#9;cinq\n' > br.txt
	run decode -H br.txt
	assert_output "$(r br.txt fr 1 0 'un deux trois quatre cinq')"
}

# --- 4. normalisation -----------------------------------------------------

@test "4 normalisation: decomposed text becomes NFC" {
	printf 'Le cafe\xcc\x81 e\xcc\x81tait ferme\xcc\x81 a\xcc\x80 No\xc3\xabl, Mu\xcc\x88ller.\n' > d.txt
	run decode -H d.txt
	assert_success
	assert_output "$(r d.txt fr 1 0 'Le café était fermé à Noël, Müller.')"
}

@test "4 normalisation: CRLF and lone CR end lines" {
	printf 'Un.\r\nDeux.\r\n\r\nTrois,\rsuite.\r\rQuatre.\r' > crlf.txt
	run decode -H crlf.txt
	assert_success
	assert_output "$(r crlf.txt fr 1 0 'Un. Deux.')
$(r crlf.txt fr 2 0 'Trois, suite.')
$(r crlf.txt fr 3 0 'Quatre.')"
}

@test "4 normalisation: controls removed, TAB as a space, counted by -v" {
	printf 'The\x01 mayor\x7f said\x1b[0m:\tthe vote\x07 was\x02 close.\xc2\x85\n' > c.txt
	run --separate-stderr decode -v c.txt
	assert_success
	assert_output "$HDR
$(r c.txt en 1 0 'The mayor said[0m: the vote was close.')"
	stderr_is "$(vline c.txt 'utf-8 (detected)' en 1 0 0 0 0 0 5)"
}

@test "4 normalisation: zero-width characters and soft hyphens removed" {
	# ZWSP, word joiner, BOM, soft hyphen, LRM, ZWNJ and ZWJ in Latin text
	printf 'pr\xc3\xa9\xe2\x80\x8bsi\xe2\x81\xa0dent \xef\xbb\xbfde la R\xc3\xa9\xc2\xadpu\xc2\xadblique \xe2\x80\x8ele\xe2\x80\x8c jour\xe2\x80\x8d m\xc3\xaame\n' > z.txt
	run --separate-stderr decode -v z.txt
	assert_success
	assert_output "$HDR
$(r z.txt fr 1 0 'président de la République le jour même')"
	stderr_is "$(vline z.txt 'utf-8 (detected)' fr 1 0 0 0 0 0 0 8)"
}

@test "4 normalisation: joiners stay where a script needs them" {
	# ZWNJ in Persian, ZWJ in an emoji sequence
	printf '\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85 \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x94\xac\n' > j.txt
	run decode -H j.txt
	assert_output "$(r j.txt und 1 0 $'\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85 \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x94\xac')"
}

@test "4 normalisation: no-break spaces kept, -s makes them plain" {
	printf '\xc2\xab\xc2\xa0Oui\xe2\x80\xaf!\xc2\xa0\xc2\xbb, a-t-il dit \xe2\x80\x83 \xc2\xa0 \xe2\x80\x89 enfin.\n' > nb.txt
	run decode -H nb.txt
	assert_success
	assert_output "$(r nb.txt fr 1 0 "«${NBSP}Oui${NNBSP}!${NBSP}», a-t-il dit${NBSP}enfin.")"
	run decode -H -s nb.txt
	assert_success
	assert_output "$(r nb.txt fr 1 0 '« Oui ! », a-t-il dit enfin.')"
	run decode -H --plain-spaces nb.txt
	assert_output "$(r nb.txt fr 1 0 '« Oui ! », a-t-il dit enfin.')"
}

@test "4 normalisation: runs of spaces collapse, lines are trimmed" {
	printf '   The   council \t  voted   on  Tuesday.   \n' > s.txt
	run decode -H s.txt
	assert_output "$(r s.txt en 1 0 'The council voted on Tuesday.')"
}

# --- 5. paragraphs --------------------------------------------------------

@test "5 paragraphs: blank-line blocks, hard-wrapped blocks joined" {
	printf '\n\nLe titre\n\nUne phrase coup\xc3\xa9e\nen deux lignes,\n   puis une troisi\xc3\xa8me.\n\n\n\nFin du texte.\n  \n\t\n' > p.txt
	run decode -H p.txt
	assert_success
	assert_output "$(r p.txt fr 1 0 'Le titre')
$(r p.txt fr 2 0 'Une phrase coupée en deux lignes, puis une troisième.')
$(r p.txt fr 3 0 'Fin du texte.')"
}

@test "5 paragraphs: without blank lines, one paragraph per line" {
	printf 'The first line.\nThe second line.\r\nThe third line, and the last one.\n' > l.txt
	run decode -H l.txt
	assert_success
	assert_output "$(r l.txt en 1 0 'The first line.')
$(r l.txt en 2 0 'The second line.')
$(r l.txt en 3 0 'The third line, and the last one.')"
}

@test "5 paragraphs: a line of spaces or invisible characters is blank" {
	printf 'Un paragraphe.\n \xc2\xa0\xe2\x80\x8b\t\nUn autre, dans le m\xc3\xaame texte.\n' > b.txt
	run decode -H b.txt
	assert_output "$(r b.txt fr 1 0 'Un paragraphe.')
$(r b.txt fr 2 0 'Un autre, dans le même texte.')"
}

# --- 6. boilerplate -------------------------------------------------------

FRB='mardi 3 septembre 2024

Le maire a présenté son budget, et l’opposition a voté contre.

Lire aussi : Le budget de la ville en cinq chiffres

À lire également : les impôts locaux augmentent

Elle a dénoncé une « gestion à courte vue », selon son porte-parole. Lire aussi notre enquête n’est pas une phrase à supprimer.

Partager sur Facebook

Abonnez-vous à notre newsletter pour recevoir nos articles

Nous utilisons des cookies pour améliorer votre expérience.

1 Comment

3 commentaires

Laisser un commentaire

Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *

© Le Quotidien 2024 – Tous droits réservés'

ENB='Tuesday, Sept. 3, 2024

The mayor presented her budget, and the opposition voted against it.

Read more: The city budget in five numbers

Related: Property taxes are going up

"Short-sighted," the opposition leader said. Read more about it, she added, is not boilerplate.

Share this article

Sign up for our newsletter to get the news in your inbox

We use cookies to improve your experience on our site.

1 Comment

Leave a Reply

Your email address will not be published. Required fields are marked *

© 2024 The Daily Ledger. All rights reserved.'

@test "6 boilerplate: French web furniture is dropped, paragraph numbers kept" {
	printf '%s\n' "$FRB" > fr.txt
	run --separate-stderr decode -v fr.txt
	assert_success
	assert_output "$HDR
$(r fr.txt fr 1 0 'mardi 3 septembre 2024')
$(r fr.txt fr 2 0 'Le maire a présenté son budget, et l’opposition a voté contre.')
$(r fr.txt fr 5 0 'Elle a dénoncé une « gestion à courte vue », selon son porte-parole. Lire aussi notre enquête n’est pas une phrase à supprimer.')"
	stderr_is "$(vline fr.txt 'utf-8 (detected)' fr 13 10)"
}

@test "6 boilerplate: English web furniture is dropped, paragraph numbers kept" {
	printf '%s\n' "$ENB" > en.txt
	run --separate-stderr decode -v en.txt
	assert_success
	assert_output "$HDR
$(r en.txt en 1 0 'Tuesday, Sept. 3, 2024')
$(r en.txt en 2 0 'The mayor presented her budget, and the opposition voted against it.')
$(r en.txt en 5 0 '"Short-sighted," the opposition leader said. Read more about it, she added, is not boilerplate.')"
	stderr_is "$(vline en.txt 'utf-8 (detected)' en 12 9)"
}

@test "6 boilerplate: -k keeps it, marked with the rule in column boiler" {
	printf '%s\n' "$FRB" > fr.txt
	run --separate-stderr decode -k -v fr.txt
	assert_success
	assert_output "$KHDR
$(r fr.txt fr 1 0 '' 'mardi 3 septembre 2024')
$(r fr.txt fr 2 0 '' 'Le maire a présenté son budget, et l’opposition a voté contre.')
$(r fr.txt fr 3 0 fr.lire-aussi 'Lire aussi : Le budget de la ville en cinq chiffres')
$(r fr.txt fr 4 0 fr.lire-aussi 'À lire également : les impôts locaux augmentent')
$(r fr.txt fr 5 0 '' 'Elle a dénoncé une « gestion à courte vue », selon son porte-parole. Lire aussi notre enquête n’est pas une phrase à supprimer.')
$(r fr.txt fr 6 0 fr.partager 'Partager sur Facebook')
$(r fr.txt fr 7 0 fr.newsletter 'Abonnez-vous à notre newsletter pour recevoir nos articles')
$(r fr.txt fr 8 0 fr.cookies 'Nous utilisons des cookies pour améliorer votre expérience.')
$(r fr.txt fr 9 0 fr.commentaires '1 Comment')
$(r fr.txt fr 10 0 fr.commentaires '3 commentaires')
$(r fr.txt fr 11 0 fr.laisser 'Laisser un commentaire')
$(r fr.txt fr 12 0 fr.adresse 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *')
$(r fr.txt fr 13 0 fr.copyright '© Le Quotidien 2024 – Tous droits réservés')"
	stderr_is "decode: fr.txt: utf-8 (detected), fr, 13 paragraphs, 10 boilerplate marked, 0 invalid bytes, 0 legacy lines, 0 mojibake repairs, 0 references, 0 controls and 0 invisible characters removed"
}

@test "6 boilerplate: -k in English" {
	printf '%s\n' "$ENB" > en.txt
	run decode -k en.txt
	assert_success
	assert_output "$KHDR
$(r en.txt en 1 0 '' 'Tuesday, Sept. 3, 2024')
$(r en.txt en 2 0 '' 'The mayor presented her budget, and the opposition voted against it.')
$(r en.txt en 3 0 en.read-more 'Read more: The city budget in five numbers')
$(r en.txt en 4 0 en.read-more 'Related: Property taxes are going up')
$(r en.txt en 5 0 '' '"Short-sighted," the opposition leader said. Read more about it, she added, is not boilerplate.')
$(r en.txt en 6 0 en.share 'Share this article')
$(r en.txt en 7 0 en.newsletter 'Sign up for our newsletter to get the news in your inbox')
$(r en.txt en 8 0 en.cookies 'We use cookies to improve your experience on our site.')
$(r en.txt en 9 0 en.comments '1 Comment')
$(r en.txt en 10 0 en.leave-reply 'Leave a Reply')
$(r en.txt en 11 0 en.email 'Your email address will not be published. Required fields are marked *')
$(r en.txt en 12 0 en.copyright '© 2024 The Daily Ledger. All rights reserved.')"
}

@test "6 boilerplate: -r adds rules, !id turns one off, a bad pattern names its line" {
	printf '%s\n' "$FRB" > fr.txt
	printf '# mine\n[boilerplate]\nmy.date\t^(?:lundi|mardi)\\b\n!fr.commentaires\n' > mine.rules
	run decode -H -r mine.rules fr.txt
	assert_success
	assert_output "$(r fr.txt fr 2 0 'Le maire a présenté son budget, et l’opposition a voté contre.')
$(r fr.txt fr 5 0 'Elle a dénoncé une « gestion à courte vue », selon son porte-parole. Lire aussi notre enquête n’est pas une phrase à supprimer.')
$(r fr.txt fr 9 0 '1 Comment')
$(r fr.txt fr 10 0 '3 commentaires')"
	printf '[boilerplate]\nok ^x$\nbad ^(unclosed\n' > bad.rules
	run --separate-stderr decode -r bad.rules fr.txt
	assert_failure 2
	assert_output ''
	stderr_is 'decode: bad.rules:3: bad pattern at offset 10: missing closing parenthesis'
	run --separate-stderr decode -r nothere.rules fr.txt
	assert_failure 2
	stderr_is 'decode: nothere.rules: No such file or directory'
}

@test "6 boilerplate: a length guard holds, with and without the fast search form" {
	long="Le conseil a voté le budget après six heures de débat, et la maire a promis de publier chaque mois l’état des dépenses engagées pour la rénovation des écoles et des deux gymnases de la commune. Tous droits réservés."
	printf 'Premier paragraphe du texte.\n\nLa Gazette, 2024. Tous droits réservés.\n\n%s\n\nSans garde : contenu final.\n' "$long" > g.txt
	[ "$(printf %s "$long" | LC_ALL=C.UTF-8 wc -m)" -ge 181 ]
	printf '[boilerplate fr]\n!fr.droits\nmy.slow\t(?i)^(?!.{181})(?:.*\\W)?tous\\s+droits\\s+réservés\\.?$\nmy.end\t^(?!.{40}).*?final\\.$\n' > slow.rules
	printf '[boilerplate fr]\n!fr.droits\nmy.fast\t(?i)^(?!.{181}).*?(?<!\\w)tous\\s+droits\\s+réservés\\.?$\nmy.end\t^(?!.{40}).*?final\\.$\n' > fast.rules
	run decode -k -l fr -r slow.rules g.txt
	assert_success
	assert_output "$(printf '#doc\tlang\tpar\tsent\tboiler\ttext')
$(r g.txt fr 1 0 '' 'Premier paragraphe du texte.')
$(r g.txt fr 2 0 my.slow 'La Gazette, 2024. Tous droits réservés.')
$(r g.txt fr 3 0 '' "$long")
$(r g.txt fr 4 0 my.end 'Sans garde : contenu final.')"
	slow=$output
	run decode -k -l fr -r fast.rules g.txt
	assert_success
	assert_output "${slow//my.slow/my.fast}"
}

@test "6 boilerplate: a document of boilerplate only selects nothing (exit 1)" {
	printf 'Laisser un commentaire\n\n3 commentaires\n' > only.txt
	run --separate-stderr decode only.txt
	assert_failure 1
	assert_output "$HDR"
	stderr_is ''
}

# --- 7. language ----------------------------------------------------------

@test "7 language: fr en de es it pt nl and others, from stopwords" {
	printf '%s\n' 'Le gouvernement a annoncé mardi que la réforme serait présentée au Parlement avant la fin du mois.' > fr.txt
	printf '%s\n' 'The government said on Tuesday that the reform would be presented to Parliament before the end of the month.' > en.txt
	printf '%s\n' 'Die Regierung kündigte am Dienstag an, dass die Reform noch vor Ende des Monats dem Parlament vorgelegt wird.' > de.txt
	printf '%s\n' 'El Gobierno anunció el martes que la reforma será presentada al Parlamento antes de que termine el mes.' > es.txt
	printf '%s\n' 'Il governo ha annunciato martedì che la riforma sarà presentata al Parlamento prima della fine del mese.' > it.txt
	printf '%s\n' 'O Governo anunciou na terça-feira que a reforma será apresentada ao Parlamento antes do fim do mês.' > pt.txt
	printf '%s\n' 'De regering heeft dinsdag aangekondigd dat de hervorming voor het einde van de maand aan het parlement wordt voorgelegd.' > nl.txt
	printf '%s\n' 'Vláda v úterý oznámila, že reformu předloží parlamentu ještě před koncem měsíce.' > cs.txt
	printf '%s\n' 'Rząd zapowiedział we wtorek, że reforma zostanie przedstawiona w parlamencie jeszcze przed końcem miesiąca.' > pl.txt
	printf '%s\n' 'Правительство во вторник объявило, что реформа будет представлена в парламент до конца месяца.' > ru.txt
	run decode -H fr.txt en.txt de.txt es.txt it.txt pt.txt nl.txt cs.txt pl.txt ru.txt
	assert_success
	[ "$(printf '%s\n' "$output" | cut -f1,2 | tr '\t\n' ': ')" = \
	    'fr.txt:fr en.txt:en de.txt:de es.txt:es it.txt:it pt.txt:pt nl.txt:nl cs.txt:cs pl.txt:pl ru.txt:ru ' ]
}

@test "7 language: too little text is und, -l forces a language, -l auto detects" {
	printf 'Paris, 14 h.\n' > short.txt
	printf 'Le maire a parlé.\n' > fr.txt
	run decode -H short.txt fr.txt
	assert_output "$(r short.txt und 1 0 'Paris, 14 h.')
$(r fr.txt fr 1 0 'Le maire a parlé.')"
	run decode -H -l en short.txt fr.txt
	assert_output "$(r short.txt en 1 0 'Paris, 14 h.')
$(r fr.txt en 1 0 'Le maire a parlé.')"
	run decode -H --lang=fr -l auto short.txt
	assert_output "$(r short.txt und 1 0 'Paris, 14 h.')"
}

@test "7 language: the language chooses the boilerplate rules" {
	printf 'Le conseil a voté le budget de la ville.\n\nRead more: a title\n\nLire aussi : un titre\n' > fr.txt
	run decode -H fr.txt
	assert_output "$(r fr.txt fr 1 0 'Le conseil a voté le budget de la ville.')
$(r fr.txt fr 2 0 'Read more: a title')"
	run decode -H -l en fr.txt
	assert_output "$(r fr.txt en 1 0 'Le conseil a voté le budget de la ville.')
$(r fr.txt en 3 0 'Lire aussi : un titre')"
	# undetermined: every language's rules
	printf 'Paris, 14 h.\n\nRead more: 5\n\nLire aussi : 6\n' > und.txt
	run decode -H und.txt
	assert_output "$(r und.txt und 1 0 'Paris, 14 h.')"
}

@test "7 language: a bad -l is a usage error" {
	run --separate-stderr decode -l french /dev/null
	assert_failure 2
	stderr_is 'decode: french: not a language code (fr, en, ... or auto)'
}

# --- 8. bad input ---------------------------------------------------------

@test "8 bad input: an empty file is a warning and nothing selected (exit 1)" {
	: > empty.txt
	printf '\n \n\t\n' > blank.txt
	run --separate-stderr decode empty.txt blank.txt
	assert_failure 1
	assert_output "$HDR"
	stderr_is 'decode: empty.txt: empty document
decode: blank.txt: empty document'
	printf 'Le conseil a vot\xc3\xa9.\n' > ok.txt
	run --separate-stderr decode empty.txt ok.txt
	assert_failure 1
	assert_output "$HDR
$(r ok.txt fr 1 0 'Le conseil a voté.')"
	stderr_is 'decode: empty.txt: empty document'
}

@test "8 bad input: a binary file (NUL bytes) is skipped, the others read, exit 2" {
	printf 'Le conseil a vot\xc3\xa9.\n' > a.txt
	printf '\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0' > prog
	printf 'The council voted on the plan.\n' > b.txt
	run --separate-stderr decode a.txt prog b.txt
	assert_failure 2
	assert_output "$HDR
$(r a.txt fr 1 0 'Le conseil a voté.')
$(r b.txt en 1 0 'The council voted on the plan.')"
	stderr_is 'decode: prog: binary file (NUL bytes), skipped'
}

@test "8 bad input: unreadable files are warned about, the others read, exit 2" {
	printf 'Le conseil a vot\xc3\xa9.\n' > a.txt
	mkdir dir
	run --separate-stderr decode missing.txt a.txt dir
	assert_failure 2
	assert_output "$HDR
$(r a.txt fr 1 0 'Le conseil a voté.')"
	stderr_is 'decode: missing.txt: No such file or directory
decode: dir: Is a directory'
	if [ "$(id -u)" != 0 ]; then
		printf 'secret\n' > locked.txt
		chmod 000 locked.txt
		run --separate-stderr decode locked.txt a.txt
		assert_failure 2
		stderr_is 'decode: locked.txt: Permission denied'
	fi
}

# news_stream BYTES: that much French text, paragraphs of eight lines.
news_stream() {
	awk 'BEGIN {
		for (;;) {
			for (l = 0; l < 8; l++)
				print "Le ministre a d\303\251clar\303\251 mardi que la r\303\251forme des retraites serait vot\303\251e avant l\342\200\231\303\251t\303\251, selon nos informations."
			print ""
		}
	}' 2>/dev/null | head -c "$1"
}

@test "8 bad input: 300 MB through a pipe are streamed in bounded memory" {
	# 300 000 000 bytes: 325 732 whole paragraphs of 921 bytes, and a
	# last one cut short; the peak resident size stays small
	limit=65536	# KiB
	if [ -x /usr/bin/time ]; then
		news_stream 300000000 | /usr/bin/time -f %M -o rss \
		    decode -H > out.tsv
		rss=$(tail -n 1 rss)
	elif [ -r /proc/self/status ]; then
		# the peak so far, read before the end of the input
		mkfifo in.fifo
		decode -H < in.fifo > out.tsv &
		pid=$!
		exec 5> in.fifo
		news_stream 300000000 >&5
		rss=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
		exec 5>&-
		wait "$pid"
	else
		skip 'neither /usr/bin/time nor /proc to measure memory'
	fi
	echo "peak RSS: $rss KiB" >&3
	[ "$rss" -lt "$limit" ]
	[ "$(wc -l < out.tsv)" -eq 325733 ]
	run tail -n 1 out.tsv
	assert_output --regexp $'^-\tfr\t325733\t0\tLe ministre a déclaré mardi que '
}

@test "8 bad input: a line of 40 MB is written in parts of 16 MiB, nothing lost" {
	news_stream 40000000 | tr -d '\n' > long.txt
	run --separate-stderr decode -H long.txt
	assert_success
	stderr_is 'decode: long.txt: paragraph 1 longer than 16 MiB, written in parts
decode: long.txt: paragraph 1 longer than 16 MiB, written in parts'
	[ "$(printf '%s\n' "$output" | cut -f1-4 | uniq -c | awk '{ print $1 }')" = 3 ]
	printf '%s\n' "$output" | cut -f5 | tr -d '\n' > got
	tr -d '\n' < long.txt | cmp - got
}

# --- options and the record format ----------------------------------------

@test "options: -H leaves out the header" {
	printf 'The council voted on the plan.\n' > a.txt
	run decode --no-header a.txt
	assert_output "$(r a.txt en 1 0 'The council voted on the plan.')"
}

@test "options: --json writes JSON Lines, par and sent as numbers" {
	printf 'Le maire a dit \xc2\xab\xc2\xa0non\xc2\xa0\xc2\xbb, puis "oui" \\ peut-\xc3\xaatre.\n\nLire aussi : la suite\n' > j.txt
	run decode --json j.txt
	assert_success
	assert_output "{\"doc\":\"j.txt\",\"lang\":\"fr\",\"par\":1,\"sent\":0,\"text\":\"Le maire a dit «${NBSP}non${NBSP}», puis \\\"oui\\\" \\\\ peut-être.\"}"
	run decode --json -k j.txt
	assert_output "{\"doc\":\"j.txt\",\"lang\":\"fr\",\"par\":1,\"sent\":0,\"boiler\":\"\",\"text\":\"Le maire a dit «${NBSP}non${NBSP}», puis \\\"oui\\\" \\\\ peut-être.\"}
{\"doc\":\"j.txt\",\"lang\":\"fr\",\"par\":2,\"sent\":0,\"boiler\":\"fr.lire-aussi\",\"text\":\"Lire aussi : la suite\"}"
}

@test "options: --id names standard input, which is - otherwise" {
	run bash -c "printf 'The council voted on the plan.\n' | decode -H"
	assert_output "$(r - en 1 0 'The council voted on the plan.')"
	run bash -c "printf 'The council voted on the plan.\n' | decode -H --id=feed-42 -"
	assert_output "$(r feed-42 en 1 0 'The council voted on the plan.')"
	printf 'Le conseil a vot\xc3\xa9.\n' > a.txt
	run bash -c "printf 'The council voted on the plan.\n' | decode -H --id in a.txt - a.txt"
	assert_output "$(r a.txt fr 1 0 'Le conseil a voté.')
$(r in en 1 0 'The council voted on the plan.')
$(r a.txt fr 1 0 'Le conseil a voté.')"
}

@test "options: -u writes each record at once" {
	printf 'The council voted on the plan.\n' > a.txt
	mkfifo more
	decode -u a.txt more > out.tsv &
	pid=$!
	exec 4> more
	for i in $(seq 50); do
		[ "$(wc -l < out.tsv)" -eq 2 ] && break
		sleep 0.1
	done
	lines=$(wc -l < out.tsv)
	printf 'Le conseil a vot\xc3\xa9.\n' >&4
	exec 4>&-
	wait "$pid"
	[ "$lines" -eq 2 ]
	run cat out.tsv
	assert_output "$HDR
$(r a.txt en 1 0 'The council voted on the plan.')
$(r more fr 1 0 'Le conseil a voté.')"
}

@test "options: without -u the output waits in the buffer" {
	printf 'The council voted on the plan.\n' > a.txt
	mkfifo more
	decode a.txt more > out.tsv &
	pid=$!
	exec 4> more
	sleep 0.3
	lines=$(wc -l < out.tsv)
	printf 'Le conseil a vot\xc3\xa9.\n' >&4
	exec 4>&-
	wait "$pid"
	[ "$lines" -eq 0 ]
	[ "$(wc -l < out.tsv)" -eq 3 ]
}

@test "options: -h prints the usage on stdout, -V the version" {
	run --separate-stderr decode -h
	assert_success
	assert_line --index 0 'usage: decode [-HhksuVv] [-f charset] [-l lang] [-r file] [--entities=auto|yes|no]'
	assert_line --index 1 '              [--html | --text] [--id name] [--input=doc|jsonl|tsv] [--json]'
	assert_line --index 2 '              [--meta] [--no-repair] [file ...]'
	stderr_is ''
	run decode --version
	assert_success
	assert_output --regexp '^decode \(ondit\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "options: a bad option or value is a usage error (exit 2)" {
	run --separate-stderr decode -x
	assert_failure 2
	assert_output ''
	stderr_is "decode: invalid option -- 'x'
usage: decode [-HhksuVv] [-f charset] [-l lang] [-r file] [--entities=auto|yes|no]
              [--html | --text] [--id name] [--input=doc|jsonl|tsv] [--json]
              [--meta] [--no-repair] [file ...]"
	run --separate-stderr decode --entities=maybe
	assert_failure 2
	stderr_is 'decode: --entities: maybe: not auto, yes or no'
}

@test "options: a write error is an error, a closed pipe is quiet" {
	printf 'The council voted on the plan.\n' > a.txt
	run --separate-stderr bash -c 'decode a.txt > /dev/full'
	assert_failure 2
	stderr_is 'decode: write error: No space left on device'
	news_stream 20000000 > big.txt
	run --separate-stderr bash -c 'decode big.txt | head -n 1'
	assert_success
	assert_output "$HDR"
	stderr_is ''
}

# unescape FIELD: a field of the record format back to its text.
unescape() {
	local s=$1
	[[ $s == '\#'* ]] && s="#${s:2}"
	printf '%b' "$s"
}

@test "record format: every escape makes a round trip (\\\\ \\t \\n \\r, leading #)" {
	name=$'#a\tb\nc\rd\\e.txt'
	printf 'C:\\dossier\\nouveau, 100%% \\t\xc3\xa9t\xc3\xa9.\n' > "$name"
	run decode -H "$name"
	assert_success
	assert_output '\#a\tb\nc\rd\\e.txt	und	1	0	C:\\dossier\\nouveau, 100% \\tété.'
	IFS=$'\t' read -r doc lang par sent text <<< "$output"
	[ "$(unescape "$doc")" = "$name" ]
	[ "$(unescape "$text")" = 'C:\dossier\nouveau, 100% \tété.' ]
	run decode --json "$name"
	assert_output '{"doc":"#a\tb\nc\rd\\e.txt","lang":"und","par":1,"sent":0,"text":"C:\\dossier\\nouveau, 100% \\tété."}'
	# only the first field is marked
	run bash -c "printf '#hashtag en t\xc3\xaate\n' | decode -H --id '#x'"
	assert_output "$(r '\#x' und 1 0 '#hashtag en tête')"
}

# --- golden outputs -------------------------------------------------------

@test "golden: every example article gives its tests/data/decode/<name>.out" {
	cd "$EXAMPLES"
	n=0
	for f in *.txt; do
		decode "$f" | diff "$DD/${f%.txt}.out" -
		n=$((n + 1))
	done
	[ "$n" -ge 12 ]
}

@test "golden: a seed-like French article, 20 paragraphs of content" {
	cd "$DD"
	run decode seed-like.txt
	assert_success
	diff seed-like.out - <<< "$output"
	# date, title, 18 body paragraphs; "Lire aussi" (4) and the comment
	# form (22-24) dropped; numbers count every source paragraph
	[ "$(printf '%s\n' "$output" | sed 1d | cut -f3 | tr '\n' ' ')" = \
	    '1 2 3 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 ' ]
	[ "$(printf '%s\n' "$output" | sed 1d | cut -f2 | sort -u)" = fr ]
	assert_line --index 5 "$(r seed-like.txt fr 6 0 "La Norvège a «${NBSP}un comportement irresponsable qui met en péril des décennies d’efforts communs${NBSP}», a déclaré le commissaire européen chargé des océans, Virginijus Sinkevičius.")"
	run decode -k seed-like.txt
	diff seed-like.keep.out - <<< "$output"
	assert_line --index 22 "$(r seed-like.txt fr 22 0 fr.commentaires '1 Comment')"
}

@test "golden: the output does not depend on the locale" {
	t=$BATS_TEST_TMPDIR
	cd "$EXAMPLES"
	LC_ALL=C decode -k -v *.txt > "$t/c.out" 2> "$t/c.err"
	for loc in C.UTF-8 C.utf8 en_US.UTF-8 fr_FR.UTF-8; do
		LC_ALL=$loc decode -k -v *.txt > "$t/u.out" 2> "$t/u.err"
		cmp "$t/c.out" "$t/u.out"
		cmp "$t/c.err" "$t/u.err"
	done
}

# --- the examples of decode(1) --------------------------------------------

MANPAGE=$BATS_TEST_DIRNAME/../man/decode.1

# man_examples: the literal displays of EXAMPLES in decode(1), the roff
# escapes \e \- \& undone, each display ended by a line "%%".
man_examples() {
	awk '
	/^\.Sh / { ex = $0 == ".Sh EXAMPLES"; next }
	ex && /^\.Bd -literal/ { on = 1; next }
	on && /^\.Ed/ { on = 0; print "%%"; next }
	on {
		gsub(/\\e/, "\001"); gsub(/\\-/, "-"); gsub(/\\&/, "")
		gsub(/\001/, "\\")
		print
	}' "$MANPAGE"
}

# run_man_examples: runs every command ("$ " lines, continued while they
# end with a backslash) in one directory, in page order, and checks that
# each succeeds, writes nothing on stderr and prints the lines after it.
run_man_examples() {
	local line cmd="" want="" n=0 cont=0
	check() {
		[ -n "$cmd" ] || return 0
		n=$((n + 1))
		if ! sh -c "$cmd" > got 2> err; then
			echo "example $n failed: $cmd"; cat err; return 1
		fi
		if [ -s err ]; then
			echo "example $n wrote on stderr: $cmd"; cat err; return 1
		fi
		if [ "$(cat got)" != "$want" ]; then
			echo "example $n: $cmd"
			diff <(printf '%s\n' "$want") got
			return 1
		fi
		cmd="" want=""
	}
	while IFS= read -r line; do
		if [ "$cont" = 1 ]; then
			cmd+=$'\n'"$line"
			[ "${line%\\}" != "$line" ] || cont=0
		elif [ "$line" = %% ]; then
			check || return 1
		elif [ "${line#\$ }" != "$line" ]; then
			check || return 1
			cmd=${line#\$ }
			[ "${line%\\}" = "$line" ] || cont=1
		elif [ -n "$want" ]; then
			want+=$'\n'"$line"
		else
			want=$line
		fi
	done < <(man_examples)
	echo "$n commands" >&3
	[ "$n" -ge 10 ]
}

@test "decode(1): every example gives the output the page shows" {
	run_man_examples
}

@test "decode(1): mandoc -Tlint finds nothing, SYNOPSIS is the usage" {
	run mandoc -Tlint -W warning "$MANPAGE"
	assert_success
	assert_output ''
	usage=$(decode --help | awk 'NR == 1 { sub(/^usage: /, ""); print; next }
	    /^ / { sub(/^ */, ""); print; next } { exit }' | tr '\n' ' ')
	synopsis=$(mandoc -Tascii "$MANPAGE" | sed 's/.\x08//g' |
	    sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' | tr -s ' \n' '  ')
	[ "${synopsis# }" = "$usage" ]
}
