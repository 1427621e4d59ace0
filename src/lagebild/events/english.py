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
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..actors.context import resolve_article
from ..model import UNKNOWN_CODE, Article, Event, Mention, Sentence
from ..resources import load_yaml, phrase_tuples
from .arguments import Arguments, group_of
from .assemble import actor_refs, confidence, merge_duplicates
from .clauses import Participant
from .coref import Discourse
from .dates import DateResolver
from .english_frames import (
    FrameCues,
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
    EnglishCues,
    Structure,
    find_chains,
    mention_tokens,
    place_participants,
    segment,
    tag,
    title_case,
)
from .lexicon import Lexicon, Trigger

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


class EnglishCoder:
    """Codes English articles into events."""

    def __init__(self, lexicon: Lexicon, cues: dict, dates: DateResolver) -> None:
        self.lexicon = lexicon
        self.dates = dates
        verbs = frozenset(t.lemma.split()[0].lower() for t in lexicon.triggers if t.pos == "V")
        nouns = frozenset(t.lemma.lower() for t in lexicon.triggers if t.pos == "N")
        self.cues = EnglishCues(cues, verbs, nouns)
        self.frames = FrameCues(cues)
        self.absorbing = frozenset(cues["absorbing_types"])
        self.hypothetical = frozenset(cues["hypothetical_subordinators"])
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
        self.refusal_lemmas = frozenset(cues["refusal_lemmas"])
        self.domestic_target_types = frozenset(cues["domestic_target_types"])
        self.answering_modes = frozenset(cues["answering_modes"])

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

    # one sentence -----------------------------------------------------------------------------

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
        place = _place_of(st, doers)
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

    def _hypothetical(self, st: Structure, item: Found) -> bool:
        """An act in a condition ("if Y attacks", "unless Y withdraws") is not reported as happening."""
        clause = st.clauses[item.clause]
        return clause.kind == "sub" and clause.subordinator in self.hypothetical

    def _background(self, st: Structure, item: Found) -> bool:
        """An act told in a relative clause as passive or pluperfect describes its noun, it is no news
        of its own: "the helicopter that was captured last week", "hostages whom they had taken"; so does one
        in the simple present, a lasting state or habit: "Kenya, which hosts Somali refugees", "Washington, which
        keeps troops here under a defense pact"."""
        if self._in_adverbial_clause(st, item) or _noun_ing_modifier(st, item):
            return True
        chain = support_chain(st, item) if item.noun else st.chain_at(item.index)
        # a relative clause right after the sentence's subject is merged into the main clause ("Kenya, which
        # hosts ..., closed ..."): the relative pronoun before the chain marks it
        relative = st.clauses[item.clause].kind == "rel" or chain is not None and chain.start > 0 \
            and st.tokens[chain.start - 1].pos == "REL" or _continues_relative(st, item.clause, chain)
        if not relative or chain is None:
            return False
        clause = st.clauses[item.clause]
        if clause.kind == "rel" and clause.start > 0 and st.tokens[clause.start - 1].text == "," \
                and not _simple_past(st, chain):
            return True  # ", who has vowed ...", ", who are deployed to ...": what the antecedent is or did
        return bool(chain.passive) or any(st.tokens[k].text.lower() in self.pluperfect
                                          for k in range(chain.start, chain.end)) or _simple_present(st, chain)

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
        if status == "negated" and self._failed(st, item):
            item = replace(item, trigger=replace(item.trigger, mode=None, **self.failed_acts[item.trigger.type]))
            status = "asserted"
        return Built(item, args, status)

    def _too_little(self, st: Structure, item: Found, args: Arguments, support) -> bool:
        """'his trip', 'its support': a noun with only a pronoun and no target is too little to code on; a
        pronoun subject of the light verb the noun is the direct object of ("it would impose a curfew")
        stands for a named actor like a verb's subject does."""
        if args.target or not all(p.mention.kind == "pronoun" for p in args.source):
            return False
        return support is None or any(p.last >= support.start for p in args.source) \
            or not any(st.tokens[v].lemma in self.cues.support_verbs for v in support.verbs) \
            or any(t.pos == "PREP" for t in st.tokens[support.end:item.first])

    def _failed(self, st: Structure, item: Found) -> bool:
        """A cooperative act its actors failed to achieve ("failed to reach agreement"), or a negated
        acceptance, which is a refusal ("will not accept refugees")."""
        if item.trigger.type not in self.failed_acts:
            return False
        if not item.noun and item.trigger.lemma in self.refusal_lemmas:
            return True
        words = st.lower(st.clauses[item.clause].start, item.first)
        return any(tuple(words[i:i + len(p)]) == p for p in self.failure_forms for i in range(len(words)))

    def _clause_subjects(self, st: Structure, exclude: set[int]) -> list[list[Mention]]:
        roles = Roles(st, exclude, self.cues)
        groups = []
        for chain in st.chains:
            group = [p.mention for p in roles.subject(chain)]
            if group and group not in groups:
                groups.append(group)
        return groups

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
        cameo = self.lexicon.cameo_for(type_, None)
        trigger = Trigger(lemma=st.tokens[verb].lemma, pos="V", type=type_, mode=None, cameo=cameo,
                          goldstein=self.lexicon.goldstein(cameo))
        return Found(verb, verb, verb, clause, trigger, False)

    # nested events ----------------------------------------------------------------------------

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

    def _in_adverbial_clause(self, st: Structure, item: Found) -> bool:
        """An act in a time or cause clause after the main act ("demanded elections after a court cleared him
        of all charges", "closed its borders because of fighting between ...") is its setting, no news of its
        own (`setting_subordinators`; a contrast "while Y ..." is news)."""
        for k in range(item.first - 1, -1, -1):
            tok = st.tokens[k]
            if tok.pos in {"PUNCT", "CONJ", "SUB", "REL"} and tok.text.lower() not in self.setting:
                return False
            if tok.text.lower() in self.setting and tok.pos != "ADV":  # not "once again"
                main = any(c.end <= k for c in st.chains)
                own = any(k < c.start <= item.index for c in st.chains) or item.noun and any(
                    k < c.start < item.first for c in st.chains)
                return main and own
        return False

    def _in_scope(self, st: Structure, outer: Found, inner: Found) -> bool:
        if inner.clause == outer.clause:
            return True
        for ci in range(outer.clause + 1, inner.clause + 1):
            clause = st.clauses[ci]
            if not (clause.kind == "sub" and clause.subordinator in {"that", "whether"}
                    or clause.kind == "inf" or clause.coordinated and ci > outer.clause + 1):
                return False
        return True

    # events -----------------------------------------------------------------------------------

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


