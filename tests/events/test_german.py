"""The German coder, phenomenon by phenomenon, on sentences written for these tests.

Each case: a short article (title line, then sentences), its publication date, and one event
that must come out of the named sentence (type, mode, source codes, target codes, status, date,
reported_by). Fields left None are not checked.
"""

from __future__ import annotations

import pytest

from lagebild.model import Article, PartialDate
from lagebild.nlp import split_sentences


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text: str, pub: str | None = "2024-03-15"):
        article = Article(doc="t.txt", text=text, lang="de", pub_date=PartialDate.parse(pub))
        return pipeline.analyse(article).events
    return run


def _match(events, sentence_part, type_, source=None, target=None, **fields):
    for e in events:
        if sentence_part not in e.sentence or e.type != type_:
            continue
        if source is not None and {a.code for a in e.source} != set(source):
            continue
        if target is not None and {a.code for a in e.target} != set(target):
            continue
        got = {"status": e.status, "mode": e.mode, "date": e.date.iso() if e.date else None,
               "reported_by": e.reported_by}
        if all(got[k] == v for k, v in fields.items()):
            return e
    return None


# (text, pub date, sentence part, type, source, target, other fields)
CASES = [
    # direction in a verb-second main clause, subject first
    ("Treffen in Ankara\nDie Türkei hat Griechenland scharf kritisiert.", "2024-03-15",
     "Die Türkei hat", "ACCUSE", {"TUR"}, {"GRC"}, {"status": "asserted"}),
    # object fronted, subject after the finite verb (case from the article); a visit's visitor is its
    # source and the host its target (PLOVER), so "empfangen" turns them round
    ("Streit um Gas\nDen polnischen Präsidenten empfing am Montag Bundeskanzler Scholz in Berlin.", "2024-03-15",
     "Den polnischen", "CONSULT", {"POL"}, {"DEU"}, {"mode": "visit"}),
    # passive with a von-agent
    ("Angriff\nDie Stadt Charkiw wurde in der Nacht von russischen Drohnen angegriffen.", "2024-03-15",
     "wurde in der Nacht", "ASSAULT", {"RUS"}, {"UKR"}, {}),
    # a reflexive state passive ("sieht sich durch X bedroht", "fühlt sich von X bedroht"): the durch/von
    # phrase acts, the subject undergoes the act
    ("Spannungen\nDie Regierung in Oslo sieht sich durch das Vorgehen Russlands bedroht.", "2024-03-15",
     "sieht sich", "THREATEN", {"RUS"}, {"NOR"}, {}),
    ("Spannungen\nFinnland fühlt sich von Russland bedroht.", "2024-03-15",
     "fühlt sich", "THREATEN", {"RUS"}, {"FIN"}, {}),
    # "und" before a noun phrase and a finite verb opens a main clause with its own subject
    ("Spannungen\nDer Streit hat die Lage verschärft und Litauen fordert mehr Schutz durch die Nato.", "2024-03-15",
     "Litauen fordert", "REQUEST", {"LTU"}, {"NATO"}, {}),
    # a durch-agent after the act noun's genitive complement does the act
    ("Sorgen im Baltikum\nDer Streit um Gas und die Besetzung der georgischen Provinz Abchasien durch Russland haben "
     "in Estland Sorgen ausgelöst.", "2024-03-15", "Besetzung", "COERCE", {"RUS"}, None, {}),
    # the owner of the target PP's noun is the target ("Angriffe auf Stellungen des IS"); a dative after a
    # two-way preposition is no target ("Kredit ... scheitert an der Blockade Ungarns")
    ("Offensive\nSyrien hat den Irak kritisiert. Die Türkei hat Angriffe auf Stellungen der PKK begonnen.",
     "2024-03-15",
     "Angriffe auf", "ASSAULT", {"TUR"}, {"PKK"}, {}),
    # a veto noun blocks a decision: the state in its genitive is the blocker, not the blocked
    ("Streit um Hilfe\nDer neue Kredit für Moldau scheitert an der Blockade Polens.", "2024-03-15",
     "Blockade", "REJECT", {"POL"}, None, {}),
    # the impersonal "man" is the subject: the actor named in the clause is acted upon
    ("Anschlag\nIn der Nacht hat man die russische Botschaft in Riga angegriffen.", "2024-03-15",
     "hat man", "ASSAULT", None, {"RUS"}, {}),
    # coordination: reciprocal meeting, both actors act
    ("Gipfel\nFrankreich und Deutschland haben sich in Paris getroffen.", "2024-03-15",
     "Frankreich und Deutschland", "CONSULT", {"FRA", "DEU"}, set(), {}),
    # light-verb construction: the noun carries the event, the verb's subject acts
    ("Sanktionen\nDie EU hat neue Sanktionen gegen Belarus verhängt.", "2024-03-15",
     "Die EU hat", "SANCTION", {"EU"}, {"BLR"}, {}),
    # separable verb ("wirft ... vor") and a nested accusation: the content is alleged, reported by the accuser
    ("Vorwürfe\nLitauen wirft Russland vor, Wahlen manipuliert zu haben.", "2024-03-15",
     "Litauen wirft", "ACCUSE", {"LTU"}, {"RUS"}, {"mode": "allege", "status": "asserted"}),
    ("Vorwürfe\nDie USA werfen dem Iran vor, die Huthi-Miliz mit Raketen zu beliefern.", "2024-03-15",
     "Die USA werfen", "AID", {"IRN"}, None, {"status": "alleged", "reported_by": ["USA"]}),
    # denial answers the earlier accusation: its target is the accuser
    ("Streit\nPolen wirft Belarus Sabotage vor.\nBelarus wies den Vorwurf am Dienstag zurück.", "2024-03-15",
     "Belarus wies", "REJECT", {"BLR"}, {"POL"}, {"mode": "deny", "date": "2024-03-12"}),
    # intended: a plan with wollen
    ("Pläne\nJapan will seine Truppen aus dem Irak abziehen.", "2024-03-15",
     "Japan will", "RETREAT", {"JPN"}, None, {"status": "intended"}),
    # negated
    ("Absage\nChina hat keine Sanktionen gegen Russland verhängt.", "2024-03-15",
     "China hat keine", "SANCTION", {"CHN"}, {"RUS"}, {"status": "negated"}),
    # alleged: soll ... haben
    ("Bericht\nNordkorea soll am Mittwoch eine Rakete getestet haben.", "2024-03-15",
     "Nordkorea soll", "MOBILIZE", {"PRK"}, None, {"status": "alleged", "date": "2024-03-13"}),
    # attribution: laut + state media
    ("Test\nLaut KCNA hat Nordkorea am Vortag eine Rakete getestet.", "2024-03-15",
     "Laut KCNA", "MOBILIZE", {"PRK"}, None, {"reported_by": ["PRK"]}),
    # attribution: a reporting verb after the clause
    ("Festnahmen\nDie Polizei hat in Moskau zwei Aktivisten festgenommen, berichtete die Agentur TASS.", "2024-03-15",
     "Die Polizei hat", "COERCE", {"RUS"}, None, {"mode": "arrest", "reported_by": ["RUS"]}),
    # a planned act named by its noun ("einen geplanten Milliardenkredit") is intended
    ("Hilfe\nDie EU gibt der Ukraine einen geplanten Milliardenkredit.", "2024-03-15",
     "geplanten", "AID", {"EU"}, {"UKR"}, {"status": "intended"}),
    # a scheduled act in the present tense, dated after publication, is intended
    ("Hilfe\nIm kommenden Jahr stellt Deutschland der Ukraine weitere Militärhilfe bereit.", "2024-03-15",
     "Im kommenden Jahr", "AID", {"DEU"}, {"UKR"}, {"status": "intended", "date": "2025"}),
    # a preterite the tense cues do not list is past: a month after publication is last year's, no plan
    ("Streit\nPolen kritisierte im Mai Russland scharf.", "2026-03-10",
     "Polen kritisierte", "ACCUSE", {"POL"}, {"RUS"}, {"status": "asserted", "date": "2025-05"}),
    ("Besuch\nIm April verurteilten die Niederlande Belgien.", "2024-03-15",
     "Im April verurteilten", "ACCUSE", {"NLD"}, {"BEL"}, {"status": "asserted", "date": "2023-04"}),
    # a present-tense act in a later month stays planned, as does an act noun under a preterite
    ("Besuch\nPolen bestätigte für Mai einen Besuch in Litauen.", "2026-03-10",
     "bestätigte", "CONSULT", {"POL"}, {"LTU"}, {"status": "intended", "date": "2026-05"}),
    ("Besuch\nIm Mai besucht Polen Litauen.", "2024-03-15",
     "Im Mai besucht", "CONSULT", {"POL"}, {"LTU"}, {"status": "intended", "date": "2024-05"}),
    # a meeting or call with a named partner is mutual (GUIDELINES: A and B meet): both sides in source
    ("Gespräche\nDer polnische Außenminister telefonierte mit seinem litauischen Amtskollegen.", "2024-03-15",
     "telefonierte", "CONSULT", {"POL", "LTU"}, set(), {}),
    ("Gespräche\nDer japanische Regierungschef traf am Dienstag Vertreter Indonesiens.", "2024-03-15",
     "traf am Dienstag", "CONSULT", {"JPN", "IDN"}, set(), {"date": "2024-03-12"}),
    # passive light-verb construction: the von-agent imposes, not the passive subject
    ("Sanktionen\nGegen den russischen Oligarchen wurden von der EU neue Sanktionen verhängt.", "2024-03-15",
     "Gegen den", "SANCTION", {"EU"}, {"RUS"}, {}),
    # "Sie" takes up the main clause's subject of the sentence before, not its dass-clause's
    ("Grenzstreit\nPolen, Litauen und Lettland wollen, dass die EU-Sanktionen gegen Belarus verschärft werden.\n"
     "Sie werfen Minsk Erpressung vor.", "2025-08-28",
     "Sie werfen", "ACCUSE", {"POL", "LTU", "LVA"}, {"BLR"}, {}),
    # a predicative judgement: the speaker judges, the copula's subject is judged
    ("Streit\nDer ungarische Regierungschef sei des Amtes unwürdig, sagte der polnische Präsident.", "2025-08-28",
     "unwürdig", "ACCUSE", {"POL"}, {"HUN"}, {}),
    # taking part in an act ("beteiligten sich an dem Manöver") is doing it
    ("Manöver\nAn dem Manöver in der Ostsee beteiligten sich auch polnische Kriegsschiffe.", "2025-08-28",
     "An dem Manöver", "MOBILIZE", {"POL"}, set(), {}),
    # "sich verständigen über" is talking, "sich verständigen auf" agreeing
    ("Grenze\nPolen und Litauen verständigten sich über die Lage an der Grenze.", "2025-08-28",
     "Polen und Litauen", "CONSULT", {"POL", "LTU"}, set(), {}),
    ("Grenze\nPolen und Litauen verständigten sich auf gemeinsame Patrouillen.", "2025-08-28",
     "Polen und Litauen", "AGREE", {"POL", "LTU"}, set(), {}),
    # a foreign official staying in a capital visits its state
    ("Besuch\nDer chinesische Außenminister hielt sich zwei Tage in Berlin auf.", "2025-08-28",
     "hielt sich", "CONSULT", {"CHN"}, {"DEU"}, {"mode": "visit"}),
    # "Vertreter beider Staaten": the role word of unknown country is named by its genitive
    ("Gespräche\nArmenien und Aserbaidschan streiten um die Grenze.\n"
     "Am Montag trafen sich Vertreter beider Staaten in Genf.", "2025-08-28",
     "Vertreter beider", "CONSULT", {"ARM", "AZE"}, set(), {}),
    # guests present at a host's act visit the host ("im Beisein von Vertretern Chinas")
    ("Hafen\nIm Beisein von Vertretern Chinas hat Vietnam einen neuen Hafen eröffnet.", "2025-08-28",
     "Im Beisein", "CONSULT", {"CHN"}, {"VNM"}, {"mode": "visit"}),
    # persuading someone to an act is a request
    ("Atomgespräche\nFrankreich und Deutschland versuchten, Iran zur Rückkehr an den Verhandlungstisch zu "
     "bewegen.", "2025-08-28", "Frankreich und", "REQUEST", {"FRA", "DEU"}, {"IRN"}, {}),
    # "X solle ... abziehen" in reported speech is the speaker's demand to X
    ("Streit an der Grenze\nPolen wirft Belarus Provokationen vor.\nBelarus solle seine Truppen sofort von der "
     "Grenze abziehen, sagte der polnische Außenminister.", "2025-08-28",
     "Belarus solle", "REQUEST", {"POL"}, {"BLR"}, {"status": "asserted"}),
    # a title's speaker before a colon reports the rest
    ("Kreml: Kiew hat Belgorod mit Drohnen angegriffen\nRussland erhebt neue Vorwürfe.", "2024-03-15",
     "Kreml:", "ASSAULT", {"UKR"}, {"RUS"}, {"reported_by": ["RUS"], "status": "asserted"}),
    # coreference: "er" is the person named before
    ("Besuch\nDer ukrainische Präsident Selenskyj reiste nach Washington.\nDort traf er US-Präsident Biden.",
     "2024-03-15", "Dort traf er", "CONSULT", {"UKR", "USA"}, set(), {}),
    # dates: weekday back from the publication date, explicit date, month and year
    ("Gespräche\nIndien und Pakistan haben am Donnerstag, den 7. März, Gespräche geführt.", "2024-03-15",
     "Indien und Pakistan", "CONSULT", {"IND", "PAK"}, set(), {"date": "2024-03-07"}),
    ("Abkommen\nIm Januar 2023 hatten Serbien und Kosovo ein Abkommen unterzeichnet.", "2024-03-15",
     "Im Januar 2023", "AGREE", {"SRB", "XKX"}, set(), {"date": "2023-01"}),
    # unnamed people and craft are '---' (guideline 8), not the police's own state or the story's
    ("Festnahme\nDie Polizei hat in Berlin einen 34-jährigen Mann festgenommen.", "2024-03-15",
     "Die Polizei", "COERCE", {"DEU"}, {"---"}, {"mode": "arrest"}),
    ("Abschuss\nRussland greift die Ukraine an.\nEin polnischer Kampfjet hat über der Ostsee eine Drohne "
     "abgeschossen.", "2024-03-15", "Ein polnischer", "ASSAULT", {"POL"}, {"---"}, {}),
    # a new NP after a PP's noun is no apposition of it: the vessels are the object, not in "nach" ...
    ("Umkehr\nDie somalische Marine hat nach eigenen Angaben zwei Frachter zur Umkehr gezwungen.", "2024-03-15",
     "Die somalische", "COERCE", {"SOM"}, {"---"}, {}),
    # ... while a genitive owner of a PP's noun still stands in that PP
    ("Drohnen\nDie EU will ihre Industrie mit der Expertise der Ukraine verzahnen.", "2024-03-15",
     "Die EU will", "COOPERATE", {"EU"}, {"UKR"}, {}),
    # an act with no actor in the time PP opening a main clause is background; one naming its doer is an event
    ("Kabul\nNach dem Bombenanschlag in Kabul hat die afghanische Polizei drei Männer festgenommen.", "2024-03-15",
     "Nach dem Bombenanschlag", "COERCE", {"AFG"}, {"---"}, {}),
    ("Haifa\nNach Angriffen Israels in der Nacht feuerte die Hisbollah Raketen auf Haifa.", "2024-03-15",
     "Nach Angriffen Israels", "ASSAULT", {"ISR"}, None, {}),
    # a withdrawal or a resignation has no counterpart: no implicit target from the story
    ("Grenzkonflikt\nIndien wirft China Provokationen vor.\nDie chinesische Armee hat sich am Montag zurückgezogen.",
     "2024-03-15", "Die chinesische Armee", "RETREAT", {"CHN"}, set(), {"mode": "withdraw"}),
    # craft whose extended attribute names their owner are the owner's
    ("Ostsee\nDie estnische Marine hat einen unter russischer Flagge fahrenden Frachter gestoppt.", "2024-03-15",
     "Die estnische", "COERCE", {"EST"}, {"RUS"}, {}),
    ("Abschuss\nEin polnischer Kampfjet hat eine von Belarus gestartete Drohne abgeschossen.", "2024-03-15",
     "Ein polnischer", "ASSAULT", {"POL"}, {"BLR"}, {}),
    # ... but "das Schiff" takes up the vessel named before with its country
    ("Tanker\nDie britische Marine hat einen Tanker der russischen Schattenflotte gestoppt.\nSoldaten hätten das "
     "Schiff am Morgen geentert, teilte das Verteidigungsministerium in London mit.", "2024-03-15",
     "das Schiff", "COERCE", {"GBR"}, {"RUS"}, {"mode": "seize"}),
    # 'es' right after the finite verb is the subject: the drones are the object
    ("Drohnen\nIran schickt Drohnen über den Golf.\nDas US-Militär sprach von iranischen Drohnen.\nAm Morgen habe es "
     "die Drohnen über dem Golf abgeschossen.", "2024-03-15", "Am Morgen habe es", "ASSAULT", {"USA"}, {"IRN"}, {}),
    # an accused act in the accusative, also where the tagger takes the noun for a name
    ("Tests\nTrump wirft Russland und China Atomwaffentests vor.", "2025-11-01",
     "Trump wirft", "MOBILIZE", {"RUS", "CHN"}, set(), {"status": "alleged"}),
    # an act on unnamed militants without a named doer takes the story's doer of that act
    ("Mali\nMalische Soldaten haben mutmaßliche Dschihadisten festgenommen.\nBei Einsätzen in der Grenzregion "
     "seien 15 weitere Jihadisten festgenommen worden.", "2024-03-15", "15 weitere", "COERCE", {"MLI"}, {"MLI"}, {}),
    # an arrest without a named doer of the people of the story's main state is that state's own, even where
    # the story names another state almost as often
    ("Streit im Kaukasus\nGeorgien wirft Russland Provokationen vor. Moskau weist das zurück. Die georgische Regierung "
     "will mit dem Kreml reden. Wegen Spionageverdachts wurden zwei georgische Offiziere festgenommen.", "2024-03-15",
     "Spionageverdachts", "COERCE", {"GEO"}, {"GEO"}, {"mode": "arrest"}),
    # dissolving a chamber or a court is a coercive act on it
    ("Krise in Peru\nPerus Präsident hat den Senat aufgelöst.", "2024-03-15",
     "hat den Senat", "COERCE", {"PER"}, {"PER"}, {"mode": "restrict"}),
    # forces that stop people restrict them (a stopped offensive or delivery is no such act)
    ("Protest in Minsk\nDie belarussische Polizei stoppte die Oppositionellen vor dem Parlament.", "2024-03-15",
     "Die belarussische Polizei", "COERCE", {"BLR"}, {"BLR"}, {"mode": "restrict"}),
    # an act noun a reporting verb takes as object, with no doer of its own, is the reporter's act
    ("Kämpfe im Osten\nMoskau meldet ein weiteres Vorrücken in der Region Charkiw.", "2024-03-15",
     "Moskau meldet", "ASSAULT", {"RUS"}, {"UKR"}, {}),
    # a claim of responsibility: the act noun in the für-PP of "Verantwortung übernehmen" or of "verantwortlich
    # sein" is the subject's act ("X macht Y für ... verantwortlich" stays an accusation with Y's alleged act)
    ("Anschlag\nDie Hamas übernahm die Verantwortung für den Anschlag in Jerusalem.", "2024-03-15",
     "Die Hamas", "ASSAULT", {"HAMAS"}, {"ISR"}, {}),
    ("Anschlag\nLaut Erdogan ist die PKK für den Anschlag in Ankara verantwortlich.", "2024-03-15",
     "Laut Erdogan", "ASSAULT", {"PKK"}, {"TUR"}, {}),
    ("Anschlag\nMoskau macht Kiew für den Anschlag auf die Brücke verantwortlich.", "2024-03-15",
     "Moskau macht", "ASSAULT", {"UKR"}, {"RUS"}, {"status": "alleged"}),
    # in a story about one state's own affairs, an attack by that state's side without a named target hits that state
    ("Gewalt in Deutschland\nDie Bundesregierung in Berlin ist besorgt. Der deutsche Innenminister warnte vor "
     "Extremisten. Deutsche Rechtsextremisten haben in der Nacht einen Brandanschlag verübt.", "2024-03-15",
     "Deutsche Rechtsextremisten", "ASSAULT", {"DEU"}, {"DEU"}, {}),
    # placing an explosive or incendiary device is an attack with explosives
    ("Sabotage\nDie PKK hat einen Sprengsatz an der Pipeline bei Ankara deponiert.", "2024-03-15",
     "Die PKK", "ASSAULT", {"PKK"}, {"TUR"}, {"mode": "explosives"}),
    # the city where a demand is made is not its addressee
    ("Syrien\nDer UN-Sondergesandte forderte am Donnerstag in Genf, die Waffenruhe wiederzubeleben.", "2024-03-15",
     "in Genf", "REQUEST", {"UN"}, set(), {"date": "2024-03-14"}),
    # a city gives the police its state
    ("Festnahme\nIn Hamburg hat die Polizei drei Männer festgenommen.", "2024-03-15",
     "In Hamburg", "COERCE", {"DEU"}, {"---"}, {"mode": "arrest"}),
    # an attributive judgement is the speaker's accusation of the act's owner: the speaker of the
    # sentence, the subject of "sprach von", or the speaker whose reported speech goes on
    ("Luftraum\nDie Verletzung des Luftraums sei ein weiterer rücksichtsloser Akt Russlands, sagte der "
     "lettische Außenminister.", "2025-09-20", "rücksichtsloser Akt", "ACCUSE", {"LVA"}, {"RUS"}, {}),
    ("Luftraum\nNATO-Generalsekretär Rutte sprach von einem gefährlichen und verantwortungslosen Vorgehen "
     "Russlands.", "2025-09-20", "sprach von", "ACCUSE", {"NATO"}, {"RUS"}, {}),
    ("Luftraum\nDer finnische Präsident Stubb sagte, Russland habe den Luftraum verletzt.\n"
     "Das sei ein skandalöses Verhalten Moskaus.", "2025-09-20", "skandalöses", "ACCUSE", {"FIN"}, {"RUS"}, {}),
    # "nicht hinnehmbar": the negation is part of the judgement
    ("Streit\nDie Äußerungen des ungarischen Ministers seien nicht hinnehmbar, sagte ein Sprecher der "
     "EU-Kommission.", "2025-09-20", "nicht hinnehmbar", "ACCUSE", {"EU"}, {"HUN"}, {"status": "asserted"}),
    # "soll ... haben" at the clause's end: a perfect infinitive (HanTa may tag "haben" as finite), alleged
    ("Angriff\nDie Armee Eritreas soll ein Dorf in Äthiopien beschossen haben.", "2025-09-20",
     "beschossen haben", "ASSAULT", {"ERI"}, {"ETH"}, {"status": "alleged"}),
    # a speaker's own claim that another side attacked is his accusation of that side
    ("Krieg\nDie Armee Eritreas beschoss offenbar gezielt Dörfer in Äthiopien, erklärte der US-Außenminister.",
     "2025-09-20", "beschoss offenbar", "ACCUSE", {"USA"}, {"ERI"}, {"status": "asserted"}),
    # an idiom of criticism as a predicate noun: the speaker judges the copula's subject's owner
    ("Streit\nDer Beschluss der polnischen Regierung sei ein Schritt in die falsche Richtung, sagte der "
     "ungarische Außenminister.", "2025-09-20", "falsche Richtung", "ACCUSE", {"HUN"}, {"POL"}, {}),
    ("Streit\nDie Entscheidung der litauischen Regierung sei ein fatales Signal, sagte ein Sprecher der "
     "EU-Kommission.", "2025-09-20", "fatales Signal", "ACCUSE", {"EU"}, {"LTU"}, {}),
    # "drohen" with an event noun as subject: the act is impending for the dative, not a threat
    ("Atomstreit\nDem Iran droht Ende September die Wiedereinführung aller UN-Sanktionen.", "2025-08-28",
     "Dem Iran", "SANCTION", {"UN"}, {"IRN"}, {"status": "intended"}),
    ("Krieg\nDer Ukraine droht eine neue russische Offensive.", "2025-08-28",
     "Der Ukraine", "ASSAULT", {"RUS"}, {"UKR"}, {"status": "intended"}),
    ("Streit\nRussland droht der Ukraine mit neuen Angriffen.", "2025-08-28",
     "Russland droht", "THREATEN", {"RUS"}, {"UKR"}, {}),
    # excluding a party from an election is a ban (COERCE), not an expulsion from a body (SANCTION)
    ("Wahl\nRusslands Oberstes Gericht hat die Oppositionspartei Jabloko von der Parlamentswahl ausgeschlossen.",
     "2026-06-01", "Oppositionspartei", "COERCE", {"RUS"}, {"RUS"}, {"mode": "ban"}),
    # the genitive of an agent noun (also a compound: "Menschenrechtskommissar") acts; an apposition
    # ("des Europarats, Michael O'Flaherty,") is one actor, not a plural subject
    ("Türkei\nDer Menschenrechtskommissar des Europarats hat die türkische Regierung kritisiert.", "2025-03-01",
     "Menschenrechtskommissar", "ACCUSE", {"COE"}, {"TUR"}, {}),
    ("Türkei\nDer Menschenrechtskommissar des Europarats, Nils Muiznieks, hatte die türkischen Behörden "
     "aufgerufen, Beobachter zuzulassen.", "2016-03-01", "Muiznieks", "REQUEST", {"COE"}, {"TUR"}, {}),
    # "und" right before a finite verb starts a clause of its own sharing the subject: the reporting
    # verb there does not make the actor of the first clause a mere speaker
    ("Iran\nUS-Präsident Trump drohte den iranischen Minenlegern mit Beschuss und behauptete, die USA "
     "kontrollierten die Meerenge.", "2026-04-01", "drohte", "THREATEN", {"USA"}, {"IRN"}, {}),
    ("Italien\nRegierungschefin Meloni reagierte prompt und warf Trump vor, die Unwahrheit zu sagen.",
     "2026-01-10", "warf Trump", "ACCUSE", {"ITA"}, {"USA"}, {}),
    ("Kolumbien\nDie FARC dankten Kerry für die Unterstützung und baten um weitere Hilfe.", "2016-03-20",
     "baten", "REQUEST", {"FARC"}, {"USA"}, {}),
    # the group's own person set off after a place is an apposition, not the target
    ("Libanon\nDer Chef der Hisbollah im Libanon, Naim Kassim, hat der Regierung in Beirut mit Widerstand gedroht.",
     "2025-08-20", "Naim Kassim", "THREATEN", {"HEZBOLLAH"}, {"LBN"}, {}),
    # a conjunct after "und" stands in the preposition's phrase too ("in Japan und Indonesien"), so the
    # owner of the object ("ein aggressives Auftreten Chinas") is the target
    ("China\nWadephul hat vor seinen Besuchen in Japan und Indonesien ein aggressives Auftreten Chinas "
     "angeprangert.", "2025-08-20", "angeprangert", "ACCUSE", {"DEU"}, {"CHN"}, {}),
    ("Reise\nWadephul reist nach Japan und Indonesien.", "2025-08-20",
     "Wadephul reist", "CONSULT", {"DEU"}, {"JPN", "IDN"}, {}),
    # announced acts are intended (also with the separable "kündigte ... an"); the genitive of a
    # patient noun is its target, the announcer its source; a visit during which one speaks goes on
    ("Sanktionen\nDie EU kündigte neue Sanktionen gegen Russland an.", "2025-10-14",
     "Die EU", "SANCTION", {"EU"}, {"RUS"}, {"status": "intended"}),
    ("Meerenge\nDer Iran kündigte an, die Meerenge für Schiffe der USA zu sperren.", "2025-10-14",
     "Der Iran", "COERCE", {"IRN"}, {"USA"}, {"status": "intended"}),
    ("Madagaskar\nPräsident Rajoelina hat die Auflösung des Parlaments angekündigt.", "2025-10-14",
     "Auflösung", "COERCE", {"MDG"}, {"MDG"}, {"status": "intended"}),
    ("Besuch\nDas kündigte Präsident Selenskyj während seines Besuchs in Frankreich an.", "2025-10-14",
     "Besuchs", "CONSULT", {"UKR"}, {"FRA"}, {"status": "asserted"}),
    # the von-owner of the target phrase's noun is the target ("in den Luftraum von Estland")
    ("Luftraum\nDrei russische Kampfjets drangen über der Ostsee in den Luftraum von Estland ein.", "2025-09-19",
     "Drei russische", "MOBILIZE", {"RUS"}, {"EST"}, {}),
    ("Protest\nTausende Dänen protestierten gegen die von US-Präsident Trump erhobenen Ansprüche auf Grönland.",
     "2026-01-17", "Tausende", "PROTEST", {"DNK"}, {"USA"}, {}),
    # "gegenüber X" names whom a demand or criticism is addressed to
    ("Iran\nZugleich stellt Teheran gegenüber Washington neue Forderungen.", "2026-04-01",
     "Teheran", "REQUEST", {"IRN"}, {"USA"}, {}),
    # a support verb with an event noun as object carries the act, it does not report it
    ("Militär erklärt Machtübernahme in Madagaskar\nDie Lage ist unklar.", "2025-10-14",
     "Militär erklärt", "COERCE", {"MDG"}, None, {"reported_by": []}),
    # voters decide the act in their für-PP (also behind a genitive name: "für Rajoelinas Entfernung")
    ("Madagaskar\nDas Parlament stimmte für ein Amtsenthebungsverfahren gegen Präsident Rajoelina.", "2025-10-14",
     "Das Parlament", "SANCTION", {"MDG"}, {"MDG"}, {"status": "asserted"}),
    ("Madagaskar\nDie Abgeordneten des Parlaments in Antananarivo votierten für Rajoelinas Entfernung aus dem Amt.",
     "2025-10-14", "votierten", "SANCTION", {"MDG"}, {"MDG"}, {}),
    # a state's full name in a compound is the act's aim ("Ukraine-Hilfe"), an abbreviation its doer ("US-Hilfe")
    ("Hilfe\nDie Ukraine-Hilfe der EU wächst weiter.", "2025-06-01", "Ukraine-Hilfe", "AID", {"EU"}, {"UKR"}, {}),
    ("Hilfe\nDie US-Hilfe für Kiew wächst weiter.", "2025-06-01", "US-Hilfe", "AID", {"USA"}, {"UKR"}, {}),
    # warplanes "visit" a state: a deployment; the genitive of a craft noun is its owner
    ("Nato\nStealth-Jagdflugzeuge der USA besuchen Litauen und Rumänien.", "2016-04-25",
     "Stealth", "MOBILIZE", {"USA"}, {"LTU", "ROU"}, {}),
    # a curfew that ends is lifted
    ("Türkei\nDie Ausgangssperre in der türkischen Stadt Cizre endete am Morgen.", "2016-03-02",
     "Ausgangssperre", "CONCEDE", None, {"TUR"}, {}),
    # suspecting someone's attack is an accusation; the attack is alleged
    ("Störung\nBulgarien vermutet eine Attacke Russlands.", "2025-09-01",
     "Bulgarien vermutet", "ACCUSE", {"BGR"}, {"RUS"}, {}),
    ("Störung\nBulgarien vermutet eine Attacke Russlands.", "2025-09-01",
     "Bulgarien vermutet", "ASSAULT", {"RUS"}, None, {"status": "alleged"}),
    # the opposition without a country is the story's state's own
    ("Belarus\nIn Belarus hat Staatschef Lukaschenko sechs inhaftierte Oppositionsführer begnadigt.", "2015-08-22",
     "begnadigt", "CONCEDE", {"BLR"}, {"BLR"}, {}),
    # a person introduced with a country is taken up by the surname alone
    ("Nordkorea\nDer US-Student Otto Warmbier wurde im Januar in Pjöngjang festgenommen.\nLaut den Staatsmedien gab "
     "Warmbier zu, eine Botschaft gestohlen zu haben.", "2016-03-01", "gab Warmbier zu", "CONCEDE", {"USA"}, None, {}),
    # an attack noun without a target is aimed at the state where it happens; claiming it is doing it
    ("Terror\nDeutschland verschärft die Kontrollen, Deutschland ist alarmiert.\nDie Terrormiliz IS hat sich zu dem "
     "Anschlag in Moskau bekannt.", "2025-08-12",
     "Anschlag", "ASSAULT", {"IS"}, {"RUS"}, {}),
    # a noun trigger's own preposition is no partner: "mit einem Manöver begonnen" is no joint exercise
    ("Manöver\nVenezuela hat mit einem großangelegten Militärmanöver begonnen.", "2025-11-01",
     "Venezuela hat", "MOBILIZE", {"VEN"}, set(), {}),
    # "im Verdacht stehen": the subject is suspected; who suspects it is unsaid, and no story side is guessed
    ("Kabel\nDie Polizei in Finnland ermittelt.\nRussland steht im Verdacht, Kabel in der Ostsee beschädigt zu haben.",
     "2025-01-10", "Russland steht", "ACCUSE", set(), {"RUS"}, {}),
    # a headline's bare participle is a passive without its auxiliary: the named side undergoes the act
    ("Festnahme\nDeutscher Journalist in Moskau festgenommen", "2025-01-10",
     "Deutscher Journalist", "COERCE", {"RUS"}, {"DEU"}, {"mode": "arrest"}),
    # ... and in a one-state story the releasing side is that state (not the agency that reported it)
    ("Belarus\nSechs Oppositionelle freigelassen.\nIn Belarus hat Staatschef Lukaschenko sechs Oppositionelle "
     "begnadigt. Das berichtete die französische Agentur AFP. Belarus war zuvor von der EU kritisiert worden.",
     "2025-01-10", "Sechs Oppositionelle", "RETREAT", {"BLR"}, {"BLR"}, {"mode": "release"}),
    # a passive whose subject is the act's noun: its owner lifts it, its PP is the side it concerned
    ("Belarus\nIm Jahr 2016 wurden die Sanktionen der EU gegen Belarus aufgehoben.", "2025-01-10",
     "Sanktionen der EU", "CONCEDE", {"EU"}, {"BLR"}, {}),
    # a headline participle of an intransitive trigger stays active
    ("Besuch\nPutin in Peking eingetroffen", "2025-01-10", "Putin", "CONSULT", {"RUS"}, {"CHN"}, {}),
    # removing a party's or a state's leadership from office ("die Parteispitze": compound of Spitze)
    ("Türkei\nIn der Türkei setzte ein Gericht die Parteispitze der Opposition ab.", "2025-01-10",
     "Parteispitze", "COERCE", {"TUR"}, {"TUR"}, {"mode": "restrict"}),
    # a nationality of make describes the weapon, it is no side of the attack
    ("Sudan\nDie sudanesische Armee griff Stellungen der RSF mit Drohnen türkischer Bauart an.", "2025-01-10",
     "türkischer Bauart", "ASSAULT", {"SDN"}, {"RSF"}, {}),
    # a zu-infinitive under a noun of planning is intended
    ("Venezuela\nIn Washington gibt es Überlegungen, neue Sanktionen gegen Venezuela zu verhängen.", "2025-01-10",
     "Überlegungen", "SANCTION", None, {"VEN"}, {"status": "intended"}),
    # not ruling out force is the threat: the negation is part of the idiom
    ("Nordkorea\nKim schloss einen Atomangriff auf Südkorea nicht aus.", "2025-01-10", "Atomangriff",
     "THREATEN", {"PRK"}, {"KOR"}, {"status": "asserted"}),
    # being in contact with a partner is consultation, mutual like a meeting named by its noun
    ("Polen\nDie Bundesregierung steht wegen des Vorfalls in engem Kontakt mit den polnischen Behörden.",
     "2025-01-10", "Kontakt", "CONSULT", {"DEU", "POL"}, set(), {}),
    # "sich nicht erpressen/einschüchtern lassen" refuses to yield to the von-agent: no negated threat
    ("Venezuela\nVenezuela lasse sich von den USA nicht erpressen, sagte der Präsident.", "2025-01-10",
     "erpressen", "REJECT", {"VEN"}, {"USA"}, {"status": "asserted"}),
    ("Polen\nPolen wird sich von Russland nicht einschüchtern lassen.", "2025-01-10",
     "einschüchtern", "REJECT", {"POL"}, {"RUS"}, {"status": "asserted"}),
    # an actor in what is demanded ("Druck auf Russland") is not the one the demand is addressed to
    ("Ukraine\nSelenskyj fordert mehr Druck auf Russland.", "2025-01-10",
     "Druck", "REQUEST", {"UKR"}, set(), {}),
    ("Ukraine\nPolen fordert von der EU neue Sanktionen gegen Russland.", "2025-01-10",
     "Polen fordert", "REQUEST", {"POL"}, {"EU"}, {}),
    # buying weapons for another state is aid to it; without a recipient named the purchase stays cooperation
    ("Ukraine\nDie Niederlande kaufen amerikanische Raketen für die Ukraine.", "2025-01-10",
     "Niederlande", "AID", {"NLD"}, {"UKR"}, {}),
    ("Polen\nPolen kauft in den USA Panzer für neue Brigaden.", "2025-01-10",
     "Polen kauft", "COOPERATE", {"POL"}, {"USA"}, {}),
    # a verb-final infinitive before "werde" is a future act, no passive (HanTa tags it a participle), and
    # "er" in the dass-clause takes up the person named before it in the sentence
    ("Ungarn\nDer polnische Außenminister Jan Nowak kündigte an, dass er den ungarischen Botschafter einbestellen "
     "werde.", "2025-01-10", "einbestellen", "ACCUSE", {"POL"}, {"HUN"}, {"status": "intended"}),
    # "sich zusammensetzen" is a meeting ("setzt sich aus ... zusammen" is composition)
    ("Gespräche\nDie Unterhändler Russlands und der Ukraine setzten sich in Genf zusammen.", "2025-01-10",
     "Unterhändler", "CONSULT", {"RUS", "UKR"}, set(), {}),
    # an act noun as the object of a cancelling verb does not happen
    ("Streit\nItaliens Außenminister sagte seine Reise nach Washington ab.", "2025-01-10",
     "Reise", "CONSULT", {"ITA"}, {"USA"}, {"status": "negated"}),
    # ... the subject of "absagen" cancels its own act, also where a compound names the host
    ("Streit\nDer spanische Verteidigungsminister sagte am Montag eine Japan-Reise ab.", "2025-01-10",
     "Japan-Reise", "CONSULT", {"ESP"}, {"JPN"}, {"status": "negated"}),
    # a verb of planning carries its act noun like a light verb: the planner acts, the act is intended
    ("Sanktionen\nDie EU erwägt neue Belarus-Sanktionen.", "2025-01-10",
     "erwägt", "SANCTION", {"EU"}, {"BLR"}, {"status": "intended"}),
    # stepping up an act: the subject does it
    ("Krieg\nRussland intensiviert die Luftangriffe auf Charkiw.", "2025-01-10",
     "intensiviert", "ASSAULT", {"RUS"}, {"UKR"}, {}),
    # a with-preposition that belongs to another noun's phrase ("Spannungen mit den USA") gives no partner
    ("Kuba\nInmitten der Spannungen mit den USA hat Kuba ein Militärmanöver abgehalten.", "2025-01-10",
     "Militärmanöver", "MOBILIZE", {"CUB"}, set(), {}),
    # ... but one after a time noun stays the clause's ("am Montag mit den USA": a joint exercise)
    ("Korea\nSüdkorea hielt am Montag mit den USA ein Manöver ab.", "2025-01-10",
     "Manöver", "COOPERATE", None, None, {}),
    # government consultations in a state: the host takes part, the story's other state is the guest
    ("Paris und Berlin\nBei den Regierungskonsultationen in Frankreich wurden drei Abkommen unterzeichnet.",
     "2025-01-10", "Regierungskonsultationen", "CONSULT", {"DEU"}, {"FRA"}, {}),
    # an actor named in the clause of "beide Seiten" apart from it is none of the sides (a mediator)
    ("Washington vermittelt in Nahost\nDie USA drängen auf eine Waffenruhe.\nIsrael und die Hamas verhandeln weiter."
     "\nUS-Außenminister Blinken forderte am Montag beide Seiten zu einer raschen Einigung auf.", "2025-01-10",
     "Blinken forderte", "REQUEST", {"USA"}, {"ISR", "HAMAS"}, {}),
    # an expectation addressed to someone ("richtete die Erwartung an") is a demand
    ("Krieg\nDer französische Außenminister richtete die klare Erwartung an Russland, die Angriffe zu beenden.",
     "2025-01-10", "Erwartung", "REQUEST", {"FRA"}, {"RUS"}, {}),
    # reported "müsse" like "solle": the speaker demands the act of the one who must do it
    ("Krieg\nRussland müsse die Angriffe auf die Ukraine sofort einstellen, sagte der Kanzler in Berlin.",
     "2025-01-10", "müsse", "REQUEST", {"DEU"}, {"RUS"}, {}),
    # a demand without an object is aimed at the named subject of its dass-clause, also one an inclusive
    # preposition adds to it
    ("Ballons\nLitauen verlangt, dass Belarus die Ballonflüge sofort stoppt.", "2025-01-10",
     "verlangt", "REQUEST", {"LTU"}, {"BLR"}, {}),
    ("Seerecht\nNorwegen besteht darauf, dass alle Staaten - einschließlich Russland - das Seerecht achten.",
     "2025-01-10", "besteht", "REQUEST", {"NOR"}, {"RUS"}, {}),
    # the indicative "muss" in a sentence that names its speaker is a demand as well
    ("Krieg\nSerbien muss die Blockade der Grenze sofort aufheben, sagte die kroatische Außenministerin.",
     "2025-01-10", "muss", "REQUEST", {"HRV"}, {"SRB"}, {}),
    # "die Konfliktparteien" are the two sides the story names, like "beide Seiten"
    ("Sudan\nIm Sudan kämpft die Armee seit Monaten gegen die RSF-Miliz.\nDie RSF-Miliz eroberte am Sonntag die "
     "Stadt El Fasher.\nDer UN-Generalsekretär rief die Konfliktparteien auf, die Kämpfe einzustellen.",
     "2025-01-10", "rief die Konfliktparteien", "REQUEST", {"UN"}, {"SDN", "RSF"}, {}),
    # a definite group description ("die Rebellen") takes up the armed group named last
    ("Kolumbien\nDie FARC hat eine Waffenruhe angekündigt.\nDie Rebellen forderten die Regierung in Bogotá auf, "
     "Gespräche aufzunehmen.", "2025-01-10", "Die Rebellen forderten", "REQUEST", {"FARC"}, {"COL"}, {}),
    # "die Führung" without a country is not the leadership of a side its own clause names (that would be
    # "seine Führung"): the story's next state
    ("Spannungen\nDie USA verlegen Truppen nach Polen.\nWashington erhöht den Druck auf Moskau.\nDie USA drohen "
     "Russland mit Sanktionen.\nWashington warf der Führung Wahlbetrug vor.", "2025-01-10",
     "der Führung", "ACCUSE", {"USA"}, {"RUS"}, {}),
    # a Vorfeld with a postposition ("Der Mitteilung zufolge") is no subject: the name after the verb is
    ("Hilfe\nDie Ukraine bittet um Hilfe.\nDer Mitteilung zufolge versicherte Macron, dass Frankreich an der Seite "
     "Kiews stehe.", "2025-01-10", "versicherte Macron", "AGREE", {"FRA"}, None, {}),
    # a mutual noun's zwischen-PP names both sides ("die beiden Völker": the two sides of the story)
    ("Kaukasus\nArmenien und Aserbaidschan verhandeln seit Monaten.\nDer Premier sagte, eine Einigung zwischen "
     "den beiden Völkern sei erzielt worden.", "2025-01-10", "Einigung zwischen", "AGREE", {"ARM", "AZE"}, set(), {}),
    ("Krieg\nDie Gespräche zwischen Russland und der Ukraine begannen am Dienstag in Istanbul.", "2025-01-10",
     "Gespräche zwischen", "CONSULT", {"RUS", "UKR"}, set(), {}),
    # a was-clause after a comma is a clause of its own with its own subject; a denial there answers the
    # accusation before it in the same sentence
    ("Wahlen\nLitauen wirft Russland vor, die Wahlen manipuliert zu haben, was Moskau bestreitet.", "2025-01-10",
     "was Moskau", "REJECT", {"RUS"}, {"LTU"}, {"mode": "deny", "status": "asserted"}),
    # a nationality adjective right before a named group describes the group: no side of its own
    ("Waffen\nIm Mai ging eine Lieferung von Raketen aus Nordkorea an die russischen Wagner-Söldner.",
     "2025-01-10", "Lieferung", "AID", {"PRK"}, {"WAGNER"}, {}),
    # "die Aufständischen" takes up the armed group named last, like "die Rebellen"
    ("Jemen\nDie Huthi-Miliz hat die Stadt Sanaa erobert.\nSaudi-Arabien forderte die Aufständischen zum Rückzug "
     "auf.", "2025-01-10", "die Aufständischen", "REQUEST", {"SAU"}, {"HOUTHI"}, {}),
    # an attack by a state's forces in that state's own land hits people there the text leaves unnamed
    ("Sudan\nDie USA verhängen Sanktionen gegen den Sudan.\nIm Sudan gab es am Montag neue Luftangriffe durch die "
     "sudanesische Armee.", "2025-01-10", "Luftangriffe", "ASSAULT", {"SDN"}, set(), {}),
    # the genitive owner of a PP's act noun does the act (clauses.py gives it the PP's slot)
    ("Krieg\nRussland reagierte am Montag auf einen Drohnenangriff der Ukraine.", "2025-01-10",
     "Drohnenangriff", "ASSAULT", {"UKR"}, None, {}),
    # an exercise that two states own is a joint one (the noun's mutual sense)
    ("Korea\nNordkorea kritisierte das Manöver der USA und Japans im Japanischen Meer.", "2025-01-10",
     "Manöver", "COOPERATE", {"USA", "JPN"}, set(), {}),
    # "an der"/"an dem" after a comma opens a relative clause; those who take part in the act noun before it
    # (participation verb) do the act, and a judging verb judges them
    ("Pazifik\nRussland kritisierte die Militärübung, an der sich Japan und die USA beteiligen.", "2025-01-10",
     "Militärübung", "ACCUSE", {"RUS"}, {"JPN", "USA"}, {}),
    ("Pazifik\nRussland kritisierte die Militärübung, an der sich Japan und die USA beteiligen.", "2025-01-10",
     "Militärübung", "COOPERATE", {"JPN", "USA"}, set(), {}),
    # a state body without a country followed by "aus <state>" belongs to that state
    ("Pazifik\nRussland kritisiert Südkorea.\nSoldaten aus Japan griffen am Montag chinesische Stellungen an.",
     "2025-01-10", "Soldaten aus Japan", "ASSAULT", {"JPN"}, {"CHN"}, {}),
    # the member states of an organisation act for it: their agreement among themselves is its own
    ("Sanktionen\nDie Staaten der EU einigten sich am Montag auf neue Sanktionen gegen Russland.", "2025-01-10",
     "Die Staaten der EU", "AGREE", {"EU"}, set(), {}),
    # a state body marked as foreign ("ausländische Delegationen") is not the story's state: the visited land is
    ("Korea\nDie USA kritisieren Nordkorea.\nNordkorea testet erneut Raketen.\nAm Montag sollen ausländische "
     "Delegationen das Land besuchen.", "2025-01-10", "ausländische", "CONSULT", None, {"PRK"}, {"mode": "visit"}),
    # a passive whose subject names an act: the act's owner undergoes it; an unnamed crackdown in a one-state
    # story is that state's
    ("Belarus\nIn Belarus protestiert die Opposition gegen Lukaschenko.\nDie Proteste der Opposition wurden am "
     "Sonntag gewaltsam niedergeschlagen.", "2025-01-10", "niedergeschlagen", "ASSAULT", {"BLR"}, {"BLR"},
     {"mode": "crowd-control"}),
    # maintaining an act carries its noun like a light verb: in the passive, the von-agent keeps it up
    ("Türkei\nDie türkische Regierung verhängte eine Ausgangssperre über Cizre.\nDie Straßensperren rund um die "
     "Stadt werden nun von der Polizei aufrechterhalten.", "2025-01-10", "Straßensperren", "COERCE", {"TUR"}, None,
     {"status": "asserted"}),
    # a restriction lifted in the passive with no side but the place: that state on its own people
    ("Unruhen\nDie Polizei nahm in Ankara zwei Journalisten fest.\nAm Samstag wurde die Ausgangssperre in der Stadt "
     "Izmir wieder aufgehoben.", "2025-01-10", "Ausgangssperre", "CONCEDE", {"TUR"}, {"TUR"}, {}),
    # a parenthesis ("(CDU)", "(14. Oktober)") and an ordinal's dot cut no clause: the phrase before it stays
    # the clause's subject or its PP
    ("Streit\nBundeskanzler Friedrich Merz (CDU) hat am Montag Russland scharf kritisiert.", "2025-01-10",
     "Merz", "ACCUSE", {"DEU"}, {"RUS"}, {}),
    ("Ukraine\nIn Kiew demonstrieren Nationalisten.\nAn dem Marsch zum Feiertag der Armee (14. Oktober) beteiligten "
     "sich in Kiew laut Polizei rund 2.000 Anhänger.", "2025-01-10", "Marsch", "PROTEST", {"UKR"}, None, {}),
    # "Es sei <Urteil>, ... zu tun": the act of the clause after it is judged; an act without a named doer leaves
    # the judged side unnamed (no side from the story), a dass-clause's subject is judged
    ("Krieg\nRussland greift die Ukraine an.\nEs sei inakzeptabel, Krankenhäuser zu bombardieren, sagte der deutsche "
     "Außenminister.", "2025-01-10", "Krankenhäuser zu", "ACCUSE", {"DEU"}, set(), {}),
    ("Krieg\nRussland greift die Ukraine an.\nEs sei inakzeptabel, dass Russland Krankenhäuser bombardiere, sagte "
     "der französische Außenminister.", "2025-01-10", "dass Russland", "ACCUSE", {"FRA"}, {"RUS"}, {}),
    # two acts of one type aimed at different sides are two acts (a visit and a mediation), and an act noun in a
    # fronted PP is the setting, told as a fact (the clause's "versucht" does not reach it)
    ("Kolumbien\nAm Rande des Besuchs von US-Präsident Barack Obama in Kuba haben die USA versucht, in den "
     "kolumbianischen Friedensverhandlungen zu vermitteln.", "2025-01-10", "Am Rande", "CONSULT", {"USA"}, {"CUB"},
     {"mode": "visit", "status": "asserted"}),
    # holding someone captive ("hält ... fest", with a captive or a place of detention) is a detention
    ("Haft\nIran hält seit Monaten zwei französische Journalisten fest.", "2025-01-10",
     "Iran hält", "COERCE", {"IRN"}, {"FRA"}, {"mode": "arrest"}),
    # "gefangen genommen": the participle of gefangennehmen stands as two words
    ("Krieg\nMehrere russische Soldaten wurden von der ukrainischen Armee gefangen genommen.", "2025-01-10",
     "gefangen genommen", "COERCE", {"UKR"}, {"RUS"}, {"mode": "arrest"}),
    # jamming satellite navigation ("Störung des GPS-Signals") is a cyber act
    ("Flug\nRussland wird eine gezielte Störung des GPS-Signals eines Flugzeugs aus Polen vorgeworfen.", "2025-01-10",
     "Störung", "COERCE", {"RUS"}, None, {"mode": "cyber", "status": "alleged"}),
    ("Opposition\nNicaragua bürgerte Dutzende Oppositionelle aus.", "2025-01-10",
     "bürgerte", "COERCE", {"NIC"}, None, {"mode": "deport"}),
    # declaring a diplomat persona non grata expels him (HanTa tags the Latin words as foreign material)
    ("Streit\nChina erklärte einen japanischen Diplomaten zur Persona non grata.", "2025-01-10",
     "Persona", "SANCTION", {"CHN"}, {"JPN"}, {"mode": "expel"}),
    # a violation of sovereignty named in reported speech is the speaker's accusation, like "verstoßen gegen"
    ("Streit\nDas chinesische Militär teilte mit, die USA hätten Chinas Hoheitsrechte verletzt.", "2025-01-10",
     "Hoheitsrechte", "ACCUSE", {"CHN"}, {"USA"}, {"mode": "allege"}),
    # planting or setting off a bomb is an attack with explosives
    ("Anschlag\nRussische Agenten haben einen Sprengsatz unter dem Auto eines ukrainischen Offiziers platziert.",
     "2025-01-10", "Sprengsatz", "ASSAULT", {"RUS"}, {"UKR"}, {"mode": "explosives"}),
    ("Anschlag\nKämpfer der Hamas legten eine Bombe an einer Bushaltestelle in Israel.", "2025-01-10",
     "Bombe", "ASSAULT", {"HAMAS"}, {"ISR"}, {"mode": "explosives"}),
    ("Anschlag\nVor dem Innenministerium der Taliban in Kabul detonierte am Morgen ein Sprengsatz.", "2025-01-10",
     "detonierte", "ASSAULT", None, None, {"mode": "explosives"}),
    # a commitment to an ally ("Bekenntnis zur NATO") is verbal support
    ("NATO\nSchweden bekräftigte sein Bekenntnis zur NATO.", "2025-01-10",
     "Bekenntnis", "SUPPORT", {"SWE"}, {"NATO"}, {}),
    # "hielt X vor, ... zu haben" reproaches like "warf X vor"
    ("Wahl\nDie georgische Opposition hielt Russland vor, die Wahl manipuliert zu haben.", "2025-01-10",
     "hielt", "ACCUSE", {"GEO"}, {"RUS"}, {"mode": "allege"}),
    # swearing revenge threatens violence
    ("Krieg\nDie Hisbollah schwor Israel Rache.", "2025-01-10",
     "schwor", "THREATEN", {"HEZBOLLAH"}, {"ISR"}, {"mode": "violence"}),
    # a fine imposed by a court is a conviction
    ("Prozess\nEin Gericht in Moskau verhängte eine Geldstrafe gegen die deutsche Journalistin.", "2025-01-10",
     "Geldstrafe", "SANCTION", {"RUS"}, {"DEU"}, {"mode": "convict"}),
    # "in Stellung bringen": moving weapons into position is a deployment ("sich in Stellung bringen" is a figure)
    ("Grenze\nRussland brachte Raketen an der Grenze zu Finnland in Stellung.", "2025-01-10",
     "Stellung", "MOBILIZE", {"RUS"}, None, {"mode": "troops"}),
    # thanks expressed to someone ("sprach X seinen Dank aus") is praise like "danken"
    ("Hilfe\nSelenskyj sprach Deutschland seinen Dank für die Hilfe aus.", "2025-01-10",
     "Dank", "SUPPORT", {"UKR"}, {"DEU"}, {}),
    # a wave of arrests is arrests
    ("Belarus\nDie belarussische Polizei begann eine Verhaftungswelle gegen Oppositionelle.", "2025-01-10",
     "Verhaftungswelle", "COERCE", {"BLR"}, None, {"mode": "arrest"}),
    # a protest told again without a target goes on against what the same side protested against before
    ("Protest\nTausende Polen haben in Warschau gegen die Pläne der EU demonstriert. Am Abend zogen die Polen vor "
     "das Parlament und hielten dort eine Kundgebung ab.", "2025-01-10",
     "Kundgebung", "PROTEST", {"POL"}, {"EU"}, {}),
    # a deployment's destination is where the troops go, not a side acted upon (PLOVER MOBILIZE is the actor's own)
    ("Nato\nSpanien hat vier Kampfjets nach Estland entsandt.", "2025-01-10",
     "Kampfjets", "MOBILIZE", {"ESP"}, set(), {}),
    ("Nato\nDie Bundeswehr verlegt eine Brigade nach Litauen.", "2025-01-10",
     "Brigade", "MOBILIZE", {"DEU"}, set(), {}),
    # a number opens the extended attribute like an article: the craft are the owner's
    ("Drohnen\nDie polnische Armee hat zwei von Belarus gestartete Drohnen abgeschossen.", "2025-01-10",
     "zwei von Belarus", "ASSAULT", {"POL"}, {"BLR"}, {}),
    # a state body after a possessive that no actor named before it owns is the speaker's, not the place's
    ("Krieg\nDie Ukraine wird weiter beschossen.\nSeine Regierung verurteile die Angriffe Russlands scharf, sagte "
     "der polnische Präsident in Kiew.", "2025-01-10", "Seine Regierung", "ACCUSE", {"POL"}, {"RUS"}, {}),
    # the opposition's counterpart is its own state: the owner of the demanded act is the addressee
    ("Belarus\nDie belarussische Opposition fordert ein Ende der belarussischen Repression gegen Journalisten.",
     "2025-01-10", "Opposition fordert", "REQUEST", {"BLR"}, {"BLR"}, {}),
    # the opposition's own protest is against its state's government
    ("Wahl\nNach der Wahl gab es Proteste der serbischen Opposition.", "2025-01-10",
     "Proteste", "PROTEST", {"SRB"}, {"SRB"}, {}),
    # a verb of receiving: its subject is given the act noun, the noun's aus-PP names the giver
    ("Krieg\nMoldau erhielt im Winter Finanzhilfe aus Rumänien.", "2025-01-10",
     "Moldau erhielt", "AID", {"ROU"}, {"MDA"}, {}),
    # ... a von-PP of the clause names the giver too
    ("Krieg\nMoldau bekam im Winter von Rumänien neue Kreditzusagen.", "2025-01-10",
     "Moldau bekam", "AGREE", {"ROU"}, {"MDA"}, {}),
    # ... a giver the text leaves unnamed stays unnamed: no story actor gives it
    ("Geberkonferenz in Paris\nFrankreich lud zu der Konferenz ein. Der georgische Premier nahm dort neue "
     "Kreditzusagen entgegen.", "2025-01-10", "Kreditzusagen", "AGREE", set(), {"GEO"}, {}),
    # a passive whose subject is a thing: the trigger's PP names the recipient; with no von-agent the givers are
    # unsaid and no story actor fills them
    ("Geberkonferenz in Paris\nFrankreich lud zu der Konferenz ein. An Moldau wurden dort neue Panzer geliefert.",
     "2025-01-10", "An Moldau", "AID", set(), {"MDA"}, {}),
    # ... a promise's für-PP names the recipient, and a later pledge by unnamed states continues it
    ("Geberkonferenz in Paris\nFrankreich lud zu der Konferenz ein. Für Moldau wurden dort neue Hilfen zugesagt. "
     "Zahlreiche Staaten machten dort weitere Zusagen.", "2025-01-10", "Zahlreiche Staaten", "AGREE", set(), {"MDA"},
     {}),
    ("Geberkonferenz in Paris\nFrankreich lud zu der Konferenz ein. Für Moldau wurden dort neue Hilfen zugesagt.",
     "2025-01-10", "Für Moldau", "AGREE", set(), {"MDA"}, {}),
]


