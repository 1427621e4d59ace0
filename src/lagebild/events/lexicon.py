"""The trigger lexicon: words that carry PLOVER events, loaded and validated from data/<lang>/triggers.yaml.

Each entry of ``triggers:`` becomes a :class:`Trigger` (lemma, part of speech, PLOVER type/mode,
CAMEO code with its Goldstein score, where source and target stand, and constraints such as
``with:`` lemmas). The CAMEO table (data/cameo.tsv, built by scripts/build_cameo.py) gives the
Goldstein scores and default codes. See the header of data/de/triggers.yaml for the schema.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from ..errors import DataError
from ..model import EVENT_TYPES, STATUSES
from ..nlp.tokens import token_texts
from ..resources import data_path, load_yaml

POS_TAGS = ("V", "N", "A")
# PLOVER modes per type: the POLECAT codebook (NGEC-2025) plus CAMEO2PLOVER modes,
# and this project's additions REJECT veto/deny (GUIDELINES.md). Ontology codes, not words.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "allege", "investigate"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet", "veto", "deny"}),
    "THREATEN": frozenset(
        {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"}
    ),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {"seize", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport",
         "withhold", "misinformation", "cyber"}
    ),
    "ASSAULT": frozenset(
        {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
         "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
         "crowd-control", "cleansing", "massacre", "unconventional"}
    ),
}
CONTENT_STATUSES = frozenset(STATUSES) - {"asserted"}
DEFAULT_SOURCE = {"V": ("subj",), "A": ("subj",), "N": ("gen", "adj", "von", "durch")}
ENTRY_KEYS = frozenset(
    {"lemma", "pos", "type", "mode", "cameo", "target", "source", "with", "without", "reflexive",
     "reciprocal", "needs_target", "content", "head", "example", "forms", "note"}
)
FILE_KEYS = frozenset({"lang", "slots", "default_source", "particles", "verb_endings", "noun_endings",
                       "strong_stems", "verb_suffixes", "noun_suffixes", "reflexive_words", "non_compounds",
                       "triggers"})
# a compound needs at least this many letters before its head ("Drohnen|angriff")
MIN_MODIFIER = 3
NOUN_MEMO_SIZE = 200_000
MIN_KEY = 3
MIN_BASE = 5
LEMMA = re.compile(r"\w[\w.'-]*(?: \w[\w.'-]*)*")
FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of data/cameo.tsv."""

    cameo: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that carries an event, with the slots where its source and target stand."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str
    goldstein: float | None
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ("subj",)
    with_: tuple[str, ...] = ()
    reflexive: bool = False
    reciprocal: bool = False
    content: str | None = None
    head: bool = False
    example: str = ""
    # project additions to the brief's schema: lemmas that block the entry in the clause, and
    # entries that fire only when a target (or coordinated reciprocal subjects) is found
    without: tuple[str, ...] = ()
    needs_target: bool = False


def fold(text: str) -> str:
    """Lower-case and fold umlauts/ß, the form ``surface_keys`` are written in."""
    return text.lower().translate(FOLD)


NO_FIT: tuple[tuple, tuple] = ((), ())  # what a word without trigger keys fits
_fold_word = lru_cache(maxsize=1 << 16)(fold)  # every word of every sentence the prefilter reads


