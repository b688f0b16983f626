#!/usr/bin/env bats
# stance-tag: the stance a text takes, its second label, polarity, target
# and evidence (stance-tag(1)).  Every sentence is our own.

load helper

# Each line of the standard input as a record of document d in language
# $1, numbered by its line; the columns stance-tag adds, and the text.
stance() {
	awk -v lang="$1" '{ printf "d\t%s\t%d\t1\t%s\n", lang, NR, $0 }' |
	    stance-tag -H | cut -f5-
}

# --- labels ---

@test "French: every label, with its polarity, target and evidence" {
	run --separate-stderr stance fr <<-'EOF'
	Le gouvernement accuse Pékin de mener des cyberattaques.
	Ce comportement est irresponsable.
	Le porte-parole dément toute implication.
	Ces allégations relèvent de la diffamation.
	Le syndicat refuse de négocier.
	Ce plan est hors de question.
	Le préfet appelle les maires à la prudence.
	Il faut rouvrir la ligne.
	Le président menace les grévistes de sanctions.
	Nous prendrons toutes les mesures nécessaires.
	Le ministre a défendu sa réforme.
	Le maire a salué la décision.
	La séance a été levée à midi.
	Le porte-parole a refusé de commenter.
	EOF
	assert_success
	assert_output "accuse		against	Pékin	fr.accuser:accuse Pékin de	Le gouvernement accuse Pékin de mener des cyberattaques.
accuse		against	Ce comportement	fr.eval:irresponsable	Ce comportement est irresponsable.
deny		against		fr.dementir:dément	Le porte-parole dément toute implication.
deny		against		fr.fausse:diffamation	Ces allégations relèvent de la diffamation.
reject		against		fr.refuser:refuse	Le syndicat refuse de négocier.
reject		against		fr.refus:hors de question	Ce plan est hors de question.
demand		against	les maires	fr.appeler-a:appelle les maires à	Le préfet appelle les maires à la prudence.
demand		against		fr.il-faut:Il faut	Il faut rouvrir la ligne.
threaten		against	les grévistes	fr.menacer:menace les grévistes de	Le président menace les grévistes de sanctions.
threaten		against		fr.mesures-necessaires:prendrons toutes les mesures nécessaires	Nous prendrons toutes les mesures nécessaires.
defend		for		fr.defendre:défendu	Le ministre a défendu sa réforme.
defend		for	la décision	fr.saluer:salué la décision	Le maire a salué la décision.
statement		none			La séance a été levée à midi.
statement		none		fr.refuse-commenter:refusé de commenter	Le porte-parole a refusé de commenter."
	[ "$stderr" = "" ]
}

@test "English: every label, with its polarity, target and evidence" {
	run --separate-stderr stance en <<-'EOF'
	The minister accused Beijing of hacking the ministry.
	This behaviour is irresponsible.
	The embassy denied any involvement.
	The company dismissed the reports as a smear.
	The union rejected the offer.
	A new tax is out of the question.
	The minister urged the unions to return to work.
	It is time to reopen the line.
	The union threatened to strike.
	Those responsible will face the consequences.
	The coach defended his decision.
	The mayor praised the volunteers.
	The meeting ended at noon.
	The spokesman declined to comment.
	EOF
	assert_success
	assert_output "accuse		against	Beijing	en.accuse:accused Beijing of	The minister accused Beijing of hacking the ministry.
accuse		against	This behaviour	en.eval:irresponsible	This behaviour is irresponsible.
deny		against		en.deny:denied	The embassy denied any involvement.
deny		against		en.reject-acc:dismissed the reports	The company dismissed the reports as a smear.
reject		against	the offer	en.reject:rejected the offer	The union rejected the offer.
reject		against		en.out-of-question:out of the question	A new tax is out of the question.
demand		against	the unions	en.urge:urged the unions	The minister urged the unions to return to work.
demand		against		en.time-to:It is time to	It is time to reopen the line.
threaten		against		en.threaten:threatened	The union threatened to strike.
threaten		against		en.will-face:will face the consequences	Those responsible will face the consequences.
defend		for		en.defend:defended	The coach defended his decision.
defend		for	the volunteers	en.praise:praised the volunteers	The mayor praised the volunteers.
statement		none			The meeting ended at noon.
statement		none		en.declined-comment:declined to comment	The spokesman declined to comment."
	[ "$stderr" = "" ]
}

@test "two labels: the second is the best match of another label" {
	run --separate-stderr stance fr <<< "Nous appelons la partie britannique à cesser de porter ces accusations infondées."
	assert_success
	assert_output "demand	deny	against	la partie britannique	fr.appeler-a:appelons la partie britannique à; fr.sans-fondement:infondées	Nous appelons la partie britannique à cesser de porter ces accusations infondées."
	run --separate-stderr stance en <<< "We call on Beijing to stop these baseless accusations."
	assert_success
	assert_output "demand	deny	against	Beijing	en.call-on:call on Beijing; en.baseless:baseless	We call on Beijing to stop these baseless accusations."
}

# --- negation ---

