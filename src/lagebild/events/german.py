"""The German event coder: triggers from the lexicon, actors from clause structure.

Per sentence: a cheap prefilter (lexicon stems) -> HanTa tags -> clauses -> actor
mentions placed in clauses (plus pronouns/descriptions resolved from the discourse) ->
triggers (verbs with particles, nouns incl. compound heads, light-verb constructions) ->
source/target, status, attribution, date -> nested events (the content of an
accusation or denial) -> merge duplicates.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ..actors.context import ContextCues, is_foreign, is_near, resolve_article, subject_guess
from ..model import UNKNOWN_CODE, ActorRef, Article, Event, Mention, PartialDate, Sentence
from ..nlp.tagger import Tagged, tag_tokens
from ..resources import load_yaml
from .arguments import (
    SELF_CONTAINED_ACTS,
    Arguments,
    bare_candidates,
    group_of,
    noun_arguments,
    pick_objects,
    pick_subject,
    placed_fight,
)
from .assemble import ONE_MEETING_TYPES, actor_refs, confidence, has_known_actor, merge_duplicates
from .attribution import Attribution, AttributionCues, find_attribution
from .clauses import (
    CONTRACTIONS,
    Clause,
    Participant,
    clause_lemmas,
    place_participants,
    preposition_of,
    segment_clauses,
    verb_lemma,
)
from .coref import CorefCues, Discourse, resolve_references, same_role_antecedent, thing_antecedent
from .dates import DateResolver
from .lexicon import Lexicon, Trigger, choose
from .status import StatusCues, clause_status, is_habitual

# types whose events need no target (PLOVER: the actor mobilises or protests on its own)
UNDIRECTED_TYPES = frozenset({"MOBILIZE", "PROTEST"})
# undirected acts whose later mention without a target of its own goes on against the target the story's
# earlier act of the same side named ("Tausende protestieren gegen X ... Sie versammelten sich vor dem Rathaus"),
# and whose doer, a state's opposition, acts against its own state ("Proteste der Opposition")
CONTINUED_TARGET_TYPES = frozenset({"PROTEST"})
# sectors of a state's own bodies (an unnamed "Polizei" or "Sprecher" belongs to the story's state)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# mentions that name a place (a state or its cities), not an organisation or a person
PLACE_KINDS = frozenset({"state", "capital", "city"})
# an actor inferred from the story rather than read in the sentence lowers an event's confidence
IMPLICIT_PENALTY = 0.15
# acts a state's police, courts and government mostly direct at its own people
DOMESTIC_TYPES = frozenset({"COERCE"})
DOMESTIC_MODES = frozenset({"arrest", "seize", "ban", "censor", "curfew", "martial-law"})
# demands are often addressed to unnamed parties ("die internationale Gemeinschaft"): no implicit target
UNNAMED_TARGET_TYPES = frozenset({"REQUEST"})
QUOTE_MARKS = frozenset({'"', "„", "“", "”", "»", "«"})
# personal pronouns that can only be (or, "sie" and "es", mostly are) a clause's subject
NOMINATIVE_PRONOUNS = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr"})
# a noun act in such a PP is talked about, not told ("Es ging um Abschiebungen")
TOPIC_PREPOSITIONS = frozenset({"um", "über", "von"})
# acts a story's own state does where no earlier act of the type names a side: its parades, tests,
# manoeuvres ("Die Siegesparade begann um 10 Uhr")
STORY_STATE_TYPES = frozenset({"MOBILIZE"})
# acts whose noun without any side of its own in the sentence talks about one told before (a meeting is
# reported with its participants): no new event
RETOLD_NOUN_TYPES = frozenset({"CONSULT"})
# acts whose definite noun as a main clause's subject is the act the sentence reports on ("Die Luftschläge seien
# im Norden erfolgt"): the story's act told again with its details, an event with the story's sides
REPORTED_SUBJECT_TYPES = frozenset({"ASSAULT", "SANCTION"})
# acts whose noun in a PP of circumstance ("bei dem Anschlag", `bystander_prepositions` in cues.yaml) tells what
# happened around the clause's subject, who need not have done it ("Die Polizei geht bei dem Anschlag von Terror
# aus", "Bei dem Angriff starb ein Soldat"): no side from the subject; the act keeps the story's sides
BYSTANDER_TYPES = frozenset({"ASSAULT"})
# acts of crowds the text may leave unnamed ("Tausende Landwirte protestierten"): the unnamed doers stay the act's
# side and the story gives its counterpart
UNNAMED_CROWD_TYPES = frozenset({"PROTEST"})
# acts whose unnamed doer is filled only by a side the article names as doing that act elsewhere (or, for
# attacks, by armed forces it names): a shooting or a drone strike with no named attacker stays unattributed
# (GUIDELINES: unknown is "---", not a guess)
KNOWN_DOER_TYPES = frozenset({"ASSAULT"})
# slots where an entry's doer stands as a phrase of its own (not only in a PP)
NAMING_SLOTS = frozenset({"subj", "acc", "dat", "gen", "adj", "poss", "speaker"})
# restrictions that may act on a place rather than on an actor ("sperrt die Straße von Hormus")
PLACE_ACTS = frozenset({("COERCE", "restrict")})
# acts whose unnamed side, in a story about one state's own affairs, is that state
DOMESTIC_TARGET_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "COERCE"})
# ... and acts whose missing target, where the one-state story's own side does them, is that state: an attack by its
# own extremists hits it ("Deutsche Rechtsextremisten verübten einen Brandanschlag": DEU -> DEU, not another state)
HOME_TARGET_TYPES = DOMESTIC_TARGET_TYPES | {"ASSAULT"}
# restrictions and their easing told in the passive with no side but the place: the place's state on its own people
PLACED_DOMESTIC_TYPES = frozenset({"COERCE", "CONCEDE"})
# acts on people whose unnamed doer, in a one-state story, is that state ("Sechs Oppositionelle freigelassen")
DOMESTIC_SOURCE_MODES = frozenset({"release", "convict", "crowd-control"})
# threats whose PP may name an addressee no actor stands for ("Drohungen gegen ausländische Botschaften",
# "eine Warnung an Schiffe"): the threatened party is unnamed, not the story's other side
UNNAMED_ADDRESSEE_TYPES = frozenset({"THREATEN"})
# pledges and aid told in the passive with a recipient and no agent ("Für den Sudan wurden Hilfen zugesagt"): the
# givers are unsaid, no story actor; unlike acts of state power, whose unnamed doer is the story's state
UNSAID_GIVER_TYPES = frozenset({"AGREE", "AID"})
# a noun's PP ends within this many tokens ("gegen dortige ausländische Botschaften")
PP_REACH = 5
# interactions that need two different parties
BETWEEN_STATES_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "MOBILIZE"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# a promise without an addressee is made to the side of the act it promises only where that act is done for or with
# that side ("sagte zu, Polen Panzer zu liefern"); the victim of a promised attack ("erklärte sich bereit, einen
# Anschlag in den USA zu verüben") is no one the promise is made to (_promised_targets)
PROMISED_SIDE_TYPES = frozenset({"AID", "COOPERATE", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT"})
NO_IMPLICIT_TARGET_TYPES = UNDIRECTED_TYPES | RECIPROCAL_TYPES | UNNAMED_TARGET_TYPES
# speech acts whose content (a demanded, threatened, rejected or criticised act) is not an event of its own
CONTENT_SWALLOWING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})
# acts that promise an act in a zu-infinitive: the promised act is no event of its own
PROMISE_TYPES = frozenset({"AGREE"})
# a demand whose clause names no addressee is aimed at the subject of its dass-clause (_content_subject)
CONTENT_ADDRESSEE_TYPES = frozenset({"REQUEST"})
# attacks an accusation blames on someone without naming whom they hit: the accuser is the one hit
ACCUSER_HIT_TYPES = frozenset({"ASSAULT"})
# speech acts whose speaker is the event's source, not its reporter (GUIDELINES)
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})


@dataclass
class StoryMarks:
    """What the sentences tell about their events that the story-level steps need (sets of `id(event)`)."""

    place_acts: set[int] = field(default_factory=set)  # act on a place or happen in one: no implicit target
    placed_targets: set[int] = field(default_factory=set)  # attacks whose target is only the place they happen in
    course_acts: set[int] = field(default_factory=set)  # meetings whose course a sentence tells: the story's meeting
    passive_charges: set[int] = field(default_factory=set)  # accusations told in the passive without their accuser
    doers_unnamed: set[int] = field(default_factory=set)  # acts whose doer the text leaves unsaid: no implicit source

    def carry(self, model: Event, event: Event) -> None:
        """An act that continues the story's earlier one (_inherit_story_actors) keeps its marks on the sides."""
        for marked in (self.place_acts, self.doers_unnamed):
            if id(model) in marked:
                marked.add(id(event))


@dataclass
class Found:
    """A trigger found in a sentence."""

    index: int
    clause: int
    trigger: Trigger
    noun: bool
    role: str = ""  # for nouns: how the noun stands to its clause's verb (see GermanCoder._noun_role)
    attributive: bool = False  # a judging adjective before a noun ("ein rücksichtsloser Akt Russlands")
    impending: bool = False  # a noun event that "droht" someone ("Dem Iran drohen neue Sanktionen")
    described: bool = False  # an act told by an attribute participle ("der von Frankreich festgesetzte Tanker")
    otherwise: Trigger | None = None  # the sense to take where a needs_target entry finds no target


def _polar_question(tokens: list[Tagged]) -> bool:
    """A question that opens with its finite verb ("Gibt es eine Verbindung zur Niederschlagung des Aufstands?")
    asks whether, like "ob": it tells no act. A wh-question ("Wer steckt hinter den Schüssen?") takes its act as
    given and stays."""
    words = [t for t in tokens if t.text not in QUOTE_MARKS]
    return bool(words) and words[-1].text == "?" and words[0].pos in {"VVFIN", "VAFIN", "VMFIN"}


def _before_noun_phrase(tokens: list[Tagged], head: int) -> int:
    """The index before the nouns and adjectives that end at head (quotation marks inside them included):
    where a determiner or quantifier of the phrase would stand; -1 at the sentence's start."""
    k = head
    while k >= 0 and (tokens[k].pos in {"NN", "ADJA"} or k < head and tokens[k].text in QUOTE_MARKS):
        k -= 1
    return k


