"""German coder, step 2 for act nouns ("der Angriff Russlands auf Kiew", "nach einem Treffen mit
X"): their sides from their own phrase, else from their role in the clause."""

from __future__ import annotations

from ..model import UNKNOWN_CODE
from ..nlp.tagger import Tagged
from .arguments import Arguments, group_of, noun_arguments, pick_subject, target_prepositions
from .attribution import Attribution
from .clauses import CONTRACTIONS, Clause, Participant, preposition_of, verb_lemma
from .german_base import (
    BYSTANDER_TYPES,
    REPORTED_SUBJECT_TYPES,
    RETOLD_NOUN_TYPES,
    STORY_STATE_TYPES,
    TOPIC_PREPOSITIONS,
    UNNAMED_ADDRESSEE_TYPES,
    Found,
    GermanBase,
    _attributive_participle,
)
from .german_judgements import _owner_of_subject_noun, _unnamed_addressee
from .lexicon import Trigger


class NounRoleSteps(GermanBase):
    """Choosing source and target of an act noun."""

    def _possessive_target(self, tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """Whether the noun act's target PP right after it is owned by a third-person possessive ("den Angriff
        auf ihre Führungsspitze", "Sanktionen gegen sein Land"): it takes up the clause's subject."""
        k = item.index + 1
        preps = set(item.trigger.target)
        if not (k + 2 < clause.end and tokens[k].lemma.lower() in preps and tokens[k + 1].pos == "PPOSAT"
                and tokens[k + 1].lemma.lower() in self.subject_possessives):
            return False
        # "Angriffe auf seine Nachbarn": the possessive names the relation, the possessed are others
        return tokens[k + 2].lemma not in self.relational_nouns

    def _possessive_agrees(self, tokens: list[Tagged], possessive: int, owner: list[Participant]) -> bool:
        """Whether a possessive can take up the subject by gender: "ihr" a feminine or plural one ("die
        Ukraine", "die USA"), "sein" a masculine or neuter one; a state named without article ("Russland")
        is neuter."""
        k = owner[0].first
        article = tokens[k].text.lower() if tokens[k].pos == "ART" else (
            tokens[k - 1].text.lower() if k > 0 and tokens[k - 1].pos == "ART" else None)
        feminine = article == "die" or len(owner) > 1
        neuter_name = owner[0].mention.kind in {"state", "capital", "city"} and article is None
        if tokens[possessive].lemma.lower() == "ihr":
            return not neuter_name or feminine
        return not feminine

    def _owns_noun(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """Whether the noun has a possessive of its own ("seine Angriffe auf seine Gegner": the owner acts)."""
        k = noun - 1
        while k >= clause.start and tokens[k].pos in {"ADJA", "ADV", "CARD", "ADJD"}:
            k -= 1
        return k >= clause.start and tokens[k].pos == "PPOSAT"

    def _vorfeld_noun(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """Whether the noun opens a main clause before its finite verb outside a PP: the clause's subject."""
        return clause.kind == "main" and clause.finite is not None and noun < clause.finite \
            and preposition_of(tokens, clause, noun) is None

    def _course_told(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """Whether a main clause tells the course of its act noun outside a PP ("Die Verhandlungen begannen am
        Montag", "sind die Gespräche beendet"): the act the story told, going on; not one talked about."""
        return clause.kind == "main" and preposition_of(tokens, clause, noun) is None and any(
            verb_lemma(tokens, k, clause) in self.course_verbs for k in clause.verbs)

    def _means(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """Whether the act noun stands in a PP of the means (means_prepositions), "mit dem Stopp der Exporte"."""
        j = preposition_of(tokens, clause, k)
        return j is not None and tokens[j].lemma.lower() in self.means_preps

    def _noun_act_arguments(self, tokens, clauses, parts, item: Found, subjects, attribution: Attribution,
                            clause_verbs: list[Trigger], exclude: set[int]) -> Arguments | None:
        """The sides of an act noun: its own genitives, adjectives and PPs, else the clause's subject by the
        noun's role in the clause (support verb, circumstance, object), else the story's (an empty Arguments);
        None where the noun tells no act of its own (a setting, a topic, an act told before)."""
        ci = item.clause
        clause = clauses[ci]
        args = noun_arguments(tokens, item.index, ci, parts, item.trigger)
        if not args.source:
            args.source = self._participle_agent(tokens, clause, parts, item.index, ci)
        if not args.source:
            args.source = self._taking_part(tokens, clauses, parts, item.index, ci)
        if self._possessive_target(tokens, clause, item) and not self._owns_noun(tokens, clause, item.index) \
                and all(p.slot == "in" or p.first <= item.index + 3 for p in args.target):
            # the possessed phrase ("ihre Führungsspitze", "sein Land") or the place where it happened
            # gives way to the possessive's owner
            owner = self._subject(tokens, clauses, ci, parts, subjects, exclude)
            if owner and not {p.mention.code for p in owner} & {p.mention.code for p in args.source} \
                    and self._possessive_agrees(tokens, item.index + 2, owner):
                args.target = owner
        role = item.role = self._noun_role(tokens, clause, item.index, clause_verbs)
        predicate = self._undergone(tokens, clause, item.index) if not args.target else None
        if predicate is not None:
            # "Die Botschaft wurde Ziel eines Angriffs", "ist von einer Störung betroffen": the subject undergoes
            # the act, or the owner of a subject that names a thing ("Die Botschaft Estlands wurde Opfer ...");
            # the actors of the act's own phrase ("Ziel US-israelischer Angriffe") do it
            undergoer = [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                         or _owner_of_subject_noun(tokens, clause, ci, parts, exclude)
                         if p not in args.source and not predicate <= p.first <= item.index]
            if undergoer:
                return Arguments(args.source, undergoer)
        if not args.target and self._received(tokens, clause, item.index):
            # "Die Ukraine erhielt Militärhilfe aus Deutschland": the subject is given the act, not its doer
            receiver = [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                        if p not in args.source]
            if receiver:
                giver = args.source or _giver_pp(tokens, parts, ci, item.index)
                return Arguments(giver, receiver, doer_unnamed=not giver)
        if "speaker" in item.trigger.source:
            # "Aus dem Kreml hieß es, es gebe keine Beweise": the speaker denies; no speaker, no event
            speaker = attribution.judges(parts)  # also the one a Konjunktiv sentence goes on from
            return Arguments(speaker, args.target) if speaker else None
        if "subj" in item.trigger.target and args.source:
            # "hat Nordkorea im Beisein von Delegierten aus China Raketen gezeigt": the guests
            # visit the clause's subject
            args = Arguments(args.source, [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                                           if p not in args.source])
            return args if args.target else None
        named_inside = all(p.first == p.last == item.index for p in args.source + args.target)
        if role in {"circumstance", "other"} and (args.source or args.target) and named_inside:
            return None  # "beim G7-Gipfel", "Teilnehmer des EU-Gipfels": a setting, not a new event
        if role == "other" and _topic_of_noun(tokens, clause, item.index):
            return None  # "im Prozess um den Anschlag", "Streit über die Sanktionen": a topic, told elsewhere
        if role == "object-of-trigger" and not args.source and not args.target and not self._content_clause(
                tokens, clause):
            return None  # "beschlossen eine Zusammenarbeit": the verb's event covers it
        if not args.source and role in {"support", "circumstance", "agreed"} and clause.passive:
            # "ist der Angeklagte zu lebenslanger Haft verurteilt worden": the passive subject
            # undergoes the act, its agent (von/durch) does it
            args = Arguments(self._passive_agent(tokens, parts, ci) or self._placed_doer(parts, ci, item.trigger),
                             args.target or self._subject(tokens, clauses, ci, parts, subjects, exclude),
                             placed=args.placed and bool(args.target))
        elif not args.source and role in {"support", "circumstance", "agreed"} \
                and not self._witnessed(tokens, clause, item, role):
            args.source = [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                           if p not in args.target]
            if not args.source and role == "support":
                args.source = self._reporter_of_own_act(tokens, clause, parts, ci, attribution, args.target)
        if role == "support" and not args.target and self._light_verb_clause(tokens, clause):
            # "Die EU verhängte gegen Belarus Sanktionen", "Gegen Iran hat die EU Sanktionen verhängt": the light
            # verb's PP names the target wherever it stands in the clause
            args.target = _target_pp_before(tokens, parts, ci, item, args.source)
        if not args.source and args.target and self._meeting_setting(tokens, clause, item):
            # "sagte Magyar nach einem Treffen mit Sulyok", "bei einem Besuch in Kiew": the speaker met, visited
            args.source = [p for p in pick_subject(tokens, clause, parts, set()) if p not in args.target]
        if not args.target and item.trigger.type in UNNAMED_ADDRESSEE_TYPES:
            args.target = _unnamed_addressee(tokens, clause, item, parts)
        if not args.source and not args.target and role == "other" and self._means(tokens, clause, item.index):
            # "belohnt Deutschland die Hamas mit dem Stopp der Waffenexporte": the subject acts by this means
            args.source = self._subject(tokens, clauses, ci, parts, subjects, exclude)
        if not args.source and not args.target and role == "other":
            judged = self._judged_object(tokens, clauses, ci, parts, subjects, exclude, item.index)
            if judged is not None:
                return judged
        if not args.source and not args.target and not self._content_clause(tokens, clause):
            # an act the sentence tells without naming a side takes the story's sides (see
            # _inherit_story_actors); a definite "das Abkommen" only takes up an act told before
            # (also under a mere reporting verb: 'Die Anschuldigungen seien haltlos, sagte X')
            reported = all(verb_lemma(tokens, k, clause) in self.attribution_cues.verbs for k in clause.verbs) \
                and (bool(clause.verbs) or bool(attribution.clauses))
            # ... unless it is the subject the sentence reports on ("Die Luftschläge seien im Norden erfolgt"),
            # or a military display the clause acts on, the story state's ("verfolgte die Militärparade")
            reported_on = item.trigger.type in REPORTED_SUBJECT_TYPES and self._vorfeld_noun(
                tokens, clause, item.index) or item.trigger.type in STORY_STATE_TYPES and preposition_of(
                tokens, clause, item.index) is None
            # ... or a meeting whose course the clause tells ("Offenbar sind die Gespräche für heute beendet")
            course = item.trigger.type in RETOLD_NOUN_TYPES and self._course_told(tokens, clause, item.index)
            told_before = (role == "other" or reported) and _definite(tokens, clause, item.index) \
                and not (reported_on or course)
            topic = role == "other" and _in_pp(tokens, clause, item.index)  # "Es ging um Abschiebungen"
            witnessed = self._witnessed(tokens, clause, item, role)
            return Arguments(course=course) if (role in {"support", "other"} or witnessed) \
                and not (told_before or topic) \
                else None
        args.source = [p for p in args.source if p not in args.target]
        return args

    def _meeting_setting(self, tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """Whether a meeting or visit noun stands in a PP that makes it its clause's setting ("nach einem Treffen mit
        Putin", "bei einem Besuch in Kiew"; meeting_setting_prepositions in cues.yaml)."""
        j = preposition_of(tokens, clause, item.index)
        return item.trigger.type in self.mutual_partner_types and j is not None \
            and CONTRACTIONS.get(tokens[j].text.lower(), tokens[j].lemma.lower()) in self.meeting_setting_preps

    def _reporter_of_own_act(self, tokens: list[Tagged], clause: Clause, parts: list[Participant], ci: int,
                             attribution: Attribution, target: list[Participant]) -> list[Participant]:
        """'Moskau meldet ein weiteres Vorrücken in der Region Donezk': the act noun a reporting verb takes as its
        object, with no doer of its own, is the reporter's act, unless the reporter is the one it is aimed at
        ('Iran meldet einen Angriff auf Natans' leaves the attacker unnamed)."""
        words = tokens[clause.start:clause.end]
        if not any(verb_lemma(tokens, k, clause) in self.own_act_reporting_verbs for k in clause.verbs) or any(
                t.pos == "PPOSAT" and t.lemma.lower() in self.subject_possessives or t.text.lower() == "sich"
                for t in words):
            return []  # "meldete einen Angriff auf seine Atomanlage": the reporter is hit; "bestätigte sich": no report
        hit = {p.mention.code for p in target}
        # a news agency that confirms an act takes no part in it ("WAFA bestätigte das Gespräch")
        reporters = [p for p in attribution.speakers(parts) if p.clause == ci and p.slot == "bare"
                     and p.mention.code != UNKNOWN_CODE and p.mention.sector != "MED"]
        if not reporters or reporters[0].mention.code in hit:
            return []
        return group_of(parts, reporters[0])

    def _witnessed(self, tokens: list[Tagged], clause: Clause, item: Found, role: str) -> bool:
        """Whether the act noun stands in a PP of circumstance that does not make the clause's subject its doer
        ("Die Polizei geht bei dem Anschlag von Terror aus"; but "bekannte sich zu dem Anschlag")."""
        if role != "circumstance" or item.trigger.type not in BYSTANDER_TYPES:
            return False
        j = preposition_of(tokens, clause, item.index)
        return j is not None and tokens[j].lemma.lower() in self.bystander_preps

    def _participle_agent(self, tokens: list[Tagged], clause: Clause, parts: list[Participant], noun: int,
                          ci: int) -> list[Participant]:
        """'die von den USA verhängten Einreiseverbote': the agent of a light verb's participle standing as the
        act noun's attribute does the act (doing_participles in cues.yaml; "die von Iran kritisierten
        Sanktionen" leave it open)."""
        k = noun - 1
        while k >= clause.start and tokens[k].pos == "ADJA":
            if tokens[k].lemma.lower() in self.doing_participles and _attributive_participle(tokens, k, True):
                agents = [p for p in parts if p.clause == ci and p.slot in {"von", "vom"} and k - 8 <= p.first
                          and p.last < k and p.mention.code != UNKNOWN_CODE]
                return group_of(parts, max(agents, key=lambda p: p.last)) if agents else []
            k -= 1
        return []

    def _light_verb_clause(self, tokens: list[Tagged], clause: Clause) -> bool:
        """Whether the clause's verb is a light verb whose object noun carries the act ("Sanktionen verhängen")."""
        return any(verb_lemma(tokens, k, clause) in self.support_verbs for k in clause.verbs)

    def _noun_role(self, tokens: list[Tagged], clause: Clause, noun: int, clause_verbs: list[Trigger]) -> str:
        """How a noun trigger relates to its clause's verb.

        'support': object of a light verb or no verb at all (captions, headlines) -> the
        clause subject acts; 'circumstance': in a PP such as "bei einem Treffen" -> the
        subject took part; 'object-of-trigger': object of an eventful verb ("verurteilte
        den Angriff") -> not the subject's act; 'other'.
        """
        j = preposition_of(tokens, clause, noun)
        verbs = [verb_lemma(tokens, k, clause) for k in clause.verbs]
        in_pp = j is not None
        # "vereinbarten Militärhilfen", "verständigten sich auf neue Sanktionen": an agreed future act
        if any(t.type == "AGREE" and t.reciprocal for t in clause_verbs) and (
                not in_pp or tokens[j].lemma.lower() == "auf"):
            return "agreed"
        if in_pp and tokens[j].lemma.lower() == "an" and any(v in self.participation_verbs for v in verbs):
            return "support"  # "nahmen an dem Treffen teil", "beteiligen sich an dem Manöver": they act
        if in_pp and tokens[j].lemma.lower() == "für" and self._claims_responsibility(tokens, clause):
            return "support"  # "übernahm die Verantwortung für den Anschlag": the claimant did it
        if in_pp and tokens[j].lemma.lower() == "für" and any(v in self.voting_verbs for v in verbs):
            return "support"  # "stimmte für ein Amtsenthebungsverfahren": the body decides it
        if in_pp:
            return "circumstance" if tokens[j].lemma.lower() in {"bei", "während", "zu", "in"} else "other"
        if self._participants_of(tokens, clause, noun):
            return "other"  # "erklärten Teilnehmer des G7-Gipfels": it says who speaks, the speakers do not hold it
        if not verbs or any(v in self.support_verbs or v in self.attribution_cues.verbs for v in verbs):
            return "support"
        if any(v in self.own_cancelling_verbs for v in verbs):
            return "support"  # "sagte seine Reise nach Washington ab": the subject's own act, negated (_cancelled)
        if clause_verbs:
            return "object-of-trigger"
        return "other"

    def _received(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """The act noun is the object of a verb of receiving (receiving_verbs in cues.yaml), outside any PP."""
        return preposition_of(tokens, clause, noun) is None and any(
            verb_lemma(tokens, k, clause) in self.receiving_verbs for k in clause.verbs)

    def _undergone(self, tokens: list[Tagged], clause: Clause, noun: int) -> int | None:
        """Where the act noun is the genitive or von-PP of a predicate noun of undergoing ("wurde Ziel eines
        Angriffs", "Opfer von Anschlägen") or the von-PP of a participle of it after the noun ("von einer Störung
        betroffen"), the index where the phrase of undergoing opens (undergoer_nouns/undergoer_participles in
        cues.yaml), else None. A main clause's Vorfeld is no predicate."""
        j = noun - 1
        while j > clause.start and tokens[j].pos in {"ART", "ADJA", "ADJD", "ADV", "PIAT", "CARD"}:
            j -= 1
        start = clause.finite + 1 if clause.kind == "main" and clause.finite is not None else clause.start
        if tokens[j].pos in {"APPR", "APPRART"}:
            if tokens[j].lemma.lower() != "von":
                return None
            if any(tokens[k].text.lower() in self.undergoer_participles for k in range(noun + 1, clause.end)):
                return j
            j -= 1
        return j if j >= start and tokens[j].pos == "NN" and tokens[j].lemma in self.undergoer_nouns else None

    def _participants_of(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """Whether the noun is the genitive of a noun of participants ("Teilnehmer des Gipfels")."""
        j = noun - 1
        while j > clause.start and tokens[j].pos == "ADJA":
            j -= 1
        return j > clause.start and tokens[j].pos == "ART" and tokens[j].text.lower() in {"des", "der"} \
            and tokens[j - 1].pos == "NN" and tokens[j - 1].lemma in self.participant_nouns

    def _content_clause(self, tokens: list[Tagged], clause: Clause) -> bool:
        return any(any(t.content for t in self.lexicon.verbs(verb_lemma(tokens, k, clause))) for k in clause.verbs)


def _giver_pp(tokens: list[Tagged], parts: list[Participant], ci: int, noun: int) -> list[Participant]:
    """The aus-PP right after a received act noun ("erhielt Waffen aus Deutschland") or a von-PP of its clause
    ("wird von der EU eine Einladung erhalten") names its giver."""
    for p in parts:
        if p.clause == ci and (p.slot == "aus" and 0 < p.first - noun <= 4 or p.slot == "von"):
            return group_of(parts, p)
    return []


def _target_pp_before(tokens: list[Tagged], parts: list[Participant], ci: int, item: Found,
                      source: list[Participant]) -> list[Participant]:
    """The nearest actor before a light verb's act noun in a PP of the noun's target preposition that belongs to the
    verb phrase, not to another noun ("wegen der Angriffe auf Kiew" names no target of the sanctions)."""
    preps = set(target_prepositions(item.trigger))
    before = [p for p in parts if p.clause == ci and p.prep_index is not None and p.last < item.index
              and p.mention.code != UNKNOWN_CODE and p not in source
              and tokens[p.prep_index].lemma.lower() in preps
              and (p.prep_index == 0 or tokens[p.prep_index - 1].pos not in {"NN", "NE"})]
    return group_of(parts, max(before, key=lambda p: p.first)) if before else []


def _topic_of_noun(tokens: list[Tagged], clause: Clause, noun: int) -> bool:
    """Whether the noun heads a topic PP of another noun ("Prozess um den Anschlag"), also after the
    noun's genitive name ("die Äußerungen des Ministers Ben-Gvir über gezielte Tötungen")."""
    j = preposition_of(tokens, clause, noun)
    return j is not None and j > clause.start and tokens[j].lemma.lower() in TOPIC_PREPOSITIONS - {"von"} \
        and (tokens[j - 1].pos.startswith("NN") or tokens[j - 1].pos == "NE")


def _in_pp(tokens: list[Tagged], clause: Clause, noun: int) -> bool:
    """Whether the noun heads a topic PP ("ging um Abschiebungen", "sprach von einem Besuch")."""
    j = preposition_of(tokens, clause, noun)
    return j is not None and tokens[j].lemma.lower() in TOPIC_PREPOSITIONS


def _definite(tokens: list[Tagged], clause: Clause, noun: int) -> bool:
    """'das Abkommen', 'diese Angriffe': a noun that takes up an act already told."""
    j = noun - 1
    while j >= clause.start and tokens[j].pos in {"ADJA", "ADV", "CARD"}:
        j -= 1
    return j >= clause.start and (tokens[j].pos == "PDAT" or tokens[j].pos == "ART" and tokens[j].lemma.lower() in {
        "der", "die", "das", "d"})
