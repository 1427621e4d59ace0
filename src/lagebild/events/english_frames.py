"""English status, attribution and pronoun cues around the events of a sentence.

Status: negation in the verb chain ("did not", "refused to") or before a noun ("no
talks"), allegation adverbs in the clause ("reportedly"), intention in the chain ("will",
"plans to", "vowed to") or as a noun modifier ("planned talks"). Attribution: "according
to X", and the subject of a reporting verb ("X said", ", said X", ", officials said" ->
'---'). Pronouns ("it", "their") and descriptions ("the government", "both sides")
become pseudo-mentions resolved to the sentence's subject or the story's actors.
"""

from __future__ import annotations

from ..model import UNKNOWN_CODE, Mention
from ..nlp.tagger import Tagged
from ..resources import phrase_tuples
from .arguments import group_of
from .attribution import Attribution
from .clauses import Participant
from .coref import Discourse
from .english_syntax import Chain, Structure

PERSON_KINDS = frozenset({"person", "role"})
ATTRIBUTION_WINDOW = 4
NP_BACK = 4


def _contains(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


class FrameCues:
    """Status, attribution and coreference cues from data/en/cues.yaml."""

    def __init__(self, cues: dict) -> None:
        self.future = phrase_tuples(cues["future_forms"])
        self.possibility = frozenset(cues["possibility_modals"])
        self.negating = phrase_tuples(cues["negating_forms"])
        self.negating_det = frozenset(cues["negating_determiners"])
        self.intention_mods = frozenset(cues["intention_modifiers"])
        self.allegation = phrase_tuples(cues["allegation_forms"])
        self.obligation = phrase_tuples(cues["obligation_forms"])
        self.offers = phrase_tuples(cues["offer_forms"])
        self.promises = frozenset(cues["announced_promises"])
        self.demand_carriers = frozenset(cues["demand_carriers"])
        self.reported_promises = frozenset(cues["reported_promises"])
        self.light_verbs = frozenset(cues["support_verbs"])
        self.conditions = frozenset(cues["threat_conditions"])
        self.hostile_conditions = frozenset(cues["hostile_threat_conditions"])
        self.allegation_mods = frozenset(cues["allegation_modifiers"])
        self.habitual = phrase_tuples(cues["habitual_forms"])
        self.attribution_before = phrase_tuples(cues["attribution_before"])
        self.reporting = frozenset(cues["reporting_verbs"])
        self.alleging = frozenset(cues["alleging_verbs"])
        self.unnamed = frozenset(cues["unnamed_sources"])
        self.subject_pronouns = frozenset(cues["subject_pronouns"])
        self.person_pronouns = frozenset(cues["person_pronouns"])
        self.both = phrase_tuples(cues["both_sides"])
        self.descriptions = phrase_tuples(cues["country_descriptions"])
        self.sectors = dict(cues["description_sectors"])


# status ----------------------------------------------------------------------------------------

def chain_status(st: Structure, chain: Chain | None, upto: int, clause: int, cues: FrameCues) -> str:
    """Status from the verb chain up to token ``upto`` and the clause's allegation cues."""
    c = st.clauses[clause]
    clause_words = st.lower(c.start, c.end)
    # three words before the chain belong to it for cues like "is willing to", "are ready to"
    window = st.lower(max(c.start, chain.start - 3), upto) if chain is not None else []
    if chain is not None and (any(st.tokens[k].pos == "NEG" for k in range(chain.start, upto))
                              or _contains(window, cues.negating)):
        return "negated"
    possible = _possibility(st, chain, upto, cues)
    if _contains(clause_words, cues.allegation) or possible == "alleged":
        return "alleged"
    if chain is not None and _contains(window, cues.future) or possible == "intended":
        return "intended"
    return "asserted"


def _possibility(st: Structure, chain: Chain | None, upto: int, cues: FrameCues) -> str | None:
    """'may halt' is intended, 'might have supplied' alleged: a modal of possibility in the chain."""
    if chain is None:
        return None
    for k in range(chain.start, upto):
        if st.tokens[k].pos == "MOD" and st.tokens[k].text.lower() in cues.possibility:
            return "alleged" if k + 1 < upto and st.tokens[k + 1].text.lower() == "have" else "intended"
    return None


def noun_status(st: Structure, first: int, chain: Chain | None, clause: int, cues: FrameCues) -> str:
    """Status of a noun trigger: its own determiners/modifiers, then the chain it is the object of."""
    j = first - 1
    while j >= 0 and first - j <= NP_BACK and st.tokens[j].pos in {"W", "DET", "ACT", "ABBR", "NUM", "PREP"}:
        word = st.tokens[j].text.lower()
        if word in cues.negating_det:
            return "negated"
        if word in cues.intention_mods:
            return "intended"
        if word in cues.allegation_mods:
            return "alleged"
        if st.tokens[j].pos == "PREP" and word != "without":
            break
        j -= 1
    upto = chain.end if chain is not None else first
    return chain_status(st, chain, upto, clause, cues)


def is_obligation(st: Structure, chain: Chain | None, upto: int, cues: FrameCues) -> bool:
    """'Y must withdraw', 'Y should stop': an obligation, not a fact."""
    return chain is not None and _contains(st.lower(chain.start, upto), cues.obligation)


def is_offer(st: Structure, chain: Chain | None, upto: int, cues: FrameCues) -> bool:
    """'X is willing to withdraw', 'X stands ready to help': an offer, not a plan."""
    if chain is None:
        return False
    c = st.clauses[chain.clause]
    return _contains(st.lower(max(c.start, chain.start - 3), upto), cues.offers)


def is_habitual(st: Structure, clause: int, cues: FrameCues) -> bool:
    """Habitual actions ("repeatedly", "for years") are not coded."""
    c = st.clauses[clause]
    return _contains(st.lower(c.start, c.end), cues.habitual)


# attribution -----------------------------------------------------------------------------------

def find_attribution(st: Structure, cues: FrameCues) -> tuple[Attribution, dict[int, list[Participant]]]:
    """Reporter codes of the sentence, and the speakers of its reporting chains (by chain start)."""
    found = Attribution()
    lower = st.lower(0, len(st.tokens))
    for i in range(len(lower)):
        for phrase in cues.attribution_before:
            if tuple(lower[i:i + len(phrase)]) == phrase:
                _reporters_after(st, i + len(phrase), cues, found)
                break
    frames: dict[int, list[Participant]] = {}
    for chain in st.chains:
        verbs = [v for v in chain.verbs if st.tokens[v].lemma in cues.reporting and v not in chain.passive]
        if not verbs:
            continue
        speaker = _speaker(st, chain)
        if speaker:
            frames[chain.start] = speaker
            for p in speaker:
                found.participants.add(id(p))
                found.add(p.mention.code)
        elif _unnamed_before(st, chain, cues):
            frames[chain.start] = []
            found.add(UNKNOWN_CODE)
    return found, frames


def _reporters_after(st: Structure, start: int, cues: FrameCues, found: Attribution) -> None:
    for p in st.parts:
        if start <= p.first <= start + ATTRIBUTION_WINDOW:
            for q in group_of(st.parts, p):
                found.participants.add(id(q))
                found.add(q.mention.code)
            return
    if any(w in cues.unnamed for w in st.lower(start, start + ATTRIBUTION_WINDOW)):
        found.add(UNKNOWN_CODE)


def _speaker(st: Structure, chain: Chain) -> list[Participant]:
    """The subject of a reporting verb: "X said", ", X said", ", said X"."""
    clause = st.clauses[chain.clause]
    earlier = [c for c in st.chains if c.clause == chain.clause and c.end <= chain.start]
    low = earlier[-1].end if earlier else clause.start
    before = [p for p in st.parts if p.clause == chain.clause and low <= p.first and p.last < chain.start
              and p.slot in {"bare", "poss", "of"}]
    if before:
        return group_of(st.parts, before[0])
    if any(st.tokens[k].pos in {"W", "ACT", "PRON"} for k in range(low, chain.start)):
        return []  # an unnamed speaker stands there ("officials said")
    after = [p for p in st.parts if p.clause == chain.clause and chain.end <= p.first <= chain.end + 2
             and p.slot in {"bare", "poss"}]
    return group_of(st.parts, after[0]) if after else []


def _unnamed_before(st: Structure, chain: Chain, cues: FrameCues) -> bool:
    clause = st.clauses[chain.clause]
    words = st.lower(clause.start, chain.start) + st.lower(chain.end, min(clause.end, chain.end + 3))
    return any(w in cues.unnamed for w in words)


# coreference -----------------------------------------------------------------------------------

def pronoun_mentions(sentence_index: int, tokens: list[Tagged], covered: list[bool], mentions: list[Mention],
                     memory: Discourse, cues: FrameCues) -> list[Mention]:
    """Pseudo-mentions for pronouns and descriptions that refer to actors named before."""
    out: list[Mention] = []
    lower = [t.text.lower() for t in tokens]
    i = 0
    while i < len(tokens):
        if covered[i]:
            i += 1
            continue
        n, resolved = _description(lower, i, memory, cues)
        if n:
            out.extend(_pseudo(sentence_index, tokens, i, i + n, code, sector) for code, sector in resolved)
            i += n
            continue
        if _pronoun_in_role(tokens, i, cues):
            for m in _antecedent(lower[i], tokens[i].start, _without_fronted_pps(tokens, mentions), memory, cues):
                out.append(_pseudo(sentence_index, tokens, i, i + 1, m.code, m.sector))
        person = _surname(tokens[i], memory)
        if person is not None:
            out.append(_pseudo(sentence_index, tokens, i, i + 1, person.code, person.sector))
        i += 1
    return out


def _without_fronted_pps(tokens: list[Tagged], mentions: list[Mention]) -> list[Mention]:
    """The mentions without those in PPs before the sentence's first bare mention: "In a letter to the United
    Nations, Iraq said it would ...": "it" is Iraq, the subject, not the fronted PP's United Nations."""
    first_bare = next((m for m in mentions if not _after_preposition(tokens, m)), None)
    if first_bare is None:
        return mentions
    return [m for m in mentions if m.start >= first_bare.start or not _after_preposition(tokens, m)]


def _after_preposition(tokens: list[Tagged], m: Mention) -> bool:
    """A mention inside a PP ("to the United Nations")."""
    k = next((j for j, t in enumerate(tokens) if t.start == m.start), None)
    if k is None:
        return False
    k -= 1
    while k >= 0 and tokens[k].pos in {"DET", "NUM", "W"}:
        k -= 1
    return k >= 0 and tokens[k].pos == "PREP"


def _surname(token: Tagged, memory: Discourse) -> Mention | None:
    """'Wang' after 'Chinese Foreign Minister Wang Yi': a person named before, by one of their names."""
    if token.pos not in {"W", "ACT"} or not token.text[:1].isupper() or len(token.text) < 3:
        return None
    for m in reversed(memory.last_persons):
        if token.text in m.text.split()[1:] or token.text == m.text.split()[-1]:
            return m
    return None


def _pronoun_in_role(tokens: list[Tagged], i: int, cues: FrameCues) -> bool:
    """A subject pronoun before a verb, or a possessive before a noun."""
    tok = tokens[i]
    nxt = i + 1
    while nxt < len(tokens) and tokens[nxt].pos in {"ADV", "NEG", "TIME"}:
        nxt += 1
    following = tokens[nxt].pos if nxt < len(tokens) else ""
    if tok.pos == "PRON" and tok.text.lower() in cues.subject_pronouns:
        return following in {"AUX", "MOD", "VERB"}
    return tok.pos == "POSS" and following in {"W", "ACT"}


def _antecedent(word: str, at: int, mentions: list[Mention], memory: Discourse, cues: FrameCues) -> list[Mention]:
    person = word in cues.person_pronouns
    # "he" is a person or a role ("the minister"); "it"/"they" anything but a named person
    earlier = [m for m in mentions if m.end <= at and m.code != UNKNOWN_CODE
               and (m.kind in PERSON_KINDS if person else m.kind != "person")]
    if earlier:
        return [earlier[0]]  # the sentence's first actor: "Israel said it would ..."
    if person:
        return memory.last_persons[-1:]
    for group in reversed(memory.recent_subjects):
        if all(m.kind not in PERSON_KINDS for m in group):
            return group if word in {"they", "their"} else group[:1]
    return []


def _description(lower: list[str], i: int, memory: Discourse, cues: FrameCues):
    for phrase in cues.both:
        if tuple(lower[i:i + len(phrase)]) == phrase:
            sides = _two_sides(memory)
            return len(phrase), [(c, None) for c in sides]
    for phrase in cues.descriptions:
        if tuple(lower[i:i + len(phrase)]) == phrase:
            # "the government of Iraq", "the government in Kabul" are named: the actor stage covers them
            if i + len(phrase) < len(lower) and lower[i + len(phrase)] in {"of", "in"}:
                return 0, []
            code = memory.main_state()
            return len(phrase), ([(code, cues.sectors.get(phrase[-1]))] if code else [])
    return 0, []


def _two_sides(memory: Discourse) -> list[str]:
    """The two actors of the story so far: the latest subjects first, then the latest states."""
    codes: list[str] = []
    for group in reversed(memory.recent_subjects):
        for m in group:
            if m.code != UNKNOWN_CODE and m.code not in codes:
                codes.append(m.code)
    for code in reversed(memory.recent_states):
        if code not in codes:
            codes.append(code)
    return codes[:2] if len(codes) >= 2 else []


def _pseudo(sentence_index: int, tokens: list[Tagged], a: int, b: int, code: str, sector: str | None) -> Mention:
    start, end = tokens[a].start, tokens[b - 1].end
    text = " ".join(t.text for t in tokens[a:b])
    return Mention(sentence_index, start, end, text, code, sector, kind="pronoun", entry="coref")
