"""Event status from German cue words: asserted, alleged, denied, intended, negated."""

from __future__ import annotations

from ..nlp.tagger import Tagged
from .clauses import Clause, clause_lemmas, preposition_of, verb_lemma


class StatusCues:
    """Cue word sets from data/<lang>/cues.yaml."""

    def __init__(self, cues: dict) -> None:
        self.negation = frozenset(cues["negation_forms"])
        self.negation_exceptions = tuple(cues["negation_exceptions"])
        self.evidence_nouns = frozenset(cues["evidence_nouns"])
        self.negating_verbs = frozenset(cues["negating_verbs"])
        self.negating_infinitive_openers = frozenset(cues["negating_infinitive_openers"])
        self.intention_verbs = frozenset(cues["intention_verbs"])
        self.intention_attributes = frozenset(cues["intention_attributes"])
        self.future = frozenset(cues["future_forms"])
        self.schedule_finites = frozenset(cues["schedule_finites"])
        self.schedule_phrases = tuple(cues["schedule_phrases"])
        self.future_phrases = tuple(cues["future_phrases"])
        self.setting_prepositions = frozenset(cues["hedge_setting_prepositions"])
        self.indefinite = frozenset(cues["indefinite_articles"])
        self.sollen = frozenset(cues["sollen"])
        self.demand_forms = frozenset(cues["demand_forms"])
        self.said_demand_forms = frozenset(cues["said_demand_forms"])
        self.allegation = frozenset(cues["allegation_forms"])
        self.habitual = tuple(cues["habitual_forms"])
        self.modal_no_event = frozenset(cues["modal_no_event_forms"])
        self.hypothetical = tuple(cues["hypothetical_openers"])


def clause_status(tokens: list[Tagged], clause: Clause, trigger: int, cues: StatusCues,
                  *, noun: bool = False) -> str:
    """Status of an event whose trigger stands in the clause."""
    words = [t.text.lower() for t in tokens[clause.start:clause.end]]
    text = " ".join(words)
    if noun and _no_evidence_for(tokens, clause, trigger, cues):
        return "denied"
    if _negated(tokens, clause, trigger, cues, text, noun=noun) or _instead_of(tokens, clause, cues):
        return "negated"
    # "mutmaßlich" as an adverb hedges the event; as an attribute ("mutmaßliche Kämpfer") only its noun
    if any(tokens[k].text.lower() in cues.allegation and tokens[k].pos in {"ADV", "ADJD"}
           and not _outside_setting(tokens, clause, trigger, k, cues, noun=noun)
           for k in range(clause.start, clause.end)):
        return "alleged"
    finite = tokens[clause.finite].text.lower() if clause.finite is not None else ""
    if noun and (_planned_attribute(tokens, clause, trigger, cues) or finite in cues.schedule_finites and any(
            f" {phrase} " in f" {text} " for phrase in cues.schedule_phrases)):
        return "intended"  # "ein geplanter Kredit", "ein Treffen steht auf dem Programm"
    if finite in cues.sollen:
        # "soll ... getestet haben": alleged; "soll ... gelten": planned
        return "alleged" if _perfect_infinitive(tokens, clause) else "intended"
    if noun and _fronted_setting(tokens, clause, trigger):
        # "Am Rande des Besuchs von Obama in Kuba haben die USA versucht, ... zu vermitteln": the act noun in a
        # fronted PP is the setting, told as a fact; the clause's plan or future does not reach it
        return "asserted"
    if clause_lemmas(tokens, clause) & cues.intention_verbs and not _intention_is_trigger(
            tokens, clause, trigger, cues):
        return "intended"
    if finite in cues.future and not clause.passive and any(
            t.pos == "VVINF" for t in tokens[clause.start:clause.end]):
        return "intended"
    if _future_infinitive(tokens, clause, trigger, cues) or any(
            f" {phrase} " in f" {text} " for phrase in cues.future_phrases):
        return "intended"
    return "asserted"


