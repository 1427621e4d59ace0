"""Faster searches over HanTa's morpheme lattice and sentence HMM, giving exactly HanTa's results.

HanTa analyses a word it has not cached by a Viterbi search over its segmentations: for every
substring and every morpheme tag that may follow the current state it asks for the log
probability of that substring under that tag. Profiling the pipeline showed ~1,000 such
questions per word, and 95% of the distinct ones are answered "impossible" (measured on
corpus text): most tags are closed classes
whose morphemes are listed, and a substring listed under no tag can only be an unknown
morpheme of one of the eleven open classes. This module asks only the questions that can
have a finite answer, by indexing the listed morphemes once per model, and inlines the
open-class guess. The order in which states are visited and compared is HanTa's, so ties,
dictionary order and floating-point sums are the same and the analyses are identical
(tests/nlp/test_morph.py compares both on real text). The sentence HMM likewise tries only
the tags a word can have instead of every tag that may follow a state.

The same searches are compiled in `_lattice.pyx` (Cython, built by setup.py where a C compiler
is at hand): the model indexed once into C arrays, states numbered, rows as arrays in insertion
order, the listed morphemes and the guessed suffixes as tries walked along the word. It visits
states in the same order and adds the same doubles in the same order, so it too gives HanTa's
results; `accelerate` installs it where it is built, and this module's search otherwise (or
with LAGEBILD_PURE_PYTHON=1). This module's search stays the reference the tests hold both to,
and takes the words too long for the compiled tables.

The algorithm and the model are HanTa's (Christian Wartena, LGPL-3.0-or-later, see NOTICE);
this is our own implementation of its search, installed on the tagger instance.
"""

from __future__ import annotations

import math
import os
import types
from dataclasses import dataclass
from operator import itemgetter

from numpy import logaddexp

try:  # the same searches compiled (setup.py builds it where Cython and a C compiler are at hand)
    from . import _lattice
except ImportError:
    _lattice = None

# HanTa's reserved tag numbers and its pruning floor
EMPTY, START, END, UNKNOWN, END_UNKNOWN = 0, 1, 2, 3, -3
LOWER_BOUND = -1e6
# an analysis spanning the whole word as one unknown morpheme is penalised by HanTa
WHOLE_WORD_PENALTY = 4.6
# suffix lengths HanTa consults for an unknown morpheme, longest first
SUFFIX_LENGTHS = (4, 3, 2, 1)


@dataclass(frozen=True, slots=True)
class OpenClass:
    """What HanTa's guess for an unknown morpheme of one open tag needs."""

    base: float  # interpolation weight + hapax probability of the tag
    by_length: object  # log probability by morpheme length (0..24)
    by_suffix: dict  # log probability by morpheme suffix ('' as fallback)


@dataclass(frozen=True, slots=True)
class Lattice:
    """Indexes of one HanTa model that the search consults per substring."""

    listed: dict  # tag -> {morpheme: log probability}
    known: frozenset  # every morpheme listed under any tag
    open_classes: dict  # tag -> OpenClass
    nonfinal: dict  # state -> [(tag, log probability)] of non-final transitions
    final: dict  # state -> [(tag, log probability)] of final transitions
    followers: dict  # state -> (non-final followers as (tag, lp, state reached), those that are open classes)
    followers_towards: dict  # target tag -> state -> the same, restricted to followers that can reach it
    transition_order: dict  # sentence HMM state -> {tag: position among its transitions}


def build_lattice(tagger) -> Lattice:
    """Index a loaded HanoverTagger's model."""
    known = frozenset(m for morphemes in tagger.LP_m_t.values() for m in morphemes)
    open_classes = {
        tag: OpenClass(tagger.Int_t + tagger.LP_hapax_t[tag], tagger.LP_len_t[tag], tagger.LP_s_t[tag])
        for tag in tagger.LP_hapax_t if tag in tagger.LP_s_t
    }
    nonfinal = tagger.LP_trans_nonfinal
    return Lattice(
        listed=tagger.LP_m_t, known=known,
        open_classes=open_classes, nonfinal=nonfinal, final=tagger.LP_trans_final,
        followers={state: _with_new_states(state, followers, open_classes) for state, followers in nonfinal.items()},
        followers_towards={},
        transition_order={},
    )


