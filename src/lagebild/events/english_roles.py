"""English triggers and their arguments: who acts (subject) and who is acted upon (object/PP).

SVO: the subject is the first bare NP of the clause before the verb chain (or after the
chain before it, "X said Y attacked Z"); clauses without one share the subject of the
clause before (coordination, participles, infinitives) or take the antecedent of a
relative pronoun. The target is the first bare NP after the verb, or a PP with one of
the trigger's target prepositions; passive ("was attacked by X") swaps them. Nouns take
their modifier ("Russian strikes", "Israel's raids") or a by-PP as source, or the
subject of the light verb they are the object of ("held talks with"). Without such a
target, the first named actor later in the clause (or its that/unless-clause) is taken:
"threatened to break relations with Russia" -> Russia.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors.context import is_context_resolved
from ..model import UNKNOWN_CODE
from .arguments import SELF_CONTAINED_ACTS, Arguments, group_of
from .clauses import Participant
from .english_syntax import Chain, EnglishCues, Structure, title_case
from .lexicon import Lexicon, Trigger, choose

OBJECT_SLOTS = frozenset({"obj", "acc", "dat", "dobj", "object"})
NON_PREP_SLOTS = OBJECT_SLOTS | {"subj", "poss", "adj", "gen", "mod"}
BARE = frozenset({"bare", "poss"})
NAME_KINDS = frozenset({"state", "organisation", "group", "person"})  # mentions that are names, not descriptions
NP_TAGS = frozenset({"W", "ACT", "ABBR", "DET", "POSS", "NUM", "TIME"})
MAX_PHRASE = 3
NOUN_TARGET_WINDOW = 8
FALLBACK_WINDOW = 15


@dataclass
class Found:
    """A trigger found in a sentence: token range [first, last] and its head token."""

    index: int
    first: int
    last: int
    clause: int
    trigger: Trigger
    noun: bool


# triggers --------------------------------------------------------------------------------------

def find_triggers(st: Structure, lexicon: Lexicon, cues: EnglishCues) -> list[Found]:
    """Verb and noun triggers of a sentence (phrasal verbs and multi-word nouns first)."""
    found: list[Found] = []
    taken: set[int] = set()
    for k, tok in enumerate(st.tokens):
        if k in taken or st.in_mention[k] or tok.pos not in {"W", "VERB"}:
            continue
        clause = st.clause_at(k)
        lemmas = _clause_lemmas(st, clause)
        if tok.pos == "VERB":
            entries, first, last = _verb_entries(st, k, lexicon)
            noun = False
        else:
            entries, first, last = _noun_entries(st, k, lexicon)
            noun = True
        chosen = choose(entries, lemmas)
        if chosen is None or noun and (_temporal_reference(st, first, cues) or _anaphoric(st, first, cues)
                                       or _modifies_a_head(st, last, cues) or _in_a_name(st, first, last)):
            continue
        found.append(Found(k, first, last, clause, chosen, noun))
        taken.update(range(first, last + 1))
    return found


def _clause_lemmas(st: Structure, ci: int) -> set[str]:
    clause = st.clauses[ci]
    toks = st.tokens[clause.start:clause.end]
    return {t.lemma for t in toks} | {t.text.lower() for t in toks}


def _verb_entries(st: Structure, k: int, lexicon: Lexicon) -> tuple[list[Trigger], int, int]:
    """Entries of a verb, a phrasal verb ("call for", "pull out") winning over the bare verb."""
    lemma = st.tokens[k].lemma
    for n in range(MAX_PHRASE - 1, 0, -1):
        rest = st.lower(k + 1, k + 1 + n)
        if len(rest) == n:
            entries = lexicon.verbs(" ".join([lemma, *rest]))
            if entries:
                return entries, k, k + n
    return lexicon.verbs(lemma), k, k


def _noun_entries(st: Structure, k: int, lexicon: Lexicon) -> tuple[list[Trigger], int, int]:
    """Entries of a noun, a multi-word noun ("hunger strike", "peace talks") first."""
    tok = st.tokens[k]
    if tok.text.lower().endswith("ed") and tok.lemma != tok.text.lower():
        return [], k, k  # a participle used as adjective ("banned agents") is no event noun
    forms = [tok.lemma, tok.text.lower()]
    for n in range(MAX_PHRASE - 1, 0, -1):
        start = k - n
        if start < 0 or any(st.tokens[j].pos not in {"W", "TIME", "VERB", "ACT"} for j in range(start, k)):
            continue
        before = " ".join(st.lower(start, k))
        for form in forms:
            phrase = f"{before} {form}"
            # exact multi-word entries only: "halt attacks" is no compound of "attack"
            entries = [t for t in lexicon.nouns(phrase) if t.lemma.casefold() == phrase]
            if entries:
                return entries, start, k
    for form in forms:
        entries = lexicon.nouns(form)
        if entries:
            return entries, k, k
    return [], k, k


def _in_a_name(st: Structure, first: int, last: int) -> bool:
    """'the Warsaw Pact', 'the South Asia Free Trade Agreement': a capitalised event noun inside a
    sentence is part of a name, no new event (title-case headlines capitalise every noun)."""
    if first == 0 or not st.tokens[last].text[:1].isupper():
        return False
    return not title_case([t.text for t in st.tokens])


def _modifies_a_head(st: Structure, last: int, cues: EnglishCues) -> bool:
    """'arms inspectors', 'invasion forces', 'aid workers': the noun names a kind of people, no event."""
    nxt = last + 1
    return nxt < len(st.tokens) and st.tokens[nxt].pos in {"W", "ACT"} and st.tokens[nxt].lemma in cues.modifier_heads


def _anaphoric(st: Structure, first: int, cues: EnglishCues) -> bool:
    """'such attacks', 'the same talks': a re-mention of events told before, not a new one."""
    j = first - 1
    while j >= 0 and st.tokens[j].pos in {"W", "NUM", "ACT"} and first - j <= 3:
        j -= 1
    return j >= 0 and st.tokens[j].text.lower() in cues.anaphoric


def _temporal_reference(st: Structure, first: int, cues: EnglishCues) -> bool:
    """'after the attack', 'in the wake of the execution': a time reference, not a new event."""
    j = first - 1
    while j >= 0 and st.tokens[j].pos in NP_TAGS and first - j <= 5:
        j -= 1
    if j >= 1 and st.tokens[j].text.lower() == "of" and st.tokens[j - 1].text.lower() in cues.raw["duration_nouns"]:
        k = j - 1  # "after 12 days of battles": skip the duration phrase
        j = k - 1
        while j >= 0 and st.tokens[j].pos in NP_TAGS and k - j <= 3:
            j -= 1
    for phrase in cues.raw["temporal_prepositions"]:
        words = phrase.split()
        if st.lower(j - len(words) + 1, j + 1) == words:
            return True
    return False


# arguments -------------------------------------------------------------------------------------

class Roles:
    """Subjects and objects of one analysed sentence (subjects memoised per chain)."""

    def __init__(self, st: Structure, exclude: set[int], cues: EnglishCues) -> None:
        self.st = st
        self.exclude = exclude
        self.support_verbs = cues.support_verbs
        self.origin = cues.origin_prepositions
        self.speaking_for = cues.representing_prepositions
        self.patient_holders = cues.patient_holder_prepositions
        self.object_control = cues.object_control
        self.place_heads = cues.place_heads | cues.language_heads  # nationalities that name no actor
        self.ditransitive = cues.ditransitive
        self.control_nouns = cues.subject_control_nouns
        self.undergoing_verbs = cues.undergoing_verbs
        self.purpose_motion = cues.purpose_motion
        self.reporting = frozenset(cues.raw["reporting_verbs"])
        self.undergoing_preps = cues.undergoing_prepositions
        self.undergoing_agents = cues.undergoing_agents
        self.adverbial = cues.adverbial_subordinators
        self.conditions = frozenset(cues.raw["hypothetical_subordinators"])
        self._subjects: dict[int, list[Participant]] = {}

    def subject(self, chain: Chain) -> list[Participant]:
        """The subject group of a verb chain."""
        key = chain.start
        if key not in self._subjects:
            self._subjects[key] = []  # guards against cycles
            self._subjects[key] = self._find_subject(chain)
        return self._subjects[key]

    def _subject_span(self, chain: Chain) -> tuple[list[Chain], int, list[Participant]]:
        """The chains before ``chain`` in its clause, where its subject may start, and the mentions there."""
        st = self.st
        before = _chains_before_participle(st, [c for c in st.chains if c.clause == chain.clause
                                                and c.end <= chain.start])
        low = before[-1].end if before else st.clauses[chain.clause].start
        span = [p for p in st.parts if p.clause == chain.clause and low <= p.first and p.last < chain.start
                and id(p) not in self.exclude]
        return before, low, span

    def _find_subject(self, chain: Chain) -> list[Participant]:
        st = self.st
        before, low, span = self._subject_span(chain)
        bare = [p for p in span if p.slot in BARE]
        infinitive = st.tokens[chain.start].pos == "TO"
        if bare and infinitive and self._owns_noun_before(bare[-1], chain):
            # "condemned Britain's decision to send warships": the noun's possessor sends
            return group_of(st.parts, bare[-1])
        if bare and infinitive and before and (bare[-1].last < chain.start - 1 or not self._controls(before[-1])):
            # "sent troops to Bosnia to investigate", "summoned the ambassador to complain": the sender
            return self.subject(before[-1])
        if bare:
            return self.named(group_of(st.parts, bare[-1] if infinitive else self._described(bare[0])))
        # "the president of Russia said", "students throughout Indonesia staged ...": the head's PP
        origin = [p for p in span if p.slot in self.origin and p.prep_index is not None and p.prep_index > low]
        if origin and not infinitive:
            return group_of(st.parts, origin[0])
        if _starts_with_noun(st, low, chain.start) and not infinitive:
            # a subject the actor base does not know: "a human rights group protested",
            # "Germany said gunmen attacked ..."
            return []
        if before:
            return self.subject(before[-1])
        return self._inherited_subject(chain.clause)

    def _owns_noun_before(self, part: Participant, chain: Chain) -> bool:
        """A possessor whose control noun stands right before the infinitive ("Britain's decision to",
        "Kiev's offer to"): the noun's to-infinitive is the possessor's act."""
        between = self.st.tokens[part.last + 1:chain.start]
        return part.slot == "poss" and 0 < len(between) <= MAX_PHRASE and all(t.pos == "W" for t in between) \
            and between[-1].lemma.lower() in self.control_nouns

    def _described(self, part: Participant) -> Participant:
        """'NATO-member Norway', 'NATO member Turkey', 'EU ally Poland': a name that describes the next name
        through a common noun is its modifier; the next name is the head that acts."""
        st = self.st
        words = part.mention.text.replace("-", " ").split()
        gap = 0 if len(words) > 1 and words[-1].islower() else 1  # the noun inside the mention: "NATO-member"
        if gap and not (part.last + 1 < len(st.tokens) and st.tokens[part.last + 1].text.islower()
                        and st.tokens[part.last + 1].pos == "W"):
            return part
        nxt = next((p for p in st.parts if p.first == part.last + 1 + gap and p.slot in BARE
                    and p.clause == part.clause and id(p) not in self.exclude), None)
        named = nxt is not None and nxt.mention.kind in NAME_KINDS and nxt.mention.code != UNKNOWN_CODE \
            and not is_context_resolved(nxt.mention)
        return nxt if named else part

    def _patient_holder(self, chain: Chain, source: list[Participant]) -> list[Participant]:
        """An unknown passive subject stands for the actor of its PP ("a camp for Congolese refugees was
        attacked": the refugees)."""
        _, low, span = self._subject_span(chain)
        if not _starts_with_noun(self.st, low, chain.start):
            return []
        held = [p for p in span if p.slot in self.patient_holders and p not in source]
        return group_of(self.st.parts, held[0]) if held else []

    def _controls(self, chain: Chain) -> bool:
        """Whether the chain's verb hands its object to a following infinitive ("urged Iran to stop")."""
        return any(self.st.tokens[k].lemma.lower() in self.object_control for k in chain.verbs)

    def named(self, group: list[Participant]) -> list[Participant]:
        """An unknown head's PP names the actor: "leaders of the coalition", "rebels in the Ivory Coast"; also
        a role whose code only the article context gave ("authorities in Croatia" in a story about Serbia)."""
        if not group or any(p.mention.code != UNKNOWN_CODE and not is_context_resolved(p.mention) for p in group):
            return group
        last = max(p.last for p in group)
        after = [p for p in self.st.parts if p.slot in self.origin | self.speaking_for and 0 < p.first - last <= 3
                 and id(p) not in self.exclude]
        if not after or {p.mention.code for p in group} == {after[0].mention.code}:
            return group  # the context agrees with the PP: keep the role with its sector
        return group_of(self.st.parts, after[0])

    def _inherited_subject(self, ci: int) -> list[Participant]:
        st = self.st
        clause = st.clauses[ci]
        if clause.kind == "rel" and not _starts_with_noun(self.st, clause.start + 1, clause.end):
            antecedent = [p for p in st.parts if p.last < clause.start and id(p) not in self.exclude]
            return group_of(st.parts, antecedent[-1]) if antecedent else []
        for cj in range(ci - 1, -1, -1):
            if st.clauses[cj].kind == "rel":
                continue
            chains = [c for c in st.chains if c.clause == cj]
            if chains:
                return self.subject(chains[0])
        return []

    def verb_arguments(self, item: Found) -> Arguments | None:
        """Source and target of a verb trigger (None when it has neither)."""
        st = self.st
        chain = st.chain_at(item.index)
        if chain is None:
            return None
        adjectival = item.last + 1 < len(st.tokens) and st.tokens[item.last + 1].text.lower() == "to"
        if item.index in chain.passive and not adjectival:  # "is committed to", "is prepared to" are active
            agent = self._after(item, chain, lambda p: p.slot == "by") or self._agent_after_gerund(item, chain)
            source = group_of(st.parts, agent) if agent else []
            if chain.reduced:  # "companies accused of ...": the noun just before is the target
                head = [p for p in st.parts if 0 < chain.start - p.last <= 2 and p.clause == chain.clause]
                target = group_of(st.parts, head[-1]) if head else []
            else:
                target = [p for p in self.subject(chain) if p not in source] or self._patient_holder(chain, source)
            return Arguments(source, target) if source or target else None
        source = self.subject(chain)
        trig = item.trigger
        preps = {s for s in trig.target if s not in NON_PREP_SLOTS}
        # "threatened to break ...": a verb followed by more verbs of its chain has a clause, not an object
        last_verb = all(v <= item.last for v in chain.verbs)
        wants_object = last_verb and any(s in OBJECT_SLOTS for s in trig.target)
        codes = {p.mention.code for p in source}
        taken = {id(p) for p in source}
        def accept(p: Participant) -> bool:
            return id(p) not in taken and not (p.mention.kind == "pronoun" and p.mention.code in codes) and (
                self._prep(p) in preps and last_verb or wants_object and p.slot in BARE and self._adjacent(chain, p))

        hit = self._after(item, chain, accept)
        if hit is not None and hit.mention.code == UNKNOWN_CODE and hit.prep_index is None:
            # "offered its troops to Lebanon's president": an unnamed object is the thing given, the named
            # recipient in the verb's PP the target
            named = self._after(item, chain, lambda p: accept(p) and p.prep_index is not None
                                and p.mention.code != UNKNOWN_CODE)
            hit = named or hit
        target = self.named(group_of(st.parts, hit)) if hit else self._relative_object(chain, source) \
            if wants_object else []
        reciprocal = not target and len({p.mention.code for p in source}) >= 2
        # a trigger that needs a partner ("travel to", "confer with") finds it in its own slot, not later
        if not target and not reciprocal and (trig.type, trig.mode) not in SELF_CONTAINED_ACTS \
                and not trig.needs_target:
            target = self.fallback_target(item.last, chain.clause, source)
        if not source and not target:
            return None
        return Arguments(source, target, reciprocal)

    def _agent_after_gerund(self, item: Found, chain: Chain) -> Participant | None:
        """'was accused of supplying weapons to the rebels by the United States': the by-agent of a passive
        verb after its gerund complement (an active -ing chain takes no by-agent of its own)."""
        st = self.st
        for p in st.parts:
            if p.clause != chain.clause or p.first <= item.last or p.slot != "by" or id(p) in self.exclude:
                continue
            between = [c for c in st.chains if c.clause == chain.clause and item.last < c.start < p.first]
            if between and all(not c.passive and st.tokens[c.start].text.lower().endswith("ing")
                               and c.end - c.start == 1 for c in between):
                return p
            return None
        return None

    def _relative_object(self, chain: Chain, source: list[Participant]) -> list[Participant]:
        """In an object relative clause the verb's object is the antecedent: "refugees, whom the authorities
        blame for ...", "the plan that Iran rejected" (the relative pronoun is no subject: one stands after it)."""
        st = self.st
        clause = st.clauses[chain.clause]
        if clause.kind != "rel" or st.tokens[clause.start].pos != "REL" or not source \
                or not all(clause.start < p.first < chain.start for p in source):
            return []
        antecedent = [p for p in st.parts if p.last < clause.start and id(p) not in self.exclude]
        return group_of(st.parts, antecedent[-1]) if antecedent else []

    def _prep(self, part: Participant) -> str | None:
        """The preposition a participant stands after ("to Lebanon's president" -> 'to')."""
        return self.st.tokens[part.prep_index].text.lower() if part.prep_index is not None else None

    def _adjacent(self, chain: Chain, part: Participant) -> bool:
        """An object NP follows its verb chain directly: "attacked a Russian convoy", "praised Haiti's efforts"."""
        between = self.st.tokens[chain.end:part.first]
        return sum(t.pos == "W" for t in between) <= MAX_PHRASE and all(
            t.pos in {"DET", "POSS", "NUM", "W", "ADV", "TIME", "ABBR", "ACT"} for t in between)

    def fallback_target(self, after: int, ci: int, source: list[Participant]) -> list[Participant]:
        """The first named actor later in the clause (or its that-clause): the complement's target.

        "threatened to break relations with Russia", "refused to lift the curfew on Palestinians".
        """
        st = self.st
        clauses = {ci}
        nxt = st.clauses[ci + 1] if ci + 1 < len(st.clauses) else None
        if nxt is not None and (nxt.kind in {"sub", "inf"} and nxt.subordinator in {None, "that", "unless", "if"}
                                or nxt.kind == "rel" and st.tokens[nxt.start].text.lower() == "that"):
            clauses.add(ci + 1)  # "demanding that the government ...", "threatened ... unless Israel ..."
        codes = {p.mention.code for p in source}
        end = min(after + FALLBACK_WINDOW, self._adverbial_clause(after, clauses))
        for p in st.parts:
            if p.clause in clauses and after < p.first <= end and id(p) not in self.exclude \
                    and p.mention.code != UNKNOWN_CODE and not same_actor(p, source) \
                    and not (p.mention.code in codes and self._is_subject(p)) and not self._names_place(p) \
                    and not self._place_in_condition(p, ci):
                return group_of(st.parts, p)
        return []

    def _place_in_condition(self, part: Participant, ci: int) -> bool:
        """'will not accept refugees if war starts in Iraq': where a condition may happen is no target."""
        return part.clause != ci and part.slot == "in" and self.st.clauses[part.clause].subordinator in self.conditions

    def _adverbial_clause(self, after: int, clauses: set[int]) -> int:
        """Where a time, cause or concession clause begins after ``after`` (its subordinator followed by a
        verb chain of its own): "demanded elections after a special court cleared him"; else past the end."""
        st = self.st
        for k in range(after + 1, len(st.tokens)):
            if st.clause_at(k) in clauses and st.tokens[k].text.lower() in self.adverbial and any(
                    c.start > k and c.clause in clauses and all(t.pos != "PUNCT" for t in st.tokens[k:c.start])
                    for c in st.chains):
                return k
        return len(st.tokens)

    def _names_place(self, part: Participant) -> bool:
        """ "on the Thai border", "the Russian language": the nationality describes a place or a language."""
        return part.head is not None and self.st.tokens[part.head].text.lower() in self.place_heads

    def _is_subject(self, part: Participant) -> bool:
        """'warned that Washington would ...': the source's own state as subject of the complement."""
        chain = next((c for c in self.st.chains if c.start > part.last), None)
        return chain is not None and part.slot in BARE and part in self.subject(chain)

    def _after(self, item: Found, chain: Chain, accept) -> Participant | None:
        """The first participant after the trigger, before the next verb chain of its clause."""
        st = self.st
        # a chain that shares its auxiliary across a conjunction ("were killed or wounded by X") ends in the
        # coordinated clause
        own = {chain.clause, st.clause_at(chain.end - 1)}
        later = [c.start for c in st.chains if c.clause in own and c.start > item.last]
        high = min(later, default=st.clauses[max(own)].end)
        for p in st.parts:
            if p.clause in own and item.last < p.first < high and id(p) not in self.exclude and accept(p):
                return p
        return None

    def noun_arguments(self, item: Found, support: Chain | None, lexicon: Lexicon) -> Arguments | None:
        """Source and target of a noun trigger (None when it has neither)."""
        st = self.st
        trig = item.trigger
        if support is not None and self._undergoes(support, item):
            return self._undergone(item, support)
        args = Arguments()
        recipient = self._first_object(support, item)
        modifier = self._modifier(item)
        if modifier is not None and modifier not in recipient:
            args.source = group_of(st.parts, modifier)
        preps = {s for s in trig.target if s not in NON_PREP_SLOTS}
        for p in st.parts:
            if p.clause != item.clause or p.first <= item.last or p.first - item.last > NOUN_TARGET_WINDOW:
                continue
            if id(p) in self.exclude or any(st.tokens[k].pos in {"VERB", "AUX", "MOD"}
                                            for k in range(item.last + 1, p.first)):
                continue
            # "the attack by Y", also after the noun's own target PP: "the attack on Israeli soldiers by Y"
            by_agent = p.slot == "by" and (p.first - item.last <= 3
                                           or bool(args.target) and 0 < p.first - args.target[-1].last <= 2)
            # an entry that lists "of" among its targets reads it as the one acted upon ("the blockade of Serbia")
            # and the of-phrase must be the noun's own, right after it ("the use of the Russian language" is no
            # actor of "restrictions on the use of ...")
            of_agent = p.slot == "of" and "of" in trig.source and "of" not in preps and p.prep_index == item.last + 1
            if not args.source and (by_agent or of_agent):
                args.source = group_of(st.parts, p)
            elif p.slot == "between" and not args.source and "between" not in preps:
                # "talks between A and B": both act; an entry with a between-target ("mediation between
                # A and B") has them as the ones acted upon and its own source elsewhere
                args.source, args.reciprocal = group_of(st.parts, p), True
            elif p.slot in preps and not args.target and p not in args.source:
                args.target = group_of(st.parts, p)
        if recipient and not args.target:
            args.target = recipient
        unnamed = all(p.mention.code == UNKNOWN_CODE for p in args.source)
        if unnamed and support is not None and (self._is_support(support, lexicon) or self._comes_for(support, item)) \
                and not self._reported_subject(support, item):
            # "speeded up the withdrawal of some forces": the light verb's named subject acts
            subject = [p for p in self.subject(support) if p not in args.target]
            if subject and (not args.source or any(p.mention.code != UNKNOWN_CODE for p in subject)):
                args.source = subject
        mutual = len({p.mention.code for p in args.source}) >= 2
        if not args.target and not args.reciprocal and args.source and not mutual \
                and (trig.type, trig.mode) not in SELF_CONTAINED_ACTS:
            args.target = self.fallback_target(item.last, item.clause, args.source)
        if not args.source and not args.target:
            return None
        return args

    def _undergoes(self, support: Chain, item: Found) -> bool:
        """The light verb's subject is the one the noun's act is done to: "faced sanctions", "received aid",
        "came under attack", "was put under investigation"."""
        st = self.st
        if any(st.tokens[v].lemma.lower() in self.undergoing_verbs for v in support.verbs):
            return True
        under = [k for k in range(support.end, item.first) if st.tokens[k].text.lower() in self.undergoing_preps]
        return bool(under) and all(t.pos == "ADV" for t in st.tokens[support.end:under[0]]) and all(
            t.pos in {"DET", "W", "ADV"} for t in st.tokens[under[0] + 1:item.first])

    def _undergone(self, item: Found, support: Chain) -> Arguments | None:
        """Target: the light verb's subject; source: the noun's by/from phrase ("attack from X") or the actor
        right before the noun ("suffered Israeli air strikes")."""
        st = self.st
        target = self.subject(support)
        agent = next((p for p in st.parts if p.clause == item.clause and 0 < p.first - item.last
                      <= NOUN_TARGET_WINDOW and p.slot in self.undergoing_agents and id(p) not in self.exclude
                      and p not in target), None)
        modifier = self._modifier(item)
        doer = agent if agent is not None else modifier if modifier is not None and modifier not in target else None
        source = group_of(st.parts, doer) if doer is not None else []
        if not source and not target:
            return None
        return Arguments(source, target)

    def _first_object(self, support: Chain | None, item: Found) -> list[Participant]:
        """The recipient of a two-object verb before its noun object: "gave Sudan aid", "offered Egypt a loan"."""
        st = self.st
        if support is None or not any(st.tokens[v].lemma in self.ditransitive for v in support.verbs):
            return []
        for p in st.parts:
            if support.end <= p.first < item.first and p.slot in BARE and p.mention.kind != "adjective" \
                    and all(t.pos == "DET" for t in st.tokens[support.end:p.first]) and id(p) not in self.exclude:
                return group_of(st.parts, p)
        return []

    def _modifier(self, item: Found) -> Participant | None:
        """An actor right before the noun: "Russian strikes", "Israel's air raids", "U.S. sanctions"."""
        st = self.st
        for p in reversed(st.parts):
            if p.last >= item.first or item.first - p.last > MAX_PHRASE + 1 or id(p) in self.exclude:
                continue
            between = st.tokens[p.last + 1:item.first]
            if all(t.pos in {"W", "ACT", "ABBR", "TIME"} for t in between):
                return p
        return None

    def _reported_subject(self, chain: Chain, item: Found) -> bool:
        """'insisted unrest there reflected ethnic tensions', 'said sanctions would hurt Europe': a noun after a
        reporting verb with a verb of its own after it is the subject of the reported clause, not its object."""
        st = self.st
        if not any(st.tokens[v].lemma in self.reporting for v in chain.verbs):
            return False
        k = item.last + 1
        phrase = NP_TAGS | {"PREP", "ADV"}
        while k < len(st.tokens) and k - item.last <= NOUN_TARGET_WINDOW and st.tokens[k].pos in phrase:
            k += 1
        after = st.chain_at(k)
        return after is not None and after.start == k and after.clause == item.clause \
            and not st.tokens[k].text.lower().endswith("ing")

    def _comes_for(self, chain: Chain, item: Found) -> bool:
        """'negotiators return to Geneva for talks': who comes for an act does it (`purpose_motion_verbs`)."""
        st = self.st
        k = item.first - 1
        while k > chain.end and st.tokens[k].pos in {"DET", "W", "NUM"}:
            k -= 1
        return st.tokens[k].text.lower() == "for" and any(st.tokens[v].lemma in self.purpose_motion
                                                          for v in chain.verbs)

    def _is_support(self, chain: Chain, lexicon: Lexicon) -> bool:
        """A light verb, or a verb that is no trigger itself, passes its subject to its noun object."""
        verbs = [self.st.tokens[v].lemma for v in chain.verbs]
        return not verbs or any(v in self.support_verbs for v in verbs) or not any(lexicon.verbs(v) for v in verbs)


def same_actor(part: Participant, group: list[Participant]) -> bool:
    """A re-mention of an actor of the group: itself, a pronoun for it, or the same name again (the same
    nationality adjective again modifies another head: "Palestinian Jihad ... Palestinian factions")."""
    return any(part is p or part.mention.code == p.mention.code and (
        part.mention.kind == "pronoun" or part.mention.text.lower() == p.mention.text.lower()
        and part.mention.kind != "adjective") for p in group)


def _participle_modifier(st: Structure, chain: Chain) -> bool:
    """'aircraft using missiles killed ...': an -ing participle right after a noun modifies it."""
    word = st.tokens[chain.start].text.lower()
    return (chain.verbs == [chain.start] and chain.end == chain.start + 1 and word.endswith("ing")
            and chain.start > 0 and st.tokens[chain.start - 1].pos in {"W", "ACT"})


def _chains_before_participle(st: Structure, chains: list[Chain]) -> list[Chain]:
    """The chains before the first participle modifier: the words after it belong to its phrase.

    "British aircraft using precision guided missiles killed ...": "guided" is no verb of the
    clause, so the subject is looked for before "using", not after "guided".
    """
    for k, chain in enumerate(chains):
        if _participle_modifier(st, chain):
            return chains[:k]
    return chains


def _starts_with_noun(st: Structure, low: int, high: int) -> bool:
    """Whether tokens [low, high) begin with a noun phrase (not a PP or adverb)."""
    for k in range(low, high):
        pos = st.tokens[k].pos
        if pos in {"DET", "NUM", "ADV", "TIME", "CONJ", "POSS", "SUB"} or pos == "REL" and k == low:
            continue
        return pos in {"W", "ACT"}
    return False


def support_chain(st: Structure, item: Found) -> Chain | None:
    """The verb chain a noun trigger is the object of: the nearest chain before it in its clause."""
    chains = [c for c in st.chains if c.clause == item.clause and c.end <= item.first]
    if not chains:
        return None
    chain = chains[-1]
    between = st.tokens[chain.end:item.first]
    if any(t.pos in {"PUNCT", "SUB", "REL"} for t in between) or len(between) > 6:
        return None
    return chain