@pytest.mark.parametrize(("text", "pub", "part", "type_", "source", "target", "fields"), CASES)
def test_german_coder_case(code, text, pub, part, type_, source, target, fields):
    events = code(text, pub)
    found = _match(events, part, type_, source, target, **fields)
    assert found is not None, [(e.type, e.mode, [a.code for a in e.source], [a.code for a in e.target],
                                e.status, e.date, e.reported_by, e.sentence[:40]) for e in events]


def test_german_coder_agent_of_a_light_verb_participle_does_the_act_noun(code):
    # "die von der EU verhängten Sanktionen": the participle's agent imposed them, also where the clause's verb
    # is an act of its own; a participle of judging names no doer
    text = ("Kritik aus Berlin\nDie von Washington verhängten Einreiseverbote rufen in Berlin und Brüssel heftige "
            "Kritik hervor.\nDie von Polen kritisierten Angriffe auf Kiew gehen weiter.")
    events = code(text)
    assert _match(events, "Die von Washington", "SANCTION", {"USA"})
    assert not _match(events, "Die von Polen", "ASSAULT", {"POL"})


def test_german_coder_scrambled_planes_of_a_named_partner(code):
    # "stiegen ... auf" (ablaut of aufsteigen) with planes is a scramble; "des NATO-Partners Spanien" is Spain,
    # the relation's owner is no side
    text = ("Drohnen über Litauen\nRussische Drohnen drangen in den litauischen Luftraum ein.\n"
            "Flugzeuge des NATO-Partners Spanien stiegen daraufhin auf.")
    assert _match(code(text), "Flugzeuge des", "MOBILIZE", {"ESP"})


