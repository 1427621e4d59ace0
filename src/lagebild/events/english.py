"""The English event coder: triggers from the lexicon, actors from English word order (SVO).

Mirrors the German coder (german.py) without a tagger or parser. Per sentence: coarse
tags from closed word classes -> clauses and verb chains (english_syntax) -> actor
mentions placed in slots, plus pronouns/descriptions resolved from the discourse
(english_frames) -> verb triggers (phrasal first) and noun triggers (multi-word first) ->
source/target (english_roles), status, attribution, date -> nested events (the content of
an accusation or denial gets that status; the content of a demand, threat, refusal or
agreement is part of it) -> speech acts (english_speech: "X said Y must ..." is a demand,
"X said it would blockade Y" a threat) -> merge duplicates. Across sentences: the
discourse memory (coref.Discourse) and denials answering the last accuser.

The steps live in english_filters, english_domestic and english_content (mixins over english_base,
which holds the cue sets all of them read)."""

from __future__ import annotations

from dataclasses import replace

from ..actors.context import resolve_article
from ..model import UNKNOWN_CODE, Article, Event, Mention, Sentence
from ..resources import load_yaml
from .assemble import actor_refs, confidence, merge_duplicates
from .coref import Discourse
from .dates import DateResolver
from .english_base import SPEECH_TYPES, Built
from .english_content import ContentSteps
from .english_domestic import DomesticSteps, _another_body, _with_context_roles, sentence_codes
from .english_filters import FilterSteps, _side_participle
from .english_frames import (
    chain_status,
    find_attribution,
    is_habitual,
    is_obligation,
    noun_status,
    pronoun_mentions,
)
from .english_roles import Found, Roles, find_triggers, same_actor, support_chain
from .english_speech import reinterpret
from .english_syntax import (
    Structure,
    find_chains,
    mention_tokens,
    place_participants,
    segment,
    tag,
)
from .lexicon import Lexicon


