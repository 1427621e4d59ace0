"""Assembling events from chosen participants: shared by the German and English coders."""

from __future__ import annotations

from ..model import UNKNOWN_CODE, ActorRef, Event
from .clauses import Participant

# meetings: two verbs with the same sides and status in one sentence tell one meeting (its arrival and reception, its
# talks), unlike two attacks or tests
ONE_MEETING_TYPES = frozenset({"CONSULT"})


def actor_refs(parts: list[Participant]) -> list[ActorRef]:
    """The participants as event actors, one per code, in order."""
    seen: set[str] = set()
    out = []
    for p in parts:
        m = p.mention
        if m.code in seen:
            continue
        seen.add(m.code)
        out.append(ActorRef(m.code, m.text, m.sector, m.start, m.end))
    return out


def confidence(source: list[ActorRef], target: list[ActorRef], noun: bool) -> float:
    """A rough confidence: named sides raise it, a noun trigger or an unknown source lowers it."""
    score = 0.5 + 0.2 * bool(source) + 0.1 * bool(target) - 0.1 * noun
    if any(a.code == UNKNOWN_CODE for a in source):
        score -= 0.1
    return round(max(0.1, min(score, 0.95)), 2)


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per type and actors in a sentence: verb and noun of one act ("attacked ... in an attack")."""
    out: list[Event] = []
    for event in events:
        key_codes = {a.code for a in event.source}
        sides = {a.code for a in event.source + event.target}
        twin = next((e for e in out if e.type == event.type and not _two_verbs(e, event)
                     and not _two_targets(e, event) and (
            {a.code for a in e.source} & key_codes or not e.source or not event.source
            or _is_verb(e) != _is_verb(event) and {a.code for a in e.source + e.target} == sides)), None)
        if twin is None:
            out.append(event)
            continue
        if _is_verb(event) and not _is_verb(twin) and event.source and event.target:
            # "wurden von der EU-Kommission zu Gesprächen empfangen": the verb's clause knows the
            # direction better than the noun's attributes, and it is the better evidence
            if not _named(event.target) and _named(twin.target):
                event.target = twin.target  # but an unnamed undergoer keeps the noun's named one
            out[out.index(twin)] = event
            continue
        if not twin.source and event.source:
            # the verb of "hatten sich ... zu Verhandlungen getroffen" knows who met
            twin.source = event.source
            own = {a.code for a in twin.source}
            twin.target = [a for a in twin.target if a.code not in own]
        if not twin.target and event.target:
            twin.target = [a for a in event.target if a.code not in {b.code for b in twin.source}]
    return out


def one_meeting_per_sentence(events: list[Event]) -> list[Event]:
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


def _is_verb(event: Event) -> bool:
    """Whether a verb triggered the event (rules 'V:lemma', 'en:V:lemma')."""
    return ":V:" in f":{event.rule}"


def _two_verbs(a: Event, b: Event) -> bool:
    """Two verb triggers tell two acts ("schoss Drohnen ab und bombardierte Stellungen", "kidnapped ... and
    exploded bombs"), in German also two different act nouns; a verb and a noun may tell one."""
    if not _is_verb(a) and not _is_verb(b) and a.rule != b.rule and not a.rule.startswith("en:"):
        return True  # German: two act nouns tell two acts ("seinen Atomwaffentest und den Start einer Rakete")
    if not (_is_verb(a) and _is_verb(b) and a.rule != b.rule):
        return False
    if a.type in ONE_MEETING_TYPES and not a.rule.startswith("en:") and _same_sides(a, b) and a.status == b.status:
        return False  # German: "landete in Peking und wurde empfangen", "sprechen und sich austauschen": one meeting
    # English coordinates verbs of one act ("donated and delivered"): two acts only on different targets
    return not a.rule.startswith("en:") or _apart(a.target, b.target)


def _same_sides(a: Event, b: Event) -> bool:
    """The same named codes on both sides."""
    return {x.code for x in a.source} == {x.code for x in b.source} and \
        {x.code for x in a.target} == {x.code for x in b.target}


def _two_targets(a: Event, b: Event) -> bool:
    """German: acts of one type aimed at different sides are two acts ("Am Rande des Besuchs von Obama in Kuba
    haben die USA versucht, in den kolumbianischen Friedensverhandlungen zu vermitteln": a visit and a
    mediation)."""
    return not a.rule.startswith("en:") and _apart(_named(a.target), _named(b.target))


def _named(sides: list) -> list:
    """The sides an actor stands for: an unnamed side ("keine führenden Mitglieder getötet" after "Angriff auf
    die Hamas") may be part of a named one, so it sets no act apart."""
    return [a for a in sides if a.code != UNKNOWN_CODE]


def _apart(a: list, b: list) -> bool:
    """Two non-empty target lists without a shared code."""
    return bool(a and b) and not {x.code for x in a} & {x.code for x in b}


def has_known_actor(event: Event) -> bool:
    """Whether any side names an actor with a code."""
    return any(a.code != UNKNOWN_CODE for a in event.source + event.target)
