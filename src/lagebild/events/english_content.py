"""English coder: what a clause's content makes of the acts in it: the content of an accusation
or denial nested with that status, implied demands and offers, addressees of speech acts."""

from __future__ import annotations

from dataclasses import replace

from ..model import UNKNOWN_CODE
from .arguments import Arguments
from .english_base import NOUN_CONTENT, Built, EnglishBase
from .english_frames import (
    chain_status,
    is_obligation,
)
from .english_roles import Found, Roles, same_actor, support_chain
from .english_syntax import Structure
from .lexicon import Trigger


class ContentSteps(EnglishBase):
    """Linking content clauses and complements to the speech acts that govern them."""

    def _implied_demands(self, st: Structure, frames: dict, built: list[Built]) -> list[Built]:
        """'X said (that) Y must drop its barriers': an obligation a speaker lays on a named actor is a
        demand, REQUEST X -> Y, also where the obliged act is no trigger of ours."""
        taken = {id(c) for b in built if not b.dropped
                 for c in [support_chain(st, b.item) if b.item.noun else st.chain_at(b.item.index)] if c}
        roles = Roles(st, set(), self.cues)
        out: list[Built] = []
        for start, speaker in frames.items():
            frame = st.chain_at(start)
            if not speaker or frame is None:
                continue
            for chain in st.chains:
                if id(chain) in taken or chain.start < frame.end or not self._is_complement(st, frame, chain) \
                        or not is_obligation(st, chain, chain.end, self.frames):
                    continue
                obliged = [p for p in roles.subject(chain)
                           if p.mention.code != UNKNOWN_CODE and not same_actor(p, speaker)]
                if obliged:
                    out.append(Built(self._demand_at(st, frame), Arguments(list(speaker), obliged), "asserted"))
                break
        return out

    def _implied_offers(self, st: Structure, built: list[Built]) -> list[Built]:
        """'X is willing to send material to Y', 'X stands ready to contribute troops': an offer is a promise,
        AGREE X -> Y, also where the offered act is no trigger of ours (an offered trigger is retyped in
        english_speech.reinterpret)."""
        taken = {id(c) for b in built if not b.dropped
                 for c in [support_chain(st, b.item) if b.item.noun else st.chain_at(b.item.index)] if c}
        roles = Roles(st, set(), self.cues)
        out: list[Built] = []
        for chain in st.chains:
            if id(chain) in taken or not self._offered(st, chain) \
                    or chain_status(st, chain, chain.end, chain.clause, self.frames) == "negated":
                continue
            source = [p for p in roles.subject(chain) if p.mention.code != UNKNOWN_CODE]
            if source:
                target = roles.fallback_target(chain.end - 1, chain.clause, source)
                out.append(Built(self._act_at(st, chain.verbs[-1], "AGREE", chain.clause),
                                 Arguments(source, target), "asserted"))
        return out

    def _prepared_acts(self, st: Structure, built: list[Built]) -> None:
        """'The army prepared to resume shelling', 'Macedonia is preparing a major offensive': an attack its doer
        gets ready for is a show of force (`prepared_acts`), asserted; a passive "is prepared to" is readiness."""
        for b in built:
            coding = self.prepared_acts.get(b.item.trigger.type)
            chain = support_chain(st, b.item) if b.item.noun else st.chain_at(b.item.index)
            if b.dropped or coding is None or chain is None:
                continue
            if any(st.tokens[v].lemma in self.preparing and v not in chain.passive and v < b.item.first
                   for v in chain.verbs):
                b.item = replace(b.item, trigger=replace(b.item.trigger, **self.lexicon.coding(*coding)))
                b.status = "asserted"

    def _offered(self, st: Structure, chain) -> bool:
        """An offer form right before the offered verb of a chain: "is willing to send", "stands ready to
        help" (not the verb "prepared to" that opens a chain: "the army prepared to attack")."""
        low = max(st.clauses[chain.clause].start, chain.start - 3)
        words = st.lower(low, chain.end)
        for form in self.frames.offers:
            for i in range(len(words) - len(form) + 1):
                at = low + i
                if tuple(words[i:i + len(form)]) == form and (at != chain.start or st.tokens[at].pos != "VERB") \
                        and any(v >= at + len(form) for v in chain.verbs):
                    return True
        return False

    def _is_complement(self, st: Structure, frame, chain) -> bool:
        """A chain in the that-clause (or bare clause) right after the reporting chain."""
        if chain.clause == frame.clause:
            return True
        clause = st.clauses[chain.clause]
        return chain.clause == frame.clause + 1 and clause.kind in {"sub", "main"} \
            and clause.subordinator in {None, "that"}

    def _demand_at(self, st: Structure, frame) -> Found:
        return self._act_at(st, frame.verbs[-1], "REQUEST", frame.clause)

    def _act_at(self, st: Structure, verb: int, type_: str, clause: int) -> Found:
        """A trigger of the given type on a verb that is no trigger of ours."""
        trigger = Trigger(lemma=st.tokens[verb].lemma, pos="V", **self.lexicon.coding(type_))
        return Found(verb, verb, verb, clause, trigger, False)

    def _apply_content(self, st: Structure, built: list[Built]) -> None:
        """Complements of a verb trigger: an accusation's or denial's content takes that status,
        a plan's verb too; a demand's, threat's, refusal's or agreement's content is part of it,
        and so is an event noun it takes as object ("rejected a U.S. request", "lifted the blockade").
        """
        for outer in reversed(built):  # innermost first: "urged X to lift restrictions"
            if outer.item.noun:
                continue
            content = outer.item.trigger.content or self.content_verbs.get(st.tokens[outer.item.index].lemma)
            absorbing = outer.item.trigger.type in self.absorbing
            for inner in built:
                if inner is outer or inner.dropped or not self._governs(st, outer.item, inner.item, built):
                    continue
                # an allegation's or denial's content stays an event even under an absorbing act
                nests = content in NOUN_CONTENT if inner.item.noun else \
                    content is not None and (not absorbing or content in NOUN_CONTENT)
                if not nests and not (absorbing or inner.item.noun):
                    continue
                # a target the two share is the noun's ("demanded the withdrawal of X from Bosnia")
                shared = bool(outer.args.target) and outer.args.target == inner.args.target
                if (not outer.args.target or shared) and (inner.args.target or inner.args.source):
                    outer.args.target = self._addressee(outer, inner)
                    outer.args.reciprocal = not outer.args.target
                if nests:
                    self._nest(outer, inner, content)
                else:
                    inner.dropped = True

    def _apply_noun_content(self, st: Structure, built: list[Built]) -> None:
        """A demand, offer or refusal told as a noun covers the that-clause or to-infinitive right after it
        like its verb does: "its demand that Israel lift the blockade", "a call for Israel to lift it"."""
        for outer in built:
            if not outer.item.noun or outer.dropped or outer.item.trigger.type not in self.absorbing \
                    or outer.item.trigger.content is not None:
                continue
            for inner in built:
                if inner is outer or inner.dropped or not self._noun_complement(st, outer.item, inner.item):
                    continue
                if not outer.args.target and (inner.args.target or inner.args.source):
                    outer.args.target = [p for p in inner.args.source or inner.args.target
                                         if p not in outer.args.source]
                inner.dropped = True

    def _drop_unnamed_demand_contents(self, st: Structure, nouns: list[Found], built: list[Built]) -> None:
        """A demand whose maker no actor names is no event, but what it demands is not told as happening
        either: "a demand that Israel ease restrictions", "hostage-takers' demands to release prisoners"."""
        for noun in nouns:
            if noun.trigger.type not in self.absorbing or noun.trigger.content is not None:
                continue
            for inner in built:
                if not inner.dropped and self._noun_complement(st, noun, inner.item):
                    inner.dropped = True

    @staticmethod
    def _noun_complement(st: Structure, noun: Found, inner: Found) -> bool:
        """Whether verb ``inner`` opens the that-clause or to-infinitive right after ``noun`` (no verb between)."""
        chain = st.chain_at(inner.index)
        if inner.noun or chain is None or chain.start <= noun.last or chain.start - noun.last > 6:
            return False
        if any(noun.last < c.start < chain.start for c in st.chains):
            return False
        between = st.lower(noun.last + 1, chain.start)
        return st.tokens[chain.start].pos == "TO" or "that" in between

    def _addressee(self, outer: Built, inner: Built) -> list:
        """Whom an act with an event noun as content is aimed at: for a demand or refusal the noun's own
        actor ("demanded the withdrawal of Serbian forces from Bosnia" -> Serbia, "rejected a US offer"
        -> US), else the noun's target."""
        own = {p.mention.code for p in outer.args.source}
        if outer.item.trigger.type in self.addressed and inner.item.noun:
            actors = [p for p in inner.args.source if p.mention.code not in own]
            if actors:
                return actors
        return [p for p in inner.args.target if p not in outer.args.source]

    def _nest(self, outer: Built, inner: Built, content: str) -> None:
        if inner.status != "negated":
            inner.status = content
        own_source = inner.args.source and inner.args.source != outer.args.target
        if content == "alleged":
            inner.reporters = [p.mention.code for p in outer.args.source]
            if not inner.args.source:
                inner.args.source = outer.args.target or outer.args.source
        elif not own_source and not inner.args.source:
            inner.args.source = outer.args.source
        inner.args.target = [p for p in inner.args.target if p not in inner.args.source]

    def _governs(self, st: Structure, outer: Found, inner: Found, built: list[Built]) -> bool:
        """Whether ``inner`` stands in the complement of ``outer`` ("accused X of ...", "denied that ...")."""
        if inner.first <= outer.last:
            return False
        # the nearest governing trigger before the inner one wins
        if any(outer.last < b.item.index < inner.first and not b.item.noun for b in built if b.item is not inner):
            return False
        if not self._in_scope(st, outer, inner):
            return False
        between = st.lower(outer.last + 1, inner.first)
        chain = st.chain_at(inner.index)
        if chain is not None and chain is st.chain_at(outer.index):
            return True  # "denied attacking", "refused to withdraw"
        infinitive = chain is not None and any(st.tokens[k].pos == "TO" for k in range(chain.start, inner.index))
        return infinitive or any(w in self.links for w in between) or inner.noun and len(between) <= 4

    def _in_scope(self, st: Structure, outer: Found, inner: Found) -> bool:
        if inner.clause == outer.clause:
            return True
        for ci in range(outer.clause + 1, inner.clause + 1):
            clause = st.clauses[ci]
            if not (clause.kind == "sub" and clause.subordinator in {"that", "whether"}
                    or clause.kind == "inf" or clause.coordinated and ci > outer.clause + 1):
                return False
        return True