def _with_new_states(state: tuple, followers: list, open_classes: dict) -> tuple[list, list]:
    """A state's followers as (tag, log probability, state reached), all and the open-class ones."""
    reached = [(tag, lp, (state[1], tag)) for tag, lp in followers]
    return reached, [entry for entry in reached if entry[0] in open_classes]


def _guess(open_class: OpenClass, morpheme: str, word_length: int) -> float:
    """HanTa's log probability of an unlisted morpheme under an open tag (-inf where it allows none)."""
    length = len(morpheme)
    if not (word_length < 4 or length > 2):
        return -math.inf
    suffixes = open_class.by_suffix
    lp_suffix = suffixes[""]
    for size in SUFFIX_LENGTHS:
        if length > size and morpheme[-size:] in suffixes:
            lp_suffix = suffixes[morpheme[-size:]]
            break
    lp = open_class.base + open_class.by_length[min(length, 24)] + lp_suffix
    if word_length == length:
        lp -= WHOLE_WORD_PENALTY
    return lp


def _row_bound(row: dict) -> float:
    """HanTa expands only the states within 1 of the fourth best in a row."""
    if len(row) > 3:
        return sorted(row.values(), reverse=True)[3] - 1
    return LOWER_BOUND


def _segments(lattice: Lattice, word: str, start: int) -> tuple[list, list]:
    """All substrings from `start` as (end, segment, listed?), and the listed ones alone."""
    every = []
    for end in range(start + 1, len(word) + 1):
        segment = word[start:end]
        every.append((end, segment, segment in lattice.known))
    return every, [entry for entry in every if entry[2]]


def _fill(lattice: Lattice, word: str, strict: bool, followers_of, backpointer: list | None) -> list[dict]:
    """The lattice's table of best log probabilities per (previous tag, tag) state at each offset.

    Followers are visited in HanTa's order, skipping only those whose answer is -inf, so the
    table's insertion order and its ties are HanTa's.
    """
    word_length = len(word)
    listed, open_classes = lattice.listed, lattice.open_classes
    table: list[dict] = [{(EMPTY, START): 0}] + [{} for _ in range(word_length + 1)]
    for start in range(word_length + 1):
        row = table[start]
        bound = _row_bound(row)
        every, listed_only = _segments(lattice, word, start)
        guesses: dict = {}  # (end, tag) -> guess, shared by the row's states
        for state, lp in row.items():
            if lp < bound:
                continue
            followers, open_followers = followers_of(state)
            if not followers:
                continue
            guessing = not strict and bool(open_followers)
            for end, segment, is_known in (every if guessing else listed_only):
                target = table[end]
                # an unlisted substring can only be an open class's unknown morpheme
                for tag, lp_transition, new_state in (followers if is_known else open_followers):
                    lp_morpheme = listed[tag].get(segment) if is_known else None
                    if lp_morpheme is None:
                        if not guessing or tag not in open_classes:
                            continue
                        lp_morpheme = guesses.get((end, tag))
                        if lp_morpheme is None:
                            lp_morpheme = guesses[(end, tag)] = _guess(open_classes[tag], segment, word_length)
                    lp_new = lp + lp_transition + lp_morpheme
                    if lp_new > LOWER_BOUND and (new_state not in target or lp_new > target[new_state]):
                        target[new_state] = lp_new
                        if backpointer is not None:
                            backpointer[end][new_state] = (state, start)
    return table


