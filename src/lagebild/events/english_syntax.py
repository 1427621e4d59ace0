"""English sentence structure without a parser: coarse tags, clauses, verb chains, actor slots.

No English tagger is available, so tokens get coarse tags from closed word classes
(data/en/cues.yaml) plus word-order and morphology heuristics (SVO; "-ed" forms and
words after an auxiliary, modal or "to" are verbs). A sentence is cut at punctuation,
subordinators, relative pronouns and verb-phrase coordination into clauses; segments
without a verb (appositions, enumerations) join a neighbour. Inside a clause, a verb
chain is a run of auxiliaries, modals, negation, adverbs, "to" and verbs ("has refused
to deploy"). Each actor mention gets a slot: bare NP, possessive, or a preposition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import simplemma

from ..model import Mention, Token
from ..nlp.tagger import Tagged
from .clauses import Clause, Participant, token_span

BOUNDARY_PUNCT = frozenset({",", ";", ":", "(", ")", "–", "—", "-", '"', "“", "”", "[", "]", "‘", "’"})
CHAIN_TAGS = frozenset({"AUX", "MOD", "NEG", "ADV", "TO", "VERB"})
SKIP_LEFT = frozenset({"DET", "NUM", "POSS", "ADV", "TIME"})
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
MAX_NP_WORDS = 3


class EnglishCues:
    """Closed word classes and cue lists from data/en/cues.yaml, as sets and phrase tuples."""

    def __init__(self, cues: dict, verb_lemmas: frozenset[str], noun_lemmas: frozenset[str] = frozenset()) -> None:
        self.raw = cues
        self.noun_lemmas = noun_lemmas
        self.determiners = frozenset(cues["determiners"])
        self.possessives = frozenset(cues["possessive_pronouns"])
        self.pronouns = frozenset(cues["pronouns"])
        self.non_subject_pronouns = frozenset(cues["non_subject_pronouns"])
        self.auxiliaries = frozenset(cues["auxiliaries"])
        self.passive_aux = frozenset(cues["passive_auxiliaries"])
        self.modals = frozenset(cues["modals"])
        self.negations = frozenset(cues["negations"])
        self.prepositions = frozenset(cues["prepositions"])
        self.coordinators = frozenset(w for w in cues["coordinators"] if " " not in w)
        self.subordinators = frozenset(w for w in cues["subordinators"] if " " not in w)
        self.relatives = frozenset(cues["relative_pronouns"])
        self.time_words = frozenset(cues["time_words"])
        self.months = frozenset(cues["month_names"])
        self.irregular = dict(cues["irregular_forms"])
        self.bare_infinitive = frozenset(cues["bare_infinitive_verbs"])
        self.support_verbs = frozenset(cues["support_verbs"])
        self.origin_prepositions = frozenset(cues["origin_prepositions"])
        self.representing_prepositions = frozenset(cues["representing_prepositions"])
        self.patient_holder_prepositions = frozenset(cues["patient_holder_prepositions"])
        self.object_control = frozenset(cues["object_control_verbs"])
        self.place_heads = frozenset(cues["place_heads"])
        self.ditransitive = frozenset(cues["ditransitive_verbs"])
        self.subject_control_nouns = frozenset(cues["subject_control_nouns"])
        self.undergoing_verbs = frozenset(cues["undergoing_verbs"])
        self.undergoing_prepositions = frozenset(cues["undergoing_prepositions"])
        self.undergoing_agents = frozenset(cues["undergoing_agent_prepositions"])
        self.indefinite = frozenset(cues["indefinite_articles"])
        self.language_heads = frozenset(cues["language_heads"])
        self.adverbial_subordinators = frozenset(cues["adverbial_subordinators"])
        self.place_nouns = frozenset(cues["place_nouns"])
        self.anaphoric = frozenset(cues["anaphoric_determiners"])
        self.adverbial = tuple(tuple(p.split()) for p in cues["adverbial_phrases"])
        self.ing_adjectives = frozenset(cues["ing_adjectives"])
        self.adjective_forms = frozenset(cues["adjective_forms"])
        self.modifier_heads = frozenset(cues["modifier_heads"])
        self.happening_verbs = frozenset(cues["happening_verbs"])
        self.purpose_motion = frozenset(cues["purpose_motion_verbs"])
        # words known to be verbs when they stand in verb position ("Russia attacks Ukraine")
        self.verb_lemmas = verb_lemmas | frozenset(cues["reporting_verbs"]) | frozenset(cues["content_verbs"]) \
            | frozenset(v for v in cues["support_verbs"] if " " not in v) \
            | frozenset(cues["undergoing_verbs"]) | frozenset(cues["under_verbs"])

    def lemma(self, word: str) -> str:
        """Lower-case lemma of a word (irregular forms first, then simplemma)."""
        low = word.lower()
        if low in self.irregular:
            return self.irregular[low]
        for ending in POSSESSIVE_ENDINGS:
            if low.endswith(ending) and len(low) > 3:
                low = low[: -len(ending)] if ending[0] != "s" else low[:-1]
                break
        return simplemma.lemmatize(low, lang="en").lower()


@dataclass
class Chain:
    """A verb chain: token range [start, end) of one clause, its verbs and voice."""

    start: int
    end: int
    clause: int
    verbs: list[int] = field(default_factory=list)
    passive: set[int] = field(default_factory=set)   # verbs in passive voice ("was attacked")
    reduced: bool = False   # a participle after its noun: "companies accused of ...", "drones launched by ..."


@dataclass
class Structure:
    """One analysed sentence."""

    tokens: list[Tagged]
    clauses: list[Clause]
    chains: list[Chain]
    parts: list[Participant]
    in_mention: list[bool]

    def chain_at(self, index: int) -> Chain | None:
        """The chain holding token ``index``."""
        return next((c for c in self.chains if c.start <= index < c.end), None)

    def clause_at(self, index: int) -> int:
        """Index of the clause holding token ``index``."""
        return next((i for i, c in enumerate(self.clauses) if c.contains(index)), len(self.clauses) - 1)

    def lower(self, start: int, end: int) -> list[str]:
        """Lower-cased token texts of a range."""
        return [t.text.lower() for t in self.tokens[max(0, start):end]]


def mention_tokens(tokens: list[Token], mentions: list[Mention]) -> list[bool]:
    """For each token, whether an actor mention covers it."""
    spans = [(m.start, m.end) for m in mentions]
    return [any(tok.end > s and tok.start < e for s, e in spans) for tok in tokens]


def tag(tokens: list[Token], covered: list[bool], cues: EnglishCues) -> list[Tagged]:
    """Coarse tags: closed classes first, then verbs by position and form."""
    words = [t.text for t in tokens]
    lemmas = [cues.lemma(w) for w in words]
    tags = [_closed_tag(w, i, len(words), cues) for i, w in enumerate(words)]
    for i, is_actor in enumerate(covered):
        if is_actor and tags[i] not in {"PUNCT", "ABBR"}:
            tags[i] = "ACT"  # "the US" is a state, not the pronoun "us"
    for start, end in _phrase_spans(words, cues.adverbial):
        for j in range(start, end):
            if not covered[j]:
                tags[j] = "ADV"  # "once again" opens no clause
    for i in range(len(words)):
        if words[i].lower() == "to" and tags[i] == "PREP":
            nxt = tags[i + 1] if i + 1 < len(words) else ""
            tags[i] = "TO" if nxt in {"W", "ADV", "NEG"} and words[i + 1].islower() else "PREP"
    _tag_dates(words, tags, cues)
    for i in range(len(words)):
        if tags[i] == "W" and _is_verb(i, words, lemmas, tags, cues):
            tags[i] = "VERB"
    for i in range(len(words)):
        if words[i].lower() == "that" and tags[i] == "SUB":
            tags[i] = _that_tag(i, tags)
    return [Tagged(t.text, lemma, pos, t.start, t.end) for t, lemma, pos in zip(tokens, lemmas, tags, strict=True)]


def _phrase_spans(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    lower = [w.lower() for w in words]
    return [(i, i + len(p)) for i in range(len(lower)) for p in phrases if tuple(lower[i:i + len(p)]) == p]


def _closed_tag(word: str, i: int, n: int, cues: EnglishCues) -> str:
    low = word.lower()
    if not any(ch.isalnum() for ch in word):
        return "PUNCT" if word != "." or i == n - 1 else "ABBR"
    if low.endswith(("n't", "n’t")) or low in cues.negations and low != "no":
        return "NEG"
    if low in cues.modals:
        return "MOD"
    if low in cues.auxiliaries:
        return "AUX"
    if low in cues.relatives:
        return "REL"
    if low in cues.subordinators and low not in cues.prepositions:
        return "SUB"
    if low in cues.prepositions:
        return "PREP"
    if low in cues.coordinators:
        return "CONJ"
    if low in cues.possessives:
        return "POSS"
    if low in cues.determiners:
        return "DET"
    if low in cues.pronouns:
        return "PRON"
    if low[0].isdigit():
        return "NUM"
    if low.endswith("ly") and len(low) > 4 and word.islower():
        return "ADV"
    if low in cues.time_words:
        return "TIME"
    return "W"


def _tag_dates(words: list[str], tags: list[str], cues: EnglishCues) -> None:
    """A calendar date after a preposition is a time phrase: "on March 3", "in May", "in 1994"."""
    for i in range(1, len(words)):
        if tags[i - 1] != "PREP":
            continue
        j = i
        while j < len(words) and (words[j][:1].isupper() and words[j].lower() in cues.months
                                  or words[j].isdigit() and len(words[j]) <= 4):
            j += 1
        if j > i and (j - i > 1 or not words[i].isdigit() or len(words[i]) == 4):
            tags[i:j] = ["TIME"] * (j - i)  # a lone number is a date only as a year: not "in 3 cities"


def _prev(tags: list[str], i: int) -> int:
    """Index of the previous token that is not an adverb, negation or time word (-1 if none)."""
    j = i - 1
    while j >= 0 and (tags[j] in {"ADV", "NEG", "TIME"} or tags[j] == "PREP" and tags[j + 1] == "TIME"):
        j -= 1  # "Russia on Monday attacked"
    return j


def title_case(words: list[str]) -> bool:
    """A headline in title case ("Iran Rejects EU Proposal"): most longer words capitalised."""
    longer = [w for w in words if len(w) > 3 and w.isalpha()]
    return bool(longer) and sum(w[0].isupper() for w in longer) > 0.6 * len(longer)


def _is_verb(i: int, words: list[str], lemmas: list[str], tags: list[str], cues: EnglishCues) -> bool:
    low, lemma = words[i].lower(), lemmas[i]
    p = _prev(tags, i)
    before = tags[p] if p >= 0 else "START"
    if before in {"DET", "POSS", "NUM"}:
        return False  # "the armed group", "their talks"
    if i > 0 and f"{words[i - 1].lower()} {lemma}" in cues.noun_lemmas:
        return False  # the head of a multi-word event noun: "a general strike", "the air strikes"
    if before in {"W", "ACT"} and words[i][:1].isupper() and words[p][:1].isupper() and not title_case(words):
        return False  # inside a name: "the Canadian Press" (a headline capitalises its verbs too)
    if before == "PRON" and words[p].lower() in cues.non_subject_pronouns and not (
            p > 0 and lemmas[p - 1] in cues.bare_infinitive):
        return False  # "send them back": an object pronoun is no subject ("let them go" is a bare infinitive)
    if before in {"AUX", "MOD", "TO", "PRON", "REL"}:
        return True
    if before == "VERB" and lemmas[p] in cues.bare_infinitive and lemma in cues.verb_lemmas:
        return True  # "help support", "let go"
    inflected = lemma != low
    if low in cues.ing_adjectives or low in cues.adjective_forms:
        return False  # "from neighboring Lebanon", "the ruling party", "armed groups": an adjective, not a verb
    if low.endswith("ing"):
        if before == "ACT" and words[p].lower().endswith(POSSESSIVE_ENDINGS):
            return False  # "Jordan's visiting king", "Russia's ruling party": an adjective after a possessive
        if before in {"ACT", "W"}:  # "forces attacking Kyiv" is a verb, "a regional meeting in" a noun
            nxt = tags[i + 1] if i + 1 < len(tags) else ""
            return inflected and nxt in {"DET", "ACT", "POSS", "NUM", "W", "PRON"}
        return inflected and before in {"PREP", "PUNCT", "CONJ", "START", "SUB", "VERB"}
    if before == "PREP":
        return False
    if before == "W" and lemma in cues.happening_verbs and _present_after_clause_subject(i, words, lemmas, tags):
        return True
    if before == "ACT" and not inflected and _after_indefinite(p, words, tags, cues):
        return False  # "an Egyptian offer": a singular subject would take "offers", so the bare form is its noun
    if inflected and low.endswith("ed"):
        # "Ousted President X", "using banned agents": a participle before a noun is an adjective
        return not (before in {"START", "VERB", "PREP"} and i + 1 < len(tags) and tags[i + 1] in {"W", "ACT"})
    if inflected and not low.endswith("s") and lemma in cues.verb_lemmas:
        return True  # irregular past: "met", "struck", "held"
    if before == "ACT" and lemma in cues.verb_lemmas and lemma not in cues.noun_lemmas and not low.endswith("ing"):
        return True  # "The Palestinians reject ...": a word that is only a verb, after its subject
    if lemma in cues.verb_lemmas and before in {"ACT", "START", "PUNCT", "CONJ", "SUB"}:
        nxt = tags[i + 1] if i + 1 < len(tags) else ""
        return nxt in {"DET", "ACT", "POSS", "NUM", "TO", "PRON", "SUB"} or (
            before == "ACT" and nxt in {"PUNCT", ""})
    return False


def _present_after_clause_subject(i: int, words: list[str], lemmas: list[str], tags: list[str]) -> bool:
    """'if war starts in Iraq', 'when the crisis ends,': a subordinate clause needs a verb, so the -s form of a
    happening verb after its one- or two-word noun subject is that verb where a preposition, adverb or
    punctuation follows."""
    low = words[i].lower()
    if not low.endswith("s") or low.endswith("ss") or lemmas[i] == low:
        return False
    if (tags[i + 1] if i + 1 < len(tags) else "") not in {"PREP", "PUNCT", "ADV", "TIME", "DET", "POSS", "NUM", ""}:
        return False
    j = i - 1
    while j >= 0 and tags[j] == "W" and i - j <= 2:
        j -= 1
    while j >= 0 and tags[j] == "DET":
        j -= 1
    return j < i - 1 and j >= 0 and tags[j] == "SUB"


def _after_indefinite(p: int, words: list[str], tags: list[str], cues: EnglishCues) -> bool:
    """Whether the name ending at ``p`` opens with "a"/"an" ("an Egyptian", "a U.S.")."""
    j = p
    while j > 0 and tags[j - 1] == "ACT":
        j -= 1
    return j > 0 and words[j - 1].lower() in cues.indefinite


def _that_tag(i: int, tags: list[str]) -> str:
    """'that' after a verb or comma opens a clause; after a noun it is relative."""
    p = i - 1
    if p < 0 or tags[p] in {"VERB", "PUNCT", "ADV", "TIME", "ACT", "PRON"}:
        return "SUB"
    return "REL" if tags[p] == "W" else "DET"


# clauses ---------------------------------------------------------------------------------------

def segment(tokens: list[Tagged]) -> list[Clause]:
    """Cut a tagged sentence into clauses (see the module docstring)."""
    segments: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(tokens):
        if tok.pos == "PUNCT" and tok.text in BOUNDARY_PUNCT:
            if i > start:
                segments.append((start, i))
            start = i + 1
        elif i > start and (tok.pos in {"SUB", "REL"} or tok.pos == "CONJ" and _verb_follows(tokens, i)):
            segments.append((start, i))
            start = i
    if start < len(tokens):
        segments.append((start, len(tokens)))
    clauses: list[Clause] = []
    for s, e in segments:
        if clauses and not _has_verb(tokens, s, e):
            clauses[-1].end = e  # apposition or enumeration: part of the clause before
            continue
        clauses.append(_new_clause(tokens, s, e, after_comma=s > 0 and tokens[s - 1].text == ","))
    if not clauses:
        clauses.append(Clause(0, len(tokens)))
    if len(clauses) > 1 and not _has_verb(tokens, clauses[0].start, clauses[0].end):
        clauses[1].start = clauses[0].start  # a fronted phrase or the subject before an apposition
        clauses[1].kind, clauses[1].coordinated = "main", False
        clauses.pop(0)
    for i, clause in enumerate(clauses):
        if clause.kind in {"sub", "inf", "rel", "part"} and i > 0:
            clause.parent = i - 1
    return clauses


def _verb_follows(tokens: list[Tagged], i: int) -> bool:
    j = i + 1
    while j < len(tokens) and tokens[j].pos in {"ADV", "NEG", "TIME"}:
        j += 1
    return j < len(tokens) and tokens[j].pos in {"AUX", "MOD", "VERB"}


def _has_verb(tokens: list[Tagged], s: int, e: int) -> bool:
    return any(tokens[k].pos in {"AUX", "MOD", "VERB"} for k in range(s, e))


def _new_clause(tokens: list[Tagged], s: int, e: int, *, after_comma: bool) -> Clause:
    clause = Clause(s, e)
    first = tokens[s]
    if first.pos == "SUB":
        clause.kind, clause.subordinator = "sub", first.text.lower()
    elif first.pos == "REL":
        clause.kind = "rel"
    elif first.pos == "CONJ":
        clause.coordinated = True
    elif first.pos == "TO":
        clause.kind = "inf"
    elif first.pos == "VERB" and after_comma and first.text.lower().endswith(("ing", "ed")):
        clause.kind = "part"  # ", killing 50": shares the subject of the clause before
    return clause


def find_chains(tokens: list[Tagged], clauses: list[Clause], cues: EnglishCues) -> list[Chain]:
    """Verb chains of every clause, with their passive verbs."""
    chains: list[Chain] = []
    for ci, clause in enumerate(clauses):
        k = clause.start
        while k < clause.end:
            if tokens[k].pos not in CHAIN_TAGS or tokens[k].pos == "ADV":
                k += 1
                continue
            j = k
            while j < clause.end and tokens[j].pos in CHAIN_TAGS:
                j += 1
            verbs = [m for m in range(k, j) if tokens[m].pos == "VERB"]
            if chains and _shares_auxiliary(tokens, chains[-1], clause, k, verbs):
                chains[-1].end, chains[-1].verbs = j, chains[-1].verbs + verbs
                chains[-1].passive |= set(verbs)
                k = j
                continue
            if verbs or any(tokens[m].pos in {"AUX", "MOD"} for m in range(k, j)):
                chain = Chain(k, j, ci, verbs)
                chain.passive = {v for v in verbs if _passive(tokens, k, v, cues)}
                earlier = any(c.clause == ci for c in chains)
                if verbs == [k] and (earlier and _reduced_relative(tokens, k, clause)
                                     or _appositive_participle(tokens, k, clause)):
                    chain.passive, chain.reduced = {k}, True
                chains.append(chain)
            k = j
    return chains


def _shares_auxiliary(tokens: list[Tagged], before: Chain, clause: Clause, k: int, verbs: list[int]) -> bool:
    """'were killed or wounded', 'was arrested and charged': a lone participle right after a conjunction that
    follows a passive chain shares its auxiliary and its subject."""
    word = tokens[k].text.lower()
    return bool(before.passive) and verbs == [k] and clause.coordinated and k == clause.start + 1 \
        and before.end == clause.start and tokens[clause.start].pos == "CONJ" \
        and tokens[k].lemma != word and not word.endswith(("ing", "s"))


def _reduced_relative(tokens: list[Tagged], k: int, clause: Clause) -> bool:
    """'companies accused of', 'drones launched by': noun + participle + preposition (not 'X attacked Kyiv')."""
    word = tokens[k].text.lower()
    return (clause.start < k < clause.end - 1 and tokens[k - 1].pos in {"W", "ACT"} and word.endswith("ed")
            and tokens[k].lemma != word and tokens[k + 1].pos == "PREP")


def _appositive_participle(tokens: list[Tagged], k: int, clause: Clause) -> bool:
    """'Ethiopian troops, backed by American advisers, attacked ...': a participle with its by-agent set off
    after its noun by a comma is a passive that describes that noun, not the clause's verb."""
    word = tokens[k].text.lower()
    return (clause.start + 1 < k < clause.end - 1 and tokens[k - 1].text == "," and tokens[k - 2].pos in {"W", "ACT"}
            and word.endswith("ed") and tokens[k].lemma != word and tokens[k + 1].text.lower() == "by")


