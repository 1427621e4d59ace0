"""English coder: sides from where the act happens: actor mentions that are only a people's home,
unnamed doers and targets of one state's acts (PLOVER domestic coding), article-context roles."""

from __future__ import annotations

from dataclasses import replace

from ..model import UNKNOWN_CODE, Mention, Sentence
from .arguments import group_of
from .clauses import Participant
from .english_base import DOMESTIC_KINDS, HOME_WINDOW, PEOPLE_KINDS, PLACE_KINDS, UNNAMED_SIDE_KINDS, Built, EnglishBase
from .english_roles import Found
from .english_syntax import (
    Structure,
    title_case,
)


class DomesticSteps(EnglishBase):
    """Filling the sides of acts within one state from the sentence's places and states."""

    def _actors_only(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """Drop names inside an attitude word: "pro-Iranian", "anti-Western" describe a stance, not an actor."""
        def attitude(m: Mention) -> bool:
            before = sentence.text[:m.start - sentence.start].lower()
            return any(before.endswith(prefix) for prefix in self.attitude_prefixes)
        return self._ethnic_groups(sentence, [m for m in mentions if not attitude(m)])

    def _ethnic_groups(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """A people named by origin belongs to the place it lives in: "the Albanians of southern Serbia",
        "ethnic Turks in Sweden" -> the place's code; "ethnic Albanians" alone -> unknown."""
        out = []
        for i, m in enumerate(mentions):
            before = sentence.text[:m.start - sentence.start].lower().split()
            ethnic = bool(before) and before[-1] in self.ethnic_markers
            if m.kind not in PEOPLE_KINDS or not (ethnic or m.kind == "demonym"):
                out.append(m)
                continue
            place = self._home_place(sentence, m, mentions[i + 1:], ethnic)
            if place is not None:
                m = replace(m, code=place.code)
            elif ethnic:
                m = replace(m, code=UNKNOWN_CODE)
            out.append(m)
        return out

    def _home_place(self, sentence: Sentence, m: Mention, later: list[Mention], ethnic: bool) -> Mention | None:
        """The state after "of" (any people) or "in" (an ethnic group), a few words on."""
        place = next((n for n in later if n.kind in PLACE_KINDS and n.code != UNKNOWN_CODE), None)
        if place is None:
            return None
        words = sentence.text[m.end - sentence.start:place.start - sentence.start].lower().split()
        if len(words) > HOME_WINDOW:
            return None
        preps = self.home_prepositions if ethnic else self.home_prepositions[:1]
        return place if any(w in preps for w in words) else None

    def _domestic_doer(self, st: Structure, b: Built, named: set[str]) -> None:
        """'Ibo elders demanded that the Nigerian ministry ...', 'Islamic fundamentalists began a hunger strike
        against the Algerian president': an unnamed doer acting on the only state its sentence names is that
        state's own people (guideline 8: unnamed militants of a known state take its code). An act with no
        doer told at all ("were killed in a bombing") keeps its doer unnamed."""
        if b.args.reciprocal or any(p.mention.code != UNKNOWN_CODE for p in b.args.source):
            return
        targets = [p for p in b.args.target if p.mention.code != UNKNOWN_CODE]
        if not targets or self._agentless(st, b.item):
            return
        place = _place_of(st, targets)
        if place is not None:
            b.args.source = group_of(st.parts, place)
            return
        if named != {p.mention.code for p in targets} or len(named) != 1 \
                or not all(p.mention.kind in DOMESTIC_KINDS for p in targets):
            return
        b.args.source = list(targets)

    def _domestic_target(self, st: Structure, b: Built, named: set[str]) -> None:
        """'Serb forces killed three villagers in Serbia', 'Egyptian police arrested 12 demonstrators': an act that is
        always done to someone (`domestic_target_types`) by one state's actor, with no named target, hits the state
        the sentence places it in ("in" a state), else the actor's own state where the sentence names no other."""
        # a named target stays, so does an unnamed side the sentence describes ("a demonstration by activists",
        # guideline 8); a name the actor base does not know ("President Laurent X") or a people without a
        # place of its own ("ethnic Albanians") is filled
        trig = b.item.trigger
        if trig.type not in self.domestic_target_types or trig.mode in self.answering_modes or b.args.reciprocal or any(
                p.mention.code != UNKNOWN_CODE or p.mention.kind in UNNAMED_SIDE_KINDS for p in b.args.target):
            return
        doers = [p for p in b.args.source if p.mention.code != UNKNOWN_CODE]
        if len({p.mention.code for p in doers}) != 1:
            return
        place = _place_of(st, doers, self.hypothetical)
        if place is not None:
            b.args.target = group_of(st.parts, place)
        elif named == {doers[0].mention.code}:
            b.args.target = list(doers)

    @staticmethod
    def _agentless(st: Structure, item: Found) -> bool:
        """A passive verb without a by-phrase tells no doer ("three civilians were killed in Baghdad")."""
        chain = None if item.noun else st.chain_at(item.index)
        if chain is None or item.index not in chain.passive:
            return False
        return "by" not in st.lower(item.last + 1, st.clauses[item.clause].end)


def _place_of(st: Structure, sides: list[Participant], conditions: frozenset[str] = frozenset()) -> Participant | None:
    """The state a sentence places its act in ("in Serbia", "in Tel Aviv"), other than the given sides'; a place
    in a condition ("will not accept refugees if war starts in Iraq") is where something may happen, not the act."""
    return next((p for p in st.parts if p.slot == "in" and p.mention.kind in PLACE_KINDS
                 and p.mention.code != UNKNOWN_CODE and p not in sides
                 and st.clauses[p.clause].subordinator not in conditions), None)


def sentence_codes(mentions: list[Mention]) -> set[str]:
    """The named codes of a sentence's actor mentions."""
    return {m.code for m in mentions if m.code != UNKNOWN_CODE}


def _with_context_roles(mentions: list[list[Mention]], context: list[list[Mention]]) -> list[list[Mention]]:
    """Role phrases without a country ("President Dos Santos", "the judge") take the code the article
    context gives them (actors/context.py: the state the sentence places the act in, else the story's
    main state); everything else stays as recognised."""
    out = []
    for own, resolved in zip(mentions, context, strict=True):
        taken = {(m.start, m.end): m for m in resolved if m.entry.startswith("context:")}
        # the context's entry goes with its code: the coder may prefer the phrase's own PP to it
        out.append([replace(m, code=taken[m.start, m.end].code, entry=taken[m.start, m.end].entry)
                    if m.code == UNKNOWN_CODE and (m.start, m.end) in taken else m for m in own])
    return out


def _another_body(st: Structure, part: Participant, sources: list[Participant]) -> bool:
    """'Montenegro Municipality Association officials demanded support from the Montenegro Assembly': the same
    name before two different capitalised heads names two bodies of that state, not one actor twice."""
    def head(p: Participant) -> str | None:
        nxt = p.last + 1
        if nxt < len(st.tokens) and st.tokens[nxt].pos == "W" and st.tokens[nxt].text[:1].isupper():
            return st.tokens[nxt].text.lower()
        return None
    own = head(part)
    return own is not None and not title_case([t.text for t in st.tokens]) \
        and all(head(q) not in {None, own} for q in sources if q.mention.code == part.mention.code)
