#!/usr/bin/env bats
# quote-extract: sentence records to one record per quotation, with its
# speaker, role, via, cue and kind (quote-extract(1)).
#
# Most cases go through segment, as in the pipeline; records are written
# without header (-H) unless the test is about the header.  Every sentence
# is our own; names are invented.

load helper

# Paragraph records of document $1 in language $2, one per argument,
# numbered from 1.
paras() {
	local doc=$1 lang=$2 par=0 text
	shift 2
	for text; do
		par=$((par + 1))
		printf '%s\t%s\t%d\t0\t%s\n' "$doc" "$lang" "$par" "$text"
	done
}

# The paragraphs through segment and quote-extract -H.
qx() {
	paras "$@" | segment | quote-extract -H
}

# --- quotation marks ---

@test "French « » with spaces: an inverted cue, a title and a name" {
	run --separate-stderr qx d fr "« Nous ne céderons pas », a déclaré le secrétaire d’État américain Howard Pell."
	assert_success
	assert_output "d	fr	1	1	Howard Pell	le secrétaire d’État américain	name	a déclaré	direct	Nous ne céderons pas"
	[ "$stderr" = "" ]
}

@test "« » padded with U+00A0 or U+202F: the padding is not part of the quotation" {
	run --separate-stderr qx d fr \
	    "«${NBSP}Nous ne céderons pas${NBSP}», a affirmé Anne Roussel." \
	    "«${NNBSP}Le calendrier sera tenu${NNBSP}», a-t-elle ajouté." \
	    "«${NBSP}${NNBSP} Rien n’est joué ${NNBSP}», a estimé Paul Garnier."
	assert_success
	assert_output "d	fr	1	1	Anne Roussel		name	a affirmé	direct	Nous ne céderons pas
d	fr	2	1	Anne Roussel		pronoun	a-t-elle ajouté	direct	Le calendrier sera tenu
d	fr	3	1	Paul Garnier		name	a estimé	direct	Rien n’est joué"
}

@test "“ ”, „ “, ‹ › and ‟ ” open and close quotations" {
	run --separate-stderr qx d fr \
	    "“Les trains partiront à l’heure”, a annoncé Paul Garnier." \
	    "„Les trains partiront à l’heure“, a annoncé Paul Garnier." \
	    "‹ Les trains partiront à l’heure ›, a annoncé Paul Garnier." \
	    "‟Les trains partiront à l’heure”, a annoncé Paul Garnier."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a annoncé	direct	Les trains partiront à l’heure
d	fr	2	1	Paul Garnier		name	a annoncé	direct	Les trains partiront à l’heure
d	fr	3	1	Paul Garnier		name	a annoncé	direct	Les trains partiront à l’heure
d	fr	4	1	Paul Garnier		name	a annoncé	direct	Les trains partiront à l’heure"
}

@test "straight quotes are paired, and an inch mark is not a quotation" {
	run --separate-stderr qx d en \
	    'The 15" screen was "far too small", said Helen Marsh.' \
	    'She bought a 17" laptop instead.'
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	partial	far too small"
}

@test "‘ ’ inside double quotes is a quotation, apostrophes around it are not" {
	run --separate-stderr qx d fr "« L’accord parle d’une ‘pause’ qu’on n’a jamais vue », a déclaré Paul Garnier."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a déclaré	direct	L’accord parle d’une ‘pause’ qu’on n’a jamais vue"
	run --separate-stderr qx d en "“The deal’s ‘pause’ isn’t a pause”, said Helen Marsh."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	The deal’s ‘pause’ isn’t a pause"
}

@test "nested quotations are part of the outer one, three deep" {
	run --separate-stderr qx d fr "« Le texte dit “pas question, ‘jamais’ ” et rien d’autre », a déclaré Paul Garnier."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a déclaré	direct	Le texte dit “pas question, ‘jamais’ ” et rien d’autre"
	run --separate-stderr qx d en "“The memo said ‘Don’t sign’, and we didn’t”, said Helen Marsh."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	The memo said ‘Don’t sign’, and we didn’t"
}

@test "a quotation of several sentences is one record, numbered by its first sentence" {
	run --separate-stderr qx d fr "Le vote a eu lieu. « Nous irons jusqu’au bout. Personne ne nous arrêtera », a déclaré Paul Garnier."
	assert_success
	assert_output "d	fr	1	2	Paul Garnier		name	a déclaré	direct	Nous irons jusqu’au bout. Personne ne nous arrêtera"
	run --separate-stderr qx d en "“We will go on. Nobody will stop us”, said Helen Marsh."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	We will go on. Nobody will stop us"
}

@test "French: a quotation reopened at each new paragraph is one record" {
	run --separate-stderr qx d fr \
	    "Paul Garnier a déclaré : « Nous irons jusqu’au bout." \
	    "« Personne ne nous arrêtera." \
	    "« Ni demain ni jamais. »" \
	    "La séance a été levée."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a déclaré	direct	Nous irons jusqu’au bout. Personne ne nous arrêtera. Ni demain ni jamais."
	[ "$stderr" = "" ]
}

@test "French: a quotation across paragraphs takes the attribution of its last one" {
	run --separate-stderr qx d fr \
	    "« Nous irons jusqu’au bout." \
	    "« Personne ne nous arrêtera », a conclu Paul Garnier."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a conclu	direct	Nous irons jusqu’au bout. Personne ne nous arrêtera"
	[ "$stderr" = "" ]
}

@test "English: a quotation reopened at each new paragraph is one record" {
	run --separate-stderr qx d en \
	    "Helen Marsh said: “We will go on." \
	    "“Nobody will stop us." \
	    "“Not now, not ever.”" \
	    "The meeting ended."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	We will go on. Nobody will stop us. Not now, not ever."
	[ "$stderr" = "" ]
}

# The two parts are joined with " … "; spaces are squeezed here, as the
# second part keeps the space after the attribution's comma.
@test "French: a quotation interrupted by its attribution, « …, a-t-il dit, … »" {
	run --separate-stderr qx d fr \
	    "« Nous irons jusqu’au bout, a déclaré Paul Garnier, quoi qu’il en coûte. »" \
	    "« Nous tiendrons, a-t-il dit, tout l’hiver. »"
	assert_success
	run cut -f1-9 <<< "$output"
	assert_output "d	fr	1	1	Paul Garnier		name	a déclaré	direct
d	fr	2	1	Paul Garnier		pronoun	a-t-il dit	direct"
	run --separate-stderr qx d fr "« Nous irons jusqu’au bout, a déclaré Paul Garnier, quoi qu’il en coûte. »"
	run bash -c 'cut -f10 | tr -s " "' <<< "$output"
	assert_output "Nous irons jusqu’au bout … quoi qu’il en coûte."
}

@test "English: an interrupted quotation, inside one sentence or across two" {
	run --separate-stderr qx d en "“We will go on, Helen Marsh said, whatever it costs.”"
	assert_success
	run cut -f1-9 <<< "$output"
	assert_output "d	en	1	1	Helen Marsh		name	said	direct"
	run --separate-stderr qx d en "“We will go on”, she said. “Nobody will stop us.”"
	assert_success
	assert_output "d	en	1	1	she		unresolved	said	direct	We will go on
d	en	1	2	she		adjacent		direct	Nobody will stop us."
}

@test "the malformed « Au voleur!« , still gives one quotation" {
	run --separate-stderr qx d fr "Ils crient « Au voleur!« , a poursuivi le porte-parole de l’ambassade."
	assert_success
	assert_output "d	fr	1	1	le porte-parole de l’ambassade		description	a poursuivi	partial	Au voleur!"
	[ "$stderr" = "" ]
}

@test "an unclosed mark ends with its paragraph, with a warning naming the record" {
	run --separate-stderr qx d fr \
	    "Paul Garnier a déclaré : « Nous irons jusqu’au bout. Personne ne nous arrêtera." \
	    "La séance a été levée." \
	    "« Nous verrons », a répondu Anne Roussel."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a déclaré	direct	Nous irons jusqu’au bout. Personne ne nous arrêtera.
d	fr	3	1	Anne Roussel		name	a répondu	direct	Nous verrons"
	[ "$stderr" = "quote-extract: -:2: unclosed quotation mark: the quotation ends with paragraph 1" ]
}

@test "an unclosed straight quote in English ends with its paragraph too" {
	run --separate-stderr qx d en 'Helen Marsh said: "We will go on. Nobody will stop us.' 'The meeting ended.'
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	We will go on. Nobody will stop us."
	[ "$stderr" = "quote-extract: -:2: unclosed quotation mark: the quotation ends with paragraph 1" ]
}

# --- attribution ---

@test "French inverted cues: a déclaré X, a-t-il ajouté, names with particles" {
	run --separate-stderr qx d fr \
	    "« Nous ne céderons pas », a déclaré le secrétaire d’État américain Howard Pell." \
	    "« Le calendrier sera tenu », a-t-il ajouté." \
	    "« Rien n’est joué », a estimé Marie-Claire de La Tour." \
	    "« Rien n’est joué », a déclaré Jean-Marc Le Guillou, le ministre de l’Intérieur, lors d’un point presse."
	assert_success
	assert_output "d	fr	1	1	Howard Pell	le secrétaire d’État américain	name	a déclaré	direct	Nous ne céderons pas
d	fr	2	1	Howard Pell	le secrétaire d’État américain	pronoun	a-t-il ajouté	direct	Le calendrier sera tenu
d	fr	3	1	Marie-Claire de La Tour		name	a estimé	direct	Rien n’est joué
d	fr	4	1	Jean-Marc Le Guillou	le ministre de l’Intérieur	name	a déclaré	direct	Rien n’est joué"
}


@test "French: when, to whom and where between an inverted cue and its speaker" {
	run --separate-stderr qx d fr \
	    "« Nous ferons preuve de vigilance », a déclaré jeudi matin Hélène Castagnier, PDG du groupe." \
	    "« Nous sommes au bord d’un accord », a déclaré à l’AFP l’émissaire des Nations unies, Tomas Lindqvist." \
	    "« Ils ne reculeront pas », a affirmé sur France Inter le ministre de la Défense, Farkhod Nazarov." \
	    "« C’est une faute », a expliqué au micro de Canal+ l’arbitre Julien Castaing." \
	    "Le point de blocage reste le calendrier, a indiqué mardi soir à la presse le diplomate Paul Roy." \
	    "La grève est reconduite, a annoncé mardi l’intersyndicale à l’issue d’une assemblée générale."
	assert_success
	assert_output "d	fr	1	1	Hélène Castagnier	PDG du groupe	name	a déclaré	direct	Nous ferons preuve de vigilance
d	fr	2	1	Tomas Lindqvist	l’émissaire des Nations unies	name	a déclaré	direct	Nous sommes au bord d’un accord
d	fr	3	1	Farkhod Nazarov	le ministre de la Défense	name	a affirmé	direct	Ils ne reculeront pas
d	fr	4	1	Julien Castaing	l’arbitre	name	a expliqué	direct	C’est une faute
d	fr	5	1	Paul Roy	le diplomate	name	a indiqué	indirect	Le point de blocage reste le calendrier
d	fr	6	1	l’intersyndicale		description	a annoncé	indirect	La grève est reconduite"
	[ "$stderr" = "" ]
}


@test "French: a title then a name as subject, a clause after que, a club's name, an adjective after the head" {
	run --separate-stderr qx d fr \
	    "En zone mixte, le capitaine Maël Kerhervé peinait à trouver ses mots. « C’est dur, très dur. »" \
	    "Une décision que le président vannetais juge « scandaleuse » et qui a enflammé le match." \
	    "« On nous a volé ce match. Je n’ai jamais vu ça », a lâché Gwénaël Tanguy, le président du FC Vannes Atlantique, en descendant de la tribune. « Qu’on m’explique », a-t-il ajouté." \
	    "Au micro de Canal+, l’entraîneur vannetais Yannick Le Goff s’est montré mesuré. « Mes joueurs ont tout donné », a déclaré le technicien breton." \
	    "Dans un communiqué, le groupe se dit « confiant » dans l’issue de la procédure et promet de « maintenir les effectifs »."
	assert_success
	assert_output "d	fr	1	2	Maël Kerhervé	le capitaine	subject		direct	C’est dur, très dur.
d	fr	2	1	Gwénaël Tanguy	le président du FC Vannes Atlantique	anaphor	juge	partial	scandaleuse
d	fr	3	1	Gwénaël Tanguy	le président du FC Vannes Atlantique	name	a lâché	direct	On nous a volé ce match. Je n’ai jamais vu ça
d	fr	3	3	Gwénaël Tanguy	le président du FC Vannes Atlantique	pronoun	a-t-il ajouté	direct	Qu’on m’explique
d	fr	4	2	Yannick Le Goff	l’entraîneur vannetais	anaphor	a déclaré	direct	Mes joueurs ont tout donné
d	fr	5	1					partial	confiant
d	fr	5	1				promet	partial	maintenir les effectifs"
	[ "$stderr" = "" ]
}


@test "French: a headline's quotation said again by a named speaker takes that speaker (via repeated)" {
	run --separate-stderr qx d fr \
	    "Vardistan-Ostérie : « Nous sommes au bord d’un accord », assure l’émissaire de l’ONU" \
	    "Les délégations ont repris lundi leurs discussions." \
	    "« Nous sommes au bord d’un accord », a déclaré à l’AFP l’émissaire spécial des Nations unies, le diplomate suédois Tomas Lindqvist."
	assert_success
	assert_output "d	fr	1	1	Tomas Lindqvist	l’émissaire spécial des Nations unies	repeated	assure	direct	Nous sommes au bord d’un accord
d	fr	3	1	Tomas Lindqvist	l’émissaire spécial des Nations unies	name	a déclaré	direct	Nous sommes au bord d’un accord"
	run --separate-stderr qx d fr \
	    "Grève : « une école à deux vitesses »" \
	    "Les enseignants ont défilé jeudi." \
	    "« On organise une École à deux vitesses », a déclaré Nathalie Quéméner, secrétaire générale du syndicat."
	assert_success
	assert_output "d	fr	1	1	Nathalie Quéméner	secrétaire générale du syndicat	repeated		partial	une école à deux vitesses
d	fr	3	1	Nathalie Quéméner	secrétaire générale du syndicat	name	a déclaré	direct	On organise une École à deux vitesses"
	# one word is too little to go by: « scandaleuse » keeps no speaker
	run --separate-stderr qx d fr \
	    "Arbitrage : un penalty « scandaleux »" \
	    "« C’est scandaleux », a déclaré Paul Roy."
	assert_success
	assert_output "d	fr	1	1					partial	scandaleux
d	fr	2	1	Paul Roy		name	a déclaré	direct	C’est scandaleux"
	[ "$stderr" = "" ]
}


@test "French: a source with its acronym in parentheses, and a passive whose agent names the quotation's speaker" {
	run --separate-stderr qx d fr \
	    "D’après le Haut-Commissariat des Nations unies pour les réfugiés (HCR), plus de 9 000 personnes y sont arrivées." \
	    "« Il n’y aura pas de paix sans justice. » La phrase a été prononcée lundi soir par le président vardistanais, Aslan Berdiev, lors d’une allocution."
	assert_success
	assert_output "d	fr	1	1	le Haut-Commissariat des Nations unies pour les réfugiés		anaphor	D’après	indirect	plus de 9 000 personnes y sont arrivées
d	fr	2	1	Aslan Berdiev	le président vardistanais	name		direct	Il n’y aura pas de paix sans justice."
	[ "$stderr" = "" ]
}


@test "French: « le premier ministre » is the minister, not the speaker before the latest" {
	run --separate-stderr qx d fr \
	    "« Nous tiendrons », a déclaré le Premier ministre, Paul Garnier." \
	    "« Non », a répondu la maire de Lille, Anne Roy." \
	    "« Jamais », a lancé le député Marc Petit." \
	    "Le premier ministre a ensuite précisé que la réforme serait votée."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier	le Premier ministre	name	a déclaré	direct	Nous tiendrons
d	fr	2	1	Anne Roy	la maire de Lille	name	a répondu	direct	Non
d	fr	3	1	Marc Petit	le député	name	a lancé	direct	Jamais
d	fr	4	1	Paul Garnier	le Premier ministre	anaphor	a ensuite précisé	indirect	la réforme serait votée"
	[ "$stderr" = "" ]
}


@test "French and English: what the new speaker forms must not take (review of 27 November)" {
	run --separate-stderr qx d fr \
	    "« Vous mentez », a répondu à Marine Le Pen le ministre de l’Intérieur." \
	    "« Oui », a confié aux journalistes le maire Paul Roy." \
	    "« Oui », a déclaré à la sortie du conseil le maire, Paul Roy." \
	    "Le ministre que nous avons rencontré jeudi juge la situation « très grave »." \
	    "Le maire ainsi que son adjoint jugent la décision « injuste »." \
	    "Le stade Jean Bouin était plein. « C’est un choc. »"
	assert_success
	assert_output "d	fr	1	1					partial	Vous mentez
d	fr	2	1	Paul Roy	le maire	name	a confié	direct	Oui
d	fr	3	1	Paul Roy	le maire	name	a déclaré	direct	Oui
d	fr	4	1	Le ministre que nous avons rencontré		description	juge	partial	très grave
d	fr	5	1	Paul Roy	le maire	anaphor	jugent	partial	injuste
d	fr	6	2					direct	C’est un choc."
	run --separate-stderr qx d fr \
	    "Paul Roy, directeur de l’hôpital, a pris la parole. « Nous tiendrons », a-t-il dit." \
	    "Le milieu hospitalier juge la réforme « irréaliste »."
	assert_success
	assert_output "d	fr	1	2	Paul Roy	directeur de l’hôpital	pronoun	a-t-il dit	direct	Nous tiendrons
d	fr	2	1	Le milieu hospitalier		description	juge	partial	irréaliste"
	run --separate-stderr qx e en \
	    "JD Vance arrived in Ohio on Monday. “We will win,” Vance said." \
	    "Helen Marsh, Minister Tom Jones and the mayor met on Monday. “We will act,” Marsh said."
	assert_success
	assert_output "e	en	1	2	JD Vance		name	said	direct	We will win
e	en	2	2	Helen Marsh		name	said	direct	We will act"
	# a headline's words said again by someone else, or a part of a word
	run --separate-stderr qx p fr \
	    "Pollution : des habitants dénoncent « un scandale sanitaire »" \
	    "Le quartier est inquiet." \
	    "« Ce n’est pas un scandale sanitaire », a répondu le maire, Paul Roy."
	assert_success
	assert_output "p	fr	1	1	des habitants		description	dénoncent	partial	un scandale sanitaire
p	fr	3	1	Paul Roy	le maire	name	a répondu	direct	Ce n’est pas un scandale sanitaire"
	run --separate-stderr qx r fr \
	    "Réforme : « un pas »" \
	    "Le texte arrive au Sénat." \
	    "« C’est un passage en force », a jugé Paul Roy."
	assert_success
	assert_output "r	fr	1	1					partial	un pas
r	fr	3	1	Paul Roy		name	a jugé	direct	C’est un passage en force"
	[ "$stderr" = "" ]
}


@test "French and English: what the blind articles of 27 November (fifth session) called for" {
	run --separate-stderr qx d fr \
	    "« Tout le monde connaissait Théo », raconte le maire (sans étiquette), Bernard Rouvière." \
	    "La metteuse en scène Camille Roussel, dont le spectacle « Les Oiseaux de passage » doit ouvrir le festival, parle d’« un immense gâchis »." \
	    "Kévin Aubertin, membre de l’association « Les Veilleurs de la Sagne », a passé six jours sur le terrain." \
	    "Le procureur, Paul Roy, a assuré que « chaque heure a été utilisée » et que le brouillard avait interdit tout vol." \
	    "Un proche du dossier, qui a requis l’anonymat, se montre moins diplomate : « Le festival a grossi trop vite. »" \
	    "Léa Roy, elle, ne dit rien. Tout juste a-t-elle glissé, en quittant le cloître : « Je serai au premier rang. »" \
	    "« Si on perd les Tréteaux, on perd tout. » La phrase est de Karine Soulié, qui tient une crêperie."
	assert_success
	assert_output "d	fr	1	1	Bernard Rouvière	le maire (sans étiquette)	name	raconte	direct	Tout le monde connaissait Théo
d	fr	2	1	Camille Roussel	La metteuse en scène	subject	parle	partial	un immense gâchis
d	fr	4	1	Paul Roy	Le procureur	name	a assuré	partial	chaque heure a été utilisée
d	fr	4	1	Paul Roy	Le procureur	name	a assuré	indirect	le brouillard avait interdit tout vol
d	fr	5	1	Un proche du dossier		description	se montre	direct	Le festival a grossi trop vite.
d	fr	6	2	Léa Roy		pronoun	a-t-elle glissé	direct	Je serai au premier rang.
d	fr	7	1	Karine Soulié		name		direct	Si on perd les Tréteaux, on perd tout."
	# the latest speaker for a word of [nearby] (not "homme": "L’homme a
	# reconnu les faits" is often someone new; but "le jeune homme" is
	# the one described before, as four articles' gold says), a rank
	# for "le militaire", a deputy for "l’élu"; an emphasis is no name
	run --separate-stderr qx d fr \
	    "Antoine Ferrier est comédien. « On nous demande d’être rentables, a-t-il lancé mercredi soir devant le cloître, mais personne ne le demande à la piscine ! »" \
	    "Kévin Aubertin, 29 ans, a expliqué : « On a quadrillé le secteur. »" \
	    "Le jeune homme affirme que les battues ont été suspendues samedi." \
	    "Julien Estève, capitaine au PGHM, a parlé. Le militaire reconnaît que le terrain « ne pardonne rien »." \
	    "Olivier Deschamps, adjoint à la culture, va plus loin. « Elle n’est venue qu’à un seul », assure l’élu." \
	    "La ministre elle-même a reconnu que le texte était mal écrit."
	assert_success
	assert_output "d	fr	1	2	Antoine Ferrier		pronoun	a-t-il lancé	direct	On nous demande d’être rentables … mais personne ne le demande à la piscine !
d	fr	2	1	Kévin Aubertin		name	a expliqué	direct	On a quadrillé le secteur.
d	fr	3	1	Kévin Aubertin	Le jeune homme	anaphor	affirme	indirect	les battues ont été suspendues samedi
d	fr	4	2	Julien Estève	capitaine au PGHM	anaphor	reconnaît	mixed	ne pardonne rien
d	fr	5	2	Olivier Deschamps	adjoint à la culture	anaphor	assure	direct	Elle n’est venue qu’à un seul
d	fr	6	1	La ministre		unresolved	a reconnu	indirect	le texte était mal écrit"
	run --separate-stderr qx e en \
	    "Fenwick, 47, said that he had become “a distraction from the work of this government” and that he intended to clear his name." \
	    "The watchdog, whose annual report “Open Doors, Closed Books” raised concerns in October, cannot sanction ministers." \
	    "Holloway is due to face Raman, and Raman has already said she will use all six of her questions on the affair." \
	    "Tom Ellery said several colleagues had written to the chief whip." \
	    "“Voters don’t read leaked messages line by line.” That is the view of Joanna Kwiatkowska, research director at the polling firm Meridian." \
	    "“The danger is not one resignation,” the pollster said." \
	    "Priya Raman herself said that the plan was dead."
	assert_success
	assert_output "e	en	1	1	Fenwick		name	said	mixed	a distraction from the work of this government
e	en	1	1	Fenwick		name	said	indirect	he intended to clear his name
e	en	3	1	Raman		name	said	indirect	she will use all six of her questions on the affair
e	en	4	1	Tom Ellery		name	said	indirect	several colleagues had written to the chief whip
e	en	5	1	Joanna Kwiatkowska		name		direct	Voters don’t read leaked messages line by line.
e	en	6	1	Joanna Kwiatkowska	research director at the polling firm Meridian	anaphor	said	direct	The danger is not one resignation
e	en	7	1	Priya Raman		name	said	indirect	the plan was dead"
	# the subject after a long opening adverbial, or a place after a
	# participle; a document's author; no person for an organisation
	run --separate-stderr qx d fr \
	    "Venu de Bordeaux avec ses deux enfants, Julien Combes, 34 ans, espère que « les élus vont se ressaisir »." \
	    "Lors d’une conférence de presse tenue mercredi après-midi au tribunal judiciaire, le procureur de Montclar, Olivier Brassac, a retracé la journée. « Théo a été vu pour la dernière fois le 12 septembre. »" \
	    "Dans un communiqué diffusé jeudi matin, la préfecture du Var a justifié cette décision. « Les conditions ne le permettent plus », indique le texte." \
	    "Didier Maurin, délégué syndical central chez Valmorel, ne décolère pas. « Non », a indiqué le comité central de Valmorel." \
	    "Interrogée jeudi, la PDG de Valmorel s’est contentée d’un laconique « chaque chose en son temps »."
	assert_success
	assert_output "d	fr	1	1	Julien Combes		subject		partial	les élus vont se ressaisir
d	fr	2	2	Olivier Brassac	le procureur de Montclar	subject		direct	Théo a été vu pour la dernière fois le 12 septembre.
d	fr	3	2	la préfecture du Var		subject	indique	direct	Les conditions ne le permettent plus
d	fr	4	2	le comité central de Valmorel		description	a indiqué	direct	Non
d	fr	5	1	la PDG de Valmorel		subject		partial	chaque chose en son temps"
	# "Pour l’ancien X": one n in "ancien" (the pattern read "ancienn");
	# a description that opens a sentence makes its person the latest
	run --separate-stderr qx d fr \
	    "Pour l’ancien enquêteur, la famille a raison de maintenir la pression." \
	    "Pour le conseiller municipal, le budget est insincère." \
	    "Pour l’infirmier, les urgences ne tiennent plus." \
	    "La mère du randonneur, Catherine Marcillac, a parlé jeudi. La préfète, Anne Roy, a parlé ensuite. La mère du randonneur y sera. « J’irai », a-t-elle glissé."
	assert_success
	assert_output "d	fr	1	1	l’ancien enquêteur		description	Pour	indirect	la famille a raison de maintenir la pression
d	fr	2	1	le conseiller municipal		description	Pour	indirect	le budget est insincère
d	fr	3	1	l’infirmier		description	Pour	indirect	les urgences ne tiennent plus
d	fr	4	4	Catherine Marcillac	La mère du randonneur	pronoun	a-t-elle glissé	direct	J’irai"
	# a headline's title without determiner, an office in capitals, no
	# title from the reported clause after a name
	run --separate-stderr qx e en \
	    "Rail minister Marcus Fenwick resigns over leaked messages" \
	    "Tom Ellery, the Conservative MP for Harbridge North, told the BBC: “I like Marcus.”" \
	    "The MP said several colleagues had written to the chief whip." \
	    "In one message, the minister wrote: “Kestrel need to be on the shortlist.”" \
	    "Fenwick said in a letter to the prime minister, Catherine Holloway, that he was sorry." \
	    "Holloway said little. She told broadcasters that she had “a country to run”."
	assert_success
	assert_output "e	en	2	1	Tom Ellery	the Conservative MP for Harbridge North	name	told	direct	I like Marcus.
e	en	3	1	Tom Ellery	the Conservative MP for Harbridge North	anaphor	said	indirect	several colleagues had written to the chief whip
e	en	4	1	Marcus Fenwick	Rail minister	anaphor	wrote	direct	Kestrel need to be on the shortlist.
e	en	5	1	Marcus Fenwick	Rail minister	name	said	indirect	he was sorry
e	en	6	2	Catherine Holloway	the prime minister	pronoun	told	mixed	a country to run"
	# a second clause that shares the first cue needs its coordination
	# and complementizer right after the quotation, and a complementizer
	# before it; one with a cue of its own after a comma is reported
	# speech of its own ([continuations], coordination)
	run --separate-stderr qx d fr \
	    "Paul Roy a dénoncé « un scandale » et que faire de plus ?" \
	    "Paul Roy a salué « un bon accord », et assure que le texte sera voté."
	assert_success
	assert_output "d	fr	1	1	Paul Roy		name	a dénoncé	partial	un scandale
d	fr	2	1	Paul Roy		name	a salué	partial	un bon accord
d	fr	2	1	Paul Roy		name	assure	indirect	le texte sera voté"
	[ "$stderr" = "" ]
}

@test "French and English: what the new forms must not take (review of the fifth session of 27 November)" {
	# a surname that opens a sentence; a name before a colon and a
	# quotation; a description that tells of speech does not make its
	# person the latest; no [nearby] person with a relative clause; a
	# document criticised is not the critic's; a comma before a mark is
	# no name's; a second clause needs the cue before its complementizer,
	# ends at a comma, and never follows a name in marks; no view from
	# "Pour" before a fact; no speaker from "se" and a thing
	run --separate-stderr qx d fr \
	    "Camille Roussel a appris la nouvelle mardi. Roussel ne décolère pas. « C'est un immense gâchis. »" \
	    "Paul Roy : « Nous ne céderons pas »" \
	    "Le maire de Lanvel, Paul Roy, a présenté le budget lundi. « Ce budget est insincère », tacle Marc Blanc, chef de l'opposition municipale. Le maire n'a pas encore répondu à ces accusations. « Je saisirai la chambre régionale des comptes », prévient-il." \
	    "Le procureur de Lyon, Paul Roy, a détaillé les faits lundi. Le gendarme qui a tiré affirme qu'il était en état de légitime défense." \
	    "Le gouvernement a vivement critiqué le rapport publié mardi par Amnesty International. « La police a tiré », affirme le rapport." \
	    "Quant au festival, « Il n'est pas mort », assure son directeur, Paul Roy." \
	    "Alors que le ministre avait promis « une réponse rapide » et que les syndicats attendaient un geste, rien n'a bougé." \
	    "« Ce livre m'a bouleversé », confie Paul Roy, agriculteur. Le ministre a reconnu qu'il avait lu le livre « La Fin des paysans » et qu'il en partageait le constat." \
	    "Pour l'agriculteur, la perte est estimée à 30 000 euros." \
	    "La situation se tend : « On ne sait plus quoi faire. »"
	assert_success
	assert_output "d	fr	1	3	Camille Roussel		subject		direct	C'est un immense gâchis.
d	fr	2	1	Paul Roy		subject		direct	Nous ne céderons pas
d	fr	3	2	Marc Blanc	chef de l'opposition municipale	name	tacle	direct	Ce budget est insincère
d	fr	3	4	Marc Blanc	chef de l'opposition municipale	pronoun	prévient-il	direct	Je saisirai la chambre régionale des comptes
d	fr	4	2	Le gendarme		description	affirme	indirect	il était en état de légitime défense
d	fr	5	2	le rapport		description	affirme	direct	La police a tiré
d	fr	6	1	Paul Roy	son directeur	name	assure	partial	Il n'est pas mort
d	fr	7	1	le ministre		unresolved	avait promis	partial	une réponse rapide
d	fr	8	1	Paul Roy	agriculteur	name	confie	direct	Ce livre m'a bouleversé
d	fr	8	2	Le ministre		unresolved	a reconnu	indirect	il avait lu le livre « La Fin des paysans » et qu'il en partageait le constat
d	fr	10	1					direct	On ne sait plus quoi faire."
	# and a name with its apposition before a verb is no reported clause
	run --separate-stderr qx m fr \
	    "Le maire assure que le chantier sera « terminé en juin » et que les riverains seront indemnisés, mais l'opposition n'y croit pas." \
	    "Me Antoine Rigaudière, avocat de six manifestants blessés, annonce le dépôt de plaintes pour violences volontaires aggravées." \
	    "Paul Roy sera candidat, a annoncé le parti." \
	    "De source policière, les secours n’ont jamais été ciblés volontairement."
	assert_success
	assert_output "m	fr	1	1	Le maire		unresolved	assure	mixed	terminé en juin
m	fr	1	1	Le maire		unresolved	assure	indirect	les riverains seront indemnisés
m	fr	3	1	le parti		description	a annoncé	indirect	Paul Roy sera candidat
m	fr	4	1	source policière		description	De	indirect	les secours n’ont jamais été ciblés volontairement"
	run --separate-stderr qx e en \
	    "Morgan said that the bill was “dead in the water” and that was the end of the matter." \
	    "Holloway said few words as she left Downing Street on Tuesday evening." \
	    "Unions are furious that the chief executive described the staff as “overpaid” and that no one was consulted."
	assert_success
	assert_output "e	en	1	1	Morgan		name	said	mixed	dead in the water
e	en	3	1	the chief executive		description	described	partial	overpaid"
	[ "$stderr" = "" ]
}

@test "French and English: what the blind articles of the sixth session (27 November) called for" {
	# an apposition after an inverted speaker at the end (not a clause of
	# "mais"), kept with an honorific ("le docteur"); a subject
	# with a pronoun set off before its verb is no reported clause, a
	# relative clause may end one; "de son côté"; an organisation's name
	# whole
	run --separate-stderr qx a fr \
	    "Le virus a été introduit par des oiseaux, estime le docteur Thomas Arrieta, vétérinaire rural qui suit une trentaine d’élevages." \
	    "Le canard fait vivre une famille sur trois, selon son maire, Pierre Lacoste-Bénac." \
	    "Il pleuvra, a dit le maire, mais les digues tiendront." \
	    "Les digues tiendront, a annoncé Paul Roy, le ministre." \
	    "La famille du pilote, elle, réclame la discrétion." \
	    "Les pompiers ont secouru un homme, qui était coincé sous les décombres, a indiqué la préfecture." \
	    "Les riverains, qui ont perdu leur maison, seront indemnisés, a annoncé la préfète." \
	    "« Le vol reste sûr », souligne de son côté la Ligue aéronautique des Alpes du Nord dans un communiqué." \
	    "Le porte-parole, Zhao Lijian, a dénoncé les sanctions."
	assert_success
	assert_output "a	fr	1	1	Thomas Arrieta	le docteur, vétérinaire rural	name	estime	indirect	Le virus a été introduit par des oiseaux
a	fr	2	1	Pierre Lacoste-Bénac	son maire	name	selon	indirect	Le canard fait vivre une famille sur trois
a	fr	4	1	Paul Roy	le ministre	name	a annoncé	indirect	Les digues tiendront
a	fr	6	1	la préfecture		description	a indiqué	indirect	Les pompiers ont secouru un homme, qui était coincé sous les décombres
a	fr	7	1	la préfète		description	a annoncé	indirect	Les riverains, qui ont perdu leur maison, seront indemnisés
a	fr	8	1	la Ligue aéronautique des Alpes du Nord		description	souligne	direct	Le vol reste sûr"
	# "l’organisation" for the organisation that spoke, not for a man
	# whose role holds a federation
	run --separate-stderr qx b fr \
	    "Catherine Roy, directrice de l’Interprofession des palmipèdes (IPSO), a parlé. Bernard Cazaubon, président de la Fédération des éleveurs (FESO), a parlé aussi." \
	    "Dans un communiqué, l’Interprofession des palmipèdes a annoncé qu’une cellule serait ouverte. « Personne ne doit rester seul », écrit l’organisation."
	assert_success
	assert_output "b	fr	2	1	l’Interprofession des palmipèdes		name	a annoncé	indirect	une cellule serait ouverte
b	fr	2	2	l’Interprofession des palmipèdes		anaphor	écrit	direct	Personne ne doit rester seul"
	# a quotation without attribution is not the words of "un autre
	# habitant" after it, nor of "another resident"
	run --separate-stderr qx e fr \
	    "Josiane Frachet a entendu « un grand choc »." \
	    "« J’ai cru que c’était le tonnerre. » Un autre habitant assure n’avoir « rien remarqué » avant l’impact."
	assert_success
	assert_output "e	fr	1	1	Josiane Frachet		subject		partial	un grand choc
e	fr	2	1					direct	J’ai cru que c’était le tonnerre.
e	fr	2	2	Un autre habitant		description	assure	partial	rien remarqué"
	# an honorific keeps an apposition that is a title with its
	# complement or a relative clause, not an aside
	run --separate-stderr qx h fr \
	    "« C’est la catastrophe », a déclaré le docteur Jean-Marc Roy, chef du service des urgences." \
	    "Le médecin a dénoncé une situation « intenable »." \
	    "« Nous sommes débordés », confie le docteur Paul Martin, visiblement épuisé."
	assert_success
	assert_output "h	fr	1	1	Jean-Marc Roy	le docteur, chef du service des urgences	name	a déclaré	direct	C’est la catastrophe
h	fr	2	1	Jean-Marc Roy	le docteur, chef du service des urgences	anaphor	a dénoncé	partial	intenable
h	fr	3	1	Paul Martin	le docteur	name	confie	direct	Nous sommes débordés"
	run --separate-stderr qx g en \
	    "“I thought it was thunder.” Another resident said she had heard “nothing unusual”."
	assert_success
	assert_output "g	en	1	1					direct	I thought it was thunder.
g	en	1	2	Another resident		description	said	partial	nothing unusual"
	# English: the cue before a name or "the" and a noun at a sentence's
	# end (not with an apposition after the name, which may be a clause),
	# not when a clause follows the cue, nor after a name and its
	# apposition
	run --separate-stderr qx f en \
	    "The dykes will hold this winter, said Paul Roy." \
	    "Prices will rise next year, said the union." \
	    "His neighbour, Janet Kowalski, said the order had come by text." \
	    "The county sheriff, Luis Ochoa, defended the timing." \
	    "The plant, said to be the largest in Europe, will close."
	assert_success
	assert_output "f	en	1	1	Paul Roy		name	said	indirect	The dykes will hold this winter
f	en	2	1	the union		description	said	indirect	Prices will rise next year
f	en	3	1	Janet Kowalski	His neighbour	name	said	indirect	the order had come by text"
	[ "$stderr" = "" ]
}

@test "French and English: what the sixth session's fixes must not take (review, 27 November)" {
	# a cue in the middle of its sentence, an adverbial after the
	# speaker, a parenthesis in a clause after "Pour X,"
	run --separate-stderr qx r fr \
	    "Les pompiers ont secouru un homme, qui était coincé sous les décombres, a indiqué la préfecture." \
	    "À terme, selon le préfet, la route sera rouverte." \
	    "Pour l'instant, a précisé le maire, les travaux sont suspendus." \
	    "Le plus difficile, confie la jeune femme, reste l’attente." \
	    "Trente maisons ont été détruites, selon la mairie, soit un tiers du village." \
	    "Pour le maire, reconstruire l’école (détruite en 2021), c’est une priorité absolue."
	assert_success
	# (since the fourteenth session, a cue in the middle of its
	# sentence is read as an attribution that cuts reported speech)
	assert_output "r	fr	1	1	la préfecture		description	a indiqué	indirect	Les pompiers ont secouru un homme, qui était coincé sous les décombres
r	fr	2	1	le préfet		description	selon	indirect	À terme … la route sera rouverte
r	fr	3	1	le maire		unresolved	a précisé	indirect	Pour l'instant … les travaux sont suspendus
r	fr	4	1	la jeune femme		description	confie	indirect	Le plus difficile … reste l’attente
r	fr	5	1	la mairie		description	selon	indirect	Trente maisons ont été détruites … soit un tiers du village
r	fr	6	1	le maire		unresolved	Pour	indirect	reconstruire l’école (détruite en 2021), c’est une priorité absolue"
	# a demonstrative for a document or an organisation, a relative
	# clause after "la jeune femme": no one met before
	run --separate-stderr qx s fr \
	    "« On a tout perdu », raconte Marie Dupont, 52 ans." \
	    "Selon ce rapport, les émissions ont doublé depuis 2010." \
	    "« Il faut agir », estime cette association de riverains." \
	    "« J’ai vu les flammes », raconte la jeune femme qui a donné l’alerte."
	assert_success
	assert_output "s	fr	1	1	Marie Dupont		name	raconte	direct	On a tout perdu
s	fr	2	1	ce rapport		description	Selon	indirect	les émissions ont doublé depuis 2010
s	fr	3	1	cette association de riverains		description	estime	direct	Il faut agir
s	fr	4	1	la jeune femme		description	raconte	direct	J’ai vu les flammes"
	# a lone quotation is not the words of someone the next sentence
	# acts on; but one that opens its paragraph is the words of the
	# next sentence's subject, as readers take it (the gold of two
	# articles written blind, 28 November)
	run --separate-stderr qx t fr \
	    "« Nous ferons le nécessaire », a promis le maire, Paul Roy." \
	    "Le maire a ensuite reçu les manifestants. « Nous voulons des réponses, pas des promesses. »" \
	    "« Les assurances ne nous ont pas répondu. » Paul Durand, son voisin, a lui aussi porté plainte."
	assert_success
	assert_output "t	fr	1	1	Paul Roy	le maire	name	a promis	direct	Nous ferons le nécessaire
t	fr	2	2					direct	Nous voulons des réponses, pas des promesses.
t	fr	3	1	Paul Durand	son voisin	subject		direct	Les assurances ne nous ont pas répondu."
	# "le chef d’équipe" is no director
	run --separate-stderr qx u fr \
	    "« Nous manquons de bras », explique le directeur de l’usine, Paul Roy." \
	    "« On travaille douze heures par jour », raconte le chef d’équipe."
	assert_success
	assert_output "u	fr	1	1	Paul Roy	le directeur de l’usine	name	explique	direct	Nous manquons de bras
u	fr	2	1	le chef d’équipe		description	raconte	direct	On travaille douze heures par jour"
	# a second review: a cue in the middle before a clause of any verb,
	# an object read as the speaker after a subject's aside, an
	# adverbial or an aside after the speaker, a title that is no school
	# head, "la jeune conseillère", a demonstrative, a lone quotation and
	# the name that opens the next sentence, "l’organisme" for a
	# researcher's institute, a parenthesis in a clause after "Pour X,",
	# a place in two words before the cue, "Ils le savent, eux,"
	run --separate-stderr qx w fr \
	    "Les travaux de la digue, indique la préfecture, dureront deux ans." \
	    "Dans les prochains jours, a précisé le maire, les travaux reprendront." \
	    "Le maire, joint par téléphone, a confirmé la fermeture de l’école, selon nos informations." \
	    "Le club, dans un communiqué, a annoncé le départ de son entraîneur, Paul Roy." \
	    "Le préfet, dans un communiqué, a annoncé la fermeture des plages, mardi soir." \
	    "Le chômage a reculé, a indiqué l’Insee, une première depuis 2019." \
	    "Ils le savent, eux, affirme le maire."
	assert_success
	# (the first two: since the fourteenth session, an attribution
	# that cuts reported speech)
	assert_output "w	fr	1	1	la préfecture		description	indique	indirect	Les travaux de la digue … dureront deux ans
w	fr	2	1	le maire		unresolved	a précisé	indirect	Dans les prochains jours … les travaux reprendront
w	fr	3	1	nos informations		description	selon	indirect	Le maire, joint par téléphone, a confirmé la fermeture de l’école
w	fr	7	1	le maire		unresolved	affirme	indirect	Ils le savent, eux"
	run --separate-stderr qx x fr \
	    "« Nous avons signalé les faits », assure le principal du collège, Paul Roy." \
	    "« Ce n’est pas acceptable », a réagi le chef de l’État." \
	    "« C’est une erreur », estime la jeune conseillère d’opposition." \
	    "« Ce projet est une folie », rétorque cet opposant de longue date." \
	    "« Nous avons fait une offre sérieuse. » Paul Roy a quitté la salle au bout d’une heure." \
	    "« Les données sont claires », indique l’organisme." \
	    "Pour la directrice, accueillir les élèves de Guéret (Creuse), c’est une chance."
	assert_success
	assert_output "x	fr	1	1	Paul Roy	le principal du collège	name	assure	direct	Nous avons signalé les faits
x	fr	2	1	le chef de l’État		description	a réagi	direct	Ce n’est pas acceptable
x	fr	3	1	la jeune conseillère d’opposition		description	estime	direct	C’est une erreur
x	fr	4	1	cet opposant de longue date		description	rétorque	direct	Ce projet est une folie
x	fr	5	1					direct	Nous avons fait une offre sérieuse.
x	fr	6	1	l’organisme		description	indique	direct	Les données sont claires
x	fr	7	1	la directrice		unresolved	Pour	indirect	accueillir les élèves de Guéret (Creuse), c’est une chance"
	run --separate-stderr qx y en \
	    "The report, published on Tuesday, said the economy grew 2% last year." \
	    "The mayor, Jane Doe, said the city lacked buses." \
	    "Earlier this year, said Jane Doe, the county banned fireworks." \
	    "Two people died in a crash near Charlotte, North Carolina, officials said."
	assert_success
	assert_output "y	en	1	1	The report		description	said	indirect	the economy grew 2% last year
y	en	2	1	Jane Doe	The mayor	name	said	indirect	the city lacked buses
y	en	3	1	Jane Doe		name	said	indirect	Earlier this year … the county banned fireworks
y	en	4	1	officials		description	said	indirect	Two people died in a crash near Charlotte, North Carolina"
	# English: a cue in the middle (since the fourteenth session, an
	# attribution that cuts reported speech), and a relative clause that
	# ends a reported one
	run --separate-stderr qx v en \
	    "The problem, said Jones, is the lack of funding." \
	    "When the police arrived, said Smith, the crowd had already dispersed." \
	    "The company has hired a new director, who will start in May, a spokesman said."
	assert_success
	assert_output "v	en	1	1	Jones		name	said	indirect	The problem … is the lack of funding
v	en	2	1	Smith		name	said	indirect	When the police arrived … the crowd had already dispersed
v	en	3	1	a spokesman		description	said	indirect	The company has hired a new director, who will start in May"
	[ "$stderr" = "" ]
}

@test "French and English: a second review of the fifth session's fixes (27 November)" {
	# a document word with its comma; a follow-up quotation of someone
	# unnamed stays his; « se félicite : »; a place before a comma is no
	# name's apposition; a second clause keeps its inner commas; the
	# subject of the reported clause is no source's name; an earlier
	# description is kept; an adjective after [nearby]; numbers
	run --separate-stderr qx a fr \
	    "Dans un communiqué, la préfecture du Var a justifié sa décision. « Les conditions ne le permettent plus », indique le texte."
	assert_success
	assert_output "a	fr	1	2	la préfecture du Var		subject	indique	direct	Les conditions ne le permettent plus"
	run --separate-stderr qx b fr \
	    "L’entraîneur, Paul Roy, a refusé de s’exprimer. « On a été nuls », a lâché un joueur sous couvert d’anonymat. « Le coach ne nous parle plus », a ajouté l’attaquant."
	assert_success
	assert_output "b	fr	1	2	un joueur sous couvert d’anonymat		description	a lâché	direct	On a été nuls
b	fr	1	3	l’attaquant		description	a ajouté	direct	Le coach ne nous parle plus"
	run --separate-stderr qx c fr \
	    "Le maire se félicite : « Le chantier est terminé. »" \
	    "À Saint-Malo, la digue a cédé dans la nuit, indique la préfecture."
	assert_success
	assert_output "c	fr	1	1	Le maire		unresolved	se félicite	direct	Le chantier est terminé.
c	fr	2	1	la préfecture		description	indique	indirect	À Saint-Malo, la digue a cédé dans la nuit"
	run --separate-stderr qx i fr \
	    "D’après la préfecture, Paul Roy, 45 ans, a été interpellé samedi."
	assert_success
	assert_output "i	fr	1	1	Paul Roy	la préfecture	name	D’après	indirect	Paul Roy, 45 ans, a été interpellé samedi"
	run --separate-stderr qx d fr \
	    "Le maire assure que le chantier sera « terminé en juin » et que le préfet du Var, Paul Roy, a donné son accord."
	assert_success
	assert_output "d	fr	1	1	Le maire		unresolved	assure	mixed	terminé en juin
d	fr	1	1	Le maire		unresolved	assure	indirect	le préfet du Var, Paul Roy, a donné son accord"
	run --separate-stderr qx e fr \
	    "La mère du randonneur, Catherine Marcillac, a parlé jeudi. La préfète, Anne Roy, a parlé ensuite. La mère du randonneur y sera. La cérémonie aura lieu samedi à 10 heures. « J’irai », a-t-elle glissé."
	assert_success
	assert_output "e	fr	1	5	Catherine Marcillac	La mère du randonneur	pronoun	a-t-elle glissé	direct	J’irai"
	run --separate-stderr qx f fr \
	    "« On a été nuls », estime Stéphane Valdieri. « On doit se remettre en question », poursuit le coach dépité."
	assert_success
	assert_output "f	fr	1	1	Stéphane Valdieri		name	estime	direct	On a été nuls
f	fr	1	2	Stéphane Valdieri	le coach dépité	anaphor	poursuit	direct	On doit se remettre en question"
	run --separate-stderr qx g en \
	    "Police said two British nationals had been killed in the attack."
	assert_success
	assert_output "g	en	1	1	Police		name	said	indirect	two British nationals had been killed in the attack"
	run --separate-stderr qx h en \
	    "In a statement, the company apologised to customers. “We fell short,” the statement said."
	assert_success
	assert_output "h	en	1	2	the company		subject	said	direct	We fell short"
	[ "$stderr" = "" ]
}

@test "French: a negation before the verb is no speaker (« X, un agriculteur, ne croit plus »)" {
	run --separate-stderr qx d fr \
	    "À ses côtés, Goran Ilić, un agriculteur de 67 ans, ne croit plus aux promesses. « Nous, on dort par terre », lâche-t-il, amer."
	assert_success
	assert_output "d	fr	1	2	Goran Ilić	un agriculteur de 67 ans	pronoun	lâche-t-il	direct	Nous, on dort par terre"
	[ "$stderr" = "" ]
}

@test "English inverted cues: said X, she added, initials and particles" {
	run --separate-stderr qx d en \
	    "“We will not back down”, said Transport Secretary Helen Marsh." \
	    "“The timetable will hold”, she added." \
	    "“Nothing is settled”, said J. D. Harlow, the union leader, in a statement." \
	    "“Nothing is settled”, said the trade commissioner Ursula van der Meer."
	assert_success
	assert_output "d	en	1	1	Helen Marsh	Transport Secretary	name	said	direct	We will not back down
d	en	2	1	Helen Marsh	Transport Secretary	pronoun	added	direct	The timetable will hold
d	en	3	1	J. D. Harlow	the union leader	name	said	direct	Nothing is settled
d	en	4	1	Ursula van der Meer	the trade commissioner	name	said	direct	Nothing is settled"
}

@test "French speaker first: X a déclaré : «…», X a déclaré que «…»" {
	run --separate-stderr qx d fr \
	    "Anne Roussel a déclaré : « La route restera fermée. »" \
	    "Anne Roussel a déclaré que « la route restera fermée »." \
	    "Le ministre de l’Intérieur, Jean-Marc Le Guillou, a déclaré : « Nous ne céderons pas. »"
	assert_success
	assert_output "d	fr	1	1	Anne Roussel		name	a déclaré	direct	La route restera fermée.
d	fr	2	1	Anne Roussel		name	a déclaré	partial	la route restera fermée
d	fr	3	1	Jean-Marc Le Guillou	Le ministre de l’Intérieur	name	a déclaré	direct	Nous ne céderons pas."
}

@test "English speaker first: X said: \"…\", X said that \"…\", X told reporters \"…\"" {
	run --separate-stderr qx d en \
	    "Helen Marsh said: “The road will stay closed.”" \
	    "Helen Marsh said that “the road will stay closed”." \
	    "Helen Marsh told reporters “the road will stay closed”." \
	    'J. D. Harlow said: "We disagree."'
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	The road will stay closed.
d	en	2	1	Helen Marsh		name	said	direct	the road will stay closed
d	en	3	1	Helen Marsh		name	told	direct	the road will stay closed
d	en	4	1	J. D. Harlow		name	said	direct	We disagree."
}

@test "selon X, d’après X, pour X, and a source at the end of the sentence" {
	run --separate-stderr qx d fr \
	    "Selon la préfète Anne Roussel, « la route restera fermée »." \
	    "D’après Anne Roussel, « la route restera fermée »." \
	    "Pour Anne Roussel, la route est « trop dangereuse » cet hiver." \
	    "La route restera « fermée jusqu’à nouvel ordre », selon un haut responsable de la préfecture."
	assert_success
	assert_output "d	fr	1	1	Anne Roussel	la préfète	name	Selon	direct	la route restera fermée
d	fr	2	1	Anne Roussel		name	D’après	direct	la route restera fermée
d	fr	3	1	Anne Roussel		name	Pour	partial	trop dangereuse
d	fr	4	1	un haut responsable de la préfecture		description	selon	partial	fermée jusqu’à nouvel ordre"
}

@test "according to X, at the start and at the end of the sentence" {
	run --separate-stderr qx d en \
	    "According to Helen Marsh, “the road will stay closed”." \
	    "The road will stay “closed until further notice”, according to a senior police official."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	According to	direct	the road will stay closed
d	en	2	1	a senior police official		description	according to	partial	closed until further notice"
}

@test "partial quotes: a qualifié … de «…», accused X of \"…\"" {
	run --separate-stderr qx d fr "Paul Garnier a qualifié leurs propos de « mensonges éhontés » lors d’un meeting à Lyon."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a qualifié	partial	mensonges éhontés"
	run --separate-stderr qx d en "Helen Marsh accused the unions of “holding the country to ransom” on Tuesday."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	accused	partial	holding the country to ransom"
}

@test "mixed: words of the reported clause before the quoted ones" {
	run --separate-stderr qx d fr "La préfète Anne Roussel assure que la route « restera fermée tout l’hiver »."
	assert_success
	assert_output "d	fr	1	1	Anne Roussel	La préfète	name	assure	mixed	restera fermée tout l’hiver"
}

@test "French pronouns and anaphors resolve to the latest speaker who fits" {
	run --separate-stderr qx club fr \
	    "« Nous ne céderons pas », a déclaré la ministre des Sports, Claire Vasseur." \
	    "« Le calendrier sera tenu », a-t-elle ajouté." \
	    "Le porte-parole du club, Marc Delorme, a répondu : « Rien n’est décidé. »" \
	    "« Nous verrons », a ajouté le porte-parole." \
	    "« Jamais », a insisté ce dernier." \
	    "« Tout ira bien », a-t-il conclu." \
	    "« C’est réglé », a-t-elle assuré." \
	    "« Pas si vite », a lancé le maire."
	assert_success
	assert_output "club	fr	1	1	Claire Vasseur	la ministre des Sports	name	a déclaré	direct	Nous ne céderons pas
club	fr	2	1	Claire Vasseur	la ministre des Sports	pronoun	a-t-elle ajouté	direct	Le calendrier sera tenu
club	fr	3	1	Marc Delorme	Le porte-parole du club	name	a répondu	direct	Rien n’est décidé.
club	fr	4	1	Marc Delorme	Le porte-parole du club	anaphor	a ajouté	direct	Nous verrons
club	fr	5	1	Marc Delorme	Le porte-parole du club	anaphor	a insisté	direct	Jamais
club	fr	6	1	Marc Delorme	Le porte-parole du club	pronoun	a-t-il conclu	direct	Tout ira bien
club	fr	7	1	Claire Vasseur	la ministre des Sports	pronoun	a-t-elle assuré	direct	C’est réglé
club	fr	8	1	le maire		unresolved	a lancé	direct	Pas si vite"
}

@test "English pronouns and anaphors resolve to the latest speaker who fits" {
	run --separate-stderr qx club en \
	    "“We will not back down”, said Health Minister Claire Vance." \
	    "“The schedule will hold”, she added." \
	    "The club spokesman, Mark Dalton, replied: “Nothing is decided.”" \
	    "“We shall see”, the spokesman added." \
	    "“Never”, he insisted." \
	    "“Not so fast”, said the mayor."
	assert_success
	assert_output "club	en	1	1	Claire Vance	Health Minister	name	said	direct	We will not back down
club	en	2	1	Claire Vance	Health Minister	pronoun	added	direct	The schedule will hold
club	en	3	1	Mark Dalton	The club spokesman	name	replied	direct	Nothing is decided.
club	en	4	1	Mark Dalton	The club spokesman	anaphor	added	direct	We shall see
club	en	5	1	Mark Dalton	The club spokesman	pronoun	insisted	direct	Never
club	en	6	1	the mayor		unresolved	said	direct	Not so fast"
}

@test "an anaphor whose head is in [latest] stands for whoever spoke last, one in [former] for the one before" {
	cd "$BATS_TEST_TMPDIR"
	paras club en "“We will not back down”, said Health Minister Claire Vance." \
	    "The club spokesman, Mark Dalton, replied: “Nothing is decided.”" \
	    "“We shall see”, the latter added." "“Not yet”, the former insisted." \
	    | segment > in.tsv
	run --separate-stderr quote-extract -H in.tsv
	assert_success
	assert_line --index 2 "club	en	3	1	Mark Dalton	The club spokesman	anaphor	added	direct	We shall see"
	assert_line --index 3 "club	en	4	1	Claire Vance	Health Minister	anaphor	insisted	direct	Not yet"
	# a rules file takes "former" out of [former]: "the former" is then
	# an anaphor of no role met
	printf '[former en]\n!former\n' > former.rules
	run --separate-stderr quote-extract -H -r former.rules in.tsv
	assert_success
	assert_line --index 3 "club	en	4	1	the former		unresolved	insisted	direct	Not yet"
}

@test "pronouns are left unresolved when nothing fits, and history stops at the document" {
	{
		paras a fr "« Nous ne céderons pas », a déclaré Paul Garnier."
		paras b fr "« Nous verrons », a-t-il répondu." "« Jamais », a ajouté ce dernier."
	} > "$BATS_TEST_TMPDIR/in.tsv"
	run --separate-stderr bash -c "segment '$BATS_TEST_TMPDIR/in.tsv' | quote-extract -H"
	assert_success
	assert_output "a	fr	1	1	Paul Garnier		name	a déclaré	direct	Nous ne céderons pas
b	fr	1	1	il		unresolved	a-t-il répondu	direct	Nous verrons
b	fr	2	1	ce dernier		unresolved	a ajouté	direct	Jamais"
}

@test "a quotation without attribution takes the next or the previous one of its paragraph" {
	run --separate-stderr qx d fr \
	    "« Nous tiendrons. » « Personne ne nous fera reculer », a ajouté Paul Garnier." \
	    "Anne Roussel a déclaré : « La route restera fermée. » « Tout l’hiver. »"
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		adjacent		direct	Nous tiendrons.
d	fr	1	2	Paul Garnier		name	a ajouté	direct	Personne ne nous fera reculer
d	fr	2	1	Anne Roussel		name	a déclaré	direct	La route restera fermée.
d	fr	2	2	Anne Roussel		adjacent		direct	Tout l’hiver."
	run --separate-stderr qx d en \
	    "“We will hold.” “Nobody will make us retreat”, Helen Marsh added." \
	    "“We will hold”, Helen Marsh said. “Nobody will make us retreat.”"
	assert_success
	assert_output "d	en	1	1	Helen Marsh		adjacent		direct	We will hold.
d	en	1	2	Helen Marsh		name	added	direct	Nobody will make us retreat
d	en	2	1	Helen Marsh		name	said	direct	We will hold
d	en	2	2	Helen Marsh		adjacent		direct	Nobody will make us retreat."
}

@test "French indirect speech: X a déclaré que, X assure que, …, a assuré X, selon X" {
	run --separate-stderr qx d fr \
	    "Anne Roussel a déclaré que la route resterait fermée." \
	    "Anne Roussel assure que la route restera fermée." \
	    "La route restera fermée tout l’hiver, a assuré Anne Roussel." \
	    "La route restera fermée tout l’hiver, a-t-elle précisé." \
	    "D’après la préfecture, la route restera fermée tout l’hiver."
	assert_success
	assert_output "d	fr	1	1	Anne Roussel		name	a déclaré	indirect	la route resterait fermée
d	fr	2	1	Anne Roussel		name	assure	indirect	la route restera fermée
d	fr	3	1	Anne Roussel		name	a assuré	indirect	La route restera fermée tout l’hiver
d	fr	4	1	Anne Roussel		pronoun	a-t-elle précisé	indirect	La route restera fermée tout l’hiver
d	fr	5	1	la préfecture		description	D’après	indirect	la route restera fermée tout l’hiver"
}

@test "English indirect speech: X said (that), …, X said, according to X" {
	run --separate-stderr qx d en \
	    "Helen Marsh said that the road would stay closed." \
	    "Helen Marsh said the road would stay closed." \
	    "Road works will last all winter, Helen Marsh said." \
	    "Road works will last all winter, she added." \
	    "According to Helen Marsh, the road will stay closed all winter."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	indirect	the road would stay closed
d	en	2	1	Helen Marsh		name	said	indirect	the road would stay closed
d	en	3	1	Helen Marsh		name	said	indirect	Road works will last all winter
d	en	4	1	Helen Marsh		pronoun	added	indirect	Road works will last all winter
d	en	5	1	Helen Marsh		name	According to	indirect	the road will stay closed all winter"
}

@test "a quoted name after « baptisé » or \"dubbed\" is not a quotation" {
	run --separate-stderr qx d fr "Le plan, baptisé « Rail 2030 », sera présenté mardi."
	assert_failure 1
	assert_output ''
	run --separate-stderr qx d en "The campaign, dubbed “Clean Streets”, starts today."
	assert_failure 1
	assert_output ''
}

# --- options and columns ---

@test "the header names the columns, and extra input columns are kept" {
	run --separate-stderr quote-extract <<-EOF
	#doc	lang	par	sent	source	text
	d	fr	2	1	AFP	« Oui », a dit Paul Garnier.
	EOF
	assert_success
	assert_output "#doc	lang	par	sent	source	speaker	role	via	cue	kind	text
d	fr	2	1	AFP	Paul Garnier		name	a dit	direct	Oui"
}

@test "plain lines: each line a paragraph, split into sentences here" {
	printf '%s\n' "Le vote a eu lieu. Le maire a déclaré : « Nous ne céderons pas. »" \
	    "Il a ajouté que « rien n’est joué »." > "$BATS_TEST_TMPDIR/plain.txt"
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr quote-extract -l fr plain.txt
	assert_success
	assert_output "#doc	lang	par	sent	speaker	role	via	cue	kind	text
plain.txt	fr	1	2	Le maire		unresolved	a déclaré	direct	Nous ne céderons pas.
plain.txt	fr	2	1	Il		unresolved	a ajouté	partial	rien n’est joué"
}

@test "-s keeps only the quotations with a speaker" {
	paras d fr "« Sans moi. » Le vote a eu lieu." \
	    "« Nous ne céderons pas », a déclaré Paul Garnier." |
	    segment > "$BATS_TEST_TMPDIR/in.tsv"
	run --separate-stderr quote-extract -H "$BATS_TEST_TMPDIR/in.tsv"
	assert_success
	assert_output "d	fr	1	1					direct	Sans moi.
d	fr	2	1	Paul Garnier		name	a déclaré	direct	Nous ne céderons pas"
	run --separate-stderr quote-extract -H -s "$BATS_TEST_TMPDIR/in.tsv"
	assert_success
	assert_output "d	fr	2	1	Paul Garnier		name	a déclaré	direct	Nous ne céderons pas"
}

@test "-s with no attributed quotation exits 1, header only" {
	run --separate-stderr quote-extract -s <<< "d	fr	1	1	« Sans moi. »"
	assert_failure 1
	assert_output "#doc	lang	par	sent	speaker	role	via	cue	kind	text"
}

@test "-l forces the language of the rules and of the lang column" {
	run --separate-stderr quote-extract -H <<< "d	fr	1	1	\"We will not give in\", said Helen Marsh."
	assert_success
	assert_output "d	fr	1	1					partial	We will not give in"
	run --separate-stderr quote-extract -H -l en <<< "d	fr	1	1	\"We will not give in\", said Helen Marsh."
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	We will not give in"
}

@test "-l with a bad code is a usage error" {
	run --separate-stderr quote-extract -l english < /dev/null
	assert_failure 2
	assert_output ''
	[ "$stderr" = "quote-extract: english: not a language code (fr, en, ... or auto)" ]
}

@test "-r adds a cue verb in a [verbs fr] section" {
	printf '# a verb of our own\n[verbs fr]\ngronder grondé gronde grondent grondait\n' > "$BATS_TEST_TMPDIR/cues.rules"
	printf 'd\tfr\t1\t1\t« Assez de promesses », a grondé Paul Garnier.\n' > "$BATS_TEST_TMPDIR/in.tsv"
	run --separate-stderr quote-extract -H "$BATS_TEST_TMPDIR/in.tsv"
	assert_success
	assert_output "d	fr	1	1					partial	Assez de promesses"
	run --separate-stderr quote-extract -H -r "$BATS_TEST_TMPDIR/cues.rules" "$BATS_TEST_TMPDIR/in.tsv"
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a grondé	direct	Assez de promesses"
	[ "$stderr" = "" ]
}

@test "mixed after a whole word of [complementizers], not inside Olympique or Thatcher" {
	run --separate-stderr quote-extract -H <<-'EOF'
	a	fr	1	1	Le club accuse l’Olympique de Valmont d’avoir approché son joueur « sans autorisation ».
	b	fr	1	1	Le club assure que le joueur est parti « sans autorisation ».
	c	en	1	1	The minister said the Thatcher reforms were "long overdue".
	d	en	1	1	The minister said that the reforms were "long overdue".
	EOF
	assert_success
	assert_output - <<-'EOF'
	a	fr	1	1	Le club		description	accuse	partial	sans autorisation
	b	fr	1	1	Le club		description	assure	mixed	sans autorisation
	c	en	1	1	The minister		unresolved	said	partial	long overdue
	d	en	1	1	The minister		unresolved	said	mixed	long overdue
	EOF
	[ "$stderr" = "" ]
}

@test "a title of [genders] or a first name tells a speaker's gender; -r can take them out" {
	cd "$BATS_TEST_TMPDIR"
	printf 'd\ten\t1\t1\tDame Ruth Abernathy said: "We are ready."\nd\ten\t2\t1\tSir Tom Hale said: "We are not."\nd\ten\t3\t1\t"It is settled," she said.\n' > in.tsv
	run --separate-stderr quote-extract -H in.tsv
	assert_success
	assert_line --index 2 "d	en	3	1	Ruth Abernathy	Dame	pronoun	said	direct	It is settled"
	printf '[genders en]\n!sir m\n[firstnames en]\n!tom m\n' > nosir.rules
	run --separate-stderr quote-extract -H -r nosir.rules in.tsv
	assert_success
	assert_line --index 2 "d	en	3	1	Tom Hale	Sir	pronoun	said	direct	It is settled"
	printf '[genders en]\nsir\n' > bad.rules
	run --separate-stderr quote-extract -r bad.rules in.tsv
	assert_failure 2
	assert_output ''
	[ "$stderr" = "quote-extract: bad.rules:2: a word of [genders] needs its gender: m, f or p" ]
}

@test "-r adds an attribution rule that uses the built-in macros" {
	cat > "$BATS_TEST_TMPDIR/online.rules" <<-'EOF'
	[attribution en]
	define SITE (?:Bluesky|Mastodon)
	en.online	before	(?<speaker>{NP}),\s+on\s+(?<cue>{SITE})\s*:\s*$
	EOF
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr quote-extract -H -r online.rules <<< "d	en	1	1	Helen Marsh, on Bluesky: \"Too late.\""
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	Bluesky	direct	Too late."
}

@test "--json writes one object per quotation, par and sent as numbers" {
	run --separate-stderr quote-extract --json <<-EOF
	#doc	lang	par	sent	source	text
	d	fr	2	1	AFP	« Oui », a dit Paul Garnier.
	EOF
	assert_success
	assert_output '{"doc":"d","lang":"fr","par":2,"sent":1,"source":"AFP","speaker":"Paul Garnier","role":"","via":"name","cue":"a dit","kind":"direct","text":"Oui"}'
}

@test "escapes in the text survive: a TAB and a backslash inside a quotation" {
	run --separate-stderr quote-extract -H <<< 'd	fr	1	1	« Un\ttab et un \\ seul », a dit Paul Garnier.'
	assert_success
	assert_output 'd	fr	1	1	Paul Garnier		name	a dit	direct	Un\ttab et un \\ seul'
}

@test "-u writes a paragraph's quotations as soon as the next paragraph starts" {
	local fifo="$BATS_TEST_TMPDIR/fifo" out="$BATS_TEST_TMPDIR/out" pid i fd
	mkfifo "$fifo"
	quote-extract -u -H < "$fifo" > "$out" 3>&- &
	pid=$!
	exec {fd}> "$fifo"
	printf 'd\tfr\t1\t1\t« Oui », a dit Paul Garnier.\nd\tfr\t2\t1\tSuite.\n' >&$fd
	# the input is still open: only -u can have written the record
	for ((i = 0; i < 100; i++)); do
		[ -s "$out" ] && break
		sleep 0.05
	done
	run cat "$out"
	exec {fd}>&-
	wait "$pid"
	assert_output "d	fr	1	1	Paul Garnier		name	a dit	direct	Oui"
}

@test "--help prints the usage on stdout and exits 0; a bad option exits 2" {
	run --separate-stderr quote-extract --help
	assert_success
	assert_line --index 0 "usage: quote-extract [-HhsuV] [-l lang] [-r file] [--json] [file ...]"
	run --separate-stderr quote-extract -Z
	assert_failure 2
	assert_output ''
	[ "${stderr_lines[1]}" = "usage: quote-extract [-HhsuV] [-l lang] [-r file] [--json] [file ...]" ]
}

# --- exit status and bad input ---

@test "no quotation: exit 1, like grep, with the header alone" {
	run --separate-stderr quote-extract <<< "d	fr	1	1	Le vote a eu lieu sans incident."
	assert_failure 1
	assert_output "#doc	lang	par	sent	speaker	role	via	cue	kind	text"
	[ "$stderr" = "" ]
}

@test "empty input: nothing written, exit 1" {
	run --separate-stderr quote-extract < /dev/null
	assert_failure 1
	assert_output ''
	[ "$stderr" = "" ]
}

@test "10,000 quotation marks in one line: one bounded quotation, a warning" {
	local marks
	marks=$(printf '« %.0s' $(seq 10000))
	printf 'd\tfr\t1\t1\t%s\n' "$marks" > "$BATS_TEST_TMPDIR/marks.tsv"
	run --separate-stderr timeout 20 quote-extract -H "$BATS_TEST_TMPDIR/marks.tsv"
	assert_success
	[ "${#lines[@]}" -eq 1 ]
	[ "$(cut -f1-9 <<< "$output")" = "d	fr	1	1					direct" ]
	marks=$(printf '«%.0s ' $(seq 9999))
	[ "$(cut -f10 <<< "$output")" = "${marks% }" ]
	[ "$stderr" = "quote-extract: $BATS_TEST_TMPDIR/marks.tsv:1: unclosed quotation mark: the quotation ends with paragraph 1" ]
}

@test "a 50 MB paragraph that is one quotation: found whole, in bounded time" {
	local out="$BATS_TEST_TMPDIR/out" size
	{
		printf 'big\tfr\t1\t0\t« '
		# 1515152 sentences of 33 bytes: 50000016 bytes
		yes 'Le train est en retard ce matin.' | head -n 1515152 |
		    tr '\n' ' '
		printf '», a déclaré Paul Garnier.\n'
	} | timeout 60 segment 2> /dev/null | timeout 60 quote-extract -H > "$out"
	run cut -f1-9 "$out"
	assert_output "big	fr	1	1	Paul Garnier		name	a déclaré	direct"
	run bash -c "cut -f10 '$out' | head -c 65"
	assert_output "Le train est en retard ce matin. Le train est en retard ce matin."
	run bash -c "cut -f10 '$out' | tail -c 33"
	assert_output "Le train est en retard ce matin."
	size=$(cut -f10 "$out" | wc -c)
	(( size >= 50000016 && size < 50000100 ))
}

@test "invalid UTF-8 straight from cat: replaced, with a warning naming the line" {
	printf 'd\tfr\t1\t1\tRien.\nd\tfr\t2\t1\t« Caf\xe9 cr\xe8me », a dit Paul Garnier.\n' > "$BATS_TEST_TMPDIR/bad.tsv"
	run --separate-stderr bash -c "cat '$BATS_TEST_TMPDIR/bad.tsv' | quote-extract -H"
	assert_success
	assert_output "d	fr	2	1	Paul Garnier		name	a dit	direct	Caf$(printf '\xef\xbf\xbd') cr$(printf '\xef\xbf\xbd')me"
	[ "$stderr" = "quote-extract: -:2: 0 bad escapes kept, 2 invalid bytes replaced" ]
}

@test "a rule file with a bad pattern: FILE:LINE, nothing read, exit 2" {
	printf '[attribution fr]\nfr.mine after (?<cue>a grondé\n' > "$BATS_TEST_TMPDIR/bad.rules"
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr quote-extract -r bad.rules <<< "d	fr	1	1	« Oui », a dit Paul Garnier."
	assert_failure 2
	assert_output ''
	[ "$stderr" = "quote-extract: bad.rules:2: bad pattern at offset 16: missing closing parenthesis" ]
	# (?J) gives a name to 8 groups at most
	printf '[attribution fr]\nfr.mine after (?J)^(?:(?<cue>a)|(?<cue>b)|(?<cue>c)|(?<cue>d)|(?<cue>e)|(?<cue>f)|(?<cue>g)|(?<cue>h)|(?<cue>i))\n' > many.rules
	run --separate-stderr quote-extract -r many.rules < /dev/null
	assert_failure 2
	[ "$stderr" = "quote-extract: many.rules:2: more than 8 groups named cue" ]
	sed -i 's/|(?<cue>i)//' many.rules
	run --separate-stderr quote-extract -r many.rules < /dev/null
	assert_failure 1
	[ "$stderr" = "" ]
}

# A rule of -r is compiled at start.  Loaded again with -r, every built-in
# rule is compiled from its text at start: none may fail.
# The built-in rules' codes come from the build (build-aux/pack-rules.c);
# with a file of -r, which may change their lists, from their text.
@test "the rules compiled at build time give what their text gives (any -r file: the text)" {
	cd "$BATS_TEST_TMPDIR"
	: > empty.rules
	decode "$EXAMPLES"/*.txt | segment > in.tsv
	run --separate-stderr quote-extract in.tsv
	assert_success
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -gt 4000 ]
	packed=$output
	run --separate-stderr quote-extract -r empty.rules in.tsv
	assert_success
	[ "$stderr" = "" ]
	[ "$output" = "$packed" ]
}

@test "every built-in rule compiles (read again with -r); a bad one is told at start" {
	cd "$BATS_TEST_TMPDIR"
	builtin_rules attribution attribution
	run --separate-stderr quote-extract -r en.rules -r fr.rules < /dev/null
	assert_failure 1
	assert_output ''
	[ "$stderr" = "" ]
	# (a parenthesis more in the French rule of an inverted pronoun:
	# told before any record is read)
	n=$(grep -n "^fr.end.pron	" fr.rules | cut -d: -f1)
	sed -i "${n}s/(?J)/(?J)(/" fr.rules
	run --separate-stderr quote-extract -r fr.rules <<< "d	en	1	1	\"Yes,\" said Paul Garnier."
	assert_failure 2
	assert_output ''
	[[ "$stderr" =~ ^"quote-extract: fr.rules:$n: bad pattern at offset "[0-9]+": missing closing parenthesis"$ ]]
}

@test "rule files with a bad where, a verb alone, no language, or missing" {
	cd "$BATS_TEST_TMPDIR"
	printf '[attribution fr]\nfr.mine nowhere foo\n' > where.rules
	run --separate-stderr quote-extract -r where.rules < /dev/null
	assert_failure 2
	[ "$stderr" = "quote-extract: where.rules:2: where must be after, before, inside, indirect, name, mention or next" ]
	printf '# one word\n\n[verbs fr]\ngronder\n' > verb.rules
	run --separate-stderr quote-extract -r verb.rules < /dev/null
	assert_failure 2
	[ "$stderr" = "quote-extract: verb.rules:4: a verb needs its infinitive and its forms" ]
	printf '[attribution]\nx after said\n' > nolang.rules
	run --separate-stderr quote-extract -r nolang.rules < /dev/null
	assert_failure 2
	[ "$stderr" = "quote-extract: nolang.rules:2: quote-extract rules need a language: [attribution fr]" ]
	run --separate-stderr quote-extract -r missing.rules < /dev/null
	assert_failure 2
	[ "$stderr" = "quote-extract: missing.rules: No such file or directory" ]
}

@test "a rule's if= words: the rule is tried only on a text that holds one" {
	cd "$BATS_TEST_TMPDIR"
	printf 'd\tfr\t1\t1\tPaul Roux grogne : « Non. »\n' > in.tsv
	printf '[attribution fr]\nfr.grogne before if=tonne|grogne (?<speaker>\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+)\\s+(?<cue>grogne)\\s*:\\s*$\n' > yes.rules
	run --separate-stderr quote-extract -H -r yes.rules in.tsv
	assert_success
	assert_output "d	fr	1	1	Paul Roux		name	grogne	direct	Non."
	sed 's/if=tonne|grogne/if=tonne/' yes.rules > no.rules
	run --separate-stderr quote-extract -H -r no.rules in.tsv
	assert_success
	assert_output "d	fr	1	1	Paul Roux		subject		direct	Non."
	# ^word: the text opens with it
	sed 's/if=tonne|grogne/if=^Paul/' yes.rules > start.rules
	run --separate-stderr quote-extract -H -r start.rules in.tsv
	assert_output "d	fr	1	1	Paul Roux		name	grogne	direct	Non."
	sed 's/if=tonne|grogne/if=^Roux/' yes.rules > start.rules
	run --separate-stderr quote-extract -H -r start.rules in.tsv
	assert_output "d	fr	1	1	Paul Roux		subject		direct	Non."
	for bad in 'if=' 'if=a||b' 'if=|a' 'if=a|^' 'if=^|a'; do
		sed "s/if=tonne|grogne/$bad/" yes.rules > bad.rules
		run --separate-stderr quote-extract -r bad.rules in.tsv
		assert_failure 2
		[ "$stderr" = "quote-extract: bad.rules:2: if= needs words separated by |" ]
	done
}

@test "an unreadable file among readable ones: warned, the others done, exit 2" {
	cd "$BATS_TEST_TMPDIR"
	printf 'a\tfr\t1\t1\t« Oui », a dit Paul Garnier.\n' > a.tsv
	printf 'b\tfr\t1\t1\t« Non », a dit Anne Roussel.\n' > b.tsv
	mkdir adir
	run --separate-stderr quote-extract -H a.tsv adir missing.tsv b.tsv
	assert_failure 2
	assert_output "a	fr	1	1	Paul Garnier		name	a dit	direct	Oui
b	fr	1	1	Anne Roussel		name	a dit	direct	Non"
	[ "$stderr" = "quote-extract: adir: Is a directory
quote-extract: missing.tsv: No such file or directory" ]
}

# --- golden files: our own articles, reviewed line by line ---

@test "segment | quote-extract on a French article of our own gives its golden output" {
	cd "$DATA/quote-extract"
	run --separate-stderr bash -c "segment fr-conseil.txt | quote-extract"
	assert_success
	assert_output "$(cat fr-conseil.out)"
	[ "$stderr" = "" ]
}

@test "segment | quote-extract on an English article of our own gives its golden output" {
	cd "$DATA/quote-extract"
	run --separate-stderr bash -c "segment en-council.txt | quote-extract"
	assert_success
	assert_output "$(cat en-council.out)"
	[ "$stderr" = "" ]
}

# --- speakers: the cases of issue 4 ---

@test "French: a portfolio ends the role before a full name" {
	run --separate-stderr qx d fr \
	    "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur Paul Garnier." \
	    "« Jamais », a dit la ministre des Sports Claire Vasseur." \
	    "« Non », a dit le président de la Banque de France."
	assert_success
	assert_output "d	fr	1	1	Paul Garnier	le ministre de l'Intérieur	name	a déclaré	direct	Nous ne céderons pas
d	fr	2	1	Claire Vasseur	la ministre des Sports	name	a dit	direct	Jamais
d	fr	3	1	le président de la Banque de France		description	a dit	direct	Non"
	[ "$stderr" = "" ]
}

@test "English: a clause before 'Helen Marsh said' is not her role" {
	run --separate-stderr qx d en \
	    '"We will not back down," Helen Marsh said.' \
	    'After a night of talks in Brussels, the deal was off, Helen Marsh said.' \
	    'In the end, the offer was rejected, Helen Marsh said.'
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	said	direct	We will not back down
d	en	2	1	Helen Marsh		name	said	indirect	After a night of talks in Brussels, the deal was off
d	en	3	1	Helen Marsh		name	said	indirect	In the end, the offer was rejected"
}

@test "reported speech whose source ends the sentence: selon X, according to X" {
	run --separate-stderr qx d fr 'Les discussions ont échoué mardi, selon un haut responsable.'
	assert_success
	assert_output "d	fr	1	1	un haut responsable		description	selon	indirect	Les discussions ont échoué mardi"
	run --separate-stderr qx d en \
	    'The talks collapsed on Tuesday, according to a senior official.' \
	    '“Nobody wants this,” the official said.'
	assert_success
	assert_output "d	en	1	1	a senior official		description	according to	indirect	The talks collapsed on Tuesday
d	en	2	1	a senior official		anaphor	said	direct	Nobody wants this"
}

@test "a pronoun after the quotation stands for the subject before it" {
	run --separate-stderr qx d fr 'Paul Garnier a déclaré : « Nous irons jusqu’au bout », a-t-il conclu.'
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a déclaré	direct	Nous irons jusqu’au bout"
	run --separate-stderr qx d en 'Helen Marsh told reporters: "We will not back down," she added.'
	assert_success
	assert_output "d	en	1	1	Helen Marsh		name	told	direct	We will not back down"
}

@test "the unclosed-mark warning names the file where the mark was opened" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' 'Paul Garnier a déclaré : « Nous irons jusqu’au bout.' > a.txt
	printf '%s\n' '« Non », a dit Marc Delorme.' > b.txt
	run --separate-stderr quote-extract -H -l fr a.txt b.txt
	assert_success
	assert_output "a.txt	fr	1	1	Paul Garnier		name	a déclaré	direct	Nous irons jusqu’au bout.
b.txt	fr	1	1	Marc Delorme		name	a dit	direct	Non"
	[ "$stderr" = "quote-extract: a.txt:1: unclosed quotation mark: the quotation ends with paragraph 1" ]
}

@test "a paragraph of undetermined language takes the one whose cues it holds" {
	run_split "printf '%s\n' '“Never,” Marsh said.' 'The party celebrated late into the night in the capital, and the winner thanked her voters.' | segment | quote-extract -H"
	assert_success
	assert_output "-	en	1	1	Marsh		name	said	direct	Never"
	run_split "printf '%s\n' '« Jamais », lance Garnier.' | quote-extract -H"
	assert_output "-	fr	1	1	Garnier		name	lance	direct	Jamais"
	run_split "printf '%s\n' '“Never”' | quote-extract -H"
	assert_output "-	und	1	1					direct	Never"
}

@test "English: a relative clause or an object between the speaker and the quotation" {
	run --separate-stderr qx d en \
	    '"This is what happens when people stop being afraid," Okoye told cheering supporters at a union hall on the east side.' \
	    'But a former Rovers employee, who asked not to be named, said senior staff had been told to keep the payment "off the books."' \
	    '"Everyone knew," the former employee said.' \
	    'Leah Dunbar, whose son died in 2021, said the report was the first time anyone had listened.'
	assert_success
	assert_output "d	en	1	1	Okoye		name	told	direct	This is what happens when people stop being afraid
d	en	2	1	a former Rovers employee		description	said	partial	off the books.
d	en	3	1	a former Rovers employee		anaphor	said	direct	Everyone knew
d	en	4	1	Leah Dunbar		name	said	indirect	the report was the first time anyone had listened"
}

@test "English: said X, the Y of Z; according to a statement from X; X's spokesperson" {
	run --separate-stderr qx d en \
	    '"We hold," said Tom Reed, the head of the Port Authority.' \
	    'According to a statement from the developer, Ashgrove Living, a third of the homes will be sold below market rates.' \
	    'Okonjo’s spokesperson said the mayor would meet residents.' \
	    'Okonjo’s spokesperson, Ben Carraway, said the mayor would meet residents.'
	assert_success
	assert_output "d	en	1	1	Tom Reed	the head of the Port Authority	name	said	direct	We hold
d	en	2	1	Ashgrove Living	the developer	name	According to	indirect	a third of the homes will be sold below market rates
d	en	3	1	Okonjo’s spokesperson		description	said	indirect	the mayor would meet residents
d	en	4	1	Ben Carraway	Okonjo’s spokesperson	name	said	indirect	the mayor would meet residents"
}

@test "a pronoun resolves to the name that began a sentence, and learns its gender" {
	run --separate-stderr qx d en \
	    'Mayor Douglas Fairweather and Adaeze Okoye met on Monday.' \
	    '“We won,” Okoye said.' \
	    'Fairweather, who has led the city since 2016, refused to concede. “Every vote must be counted,” he said.' \
	    'The mayor’s chief of staff, Ruth Abernathy, left the room. “No comment,” she said.' \
	    '“We will win the recount,” he said.'
	assert_success
	assert_output "d	en	2	1	Adaeze Okoye		name	said	direct	We won
d	en	3	2	Douglas Fairweather		pronoun	said	direct	Every vote must be counted
d	en	4	2	Ruth Abernathy	The mayor’s chief of staff	pronoun	said	direct	No comment
d	en	5	1	Douglas Fairweather		pronoun	said	direct	We will win the recount"
}

@test "an anaphor stands for an equivalent role or name: the minister, the company" {
	run --separate-stderr qx d en \
	    'Health Secretary Priya Chandran told MPs that the findings were "harrowing." The minister said every trust would review its services.' \
	    'Kelvin Terminals Ltd. raised its offer on Monday.' \
	    '“We want a deal,” the company said.'
	assert_success
	assert_output "d	en	1	1	Priya Chandran	Health Secretary	name	told	mixed	harrowing.
d	en	1	2	Priya Chandran	Health Secretary	anaphor	said	indirect	every trust would review its services
d	en	3	1	Kelvin Terminals Ltd.		anaphor	said	direct	We want a deal"
}

@test "French anaphors for an equivalent role: le médecin, le syndicaliste" {
	run --separate-stderr qx d fr \
	    "« Le service tient à peine », a déclaré le docteur Anne Lozac’h. Le médecin a dénoncé un « abandon »." \
	    "La déléguée syndicale Maëlle Rivoal a pris la parole. Le syndicaliste a affirmé : « Nous ne lâcherons rien. »"
	assert_success
	run cut -f3-9 <<< "$output"
	assert_output "1	1	Anne Lozac’h	le docteur	name	a déclaré	direct
1	2	Anne Lozac’h	le docteur	anaphor	a dénoncé	partial
2	2	Maëlle Rivoal	La déléguée syndicale	anaphor	a affirmé	direct"
}

@test "French anaphors: le PDG is no name, le délégué syndical's noun is its head" {
	run --separate-stderr qx d fr \
	    "Le PDG de la société, Arnaud Kerjean, a défendu un choix « inévitable ». Le PDG a promis des « efforts »." \
	    "Le délégué CFDT de l’usine, Bruno Ménard, a pris la parole. Le délégué syndical a assuré que la grève continuerait."
	assert_success
	run cut -f3-9 <<< "$output"
	assert_output "1	1	Arnaud Kerjean	Le PDG de la société	name	a défendu	partial
1	2	Arnaud Kerjean	Le PDG de la société	anaphor	a promis	partial
2	2	Bruno Ménard	Le délégué CFDT de l’usine	anaphor	a assuré	indirect"
}

@test "French: a role before a name set off by commas, when no apposition follows it" {
	run --separate-stderr qx d fr \
	    "La maire de Plouvenec, Odile Tanguy, a été prévenue la veille. La maire a dénoncé un « mépris »."
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "Odile Tanguy	La maire de Plouvenec	anaphor	a dénoncé	partial	mépris"
	# a clause before a name in a list is no role
	run --separate-stderr qx d fr \
	    "Le juge a cité les dossiers Norvex, Paul Marin, Delta SA et Orbis. « Je suis innocent », a déclaré Marin."
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "Paul Marin		name	a déclaré	direct	Je suis innocent"
}

@test "French: évoquer is a cue; a reflexive verb after the quotation, « … ! » s’indigne X" {
	run --separate-stderr qx d fr \
	    "Le groupe Norvalis évoque des « pertes records »." \
	    "« On nous a trahis ! » s’indigne Lucien Pasquier, 58 ans."
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "Le groupe Norvalis		name	évoque	partial	pertes records
Lucien Pasquier		name	s’indigne	direct	On nous a trahis !"
}

@test "French: the reported clause after « selon X, » is not X's role" {
	run --separate-stderr qx d fr \
	    "Selon l’analyste, une vingtaine de magasins pourraient fermer, faute de clients." \
	    "Selon la ministre de la Culture, Julie Marchal, le musée rouvrira en mai."
	assert_success
	run cut -f5-9 <<< "$output"
	assert_output "l’analyste		description	Selon	indirect
Julie Marchal	la ministre de la Culture	name	Selon	indirect"
}

@test "French: a determiner before the quotation makes it partial, « a dénoncé un «…» »" {
	run --separate-stderr qx d fr "Hélène Cariou a dénoncé un « abandon »." \
	    "Hélène Cariou a déclaré : « Nous partons. »"
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "Hélène Cariou		name	a dénoncé	partial	abandon
Hélène Cariou		name	a déclaré	direct	Nous partons."
}

@test "French: « à en croire X, «…» »; a reported clause that ends with a place, a indiqué X" {
	run --separate-stderr qx d fr \
	    "À en croire Maxime Ollier, « les ventes reculeront encore »." \
	    "Un bureau d’accueil ouvrira lundi à la mairie de Saint-Brieuc, a indiqué la préfecture."
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "Maxime Ollier		name	À en croire	direct	les ventes reculeront encore
la préfecture		description	a indiqué	indirect	Un bureau d’accueil ouvrira lundi à la mairie de Saint-Brieuc"
}

@test "French: a clause of the quotation after a comma is no attribution inside it" {
	run --separate-stderr qx d fr \
	    "Le syndicaliste Hugo Perrot a affirmé : « Nous avons alerté la direction, écrit au ministère, manifesté devant la préfecture. »"
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "Hugo Perrot	Le syndicaliste	name	a affirmé	direct	Nous avons alerté la direction, écrit au ministère, manifesté devant la préfecture."
}

@test "French: a role before a name over its complement; a place and a parenthesis before a name" {
	run --separate-stderr qx d fr \
	    "Mardi, l’ancienne ministre de la Santé Odile Mercadal a été entendue par les juges." \
	    "« Je n’ai rien su », a affirmé l’ancienne ministre." \
	    "« C’est faux », a répliqué le député (centriste) de la Sarthe Yves Palmade."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "2	Odile Mercadal	l’ancienne ministre de la Santé	anaphor	a affirmé	direct	Je n’ai rien su
3	Yves Palmade	le député (centriste) de la Sarthe	name	a répliqué	direct	C’est faux"
}

@test "French: a verb form after a determiner is a noun; avait-elle; an opening adverbial; Le in a name" {
	run --separate-stderr qx d fr \
	    "Interrogé sur cette note, le directeur a dit n’en avoir « aucun souvenir »." \
	    "Entendue la veille, Anne Quéré, directrice de l’agence, avait livré sa version. « Tout était prévu », avait-elle affirmé." \
	    "Sophie Le Guen, déléguée du comité, juge que le plan est prêt. « Nous attendons », a-t-elle ajouté."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	le directeur		unresolved	a dit	partial	aucun souvenir
2	Anne Quéré	directrice de l’agence	pronoun	avait-elle affirmé	direct	Tout était prévu
3	Sophie Le Guen	déléguée du comité	name	juge	indirect	le plan est prêt
3	Sophie Le Guen	déléguée du comité	pronoun	a-t-elle ajouté	direct	Nous attendons"
}

@test "French: titles without determiner; an age or a relative clause is no role; le ministère is no person" {
	run --separate-stderr qx d fr \
	    "« Nous irons au bout », a déclaré Hervé Le Bris, porte-parole du collectif." \
	    "Léa Brélivet, 34 ans, qui tient un café sur le port, a dénoncé « un mépris total »." \
	    "Rose Tanguy, directrice du numérique du ministère, a parlé hier." \
	    "Le chantier sera relancé en mars, a fait savoir le ministère."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	Hervé Le Bris	porte-parole du collectif	name	a déclaré	direct	Nous irons au bout
2	Léa Brélivet		name	a dénoncé	partial	un mépris total
4	le ministère		description	a fait savoir	indirect	Le chantier sera relancé en mars"
}

@test "French: a fragment after projet; a fragment without cue; a [nearby] anaphor, a title never guessed" {
	run --separate-stderr qx d fr \
	    "Les documents, qui concernent le projet « Rivage », ont fuité. Paul Guivarc’h voit dans le tracé un projet « exemplaire »." \
	    "« Personne ne nous écoute ! » s’insurge sa présidente, Gaëlle Nédélec. Pour la militante, le tracé « ignore les dauphins »." \
	    "« Pas si vite », a lancé le maire."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	Paul Guivarc’h		subject		partial	exemplaire
2	Gaëlle Nédélec	sa présidente	name	s’insurge	direct	Personne ne nous écoute !
2	Gaëlle Nédélec	sa présidente	anaphor	Pour	partial	ignore les dauphins
3	le maire		unresolved	a lancé	direct	Pas si vite"
}

@test "French: the noun after the determiner as head; élu for maire; a name that a pronoun stood for, then [nearby]" {
	run --separate-stderr qx d fr \
	    "« Nous ne lâcherons rien », a déclaré Lise Marty, présidente de l’Union des familles du Lot." \
	    "La responsable associative a promis une « mobilisation totale »." \
	    "« Le village va mourir », regrette Paul Vidal, maire de Bessac." \
	    "L’élu a écrit au préfet. « Nous attendons une réponse », a-t-il ajouté." \
	    "Claire Mazet enseigne depuis vingt ans à Bessac. « Ici, chacun avance à son rythme », explique-t-elle." \
	    "L’enseignante affirme que ses élèves devront prendre le car."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	Lise Marty	présidente de l’Union des familles du Lot	name	a déclaré	direct	Nous ne lâcherons rien
2	Lise Marty	présidente de l’Union des familles du Lot	anaphor	a promis	partial	mobilisation totale
3	Paul Vidal	maire de Bessac	name	regrette	direct	Le village va mourir
4	Paul Vidal	maire de Bessac	pronoun	a-t-il ajouté	direct	Nous attendons une réponse
5	Claire Mazet		pronoun	explique-t-elle	direct	Ici, chacun avance à son rythme
6	Claire Mazet	L’enseignante	anaphor	affirme	indirect	ses élèves devront prendre le car"
}

@test "French: celui-ci is a pronoun; nuancer is a cue" {
	run --separate-stderr qx d fr \
	    "La réforme entrera en vigueur en mai, a indiqué le rectorat. Celui-ci précise que trois postes seront créés." \
	    "« C’est un drame », estime Marc Aubin, sociologue à Limoges." \
	    "Le sociologue se garde toutefois de tout fatalisme. Il nuance : « Rien n’est joué. »"
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	le rectorat		description	a indiqué	indirect	La réforme entrera en vigueur en mai
1	le rectorat		pronoun	précise	indirect	trois postes seront créés
2	Marc Aubin	sociologue à Limoges	name	estime	direct	C’est un drame
3	Marc Aubin	sociologue à Limoges	pronoun	nuance	direct	Rien n’est joué."
}

@test "French: concéder is a cue; a [nearby] anaphor after a name that began the sentence before" {
	run --separate-stderr qx d fr \
	    "Olivier Ramel, qui a dirigé le chantier, s’est montré plus nuancé. « J’ai sous-estimé la tâche », a concédé le haut fonctionnaire."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	Olivier Ramel	le haut fonctionnaire	anaphor	a concédé	direct	J’ai sous-estimé la tâche"
}

@test "English: more speech verbs, cautioned and lamented" {
	run --separate-stderr qx d en "“It will pass,” cautioned Amy Holt." \
	    "The mayor lamented that “nobody listened.”"
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	Amy Holt		name	cautioned	direct	It will pass
2	The mayor		unresolved	lamented	partial	nobody listened."
}

@test "French: a role after a preposition before a name; a subject after a participle; a carried quotation is one turn" {
	run --separate-stderr qx d fr \
	    "Le public assistait au procès de la société Valdor et de son ancien directeur d’usine, Marc Ferrand, 58 ans." \
	    "« J’ai alerté le siège », a assuré l’ancien directeur." \
	    "Appelé à la barre, le toxicologue Paul Mérel, praticien au CHU, a présenté ses analyses. D’après l’expert, trois puits restent pollués." \
	    "Roland Brun, 67 ans, président du club de pêche, a raconté : « Le matin, l’eau était blanche." \
	    "« Les truites flottaient le ventre en l’air. »" \
	    "Selon le pêcheur, la rivière n’a pas retrouvé sa faune." \
	    "Sur le parvis, Aline Morel, mère de deux enfants, tient une banderole. « Mon fils est perdu », confie la mère de famille." \
	    "« Il n’y a rien », a plaidé Me Lucie Vernet. Pour l’avocate, le dossier est « vide »."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "2	Marc Ferrand	son ancien directeur d’usine	anaphor	a assuré	direct	J’ai alerté le siège
3	Paul Mérel	praticien au CHU	anaphor	D’après	indirect	trois puits restent pollués
4	Roland Brun	président du club de pêche	name	a raconté	direct	Le matin, l’eau était blanche. Les truites flottaient le ventre en l’air.
6	Roland Brun	président du club de pêche	anaphor	Selon	indirect	la rivière n’a pas retrouvé sa faune
7	Aline Morel	mère de deux enfants	anaphor	confie	direct	Mon fils est perdu
8	Lucie Vernet	Me	name	a plaidé	direct	Il n’y a rien
8	Lucie Vernet	Me	anaphor	Pour	partial	vide"
}

@test "English: Dr without a full stop is a title; [nearby] historian; a name after the comma says who" {
	run --separate-stderr qx d en "The branch will close in March, the council said." \
	    "“Nobody wants this,” said the council leader, Councillor Janet Pryor." \
	    "Dr Owen Pritchard, a lecturer in urban history, said that “the workers paid for it.”" \
	    "“It was theirs,” the historian said."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	the council		description	said	indirect	The branch will close in March
2	Janet Pryor	the council leader	name	said	direct	Nobody wants this
3	Owen Pritchard	a lecturer in urban history	name	said	direct	the workers paid for it.
4	Owen Pritchard	a lecturer in urban history	anaphor	said	direct	It was theirs"
}

@test "an aside between a name and its cue is no role; a title there is" {
	run --separate-stderr qx d en 'John Smith, however, said the plan was “dead on arrival.”' \
	    'Tom Reed, speaking on Monday, said “no comment.”' \
	    'Ann Lee, managing director of Brill, said “yes.”'
	assert_success
	run cut -f3,5-9 <<< "$output"
	assert_output "1	John Smith		name	said	partial
2	Tom Reed		name	said	direct
3	Ann Lee	managing director of Brill	name	said	direct"
	run --separate-stderr qx d fr 'Paul Roy, en revanche, a déclaré : « Nous sommes prêts. »' \
	    'Anne Petit, quant à elle, a affirmé : « Rien ne change. »' \
	    'Jean Dupont, interrogé par Le Monde, a dit « non ».' \
	    'Gérard Lacombe, poursuivi pour complicité, a nié « tout ».'
	assert_success
	run cut -f3,5-9 <<< "$output"
	assert_output "1	Paul Roy		name	a déclaré	direct
2	Anne Petit		name	a affirmé	direct
3	Jean Dupont		name	a dit	partial
4	Gérard Lacombe	poursuivi pour complicité	name	a nié	partial"
}

@test "English: a relative clause that quotes, \"which the club called\"" {
	run --separate-stderr qx d en "Harbury Rovers said on Monday it would appeal." \
	    "The files, which the club called “forged,” were leaked on Friday."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "2	Harbury Rovers		anaphor	called	partial	forged"
}

@test "English names: particles before an apposition, Inc., affiliations, a name before a colon" {
	run --separate-stderr qx d en \
	    'Ursula van der Meer, a senior EU trade official, said the bloc was “watching closely.”' \
	    'Veridal Payments Inc., the Dublin-based fintech company, said on Wednesday that hackers had stolen data.' \
	    'Analysts at Brookfield & Co. said the stock could fall further.' \
	    'Economists at the Institute for Open Trade said the tariffs would raise costs.' \
	    'That remark drew a response from China’s lead negotiator, Wei Jianhong: “This is an old trick.”'
	assert_success
	assert_output "d	en	1	1	Ursula van der Meer	a senior EU trade official	name	said	partial	watching closely.
d	en	2	1	Veridal Payments Inc.	the Dublin-based fintech company	anaphor	said	indirect	hackers had stolen data
d	en	3	1	Analysts at Brookfield & Co.		description	said	indirect	the stock could fall further
d	en	4	1	Economists at the Institute for Open Trade		description	said	indirect	the tariffs would raise costs
d	en	5	1	Wei Jianhong		name		direct	This is an old trick."
}

@test "English subjects: common nouns before a name, an age, 'and' alone, a verb of chanting" {
	run --separate-stderr qx d en \
	    'At the picket line, crane operator Dean Whitlow, 52, said he had worked at the port for 27 years.' \
	    'A person close to him said Mr. Voss was “furious” and had ordered an internal review.' \
	    'Climate activists outside the venue chanted “Pay up!” as delegates arrived.'
	assert_success
	assert_output "d	en	1	1	Dean Whitlow	crane operator	name	said	indirect	he had worked at the port for 27 years
d	en	2	1	A person close to him		description	said	partial	furious
d	en	3	1	Climate activists		description	chanted	partial	Pay up!"
}

@test "a subject and its verb before a colon; an acronym after the subject" {
	run --separate-stderr qx d fr \
	    'Sur Instagram, Théo Ndiaye-Marchal s’est contenté d’un message laconique : « Je respecte mon club. »' \
	    'Interrogé à la sortie de l’audience, le maire actuel, Thomas Rivière-Salbert, a refusé de commenter : « La justice fait son travail. »' \
	    'Voici le programme : « Rail 2030 ».'
	assert_success
	assert_output "d	fr	1	1	Théo Ndiaye-Marchal		name	s’est contenté	direct	Je respecte mon club.
d	fr	2	1	Thomas Rivière-Salbert	le maire actuel	name	a refusé	direct	La justice fait son travail.
d	fr	3	1					direct	Rail 2030"
	run --separate-stderr qx d en \
	    'The mayor refused to comment: “I will not apologize.”' \
	    'Britain’s Information Commissioner’s Office (ICO) said separately that it was “making enquiries” about the breach.'
	assert_success
	assert_output "d	en	1	1	The mayor		unresolved	refused	direct	I will not apologize.
d	en	2	1	Britain’s Information Commissioner’s Office		name	said	mixed	making enquiries"
}

@test "English: a title inside the capitals, an age, a name before a modal, bare plurals" {
	run --separate-stderr qx d en \
	    '“The wind turned on us,” said Fire Chief Ramona Ortiz, who has led the county’s fire service since 2018.' \
	    'Residents fled. Tomás Reyes, 64, a retired teacher who has lived there for thirty years, said he had left with “only the clothes on my back.”' \
	    'Governor Paul Whitaker declared a state of emergency. He said National Guard units would arrive by morning.' \
	    'Janet Kowalski was safe. She told the Ledger she was staying with her daughter in Marlow.' \
	    'Evacuation centres have been opened at two high schools in Marlow, officials said.'
	assert_success
	assert_output "d	en	1	1	Ramona Ortiz	Fire Chief	name	said	direct	The wind turned on us
d	en	2	2	Tomás Reyes	a retired teacher who has lived there for thirty years	name	said	partial	only the clothes on my back.
d	en	3	2	Paul Whitaker	Governor	pronoun	said	indirect	National Guard units would arrive by morning
d	en	4	2	Janet Kowalski		pronoun	told the Ledger	indirect	she was staying with her daughter in Marlow
d	en	5	1	officials		description	said	indirect	Evacuation centres have been opened at two high schools in Marlow"
}

@test "a quotation alone in its sentence, without attribution, is the previous sentence's subject" {
	run --separate-stderr qx d en \
	    'Some customers said they had received suspicious messages. Margaret Oduya, 71, from Leeds, was one of them. “I got a text. I almost clicked it.”' \
	    '“We will hold,” said Helen Marsh. Paul Garnier arrived later. “Nothing is decided.”' \
	    'Helen Marsh left the room. The meeting went on. “Nothing is decided.”'
	assert_success
	assert_output "d	en	1	1	Some customers		description	said	indirect	they had received suspicious messages
d	en	1	3	Margaret Oduya		subject		direct	I got a text. I almost clicked it.
d	en	2	1	Helen Marsh		name	said	direct	We will hold
d	en	2	3	Paul Garnier		subject		direct	Nothing is decided.
d	en	3	3					direct	Nothing is decided."
}

@test "French: a reflexive verb is no cue, a coordination is no subject" {
	run --separate-stderr qx d fr 'La grève se poursuit, et la direction a annoncé que seuls deux trains sur cinq circuleraient.'
	assert_success
	assert_output "d	fr	1	1	la direction		description	a annoncé	indirect	seuls deux trains sur cinq circuleraient"
}

# --- evaluation ---

# Prints "lang name value" for each figure of eval-quotes.sh.
eval_quotes_figures() {
	awk '
	/^== / { lang = $2; next }
	/^(direct|indirect) +overlap>=(30|80)% +gold +[0-9]+ +system +[0-9]+ +matched +[0-9]+ +P +[0-9.]+ +R +[0-9.]+ +F1 +[0-9.]+$/ {
		print lang, $1 substr($2, 10, 2), $NF; next }
	/^speaker +correct on [0-9]+ of [0-9]+ matched quotations: [0-9.]+%$/ {
		v = $NF; sub(/%/, "", v); print lang, "speaker", v; next }
	/^kind +direct or partial as the gold on [0-9]+ of [0-9]+ matched: [0-9.]+%$/ {
		v = $NF; sub(/%/, "", v); print lang, "kind", v; next }
	{ print "unexpected line: " $0; bad = 1 }
	END { exit bad }'
}

@test "French: pester and s’agacer-t-elle; a pronoun cut from its clause; l’élue is no maire; names in the order met" {
	run --separate-stderr qx d fr \
	    "« Les délais ne sont pas tenus », peste Clara Fenouil, 52 ans, libraire. « Personne ne nous répond. »" \
	    "La libraire a dû fermer deux jours. Elle a écrit au préfet et dit ne pas comprendre « pourquoi rien ne bouge »." \
	    "Le maire (divers droite) de Lanvel, Hugues Perrin, défend un chantier « nécessaire ». Un choix que conteste la conseillère d’opposition Agathe Morvan. « Nous l’avions dit », rappelle l’élue." \
	    "Une réunion que Clara Fenouil juge tardive. « On verra bien », s’agace-t-elle."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Clara Fenouil	libraire	name	peste	direct	Les délais ne sont pas tenus
1	2	Clara Fenouil	libraire	adjacent		direct	Personne ne nous répond.
2	2	Clara Fenouil	libraire	pronoun	a écrit	partial	pourquoi rien ne bouge
3	1	Hugues Perrin	Le maire (divers droite) de Lanvel	name	défend	partial	nécessaire
3	3	Agathe Morvan	la conseillère d’opposition	anaphor	rappelle	direct	Nous l’avions dit
4	2	Clara Fenouil	libraire	pronoun	s’agace-t-elle	direct	On verra bien"
	# a clause before a role is not the role; a name further on in
	# the paragraph is not the one "ce dernier" stands for
	run --separate-stderr qx e fr \
	    "Une réforme qui inquiète la sénatrice (écologiste) du Var, Inès Caradec. « C’est trop tôt », a réagi l’élue." \
	    "« Nous tiendrons », a déclaré le délégué des pêcheurs, Yann Le Dréau." \
	    "Ce dernier a accusé l’armateur de « mépris ». « Nous avons tout proposé », a répondu la directrice de l’armement, Sophie Lannuzel."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Inès Caradec	la sénatrice (écologiste) du Var	anaphor	a réagi	direct	C’est trop tôt
2	1	Yann Le Dréau	le délégué des pêcheurs	name	a déclaré	direct	Nous tiendrons
3	1	Yann Le Dréau	le délégué des pêcheurs	anaphor	a accusé	partial	mépris
3	2	Sophie Lannuzel	la directrice de l’armement	name	a répondu	direct	Nous avons tout proposé"
}

@test "French: l’édile, le dirigeant; an affiliation after a name; a street before the subject; a title after the name over a place before it" {
	run --separate-stderr qx d fr \
	    "Le maire de Lanvel, Hugues Perrin, a promis un parking. L’édile a annoncé que les travaux commenceraient en mars." \
	    "Son adjoint, Marc Tellier (divers droite), a fait savoir que le budget serait voté." \
	    "Le manager de l’équipe, Loïc Bernier, a lu une déclaration. Le dirigeant a reconnu que l’équipe avait été prévenue." \
	    "Rue des Forges, à deux pas de la gare, Alice Moreau, 61 ans, couturière, tient boutique depuis 1990. « Je reste, assure-t-elle, quoi qu’il arrive. »"
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Hugues Perrin	Le maire de Lanvel	anaphor	a annoncé	indirect	les travaux commenceraient en mars
2	1	Marc Tellier	Son adjoint	name	a fait savoir	indirect	le budget serait voté
3	2	Loïc Bernier	Le manager de l’équipe	anaphor	a reconnu	indirect	l’équipe avait été prévenue
4	2	Alice Moreau	couturière	pronoun	assure-t-elle	direct	Je reste … quoi qu’il arrive."
}

@test "French: on is no one named, the place after it speaks; au is le; a group's name after a comma; an organisation's noun is part of its name" {
	run --separate-stderr qx d fr \
	    "Paul Roy est venu. « Rien ne bouge », ajoute-t-on à la préfecture." \
	    "« Le calendrier tient », fait-on savoir dans l’entourage de la ministre, Claire Dumas." \
	    "« Nous enquêtons », a-t-on indiqué auprès du parquet de Lyon." \
	    "Au ministère de l’Intérieur, on assure suivre le dossier « de près ». On y assure aussi que rien n’est décidé." \
	    "Du côté de Valmont Métropole, maître d’ouvrage du projet, on assure que le calendrier n’est pas remis en cause." \
	    "« Personne n’a été prévenu », dit-on." \
	    "Dans un communiqué, le groupement Tramvia, qui réunit les entreprises du chantier, affirme que les équipes travaillent le samedi."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	la préfecture		description	ajoute-t-on	direct	Rien ne bouge
2	1	l’entourage de la ministre		description	fait-on savoir	direct	Le calendrier tient
3	1	le parquet de Lyon		description	a-t-on indiqué	direct	Nous enquêtons
4	1	le ministère de l’Intérieur		description	assure	partial	de près
4	2	On		unresolved	assure	indirect	rien n’est décidé
5	1	Valmont Métropole	maître d’ouvrage du projet	name	assure	indirect	le calendrier n’est pas remis en cause
6	1	on		unresolved	dit-on	direct	Personne n’a été prévenu
7	1	le groupement Tramvia		name	affirme	indirect	les équipes travaillent le samedi"
}

@test "French: « Pour X, clause » and « À en croire X, clause » when X is a person; not « Pour la première fois »" {
	run --separate-stderr qx d fr \
	    "Pour Étienne Rouquette, ingénieur et enseignant à Tours, la situation de Valmont n’a rien d’exceptionnel." \
	    "À en croire Philippe de Saint-Aubin, la rue Nationale rouvrira avant le 15 décembre." \
	    "Pour l’avocate des riverains, Me Yasmina Kaddour, la société a fait passer la rentabilité avant tout." \
	    "Pour la première fois, les équipes doivent se doter d’un suivi." \
	    "Pour Paris, la décision est prise." \
	    "Pour elle, le compte n’y est pas."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Étienne Rouquette	ingénieur et enseignant à Tours	name	Pour	indirect	la situation de Valmont n’a rien d’exceptionnel
2	1	Philippe de Saint-Aubin		name	À en croire	indirect	la rue Nationale rouvrira avant le 15 décembre
3	1	Yasmina Kaddour	l’avocate des riverains	name	Pour	indirect	la société a fait passer la rentabilité avant tout
6	1	Yasmina Kaddour	l’avocate des riverains	pronoun	Pour	indirect	le compte n’y est pas"
}

@test "an acronym after a name in parentheses stands for that name, and so does its noun" {
	run --separate-stderr qx d fr \
	    "Du côté de l’Agence française de lutte contre le dopage (AFLD), on se refuse à tout commentaire. L’analyse « sera réalisée dans les délais », précise l’agence. La procédure restera confidentielle, a indiqué l’AFLD." \
	    "La présidente de la Fédération française de cyclisme (FFC), Hélène de La Tour, a réagi. La FFC a annoncé que les contrôles seraient renforcés."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	l’Agence française de lutte contre le dopage		anaphor	précise	partial	sera réalisée dans les délais
1	3	l’Agence française de lutte contre le dopage		name	a indiqué	indirect	La procédure restera confidentielle
2	2	la Fédération française de cyclisme		name	a annoncé	indirect	les contrôles seraient renforcés"
	run --separate-stderr qx e en \
	    "The Port Workers Federation (PWF) rejected the offer. \"We will not sign,\" the PWF said."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	The Port Workers Federation		name	said	direct	We will not sign"
}

@test "an institution's name holds and or et ([joiners]) when it ends with a word of [institutions]" {
	run --separate-stderr qx d en \
	    "The Library and Cultural Workers’ Union said it had not been consulted."
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "The Library and Cultural Workers’ Union		name	said	indirect	it had not been consulted"
}

@test "the former and the latter of two people named; a surname met again makes its speaker the latest, after the sentence's own speaker" {
	run --separate-stderr qx d en \
	    "“We will appeal,” said Councillor Anna Berwick." \
	    "“The plan stands,” said Councillor Rhys Maddox." \
	    "“It is a good day,” said the mayor, Tom Ellery." \
	    "Asked about the vote, Berwick and Maddox disagreed. The former said the vote was unlawful. The latter told reporters: “It is final.”"
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Anna Berwick	Councillor	name	said	direct	We will appeal
2	1	Rhys Maddox	Councillor	name	said	direct	The plan stands
3	1	Tom Ellery	the mayor	name	said	direct	It is a good day
4	2	Anna Berwick	Councillor	anaphor	said	indirect	the vote was unlawful
4	3	Rhys Maddox	Councillor	anaphor	told	direct	It is final."
	run --separate-stderr qx e fr \
	    "« Nous ferons appel », a déclaré l’avocat Paul Garnier." \
	    "« Le dossier est vide », a dit M. Louis Fabre." \
	    "La décision de Garnier a surpris. « Rien n’est joué », a-t-il ajouté." \
	    "M. Fabre a précisé que Garnier serait entendu lundi. « Nous attendrons », a-t-il conclu."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Paul Garnier	l’avocat	name	a déclaré	direct	Nous ferons appel
2	1	Louis Fabre	M	name	a dit	direct	Le dossier est vide
3	2	Paul Garnier	l’avocat	pronoun	a-t-il ajouté	direct	Rien n’est joué
4	1	Louis Fabre	M	name	a précisé	indirect	Garnier serait entendu lundi
4	2	Louis Fabre	M	pronoun	a-t-il conclu	direct	Nous attendrons"
}

@test "French: celle qui; le praticien, la parlementaire, l’organisation, le communiqué; cette mère de famille; ce dernier of the name met last; a title before a name that a verb follows; aux yeux de" {
	run --separate-stderr qx d fr \
	    "« Rien ne va », déplore la sage-femme Léa Moal, 41 ans. Celle qui travaille ici depuis dix ans dénonce une décision « brutale »." \
	    "Le chef du service de chirurgie, le docteur Yves Kerlann, ne cache pas sa colère. Le praticien a affirmé : « Nous sommes à bout. »" \
	    "Pour le chef de service, la fermeture n’est qu’une étape. Hélène Roussel doit recevoir jeudi les grévistes et le docteur Kerlann. « Je suis prêt à discuter », assure ce dernier." \
	    "Inès Caradec, 29 ans, a accouché ici en mars. « J’ai eu de la chance », confie cette mère de famille. Aux yeux de la jeune mère, la maternité doit rester ouverte." \
	    "La députée de la circonscription, Anne Duval, a écrit au ministre. D’après la parlementaire, « aucune étude » n’a été menée." \
	    "Le Syndicat national des infirmiers (SNI) soutient les grévistes. Dans un communiqué, l’organisation dénonce une « fermeture déguisée ». « Nous serons là », précise le communiqué."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Léa Moal	la sage-femme	name	déplore	direct	Rien ne va
1	2	Léa Moal	la sage-femme	pronoun	dénonce	partial	brutale
2	2	Yves Kerlann	Le chef du service de chirurgie, le docteur	anaphor	a affirmé	direct	Nous sommes à bout.
3	1	Yves Kerlann	Le chef du service de chirurgie, le docteur	anaphor	Pour	indirect	la fermeture n’est qu’une étape
3	3	Yves Kerlann	Le chef du service de chirurgie, le docteur	anaphor	assure	direct	Je suis prêt à discuter
4	2	Inès Caradec	cette mère de famille	anaphor	confie	direct	J’ai eu de la chance
4	3	Inès Caradec	cette mère de famille	anaphor	Aux yeux de	indirect	la maternité doit rester ouverte
5	2	Anne Duval	La députée de la circonscription	anaphor	D’après	partial	aucune étude
6	2	Le Syndicat national des infirmiers		anaphor	dénonce	partial	fermeture déguisée
6	3	Le Syndicat national des infirmiers		anaphor	précise	direct	Nous serons là"
}

@test "English: a quotation interrupted by its attribution across two sentences, or within one, is one record" {
	run --separate-stderr qx d en \
	    "“We will go on,” she said. “Nobody will stop us.”" \
	    "“The plan is dead,” said Tom Ellery, laughing. “Maybe it will come back. I doubt it.”" \
	    "“Once it is gone,” he said, “there is no going back.”" \
	    "“We will go on”, she said. “Nobody will stop us.”" \
	    "“We will go on,” she said, adding that the strike would last. “Nobody will stop us,” she added."
	assert_success
	run cut -f3- <<< "$output"
	# the comma inside the marks says the quotation goes on; outside
	# them, or with an attribution of its own, the next one is another
	assert_output "1	1	she		unresolved	said	direct	We will go on … Nobody will stop us.
2	1	Tom Ellery		name	said	direct	The plan is dead … Maybe it will come back. I doubt it.
3	1	Tom Ellery		pronoun	said	direct	Once it is gone … there is no going back.
4	1	she		unresolved	said	direct	We will go on
4	2	she		adjacent		direct	Nobody will stop us.
5	1	she		unresolved	said	direct	We will go on
5	1	she		unresolved	adding	indirect	the strike would last
5	2	she		unresolved	added	direct	Nobody will stop us"
}

@test "a description then a name before said; who became X as a title; it for an organisation; the company nearby; a document speaks for its author; a name with its apposition before said" {
	run --separate-stderr qx d en \
	    "“This was not an accident,” the regulator’s chief executive, Margaret Okonjo, said." \
	    "Richard Pengelly, who became Ashvale’s chief executive in January, said: “I will not hide.” The chief executive insisted that monitors had been fitted." \
	    "Ashvale Water, which supplies 1.3 million homes, accepted the findings. “We are truly sorry,” the company said in a statement. It said it would not appeal." \
	    "The Waterways Standards Agency fined the firm. The agency’s report describes the works as “chronically under-maintained”." \
	    "Tom Hartigan, the Liberal Democrat MP for Lennford, said he had written to the minister." \
	    "Derek Mottram, 71, has fished the Lenn for decades and said he had never seen it so dirty."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Margaret Okonjo	the regulator’s chief executive	name	said	direct	This was not an accident
2	1	Richard Pengelly		name	said	direct	I will not hide.
2	2	Richard Pengelly	Ashvale’s chief executive	anaphor	insisted	indirect	monitors had been fitted
3	2	Ashvale Water		anaphor	said	direct	We are truly sorry
3	3	Ashvale Water		pronoun	said	indirect	it would not appeal
4	2	Waterways Standards Agency		anaphor	describes	partial	chronically under-maintained
5	1	Tom Hartigan	the Liberal Democrat MP for Lennford	name	said	indirect	he had written to the minister
6	1	Derek Mottram		name	said	indirect	he had never seen it so dirty"
	run --separate-stderr qx e fr \
	    "L’Agence régionale de santé (ARS) a tranché. Le rapport de l’agence indique que la maternité fermera la nuit." \
	    "Le rapport du ministère qualifie la situation de « grave ». Un document de travail qualifie le projet de « fragile »."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	L’Agence régionale de santé		anaphor	indique	indirect	la maternité fermera la nuit
2	1	le ministère		description	qualifie	partial	grave
2	2	Un document de travail		description	qualifie	partial	fragile"
}

@test "English: a relative without which before a quotation, a collapse he called" {
	run --separate-stderr qx d en \
	    "Derek Mottram caught 212 trout in 2015 and four last season, a collapse he called “heartbreaking”."
	assert_success
	run cut -f5-10 <<< "$output"
	assert_output "Derek Mottram		pronoun	called	partial	heartbreaking"
}

@test "a plural pronoun stands for a speaker said to be several, in the same or the previous paragraph" {
	run --separate-stderr qx d fr \
	    "Les syndicats ont rejeté le texte. « Nous ne céderons pas », ont-ils affirmé." \
	    "Plusieurs élus ont critiqué le projet. Ils ont dénoncé un « passage en force »." \
	    "Paul Roy a parlé." \
	    "Ils ont dénoncé un « passage en force »."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Les syndicats		pronoun	ont-ils affirmé	direct	Nous ne céderons pas
2	2	Plusieurs élus		pronoun	ont dénoncé	partial	passage en force
4	1	Ils		unresolved	ont dénoncé	partial	passage en force"
}

@test "French politics: cingler, railler; a role at the end of a clause before a name; an acronym then a name; dès mardi; X, lui, assure; qu’il; an acronym cut short; de l’aveu même de; a complement that differs" {
	run --separate-stderr qx d fr \
	    "Il était minuit quand le ministre du Travail, Paul Garnier, est monté à la tribune. « Nous tiendrons », a cinglé le ministre." \
	    "« C’est un chiffre sorti d’un chapeau ! », a raillé la présidente du groupe Gauche unie (GU), Nadia Ferrand." \
	    "« Je ne voterai pas ce texte », avait prévenu dès mardi Thibault Aymar." \
	    "Un proche du président, lui, assure que le texte passera, qu’il considère comme « la clé de voûte » du mandat." \
	    "La Confédération des entreprises de France (CEF) a salué un « vote de responsabilité »." \
	    "De l’aveu même de Thibault Aymar, plusieurs collègues ont reçu des appels." \
	    "D’après son entourage, le ministre reste confiant. « Ce sera serré », concède-t-on dans l’entourage du Premier ministre."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Paul Garnier	le ministre du Travail	anaphor	a cinglé	direct	Nous tiendrons
2	1	Nadia Ferrand	la présidente du groupe Gauche unie (GU)	name	a raillé	direct	C’est un chiffre sorti d’un chapeau !
3	1	Thibault Aymar		name	avait prévenu	direct	Je ne voterai pas ce texte
4	1	Un proche du président		description	assure	mixed	la clé de voûte
5	1	La Confédération des entreprises de France		name	a salué	partial	vote de responsabilité
6	1	Thibault Aymar		name	De l’aveu même de	indirect	plusieurs collègues ont reçu des appels
7	1	son entourage		description	D’après	indirect	le ministre reste confiant
7	2	l’entourage du Premier ministre		description	concède-t-on	direct	Ce sera serré"
}

@test "bench/eval-quotes.sh prints its table, no worse than today" {
	local bin
	bin=$(dirname "$(command -v quote-extract)")
	cd "$BATS_TEST_DIRNAME/.."
	run --separate-stderr env BIN="$bin" sh bench/eval-quotes.sh
	assert_success
	[ "${#lines[@]}" -eq 14 ]
	assert_line --index 0 "== fr"
	assert_line --index 7 "== en"
	run eval_quotes_figures <<< "$output"
	assert_success
	# the figures of 27 November 2026: a regression fails here (the
	# French direct floors moved from 99.6 with that day's articles,
	# which name a newsletter in « » and interrupt quotations in two ways;
	# the French speaker floor from 93.6 and the others a little with
	# the four articles written blind in the third session of the 27th,
	# whose forms are not all read yet; French indirect up and speakers
	# from 92.1 with the three of the fourth session; the English
	# speaker floor from 96.7 with the fifth session's English article
	# written blind, read at 35 of 39 after its fixes; a review of those
	# fixes took back "le jeune homme" and report names after a comma;
	# French speakers and indirect speech with the two articles written
	# blind after those fixes, read at 42 of 47 and 37 of 42 after a
	# second review; a headline waits sixteen paragraphs for its words;
	# French speakers from 91.6 with the seven articles written blind in
	# the sixth session, two reviews of its fixes taking some back, and
	# two of the seven, fr-rugby-finances and fr-conseil-municipal, read
	# at 25 of 41 and 33 of 40 after the last fixes; French speakers
	# from 89.1 and English from 95.7 with the three French articles and
	# the English one written blind in the seventh session, read at 37
	# of 41, 28 of 40, 34 of 42 and 29 of 34 after its fixes and a
	# review of them; English indirect speech up with "said A and that
	# B" read whole, and the new article's first runs lower; English
	# speakers from 94.5 with the eighth session's English article
	# written blind, read at 32 of 40 after its fixes and their review,
	# and French up with its two French ones, read at 37 and 39 of 42;
	# then its second three, read at 34 of 39, 36 of 43 and 43 of 44
	# after their fixes: English indirect speech beside a partial quotation found,
	# and the new English article's indirect clauses not all read,
	# hence the English 80% indirect floor from 94.4; a review of those
	# fixes took back "the 44-year-old electrician", "the district",
	# "the union", "la journaliste", "la responsable", "le texte" for a
	# described speaker and reported speech before a second cue without
	# a pronoun or a complementizer, which the gold had rewarded: the
	# English speaker floor from 94.7, the French from 89.1; then its
	# third three, read after their fixes at 35 of 40, 34 of 39 and 37
	# of 43: the English speaker floor from 93.3, the French from 88.8;
	# the ninth session's first four, read after their fixes at 34 of
	# 39, 36 of 38, 36 of 40 and 31 of 35, the English one's indirect
	# clauses not all read: the English indirect floors from 95.5 and
	# 93.1; then its second four, read after their fixes at 37 of 42,
	# 38 of 43, 31 of 39 and 30 of 36: the English speaker floor from
	# 92.6; a review took back demonstratives for a name met as an
	# object or a titled person, le député of [nearby] and a title glued
	# to a name, which the gold had rewarded: the French speaker floor
	# from 88.7; the tenth session's four, read after their fixes at
	# 37 of 44, 30 of 38, 34 of 39 and 37 of 42, two of them naming a
	# work arrangement and a group in « » (the French direct floor at
	# 30% from 99.7) and their gold giving some organisations with
	# their noun or acronym ("la société X", "l’ANSM"), which the tool
	# writes as the text names them: the French speaker floor from
	# 88.5; English indirect speech up with clauses without "that";
	# then its second three, read after their fixes and a review at 29
	# of 40, 32 of 39 and 32 of 36, names in « » and a clause after
	# "tout en jugeant" not read, and "and it warned that" not split:
	# the French speaker floor from 88.4, the English from 92.0, the
	# French direct at 80% from 99.6 and indirect from 98.8; the eleventh
	# session's five blind articles, scored at 33, 37, 39, 31 of about 40
	# (French) and 27 of 37 (English) after their fixes, with reported
	# clauses not read (two clauses after one cue, a subject with a name
	# in « », "who said" after "the words of X"): the French indirect
	# floors from 98.7, the English speaker floor from 91.6, the English
	# indirect from 95.4, 96.2 and 93.3; then four more written blind,
	# at 34, 35, 37 and 30 of 38, 39, 42 and 38 after their fixes: the
	# French speaker floor to 88.1 (after the review took back
	# l’intéressé for the latest speaker when the paragraph met someone
	# else), the English to 91.0, and the others
	# to the day's figures; the thirteenth session's English article
	# written blind, read at 31 of 41 after its fixes, its title's
	# quotation in single quotes not read: the English speaker floor
	# from 91.0 and direct at 80% from 96.4; the fourteenth session's
	# two written blind, read at 41 of 43 (French) and 39 of 43
	# (English) after their fixes, the English one's "the former" of
	# two and a care assistant's place not read: the English speaker
	# floor kept at 90.8; the fifteenth session's two written blind,
	# read at 37 of 41 (French) and 36 of 42 (English) after their
	# fixes, with a reflexive cue in the present and "X va plus loin :"
	# now read: the French speaker floor from 88.1, the English from
	# 90.8; then two more written blind, read at 38 of 42 (French) and
	# 36 of 43 (English) after their fixes, with a feminine participle
	# (s’est dite) and "the diner owner" not read: the English speaker
	# floor to 90.6, the French indirect floors to 98.4; participles in
	# agreement after a reflexive: the French speaker floor from 88.6;
	# a subject after two opening adverbials: from 88.8; the kind
	# column scored from the sixteenth session, when a quotation in
	# lower case that is its cue's object became partial, and one set
	# off by a colon that opens with a capital direct: French from
	# 93.4, English from 94.6; then the sixteenth session's two
	# written blind, read at 39 of 42 (French) and 33 of 40 (English)
	# on their first run and 41 of 42 and 39 of 42 after their fixes:
	# the speaker floors from 88.9 and 90.6, the English kind floor to
	# 97.8 for a headline's “…”: that its gold writes partial; the
	# seventeenth session bundled four more written blind (two of them
	# held out in the sixteenth), with le syndicat, l’association and
	# La CCI for the organisations named before, and a lower-case
	# quotation after a complementizer partial, as 52 of the 71 such
	# French gold quotations are: the speaker floors from 89.1 and
	# 90.8, the kind floors from 98.1 and 97.8; "selon elle," after a
	# colon, read as reported speech, gives one more quotation whose
	# "elle" goes to the prefecture: French 89.3; two more written
	# blind, read at 40 of 43 and 34 of 39 on their first run: the
	# speaker floors to 89.4 and 91.7; the last two, read at 33 of 43
	# and 33 of 41 on their first run, 33 and 37 after their fixes:
	# French 89.2; the English plural present next to a quotation
	# (campaigners warn): English 91.8; a contraction's article gives
	# a description its gender (Des propos …, no il): French 89.3; the
	# eighteenth session's four written blind, read at 38 of 42, 35 of
	# 41, 36 of 41 and 33 of 38 on their first run, with "X said A but
	# warned that B" and the plural present without marks: English
	# 91.5, the English kind floor to 98.2; an indefinite's unnamed
	# speaker with the words that say which (a dental nurse at the
	# practice), as the gold writes it: English 93.1; the nineteenth
	# session's four written blind, read at 34 of 42, 30 of 37, 34 of 41
	# and 38 of 42 on their first run and 39, 37, 37 and 40 after their
	# fixes, one headline's ‘…’: that the gold writes partial and a
	# quotation after "that" in lower case that the tool writes direct:
	# the English kind floor to 98.1, the French speaker floor to 89.4,
	# the English to 93.4; then two more written blind and first run
	# after those fixes, at 39 of 43 (French) and 36 of 42 (English, a
	# headline's "MP" named 20 paragraphs on and a place taken for
	# "she"): the English speaker floor to 93.3; a place's name before
	# common nouns after a name is its apposition (Martin X, Wealdshire
	# district secretary of …): English 93.4; the twentieth session's
	# four written blind, read on their first run at 37 of 41 and 41 of
	# 42 (French), 32 of 42 and 37 of 42 (English), once "Dr X" and
	# "Restoval" of the helpers' gold were written as the other gold
	# files write them ("X", "la société Restoval": 35, 27 and 32
	# before); 39 of 42, 41, 39 and 41 after their fixes: French 89.7,
	# English 93.5, the English kind floor to 98.3; then four more,
	# first run at 33 of 45 and 35 of 42 (French), 34 of 40 and 37 of 41
	# (English), kept as they stand (a description of a trade for the
	# person named last and institutions in [organisations] were tried,
	# then dropped after review): French 89.4, English 93.2, the
	# English kind floor to 98.4, the
	# French to 98.2: two of the new gold files write a headline's whole
	# sentence partial, one a quotation that "veut croire le boulanger"
	# ends direct, whose "veut" would be a cue word in "se veut
	# rassurant"; the twenty-second session's four more, first run at 29
	# of 40 and 31 of 41 (French), 36 of 39 and 33 of 40 (English), and
	# its fixes, among them a trade's description for the person whose
	# clause keeps the trade's place: French 89.3, English 93.3; the
	# twenty-third session's subject that ends with no relative pronoun
	# before a colon: French 89.4; its two blind articles, first run at
	# 36 of 40 (French) and 31 of 40 (English), and their fixes, among
	# them a name in marks kept whole and the marks around a name
	# ignored when speakers are compared: French 89.5, English 93.3;
	# its second two, first run at 38 of 42 and 26 of 39, and their
	# fixes, with an article before a capital ignored when speakers
	# are compared: French 89.9, English 94.2; its third two, first
	# run at 26 of 40 and 34 of 36, and their fixes, among them the
	# reported speech before a sentence's first quotation: French 89.7
	# with them, English 94.2; an organisation's noun for the latest
	# organisation noted whole: French 89.8)
	run awk '
	BEGIN {
		min["fr direct30"] = 99.6;  min["fr indirect30"] = 98.4
		min["fr direct80"] = 99.6;  min["fr indirect80"] = 98.4
		min["fr speaker"] = 89.8
		min["en direct30"] = 97.8;  min["en indirect30"] = 97.9
		min["en direct80"] = 97.9;  min["en indirect80"] = 96.4
		min["en speaker"] = 94.2
		min["fr kind"] = 98.2;      min["en kind"] = 98.6
	}
	{ k = $1 " " $2; seen[k] = 1
	  if ($3 + 0 < min[k]) { print k ": " $3 " < " min[k]; bad = 1 } }
	END { for (k in min) if (!(k in seen)) { print k ": missing"; bad = 1 }
	      exit bad }' <<< "$output"
	assert_success
}

# --- the examples of quote-extract(1), run as the page shows them ---

@test "quote-extract(1) example 1: a French club's quarrel" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' \
	    'Le porte-parole du club, Marc Delorme, a répondu : « Rien n’est décidé. »' \
	    '« Nous verrons », a-t-il ajouté.' \
	    '« Pas si vite », a lancé le maire.' > club.txt
	run --separate-stderr bash -c "segment club.txt | quote-extract"
	assert_success
	assert_output "#doc	lang	par	sent	speaker	role	via	cue	kind	text
club.txt	fr	1	1	Marc Delorme	Le porte-parole du club	name	a répondu	direct	Rien n’est décidé.
club.txt	fr	2	1	Marc Delorme	Le porte-parole du club	pronoun	a-t-il ajouté	direct	Nous verrons
club.txt	fr	3	1	le maire		unresolved	a lancé	direct	Pas si vite"
	[ "$stderr" = "" ]
}

@test "quote-extract(1) example 2: the four kinds, an adjacent speaker, who is quoted most" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' \
	    'Helen Marsh accused the unions of “holding the country to ransom” on Tuesday.' \
	    'She said that the strike “must end this week”.' \
	    'Talks would resume soon, she added.' \
	    '“We will hold.” “Nobody will make us retreat”, said Mark Dalton.' > marsh.txt
	run --separate-stderr bash -c "segment marsh.txt | quote-extract -H"
	assert_success
	assert_output "marsh.txt	en	1	1	Helen Marsh		name	accused	partial	holding the country to ransom
marsh.txt	en	2	1	Helen Marsh		pronoun	said	mixed	must end this week
marsh.txt	en	3	1	Helen Marsh		pronoun	added	indirect	Talks would resume soon
marsh.txt	en	4	1	Mark Dalton		adjacent		direct	We will hold.
marsh.txt	en	4	2	Mark Dalton		name	said	direct	Nobody will make us retreat"
	run --separate-stderr bash -c "segment marsh.txt | quote-extract -H | cut -f5 | sort | uniq -c | sort -rn"
	assert_success
	assert_output "      3 Helen Marsh
      2 Mark Dalton"
}

@test "quote-extract(1) example 3: -s, and a verb of one's own with -r" {
	cd "$BATS_TEST_TMPDIR"
	printf 'd\tfr\t1\t1\t%s\n' '« Assez de promesses », a grondé Paul Garnier.' > in.tsv
	run --separate-stderr quote-extract -H -s in.tsv
	assert_failure 1
	assert_output ''
	printf '[verbs fr]\ngronder grondé gronde grondent grondait\n' > my.rules
	run --separate-stderr quote-extract -H -s -r my.rules in.tsv
	assert_success
	assert_output "d	fr	1	1	Paul Garnier		name	a grondé	direct	Assez de promesses"
}

@test "quote-extract(1) example 4: an unclosed mark, with its warning" {
	run bash -c "printf '%s\n' 'Paul Garnier a déclaré : « Nous irons jusqu’au bout.' \
	    'La séance a été levée.' | quote-extract -H -l fr 2>&1"
	assert_success
	assert_output "quote-extract: -:1: unclosed quotation mark: the quotation ends with paragraph 1
-	fr	1	1	Paul Garnier		name	a déclaré	direct	Nous irons jusqu’au bout."
}

@test "quote-extract(1) example 5: JSON Lines" {
	run --separate-stderr bash -c "printf 'd\ten\t4\t2\t%s\n' '“Never”, said J. D. Harlow.' | quote-extract --json"
	assert_success
	assert_output '{"doc":"d","lang":"en","par":4,"sent":2,"speaker":"J. D. Harlow","role":"","via":"name","cue":"said","kind":"direct","text":"Never"}'
}

@test "a speaker after more clause starts than are kept (32) is still found" {
	{
		printf 'd\tfr\t1\t1\t'
		printf 'le point %d, ' $(seq 50)
		printf 'Marie Dupont a déclaré que le port serait fermé.\n'
		printf 'd\ten\t2\t1\t'
		printf 'a%d; ' $(seq 40)
		printf 'Jane Roe said: "We will win."\n'
	} > "$BATS_TEST_TMPDIR/clauses.tsv"
	run --separate-stderr quote-extract -H "$BATS_TEST_TMPDIR/clauses.tsv"
	assert_success
	assert_output "d	fr	1	1	Marie Dupont		name	a déclaré	indirect	le port serait fermé
d	en	2	1	Jane Roe		name	said	direct	We will win."
	[ "$stderr" = "" ]
}

@test "French: a first name tells a gender; no title after a preposition; qu' and -on without -t-; an adjunct of time" {
	run --separate-stderr qx d fr \
	    "« Le dossier est clos », a déclaré Solène Arnaud. « Pas pour nous », a répondu Gaspard Lemoine. « Nous verrons », a-t-elle conclu." \
	    "Ce sont les mots de Maëlle Riou. « Rien ne bouge », dit-elle." \
	    "L'association a annoncé qu'elle ferait appel." \
	    "« Rien n’est décidé », reconnaît-on à la mairie. La décision tombera lundi, a fait savoir la préfecture en fin de matinée."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Solène Arnaud		name	a déclaré	direct	Le dossier est clos
1	2	Gaspard Lemoine		name	a répondu	direct	Pas pour nous
1	3	Solène Arnaud		pronoun	a-t-elle conclu	direct	Nous verrons
2	2	Maëlle Riou		pronoun	dit-elle	direct	Rien ne bouge
3	1	L'association		description	a annoncé	indirect	elle ferait appel
4	1	la mairie		description	reconnaît-on	direct	Rien n’est décidé
4	2	la préfecture		description	a fait savoir	indirect	La décision tombera lundi"
}

@test "French [equivalents]: le ministre, le chef de l’État, le diplomate, l’officier, la représentante de l’État" {
	run --separate-stderr qx e fr \
	    "« Nous ne céderons pas », a déclaré le chef de la diplomatie du Valmont, Ilyas Karimov. Le ministre a assuré que la porte restait ouverte." \
	    "Selon l’agence officielle Valpress, le président valmontais, Omar Selim, a réuni ses conseillers. Le chef de l’État a déclaré : « Nous tiendrons. »" \
	    "« Rien ne justifie ces mesures », a dit l’ambassadeur du Valmont, Tarik Aslan. « C’est indigne », s’est indigné le diplomate." \
	    "« Le feu est fixé », a indiqué le commandant Hugo Ferrat. L’officier a précisé que deux engins resteraient sur place." \
	    "« La situation est maîtrisée », a déclaré la préfète de l’Orne, Claire Lemaire. « Restez prudents », a ajouté la représentante de l’État."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Ilyas Karimov	le chef de la diplomatie du Valmont	name	a déclaré	direct	Nous ne céderons pas
1	2	Ilyas Karimov	le chef de la diplomatie du Valmont	anaphor	a assuré	indirect	la porte restait ouverte
2	1	l’agence officielle Valpress		name	Selon	indirect	le président valmontais, Omar Selim, a réuni ses conseillers
2	2	Omar Selim	le président valmontais	anaphor	a déclaré	direct	Nous tiendrons.
3	1	Tarik Aslan	l’ambassadeur du Valmont	name	a dit	direct	Rien ne justifie ces mesures
3	2	Tarik Aslan	l’ambassadeur du Valmont	anaphor	s’est indigné	direct	C’est indigne
4	1	Hugo Ferrat	le commandant	name	a indiqué	direct	Le feu est fixé
4	2	Hugo Ferrat	le commandant	anaphor	a précisé	indirect	deux engins resteraient sur place
5	1	Claire Lemaire	la préfète de l’Orne	name	a déclaré	direct	La situation est maîtrisée
5	2	Claire Lemaire	la préfète de l’Orne	anaphor	a ajouté	direct	Restez prudents"
}

@test "French: qui after a speaker; a fragment's subject after a place, a conjunction or with its article; sa présidente; organisations and groups named whole" {
	run --separate-stderr qx f fr \
	    "Anna Morel, chercheuse au Centre Clairval, suit le dossier. « Le risque est réel », poursuit la chercheuse, qui juge qu’« aucun camp n’a intérêt à la rupture »." \
	    "À Genève, la Fondation Clairval s’est bornée à appeler « au calme ». L’agence officielle Valpress a publié un commentaire accusant Paris de « mépris »." \
	    "Le projet prévoit une « zone verte » autour du site." \
	    "Monique Ferrand, elle, ne compte pas partir. Mais la riveraine attend des réponses : « Qui nous dira ce qu’il y avait dans ces fûts ? »" \
	    "Sa présidente, Léa Gaudin, a réclamé une enquête. D’après sa présidente, l’eau a été polluée." \
	    "« Nous regrettons ces désagréments », indique l’agence régionale Horizon. Dans un courrier, la direction de l’entreprise Valchimie dit « regretter » la gêne."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Anna Morel	chercheuse au Centre Clairval	anaphor	poursuit	direct	Le risque est réel
1	2	Anna Morel	chercheuse au Centre Clairval	pronoun	juge	partial	aucun camp n’a intérêt à la rupture
2	1	Fondation Clairval		subject		partial	au calme
2	2	L’agence officielle Valpress		subject		partial	mépris
3	1					partial	zone verte
4	2	Monique Ferrand	la riveraine	subject		direct	Qui nous dira ce qu’il y avait dans ces fûts ?
5	2	Léa Gaudin	Sa présidente	anaphor	D’après	indirect	l’eau a été polluée
6	1	l’agence régionale Horizon		name	indique	direct	Nous regrettons ces désagréments
6	2	la direction de l’entreprise Valchimie		name	dit	partial	regretter"
}

@test "French: a medium after a preposition is no subject; an affiliation after the name; le texte for its author, whatever its gender" {
	run --separate-stderr qx g fr \
	    "Le ministre de l’Intérieur, Paul Garnier, a défendu une décision « réfléchie ». Interrogé sur Radio Valmont, il a déclaré : « Nous ne reculerons pas. »" \
	    "Le commandant Hugo Ferrat, du SDIS de la Meuse, raconte : « Tout brûlait. »" \
	    "Dans un communiqué, la direction de l’entreprise Valchimie dit « regretter » la gêne. « Le site était conforme », affirme le texte."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Paul Garnier	Le ministre de l’Intérieur	name	a défendu	partial	réfléchie
1	2	Paul Garnier	Le ministre de l’Intérieur	pronoun	a déclaré	direct	Nous ne reculerons pas.
2	1	Hugo Ferrat	Le commandant	name	raconte	direct	Tout brûlait.
3	1	la direction de l’entreprise Valchimie		name	dit	partial	regretter
3	2	la direction de l’entreprise Valchimie		anaphor	affirme	direct	Le site était conforme"
}

@test "a headline's description waits for the name the text gives it; the records after it keep their order" {
	cd "$BATS_TEST_TMPDIR"
	{ paras d fr "Incendie : la préfète juge la situation « sous contrôle »" \
	    "Un feu a pris cette nuit. « On a eu peur », raconte Paul Roy, 60 ans." \
	    "La préfète de l’Orne, Claire Lemaire, s’est rendue sur place. « Tout est maîtrisé », a-t-elle déclaré."
	  paras e fr "Le ministre promet « des moyens »" "Rien d’autre n’a été dit."
	} | segment > in.tsv
	run --separate-stderr quote-extract -H in.tsv
	assert_success
	run cut -f1,3- <<< "$output"
	assert_output "d	1	1	Claire Lemaire	La préfète de l’Orne	anaphor	juge	partial	sous contrôle
d	2	2	Paul Roy		name	raconte	direct	On a eu peur
d	3	2	Claire Lemaire	La préfète de l’Orne	pronoun	a-t-elle déclaré	direct	Tout est maîtrisé
e	1	1	Le ministre		unresolved	promet	partial	des moyens"
	# a title named only seventeen paragraphs on is too far: the
	# records come out as they are
	{ paras f fr "La préfète juge la situation « sous contrôle »" \
	    a b c d e f g h i j k l m n o p \
	    "La préfète de l’Orne, Claire Lemaire, a parlé."
	} | segment > far.tsv
	run --separate-stderr quote-extract -H far.tsv
	assert_success
	run cut -f1,3- <<< "$output"
	assert_output "f	1	1	La préfète		description	juge	partial	sous contrôle"
}

@test "French: an object pronoun before the cue; la magistrate, le pénaliste, le chef d’entreprise; a first name alone before an apposition; selon X after la France" {
	run --separate-stderr qx h fr \
	    "La présidente de la cour, Anne Morel, interroge l’ancien maire, Paul Roy. « Qui a payé ? » lui a demandé la magistrate. Paul Roy lui a répondu que tout était réglé." \
	    "Son avocat, Me Louis Garnier, a plaidé la relaxe. « Il n’y a pas de preuve », a conclu le pénaliste." \
	    "Jean Valois, patron de l’entreprise Valtra, a parlé. « Ce n’est pas un crime ! » a lancé le chef d’entreprise." \
	    "Dans le cortège, Inès, 17 ans, manifeste. « On ne sait rien », raconte la lycéenne." \
	    "Plus de 20 000 personnes ont défilé dans toute la France, selon les syndicats."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Anne Morel	La présidente de la cour	anaphor	a demandé	direct	Qui a payé ?
1	3	Paul Roy		name	a répondu	indirect	tout était réglé
2	2	Louis Garnier	Son avocat	anaphor	a conclu	direct	Il n’y a pas de preuve
3	2	Jean Valois	patron de l’entreprise Valtra	anaphor	a lancé	direct	Ce n’est pas un crime !
4	2	Inès	la lycéenne	anaphor	raconte	direct	On ne sait rien
5	1	les syndicats		description	selon	indirect	Plus de 20 000 personnes ont défilé dans toute la France"
}

@test "the sentence after a quotation names its speaker (where next); ce dernier is no name given after it" {
	run --separate-stderr qx i fr \
	    "« Tout le monde savait. Personne n’osait rien dire. » Ces mots, prononcés d’une voix blanche, sont ceux de Jean Perrot, 72 ans, ancien adjoint. Ce dernier a affirmé que le maire l’avait écarté d’un marché attribué à Valtra Construction." \
	    "« On nous demande l’impossible. » Le constat est celui de Thomas, 41 ans, professeur à Rennes."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Jean Perrot		name		direct	Tout le monde savait. Personne n’osait rien dire.
1	4	Jean Perrot		anaphor	a affirmé	indirect	le maire l’avait écarté d’un marché attribué à Valtra Construction
2	1	Thomas		name		direct	On nous demande l’impossible."
	run --separate-stderr qx j en '"We were never told." Those are the words of Ruth Hale, 66, who lives by the river.'
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Ruth Hale		name		direct	We were never told."
}

@test "held records: a pronoun's record takes the name too, eight paragraphs on, with -u as without; words that stand for no one are no one" {
	cd "$BATS_TEST_TMPDIR"
	paras d fr "Incendie : la préfète juge la situation « sous contrôle »" \
	    "Un feu a pris cette nuit. « Nous sommes prêts », a-t-elle assuré." \
	    a b c d e f "La préfète de l’Orne, Claire Lemaire, s’est rendue sur place." |
	    segment > held.tsv
	run --separate-stderr quote-extract -H held.tsv
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Claire Lemaire	La préfète de l’Orne	anaphor	juge	partial	sous contrôle
2	2	Claire Lemaire	La préfète de l’Orne	pronoun	a-t-elle assuré	direct	Nous sommes prêts"
	run --separate-stderr quote-extract -H -u held.tsv
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Claire Lemaire	La préfète de l’Orne	anaphor	juge	partial	sous contrôle
2	2	Claire Lemaire	La préfète de l’Orne	pronoun	a-t-elle assuré	direct	Nous sommes prêts"
	# a first name after a preposition, a portfolio of another
	# minister, a title that only shares a word, a project: no one's
	run --separate-stderr qx e fr \
	    "À Noël, les commerçants ont vu leurs ventes baisser. « C’est très dur », a-t-il confié." \
	    "Le ministre de la Santé, Hugo Brun, a visité l’hôpital. « Nous renforcerons les contrôles », a déclaré le ministre de l’Intérieur." \
	    "La secrétaire générale du syndicat, Sophie Binet, a parlé. « Le dossier est clos », a tranché la magistrate." \
	    "Le maire, Paul Roy, a présenté le texte. Le projet prévoit une « zone verte » près du port. « C’est une erreur », a-t-il reconnu." \
	    "« Nous ne partirons pas. » Ces paroles sont celles de Léa Gaudin, 66 ans."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	il		unresolved	a-t-il confié	direct	C’est très dur
2	2	le ministre de l’Intérieur		description	a déclaré	direct	Nous renforcerons les contrôles
3	2	la magistrate		description	a tranché	direct	Le dossier est clos
4	2	Paul Roy	Le maire	adjacent		partial	zone verte
4	3	Paul Roy	Le maire	pronoun	a-t-il reconnu	direct	C’est une erreur
5	1	Léa Gaudin		name		direct	Nous ne partirons pas."
}

@test "English: a capitalised title's complement before a name (Secretary of State Marco Rubio), or without one (the Mayor of London)" {
	run --separate-stderr qx e en \
	    "\"We will not back down,\" Secretary of State Marco Rubio said on Tuesday." \
	    "Secretary of State Mary Ann Smith said that the talks had failed." \
	    "\"No,\" said Chancellor of the Exchequer Rachel Reeves." \
	    "\"No,\" said Secretary of State for Health Wes Streeting. \"Not now,\" the Secretary of State for Health said." \
	    "\"No,\" said Minister for Foreign Affairs Wang Yi." \
	    "\"No,\" said the Secretary of State, Marco Rubio." \
	    "\"Yes,\" the Mayor of London said." \
	    "\"No,\" Paul Roy of the union said."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Marco Rubio	Secretary of State	name	said	direct	We will not back down
2	1	Mary Ann Smith	Secretary of State	name	said	indirect	the talks had failed
3	1	Rachel Reeves	Chancellor of the Exchequer	name	said	direct	No
4	1	Wes Streeting	Secretary of State for Health	name	said	direct	No
4	2	Wes Streeting	Secretary of State for Health	anaphor	said	direct	Not now
5	1	Wang Yi	Minister for Foreign Affairs	name	said	direct	No
6	1	Marco Rubio	the Secretary of State	name	said	direct	No
7	1	the Mayor of London		description	said	direct	Yes
8	1	Paul Roy		name	said	direct	No"
}

@test "French: en ouverture between cue and speaker; détailler; La remarque, lancée … par X; a reported clause before « et que … « … »; a name and its apposition before a cue and its object" {
	run --separate-stderr qx e fr \
	    "« Je comprends », a déclaré en ouverture la maire (sans étiquette), Martine Coudray, sous quelques sifflets." \
	    "« Ce centre sera encadré », détaille le préfet, Paul Roy." \
	    "Anne Roy a parlé. « Moi, j’ai hébergé une famille. » La remarque, lancée depuis le fond de la salle par Odile Marchand, conseillère municipale, a été suivie d’un silence." \
	    "Le préfet, Paul Roy, était là. Il a rappelé que l’État était tenu de répartir l’effort d’accueil et que la Mayenne restait « l’un des départements les moins sollicités »." \
	    "Appelé à la barre, le toxicologue Jean-Michel Arnaud-Tessier, praticien au CHU de Grenoble, a détaillé les analyses réalisées." \
	    "Elle a dit que « tout va bien » et que le reste suivra."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Martine Coudray	la maire (sans étiquette)	name	a déclaré	direct	Je comprends
2	1	Paul Roy	le préfet	name	détaille	direct	Ce centre sera encadré
3	2	Odile Marchand	conseillère municipale	name		direct	Moi, j’ai hébergé une famille.
4	2	Paul Roy	le préfet	pronoun	a rappelé	indirect	l’État était tenu de répartir l’effort d’accueil
4	2	Paul Roy	le préfet	pronoun	a rappelé	mixed	l’un des départements les moins sollicités
6	1	Odile Marchand	conseillère municipale	pronoun	a dit	partial	tout va bien
6	1	Odile Marchand	conseillère municipale	pronoun	a dit	indirect	le reste suivra"
	run --separate-stderr qx e en \
	    "Paul Roy came. He said that the plan was dead and that it was “a disgrace”."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Paul Roy		pronoun	said	indirect	the plan was dead
1	2	Paul Roy		pronoun	said	mixed	a disgrace"
}

@test "English: said A and that B is one clause; a verb with an object is no inverted cue; not after a modal; although he; That was the warning from X" {
	run --separate-stderr qx e en \
	    "Castellan said the investigation was at an early stage and that no conclusion had been reached." \
	    "The alliance said it would submit evidence, and that the adjudicator should be given stronger powers." \
	    "Martin Kellaway spoke. He told reporters outside the group’s offices that the regulator had acted on one complaint." \
	    "Fair Basket flagged “suspiciously similar” price rises across the chains, welcomed the investigation." \
	    "Alan Whitcombe spoke. The economist estimated that the coordination could have added £4 to the bill, although he stressed that the figure was “a rough calculation”." \
	    "“Everyone watches everyone else’s shelves.” That was the warning from Dr Alan Whitcombe, an economist at the University of Manchester."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Castellan		name	said	indirect	the investigation was at an early stage and that no conclusion had been reached
2	1	The alliance		description	said	indirect	it would submit evidence, and that the adjudicator should be given stronger powers
3	2	Martin Kellaway		pronoun	told	indirect	the regulator had acted on one complaint
4	1	Fair Basket		subject		partial	suspiciously similar
5	2	Alan Whitcombe		pronoun	stressed	mixed	a rough calculation
6	1	Alan Whitcombe	an economist at the University of Manchester	name		direct	Everyone watches everyone else’s shelves."
}

@test "French: the antecedent of qui (not a document's, nor after an apposition); an object pronoun y before the cue; an adverb between cue and speaker" {
	run --separate-stderr qx f fr \
	    "Gestion des TER : la chambre étrille la région, qui dénonce « un procès à charge »" \
	    "La CGT-Cheminots y juge « inacceptable » la décision." \
	    "« Nous avons toujours transmis les données », écrit encore l’entreprise." \
	    "La préfète, Anne Roy, a parlé. « Les conditions ne permettent plus d’engager des bénévoles », indique le texte de la préfecture, qui appelle les volontaires à « la plus grande prudence »." \
	    "« Les statuts sont clairs », a répondu Hélène Brossard, présidente de la commission des conflits, qui rappelle que l’intéressé « avait été averti par écrit »."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	la région		description	dénonce	partial	un procès à charge
2	1	La CGT-Cheminots		name	juge	partial	inacceptable
3	1	l’entreprise		description	écrit	direct	Nous avons toujours transmis les données
4	2	la préfecture		description	indique	direct	Les conditions ne permettent plus d’engager des bénévoles
4	2	la préfecture		pronoun	appelle	partial	la plus grande prudence
5	1	Hélène Brossard	présidente de la commission des conflits	name	a répondu	direct	Les statuts sont clairs
5	1	Hélène Brossard	présidente de la commission des conflits	pronoun	rappelle	mixed	avait été averti par écrit"
}

@test "the 54-year-old: the latest speaker; an indefinite apposition after the sentence's definite subject; a name before its verb, a coordination and the cue" {
	run --separate-stderr qx e en \
	    "“We will act,” said Sarah Castellan, the CMA’s chief executive. The 54-year-old added that the companies could face fines." \
	    "“We will act,” said Sarah Castellan, the CMA’s chief executive. The 54-year-old, a former competition lawyer who took over last year, added that the companies could face fines." \
	    "FreshWay declined to comment on the detail of the case but confirmed that officials had visited its offices." \
	    "Ursula von der Leyen declined to comment but said that talks would go on."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Sarah Castellan	the CMA’s chief executive	name	said	direct	We will act
1	2	Sarah Castellan	the CMA’s chief executive	anaphor	added	indirect	the companies could face fines
2	1	Sarah Castellan	the CMA’s chief executive	name	said	direct	We will act
2	2	Sarah Castellan	the CMA’s chief executive	anaphor	added	indirect	the companies could face fines
3	1	FreshWay		name	confirmed	indirect	officials had visited its offices
4	1	Ursula von der Leyen		name	said	indirect	talks would go on"
	run --separate-stderr qx f fr \
	    "« Non », a dit Paul Roy, le ministre. Le ministre, un ancien avocat, a ajouté que rien ne changerait." \
	    "« Non », a dit Anne Roy, la ministre. La ministre, une ancienne avocate, a ajouté que rien ne changerait." \
	    "Paul Roy a refusé de commenter mais a confirmé que les discussions continuaient."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Paul Roy	le ministre	name	a dit	direct	Non
1	2	Paul Roy	le ministre	anaphor	a ajouté	indirect	rien ne changerait
2	1	Anne Roy	la ministre	name	a dit	direct	Non
2	2	Anne Roy	la ministre	anaphor	a ajouté	indirect	rien ne changerait
3	1	Paul Roy		name	a confirmé	indirect	les discussions continuaient"
}

@test "French: an acronym's name from the initials of its words (Mouvement des libertés locales (MLL)); a relative clause after selon X" {
	run --separate-stderr qx f fr \
	    "Selon la fédération de Loire-Atlantique, qui revendique environ 1 400 adhérents, une quarantaine de militants sont partis." \
	    "Il a appelé à tendre la main à la liste du Mouvement des libertés locales (MLL) pour les municipales. Dans un bref communiqué, le MLL affirme « prendre acte » de la décision."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	la fédération de Loire-Atlantique		description	Selon	indirect	une quarantaine de militants sont partis
2	2	Mouvement des libertés locales		name	affirme	partial	prendre acte"
}

@test "what the seventh session's fixes must not take (review, 27 November)" {
	run --separate-stderr qx r en \
	    "“Act now,” urged Greenpeace UK’s executive director, Will McCallum." \
	    "She told MPs and peers that the bill would restore trust." \
	    "Police said a 54-year-old man had been arrested. The 54-year-old told officers he had acted “in self-defence”." \
	    "The next day, a spokesman for the council said that the road would be “closed until further notice”." \
	    "The company, a subsidiary of Vantor Group, said the job cuts were “regrettable”." \
	    "Google employees walked out and said they were “angry”."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Will McCallum	Greenpeace UK’s executive director	name	urged	direct	Act now
2	1	Will McCallum	Greenpeace UK’s executive director	pronoun	told	indirect	the bill would restore trust
3	1	Police		name	said	indirect	a 54-year-old man had been arrested
3	2	The 54-year-old		description	told	partial	in self-defence
4	1	a spokesman for the council		description	said	mixed	closed until further notice
5	1	a subsidiary of Vantor Group		description	said	partial	regrettable
6	1	Google employees walked out and		description	said	partial	angry"
	run --separate-stderr qx s fr \
	    "La plainte vise Pierre Garnier, ancien maire de la commune, a précisé le parquet." \
	    "« Les chômeurs profitent du système. » Cette phrase, lancée lors d’un débat organisé par France Inter, a fait polémique." \
	    "Elle a expliqué que le projet, que la mairie avait validé en mars et que l’État finançait, serait « livré en 2026 »." \
	    "Sophie Vernet, directeur général de l’ARS, a présenté le plan. « Nous manquons de médecins », a-t-elle reconnu." \
	    "Le lendemain, un porte-parole de la mairie a indiqué que la route serait « fermée »."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	le parquet		description	a précisé	indirect	La plainte vise Pierre Garnier, ancien maire de la commune
2	1					direct	Les chômeurs profitent du système.
3	1	Elle		unresolved	a expliqué	mixed	livré en 2026
4	2	Sophie Vernet	directeur général de l’ARS	pronoun	a-t-elle reconnu	direct	Nous manquons de médecins
5	1	un porte-parole de la mairie		description	a indiqué	mixed	fermée"
}

@test "English: a title in lower case before a name (board chair X, state Sen. X, then the senator); a surname before an age; an acronym's place; not the 44-year-old electrician, the union, the district (review)" {
	run --separate-stderr qx e en "Tuesday 4 November 2025" "Board votes" \
	    "“We are not banning books,” board chair Denise Whitaker said after the vote. “We are deciding what belongs in a library.”" \
	    "Whitaker, 58, a retired bank manager, said the books contained profanity." \
	    "State Sen. Gordon Hale praised the vote. The senator said the law was about transparency." \
	    "Tom Abernathy disagreed. “It didn’t corrupt her,” the 44-year-old electrician said." \
	    "The ACLU of Tennessee, which wrote to the board, said it was reviewing the decision." \
	    "The Calder County Education Association condemned the vote. The union said it was “deeply disappointed” by the result." \
	    "Calder County Schools said it would comply. “This has been painful,” the district said."
	assert_success
	assert_output "e	en	3	1	Denise Whitaker	board chair	name	said	direct	We are not banning books … We are deciding what belongs in a library.
e	en	4	1	Denise Whitaker	a retired bank manager	name	said	indirect	the books contained profanity
e	en	5	2	Gordon Hale	State Sen	anaphor	said	indirect	the law was about transparency
e	en	6	2	the 44-year-old electrician		description	said	direct	It didn’t corrupt her
e	en	7	1	The ACLU of Tennessee		description	said	indirect	it was reviewing the decision
e	en	8	2	The union		description	said	partial	deeply disappointed
e	en	9	1	Calder County Schools		name	said	indirect	it would comply
e	en	9	2	the district		description	said	direct	This has been painful"
}

@test "French: an organisation named after its noun (au groupe X, la chambre d’agriculture X Y, l’association X y z) for its noun, never a person's; la jeune femme, not after un jeune homme" {
	run --separate-stderr qx f fr "Mardi 4 novembre 2025" "Le loup" \
	    "La résidence appartient au groupe Aurélys. Le groupe, lui, parle d’« accusations injustes »." \
	    "Une annonce jugée insuffisante par la chambre d’agriculture Savoie Mont-Blanc. Dans un communiqué, la chambre d’agriculture demande « un plan d’urgence »." \
	    "Nadège Coutant préside l’association Vigilance citoyenne Isère. L’association réclame « un moratoire ». La militante juge que le programme « fait fausse route »." \
	    "Julie Perrier-Coste hésite. « Je me demande si ça vaut le coup », lâche la jeune femme." \
	    "Un jeune homme a été interpellé. « Je n’ai rien fait », assure le jeune homme." \
	    "Yannick Le Goff est délégué du syndicat Force ouvrière. Le syndicaliste a affirmé : « Nous alertons depuis trois ans. »"
	assert_success
	assert_output "f	fr	3	2	le groupe Aurélys		anaphor	parle	partial	accusations injustes
f	fr	4	2	la chambre d’agriculture Savoie Mont-Blanc		anaphor	demande	partial	un plan d’urgence
f	fr	5	2	l’association Vigilance citoyenne Isère		anaphor	réclame	partial	un moratoire
f	fr	5	3	Nadège Coutant	La militante	anaphor	juge	mixed	fait fausse route
f	fr	6	2	Julie Perrier-Coste	la jeune femme	anaphor	lâche	direct	Je me demande si ça vaut le coup
f	fr	7	2	le jeune homme		description	assure	direct	Je n’ai rien fait
f	fr	8	2	Yannick Le Goff	Le syndicaliste	anaphor	a affirmé	direct	Nous alertons depuis trois ans."
}

@test "a reported clause before a coordination and a second cue beside a partial quotation; an acronym's initials with its particle (SDJ); a, lui, prévenu; a passive's agent before qui; a British headline in single quotes; not la journaliste nor le texte for a described speaker (review)" {
	run --separate-stderr qx g fr "Mardi 4 novembre 2025" "Grève" \
	    "Selon la société des journalistes (SDJ), 87 des 94 journalistes ont voté la grève. Dans un communiqué, la SDJ dénonce «un habillage commode»." \
	    "Hélène Morvan, présidente de la SDJ, a pris la parole. La journaliste réclame « un droit d’agrément »." \
	    "Le secrétaire confédéral de la CGS a, lui, prévenu que son syndicat appellerait à la grève." \
	    "Un appel relayé par la FDSEA de Savoie, qui parle d’« une colère légitime »." \
	    "La CGT a estimé que la réforme était injuste et dénoncé « un passage en force »." \
	    "Le collectif appelle à un rassemblement samedi et réclame « l’annulation de la vente »." \
	    "Le ministère de la Culture a rappelé dans un communiqué que le titre percevait des aides. « Ces aides ont une contrepartie », souligne le texte." \
	    "Le journal a supprimé la rubrique « Les Coulisses du conseil »."
	assert_success
	assert_output "g	fr	3	1	la société des journalistes		anaphor	Selon	indirect	87 des 94 journalistes ont voté la grève
g	fr	3	2	la société des journalistes		name	dénonce	partial	un habillage commode
g	fr	4	2	La journaliste		description	réclame	partial	un droit d’agrément
g	fr	5	1	Le secrétaire confédéral de la CGS		description	a, lui, prévenu	indirect	son syndicat appellerait à la grève
g	fr	6	1	la FDSEA de Savoie		name	parle	partial	une colère légitime
g	fr	7	1	La CGT		name	a estimé	indirect	la réforme était injuste
g	fr	7	1	La CGT		name	a estimé	partial	un passage en force
g	fr	8	1	Le collectif		description	appelle	partial	l’annulation de la vente
g	fr	9	1	Le ministère de la Culture		description	a rappelé	indirect	le titre percevait des aides
g	fr	9	2	le texte		description	souligne	direct	Ces aides ont une contrepartie"
	run --separate-stderr qx h en "Tuesday 4 November 2025" \
	    "‘A dark day for Castlebridge’: university to cut 310 jobs" \
	    "“It is a dark day for Castlebridge,” said Dr Marcus Hale, the branch president." \
	    "Castlebridge UCU said it would ballot members for industrial action and accused management of “balancing the books”." \
	    "The MP said he would raise the issue with ministers, and described the funding system as “broken”." \
	    "‘Tis the season, the mayor’s office said."
	assert_success
	assert_output "h	en	2	1	Marcus Hale	Dr	repeated		direct	A dark day for Castlebridge
h	en	3	1	Marcus Hale	the branch president	name	said	direct	It is a dark day for Castlebridge
h	en	4	1	Castlebridge UCU		name	said	indirect	it would ballot members for industrial action
h	en	4	1	Castlebridge UCU		name	said	partial	balancing the books
h	en	5	1	The MP		unresolved	said	indirect	he would raise the issue with ministers
h	en	5	1	The MP		unresolved	said	partial	broken
h	en	6	1	the mayor’s office		description	said	indirect	‘Tis the season"
}

@test "English: the description before a title's comma (The vice-chancellor, Professor X,); told a rally outside a place; and that B after a quotation in a clause without that; a subject with an aside before its modal" {
	run --separate-stderr qx u en "Tuesday 4 November 2025" "Cuts" \
	    "The vice-chancellor, Professor Alison Threlfall, said the cuts were “painful but unavoidable”." \
	    "Professor Threlfall took questions. “I understand why people ask,” the vice-chancellor said." \
	    "\"They found money for glass and steel,\" he told a rally outside the Tennant Building on Tuesday evening. \"They can find money for people.\"" \
	    "In a statement, the university said it recognised “the anxiety this will cause” and that a consultation would begin on Monday. It said support, including counselling and careers advice, would be made available to all staff."
	assert_success
	assert_output "u	en	3	1	Alison Threlfall	Professor	name	said	partial	painful but unavoidable
u	en	4	2	Alison Threlfall	Professor	anaphor	said	direct	I understand why people ask
u	en	5	1	he		unresolved	told	direct	They found money for glass and steel … They can find money for people.
u	en	6	1	the university		description	said	partial	the anxiety this will cause
u	en	6	1	the university		description	said	indirect	a consultation would begin on Monday
u	en	6	2	the university		pronoun	said	indirect	support, including counselling and careers advice, would be made available to all staff"
}

@test "what the eighth session's fixes must not take (review, 27 November)" {
	# a person named after an organisation's noun and a contraction; a
	# verb after an organisation's name; a name that a preposition
	# follows; "le jeune homme" after a title, a journalist asking,
	# "le texte" of an agreement, a first cue with an object, a plural
	# agent before a singular verb
	run --separate-stderr qx r fr "Mardi 4 mars 2025" "Titre" \
	    "Le groupe du milliardaire Vincent Bolloré a pris le contrôle de la chaîne en 2016. « Je ne me mêle pas de la ligne éditoriale », a assuré Vincent Bolloré devant la commission." \
	    "Le groupe Aurélys rachète Valmont pour 30 millions d’euros. « Nous voulons doubler de taille », a déclaré le groupe." \
	    "Le groupe Wagner recrute, selon plusieurs médias. « Nous avons besoin de combattants », aurait dit le groupe." \
	    "L’association grenobloise Droit au logement a installé un campement. « Nous resterons », prévient l’association." \
	    "Un jeune homme de 19 ans a été interpellé samedi soir." \
	    "« Il roulait à plus de 150 km/h », a indiqué le procureur de Grenoble, Éric Vaillant." \
	    "« J’ai paniqué », aurait expliqué le jeune homme aux enquêteurs." \
	    "Le maire, Jean Dupuis, a tenu une conférence de presse. « Nous n’augmenterons pas les impôts », a-t-il promis. « Et la piscine ? », lui a demandé le journaliste de l’Est Républicain." \
	    "Le syndicat majoritaire a signé l’accord. « C’est un bon compromis », estime le syndicat. L’accord prévoit une hausse de 3 %. « Les salaires seront revalorisés dès janvier », précise le texte." \
	    "Le président de région a salué le travail des pompiers et évoqué « une nuit d’enfer »." \
	    "Un automobiliste contrôlé par les gendarmes, qui assure « n’avoir rien bu », a été placé en garde à vue."
	assert_success
	assert_output "r	fr	3	2	Vincent Bolloré		name	a assuré	direct	Je ne me mêle pas de la ligne éditoriale
r	fr	4	2	Le groupe Aurélys		anaphor	a déclaré	direct	Nous voulons doubler de taille
r	fr	5	1	plusieurs médias		description	selon	indirect	Le groupe Wagner recrute
r	fr	5	2	Le groupe Wagner		anaphor	aurait dit	direct	Nous avons besoin de combattants
r	fr	6	2	l’association		description	prévient	direct	Nous resterons
r	fr	8	1	Éric Vaillant	le procureur de Grenoble	name	a indiqué	direct	Il roulait à plus de 150 km/h
r	fr	9	1	le jeune homme aux enquêteurs		description	aurait expliqué	direct	J’ai paniqué
r	fr	10	2	Jean Dupuis	Le maire	pronoun	a-t-il promis	direct	Nous n’augmenterons pas les impôts
r	fr	10	3	le journaliste de l’Est Républicain		description	a demandé	direct	Et la piscine ?
r	fr	11	2	le syndicat		description	estime	direct	C’est un bon compromis
r	fr	11	4	le texte		description	précise	direct	Les salaires seront revalorisés dès janvier
r	fr	12	1	Le président de région		description	a salué	partial	une nuit d’enfer
r	fr	13	1	Un automobiliste contrôlé par les gendarmes		description	assure	partial	n’avoir rien bu"
	# no reported clause without a pronoun or a complementizer; a group
	# and its place are no title and name; a noun after the age is
	# someone new; "the district attorney" is no school district's; a
	# plural possessive or 'Tis is no headline's closing mark (since the
	# fourteenth session, a headline's ‘Lights On’ is a quotation)
	run --separate-stderr qx r en "Tuesday 4 March 2025" "Headline" \
	    "The mayor said Tuesday night at a town hall and described the budget as “a disaster.”" \
	    "Jones criticized the school board’s decision and called it “shortsighted.”" \
	    "The spokesman said the original complaint and claims by the former employee were “entirely baseless.”" \
	    "“We will appeal,” lawyers representing Kevin Spacey said." \
	    "“The water is unsafe,” residents near Lake Erie said." \
	    "“It’s been hell,” said Maria Lopez, whose son was shot last year." \
	    "“I forgive him,” the 19-year-old shooter said in court on Friday." \
	    "Calder County Schools closed three buildings on Friday. “We have charged two men,” the district attorney said." \
	    "‘The Joneses’ house was flooded first,’ she said. ‘Then ours.’" \
	    "‘Tis the season, and the town’s traders are gearing up for the annual ‘Lights On’"
	assert_success
	assert_output "r	en	3	1	The mayor		unresolved	said	partial	a disaster.
r	en	4	1	Jones		name	criticized	partial	shortsighted.
r	en	5	1	The spokesman		unresolved	said	partial	entirely baseless.
r	en	6	1					partial	We will appeal
r	en	7	1					partial	The water is unsafe
r	en	8	1	Maria Lopez		name	said	direct	It’s been hell
r	en	9	1	the 19-year-old shooter		description	said	direct	I forgive him
r	en	10	2	the district attorney		description	said	direct	We have charged two men
r	en	12	1					partial	Lights On"
}

@test "an organisation's noun before its name whatever follows (de la société X, qui), a gender kept, a subject with a lower-case word (Le collectif Logement digne X); a second cue after a quotation (and said he, et a annoncé qu’il); a name and a past verb after said; It also said; he thanked supporters and said; Sgt." {
	run --separate-stderr qx v fr "Mardi 4 novembre 2025" "Effondrement" \
	    "Depuis 2022, le collectif Logement digne Guillotière alertait sur l’état de l’immeuble, propriété de la société Rhône Patrimoine Gestion, qui détient une quinzaine de bâtiments. « Nous avons envoyé quatre courriers », affirme sa porte-parole, Inès Taleb." \
	    "Dans un communiqué, Rhône Patrimoine Gestion dit « partager l’émotion des habitants ». La société affirme qu’un diagnostic avait été commandé en juin." \
	    "Le collectif Logement digne Guillotière appelle à un rassemblement samedi et réclame «un moratoire sur les loyers»." \
	    "Élodie Charvet a tout perdu. La vigneronne estime avoir perdu «au moins 70 %» de sa récolte." \
	    "Le maire a qualifié la décision de « scandaleuse » et a annoncé qu’il porterait plainte."
	assert_success
	assert_output "v	fr	3	2	Inès Taleb	sa porte-parole	name	affirme	direct	Nous avons envoyé quatre courriers
v	fr	4	1	Rhône Patrimoine Gestion		name	dit	partial	partager l’émotion des habitants
v	fr	4	2	Rhône Patrimoine Gestion	la société	anaphor	affirme	indirect	un diagnostic avait été commandé en juin
v	fr	5	1	Le collectif Logement digne Guillotière		name	appelle	partial	un moratoire sur les loyers
v	fr	6	2	Élodie Charvet	La vigneronne	anaphor	estime	partial	au moins 70 %
v	fr	7	1	Le maire		unresolved	a qualifié	partial	scandaleuse
v	fr	7	1	Le maire		unresolved	a annoncé	indirect	il porterait plainte"
	# (a day's name after "said" opens no clause)
	run --separate-stderr qx w en "Tuesday 4 November 2025" "Footage" \
	    "Mayor Gerald Okafor called the video “deeply disturbing” and said he had asked the city’s Office of Police Accountability to open a review." \
	    "The family’s attorney, Nathan Greer, said Bell remained in pain and would need surgery." \
	    "Marcus Bell was released from hospital. In a statement, he thanked supporters and said he wanted “the truth, not revenge.”" \
	    "The group said the city should end such stops. It also said the case should go to a special prosecutor." \
	    "Its president, Sgt. Frank DeLuca, said the video was unfair. “We had seconds to decide,” DeLuca said." \
	    "A city official, speaking on condition of anonymity, said internal affairs investigators had already interviewed all three officers." \
	    "The mayor said Monday visited the site."
	assert_success
	assert_output "w	en	3	1	Gerald Okafor	Mayor	name	called	partial	deeply disturbing
w	en	3	1	Gerald Okafor	Mayor	name	said	indirect	he had asked the city’s Office of Police Accountability to open a review
w	en	4	1	Nathan Greer	The family’s attorney	name	said	indirect	Bell remained in pain and would need surgery
w	en	5	2	Marcus Bell		pronoun	said	partial	the truth, not revenge.
w	en	6	1	The group		description	said	indirect	the city should end such stops
w	en	6	2	The group		pronoun	said	indirect	the case should go to a special prosecutor
w	en	7	1	Frank DeLuca	Its president	name	said	indirect	the video was unfair
w	en	7	2	Frank DeLuca	Its president	name	said	direct	We had seconds to decide
w	en	8	1	A city official		description	said	indirect	internal affairs investigators had already interviewed all three officers"
}

@test "French: a demonstrative for the latest speaker or subject of the paragraph (cette aide-soignante, not a child named after; not ce père de famille for a name met as an object); an organisation named after its noun is no il; le député is a title, never guessed; a second reported clause after the attribution (avant de rappeler que, qui reconnaît que); a sentence whose marks hold a name only; X que conteste Y; l’industriel; la société X a fermé" {
	run --separate-stderr qx x fr "Mercredi 12 novembre 2025" "Rappel" \
	    "Dans le couloir du CHU, Sophie Karadec ne décolère pas. Sa fille Lina, 4 ans, y est soignée. « On a servi ces steaks à notre fille », raconte cette aide-soignante de Rezé." \
	    "Manon Delpech, 29 ans, a accouché d’une petite Louise en mars. « Je suis arrivée à la maternité à quatre heures », confie cette mère de famille." \
	    "Une réponse qui ne suffit pas à Mehdi Benyahia. Ce père de famille a fondé le collectif Familles unies. « Des sanctions, c’est bien », lance-t-il." \
	    "Le collectif a annoncé mardi qu’il déposerait plainte." \
	    "Dès mardi, Mathieu Kerbrat, président du groupe GUS, a dénoncé un budget « injuste ». « Ce 49.3 est le onzième, a poursuivi le député du Finistère. Onze fois, vous avez confisqué la parole. »" \
	    "« Vous ne proposez rien », a rétorqué Anne Roy, avant de rappeler que le budget ramènerait le déficit à 4,7 %." \
	    "« Ça s’est joué à peu de chose », admet un ministre, qui reconnaît que plusieurs coups de téléphone ont été passés." \
	    "Le ministre Paul Roy a annoncé que le collectif « Justice pour Yanis » organiserait une marche samedi." \
	    "Une version que conteste Me Hélène Marchal-Diop, l’avocate de la famille. « On nous parle d’un jeune menaçant », a-t-elle déclaré." \
	    "L’association, qui publie sa lettre d’information « Alerte conso », a mis en ligne la liste." \
	    "La société Solvéo a fermé son usine. « C’est fini », a dit la société." \
	    "Le groupe Vallérian a étendu le rappel. Dans ce texte, l’industriel affirme qu’« aucun lien formel » n’a été établi."
	assert_success
	assert_output "x	fr	3	3	Sophie Karadec	cette aide-soignante de Rezé	anaphor	raconte	direct	On a servi ces steaks à notre fille
x	fr	4	2	Manon Delpech	cette mère de famille	anaphor	confie	direct	Je suis arrivée à la maternité à quatre heures
x	fr	5	3	Mehdi Benyahia		pronoun	lance-t-il	direct	Des sanctions, c’est bien
x	fr	6	1	le collectif Familles unies		anaphor	a annoncé	indirect	il déposerait plainte
x	fr	7	1	Mathieu Kerbrat	président du groupe GUS	name	a dénoncé	partial	injuste
x	fr	7	2	le député du Finistère		description	a poursuivi	direct	Ce 49.3 est le onzième … Onze fois, vous avez confisqué la parole.
x	fr	8	1	Anne Roy		name	a rétorqué	direct	Vous ne proposez rien
x	fr	8	1	Anne Roy		name	rappeler	indirect	le budget ramènerait le déficit à 4,7 %
x	fr	9	1	un ministre		description	admet	direct	Ça s’est joué à peu de chose
x	fr	9	1	un ministre		description	reconnaît	indirect	plusieurs coups de téléphone ont été passés
x	fr	10	1	Paul Roy	Le ministre	name	a annoncé	indirect	le collectif « Justice pour Yanis » organiserait une marche samedi
x	fr	11	2	Hélène Marchal-Diop	l’avocate de la famille	pronoun	a-t-elle déclaré	direct	On nous parle d’un jeune menaçant
x	fr	13	2	La société Solvéo		anaphor	a dit	direct	C’est fini
x	fr	14	2	Le groupe Vallérian		anaphor	affirme	partial	aucun lien formel"
}

@test "English: a second reported clause after the attribution (adding that, who added that), not a relative clause without a cue" {
	run --separate-stderr qx y en "Tuesday 4 November 2025" "Wages" \
	    "“We are not going anywhere,” Jane Roe said, adding that the company would appeal the ruling." \
	    "“It was a mistake,” said John Doe, who added that he had apologised to the staff." \
	    "“It was a mistake,” said Tom Reed, who runs the bakery that employs them."
	assert_success
	assert_output "y	en	3	1	Jane Roe		name	said	direct	We are not going anywhere
y	en	3	1	Jane Roe		name	adding	indirect	the company would appeal the ruling
y	en	4	1	John Doe		name	said	direct	It was a mistake
y	en	4	1	John Doe		name	added	indirect	he had apologised to the staff
y	en	5	1	Tom Reed		name	said	direct	It was a mistake"
}

@test "English: the union is the union's name before its officer's role; an institution's name with a joiner and a portfolio word kept whole (the Harbour and Transport Workers' Union); the university is not the University and College Union" {
	run --separate-stderr qx y en "Tuesday 4 November 2025" "Wages" \
	    "The University of Castlebridge will cut 200 jobs." \
	    "“Patience doesn't pay the rent,” said Moira Fennick, general secretary of the Harbour and Transport Workers' Union." \
	    "Talks are expected to resume on Thursday, the union said." \
	    "Castlebridge UCU, the local branch of the University and College Union, said it would ballot members." \
	    "The university said it regretted the decision."
	assert_success
	assert_output "y	en	4	1	Moira Fennick	general secretary of the Harbour and Transport Workers' Union	name	said	direct	Patience doesn't pay the rent
y	en	5	1	Harbour and Transport Workers' Union		anaphor	said	indirect	Talks are expected to resume on Thursday
y	en	6	1	Castlebridge UCU	the local branch of the University and College Union	name	said	indirect	it would ballot members
y	en	7	1	University of Castlebridge		anaphor	said	indirect	it regretted the decision"
}

@test "a headline's indefinite description said again by a named speaker (accuse une mère de famille); Payments firm Veridal; an agent's title is not the subject's (owned by television chef X); though is an aside" {
	run --separate-stderr qx z fr "Jeudi 13 novembre 2025" \
	    "Steaks contaminés : un rappel « beaucoup trop tardif », accuse une mère de famille" \
	    "Le rappel concerne douze lots de steaks hachés." \
	    "Dans le couloir du CHU, Sophie Karadec ne décolère pas. « On a servi ces steaks à notre fille », raconte cette aide-soignante. « Ce rappel est beaucoup trop tardif. »"
	assert_success
	assert_output "z	fr	2	1	Sophie Karadec	cette aide-soignante	repeated	accuse	partial	beaucoup trop tardif
z	fr	4	2	Sophie Karadec	cette aide-soignante	anaphor	raconte	direct	On a servi ces steaks à notre fille
z	fr	4	3	Sophie Karadec	cette aide-soignante	adjacent		direct	Ce rappel est beaucoup trop tardif."
	run --separate-stderr qx w en "Tuesday 4 November 2025" "Wages" \
	    "The restaurant group owned by television chef Rory Calloway has closed two sites." \
	    "Payments firm Veridal said it would appeal." \
	    "Tomasz Wilk, a sous chef at Calloway’s Kitchen, said he was owed money." \
	    "Calloway, though, insisted he had been “kept in the dark” about the arrears. “If I had known, I would have sold my house,” the chef said."
	assert_success
	assert_output "w	en	4	1	Veridal	Payments firm	name	said	indirect	it would appeal
w	en	5	1	Tomasz Wilk	a sous chef at Calloway’s Kitchen	name	said	indirect	he was owed money
w	en	6	1	Rory Calloway	television chef	name	insisted	partial	kept in the dark
w	en	6	2	Rory Calloway	television chef	anaphor	said	direct	If I had known, I would have sold my house"
}

@test "French: a long complement between a cue and que; l’exploitant of [nearby]; mais a prévenu que after a partial quotation; a number's comma in a reported clause; la société for the company that was the latest subject, not for one named before another spoke (Valmorel, this paragraph's speaker named in one word, since the twelfth session); English: an acronym after the speaker of an ending cue, a number's comma in the clause, the Department of Health and Social Care whole" {
	run --separate-stderr qx c fr "Mardi 18 novembre 2025" "Cinéma" \
	    "Son propriétaire, Bernard Lestrade, a annoncé mardi soir aux adhérents de l’association Les Amis du Familia qu’il cesserait l’exploitation au printemps." \
	    "« Je n’ai plus les moyens de tenir », a déclaré l’exploitant de 68 ans." \
	    "Le maire, Philippe Cordonnier, s'est dit « très attaché » au Familia, mais a prévenu que la commune n'avait pas les moyens de racheter les murs." \
	    "Paul Roy a estimé que le déficit atteindrait 4,7 % l’an prochain et dénoncé « un budget injuste »." \
	    "Le groupe CinéOuest, qui exploite un multiplexe, n’a pas souhaité s’exprimer. Dans un courriel, la société a fait savoir qu’elle « n’envisage pas de reprise »." \
	    "Le groupe Norcastle a lancé une offre sur Valmorel, le fabricant de pompes." \
	    "Dans un communiqué, Valmorel a indiqué avoir « pris connaissance » de l’offre. « Le conseil se réunira », précise la société."
	assert_success
	assert_output "c	fr	3	1	Bernard Lestrade	Son propriétaire	name	a annoncé	indirect	il cesserait l’exploitation au printemps
c	fr	4	1	Bernard Lestrade	Son propriétaire	anaphor	a déclaré	direct	Je n’ai plus les moyens de tenir
c	fr	5	1	Philippe Cordonnier	Le maire	name	s'est dit	partial	très attaché
c	fr	5	1	Philippe Cordonnier	Le maire	name	a prévenu	indirect	la commune n'avait pas les moyens de racheter les murs
c	fr	6	1	Paul Roy		name	a estimé	indirect	le déficit atteindrait 4,7 % l’an prochain
c	fr	6	1	Paul Roy		name	a estimé	partial	un budget injuste
c	fr	7	2	Le groupe CinéOuest		anaphor	a fait savoir	mixed	n’envisage pas de reprise
c	fr	9	1	Valmorel		name	a indiqué	partial	pris connaissance
c	fr	9	2	Valmorel	la société	anaphor	précise	direct	Le conseil se réunira"
	run --separate-stderr qx g en "Tuesday 4 November 2025" "Surgery" \
	    "Its 6,800 registered patients will be moved to other practices in the area, NHS Wessex Vale Integrated Care Board (ICB) said." \
	    "The Department of Health and Social Care said it did not comment on individual practices."
	assert_success
	assert_output "g	en	3	1	NHS Wessex Vale Integrated Care Board		name	said	indirect	Its 6,800 registered patients will be moved to other practices in the area
g	en	4	1	The Department of Health and Social Care		description	said	indirect	it did not comment on individual practices"
}

@test "French: a second title after et in a role (étudiante en droit et porte-parole, then la porte-parole); l’ancien cadre of [nearby]; Ce récit est celui de X; a ciné-club's name in « »" {
	run --separate-stderr qx t fr "Samedi 22 novembre 2025" "Panne" \
	    "« Nous restons », a lancé mercredi Inès Mabrouk, 21 ans, étudiante en troisième année de droit et porte-parole du comité d’occupation." \
	    "La porte-parole a indiqué que le comité demanderait une motion." \
	    "Pour Gilles Aubertin, ingénieur et consultant, l’incident révèle la fragilité de la ligne. « Ici, on attend, on attend », déplore l’ancien cadre de la maintenance." \
	    "« On a vu arriver des familles épuisées. » Ce récit est celui de Martine Guérin, bénévole de la Croix-Rouge." \
	    "M. Lestrade affirme avoir tout essayé, dont le ciné-club « Les Mardis du Familia » animé par des bénévoles."
	assert_success
	assert_output "t	fr	3	1	Inès Mabrouk	étudiante en troisième année de droit et porte-parole du comité d’occupation	name	a lancé	direct	Nous restons
t	fr	4	1	Inès Mabrouk	étudiante en troisième année de droit et porte-parole du comité d’occupation	anaphor	a indiqué	indirect	le comité demanderait une motion
t	fr	5	1	Gilles Aubertin	ingénieur et consultant	name	Pour	indirect	l’incident révèle la fragilité de la ligne
t	fr	5	2	Gilles Aubertin	ingénieur et consultant	anaphor	déplore	direct	Ici, on attend, on attend
t	fr	6	1	Martine Guérin		name		direct	On a vu arriver des familles épuisées."
}

@test "what the ninth session's fixes must not take (review, 28 November)" {
	# a demonstrative is no one a title tells apart, no name met as an
	# object, no document; qui after a comma is no speaker's but the
	# one just before it, its clause ends at its comma; le député is a
	# title, never guessed; an organisation that opened the sentence
	# is il; a title is not glued to a surname
	run --separate-stderr qx v fr "Mardi 12 mars 2024" "Titre" \
	    "Le ministre Gabriel Attal a visité le site. « C’est un choc », réagit cet ouvrier de 50 ans." \
	    "Le suspect, Paul Roux, a été placé en garde à vue mardi. « Il était très calme », raconte ce gendarme." \
	    "Un homme a été interpellé après la mort de Patrick Hamel. « Il ne méritait pas ça », a dit cet homme, en larmes." \
	    "Paul Roux a reçu une lettre anonyme. Ce courrier affirme que le maire a menti." \
	    "« Il faut rester calme », a dit Anne Morel à son fils, qui affirme que l’école va fermer." \
	    "« C’est fini », a lancé le président du club, qui croit que l’équipe peut rebondir, avant de quitter la salle." \
	    "« Nous voterons contre », a annoncé Éric Coquerel, président de la commission des finances." \
	    "« C’est de l’obstruction », a répliqué le député du Val-de-Marne." \
	    "Le collectif Sauvons Saint-Nazaire a déposé un recours. « Nous irons jusqu’au Conseil d’État », a-t-il annoncé." \
	    "Premier ministre Roy a indiqué que l’épidémie reculait."
	assert_success
	assert_output "v	fr	3	2	cet ouvrier de 50 ans		description	réagit	direct	C’est un choc
v	fr	4	2	ce gendarme		description	raconte	direct	Il était très calme
v	fr	5	2	cet homme		description	a dit	direct	Il ne méritait pas ça
v	fr	6	2	Ce courrier		description	affirme	indirect	le maire a menti
v	fr	7	1	Anne Morel		name	a dit	direct	Il faut rester calme
v	fr	8	1	le président du club		description	a lancé	direct	C’est fini
v	fr	8	1	le président du club		description	croit	indirect	l’équipe peut rebondir
v	fr	9	1	Éric Coquerel	président de la commission des finances	name	a annoncé	direct	Nous voterons contre
v	fr	10	1	le député du Val-de-Marne		description	a répliqué	direct	C’est de l’obstruction
v	fr	11	2	Sauvons Saint-Nazaire	Le collectif	pronoun	a-t-il annoncé	direct	Nous irons jusqu’au Conseil d’État
v	fr	12	1	Roy	Premier ministre	name	a indiqué	indirect	l’épidémie reculait"
	# a headline's indefinite description is not a woman whose gender
	# is unknown, nor a mayor
	run --separate-stderr qx h fr "Mardi 12 mars 2024" \
	    "« On nous a abandonnés », accuse un habitant" \
	    "Les habitants du quartier des Pins sont sans eau depuis dix jours." \
	    "« Personne ne vient », dit Paul Girard. « On nous a abandonnés », lance le maire, Henri Vidal."
	assert_success
	assert_output "h	fr	2	1	un habitant		description	accuse	direct	On nous a abandonnés
h	fr	4	1	Paul Girard		name	dit	direct	Personne ne vient
h	fr	4	2	Henri Vidal	le maire	name	lance	direct	On nous a abandonnés"
	run --separate-stderr qx w en "Tuesday 4 November 2025" "Headline" \
	    "“I saw nothing,” the witness told the judge, who warned that perjury was a crime." \
	    "“It’s over,” said Smith, whose wife, who said that she was relieved, stood beside him." \
	    "Tesla boss Musk said that sales would recover."
	assert_success
	assert_output "w	en	3	1	the witness		description	told	direct	I saw nothing
w	en	4	1	Smith		name	said	direct	It’s over
w	en	5	1	Musk	Tesla boss	name	said	indirect	sales would recover"
}

@test "tenth session: a reported clause before et a + a second cue; a title ending an interrupted quotation's attribution; la syndicaliste for a déléguée; a bare title and an acronym before a name; a quotation opening its paragraph is the next sentence's subject's; a company's noun kept as its role" {
	run --separate-stderr qx s fr "mardi 4 novembre 2025" "Titre" \
	    "Le maire de Lanvel, Hugues Perrin, a affirmé que le chantier serait terminé en mai et a dénoncé « une campagne de rumeurs »." \
	    "« On ne reprendra pas », a déclaré Rachid Ouali, secrétaire général du Syndicat autonome des agents (SAA)." \
	    "« Suspendre, ce n’est pas renoncer, a réagi Nadia Perron, déléguée de l’Union des agents de propreté (UAP). Dans six mois, rien n’aura changé. »" \
	    "Pour la syndicaliste, la mairie « joue la montre » en espérant que le mouvement s’essouffle." \
	    "« Le plus dur, confie une riveraine, ce n’est pas l’odeur. C’est l’attente. »" \
	    "« Deux ans qu’on signale des fûts dans les allées. » Délégué CGT de l’entrepôt, Paul Humbert a le sentiment d’avoir prêché dans le désert." \
	    "« Un an de plus devant des tribunes vides, c’est une catastrophe. » Le président du Stade lanvelais FC, Franck Delorme, ne cache pas son exaspération." \
	    "La société Valoris Environnement, déjà chargée de la collecte dans deux communes, se dit « prête à intervenir ». Dans un communiqué, l’entreprise affirme disposer de « quarante camions »." \
	    "Sa présidente-directrice générale, Hélène Marchal, a défendu l’essai. La dirigeante a reconnu des « anomalies modérées »."
	assert_success
	assert_output "s	fr	3	1	Hugues Perrin	Le maire de Lanvel	name	a affirmé	indirect	le chantier serait terminé en mai
s	fr	3	1	Hugues Perrin	Le maire de Lanvel	name	a affirmé	partial	une campagne de rumeurs
s	fr	4	1	Rachid Ouali	secrétaire général du Syndicat autonome des agents (SAA)	name	a déclaré	direct	On ne reprendra pas
s	fr	5	1	Nadia Perron	déléguée de l’Union des agents de propreté (UAP)	name	a réagi	direct	Suspendre, ce n’est pas renoncer … Dans six mois, rien n’aura changé.
s	fr	6	1	Nadia Perron	déléguée de l’Union des agents de propreté (UAP)	anaphor	Pour	partial	joue la montre
s	fr	7	1	une riveraine		description	confie	direct	Le plus dur … ce n’est pas l’odeur. C’est l’attente.
s	fr	8	1	Paul Humbert	Délégué CGT de l’entrepôt	subject		direct	Deux ans qu’on signale des fûts dans les allées.
s	fr	9	1	Franck Delorme	Le président du Stade lanvelais FC	subject		direct	Un an de plus devant des tribunes vides, c’est une catastrophe.
s	fr	10	1	Valoris Environnement	La société	subject		partial	prête à intervenir
s	fr	10	2	Valoris Environnement	La société	anaphor	affirme	partial	quarante camions
s	fr	11	2	Hélène Marchal	Sa présidente-directrice générale	anaphor	a reconnu	partial	anomalies modérées"
}

@test "tenth session, English: said and a clause without that before a second cue; and said after a quotation, with its own cue; the Liberal Democrat MP for the local MP; a plural possessive's role (Kelsey Ferries’ chief executive); according to X, which …" {
	run --separate-stderr qx s en "Tuesday 4 November 2025" "Ferry cuts: islanders say they were not consulted" \
	    "County Clerk Rosa Alvarado said her office would begin the recount on Monday and called the margin “razor-thin”." \
	    "Mr Harwell called the breach “regrettable” and said the results would be made public." \
	    "The local MP, Helen Treloar, who represents Penmarr, wrote to the minister." \
	    "Speaking on the quay, the Liberal Democrat MP said: “This is a lifeline service.”" \
	    "Kelsey Ferries’ chief executive, Gareth Prowse, rejected the criticism." \
	    "The chief executive called the subsidy figure “misleading”." \
	    "A public meeting on Monday night drew more than 200 people, according to the Elwyn Community Trust, which arranged it."
	assert_success
	# (the headline's plural present is read since the eighteenth session)
	assert_output "s	en	2	1	islanders		description	say	indirect	they were not consulted
s	en	3	1	Rosa Alvarado	County Clerk	name	said	indirect	her office would begin the recount on Monday
s	en	3	1	Rosa Alvarado	County Clerk	name	said	partial	razor-thin
s	en	4	1	Harwell	Mr	name	called	partial	regrettable
s	en	4	1	Harwell	Mr	name	said	indirect	the results would be made public
s	en	6	1	Helen Treloar	The local MP	anaphor	said	direct	This is a lifeline service.
s	en	8	1	Gareth Prowse	Kelsey Ferries’ chief executive	anaphor	called	partial	misleading
s	en	9	1	the Elwyn Community Trust		name	according to	indirect	A public meeting on Monday night drew more than 200 people"
}

@test "tenth session, second round: a subject with an apposition without a verb before an inverted cue's object is no reported speech; le texte after a document named after an attribution; an age then a predicate is no title; l’autorité for a directorate; Van der Linde for Marieke van der Linde; said and five words before the verb" {
	run --separate-stderr qx s fr "mardi 4 novembre 2025" "Titre" \
	    "Le syndicat, majoritaire chez les aiguilleurs du ciel, réclame l’embauche de 300 contrôleurs d’ici à 2027." \
	    "La route, coupée depuis mardi, rouvrira lundi, a indiqué la préfecture." \
	    "Le ministère de la Santé a annoncé une inspection. « Toute la lumière sera faite », indique le ministère dans un communiqué. Les conclusions seront rendues « sous deux mois », précise le texte." \
	    "Lucie Bertholet, 34 ans, devait s’envoler pour Ajaccio. « On a appris l’annulation à 6 heures », raconte cette infirmière de Créteil." \
	    "Selon la Direction générale de l’aviation civile (DGAC), le trafic a été réduit de moitié. « Des retards sont à prévoir », prévient l’autorité."
	assert_success
	assert_output "s	fr	4	1	la préfecture		description	a indiqué	indirect	La route, coupée depuis mardi, rouvrira lundi
s	fr	5	2	Le ministère de la Santé		anaphor	indique	direct	Toute la lumière sera faite
s	fr	5	3	Le ministère de la Santé		adjacent	précise	partial	sous deux mois
s	fr	6	2	Lucie Bertholet	cette infirmière de Créteil	anaphor	raconte	direct	On a appris l’annulation à 6 heures
s	fr	7	1	la Direction générale de l’aviation civile		anaphor	Selon	indirect	le trafic a été réduit de moitié
s	fr	7	2	la Direction générale de l’aviation civile		anaphor	prévient	direct	Des retards sont à prévoir"
	run --separate-stderr qx s en "Monday 3 November 2025" "Head" \
	    "“We will fight,” said Marieke van der Linde, the union’s regional organiser." \
	    "Van der Linde said staff had been offered redeployment." \
	    "Nadia Ferrars, a professor of health policy, said small practices in rural areas were closing faster than those in cities."
	assert_success
	assert_output "s	en	3	1	Marieke van der Linde	the union’s regional organiser	name	said	direct	We will fight
s	en	4	1	Marieke van der Linde	the union’s regional organiser	name	said	indirect	staff had been offered redeployment
s	en	5	1	Nadia Ferrars	a professor of health policy	name	said	indirect	small practices in rural areas were closing faster than those in cities"
}

@test "what the tenth session's fixes must not take (review, 28 November)" {
	run --separate-stderr qx r fr "mardi 4 novembre 2025" "Titre" \
	    "« On ira jusqu’au bout, a dit Paul Roy, nous irons jusqu’au bout. »" \
	    "« Il y a deux ans, raconte Sophie Garnier, tout allait bien. »" \
	    "« Dégage ! » Le maire, Paul Roy, a été pris à partie par une vingtaine de manifestants." \
	    "« Nous ne lâcherons rien. » Le maire, Paul Roy, n’a pas souhaité réagir." \
	    "Le président du conseil départemental, Henri Blanc, a inauguré le restaurant de Karim Saïdi. « C’est une fierté pour le quartier », a confié le patron." \
	    "Jeanne Roy, secrétaire du syndicat CGT, a ouvert la réunion. Face à elle, Sophie Garnier, représentante de la direction, a présenté le plan. « Ce plan est inacceptable », a réagi la syndicaliste." \
	    "« C’est une caricature », a réagi le syndicat, qui conteste le rapport de l’inspection. « Les effectifs sont suffisants », indique le rapport."
	assert_success
	assert_output "r	fr	3	1	Paul Roy		name	a dit	direct	On ira jusqu’au bout … nous irons jusqu’au bout.
r	fr	4	1	Sophie Garnier		name	raconte	direct	Il y a deux ans … tout allait bien.
r	fr	5	1					direct	Dégage !
r	fr	6	1					direct	Nous ne lâcherons rien.
r	fr	7	2	le patron		unresolved	a confié	direct	C’est une fierté pour le quartier
r	fr	8	3	Jeanne Roy	secrétaire du syndicat CGT	anaphor	a réagi	direct	Ce plan est inacceptable
r	fr	9	1	le syndicat CGT		anaphor	a réagi	direct	C’est une caricature
r	fr	9	2	le rapport		description	indique	direct	Les effectifs sont suffisants"
	run --separate-stderr qx r en "Tuesday 4 November 2025" "Head" \
	    "The vicar described the fire as “heartbreaking” and said a prayer for the injured firefighters." \
	    "Police described the crash as “horrific” and warned the public to avoid the area." \
	    "The bishop said a prayer for the injured and called the attack “an act of evil”." \
	    "He said goodbye to friends who were waiting at the gate." \
	    "The trust warned against complacency as cases were rising." \
	    "“Get out!” The local MP, Helen Brady, was heckled by protesters as she left." \
	    "Mark Toller, a Conservative MP, and Helen Brady, the local MP, met residents. “The plan is dead,” said the Conservative MP." \
	    "The ship ran aground at 3am, according to the coastguard, which was alerted by a passing trawler."
	assert_success
	assert_output "r	en	3	1	The vicar		description	described	partial	heartbreaking
r	en	4	1	Police		name	described	partial	horrific
r	en	5	1	The bishop		description	said	partial	an act of evil
r	en	8	1					direct	Get out!
r	en	9	2	Mark Toller	a Conservative MP	anaphor	said	direct	The plan is dead
r	en	10	1	the coastguard		description	according to	indirect	The ship ran aground at 3am"
}

@test "tenth session, second round: a conjunction inside a speaker's words (as leader says); a relative clause's number; a subject and a copula before an ending cue is no speaker; the council; le septuagénaire, le jeune artisan; la représentante de l’État for a sous-préfète; the name after Selon and a description is no reported words" {
	run --separate-stderr qx s fr "mardi 4 novembre 2025" "Titre" \
	    "Gérard Pouliquen, président de l’association Vivre à Lavernay, dénonce « une annexion déguisée »." \
	    "« Nous ne sommes pas contre nos voisins », a poursuivi le septuagénaire." \
	    "Antoine Bréhier, menuisier, votera oui. Pour lui, les opposants « se battent pour un village qui n’existe plus ». Le jeune artisan a indiqué qu’il figurerait sur la liste commune." \
	    "Selon la sous-préfète, Hélène Castagné-Roux, la commune touchera une dotation garantie. La représentante de l’État a rappelé que le scrutin n’avait qu’une valeur consultative."
	assert_success
	assert_output "s	fr	3	1	Gérard Pouliquen	président de l’association Vivre à Lavernay	name	dénonce	partial	une annexion déguisée
s	fr	4	1	Gérard Pouliquen	président de l’association Vivre à Lavernay	anaphor	a poursuivi	direct	Nous ne sommes pas contre nos voisins
s	fr	5	2	Antoine Bréhier	menuisier	pronoun	Pour	partial	se battent pour un village qui n’existe plus
s	fr	5	3	Antoine Bréhier	menuisier	anaphor	a indiqué	indirect	il figurerait sur la liste commune
s	fr	6	1	Hélène Castagné-Roux	la sous-préfète	name	Selon	indirect	la commune touchera une dotation garantie
s	fr	6	2	Hélène Castagné-Roux	la sous-préfète	anaphor	a rappelé	indirect	le scrutin n’avait qu’une valeur consultative"
	run --separate-stderr qx s en "Tuesday 4 November 2025" "Kestleford council tax to rise 9.99% as leader says town has “run out of road”" \
	    "Unison, which represents most of the council’s 1,400 staff, said it welcomed the decision." \
	    "Inside the ruling group, the vote was closer than the result suggests." \
	    "Bills will be sent out in mid-March, the council said."
	assert_success
	assert_output "s	en	2	1	leader		description	says	partial	run out of road
s	en	3	1	Unison		name	said	indirect	it welcomed the decision
s	en	5	1	the council		description	said	indirect	Bills will be sent out in mid-March"
}

@test "a quotation after a source, its comma and words of the sentence's own is partial; after the source's apposition it is all reported" {
	run --separate-stderr qx s fr "mardi 4 novembre 2025" "Titre" \
	    "Antoine Bréhier, menuisier, votera oui. Pour lui, les opposants « se battent pour un village qui n’existe plus »." \
	    "Pour Karim Benslimane, délégué de l’USJ, « ce rachat est un cas d’école »." \
	    "Selon la préfète, la route « restera fermée jusqu’à lundi »."
	assert_success
	assert_output "s	fr	3	2	Antoine Bréhier	menuisier	pronoun	Pour	partial	se battent pour un village qui n’existe plus
s	fr	4	1	Karim Benslimane	délégué de l’USJ	name	Pour	direct	ce rachat est un cas d’école
s	fr	5	1	la préfète		description	Selon	partial	restera fermée jusqu’à lundi"
}

@test "eleventh session: a name in « » after an organisation's noun, after a comma or met before in the document; l’intéressée and cette même source for the paragraph's latest speaker, not across paragraphs; soupirer; l’ancien coureur; d'ailleurs with a straight apostrophe (a speaker with a name in « » is still not read: the fragment after it keeps none)" {
	run --separate-stderr qx r fr "jeudi 6 novembre 2025" "Titre" \
	    "« On ne partira pas », a lancé Karim Roy, 52 ans, président du « Collectif des Tanneurs », mardi soir. Robert Blanc a rejoint le collectif « Bergers en colère », qui revendique 200 adhérents." \
	    "La fédération a lancé une pétition, « Des cours à l’ombre », jeudi. Le porte-parole de « Bergers en colère » parle d’une « mise en scène »." \
	    "« On vit là tous les jours », rétorque Amina Diallo, 36 ans, locataire. Pour l’intéressée, l’état du bâtiment « sert de prétexte »." \
	    "« On savait que ça pouvait déraper », confie un proche du dossier, qui a requis l’anonymat. « On a voulu aller vite », glisse cette même source." \
	    "Joint par téléphone, l’intéressé dénonce une « purge »." \
	    "« Il fait 31 degrés la nuit », soupire Léa Martin. La septuagénaire a d'ailleurs prévenu qu'elle serait au tribunal." \
	    "Paul Girard, consultant à la télévision, juge l’affaire grave. « J’ai couru à cette époque », soupire l’ancien coureur."
	assert_success
	assert_output "r	fr	3	1	Karim Roy	président du « Collectif des Tanneurs »	name	a lancé	direct	On ne partira pas
r	fr	4	2					partial	mise en scène
r	fr	5	1	Amina Diallo	locataire	name	rétorque	direct	On vit là tous les jours
r	fr	5	2	Amina Diallo	locataire	anaphor	Pour	partial	sert de prétexte
r	fr	6	1	un proche du dossier		description	confie	direct	On savait que ça pouvait déraper
r	fr	6	2	un proche du dossier		anaphor	glisse	direct	On a voulu aller vite
r	fr	7	1	l’intéressé		description	dénonce	partial	purge
r	fr	8	1	Léa Martin		name	soupire	direct	Il fait 31 degrés la nuit
r	fr	8	2	Léa Martin		anaphor	a d'ailleurs prévenu	indirect	elle serait au tribunal
r	fr	9	2	Paul Girard	consultant à la télévision	anaphor	soupire	direct	J’ai couru à cette époque"
	[ "$stderr" = "" ]
}

@test "eleventh session, English: the Labour MP for the local MP; Dr without a full stop, Mr X met again; one as a determiner; an adverb that opens the sentence is no speaker; the Regional Airlines Association is one name and no she; told MPs" {
	run --separate-stderr qx r en "Thursday 6 November 2025" "Head" \
	    "The local MP, Daniel Okafor, was disappointed. \"I support jobs,\" the Labour MP said. Mr Okafor said he would ask for a meeting." \
	    "Dr Hannah Lowe, a senior economist, urged caution. “Projections are optimistic,” she said." \
	    "Privately, one senior aviation industry figure, who asked not to be named, said the Treasury had pushed hard for approval." \
	    "The Regional Airlines Association, which represents 14 carriers, said the new runway would ease slot shortages." \
	    "The transport secretary, Eleanor Pryce, spoke first. “This country has spent too long talking,” she told MPs. “Today we stop talking.”"
	assert_success
	assert_output "r	en	3	2	Daniel Okafor	The local MP	anaphor	said	direct	I support jobs
r	en	3	3	Daniel Okafor	The local MP	name	said	indirect	he would ask for a meeting
r	en	4	2	Hannah Lowe	a senior economist	pronoun	said	direct	Projections are optimistic
r	en	5	1	one senior aviation industry figure		description	said	indirect	the Treasury had pushed hard for approval
r	en	6	1	The Regional Airlines Association		name	said	indirect	the new runway would ease slot shortages
r	en	7	2	Eleanor Pryce	The transport secretary	pronoun	told	direct	This country has spent too long talking … Today we stop talking."
	[ "$stderr" = "" ]
}

@test "eleventh session: a role before a name with a capitalised complement (la préfète des Hautes-Alpes, Claire X,); a title after the name rather than a relation before it (Son porte-parole, X, éleveur à Y, then l’éleveur); an opening adverbial is no role; the pensioner for a speaker met again as Mrs X" {
	run --separate-stderr qx r fr "jeudi 6 novembre 2025" "Titre" \
	    "Convoquée par la préfète des Hautes-Alpes, Claire Vautrin, la réunion a tourné court. Robert Blanc, éleveur à Ancelle, a quitté la salle." \
	    "Son porte-parole, Julien Arnaud, éleveur de 600 brebis à Saint-Bonnet, a pris la parole. « On enterre nos brebis », a-t-il lancé. L’éleveur réclame que les tirs soient autorisés." \
	    "« Je comprends la détresse des éleveurs », poursuit la préfète." \
	    "Sur le parvis de Notre-Dame, Paul Roy a manifesté. « Je reste », dit-il."
	assert_success
	assert_output "r	fr	4	2	Julien Arnaud	éleveur de 600 brebis à Saint-Bonnet	pronoun	a-t-il lancé	direct	On enterre nos brebis
r	fr	4	3	Julien Arnaud	éleveur de 600 brebis à Saint-Bonnet	anaphor	réclame	indirect	les tirs soient autorisés
r	fr	5	1	Claire Vautrin	la préfète des Hautes-Alpes	anaphor	poursuit	direct	Je comprends la détresse des éleveurs
r	fr	6	2	Paul Roy		pronoun	dit-il	direct	Je reste"
	run --separate-stderr qx r en "Thursday 6 November 2025" "Head" \
	    "Margaret Dunne, 71, said: “My grandchildren can’t sleep.” Her neighbour, Tom Ashworth, a 34-year-old electrician, took a different view." \
	    "Back in Cliffe Woods, Mrs Dunne was unmoved by the promise. “They’ll double-glaze my windows,” the pensioner said."
	assert_success
	assert_output "r	en	3	1	Margaret Dunne		name	said	direct	My grandchildren can’t sleep.
r	en	4	2	Margaret Dunne	the pensioner	anaphor	said	direct	They’ll double-glaze my windows"
	[ "$stderr" = "" ]
}

@test "eleventh session, second part: cet ancien marin-pêcheur for a patron de station ([past]); le sauveteur; Pour la coordinatrice, …; a Department for Transport spokesperson then the spokesperson; the council leader (council in the role, not another leader); known locally as “the X” is a name; saying that after an attribution" {
	run --separate-stderr qx r fr "jeudi 6 novembre 2025" "Titre" \
	    "Parmi les premiers sur zone, Yannick Le Duff, 61 ans, patron bénévole de la station SNSM, a passé quatre heures en mer. « On entendait des cris », raconte cet ancien marin-pêcheur." \
	    "« Trente-cinq ans que je fais ça », poursuit le sauveteur." \
	    "Sur le port, Camille Roy, coordinatrice de l’association Littoral Solidaire, ne décolère pas. Pour la coordinatrice, les passeurs font embarquer les exilés dans la précipitation."
	assert_success
	assert_output "r	fr	3	2	Yannick Le Duff	patron bénévole de la station SNSM	anaphor	raconte	direct	On entendait des cris
r	fr	4	1	Yannick Le Duff	patron bénévole de la station SNSM	anaphor	poursuit	direct	Trente-cinq ans que je fais ça
r	fr	5	2	Camille Roy	coordinatrice de l’association Littoral Solidaire	anaphor	Pour	indirect	les passeurs font embarquer les exilés dans la précipitation"
	run --separate-stderr qx r en "Thursday 6 November 2025" "Head" \
	    "“The conditions are enforceable,” a Department for Transport spokesperson said. The spokesperson added that the airport would face penalties." \
	    "Cllr Graham Pettifer, the Independent leader of the council, insisted the town had not been let down. Duncan Pryce, leader of the Conservative group, disagreed. The council leader dismissed the claim as “political point-scoring”." \
	    "A permanent scheme – known locally as “the Teme Wall” – was designed." \
	    "Mr Pryce dismissed the plan as “a fantasy”, saying that the money had gone."
	assert_success
	assert_output "r	en	3	1	a Department for Transport spokesperson		description	said	direct	The conditions are enforceable
r	en	3	2	a Department for Transport spokesperson		anaphor	added	indirect	the airport would face penalties
r	en	4	1	Graham Pettifer	the Independent leader of the council	name	insisted	indirect	the town had not been let down
r	en	4	3	Graham Pettifer	the Independent leader of the council	anaphor	dismissed	partial	political point-scoring
r	en	6	1	Duncan Pryce	leader of the Conservative group	name	dismissed	partial	a fantasy
r	en	6	1	Duncan Pryce	leader of the Conservative group	name	saying	indirect	the money had gone"
	[ "$stderr" = "" ]
}

@test "eleventh session, second round: faire état de; a name after Un collectif d’habitants and a comma; but said and a clause that holds a later that; the banner “…”" {
	run --separate-stderr qx r fr "jeudi 6 novembre 2025" "Titre" \
	    "Mercredi, le SDIS des Landes faisait état d’une « nette amélioration » sur le flanc sud." \
	    "Un collectif d’habitants, « Le Born ne brûlera pas », doit organiser une réunion publique samedi. « Nous serons là », a promis Paul Roy."
	assert_success
	assert_output "r	fr	3	1	le SDIS des Landes		name	faisait état	partial	nette amélioration
r	fr	4	2	Paul Roy		name	a promis	direct	Nous serons là"
	run --separate-stderr qx r en "Thursday 6 November 2025" "Head" \
	    "Gregory Haines, an analyst at Brightwater, called the memo “unusually candid” but said the company had yet to show that the product could make money." \
	    "Staff have campaigned since 2024 under the banner “Build It Together.” “We will win,” said Rosa Delgado."
	assert_success
	assert_output "r	en	3	1	Gregory Haines	an analyst at Brightwater	name	called	partial	unusually candid
r	en	3	1	Gregory Haines	an analyst at Brightwater	name	said	indirect	the company had yet to show that the product could make money
r	en	4	2	Rosa Delgado		name	said	direct	We will win"
	[ "$stderr" = "" ]
}

@test "eleventh session, second round, English: a dateline before the dash is no role; the council is no councillor (whole words, a plural's s aside)" {
	run --separate-stderr qx r en "Thursday 6 November 2025" "Head" \
	    "COLUMBUS, Ohio — Veridane Software, the Columbus-based maker of payroll software, said Tuesday it would cut 1,200 jobs." \
	    "“We regret it,” said Dana Whitlock, a company spokesperson." \
	    "Kestleford Borough Council approved the rise. One Labour councillor, who asked not to be named, called it “a disgrace”. Bills will be sent out in mid-March, the council said."
	assert_success
	assert_output "r	en	3	1	Veridane Software	the Columbus-based maker of payroll software	name	said	indirect	Tuesday it would cut 1,200 jobs
r	en	4	1	Dana Whitlock	a company spokesperson	name	said	direct	We regret it
r	en	5	2	One Labour councillor		description	called	partial	a disgrace
r	en	5	3	Kestleford Borough Council		anaphor	said	indirect	Bills will be sent out in mid-March"
	[ "$stderr" = "" ]
}

@test "eleventh session, second round, French: a present participle that is its own cue after an attribution (précisant que); Pour la Ligue X, …" {
	run --separate-stderr qx r fr "jeudi 6 novembre 2025" "Titre" \
	    "Le président du club, Gérard Fontanel, a parlé. « C’est inexcusable », a-t-il déclaré lundi, précisant que le joueur avait été suspendu." \
	    "Pour la Ligue Loire-Velay, l’agression de dimanche n’a rien d’un fait isolé."
	assert_success
	assert_output "r	fr	3	2	Gérard Fontanel	Le président du club	pronoun	a-t-il déclaré	direct	C’est inexcusable
r	fr	3	2	Gérard Fontanel	Le président du club	pronoun	précisant	indirect	le joueur avait été suspendu
r	fr	4	1	la Ligue Loire-Velay		name	Pour	indirect	l’agression de dimanche n’a rien d’un fait isolé"
	[ "$stderr" = "" ]
}

@test "eleventh session: a subject before a colon holds no auxiliary (The latter was less convinced: “…”)" {
	run --separate-stderr qx r en "Sarah Whitcombe said the surgery would close. Nadia Ferrars said it was a shame." \
	    "The latter was less convinced: “Recruiting more GPs means very little.”"
	assert_success
	assert_output "r	en	1	1	Sarah Whitcombe		name	said	indirect	the surgery would close
r	en	1	2	Nadia Ferrars		name	said	indirect	it was a shame
r	en	2	1	Nadia Ferrars		anaphor	was less convinced	direct	Recruiting more GPs means very little."
	[ "$stderr" = "" ]
}

@test "what the eleventh session's fixes must not take (review, 28 November): words said that open with an organisation's noun or repeat a name; l’intéressé and cette source when the paragraph met someone else; a spokesman for an institution is he; Ms X is no role" {
	run --separate-stderr qx r fr "« Comité Théodule, encore un », raille l’opposition municipale." \
	    "« Collectif ou pas, on continue », assure Thomas Girard." \
	    "Le collectif « On ne lâche rien » regroupe 200 familles." \
	    "« On ne lâche rien », a lancé Karine Dubois, sa fondatrice." \
	    "Le député Jean Dufour a accusé le maire, Paul Renard, de favoritisme. « C’est un système », a-t-il affirmé. L’intéressé a répondu que « tout était légal »." \
	    "Un diplomate européen affirme que Paris est isolé. Le ministre, Jean-Noël Barrot, a démenti : « C’est faux. » Cette source affirme pourtant que « les partenaires sont agacés »."
	assert_success
	assert_output "r	fr	1	1	l’opposition municipale		description	raille	direct	Comité Théodule, encore un
r	fr	2	1	Thomas Girard		name	assure	direct	Collectif ou pas, on continue
r	fr	4	1	Karine Dubois	sa fondatrice	name	a lancé	direct	On ne lâche rien
r	fr	5	2	Jean Dufour	Le député	pronoun	a-t-il affirmé	direct	C’est un système
r	fr	5	3	L’intéressé		description	a répondu	direct	tout était légal
r	fr	6	1	Un diplomate européen		description	affirme	indirect	Paris est isolé
r	fr	6	2	Jean-Noël Barrot	Le ministre	name	a démenti	direct	C’est faux.
r	fr	6	3	Cette source		description	affirme	partial	les partenaires sont agacés"
	run --separate-stderr qx r en "A spokesman for the General Medical Council said the doctor had been suspended. \"Patient safety comes first,\" he said." \
	    "Ms Reeves met Unison's general secretary, Christina McAnea. She said the meeting was \"productive\"."
	assert_success
	assert_output "r	en	1	1	A spokesman for the General Medical Council		description	said	indirect	the doctor had been suspended
r	en	1	2	A spokesman for the General Medical Council		pronoun	said	direct	Patient safety comes first
r	en	2	2	She		unresolved	said	partial	productive"
	[ "$stderr" = "" ]
}

@test "twelfth session: a participle after a comma brings in the reported speech of the sentence's subject (saying, arguing, estimant que), with or without that; not saying goodbye, nor adding to the pressure" {
	run --separate-stderr qx r en "Ms Jones criticised the plan on Monday, saying it would cost jobs." \
	    "On Tuesday, Unite hit back, saying that the offer was an insult." \
	    "The union walked out, arguing the talks had failed. She left early, saying goodbye to friends who were staying." \
	    "The decision was welcomed by residents, adding to the pressure on the council." \
	    "The chief executive called the figure “misleading”, saying most of the money had gone on harbour dues."
	assert_success
	assert_output "r	en	1	1	Jones	Ms	name	saying	indirect	it would cost jobs
r	en	2	1	Unite		name	saying	indirect	the offer was an insult
r	en	3	1	The union		description	arguing	indirect	the talks had failed
r	en	5	1	The chief executive		description	called	partial	misleading
r	en	5	1	The chief executive		description	saying	indirect	most of the money had gone on harbour dues"
	[ "$stderr" = "" ]
	run --separate-stderr qx r fr "Paul Morel a quitté la table des négociations, estimant que l’offre était une insulte." \
	    "Le syndicat a quitté la salle, estimant qu’aucun accord n’était possible. Elle est partie, estimant nécessaire de réfléchir."
	assert_success
	assert_output "r	fr	1	1	Paul Morel		subject	estimant	indirect	l’offre était une insulte
r	fr	2	1	Le syndicat		description	estimant	indirect	aucun accord n’était possible"
	[ "$stderr" = "" ]
}

@test "twelfth session: the organisation for an alliance, a union or a charity named before" {
	run --separate-stderr qx r en "The Rail Passengers Alliance said the decision was overdue." \
	    "“This should have happened a year ago,” the organisation said in a statement."
	assert_success
	assert_output "r	en	1	1	The Rail Passengers Alliance		name	said	indirect	the decision was overdue
r	en	2	1	The Rail Passengers Alliance		anaphor	said	direct	This should have happened a year ago"
	[ "$stderr" = "" ]
}

@test "twelfth session: a name in marks after an organisation's noun speaks (Le collectif « Sauvons la Vienne » a dénoncé, a indiqué que; a assuré le collectif « … »), and is then its anaphor's" {
	run --separate-stderr qx r fr "Le collectif « Sauvons la Vienne » a dénoncé « un scandale sanitaire »." \
	    "L’association « Vienne Vivante » a indiqué que la pollution durait depuis des mois." \
	    "« Nous irons jusqu’au bout », a assuré le collectif « Sauvons la Vienne »." \
	    "« C’est un crime », a ajouté le collectif."
	assert_success
	assert_output "r	fr	1	1	Le collectif « Sauvons la Vienne »		name	a dénoncé	partial	un scandale sanitaire
r	fr	2	1	L’association « Vienne Vivante »		name	a indiqué	indirect	la pollution durait depuis des mois
r	fr	3	1	le collectif « Sauvons la Vienne »		name	a assuré	direct	Nous irons jusqu’au bout
r	fr	4	1	le collectif « Sauvons la Vienne »		anaphor	a ajouté	direct	C’est un crime"
	[ "$stderr" = "" ]
}

@test "twelfth session, blind article: le magistrat for a vice-procureur; a banner's words in « » are no quotation" {
	run --separate-stderr qx r fr "Le vice-procureur du parquet, Laurent Chabrier, a précisé que des prélèvements avaient été faits. Les résultats sont attendus vendredi, selon le magistrat." \
	    "Dimanche, une banderole « Rendez-nous notre rivière » avait été accrochée au pont."
	assert_success
	assert_output "r	fr	1	1	Laurent Chabrier	Le vice-procureur du parquet	name	a précisé	indirect	des prélèvements avaient été faits
r	fr	1	2	Laurent Chabrier	Le vice-procureur du parquet	anaphor	selon	indirect	Les résultats sont attendus vendredi"
	[ "$stderr" = "" ]
}

@test "twelfth session, blind article: le groupe for a company the paragraph named in one word, without its noun (Du côté de Chimelis, on reconnaît …), which then has it for its role" {
	run --separate-stderr qx r fr "Du côté de Chimelis, on reconnaît « un incident ». Dans un communiqué, le groupe évoque « une défaillance ponctuelle »." \
	    "« Nous coopérons », précise la société."
	assert_success
	assert_output "r	fr	1	1	Chimelis		name	reconnaît	partial	un incident
r	fr	1	2	Chimelis	le groupe	anaphor	évoque	partial	une défaillance ponctuelle
r	fr	2	1	Chimelis	le groupe	anaphor	précise	direct	Nous coopérons"
	[ "$stderr" = "" ]
}

@test "twelfth session, English: when and where after an ending cue (…, the union said on Monday; Unite said in a statement; told MPs on Tuesday afternoon); a call the former described as “…”" {
	run --separate-stderr qx r en "Martin Kesteven met Tom Hallam on Monday. He spoke to Ms Ashdown, a call the former described as “brief but cordial”." \
	    "The talks had collapsed, the union said on Monday." \
	    "Services will pass to the operator at 2am on Sunday, Ms Ashdown told MPs on Tuesday afternoon." \
	    "The offer was final, Unite said in a statement."
	assert_success
	assert_output "r	en	1	2	Martin Kesteven		anaphor	described	partial	brief but cordial
r	en	2	1	the union		description	said	indirect	The talks had collapsed
r	en	3	1	Ashdown	Ms	name	told	indirect	Services will pass to the operator at 2am on Sunday
r	en	4	1	Unite		name	said	indirect	The offer was final"
	[ "$stderr" = "" ]
}

@test "thirteenth session: a party in parentheses after the name of an apposition (no reported speech in « a défendu son budget »; a affirmé le président du département, X (divers droite), lors de …); la réponse du président for the president met before; sans se démonter after the name, but le collectif Sèvre sans bassines whole; a newspaper's name in « »" {
	run --separate-stderr qx r fr "Le président du département, Gérard Malcombe (divers droite), a défendu son budget à l’ouverture de la séance. « Nous n’avons pas le choix », a affirmé le président du département, Gérard Malcombe (divers droite), lors de la séance." \
	    "La réponse du président a fusé : « Nous tenons nos engagements. »" \
	    "« Nous ne fermerons aucun collège », a répondu Gérard Malcombe sans se démonter. Le quotidien « L’Écho du Montbrac » titrait sur la colère des parents." \
	    "« C’est un passage en force », a dénoncé le collectif Sèvre sans bassines."
	assert_success
	assert_output "r	fr	1	2	Gérard Malcombe	le président du département	name	a affirmé	direct	Nous n’avons pas le choix
r	fr	2	1	Gérard Malcombe	Le président du département	anaphor	a fusé	direct	Nous tenons nos engagements.
r	fr	3	1	Gérard Malcombe		name	a répondu	direct	Nous ne fermerons aucun collège
r	fr	4	1	le collectif Sèvre sans bassines		description	a dénoncé	direct	C’est un passage en force"
	[ "$stderr" = "" ]
}

@test "thirteenth session, English: with X saying “…” (an apposition after the title, a plural subject, the reported clause before the marks); a source who was blunter: “…”; Commuter before a name is a role; a paper's name in marks" {
	run --separate-stderr qx r en "The government took the franchise back, with the Transport Secretary, Priya Holloway, saying “passengers have waited long enough”." \
	    "The talks collapsed, with union leaders saying the offer was “an insult”." \
	    "Mark Ellery said the decision was regrettable. One senior industry figure, who asked not to be named, was blunter: “They had it coming.”" \
	    "Commuter Dan Whitlow, 44, said he was relieved." \
	    "The paper “Northern Echo” ran the story."
	assert_success
	assert_output "r	en	1	1	Priya Holloway	the Transport Secretary	name	saying	partial	passengers have waited long enough
r	en	2	1	union leaders		description	saying	partial	an insult
r	en	3	1	Mark Ellery		name	said	indirect	the decision was regrettable
r	en	3	2	One senior industry figure		description	was blunter	direct	They had it coming.
r	en	4	1	Dan Whitlow	Commuter	name	said	indirect	he was relieved"
	[ "$stderr" = "" ]
}

@test "thirteenth session: a source inside the words before “, qui” (selon l’entreprise X, qui évoque « … »); someone new brought in by an indefinite subject (Une voisine est plus prudente; A neighbour was more cautious) for the pronoun after it, not the speaker before" {
	run --separate-stderr qx r fr "La production reprendra lundi selon l’entreprise Chimelis, qui évoque « un incident isolé »." \
	    "Anne Petit a salué les gendarmes. Une voisine est plus prudente. « Rien n’est joué », glisse-t-elle." \
	    "Paul Roy a salué les gendarmes. Une source proche du dossier est plus prudente. « Rien n’est joué », glisse-t-elle. « La voisine », a dit Anne Petit."
	assert_success
	assert_output "r	fr	1	1	l’entreprise Chimelis		name	évoque	partial	un incident isolé
r	fr	2	3	Une voisine		pronoun	glisse-t-elle	direct	Rien n’est joué
r	fr	3	3	Une source proche du dossier		pronoun	glisse-t-elle	direct	Rien n’est joué
r	fr	3	4	Anne Petit		name	a dit	direct	La voisine"
	[ "$stderr" = "" ]
	run --separate-stderr qx r en "Jane Roe praised the police. A neighbour was more cautious. “Nothing is settled,” she said."
	assert_success
	assert_output "r	en	1	3	A neighbour		pronoun	said	direct	Nothing is settled"
	[ "$stderr" = "" ]
}

@test "thirteenth session, English: the company is the organisation named before, not the latest speaker when a gender makes that one a person" {
	run --separate-stderr qx r en "Northway Rail said the figures were wrong. “We run more trains than ever,” said Sarah Penhale, a passenger. “We will appeal,” the company said."
	assert_success
	assert_output "r	en	1	1	Northway Rail		name	said	indirect	the figures were wrong
r	en	1	2	Sarah Penhale	a passenger	name	said	direct	We run more trains than ever
r	en	1	3	Northway Rail	the company	anaphor	said	direct	We will appeal"
	[ "$stderr" = "" ]
}

@test "thirteenth session: the speaker after an inverted cue ends before those addressed when marks follow them (a lancé le maire aux militants « … »), not inside a title (la ministre aux Armées, X)" {
	run --separate-stderr qx r fr "« Ils ne passeront pas », a lancé le maire aux militants « anti-bassines » réunis devant la mairie." \
	    "« Ils ne passeront pas », a lancé la ministre aux Armées, Florence Vallerand."
	assert_success
	assert_output "r	fr	1	1	le maire		unresolved	a lancé	direct	Ils ne passeront pas
r	fr	1	1	le maire		adjacent		partial	anti-bassines
r	fr	2	1	Florence Vallerand	la ministre aux Armées	name	a lancé	direct	Ils ne passeront pas"
	[ "$stderr" = "" ]
}

@test "thirteenth session, blind article: le syndicaliste is no union's name that holds syndicale; a description of six words before a name with a particle; où l’on after assure-t-on dans …; initials in a subject's name; a paper's columns and an association's complement before a name in marks; a, de son côté, annoncé que" {
	run --separate-stderr qx r fr "« On nous ment. Vraiment », a lancé Rachid Benhamou, délégué de l’Union syndicale des hospitaliers (USH) à Saint-Amans. Le syndicaliste assure que la maternité « ne passera pas l’été »." \
	    "La directrice du futur groupement, Hélène de Villaret-Costes, conteste cette lecture. « Il n’a jamais été question de fermer », a-t-elle affirmé." \
	    "« Le ministre suit le dossier », assure-t-on dans l’entourage du ministre de la Santé, où l’on rappelle que la décision finale « appartient à l’ARS »." \
	    "Paul Roy est venu. Le professeur J.-L. Castagnet, chef du service de cardiologie, tempère. « Je comprends l’inquiétude », estime-t-il." \
	    "Annick Le Floc’h préside l’association de patients « Lerne Santé Vivante ». Gilles Van Acker a annoncé, dans les colonnes de « L’Écho de la Lerne », qu’il déposerait un recours. L’association a, de son côté, annoncé qu’elle saisirait le Défenseur des droits."
	assert_success
	assert_output "r	fr	1	1	Rachid Benhamou	délégué de l’Union syndicale des hospitaliers (USH) à Saint-Amans	name	a lancé	direct	On nous ment. Vraiment
r	fr	1	3	Rachid Benhamou	délégué de l’Union syndicale des hospitaliers (USH) à Saint-Amans	anaphor	assure	mixed	ne passera pas l’été
r	fr	2	2	Hélène de Villaret-Costes	La directrice du futur groupement	pronoun	a-t-elle affirmé	direct	Il n’a jamais été question de fermer
r	fr	3	1	l’entourage du ministre de la Santé		description	assure-t-on	direct	Le ministre suit le dossier
r	fr	3	1	l’entourage du ministre de la Santé		pronoun	rappelle	mixed	appartient à l’ARS
r	fr	4	3	J.-L. Castagnet	chef du service de cardiologie	pronoun	estime-t-il	direct	Je comprends l’inquiétude
r	fr	5	2	Gilles Van Acker		name	a annoncé	indirect	il déposerait un recours
r	fr	5	3	L’association		description	a, de son côté, annoncé	indirect	elle saisirait le Défenseur des droits"
	[ "$stderr" = "" ]
}

@test "thirteenth session, blind article: n’y after a name is no role; a relative clause after an inverted cue's description goes to the sentence's end unless another phrase follows; ce praticien for someone new described before" {
	run --separate-stderr qx r fr "Le maire de Saint-Amans, Gilles Van Acker, n’y croit pas une seconde. « Construire avec les équipes ? », s’agace l’édile. « On se renvoie la balle », raille le maire, qui prévient qu’il sera présent, avec ses administrés, à chaque réunion." \
	    "Un médecin du centre hospitalier, qui a requis l’anonymat, confirme le malaise. « Au bloc, on manque de tout », confie-t-il. Selon ce praticien, trois anesthésistes sont partis."
	assert_success
	assert_output "r	fr	1	2	Gilles Van Acker	Le maire de Saint-Amans	anaphor	s’agace	direct	Construire avec les équipes ?
r	fr	1	3	Gilles Van Acker	Le maire de Saint-Amans	anaphor	raille	direct	On se renvoie la balle
r	fr	1	3	Gilles Van Acker	Le maire de Saint-Amans	anaphor	prévient	indirect	il sera présent, avec ses administrés, à chaque réunion
r	fr	2	2	Un médecin du centre hospitalier		pronoun	confie-t-il	direct	Au bloc, on manque de tout
r	fr	2	3	Un médecin du centre hospitalier		anaphor	Selon	indirect	trois anesthésistes sont partis"
	[ "$stderr" = "" ]
	run --separate-stderr qx r fr "« On a perdu », admet l’entraîneur, qui croit que l’équipe peut rebondir, avant de quitter la salle."
	assert_success
	assert_output "r	fr	1	1	l’entraîneur		unresolved	admet	direct	On a perdu
r	fr	1	1	l’entraîneur		unresolved	croit	indirect	l’équipe peut rebondir"
	[ "$stderr" = "" ]
}

@test "thirteenth session: more cue verbs (analyse, tempère, sourit-il); l’universitaire for a politiste; a relative clause's reported speech holds a name in marks (qui annonce que le plan « … », lancé au printemps, sera étendu)" {
	run --separate-stderr qx r fr "« C’est un virage », analyse Claire Moreau, politiste à l’université de Lyon. Pour l’universitaire, le budget marque une rupture." \
	    "« Je comprends », tempère le professeur Jean Roux. « C’est vrai », sourit-il." \
	    "Hélène Vasseur est ministre. « Je veux dire que la Nation est là », écrit la ministre, qui annonce que le plan «Respect sur tous les terrains», lancé au printemps, sera étendu aux compétitions de district dès janvier."
	assert_success
	assert_output "r	fr	1	1	Claire Moreau	politiste à l’université de Lyon	name	analyse	direct	C’est un virage
r	fr	1	2	Claire Moreau	politiste à l’université de Lyon	anaphor	Pour	indirect	le budget marque une rupture
r	fr	2	1	Jean Roux	le professeur	name	tempère	direct	Je comprends
r	fr	2	2	Jean Roux	le professeur	pronoun	sourit-il	direct	C’est vrai
r	fr	3	2	la ministre		unresolved	écrit	direct	Je veux dire que la Nation est là
r	fr	3	2	la ministre		unresolved	annonce	indirect	le plan «Respect sur tous les terrains», lancé au printemps, sera étendu aux compétitions de district dès janvier"
	[ "$stderr" = "" ]
}

@test "thirteenth session, blind trial article: le survivant; la militante ne décolère pas : « … »; the subject that said the words again (La mère d’Inès a répété ces mots); s’en est prise is no role" {
	run --separate-stderr qx r fr "Moussa Diakhaté, 34 ans, a sauté du deuxième étage. Le survivant, qui boite encore, a raconté qu’il s’était plaint « au moins cinq fois »." \
	    "Élodie Marchal déplore que la ville ait « fermé les yeux ». La militante ne décolère pas : « Nous avons envoyé trois courriers. »" \
	    "Rosa Ferreira a parlé. «Nous ne demandons pas de vengeance.» La mère d’Inès a répété ces mots devant les caméras." \
	    "La mairie affirme que tout va bien. Sa consœur, Samia Belkadi-Roux, s’en est prise à l’enquête. « Le gestionnaire n’est pas là », a-t-elle ironisé."
	assert_success
	assert_output "r	fr	1	2	Moussa Diakhaté	Le survivant	anaphor	a raconté	mixed	au moins cinq fois
r	fr	2	1	Élodie Marchal		name	déplore	mixed	fermé les yeux
r	fr	2	2	Élodie Marchal	La militante	anaphor	ne décolère pas	direct	Nous avons envoyé trois courriers.
r	fr	3	2	Rosa Ferreira	La mère d’Inès	anaphor		direct	Nous ne demandons pas de vengeance.
r	fr	4	1	La mairie		description	affirme	indirect	tout va bien
r	fr	4	3	Samia Belkadi-Roux	Sa consœur	pronoun	a-t-elle ironisé	direct	Le gestionnaire n’est pas là"
	[ "$stderr" = "" ]
}

@test "thirteenth session, blind English article: a name before two appositions (initials too); a Welsh particle; the doctor for a consultant anaesthetist; the union organiser is the organiser, not the union" {
	run --separate-stderr qx r en "Dr Rebecca J. Okafor-Lindqvist, a senior fellow at the Centre for Health Policy Reform, a think tank, argued that the dispute was “the canary in the coal mine”." \
	    "Its chief executive, Owain ap Gruffydd, said: “Patients are caught.”" \
	    "A consultant anaesthetist, who asked not to be named, said the dispute had been “years in the making”. “The strike is a symptom,” the doctor said." \
	    "“Nobody wanted this,” said Tomasz Kowalczyk, regional organiser for the Health Professionals’ Union (HPU). Mr Kowalczyk was less optimistic. “Hope doesn’t staff a ward,” the union organiser said."
	assert_success
	assert_output "r	en	1	1	Rebecca J. Okafor-Lindqvist	a think tank	name	argued	mixed	the canary in the coal mine
r	en	2	1	Owain ap Gruffydd	Its chief executive	name	said	direct	Patients are caught.
r	en	3	1	A consultant anaesthetist		description	said	partial	years in the making
r	en	3	2	A consultant anaesthetist		anaphor	said	direct	The strike is a symptom
r	en	4	1	Tomasz Kowalczyk	regional organiser for the Health Professionals’ Union (HPU)	name	said	direct	Nobody wanted this
r	en	4	3	Tomasz Kowalczyk	regional organiser for the Health Professionals’ Union (HPU)	anaphor	said	direct	Hope doesn’t staff a ward"
	[ "$stderr" = "" ]
}

@test "thirteenth session, English: the words on placards (placards reading “…”) and a campaign's name after a comma are no quotations" {
	run --separate-stderr qx r en "Staff waved placards reading “Nurses not numbers” beneath the banner of their campaign, “Fair Pay for Safe Care”." \
	    "“We will win,” said Jo Bell."
	assert_success
	assert_output "r	en	2	1	Jo Bell		name	said	direct	We will win"
	[ "$stderr" = "" ]
}

@test "thirteenth session, held-out English article: In her view, … is her reported speech; the regulator for a regulation authority named before" {
	run --separate-stderr qx r en "Jane Kettering, an analyst, said the fine was large. In her view, investors would be reassured that the licence was safe." \
	    "The Water Regulation Authority (WRA) said the company had committed “serious breaches”. The regulator said it would publish its decision in December." \
	    "In the view of Tom Hale, the plan will fail."
	assert_success
	assert_output "r	en	1	1	Jane Kettering	an analyst	name	said	indirect	the fine was large
r	en	1	2	Jane Kettering	an analyst	pronoun	In	indirect	investors would be reassured that the licence was safe
r	en	2	1	The Water Regulation Authority		name	said	partial	serious breaches
r	en	2	2	The Water Regulation Authority		anaphor	said	indirect	it would publish its decision in December
r	en	3	1	Tom Hale		name	In	indirect	the plan will fail"
	[ "$stderr" = "" ]
}

@test "fourteenth session, English: reported speech cut by its attribution (The group, she said, would …), its parts joined; not a clause that follows the attribution" {
	run --separate-stderr qx r en "Imogen Tate-Barlow, who chairs the River Guardians Alliance, called the fine a drop in the ocean. The group, she said, would seek legal advice." \
	    "The union said the strike would go ahead. The talks, it added on Monday, had failed." \
	    "The offer, said Paul Roy, was an insult to staff." \
	    "Officials would meet council leaders next week, he said, but he declined to put a date on it."
	assert_success
	assert_output "r	en	1	2	Imogen Tate-Barlow		pronoun	said	indirect	The group … would seek legal advice
r	en	2	1	The union		description	said	indirect	the strike would go ahead
r	en	2	2	The union		pronoun	added	indirect	The talks … had failed
r	en	3	1	Paul Roy		name	said	indirect	The offer … was an insult to staff
r	en	4	1	Paul Roy		pronoun	said	indirect	Officials would meet council leaders next week"
	[ "$stderr" = "" ]
}

@test "fourteenth session, French: reported speech cut by its attribution (Cette réforme, a-t-il estimé, est …; selon lui; a annoncé le préfet), its parts joined; not a relative clause after it" {
	run --separate-stderr qx r fr "Le maire, Paul Roy, a parlé lundi. Cette réforme, a-t-il estimé, est nécessaire pour la ville." \
	    "Le projet, selon lui, coûtera trop cher." \
	    "La mairie, a annoncé le préfet jeudi, sera fermée." \
	    "Le principal point de blocage reste le calendrier, a indiqué un diplomate, qui a requis l’anonymat."
	assert_success
	assert_output "r	fr	1	2	Paul Roy	Le maire	pronoun	a-t-il estimé	indirect	Cette réforme … est nécessaire pour la ville
r	fr	2	1	Paul Roy	Le maire	pronoun	selon	indirect	Le projet … coûtera trop cher
r	fr	3	1	le préfet		description	a annoncé	indirect	La mairie … sera fermée
r	fr	4	1	un diplomate		description	a indiqué	indirect	Le principal point de blocage reste le calendrier"
	[ "$stderr" = "" ]
}

@test "fourteenth session, blind English article: a headline's ‘…’; a name in apposition inside a relative clause; which he said had “…”; a passive is no attribution; insists; the councillor for Cllr; a council spokeswoman is a person; the regulator for an inspectorate" {
	run --separate-stderr qx c en "Thursday 12 November 2026" \
	    "Families vow to fight care home closures that would ‘rip the heart out’ of villages" \
	    "Relatives packed the village hall beneath a banner reading “Care not cuts” and signs saying “Hands off”. Margaret Ellery, whose 93-year-old mother, Edith, has lived at Alder Court for six years, said the closure would “rip the heart out” of the village. “Mum knows every carer by name,” she said." \
	    "Sean McAteer, the union’s regional organiser, spoke first. The union official questioned the repair figure, which he said had “appeared from nowhere”. Staff were told last spring that money for a new roof had been secured, according to the union." \
	    "The leader of the opposition group, Cllr Tomás O’Driscoll, criticised the plan. The councillor also pointed out that the site had been valued at £3m. The council insists the sale played no part in the decision. A council spokeswoman said any money would be “reinvested in care”. She dismissed suggestions otherwise as “simply untrue”." \
	    "The Care Standards Inspectorate said it would monitor the closures. In a statement, the regulator said providers must ensure that “moves are planned around each individual”."
	assert_success
	assert_output "c	en	2	1	Margaret Ellery		repeated		partial	rip the heart out
c	en	3	2	Margaret Ellery		name	said	partial	rip the heart out
c	en	3	3	Margaret Ellery		pronoun	said	direct	Mum knows every carer by name
c	en	4	2	Sean McAteer	the union’s regional organiser	pronoun	said	partial	appeared from nowhere
c	en	4	3	the union		description	according to	indirect	Staff were told last spring that money for a new roof had been secured
c	en	5	2	Tomás O’Driscoll	The leader of the opposition group	anaphor	pointed out	indirect	the site had been valued at £3m
c	en	5	3	The council		description	insists	indirect	the sale played no part in the decision
c	en	5	4	A council spokeswoman		description	said	partial	reinvested in care
c	en	5	5	A council spokeswoman		pronoun	dismissed	partial	simply untrue
c	en	6	1	The Care Standards Inspectorate		name	said	indirect	it would monitor the closures
c	en	6	2	The Care Standards Inspectorate		anaphor	said	direct	moves are planned around each individual"
	[ "$stderr" = "" ]
}

@test "fourteenth session, blind French article: l’universitaire for a hydrologist; the words on a banner (une banderole proclamant « … ») are no quotation" {
	run --separate-stderr qx b fr "C’est l’argument de Claire Daumas-Ferrier, hydrologue à l’université Grenoble-Alpes. « Le barrage risque de produire moins que prévu », explique-t-elle." \
	    "Le maire, Paul Roy, était là. « Je ne dis pas non », nuance l’universitaire." \
	    "Samedi, 600 personnes ont défilé derrière une banderole proclamant « Pas de béton sur notre rivière ». « C’est la plus grosse mobilisation », glisse Paul Roy."
	assert_success
	assert_output "b	fr	1	2	Claire Daumas-Ferrier	hydrologue à l’université Grenoble-Alpes	pronoun	explique-t-elle	direct	Le barrage risque de produire moins que prévu
b	fr	2	2	Claire Daumas-Ferrier	hydrologue à l’université Grenoble-Alpes	anaphor	nuance	direct	Je ne dis pas non
b	fr	3	2	Paul Roy		name	glisse	direct	C’est la plus grosse mobilisation"
	[ "$stderr" = "" ]
}

@test "fourteenth session: two people named together are one speaker, of them both (Ken and Ruth Abernethy, then they; Jean et Marie Dupont, then ils); a name in marks before a noun of [organisations] (the “…” campaign) is no quotation" {
	run --separate-stderr qx k en "Ken and Ruth Abernethy, whose aunt lives at Bramley House, said they had chosen the home because it was close. “Anywhere else means two buses,” they said." \
	    "Ms Ellery, who founded the “Keep Alder Court Open” campaign, spoke first. “We will not give up,” said Jo Bell."
	assert_success
	assert_output "k	en	1	1	Ken and Ruth Abernethy		name	said	indirect	they had chosen the home because it was close
k	en	1	2	Ken and Ruth Abernethy		pronoun	said	direct	Anywhere else means two buses
k	en	2	2	Jo Bell		name	said	direct	We will not give up"
	[ "$stderr" = "" ]
	run --separate-stderr qx k fr "Jean et Marie Dupont ont assuré qu’ils resteraient. « Nous ne partirons pas », ont-ils ajouté."
	assert_success
	assert_output "k	fr	1	1	Jean et Marie Dupont		name	ont assuré	indirect	ils resteraient
k	fr	1	2	Jean et Marie Dupont		pronoun	ont-ils ajouté	direct	Nous ne partirons pas"
	[ "$stderr" = "" ]
}

@test "fourteenth session, held-out English article: two particles inside a name (Eleanor de la Cruz-Whitfield, then De la Cruz-Whitfield and she); an attribution with an object is no aside" {
	run --separate-stderr qx a en "Eleanor de la Cruz-Whitfield, an east side Democrat, was less diplomatic. She accused the authority of “balancing its books”. De la Cruz-Whitfield said she would act." \
	    "The plan, she told reporters, would fail."
	assert_success
	assert_output "a	en	1	2	Eleanor de la Cruz-Whitfield	an east side Democrat	pronoun	accused	partial	balancing its books
a	en	1	3	Eleanor de la Cruz-Whitfield	an east side Democrat	name	said	indirect	she would act"
	[ "$stderr" = "" ]
}

@test "fourteenth session: a title after the name of an inverted cue at the end (…, said Paul Roy, the mayor.) is his" {
	run --separate-stderr qx a en "The plan will fail, said Paul Roy, the mayor." \
	    "The talks had collapsed, said Ann Lee, a union official who was there."
	assert_success
	assert_output "a	en	1	1	Paul Roy	the mayor	name	said	indirect	The plan will fail
a	en	2	1	Ann Lee	a union official	name	said	indirect	The talks had collapsed"
	[ "$stderr" = "" ]
}

@test "fifteenth session, blind English article: two people named together keep their order for the former and the latter; an adjunct inside an interrupted quotation (she wrote in a blog post last month); numbers before the verb of a clause without that; admitted with a clause, not with an object; That was the pledge X made, That was how X, an apposition, put it" {
	run --separate-stderr qx a en "Jane Hollis-Price, a nurse, spoke first. “It is hard,” she said. Tom O’Driscoll, a porter, agreed. “It is,” he said." \
	    "Ms Hollis-Price and Mr O’Driscoll met the residents on Monday. The former called it “a welcome start”. The latter was less convinced: “It changes nothing.”" \
	    "Imogen Hart, a health economist, spoke next. “It is not a question of whether we pay,” she wrote in a blog post last month, “but of where in the system we pay.”" \
	    "Their organiser, a retired teacher, J. R. Tolliver, said more than 1,500 people had signed a petition." \
	    "Sara Lind, a nurse, spoke to us. She admitted she had applied for a job elsewhere. The driver admitted the charges." \
	    "“I will not let this go.” That was the pledge Ms Hart made to a packed meeting on Tuesday." \
	    "“We will win.” That was how the mayor put it." \
	    "“It is over.” That was how Jo Bell, an operator for 19 years, put it."
	assert_success
	assert_output "a	en	1	2	Jane Hollis-Price	a nurse	pronoun	said	direct	It is hard
a	en	1	4	Tom O’Driscoll	a porter	pronoun	said	direct	It is
a	en	2	2	Jane Hollis-Price	a nurse	anaphor	called	partial	a welcome start
a	en	2	3	Tom O’Driscoll	a porter	anaphor	was less convinced	direct	It changes nothing.
a	en	3	2	Imogen Hart	a health economist	pronoun	wrote	direct	It is not a question of whether we pay … but of where in the system we pay.
a	en	4	1	J. R. Tolliver	a retired teacher	name	said	indirect	more than 1,500 people had signed a petition
a	en	5	2	Sara Lind	a nurse	pronoun	admitted	indirect	she had applied for a job elsewhere
a	en	6	1	Imogen Hart	a health economist	name		direct	I will not let this go.
a	en	7	1	the mayor		unresolved		direct	We will win.
a	en	8	1	Jo Bell	an operator for 19 years	name		direct	It is over."
	[ "$stderr" = "" ]
}

@test "fifteenth session, blind French article: l’officier for a lieutenant-colonel; X va plus loin : « … » and enfonce le clou; a reflexive cue in the present (s’agace, s’étonne que), not s’explique par; le président de la métropole rather than a later son président; M. Roy et M. Blanc keep their order for ce dernier" {
	run --separate-stderr qx b fr "« Ça se noie », résume le lieutenant-colonel Patrick Mérand, du SDIS. L’officier précise que le pack a été immergé." \
	    "Une conductrice, qui a requis l’anonymat, va plus loin : « Jamais de sécurité. » Selon elle, plusieurs collègues ont signalé des surchauffes." \
	    "Sophie Kerbrat, l’avocate du coureur, a parlé. Interrogée par Le Courrier, l’avocate enfonce le clou : « Le laboratoire se trompe. »" \
	    "Le président de la métropole, Marc Veyrier, était sur place. L’association des riverains a réagi. Son président, Thierry Vasseur, réclame une étude." \
	    "Le président de la métropole s’agace : « Je n’accepterai pas cela. » Il s’étonne que personne ne réagisse." \
	    "Le trou s’explique par « l’explosion » des charges." \
	    "Paul Roy, le maire, et Jean Blanc, son adjoint, sont arrivés. M. Roy et M. Blanc ont visité l’usine. « Nous tiendrons », a assuré ce dernier."
	assert_success
	assert_output "b	fr	1	1	Patrick Mérand	le lieutenant-colonel	name	résume	direct	Ça se noie
b	fr	1	2	Patrick Mérand	le lieutenant-colonel	anaphor	précise	indirect	le pack a été immergé
b	fr	2	1	Une conductrice		description	va plus loin	direct	Jamais de sécurité.
b	fr	2	2	Une conductrice		pronoun	Selon	indirect	plusieurs collègues ont signalé des surchauffes
b	fr	3	2	Sophie Kerbrat	l’avocate du coureur	anaphor	enfonce le clou	direct	Le laboratoire se trompe.
b	fr	5	1	Marc Veyrier	Le président de la métropole	anaphor	s’agace	direct	Je n’accepterai pas cela.
b	fr	5	2	Marc Veyrier	Le président de la métropole	pronoun	s’étonne	indirect	personne ne réagisse
b	fr	6	1					partial	l’explosion
b	fr	7	3	Jean Blanc	son adjoint	anaphor	a assuré	direct	Nous tiendrons"
	[ "$stderr" = "" ]
}

@test "fifteenth session, held-out English article: estimated; a number before a past in -ed; that with one word after it is no clause; A, but said B and A, though he admitted B as two records (not urged X to); the federal official for an administrator; Front Street is no one; a clause before a colon, then the quotation" {
	run --separate-stderr qx c en "Anneliese van Houten, a structural engineer, spoke. She estimated that replacing the span outright could cost more than \$180 million." \
	    "The spokeswoman said about 14,000 vehicles used the bridge on an average weekday. Renata Okafor rejected that criticism." \
	    "Latrice Bell taped a sign to her window. She conceded that the state had no choice, but said shops had been given no warning at all." \
	    "Kevin Bramhall, a division administrator with the Federal Highway Administration, said federal funds could help pay for repairs, though he admitted the agency had not yet received a formal request. Emergency money, the federal official cautioned, “does not arrive overnight.”" \
	    "He said residents would be hit hardest, and urged the council to widen its scheme." \
	    "Gus Papadakis and Latrice Bell met on Front Street. The former said he wanted a footbridge “by summer”." \
	    "The mayor said that the plan had failed: “We lost the vote.”"
	assert_success
	assert_output "c	en	1	2	Anneliese van Houten	a structural engineer	pronoun	estimated	indirect	replacing the span outright could cost more than \$180 million
c	en	2	1	The spokeswoman		unresolved	said	indirect	about 14,000 vehicles used the bridge on an average weekday
c	en	3	2	Latrice Bell		pronoun	conceded	indirect	the state had no choice
c	en	3	2	Latrice Bell		pronoun	said	indirect	shops had been given no warning at all
c	en	4	1	Kevin Bramhall	a division administrator with the Federal Highway Administration	name	said	indirect	federal funds could help pay for repairs
c	en	4	1	Kevin Bramhall	a division administrator with the Federal Highway Administration	name	admitted	indirect	the agency had not yet received a formal request
c	en	4	2	Kevin Bramhall	a division administrator with the Federal Highway Administration	anaphor	cautioned	direct	does not arrive overnight.
c	en	5	1	Kevin Bramhall	a division administrator with the Federal Highway Administration	pronoun	said	indirect	residents would be hit hardest, and urged the council to widen its scheme
c	en	6	2	Gus Papadakis		anaphor	said	partial	by summer
c	en	7	1	The mayor		unresolved	said	indirect	the plan had failed
c	en	7	1	The mayor		unresolved	said	direct	We lost the vote."
	[ "$stderr" = "" ]
}

@test "fifteenth session: a record of reported speech does not take the next quotation as its rest (a slot's goes_on from the paragraph before); French: a clause before a colon, then the quotation; A, mais a assuré que B as two records (not a appelé X à)" {
	run --separate-stderr qx d en "On the west bank, the owner said half of his customers come from across the river. “If this lasts a month, I’ll survive. If it lasts a year, I won’t,” the diner owner said." \
	    "Across the water, Latrice Monroe-Bell taped a hand-lettered sign reading “Still Open — Use Route 9!” to the window of her store. She conceded that the state probably had no alternative. She was still fuming. “Nobody called us.”"
	assert_success
	assert_output "d	en	1	2	the owner		anaphor	said	direct	If this lasts a month, I’ll survive. If it lasts a year, I won’t
d	en	2	2	Latrice Monroe-Bell		pronoun	conceded	indirect	the state probably had no alternative
d	en	2	4	Latrice Monroe-Bell		adjacent		direct	Nobody called us."
	[ "$stderr" = "" ]
	run --separate-stderr qx e fr "Son délégué, Rémi Favre, rappelle que les moniteurs sont des indépendants : « Nous n’avons ni chômage ni chômage partiel. »" \
	    "Anne Roy a estimé que la ville avait raison, mais a assuré que les commerces seraient aidés." \
	    "Zhao Lin a dit que ces pays ne représentaient pas le monde, et a appelé les États-Unis à se concentrer sur leurs problèmes."
	assert_success
	assert_output "e	fr	1	1	Rémi Favre	Son délégué	name	rappelle	indirect	les moniteurs sont des indépendants
e	fr	1	1	Rémi Favre	Son délégué	name	rappelle	direct	Nous n’avons ni chômage ni chômage partiel.
e	fr	2	1	Anne Roy		name	a estimé	indirect	la ville avait raison
e	fr	2	1	Anne Roy		name	a assuré	indirect	les commerces seraient aidés
e	fr	3	1	Zhao Lin		name	a dit	indirect	ces pays ne représentaient pas le monde, et a appelé les États-Unis à se concentrer sur leurs problèmes"
	[ "$stderr" = "" ]
}

@test "fifteenth session, French article written blind: a cue and its speaker set off by commas before the quotation (d’ici là, a glissé M. X, « … »); une pancarte proclame « … » is no quotation" {
	run --separate-stderr qx a fr "Gérard Berthod-Mollaret, le maire, a parlé. Prochaine audience le 9 septembre ; d’ici là, a glissé M. Berthod-Mollaret, « il faudra prier pour qu’il neige »." \
	    "Sur la barrière, une pancarte proclame « Pas de neige, pas de paye »."
	assert_success
	assert_output "a	fr	1	2	Gérard Berthod-Mollaret	le maire	name	a glissé	partial	il faudra prier pour qu’il neige"
	[ "$stderr" = "" ]
}

@test "fifteenth session: a participle in agreement after a reflexive (s’est dite, s’est félicitée que, se sont déclarés: the tenth session's test of a company's noun as its role now says se dit)" {
	run --separate-stderr qx a fr "La ministre, Anne Roy, s’est dite « très préoccupée ». Elle s’est félicitée que « le texte soit adopté »." \
	    "Les élus se sont déclarés « choqués »."
	assert_success
	assert_output "a	fr	1	1	Anne Roy	La ministre	name	s’est dite	partial	très préoccupée
a	fr	1	2	Anne Roy	La ministre	pronoun	s’est félicitée	partial	le texte soit adopté
a	fr	2	1	Les élus		description	se sont déclarés	partial	choqués"
	[ "$stderr" = "" ]
}

@test "fifteenth session: a subject after two opening adverbials (Devant l’école, mercredi matin, Sandrine X tient …), then cette aide-soignante is hers" {
	run --separate-stderr qx a fr "Devant l’école, mercredi matin, Sandrine Le Goff tient la main de sa fille. « On nous a menti », lâche cette aide-soignante de 36 ans."
	assert_success
	assert_output "a	fr	1	2	Sandrine Le Goff	cette aide-soignante de 36 ans	anaphor	lâche	direct	On nous a menti"
	[ "$stderr" = "" ]
}

@test "sixteenth session: a quotation in lower case that its cue takes as object or attribute is partial (called it “…”, a dénoncé « … », s’est dit « … »), not after a colon or a cue of [utterances]; after a complementizer too (seventeenth session: a estimé que « … »)" {
	run --separate-stderr qx a en "Ms Hart called it “a welcome start”. She told reporters “the vote will be close”." \
	    "Mr Lee said: “a fair deal, at last”. He promised “a full review”."
	assert_success
	assert_output "a	en	1	1	Hart	Ms	name	called	partial	a welcome start
a	en	1	2	Hart	Ms	pronoun	told	direct	the vote will be close
a	en	2	1	Lee	Mr	name	said	direct	a fair deal, at last
a	en	2	2	Lee	Mr	pronoun	promised	partial	a full review"
	[ "$stderr" = "" ]
	run --separate-stderr qx b fr "Le maire, Paul Roy, a dénoncé « une gestion à la petite semaine ». Il s’est dit « bouleversé »." \
	    "Anne Roy a déclaré : « une honte ». Elle a estimé que « la crise commence ». Elle a lancé « on ne lâchera rien »."
	assert_success
	assert_output "b	fr	1	1	Paul Roy	Le maire	name	a dénoncé	partial	une gestion à la petite semaine
b	fr	1	2	Paul Roy	Le maire	pronoun	s’est dit	partial	bouleversé
b	fr	2	1	Anne Roy		name	a déclaré	direct	une honte
b	fr	2	2	Anne Roy		pronoun	a estimé	partial	la crise commence
b	fr	2	3	Anne Roy		pronoun	a lancé	direct	on ne lâchera rien"
	[ "$stderr" = "" ]
	# a no-break space after the colon, as French typography puts it
	run --separate-stderr qx c fr "Anne Roy a déclaré${NBSP}:${NBSP}« une honte »."
	assert_success
	assert_output "c	fr	1	1	Anne Roy		name	a déclaré	direct	une honte"
}

@test "sixteenth session: a quotation set off by a colon that opens with a capital is direct, whatever the words on the colon's other side (X ironise sur les promesses : « … », a headline's « … » : …), and its sentence's subject still speaks" {
	run --separate-stderr qx a fr "Le syndicaliste Paul Roy ironise sur les promesses répétées : « On nous a vendu la luge. »" \
	    "« On nous a volé ce match » : à Vannes, la colère des supporters" \
	    "Le président du club, Marc Vidal, ne cache pas son incompréhension : « Personne ne nous a prévenus. »"
	assert_success
	assert_output "a	fr	1	1	Paul Roy	Le syndicaliste	name	ironise	direct	On nous a vendu la luge.
a	fr	2	1					direct	On nous a volé ce match
a	fr	3	1	Marc Vidal	Le président du club	subject		direct	Personne ne nous a prévenus."
	[ "$stderr" = "" ]
	run --separate-stderr qx b en "Jane Hart was blunt about the delays: “Nobody told us anything.”" \
	    "The mayor, Jane Hart, did not hide her anger: “a disgrace”."
	assert_success
	assert_output "b	en	1	1	Jane Hart		subject		direct	Nobody told us anything.
b	en	2	1	Jane Hart	The mayor	subject		partial	a disgrace"
	[ "$stderr" = "" ]
}

@test "sixteenth session: a role that is a title alone (Ms, Mme) gives way to the longer one the document gave the same name before; a title is kept when there is none" {
	run --separate-stderr qx b en "The mayor, Jane Hart, opened the meeting. “We will listen,” she said." \
	    "Ms Hart said: “Nothing is decided.” Mr Todd Bell, who runs the bakery, said: “We are worried.”" \
	    "“Nothing,” said Ms Hart."
	assert_success
	assert_output "b	en	1	2	Jane Hart	The mayor	pronoun	said	direct	We will listen
b	en	2	1	Jane Hart	The mayor	name	said	direct	Nothing is decided.
b	en	2	2	Todd Bell	Mr	name	said	direct	We are worried.
b	en	3	1	Jane Hart	The mayor	name	said	direct	Nothing"
	[ "$stderr" = "" ]
	run --separate-stderr qx c fr "La maire, Anne Roy, a ouvert la séance." "Mme Roy a déclaré : « Rien n’est décidé. »"
	assert_success
	assert_output "c	fr	2	1	Anne Roy	La maire	name	a déclaré	direct	Rien n’est décidé."
	[ "$stderr" = "" ]
}

@test "sixteenth session: an object pronoun before the auxiliary (Le maire l’a qualifiée de « … »), le, la, les after a pronoun subject (Il les a jugés « … »); l’a emporté is no cue" {
	run --separate-stderr qx a fr "Le maire, Paul Roy, l’a qualifiée de « honteuse ». Il les a jugés « irresponsables »." \
	    "Anne Roy a parlé. Elle la juge « indispensable »." \
	    "Si le oui l’a emporté de 19 voix à Lavernay, le non domine ailleurs."
	assert_success
	assert_output "a	fr	1	1	Paul Roy	Le maire	name	a qualifiée	partial	honteuse
a	fr	1	2	Paul Roy	Le maire	pronoun	a jugés	partial	irresponsables
a	fr	2	2	Anne Roy		pronoun	juge	partial	indispensable"
	[ "$stderr" = "" ]
}

@test "sixteenth session, blind English article: a company named after a preposition is one name (of Pennine Vale Water), then the company or the utility; said with a number and a hyphenated word before a modal; a headline said again 23 paragraphs on" {
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr qx a en "Martin Greaves, the chief executive of Pennine Vale Water, defended the rise as “unavoidable”." \
	    "In a statement, the company said around 210,000 low-income households would be eligible for its social tariff." \
	    "The utility said it would write to every customer."
	assert_success
	assert_output "a	en	1	1	Martin Greaves	the chief executive of Pennine Vale Water	name	defended	partial	unavoidable
a	en	2	1	Pennine Vale Water		anaphor	said	indirect	around 210,000 low-income households would be eligible for its social tariff
a	en	3	1	Pennine Vale Water		anaphor	said	indirect	it would write to every customer"
	[ "$stderr" = "" ]
	run --separate-stderr qx b fr "La maire de Paris Anne Hidalgo a parlé. « Non », a-t-elle dit."
	assert_success
	assert_output "b	fr	1	2	Anne Hidalgo	La maire de Paris	pronoun	a-t-elle dit	direct	Non"
	{ paras h en "“We are paying for their failures”: anger as bills rise" \
	    a b c d e f g h i j k l m n o p q r s t u v \
	    "“We are paying for their failures, plain and simple,” said Brenda Hollis, a retired nurse."
	} | segment > far.tsv
	run --separate-stderr quote-extract -H far.tsv
	assert_success
	run cut -f1,3- <<< "$output"
	assert_output "h	1	1	Brenda Hollis	a retired nurse	repeated		direct	We are paying for their failures
h	24	1	Brenda Hollis	a retired nurse	name	said	direct	We are paying for their failures, plain and simple"
}

@test "sixteenth session, blind French article: someone new brought in after an opening place (À quelques mètres, un retraité de Remiremont se veut …) for the pronoun after; a title in apposition with a list's name in « »; l’élu is not l’entourage du maire" {
	run --separate-stderr qx a fr "Le maire, Jean-Marc Thiébaut, a parlé. « Nous n’avions pas le choix », a-t-il déclaré." \
	    "« C’est un désaveu », peste-t-on dans l’entourage du maire." \
	    "Thomas Lallemand, conseiller municipal de la liste « Sainte-Croix Autrement », a dénoncé « un amateurisme coupable »." \
	    "« Il cherche un bouc émissaire », tranche l’élu." \
	    "À quelques mètres, un retraité de Remiremont se veut plus philosophe. « Mieux vaut un marché annulé qu’un drame », sourit-il."
	assert_success
	run cut -f3,5-10 <<< "$output"
	assert_output "1	Jean-Marc Thiébaut	Le maire	pronoun	a-t-il déclaré	direct	Nous n’avions pas le choix
2	l’entourage du maire		description	peste-t-on	direct	C’est un désaveu
3	Thomas Lallemand	conseiller municipal de la liste « Sainte-Croix Autrement »	name	a dénoncé	partial	un amateurisme coupable
4	Thomas Lallemand	conseiller municipal de la liste « Sainte-Croix Autrement »	anaphor	tranche	direct	Il cherche un bouc émissaire
5	un retraité de Remiremont		pronoun	sourit-il	direct	Mieux vaut un marché annulé qu’un drame"
	[ "$stderr" = "" ]
	run --separate-stderr qx b fr "Le maire, Jean-Marc Thiébaut, a parlé. « Nous n’avions pas le choix », a-t-il déclaré." \
	    "« C’est un désaveu », peste-t-on dans l’entourage du maire." \
	    "« Il cherche un bouc émissaire », tranche l’élu."
	assert_success
	assert_line --index 2 "b	fr	3	1	Jean-Marc Thiébaut	Le maire	anaphor	tranche	direct	Il cherche un bouc émissaire"
}

@test "sixteenth session: a semicolon before a clause in lower case ends a clause of its own (The former said A; the latter said B “…”), in the same sentence; a quotation across it is one" {
	run --separate-stderr qx a en "Martin Greaves and Gareth Illingworth met on Monday." \
	    "The former said he would use the meeting to set out the plan in detail; the latter said he would be going in “asking for answers, not a PowerPoint presentation”."
	assert_success
	assert_output "a	en	2	1	Martin Greaves		anaphor	said	indirect	he would use the meeting to set out the plan in detail
a	en	2	1	Gareth Illingworth		anaphor	said	partial	asking for answers, not a PowerPoint presentation"
	[ "$stderr" = "" ]
	run --separate-stderr qx b fr "Paul Roy est venu. « Nous avons tout essayé depuis des mois ; rien n’a marché jusqu’ici », a-t-il déclaré." \
	    "Paul Roy a dit qu’il partirait demain matin très tôt ; la maire, Anne Vidal, a assuré qu’elle resterait sur place."
	assert_success
	assert_output "b	fr	1	2	Paul Roy		pronoun	a-t-il déclaré	direct	Nous avons tout essayé depuis des mois ; rien n’a marché jusqu’ici
b	fr	2	1	Paul Roy		name	a dit	indirect	il partirait demain matin très tôt
b	fr	2	1	Anne Vidal		name	a assuré	indirect	elle resterait sur place"
	[ "$stderr" = "" ]
}

@test "sixteenth session: an indefinite description whose participle has a place keeps it after an inverted cue (said a woman waiting at a bus stop in the town centre, who …); a name's adjunct does not" {
	run --separate-stderr qx a en "“They’ll still be paying themselves bonuses, you watch,” said a woman waiting at a bus stop in Skelmoor town centre, who did not want to be named." \
	    "“No,” said Jane Roe at a press conference."
	assert_success
	assert_output "a	en	1	1	a woman waiting at a bus stop		description	said	direct	They’ll still be paying themselves bonuses, you watch
a	en	2	1	Jane Roe		name	said	direct	No"
	[ "$stderr" = "" ]
}

@test "sixteenth session: a quotation alone in its paragraph takes the speaker that the next paragraph's first sentence names (That is the verdict of Dr X, …), with -u as without" {
	cd "$BATS_TEST_TMPDIR"
	{ paras d en "Dr Samuel Okafor works at the Kestrel Institute." \
	    "“You can buy as many ambulances as you like, but you have simply bought a very expensive waiting room.”" \
	    "That is the verdict of Dr Samuel Okafor, a senior analyst at the Kestrel Institute. He said the figures were among the worst." \
	    "“We will not wait,” a nurse said."
	  paras e en "“Nobody knows who said this.”" "The rain went on all day."
	} | segment > next.tsv
	run --separate-stderr quote-extract -H next.tsv
	assert_success
	assert_output "d	en	2	1	Samuel Okafor	a senior analyst at the Kestrel Institute	name		direct	You can buy as many ambulances as you like, but you have simply bought a very expensive waiting room.
d	en	3	2	Samuel Okafor	a senior analyst at the Kestrel Institute	pronoun	said	indirect	the figures were among the worst
d	en	4	1	a nurse		description	said	direct	We will not wait
e	en	1	1					direct	Nobody knows who said this."
	local plain=$output
	run --separate-stderr quote-extract -H -u next.tsv
	assert_success
	[ "$output" = "$plain" ]
}

@test "sixteenth session, blind English article (held out): ruled that is reported speech, not ruled out; a paramedic based at a station keeps the place" {
	run --separate-stderr qx a en "At the inquest, Helen Marchbank, the senior coroner, ruled that the delay had contributed to her death. She said she would be sending a report." \
	    "The party has ruled out a coalition." \
	    "“Not one new patient,” said a paramedic based at Milbury station, who asked not to be named."
	assert_success
	assert_output "a	en	1	1	Helen Marchbank	the senior coroner	name	ruled	indirect	the delay had contributed to her death
a	en	1	2	Helen Marchbank	the senior coroner	pronoun	said	indirect	she would be sending a report
a	en	3	1	a paramedic based at Milbury station		description	said	direct	Not one new patient"
	[ "$stderr" = "" ]
}

@test "sixteenth session, blind English article (held out): the spokeswoman after a description that opens its sentence and names a department with and in it" {
	run --separate-stderr qx a en "A spokeswoman for the Department of Health and Social Care said: “Our thoughts are with the family.” “We have provided an extra £450 million,” the spokeswoman added."
	assert_success
	assert_output "a	en	1	1	A spokeswoman for the Department of Health and Social Care		description	said	direct	Our thoughts are with the family.
a	en	1	2	A spokeswoman for the Department of Health and Social Care		anaphor	added	direct	We have provided an extra £450 million"
	[ "$stderr" = "" ]
}

@test "sixteenth session, blind English article (held out): a headline's title without its article (as coroner warns of …) waits for the name whose role holds it" {
	cd "$BATS_TEST_TMPDIR"
	{ paras d en "Ambulance waits hit record high as coroner warns of “intolerable risk” to patients" \
	    "At the inquest, Helen Marchbank, the senior coroner for Hartmoor, ruled that the delay had contributed to her death."
	  paras e en "Rail fares rise as minister promises “a fair deal”" "Nothing else was said."
	} | segment > bare.tsv
	run --separate-stderr quote-extract -H bare.tsv
	assert_success
	assert_output "d	en	1	1	Helen Marchbank	the senior coroner for Hartmoor	anaphor	warns	partial	intolerable risk
d	en	2	1	Helen Marchbank	the senior coroner for Hartmoor	name	ruled	indirect	the delay had contributed to her death
e	en	1	1	minister		description	promises	partial	a fair deal"
	[ "$stderr" = "" ]
}

@test "seventeenth session, blind French article: l’élu is no woman whose role holds maire, but the man named before" {
	run --separate-stderr qx d fr "Sophie Vergnaud, adjointe au maire chargée des transports, a déclaré : « Le projet avance. »" \
	    "Jean-Marc Delattre, chef de file du groupe Roncelles Autrement, dénonce un projet « idéologique ». « Tout est déjà décidé », tranche l’élu."
	assert_success
	assert_output "d	fr	1	1	Sophie Vergnaud	adjointe au maire chargée des transports	name	a déclaré	direct	Le projet avance.
d	fr	2	1	Jean-Marc Delattre	chef de file du groupe Roncelles Autrement	name	dénonce	partial	idéologique
d	fr	2	2	Jean-Marc Delattre	chef de file du groupe Roncelles Autrement	anaphor	tranche	direct	Tout est déjà décidé"
	[ "$stderr" = "" ]
}

@test "seventeenth session, blind French article: a description after an opening circumstance without preposition is the one a pronoun after it stands for" {
	run --separate-stderr qx d fr "« Nous avons retourné le problème », a déclaré le maire, Bernard Valentin, à l’issue de la séance." \
	    "Thierry Lemarchand, président du club, a dénoncé « un gâchis »." \
	    "Interpellé par les nageurs venus en nombre, le maire a tenté de rassurer. « Nous ne laisserons pas tomber le club, a-t-il promis. Des discussions sont engagées. »" \
	    "Dans la salle, le maire a repris la parole. « Rien n’est joué », a-t-il ajouté."
	assert_success
	run cut -f3,5,7 <<< "$output"
	assert_output "1	Bernard Valentin	name
2	Thierry Lemarchand	name
3	Bernard Valentin	pronoun
4	Bernard Valentin	pronoun"
}

@test "seventeenth session, blind articles: a paper that asked (Interrogé par « … ») and a service branded “…” are names, not quotations" {
	run --separate-stderr qx d fr "Interrogé par « L’Écho de la Lère », Bernard Valentin a déclaré : « Rien n’est joué. »"
	assert_success
	assert_output "d	fr	1	1	Bernard Valentin		name	a déclaré	direct	Rien n’est joué."
	run --separate-stderr qx e en "The company will trial a minibus service, branded “Moorlink”, and Mr Haldane described it as “the future of rural transport”."
	assert_success
	assert_output "e	en	1	1	Haldane	Mr	name	described	partial	the future of rural transport"
}

@test "seventeenth session, blind English article: said with seven words before the verb of its clause; the sixth-former and the grandmother of five for the latest speaker near" {
	run --separate-stderr qx a en "The company’s managing director, Richard Haldane, said passenger numbers on many rural routes had never recovered from the pandemic." \
	    "Ellie Brennan, 17, said the loss of the last bus would force her to give up her drama course." \
	    "“Everyone keeps saying young people should stay,” the sixth-former said." \
	    "Maureen Caddick, 78, chairs the pensioners’ forum. She described the prospect as “frightening, frankly”. “For people like us, it’s a sentence,” the grandmother of five said."
	assert_success
	run cut -f3,5,7,8,10 <<< "$output"
	assert_output "1	Richard Haldane	name	said	passenger numbers on many rural routes had never recovered from the pandemic
2	Ellie Brennan	name	said	the loss of the last bus would force her to give up her drama course
3	Ellie Brennan	anaphor	said	Everyone keeps saying young people should stay
4	Maureen Caddick	pronoun	described	frightening, frankly
4	Maureen Caddick	anaphor	said	For people like us, it’s a sentence"
}

@test "seventeenth session, blind English article: an institution's name that a title's word opens; what the authority called “…”; Her verdict was blunt" {
	run --separate-stderr qx a en "Eleven routes will go after Thorneshire County Council and operator Vale & Moor Buses agreed what the authority called “unavoidable” savings." \
	    "Gary Pound, regional organiser for the Road Transport Workers’ Union, said up to 14 driver jobs were at risk." \
	    "The union said it would seek urgent talks with the company." \
	    "Ellie Brennan, 17, said the loss of the last bus would force her to give up. Her verdict on the cuts was blunt: “It feels like nobody thought about us at all.”"
	assert_success
	run cut -f3,5,7,8,9 <<< "$output"
	assert_output "1	Thorneshire County Council	anaphor	called	partial
2	Gary Pound	name	said	indirect
3	Road Transport Workers’ Union	anaphor	said	indirect
4	Ellie Brennan	name	said	indirect
4	Ellie Brennan	pronoun	was blunt	direct"
	[ "$stderr" = "" ]
}

@test "seventeenth session, blind French articles: le syndicat for the Union named before; l’association for one named after a plural complement" {
	run --separate-stderr qx d fr "Une promesse qui laisse sceptique l’Union des maîtres-nageurs de l’Est (UMNE). Le syndicat a déposé un préavis de grève. Dans un communiqué, il affirme que « la sécurité des baigneurs ne peut pas servir de variable »." \
	    "Gérard Pellissier, président de l’association des commerçants Roncelles Cœur de Ville, estime que le projet va tuer le commerce." \
	    "L’association a lancé une pétition. Dans une lettre ouverte, elle demande que le projet soit suspendu."
	assert_success
	run cut -f3,5,7,8 <<< "$output"
	assert_output "1	l’Union des maîtres-nageurs de l’Est	pronoun	affirme
2	Gérard Pellissier	name	estime
3	l’association des commerçants Roncelles Cœur de Ville	pronoun	demande"
	[ "$stderr" = "" ]
}

@test "seventeenth session, blind French article (held out): an acronym that no parentheses gave is the speaker whose words' capitals it opens (La CCI), not a name that holds it (Castlebridge UCU)" {
	run --separate-stderr qx d fr "Autre acteur, la chambre de commerce et d’industrie de l’Orbière demande à la municipalité de « revoir sa copie ». La CCI estime que cette solution préserverait l’activité."
	assert_success
	assert_output "d	fr	1	1	la chambre de commerce et d’industrie de l’Orbière		description	demande	partial	revoir sa copie
d	fr	1	2	la chambre de commerce et d’industrie de l’Orbière		anaphor	estime	indirect	cette solution préserverait l’activité"
	run --separate-stderr qx e en "Staff at the University and College Union said pay was too low." "Castlebridge UCU said it would ballot members."
	assert_success
	run cut -f5 <<< "$output"
	assert_output "Staff at the University and College Union
Castlebridge UCU"
	[ "$stderr" = "" ]
}

@test "seventeenth session, blind French article: a headline's topic before its colon gives way to the name who says its words again; cela is no one il stands for" {
	run --separate-stderr qx d fr "Abattoir de Saint-Aurèle : « On nous coupe les jambes », les éleveurs sous le choc" \
	    "« On nous coupe les jambes », lâche Jean-Marc Delpeuch, éleveur à Lavaud." \
	    "Cela agace Thierry Bouyssou, éleveur de veaux. « Personne ici n’a envie de voir souffrir ses animaux », s’emporte-t-il."
	assert_success
	run cut -f3,5,7 <<< "$output"
	assert_output "1	Jean-Marc Delpeuch	repeated
2	Jean-Marc Delpeuch	name
3	Thierry Bouyssou	pronoun"
	# no one says them again: the topic stays
	run --separate-stderr qx e fr "Abattoir de Saint-Aurèle : « On nous coupe les jambes », les éleveurs sous le choc" "Rien d’autre."
	assert_success
	assert_output "e	fr	1	1	Abattoir de Saint-Aurèle		subject		direct	On nous coupe les jambes"
}

@test "seventeenth session, blind English article: That, at least, is the view of X, who says …; recommended that; the company for Brightplate Services; no role of a verb before but said" {
	run --separate-stderr qx a en "Kerry Ashworth runs the campaign." \
	    "“The bins will tell us within a week.” That, at least, is the view of Kerry Ashworth, who says campaign volunteers will ask dinner staff to keep a tally." \
	    "Dr Samira Quayle said portions had been “consistently too small”. She also recommended that the council carry out spot checks." \
	    "Fennick Foods, a Midlands-based company, won the contract. Brightplate Services said in a statement that it had invested £600,000. “We are proud of our colleagues,” the company said." \
	    "The local MP, Owen Garside, welcomed the decision but said questions remained about how the contract had been allowed to run."
	assert_success
	run cut -f3,5,6,7,8,9 <<< "$output"
	assert_output "2	Kerry Ashworth		name		direct
2	Kerry Ashworth		name	says	indirect
3	Samira Quayle	Dr	name	said	partial
3	Samira Quayle	Dr	pronoun	recommended	indirect
4	Brightplate Services		name	said	indirect
4	Brightplate Services		anaphor	said	direct
5	Owen Garside		name	said	indirect"
	[ "$stderr" = "" ]
}

@test "seventeenth session, blind articles: said with a place's capital among the words before the verb; the father of two; l’entrepreneur for a directeur général; le céréalier" {
	run --separate-stderr qx a en "Mr Mwangi said friends in Kenya had told him they could no longer apply." \
	    "“People talk about us as if we are numbers,” the father of two added."
	assert_success
	run cut -f3,5,7,8,9 <<< "$output"
	assert_output "1	Mwangi	name	said	indirect
2	Mwangi	anaphor	added	direct"
	run --separate-stderr qx b fr "Laurent Verdier, directeur général de la société Éolis Horizons, a dénoncé « un coup dur »." \
	    "« Cinq éoliennes au lieu de sept, pourquoi pas », lâche l’entrepreneur." \
	    "Sur le plateau, Bernard Haguenin contemple ses champs. « Je comprends, glisse le céréalier. Moi non plus. »"
	assert_success
	run cut -f3,5,7,8 <<< "$output"
	assert_output "1	Laurent Verdier	name	a dénoncé
2	Laurent Verdier	anaphor	lâche
3	Bernard Haguenin	anaphor	glisse"
	[ "$stderr" = "" ]
}

@test "seventeenth session, review: an acronym is no person's initials (Le PS), a plural complement before a first name is a title's (du syndicat des éleveurs Jean Dupont), a headline's topic gives way to no other topic" {
	run --separate-stderr qx d fr "Pierre Sanchez, retraité, a parlé à la presse." "Le PS estime que « rien ne va plus »." \
	    "Le président du syndicat des éleveurs Jean Dupont a dit : « Non merci. »"
	assert_success
	run cut -f3,5,6 <<< "$output"
	assert_output "2	Le PS	
3	Jean Dupont	Le président du syndicat des éleveurs"
	run --separate-stderr qx e fr "Abattoir de Saint-Aurèle : « On nous coupe les jambes »" "Éleveurs de Saint-Aurèle : « On nous coupe les jambes »"
	assert_success
	run cut -f3,5,7 <<< "$output"
	assert_output "1	Abattoir de Saint-Aurèle	subject
2	Éleveurs de Saint-Aurèle	subject"
}

@test "seventeenth session, blind English article: the plural present after a plural subject next to a quotation (campaigners warn, residents say, Critics say), not to say alone; eighteenth: and without marks (Residents say the plan is …)" {
	run --separate-stderr qx a en "Rural bus cuts will leave villages ‘cut off’, campaigners warn" \
	    "“It is a disgrace,” residents say." "Critics say the scheme “will not work”." \
	    "The minister declined to say whether she would resign." "Residents say the plan is a disgrace."
	assert_success
	run cut -f3,5,7,8,9 <<< "$output"
	assert_output "1	campaigners	description	warn	partial
2	residents	description	say	direct
3	Critics	name	say	partial
5	Residents	name	say	indirect"
	[ "$stderr" = "" ]
}

@test "seventeenth session, blind French article: a description after a contraction has its article's gender (Des propos qui agacent X are several: il is X)" {
	run --separate-stderr qx d fr "Des propos qui agacent Thierry Bouyssou. « Personne ici n’a envie de voir souffrir ses animaux », s’emporte-t-il."
	assert_success
	assert_output "d	fr	1	2	Thierry Bouyssou		pronoun	s’emporte-t-il	direct	Personne ici n’a envie de voir souffrir ses animaux"
	[ "$stderr" = "" ]
}

@test "eighteenth session: a second verb after but or and, without a comma, opens the same speaker's second clause (said A but warned that B, a assuré que A mais a averti que B); not after a verb that takes an object (welcomed the decision but warned that B)" {
	run --separate-stderr qx a en "Mary Stone said the plan would fail but had warned that nobody would listen." \
	    "Unison, which represents 1,400 staff, said it welcomed the decision to avoid compulsory redundancies but warned that morale was low." \
	    "The council said the road would reopen on Monday and insisted that the works were on schedule." \
	    "Mary Stone welcomed the decision to avoid compulsory redundancies but warned that morale was low." \
	    "FreshWay declined to comment on the case but confirmed that officials had visited its offices." \
	    "The names have not been released, but the union confirmed on Wednesday that one of them has served for 11 years."
	assert_success
	run cut -f3,5,8,10 <<< "$output"
	assert_output "1	Mary Stone	said	the plan would fail
1	Mary Stone	had warned	nobody would listen
2	Unison	said	it welcomed the decision to avoid compulsory redundancies
2	Unison	warned	morale was low
3	The council	said	the road would reopen on Monday
3	The council	insisted	the works were on schedule
4	Mary Stone	welcomed	morale was low
5	FreshWay	confirmed	officials had visited its offices
6	the union	confirmed	one of them has served for 11 years"
	run --separate-stderr qx a fr "Le maire a assuré que le projet serait mené à bien mais a averti que les délais seraient longs." \
	    "La préfète assure que la route rouvrira lundi et précise que les travaux avancent."
	assert_success
	run cut -f3,5,8,10 <<< "$output"
	assert_output "1	Le maire	a assuré	le projet serait mené à bien
1	Le maire	a averti	les délais seraient longs
2	La préfète	assure	la route rouvrira lundi
2	La préfète	précise	les travaux avancent"
	[ "$stderr" = "" ]
}

@test "eighteenth session, blind English article: the plural present without marks (Fans say …, campaigners argue that …, X, the village closest to the site, say …, say in the application that …), its speaker several (no he after it); not after to, not or a modal" {
	run --separate-stderr qx a en "Residents in Fenwick, the village closest to the site, say the narrow lanes cannot take the traffic." \
	    "Supporters paint a different picture. Fans say the club has outgrown its ground." \
	    "Environmental campaigners argue that if the green belt is breached, the fields will be next." \
	    "The club’s consultants, Harwood Lyle Associates, say in the application that the stadium would create 180 jobs." \
	    "The minister declined to say whether she would resign. Officials did not say when the road would reopen." \
	    "It is hard to say the plan will work. You say the plan will work."
	assert_success
	run cut -f3,4,5,8,10 <<< "$output"
	assert_output "1	1	Residents in Fenwick	say	the narrow lanes cannot take the traffic
2	2	Fans	say	the club has outgrown its ground
3	1	Environmental campaigners	argue	if the green belt is breached, the fields will be next
4	1	Harwood Lyle Associates	say	the stadium would create 180 jobs"
	run --separate-stderr qx a en "Dozens of former employees say they are owed thousands of pounds in wages." \
	    "“We were never paid,” he said." \
	    "Care home operators across Kestermoor say new rules could leave them unable to fill vacancies."
	assert_success
	run cut -f3,5,7 <<< "$output"
	assert_output "1	Dozens of former employees	description
2	he	unresolved
3	Care home operators across Kestermoor	description"
	[ "$stderr" = "" ]
}

@test "eighteenth session, blind French articles: proposer que, relativiser, an adverb between an inverted cue and its subject (précise par ailleurs la direction), aide-soignante is a woman" {
	run --separate-stderr qx a fr "Annick Ferrandon, de son côté, a proposé que la commune mette à disposition un terrain." \
	    "Thomas Kessler, un Strasbourgeois venu en camping-car, contemple la carcasse. « Le reste, c’est de la toile », relativise le quinquagénaire." \
	    "Une aide-soignante du service de gériatrie, qui a requis l’anonymat, a reçu sa facture. « J’en suis à 31 euros », confie-t-elle." \
	    "« La gratuité reste garantie », précise par ailleurs la direction dans un communiqué."
	assert_success
	run cut -f3,5,7,8,9 <<< "$output"
	assert_output "1	Annick Ferrandon	name	a proposé	indirect
2	Thomas Kessler	anaphor	relativise	direct
3	Une aide-soignante du service de gériatrie	pronoun	confie-t-elle	direct
4	la direction	description	précise	direct"
	[ "$stderr" = "" ]
}

@test "eighteenth session, blind English article: confirmed and a clause that a pronoun or a subject with its verb opens, not confirmed and an object" {
	run --separate-stderr qx a en "The Home Office confirmed it had received the business case." \
	    "Police confirmed the arrest of a man." "The council confirmed the road would reopen on Monday."
	assert_success
	run cut -f3,5,8,10 <<< "$output"
	assert_output "1	The Home Office	confirmed	it had received the business case
3	The council	confirmed	the road would reopen on Monday"
	[ "$stderr" = "" ]
}

@test "eighteenth session: Pour and a scientist of a new field or an organisation whose acronym follows in parentheses (Pour l’hydrologue, Pour l’Union syndicale des transports urbains (USTU), …); not Pour la première fois" {
	run --separate-stderr qx a fr "Pour l’Union syndicale des transports urbains (USTU), l’incendie n’a rien d’une surprise." \
	    "Pour l'hydrologue, l’agriculture devra tôt ou tard s’adapter à des étés plus secs." \
	    "Pour la première fois, l’agriculture devra s’adapter."
	assert_success
	run cut -f3,5,8,10 <<< "$output"
	assert_output "1	l’Union syndicale des transports urbains	Pour	l’incendie n’a rien d’une surprise
2	l'hydrologue	Pour	l’agriculture devra tôt ou tard s’adapter à des étés plus secs"
	[ "$stderr" = "" ]
}

@test "eighteenth session: a source that opens the sentence, then a clause before a colon and a quotation: the clause is the source's reported speech (Pour X, A : « … », According to X, A: “…”); not after an inverted cue, nor a clause holding a quotation" {
	run --separate-stderr qx a fr "Pour Antoine Berthomieu, climatologue, cet incendie n’a rien d’un accident : « Nous cumulons un printemps très sec. »" \
	    "Selon le maire, la route rouvrira lundi : « Nous avons tout fait pour. »" \
	    "« Pas question de revenir au diesel », a-t-il martelé, avant de nuancer : « Mais je veux comprendre. »" \
	    "Pour lui, le problème est « structurel » : « On doit pouvoir payer une aide-soignante de plus. »"
	assert_success
	run cut -f3,5,8,9,10 <<< "$output"
	assert_output "1	Antoine Berthomieu	Pour	indirect	cet incendie n’a rien d’un accident
1	Antoine Berthomieu	Pour	direct	Nous cumulons un printemps très sec.
2	le maire	Selon	indirect	la route rouvrira lundi
2	le maire	Selon	direct	Nous avons tout fait pour.
3	Antoine Berthomieu	a-t-il martelé	direct	Pas question de revenir au diesel
3	Antoine Berthomieu	a-t-il martelé	direct	Mais je veux comprendre.
4	Antoine Berthomieu	Pour	partial	structurel
4	Antoine Berthomieu	Pour	direct	On doit pouvoir payer une aide-soignante de plus."
	run --separate-stderr qx a en "According to the council, the plan is flawed: “We will look again.”"
	assert_success
	run cut -f5,8,9,10 <<< "$output"
	assert_output "the council	According to	indirect	the plan is flawed
the council	According to	direct	We will look again."
	[ "$stderr" = "" ]
}

@test "eighteenth session: an unnamed speaker that an indefinite introduces keeps the words that say which ([complements]: a dental nurse at the practice, an inspector who …, un retraité qui …), which an anaphor then stands for; a name's are its affiliation" {
	run --separate-stderr qx a en "A dental nurse at the practice said: “We are exhausted.”" "The nurse added: “We are tired.”" \
	    "An inspector who took part in the review told the Courier that crews had found snapped wires." \
	    "Jo Hart at the union said: “Enough.”"
	assert_success
	run cut -f3,5,7 <<< "$output"
	assert_output "1	A dental nurse at the practice	description
2	A dental nurse at the practice	anaphor
3	An inspector who took part in the review	description
4	Jo Hart	name"
	run --separate-stderr qx a fr "« Je ne comprends pas », confie un retraité qui ne souhaite pas donner son nom."
	assert_success
	run cut -f5,7 <<< "$output"
	assert_output "un retraité qui ne souhaite pas donner son nom	description"
	[ "$stderr" = "" ]
}

@test "eighteenth session, blind English article: a fragment without cue in a paragraph of its own that a subject pronoun opens is the pronoun's (He also questioned the timing, calling it “…”); not when a record of the paragraph lends its speaker" {
	run --separate-stderr qx a en "Gary Pennington said the plan was flawed." \
	    "He also questioned the timing, calling it “frankly astonishing” that it was published early."
	assert_success
	run cut -f3,5,7,9 <<< "$output"
	assert_output "1	Gary Pennington	name	indirect
2	Gary Pennington	pronoun	partial"
	run --separate-stderr qx a fr "Paul Roy a dit que le plan était mauvais." \
	    "Le dirigeant a reconnu que l’équipe avait été informée. Il récuse pourtant toute « volonté de dissimulation »."
	assert_success
	run cut -f3,4,5,7,9 <<< "$output"
	assert_output "1	1	Paul Roy	name	indirect
2	1	Le dirigeant	unresolved	indirect
2	2	Le dirigeant	adjacent	partial"
	[ "$stderr" = "" ]
}

@test "what the eighteenth session's fixes must not take (review, 29 November): and or but before a word that is no cue; three clauses; another subject's auxiliary; a source clause with its own commas; a plural noun (no say, in fear); confirmed it on a website; on Tuesday; il y a; Pour la coordination" {
	run --separate-stderr qx a en "The mayor insisted in interviews and press briefings that the bridge would reopen by June." \
	    "She conceded that the plan was late and added that costs had risen, but said that the project would still open in May." \
	    "Residents live in fear that the river will flood again." "Locals had no say in how the money was spent." \
	    "The club confirmed it on its website late on Friday evening." "A spokeswoman on Tuesday said the plan was sound." \
	    "According to Ms Hart, the plan, approved in May, would cost far more than expected: “We will look again.”"
	assert_success
	run cut -f3,5,8,10 <<< "$output"
	assert_output "1	The mayor	insisted	the bridge would reopen by June
2	She	conceded	the plan was late
2	She	added	costs had risen
2	She	said	the project would still open in May
6	A spokeswoman	said	the plan was sound
7	Hart	According to	the plan, approved in May, would cost far more than expected
7	Hart	According to	We will look again."
	run --separate-stderr qx a fr "Le maire a assuré que les habitants avaient été consultés mais ont affirmé que rien ne changerait." \
	    "Pour Marc Dubois, le projet est coûteux, injuste et mal ficelé : « Il faut tout revoir. »" \
	    "Le maire Paul Roy a défendu le budget." "Il y a eu « beaucoup de bruit » autour de ce dossier." \
	    "Pour la coordination des secours, la préfecture a mobilisé deux cents pompiers."
	assert_success
	run cut -f3,5,8,10 <<< "$output"
	# (le maire waits for the name that the third paragraph gives)
	assert_output "1	Paul Roy	a assuré	les habitants avaient été consultés mais ont affirmé que rien ne changerait
2	Marc Dubois	Pour	le projet est coûteux, injuste et mal ficelé
2	Marc Dubois	Pour	Il faut tout revoir.
4			beaucoup de bruit"
	[ "$stderr" = "" ]
}

@test "eighteenth session: a possessive that is also a pronoun tells its possessor's gender, not the speaker's (Her son, David X; Her opposition counterpart, Amir X: he is him)" {
	run --separate-stderr qx a en "A Home Office spokesperson said the plan was sound." \
	    "Her opposition counterpart, Amir Siddiqui, was far less convinced. He said residents had “already lost their front counters”." \
	    "Her son, David Ellison, said the promises had come too late. “Nothing has changed,” he said."
	assert_success
	run cut -f3,4,5,7 <<< "$output"
	assert_output "1	1	A Home Office spokesperson	description
2	2	Amir Siddiqui	pronoun
3	1	David Ellison	name
3	2	David Ellison	pronoun"
	[ "$stderr" = "" ]
}

@test "nineteenth session: a noun after a determiner is no cue (The rules say, his claims that); texts are no plural speakers; a role after a preposition before a name; a role's word whole (the MP is no company); a possessor is not the speaker; an age is no institution; Pour X, A : « … » is no subject" {
	run --separate-stderr qx a en "The rules say that drivers must stop at the line." \
	    "His claims that the firm lied were rejected." \
	    "Figures released on Monday say the waiting list has doubled." \
	    "Ms Dhanoa, the local MP, said she had written to the company’s chief executive, Graham Pellow, and to the agency. According to the MP, the firm had been warned about the state of its drainage." \
	    "“We will pay for the restocking,” the chief executive said." \
	    "Fenwick said in a letter to the prime minister, Catherine Holloway, that he was sorry." \
	    "The prime minister’s official spokesman told reporters: “The prime minister has full confidence in the agency.”"
	assert_success
	run cut -f3,4,5,6,7,8 <<< "$output"
	assert_output "4	1	Dhanoa	the local MP	name	said
4	2	Dhanoa	the local MP	anaphor	According to
5	1	Graham Pellow	the company’s chief executive	anaphor	said
6	1	Fenwick		name	said
7	1	The prime minister’s official spokesman		description	told"
	[ "$stderr" = "" ]
	run --separate-stderr qx c en "The airport’s chief executive, Gareth Holloway, said: “This is a historic day.” According to Kestle Airport, the scheme will create 7,500 jobs." \
	    "“We are not asking people to take the noise for nothing,” said the 54-year-old."
	assert_success
	run cut -f3,4,5,7 <<< "$output"
	assert_output "1	1	Gareth Holloway	name
1	2	Kestle Airport	name
2	1	Gareth Holloway	anaphor"
	run --separate-stderr qx b fr "Pour le président, l’essentiel est ailleurs : « Il faut que tout le monde tire dans le même sens. »"
	assert_success
	run cut -f3,5,7,8,9 <<< "$output"
	assert_output "1	le président	unresolved	Pour	indirect
1	le président	unresolved	Pour	direct"
	[ "$stderr" = "" ]
}

@test "nineteenth session: both X and Y, then the former; a relative clause after an inverted speaker; a passive is no cue; a paragraph of quotations only goes on with the speaker of the paragraph before, unless the next one names another" {
	run --separate-stderr qx a en "Priya Raman, of the Rail Users Alliance, said fares were too high." \
	    "Gareth Hollins, general secretary of the union, said it was wrong." \
	    "Both Ms Raman and Mr Hollins are due to give evidence next week. The former said she would tell MPs that “the whole system is broken”." \
	    "“Navigation is closed between the two locks,” a spokesman for the Medley Waterways Trust, which manages the canal, said." \
	    "Boats are moored along the towpath, a spokesman for the trust, which manages the canal, said." \
	    "Officers were called to a “strong, sweet smell” on the towpath."
	assert_success
	run cut -f3,4,5,7,8,9 <<< "$output"
	assert_output "1	1	Priya Raman	name	said	indirect
2	1	Gareth Hollins	name	said	indirect
3	2	Priya Raman	anaphor	said	direct
4	1	a spokesman for the Medley Waterways Trust	description	said	direct
5	1	a spokesman for the trust	description	said	indirect
6	1				partial"
	[ "$stderr" = "" ]
	run --separate-stderr qx b en "Derek Mossop, secretary of the angling society, said the fish were dead. “I was down there at seven,” he said." \
	    "“We have spent years restocking this water. Only last autumn the club put in 2,000 young roach." \
	    "“Now most of them are gone,” he added." \
	    "“It is a disgrace.”" "Those are the words of Jenny Clarke, a commuter."
	assert_success
	run cut -f3,4,5,7,8,10 <<< "$output"
	assert_output "1	1	Derek Mossop	name	said	the fish were dead
1	2	Derek Mossop	pronoun	said	I was down there at seven
2	1	Derek Mossop	pronoun	added	We have spent years restocking this water. Only last autumn the club put in 2,000 young roach. Now most of them are gone
4	1	Jenny Clarke	name		It is a disgrace."
	[ "$stderr" = "" ]
	run --separate-stderr qx c fr "Paul Roy, président du club, a réagi. « On a tout perdu », a-t-il dit." \
	    "« Des années de travail sont parties en fumée. »" \
	    "« Le vrai risque, c’est la fermeture. » Le constat est celui d’un médecin."
	assert_success
	run cut -f3,5,7,10 <<< "$output"
	assert_output "1	Paul Roy	pronoun	On a tout perdu
2	Paul Roy	adjacent	Des années de travail sont parties en fumée.
3			Le vrai risque, c’est la fermeture."
	[ "$stderr" = "" ]
}

@test "nineteenth session: a role before a name stops at the quotation before it; a participle's opener is no role; d’ores et déjà; Réponse du maire : « … »" {
	run --separate-stderr qx c fr "Le maire, Bernard Lestrade, a indiqué qu’il avait sollicité un rendez-vous." \
	    "« On parle de souveraineté sanitaire à longueur de discours. L’État doit conditionner ses aides. » Le député de la circonscription, Julien Fabrègue-Castel, n’a pas mâché ses mots mardi. Dans un communiqué, il juge « inacceptable qu’un laboratoire supprime des emplois »." \
	    "« Mon mari voulait rester. J’ai dû le supplier de monter dans le bateau. » Assise sur un lit de camp du gymnase, Martine Gaillard, 64 ans, serre contre elle un sac. Elle confie qu’elle ignore encore quand elle pourra rentrer chez elle." \
	    "Le maire de Pontvieux, Gérard Lescoat, a d’ores et déjà annoncé qu’il déposerait dès mardi une demande de reconnaissance." \
	    "Réponse du maire de Pontvieux, joint par téléphone en fin de journée : « Les digues ont tenu, tant mieux. »"
	assert_success
	run cut -f3,4,5,6,7,8,9 <<< "$output"
	assert_output "1	1	Bernard Lestrade	Le maire	name	a indiqué	indirect
2	1	Julien Fabrègue-Castel	Le député de la circonscription	subject		direct
2	4	Julien Fabrègue-Castel	Le député de la circonscription	pronoun	juge	partial
3	1	Martine Gaillard		subject		direct
3	4	Martine Gaillard		pronoun	confie	indirect
4	1	Gérard Lescoat	Le maire de Pontvieux	name	a d’ores et déjà annoncé	indirect
5	1	Gérard Lescoat	Le maire de Pontvieux	anaphor	Réponse	direct"
	[ "$stderr" = "" ]
}

@test "nineteenth session: For X, a …, then a quotation; a relative clause after an inverted speaker; a relative that is no clause's that; a phrase with commas after the cue; an inverted speaker is no clause's subject; an apposition is no clause before a quotation; the rail regulator is no Rail Workers’ Union" {
	run --separate-stderr qx a en "For Fiona Marsh, a transport economist at the University of Eastmoor, the government faces “a genuinely difficult trade-off”." \
	    "Regulated rail fares in England will rise by 4.2% from 1 March, the government announced on Tuesday, in a move that drew swift criticism from opposition politicians, unions and passenger groups." \
	    "“Four point two per cent for what?” asked a season ticket holder who declined to give his name." \
	    "The mayor announced a plan that drew criticism." \
	    "Dr Fiona Lachlan, a hydrologist, said floods that were once expected every century were now arriving every few years." \
	    "Gareth Hollins, general secretary of the Transport and Rail Workers’ Union, said it was wrong. Mr Hollins, who described the closures as “an act of vandalism”, said members at three train operators would be balloted." \
	    "Passengers will pay the current price, the rail regulator said."
	assert_success
	run cut -f3,4,5,6,7,8,9,10 <<< "$output"
	assert_output "1	1	Fiona Marsh	a transport economist at the University of Eastmoor	name	For	partial	a genuinely difficult trade-off
2	1	the government		description	announced	indirect	Regulated rail fares in England will rise by 4.2% from 1 March
3	1	a season ticket holder who declined to give his name		description	asked	direct	Four point two per cent for what?
5	1	Fiona Lachlan	a hydrologist	name	said	indirect	floods that were once expected every century were now arriving every few years
6	1	Gareth Hollins	general secretary of the Transport and Rail Workers’ Union	name	said	indirect	it was wrong
6	2	Gareth Hollins	general secretary of the Transport and Rail Workers’ Union	subject		partial	an act of vandalism
7	1	the rail regulator		description	said	indirect	Passengers will pay the current price"
	[ "$stderr" = "" ]
}

@test "nineteenth session: a headline's ‘…’ with a number's point in it; a name of one word in a headline waits for the whole name (with the records that share it), not one of another gender; hailed a taxi is no cue" {
	run --separate-stderr qx d en "Rail fares to rise 4.2% as Ashworth says ‘fairest deal for passengers’" \
	    "Fares will rise from March. “It is the fairest deal,” Ashworth said. “Nobody likes paying more,” he added." \
	    "The transport secretary, Richard Ashworth, said the rise was fair."
	assert_success
	run cut -f3,4,5,6,7,8,10 <<< "$output"
	assert_output "1	1	Richard Ashworth	The transport secretary	name	says	fairest deal for passengers
2	2	Richard Ashworth	The transport secretary	name	said	It is the fairest deal
2	3	Richard Ashworth	The transport secretary	pronoun	added	Nobody likes paying more
3	1	Richard Ashworth	The transport secretary	name	said	the rise was fair"
	[ "$stderr" = "" ]
	run --separate-stderr qx e en "“We have nowhere to go,” Mr Reilly said." \
	    "His wife, Jane Reilly, 58, was in tears." \
	    "Tom Reilly hailed a taxi outside the ground after learning that the last train had been cancelled."
	assert_success
	run cut -f3,4,5,6,7 <<< "$output"
	assert_output "1	1	Reilly	Mr	name"
	[ "$stderr" = "" ]
}

@test "nineteenth session: ne … que is no clause; a club's name in « »; La remarque vient de X after a quotation" {
	run --separate-stderr qx d fr "Place de l’Église, samedi matin, les habitués ne parlaient que de ça." \
	    "« Une navette, c’est bien. » La remarque vient de Roger Dumontet, président du club des aînés « Les Tilleuls », qui compte tester le service."
	assert_success
	run cut -f3,4,5,6,7,9,10 <<< "$output"
	assert_output "2	1	Roger Dumontet	président du club des aînés « Les Tilleuls »	name	direct	Une navette, c’est bien."
	[ "$stderr" = "" ]
}

@test "nineteenth session: a headline's title in capitals waits for its name (as MP calls decision ‘…’); the Diocese of X is an institution's whole name" {
	run --separate-stderr qx d en "Council votes to close three village schools as MP calls decision ‘a betrayal’" \
	    "Simon Featherstone, the MP for Wealdshire Dales, called the vote “a betrayal of rural families”." \
	    "The Diocese of Wealdbridge, which owns the Little Haddon site, said in a short statement: “We are deeply saddened by this decision.”"
	assert_success
	run cut -f3,4,5,6,7,10 <<< "$output"
	assert_output "1	1	Simon Featherstone	the MP for Wealdshire Dales	anaphor	a betrayal
2	1	Simon Featherstone	the MP for Wealdshire Dales	name	a betrayal of rural families
3	1	Diocese of Wealdbridge		anaphor	We are deeply saddened by this decision."
	[ "$stderr" = "" ]
}

@test "what the nineteenth session's fixes must not take (review, 29 November): a new person after the last quotation, narration between quotations, an answer to a question; a title or another gender for a headline's name; A, her and each before a cue; whose after an inverted speaker; a participle after that; Verdict des urnes; a role before a subject's name" {
	run --separate-stderr qx a en "“We had no choice,” said Jane Hart, the council leader. Tom Reilly, who has run the corner shop on Hill Street for 40 years, disagrees." \
	    "“It is a scandal. They have wasted millions.”" \
	    "“It is a disgrace.” Opposition councillors walked out of the chamber in protest. “We will not sit here and listen to this.”"
	assert_success
	run cut -f3,4,5,7 <<< "$output"
	assert_output "1	1	Jane Hart	name
2	1		
3	1		
3	3		"
	run --separate-stderr qx b fr "« Avez-vous signé ce contrat ? » a demandé la présidente du tribunal, Claire Morel." \
	    "« Jamais. Je ne l’ai jamais vu. »" \
	    "Verdict des urnes dimanche soir : « une claque pour la majorité »." \
	    "Réaction du côté de l’opposition : « C’est un scandale. »"
	assert_success
	run cut -f3,5,7 <<< "$output"
	assert_output "1	Claire Morel	name
2		
3		
4		"
	run --separate-stderr qx c en "“I was told to get on with it,” Nurse A said." \
	    "“She was kind,” the paramedic who treated her said." \
	    "The two union leaders each said that the offer was “an insult”." \
	    "“We lost everything downstairs,” said a woman whose house was flooded for the third time in six years." \
	    "West Yorkshire Police confirmed that armed officers were called to the estate." \
	    "After he complained to the council, Tom Reilly, 54, received a letter of apology. “It was too little, too late,” Mr Reilly said."
	assert_success
	run cut -f3,4,5,6,8,9,10 <<< "$output"
	assert_output "1	1	Nurse A		said	direct	I was told to get on with it
2	1	the paramedic		said	direct	She was kind
3	1	The two union leaders each		said	mixed	an insult
4	1	a woman		said	direct	We lost everything downstairs
5	1	West Yorkshire Police		confirmed	indirect	armed officers were called to the estate
6	2	Tom Reilly	Mr	said	direct	It was too little, too late"
	[ "$stderr" = "" ]
}

@test "nineteenth session: a place's name before common nouns after a name is its apposition, not the speaker (Martin X, Wealdshire district secretary of …, said)" {
	run --separate-stderr qx d en "Martin Oyelaran, Wealdshire district secretary of the National Teachers’ Alliance, said the staff faced an anxious few months."
	assert_success
	run cut -f3,4,5,7,8,9 <<< "$output"
	assert_output "1	1	Martin Oyelaran	name	said	indirect"
	[ "$stderr" = "" ]
}

@test "twentieth session: someone new that an indefinite brings in with an adjective, a participle or a second description (a young father pushing a buggy was …; Un jeune père; Une autre visiteuse, une infirmière …, est …) is the pronoun's after it; a mention's relative clause is its speaker's to the comma (a retired nurse who asked not to be named)" {
	run --separate-stderr qx e en "Dorothy Hale said the queue was a disgrace." \
	    "Further down the market, a young father pushing a buggy was more patient. “The stallholders are doing their best,” he said."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Dorothy Hale		name	said	indirect	the queue was a disgrace
2	2	a young father pushing a buggy		pronoun	said	direct	The stallholders are doing their best"
	[ "$stderr" = "" ]
	run --separate-stderr qx e fr "Dorothée Halé a jugé l’attente indigne." \
	    "Un jeune père se montre plus patient. « Les commerçants font de leur mieux », dit-il."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "2	2	Un jeune père		pronoun	dit-il	direct	Les commerçants font de leur mieux"
	run --separate-stderr qx e en "Tom Reyes said the ward was calm." \
	    "A second visitor, a retired nurse who asked not to be named, was less kind. “The corridors were filthy,” she said."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Tom Reyes		name	said	indirect	the ward was calm
2	2	a retired nurse who asked not to be named		pronoun	said	direct	The corridors were filthy"
	run --separate-stderr qx e fr "Tom Reyes a assuré que le service était calme." \
	    "Une autre visiteuse, une infirmière retraitée qui a requis l’anonymat, est plus sévère. « Les couloirs étaient sales », dit-elle."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Tom Reyes		name	a assuré	indirect	le service était calme
2	2	Une autre visiteuse		pronoun	dit-elle	direct	Les couloirs étaient sales"
}

@test "twentieth session: an attribution inside a quotation before a nested one is the nested one's (“…, a manager told me, ‘…’ …”); a document's participle is no cue (In a statement posted on its website, X said:); a place after a preposition is no one's apposition (On Mill Lane, …, residents say); the MP for X and Y; a headline's title of two words waits for its name" {
	run --separate-stderr qx e en "“Nobody told us,” said Mrs Varga, who chairs the tenants’ group. “When I phoned the depot, a manager told me, ‘It will be sorted by Friday.’ That was a month ago.”"
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Varga	Mrs	name	said	direct	Nobody told us … When I phoned the depot, a manager told me, ‘It will be sorted by Friday.’ That was a month ago."
	[ "$stderr" = "" ]
	run --separate-stderr qx e en "In a statement posted on its website on Monday evening, Brackley Ferries said: “We apologise to every passenger.”" \
	    "The statement added that refunds would be paid within a week."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Brackley Ferries		name	said	direct	We apologise to every passenger.
2	1	Brackley Ferries		anaphor	added	indirect	refunds would be paid within a week"
	run --separate-stderr qx e en "On Mill Lane, where the water reached the doorsteps, residents say the drains have not been cleared for years."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	residents		description	say	indirect	the drains have not been cleared for years"
	run --separate-stderr qx e en "Anna Lisle, the MP for Harrowby and Kestle Vale, said the vote was a scandal." \
	    "“The families deserve an answer,” the MP for Harrowby and Kestle Vale said."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Anna Lisle	the MP for Harrowby and Kestle Vale	name	said	indirect	the vote was a scandal
2	1	Anna Lisle	the MP for Harrowby and Kestle Vale	anaphor	said	direct	The families deserve an answer"
	run --separate-stderr qx e en "Depot closure: union leader warns of ‘a long winter’" \
	    "Rita Gomes, the union leader, said: “This will be a long winter for everyone.”"
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Rita Gomes	the union leader	anaphor	warns	partial	a long winter
2	1	Rita Gomes	the union leader	name	said	direct	This will be a long winter for everyone."
}

@test "twentieth session: the article before an organisation's name after its description is the name's (The conservation charity the Hollow Wood Trust, …)" {
	run --separate-stderr qx e en "The conservation charity the Hollow Wood Trust, which runs the reserve, welcomed the ruling, calling it “long overdue”." \
	    "The charity said in a statement: “We will keep watching.”"
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	the Hollow Wood Trust	The conservation charity	name	welcomed	partial	long overdue
2	1	the Hollow Wood Trust	The conservation charity	anaphor	said	direct	We will keep watching."
	[ "$stderr" = "" ]
}

@test "twentieth session, French: tranche l’élu, qui rappelle que … for the mayor met before; an association's name in « » after two complements; l’école Jean-Moulin is no one's name" {
	run --separate-stderr qx f fr "Le maire, Hervé Castagnet, assume ce choix." \
	    "« Nous devions tenir nos comptes », tranche l’élu, qui rappelle que les tarifs sociaux, réservés aux plus modestes, ne bougeront pas." \
	    "Une position que conteste Inès Marlot, présidente de l’association de parents d’élèves « Les Petits Pas ». « On se moque de nous », lâche-t-elle." \
	    "« Certains enfants ne mangeront plus à midi », glisse un enseignant de l’école Jean-Moulin, qui a requis l’anonymat."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "2	1	Hervé Castagnet	Le maire	anaphor	tranche	direct	Nous devions tenir nos comptes
2	1	Hervé Castagnet	Le maire	anaphor	rappelle	indirect	les tarifs sociaux, réservés aux plus modestes, ne bougeront pas
3	2	Inès Marlot	présidente de l’association de parents d’élèves	pronoun	lâche-t-elle	direct	On se moque de nous
4	1	un enseignant de l’école Jean-Moulin		description	glisse	direct	Certains enfants ne mangeront plus à midi"
	[ "$stderr" = "" ]
}

@test "what the twentieth session's fixes must not take: a copula after a cue (A club spokesman said the board was …); a cue after a noun that is no document (The trust posted …); a first name after a coordination (le maire de Lyon et Paul Roy); a thing's relative clause (Une réforme qui inquiète …)" {
	run --separate-stderr qx g en "A club spokesman said the board was “aware of the claims” and would respond." \
	    "The trust posted a short message on Friday: “We are sorry for the delay.”"
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	A club spokesman		description	said	partial	aware of the claims
2	1	The trust		description	posted	direct	We are sorry for the delay."
	# (and someone else's role before the coordination is not his)
	run --separate-stderr qx g fr "Le maire de Lyon et Paul Roy ont signé l’accord vendredi." \
	    "« C’est un grand jour », a déclaré ce dernier."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "2	1	Paul Roy		anaphor	a déclaré	direct	C’est un grand jour"
	run --separate-stderr qx g fr "Une réforme qui inquiète la sénatrice du Var, Inès Caradec. « C’est trop tôt », a réagi l’élue."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Inès Caradec	la sénatrice du Var	anaphor	a réagi	direct	C’est trop tôt"
}

@test "what the twentieth session's fixes must not take (review, 29 November): a copula in a relative clause or after a determiner; a relative clause that no apposition opens; the patient, le client (no latest speaker); a nested quotation in lower case; an inverted cue's addressee; a name after a coordination with its apposition; says a resident; a thing with an adjective of a person; a description of two words before an organisation's name; a place noun without determiner" {
	run --separate-stderr qx r en "Tom Reyes said the ward was calm." \
	    "A neighbour who was at home at the time was less sure. “I saw nothing,” she said."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Tom Reyes		name	said	indirect	the ward was calm
2	2	A neighbour		pronoun	said	direct	I saw nothing"
	[ "$stderr" = "" ]
	run --separate-stderr qx r fr "« Le feu a pris », explique Sophie Laval, la propriétaire." \
	    "Une habitante de la demeure voisine a été réveillée par le bruit. « C’était terrible », raconte-t-elle."
	run cut -f3- <<< "$output"
	assert_output "1	1	Sophie Laval	la propriétaire	name	explique	direct	Le feu a pris
2	2	Une habitante de la demeure voisine		pronoun	raconte-t-elle	direct	C’était terrible"
	run --separate-stderr qx r en "A teacher who asked about the plans was told to wait until June, when the council meets. “It is a joke,” she said."
	run cut -f3- <<< "$output"
	assert_output "1	2	A teacher		pronoun	said	direct	It is a joke"
	run --separate-stderr qx r en "“We are reviewing the case,” said Dr Ruth Keane, the hospital’s medical director. The patient said she had waited nine hours for a bed."
	run cut -f3- <<< "$output"
	assert_output "1	1	Ruth Keane	the hospital’s medical director	name	said	direct	We are reviewing the case
1	2	The patient		description	said	indirect	she had waited nine hours for a bed"
	run --separate-stderr qx r fr "« Le magasin est fermé », a expliqué Paul Roy, le gérant. Le client assure qu’il n’a jamais été prévenu."
	run cut -f3- <<< "$output"
	assert_output "1	1	Paul Roy	le gérant	name	a expliqué	direct	Le magasin est fermé
1	2	Le client		description	assure	indirect	il n’a jamais été prévenu"
	run --separate-stderr qx r fr "« Ce projet, estime Paul Roy, “n’a aucun sens” et doit être abandonné. »"
	run cut -f3- <<< "$output"
	assert_output "1	1	Paul Roy		name	estime	direct	Ce projet … “n’a aucun sens” et doit être abandonné."
	run --separate-stderr qx r en "Susan Okafor, the council leader, raised the issue on Monday. “This cannot go on,” the council leader told the mayor, who said that talks would resume on Friday."
	run cut -f3- <<< "$output"
	assert_output "1	2	Susan Okafor	the council leader	anaphor	told	direct	This cannot go on"
	run --separate-stderr qx r fr "Le maire, Paul Roy, a présenté le budget jeudi. « Nous ne céderons pas », répond l’élu au préfet, qui rappelle que l’État a déjà versé deux millions."
	run cut -f3- <<< "$output"
	assert_output "1	2	Paul Roy	Le maire	anaphor	répond	direct	Nous ne céderons pas"
	run --separate-stderr qx r en "The petition was started by the head of Eastmere Primary and Kwabena Mensah, a local campaigner." \
	    "“We have 4,000 signatures already,” said Mensah."
	run cut -f3- <<< "$output"
	assert_output "2	1	Kwabena Mensah	a local campaigner	name	said	direct	We have 4,000 signatures already"
	run --separate-stderr qx r en "Anger grows on Tanners Row as the bakery closes." \
	    "“They have abandoned us,” says a resident, who asked not to be named." \
	    "“We should wait and see,” said Mark Fenwick, a resident of the street for 30 years."
	run cut -f3- <<< "$output"
	assert_output "2	1	a resident		description	says	direct	They have abandoned us
3	1	Mark Fenwick	a resident of the street for 30 years	name	said	direct	We should wait and see"
	run --separate-stderr qx r fr "« Le feu a pris dans la cuisine », explique Sophie Laval, la propriétaire." \
	    "Une maison voisine a aussi été touchée par les flammes. « On a eu très peur », raconte-t-elle."
	run cut -f3- <<< "$output"
	assert_output "1	1	Sophie Laval	la propriétaire	name	explique	direct	Le feu a pris dans la cuisine
2	2	Sophie Laval	la propriétaire	pronoun	raconte-t-elle	direct	On a eu très peur"
	run --separate-stderr qx r en "The campaign group the Bin Watch Alliance said the strike had cost residents dearly."
	run cut -f3- <<< "$output"
	assert_output "1	1	the Bin Watch Alliance	The campaign group	name	said	indirect	the strike had cost residents dearly"
	run --separate-stderr qx r fr "Selon la directrice d’école Nadia Benali, les tarifs sont trop élevés."
	run cut -f3- <<< "$output"
	assert_output "1	1	Nadia Benali	la directrice d’école	name	Selon	indirect	les tarifs sont trop élevés"
	run --separate-stderr qx r fr "Le directeur de l’école Jean Moulin, Paul Roy, a écrit aux parents." \
	    "« Rien ne change », glisse le directeur de l’école Jean Moulin."
	run cut -f3- <<< "$output"
	assert_output "2	1	Paul Roy	Le directeur de l’école Jean Moulin	anaphor	glisse	direct	Rien ne change"
}

@test "what a definite description must not stand for (twentieth session: a rule that took a description of a trade for the person named last was dropped after review): the answer to a question; an institution (la mairie, la police); someone new (the witness, le conducteur, the regulator, the 19-year-old shooter); Le milieu hospitalier" {
	run --separate-stderr qx u fr "« Vous ne passiez jamais ? », a demandé Bertrand Olier, qui préside la chambre. « Une fois par trimestre », a répondu le prévenu."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Bertrand Olier		name	a demandé	direct	Vous ne passiez jamais ?
1	2	le prévenu		description	a répondu	direct	Une fois par trimestre"
	run --separate-stderr qx u fr "Selon Sophie Carel, les tarifs baissent. Dans un communiqué, la mairie a dénoncé « des contre-vérités »."
	run cut -f3- <<< "$output"
	assert_output "1	1	Sophie Carel		name	Selon	indirect	les tarifs baissent
1	2	la mairie		description	a dénoncé	partial	des contre-vérités"
	run --separate-stderr qx u en "“It’s been hell,” said Maria Lopez, whose son was shot last year. “I forgive him,” the 19-year-old shooter said in court."
	run cut -f3- <<< "$output"
	assert_output "1	1	Maria Lopez		name	said	direct	It’s been hell
1	2	the 19-year-old shooter		description	said	direct	I forgive him"
	run --separate-stderr qx u fr "Paul Roy, directeur de l’hôpital, a pris la parole. « Nous tiendrons », a-t-il dit." \
	    "Le milieu hospitalier juge la réforme « irréaliste »."
	run cut -f3- <<< "$output"
	assert_output "1	2	Paul Roy	directeur de l’hôpital	pronoun	a-t-il dit	direct	Nous tiendrons
2	1	Le milieu hospitalier		description	juge	partial	irréaliste"
	run --separate-stderr qx u en "Paul Grant, 41, was stabbed in the chest outside a pub on Friday night. “There was blood everywhere,” the witness said."
	run cut -f3- <<< "$output"
	assert_output "1	2	the witness		description	said	direct	There was blood everywhere"
	run --separate-stderr qx u fr "Julien Morel circulait à vélo quand il a été percuté. « Je ne l’ai pas vu », a expliqué le conducteur."
	run cut -f3- <<< "$output"
	assert_output "1	2	le conducteur		description	a expliqué	direct	Je ne l’ai pas vu"
	run --separate-stderr qx u en "Gary Lewis said he had stopped drinking it. “The water is safe to drink,” the regulator said."
	run cut -f3- <<< "$output"
	assert_output "1	1	Gary Lewis		name	said	indirect	he had stopped drinking it
1	2	the regulator		description	said	direct	The water is safe to drink"
	run --separate-stderr qx u fr "« Nous allons renforcer les effectifs », a assuré Darmanin lundi. « Les moyens sont là », indique la police."
	run cut -f3- <<< "$output"
	assert_output "1	1	Darmanin		name	a assuré	direct	Nous allons renforcer les effectifs
1	2	la police		description	indique	direct	Les moyens sont là"
}

@test "twenty-second session, blind French article: a subject that Des opens (a determiner and a preposition) before an apposition set off by commas is the speaker, not the apposition (Des parents d’élèves, réunis lundi soir …, estiment que …); des is kept as written, not read de les (Selon des experts)" {
	run --separate-stderr qx u fr "Des parents d’élèves, réunis lundi soir devant l’arrêt de la place de l’Église, estiment que cette solution ne pourra être que provisoire." \
	    "Des habitants, excédés par le bruit, dénoncent « une nuisance permanente »." \
	    "Les riverains, réunis en collectif, estiment que la mairie a menti." \
	    "Sur le quai de la gare, réunis en collectif, des commerçants affirment que la saison est perdue."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Des parents d’élèves		description	estiment	indirect	cette solution ne pourra être que provisoire
2	1	Des habitants		description	dénoncent	partial	une nuisance permanente
3	1	Les riverains		description	estiment	indirect	la mairie a menti
4	1	des commerçants		description	affirment	indirect	la saison est perdue"
	run --separate-stderr qx v fr "Des habitants estiment que la mairie a menti. Selon des experts, le pont est fragile."
	run cut -f3- <<< "$output"
	assert_output "1	1	Des habitants		description	estiment	indirect	la mairie a menti
1	2	des experts		description	Selon	indirect	le pont est fragile"
	[ "$stderr" = "" ]
}

@test "twenty-second session, blind French article: a medium told, a title in « » after a cue and a preposition, with a reported clause, a colon or a comma after it, is a name (a expliqué à « L’Écho de la Doulonne » que …); not words said in capitals (a réagi au « Nous ne partirons pas » des grévistes), nor in lower case" {
	run --separate-stderr qx u fr "Le capitaine Olivier Lachaud a expliqué à « L’Écho de la Doulonne » que le bourg serait couvert par la caserne de Saint-Hilaire." \
	    "La ministre, Claire Vidal, a confié au « Courrier du Soir » qu’elle ne céderait pas." \
	    "Le maire a réagi au « Nous ne partirons pas » des grévistes par une lettre ouverte." \
	    "Le ministre a répondu à « Ce n’est pas notre faute » par un long silence." \
	    "Le préfet a répondu à « une provocation » par le silence."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Olivier Lachaud	Le capitaine	name	a expliqué	indirect	le bourg serait couvert par la caserne de Saint-Hilaire
2	1	Claire Vidal	La ministre	name	a confié	indirect	elle ne céderait pas
3	1	Le maire		unresolved	a réagi	partial	Nous ne partirons pas
4	1	Le ministre		unresolved	a répondu	partial	Ce n’est pas notre faute
5	1	Le préfet		description	a répondu	partial	une provocation"
	[ "$stderr" = "" ]
}

@test "twenty-second session, blind French article: a verb and its object after a name's age is no title (Jacky X, 58 ans, tient la boucherie, comme …: il is Jacky X); without an age, an adverb and a description still are one (once a miner, désormais une figure du quartier), and président des Amis de la halle" {
	run --separate-stderr qx u fr "Devant les élus, Pierre-Henri de Castelvieil a détaillé le calendrier : « Les travaux commenceront en mars. »" \
	    "Jacky Mounier, 58 ans, tient la boucherie du fond depuis 1991, comme son père avant lui. « On nous promet un provisoire de deux ans, a-t-il lâché. »" \
	    "« C’est un scandale », affirme Paul Roux, désormais une figure du quartier." \
	    "Bernard Escande, président des Amis de la halle, rappelle que la charpente date de 1887."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Pierre-Henri de Castelvieil		name	a détaillé	direct	Les travaux commenceront en mars.
2	2	Jacky Mounier		pronoun	a-t-il lâché	direct	On nous promet un provisoire de deux ans
3	1	Paul Roux	désormais une figure du quartier	name	affirme	direct	C’est un scandale
4	1	Bernard Escande	président des Amis de la halle	name	rappelle	indirect	la charpente date de 1887"
	run --separate-stderr qx e en "“It is a scandal,” said Tom Reed, once a miner, who now drives a taxi."
	run cut -f3- <<< "$output"
	assert_output "1	1	Tom Reed	once a miner	name	said	direct	It is a scandal"
	[ "$stderr" = "" ]
}

@test "twenty-second session, blind English article: a name's possessive opens a role after the name (J. D. Armitage, Hebrinn Ferries’ managing director; Kent County Council’s chief executive), which the description then stands for" {
	run --separate-stderr qx u en "“I want to apologise to every islander,” said J. D. Armitage, Hebrinn Ferries’ managing director." \
	    "Mr Armitage said the fault had been found on Monday. The managing director described the repair as “a specialist job”." \
	    "“We are sorry,” said Jo Smith, Kent County Council’s chief executive. The chief executive called it “a hard week”."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	J. D. Armitage	Hebrinn Ferries’ managing director	name	said	direct	I want to apologise to every islander
2	1	J. D. Armitage	Hebrinn Ferries’ managing director	name	said	indirect	the fault had been found on Monday
2	2	J. D. Armitage	Hebrinn Ferries’ managing director	anaphor	described	partial	a specialist job
3	1	Jo Smith	Kent County Council’s chief executive	name	said	direct	We are sorry
3	2	Jo Smith	Kent County Council’s chief executive	anaphor	called	partial	a hard week"
	[ "$stderr" = "" ]
}

@test "what a demonstrative description must not stand for (twenty-second session, review): the person named last when an apposition tells that one apart (Paul Roux, suspect principal …, ce gendarme; Léa Morin, victime de l’agression, cette proche; Sophie Lenoir, maire de la commune, cette habitante)" {
	run --separate-stderr qx a fr "Paul Roux, suspect principal dans cette affaire, a été entendu mardi. « Il a couru vers moi », raconte ce gendarme."
	run cut -f3- <<< "$output"
	assert_output "1	2	ce gendarme		description	raconte	direct	Il a couru vers moi"
	run --separate-stderr qx b fr "Léa Morin, victime de l’agression, a porté plainte. « Elle a eu très peur », dit cette proche."
	run cut -f3- <<< "$output"
	assert_output "1	2	cette proche		description	dit	direct	Elle a eu très peur"
	run --separate-stderr qx c fr "Sophie Lenoir, maire de la commune, a ouvert la réunion. « On ne nous a rien dit », lâche cette habitante."
	run cut -f3- <<< "$output"
	assert_output "1	2	cette habitante		description	lâche	direct	On ne nous a rien dit"
	[ "$stderr" = "" ]
}

@test "twenty-second session, blind articles: a definite description of a trade is the person named as a subject whose clause gives that trade's place after a verb of [keepers], or its verb after a relative (tient la boulangerie, then le boulanger; tient l’unique pharmacie, la pharmacienne; who fishes, the fisherman; runs the diner, the diner owner)" {
	run --separate-stderr qx a fr "Thierry Magnan tient la boulangerie de la rue du Pont depuis dix-neuf ans. « On nous a coupés en deux », raconte-t-il." \
	    "Selon le boulanger, un tiers de sa clientèle vient de la rive gauche."
	run cut -f3- <<< "$output"
	assert_output "1	2	Thierry Magnan		pronoun	raconte-t-il	direct	On nous a coupés en deux
2	1	Thierry Magnan	le boulanger	anaphor	Selon	indirect	un tiers de sa clientèle vient de la rive gauche"
	run --separate-stderr qx b fr "Nathalie Bourdarias tient l’unique pharmacie du bourg." \
	    "La pharmacienne affirme que ses patients âgés renoncent à leurs traitements."
	run cut -f3- <<< "$output"
	assert_output "2	1	Nathalie Bourdarias	La pharmacienne	anaphor	affirme	indirect	ses patients âgés renoncent à leurs traitements"
	run --separate-stderr qx c en "At the pier, Rory Mathieson, who fishes for langoustine out of Skarvay, said he could no longer get his catch to market. “No ferry, no lorry, no sale,” the fisherman said." \
	    "Gus Papadakis, who runs the diner on Main Street, said trade had halved. “We are hanging on,” the diner owner said."
	run cut -f3- <<< "$output"
	assert_output "1	1	Rory Mathieson		name	said	indirect	he could no longer get his catch to market
1	2	Rory Mathieson	the fisherman	anaphor	said	direct	No ferry, no lorry, no sale
2	1	Gus Papadakis		name	said	indirect	trade had halved
2	2	Gus Papadakis	the diner owner	anaphor	said	direct	We are hanging on"
	[ "$stderr" = "" ]
}

@test "what a trade's description must not stand for (twenty-second session and its review): a place or a thing the person does not keep (habite au-dessus de la boulangerie, client de la boucherie, a appelé la police, said the police, lives opposite the site), a thing of the person's (tient son journal, La journaliste), a word far in the clause (no powers over dentistry, The dentist), an institution (the courthouse, The court), an organisation's name (Wexcombe County Council, The councillor), a complement (cheffe de file de l’opposition, la conseillère d’opposition)" {
	run --separate-stderr qx a fr "Monique Le Gall, 98 ans, tient son journal sous le bras. La journaliste réclame « un droit d’agrément »."
	run cut -f3- <<< "$output"
	assert_output "1	2	La journaliste		description	réclame	partial	un droit d’agrément"
	run --separate-stderr qx b en "Cllr Brenda Price, cabinet member for health at the district council, said the council had no powers over dentistry." \
	    "The dentist insisted that the group had tried to recruit."
	run cut -f3- <<< "$output"
	assert_output "1	1	Brenda Price	cabinet member for health at the district council	name	said	indirect	the council had no powers over dentistry
2	1	The dentist		description	insisted	indirect	the group had tried to recruit"
	run --separate-stderr qx c en "Kathleen Ormsby told reporters outside the courthouse that the ruling was historic. The court said that the cameras must stay off."
	run cut -f3- <<< "$output"
	assert_output "1	1	Kathleen Ormsby		name	told	indirect	the ruling was historic
1	2	The court		description	said	indirect	the cameras must stay off"
	run --separate-stderr qx d en "Wexcombe County Council said the plan was approved on Monday. “It is a good day,” the councillor said."
	run cut -f3- <<< "$output"
	assert_output "1	1	Wexcombe County Council		name	said	indirect	the plan was approved on Monday
1	2	the councillor		description	said	direct	It is a good day"
	run --separate-stderr qx e fr "Nadia Benchekroun, cheffe de file de l’opposition, a voté contre. « C’est une faute », a réagi la conseillère d’opposition."
	run cut -f3- <<< "$output"
	assert_output "1	2	la conseillère d’opposition		description	a réagi	direct	C’est une faute"
	run --separate-stderr qx f fr "Marc Dubreuil habite juste au-dessus de la boulangerie depuis vingt ans." \
	    "Le boulanger affirme que les travaux ont fait fuir ses clients."
	run cut -f3- <<< "$output"
	assert_output "2	1	Le boulanger		description	affirme	indirect	les travaux ont fait fuir ses clients"
	run --separate-stderr qx g fr "Jean Roussel, client de la boucherie depuis trente ans, regrette la fermeture." \
	    "Le boucher affirme qu’il n’avait plus le choix."
	run cut -f3- <<< "$output"
	assert_output "2	1	Le boucher		description	affirme	indirect	il n’avait plus le choix"
	run --separate-stderr qx h fr "Paul Lemaire a appelé la police vers minuit." \
	    "Le policier affirme qu’il n’a rien vu."
	run cut -f3- <<< "$output"
	assert_output "2	1	Le policier		description	affirme	indirect	il n’a rien vu"
	run --separate-stderr qx i en "Tom Reed said the police had stopped him twice on Monday." \
	    "The policeman said Mr Reed had been driving too fast."
	run cut -f3- <<< "$output"
	assert_output "1	1	Tom Reed		name	said	indirect	the police had stopped him twice on Monday
2	1	The policeman		description	said	indirect	Mr Reed had been driving too fast"
	run --separate-stderr qx j en "Tom Reed lives in the building opposite the site." \
	    "“We damp it down every day,” the builder said."
	run cut -f3- <<< "$output"
	assert_output "2	1	the builder		description	said	direct	We damp it down every day"
	[ "$stderr" = "" ]
}

@test "twenty-third session: a subject before a colon does not end with a relative pronoun, whose verb is no cue (Une patiente qui a souhaité garder l’anonymat se montre plus indulgente : «…»); set off by commas, the relative is an aside" {
	run --separate-stderr qx d fr "Une patiente qui a souhaité garder l’anonymat se montre plus indulgente envers le repreneur : « Il fallait bien que quelqu’un le rachète. »" \
	    "Un habitant qui a tout perdu se montre amer : « Personne ne nous aide. »" \
	    "Le maire, qui a tout vu, a tranché : « Nous fermons. »"
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Une patiente qui a souhaité garder l’anonymat		description	se montre	direct	Il fallait bien que quelqu’un le rachète.
2	1	Un habitant qui a tout perdu		description	se montre	direct	Personne ne nous aide.
3	1	Le maire		unresolved	a tranché	direct	Nous fermons."
	[ "$stderr" = "" ]
}

@test "twenty-third session, blind French articles: a name in marks after an organisation's noun is kept whole, whatever its words (« Les Amis du vieux pont »), long when a capital follows its first word (ten words at most), and ends the subject before a relative (Le collectif « … », qui milite …, a dénoncé); after a complement too, as a subject (l’association de protection animale « … »)" {
	run --separate-stderr qx d fr "L’association « Les Amis du vieux pont » a dénoncé « une honte »." \
	    "Le collectif « Les Amis de la halle », qui milite depuis trois ans, a dénoncé « un gâchis »." \
	    "L’association « Les Amis de la halle du Foirail », qui milite pour faire protéger le bâtiment, dénonce « un gâchis patrimonial »." \
	    "L’association de protection animale « Sentinelles des abattoirs » avait alerté sur des « cadences intenables »." \
	    "Le maire a été « surpris ». Il a cité les chiffres, qui « ne mentent pas »."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	L’association « Les Amis du vieux pont »		name	a dénoncé	partial	une honte
2	1	Le collectif « Les Amis de la halle »		name	a dénoncé	partial	un gâchis
3	1	L’association « Les Amis de la halle du Foirail »		name	dénonce	partial	un gâchis patrimonial
4	1	L’association de protection animale « Sentinelles des abattoirs »		subject		partial	cadences intenables
5	1					partial	surpris
5	2					partial	ne mentent pas"
	# a person's title before the name in marks is no organisation's
	run --separate-stderr qx d fr "Le porte-parole de « Bergers en colère », Julien Roc, a promis « des actions »." \
	    "Bernard Lecoeur, vice-président de « Nuits tranquilles », qui ne croit guère à la concertation, a pris la parole. Selon lui, l’enquête avait recueilli 1 200 avis défavorables."
	run cut -f3- <<< "$output"
	assert_output "1	1	Julien Roc		subject		partial	Bergers en colère
1	1	Julien Roc		name	a promis	partial	des actions
2	1	Bernard Lecoeur		subject		partial	Nuits tranquilles
2	2	Bernard Lecoeur		pronoun	Selon	indirect	l’enquête avait recueilli 1 200 avis défavorables"
	[ "$stderr" = "" ]
}

@test "twenty-third session, blind articles: another relative's noun of [kin] is no description of the noun alone (the grandmother of five, then the mother of two); a title's complement joined by and before the name (Labour MP for Hollingford and Wyre Vale Tom Rennard); the developer for a builder's name; a teenager's noun for the person of 14 named before; known … simply as “the Patch” is a name" {
	run --separate-stderr qx e en "Edna Pryce, 71, has kept a plot for 40 years. “It is my whole life,” the grandmother of five said." \
	    "Lucy Farrant, 38, whose son shares a plot, spoke next. “Who is going to drive out there?” the mother of two asked." \
	    "Labour MP for Hollingford and Wyre Vale Tom Rennard said he had written to the council." \
	    "The site would be sold to Tarnwood Homes. The developer said it would pay for new paths." \
	    "The site is known to generations of gardeners simply as “the Patch”."
	run cut -f3- <<< "$output"
	assert_output "1	2	Edna Pryce	the grandmother of five	anaphor	said	direct	It is my whole life
2	2	Lucy Farrant	the mother of two	anaphor	asked	direct	Who is going to drive out there?
3	1	Tom Rennard	Labour MP for Hollingford and Wyre Vale	name	said	indirect	he had written to the council
4	2	Tarnwood Homes		anaphor	said	indirect	it would pay for new paths"
	# (with a determiner, the complement and the name are not told apart)
	run --separate-stderr qx e en "The local MP, Catherine Ashdown, was told on Monday. “It is sad,” the MP for Eastmere and Fallow Vale said."
	run cut -f3- <<< "$output"
	assert_output "1	2	Catherine Ashdown	The local MP	anaphor	said	direct	It is sad"
	run --separate-stderr qx f fr "Léa Castagnède, 14 ans, violoniste, joue dans l’orchestre. « Je ne sais pas si j’aurai cours », confie l’adolescente."
	run cut -f3- <<< "$output"
	assert_output "1	2	Léa Castagnède	violoniste	anaphor	confie	direct	Je ne sais pas si j’aurai cours"
	[ "$stderr" = "" ]
}

@test "twenty-third session: a number's comma is no clause's edge (£24,000, 3,5 hectares): the apposition that holds it stays whole, and so does the name before it" {
	run --separate-stderr qx e en "Danny Coughlan, 27, a porter who earns just over £24,000 a year, said the charges would cost him a week’s food shopping." \
	    "Professor Threlfall, asked whether her salary of £285,000 would be reviewed, told reporters that senior pay was a matter for the committee."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Danny Coughlan	a porter who earns just over £24,000 a year	name	said	indirect	the charges would cost him a week’s food shopping
2	1	Threlfall	Professor	name	told reporters	indirect	senior pay was a matter for the committee"
	run --separate-stderr qx f fr "Paul Roy, 54 ans, éleveur de 1 200 brebis sur 3,5 hectares, a déclaré que la sécheresse était terrible."
	run cut -f3- <<< "$output"
	assert_output "1	1	Paul Roy	éleveur de 1 200 brebis sur 3,5 hectares	name	a déclaré	indirect	la sécheresse était terrible"
	[ "$stderr" = "" ]
}

@test "twenty-third session, second blind English article: no role across a verb (failed to protect flanker X); a player's position and nation of [nearby] (the former flanker, The Welshman, capitalised); a relation kept as the role after an age, and a possessive description for it (His wife, X, 33, … his wife added); the club for a name in RFC; a title-case name before a noun after a possessive (the league’s “Clear Head” protocol); money opens a reported clause" {
	run --separate-stderr qx e en "A panel ruled that the club had failed to protect flanker Owain Roberts in March. Roberts, 34, who made 180 appearances for the club, retired last year." \
	    "“I kept playing,” the former flanker told the Echo." \
	    "The Welshman, who moved to the club in 2014, said he still suffered from headaches." \
	    "His wife, Siân Roberts, 33, described the months as “a slow nightmare”. “Not a call,” his wife added." \
	    "Caldermoor RFC was fined. “We are deeply sorry,” the club said." \
	    "Under the league’s “Clear Head” protocol, any player must leave the field." \
	    "A league spokesperson said £15,000 of the fine had been suspended."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	A panel		description	ruled	indirect	the club had failed to protect flanker Owain Roberts in March
2	1	Owain Roberts	the former flanker	anaphor	told	direct	I kept playing
3	1	Owain Roberts	the former flanker	anaphor	said	indirect	he still suffered from headaches
4	1	Siân Roberts	His wife	name	described	partial	a slow nightmare
4	2	Siân Roberts	His wife	anaphor	added	direct	Not a call
5	2	Caldermoor RFC		anaphor	said	direct	We are deeply sorry
7	1	A league spokesperson		description	said	indirect	£15,000 of the fine had been suspended"
	[ "$stderr" = "" ]
}

@test "twenty-third session, second blind French article: à la barre ends a description (le jeune homme, of [nearby]); a manner after the speaker's comma is no role (la voix blanche); what the person is stays the role rather than a relation (Son président, X, ancien professeur d’histoire,)" {
	run --separate-stderr qx f fr "Maxime Ferrandou, 24 ans, maître-nageur sauveteur, était seul au poste. « J’avais deux zones à surveiller », a expliqué le jeune homme à la barre, la voix blanche." \
	    "Son président, Bernard Escande, ancien professeur d’histoire, rappelle que la charpente date de 1887." \
	    "« Je regrette », a dit Paul Roy, les larmes aux yeux."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	2	Maxime Ferrandou	maître-nageur sauveteur	anaphor	a expliqué	direct	J’avais deux zones à surveiller
2	1	Bernard Escande	ancien professeur d’histoire	name	rappelle	indirect	la charpente date de 1887
3	1	Paul Roy		name	a dit	direct	Je regrette"
	[ "$stderr" = "" ]
}

@test "twenty-third session, third blind articles: reported speech before a sentence's first quotation, up to the coordination or the relative that opens the quotation's clause, written first (She added that …, and described the vote as “…”; told the Chronicle that A, and that the “X” gallery would reopen, which she described as “…”); not after a source and its apposition (D’après X, …, qui a voté non, «…»); where from between a cue and its speaker (lui a répondu depuis son banc l’élue); l’entourage is masculine, for elle" {
	run --separate-stderr qx d en "Dr Halloway said the carvings would be packed in the new year. She added that the museum would meet the cost of transport itself, estimated at around £85,000, and described the vote as “the easiest hard decision”." \
	    "Dr Halloway told the Chronicle that no redundancies were planned, and that the “Carved Voices” gallery would reopen, which she described as “a conversation”."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	Halloway	Dr	name	said	indirect	the carvings would be packed in the new year
1	2	Halloway	Dr	pronoun	added	indirect	the museum would meet the cost of transport itself, estimated at around £85,000
1	2	Halloway	Dr	pronoun	added	mixed	the easiest hard decision
2	1	Halloway	Dr	name	told	indirect	no redundancies were planned, and that the “Carved Voices” gallery would reopen
2	1	Halloway	Dr	pronoun	described	partial	a conversation"
	run --separate-stderr qx f fr "« Respectez cette assemblée ! » a lancé la présidente. «Ce n’est pas le public qu’il faut faire taire !» lui a répondu depuis son banc l’élue écologiste Sandrine Aubel-Mazet." \
	    "« Les régions ont des marges », fait-on savoir dans l’entourage du ministre. « On ne vient pas nous donner des leçons », a-t-elle répliqué." \
	    "D’après Odile Marchais, ancienne secrétaire de mairie, qui a voté non, «les gens ont eu peur»."
	run cut -f3- <<< "$output"
	assert_output "1	1	la présidente		unresolved	a lancé	direct	Respectez cette assemblée !
1	2	Sandrine Aubel-Mazet	l’élue écologiste	name	a répondu	direct	Ce n’est pas le public qu’il faut faire taire !
2	1	l’entourage du ministre		description	fait-on savoir	direct	Les régions ont des marges
2	2	Sandrine Aubel-Mazet	l’élue écologiste	pronoun	a-t-elle répliqué	direct	On ne vient pas nous donner des leçons
3	1	Odile Marchais	ancienne secrétaire de mairie	name	D’après	direct	les gens ont eu peur"
	[ "$stderr" = "" ]
}

@test "twenty-third session: an organisation's noun after a definite article is the latest organisation noted whole, of this paragraph or the one before, when its name holds the noun or an acronym; named with both genders, it is il and elle after (la FRSEA …, Le syndicat affirme, Il réclame)" {
	run --separate-stderr qx f fr "« Non », a réagi la FRSEA de Haute-Marvigne dans un communiqué. Le syndicat affirme que 300 agriculteurs attendent. Il réclame « un collectif budgétaire »."
	assert_success
	run cut -f3- <<< "$output"
	assert_output "1	1	la FRSEA de Haute-Marvigne		name	a réagi	direct	Non
1	2	la FRSEA de Haute-Marvigne		anaphor	affirme	indirect	300 agriculteurs attendent
1	3	la FRSEA de Haute-Marvigne		pronoun	réclame	partial	un collectif budgétaire"
	# (not a person's noun: "Paul Roy" is no syndicate)
	run --separate-stderr qx g fr "« Non », a réagi Paul Roy. Le syndicat affirme que 300 agriculteurs attendent."
	run cut -f3- <<< "$output"
	assert_output "1	1	Paul Roy		name	a réagi	direct	Non
1	2	Le syndicat		description	affirme	indirect	300 agriculteurs attendent"
	[ "$stderr" = "" ]
}