@test "French negation: 34 negated cases" {
	run --separate-stderr stance fr <<-'EOF'
	Pékin ne mène aucune cyberattaque.
	Nous ne menons pas de cyberattaques.
	La Chine n’a jamais mené de cyberattaques.
	Nous n’avons jamais espionné nos partenaires.
	Le club n’a pas triché.
	Le ministre n’a jamais menti.
	La direction ne pratique aucune discrimination.
	Le ministre n’est pas responsable de cette situation.
	Le maire n’était pas au courant.
	Je ne suis pas impliqué dans cette affaire.
	Nous ne sommes pas coupables.
	Le syndicat n’acceptera jamais ce plan.
	Le club n’acceptera aucune offre.
	Le syndicat ne signera pas cet accord.
	Le gouvernement ne cédera jamais.
	Pékin ne reconnaîtra jamais ce verdict.
	Le ministre n’a pas accusé la Chine.
	La ministre n’a pas critiqué ses collègues.
	Le président n’a pas condamné l’attaque.
	Le syndicat n’a jamais dénoncé la direction.
	Le maire n’a pas mis en cause ses adjoints.
	Le maire n’a pas démenti ces informations.
	Il ne nie pas les faits.
	Elle ne défend pas ce projet.
	Le ministre ne soutient pas la réforme.
	Le club n’a pas salué la décision.
	Le préfet n’a pas exhorté les maires à fermer les écoles.
	Le syndicat ne réclame pas la démission du ministre.
	Personne n’a exigé sa démission.
	Le gouvernement ne menace personne.
	Le syndicat n’a cessé de dénoncer la réforme.
	Il n’a pas hésité à fustiger la direction.
	Elle ne cesse de critiquer le gouvernement.
	Nous n’avons rien à nous reprocher.
	EOF
	assert_success
	assert_output "deny		against		fr.neg-mener:mène aucune cyberattaque	Pékin ne mène aucune cyberattaque.
deny		against		fr.neg-mener:menons pas de cyberattaques	Nous ne menons pas de cyberattaques.
deny		against		fr.neg-mener:mené de cyberattaques	La Chine n’a jamais mené de cyberattaques.
deny		against		fr.neg-faute:espionné	Nous n’avons jamais espionné nos partenaires.
deny		against		fr.neg-faute:triché	Le club n’a pas triché.
deny		against		fr.neg-faute:menti	Le ministre n’a jamais menti.
deny		against		fr.neg-faute:pratique	La direction ne pratique aucune discrimination.
deny		against		fr.neg-responsable:responsable	Le ministre n’est pas responsable de cette situation.
deny		against		fr.neg-responsable:au courant	Le maire n’était pas au courant.
deny		against		fr.neg-responsable:impliqué	Je ne suis pas impliqué dans cette affaire.
deny		against		fr.neg-responsable:coupables	Nous ne sommes pas coupables.
reject		against		fr.accepter-neg:acceptera	Le syndicat n’acceptera jamais ce plan.
reject		against		fr.accepter-neg:acceptera	Le club n’acceptera aucune offre.
reject		against		fr.ceder-neg:signera	Le syndicat ne signera pas cet accord.
reject		against		fr.ceder-neg:cédera	Le gouvernement ne cédera jamais.
reject		against		fr.ceder-neg:reconnaîtra	Pékin ne reconnaîtra jamais ce verdict.
statement		none			Le ministre n’a pas accusé la Chine.
statement		none			La ministre n’a pas critiqué ses collègues.
statement		none			Le président n’a pas condamné l’attaque.
statement		none			Le syndicat n’a jamais dénoncé la direction.
statement		none			Le maire n’a pas mis en cause ses adjoints.
statement		none			Le maire n’a pas démenti ces informations.
statement		none			Il ne nie pas les faits.
statement		none			Elle ne défend pas ce projet.
statement		none			Le ministre ne soutient pas la réforme.
statement		none			Le club n’a pas salué la décision.
statement		none			Le préfet n’a pas exhorté les maires à fermer les écoles.
statement		none			Le syndicat ne réclame pas la démission du ministre.
statement		none			Personne n’a exigé sa démission.
statement		none			Le gouvernement ne menace personne.
accuse		against	la réforme	fr.denoncer:dénoncer la réforme	Le syndicat n’a cessé de dénoncer la réforme.
accuse		against	la direction	fr.fustiger:fustiger la direction	Il n’a pas hésité à fustiger la direction.
accuse		against	le gouvernement	fr.critiquer:critiquer le gouvernement	Elle ne cesse de critiquer le gouvernement.
defend	deny	for		fr.rien-reprocher:rien à nous reprocher; fr.nous-ne:Nous n’avons rien	Nous n’avons rien à nous reprocher."
}