def analyze_forward(self, word: str) -> list[tuple[int, float]]:
    """HanTa's `analyze_forward`: log probability of each part of speech for a word."""
    lattice: Lattice = self._lagebild_lattice
    table = _fill(lattice, word, self.strict, lambda state: lattice.followers.get(state, ((), ())), None)
    last = table[-1]
    for state, lp in table[-2].items():
        for tag, lp_transition in lattice.final.get(state, []):
            lp_new = lp + lp_transition
            if lp_new > LOWER_BOUND:
                new_state = (state[1], tag)
                if new_state not in last or lp_new > last[new_state]:
                    last[new_state] = lp_new
    results: dict[int, float] = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    ranked = sorted(results.items(), key=itemgetter(1), reverse=True)
    return ranked or [(UNKNOWN, 0)]


def analyze_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
    """HanTa's `analyze_viterbi`: the best segmentation of a word ending in a given tag."""
    lattice: Lattice = self._lagebild_lattice
    reachable = self.reachability.get(targetpos, frozenset())
    # followers that can still end in the target tag, kept per target tag across words
    followers_cache = lattice.followers_towards.setdefault(targetpos, {})

    def followers_of(state):
        if state not in followers_cache:
            followers = [(t, p) for t, p in lattice.nonfinal.get(state, []) if t in reachable]
            followers_cache[state] = _with_new_states(state, followers, lattice.open_classes)
        return followers_cache[state]

    for strict in (True, False):
        backpointer: list[dict] = [{} for _ in range(len(word) + 2)]
        table = _fill(lattice, word, strict, followers_of, backpointer)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag, lp_transition in lattice.final.get(state, []):
                if tag == targetpos:
                    lp_new = lp + lp_transition
                    new_state = (state[1], tag)
                    if lp_new > LOWER_BOUND and (new_state not in last or lp_new > last[new_state]):
                        last[new_state] = lp_new
                        backpointer[-1][new_state] = (state, len(word))
                    break
        if last:
            break
    return _best_path(table[-1], backpointer)


def tag_sent_viterbi(self, sent: list[str], casesensitive: bool = True) -> list[int]:
    """HanTa's `tag_sent_viterbi`: the best tag sequence of a sentence under its tag HMM.

    HanTa tries every tag that may follow a state (56 on average) and skips those the word
    cannot have; we try the word's own few tags, in the order HanTa would meet them.
    """
    lattice: Lattice = self._lagebild_lattice
    transitions = self.LP_trans_word
    table: list[dict] = []
    backpointer: list[dict] = []
    for i, word in enumerate(sent):
        word_lps = dict(self._tag_word(word, cutoff=5, casesensitive=i > 0 and casesensitive, conditional=True))
        if len(word_lps) == 1 and UNKNOWN in word_lps:
            word_lps = {}
        row: dict = {}
        pointers: dict = {}
        backpointer.append(pointers)
        previous = table[i - 1] if i else {(EMPTY, START): 0.0}
        bound = sorted(previous.values(), reverse=True)[5] - 1 if len(previous) > 5 else LOWER_BOUND
        for state, lp_state in previous.items():
            if lp_state < bound:
                continue
            following = transitions[state]
            if word_lps:
                order = _order_of(lattice, state, following)
                steps = [(tag, following[tag], word_lps[tag])
                         for _, tag in sorted((order[tag], tag) for tag in word_lps if tag in order)]
            else:  # a word the model cannot analyse: any tag goes
                steps = [(tag, lp_tag, 0) for tag, lp_tag in following.items()]
            for tag, lp_transition, lp_word in steps:
                if tag == END:  # not the last row yet
                    continue
                lp = lp_state + lp_transition + lp_word
                if lp > LOWER_BOUND:
                    new_state = (state[1], tag)
                    if new_state not in row or lp > row[new_state]:
                        row[new_state] = lp
                        pointers[new_state] = state
        table.append(row)
    final, best, pointers = (END, EMPTY), -math.inf, {}
    for state, lp_state in table[-1].items():
        lp = lp_state + transitions[state].get(END, -math.inf)
        if lp > best:
            best, pointers[final] = lp, state
    backpointer.append(pointers)
    tags, state = [], final
    for i in range(len(backpointer) - 1, 0, -1):
        state = backpointer[i][state]
        tags.append(state[1])
    return tags[::-1]