def test_german_coder_inflected_relation_compound_names_no_side(code):
    # "mit den NATO-Partnern": those related to NATO stay unnamed, as "NATO-Partner" does
    text = ("Übung im Baltikum\nLitauen will die Zusammenarbeit mit den NATO-Partnern stärken.")
    assert not [e for e in code(text) if "NATO" in {a.code for a in e.source + e.target}]


def test_german_coder_definite_act_noun_as_the_means_is_the_subjects_act(code):
    # "mit dem Stopp der Waffenexporte" is how the subject acts, not a re-mention of an act told before
    text = ("Rüstung\nDie Regierung in Paris reagierte am Montag auf den Krieg. Frankreich bestraft Aserbaidschan "
            "mit dem Stopp der Waffenexporte.")
    assert _match(code(text), "Frankreich bestraft", "SANCTION", {"FRA"}, {"AZE"})


def test_german_coder_unnamed_attacker_in_a_one_state_story_hits_that_state(code):
    # an unnamed attacker stays unknown (guideline 8); his unnamed victims are the one-state story's people
    text = ("Messerangriff in Lyon\nIn Lyon hat ein Mann am Bahnhof drei Passanten verletzt. Die französische Polizei "
            "nahm den Täter fest. Dabei fügte er einer Frau schwere Verletzungen zu.")
    assert _match(code(text), "Dabei fügte er", "ASSAULT", {"---"}, {"FRA"})
    # a story about two states places it nowhere: no event
    text = ("Verhandlungen\nRussland und die Ukraine verhandeln in Genf. Moskau und Kiew streiten. "
            "Dabei fügte er einer Frau schwere Verletzungen zu.")
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_german_coder_bare_head_takes_up_a_told_compound(code):
    # "heimliche Tests" after "Raketentests": the bare head is the same kind of act; without such a story it is none
    text = ("Raketentests im Norden\nJapan wirft Nordkorea neue Raketentests vor. Tokio warf Pjöngjang zudem "
            "heimliche Tests vor.")
    assert _match(code(text), "Tokio warf", "MOBILIZE", {"PRK"}, status="alleged")
    text = "Streit um Schulen\nTokio warf Pjöngjang heimliche Tests vor."
    assert not [e for e in code(text) if e.type == "MOBILIZE"]