@cache
def load_cameo_table() -> dict[str, CameoCode]:
    """The bundled CAMEO table (data/cameo.tsv), keyed by code."""
    path = data_path("cameo.tsv")
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            lines = [line for line in handle if not line.startswith("#")]
    except OSError as exc:
        raise DataError(f"cannot load {path}: {exc}") from exc
    table: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        try:
            code = CameoCode(row["cameo"], row["name"], float(row["goldstein"]), int(row["quad_class"]),
                             row["plover_type"], row["plover_mode"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"{path}: bad row {row}: {exc}") from exc
        table[code.cameo] = code
    return table


@dataclass(frozen=True, slots=True)
class Key:
    """A prefilter key (folded) and where in a word it may stand.

    kind "any": anywhere in the text. Anchored kinds (languages whose data gives suffix lists):
    "verb": the word is [particle][ge|zu][prefix] key [verb suffix], or the separable particle
    stands alone after the word ("griff ... an"); "noun": the word is key [noun suffix] (the lemma
    itself); "head": also after any modifier (compounds); "adj": the word starts with the key.
    """

    text: str
    kind: str = "any"
    prefix: str = ""             # verbs: the lemma's letters between particle and key ("er" in anerkennen)
    particle: str | None = None  # verbs: the separable particle split off the lemma


@dataclass(frozen=True, slots=True)
class Condition:
    """Trigger keys that let a sentence through only with one of their with-word keys (None: no
    with: list) and, for a reflexive entry, a reflexive word."""

    own: frozenset[Key]
    with_: frozenset[Key] | None
    reflexive: bool = False


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Keys that let a sentence through alone, and the conditions of with:/reflexive entries."""

    plain: frozenset[Key]
    conditions: tuple[Condition, ...]
    verb_suffixes: frozenset[str] | None = None  # None: keys match anywhere in the text
    noun_suffixes: frozenset[str] = frozenset()
    reflexive_words: frozenset[str] = frozenset()
    types: Mapping[Key, frozenset[str]] = field(default_factory=dict)  # event types of each trigger key
    # the conditions each trigger key belongs to: a sentence's few keys name the few conditions to check
    by_own: Mapping[Key, tuple[Condition, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_own: dict[Key, list[Condition]] = {}
        for condition in self.conditions:
            for key in condition.own:
                by_own.setdefault(key, []).append(condition)
        object.__setattr__(self, "by_own", {key: tuple(cs) for key, cs in by_own.items()})

    def _touched(self, fitting: set[Key]) -> set[Condition]:
        """The conditions one of whose own keys was found."""
        return {c for key in fitting for c in self.by_own.get(key, ())}

    @property
    def keys(self) -> frozenset[str]:
        """Every trigger key's text: a superset test (any key present) never misses a trigger."""
        return frozenset(key.text for key in self.plain.union(*(c.own for c in self.conditions)))

    def all_keys(self) -> frozenset[Key]:
        """Trigger and with-word keys."""
        return self.plain.union(*(c.own | (c.with_ or frozenset()) for c in self.conditions))

    def automaton(self) -> ahocorasick.Automaton:
        """An Aho-Corasick automaton over all key texts (trigger and with-word keys)."""
        auto = ahocorasick.Automaton()
        for text in sorted({key.text for key in self.all_keys()}):
            auto.add_word(text, text)
        auto.make_automaton()
        return auto

    def by_text(self) -> dict[str, tuple[Key, ...]]:
        """The keys of each key text."""
        out: dict[str, list[Key]] = {}
        for key in self.all_keys():
            out.setdefault(key.text, []).append(key)
        return {text: tuple(keys) for text, keys in out.items()}

    def met_types(self, fitting: set[Key], reflexive: bool) -> set[str]:
        """The event types of the triggers whose keys (and with-words) were found."""
        found = {t for key in fitting & self.plain for t in self.types.get(key, ())}
        for c in self._touched(fitting):
            own = fitting & c.own
            if (c.with_ is None or not fitting.isdisjoint(c.with_)) and (reflexive or not c.reflexive):
                found.update(t for key in own for t in self.types.get(key, ()))
        return found

    def met(self, fitting: set[Key], reflexive: bool) -> bool:
        """Whether the keys found (and a reflexive word, if any) let the sentence through."""
        if not fitting.isdisjoint(self.plain):
            return True
        return any((c.with_ is None or not fitting.isdisjoint(c.with_)) and (reflexive or not c.reflexive)
                   for c in self._touched(fitting))

    def fit_in_word(self, key: Key, word: str, start: int) -> bool | str:
        """Whether key may stand at word[start:], or the separable particle that must follow later
        in the sentence for it to stand there (finite forms: "griff ... an")."""
        if key.kind == "any" or self.verb_suffixes is None:
            return True
        before, after = word[:start], word[start + len(key.text):]
        if key.kind == "adj":
            return start == 0
        if key.kind in ("noun", "head"):
            return after in self.noun_suffixes and (start == 0 or key.kind == "head")
        if after not in self.verb_suffixes:
            return False
        bare = {key.prefix, "ge"} if not key.prefix else {key.prefix}
        if key.particle is None:
            return before in bare
        p = key.particle
        joined = {p + key.prefix, p + "zu" + key.prefix} | ({p + "ge"} if not key.prefix else set())
        if before in joined:
            return True
        return p if before in bare else False


class Lexicon:
    """The trigger entries of one language, indexed for lookup by lemma and compound head."""

    def __init__(self, lang: str, triggers: Iterable[Trigger], cameo: Mapping[str, CameoCode],
                 prefilter: Prefilter | None = None, non_compounds: Iterable[str] = ()) -> None:
        self.lang = lang
        self.triggers: tuple[Trigger, ...] = tuple(triggers)
        self._cameo = dict(cameo)
        self._by_pos: dict[str, dict[str, list[Trigger]]] = {pos: {} for pos in POS_TAGS}
        for trig in self.triggers:
            self._by_pos[trig.pos].setdefault(trig.lemma.casefold(), []).append(trig)
        heads: dict[str, list[Trigger]] = {}
        for trig in self.triggers:
            if trig.head:
                heads.setdefault(trig.lemma.casefold(), []).append(trig)
        self._heads = heads
        # longest head first, so "Luftangriff" wins over "Angriff" in "Großluftangriff"; one
        # dictionary lookup per length instead of a test per head
        self._head_lengths = sorted({len(head) for head in heads}, reverse=True)
        self._noun_memo: dict[str, tuple[Trigger, ...]] = {}
        self._non_compounds = frozenset(word.casefold() for word in non_compounds)
        self._non_compound_lengths = sorted({len(word) for word in self._non_compounds}, reverse=True)
        self._prefilter = prefilter or Prefilter(frozenset(), ())
        self._automaton = self._prefilter.automaton()
        self._keys_by_text = self._prefilter.by_text()
        self._defaults = self._default_codes()
        # the keys that fit inside each folded word: news words repeat, so most are looked up once
        self._fits_in_word = lru_cache(maxsize=1 << 16)(self._find_fits_in_word)

    @classmethod
    def load(cls, lang: str) -> Lexicon:
        """The validated lexicon of ``lang`` ('de', 'en') from data/<lang>/triggers.yaml."""
        return _load(lang)

    @classmethod
    def from_data(cls, data: Any, where: str, cameo: Mapping[str, CameoCode] | None = None) -> Lexicon:
        """Validate parsed YAML data (``where`` names it in errors) and build a lexicon."""
        table = load_cameo_table() if cameo is None else cameo
        if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
            raise DataError(f"{where}: expected a mapping with a 'triggers:' list")
        unknown = set(data) - FILE_KEYS
        if unknown:
            raise DataError(f"{where}: unknown top-level keys {sorted(unknown)}")
        slots = frozenset(_str_list(data.get("slots", []), where, "slots"))
        defaults = _default_sources(data.get("default_source"), where)
        triggers = [_parse_entry(entry, index, where, slots, table, defaults)
                    for index, entry in enumerate(data["triggers"], start=1)]
        _check_duplicates(triggers, where)
        prefilter = _surface_keys(triggers, data, where)
        return cls(str(data.get("lang", "")), triggers, table, prefilter,
                   _str_list(data.get("non_compounds", []), where, "non_compounds"))

    def verbs(self, lemma: str) -> list[Trigger]:
        """Verb entries for a verb lemma (separable particle joined: 'vorwerfen')."""
        return list(self._by_pos["V"].get(lemma.casefold(), ()))

    def adjectives(self, lemma: str) -> list[Trigger]:
        """Adjective/participle entries for a lemma."""
        return list(self._by_pos["A"].get(lemma.casefold(), ()))

    def nouns(self, lemma: str) -> list[Trigger]:
        """Noun entries: the exact lemma first, then compound heads, longest head first."""
        key = lemma.casefold()
        if key not in self._noun_memo:
            # the same nouns come back in every article: look each one up once
            if len(self._noun_memo) > NOUN_MEMO_SIZE:
                self._noun_memo.clear()
            self._noun_memo[key] = self._lookup_noun(key)
        return list(self._noun_memo[key])

    def _lookup_noun(self, key: str) -> tuple[Trigger, ...]:
        found = list(self._by_pos["N"].get(key, ()))
        # a non-compound ending ("ausschuss" in "Untersuchungsausschuss") blocks all shorter heads
        blocked = next((n for n in self._non_compound_lengths if key[-n:] in self._non_compounds), 0)
        for n in self._head_lengths:
            if n >= blocked and len(key) - n >= MIN_MODIFIER and key[-n:] in self._heads:
                found.extend(t for t in self._heads[key[-n:]] if t not in found)
        return tuple(found)

    def goldstein(self, cameo: str) -> float | None:
        """Goldstein score of a CAMEO code; None for an unknown code."""
        row = self._cameo.get(cameo)
        return row.goldstein if row else None

    def cameo_for(self, type: str, mode: str | None) -> str:
        """Default CAMEO code for a PLOVER type and mode (the lexicon's own usage first)."""
        for key in ((type, mode), (type, None)):
            if key in self._defaults:
                return self._defaults[key]
        raise KeyError(f"no CAMEO code for PLOVER type {type!r}")

    def coding(self, type: str, mode: str | None = None) -> dict:
        """A PLOVER type and mode with their default CAMEO code and Goldstein score, as the fields of an Event or a
        Trigger that speech or an actor retypes: `replace(trigger, **lexicon.coding("SANCTION"))`."""
        cameo = self.cameo_for(type, mode)
        return {"type": type, "mode": mode, "cameo": cameo, "goldstein": self.goldstein(cameo)}

    @property
    def surface_keys(self) -> frozenset[str]:
        """Folded stems (see ``fold``): every trigger's inflected forms contain one as a substring."""
        return self._prefilter.keys

    def has_candidate(self, text: str, words: Sequence[str] | None = None, *, anchored: bool = True) -> bool:
        """Cheap prefilter: could the text hold a trigger whose with: words are there too?

        Keys are matched in the folded words (``words``, the texts of its tokens, else the text's) where the language's
        data anchors them (verb and noun suffixes); ``anchored=False`` or no such data: anywhere.
        """
        prefilter = self._prefilter
        if not prefilter.plain and not prefilter.conditions:
            return False
        if anchored and prefilter.verb_suffixes is not None:
            folded = list(map(_fold_word, token_texts(text) if words is None else words))
            return prefilter.met(self._word_keys(folded), not prefilter.reflexive_words.isdisjoint(folded))
        present = {key for _, key in self._automaton.iter(fold(text))}
        return prefilter.met({key for text_ in present for key in self._keys_by_text.get(text_, ())}, True)

    def candidate_types(self, text: str, words: Sequence[str] | None = None) -> set[str]:
        """The event types the word-anchored prefilter finds candidates for (empty: none; all
        types where the data anchors no keys)."""
        prefilter = self._prefilter
        if prefilter.verb_suffixes is None:
            return {t.type for t in self.triggers} if self.has_candidate(text, words) else set()
        folded = list(map(_fold_word, token_texts(text) if words is None else words))
        return prefilter.met_types(self._word_keys(folded), not prefilter.reflexive_words.isdisjoint(folded))

    def _word_keys(self, words: list[str]) -> set[Key]:
        """The keys found in the words where they may stand."""
        fitting: set[Key] = set()
        for i, fit in enumerate(map(self._fits_in_word, words)):
            if fit is NO_FIT:
                continue  # most words hold no key
            always, later = fit
            fitting.update(always)
            for key, particle in later:
                if key not in fitting and particle in words[i + 1:]:
                    fitting.add(key)
        return fitting

    def _find_fits_in_word(self, word: str) -> tuple[tuple[Key, ...], tuple[tuple[Key, str], ...]]:
        """The keys that fit inside word, and those that fit if their particle follows in the sentence."""
        always, later = [], []
        for end, text in self._automaton.iter(word):
            for key in self._keys_by_text.get(text, ()):
                fit = self._prefilter.fit_in_word(key, word, end + 1 - len(text))
                if fit is True:
                    always.append(key)
                elif fit:
                    later.append((key, fit))
        return (tuple(always), tuple(later)) if always or later else NO_FIT

    def _default_codes(self) -> dict[tuple[str, str | None], str]:
        """(type, mode) → the most used CAMEO code in the lexicon, else the CAMEO table's."""
        defaults: dict[tuple[str, str | None], str] = {}
        rows = sorted(self._cameo.values(), key=lambda r: (len(r.cameo), r.cameo))
        for row in rows:
            if row.plover_type:
                defaults.setdefault((row.plover_type, row.plover_mode or None), row.cameo)
                defaults.setdefault((row.plover_type, None), row.cameo)
        usage: dict[tuple[str, str | None], Counter[str]] = {}
        for trig in self.triggers:
            usage.setdefault((trig.type, trig.mode), Counter())[trig.cameo] += 1
        for key, counts in usage.items():
            defaults[key] = min(counts, key=lambda code: (-counts[code], len(code), code))
        return defaults


def choose(entries: Iterable[Trigger], lemmas: Iterable[str], reflexive: bool = False) -> Trigger | None:
    """The entry whose clause constraints hold (reflexive, with, without); a satisfied with: wins.

    ``lemmas`` are the lemmas (and, if wanted, lower-cased words) of the trigger's clause, with
    separable verbs also joined to their particle ("legte ... ein" -> einlegen): with-lists name
    such verbs. Matching ignores case. ``needs_target`` is left to the caller: it needs arguments.
    """
    present = {lemma.casefold() for lemma in lemmas}
    best = None
    for entry in entries:
        if entry.reflexive and not reflexive:
            continue
        if any(word.casefold() in present for word in entry.without):
            continue
        if entry.with_:
            if any(_stands(word, present) for word in entry.with_):
                return entry
            continue
        if best is None:
            best = entry
    return best


def _stands(word: str, present: set[str]) -> bool:
    """A with: word in the clause, a noun also as the head of a compound ("CHP-Parteiführung")."""
    folded = word.casefold()
    if folded in present:
        return True
    return word[:1].isupper() and len(folded) >= 4 and any(
        lemma.endswith(folded) and len(lemma) - len(folded) >= 3 for lemma in present)


@cache
def _load(lang: str) -> Lexicon:
    """Load and validate data/<lang>/triggers.yaml once."""
    where = str(data_path(lang, "triggers.yaml"))
    return Lexicon.from_data(load_yaml(lang, "triggers.yaml"), where)


def _str_list(value: Any, where: str, field: str) -> list[str]:
    """A YAML list of non-empty strings (a single string counts as a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{where}: {field} must be a list of words, got {value!r}")
    return [v.strip() for v in value]


def _default_sources(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    """Per part of speech, the source slots of entries that name none (file key default_source)."""
    if value is None:
        return dict(DEFAULT_SOURCE)
    if not isinstance(value, dict) or set(value) - set(POS_TAGS):
        raise DataError(f"{where}: default_source must map V/N/A to slot lists")
    return {**DEFAULT_SOURCE, **{pos: tuple(_str_list(v, where, f"default_source.{pos}")) for pos, v in value.items()}}


def _parse_entry(entry: Any, index: int, where: str, slots: frozenset[str],
                 cameo: Mapping[str, CameoCode], defaults: Mapping[str, tuple[str, ...]]) -> Trigger:
    """Validate one ``triggers:`` entry and turn it into a Trigger."""
    if not isinstance(entry, dict):
        raise DataError(f"{where}: entry {index}: expected a mapping, got {entry!r}")
    lemma = entry.get("lemma")
    at = f"{where}: entry {index} ({lemma})"
    unknown = set(entry) - ENTRY_KEYS
    if unknown:
        raise DataError(f"{at}: unknown keys {sorted(unknown)}")
    if not isinstance(lemma, str) or not LEMMA.fullmatch(lemma):
        raise DataError(f"{at}: lemma must be words (letters, digits, - . '), separated by single spaces")
    pos, ptype, mode = entry.get("pos"), entry.get("type"), entry.get("mode")
    if pos not in POS_TAGS:
        raise DataError(f"{at}: pos must be one of {POS_TAGS}, got {pos!r}")
    if ptype not in EVENT_TYPES:
        raise DataError(f"{at}: unknown PLOVER type {ptype!r}")
    if mode is not None and mode not in PLOVER_MODES[ptype]:
        raise DataError(f"{at}: mode {mode!r} is not a mode of {ptype}")
    code = entry.get("cameo")
    if not isinstance(code, str) or code not in cameo:
        raise DataError(f"{at}: CAMEO code {code!r} is not in cameo.tsv (quote it: \"042\")")
    content = entry.get("content")
    if content is not None and content not in CONTENT_STATUSES:
        raise DataError(f"{at}: content must be one of {sorted(CONTENT_STATUSES)}, got {content!r}")
    flags = {name: entry.get(name, False) for name in ("reflexive", "reciprocal", "head", "needs_target")}
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise DataError(f"{at}: note must be a string")
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise DataError(f"{at}: {name} must be true or false")
    if flags["head"] and pos != "N":
        raise DataError(f"{at}: head: true is for nouns only")
    target = tuple(_str_list(entry.get("target", []), at, "target"))
    source = tuple(_str_list(entry.get("source", list(defaults[pos])), at, "source"))
    bad = [slot for slot in target + source if slot not in slots]
    if bad:
        raise DataError(f"{at}: unknown slots {bad}; declare them under 'slots:'")
    _str_list(entry.get("forms", []), at, "forms")
    example = entry.get("example", "")
    if not isinstance(example, str):
        raise DataError(f"{at}: example must be a string")
    return Trigger(
        lemma=lemma, pos=pos, type=ptype, mode=mode, cameo=code, goldstein=cameo[code].goldstein,
        target=target, source=source, with_=tuple(_str_list(entry.get("with", []), at, "with")),
        reflexive=flags["reflexive"], reciprocal=flags["reciprocal"], content=content,
        head=flags["head"], example=example,
        without=tuple(_str_list(entry.get("without", []), at, "without")), needs_target=flags["needs_target"],
    )


def _check_duplicates(triggers: list[Trigger], where: str) -> None:
    """Two entries with the same lemma, pos and ``with:`` would be ambiguous for the coder."""
    seen: dict[tuple[str, str, frozenset[str], bool], Trigger] = {}
    for trig in triggers:
        key = (trig.lemma.casefold(), trig.pos, frozenset(w.casefold() for w in trig.with_), trig.reflexive)
        if key in seen:
            first = seen[key]
            raise DataError(f"{where}: duplicate entry {trig.lemma}/{trig.pos} with={list(trig.with_)} "
                            f"({first.type} and {trig.type}); add a with: constraint or merge them")
        seen[key] = trig


def _surface_keys(triggers: list[Trigger], data: dict[str, Any], where: str) -> Prefilter:
    """Prefilter keys: folded substrings that every inflected form of a trigger contains one of.

    An entry with ``with:`` can only fire when one of its with-words is there too, so it becomes a
    condition (a key of the trigger and a key of a with-word); bleached verbs such as geben, setzen,
    halten would otherwise let almost every sentence through. Where the data lists verb and noun
    suffixes, trigger keys are anchored in the word (see Key): a verb stem of a separable verb
    ("sag" of zusagen) needs its particle, a noun its own inflection.
    """
    maker = _KeyMaker(data, where)
    reflexive_words = frozenset(fold(w) for w in _str_list(data.get("reflexive_words", []), where, "reflexive_words"))
    plain: set[Key] = set()
    conditions: set[Condition] = set()
    types: dict[Key, set[str]] = {}
    for trig in triggers:
        own = frozenset(maker.anchored(trig.lemma, trig.pos, trig.head))
        for key in own:
            types.setdefault(key, set()).add(trig.type)
        with_keys = [maker.with_word(w) for w in trig.with_]
        # with-words too short to be keys (in, zu) cannot be checked: the trigger alone decides
        by_with = frozenset().union(*with_keys) if with_keys and all(with_keys) else None
        reflexive = trig.reflexive and bool(reflexive_words)
        if by_with is None and not reflexive:
            plain.update(own)
        else:
            conditions.add(Condition(own, by_with, reflexive))
    return Prefilter(frozenset(plain), tuple(sorted(conditions, key=lambda c: sorted(k.text for k in c.own))),
                     maker.verb_suffixes, maker.noun_suffixes, reflexive_words,
                     {key: frozenset(ts) for key, ts in types.items()})


class _KeyMaker:
    """Prefilter keys of one word: its folded lemma, verb stems without particle and ending, ablaut."""

    def __init__(self, data: dict[str, Any], where: str) -> None:
        def words(field: str) -> list[str]:
            return sorted(map(fold, _str_list(data.get(field, []), where, field)), key=len, reverse=True)

        self.particles, self.endings, self.noun_endings = (
            words("particles"), words("verb_endings"), words("noun_endings"))
        strong = data.get("strong_stems", {}) or {}
        if not isinstance(strong, dict):
            raise DataError(f"{where}: strong_stems must map a verb to its ablaut stems")
        self.strong = {fold(verb): [fold(s) for s in _str_list(stems, where, f"strong_stems.{verb}")]
                       for verb, stems in strong.items()}
        # suffix lists (the empty suffix written as ""): without them keys are not anchored
        self.verb_suffixes = _suffixes(data, "verb_suffixes", where)
        self.noun_suffixes = _suffixes(data, "noun_suffixes", where) or frozenset()

    def keys(self, word: str, pos: str) -> set[str]:
        """Keys of a lemma of part of speech ``pos``."""
        return {key.text for key in self.anchored(word, pos, False)}

    def with_word(self, word: str) -> set[Key]:
        """Keys of a with: lemma (the coder needs that lemma in the clause): a capitalised word is a
        noun, a lower-case one with a verb ending a verb, any other (gemeinsam, nichts) stands at a
        word's start."""
        if word[:1].isupper():
            # a noun also counts as the head of a compound ("CHP-Parteiführung"; see _stands)
            return self.anchored(word, "N", len(fold(word)) >= 4)
        lemma = fold(word)
        if any(lemma.endswith(ending) for ending in self.endings):
            return self.anchored(word, "V", False)
        kind = "any" if self.verb_suffixes is None else "adj"
        return {Key(lemma, kind)} if len(lemma) >= MIN_KEY else set()

    def anchored(self, word: str, pos: str, head: bool) -> set[Key]:
        """Keys of a lemma of part of speech ``pos`` with where they stand in a form of it."""
        lemma = fold(word)
        if pos != "V":
            kind = "any" if self.verb_suffixes is None else {"N": "head" if head else "noun", "A": "adj"}[pos]
            found = {lemma, _strip_ending(lemma, self.noun_endings)}
            return {Key(k, kind) for k in found if len(k) >= MIN_KEY}
        # a phrasal verb ("call for") is found by its verb
        lemma = lemma.split()[0]
        # finite forms of separable verbs stand without their particle ("wirft ... vor")
        particle = next((p for p in self.particles if lemma.startswith(p) and len(lemma) - len(p) >= MIN_BASE), "")
        found = {(_strip_ending(lemma, self.endings), ""), (_strip_ending(lemma[len(particle):], self.endings),
                                                             particle)}
        strong = [(verb, stems) for verb, stems in self.strong.items() if lemma.endswith(verb)]
        for _verb, stems in strong:
            found.update((stem, particle) for stem in stems)
        if not strong:
            # weak stems in -d/-t keep an e in every form (landet, gelandet): "lande", not "land"
            found = {(k + "e" if k[-1:] in "dt" and k + "e" in lemma else k, p) for k, p in found}
        return {self._verb_key(lemma, k, p, [v for v, stems in strong if k in stems])
                for k, p in found if len(k) >= MIN_KEY}

    def _verb_key(self, lemma: str, key: str, particle: str, verbs: list[str]) -> Key:
        """A verb key with the lemma's letters before it (an ablaut stem replaces the strong verb)."""
        if self.verb_suffixes is None:
            return Key(key)
        at = len(lemma) - len(max(verbs, key=len)) if verbs else lemma.find(key)
        before = lemma[:at]
        if particle and before.startswith(particle):
            return Key(key, "verb", before[len(particle):], particle)
        return Key(key, "verb", before)


def _suffixes(data: dict[str, Any], field: str, where: str) -> frozenset[str] | None:
    """A list of folded suffixes, "" included (None where the file has no such list)."""
    value = data.get(field)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: {field} must be a list of suffixes")
    return frozenset(fold(v) for v in value)


def _strip_ending(verb: str, endings: list[str]) -> str:
    """The verb without its infinitive ending (longest first), kept whole if too short."""
    for ending in endings:
        if verb.endswith(ending) and len(verb) - len(ending) >= MIN_KEY:
            return verb[: -len(ending)]
    return verb