@test "English negation: 27 negated cases" {
	run --separate-stderr stance en <<-'EOF'
	Beijing did not hack the ministry.
	We have never spied on our allies.
	The company did not leak any data.
	They didn’t cheat.
	They didn't cheat.
	We did not fund any militia.
	The company did not violate the rules.
	I never lied to the committee.
	The club was not involved in the transfer.
	The mayor was not aware of the payments.
	He is not responsible for the delays.
	The union will never accept these terms.
	The union won’t accept the offer.
	The government will not back down.
	The board will not sign this deal.
	The minister did not accuse China.
	The senator did not criticise the plan.
	The minister never condemned the strike.
	The spokesman did not deny the report.
	She did not reject the offer.
	The coach did not defend his players.
	The club did not demand compensation.
	The board did not threaten the staff.
	The minister did not praise the deal.
	The union has never stopped accusing the board of negligence.
	She did not hesitate to condemn the attack.
	They did not fail to criticise the plan.
	EOF
	assert_success
	assert_output "deny		against		en.neg-wrong:hack	Beijing did not hack the ministry.
deny		against		en.neg-wrong:spied	We have never spied on our allies.
deny		against		en.neg-wrong:leak	The company did not leak any data.
deny		against		en.neg-wrong:cheat	They didn’t cheat.
deny		against		en.neg-wrong:cheat	They didn't cheat.
deny		against		en.neg-wrong:fund	We did not fund any militia.
deny		against		en.neg-wrong:violate	The company did not violate the rules.
deny		against		en.neg-wrong:lied	I never lied to the committee.
deny		against		en.neg-involved:involved	The club was not involved in the transfer.
deny		against		en.neg-involved:aware	The mayor was not aware of the payments.
deny		against		en.neg-involved:responsible	He is not responsible for the delays.
reject		against		en.accept-neg:accept	The union will never accept these terms.
reject		against		en.accept-neg:accept	The union won’t accept the offer.
reject		against		en.yield-neg:back down	The government will not back down.
reject		against		en.yield-neg:sign	The board will not sign this deal.
statement		none			The minister did not accuse China.
statement		none			The senator did not criticise the plan.
statement		none			The minister never condemned the strike.
statement		none			The spokesman did not deny the report.
statement		none			She did not reject the offer.
statement		none			The coach did not defend his players.
statement		none			The club did not demand compensation.
statement		none			The board did not threaten the staff.
statement		none			The minister did not praise the deal.
accuse		against	the board	en.accuse:accusing the board of	The union has never stopped accusing the board of negligence.
accuse		against	the attack	en.condemn:condemn the attack	She did not hesitate to condemn the attack.
accuse		against	the plan	en.criticise:criticise the plan	They did not fail to criticise the plan."
}

@test "a negation outside the clause of the stance word does not count" {
	run --separate-stderr stance fr <<< "Rien n’est réglé, le syndicat dénonce la réforme."
	assert_success
	assert_output "accuse		against	la réforme	fr.denoncer:dénonce la réforme	Rien n’est réglé, le syndicat dénonce la réforme."
	run --separate-stderr stance en <<< "Nothing is settled, and the union denounced the reform."
	assert_success
	assert_output "accuse		against	the reform	en.denounce:denounced the reform	Nothing is settled, and the union denounced the reform."
}

# --- frames ---

@test "modal frames: doit, must, should are demands" {
	run --separate-stderr stance fr <<-'EOF'
	Le gouvernement doit retirer ce texte.
	Les opérateurs devront rembourser les usagers.
	EOF
	assert_success
	assert_output "demand		against		fr.devoir:doit retirer	Le gouvernement doit retirer ce texte.
demand		against		fr.devoir:devront rembourser	Les opérateurs devront rembourser les usagers."
	run --separate-stderr stance en <<-'EOF'
	The government must withdraw this bill.
	China should stop its cyberattacks.
	EOF
	assert_success
	assert_output "demand		against		en.must:must withdraw	The government must withdraw this bill.
demand		against		en.must:should stop	China should stop its cyberattacks."
}

@test "conditional frames: si …, faute de quoi, unless, will face are threats" {
	run --separate-stderr stance fr <<-'EOF'
	Si rien ne bouge, nous bloquerons les dépôts.
	Nous quitterons la coalition si le texte passe.
	Faute de quoi, nous saisirons la justice.
	Le club s’exposera à des sanctions.
	EOF
	assert_success
	assert_output "threaten		against		fr.si-alors:Si rien ne bouge, nous bloquerons	Si rien ne bouge, nous bloquerons les dépôts.
threaten		against		fr.futur-si:Nous quitterons la coalition si	Nous quitterons la coalition si le texte passe.
threaten		against		fr.faute-de-quoi:Faute de quoi	Faute de quoi, nous saisirons la justice.
threaten		against		fr.represailles:sanctions	Le club s’exposera à des sanctions."
	run --separate-stderr stance en <<-'EOF'
	Unless they pay, we will sue.
	We will strike again unless the board resigns.
	If the council says no, we will go to court.
	The club will face sanctions.
	EOF
	assert_success
	assert_output "threaten		against		en.unless:Unless they	Unless they pay, we will sue.
threaten		against		en.future-if:We will strike again unless	We will strike again unless the board resigns.
threaten		against		en.if-will:If the council says no, we will go	If the council says no, we will go to court.
threaten		against		en.will-face:will face sanctions	The club will face sanctions."
}

# --- targets ---