def _place_of(st: Structure, sides: list[Participant]) -> Participant | None:
    """The state a sentence places its act in ("in Serbia", "in Tel Aviv"), other than the given sides'."""
    return next((p for p in st.parts if p.slot == "in" and p.mention.kind in PLACE_KINDS
                 and p.mention.code != UNKNOWN_CODE and p not in sides), None)


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


def _side_participle(st: Structure, item: Found, found: list[Found]) -> bool:
    """An act in a trailing -ing clause (", killing 50", ", urging Y to ...") elaborates the main act
    before it and is no news of its own; an accusation there is one (", accusing Y of ...")."""
    clause = st.clauses[item.clause]
    if clause.kind != "part" or not st.tokens[clause.start].text.lower().endswith("ing"):
        return False
    if item.index == clause.start and item.trigger.type == ACCUSE:
        return False
    return any(f.clause < item.clause for f in found)


def _noun_ing_modifier(st: Structure, item: Found) -> bool:
    """'demonstrators protesting election results', 'inspectors probing suspect sites': an -ing participle right
    after a noun, after the clause's own verb, describes that noun; it tells no act of its own."""
    chain = None if item.noun else st.chain_at(item.index)
    if chain is None or chain.verbs != [chain.start] or chain.end != chain.start + 1 or chain.start == 0:
        return False
    word = st.tokens[chain.start].text.lower()
    earlier = any(c.clause == chain.clause and c.end <= chain.start for c in st.chains)
    return word.endswith("ing") and st.tokens[chain.start - 1].pos in {"W", "ACT"} and earlier


def _continues_relative(st: Structure, ci: int, chain) -> bool:
    """'rebels who entered the country ... and are wanted at home on charges': a coordinated verb without a
    subject of its own right after a relative clause belongs to that relative clause."""
    clause = st.clauses[ci]
    return chain is not None and clause.coordinated and ci > 0 and st.clauses[ci - 1].kind == "rel" \
        and all(t.pos in {"ADV", "NEG"} for t in st.tokens[clause.start + 1:chain.start])


def _simple_past(st: Structure, chain) -> bool:
    """A chain of one finite verb in the simple past ("attacked", "met")."""
    words = [st.tokens[k] for k in range(chain.start, chain.end) if st.tokens[k].pos not in {"ADV", "NEG"}]
    if len(words) != 1 or words[0].pos != "VERB":
        return False
    word, lemma = words[0].text.lower(), words[0].lemma.lower()
    return word != lemma and not word.endswith(("ing", "s"))


def _simple_present(st: Structure, chain) -> bool:
    """A chain of one finite verb in the simple present ("hosts", "keep"): no auxiliary, no past form."""
    words = [st.tokens[k] for k in range(chain.start, chain.end) if st.tokens[k].pos not in {"ADV", "NEG"}]
    return len(words) == 1 and words[0].pos == "VERB" and not words[0].text.lower().endswith(("ing", "ed")) \
        and (words[0].text.lower() == words[0].lemma.lower() or words[0].text.lower() == words[0].lemma.lower() + "s"
             or words[0].text.lower() == words[0].lemma.lower() + "es")


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