def _future_infinitive(tokens: list[Tagged], clause: Clause, trigger: int, cues: StatusCues) -> bool:
    """A verb-final infinitive trigger with its own form of werden ("dass X sich nicht einschüchtern lasse und die
    Ukraine weiter unterstützen werde"): future, also where the clause's first finite verb is another conjunct's."""
    return tokens[trigger].pos == "VVINF" and trigger + 1 < clause.end \
        and tokens[trigger + 1].text.lower() in cues.future


def _no_evidence_for(tokens: list[Tagged], clause: Clause, noun: int, cues: StatusCues) -> bool:
    """'keine Beweise für Waffenlieferungen': the act noun in the PP of a negated noun of evidence is disputed."""
    j = preposition_of(tokens, clause, noun)
    return j is not None and j - 2 >= clause.start and tokens[j - 1].text.lower() in cues.evidence_nouns \
        and tokens[j - 2].text.lower().startswith("kein")


def _outside_setting(tokens: list[Tagged], clause: Clause, trigger: int, k: int, cues: StatusCues, *,
                     noun: bool) -> bool:
    """Whether the hedge at k stands outside the setting PP whose act noun is the trigger (setting_prepositions): it
    hedges the verb's claim, the act is the known setting ("haben sich bei den Verhandlungen offenbar angenähert");
    not a PP the verb takes ("hat sich offenbar an den Angriffen beteiligt"). A definite act noun outside a PP is known
    too, unless the hedge stands in its own phrase ("Offenbar sind die Gespräche beendet", but "das Eindringen eines
    mutmaßlich russischen Flugkörpers")."""
    if not noun:
        return False
    j = preposition_of(tokens, clause, trigger)
    if j is not None:
        return tokens[j].text.lower() in cues.setting_prepositions and not j < k < trigger
    d = trigger - 1
    while d >= clause.start and tokens[d].pos in {"ADJA", "CARD"}:
        d -= 1
    definite = d >= clause.start and (tokens[d].pos == "PPOSAT" or tokens[d].pos == "ART" and tokens[d].text.lower()
                                      not in cues.indefinite)
    return definite and not d < k <= trigger + 3


def _perfect_infinitive(tokens: list[Tagged], clause: Clause) -> bool:
    """Whether the clause has a perfect infinitive ("soll ... angegriffen haben"); HanTa may tag its clause-final
    auxiliary as finite, so a form of haben/sein after a participle that is not the clause's finite verb counts."""
    return any(t.lemma in {"haben", "sein"} and (t.pos == "VAINF" or t.pos == "VAFIN" and k != clause.finite
                                                   and tokens[k - 1].pos == "VVPP")
               for k, t in enumerate(tokens[clause.start:clause.end], clause.start))


def _fronted_setting(tokens: list[Tagged], clause: Clause, noun: int) -> bool:
    """Whether the noun stands in a PP before the finite verb of a main clause."""
    return clause.kind == "main" and clause.finite is not None and noun < clause.finite and any(
        tokens[k].pos in {"APPR", "APPRART"} or _preposition_zu(tokens, k) for k in range(clause.start, noun))


def _preposition_zu(tokens: list[Tagged], k: int) -> bool:
    """A "zu" tagged as the infinitive particle before a noun phrase is the preposition ("Parallel zu neuen
    Verhandlungen ...": HanTa tags it PTKZU)."""
    return tokens[k].pos == "PTKZU" and k + 1 < len(tokens) and tokens[k + 1].pos in {"ADJA", "ART", "NN", "NE",
                                                                                        "PPOSAT", "CARD"}


def _instead_of(tokens: list[Tagged], clause: Clause, cues: StatusCues) -> bool:
    """A zu-infinitive opened by "statt", "anstatt" or "ohne": its act did not happen."""
    return clause.kind in {"sub", "inf"} and tokens[clause.start].text.lower() in cues.negating_infinitive_openers \
        and any(t.pos in {"PTKZU", "VVIZU"} for t in tokens[clause.start:clause.end])


def _planned_attribute(tokens: list[Tagged], clause: Clause, noun: int, cues: StatusCues) -> bool:
    """'ein geplanter Milliardenkredit', 'die angekündigten US-Atomwaffentests'."""
    k = noun - 1
    while k >= clause.start and tokens[k].pos in {"ADJA", "ADV", "CARD"}:
        if tokens[k].pos == "ADJA" and _stem(tokens[k].text.lower()) in cues.intention_attributes:
            return True
        k -= 1
    return False


