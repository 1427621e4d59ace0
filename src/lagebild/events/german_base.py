"""The German coder's shared parts: its language data (cues.yaml) read once, the types that
steer its rules, and the trigger a sentence holds (`Found`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..actors.context import ContextCues
from ..model import Event
from ..nlp.tagger import Tagged
from .arguments import CASE_SLOTS
from .attribution import AttributionCues
from .coref import CorefCues
from .dates import DateResolver
from .lexicon import Lexicon, Trigger
from .status import StatusCues

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
NAMING_SLOTS = CASE_SLOTS | {"speaker"}
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
    attackers_hit: set[int] = field(default_factory=set)  # attacks that hit the story's attackers: sides swap

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
# what may open a noun phrase standing as the subject before the finite verb (not a PP or an adverb)
SUBJECT_NP_OPENERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "ADJA", "NN"})
# words of an extended attribute between its article and its participle ("die [von Iran] unterstützte Miliz")
ATTRIBUTE_INNER_POS = frozenset({"APPR", "APPRART", "ART", "NE", "NN", "ADJA", "ADJD", "ADV", "CARD"})


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


class GermanBase:
    """The lexicon, the dates and the cue sets of cues.yaml that every step of the coder reads."""

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
        self.reported_passive = frozenset(cues["reported_passive_forms"])
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
        self.attacker_nouns = tuple(noun.lower() for noun in cues["attacker_nouns"])
        self.generic_quantifiers = frozenset(cues["generic_quantifiers"])
        self.class_relative_pronouns = frozenset(cues.get("class_relative_pronouns") or [])
        self.plural_articles = frozenset(cues.get("plural_articles") or [])
        self.purpose_openers = frozenset(cues.get("purpose_openers") or [])
        self.indefinite_articles = frozenset(cues.get("indefinite_articles") or [])
        self.accused_means_preps = frozenset(cues["accused_means_prepositions"])
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
        self.nominative_pronouns = frozenset(cues["nominative_pronouns"])
        self.first_person_subjects = frozenset(cues["first_person_subjects"])
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