def test_german_coder_ban_by_an_international_body_is_a_sanction(code):
    # the Security Council's ban hits a state: SANCTION; a state's court banning a party stays a COERCE ban
    text = ("Atomstreit\nNordkorea hat erneut Raketen getestet. Solche Tests hat der UN-Sicherheitsrat dem Land "
            "verboten. Ein Gericht in Seoul verbot eine Partei.")
    events = code(text)
    assert _match(events, "Solche Tests", "SANCTION", {"UN"}, {"PRK"})
    assert not _match(events, "Solche Tests", "COERCE")
    assert _match(events, "Ein Gericht", "COERCE", {"KOR"}, mode="ban")


def test_german_coder_attack_on_a_thing_in_a_place_hits_the_places_state(code):
    # the place after the attacked thing ("auf eine Klinik in Kabul") is where the attack hits
    text = "Gewalt in Afghanistan\nDer Angriff auf eine Klinik in Kabul sei ein Verbrechen, sagte ein UN-Sprecher."
    assert _match(code(text), "Der Angriff auf", "ASSAULT", set(), {"AFG"})


def test_german_coder_troops_drawn_in_are_mobilised(code):
    # "heranziehen" (particle heran) with troops: a mobilisation, the story's state where the passive names none
    text = ("Manöver in Belarus\nBelarus hält ein Großmanöver ab. Dafür wurden nach Angaben des Ministeriums "
            "30.000 Soldaten herangezogen.")
    assert _match(code(text), "Dafür wurden", "MOBILIZE", {"BLR"})


def test_german_coder_drones_heading_for_a_city_attack_it(code):
    # "Drohnen steuerten Kiew an": an attack on the city's state by the story's attacker
    text = "Angriff auf Kiew\nRussland griff in der Nacht die Ukraine an. Dutzende Drohnen steuerten Kiew an."
    assert _match(code(text), "Dutzende Drohnen", "ASSAULT", {"RUS"}, {"UKR"})


def test_german_coder_subject_undergoes_the_act_of_its_predicate_noun(code):
    # "wurde Ziel von X", "ist von X betroffen": the subject undergoes the act; the act's own adjective does it;
    # "Ziel" in the Vorfeld is a goal, not an undergoing
    text = ("Cyberangriffe\nDas Finanzministerium in Wien war Ziel von Cyberangriffen. Litauen ist von den "
            "belarussischen Sanktionen betroffen. Die Botschaft Estlands wurde Opfer eines russischen Angriffs.")
    events = code(text)
    assert _match(events, "Das Finanzministerium", "COERCE", target={"AUT"})
    assert _match(events, "Litauen ist", "SANCTION", {"BLR"}, {"LTU"})
    assert _match(events, "Die Botschaft Estlands", "ASSAULT", {"RUS"}, {"EST"})


def test_german_coder_quoted_clause_opens_with_its_first_word(code):
    # an opening quotation mark hides no introducer: '"Statt X zu unterstützen, ..."' does not support X
    text = ('Streit um Exporte\n"Statt die Ukraine zu unterstützen, hilft Ungarn dem Kreml", sagte der Minister.')
    assert _match(code(text), "Statt die Ukraine", "SUPPORT", target={"UKR"}, status="negated")


def test_german_coder_noun_of_number_stays_in_its_pp(code):
    # "für Hunderte Soldaten": a noun of number is part of the PP's noun phrase; the trained are no trainers
    text = ("Hilfe für Kiew\nAusbildung für Hunderte Soldaten der Ukraine: Die Niederlande wollen Kiew weiter "
            "unterstützen.")
    events = code(text)
    assert _match(events, "Ausbildung für", "AID", {"NLD"}, {"UKR"})
    assert not _match(events, "Ausbildung für", "AID", {"UKR"})


def test_german_coder_weapons_test_in_a_place_without_doer_is_the_places_states(code):
    # a passive weapons test with no doer but a place is the place's state's, not the story's tester elsewhere
    text = ("Atomstreit\nDie USA werfen Russland Atomwaffentests vor. In Nordkorea wurden nach Angaben aus Seoul "
            "Raketen getestet. Auch in Pakistan wurde eine Rakete getestet.")
    events = code(text)
    assert _match(events, "In Nordkorea wurden", "MOBILIZE", {"PRK"})
    assert _match(events, "Auch in Pakistan", "MOBILIZE", {"PAK"})


def test_german_coder_speaker_took_part_in_the_meeting_of_his_clause(code):
    # "sagte X nach einem Treffen mit Y": the speaker met Y, although the story is about someone else
    text = ("Streit in Prag\nTschechien kritisiert Polen. Die Lage sei ernst, sagte Fico nach einem Treffen mit "
            "Babiš.")
    assert _match(code(text), "Die Lage sei ernst", "CONSULT", {"SVK", "CZE"})
    # ... and visited the place of a visit told as the setting
    text = "Streit\nPolen kritisiert Russland. Die Lage sei ernst, sagte Scholz bei einem Besuch in Kiew."
    assert _match(code(text), "Die Lage sei ernst", "CONSULT", {"DEU"}, {"UKR"}, mode="visit")


def test_german_coder_indicative_muss_without_a_speaker_is_no_demand(code):
    # without a speaker of its own the indicative states a need: no one demands it
    events = code("Grenze\nSerbien muss die Blockade der Grenze noch mit Kroatien abstimmen.")
    assert not [e for e in events if e.type == "REQUEST"]


def test_german_coder_protest_for_an_opposition_member_is_against_its_state(code):
    # backing the opposition is protesting against the government; backing the government names no target
    text = ("Georgien\nIn Tiflis haben Tausende Menschen für den festgenommenen georgischen Oppositionsführer "
            "demonstriert.\nIn Belgrad demonstrierten Tausende für den serbischen Präsidenten.")
    events = code(text)
    assert _match(events, "In Tiflis", "PROTEST", {"GEO"}, {"GEO"})
    assert _match(events, "In Belgrad", "PROTEST", {"SRB"}, set())


def test_german_coder_with_gate_of_a_verb_sees_its_zu_infinitive(code):
    # what a warning or threat is about often stands only in its zu-infinitive: a warning against sending troops
    # threatens, one against stirring up tensions criticises; the threat's mode comes from its content too
    text = ("Spannungen\nMoskau warnte die Nato davor, weitere Soldaten nach Finnland zu entsenden.\n"
            "Peking warnte Washington davor, die Spannungen anzuheizen.\n"
            "Der Iran drohte Israel damit, einen Krieg zu beginnen.")
    events = code(text)
    assert _match(events, "Moskau warnte", "THREATEN", {"RUS"}, {"NATO"})
    assert _match(events, "Peking warnte", "ACCUSE", {"CHN"}, {"USA"})
    assert _match(events, "Der Iran drohte", "THREATEN", {"IRN"}, {"ISR"}, mode="violence")


def test_german_coder_sentence_without_event_stays_empty(code):
    text = ("Statistik\nChina ist der wichtigste Handelspartner Deutschlands.\n"
            "Die Exporte nach Russland waren im Juni achtmal höher als ein Jahr zuvor.")
    assert code(text) == []


def test_german_coder_visit_needs_someone_or_somewhere_visited(code):
    # "besuchen" with a school or a course as object is no diplomatic visit; with a place it is
    text = ("Integration in Österreich\nViele syrische Kinder besuchen inzwischen die gleichen Schulen.\n"
            "Der Außenminister besuchte am Montag Damaskus.")
    events = code(text)
    assert [e.type for e in events if "Schulen" in e.sentence] == []
    assert _match(events, "Damaskus", "CONSULT", None, {"SYR"}) is not None


def test_german_coder_views_of_a_video_are_no_appeal(code):
    # "Millionen Aufrufe" of a video count views: no REQUEST, not even one continuing the story's demand
    text = ("Vorwürfe gegen Moskau\nSelenskyj wirft Russland Angriffe auf Zivilisten in Cherson vor. Er fordert von "
            "der EU mehr Druck auf Moskau. Anlass ist ein Video, das in sozialen Netzwerken Millionen Aufrufe "
            "verzeichnet.")
    assert not [e for e in code(text) if e.sentence.startswith("Anlass")]


def test_german_coder_composition_is_no_meeting(code):
    assert code("Delegation\nDie Delegation Polens setzt sich aus fünf Ministern zusammen.") == []


def test_german_coder_act_noun_under_ohne_does_not_happen(code):
    events = code("Südchinesisches Meer\nDas US-Kriegsschiff habe das Gebiet ohne Zustimmung Chinas befahren, "
                  "teilte Peking mit.")
    assert not [e for e in events if e.type == "SUPPORT"]


def test_german_coder_habitual_action_is_not_coded(code):
    assert code("Grenze\nRussland verletzt immer wieder den Luftraum Estlands.") == []


def test_german_coder_two_act_nouns_of_one_type_are_two_acts(code):
    events = code("Nordkorea\nPjöngjang hatte im Januar einen Atomtest und einen Monat später einen Raketenstart "
                  "bekanntgegeben.", "2025-01-10")
    assert sorted(e.trigger for e in events if e.type == "MOBILIZE") == ["Atomtest", "Raketenstart"]


def test_german_coder_act_without_sides_takes_those_of_the_act_before_it_in_its_sentence(code):
    events = code("Südkorea besorgt\nSüdkorea hat am Montag die USA um Hilfe gebeten.\nDie Lage verschärft sich seit "
                  "einem nordkoreanischen Atomtest und einem Raketenstart im Januar.", "2025-01-10")
    start = next(e for e in events if e.trigger == "Raketenstart")
    assert {a.code for a in start.source} == {"PRK"}


def test_german_coder_support_beside_aid_to_the_same_side_is_that_aid(code):
    events = code("Vorwürfe\nDie USA werfen dem Iran vor, die Huthi-Miliz finanziert und unterstützt zu haben.",
                  "2025-01-10")
    assert sorted(e.type for e in events) == ["ACCUSE", "AID"]


def test_german_coder_two_acts_under_one_reported_must_are_one_demand(code):
    events = code("Krieg\nRussland müsse die Angriffe sofort einstellen und seine Truppen abziehen, sagte der Kanzler "
                  "in Berlin.", "2025-01-10")
    assert [(e.type, {a.code for a in e.source}, {a.code for a in e.target}) for e in events] == [
        ("REQUEST", {"DEU"}, {"RUS"})]


def test_german_coder_demand_content_is_not_a_second_event(code):
    events = code("Forderung\nDie EU fordert Serbien zum Rückzug seiner Truppen auf.")
    assert [e.type for e in events] == ["REQUEST"]
    assert {a.code for a in events[0].source} == {"EU"} and {a.code for a in events[0].target} == {"SRB"}


def test_german_coder_evidence_and_trigger_offsets_point_into_the_text(code):
    text = "Angriff\nIsrael hat Ziele im Libanon bombardiert."
    events = code(text)
    assert events
    sentences = {s.text for s in split_sentences(text)}
    for e in events:
        assert e.sentence in sentences
        assert text[e.trigger_start:e.trigger_end] == e.trigger
        assert e.cameo and e.goldstein is not None


def test_german_coder_joint_announcement_is_an_agreement(code):
    events = code("Kooperation\nAm Dienstag verkündeten Serbien und Ungarn, dass sie enger zusammenarbeiten wollen.")
    agree = [e for e in events if e.type == "AGREE"]
    assert len(agree) == 1
    assert {a.code for a in agree[0].source} == {"SRB", "HUN"} and agree[0].target == []
    assert agree[0].status == "asserted" and agree[0].date.iso() == "2024-03-12"


def test_german_coder_criticism_provoked_by_the_subject(code):
    events = code("Kritik\nDie Pläne Israels haben in Deutschland heftige Kritik ausgelöst.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert [({a.code for a in e.source}, {a.code for a in e.target}) for e in accuse] == [({"DEU"}, {"ISR"})]


def test_german_coder_criticism_provoked_without_named_critics_leaves_them_unnamed(code):
    # no "in X"/"bei X" names the critics: they stay unnamed, not the story's other side (Egypt here)
    text = ("Streit um Staudamm\nÄgypten hat Äthiopien vor einer weiteren Füllung des Staudamms gewarnt.\n"
            "Die Pläne Äthiopiens haben scharfe Kritik hervorgerufen.")
    accuse = [e for e in code(text) if e.type == "ACCUSE" and "Kritik hervorgerufen" in e.sentence]
    assert [({a.code for a in e.source} - {"---"}, {a.code for a in e.target}) for e in accuse] == [(set(), {"ETH"})]


def test_german_coder_act_without_named_sides_continues_the_story(code):
    text = ("Luftangriffe im Süden\nIsrael hat Ziele im Libanon bombardiert.\n"
            "Dabei wurden nach Angaben von Sanitätern vier Menschen getötet.")
    killed = [e for e in code(text) if "getötet" in e.sentence]
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in killed] == [
        ("ASSAULT", ["ISR"], ["LBN"])]
    assert all(a.text == "" for a in killed[0].source + killed[0].target)  # implicit, not read in the sentence