class GermanCoder:
    """Codes German articles into events."""

    # tags of words that open a noun phrase as a determiner (article, possessive, demonstrative, quantifier, number)
    DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIS", "CARD", "PRELAT", "PWAT"})

    def __init__(self, lexicon: Lexicon, cues: dict, dates: DateResolver) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.dates = dates
        self.status_cues = StatusCues(cues)
        self.attribution_cues = AttributionCues(cues)
        self.coref_cues = CorefCues(cues)
        self.support_verbs = frozenset(cues["support_verbs"])
        self.temporal_preps = frozenset(cues["temporal_prepositions"])
        self.background_preps = frozenset(cues["background_prepositions"])
        self.anchor_preps = frozenset(cues["anchor_prepositions"])
        self.means_preps = frozenset(cues["means_prepositions"])
        self.igo_sanction_acts = frozenset(tuple(act.split()) for act in cues["igo_sanction_acts"])
        self.placed_doer_acts = frozenset(tuple(act.split()) for act in cues["placed_doer_acts"])
        self.frame_nouns = frozenset(cues["frame_nouns"])
        self.reason_preps = frozenset(cues["reason_prepositions"])
        self.complement_for_words = frozenset(cues["complement_for_words"])
        self.reported_speech = frozenset(cues["reported_speech_forms"])
        self.agent_nouns = frozenset(cues["agent_nouns"])
        self.exact_agent_nouns = frozenset(cues["exact_agent_nouns"])
        self.non_target_preps = frozenset(cues["non_target_prepositions"])
        self.absent_act_preps = frozenset(cues["absent_act_prepositions"])
        self.exemption_words = frozenset(cues["exemption_words"])
        self.time_nouns = frozenset(cues["time_nouns"])
        self.cancelling_verbs = frozenset(cues["cancelling_verbs"])
        self.own_cancelling_verbs = frozenset(cues["own_cancelling_verbs"])
        self.course_verbs = frozenset(cues["course_verbs"])
        self.participle_like_infinitives = tuple(cues["participle_like_infinitives"])
        self.speech_types = frozenset(cues["speech_types"])
        self.content_subordinators = frozenset(cues["content_subordinators"])
        self.backing_preps = frozenset(cues["backing_prepositions"])
        self.inclusive_preps = frozenset(cues["inclusive_prepositions"])
        self.content_preps = {type_: frozenset(preps) for type_, preps in cues["content_prepositions"].items()}
        self.speech_verbs = frozenset(cues["judging_speech_verbs"])
        self.impending_verbs = frozenset(cues["impending_verbs"])
        self.addressee_preps = frozenset(cues["addressee_prepositions"])
        self.voting_verbs = frozenset(cues["voting_verbs"])
        self.announce_verbs = frozenset(cues["announce_verbs"])
        self.judging_verbs = frozenset(cues["judging_verbs"])
        self.participation_verbs = frozenset(cues["participation_verbs"])
        self.responsibility_claims = {word: frozenset(verbs) for word, verbs in cues["responsibility_claims"].items()}
        self.participant_nouns = frozenset(cues["participant_nouns"])
        self.number_nouns = frozenset(cues["number_nouns"])
        self.undergoer_nouns = frozenset(cues["undergoer_nouns"])
        self.undergoer_participles = frozenset(cues["undergoer_participles"])
        self.receiving_verbs = frozenset(cues["receiving_verbs"])
        self.charge_verbs = frozenset(cues["charge_verbs"])
        self.generic_quantifiers = frozenset(cues["generic_quantifiers"])
        self.class_relative_pronouns = frozenset(cues.get("class_relative_pronouns") or [])
        self.plural_articles = frozenset(cues.get("plural_articles") or [])
        self.purpose_openers = frozenset(cues.get("purpose_openers") or [])
        self.indefinite_articles = frozenset(cues.get("indefinite_articles") or [])
        self.classifying_determiners = frozenset(cues["classifying_determiners"])
        self.readiness_adjectives = frozenset(cues["readiness_adjectives"])
        self.classified_pronouns = frozenset(cues["classified_pronouns"])
        self.attempt_nouns = frozenset(cues["attempt_nouns"])
        self.sports_words = frozenset(w.lower() for w in cues["sports_words"])
        self.sports_threshold = int(cues["sports_threshold"])
        self.object_articles = frozenset(cues["object_articles"])
        self.act_participles = dict(cues["act_participles"])
        self.doing_participles = frozenset(cues["doing_participles"])
        self.own_act_reporting_verbs = frozenset(cues["own_act_reporting_verbs"])
        self.place_objects = frozenset(cues["place_objects"])
        self.intention_nouns = frozenset(cues["intention_nouns"])
        self.context_cues = ContextCues.load("de")
        self.modifier_nouns = self.context_cues.modifier_nouns
        self.negation_idioms = {lemma: frozenset(types) for lemma, types in cues["negation_idioms"].items()}
        self.conditional_threat_types = frozenset(cues["conditional_threat_types"])
        self.subject_possessives = frozenset(cues["subject_possessives"])
        self.relational_nouns = frozenset(cues["relational_nouns"])
        # their inflected forms as a compound's last part ("des NATO-Partners", "mit den NATO-Partnern")
        self.relational_forms = frozenset(noun + ending for noun in self.relational_nouns
                                          for ending in ("", "s", "n", "en"))
        self.act_judging_types = frozenset(cues["act_judging_types"])
        self.claimed_act_types = frozenset(cues["claimed_act_types"])
        self.condition_subordinators = frozenset(cues["condition_subordinators"])
        self.condition_verbs = frozenset(cues["condition_verbs"])
        self.mutual_partner_types = frozenset(cues["mutual_partner_types"])
        self.meeting_setting_preps = frozenset(cues["meeting_setting_prepositions"])
        self.bystander_preps = frozenset(cues["bystander_prepositions"])

    @classmethod
    def load(cls) -> GermanCoder:
        """The coder with the bundled German data."""
        return cls(Lexicon.load("de"), load_yaml("de", "cues.yaml"), DateResolver.for_language("de"))

    def code(self, article: Article, sentences: list[Sentence], mentions: list[list[Mention]],
             context: list[list[Mention]] | None = None) -> list[Event]:
        """Events of an article; mentions[i] are the actor mentions of sentences[i], context[i] the same
        resolved in article context (resolved here where not given)."""
        if self._sports_report(sentences):
            return []  # "Benfica trifft in Lissabon auf Zenit", "Vidal schoss die Gäste in Führung"
        times = self.dates.resolve_article(article, sentences)
        context = context if context is not None else resolve_article(sentences, mentions, "de", self.context_cues)
        # places only near the act ("nahe der Elfenbeinküste", as the actor stage marks them) do not make their
        # state the story's, whose bodies an unnamed "Sicherheitskräfte" are
        near = {(m.start, m.end) for ms in context for m in ms if m.kind in PLACE_KINDS and is_near(m)}
        memory = Discourse.for_article(mentions)
        events: list[Event] = []
        marks = StoryMarks()
        for sentence, sentence_mentions, exprs in zip(sentences, mentions, times, strict=True):
            sentence_mentions = [self._resolve_role(m, memory) for m in sentence_mentions]
            found, subjects = self._code_sentence(article, sentence, sentence_mentions, exprs, memory, marks)
            memory.remember([m for m in sentence_mentions if (m.start, m.end) not in near], subjects)
            memory.remember_events(found)
            events.extend(found)
        events = _inherit_story_actors(events, marks)
        _target_at_place(events, marks.placed_targets)
        _continue_targets(events)
        self._fill_implicit(events, mentions, marks)
        events = _one_meeting_per_sentence(events)
        # an unnamed attack outside a one-state story stays unplaced: dropped
        # ... and so is an accusation without sides outside a one-state story
        return [e for e in events if (has_known_actor(e) or not _unnamed_attack(e))
                and not (id(e) in marks.passive_charges and _accused_without_accuser(e))]

    def _fill_implicit(self, events: list[Event], mentions: list[list[Mention]], marks: StoryMarks) -> None:
        """Sides the sentence leaves unnamed: the story's salient actors (news teasers name
        their main dyad in the title and lead, later sentences leave it implicit)."""
        salience: Counter = Counter()
        for i, sentence_mentions in enumerate(mentions):
            for m in sentence_mentions:
                if m.code != UNKNOWN_CODE and m.kind != "pronoun":
                    salience[m.code] += 2 if i == 0 else 1
        ranked = [code for code, _ in salience.most_common()]
        counts = [n for _, n in salience.most_common(2)] + [0, 0]
        # a story about one state's own affairs (it is named at least twice as often as any other)
        home = ranked[0] if ranked and counts[0] >= 2 * max(counts[1], 1) else None
        unnamed = {(m.start, m.end) for ms in mentions for m in ms if m.kind == "unnamed"}
        named_doers = _named_doers(events)
        # the armed forces a story names may be its unnamed attacker ("Das US-Militär ... Am Morgen habe es ...");
        # an armed group is an attacker only where the story tells its attack ("der Aufstand der Wagner-Gruppe")
        named_doers.setdefault("ASSAULT", set()).update(
            m.code for ms in mentions for m in ms if m.sector == "MIL" and m.code != UNKNOWN_CODE and m.kind != "group")
        for event in events:
            if _unnamed_attack(event):
                # "Der Mann war in die Demonstranten gefahren": in a story about one state's own affairs the
                # unnamed attacker stays unknown (guideline 8) and hits that state's people
                event.target = [ActorRef(home, "", None)] if home is not None else event.target
                continue
            if id(event) in marks.passive_charges and _accused_without_accuser(event):
                # "Dem Mann wird versuchter Mord vorgeworfen": in a story about one state's own affairs its
                # authorities accuse one of its people; elsewhere the accusation names no side and is dropped
                if home is not None:
                    text = event.target[0].text if event.target else ""
                    event.source, event.target = [ActorRef(home, "", None)], [ActorRef(home, text, None)]
                    event.confidence = round(max(0.1, event.confidence - IMPLICIT_PENALTY), 2)
                continue
            codes = {a.code for a in event.source + event.target}
            mutual = len({a.code for a in event.source}) >= 2  # "greifen sich gegenseitig an"
            unknown_target = bool(event.target) and all(a.code == UNKNOWN_CODE for a in event.target)
            if unknown_target and event.type in {"COERCE", "ASSAULT"} and _state_body(event.source, {"COP", "MIL"}) \
                    and not all(self._unnamed_person(a, unnamed) for a in event.target):
                # "malische Soldaten nahmen mutmaßliche Kämpfer fest": unnamed people in the state's own land;
                # "einen Mann", "eine Drohne" stay unnamed (guideline 8)
                event.target = [ActorRef(event.source[0].code, event.target[0].text, None)]
            if not event.target and event.type in DOMESTIC_TYPES and (
                    _state_body(event.source, {"COP", "JUD"}) or event.mode in DOMESTIC_MODES and _state_body(
                        event.source, {"GOV", "MIL", "LEG"})):
                # police raids, arrests, bans: a state acts on its own people unless the text says otherwise
                event.target = [ActorRef(event.source[0].code, "", None)]
            offer = event.type == "AGREE" and not self._mutual_rule(event.rule)  # "offen für Hilfe": to the other side
            if not event.target and not mutual and (event.type not in NO_IMPLICIT_TARGET_TYPES or offer) \
                    and (event.type, event.mode) not in SELF_CONTAINED_ACTS and id(event) not in marks.place_acts:
                other = next((c for c in ranked if c not in codes), None)
                if home is not None and codes == {home} and event.type in HOME_TARGET_TYPES:
                    other = home  # "die Polizeiaktion verstoße gegen die Verfassung": the state's own affair
                if other:
                    event.target = [ActorRef(other, "", None)]
                    event.confidence = round(max(0.1, event.confidence - IMPLICIT_PENALTY), 2)
            # protesters the text does not name stay unnamed
            if event.type != "PROTEST" and (not event.source or all(a.code == UNKNOWN_CODE for a in event.source)) \
                    and not self._unnamed_doer_rule(event.rule, event.type) and not self._unnamed_reactors(event) \
                    and id(event) not in marks.doers_unnamed:
                doers = named_doers.get(event.type, set()) if event.type in KNOWN_DOER_TYPES else None
                other = next((c for c in ranked if c not in codes and (doers is None or c in doers)), None)
                if home is not None and codes <= {home, UNKNOWN_CODE} and (
                        event.type in DOMESTIC_TARGET_TYPES or event.mode in DOMESTIC_SOURCE_MODES):
                    other = home  # "wurde ihres Amtes enthoben": in a one-state story, its own authorities
                elif self._arrest_at_home(event, codes, ranked, mentions[event.sentence_index]):
                    other = ranked[0]  # "wurden acht Soldaten festgenommen": the story's main state arrests its own
                if other:
                    event.source = [ActorRef(other, "", None)]
                    event.confidence = round(max(0.1, event.confidence - IMPLICIT_PENALTY), 2)

    def _unnamed_person(self, actor: ActorRef, unnamed: set[tuple[int | None, int | None]]) -> bool:
        """An unknown side that stands for someone unnamed (guideline 8), also where it is taken up: by "er/ihn/ihm"
        ("hat man ihn festgenommen" after "einen Mann") or from the story's act ("Festnahme in Berlin" after
        "hat einen Mann festgenommen": _inherit_story_actors keeps the span of the act's side)."""
        return (actor.start, actor.end) in unnamed or actor.text.lower() in self.coref_cues.person_pronouns

    @staticmethod
    def _arrest_at_home(event: Event, codes: set[str], ranked: list[str], mentions: list[Mention]) -> bool:
        """An arrest, raid or ban without a named doer in a sentence that names only the story's main state: that
        state acts on its own people (not in "Deutscher Journalist in Moskau festgenommen": Russia's)."""
        if not ranked or event.type not in DOMESTIC_TYPES or event.mode not in DOMESTIC_MODES \
                or codes - {UNKNOWN_CODE} != {ranked[0]}:
            return False
        return all(m.code in {ranked[0], UNKNOWN_CODE} for m in mentions)

    def _habitual(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause) -> bool:
        """A habitual clause, or a zu-infinitive governed by one ("Häufig versucht Nordkorea, die
        Gefangenen in Verhandlungen einzusetzen")."""
        if is_habitual(tokens, clause, self.status_cues) or self._generic_relative(tokens, clause):
            return True
        parent = clauses[clause.parent] if clause.kind == "inf" and clause.parent is not None else None
        return parent is not None and parent.finite is not None and any(
            f" {h} " in " " + " ".join(t.text.lower() for t in tokens[parent.start:parent.end]) + " "
            for h in self.status_cues.habitual)

    def _judged_possibility(self, tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """An indefinite act noun in a clause that only judges it with "sein" and an adjective ("dass eine
        Entsendung von Soldaten nicht förderlich sei", "nötig seien ... Sicherheitsgarantien"): a possible act
        is weighed, none is told."""
        if not item.noun or clause.finite is None or tokens[clause.finite].lemma.lower() != "sein":
            return False
        k = item.index - 1
        while k >= clause.start and tokens[k].pos == "ADJA":
            k -= 1
        span = tokens[clause.start:clause.end]
        # a bare noun (no article: first, after the verb, an adverb, "und" or a list comma) is indefinite too,
        # unless the judgement looks back ("Russische Angriffe seien erfolgreich gewesen": acts that happened)
        bare = (k < clause.start or tokens[k].pos in {"KON", "$,", "VAFIN", "ADV"}) and not any(
            t.pos == "VAPP" for t in span)
        if not bare and (k < clause.start or tokens[k].text.lower() not in self.indefinite_articles):
            return False
        # a hedging adverb ("ist mutmaßlich Ziel einer Störung geworden") judges nothing: it hedges a told act
        return any(t.pos == "ADJD" and t.text.lower() not in self.status_cues.allegation for t in span) \
            and not any(t.pos.startswith("VV") for t in span)

    def _purpose_clause(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause) -> bool:
        """An "um ... zu" clause on a clause with a full verb tells what an act is for, not that it happens
        ("kauft Panzer, um seine Armee aufzurüsten"); on a copula it completes a noun or adjective ("sei nicht
        der richtige Zeitpunkt, um Sanktionen zu lockern") and stays."""
        if tokens[clause.start].pos != "KOUI" or tokens[clause.start].text.lower() not in self.purpose_openers:
            return False
        before = [c for c in clauses if c.end <= clause.start]
        parent = clauses[clause.parent] if clause.parent is not None else before[-1] if before else None
        return parent is not None and any(tokens[k].pos.startswith("VV") for k in range(parent.start, parent.end))

    def _generic_relative(self, tokens: list[Tagged], clause: Clause) -> bool:
        """A relative clause on a phrase opened by a quantifier of a class ("jedes andere Land, das über einen
        Beitritt verhandelt", "alles, was illegal ist"): what holds for any member, no act told."""
        if clause.kind != "rel":
            return False
        k = clause.start - 1
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        head = k
        k = _before_noun_phrase(tokens, head)
        if k >= 0 and tokens[k].pos in {"PIAT", "PIS"} and tokens[k].text.lower() in self.generic_quantifiers:
            return True
        return self._class_description(tokens, clause, head)

    def _class_description(self, tokens: list[Tagged], clause: Clause, head: int) -> bool:
        """A present-tense relative clause on a plural noun without a determiner ("NATO-Mitglieder, die die USA
        nicht unterstützen", "für Flugzeuge gesperrt, die an Angriffen teilnehmen"): it says which members of a
        class are meant, no act told."""
        if tokens[clause.start].text.lower() not in self.class_relative_pronouns:
            return False
        while head >= 0 and tokens[head].pos.startswith("V") and tokens[head].pos != "VVFIN":
            head -= 1  # extraposed: the relative clause follows the verbs that close the clause before it
        k = _before_noun_phrase(tokens, head)
        if head < 0 or tokens[head].pos != "NN":
            return False
        definite_plural = k >= 0 and tokens[k].text.lower() in self.plural_articles
        if k >= 0 and tokens[k].pos in self.DETERMINER_TAGS and not definite_plural:
            return False
        # a full verb in the present (a plural present may be tagged as an infinitive): a preterite tells an act
        # ("Demonstranten, die versuchten, ...")
        verbs = [clause.finite] if clause.finite is not None else clause.verbs[-1:]
        if not verbs or tokens[verbs[0]].pos not in {"VVFIN", "VVINF"} \
                or self.dates.words.preterite(tokens[verbs[0]].text, tokens[verbs[0]].lemma):
            return False
        return not definite_plural or tokens[verbs[0]].text.endswith("en")  # "den Ländern, die ... ablehnen"

    def _sports_report(self, sentences: list[Sentence]) -> bool:
        """Whether the article reports sport: its words of matches and leagues reach the threshold,
        where "trifft auf", "schoss", "erobert" and the teams' countries are no political acts."""
        hits = sum(sum(map(self.sports_words.__contains__, map(str.lower, s.words))) for s in sentences)
        return hits >= self.sports_threshold

    def _rule_triggers(self, rule: str) -> list[Trigger] | None:
        """The lexicon entries of an event's rule ("V:vereinbaren"); None for a rule of no part of speech."""
        pos, _, lemma = rule.partition(":")
        lookup = {"V": self.lexicon.verbs, "N": self.lexicon.nouns, "A": self.lexicon.adjectives}.get(pos)
        return None if lookup is None else list(lookup(lemma))

    def _mutual_rule(self, rule: str) -> bool:
        """Whether the trigger of an event's rule is a mutual act."""
        triggers = self._rule_triggers(rule)
        return triggers is None or any(t.reciprocal for t in triggers if t.type == "AGREE")

    def _unnamed_doer_rule(self, rule: str, event_type: str) -> bool:
        """Whether the event's trigger names no doer by design ("steht im Verdacht": who suspects is unsaid)."""
        return any(not t.source for t in self._rule_triggers(rule) or [] if t.type == event_type)

    def _unnamed_reactors(self, event: Event) -> bool:
        """A reaction whose bearers only a PP names, beside the subject it is aimed at, and no phrase names here:
        "Die Pläne haben heftige Kritik ausgelöst" (without "in Peking") leaves the critics unnamed (guideline 8),
        not the story's other side."""
        return not event.source and any("subj" in t.target and not set(t.source) & NAMING_SLOTS
                                         for t in self._rule_triggers(event.rule) or [] if t.type == event.type)

    def _resolve_role(self, mention: Mention, memory: Discourse) -> Mention:
        """'der Ministerpräsident' without a country: the person last named with that role; 'das
        Schiff': the vessel last named with a country."""
        if mention.code != UNKNOWN_CODE or mention.kind not in {"role", "person", "unnamed"}:
            return mention
        earlier = thing_antecedent(mention, memory, self.coref_cues) if mention.kind == "unnamed" else \
            same_role_antecedent(mention, memory)
        if earlier is None and mention.kind == "role" and memory.last_groups \
                and tuple(mention.text.lower().split()) in self.coref_cues.groups:
            # "Die Rebellen riefen ... auf": a definite group description takes up the group named last
            # (group_descriptions in cues.yaml; the actor stage reads the phrase as a role)
            earlier = memory.last_groups[-1]
        if earlier is None:
            return mention
        return replace(mention, code=earlier.code, sector=mention.sector or earlier.sector,
                       entry=f"coref:{earlier.entry}")

    # one sentence -------------------------------------------------------------------

    def _code_sentence(self, article, sentence, mentions, exprs, memory: Discourse, marks: StoryMarks):
        if not self._worth_tagging(sentence, mentions, memory):
            # cascade: tagging (the costly step) only where a trigger and an actor may stand
            memory.last_claim = None
            leading = _leading_group(sentence, mentions, self.object_articles)
            return [], [leading] if leading else []
        tokens = self._infinitives_before_werden(tag_tokens(sentence.tokens))
        clauses = segment_clauses(tokens, self.cues)
        refs = resolve_references(sentence.index, tokens, mentions, memory, self.coref_cues)
        dateline = _dateline_end(tokens)
        placed = place_participants(tokens, clauses, list(mentions) + refs, self.agent_nouns, self.exact_agent_nouns,
                                    self.number_nouns)
        parts = [p for p in placed if p.first >= dateline and not self._describes_a_thing(tokens, p)]
        parts = [p for p in parts if not _describes_a_group(p, parts)]
        parts = [self._unname_relation(tokens, p) for p in parts if not self._owner_of_named_relation(tokens, p, parts)]
        self._resolve_bodies(sentence, parts, memory)
        found = self._drop_background(tokens, clauses, parts, self._find_triggers(tokens, clauses, memory.told_nouns))
        # "erklärte den Krieg": a reporting verb that carries the event is no attribution
        attribution = find_attribution(tokens, clauses, parts, self.attribution_cues,
                                       skip={f.index for f in found if not f.noun} | self._carrying_verbs(
                                           tokens, clauses, found))
        self._speakers_own_bodies(sentence, parts, attribution)
        in_quote = any(t.text in QUOTE_MARKS for t in tokens)
        speaker = _speaker_pronouns(parts, attribution, self.coref_cues.first_person,
                                    memory.last_speaker if in_quote else None)
        goes_on = speaker is None and memory.last_speaker is not None and self._reported_speech(tokens, clauses)
        if goes_on:
            attribution.continued_speaker = Participant(
                replace(memory.last_speaker, text="", start=sentence.start, end=sentence.start), -1, -1, -1, "speaker")
        memory.last_speaker = speaker or (memory.last_speaker if in_quote or goes_on else None)
        continued = None
        if not attribution.codes and memory.last_claim and self._reported_speech(tokens, clauses) \
                and not self._own_report(tokens, found):
            # a Konjunktiv sentence with a speech verb of its own ("teilte sein Büro mit", "kritisierte er")
            # is a new report, not the previous claim going on
            continued = memory.last_claim  # a Konjunktiv sentence goes on with the previous claim
            attribution.codes = list(continued[1])
        verb_triggers: dict[int, list[Trigger]] = {}
        noun_acts = [f for f in found if f.noun]
        for f in found:
            if not f.noun:
                verb_triggers.setdefault(f.clause, []).append(f.trigger)
        subjects: dict[int, list[Participant]] = {}
        built: list[tuple[Found, Arguments, str]] = []
        for item in found:
            clause = clauses[item.clause]
            if self._judged_possibility(tokens, clause, item) or _polar_question(tokens):
                continue
            if self._habitual(tokens, clauses, clause) or self._purpose_clause(tokens, clauses, clause) and not (
                    # "werde die Verfassung ändern, um ihn absetzen zu können" after a condition: a threat of it
                    item.trigger.type in self.conditional_threat_types
                    and self._conditional_consequence(tokens, clauses, item.clause)):
                continue
            args = self._arguments(tokens, clauses, parts, item, subjects, attribution,
                                   verb_triggers.get(item.clause, []), noun_acts)
            if args is None and item.otherwise is not None:
                # "kauft in den USA Panzer für seine Armee": no aid to anyone named, the purchase stays
                item = replace(item, trigger=item.otherwise, otherwise=None)
                args = self._arguments(tokens, clauses, parts, item, subjects, attribution,
                                       verb_triggers.get(item.clause, []), noun_acts)
            if args is None:
                continue
            joint = self._joint_sense(item, args)
            if joint is not None:
                # "ein Großmanöver der USA und Südkoreas": held by two states together, it is their joint exercise
                item, args = replace(item, trigger=joint), Arguments(args.source, [], True)
            if not args.target and item.trigger.type in self.speech_types:
                args.target = self._addressee(parts, item.clause, args.source)
            status = clause_status(tokens, clause, item.index, self.status_cues, noun=item.noun)
            if status == "asserted" and item.noun and self._cancelled(tokens, clause, item.index):
                status = "negated"
            if status == "negated" and ({"kein", "nicht"} & set(item.trigger.with_) or item.trigger.type in
                                        self.negation_idioms.get(item.trigger.lemma, ())):
                # "keine Beweise", "nicht hinnehmbar", "schloss X nicht aus": the negation is the trigger's own word
                status = "asserted"
            if status == "asserted" and self._planned_by_parent(tokens, clauses, clause):
                status = "intended"  # "versucht, ihre Beziehungen ... zu vertiefen"
            if continued and status == "asserted":
                status = continued[0]
            if item.role == "agreed" and status == "asserted" or item.impending:
                status = "intended"
            built.append((item, args, status))
        built = self._apply_content(tokens, clauses, parts, built)
        built = self._apply_prevention(tokens, clauses, built)
        events = []
        demands: set[tuple[frozenset[str], frozenset[str]]] = set()  # (demanders, addressees) of reported demands
        for item, args, status, reporters in self._with_reporters(built, attribution):
            event = self._event(article, sentence, tokens, exprs, item, args, status, reporters, clauses[item.clause])
            announcers = self._joint_announcers(tokens, clauses, parts, subjects, item, status)
            if announcers:
                event = self._as_agreement(event, announcers)
            demander = self._reported_demander(tokens, clauses, clauses[item.clause], attribution, memory)
            if demander is not None and item.trigger.type != "REQUEST":
                event = self._as_request(event, demander)
                key = (frozenset(a.code for a in event.source), frozenset(a.code for a in event.target))
                if key in demands:
                    continue  # "Südkorea müsse sich entschuldigen und die Planer hinrichten lassen": one demand
                demands.add(key)
            elif item.trigger.type in self.conditional_threat_types and self._conditional_consequence(
                    tokens, clauses, item.clause):
                addressee = [] if event.target else _unnamed_addressee(tokens, clauses[item.clause], item, parts)
                event = self._as_threat(event, attribution, memory, actor_refs(addressee))
            if item.trigger.type in CONTINUED_TARGET_TYPES and event.source and not event.target:
                event.target = self._backed_opposition_state(parts, item.clause)
            if not event.target and (args.unnamed_target or self._acts_on_place(tokens, clauses[item.clause], item)
                                     or item.noun and placed_fight(item.trigger, args)
                                     or _attack_at_home(event, args, parts, item.clause)):
                marks.place_acts.add(id(event))
            if args.placed:
                marks.placed_targets.add(id(event))
            if args.course:
                marks.course_acts.add(id(event))
            if item.trigger.lemma in self.charge_verbs and not item.noun and clauses[item.clause].passive \
                    and not args.source:
                marks.passive_charges.add(id(event))  # "Dem Mann wird Mord vorgeworfen": the accuser is not told
            if args.doer_unnamed and not event.source:
                marks.doers_unnamed.add(id(event))
            events.append(event)
        events.extend(self._bare_demands(article, sentence, tokens, exprs, clauses, parts, subjects, attribution,
                                         memory, {entry[0].clause for entry in built}))
        # events without any side wait for the story's sides (_inherit_story_actors)
        # ... and so do those whose only side is someone unnamed ("ist der Angeklagte verurteilt worden")
        # ... and so do unnamed officers' acts of state power ("Die Beamten setzten Tränengas ein")
        # ... and so do attacks by someone unnamed on people the text leaves unnamed ("Der Mann fuhr in die Menge")
        # and protests by crowds the text does not name ("protestieren Landwirte in Brüssel")
        events = [e for e in merge_duplicates(events)
                  if has_known_actor(e) or not e.source or _unnamed_authority(e) or _unnamed_attack(e)
                  or e.type in UNNAMED_CROWD_TYPES]
        events = _without_subsumed_support(events)
        if continued is None:
            events.extend(self._claims_as_accusations(events))
        self._fill_deny_targets(events, memory)
        claims = [(e.status, e.reported_by) for e in events if e.status == "alleged" and e.reported_by]
        memory.last_claim = claims[0] if claims else (continued if continued else None)
        # the main clause's subject is the one a later pronoun most likely takes up: remembered last
        for ci, clause in enumerate(clauses):
            if clause.kind == "main" and ci not in subjects:
                self._subject(tokens, clauses, ci, parts, subjects, set(attribution.participants))
        ordered = sorted(subjects.items(), key=lambda kv: clauses[kv[0]].kind == "main")
        subject_mentions = [[p.mention for p in group] for _, group in ordered]
        return events, subject_mentions

    def _acts_on_place(self, tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """Whether a restriction's object is a place closed to all ("sperrt die Straße von Hormus", "Teile der
        Meerenge würden gesperrt"): a listed place noun (or compound with that head) outside any PP."""
        if (item.trigger.type, item.trigger.mode) not in PLACE_ACTS:
            return False
        return any(k != item.index and (tokens[k].pos.startswith("NN") or tokens[k].pos == "NE")
                   and self._place_noun(tokens[k].lemma) and preposition_of(tokens, clause, k) is None
                   for k in range(clause.start, clause.end))

    def _place_noun(self, lemma: str) -> bool:
        return lemma in self.place_objects or any(
            lemma.endswith(place.lower()) and len(lemma) > len(place) + 2 for place in self.place_objects)

    def _describes_a_thing(self, tokens: list[Tagged], part: Participant) -> bool:
        """A nationality before a noun of make or origin ("Drohnen iranischer Bauart") describes a thing: no
        side of any act (the actor stage's modifier_nouns, data/actors/context.yaml)."""
        after = part.last + 1
        return part.mention.kind in {"adjective", "state"} and after < len(tokens) \
            and tokens[after].text.lower() in self.modifier_nouns

    def _unname_relation(self, tokens: list[Tagged], part: Participant) -> Participant:
        """A state that only owns a relation ("US-Verbündete", "amerikanische Partner") is not the
        side: those related to it stay unnamed ('---')."""
        compound = self._relational_compound(tokens[part.last].text)
        after = part.last + 1 < len(tokens) and part.mention.kind == "adjective" \
            and tokens[part.last + 1].lemma in self.relational_nouns
        if not (compound or after):
            return part
        return replace(part, mention=replace(part.mention, code=UNKNOWN_CODE))

    def _relational_compound(self, word: str) -> bool:
        """A compound whose head is a noun of a relation, also inflected ("US-Verbündete", "des NATO-Partners")."""
        return "-" in word and word.rsplit("-", 1)[1] in self.relational_forms

    def _owner_of_named_relation(self, tokens: list[Tagged], part: Participant, parts: list[Participant]) -> bool:
        """'des NATO-Partners Italien': the relation's owner before a name in apposition is no side; the
        named member is."""
        return self._relational_compound(tokens[part.last].text) and any(
            q.first == part.last + 1 and q.mention.code != UNKNOWN_CODE for q in parts)

    def _resolve_bodies(self, sentence: Sentence, parts: list[Participant], memory: Discourse) -> None:
        """'die Polizei', 'das Militär', 'ein Sprecher', 'die Opposition' without a country: the state
        where the clause places the act ("in Berlin"), else the state the article is about; someone
        else's people ("ausländische Delegationen", "westliche Truppen") stay unnamed."""
        for part in parts:
            m = part.mention
            if m.code != UNKNOWN_CODE or m.kind not in {"role", "person"} or m.sector not in STATE_SECTORS | {"OPP"}:
                continue
            # "Soldaten aus Südkorea": the state they come from
            origin = [p.mention.code for p in parts if p.slot == "aus" and p.first == part.last + 2
                      and p.mention.kind in PLACE_KINDS and p.mention.code != UNKNOWN_CODE]
            if not origin and (is_foreign(sentence, m, self.context_cues) or self._from_elsewhere(sentence, m)):
                continue  # "ausländische Delegationen", "westliche Truppen": someone else's people, not the story's
            places = [p.mention.code for p in parts if p.clause == part.clause and p.slot == "in"
                      and p.mention.kind in {"state", "capital", "city"} and p.mention.code != UNKNOWN_CODE]
            code = (origin or places or [None])[0] or memory.main_state(exclude=self._other_sides(parts, part))
            if code:
                part.mention = replace(m, code=code, entry=f"context:{m.entry}")

    def _speakers_own_bodies(self, sentence: Sentence, parts: list[Participant], attribution: Attribution) -> None:
        """'Seine Regierung bestehe darauf, ..., erklärte Rasmussen': a state body after a possessive, with no
        actor named before it in the sentence to own it, is the speaker's own, not the one the place, the story or
        an earlier government of another state gave it."""
        speakers = [p for p in attribution.speakers(parts) if p.mention.code != UNKNOWN_CODE]
        if not speakers:
            return
        for part in parts:
            m = part.mention
            if m.kind != "role" or not m.entry.startswith(("context:", "coref:")) or part in speakers:
                continue
            before = sentence.text[:m.start - sentence.start].split()[-1:]
            if not before or before[0].lower() not in self.context_cues.possessives or any(
                    p.mention.start < m.start and p.mention.code != UNKNOWN_CODE for p in parts if p is not part):
                continue
            part.mention = replace(m, code=speakers[0].mention.code, entry=f"speaker:{m.entry}")

    def _from_elsewhere(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether an origin phrase that names no state follows the role ("Delegationen aus der ganzen Welt"):
        they come from elsewhere, not from the place of the act or the story's state (as in the actor stage)."""
        rest = sentence.text[mention.end - sentence.start:].split()
        return bool(rest) and rest[0].lower() in self.context_cues.origin_prepositions

    def _other_sides(self, parts: list[Participant], part: Participant) -> set[str]:
        """States a description of a state's own leadership cannot mean: those its clause names as other
        sides ("Seoul plant einen Schlag gegen die Führung": not Seoul's own, that would be "seine Führung");
        an owner ("nach Angaben der Regierung") may be any side's."""
        noun = part.mention.text.split()[-1].lower()
        if part.slot in {"gen", "adj"} or noun not in self.coref_cues.description_nouns:
            return set()
        return {p.mention.code for p in parts if p.clause == part.clause and p is not part and p.slot != "in"
                and p.mention.code != UNKNOWN_CODE}

    def _fill_deny_targets(self, events: list[Event], memory: Discourse) -> None:
        """A denial answers the accusation before it (in an earlier sentence or earlier in its own: "X
        unterstellt Y, ... vorzubereiten, was Y bestreitet"): its target is the accuser."""
        for event in events:
            if event.type != "REJECT" or event.mode != "deny" or event.target:
                continue
            deniers = {a.code for a in event.source}
            own = [([a.code for a in e.source], [a.code for a in e.target]) for e in events
                   if e.type == "ACCUSE" and e.trigger_start < event.trigger_start]
            for accusers, accused in reversed(memory.accusations + own):
                if deniers & set(accused) or not accused:
                    event.target = [ActorRef(code, "", None) for code in accusers if code not in deniers]
                    break

    def _joint_announcers(self, tokens, clauses, parts, subjects, item: Found, status: str) -> list[Participant]:
        """Several actors announcing that they want to act together ("verkündeten, dass sie enger
        zusammenarbeiten wollten") have agreed (GUIDELINES convention 1): the announcers, or []."""
        clause = clauses[item.clause]
        if status != "intended" or clause.kind not in {"sub", "inf"} or clause.parent is None:
            return []
        parent = clauses[clause.parent]
        if not any(verb_lemma(tokens, k, parent) in self.announce_verbs for k in parent.verbs):
            return []
        group = pick_subject(tokens, parent, parts, set())
        return group if len({p.mention.code for p in group}) >= 2 else []

    def _reported_demander(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause,
                           attribution: Attribution, memory: Discourse) -> list[str] | None:
        """'Russland solle unverzüglich einer Waffenruhe zustimmen' (Konjunktiv I of sollen in reported
        speech): a demand of the speaker. The speaker's codes ([] when the story must supply them),
        or None where it is no such demand ("kündigte an, die Ukraine solle ... bekommen": a plan)."""
        if clause.finite is None:
            return None
        form = tokens[clause.finite].text.lower()
        said = form in self.status_cues.said_demand_forms and bool(attribution.participants)
        if form not in self.status_cues.demand_forms and not said:
            return None
        plans = self.announce_verbs | self.status_cues.intention_verbs
        if any(verb_lemma(tokens, k, c) in plans for c in clauses for k in c.verbs):
            return None
        if attribution.codes:
            return [c for c in attribution.codes if c != UNKNOWN_CODE]
        return [memory.last_speaker.code] if memory.last_speaker is not None else []

    def _bare_demands(self, article, sentence, tokens, exprs, clauses, parts, subjects, attribution: Attribution,
                      memory: Discourse, coded: set[int]) -> list[Event]:
        """'Schetyna sagte, der Botschafter solle Stellung nehmen': a reported demand (Konjunktiv solle/müsse) whose
        demanded act is no trigger is still the speaker's REQUEST to the main clause's named subject."""
        out: list[Event] = []
        if _polar_question(tokens):
            return out  # "Müsse Deutschland nicht mehr tun?" asks
        exclude = {id(p) for p in attribution.speakers(parts)}
        for ci, clause in enumerate(clauses):
            if ci in coded or clause.kind != "main" or ci in attribution.clauses:
                continue
            demander = self._reported_demander(tokens, clauses, clause, attribution, memory)
            if not demander:
                continue
            addressees = [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                          if p.mention.code != UNKNOWN_CODE and p.mention.code not in demander]
            if not addressees:
                continue
            tok = tokens[clause.finite]
            source, target = [ActorRef(c, "", None) for c in demander], actor_refs(addressees)
            out.append(Event(
                doc=article.doc, sentence_index=sentence.index, sentence=sentence.text,
                **self.lexicon.coding("REQUEST"), source=source, target=target,
                date=self.dates.sentence_date(exprs, at=tok.start - sentence.start), trigger=tok.text,
                trigger_start=tok.start, trigger_end=tok.end, confidence=confidence(source, target, False),
                rule="V:sollen"))
        return out

    def _claims_as_accusations(self, events: list[Event]) -> list[Event]:
        """'Die Truppen griffen offenbar Kliniken an, erklärte Kerry': a speaker's own claim that another side did a
        hostile act is his accusation of that side (GUIDELINES: its content is alleged), where the sentence tells
        none of its own (claimed_act_types in cues.yaml)."""
        out = []
        for e in events:
            reporters = set(e.reported_by)
            doers = [a for a in e.source if a.code != UNKNOWN_CODE]
            if e.status != "alleged" or e.type not in self.claimed_act_types or not reporters or not doers \
                    or reporters & {a.code for a in e.source}:
                continue
            if any(x.type == "ACCUSE" and reporters & {a.code for a in x.source} for x in events + out):
                continue
            out.append(replace(e, **self.lexicon.coding("ACCUSE", "allege"),
                               source=[ActorRef(c, "", None) for c in e.reported_by], target=list(doers),
                               status="asserted", reported_by=[], rule=f"claim:{e.rule}"))
        return out

    def _retype(self, event: Event, type_: str, mode: str | None = None) -> None:
        """Give the event the PLOVER type (and mode) that speech makes of it, with its CAMEO code and Goldstein
        score."""
        for field_name, value in self.lexicon.coding(type_, mode).items():
            setattr(event, field_name, value)

    def _as_request(self, event: Event, demander: list[str]) -> Event:
        """The demanded act becomes the speaker's request to the one who should act."""
        addressees = [a for a in event.source if a.code not in demander]
        self._retype(event, "REQUEST")
        event.source, event.target, event.status = [ActorRef(c, "", None) for c in demander], addressees, "asserted"
        event.reported_by = [c for c in event.reported_by if c not in demander]
        return event

    def _judged_act(self, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant], item: Found,
                    noun_acts: list[Found]) -> list[Participant] | None:
        """The doer(s) of the act a judging verb takes as its object ("kritisierte den russischen Angriff",
        "verurteilte die Festnahmen"); None where its object is no act noun."""
        clause = clauses[item.clause]
        if item.trigger.type not in self.act_judging_types or item.trigger.pos != "V" \
                or "acc" not in item.trigger.target:
            return None  # "begründete den Schritt mit X": what is justified is no judged act (X is its target)
        act = next((f for f in noun_acts if f.clause == item.clause and f.trigger.type != item.trigger.type
                    and preposition_of(tokens, clause, f.index) is None
                    and not any(p.first <= f.index <= p.last for p in parts)), None)
        if act is None:
            return None
        doer = noun_arguments(tokens, act.index, item.clause, parts, act.trigger).source
        if not doer:
            return self._taking_part(tokens, clauses, parts, act.index, item.clause)
        return group_of(parts, doer[0])

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

    def _conditional_consequence(self, tokens: list[Tagged], clauses: list[Clause], ci: int) -> bool:
        """Whether the act's clause (or the main clause its zu- or um-clause depends on) announces it in the
        future for the case that a condition holds: "Sollten die Rebellen vorrücken, werde die EU Sanktionen
        verhängen", "Wir werden angreifen, wenn sie nicht abziehen"."""
        main = ci
        while clauses[main].kind in {"inf", "sub"} and clauses[main].parent is not None \
                and clauses[main].subordinator not in self.condition_subordinators:
            main = clauses[main].parent
        clause = clauses[main]
        if clause.kind != "main" or clause.finite is None or clause.passive \
                or tokens[clause.finite].text.lower() not in self.status_cues.future:
            return False
        # werden with an infinitive (HanTa may tag a clause-final infinitive as finite: "schließen")
        if not any(tokens[k].pos in {"VVINF", "VAINF"} or tokens[k].pos == "VVFIN" and k != clause.finite
                   for k in range(clause.start, clause.end)):
            return False
        return any(k != main and (c.parent == main or abs(k - main) == 1) and self._condition(tokens, c)
                   for k, c in enumerate(clauses))

    def _condition(self, tokens: list[Tagged], clause: Clause) -> bool:
        """A clause that states a condition: "wenn/falls ...", or verb-first "Sollte X ...". """
        first = tokens[clause.start]
        return clause.subordinator in self.condition_subordinators or (
            first.pos == "VMFIN" and first.text.lower() in self.condition_verbs)

    def _as_threat(self, event: Event, attribution: Attribution, memory: Discourse,
                   addressee: list[ActorRef]) -> Event:
        """The conditionally announced act becomes a threat of its doer (else of the speaker who announces
        it) against its target (else the unnamed addressee of its own PP: "Zölle gegen Länder")."""
        speaker = [c for c in attribution.codes if c != UNKNOWN_CODE] or (
            [memory.last_speaker.code] if memory.last_speaker is not None else [])
        source = event.source or [ActorRef(c, "", None) for c in speaker]
        own = {a.code for a in source}
        self._retype(event, "THREATEN")
        event.source = source
        event.target = event.target or addressee  # "werde ... den Staatschef absetzen": a state's own affair
        event.status = "asserted"
        event.reported_by = [c for c in event.reported_by if c not in own]
        return event

    def _as_agreement(self, event: Event, announcers: list[Participant]) -> Event:
        """Actors who announce a joint act together have agreed on it."""
        self._retype(event, "AGREE")
        event.source, event.target, event.status = actor_refs(announcers), [], "asserted"
        own = {a.code for a in event.source}
        event.reported_by = [c for c in event.reported_by if c not in own]
        return event

    def _dated_in_clause(self, sentence: Sentence, tokens: list[Tagged], exprs, clause: Clause) -> bool:
        """Whether a time expression stands in the trigger's own clause."""
        first, last = tokens[clause.start].start - sentence.start, tokens[clause.end - 1].end - sentence.start
        return any(e.value is not None and first <= e.start < last for e in exprs)

    def _preterite_clause(self, tokens: list[Tagged], clause: Clause) -> bool:
        """Whether the clause's finite verb is a full verb in the preterite ("kritisierte", "trafen")."""
        if clause.finite is None or tokens[clause.finite].pos != "VVFIN":
            return False
        return self.dates.words.preterite(tokens[clause.finite].text, tokens[clause.finite].lemma)

    def _planned_by_parent(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause) -> bool:
        """A zu-infinitive under a verb or noun of planning or trying, or an adjective of readiness, is an intended act
        ("versucht, ... zu vertiefen", "Überlegungen, ... auszuschließen", "sind bereit, Truppen zu schicken")."""
        if clause.kind != "inf" or clause.parent is None:
            return False
        parent = clauses[clause.parent]
        return bool(clause_lemmas(tokens, parent) & (self.status_cues.intention_verbs | self.readiness_adjectives)) \
            or any(t.pos.startswith("NN") and t.lemma in self.intention_nouns for t in tokens[parent.start:parent.end])

    def _infinitives_before_werden(self, tokens: list[Tagged]) -> list[Tagged]:
        """HanTa tags a verb-final infinitive before a form of werden as a participle ("dass sie Sanktionen
        verhängen würden"), which reads as a passive and turns the sides round; a word that equals its lemma
        there is the infinitive of a future act, except where the participle has the same form
        ("dass er entlassen werde")."""
        out = list(tokens)
        for k, tok in enumerate(tokens[:-1]):
            if tok.pos == "VVPP" and tok.text.lower() == tok.lemma.lower() \
                    and tokens[k + 1].text.lower() in self.status_cues.future \
                    and not tok.lemma.lower().endswith(self.participle_like_infinitives):
                out[k] = tok._replace(pos="VVINF")
        return out

    def _worth_tagging(self, sentence: Sentence, mentions: list[Mention], memory: Discourse) -> bool:
        """Whether the sentence may hold a trigger (word-anchored prefilter) and an actor or a story."""
        if not (mentions or self._may_refer(sentence)):
            # no actor named: only an act of a type the story has told can take the story's sides (a
            # military display also the story state's, once the story is about something)
            if not memory.told_types:
                return False
            takers = memory.told_types | STORY_STATE_TYPES
            return not takers.isdisjoint(self.lexicon.candidate_types(sentence.text, sentence.words))
        if self.lexicon.has_candidate(sentence.text, sentence.words):
            return True
        if not (self.status_cues.demand_forms | self.status_cues.said_demand_forms).isdisjoint(
                w.lower() for w in sentence.words):
            return True  # "X solle Stellung nehmen, sagte Y": a reported demand whatever it demands (_bare_demands)
        # a pending claim goes on through a Konjunktiv sentence without a trigger; such a
        # sentence is tagged wherever the unanchored prefilter lets it through (as before)
        return memory.last_claim is not None and self.lexicon.has_candidate(sentence.text, anchored=False)

    def _may_refer(self, sentence: Sentence) -> bool:
        """Whether a sentence without named actors has a word that can refer to one."""
        return any(w.lower() in self.coref_cues.first_words or w.lower() in self.coref_cues.pronouns
                   for w in sentence.words)

    def _own_report(self, tokens: list[Tagged], found: list[Found]) -> bool:
        """Whether the sentence has a reporting or speech-act verb of its own."""
        return any(t.pos.startswith("VV") and t.lemma.lower() in self.attribution_cues.verbs for t in tokens) \
            or any(not f.noun and f.trigger.type in SPEECH_TYPES for f in found)

    def _reported_speech(self, tokens: list[Tagged], clauses: list[Clause]) -> bool:
        return any(c.finite is not None and (tokens[c.finite].text.lower() in self.reported_speech
                                             or _subjunctive_one(tokens[c.finite]) and not _first_person(tokens, c))
                   for c in clauses)

    def _find_triggers(self, tokens: list[Tagged], clauses: list[Clause],
                       told_nouns: set[str] = frozenset()) -> list[Found]:
        found: list[Found] = []
        for ci, clause in enumerate(clauses):
            # with-lists name separable verbs too ("legte ... ein" -> einlegen)
            # surface words too: HanTa lemmatises hyphenated compounds oddly ("Marine-Drohne" -> "Marine-drohn")
            lemmas = {t.lemma for t in tokens[clause.start:clause.end]} | {
                t.text for t in tokens[clause.start:clause.end] if "-" in t.text} | {
                verb_lemma(tokens, k, clause) for k in clause.verbs}
            reflexive = any(t.text.lower() == "sich" for t in tokens[clause.start:clause.end])
            if self._impending_clause(tokens, clause):
                lemmas = lemmas - self.impending_verbs  # "droht" does not block "Sanktionen" there
            # a verb's with-words: also those of its zu-infinitives ("warnte davor, Truppen zu entsenden") and, in a
            # coordinated clause, the nouns of the subject it shares ("die Drohne verfolgt ihn und explodiert")
            verb_words = lemmas | _content_lemmas(tokens, clauses, ci) | _shared_subject_nouns(tokens, clauses, ci)
            for k in range(clause.start, clause.end):
                tok = tokens[k]
                if tok.pos.startswith("VV") and _nominalised_in_pp(tokens, clause, k):
                    continue  # "Russland setzt auf Drohen und Terror": an activity named, no act told
                if tok.pos.startswith("VV"):
                    entries = self.lexicon.verbs(verb_lemma(tokens, k, clause))
                    noun = False
                    if not entries and tok.pos == "VVPP" and not any(
                            t.pos.startswith("VA") for t in tokens[clause.start:clause.end]):
                        # a headline's "EU besorgt": HanTa reads the predicative adjective as a participle (no
                        # auxiliary makes it one: "wurden in Prag besorgt")
                        entries = self.lexicon.adjectives(tok.text.lower())
                elif tok.pos.startswith("NN") or tok.pos == "NE":
                    # HanTa tags nouns after a run of names as names ("Russland und China Atomwaffentests")
                    entries = self.lexicon.nouns(tok.lemma) or self.lexicon.nouns(tok.text)
                    noun = True
                elif tok.pos == "ADJA" and self._described_act(tokens, k):
                    # "der von Frankreich festgesetzte Tanker": the agent did the act to the noun
                    entries = self.lexicon.verbs(self.act_participles[tok.lemma.lower()])
                    chosen = choose(entries, lemmas, reflexive)
                    if chosen is not None:
                        found.append(Found(k, ci, chosen, False, described=True))
                    continue
                elif tok.pos in {"ADJD", "PTKVZ", "ADJA"} and self.lexicon.adjectives(tok.lemma):
                    # predicative judgements: 'nannte den Vorfall "dreist"', '"inakzeptabel", sagte X';
                    # attributive ones: 'sprach von einem rücksichtslosen Akt Russlands'
                    entries = self.lexicon.adjectives(tok.lemma)
                    noun = False
                else:
                    continue
                if not entries:
                    continue  # most words are no trigger: no clause words to gather for them
                words = _clause_words_for(tokens, clause, k, lemmas, self.time_nouns) if noun else verb_words
                chosen = choose(entries, words, reflexive)
                if chosen is None and noun:
                    chosen = _told_compound_sense(entries, tok.lemma, told_nouns)
                if chosen is not None:
                    if noun and self._temporal_reference(tokens, clause, k):
                        continue
                    if noun and self._absent_act(tokens, clause, k):
                        continue
                    if noun and _copula_classified(tokens, clause, k, self.classifying_determiners):
                        continue  # "Die Angriffe waren Teil einer Kooperation": a verdict on acts told before
                    if noun and _pronoun_classified(tokens, clause, k, self.classified_pronouns):
                        continue  # "Es ist die erste Vereinbarung dieser Art": something told before, classified
                    if noun and self.exemption_words & lemmas:
                        continue  # "Ausnahmen bei der Grenzschließung": the measure's scope, no act told
                    if _attributive_participle(tokens, k):
                        continue  # "die von Iran unterstützte Miliz": a description of the miliz, not an act told
                    otherwise = choose([e for e in entries if e is not chosen], words, reflexive) \
                        if chosen.needs_target else None
                    found.append(Found(k, ci, chosen, noun, attributive=tok.pos == "ADJA", otherwise=otherwise))
        return self._impending(tokens, clauses, found)

    def _described_act(self, tokens: list[Tagged], k: int) -> bool:
        """An attributive participle of an act with its agent ("der von Frankreich festgesetzte russische
        Tanker"): the act was done. Only acts in act_participles (cues.yaml): "die von Iran unterstützte
        Miliz", "die besetzten Gebiete" describe their noun."""
        return tokens[k].lemma.lower() in self.act_participles and _attributive_participle(tokens, k, adjectives=True)

    def _drop_background(self, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant],
                         found: list[Found]) -> list[Found]:
        """'Nach dem Anschlag in Jerusalem nahm die Polizei einen Mann fest': an act without a named actor in
        the time PP that opens a main clause is the background of the clause's own act, not an event of its
        own ("Nach Angriffen der USA startete Iran neue Attacken" names the earlier act's doer: kept)."""
        background = {id(f) for f in found if f.noun and (self._fronted_background(tokens, clauses[f.clause], parts, f)
                                                          or self._anchor(tokens, clauses[f.clause], parts, f))}
        if background and len(background) < len(found):
            return [f for f in found if id(f) not in background]
        return found

    def _fronted_background(self, tokens: list[Tagged], clause: Clause, parts: list[Participant], f: Found) -> bool:
        if clause.kind != "main" or clause.finite is None or f.index > clause.finite:
            return False
        prep = preposition_of(tokens, clause, f.index)
        opening = next((i for i in range(clause.start, clause.end) if tokens[i].text not in QUOTE_MARKS), None)
        if prep is None or prep != opening or tokens[prep].lemma.lower() not in self.background_preps:
            return False
        return not any(prep < p.first < clause.finite and p.mention.use == "actor" and p.slot != "in" for p in parts)

    def _vorfeld_noun(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """Whether the noun opens a main clause before its finite verb outside a PP: the clause's subject."""
        return clause.kind == "main" and clause.finite is not None and noun < clause.finite \
            and preposition_of(tokens, clause, noun) is None

    def _course_told(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """Whether a main clause tells the course of its act noun outside a PP ("Die Verhandlungen begannen am
        Montag", "sind die Gespräche beendet"): the act the story told, going on; not one talked about."""
        return clause.kind == "main" and preposition_of(tokens, clause, noun) is None and any(
            verb_lemma(tokens, k, clause) in self.course_verbs for k in clause.verbs)

    def _anchor(self, tokens: list[Tagged], clause: Clause, parts: list[Participant], f: Found) -> bool:
        """'erstmals seit ihrer Machtübernahme in Afghanistan': an act without a named actor of its own in a
        PP that only anchors the time (anchor_prepositions) is no event told; "seit einem nordkoreanischen
        Atomtest" names its doer: kept."""
        prep = preposition_of(tokens, clause, f.index)
        if prep is None or tokens[prep].lemma.lower() not in self.anchor_preps:
            return False
        return not any(prep < p.first <= f.index + 3 and p.mention.use == "actor" and p.slot != "in" for p in parts)

    def _impending_clause(self, tokens: list[Tagged], clause: Clause) -> bool:
        """A clause with 'drohen' and no mit-PP (the threat's instrument)."""
        return any(verb_lemma(tokens, k, clause) in self.impending_verbs for k in clause.verbs) and not any(
            t.lemma.lower() == "mit" for t in tokens[clause.start:clause.end])

    def _impending(self, tokens: list[Tagged], clauses: list[Clause], found: list[Found]) -> list[Found]:
        """'Dem Iran droht die Wiedereinführung der Sanktionen', 'Russland drohen neue Sanktionen': with
        an event noun as its subject (no preposition between verb and noun) and no mit-PP, drohen says
        the noun's act is impending for the dative; it is no threat. The noun's event stays (intended),
        the verb's goes."""
        out = list(found)
        for verb in found:
            clause = clauses[verb.clause]
            if verb.noun or verb_lemma(tokens, verb.index, clause) not in self.impending_verbs or \
                    not self._impending_clause(tokens, clause):
                continue
            nouns = [f for f in found if f.noun and f.clause == verb.clause and not any(
                tokens[k].pos in {"APPR", "APPRART"}
                for k in range(min(verb.index, f.index), max(verb.index, f.index)))]
            if nouns:
                out.remove(verb)
                for noun in nouns:
                    noun.impending = True
        return out

    def _means(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """Whether the act noun stands in a PP of the means (means_prepositions), "mit dem Stopp der Exporte"."""
        j = preposition_of(tokens, clause, k)
        return j is not None and tokens[j].lemma.lower() in self.means_preps

    def _cancelled(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """An act noun that is the object of a cancelling verb does not happen ("sagte seine Reise nach Washington
        ab", "verweigerte die Zusammenarbeit"); not in a PP ("stoppte die Lieferungen nach dem Angriff")."""
        return preposition_of(tokens, clause, k) is None and (clause.finite is None or k > clause.finite) and any(
            verb_lemma(tokens, v, clause) in self.cancelling_verbs for v in clause.verbs)

    def _absent_act(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """An act noun in an ohne-PP does not happen ("befuhr das Gebiet ohne Zustimmung Pekings", "ohne
        Einmischung der USA"): no event (absent_act_prepositions in cues.yaml)."""
        j = preposition_of(tokens, clause, k)
        return j is not None and tokens[j].lemma.lower() in self.absent_act_preps

    def _temporal_reference(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """'nach dem Angriff', 'seit Beginn des Krieges': a time reference, not a new event."""
        j = k - 1
        while j >= clause.start and tokens[j].pos in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV"}:
            j -= 1
        return j >= clause.start and (tokens[j].lemma.lower() in self.temporal_preps or self._reason_pp(
            tokens, clause, j)) or self._framed(tokens, clause, k)

    def _framed(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """'im Rahmen der von Deutschland mitorganisierten Konferenz': the act noun is the setting of the
        clause's own act (frame_nouns in cues.yaml)."""
        j = k - 1
        while j > clause.start and tokens[j].pos in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV", "APPR", "NE"}:
            j -= 1
        return j > clause.start and tokens[j].pos == "NN" and tokens[j].lemma in self.frame_nouns and \
            tokens[j - 1].pos == "APPRART"

    def _reason_pp(self, tokens: list[Tagged], clause: Clause, j: int) -> bool:
        """'hat für den Anschlag die Höchststrafe verhängt': a reason PP of the clause's verb (see
        reason_prepositions)."""
        # after a common noun the PP is the noun's ("Beschluss für einen Exportstopp"); a name takes none, there it is
        # the verb's ("Spanien für seine Kritik auszuschließen"), unless a word of the clause governs it
        # ("macht Russland für den Angriff verantwortlich": complement_for_words)
        if tokens[j].lemma.lower() not in self.reason_preps or j > clause.start and tokens[j - 1].pos == "NN":
            return False
        if j > clause.start and tokens[j - 1].pos == "NE" and (tokens[j].lemma.lower() != "für" or any(
                t.lemma in self.complement_for_words for t in tokens[clause.start:clause.end])):
            return False
        return not any(verb_lemma(tokens, v, clause) in self.voting_verbs for v in clause.verbs) \
            and not self._claims_responsibility(tokens, clause)  # "sei für den Anschlag verantwortlich": claimed

    def _arguments(self, tokens, clauses, parts, item: Found, subjects, attribution: Attribution,
                   clause_verbs: list[Trigger], noun_acts: list[Found]):
        ci = item.clause
        clause = clauses[ci]
        # speakers are no sides of what they report; a speaker standing in the act's own clause
        # ("Trump drohte Iran ... und behauptete, ...") does the act
        exclude = {id(p) for p in attribution.speakers(parts)
                   if p.clause != ci or ci in attribution.clauses or p.slot != "bare"}
        if item.attributive:
            return self._attributed_judgement(tokens, clauses, parts, item, subjects, attribution)
        if item.described:
            return _described_act_arguments(parts, ci, item.index)
        if item.impending:
            own = noun_arguments(tokens, item.index, ci, parts, item.trigger).source
            affected = [p for p in parts if p.clause == ci and p not in own and p.slot in {"bare", "dat"}
                        and p.mention.code != UNKNOWN_CODE and id(p) not in exclude]
            return Arguments(own, group_of(parts, affected[0]) if affected else [])
        if item.noun:
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
        headline = not clause.passive and self._headline_passive(tokens, clause, item)
        if clause.passive or headline:
            source = self._passive_agent(tokens, parts, ci)
            if headline and source and source[0].mention.kind in PLACE_KINDS - {"state"}:
                source = []  # "Attentäter von Solingen zu Höchststrafe verurteilt": a town is the doer's attribute
            target = pick_subject(tokens, clause, parts, exclude | {id(p) for p in source})
            if not target and not item.noun and "subj" not in item.trigger.target:
                # "An die Ukraine wurden Panzer geliefert": a thing as the passive subject, the PP names the side;
                # without a von-agent the doer is unsaid and stays unnamed (no story actor fills it)
                target = pick_objects(tokens, ci, parts, source, _pp_slots_only(item.trigger), item.index, exclude)
                if target and not source and item.trigger.type in UNSAID_GIVER_TYPES:
                    return Arguments([], target, doer_unnamed=True)
            if not target and not source:
                # "Proteste der Opposition wurden niedergeschlagen": the subject names an act, its owner undergoes
                target = _owner_of_subject_noun(tokens, clause, ci, parts, exclude)
            if "subj" in item.trigger.target:
                # "wurden von der EU-Kommission empfangen": the received are the visitors
                source, target = target, source
            if not source and not target and item.trigger.type in PLACED_DOMESTIC_TYPES:
                # "wurde die Ausgangssperre in der Stadt Cizre aufgehoben": an unnamed authority restricts (or eases)
                # life where it rules: the place's state, on its own people
                placed = [p for p in parts if p.clause == ci and p.slot == "in" and p.mention.kind in PLACE_KINDS
                          and p.mention.code != UNKNOWN_CODE]
                if placed:
                    return Arguments(group_of(parts, placed[0]), group_of(parts, placed[0]))
            if not source and not target:
                source = self._placed_doer(parts, ci, item.trigger)  # "In Nordkorea wurden Raketen getestet"
            if item.trigger.type in UNDIRECTED_TYPES and not source:
                return Arguments(target, [])  # "wurden nordkoreanische Raketen vorgeführt": the owner mobilises
            if item.trigger.with_ and item.trigger.target and not {"acc", "dat", "subj"} & set(item.trigger.target):
                # "waren die Sanktionen der UN gegen den Iran aufgehoben worden": the subject is the act's
                # noun; its owners (genitive, adjective) do the act, its PP names the side it concerns
                pp = [p for p in parts if p.clause == ci and p.slot in item.trigger.target and id(p) not in exclude]
                if pp:
                    owners = [p for p in parts if p.clause == ci and p.slot in {"gen", "adj"} and p not in pp
                              and id(p) not in exclude]
                    return Arguments(source or (group_of(parts, owners[0]) if owners else []), group_of(parts, pp[0]))
            return Arguments(source, target)
        if "subj" in item.trigger.target:
            # "X hat in Peking heftige Kritik ausgelöst": the subject is criticised, the PP criticises
            # a thing as the subject ("Die Pläne Israels zum Bau in X haben Kritik ausgelöst"): its owner is
            # criticised, and the actors inside its phrase are no critics
            owner = _owner_of_subject_noun(tokens, clause, ci, parts, exclude)
            target = owner or self._subject(tokens, clauses, ci, parts, subjects, exclude)
            taken = exclude | {id(p) for p in target}
            source = [p for p in parts if p.clause == ci and p.slot in item.trigger.source and id(p) not in taken
                      and not (owner and p.first < (clause.finite or 0))]
            if len(source) > 1 and {"bei", "in"} & set(item.trigger.source):
                # "rief in Berlin und bei der EU Kritik hervor": every place and body named criticises
                return Arguments(_union_of_groups(parts, source), target)
            if not source and {"acc", "dat"} & set(item.trigger.source):
                # "Xi empfing den Kanzler": the received visitor is the object
                source = bare_candidates(parts, ci, taken)
            if "speaker" in item.trigger.source:
                # "Das Vorgehen verstoße gegen das Völkerrecht, sagte X": the speaker accuses; without
                # a speaker the sentence states a fact (or is an accusation's content, coded there); a Konjunktiv
                # sentence without a speaker of its own goes on with the previous one's ("Die USA hätten somit
                # Chinas Hoheitsrechte verletzt" after "..., heißt es in einer Mitteilung des Militärs")
                source = attribution.judges(parts)
                if not source:
                    return None
                if not any(p is source[0] for p in parts):
                    return Arguments(source[:1], target)  # the previous sentence's speaker
            return Arguments(group_of(parts, source[0]) if source else [], target) if source or target else None
        if item.trigger.pos == "A" and not item.trigger.target and not self._judging_verb(tokens, clause):
            # "Er sei des Amtes unwürdig, sagte Magyar": the speaker judges, the copula's subject is judged
            speaker = attribution.judges(parts)
            judged = [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                      if p.mention.code != UNKNOWN_CODE]
            if speaker and judged:
                return Arguments(speaker, judged)
            if speaker and not judged and self._expletive_subject(tokens, clauses, ci):
                # "Es sei unentschuldbar, Zivilisten ins Visier zu nehmen": the act of the clause after it is
                # judged; its doer, where it names one ("dass Russland ..."), else nobody named
                doer = pick_subject(tokens, clauses[ci + 1], parts, exclude)
                return Arguments(speaker, doer, unnamed_target=not doer)
        source = self._subject(tokens, clauses, ci, parts, subjects, exclude)
        if not source and item.trigger.pos == "A":
            source = attribution.speakers(parts)  # the speaker judges
        if not source and item.trigger.type == "PROTEST":
            # "In Kopenhagen demonstrierten Tausende": unnamed protesters of the place
            source = [p for p in parts if p.clause == ci and p.slot == "in" and p.mention.kind in PLACE_KINDS]
            exclude = exclude | {id(p) for p in source}
        target = pick_objects(tokens, ci, parts, source, item.trigger, item.index, exclude)
        if not target and clause.resumes is not None:
            # "Trump hat den Ländern, die ..., mit Zöllen gedroht": the objects stand in the resumed main clause
            target = pick_objects(tokens, clause.resumes, parts, source, item.trigger, item.index, exclude)
        if not target and item.trigger.type in UNNAMED_ADDRESSEE_TYPES and item.trigger.target == ("dat",):
            # "droht er Gegnern seiner Pläne mit Zöllen": a dative object no actor stands for is an unnamed side
            target = _unnamed_object(tokens, clause, item, parts)
        judged = self._judged_act(tokens, clauses, parts, item, noun_acts) if source and not target else None
        if judged is not None:
            # "verurteilte den Angriff auf ein Krankenhaus in Aleppo": the act's doer is criticised, not
            # its target or place; an act without a named doer leaves the criticised unnamed
            doer = [p for p in judged if id(p) not in exclude and p not in source]
            return Arguments(source, doer, unnamed_target=not doer)
        if not target and item.trigger.type not in UNDIRECTED_TYPES and not item.trigger.reciprocal \
                and item.otherwise is None:
            # an entry that needs a target and has another sense takes it from its own slots only ("kauft in den
            # USA Panzer für neue Brigaden" is no aid to the USA); a mutual act names its partner ("einigte sich
            # mit X"); other actors of its clause belong to what was agreed ("auf Sanktionen gegen Russland")
            target = self._fallback_target(parts, ci, source, exclude, item.index, item.trigger.type)
            if not target and item.trigger.type in CONTENT_ADDRESSEE_TYPES and item.trigger.pos == "V":
                target = self._content_subject(tokens, clauses, ci, parts, source, exclude)
            if not target and self._elliptic(clause, ci, parts) and ci > 0:
                # "dankten Kerry ... und baten um Unterstützung": the partner of the clause before
                target = self._fallback_target(parts, ci - 1, source, exclude, item.index, item.trigger.type)
        mutual = item.trigger.reciprocal and len({p.mention.code for p in source}) >= 2
        if item.trigger.needs_target and not target and not mutual:
            return None  # "Putin und Xi wollen über ihre Beziehungen sprechen": coordinated subjects meet
        if not source and not target:
            return Arguments()  # sides from the story (_inherit_story_actors)
        reciprocal = item.trigger.reciprocal and len({p.mention.code for p in source}) >= 2 and not target
        return Arguments(source, target, reciprocal)

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

    def _claims_responsibility(self, tokens: list[Tagged], clause: Clause) -> bool:
        """Whether the clause claims responsibility with a word and one of its verbs (responsibility_claims)."""
        lemmas = {t.lemma.lower() for t in tokens[clause.start:clause.end]}
        lemmas |= {verb_lemma(tokens, k, clause).lower() for k in clause.verbs}
        return any(word.lower() in lemmas and not verbs.isdisjoint(lemmas)
                   for word, verbs in self.responsibility_claims.items())

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

    def _taking_part(self, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant], noun: int,
                     ci: int) -> list[Participant]:
        """'die Militärübung, an der Soldaten aus Südkorea und aus den USA teilnehmen': those who take part in
        the act noun, by a relative clause of a participation verb right after it, do the act (its named
        actors standing bare or with aus)."""
        rel = clauses[ci + 1] if ci + 1 < len(clauses) else None
        if rel is None or rel.kind != "rel" or rel.start != noun + 2 or tokens[rel.start].lemma.lower() != "an" \
                or not any(verb_lemma(tokens, k, rel) in self.participation_verbs for k in rel.verbs):
            return []
        return [p for p in parts if p.clause == ci + 1 and p.slot in {"bare", "aus"} and p.mention.code != UNKNOWN_CODE]

    def _joint_sense(self, item: Found, args: Arguments) -> Trigger | None:
        """The mutual sense of an act noun whose owners are two or more actors and no target ("ein Manöver der
        USA und Südkoreas"): the lemma's reciprocal entry, where it has one."""
        if not item.noun or item.trigger.reciprocal or args.target or len(
                {p.mention.code for p in args.source} - {UNKNOWN_CODE}) < 2:
            return None
        return next((t for t in self.lexicon.nouns(item.trigger.lemma) if t.reciprocal), None)

    def _mutual_with_partner(self, trigger: Trigger) -> bool:
        """A meeting with a named partner is mutual: "Kerry traf die FARC" -> source USA, FARC; no target."""
        return trigger.reciprocal and trigger.type in self.mutual_partner_types and trigger.mode != "visit"

    def _attributed_judgement(self, tokens, clauses, parts, item: Found, subjects,
                              attribution: Attribution) -> Arguments | None:
        """'Der Vorfall sei ein rücksichtsloser Akt Russlands, sagte X', 'X sprach von einem
        rücksichtslosen Akt Russlands': the speaker judges the act's owner. Without a speaker the
        adjective is the text's own description, no event."""
        owner = _owner_of_described_noun(tokens, clauses[item.clause], parts, item.index)
        speaker = attribution.judges(parts)
        if not speaker and any(verb_lemma(tokens, k, clauses[item.clause]) in self.speech_verbs
                               for k in clauses[item.clause].verbs):
            speaker = self._subject(tokens, clauses, item.clause, parts, subjects, set())
        if not owner or not speaker or {p.mention.code for p in owner} & {p.mention.code for p in speaker}:
            return None
        return Arguments(group_of(parts, speaker[0]) if speaker[0] in parts else speaker, owner)

    def _judged_object(self, tokens, clauses, ci, parts, subjects, exclude, noun: int) -> Arguments | None:
        """'Putin nennt westliche Truppen ein legitimes Ziel': the predicate noun of a judging verb is the
        subject's act on the object, as a predicative adjective is ("nannte den Schritt inakzeptabel")."""
        clause = clauses[ci]
        if not self._judging_verb(tokens, clause) or preposition_of(tokens, clause, noun) is not None:
            return None
        judge = self._subject(tokens, clauses, ci, parts, subjects, exclude)
        judged = [p for p in bare_candidates(parts, ci, exclude | {id(p) for p in judge}) if p.last < noun]
        return Arguments(judge, group_of(parts, judged[0])) if judge and judged else None

    @staticmethod
    def _expletive_subject(tokens: list[Tagged], clauses: list[Clause], ci: int) -> bool:
        """A clause opened by "es" whose subject is the zu-infinitive or dass-clause right after it ("Es sei
        unentschuldbar, ... zu nehmen")."""
        clause = clauses[ci]
        first = tokens[clause.start]
        return first.pos == "PPER" and first.text.lower() == "es" and ci + 1 < len(clauses) \
            and clauses[ci + 1].parent == ci and clauses[ci + 1].kind in {"inf", "sub"}

    def _judging_verb(self, tokens: list[Tagged], clause: Clause) -> bool:
        """'nannte den Schritt inakzeptabel', 'erklärte die Abstimmung für illegal': the subject judges."""
        return any(verb_lemma(tokens, k, clause) in self.judging_verbs for k in clause.verbs)

    @staticmethod
    def _headline_passive(tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """'Deutscher Journalist in Moskau festgenommen': a headline's bare participle of a transitive
        trigger is a passive without its auxiliary ('Putin in Peking eingetroffen' is no passive)."""
        return clause.bare_participle and item.index == clause.verbs[-1] and tokens[item.index].pos == "VVPP" \
            and "acc" in item.trigger.target and "subj" not in item.trigger.target

    def _placed_doer(self, parts: list[Participant], ci: int, trigger: Trigger) -> list[Participant]:
        """The state of the place ("in Nordkorea") where a passive clause without a doer tells an act a state does at
        home (placed_doer_acts in cues.yaml: weapons tests and displays), else nobody."""
        if (trigger.type, trigger.mode) not in self.placed_doer_acts:
            return []
        placed = [p for p in parts if p.clause == ci and p.slot == "in" and p.mention.kind in {"state", "capital"}
                  and p.mention.code != UNKNOWN_CODE]
        return group_of(parts, placed[0]) if placed else []

    def _passive_agent(self, tokens: list[Tagged], parts: list[Participant], ci: int) -> list[Participant]:
        """The von-/durch-agent of a passive clause (with those coordinated with it)."""
        agents = [p for p in parts if p.clause == ci and (p.slot in {"von", "durch"} or p.slot == "adj" and (
            p.prep_index is not None and tokens[p.prep_index].lemma.lower() in {"von", "durch"}))
            and not _agent_of_attribute(tokens, p)]
        return group_of(parts, agents[0]) if agents else []

    def _backed_opposition_state(self, parts: list[Participant], ci: int) -> list[ActorRef]:
        """A protest for a member of a state's opposition ("demonstrierten für den abgesetzten Oppositionschef") is
        aimed at that state's government, like the opposition's own protest (backing_prepositions)."""
        backed = [p for p in parts if p.clause == ci and p.slot in self.backing_preps and p.mention.sector == "OPP"
                  and p.mention.code != UNKNOWN_CODE]
        return [ActorRef(backed[0].mention.code, "", None)] if backed else []

    def _content_subject(self, tokens, clauses, ci, parts, source, exclude) -> list[Participant]:
        """The named subject of a demand's dass-clause is the one who is to act ("fordert, dass Russland seine
        Truppen abzieht": the demand is aimed at Russland); [] where it names none or the demander's own side."""
        own = {p.mention.code for p in source}
        for k, clause in enumerate(clauses):
            if clause.parent != ci or clause.kind != "sub" or clause.subordinator not in self.content_subordinators:
                continue
            # "dass jeder - einschließlich die USA - Respekt zu zeigen hat": the included belong to the subject
            included = [p for p in parts if p.clause == k and p.slot in self.inclusive_preps
                        and (clause.finite is None or p.last < clause.finite)]
            subject = included or pick_subject(tokens, clause, parts, exclude)
            return [p for p in subject if p.mention.code not in own and p.mention.code != UNKNOWN_CODE]
        return []

    def _fallback_target(self, parts, ci, source, exclude, trigger_index, event_type: str) -> list[Participant]:
        """A directed event without an object: the nearest other actor of the clause (its place, its partner).
        Where someone speaks ("forderte in Genf") is no addressee of a demand or a criticism, nor is an actor
        in what is demanded ("fordert mehr Druck auf Moskau": content_prepositions). An actor of the source's own
        state is no other side, except for the opposition, whose counterpart is its own state."""
        taken = {id(p) for p in source} | exclude
        # a state's opposition addresses its own state ("Jabloko fordert eine Beendigung des russischen Kriegs")
        codes = set() if source and all(p.mention.sector == "OPP" for p in source) else {p.mention.code for p in source}
        said_where = event_type in self.speech_types
        others = [p for p in parts if p.clause == ci and id(p) not in taken and p.mention.code not in codes
                  and p.mention.code != UNKNOWN_CODE and p.slot not in self.non_target_preps
                  and not (said_where and p.slot == "in" and p.mention.kind in PLACE_KINDS)
                  and p.mention.sector != "MED"
                  and p.slot not in self.content_preps.get(event_type, ())]
        if not others:
            return []
        nearest = min(others, key=lambda p: abs(p.first - trigger_index))
        return group_of(parts, nearest)

    def _subject(self, tokens, clauses, ci, parts, subjects, exclude) -> list[Participant]:
        if ci in subjects:
            return subjects[ci]
        clause = clauses[ci]
        elliptic = self._elliptic(clause, ci, parts)
        subject = [] if clause.kind == "inf" or elliptic else pick_subject(tokens, clause, parts, exclude)
        if not subject and clause.kind == "inf":
            subject = self._attempt_owner(tokens, clauses, ci, parts)
        if not subject and clause.resumes is not None:
            subject = self._subject(tokens, clauses, clause.resumes, parts, subjects, exclude)
        if not subject and (clause.coordinated or clause.kind == "inf") and ci > 0:
            subject = self._subject(tokens, clauses, ci - 1, parts, subjects, exclude)
        if not subject and clause.kind == "rel" and ci > 0:
            before = [p for p in parts if p.clause == ci - 1]
            subject = group_of(parts, before[-1]) if before else []
        if not subject and clause.kind == "sub" and clause.parent is not None and any(
                tokens[k].pos == "PPER" and tokens[k].text.lower() in {"sie", "er"} for k in range(
                    clause.start, clause.end)):
            # "verkündeten Serbien und Ungarn, dass sie ...": the pronoun takes up the subject (the
            # speaker) of the clause before, even where that speaker is only reporting
            subject = pick_subject(tokens, clauses[clause.parent], parts, set())
        subjects[ci] = subject
        return subject

    def _carrying_verbs(self, tokens: list[Tagged], clauses: list[Clause], found: list[Found]) -> set[int]:
        """Support verbs whose object is an event noun ('Militär erklärt Machtübernahme'): they carry the
        act, they do not report it."""
        out = set()
        for f in found:
            clause = clauses[f.clause]
            if f.noun and preposition_of(tokens, clause, f.index) is None:
                out |= {k for k in clause.verbs if verb_lemma(tokens, k, clause) in self.support_verbs}
        return out

    def _addressee(self, parts: list[Participant], ci: int, source: list[Participant]) -> list[Participant]:
        """Whom a demand or criticism is addressed to: 'stellt gegenüber Washington Forderungen'."""
        codes = {p.mention.code for p in source}
        found = next((p for p in parts if p.clause == ci and p.slot in self.addressee_preps
                      and p.mention.code not in codes and p.mention.code != UNKNOWN_CODE), None)
        return group_of(parts, found) if found else []

    @staticmethod
    def _elliptic(clause: Clause, ci: int, parts: list[Participant]) -> bool:
        """'... und warf Trump vor': a coordinated clause opening with its verb shares the subject of
        the clause before (unless a pronoun right after the verb names its own)."""
        return clause.coordinated and clause.finite == clause.start + 1 and not any(
            p.mention.kind == "pronoun" and p.clause == ci and p.first == clause.finite + 1 for p in parts)

    def _attempt_owner(self, tokens: list[Tagged], clauses: list[Clause], ci: int,
                       parts: list[Participant]) -> list[Participant]:
        """'Versuche der USA, neue Strafmaßnahmen zu erlassen': the genitive of an attempt or plan noun
        before a zu-infinitive (in its clause or the one before) does what the infinitive says, also where
        the noun stands in a PP ("nach der Entscheidung der USA, die Sanktionen zu lockern")."""
        clause = clauses[ci]
        verb = clause.verbs[0] if clause.verbs else clause.end
        owners = [p for p in parts if (p.slot == "gen" or p.case == "gen") and p.head is not None and p.last < verb
                  and p.clause in {ci, ci - 1} and tokens[p.head].lemma in self.attempt_nouns
                  and any(tokens[k].text == "," for k in range(p.last + 1, verb))]
        return group_of(parts, owners[-1]) if owners else []

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

    def _apply_content(self, tokens, clauses, parts, built):
        """The content of an accusation/denial/plan is an event with that status."""
        out = []
        content_of: dict[int, tuple[Trigger, Arguments]] = {}
        speech_acts: dict[int, Found] = {}
        for item, args, _status in built:
            if not item.noun and item.trigger.content:
                content_of[item.clause] = (item.trigger, args)
            elif not item.noun and item.trigger.type in CONTENT_SWALLOWING_TYPES:
                speech_acts.setdefault(item.clause, item)
        # a one-sided promise takes in the act it promises ("stellte in Aussicht, Polizisten bereitzustellen": one
        # AGREE); what sides agree on together stays an act of its own ("einigten sich darauf, ... zu liefern")
        promises = {item.clause for item, _args, _status in built
                    if item.trigger.type in PROMISE_TYPES and not item.trigger.reciprocal}
        built = self._promised_targets(clauses, built, promises)
        for item, args, status in built:
            reporters: list[str] = []
            if self._is_speech_content(clauses, item, args, speech_acts) or self._promised(clauses, item, promises):
                continue
            governing = self._governing(clauses, item, content_of)
            if governing is not None:
                trig, gargs = governing
                if item.noun and item.trigger.type == "ACCUSE":
                    continue  # "wies den Vorwurf zurück": the accusation is what is answered, not a new event
                status = trig.content or status
                clause = clauses[item.clause]
                if trig.content == "alleged":
                    reporters = [p.mention.code for p in gargs.source]
                    # the accused does the alleged act: "werfen Nordkorea vor, Russland ... zu unterstützen"
                    if (clause.kind == "inf" or item.noun or not args.source) and gargs.target:
                        args = Arguments(gargs.target, [p for p in args.target if p not in gargs.target],
                                         args.reciprocal)
                    if not args.target and item.trigger.type in ACCUSER_HIT_TYPES and not args.reciprocal:
                        # "Kiew macht Moskau für die Explosion verantwortlich": the accuser suffered the attack
                        accused = {p.mention.code for p in args.source}
                        args = replace(args, target=[p for p in gargs.source if p.mention.code not in accused])
                elif not args.source or clause.kind == "inf":
                    args = Arguments(gargs.source, args.target, args.reciprocal)
                if not args.source and not args.target:
                    continue
            out.append((item, args, status, reporters))
        return out

    def _apply_prevention(self, tokens, clauses, built):
        """'Versuche der USA, Sanktionen zu erlassen, verhinderten Russland und China': the prevented
        act (a zu-infinitive next to a clause whose verb prevents) is negated, and the preventing
        act is aimed at the one who tried."""
        preventing = {ci for ci, c in enumerate(clauses)
                      if any(verb_lemma(tokens, k, c) in self.status_cues.negating_verbs for k in c.verbs)}
        prevented: dict[int, list[Participant]] = {}
        out = []
        for item, args, status, reporters in built:
            near = {item.clause - 1, item.clause + 1} & preventing
            if clauses[item.clause].kind == "inf" and near and item.clause not in preventing:
                status = "negated"
                for ci in near:
                    prevented.setdefault(ci, list(args.source))
            out.append((item, args, status, reporters))
        for i, (item, args, status, reporters) in enumerate(out):
            tried = prevented.get(item.clause)
            if tried and not args.target and item.trigger.type == "REJECT":
                out[i] = (item, Arguments(args.source, [p for p in tried if p not in args.source]), status, reporters)
        return out

    def _is_speech_content(self, clauses, item: Found, args: Arguments, speech_acts: dict[int, Found]) -> bool:
        """What a demand, threat, rejection or criticism is about is not coded on its own
        ("fordert ihn zum Rücktritt auf", "droht mit Schlägen", "lehnt eine Übernahme ab"),
        except a named act with its own actors under a criticism ("verurteilte den Angriff auf X")."""
        clause = clauses[item.clause]
        if clause.kind in {"inf", "sub"} and clause.parent in speech_acts:
            return True
        governor = speech_acts.get(item.clause)
        if governor is None or governor is item or not item.noun:
            return False
        if governor.trigger.type == "ACCUSE":
            return not (args.source or args.target)
        return True

    def _promised_targets(self, clauses, built, promises: set[int]):
        """A promise that names no one it is made to is made to the side of the act it promises ("sagte zu, Polen
        Panzer zu liefern": AGREE -> POL), not to the story's other side."""
        promised = {clauses[item.clause].parent: args.target for item, args, _status in built
                    if self._promised(clauses, item, promises) and args.target
                    and item.trigger.type in PROMISED_SIDE_TYPES}
        out = []
        for item, args, status in built:
            target = promised.get(item.clause) if item.clause in promises and not args.target else None
            codes = {p.mention.code for p in args.source}
            if target and not args.reciprocal and not {p.mention.code for p in target} & codes:
                args = replace(args, target=target)
            out.append((item, args, status))
        return out

    @staticmethod
    def _promised(clauses, item: Found, promises: set[int]) -> bool:
        """Whether the act is the zu-infinitive of a promise in the clause it depends on."""
        clause = clauses[item.clause]
        return clause.kind == "inf" and clause.parent in promises and item.trigger.type not in PROMISE_TYPES

    def _governing(self, clauses, item: Found, content_of):
        """The content trigger whose complement holds this trigger, if any."""
        clause = clauses[item.clause]
        if clause.parent is not None and clause.parent in content_of and clause.kind in {"inf", "sub"}:
            return content_of[clause.parent]
        if item.noun and item.clause in content_of:
            trig, args = content_of[item.clause]
            if trig.type != item.trigger.type:
                return trig, args
        return None

    def _with_reporters(self, built, attribution: Attribution):
        for item, args, status, content_reporters in built:
            reporters = list(content_reporters)
            codes = {p.mention.code for p in args.source}
            for code in attribution.codes:
                if item.trigger.type in SPEECH_TYPES and code in codes:
                    continue
                if code not in reporters:
                    reporters.append(code)
            yield item, args, status, reporters

    def _event(self, article, sentence, tokens, exprs, item: Found, args: Arguments, status, reporters,
               clause: Clause):
        trig = item.trigger
        tok = tokens[item.index]
        source = actor_refs(args.source)
        target = [] if args.reciprocal else actor_refs(args.target)
        if (trig.type, trig.mode) in self.igo_sanction_acts and source and all(a.sector == "IGO" for a in source):
            # "wurden vom Sicherheitsrat der Vereinten Nationen verboten": an international body's ban is a sanction
            trig = replace(trig, **self.lexicon.coding("SANCTION"))
        if source and target and self._mutual_with_partner(trig):
            # "Kerry traf die Vertreter der FARC", "bei einem Treffen mit Putin": both sides meet
            source, target = source + [a for a in target if a.code not in {b.code for b in source}], []
        if trig.type in BETWEEN_STATES_TYPES:
            # a state does not visit or agree with itself: a same-code "target" is an apposition or a place
            own = {a.code for a in source}
            target = [a for a in target if a.code not in own]
        at = tok.start - sentence.start
        date = self.dates.sentence_date(exprs, at=at)
        if status == "asserted" and _after(date, article.pub_date) and self._dated_in_clause(
                sentence, tokens, exprs, clause):
            if not item.noun and self._preterite_clause(tokens, clause):
                # "Polen kritisierte im Mai Russland" (pub in March): the past May, no plan; an act noun
                # under a preterite stays planned ("bestätigte für Mai einen Besuch")
                date = self.dates.sentence_date(
                    self.dates.resolve_sentence(sentence.text, article.pub_date, past=True), at=at)
            else:
                status = "intended"  # scheduled: "will im kommenden Jahr ... bereitstellen", "reist morgen"
        mode = trig.mode
        return Event(
            doc=article.doc, sentence_index=sentence.index, sentence=sentence.text, type=trig.type, mode=mode,
            cameo=trig.cameo, goldstein=trig.goldstein, source=source, target=target, status=status, date=date,
            reported_by=reporters, trigger=tok.text, trigger_start=tok.start, trigger_end=tok.end,
            confidence=confidence(source, target, item.noun), rule=f"{trig.pos}:{trig.lemma}",
        )




# what may open a noun phrase standing as the subject before the finite verb (not a PP or an adverb)
SUBJECT_NP_OPENERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "ADJA", "NN"})
# words of an extended attribute between its article and its participle ("die [von Iran] unterstützte Miliz")
ATTRIBUTE_INNER_POS = frozenset({"APPR", "APPRART", "ART", "NE", "NN", "ADJA", "ADJD", "ADV", "CARD"})


def _agent_of_attribute(tokens: list[Tagged], part: Participant) -> bool:
    """An agent inside an extended attribute ("Der von den USA unterstützte Präsident wurde gestürzt"): it does the
    participle's act, not the act of the clause's passive."""
    k = part.last + 1
    while k < min(len(tokens), part.last + 6) and tokens[k].pos in ATTRIBUTE_INNER_POS - {"ADJA"}:
        k += 1
    return k < len(tokens) and _attributive_participle(tokens, k, adjectives=True)


def _nominalised_in_pp(tokens: list[Tagged], clause: Clause, k: int) -> bool:
    """Whether a verb form is a capitalised infinitive heading a PP ("setzt auf Drohen", "beim Verhandeln"): a
    nominalised verb that HanTa tags as a verb names an activity or habit, no act told."""
    if k == clause.start or not tokens[k].text[:1].isupper():
        return False
    j = k - 1
    while j > clause.start and tokens[j].pos in {"ADJA", "ADV", "ART"}:
        j -= 1
    # HanTa may read the preposition as a separable particle or a circumposition ("setzt auf Drohen": PTKVZ, APZR)
    return tokens[j].pos in {"APPR", "APPRART", "PTKVZ", "APZR"}


def _pronoun_classified(tokens: list[Tagged], clause: Clause, noun: int, pronouns: frozenset[str]) -> bool:
    """Whether the act noun is the predicate of a copula whose subject is a pronoun opening the clause ("Es ist die
    erste Vereinbarung dieser Art", "Das war ein Angriff auf die Demokratie"): it classifies something told
    before, no act told again ("Es sei ein Protokoll unterzeichnet worden" has a full verb: kept)."""
    finite = clause.finite
    first = next((i for i in range(clause.start, clause.end) if tokens[i].text not in QUOTE_MARKS), None)
    return not clause.verbs and finite is not None and tokens[finite].lemma == "sein" and first is not None \
        and first + 1 == finite and tokens[first].text.lower() in pronouns and noun > finite \
        and preposition_of(tokens, clause, noun) is None


def _copula_classified(tokens: list[Tagged], clause: Clause, noun: int, determiners: frozenset[str]) -> bool:
    """Whether the act noun is the subject of a copula that classifies it by a predicate noun ("Die Angriffe waren
    Teil einer Kooperation", "Laut X sei der Anschlag kein Einzelfall"): a verdict on acts told before, not the act
    told again ("Die Luftschläge seien im Norden erfolgt", "Die Angriffswelle war die schwerste" stay; so do a
    predicate act noun, "Das war ein Angriff", "Grund sind die Angriffe auf Kiew", and an act noun with sides of its
    own, "Der Angriff auf eine Klinik in Kabul sei ein Verbrechen")."""
    finite = clause.finite
    if clause.verbs or finite is None or tokens[finite].lemma != "sein" or \
            preposition_of(tokens, clause, noun) is not None:
        return False
    # the Vorfeld holds the act noun or only a PP or adverb: no other subject ("Es", "Grund") before the copula
    if any(tokens[j].pos in {"NN", "PPER", "PDS"} and j != noun and preposition_of(tokens, clause, j) is None
           for j in range(clause.start, finite)):
        return False
    for j in range(max(noun, finite) + 1, clause.end):
        if tokens[j].pos != "NN" or preposition_of(tokens, clause, j) is not None:
            continue
        i = j - 1
        while i > noun and tokens[i].pos in {"ADJA", "ADV", "ADJD"}:
            i -= 1
        # an indefinite predicate ("kein Einzelfall") or a bare one right after the subject ("Teil"); the act noun
        # names no sides of its own ("Der Angriff auf eine Klinik in Kabul sei ein Verbrechen" tells the attack)
        start = i if tokens[i].text.lower() in determiners else j if i in {noun, finite} else None
        return start is not None and noun + 1 in {finite, start}
    return False


def _attributive_participle(tokens: list[Tagged], k: int, adjectives: bool = False) -> bool:
    """A participle standing as an attribute with its agent ("die von Iran unterstützte Miliz", "eine von
    Riad geführte Allianz"): an article, von, the agent, then the inflected participle before its noun
    (with adjectives, also before further adjectives: "der von Frankreich festgesetzte russische Tanker")."""
    inflected = tokens[k].text.endswith(("e", "en", "es", "er", "em"))
    if not inflected or not (tokens[k].pos.startswith("VV") or tokens[k].pos == "ADJA"):
        return False
    n = k + 1
    while adjectives and n < len(tokens) and tokens[n].pos == "ADJA":
        n += 1
    if n >= len(tokens) or not (tokens[n].pos.startswith("NN") or tokens[n].pos == "NE"):
        return False
    # an act's participle may have more before it than a description's ("von Frankreich nach dem Alarm in
    # Dänemark festgesetzte"); the shorter reach keeps descriptions from swallowing a clause's own PPs
    for j in range(k - 1, max(-1, k - (10 if adjectives else 6)), -1):
        if tokens[j].text.lower() in {"von", "vom"}:
            return j > 0 and tokens[j - 1].pos in {"ART", "PDAT", "PIAT", "PPOSAT"}
        if tokens[j].pos not in ATTRIBUTE_INNER_POS:
            return False
    return False


def _described_act_arguments(parts: list[Participant], ci: int, k: int) -> Arguments | None:
    """'der von Frankreich festgesetzte russische Tanker': the von-agent before the participle does the act,
    the phrase after it (its noun and that noun's adjectives) undergoes it."""
    agents = [p for p in parts if p.clause == ci and p.last < k and p.slot in {"von", "vom"}
              and p.mention.code != UNKNOWN_CODE]
    if not agents:
        return None
    agent = max(agents, key=lambda p: p.last)
    undergoer = [p for p in parts if p.clause == ci and k < p.first <= k + 4 and p.slot == "bare"]
    return Arguments(group_of(parts, agent), group_of(parts, undergoer[0]) if undergoer else [])


def _unnamed_addressee(tokens: list[Tagged], clause: Clause, item: Found,
                       parts: list[Participant]) -> list[Participant]:
    """'Drohungen gegen dortige ausländische Botschaften': the noun's own addressee PP (gegen, an) names
    people or things no actor stands for; they are an unnamed side ('---', guideline 8)."""
    preps = {t for t in item.trigger.target if t not in {"acc", "dat", "gen", "adj", "subj", "poss"}}
    k = item.index + 1
    owner = next((p for p in parts if p.first == k and p.slot == "gen"), None)
    if owner is not None:
        k = owner.last + 1  # "Drohungen Russlands gegen ..."
    if k >= clause.end or tokens[k].lemma.lower() not in preps:
        return []
    end = min(clause.end, k + 1 + PP_REACH)
    noun = next((j for j in range(k + 1, end) if tokens[j].pos == "NN"), None)
    if noun is None or any(tokens[j].pos not in {"ART", "ADJA", "PIAT", "PDAT", "CARD", "ADV"}
                           for j in range(k + 1, noun)):
        return []
    inside = [p for p in parts if p.first <= noun and p.last > k]
    if inside:
        # "Drohungen gegen die Ukraine": named; "eine Warnung an Schiffe": unnamed craft, already a side
        return inside if all(p.mention.code == UNKNOWN_CODE for p in inside) else []
    mention = Mention(parts[0].mention.sentence if parts else -1, tokens[k + 1].start, tokens[noun].end,
                      " ".join(t.text for t in tokens[k + 1:noun + 1]), UNKNOWN_CODE, None, kind="unnamed",
                      entry="unnamed:addressee")
    return [Participant(mention, k + 1, noun, item.clause, tokens[k].lemma.lower())]


def _unnamed_object(tokens: list[Tagged], clause: Clause, item: Found,
                    parts: list[Participant]) -> list[Participant]:
    """The object noun of a verb with only a dative object ("drohen"), where no actor stands for it: the
    first noun after the finite verb outside any PP ("droht er Gegnern seiner Pläne"); its people are an
    unnamed side ('---', guideline 8)."""
    if clause.finite is None or item.index != clause.finite:
        return []
    start = clause.finite + 1  # past the subject after the verb ("droht er", "droht Trump") and adverbs
    while start < clause.end and (tokens[start].pos in {"ADV", "PPER"}
                                  or any(p.first <= start <= p.last for p in parts)):
        start += 1
    k = start
    while k < clause.end and tokens[k].pos in {"ART", "ADJA", "PIAT", "PDAT", "CARD"}:
        k += 1
    if k >= clause.end or tokens[k].pos != "NN" or any(p.first <= k <= p.last for p in parts):
        return []
    mention = Mention(parts[0].mention.sentence if parts else -1, tokens[start].start, tokens[k].end,
                      " ".join(t.text for t in tokens[start:k + 1]), UNKNOWN_CODE, None,
                      kind="unnamed", entry="unnamed:object")
    return [Participant(mention, start, k, item.clause, "bare")]


def _leading_group(sentence: Sentence, mentions: list[Mention], object_articles: frozenset[str]) -> list[Mention]:
    """The coordinated actors that open an untagged sentence: its likely subject, for a later "sie"
    ("Deutschland, Frankreich und Großbritannien haben ... ausgelöst. Sie werfen Teheran ... vor");
    none where an object article opens it ("Den Präsidenten empfing ...")."""
    ordered = sorted((m for m in mentions if m.code != UNKNOWN_CODE), key=lambda m: m.start)
    if not ordered or ordered[0].start != sentence.start or ordered[0].text.split()[0].lower() in object_articles:
        return []
    return subject_guess(sentence, ordered)


def _named_doers(events: list[Event]) -> dict[str, set[str]]:
    """Per event type, the codes the article names as the source of such an event. Only acts the text
    vouches for count: an accused or quoted speaker's culprit ("Russland beschuldigt die Ukraine",
    '"Dieser Terroranschlag ...", sagte Lawrow') leaves the unnamed attacker unknown (guideline 8)."""
    doers: dict[str, set[str]] = {}
    for event in events:
        if event.status != "asserted" or event.reported_by:
            continue
        for actor in event.source:
            if actor.text and actor.code != UNKNOWN_CODE:
                doers.setdefault(event.type, set()).add(actor.code)
    return doers


def _accused_without_accuser(event: Event) -> bool:
    """An accusation told in the passive without its accuser, of someone the text leaves unnamed ("Dem Mann wird
    versuchter Mord vorgeworfen"): in a one-state story that state's authorities and one of its people
    (_fill_implicit)."""
    return event.type == "ACCUSE" and event.mode == "allege" and not event.source and all(
        a.code == UNKNOWN_CODE for a in event.target)


def _unnamed_authority(event: Event) -> bool:
    """An act of state power on people (DOMESTIC_SOURCE_MODES: release, convict, crowd control) whose doer the
    sentence names only by an unnamed description ("Die Beamten setzten Tränengas ein"): a side the story fills
    with its state (_fill_implicit), not someone unnamed to be dropped."""
    return event.mode in DOMESTIC_SOURCE_MODES and bool(event.source) and all(
        a.code == UNKNOWN_CODE and a.text for a in event.source)


def _one_meeting_per_sentence(events: list[Event]) -> list[Event]:
    """Meeting verbs of one sentence whose sides the story filled in alike ("Sein Flugzeug landete in Peking und
    wurde von einer Ehrengarde empfangen") tell one meeting, as merge_duplicates keeps those named alike."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (e.sentence_index, e.type, e.status, frozenset(a.code for a in e.source),
               frozenset(a.code for a in e.target))
        if e.type in ONE_MEETING_TYPES and key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def _pp_slots_only(trigger: Trigger) -> Trigger:
    """The trigger with only its prepositional target slots (a passive has no objects to name its target)."""
    return replace(trigger, target=tuple(t for t in trigger.target if t not in {"acc", "dat", "subj", "gen", "adj",
                                                                              "poss"}))


def _giver_pp(tokens: list[Tagged], parts: list[Participant], ci: int, noun: int) -> list[Participant]:
    """The aus-PP right after a received act noun ("erhielt Waffen aus Deutschland") or a von-PP of its clause
    ("wird von der EU eine Einladung erhalten") names its giver."""
    for p in parts:
        if p.clause == ci and (p.slot == "aus" and 0 < p.first - noun <= 4 or p.slot == "von"):
            return group_of(parts, p)
    return []


def _told_compound_sense(entries: list[Trigger], lemma: str, told_nouns: set[str]) -> Trigger | None:
    """'heimliche Tests' after 'Atomwaffentests': a noun whose with-gate its clause does not open takes up a compound
    of it that the story has told as an event, where the compound's modifier is one of its with-words."""
    head = lemma.casefold()
    modifiers = {word[:word.rfind(head)].rsplit("-", 1)[-1] for word in told_nouns if word.rfind(head) >= 3}
    return next((e for e in entries if e.with_ and any(
        m.startswith(w.casefold()) for m in modifiers for w in e.with_)), None)


def _unnamed_attack(event: Event) -> bool:
    """An attack whose doer the sentence names only by an unnamed description or a pronoun taking one up ("Der Mann
    fuhr in die Menge", "er fügte einer Frau Verletzungen zu") and whose victims it names no actor for; not the
    state's unnamed officers using force on a crowd (_unnamed_authority)."""
    return event.type in KNOWN_DOER_TYPES and not _unnamed_authority(event) and bool(event.source) and all(
        a.code == UNKNOWN_CODE and a.text for a in event.source) and all(a.code == UNKNOWN_CODE for a in event.target)


def _inherit_story_actors(events: list[Event], marks: StoryMarks) -> list[Event]:
    """An event whose sentence names no side ("Zwei Menschen wurden bei dem Angriff getötet")
    continues the article's nearest event of its type, the one before it, else the next (a headline
    told again in the lead): it takes that event's sides (and, like it, no implicit target where it
    had none: place_acts; no implicit source where its doer was unsaid: doers_unnamed); without one it is
    dropped."""
    named = [e for e in events if has_known_actor(e)]
    out: list[Event] = []
    for event in events:
        if has_known_actor(event):
            out.append(event)
            continue
        if _unnamed_attack(event):
            out.append(event)  # the unnamed attacker is a side of its own; _fill_implicit places the attack
            continue
        if _unnamed_authority(event) and not any(e.type == event.type for e in named):
            # no act of its type to continue: the unnamed officers are the one-state story's authorities
            out.append(event)
            continue
        if event.type in RETOLD_NOUN_TYPES and event.rule.startswith("N:") and id(event) not in marks.course_acts:
            continue  # "nach dem Gespräch", "ein produktives Treffen": the meeting told before, talked about
        same = [e for e in named if e.type == event.type]
        # an earlier act of the sentence counts too ("seit einem nordkoreanischen Atomtest ... und einem
        # Raketenstart": the coordinated act has the same doer)
        at = (event.sentence_index, event.trigger_start)
        before = [e for e in same if (e.sentence_index, e.trigger_start) < at]
        after = [e for e in same if e.sentence_index > event.sentence_index]
        model = before[-1] if before else after[0] if after else None
        if model is None:
            if event.type in STORY_STATE_TYPES or (
                    id(event) in marks.passive_charges and _accused_without_accuser(event)):
                out.append(event)  # _fill_implicit gives it the story's salient actor (or the one state's)
            continue
        event.source = [ActorRef(a.code, "", a.sector) for a in model.source]
        # an unnamed side the sentence names ("der Angeklagte") stays its own
        # (with its span: an unnamed person stays unnamed in _fill_implicit as in the act it continues)
        event.target = event.target or [ActorRef(a.code, "", a.sector, a.start, a.end) for a in model.target]
        marks.carry(model, event)
        event.confidence = round(max(0.1, event.confidence - IMPLICIT_PENALTY), 2)
        out.append(event)
    return out


def _target_at_place(events: list[Event], placed_targets: set[int]) -> None:
    """An attack aimed only at the state where it happens ("der Angriff in Doha") is the story's attack that
    names its target at that place ("Israels Angriff auf die Hamas in Doha"): it takes that target, not the
    host state's."""
    for event in events:
        if id(event) not in placed_targets:
            continue
        places = {a.text for a in event.target if a.text}
        doers = {a.code for a in event.source} - {UNKNOWN_CODE}
        here = {a.code for a in event.target}
        models = [e for e in events if e is not event and e.type == event.type and id(e) not in placed_targets
                  and any(p in e.sentence for p in places) and _same_doers(doers, e)
                  and {a.code for a in e.target} - here - {UNKNOWN_CODE}]
        if not models:
            continue
        model = min(models, key=lambda e: abs(e.sentence_index - event.sentence_index))
        event.target = [ActorRef(a.code, "", a.sector) for a in model.target if a.code != UNKNOWN_CODE]
        event.confidence = round(max(0.1, event.confidence - IMPLICIT_PENALTY), 2)


def _same_doers(doers: set[str], event: Event) -> bool:
    """Whether an event may be done by the same side: either names none, or they share one."""
    theirs = {a.code for a in event.source} - {UNKNOWN_CODE}
    return not doers or not theirs or bool(doers & theirs)


def _continue_targets(events: list[Event]) -> None:
    """A protest told without a target (CONTINUED_TARGET_TYPES) is aimed at what the story's nearest earlier
    protest of the same side was aimed at ("Tausende Dänen protestieren gegen X. Sie versammelten sich vor dem
    Rathaus"); the opposition's own protest, with no such one, at its state's government."""
    for i, event in enumerate(events):
        if event.type not in CONTINUED_TARGET_TYPES or event.target or not event.source:
            continue
        doers = {a.code for a in event.source} - {UNKNOWN_CODE}
        earlier = [e for e in events[:i] if e.type == event.type and doers & {a.code for a in e.source}
                   and any(a.code != UNKNOWN_CODE for a in e.target)]
        if earlier:
            event.target = [ActorRef(a.code, "", a.sector) for a in earlier[-1].target if a.code != UNKNOWN_CODE]
        elif all(a.sector == "OPP" and a.code != UNKNOWN_CODE for a in event.source):
            event.target = [ActorRef(event.source[0].code, "", None)]
        else:
            continue
        event.confidence = round(max(0.1, event.confidence - IMPLICIT_PENALTY), 2)


def _owner_of_described_noun(tokens: list[Tagged], clause: Clause, parts: list[Participant],
                             adjective: int) -> list[Participant]:
    """Whose act an attributive adjective describes: the genitive or von-actor after its noun ("Akt
    Russlands", "Appelle von Ben-Gvir"), else a genitive or nationality before it ("Russlands
    rücksichtsloses Vorgehen", "das russische Vorgehen")."""
    head = adjective + 1
    while head < clause.end and (tokens[head].pos == "ADJA" or tokens[head].text in {",", "und"}):
        head += 1
    if head >= clause.end or not tokens[head].pos.startswith("NN"):
        return []
    after = head + 1
    if after < clause.end and tokens[after].lemma.lower() in {"von", "d", "der", "des"}:
        after += 1
    for p in parts:
        if p.first == after and p.mention.code != UNKNOWN_CODE:
            return group_of(parts, p)
    before = adjective - 1
    while before >= clause.start and tokens[before].pos in {"ART", "ADJA"} and not any(
            p.first <= before <= p.last for p in parts):
        before -= 1
    owner = next((p for p in parts if p.last == before and p.mention.code != UNKNOWN_CODE
                  and (p.mention.kind == "adjective" or p.mention.text.endswith("s"))), None)
    return group_of(parts, owner) if owner else []


def _owner_of_subject_noun(tokens: list[Tagged], clause: Clause, ci: int, parts: list[Participant],
                           exclude: set[int]) -> list[Participant]:
    """The owner of a subject that names a thing, not an actor, before the finite verb ("Die Pläne
    Israels", "Der Beschluss der US-Regierung", "Die von den USA verhängten Einreiseverbote"): its genitive,
    nationality or von-agent."""
    if clause.finite is None or tokens[clause.start].pos not in SUBJECT_NP_OPENERS:
        return []
    vorfeld = [p for p in parts if p.clause == ci and clause.start <= p.first < clause.finite and id(p) not in exclude]
    if any(p.slot == "bare" for p in vorfeld):
        return []
    owner = next((p for p in vorfeld if p.slot in {"gen", "adj", "von"} and p.mention.code != UNKNOWN_CODE), None)
    return group_of(parts, owner) if owner else []


def _union_of_groups(parts: list[Participant], chosen: list[Participant]) -> list[Participant]:
    """The chosen participants with those coordinated with each, in order, each once."""
    out: list[Participant] = []
    for p in chosen:
        out.extend(q for q in group_of(parts, p) if q not in out)
    return out


def _content_lemmas(tokens: list[Tagged], clauses: list[Clause], ci: int) -> set[str]:
    """The lemmas of the zu-infinitives that depend on clause ci (what its verb demands, threatens or warns of)."""
    out: set[str] = set()
    for clause in clauses:
        if clause.parent == ci and clause.kind == "inf":
            out |= {t.lemma for t in tokens[clause.start:clause.end]}
            out |= {verb_lemma(tokens, k, clause) for k in clause.verbs}
    return out


def _first_person(tokens: list[Tagged], clause: Clause) -> bool:
    """Whether the clause has "ich" or "wir" as a word: "verspreche ich" is the indicative, not Konjunktiv I."""
    return any(t.pos == "PPER" and t.text.lower() in {"ich", "wir"} for t in tokens[clause.start:clause.end])


def _subjunctive_one(tok: Tagged) -> bool:
    """A third person singular Konjunktiv I of a full verb ("handle", "verstoße", "bestreite"): its stem and "e", a form
    the indicative third person does not have ("handelt", "verstößt")."""
    if tok.pos != "VVFIN":
        return False
    word, lemma = tok.text.lower(), tok.lemma.lower()
    if lemma.endswith("eln"):
        return word == lemma[:-3] + "le"
    return lemma.endswith("en") and word == lemma[:-1]


def _shared_subject_nouns(tokens: list[Tagged], clauses: list[Clause], ci: int) -> set[str]:
    """'die Drohne verfolgt ihn und explodiert': a coordinated clause shares the clause before's subject, whose
    noun may be the with-word of its verb."""
    clause = clauses[ci]
    if not clause.coordinated or ci == 0 or _own_subject(tokens, clause):
        return set()
    before = clauses[ci - 1]
    return {t.lemma for t in tokens[before.start:before.end] if t.pos.startswith("NN")}


def _own_subject(tokens: list[Tagged], clause: Clause) -> bool:
    """Whether a coordinated clause names a subject of its own before its finite verb ("und die Ukraine traf sich
    mit ..."): a noun outside a PP or a nominative personal pronoun ("und schließlich neben ihm explodiert": none)."""
    end = clause.finite if clause.finite is not None else clause.end
    return any((tokens[k].pos.startswith("NN") or tokens[k].pos == "NE") and preposition_of(tokens, clause, k) is None
               or tokens[k].pos == "PPER" and tokens[k].text.lower() in NOMINATIVE_PRONOUNS
               for k in range(clause.start, end))


def _clause_words_for(tokens: list[Tagged], clause: Clause, noun: int, lemmas: set[str],
                      time_nouns: frozenset[str] = frozenset()) -> set[str]:
    """The clause's words as a noun trigger's with-gate sees them: its own preposition ("begann mit
    einem Manöver") is no partner ("Manöver mit den USA")."""
    j = preposition_of(tokens, clause, noun)
    lemmas = lemmas - _other_nouns_prepositions(tokens, clause, noun, j, time_nouns)
    if j is None:
        return lemmas
    own = tokens[j].lemma
    if sum(t.lemma == own for t in tokens[clause.start:clause.end]) > 1:
        return lemmas
    return lemmas - {own}


def _other_nouns_prepositions(tokens: list[Tagged], clause: Clause, noun: int, own: int | None,
                              time_nouns: frozenset[str]) -> set[str]:
    """Prepositions that stand only right after another common noun belong to that noun's phrase ("Inmitten
    der Spannungen mit den USA hielt Venezuela ein Manöver ab": no partner of the manoeuvre); the trigger's
    own preposition is left to the caller."""
    attached: dict[str, bool] = {}
    for k in range(clause.start + 1, clause.end):
        if tokens[k].pos not in {"APPR", "APPRART"} or k == own:
            continue
        before = tokens[k - 1]
        # a name before it may close the noun's own genitive; a time noun ("am Montag") heads no phrase of it
        other = before.pos == "NN" and k - 1 != noun and before.lemma not in time_nouns
        attached[tokens[k].lemma] = attached.get(tokens[k].lemma, True) and other
    return {lemma for lemma, only_after_nouns in attached.items() if only_after_nouns}


def _target_pp_before(tokens: list[Tagged], parts: list[Participant], ci: int, item: Found,
                      source: list[Participant]) -> list[Participant]:
    """The nearest actor before a light verb's act noun in a PP of the noun's target preposition that belongs to the
    verb phrase, not to another noun ("wegen der Angriffe auf Kiew" names no target of the sanctions)."""
    preps = {t for t in item.trigger.target if t not in {"acc", "dat", "gen", "adj", "subj", "poss"}}
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


def _after(date: PartialDate | None, published: PartialDate | None) -> bool:
    """Whether the event's date lies after the publication, compared at the coarser precision."""
    if date is None or published is None:
        return False
    if date.precision == "day" and published.precision == "day":
        return date.as_date() > published.as_date()
    if date.month is not None and published.month is not None:
        return (date.year, date.month) > (published.year, published.month)
    return date.year > published.year


def _speaker_pronouns(parts: list[Participant], attribution: Attribution, first_person: frozenset[str],
                      quoted_speaker: Mention | None = None) -> Mention | None:
    """In reported speech the pronoun is the speaker: "sagte die Sprecherin, sie rufe ... auf"; a
    first person plural in a quote is the speaker's side: '"Wir haben den Botschafter einbestellt",
    teilte das Außenamt mit' (or the previous sentence's speaker, where a quote goes on). A "wir"
    with no speaker is dropped. Returns the sentence's speaker, if any."""
    speakers = [p.mention for p in attribution.speakers(parts) if p.clause in attribution.clauses]
    persons = [m for m in speakers if m.kind in {"person", "role"}]
    side = speakers[0] if speakers else quoted_speaker
    for p in parts:
        if p.mention.kind != "pronoun" or p.clause in attribution.clauses:
            continue
        word = p.mention.text.lower()
        if word in {"er", "sie"} and persons:
            p.mention = replace(p.mention, code=persons[0].code, sector=persons[0].sector)
        elif word in first_person and side is not None:
            p.mention = replace(p.mention, code=side.code, sector=side.sector)
    parts[:] = [p for p in parts if not (p.mention.kind == "pronoun" and p.mention.code == UNKNOWN_CODE
                                         and p.mention.text.lower() in first_person)]
    return speakers[0] if speakers else None


def _attack_at_home(event: Event, args: Arguments, parts: list[Participant], ci: int) -> bool:
    """An attack by a state's forces in that state's own land ("Bombardierungen durch Kräfte der Regierung ...
    in Syrien") hits people there the text leaves unnamed: no target from the story."""
    doers = {a.code for a in event.source}
    return event.type in KNOWN_DOER_TYPES and len(doers) == 1 and UNKNOWN_CODE not in doers and any(
        p.clause == ci and p.slot == "in" and p.mention.kind in PLACE_KINDS and p.mention.code in doers
        for p in parts if p not in args.source)


def _without_subsumed_support(events: list[Event]) -> list[Event]:
    """'finanziert und unterstützt': support given by the same side to the same side as material aid in the
    sentence is that aid, no verbal support of its own."""
    aid = {(frozenset(a.code for a in e.source), frozenset(a.code for a in e.target)) for e in events
           if e.type == "AID"}
    return [e for e in events if e.type != "SUPPORT" or (
        frozenset(a.code for a in e.source), frozenset(a.code for a in e.target)) not in aid]


def _describes_a_group(part: Participant, parts: list[Participant]) -> bool:
    """A nationality adjective right before a named group is the group's attribute, no side of its own: "an die
    russischen Wagner-Söldner" is aimed at Wagner (GUIDELINES: a non-state group has its own code)."""
    return part.mention.kind == "adjective" and any(
        q.first == part.last + 1 and q.mention.kind == "group" and q.mention.code != UNKNOWN_CODE for q in parts)


def _state_body(actors: list[ActorRef], sectors: set[str]) -> bool:
    return bool(actors) and actors[0].sector in sectors and actors[0].code != UNKNOWN_CODE


def _dateline_end(tokens: list[Tagged]) -> int:
    """Token index after a dateline ("Pjöngjang – ", "Jerusalem/Ramallah – "), else 0."""
    for k in range(min(len(tokens), 5)):
        if tokens[k].text in {"–", "—", "-"}:
            return k + 1 if k > 0 and all(t.pos in {"NE", "NN", "$(", "FM"} or t.text == "/"
                                          for t in tokens[:k]) else 0
    return 0


