"""The English coder's shared parts: its language data (cues.yaml) read once, the type sets that
steer its rules, and a built event before it becomes an `Event` (`Built`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..resources import phrase_tuples
from .arguments import Arguments
from .dates import DateResolver
from .english_frames import FrameCues
from .english_roles import Found
from .english_syntax import EnglishCues
from .lexicon import Lexicon

# speech acts whose speaker is the event's source, not its reporter (GUIDELINES)
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})
ACCUSE = "ACCUSE"
# an event noun in a complement is an event of its own only as the content of a claim or denial
NOUN_CONTENT = frozenset({"alleged", "denied"})
# a people named by origin ("Albanians", "Albanian guerrillas") and the places it may live in
PEOPLE_KINDS = frozenset({"demonym", "adjective"})
PLACE_KINDS = frozenset({"state", "capital"})
HOME_WINDOW = 4  # words between the people and its place: "guerrillas operating in Macedonia"
# mentions that name a state, one of its bodies or its people (not an organisation or armed group)
DOMESTIC_KINDS = frozenset({"state", "adjective", "demonym", "capital", "role", "person"})
# mentions of unnamed people described by a noun or pronoun ("activists", "a man", "they"): a side of their own
UNNAMED_SIDE_KINDS = frozenset({"role", "pronoun"})


@dataclass
class Built:
    """A trigger with its arguments, status and reporters, before it becomes an Event."""

    item: Found
    args: Arguments
    status: str
    reporters: list[str] = field(default_factory=list)
    dropped: bool = False


class EnglishBase:
    """The lexicon, the dates and the cue sets of cues.yaml that every step of the coder reads."""


    def __init__(self, lexicon: Lexicon, cues: dict, dates: DateResolver) -> None:
        self.lexicon = lexicon
        self.dates = dates
        verbs = frozenset(t.lemma.split()[0].lower() for t in lexicon.triggers if t.pos == "V")
        nouns = frozenset(t.lemma.lower() for t in lexicon.triggers if t.pos == "N")
        self.cues = EnglishCues(cues, verbs, nouns)
        self.frames = FrameCues(cues)
        self.absorbing = frozenset(cues["absorbing_types"])
        self.hypothetical = frozenset(cues["hypothetical_subordinators"])
        self.goal_forms = phrase_tuples(cues["goal_forms"])
        self.setting = frozenset(cues["setting_subordinators"])
        self.addressed = frozenset(cues["addressed_to_content_actor"])
        self.content_verbs = dict(cues["content_verbs"])
        self.links = frozenset(cues["complement_links"])
        self.threats = dict(cues["announced_threats"])
        self.attitude_prefixes = tuple(cues["attitude_prefixes"])
        self.pluperfect = frozenset(cues["pluperfect_auxiliaries"])
        self.ethnic_markers = list(cues["ethnic_markers"])
        self.home_prepositions = list(cues["home_prepositions"])
        self.failure_forms = phrase_tuples(cues["failure_forms"])
        self.failed_acts = dict(cues["failed_acts"])
        self.refused_acts = dict(cues["refused_acts"])
        self.preparing = frozenset(cues["preparing_verbs"])
        self.prepared_acts = {k: tuple(v) for k, v in cues["prepared_acts"].items()}
        self.refusal_lemmas = frozenset(cues["refusal_lemmas"])
        self.domestic_target_types = frozenset(cues["domestic_target_types"])
        self.answering_modes = frozenset(cues["answering_modes"])