def test_german_coder_act_without_sides_and_without_story_is_dropped(code):
    text = "Unglück\nIn der Nacht wurden vier Menschen getötet.\nDie Ursache ist unklar."
    assert code(text) == []


def test_german_coder_konjunktiv_with_its_own_speech_verb_is_a_new_report(code):
    text = ("Streit\nDie USA werfen Russland vor, die Ukraine angegriffen zu haben.\n"
            "Der Angriff sei empörend, kritisierte er.")
    judged = [e for e in code(text) if "empörend" in e.sentence and e.type == "ACCUSE"]
    assert judged and all(e.status == "asserted" for e in judged)


def test_german_coder_two_verbs_of_one_type_are_two_acts(code):
    events = code("Angriffe\nDie israelische Armee hat im Libanon Raketenwerfer zerstört und Stellungen der Hisbollah "
                  "bombardiert.")
    assert sorted(e.trigger for e in events if e.type == "ASSAULT") == ["bombardiert", "zerstört"]


def test_german_coder_hyphenated_compound_selects_the_trigger_sense(code):
    events = code("Angriff\nEine ukrainische Kampf-Drohne hat ein russisches Kriegsschiff getroffen.")
    assert [e.type for e in events if e.trigger == "getroffen"] == ["ASSAULT"]


def test_german_coder_unnamed_military_display_is_the_story_state(code):
    events = code("Spannungen am Golf\nIran hat der US-Regierung Provokationen vorgeworfen.\n"
                  "Ein großes Marinemanöver begann am Montag.", "2025-08-28")
    drill = [e for e in events if e.type == "MOBILIZE"]
    assert [[a.code for a in e.source] for e in drill] == [["IRN"]] and drill[0].date.iso() == "2025-08-25"


def test_german_coder_strong_participle_passes_the_prefilter_and_topic_pp_is_no_act(code):
    events = code("Abschiebungen\nSerbien hat Migranten nach Syrien abgeschoben.\n"
                  "Bei dem Treffen ging es auch um weitere Abschiebungen.", "2025-08-28")
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target], e.trigger) for e in events] == [
        ("COERCE", ["SRB"], ["SYR"], "abgeschoben")]


def test_german_coder_reported_violation_is_the_speakers_accusation(code):
    events = code("Kritik\nRussland verstoße gegen das Völkerrecht, sagte der deutsche Außenminister.\n"
                  "Die Türkei verstieß gegen das Völkerrecht.", "2025-08-28")
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("ACCUSE", ["DEU"], ["RUS"])]  # the second sentence states it without a speaker: no accusation


def test_german_coder_course_of_the_storys_meeting_is_that_meeting(code):
    events = code("Gespräche in Genf\nIndien und Pakistan haben in Genf direkte Gespräche begonnen.\n"
                  "Am Abend sind die Gespräche vorerst beendet worden.\n"
                  "Die Gespräche seien konstruktiv gewesen, sagte ein Diplomat.")
    assert [([a.code for a in e.source], e.sentence[:12]) for e in events if e.type == "CONSULT"] == [
        (["IND", "PAK"], "Indien und P"), (["IND", "PAK"], "Am Abend sin")]  # a judgement of it tells no course


def test_german_coder_confirmed_meeting_is_the_storys_meeting(code):
    events = code("Gespräche in Genf\nIndien und Pakistan haben in Genf direkte Gespräche geführt.\n"
                  "Die staatliche Nachrichtenagentur bestätigte das Gespräch am Abend.")
    assert _match(events, "bestätigte", "CONSULT") is not None, [
        (e.type, [a.code for a in e.source], [a.code for a in e.target], e.sentence[:30]) for e in events]


def test_german_coder_protest_of_an_unnamed_crowd_continues_the_storys_protest(code):
    events = code("Bauernproteste\nIn Madrid protestierten Landwirte gegen die spanische Regierung.\n"
                  "Am Nachmittag blockierten Landwirte mit ihren Traktoren eine Autobahn und protestierten gegen das "
                  "Agrargesetz.")
    assert _match(events, "Am Nachmittag", "PROTEST", target={"ESP"}) is not None, [
        (e.type, [a.code for a in e.source], [a.code for a in e.target], e.sentence[:30]) for e in events]


def test_german_coder_justification_by_anothers_act_blames_its_doer(code):
    events = code("Streit\nMoskau begründete den Schritt mit dem Vorgehen der NATO.\n"
                  "Der polnische Minister begründete seinen Rücktritt mit gesundheitlichen Problemen.")
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("ACCUSE", ["RUS"], ["NATO"])]  # a reason that names nobody blames nobody


def test_german_coder_coordinated_subjects_talking_about_something_meet(code):
    events = code("Gespräche\nIndien und Pakistan wollen am Montag über eine Waffenruhe sprechen.\n"
                  "Der indische Premierminister sprach am Montag über die Wirtschaft.")
    assert [(e.type, sorted(a.code for a in e.source), e.status) for e in events] == [
        ("CONSULT", ["IND", "PAK"], "intended")]  # one speaker talking about something meets nobody


def test_german_coder_reported_demand_without_a_trigger_is_the_speakers_request(code):
    events = code("Streit\nDer tschechische Außenminister Jan Lipavsky sagte am Montag, der russische Botschafter "
                  "solle seine Äußerungen aufklären.\nDer Minister sagte, Tschechien müsse mehr Wohnungen bauen.")
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("REQUEST", ["CZE"], ["RUS"])]  # a demand on the speaker's own side is no request to anyone


def test_german_coder_headline_adjective_tagged_as_participle_is_the_judgement(code):
    events = code("Neue Gesetze in Georgien – EU besorgt\nDas georgische Parlament beschloss am Montag neue Gesetze "
                  "gegen Nichtregierungsorganisationen.")
    assert _match(events, "EU besorgt", "ACCUSE", {"EU"}, {"GEO"}) is not None, [
        (e.type, [a.code for a in e.source], [a.code for a in e.target], e.sentence[:30]) for e in events]


def test_german_coder_reported_violation_goes_on_with_the_previous_speaker(code):
    events = code("Fischerei\nEin indonesisches Patrouillenboot habe ein Fischerboot festgesetzt, teilte die "
                  "malaysische Regierung mit.\nIndonesien habe damit Malaysias Hoheitsrechte verletzt.",
                  "2025-08-28")
    assert _match(events, "Hoheitsrechte", "ACCUSE", {"MYS"}, {"IDN"}) is not None, [
        (e.type, [a.code for a in e.source], [a.code for a in e.target], e.sentence[:30]) for e in events]


def test_german_coder_first_person_in_a_quote_is_the_speakers_side(code):
    events = code('Streit mit Russland\nRussland und Belarus drohen Polen. Russland droht erneut.\n'
                  '"Die Drohungen sind inakzeptabel", teilte das polnische Außenministerium mit. '
                  '"Deshalb haben wir heute den belarussischen Botschafter einbestellt."', "2025-08-28")
    summoned = [e for e in events if e.trigger == "einbestellt"]
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in summoned] == [(["POL"], ["BLR"])]


def test_german_coder_prevented_attempt_is_negated_and_the_veto_aims_at_its_owner(code):
    events = code("Veto\nVersuche Frankreichs, neue Sanktionen gegen Iran zu verhängen, verhinderte Ungarn mit "
                  "seinem Veto.", "2025-08-28")
    got = {(e.type, tuple(a.code for a in e.source), tuple(a.code for a in e.target), e.status) for e in events}
    assert ("SANCTION", ("FRA",), ("IRN",), "negated") in got
    assert ("REJECT", ("HUN",), ("FRA",), "asserted") in got


def test_german_coder_genitive_owner_of_a_decision_in_a_pp_does_its_infinitive(code):
    # "der Regierung" stands in the nach-PP, yet it owns the decision: Japan lifts the sanctions, not Korea
    events = code("Handel\nSüdkorea kritisiert Japan seit Wochen.\nSüdkorea bleibt hart.\n"
                  "Auch nach der Entscheidung der japanischen Regierung, die Sanktionen gegen China zu lockern, will "
                  "Südkorea an seinen Zöllen festhalten.", "2025-08-28")
    assert _match(events, "zu lockern", "CONCEDE", source={"JPN"}, target={"CHN"})


def test_german_coder_postposition_governs_the_noun_before_it(code):
    # "eigenen Angaben zufolge": the postposition closes its own phrase; the craft after it are the object
    events = code("Frachter im Roten Meer\nDie USA verurteilen die Huthi.\n"
                  "Die Huthi-Miliz im Jemen hat eigenen Angaben zufolge zwei Frachter im Roten Meer festgesetzt.")
    assert _match(events, "zwei Frachter", "COERCE", source={"HOUTHI"}, target={"---"})


def test_german_coder_act_noun_in_the_genitive_of_participants_is_no_event(code):
    # "Teilnehmer des NATO-Gipfels" says who speaks; the summit is no new meeting of the story's states
    events = code("Waffen für Kiew\nPolen liefert der Ukraine Panzer.\n"
                  "Weitere Lieferungen sollen folgen, erklärten Teilnehmer des NATO-Gipfels.")
    assert not [e for e in events if e.type == "CONSULT"]


def test_german_coder_act_noun_in_an_exemption_is_no_event(code):
    # what a measure exempts, or the measure an exception is made from, is its scope, no act told
    events = code("Waffenruhe in Syrien\nRussland und die Türkei vereinbaren eine Waffenruhe in Syrien.\n"
                  "Von ihr ausgenommen sind Angriffe auf den IS.\n"
                  "Ausnahmen bei den Sanktionen gegen Syrien soll es für Medikamente geben.")
    assert not [e for e in events if e.type in {"ASSAULT", "SANCTION"}]


def test_german_coder_relative_clause_on_a_class_is_no_event(code):
    # "jedes andere Land, das ... verhandelt" says what holds for any candidate: no talks of Serbia told
    events = code("Beitritt\nSerbien will in die EU.\n"
                  "Serbien muss wie jedes andere Land, das mit der EU über einen Beitritt verhandelt, die Justiz "
                  "reformieren, sagte ein Sprecher.")
    assert not [e for e in events if e.type == "CONSULT"]


def test_german_coder_present_relative_clause_on_bare_plural_describes_a_class(code):
    # "Schiffe, die ... liefern" picks out a class of ships: no delivery told; "Kämpfer, die ... angriffen"
    # (preterite) tells an attack
    events = code("Hafen gesperrt\nDie Türkei sperrt ihre Häfen.\n"
                  "Die Häfen sind für Frachter gesperrt, die Russland mit Waffen beliefern.")
    assert not [e for e in events if e.type == "AID"]
    events = code("Angriff im Norden\nDie Armee meldet Gefechte.\n"
                  "Die Armee tötete Kämpfer, die zuvor Stellungen der syrischen Armee angriffen.")
    assert [e for e in events if e.type == "ASSAULT" and e.trigger.startswith("angriff")]


def test_german_coder_present_relative_clause_on_definite_plural_describes_a_class(code):
    # "den Regierungen, die ... kritisieren": who is threatened, no criticism told
    events = code("Drohung aus Moskau\nRussland warnt Europa.\n"
                  "Russland hat den Regierungen, die seine Militärübungen kritisieren, mit Konsequenzen gedroht.")
    assert not [e for e in events if e.type == "ACCUSE" and e.trigger.startswith("kritis")]


def test_german_coder_killing_with_unnamed_victims_is_part_of_the_named_attack(code):
    # "Bei Israels Angriff auf die Hisbollah ... wurden mehrere Kämpfer getötet": one attack, on Hezbollah
    events = code("Luftangriff im Libanon\nIsrael setzt seine Angriffe fort.\n"
                  "Bei Israels Angriff auf die Hisbollah im Süden wurden am Morgen mehrere Kämpfer getötet.")
    assaults = [e for e in events if e.type == "ASSAULT" and e.sentence_index == 2]
    assert len(assaults) == 1 and {a.code for a in assaults[0].target} == {"HEZBOLLAH"}


def test_german_coder_purpose_clause_after_a_verb_tells_no_act(code):
    # "kauft ..., um seine Armee aufzurüsten": what the purchase is for, no mobilisation told
    events = code("Rüstung\nPolen rüstet auf.\n"
                  "Polen kauft in Südkorea Panzer, um seine Armee aufzurüsten.")
    assert not [e for e in events if e.type == "MOBILIZE" and e.trigger.startswith("aufzur")]


def test_german_coder_promise_takes_in_the_promised_act(code):
    # "stellte in Aussicht, ... zu entsenden": one promise; what ministers agree on together stays an act
    events = code("Ostflanke\nItalien verstärkt die Ostflanke.\n"
                  "Der italienische Verteidigungsminister stellte in Aussicht, 200 Soldaten nach Lettland "
                  "zu entsenden.\n"
                  "Die Minister einigten sich darauf, der Ukraine weitere Waffen zu liefern.")
    assert [e for e in events if e.type == "AGREE" and e.sentence_index == 2]
    assert not [e for e in events if e.type == "MOBILIZE" and e.sentence_index == 2]
    assert [e for e in events if e.type == "AID" and e.sentence_index == 3]


def test_german_coder_promise_is_made_to_the_side_of_the_promised_act(code):
    # "sagte zu, Polen Panzer zu liefern": the promise is made to Poland, not to the story's other state (France)
    events = code("Rüstung\nFrankreich und Deutschland beraten über Rüstung.\n"
                  "Frankreich begrüßte die Gespräche.\nDeutschland sagte zu, Polen weitere Panzer zu liefern.")
    assert _match(events, "sagte zu", "AGREE", {"DEU"}, {"POL"}) is not None
    # a promise made to a named side keeps it
    events = code("Hilfe\nFrankreich berät über Hilfe.\n"
                  "Frankreich sagte Rumänien zu, Kampfjets nach Polen zu verlegen.")
    assert _match(events, "sagte Rumänien zu", "AGREE", {"FRA"}, {"ROU"}) is not None
    # the place of a promised attack is its victim, no one the promise is made to
    events = code("Terror\nBelgien und Spanien beraten über Terror.\n"
                  "Der Islamist habe sich zudem bereit erklärt, mit seinem Bruder einen Anschlag in Frankreich "
                  "zu verüben.")
    assert not [e for e in events if e.type == "AGREE" and "FRA" in {a.code for a in e.target}]


def test_german_coder_light_verb_pp_before_its_act_noun_names_the_target(code):
    # "hat gegen China Strafzölle verhängt", "Gegen Venezuela haben die USA Sanktionen verhängt": the light verb's PP
    # stands before the noun and still names whom the act hits (not the story's other state)
    text = ("Handel\nJapan und Kanada beraten über Handel.\nKanada hat gegen China Strafzölle verhängt.\n"
            "Gegen Venezuela haben die USA neue Sanktionen verhängt.")
    events = code(text)
    assert _match(events, "Kanada hat", "SANCTION", {"CAN"}, {"CHN"}) is not None
    assert _match(events, "Gegen Venezuela", "SANCTION", {"USA"}, {"VEN"}) is not None
    # a PP of another noun names no target of the act ("wegen der Angriffe auf Taiwan")
    events = code("Handel\nJapan und Kanada beraten über Handel.\n"
                  "Kanada hat wegen der Angriffe auf Taiwan Strafzölle verhängt.")
    assert not [e for e in events if e.type == "SANCTION" and "TWN" in {a.code for a in e.target}]


def test_german_coder_agent_inside_an_attribute_is_no_agent_of_the_passive(code):
    # "Die von Venezuela unterstützte Gruppe wurde von Kolumbien angegriffen": Venezuela supports the group, Colombia
    # attacks it
    events = code("Grenze\nDie von Venezuela unterstützte Gruppe wurde am Morgen von Kolumbien angegriffen.")
    assert _match(events, "angegriffen", "ASSAULT", source={"COL"}) is not None
    assert not [e for e in events if e.type == "ASSAULT" and "VEN" in {a.code for a in e.source}]


def test_german_coder_attack_blamed_without_a_target_hit_the_accuser(code):
    # "Armenien macht Aserbaidschan für den Beschuss verantwortlich": the alleged attack hit Armenia, not the story's
    # other side (Russia, the mediator here)
    text = ("Grenze\nRussland vermittelt zwischen Armenien und Aserbaidschan.\nRussland rief zur Ruhe auf.\n"
            "Armenien macht Aserbaidschan für den Beschuss verantwortlich.")
    hit = _match(code(text), "für den Beschuss", "ASSAULT", {"AZE"}, status="alleged")
    assert hit is not None and {a.code for a in hit.target} == {"ARM"}


def test_german_coder_cancelling_verb_with_a_reporting_stem_names_no_speaker(code):
    # "sagte ... ab" is absagen, no "sagen": the cancelled trip's host is no speaker whose own body the minister is
    text = ("Streit\nDie spanische Regierungschefin kritisierte Trump.\n"
            "Ihre Verteidigungsministerin sagte eine USA-Reise ab.")
    hit = _match(code(text), "USA-Reise", "CONSULT", {"ESP"}, {"USA"}, status="negated")
    assert hit is not None


def test_german_coder_indefinite_act_noun_only_judged_is_no_event(code):
    # "dass ein Abzug der Truppen gefährlich wäre": a possible retreat weighed, none told
    events = code("Truppen in Mali\nFrankreich hält an seinen Truppen fest.\n"
                  "Der Minister sagte, dass ein Abzug der französischen Truppen aus Mali derzeit gefährlich sei.")
    assert not [e for e in events if e.type == "RETREAT"]


def test_german_coder_polar_question_tells_no_act(code):
    # "Plant Russland einen Angriff auf Litauen?" asks whether; "Wer steckt hinter dem Angriff ...?" takes it as given
    events = code("Sorge im Baltikum\nLitauen ist besorgt.\nPlant Russland einen Angriff auf Litauen?")
    assert not [e for e in events if e.type == "ASSAULT"]
    events = code("Anschlag\nLitauen ist besorgt.\nWer steckt hinter dem Angriff auf die litauische Botschaft?")
    assert [e for e in events if e.type == "ASSAULT"]


def test_german_coder_genitive_of_an_act_noun_inside_a_pp_is_its_doer(code):
    # "der USA" stands in the auf-PP of "Sanktionen", yet it owns them: the USA impose the sanctions
    events = code("Streit um Gas\nUngarn kritisiert die Ukraine.\n"
                  "Russland reagierte mit Gegenmaßnahmen auf die neuen Sanktionen der USA.")
    assert _match(events, "Gegenmaßnahmen", "SANCTION", source={"USA"})


def test_german_coder_exercise_owned_by_two_states_is_their_joint_exercise(code):
    # an exercise noun whose owners are two states and no one else is their cooperation (PLOVER: joint exercises)
    events = code("Manöver\nPeking kritisiert Tokio.\nChina reagierte auf ein Großmanöver Japans und Australiens.")
    assert _match(events, "Großmanöver", "COOPERATE", source={"JPN", "AUS"}, target=set())
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_german_coder_act_noun_of_a_motive_is_no_event(code):
    # "aus Protest gegen": the summons is the protest; no demonstration is told
    events = code("Botschafter einbestellt\nRussland greift die Ukraine an.\n"
                  "Aus Protest gegen die russischen Angriffe hat Polen den russischen Botschafter einbestellt.")
    assert not [e for e in events if e.type == "PROTEST"]