def _passive(tokens: list[Tagged], start: int, verb: int, cues: EnglishCues) -> bool:
    """'was attacked', 'has been arrested': a be-form before a participle."""
    word = tokens[verb].text.lower()
    if word.endswith("ing") or word.endswith("s") and not word.endswith("ss"):
        return False
    j = verb - 1
    while j >= start and tokens[j].pos in {"ADV", "NEG"}:
        j -= 1
    return j >= start and tokens[j].text.lower() in cues.passive_aux


# participants ------------------------------------------------------------------------------

def place_participants(tokens: list[Tagged], clauses: list[Clause], mentions: list[Mention],
                       place_nouns: frozenset[str] = frozenset()) -> list[Participant]:
    """Give every mention its clause, slot (bare, poss or a preposition) and coordination group.
    A name after "the town of" takes the slot of that phrase ("shelled the town of X": object)."""
    out: list[Participant] = []
    for mention in mentions:
        span = token_span(tokens, mention.start, mention.end)
        if span is None:
            continue
        first, last = span
        clause = next((i for i, c in enumerate(clauses) if c.contains(first)), len(clauses) - 1)
        part = Participant(mention, first, last, clause, "bare")
        _assign_slot(tokens, clauses[clause], part, place_nouns)
        out.append(part)
    _group(tokens, out)
    return out