@test "French targets: the object, the addressee, the accuser of a denial" {
	run --separate-stderr stance fr <<-'EOF'
	Le gouvernement accuse la Chine de cyber-sabotage.
	Le préfet exhorte Londres à la retenue.
	Nous demandons à Londres de cesser ces attaques.
	Le gouvernement a critiqué Bruxelles.
	La ministre a mis en cause la SNCF.
	La ministre a condamné fermement ces attaques.
	Contrairement à ce qu’affirme Washington, nous ne menons aucune cyberattaque.
	Quoi qu’en disent les Alliés, ces accusations sont infondées.
	EOF
	assert_success
	assert_output "accuse		against	la Chine	fr.accuser:accuse la Chine de	Le gouvernement accuse la Chine de cyber-sabotage.
demand		against	Londres	fr.exhorter:exhorte Londres	Le préfet exhorte Londres à la retenue.
demand		against	Londres	fr.demander:demandons à Londres de	Nous demandons à Londres de cesser ces attaques.
accuse		against	Bruxelles	fr.critiquer:critiqué Bruxelles	Le gouvernement a critiqué Bruxelles.
accuse		against	la SNCF	fr.mettre-cause:mis en cause la SNCF	La ministre a mis en cause la SNCF.
accuse		against	ces attaques	fr.condamner:condamné fermement ces attaques	La ministre a condamné fermement ces attaques.
deny		against	Washington	fr.neg-mener:menons aucune cyberattaque	Contrairement à ce qu’affirme Washington, nous ne menons aucune cyberattaque.
deny		against	les Alliés	fr.sans-fondement:infondées	Quoi qu’en disent les Alliés, ces accusations sont infondées."
}

@test "English targets: the object, the addressee, the accuser of a denial" {
	run --separate-stderr stance en <<-'EOF'
	The union blamed the board for the delays.
	We call on Beijing to respect the rules.
	They held the company responsible for the leak.
	The minister warned the unions against a new strike.
	The opposition condemned the government for its silence.
	Contrary to what London claims, we have never hacked anyone.
	Whatever Washington says, these claims are baseless.
	EOF
	assert_success
	assert_output "accuse		against	the board	en.blame:blamed the board	The union blamed the board for the delays.
demand		against	Beijing	en.call-on:call on Beijing	We call on Beijing to respect the rules.
accuse		against	the company	en.hold-responsible:held the company responsible	They held the company responsible for the leak.
threaten		against	the unions	en.warn:warned the unions	The minister warned the unions against a new strike.
accuse		against	the government	en.condemn:condemned the government	The opposition condemned the government for its silence.
deny		against	London	en.neg-wrong:hacked	Contrary to what London claims, we have never hacked anyone.
deny		against	Washington	en.baseless:baseless	Whatever Washington says, these claims are baseless."
}

# --- the cue column ---

@test "the cue column of quote-extract counts as evidence" {
	run --separate-stderr stance-tag <<-'EOF'
	#doc	lang	par	sent	speaker	role	via	cue	kind	text
	d	fr	3	1	Marc Delorme		name	a démenti	direct	Nous avons toujours respecté la loi.
	d	fr	3	2	Marc Delorme		name	a déclaré	direct	Nous avons toujours respecté la loi.
	d	fr	4	1	Marc Delorme		name	a accusé	partial	de mentir
	d	en	5	1	Helen Marsh		name	denied	direct	We have always respected the law.
	d	en	5	2	Helen Marsh		name	threatened	direct	This will cost them dearly.
	EOF
	assert_success
	assert_output "#doc	lang	par	sent	speaker	role	via	cue	kind	stance	stance2	polarity	target	evidence	text
d	fr	3	1	Marc Delorme		name	a démenti	direct	deny		against		fr.dementir:cue:démenti	Nous avons toujours respecté la loi.
d	fr	3	2	Marc Delorme		name	a déclaré	direct	statement		none			Nous avons toujours respecté la loi.
d	fr	4	1	Marc Delorme		name	a accusé	partial	accuse		against		fr.accuser-seul:cue:accusé	de mentir
d	en	5	1	Helen Marsh		name	denied	direct	deny		against		en.deny:cue:denied	We have always respected the law.
d	en	5	2	Helen Marsh		name	threatened	direct	threaten		against		en.threaten:cue:threatened	This will cost them dearly."
}

@test "between matches of equal priority and length, the cue's label decides" {
	run --separate-stderr bash -c "stance-tag -H | cut -f5-" <<-'EOF'
	#doc	lang	par	sent	cue	text
	d	fr	1	1	a déclaré	Le ministre dément et les syndicats exigent des excuses.
	d	fr	1	2	a exigé	Le ministre dément et les syndicats exigent des excuses.
	EOF
	assert_success
	assert_output "a déclaré	deny	demand	against		fr.dementir:dément; fr.exiger:exigent	Le ministre dément et les syndicats exigent des excuses.
a exigé	demand	deny	against		fr.exiger:exigent; fr.dementir:dément	Le ministre dément et les syndicats exigent des excuses."
}

@test "segment | quote-extract | stance-tag: who accuses, demands, denies, threatens" {
	cd "$DATA/stance-tag"
	run --separate-stderr bash -c "segment cyber-fr.txt cyber-en.txt | quote-extract | stance-tag"
	assert_success
	assert_output "$(cat cyber.out)"
	[ "$stderr" = "" ]
}

# --- options ---

@test "plain lines without columns: doc the file, par the line, lang detected" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' "Le gouvernement accuse la Chine de mener des cyberattaques contre les hôpitaux." \
	    "The embassy denied any involvement in the attacks on the hospitals." "Oui." > plain.txt
	run --separate-stderr stance-tag plain.txt
	assert_success
	assert_output "#doc	lang	par	sent	stance	stance2	polarity	target	evidence	text
plain.txt	fr	1	0	accuse		against	la Chine	fr.accuser:accuse la Chine de	Le gouvernement accuse la Chine de mener des cyberattaques contre les hôpitaux.
plain.txt	en	2	0	deny		against		en.deny:denied	The embassy denied any involvement in the attacks on the hospitals.
plain.txt	und	3	0	statement		none			Oui."
}