class EnglishCoder(FilterSteps, DomesticSteps, ContentSteps):
    """Codes English articles into events."""

    @classmethod
    def load(cls) -> EnglishCoder:
        """The coder with the bundled English data."""
        return cls(Lexicon.load("en"), load_yaml("en", "cues.yaml"), DateResolver.for_language("en"))

    def code(self, article: Article, sentences: list[Sentence], mentions: list[list[Mention]],
             context: list[list[Mention]] | None = None) -> list[Event]:
        """Events of an article; mentions[i] are the actor mentions of sentences[i], context[i] the same
        resolved in article context (resolved here where not given)."""
        times = self.dates.resolve_article(article, sentences)
        context = context if context is not None else resolve_article(sentences, mentions, "en")
        mentions = _with_context_roles(mentions, context)
        memory = Discourse()
        events: list[Event] = []
        accusations: list[Event] = []
        for sentence, sentence_mentions, exprs in zip(sentences, mentions, times, strict=True):
            # the states a sentence names, also in stance words and ethnic groups ("pro-Russian gunmen")
            named = sentence_codes(sentence_mentions)
            sentence_mentions = self._actors_only(sentence, sentence_mentions)
            found, subjects = self._code_sentence(article, sentence, sentence_mentions, exprs, memory, named)
            memory.remember(sentence_mentions, subjects)
            _answer_accusations(found, accusations)
            events.extend(found)
        return events

    def analyse(self, sentence: Sentence, mentions: list[Mention], memory: Discourse) -> Structure:
        """Tags, clauses, verb chains and placed participants of a sentence."""
        covered = mention_tokens(sentence.tokens, mentions)
        tokens = tag(sentence.tokens, covered, self.cues)
        clauses = segment(tokens)
        chains = find_chains(tokens, clauses, self.cues)
        refs = pronoun_mentions(sentence.index, tokens, covered, mentions, memory, self.frames)
        parts = place_participants(tokens, clauses, list(mentions) + refs, self.cues.place_nouns)
        covered = mention_tokens(sentence.tokens, list(mentions) + refs)
        return Structure(tokens, clauses, chains, parts, covered)

    def _code_sentence(self, article, sentence, mentions, exprs, memory, named):
        if not sentence.tokens:
            return [], []
        st = self.analyse(sentence, mentions, memory)
        found = find_triggers(st, self.lexicon, self.cues)
        if not found and not any(is_obligation(st, c, c.end, self.frames) or self._offered(st, c) for c in st.chains):
            return [], self._clause_subjects(st, set())
        # a mention inside a trigger phrase is no actor ("a general strike")
        st.parts = [p for p in st.parts if not any(p.first <= f.last and f.first <= p.last for f in found)]
        attribution, frames = find_attribution(st, self.frames)
        built: list[Built] = []
        unbuilt: list[Found] = []
        for item in found:
            if is_habitual(st, item.clause, self.frames) or self._background(st, item) or self._hypothetical(st, item) \
                    or _side_participle(st, item, found):
                continue
            # the speaker of a reporting verb is the source of its own act and of the noun it announces
            # ("Italy announced a suspension of flights")
            chain = support_chain(st, item) if item.noun else st.chain_at(item.index)
            own_frame = chain is not None and chain.start in frames
            roles = Roles(st, set() if own_frame else set(attribution.participants), self.cues)
            entry = self._build(st, roles, item)
            if entry is not None:
                built.append(entry)
            elif item.noun:
                unbuilt.append(item)
        self._apply_content(st, built)
        self._apply_noun_content(st, built)
        self._drop_unnamed_demand_contents(st, unbuilt, built)
        self._prepared_acts(st, built)
        reinterpret(st, built, frames, self.lexicon, self.frames, self.threats, found)
        built += self._implied_demands(st, frames, built)
        built += self._implied_offers(st, built)
        kept = [b for b in built if not b.dropped]
        for b in kept:
            self._domestic_doer(st, b, named)
            self._domestic_target(st, b, named)
        # an act whose sides are all unnamed ("an attempt to kill a governor was thwarted") tells no actor
        kept = [b for b in kept if any(p.mention.code != UNKNOWN_CODE for p in b.args.source + b.args.target)]
        events = [self._event(article, sentence, st, exprs, b, attribution.codes) for b in kept]
        # the discourse remembers clause subjects, then each event's actors ("both sides" = the last dyad)
        groups = self._clause_subjects(st, set(attribution.participants))
        groups += [[p.mention for p in b.args.source + b.args.target] for b in kept]
        return merge_duplicates(events), [g for g in groups if g]

    def _build(self, st: Structure, roles: Roles, item: Found) -> Built | None:
        support = None
        if item.noun:
            support = support_chain(st, item)
            args = roles.noun_arguments(item, support, self.lexicon)
            status = noun_status(st, item.first, support, item.clause, self.frames)
        else:
            args = roles.verb_arguments(item)
            status = chain_status(st, st.chain_at(item.index), item.index, item.clause, self.frames)
        if args is None or item.noun and self._too_little(st, item, args, support):
            return None
        args.source = [p for p in args.source if p not in args.target]
        args.target = [p for p in args.target if not same_actor(p, args.source) or _another_body(st, p, args.source)]
        if item.trigger.needs_target and not args.target and len({p.mention.code for p in args.source}) < 2:
            return None  # "the cabinet met", "arrived on Monday": no partner, no interaction
        turned = self._failed(st, item) if status == "negated" else None
        if turned is not None:
            item = replace(item, trigger=replace(item.trigger, mode=None, **turned))
            status = "asserted"
        return Built(item, args, status)

    def _clause_subjects(self, st: Structure, exclude: set[int]) -> list[list[Mention]]:
        roles = Roles(st, exclude, self.cues)
        groups = []
        for chain in st.chains:
            group = [p.mention for p in roles.subject(chain)]
            if group and group not in groups:
                groups.append(group)
        return groups

    def _event(self, article, sentence, st: Structure, exprs, b: Built, attribution: list[str]) -> Event:
        trig = b.item.trigger
        first, last = st.tokens[b.item.first], st.tokens[b.item.last]
        source = actor_refs(b.args.source)
        target = [] if b.args.reciprocal else actor_refs(b.args.target)
        reporters = list(b.reporters)
        codes = {a.code for a in source}
        for code in attribution:
            if trig.type in SPEECH_TYPES and code in codes or code in reporters:
                continue
            reporters.append(code)
        date = self.dates.sentence_date(exprs, at=first.start - sentence.start)
        text = sentence.text[first.start - sentence.start:last.end - sentence.start]
        return Event(
            doc=article.doc, sentence_index=sentence.index, sentence=sentence.text, type=trig.type, mode=trig.mode,
            cameo=trig.cameo, goldstein=trig.goldstein, source=source, target=target, status=b.status, date=date,
            reported_by=reporters, trigger=text, trigger_start=first.start, trigger_end=last.end,
            confidence=confidence(source, target, b.item.noun), rule=f"en:{trig.pos}:{trig.lemma}",
        )


def _answer_accusations(events: list[Event], accusations: list[Event]) -> None:
    """'The Kremlin denied the allegation': a denial without target answers the last accuser of the denier."""
    for event in events:
        if event.type == "REJECT" and event.mode == "deny" and not event.target:
            codes = {a.code for a in event.source}
            accuser = next((a for a in reversed(accusations) if codes & {t.code for t in a.target}), None)
            if accuser is not None:
                event.target = [a for a in accuser.source if a.code not in codes]
        if event.type == "ACCUSE" and event.source and event.target:
            accusations.append(event)