def _assign_slot(tokens: list[Tagged], clause: Clause, part: Participant, place_nouns: frozenset[str]) -> None:
    last = tokens[part.last]
    if last.text.lower().endswith(POSSESSIVE_ENDINGS) and not part.mention.text.lower().endswith(POSSESSIVE_ENDINGS):
        part.slot = "poss"
    nxt = part.last + 1
    if nxt < clause.end and tokens[nxt].pos in {"W", "ACT"}:
        part.head = nxt  # a modifier: "U.S. troops", "Russian army", "Israel's raids"
    if part.mention.kind == "pronoun" and part.slot != "poss" and tokens[part.first].pos == "PRON":
        return  # "they", "it": a subject or object, never inside a PP we could see
    k = _left_of_phrase(tokens, clause, part.first)
    if k is not None and k > clause.start and tokens[k].text.lower() == "of" and tokens[k - 1].lemma in place_nouns:
        k = _left_of_phrase(tokens, clause, k)  # "in the town of Cizre" is "in Cizre"
    if k is not None and k >= clause.start and tokens[k].pos == "PREP":
        part.prep_index = k
        if part.slot != "poss":
            part.slot = tokens[k].text.lower()


def _left_of_phrase(tokens: list[Tagged], clause: Clause, first: int) -> int | None:
    """Index of the token before the noun phrase that ends before ``first`` (None: a time phrase)."""
    k, words = first - 1, 0
    while k >= clause.start and (tokens[k].pos in SKIP_LEFT or tokens[k].pos == "W" and words < MAX_NP_WORDS):
        if tokens[k].pos == "TIME" and k - 1 >= clause.start and tokens[k - 1].pos == "PREP":
            return None  # "said on Friday Russia ...": a time phrase, not the mention's preposition
        words += tokens[k].pos == "W"
        k -= 1
    return k