def _order_of(lattice: Lattice, state: tuple, following: dict) -> dict:
    """Position of each tag among a state's HMM transitions (HanTa visits them in this order)."""
    order = lattice.transition_order.get(state)
    if order is None:
        order = lattice.transition_order[state] = {tag: k for k, tag in enumerate(following)}
    return order


def _best_path(last: dict, backpointer: list[dict]) -> list[tuple[int, int]]:
    best_lp, best = -math.inf, (EMPTY, EMPTY)
    for state, lp in last.items():
        if lp > best_lp:
            best_lp, best = lp, state
    offset = len(backpointer) - 1
    if best == (EMPTY, EMPTY):
        path = [((UNKNOWN, END_UNKNOWN), offset), ((START, UNKNOWN), offset - 1)]
    else:
        path, state = [(best, offset)], best
        while offset > 0:
            state, offset = backpointer[offset][state]
            path.append((state, offset))
        path = path[:-1]
    return [(state[1], offset) for state, offset in path[::-1]]


# the parts of HanTa's tagger the search reads (HanTa 1.2); another layout keeps HanTa's own search
MODEL_PARTS = ("LP_m_t", "LP_hapax_t", "LP_s_t", "LP_len_t", "Int_t", "LP_trans_nonfinal", "LP_trans_final",
               "reachability", "strict", "LP_trans_word", "_tag_word")


def compiled_search_available() -> bool:
    """Whether the compiled search is built and not switched off (LAGEBILD_PURE_PYTHON=1)."""
    return _lattice is not None and os.environ.get("LAGEBILD_PURE_PYTHON", "") in ("", "0")


def uses_compiled_search(tagger) -> bool:
    """Whether `accelerate` installed the compiled search on this tagger."""
    return getattr(tagger, "_lagebild_search", None) is not None


def accelerate(tagger, compiled: bool | None = None) -> bool:
    """Install the faster search on a HanoverTagger instance; False where its layout is not HanTa 1.2's.

    `compiled` picks the compiled search (_lattice.pyx) or this module's; by default the
    compiled one where it is built, unless LAGEBILD_PURE_PYTHON=1. Both give HanTa's results.
    """
    if not all(hasattr(tagger, part) for part in MODEL_PARTS):
        return False
    if compiled is None:
        compiled = compiled_search_available()
    if compiled and _lattice is None:
        raise ImportError("lagebild.nlp._lattice is not built (no Cython or C compiler at install time)")
    lattice = tagger._lagebild_lattice = build_lattice(tagger)
    methods = analyze_forward, analyze_viterbi, tag_sent_viterbi
    tagger._lagebild_search = None
    if compiled:
        # the pure functions take what the C tables do not cover (very long words, other HMM layouts)
        search = tagger._lagebild_search = _lattice.Searcher(lattice, tagger.reachability, tagger.LP_trans_word,
                                                             *methods)
        methods = search.analyze_forward, search.analyze_viterbi, search.tag_sent_viterbi
    tagger.analyze_forward = types.MethodType(methods[0], tagger)
    tagger.analyze_viterbi = types.MethodType(methods[1], tagger)
    tagger.tag_sent_viterbi = types.MethodType(methods[2], tagger)
    if all(isinstance(getattr(tagger, part, None), dict) for part in ("LP_case_t", "LP_wtag", "cache")):
        tagger._lagebild_case = {upcase: {tag: lps[upcase] for tag, lps in tagger.LP_case_t.items()}
                                 for upcase in (False, True)}
        tagger._tag_word = types.MethodType(tag_word, tagger)
    if isinstance(getattr(tagger, "nonstemtags", None), dict):
        tagger._lagebild_nonstem = {tag: frozenset(tags) for tag, tags in tagger.nonstemtags.items()}
        tagger._lagebild_hanta_analyze = tagger._analyze
        tagger._analyze = types.MethodType(analyze, tagger)
    if isinstance(getattr(tagger, "lemmasuffixtable", None), dict):
        tagger._lagebild_longest_suffix = {tag: max(map(len, table)) for tag, table in tagger.lemmasuffixtable.items()
                                           if table}
        tagger.makelemma = types.MethodType(makelemma, tagger)
    return True