def _stem(adjective: str) -> str:
    """The participle of an inflected attribute: 'geplanten' -> 'geplant'."""
    for ending in ("en", "er", "es", "em", "e"):
        if adjective.endswith(ending):
            return adjective[: -len(ending)]
    return adjective


def _intention_is_trigger(tokens: list[Tagged], clause: Clause, trigger: int, cues: StatusCues) -> bool:
    """The intention verb is the trigger itself ("kündigte Gegenmaßnahmen an" as a threat), or the
    trigger is a noun in a prepositional phrase, a circumstance of the plan ("während seines Besuchs")."""
    if trigger in clause.verbs:
        return verb_lemma(tokens, trigger, clause).lower() in cues.intention_verbs
    return tokens[trigger].lemma.lower() in cues.intention_verbs or preposition_of(tokens, clause, trigger) is not None


def _negated(tokens: list[Tagged], clause: Clause, trigger: int, cues: StatusCues, text: str,
             *, noun: bool) -> bool:
    if any(exc in text for exc in cues.negation_exceptions):
        return False
    for k in range(clause.start, clause.end):
        word = tokens[k].text.lower()
        if word not in cues.negation:
            continue
        if word.startswith("kein"):
            # "kein" negates its own noun: an act noun only when that noun is the trigger ("keine Sanktionen
            # verhängt"), not "keine Mitglieder getötet"; a verb's act where it opens one of its sides ("Kein Mitglied
            # sei getötet worden", "wolle keine Grenzen schließen")
            if noun and 0 < trigger - k <= 3 or not noun and not _other_conjunct(
                    tokens, min(k, trigger), max(k, trigger), first_is_trigger=trigger < k):
                return True
            continue
        if _other_conjunct(tokens, min(k, trigger), max(k, trigger), first_is_trigger=trigger < k):
            continue
        if _negates_negating_verb(tokens, clause, trigger, cues):
            continue  # "dass der Kredit nicht an der Blockade scheitert": two negations, the act goes ahead
        following = tokens[k + 1] if k + 1 < clause.end else None
        if following is not None and (following.text.lower() in {"nur", "zuletzt", "mehr", "erst"}
                                      or following.pos in {"ADJD", "ADJA"}):
            continue  # "nicht nur", "nicht akzeptabel": no negation of the act itself
        return True
    return False


def _negates_negating_verb(tokens: list[Tagged], clause: Clause, trigger: int, cues: StatusCues) -> bool:
    """Whether the clause's verb (not the trigger) is one that negates its act (scheitern, verhindern), so that
    "nicht" negates that verb, not the act."""
    return any(v != trigger and verb_lemma(tokens, v, clause).lower() in cues.negating_verbs for v in clause.verbs)


def _other_conjunct(tokens: list[Tagged], first: int, last: int, *, first_is_trigger: bool) -> bool:
    """Whether a coordinating conjunction after a verb of the first word's conjunct stands between the negation
    and the trigger ("dass Deutschland sich nicht einschüchtern lasse und die Ukraine weiter unterstützen werde"):
    the negation does not reach over into the other conjunct."""
    start = first if first_is_trigger else first + 1
    for j in range(first + 1, last):
        if tokens[j].pos == "KON" and tokens[j].text.lower() in {"und", "oder", "sowie", "aber"}:
            return any(t.pos.startswith("V") for t in tokens[start:j])
    return False


def is_habitual(tokens: list[Tagged], clause: Clause, cues: StatusCues) -> bool:
    """Habitual actions ("immer wieder", "regelmäßig") and mere capabilities or obligations
    ("können ... treffen", "müsse sich entschuldigen") are not coded."""
    text = " ".join(t.text.lower() for t in tokens[clause.start:clause.end])
    if clause.finite is not None and tokens[clause.finite].text.lower() in cues.modal_no_event:
        return True
    if any(text.startswith(opener + " ") for opener in cues.hypothetical):
        return True
    return any(f" {h} " in f" {text} " for h in cues.habitual)
