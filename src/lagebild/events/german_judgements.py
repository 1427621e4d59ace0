"""German coder, step 2 for judgements: who judges whom in "kritisierte den Angriff", "ein
rücksichtsloser Akt Russlands", "Es sei unentschuldbar, ...", and the unnamed sides such acts have."""

from __future__ import annotations

from ..model import UNKNOWN_CODE, Mention
from ..nlp.tagger import Tagged
from .arguments import Arguments, bare_candidates, group_of, noun_arguments, target_prepositions
from .attribution import Attribution
from .clauses import Clause, Participant, preposition_of, verb_lemma
from .german_base import PP_REACH, SUBJECT_NP_OPENERS, Found, GermanBase


class JudgementSteps(GermanBase):
    """The sides of judging acts and of acts whose side stays unnamed."""

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


def _unnamed_addressee(tokens: list[Tagged], clause: Clause, item: Found,
                       parts: list[Participant]) -> list[Participant]:
    """'Drohungen gegen dortige ausländische Botschaften': the noun's own addressee PP (gegen, an) names
    people or things no actor stands for; they are an unnamed side ('---', guideline 8)."""
    preps = set(target_prepositions(item.trigger))
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