def test_german_coder_someone_elses_people_take_no_code_from_the_story(code):
    # "ausländische Delegationen" are not North Korea's own: the visited country is the target
    events = code("Besuch in Pjöngjang\nRussland liefert Getreide an Nordkorea.\nNordkorea ist isoliert.\n"
                  "Jetzt besuchen ausländische Delegationen das Land.")
    visit = _match(events, "Jetzt besuchen", "CONSULT", target={"PRK"})
    assert visit is not None and "PRK" not in {a.code for a in visit.source}


def test_german_coder_predicate_noun_of_a_judging_verb_is_the_subjects_act_on_the_object(code):
    # "nennt X ein legitimes Ziel": the judge threatens the judged, as with a predicative adjective
    events = code("Drohung aus Minsk\nBelarus und Russland halten ein Manöver ab.\n"
                  "Lukaschenko nannte polnische Soldaten an der Grenze ein legitimes Ziel.")
    assert _match(events, "Lukaschenko nannte", "THREATEN", source={"BLR"}, target={"POL"})


def test_german_coder_threatened_people_no_actor_stands_for_are_unnamed(code):
    # "Konkurrenten" is the dative object of "drohen": an unnamed side, not the story's other state
    events = code("Handelsstreit\nDie USA und Mexiko streiten über Autos.\n"
                  "Im Handelsstreit droht Trump Konkurrenten mit neuen Zöllen.")
    threat = _match(events, "droht Trump", "THREATEN", source={"USA"})
    assert threat is not None and [a.code for a in threat.target] == ["---"]


def test_german_coder_act_noun_anchoring_the_time_is_no_event(code):
    # "erstmals seit ihrer Machtübernahme": a time anchor without a doer of its own, not a new COERCE
    events = code("Junta empfängt Gäste\nFrankreich und Mali streiten.\n"
                  "Vertreter der Junta sind erstmals seit ihrer Machtübernahme in Mali von der französischen "
                  "Regierung in Paris empfangen worden.")
    assert not [e for e in events if e.type == "COERCE"]
    assert _match(events, "Vertreter der Junta", "CONSULT", source={"MLI"}, target={"FRA"})


def test_german_coder_act_in_a_solange_condition_is_no_event(code):
    # "solange" opens a condition like "wenn" and "sofern": what it states is not reported as happening
    events = code("Hilfe\nPolen und Deutschland beraten.\n"
                  "\"Wir liefern Waffen, solange Deutschland die Ukraine unterstützt\", sagte der polnische Minister.")
    assert not [e for e in events if e.type == "SUPPORT"]


def test_german_coder_news_agency_that_asks_is_no_target(code):
    # "auf Nachfrage der Nachrichtenagentur Reuters": the medium asks, it is not denied or addressed
    events = code("Streit um Zahlen\nDas Pentagon nennt neue Zahlen.\n"
                  "Ein Sprecher des Pentagons dementierte die Schätzung auf Nachfrage der Nachrichtenagentur Reuters.")
    denial = _match(events, "dementierte", "REJECT", source={"USA"})
    assert denial is not None and "GBR" not in {a.code for a in denial.target}


def test_german_coder_no_evidence_from_the_speaker_is_a_denial(code):
    events = code("Waffen\nDie USA werfen Belarus Waffenlieferungen an Russland vor.\n"
                  "Aus Minsk hieß es daraufhin, es gebe keine Beweise dafür.", "2025-08-28")
    denials = [e for e in events if e.type == "REJECT"]
    assert [([a.code for a in e.source], e.mode, e.status, e.reported_by) for e in denials] == [
        (["BLR"], "deny", "asserted", [])]


def test_german_coder_an_offer_is_aimed_at_the_story_side(code):
    events = code("Annäherung\nDie USA haben Kuba mit Sanktionen gedroht.\nKuba zeigte sich dennoch offen für "
                  "Gespräche.\nNigeria offen für Kooperation mit der EU.", "2025-08-28")
    offers = {(e.sentence[:6], tuple(a.code for a in e.source), tuple(a.code for a in e.target))
              for e in events if e.type == "AGREE"}
    assert offers == {("Kuba z", ("CUB",), ("USA",)), ("Nigeri", ("NGA",), ("EU",))}


def test_german_coder_definite_remention_under_a_reporting_verb_is_no_new_act(code):
    events = code("Vorwurf\nPolen wirft Russland Sabotage vor.\n"
                  "Die Anschuldigungen seien „haltlos und absurd“, sagte Kremlsprecher Dmitri Peskow.", "2025-08-28")
    assert not [e for e in events if "Anschuldigungen" in e.sentence and e.type == "ACCUSE"]


def test_german_coder_unnamed_side_in_a_one_state_story_is_that_state(code):
    text = ("Türkei\nIn der Türkei hat die Regierung den Bürgermeister von Cizre abgesetzt.\n"
            "Die türkische Opposition protestierte in Ankara.\n"
            "Das Vorgehen sei rechtswidrig, sagte der Oppositionsführer der Türkei.\nAuch die EU äußerte sich.")
    accusation = _match(code(text, "2016-03-01"), "rechtswidrig", "ACCUSE")
    assert accusation is not None and [a.code for a in accusation.target] == ["TUR"]
    # where two states share the story, the other one is the unnamed side
    text = ("Streit\nRussland und die Ukraine streiten über Gas.\nDie Ukraine wirft Russland Erpressung vor.\n"
            "Das Vorgehen sei rechtswidrig, sagte der russische Außenminister.")
    accusation = _match(code(text, "2016-03-01"), "rechtswidrig", "ACCUSE")
    assert accusation is not None and [a.code for a in accusation.target] == ["UKR"]


def test_german_coder_act_named_as_the_topic_of_a_trial_is_no_new_event(code):
    events = code("Urteil\nIm Prozess um den Messeranschlag von Solingen ist der angeklagte Syrer zu lebenslanger "
                  "Haft verurteilt worden.")
    assert not [e for e in events if e.type == "ASSAULT"]
    assert [e for e in events if e.type == "SANCTION"]


def test_german_coder_verb_and_noun_of_one_meeting_are_one_event_with_the_verbs_direction(code):
    events = code("Taliban\nVertreter der Taliban sind von der EU-Kommission zu Gesprächen in Brüssel "
                  "empfangen worden.")
    meetings = [e for e in events if e.type == "CONSULT"]
    assert len(meetings) == 1
    assert ([a.code for a in meetings[0].source], [a.code for a in meetings[0].target]) == (["AFG"], ["EU"])
    assert meetings[0].trigger == "empfangen"


def test_german_coder_identifying_oneself_is_no_expulsion(code):
    events = code("Razzia\nDie türkischen Polizisten hätten sich nicht ausgewiesen, sagte der Anwalt.")
    assert not [e for e in events if e.type == "SANCTION"]