def _group(tokens: list[Tagged], parts: list[Participant]) -> None:
    """Mentions joined by and/or/commas in one slot share a group ("Russia and China")."""
    parts.sort(key=lambda p: p.first)
    group = 0
    for i, part in enumerate(parts):
        same_span = i > 0 and (parts[i - 1].first, parts[i - 1].last) == (part.first, part.last)
        if same_span:
            pass  # one phrase naming two actors ("both sides")
        elif i > 0 and _coordinated(tokens, parts[i - 1], part):
            prev = parts[i - 1]
            if part.slot == "bare" and prev.slot not in {"bare", "poss"}:
                part.slot, part.prep_index = prev.slot, prev.prep_index  # "with Russia and China"
        elif i > 0:
            group += 1
        part.group = group


def _coordinated(tokens: list[Tagged], prev: Participant, part: Participant) -> bool:
    if prev.clause != part.clause or part.first <= prev.last:
        return False
    between = tokens[prev.last + 1: part.first]
    if not between or not any(t.pos == "CONJ" or t.text == "," for t in between):
        return False
    if part.slot not in {"bare", "poss"} and part.slot != prev.slot:
        return False
    if not any(t.pos == "CONJ" for t in between) and any(t.pos in {"DET", "POSS", "W"} for t in between):
        return False  # "Kenzo Oshima, the UN coordinator": an apposition, not a list
    allowed = {"CONJ", "DET", "POSS", "W", "NUM"}
    nouns = sum(t.pos == "W" for t in between)
    return nouns <= 2 and all(t.pos in allowed or t.text == "," for t in between)