@test "-l gives the language of every record; a language without rules is statement" {
	run --separate-stderr stance-tag -H <<< "d	und	1	1	The embassy denied any involvement."
	assert_success
	assert_output "d	und	1	1	statement		none			The embassy denied any involvement."
	run --separate-stderr stance-tag -H -l en <<< "d	und	1	1	The embassy denied any involvement."
	assert_success
	assert_output "d	en	1	1	deny		against		en.deny:denied	The embassy denied any involvement."
}

@test "-r adds a rule; -R replaces the built-in rules" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' '# a verb of our own' '[stance fr]' \
	    'my.vilipender	accuse	70	(?i)vilipend\w*\s+(?<target>la\s+\w+)' > my.rules
	printf '%s\n' "d	fr	1	1	Le syndicat a vilipendé la direction." \
	    "d	fr	1	2	Le maire accuse le préfet de laxisme." \
	    "d	en	1	3	The embassy denied any involvement." > in.tsv
	run --separate-stderr bash -c "stance-tag -H in.tsv | cut -f5-9"
	assert_success
	assert_output "statement		none		
accuse		against	le préfet	fr.accuser:accuse le préfet de
deny		against		en.deny:denied"
	run --separate-stderr bash -c "stance-tag -H -r my.rules in.tsv | cut -f5-9"
	assert_success
	assert_output "accuse		against	la direction	my.vilipender:vilipendé la direction
accuse		against	le préfet	fr.accuser:accuse le préfet de
deny		against		en.deny:denied"
	run --separate-stderr bash -c "stance-tag -H -R my.rules in.tsv | cut -f5-9"
	assert_success
	assert_output "accuse		against	la direction	my.vilipender:vilipendé la direction
statement		none		
statement		none		"
}

@test "\\s in a rule is any Unicode space, in a class too; \\Q\\s\\E is literal" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' '[stance fr]' \
	    'my.space	accuse	70	vilipend\w*\s(?<target>\S+)' \
	    'my.class	deny	70	nie[\s]+(?<target>[^\s]+)' \
	    'my.quoted	reject	70	\Q\s\E(?<target>\w+)' \
	    'my.nonspace	demand	70	exige[^\S]?(?<target>\S+)' > sp.rules
	# no-break space, narrow no-break space, ideographic space and line
	# separator, thin space; a hyphen is none
	printf 'd\tfr\t1\t1\tIl a vilipendé\302\240Paul.\n' > in.tsv
	printf 'd\tfr\t1\t2\tIl a vilipendé\342\200\257Jean.\n' >> in.tsv
	printf 'd\tfr\t1\t3\tIl nie\343\200\200\342\200\250Marc.\n' >> in.tsv
	printf 'd\tfr\t1\t4\tLe code \\\\sAbc.\n' >> in.tsv
	printf 'd\tfr\t1\t5\tIl exige\342\200\211tout.\n' >> in.tsv
	printf 'd\tfr\t1\t6\tIl a vilipendé-Paul.\n' >> in.tsv
	run --separate-stderr bash -c "stance-tag -H -R sp.rules in.tsv | cut -f5-8"
	assert_success
	assert_output "accuse		against	Paul.
accuse		against	Jean.
deny		against	Marc.
reject		against	Abc
demand		against	tout.
statement		none	"
	# the same once a pattern has read enough text for its JIT form
	# (8 KB; the rule of "nie" reads a few bytes a record),
	# where \s is compiled as [\h\v]
	for i in $(seq 2000); do cat in.tsv; done > long.tsv
	run --separate-stderr bash -c "stance-tag -H -R sp.rules long.tsv | cut -f5-8 | sort | uniq -c"
	assert_success
	assert_output "   2000 accuse		against	Jean.
   2000 accuse		against	Paul.
   2000 demand		against	tout.
   2000 deny		against	Marc.
   2000 reject		against	Abc
   2000 statement		none	"
	# an error's offset is in the pattern as written
	printf '[stance fr]\nmy.bad\taccuse\t70\ta\\s(\n' > bad.rules
	run --separate-stderr stance-tag -R bad.rules < /dev/null
	assert_failure 2
	[ "$stderr" = "stance-tag: bad.rules:2: bad pattern at offset 4: missing closing parenthesis" ]
}

@test "-R keeps the negation words: a negated rule of one's own" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' '[stance fr]' 'my.accepter	-/reject	60	(?i)accept\w*' > neg.rules
	run --separate-stderr bash -c "stance-tag -H -R neg.rules | cut -f5-" <<-'EOF'
	d	fr	1	1	Le syndicat ne peut accepter ce plan.
	d	fr	1	2	Le syndicat accepte ce plan.
	EOF
	assert_success
	assert_output "reject		against		my.accepter:accepter	Le syndicat ne peut accepter ce plan.
statement		none			Le syndicat accepte ce plan."
}

