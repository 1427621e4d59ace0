"""Who says so: reported_by from "laut X", "X zufolge", "nach Angaben X", "berichtete X", "sagte X"."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import UNKNOWN_CODE
from ..nlp.tagger import Tagged
from .clauses import Clause, Participant, verb_lemma


@dataclass
class Attribution:
    """Reporters of a sentence and the clauses/participants that name them."""

    codes: list[str] = field(default_factory=list)
    clauses: set[int] = field(default_factory=set)        # clauses that are only reporting frames
    participants: set[int] = field(default_factory=set)    # id() of reporter participants
    # the previous sentence's speaker, where this one goes on in reported speech without its own
    # ("X teilte mit, ... . Der Vorfall sei ein rücksichtsloser Akt Russlands.")
    continued_speaker: Participant | None = None

    def speakers(self, parts: list[Participant]) -> list[Participant]:
        """The participants that name a reporter of the sentence."""
        return [p for p in parts if id(p) in self.participants]

    def judges(self, parts: list[Participant]) -> list[Participant]:
        """Who judges in the sentence: its speakers, else the speaker its reported speech goes on from."""
        return self.speakers(parts) or ([self.continued_speaker] if self.continued_speaker else [])

    def add(self, code: str) -> None:
        """Add a reporter code once."""
        if code not in self.codes:
            self.codes.append(code)


class AttributionCues:
    """Cue word sets from data/<lang>/cues.yaml."""

    def __init__(self, cues: dict) -> None:
        # the phrases before a source by their first word, longest first: a token is compared with its own few
        self.before_by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(cues["attribution_before"], key=len, reverse=True):
            words = tuple(phrase.split())
            if words:
                self.before_by_first.setdefault(words[0], []).append(words)
        self.after = frozenset(cues["attribution_after"])
        self.verbs = frozenset(cues["reporting_verbs"])
        self.unnamed = frozenset(w.lower() for w in cues["unnamed_sources"])


def find_attribution(tokens: list[Tagged], clauses: list[Clause], parts: list[Participant],
                     cues: AttributionCues, skip: set[int] = frozenset()) -> Attribution:
    """Reporter codes named by attribution phrases and reporting verbs of the sentence."""
    found = Attribution()
    lower = [t.text.lower() for t in tokens]
    _add_headline_speaker(tokens, parts, found)
    for i in range(len(tokens)):
        phrase = _phrase_at(lower, i, cues.before_by_first)
        if phrase:
            _add_np_after(tokens, i + phrase, parts, cues, found)
        if lower[i] in cues.after:
            _add_np_before(tokens, i, parts, cues, found)
    for ci, clause in enumerate(clauses):
        verbs = [k for k in range(clause.start, clause.end)
                 if tokens[k].pos.startswith("VV") and tokens[k].lemma.lower() in cues.verbs and k not in skip
                 and _reporting_with_particle(tokens, k, clause, cues)]
        if not verbs:
            continue
        subject = _reporting_subject(clause, ci, parts, verbs[0]) or _source_pp(tokens, clause, ci, parts, verbs[0])
        if subject:
            found.clauses.add(ci)
            for p in subject:
                found.participants.add(id(p))
                found.add(p.mention.code)
        elif _unnamed_subject(tokens, clause, cues):
            found.clauses.add(ci)
            found.add(UNKNOWN_CODE)
    return found


def _reporting_with_particle(tokens: list[Tagged], k: int, clause: Clause, cues: AttributionCues) -> bool:
    """A reporting verb stays one with its separable particle ("teilte mit", "fügte hinzu"), not where the particle
    makes another verb ("sagte eine Reise ab", "sprach sich für X aus")."""
    joined = verb_lemma(tokens, k, clause).lower()
    return joined == tokens[k].lemma.lower() or joined in cues.verbs


def _add_headline_speaker(tokens: list[Tagged], parts: list[Participant], found: Attribution) -> None:
    """A title's speaker before a colon: "Pjöngjang: Seoul plant Schlag gegen die Führung"."""
    for p in parts:
        colon = p.last + 1
        if p.first <= 1 and colon < len(tokens) - 2 and tokens[colon].text == ":" and all(
                t.pos in {"ART", "ADJA", "NE", "NN"} for t in tokens[:p.first]):
            for q in [q for q in parts if q.group == p.group]:
                found.participants.add(id(q))
                found.add(q.mention.code)
            return


def _phrase_at(lower: list[str], i: int, by_first: dict[str, list[tuple[str, ...]]]) -> int:
    for words in by_first.get(lower[i], ()):
        if tuple(lower[i:i + len(words)]) == words:
            return len(words)
    return 0


def _add_np_after(tokens: list[Tagged], start: int, parts: list[Participant], cues: AttributionCues,
                  found: Attribution) -> None:
    for p in parts:
        if start <= p.first <= start + 4:
            group = [q for q in parts if q.group == p.group]
            for q in group:
                found.participants.add(id(q))
                found.add(q.mention.code)
            return
    if any(t.lemma in cues.unnamed or t.text in cues.unnamed for t in tokens[start:start + 4]):
        found.add(UNKNOWN_CODE)


def _add_np_before(tokens: list[Tagged], end: int, parts: list[Participant], cues: AttributionCues,
                   found: Attribution) -> None:
    for p in reversed(parts):
        if p.last == end - 1:
            for q in [q for q in parts if q.group == p.group]:
                found.participants.add(id(q))
                found.add(q.mention.code)
            return
    if any(t.lemma.lower() in cues.unnamed for t in tokens[max(0, end - 4):end]):
        found.add(UNKNOWN_CODE)


def _reporting_subject(clause: Clause, ci: int, parts: list[Participant], verb: int) -> list[Participant]:
    """The speaker of a reporting clause: ", sagte X", "berichteten X", "X teilte mit"."""
    bare = [p for p in parts if p.clause == ci and p.prep_index is None and p.slot in {"bare", "adj"}]
    if not bare:
        return []
    after = [p for p in bare if p.first > verb]
    chosen = after[0] if after and (clause.finite == verb or clause.finite is None) else bare[0]
    return [p for p in parts if p.group == chosen.group]


def _source_pp(tokens: list[Tagged], clause: Clause, ci: int, parts: list[Participant], verb: int
               ) -> list[Participant]:
    """'Aus dem Kreml hieß es', 'verlautete aus Washington': the aus-PP of an impersonal report."""
    if tokens[verb].lemma.lower() not in {"heißen", "verlauten"}:
        return []
    sources = [p for p in parts if p.clause == ci and p.slot == "aus"]
    return [p for p in parts if p.group == sources[0].group] if sources else []


def _unnamed_subject(tokens: list[Tagged], clause: Clause, cues: AttributionCues) -> bool:
    return any(t.lemma.lower() in cues.unnamed for t in tokens[clause.start:clause.end])