def test_german_coder_judging_adjective_without_a_speaker_is_no_event(code):
    events = code("Polizei\nDas rücksichtslose Vorgehen der russischen Polizei führte zu Verletzten.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_german_coder_sports_report_has_no_political_events(code):
    sport = ("Benfica im Achtelfinale\nIm Achtelfinale der Champions League trifft Benfica in Lissabon auf Zenit "
             "St. Petersburg. Der Stürmer schoss die Portugiesen in der Vorrunde ins Achtelfinale. Der Klub führt die "
             "Tabelle der Liga an.")
    assert code(sport) == []
    politics = "Treffen\nVor dem Fußball-Länderspiel trafen sich die Außenminister Polens und Litauens in Vilnius."
    assert [e.type for e in code(politics)] == ["CONSULT"]


def test_background_act_in_an_opening_time_pp_is_no_event(code):
    events = code("Kabul\nNach dem Bombenanschlag in Kabul hat die afghanische Polizei drei Männer festgenommen.")
    assert {e.type for e in events if "Bombenanschlag" in e.sentence} == {"COERCE"}


def test_attributive_participle_with_its_agent_is_a_description(code):
    events = code("Nahost\nDie von Iran unterstützte Hamas-Führung in Gaza hat am Montag Israel angegriffen.")
    types = {e.type for e in events if "unterstützte Hamas" in e.sentence}
    assert "ASSAULT" in types and "SUPPORT" not in types


def test_topic_of_a_noun_after_its_genitive_name_is_no_event(code):
    events = code("Kritik\nFrankreich hat die Aussagen des russischen Botschafters Orlow über neue Angriffe auf Kiew "
                  "scharf kritisiert.")
    types = {e.type for e in events if "Aussagen" in e.sentence}
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_alarming_an_organisation_mobilises_nothing_alarming_jets_does(code):
    alarmed = code("Der Vorfall hat auch die EU alarmiert.\nLitauen prüft den Vorfall.")
    assert not [e for e in alarmed if e.type == "MOBILIZE"]
    scrambled = code("Luftraum\nLitauen alarmierte am Montag zwei Kampfjets.")
    assert _match(scrambled, "Litauen alarmierte", "MOBILIZE", source={"LTU"})


def test_unnamed_attacker_comes_only_from_a_side_the_story_names_as_attacker(code):
    # the story names no attacker: the drone's side stays unknown, the alliance that met is no guess
    text = "Drohne\nDie NATO-Botschafter beraten in Brüssel.\nIn Rumänien hat eine Drohne ein Wohnhaus getroffen."
    hit = _match(code(text), "Wohnhaus", "ASSAULT", target=["ROU"])
    assert hit is not None and {a.code for a in hit.source} <= {"---"}
    # a side named as attacking elsewhere in the story is the unnamed attacker
    text = ("Angriffe\nRussland hat die Ukraine in der Nacht mit Raketen angegriffen.\n"
            "In Kiew hat eine Drohne ein Wohnhaus getroffen.")
    hit = _match(code(text), "Wohnhaus", "ASSAULT", target=["UKR"])
    assert hit is not None and [a.code for a in hit.source] == ["RUS"]


def test_unnamed_attacker_is_not_taken_from_a_claim_or_an_armed_group(code):
    # only a claim names the attacker (an accusation, a quoted speaker): the shooter stays unknown
    text = ("Schüsse in Minsk\nIn Minsk wurde ein Oberst durch Schüsse verletzt.\n"
            "Belarus beschuldigt Litauen.\n"
            "Der Angriff sei ein feiger Anschlag Litauens, sagte der Außenminister.\n"
            "Der belarussische Oberst war in seiner Wohnung von zwei Schüssen getroffen worden.")
    hit = _match(code(text), "zwei Schüssen", "ASSAULT", target=["BLR"])
    assert hit is not None and {a.code for a in hit.source} <= {"---"}
    # an armed group named only in another matter is no attacker either
    text = ("Schüsse in Moskau\nIn Moskau wurde ein General durch Schüsse verletzt.\n"
            "Gibt es eine Verbindung zum Aufstand der Wagner-Gruppe?\n"
            "Der russische General war in seiner Wohnung von zwei Schüssen getroffen worden.")
    hit = _match(code(text), "zwei Schüssen", "ASSAULT", target=["RUS"])
    assert hit is not None and {a.code for a in hit.source} <= {"---"}


def test_sie_takes_up_the_coordinated_subject_of_a_sentence_without_event(code):
    text = ("Atomstreit\nDie UN-Sanktionen gegen den Iran könnten zurückkehren.\n"
            "Deutschland, Frankreich und Großbritannien haben dafür einen Mechanismus in Gang gebracht.\n"
            "Sie werfen Teheran Verstöße gegen das Abkommen vor.")
    accusation = _match(code(text), "Sie werfen", "ACCUSE", target=["IRN"])
    assert accusation is not None and {a.code for a in accusation.source} == {"DEU", "FRA", "GBR"}


def test_person_pronoun_takes_up_an_unnamed_man_and_agrees_in_gender(code):
    # "ihm" is the man arrested before, who stays unnamed ('---'), not the story's state
    text = ("Festnahme in Köln\nDie Polizei hat in Köln einen Mann festgenommen.\n"
            "Die Staatsanwaltschaft wirft ihm vor, einen Brandanschlag vorbereitet zu haben.")
    hit = _match(code(text), "wirft ihm vor", "ACCUSE", source=["DEU"])
    assert hit is not None and {a.code for a in hit.target} <= {"---"}
    # "das Landgericht" (neuter) is no antecedent of "ihn": the accused is
    text = ("Urteil\nIn Köln ist der Angeklagte vor Gericht erschienen.\n"
            "Das Landgericht Köln hörte zwei Zeugen.\nDer Senat verurteilte ihn zu sechs Jahren Haft.")
    hit = _match(code(text), "verurteilte ihn", "SANCTION", source=["DEU"])
    assert hit is not None and {a.code for a in hit.target} <= {"---"}


def test_unnamed_person_stays_unnamed_where_it_is_taken_up(code):
    # the man the police arrested stays unnamed ('---') in a headline that continues the arrest and where
    # "ihn" takes him up; he is no unnamed militant in the state's own land (that would be DEU -> DEU)
    text = ("Festnahme in Hamburg\nDie Polizei hat in Hamburg einen Mann festgenommen.\n"
            "Am Montag hat man ihn gefunden und sich dann entschlossen, ihn festzunehmen.")
    events = code(text)
    title = _match(events, "Festnahme in Hamburg", "COERCE", source=["DEU"])
    assert title is not None and {a.code for a in title.target} <= {"---"}
    again = _match(events, "ihn festzunehmen", "COERCE", source=["DEU"])
    assert again is not None and {a.code for a in again.target} <= {"---"}
    # unnamed militants arrested in the state's own land still take its code, also in a headline that continues
    text = ("Festnahmen in Mali\nMalische Soldaten haben im Süden des Landes mutmaßliche Kämpfer festgenommen.")
    assert _match(code(text), "Festnahmen in Mali", "COERCE", source=["MLI"], target=["MLI"]) is not None


def test_attributive_participle_of_an_act_with_its_agent_tells_the_act(code):
    # "der von Estland festgesetzte russische Frachter": Estonia seized the Russian freighter
    text = "Ostsee\nDer von Estland festgesetzte russische Frachter liegt weiter im Hafen von Tallinn."
    assert _match(code(text), "festgesetzte", "COERCE", source={"EST"}, target={"RUS"}) is not None
    # a participle that describes its noun tells no act
    text = "Krieg\nDie von Russland besetzten Gebiete im Osten der Ukraine bleiben umkämpft."
    assert not [e for e in code(text) if e.trigger and e.trigger.startswith("besetzt")]


def test_threat_against_an_unnamed_addressee_gets_no_story_target(code):
    # the threat's PP names people no actor stands for: the threatened side stays unnamed, not the story's state
    text = ("Angriffe auf Kiew\nRussland hat Kiew erneut mit Raketen angegriffen.\n"
            "Berlin verurteilte die Drohungen Russlands gegen zivile Einrichtungen.")
    hit = _match(code(text), "Einrichtungen", "THREATEN", source={"RUS"})
    assert hit is not None and {a.code for a in hit.target} <= {"---"}
    # a named addressee stays the target
    text = "Drohungen\nBerlin verurteilte die Drohungen Russlands gegen die Ukraine."
    assert _match(code(text), "Drohungen", "THREATEN", source={"RUS"}, target={"UKR"}) is not None


def test_german_coder_closing_a_waterway_or_airspace_takes_no_implicit_target(code):
    # a one-state story: the closure acts on a place, not on the state itself or a story side
    text = ("Ägypten\nÄgypten sperrt den Suezkanal und den Golf von Suez.\nDie ägyptische Marine hat die "
            "Meerenge von Tiran für zwei Tage gesperrt.\nÄgypten nannte Sicherheitsgründe. Kairo betonte, "
            "Ägypten handle allein. Auch Jordanien wurde informiert.")
    closure = _match(code(text, "2024-05-02"), "Meerenge von Tiran", "COERCE")
    assert closure is not None and closure.target == []
    # a border has a neighbour on its other side: a named one stays the target
    text = "Grenze\nPolen schließt seine Grenze zu Belarus.\nPolen nannte Sicherheitsgründe."
    closure = _match(code(text, "2024-05-02"), "Grenze zu Belarus", "COERCE")
    assert closure is not None and [a.code for a in closure.target] == ["BLR"]


def test_german_coder_fighting_in_a_place_is_fought_by_its_state_without_implicit_target(code):
    text = ("Kämpfe\nErneut schwere Kämpfe in Libyen.\nDie USA und Frankreich riefen zu einer Waffenruhe auf. "
            "Washington schickte einen Gesandten.\nNach Kämpfen wurden zwei Dörfer geräumt.")
    events = code(text, "2024-05-02")
    fight = _match(events, "Kämpfe in Libyen", "ASSAULT")
    assert fight is not None and [a.code for a in fight.source] == ["LBY"] and fight.target == []
    # a later mention without sides takes the story's fight, again without the story's other state
    later = _match(events, "Nach Kämpfen", "ASSAULT")
    assert later is not None and [a.code for a in later.source] == ["LBY"] and later.target == []


def test_german_coder_subordinate_clause_interrupted_by_an_insertion_keeps_its_subject(code):
    text = ("Sanktionen\nDie Lage spitzte sich zu, weil das Parlament Kanadas – darunter auch Abgeordnete der "
            "Opposition – neue Sanktionen gegen Russland beschloss.")
    sanction = _match(code(text, "2024-05-02"), "Parlament Kanadas", "SANCTION")
    assert sanction is not None and [a.code for a in sanction.source] == ["CAN"]
    assert [a.code for a in sanction.target] == ["RUS"] and sanction.source[0].text


def test_german_coder_article_opening_a_zu_infinitive_opens_no_relative_clause(code):
    # HanTa tags "der" after the comma as a relative pronoun; without a finite verb the clause is the zu-infinitive,
    # whose doer is the main clause's subject: Canada delivers to Ukraine, not Ukraine to someone
    events = code("Hilfe\nKanada kündigte am Montag an, der Ukraine Munition zu liefern.")
    assert _match(events, "kündigte", "AID", {"CAN"}, {"UKR"}, status="intended") is not None
    assert not [e for e in events if e.type == "AID" and {a.code for a in e.source} == {"UKR"}]


def test_german_coder_finite_verb_after_a_zu_infinitive_shares_the_main_subject(code):
    text = ("Iran\nDer iranische Präsident warf Israel vor, einen Angriff zu planen und kündigte Vergeltung "
            "gegen Israel an.")
    events = code(text, "2024-05-02")
    accusation = _match(events, "warf Israel vor", "ACCUSE", {"IRN"}, {"ISR"})
    announced = [e for e in events if e.trigger.startswith("kündigte")]
    assert accusation is not None and announced
    # the announcement's doer is read in the sentence, and the infinitive stays the accusation's content
    assert all([a.code for a in e.source] == ["IRN"] and e.source[0].text for e in announced)
    assert _match(events, "warf Israel vor", "ASSAULT", {"ISR"}, status="alleged") is not None


def test_german_coder_needing_aid_is_no_aid_given(code):
    text = ("Jemen\nSaudi-Arabien leistet Hilfe für den Jemen.\nMillionen Menschen im Jemen sind laut UN auf Hilfe "
            "angewiesen.\nDas Land benötigt dringend weitere Hilfe.")
    events = code(text, "2024-05-02")
    assert _match(events, "leistet Hilfe", "AID", {"SAU"}, {"YEM"}) is not None
    assert _match(events, "angewiesen", "AID") is None and _match(events, "benötigt", "AID") is None


def test_german_coder_meeting_noun_without_sides_is_no_new_meeting(code):
    text = ("Chile\nDer chilenische Präsident traf in Santiago den argentinischen Präsidenten.\n"
            "Es sei ein sehr konstruktives Treffen gewesen, sagte ein Sprecher.")
    events = code(text, "2024-05-02")
    assert _match(events, "traf", "CONSULT", {"CHL", "ARG"}, set()) is not None
    assert not [e for e in events if e.sentence_index == 2 and e.type == "CONSULT"]


def test_german_coder_sanction_noun_names_its_target_with_fuer(code):
    events = code("Belarus\nDie Sanktionen der EU für Belarus treten am Montag in Kraft.", "2024-05-02")
    found = _match(events, "Sanktionen", "SANCTION", {"EU"}, {"BLR"})
    assert found is not None and found.target[0].text == "Belarus"  # read in the sentence, not from the story


def test_german_coder_hostile_act_announced_under_a_condition_is_a_threat(code):
    # guideline 1: announced hostile action is THREATEN; the condition ("falls", verb-first "Sollte")
    # makes the future act an announcement, not a plan
    text = ("Waffenruhe\nDie EU werde neue Sanktionen gegen Russland verhängen, falls Moskau die Waffenruhe "
            "bricht, sagte ein Sprecher in Brüssel.\nSollte Serbien nicht einlenken, werde Kosovo die Grenze "
            "für serbische Lastwagen schließen, sagte der kosovarische Regierungschef.\n"
            "\"Wir werden Strafzölle gegen Länder verhängen, wenn sie nicht mitziehen\", sagte Trump.")
    events = code(text, "2024-05-02")
    assert _match(events, "falls Moskau", "THREATEN", {"EU"}, {"RUS"}, status="asserted") is not None
    assert _match(events, "falls Moskau", "SANCTION") is None
    assert _match(events, "Sollte Serbien", "THREATEN", {"XKX"}) is not None
    # the addressee of the act's own PP names nobody: an unnamed side, not the story's other state
    assert _match(events, "Strafzölle", "THREATEN", {"USA"}, {"---"}) is not None


def test_german_coder_unconditional_future_act_stays_a_plan(code):
    events = code("Sanktionen\nDie EU wird am Montag neue Sanktionen gegen Russland verhängen.", "2024-05-02")
    assert _match(events, "Die EU wird", "SANCTION", {"EU"}, {"RUS"}, status="intended") is not None


def test_german_coder_possessive_in_the_target_pp_takes_up_the_subject(code):
    # "ihre/seine" in the act's target PP belongs to the clause's subject: the act is aimed at it, not at the
    # place named after the PP or the story's other state
    text = ("Nahost\nKatar vermittelt zwischen den Parteien.\nDer Iran verurteilte den israelischen Angriff auf "
            "seine Militärführung in Damaskus.\nDie Ukraine kritisierte den russischen Angriff auf ihre Hauptstadt.")
    events = code(text, "2024-05-02")
    assert _match(events, "Militärführung", "ASSAULT", {"ISR"}, {"IRN"}) is not None
    assert _match(events, "ihre Hauptstadt", "ASSAULT", {"RUS"}, {"UKR"}) is not None


def test_german_coder_possessive_of_the_doer_keeps_its_own_target(code):
    events = code("Nahost\nIsrael verstärkte seine Angriffe auf seine Gegner.", "2024-05-02")
    assert not [e for e in events if e.type == "ASSAULT" and {a.code for a in e.target} == {"ISR"}]


def test_german_coder_criticism_provoked_by_a_thing_aims_at_its_owner(code):
    # the subject names a thing: its owner (genitive, von-agent) is criticised; places inside its phrase
    # are no critics, and every place or body named after the verb criticises
    text = ("Siedlungen\nDie Pläne Israels zum Bau im Westjordanland haben in Berlin und bei der EU Kritik "
            "ausgelöst.\nDie von den USA verhängten Zölle riefen in Kanada heftige Kritik hervor.")
    events = code(text, "2024-05-02")
    assert _match(events, "Die Pläne", "ACCUSE", {"DEU", "EU"}, {"ISR"}) is not None
    assert _match(events, "Zölle riefen", "ACCUSE", {"CAN"}, {"USA"}) is not None


def test_german_coder_being_under_criticism_names_no_critic(code):
    # "in der Kritik stehen", "in die Kritik geraten": the subject is criticised, the critics are unsaid;
    # what it is criticised for is told as a claim
    text = ("Belarus\nLitauen schloss die Grenze.\nDie Regierung in Minsk steht in der Kritik, Migranten an die "
            "Grenze zu bringen.\nDer ungarische Regierungschef geriet wegen seiner Äußerungen in die Kritik.")
    events = code(text, "2024-05-02")
    assert _match(events, "in der Kritik", "ACCUSE", set(), {"BLR"}) is not None
    assert _match(events, "in die Kritik", "ACCUSE", set(), {"HUN"}) is not None


def test_german_coder_condemning_an_act_aims_at_its_doer_not_its_place(code):
    text = ("Anschlag\nPakistan und Afghanistan streiten weiter.\nDie EU verurteilte den Anschlag auf eine Moschee "
            "in Kabul.\nDie Ukraine verurteilte den russischen Angriff auf Kiew.")
    events = code(text, "2024-05-02")
    # no doer named: the condemned side stays unnamed (not the place, not the story's other state)
    assert _match(events, "Moschee", "ACCUSE", {"EU"}, set()) is not None
    assert _match(events, "russischen Angriff", "ACCUSE", {"UKR"}, {"RUS"}) is not None


def test_german_coder_act_in_an_instead_or_without_infinitive_is_negated(code):
    text = ("Grenze\nRussland verlegte Truppen an die Grenze, ohne die Ukraine zu warnen.\n"
            "Anstatt Kiew zu unterstützen, verhängte Ungarn Zölle gegen die Ukraine.")
    events = code(text, "2024-05-02")
    assert _match(events, "ohne die Ukraine", "ACCUSE", {"RUS"}, {"UKR"}, status="negated") is not None
    assert _match(events, "Anstatt Kiew", "SUPPORT", status="negated") is not None


@pytest.mark.parametrize("sentence", ["Russland verstärkte die Angriffe auf ihre Infrastruktur.",
                                      "Israel verstärkte die Angriffe auf seine Feinde."])
def test_german_coder_possessive_that_cannot_be_the_subjects_names_no_self_target(code, sentence):
    # "ihr" cannot take up a neuter state named without article; "seine Feinde" are others
    events = code("Krieg\n" + sentence, "2024-05-02")
    subject = {"Russland": "RUS", "Israel": "ISR"}[sentence.split()[0]]
    assert not [e for e in events if e.type == "ASSAULT" and subject in {a.code for a in e.target}]


def test_german_coder_stationed_with_sein_is_a_state_not_a_deployment(code):
    # "sind in X stationiert" (state passive) tells where troops are; "wurden stationiert" deploys them
    text = ("Baltikum\nDie deutschen Kampfjets sind als Teil einer NATO-Mission in Estland stationiert.\n"
            "Im Mai wurden zusätzliche deutsche Kampfjets in Estland stationiert.")
    events = code(text, "2024-05-02")
    assert not [e for e in events if e.type == "MOBILIZE" and "NATO-Mission" in e.sentence]
    assert _match(events, "Im Mai", "MOBILIZE", {"DEU"}) is not None


def test_german_coder_habitual_main_clause_covers_its_infinitive(code):
    assert code("Grenze\nOft versucht Russland, Estland mit Drohungen einzuschüchtern.") == []


def test_german_coder_long_time_is_habitual(code):
    assert code("Grenze\nRussland verletzte lange Zeit den Luftraum Estlands.") == []


def test_german_coder_allies_of_a_state_are_not_that_state(code):
    events = code("Golf\nIran startete neue Angriffe auf US-Verbündete am Golf.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert {a.code for a in events[0].target} <= {"---"}
    events = code("Golf\nRussland griff amerikanische Partner an.")
    assert events and all("USA" not in {a.code for a in e.target} for e in events)


def test_german_coder_region_noun_means_the_regions_states_the_story_names(code):
    # "Golfstaaten" in a story that names Kuwait and Oman: those two; a story that names none leaves them unnamed
    events = code("Angriffe\nDer Jemen beschoss Ziele in zwei Golfstaaten. In Kuwait und im Oman gab es Schäden.")
    assert _match(events, "beschoss", "ASSAULT", {"YEM"}, {"KWT", "OMN"})
    events = code("Angriffe\nDer Jemen beschoss Ziele in zwei Golfstaaten.")
    assert _match(events, "beschoss", "ASSAULT", {"YEM"}) and not any(
        {"SAU", "ARE", "QAT", "BHR", "KWT", "OMN"} & {a.code for a in e.target} for e in events)


def test_german_coder_er_after_a_statement_is_its_speaker_not_the_last_body_named(code):
    # "Er" takes up the spokesman who spoke, not "den lettischen Behörden" (plural) named after him
    events = code("Luftraum\nEin Sprecher der EU-Kommission sagte, die Union stehe in engem Kontakt mit den lettischen "
                  "Behörden. Er habe mit dem lettischen Außenminister telefoniert und ihm Hilfe zugesichert.")
    assert _match(events, "ihm Hilfe zugesichert", "AGREE", {"EU"}, {"LVA"})


def test_german_coder_main_clause_resumed_after_relative_clause_keeps_its_subject(code):
    events = code("Vergeltung\nRussland hat den Staaten, die Kiew unterstützen, mit Vergeltung gedroht.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and {a.code for a in threats[0].source} == {"RUS"}


def test_german_coder_resumed_main_clause_keeps_its_object_a_relative_clause_defines(code):
    # "den Ländern" before the inserted relative clause is the threatened; the clause defines them, so
    # they are no description of the two states named before (unnamed: '---')
    events = code("Drohung aus Moskau\nPolen und Litauen liefern Waffen an die Ukraine.\n"
                  "Russland hat den Ländern, die Waffen an die Ukraine liefern, mit Vergeltung gedroht.\n"
                  "Der russische Präsident hat den Ländern, die seine Pläne für die Ukraine ablehnen, mit Vergeltung "
                  "gedroht.")
    for part in ("Russland hat den Ländern", "Der russische Präsident"):
        threat = _match(events, part, "THREATEN", source={"RUS"})
        assert threat is not None and [a.code for a in threat.target] == ["---"]


def test_german_coder_act_in_reason_pp_is_no_new_event(code):
    events = code("Urteil\nDas Gericht in Berlin hat für den Anschlag der Hamas auf Israel die Höchststrafe verhängt.")
    assert not [e for e in events if e.type == "ASSAULT"]
    events = code("Abstimmung\nDas Parlament Polens hat für Sanktionen gegen Russland gestimmt.")
    assert [e for e in events if e.type == "SANCTION"]


def test_german_coder_act_noun_in_frame_is_the_setting(code):
    events = code("Treffen\nDer Außenminister Polens kündigte im Rahmen der von Frankreich ausgerichteten Konferenz "
                  "in Paris neue Hilfen an.")
    assert not [e for e in events if e.type == "CONSULT"]
    events = code("Treffen\nDer Außenminister Polens kündigte nach der von Frankreich ausgerichteten Konferenz "
                  "in Paris neue Hilfen an.")
    assert [e for e in events if e.type == "CONSULT"]


def test_german_coder_definite_attack_a_sentence_reports_on_takes_the_story_sides(code):
    # the attack told again as the subject of its own report is an event with the story's sides
    events = code("Luftangriffe\nDie türkische Armee hat Stellungen der PKK im Nordirak bombardiert.\n"
                  "Die Luftangriffe seien in der Nacht erfolgt, berichtete die Agentur Anadolu.", "2025-01-10")
    assert _match(events, "Luftangriffe seien", "ASSAULT", {"TUR"}, {"PKK"}) is not None


def test_german_coder_definite_military_display_watched_is_the_story_states(code):
    # the parade the clause acts on is the display the story tells, not a mere re-mention
    events = code("Parade in Minsk\nWeißrussland feiert den Tag der Unabhängigkeit.\n"
                  "Der Präsident verfolgte die große Militärparade von einer Tribüne aus.", "2025-07-03")
    assert _match(events, "Militärparade", "MOBILIZE", {"BLR"}) is not None


def test_german_coder_unnamed_officers_crowd_control_is_the_story_states(code):
    # a one-state story: the officers who use tear gas are its authorities, on its own people
    events = code("Unruhen in Georgien\nIn Georgien gehen die Proteste gegen die georgische Regierung weiter. "
                  "Georgiens Opposition rief zu neuen Kundgebungen in Georgien auf.\n"
                  "Die Beamten setzten Wasserwerfer und Tränengas ein.", "2025-01-10")
    assert _match(events, "Beamten setzten", "ASSAULT", {"GEO"}, {"GEO"}) is not None


def test_german_coder_subject_beside_an_attack_in_a_circumstance_pp_is_no_attacker(code):
    # "bei dem Anschlag": the police judge the attack, they did not carry it out; it keeps the story's sides
    events = code("Anschlag in Paris\nDie Polizei geht bei dem Anschlag von einem Einzeltäter aus.", "2025-01-10")
    assert _match(events, "Die Polizei", "ASSAULT", set(), {"FRA"})
    assert not _match(events, "Die Polizei", "ASSAULT", {"FRA"})


def test_german_coder_role_from_an_unnamed_elsewhere_takes_no_code_from_the_place(code):
    # "Delegationen aus vielen Ländern" in Rom are not Italy's: the origin phrase names no state
    events = code("Konferenz\nIn Rom trafen sich Delegationen aus vielen Ländern mit Selenskyj.", "2025-01-10")
    assert _match(events, "Delegationen", "CONSULT")
    assert not [e for e in events if "ITA" in {a.code for a in e.source}], events


def test_german_coder_attack_at_a_place_is_the_story_attack_named_there(code):
    # "der Angriff in Beirut" is the attack on the Hezbollah the story tells in Beirut, not one on Lebanon
    events = code("Angriff Israels in Beirut\nBei Israels Angriff auf die Hisbollah in Beirut wurden drei Menschen "
                  "getötet.", "2025-01-10")
    assert _match(events, "Angriff Israels in Beirut", "ASSAULT", {"ISR"}, {"HEZBOLLAH"}), events


def test_german_coder_place_near_the_act_does_not_make_the_story_state(code):
    # "nahe der Grenze zu Polen" names where the act is near, not the state whose police are meant
    events = code("Angriff nahe der Grenze zu Polen\nNahe der Grenze zu Polen griffen Kämpfer ein Dorf in Belarus an. "
                  "Sie plünderten dort die Gebäude der Polizei.", "2025-01-10")
    assert _match(events, "Gebäude der Polizei", "COERCE", None, {"BLR"}), events


def test_german_coder_advocacy_without_addressee_is_no_appeal(code):
    # "sich für etwas einsetzen" with nobody addressed is a stance (advocacy), not a REQUEST;
    # with an addressee ("bei Ankara") it is an appeal to that side
    events = code("Umweltpolitik\nDie Ministerin setzte sich in ihrer Rede für mehr Klimaschutz ein.\n"
                  "Die Bundesregierung setzt sich bei Ankara für die Freilassung des Reporters ein.")
    assert not [e for e in events if "Klimaschutz" in e.sentence]
    assert _match(events, "bei Ankara", "REQUEST", {"DEU"}, {"TUR"}) is not None


def test_german_coder_support_for_reconstruction_or_training_is_aid(code):
    # backing a reconstruction or a training programme is material help (AID), backing a plan is SUPPORT
    events = code("Syrien\nJapan will den Wiederaufbau von Schulen in Syrien unterstützen.\n"
                  "Die EU unterstützt die Ausbildung ukrainischer Soldaten.\n"
                  "Frankreich unterstützt den Friedensplan der USA.")
    assert _match(events, "Wiederaufbau", "AID", {"JPN"}, {"SYR"}, status="intended") is not None
    assert _match(events, "Ausbildung", "AID", {"EU"}, {"UKR"}) is not None
    assert _match(events, "Friedensplan", "SUPPORT", {"FRA"}, {"USA"}) is not None


def test_german_coder_bare_act_noun_judged_needed_is_no_act(code):
    # "nötig seien neue Sicherheitsgarantien": a possible act weighed, no promise told; a judgement that
    # looks back ("seien erfolgreich gewesen") is about acts that happened
    events = code("Waffenruhe in Kolumbien\nDie Regierung Kolumbiens verhandelt mit der FARC. Nötig seien neue "
                  "Sicherheitsgarantien für die FARC, sagte der US-Gesandte.\n"
                  "Russische Angriffe auf Charkiw seien erfolgreich gewesen, sagte Putin.")
    assert not [e for e in events if e.type == "AGREE"]
    assert _match(events, "Charkiw", "ASSAULT", {"RUS"}, {"UKR"}) is not None


def test_german_coder_acts_done_many_times_are_habitual(code):
    # "vielfach", "des Öfteren": a habit over time, not one act (guideline 6, like "wiederholt")
    events = code("Pressefreiheit in Belarus\nDie Polizei in Belarus habe vielfach Journalisten festgenommen, "
                  "sagte die Organisation.\nDie belarussische Polizei nahm am Montag zwei Journalisten fest.")
    assert not [e for e in events if "vielfach" in e.sentence]
    assert _match(events, "am Montag", "COERCE", {"BLR"}) is not None


def test_german_coder_missile_entering_airspace_is_an_attack(code):
    # a missile that enters a state's airspace attacks it; aircraft that do so show force (MOBILIZE)
    text = ("Luftraum\nEine russische Rakete ist in den rumänischen Luftraum eingedrungen.\n"
            "Das Eindringen einer belarussischen Rakete in den litauischen Luftraum beunruhigt die Nato.\n"
            "Das Eindringen russischer Kampfjets in den finnischen Luftraum wurde gemeldet.")
    events = code(text)
    assert _match(events, "Eine russische Rakete", "ASSAULT", {"RUS"}, {"ROU"})
    assert _match(events, "einer belarussischen Rakete", "ASSAULT", {"BLR"}, {"LTU"})
    assert _match(events, "russischer Kampfjets", "MOBILIZE", {"RUS"})


def test_german_coder_raised_readiness_and_sabotage(code):
    # raising the armed forces' readiness mobilises them; sabotaging infrastructure is an attack
    text = ("Ostflanke\nDie polnische Armee hat ihre Einsatzbereitschaft an der Grenze erhöht.\n"
            "Russische Agenten sollen in Lettland ein Stromnetz sabotiert haben.\n"
            "Die litauische Regierung will die Verteidigungsbereitschaft an der Grenze stärken.")
    events = code(text)
    assert _match(events, "Einsatzbereitschaft", "MOBILIZE", {"POL"})
    assert _match(events, "Verteidigungsbereitschaft", "MOBILIZE", {"LTU"}, status="intended")
    assert _match(events, "Stromnetz", "ASSAULT", {"RUS"})


def test_german_coder_sitting_across_the_table_is_a_meeting(code):
    # "sich gegenübersitzen" (also as "gegenüber gesessen") and coming back to the negotiating table are talks
    # of both sides; sitting elsewhere is none
    text = ("Verhandlungen\nVertreter Russlands und der Ukraine hatten sich in Istanbul direkt gegenüber gesessen.\n"
            "Armenien und Aserbaidschan kehren an den Verhandlungstisch zurück.\n"
            "Der frühere Präsident Georgiens sitzt seit Jahren im Gefängnis.")
    events = code(text)
    assert _match(events, "in Istanbul", "CONSULT", {"RUS", "UKR"})
    assert _match(events, "Verhandlungstisch", "CONSULT", {"ARM", "AZE"})
    assert not [e for e in events if "Gefängnis" in e.sentence and e.type == "CONSULT"]


def test_german_coder_taking_under_fire_is_an_attack(code):
    # "unter Feuer nehmen": the object is attacked; other things one takes are no attack
    text = ("Grenze\nKurz darauf nahmen türkische Truppen kurdische Milizen unter Feuer.\n"
            "Die türkische Armee nahm die Vorwürfe zur Kenntnis.")
    events = code(text)
    assert _match(events, "unter Feuer", "ASSAULT", {"TUR"})
    assert not [e for e in events if "Kenntnis" in e.sentence and e.type == "ASSAULT"]


def test_german_coder_passive_accusation_in_a_one_state_story_is_that_states(code):
    # "Dem Mann wird ... vorgeworfen" names neither accuser nor a coded accused: in a story about one state's own
    # affairs its authorities accuse one of its people; in a story of two states the accusation names no side
    text = ("Festnahme in Wien\nDie österreichische Polizei hat in Wien einen Mann festgenommen. "
            "Dem Mann wird schwere Brandstiftung vorgeworfen.")
    events = code(text, "2025-09-20")
    assert _match(events, "Brandstiftung", "ACCUSE", {"AUT"}, {"AUT"})
    text = ("Streit\nRussland und die Ukraine verhandeln in Genf. Dem Mann wird schwere Brandstiftung vorgeworfen.")
    assert not [e for e in code(text, "2025-09-20") if "Brandstiftung" in e.sentence and e.type == "ACCUSE"]
    # blame in the passive ("verantwortlich gemacht") is no charge of the state's authorities
    text = ("Reform in Rom\nDie italienische Regierung will den Senat verkleinern. Ihr Ziel ist ein Ende des alten "
            "Systems, das für den langsamen Gang der Gesetzgebung verantwortlich gemacht wird.")
    assert not [e for e in code(text, "2025-09-20") if "Gesetzgebung" in e.sentence and e.type == "ACCUSE"]


def test_german_coder_reporter_hit_by_the_reported_act_does_not_do_it(code):
    # "meldet einen Angriff auf seine Atomanlage": the reporter is the one hit, not the attacker
    events = code("Angriff\nIran meldet einen Angriff auf seine Atomanlage in Natans.")
    assert not any(e.type == "ASSAULT" and "IRN" in {a.code for a in e.source} for e in events)


def test_german_coder_two_verbs_of_one_meeting_are_one_meeting(code):
    # two meeting verbs with the same sides and status in one sentence tell one meeting, not two
    events = code("Gipfel in Vilnius\nDie Präsidenten Polens und Litauens wollen am Montag über die Lage sprechen "
                  "und sich über neue Hilfen austauschen.")
    meetings = [e for e in events if e.type == "CONSULT" and "Präsidenten" in e.sentence]
    assert len(meetings) == 1, [(e.trigger, [a.code for a in e.source]) for e in meetings]
    assert {a.code for a in meetings[0].source} == {"POL", "LTU"}


def test_german_coder_meeting_verbs_filled_alike_by_the_story_are_one_meeting(code):
    # arrival and reception of one visit: the story gives both verbs the same sides, one meeting stays
    events = code("Besuch in Hanoi\nDer indische Premier reist nach Vietnam. Sein Flugzeug landete am Abend in Hanoi "
                  "und wurde von einer Ehrengarde empfangen.")
    visits = [e for e in events if e.type == "CONSULT" and "Sein Flugzeug" in e.sentence]
    assert len(visits) == 1, [(e.trigger, [a.code for a in e.source], [a.code for a in e.target]) for e in visits]


def test_german_coder_hedging_adverb_is_no_judgement(code):
    # "ist mutmaßlich Ziel eines Angriffs geworden": the hedge makes the act alleged, it judges no possible act
    text = ("Botschaft\nDie estnische Botschaft in Minsk ist mutmaßlich Ziel eines Cyberangriffs durch Belarus "
            "geworden.")
    events = code(text)
    assert _match(events, "Cyberangriffs", "COERCE", {"BLR"}, {"EST"}, status="alleged")


def test_german_coder_coordinated_verb_takes_with_words_of_shared_subject(code):
    # "die Drohne flog über die Grenze und explodierte": the coordinated clause's verb shares the subject, whose
    # noun opens the with-gate of "explodieren"
    text = ("Grenzgebiet\nEine russische Drohne flog über die Grenze und explodierte in einem Dorf in Polen.")
    events = code(text)
    assert [e for e in events if e.type == "ASSAULT" and "explodierte" in e.sentence]
    # a coordinated clause with a subject of its own shares nothing: the soldiers did not blow up the truck
    text = "Grenze\nPolnische Soldaten entschärften eine Bombe und ein Tanklaster explodierte in der Nähe von Warschau."
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_german_coder_nationality_on_genitive_owner_is_the_source(code):
    # "Verhandlungen der sudanesischen Kriegsparteien": the adjective names the side of the act's genitive owner
    text = ("Sudan\nEinen Tag nach dem Beginn direkter Verhandlungen der sudanesischen Kriegsparteien hat die Armee "
            "ihre Teilnahme ausgesetzt.")
    events = code(text)
    assert _match(events, "Kriegsparteien", "CONSULT", {"SDN"})


def test_german_coder_konjunktiv_one_of_a_full_verb_goes_on_with_the_speaker(code):
    # "verstoße" is a Konjunktiv I form (stem and "e") that no list names: the reported speech goes on, the speaker
    # of the sentence before judges
    text = ("Charkiw\nDie russische Armee habe in der Nacht Krankenhäuser in Charkiw angegriffen, sagte Polens "
            "Außenminister Sikorski am Montag.\nDas Vorgehen der russischen Truppen verstoße gegen das Völkerrecht.")
    assert _match(code(text), "verstoße", "ACCUSE", {"POL"}, {"RUS"})


def test_german_coder_for_pp_after_a_name_is_the_verbs_reason(code):
    # a name takes no für-PP of its own: "Polen für seine Kritik auszuschließen" gives the reason of the measure, the
    # criticism is no new event; a word that governs für keeps it ("macht Polen für den Angriff verantwortlich")
    text = ("Streit in der NATO\nDie USA wollen Dänemark für seine Kritik am Grönland-Plan aus der NATO ausschließen.")
    assert not [e for e in code(text, "2025-09-20") if e.type == "ACCUSE"]
    text = ("Streit\nDie Ukraine macht Russland für den Angriff auf Kiew verantwortlich.")
    assert _match(code(text, "2025-09-20"), "für den Angriff", "ASSAULT", {"RUS"}, {"UKR"})


def test_german_coder_attack_placed_by_the_name_after_the_place_noun(code):
    # "auf eine Schule in der syrischen Stadt Idlib": the town's name after its noun places the attack in Syria
    text = ("Krieg in Syrien\nUN-Generalsekretär Guterres hat den Angriff auf eine Schule in der syrischen Stadt Idlib "
            "scharf verurteilt.")
    assert _match(code(text), "Idlib", "ASSAULT", set(), {"SYR"})


def test_german_coder_copula_classifying_an_act_noun_tells_no_act(code):
    # a copula that classifies its subject act noun by a predicate noun ("Teil eines Einsatzes", "kein Einzelfall")
    # is a verdict on the acts told before, no new one; "seien im Norden erfolgt" reports on the act itself
    text = ("Luftangriffe in Syrien\nDie Türkei hat am Montag Stellungen in Syrien bombardiert.\n"
            "Laut der Regierung in Ankara waren die Angriffe Teil eines Einsatzes gegen Terroristen.\n"
            "Der Angriff sei kein Einzelfall, sagte ein Sprecher.")
    events = code(text, "2025-09-20")
    assert not [e for e in events if "Teil eines" in e.sentence or "Einzelfall" in e.sentence]
    text = ("Luftangriffe in Syrien\nDie Türkei hat am Montag Stellungen in Syrien bombardiert.\n"
            "Die Angriffe seien im Norden des Landes erfolgt, sagte ein Sprecher.")
    assert _match(code(text, "2025-09-20"), "erfolgt", "ASSAULT", {"TUR"})


def test_german_coder_nominalised_verb_in_a_pp_tells_no_act(code):
    # a capitalised infinitive after a preposition ("setzt auf Drohen") names a habit or strategy; HanTa tags it as a
    # verb (and the preposition as a particle), but no threat is told
    text = "Streit um Grenzen\nDie Regierung in Minsk setzt im Streit mit Litauen auf Drohen und Einschüchtern."
    assert not [e for e in code(text, "2025-09-20") if e.type == "THREATEN"]


def test_german_coder_pronoun_classified_by_a_predicate_act_noun_tells_no_act(code):
    # "Das sind X-Drohungen", "Es ist die erste Vereinbarung dieser Art": the copula classifies something told before
    text = ("Schulreform\nDie Opposition will gegen die Reform der Schulen kämpfen, denn: Das sind russische "
            "Drohungen.")
    assert not [e for e in code(text, "2025-09-20") if e.type == "THREATEN"]


def test_german_coder_zu_infinitive_under_readiness_is_intended(code):
    # "bereit sein, ... zu helfen": the help is offered, not given (readiness_adjectives)
    text = "Hilfe für Moldau\nRumänien ist bereit, der Republik Moldau mit Krediten zu helfen."
    assert _match(code(text, "2025-09-20"), "bereit", "AID", {"ROU"}, {"MDA"}, status="intended")


def test_german_coder_attackers_hit_in_an_agentless_passive_swap_the_storys_sides(code):
    # the story's attackers killed in a passive without agent undergo the defence: its victims did it
    # (attacker_nouns); an attacker noun that is another noun's genitive is not the one hit
    text = ("Angriff auf Grenzposten\nRussische Soldaten haben einen ukrainischen Grenzposten angegriffen. "
            "Am Abend wurden vier Angreifer getötet.")
    assert _match(code(text, "2025-09-20"), "vier Angreifer", "ASSAULT", {"UKR"}, {"RUS"})
    text = ("Angriff auf Grenzposten\nRussische Soldaten haben einen ukrainischen Grenzposten angegriffen. "
            "Am Abend wurden die Fahrer der Angreifer getötet.")
    assert _match(code(text, "2025-09-20"), "Fahrer der Angreifer", "ASSAULT", {"RUS"}, {"UKR"})


def test_german_coder_tried_act_is_told_as_done(code):
    # "versuchten, ... zu durchbrechen": an attempt is no plan, the tried act is under way (asserted); a plan stays
    text = ("Proteste in Minsk\nDie Polizei nahm Dutzende Menschen fest, die versucht hatten, die Absperrungen vor dem "
            "Parlament zu durchbrechen.\nEstland versuchte am Montag, zwischen Polen und Belarus zu vermitteln.")
    events = code(text, "2025-09-20")
    assert _match(events, "Estland versuchte", "CONSULT", {"EST"}, status="asserted")
    text = "Gespräche\nEstland plant, zwischen Polen und Belarus zu vermitteln."
    assert _match(code(text, "2025-09-20"), "Estland plant", "CONSULT", {"EST"}, status="intended")


def test_german_coder_negation_stays_in_its_conjunct(code):
    # "dass X nicht ... nehme und Y weiter unterstützen werde": the negation closes with its conjunct's verb, and the
    # verb-final "unterstützen werde" is a future of its own (intended)
    text = ("Hilfe für Litauen\nDer Minister sagte, dass Polen die Drohungen aus Minsk nicht ernst nehme und Litauen "
            "weiter unterstützen werde.")
    assert _match(code(text, "2025-09-20"), "Litauen weiter", "SUPPORT", {"POL"}, {"LTU"}, status="intended")


def test_german_coder_kein_on_a_side_of_a_verb_negates_its_act(code):
    # "Keine ... Soldaten wurden getötet", "will keine Truppen entsenden": kein on a side of the verb trigger
    # negates the act; on another noun than an act noun trigger it does not ("keine Mitglieder getötet")
    text = ("Angriff auf Kiew\nRussland hat Kiew in der Nacht mit Drohnen angegriffen.\nKeine ukrainischen Soldaten "
            "wurden von den russischen Drohnen getötet, sagte ein Sprecher.\nPolen will keine Truppen in die Ukraine "
            "entsenden.")
    events = code(text, "2025-09-20")
    assert _match(events, "Keine ukrainischen", "ASSAULT", target={"UKR"}, status="negated")
    assert not _match(events, "Keine ukrainischen", "ASSAULT", status="asserted")
    assert _match(events, "Polen will", "MOBILIZE", {"POL"}, status="negated")


def test_german_coder_negated_negating_verb_lets_the_act_go_ahead(code):
    # "dass die Hilfe nicht am Streit scheitert": "nicht" negates "scheitern", the planned aid stays intended
    text = ("Hilfe für Moldau\nRumänien versichert Moldau, dass die geplante Militärhilfe Rumäniens nicht am Streit im "
            "Parlament scheitert.")
    events = code(text, "2025-09-20")
    assert _match(events, "geplante", "AID", status="intended")
    assert not _match(events, "geplante", "AID", status="negated")


def test_german_coder_act_on_the_programme_is_intended(code):
    # "steht auf dem Programm/der Tagesordnung": scheduled in the present tense, not yet done
    text = ("Besuch in Warschau\nAm Freitag steht ein Treffen des polnischen Präsidenten mit Selenskyj auf der "
            "Tagesordnung.")
    assert _match(code(text, "2025-09-20"), "Treffen", "CONSULT", status="intended")


def test_german_coder_act_in_the_coming_days_is_intended(code):
    # "in den kommenden Tagen", "demnächst": the act is still to come, also in a passive Konjunktiv clause
    text = ("Streit um Wahlen\nDer russische Botschafter werde in den kommenden Tagen ins polnische Außenministerium "
            "einbestellt, sagte ein Sprecher.")
    assert _match(code(text, "2025-09-20"), "einbestellt", "ACCUSE", {"POL"}, {"RUS"}, status="intended")


def test_german_coder_definite_means_in_an_accusation_is_a_known_fact(code):
    # "wirft X vor, mit der Y den Z zu ...": the definite means is told as fact, only its alleged purpose is the charge;
    # an indefinite one stays alleged
    text = ("Streit\nUngarn wirft Polen vor, durch seine Sanktionen gegen Belarus die Region zu destabilisieren.")
    assert _match(code(text, "2025-09-20"), "Sanktionen", "SANCTION", {"POL"}, {"BLR"}, status="asserted")
    text = ("Streit\nUngarn wirft Polen vor, durch neue Sanktionen gegen Belarus die Region zu destabilisieren.")
    assert _match(code(text, "2025-09-20"), "Sanktionen", "SANCTION", {"POL"}, {"BLR"}, status="alleged")


def test_german_coder_fronted_zu_phrase_is_the_setting(code):
    # "Parallel zu neuen Gesprächen ... hat X angekündigt, ...": HanTa tags the preposition "zu" as the infinitive
    # particle; the talks in the fronted phrase are the setting, told as fact, not the announced plan
    text = ("Grenze\nParallel zu neuen Gesprächen mit Polen hat Belarus angekündigt, die Grenze zu Litauen zu "
            "schließen.")
    assert _match(code(text, "2025-09-20"), "Gesprächen", "CONSULT", status="asserted")


def test_german_coder_hedge_does_not_reach_the_setting_act(code):
    # "haben sich bei den Gesprächen offenbar geeinigt": "offenbar" hedges the clause's claim, the talks of the setting
    # PP are told as known; an act the verb takes in its PP stays hedged ("sich offenbar an den Angriffen beteiligt")
    text = ("Grenze\nPolen und Litauen haben sich bei den Gesprächen in Warschau offenbar angenähert.\n"
            "Belarus hat sich offenbar an den Angriffen auf die Ukraine beteiligt.")
    events = code(text, "2025-09-20")
    assert _match(events, "Gesprächen", "CONSULT", status="asserted")
    assert _match(events, "Angriffen", "ASSAULT", {"BLR"}, {"UKR"}, status="alleged")


def test_german_coder_claimants_quote_goes_on_with_his_claim(code):
    # after "wirft X vor, ... zu ...", the accuser's quoted words about the accused's acts are his claim (alleged)
    text = ("Streit an der Grenze\nDer polnische Außenminister hat Belarus vorgeworfen, polnische Grenzposten "
            "angegriffen zu haben.\n\"Belarus beschießt unsere Soldaten mit Drohnen\", sagte er am Montag.")
    events = code(text, "2025-09-20")
    assert _match(events, "beschießt", "ASSAULT", {"BLR"}, status="alleged")
    assert not _match(events, "beschießt", "ASSAULT", status="asserted")


def test_german_coder_wuerden_passive_is_reported_speech(code):
    # "würden ... beschossen" (Konjunktiv II of the werden-passive) goes on with the pending claim like a Konjunktiv I
    text = ("Streit an der Grenze\nDer polnische Außenminister hat Belarus vorgeworfen, polnische Grenzposten "
            "angegriffen zu haben.\nAuch litauische Grenzposten würden von Belarus beschossen.")
    events = code(text, "2025-09-20")
    assert _match(events, "würden", "ASSAULT", {"BLR"}, status="alleged")


def test_german_coder_hedge_does_not_reach_a_definite_act_noun(code):
    # "Offenbar sind die Gespräche beendet": the definite act noun is known, the hedge is on what is said of it; an
    # indefinite act noun stays hedged
    text = "Grenze\nOffenbar sind die Gespräche zwischen Polen und Litauen für heute beendet."
    assert _match(code(text, "2025-09-20"), "Gespräche", "CONSULT", status="asserted")
    text = "Grenze\nOffenbar gab es neue Gespräche zwischen Polen und Litauen."
    events = code(text, "2025-09-20")
    assert not _match(events, "Gespräche", "CONSULT", status="asserted")


def test_german_coder_no_evidence_for_an_act_denies_it(code):
    # "es gebe keine Beweise für Waffenlieferungen": the act in the für-PP of a negated noun of evidence is denied
    text = ("Waffen\nPolen wirft Belarus Waffenlieferungen an Russland vor.\nAus Minsk hieß es, es gebe keine Hinweise "
            "für Waffenlieferungen an Russland.")
    events = code(text, "2025-09-20")
    assert _match(events, "Hinweise", "AID", status="denied")