# The built-in rules are compiled when a record first needs each one; a
# rule of -r at start.  Read again with -r (each replaces the built-in one
# of its id), every built-in rule is compiled at start: none may fail, and
# the records are the same.
@test "every built-in rule compiles (read again with -r), and gives the same records" {
	cd "$BATS_TEST_TMPDIR"
	builtin_rules stance stance
	run --separate-stderr stance-tag -r en.rules -r fr.rules < /dev/null
	assert_success
	assert_output ''
	[ "$stderr" = "" ]
	decode "$EXAMPLES"/*.txt | segment | quote-extract > q.tsv
	run --separate-stderr stance-tag q.tsv
	assert_success
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -gt 4000 ]
	builtin=$output
	run --separate-stderr stance-tag -r en.rules -r fr.rules q.tsv
	assert_success
	[ "$stderr" = "" ]
	[ "$output" = "$builtin" ]
}

@test "rule file errors: FILE:LINE: message, nothing read, exit 2" {
	cd "$BATS_TEST_TMPDIR"
	printf '[stance fr]\nmy.bad\taccuse\t70\t(?i)vilipend(\n' > pattern.rules
	run --separate-stderr stance-tag -r pattern.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	assert_output ''
	[ "$stderr" = "stance-tag: pattern.rules:2: bad pattern at offset 13: missing closing parenthesis" ]
	printf '# labels\n[stance fr]\nmy.bad\tblame\t70\tvilipend\n' > label.rules
	run --separate-stderr stance-tag -R label.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	assert_output ''
	[ "$stderr" = "stance-tag: label.rules:3: label must be accuse, deny, reject, demand, threaten, defend, statement or -, alone or as plain/negated, or target:label with a (?<target>) group" ]
	printf '[stance fr]\nmy.bad\taccuse/blame\t70\tvilipend\n' > neglabel.rules
	run --separate-stderr stance-tag -r neglabel.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	[ "$stderr" = "stance-tag: neglabel.rules:2: label must be accuse, deny, reject, demand, threaten, defend, statement or -, alone or as plain/negated, or target:label with a (?<target>) group" ]
	printf '[stance fr]\nmy.t\ttarget:accuse\t0\tvilipend\n' > target.rules
	run --separate-stderr stance-tag -r target.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	[ "$stderr" = "stance-tag: target.rules:2: label must be accuse, deny, reject, demand, threaten, defend, statement or -, alone or as plain/negated, or target:label with a (?<target>) group" ]
	printf '[stance fr]\nmy.bad\taccuse\thigh\tvilipend\n' > prio.rules
	run --separate-stderr stance-tag -r prio.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	[ "$stderr" = "stance-tag: prio.rules:2: priority is not a number" ]
	printf '[stance fr]\nmy.bad\taccuse\n' > field.rules
	run --separate-stderr stance-tag -r field.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	[ "$stderr" = "stance-tag: field.rules:2: missing field" ]
	printf '[stance]\nmy.bad\taccuse\t70\tvilipend\n' > nolang.rules
	run --separate-stderr stance-tag -r nolang.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	[ "$stderr" = "stance-tag: nolang.rules:2: stance rules need a language: [stance fr]" ]
	run --separate-stderr stance-tag -R missing.rules <<< "d	fr	1	1	Oui."
	assert_failure 2
	[ "$stderr" = "stance-tag: missing.rules: No such file or directory" ]
}

@test "--only keeps the records of some labels, a second label included" {
	run --separate-stderr bash -c "stance-tag -H --only deny,threaten | cut -f4-7" <<-'EOF'
	d	fr	1	1	Le gouvernement accuse Pékin de mener des cyberattaques.
	d	fr	1	2	Nous appelons la partie britannique à cesser de porter ces accusations infondées.
	d	fr	1	3	Le président menace les grévistes de sanctions.
	d	fr	1	4	La séance a été levée à midi.
	EOF
	assert_success
	assert_output "2	demand	deny	against
3	threaten		against"
}

@test "--only exits 1 when no record is kept, and 2 on a word that is no label" {
	run --separate-stderr stance-tag --only defend <<< "d	fr	1	1	Le gouvernement accuse Pékin de mener des cyberattaques."
	assert_failure 1
	assert_output "#doc	lang	par	sent	stance	stance2	polarity	target	evidence	text"
	run --separate-stderr stance-tag --only accuse,blame < /dev/null
	assert_failure 2
	assert_output ''
	[ "$stderr" = "stance-tag: --only: blame: not a label (accuse, deny, reject, demand, threaten, defend, statement)" ]
}

@test "--summary: per document, speaker, stance, target and count" {
	cd "$DATA/stance-tag"
	run --separate-stderr stance-tag --summary cyber.out
	assert_success
	assert_output "$(cat cyber.summary)"
}

@test "--summary counts each speaker, stance and target, in order of appearance" {
	run --separate-stderr stance-tag --summary <<-'EOF'
	#doc	lang	par	sent	speaker	text
	a	en	1	1	Helen Marsh	We accuse Beijing of sabotage.
	a	en	2	1	Li Wen	These claims are baseless.
	a	en	3	1	Helen Marsh	We accuse Beijing of espionage.
	a	en	4	1		The meeting is on Friday.
	b	fr	1	1	Li Wen	Ces accusations sont sans fondement.
	EOF
	assert_success
	assert_output "#doc	speaker	stance	target	count
a	Helen Marsh	accuse	Beijing	2
a	Li Wen	deny		1
a		statement		1
b	Li Wen	deny		1"
	run --separate-stderr stance-tag --summary --json --only accuse <<-'EOF'
	#doc	lang	par	sent	speaker	text
	a	en	1	1	Helen Marsh	We accuse Beijing of sabotage.
	a	en	3	1	Helen Marsh	We accuse Beijing of espionage.
	EOF
	assert_success
	assert_output '{"doc":"a","speaker":"Helen Marsh","stance":"accuse","target":"Beijing","count":2}'
}

@test "--dot: the same as a Graphviz graph per document, statements left out" {
	cd "$DATA/stance-tag"
	run --separate-stderr stance-tag --dot cyber.out
	assert_success
	assert_output "$(cat cyber.dot)"
	if command -v dot > /dev/null; then
		dot -Tsvg cyber.dot > /dev/null
	fi
}

@test "--dot: counts, colours for and against, and quotes escaped" {
	run --separate-stderr stance-tag --dot <<-'EOF'
	#doc	lang	par	sent	speaker	text
	a "1"	en	1	1	Helen Marsh	We accuse Beijing of sabotage.
	a "1"	en	2	1	Helen Marsh	We accuse Beijing of espionage.
	a "1"	en	3	1	Li Wen	The mayor praised the volunteers.
	a "1"	en	4	1	Li Wen	The meeting is on Friday.
	a "1"	en	5	1		These claims are baseless.
	EOF
	assert_success
	assert_output 'digraph "a \"1\"" {
	rankdir=LR;
	node [shape=box];
	"Helen Marsh" -> "Beijing" [label="accuse x2", color=red];
	"Li Wen" -> "the volunteers" [label="defend", color=darkgreen];
}'
	if command -v dot > /dev/null; then
		dot -Tsvg <<< "$output" > /dev/null
	fi
}

@test "--json writes JSON Lines with the stance columns" {
	run --separate-stderr stance-tag --json <<< "d	fr	1	1	Le maire accuse le préfet de laxisme."
	assert_success
	assert_output '{"doc":"d","lang":"fr","par":1,"sent":1,"stance":"accuse","stance2":"","polarity":"against","target":"le préfet","evidence":"fr.accuser:accuse le préfet de","text":"Le maire accuse le préfet de laxisme."}'
}

@test "extra columns are kept before the stance columns" {
	run --separate-stderr stance-tag <<-'EOF'
	#doc	lang	par	sent	source	text
	d	en	1	1	wire	The embassy denied any involvement.
	EOF
	assert_success
	assert_output "#doc	lang	par	sent	source	stance	stance2	polarity	target	evidence	text
d	en	1	1	wire	deny		against		en.deny:denied	The embassy denied any involvement."
}

@test "an unreadable file among readable ones: warned, the others done, exit 2" {
	cd "$BATS_TEST_TMPDIR"
	printf 'a\ten\t1\t1\tThe embassy denied any involvement.\n' > a.tsv
	mkdir adir
	run --separate-stderr stance-tag -H a.tsv adir missing.tsv a.tsv
	assert_failure 2
	assert_output "a	en	1	1	deny		against		en.deny:denied	The embassy denied any involvement.
a	en	1	1	deny		against		en.deny:denied	The embassy denied any involvement."
	[ "$stderr" = "stance-tag: adir: Is a directory
stance-tag: missing.tsv: No such file or directory" ]
}

@test "invalid UTF-8 is replaced with a warning naming the line" {
	printf 'd\tfr\t1\t1\tOui.\nd\tfr\t1\t2\tLe maire d\xe9ment.\n' > "$BATS_TEST_TMPDIR/bad.tsv"
	run --separate-stderr bash -c "cat '$BATS_TEST_TMPDIR/bad.tsv' | stance-tag -H | cut -f5"
	assert_success
	assert_output "statement
statement"
	[ "$stderr" = "stance-tag: -:2: 0 bad escapes kept, 1 invalid bytes replaced" ]
}

@test "empty input: nothing written, exit 0" {
	run --separate-stderr stance-tag < /dev/null
	assert_success
	assert_output ''
}

@test "--help prints the usage on stdout and exits 0; a bad option exits 2" {
	run --separate-stderr stance-tag --help
	assert_success
	assert_line --index 0 "usage: stance-tag [-HhuV] [-l lang] [-r file] [-R file] [--only labels]"
	assert_line --index 1 "                  [--summary | --dot] [--json] [file ...]"
	run --separate-stderr stance-tag -p
	assert_failure 2
	assert_output ''
	[ "${stderr_lines[1]}" = "usage: stance-tag [-HhuV] [-l lang] [-r file] [-R file] [--only labels]" ]
}

# --- evaluation ---

@test "bench/eval-stance.sh prints its table, macro-F1 no worse than today" {
	local bin
	bin=$(dirname "$(command -v stance-tag)")
	cd "$BATS_TEST_DIRNAME/.."
	run --separate-stderr env BIN="$bin" sh bench/eval-stance.sh
	assert_success
	[ "${#lines[@]}" -eq 22 ]
	run awk '
	/^== (fr|en)$/ { lang = $2; n++; next }
	/^(accuse|deny|reject|demand|threaten|defend|statement) +gold +[0-9]+ +system +[0-9]+ +P +[0-9.]+ +R +[0-9.]+ +F1 +[0-9.]+$/ { labels[lang]++; next }
	/^accuracy +[0-9.]+% of [0-9]+ sentences; macro-F1 [0-9.]+$/ { macro[lang] = $NF; next }
	/^label2 +[0-9]+ of [0-9]+ second labels found$/ { next }
	/^target +[0-9.]+% of [0-9]+ gold targets exact$/ { next }
	{ print "unexpected line: " $0; bad = 1 }
	END {
		# the figures of November 2026: a regression fails here
		min["fr"] = 90.2; min["en"] = 91.6
		for (l in min) {
			if (labels[l] != 7) { print l ": " labels[l] " labels"; bad = 1 }
			if (!(l in macro) || macro[l] + 0 < min[l]) {
				print l ": macro-F1 " macro[l] " < " min[l]; bad = 1 }
		}
		exit bad || n != 2
	}' <<< "$output"
	assert_success
}

# --- the examples of stance-tag(1), run as the page shows them ---

@test "stance-tag(1) example 1: plain French lines" {
	run --separate-stderr bash -c "printf '%s\n' 'Le gouvernement accuse Pékin de mener des cyberattaques.' \
	    'Le syndicat n’acceptera jamais ce plan.' \
	    'Pékin ne mène aucune cyberattaque.' \
	    'Le ministre n’a pas accusé la Chine.' | stance-tag -H -l fr | cut -f5-"
	assert_success
	assert_output "accuse		against	Pékin	fr.accuser:accuse Pékin de	Le gouvernement accuse Pékin de mener des cyberattaques.
reject		against		fr.accepter-neg:acceptera	Le syndicat n’acceptera jamais ce plan.
deny		against		fr.neg-mener:mène aucune cyberattaque	Pékin ne mène aucune cyberattaque.
statement		none			Le ministre n’a pas accusé la Chine."
}

@test "stance-tag(1) example 2: English, two stances, a threat, praise" {
	run --separate-stderr bash -c "printf '%s\n' 'We call on Beijing to stop these baseless accusations.' \
	    'If the council says no, we will go to court.' \
	    'The coach defended his decision.' | stance-tag -H -l en | cut -f5-"
	assert_success
	assert_output "demand	deny	against	Beijing	en.call-on:call on Beijing; en.baseless:baseless	We call on Beijing to stop these baseless accusations.
threaten		against		en.if-will:If the council says no, we will go	If the council says no, we will go to court.
defend		for		en.defend:defended	The coach defended his decision."
}

# The short article of examples 3 to 5.
cyber_txt() {
	printf '%s\n' \
	    '« Pékin mène une campagne de cyberattaques irresponsable », a accusé le secrétaire d’État américain Howard Pell.' \
	    '« Nous appelons la Chine à cesser ces agissements », a déclaré la ministre britannique Ellen Ashby.' \
	    '« Ces accusations sont sans fondement », a répondu le porte-parole de l’ambassade de Chine, Wu Jianlin.' > cyber.txt
}

@test "stance-tag(1) example 3: the whole pipeline on a short article" {
	cd "$BATS_TEST_TMPDIR"
	cyber_txt
	run --separate-stderr bash -c "segment cyber.txt | quote-extract | stance-tag | cut -f5,10-14"
	assert_success
	assert_output "speaker	stance	stance2	polarity	target	evidence
Howard Pell	accuse		against	Pékin	fr.accuser-seul:cue:accusé
Ellen Ashby	demand		against	la Chine	fr.appeler-a:appelons la Chine à
Wu Jianlin	deny		against		fr.aucune-preuve:sans fondement"
}

@test "stance-tag(1) example 4: --summary and --dot" {
	cd "$BATS_TEST_TMPDIR"
	cyber_txt
	run --separate-stderr bash -c "segment cyber.txt | quote-extract | stance-tag --summary"
	assert_success
	assert_output "#doc	speaker	stance	target	count
cyber.txt	Howard Pell	accuse	Pékin	1
cyber.txt	Ellen Ashby	demand	la Chine	1
cyber.txt	Wu Jianlin	deny		1"
	run --separate-stderr bash -c "segment cyber.txt | quote-extract | stance-tag --dot"
	assert_success
	assert_output 'digraph "cyber.txt" {
	rankdir=LR;
	node [shape=box];
	"Howard Pell" -> "Pékin" [label="accuse", color=red];
	"Ellen Ashby" -> "la Chine" [label="demand", color=red];
	"Wu Jianlin" -> "?" [label="deny", color=red];
}'
}

@test "stance-tag(1) example 5: --only" {
	cd "$BATS_TEST_TMPDIR"
	cyber_txt
	run --separate-stderr bash -c "segment cyber.txt | quote-extract | stance-tag -H --only deny,demand | cut -f5,10,11"
	assert_success
	assert_output "Ellen Ashby	demand	
Wu Jianlin	deny	"
	run --separate-stderr bash -c "segment cyber.txt | quote-extract | stance-tag -H --only threaten"
	assert_failure 1
	assert_output ''
}

@test "stance-tag(1) example 6: a rule of one's own" {
	cd "$BATS_TEST_TMPDIR"
	printf '%s\n' '[stance fr]' \
	    'my.vilipender accuse 70 (?i)vilipend\w*\s+(?<target>la\s+\w+)' > my.rules
	run --separate-stderr bash -c "printf 'd\tfr\t1\t1\tLe syndicat a vilipendé la direction.\n' |
	    stance-tag -H -r my.rules | cut -f5-"
	assert_success
	assert_output "accuse		against	la direction	my.vilipender:vilipendé la direction	Le syndicat a vilipendé la direction."
}