def tag_word(self, word: str, cutoff: int = 5, casesensitive: bool = True,
             conditional: bool = False) -> list[tuple[int, float]]:
    """HanTa's _tag_word (a word's tags with log probabilities, best first) with the case
    probabilities read from one dict per case instead of nested lookups per tag."""
    upcase = casesensitive and word[0].isupper()
    word = self.normalize(word)
    cached = word in self.cache
    p_tags = self.cache[word] if cached else self.analyze_forward(word)
    case = self._lagebild_case[upcase]
    wtag = self.LP_wtag
    if casesensitive and conditional:
        p_w_tags = [(tag, p + case[tag] - wtag[tag]) if tag != UNKNOWN else (tag, p) for tag, p in p_tags]
    elif casesensitive:
        p_w_tags = [(tag, p + case[tag]) if tag != UNKNOWN else (tag, p) for tag, p in p_tags]
    elif conditional:
        p_w_tags = [(tag, p - wtag[tag]) if tag != UNKNOWN else (tag, p) for tag, p in p_tags]
    else:
        p_w_tags = list(p_tags)
    p_w_tags.sort(key=itemgetter(1), reverse=True)
    if not cached and p_w_tags:
        if cutoff == 0:
            p_w_tags = [p_w_tags[0]]
        else:
            limit = p_w_tags[0][1] - cutoff
            p_w_tags = [(tag, p) for (tag, p) in p_w_tags if p >= limit]
    return p_w_tags


def analyze(self, word: str, pos: int, taglevel: int = 1):
    """HanTa's _analyze for taglevel 1 (lemma, tag) with the non-stem tags of each tag in sets;
    other levels go to HanTa's own."""
    if taglevel != 1:
        return self._lagebild_hanta_analyze(word, pos, taglevel)
    word = word.lower()
    postag = -pos
    if postag in self.atomic_class:
        morphemes = [(pos, len(word)), (postag, len(word) + 1)]
    else:
        morphemes = self.analyze_viterbi(word, postag)
    str_postag = self.int2tag[-morphemes[-1][0]]
    start = 0
    morphlist = []
    for tag, end in morphemes:
        if tag > 0:
            morphlist.append((word[start:end], tag))
        start = end
    nonstem = self._lagebild_nonstem.get(str_postag.split("(")[0], ())
    # where every morpheme is a non-stem one, HanTa keeps them all
    lemmacomponents = [(m, tag) for m, tag in morphlist if tag not in nonstem] or morphlist
    lastmorpheme, lasttag = lemmacomponents[-1]
    str_tag = self.int2tag[lasttag]
    if lasttag in self.stemdict and (str_tag[:2] == str_postag[:2] or str_tag.startswith("SUF")):
        lastmorpheme = self.stemdict[lasttag].get(lastmorpheme, lastmorpheme)
    lemmamorphemes = [m for m, _ in lemmacomponents[:-1]] + [lastmorpheme]
    return self.makelemma(lemmamorphemes, str_postag), str_postag


def makelemma(self, stem_morphemes: list[str], pos: str) -> str:
    """HanTa's makelemma with the longest lemma suffix of each tag looked up, not measured per word."""
    mainpostag = pos.split("(")[0]
    lemma = "".join(stem_morphemes)
    suffix = ""
    lemmasuffices = self.lemmasuffixtable.get(mainpostag)
    if lemmasuffices:
        longest = self._lagebild_longest_suffix[mainpostag]
        if len(lemma) + 1 < longest:
            longest = len(lemma)
        marked = "#" + lemma
        for i in range(longest + 1, 0, -1):
            ending = marked[-i:]
            if ending in lemmasuffices:
                suffix = lemmasuffices[ending]
                break
    if self.tag2int.get(pos, 0) in self.capitalizedlemmata:
        lemma = lemma[0].upper() + lemma[1:]
    return lemma + suffix
