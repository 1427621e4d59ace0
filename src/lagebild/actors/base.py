"""ActorBase: the loaded knowledge base and the recogniser the pipeline calls."""

from __future__ import annotations

import gc
import hashlib
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import DataError
from ..model import UNKNOWN_CODE, Mention, PartialDate, Sentence
from ..resources import NOT_CACHED, cache_dir, data_path, read_cache, write_cache
from .gazetteer import Gazetteer, load_gazetteer
from .match import Matcher, fold, tokens
from .resolve import PhraseBuilder, choose_atoms, day_of, drop_dateline, resolve

CACHE_VERSION = "1"


def config_dir() -> Path:
    """$LAGEBILD_CONFIG_DIR or ~/.config/lagebild."""
    env = os.environ.get("LAGEBILD_CONFIG_DIR")
    return Path(env) if env else Path.home() / ".config" / "lagebild"


def user_files(extra: Sequence[str | Path]) -> list[Path]:
    """Files given explicitly, then *.yaml|*.yml|*.csv in <config>/actors, sorted."""
    files = [Path(p) for p in extra]
    folder = config_dir() / "actors"
    if folder.is_dir():
        files += sorted(p for p in folder.iterdir() if p.suffix.lower() in {".yaml", ".yml", ".csv"})
    return files


def fingerprint(files: list[Path]) -> str:
    """Hash of the bundled tables, this package's code and the user files: the cache key."""
    digest = hashlib.sha256(CACHE_VERSION.encode())
    bundled = sorted(data_path("actors").glob("*.*"))
    code = sorted(Path(__file__).parent.glob("*.py"))
    for path in bundled + code + files:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


class ActorBase:
    """Actor knowledge base: states, organisations, groups, media, office holders and role words."""

    def __init__(self, gaz: Gazetteer, matcher: Matcher) -> None:
        self.gaz = gaz
        self.matcher = matcher
        self.builder = PhraseBuilder(gaz)

    @classmethod
    def load(cls, extra: Sequence[str | Path] = (), cache: bool = True) -> ActorBase:
        """Bundled tables + user files in ``extra`` + files in the config folder's actors/."""
        # tens of thousands of small objects: the cyclic GC would rescan them while they are built
        enabled = gc.isenabled()
        gc.disable()
        try:
            return cls._load(extra, cache)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def _load(cls, extra: Sequence[str | Path], cache: bool) -> ActorBase:
        files = user_files(extra)
        missing = [str(p) for p in files if not p.is_file()]
        if missing:
            raise DataError(f"actor file not found: {', '.join(missing)}")
        key = fingerprint(files) if cache else ""
        path = cache_dir() / f"actors-{key}.pickle"
        cached = read_cache(path) if cache else NOT_CACHED
        if isinstance(cached, tuple) and len(cached) == 2:  # else missing, stale or broken: rebuilt below
            return cls(*cached)
        gaz = load_gazetteer(files)
        matcher = Matcher.build(gaz)
        if cache:
            write_cache(path, (gaz, matcher))  # a read-only cache folder only costs speed
        return cls(gaz, matcher)

    def recognise(self, sentence: Sentence, lang: str = "de", on: PartialDate | None = None) -> list[Mention]:
        """Actor mentions of a sentence: absolute offsets, sorted, non-overlapping, longest match wins."""
        return [m for m, _ in self._mentions(sentence.text, sentence.start, sentence.index, lang, on)]

    def _mentions(self, text: str, offset: int, index: int, lang: str, on: PartialDate | None
                  ) -> list[tuple[Mention, list[str]]]:
        lang = "en" if lang == "en" else "de"
        if not self.matcher.may_match(text, lang):
            return []  # most sentences name no actor: no tokens needed
        toks = tokens(text)
        hits = self.matcher.find(toks, lang)
        atoms = choose_atoms(self.gaz, toks, hits)
        day = day_of(on)
        out = []
        for phrase in drop_dateline(toks, self.builder.build(toks, atoms, text)):
            code, sector, kind, entry, name = resolve(phrase, day)
            start, end = toks[phrase.first].start, toks[phrase.last].end
            mention = Mention(sentence=index, start=offset + start, end=offset + end, text=text[start:end],
                              code=code, sector=sector, kind=kind, entry=entry, name=name)
            out.append((mention, phrase.why))
        found = _join_titled_names(_name_unknown_roles(out, text, offset), text, offset)
        return _office_in_apposition(found, text, offset)

    def explain(self, text: str, lang: str = "de", on: PartialDate | None = None) -> list[dict]:
        """Every mention in text (split into sentences, resolved in context) with its use, the entry,
        date term and the steps that resolved it."""
        from ..nlp import split_sentences  # the sentence splitter is only needed here
        from .context import resolve_article

        sentences = split_sentences(text)
        recognised = [self._mentions(s.text, s.start, s.index, lang, on) for s in sentences]
        steps = {(m.start, m.end): why for found in recognised for m, why in found}
        resolved = resolve_article(sentences, [[m for m, _ in found] for found in recognised], lang)
        return [self._explain_row(m, steps.get((m.start, m.end))) for ms in resolved for m in ms]

    def _explain_row(self, mention: Mention, steps: list[str] | None) -> dict:
        """One row of `explain`: recognition steps, then what the context did."""
        why = list(steps or ([] if mention.kind == "pronoun" else ["direct match"]))
        if mention.why:
            why.append(f"{mention.use}: {mention.why}" if mention.use != "actor" else mention.why)
        entry = self.entry(mention.entry)
        return {
            "sentence": mention.sentence, "text": mention.text, "start": mention.start, "end": mention.end,
            "code": mention.code, "sector": mention.sector, "kind": mention.kind, "use": mention.use,
            "entry": mention.entry, "name": mention.name,
            "source": entry.source if entry else "context", "why": why,
        }

    def entry(self, entry_id: str):
        """The entry with this id, or None."""
        if not hasattr(self, "_by_id"):
            self._by_id = {e.id: e for e in self.gaz.entries}
        return self._by_id.get(entry_id)

    def search(self, name: str) -> list[dict]:
        """Entries with a name containing ``name`` (accent- and case-insensitive), best first."""
        needle = fold(name.strip())
        found: dict[int, tuple[int, str]] = {}
        for alias in self.gaz.aliases:
            form = fold(alias.form)
            if needle in form:
                score = 0 if form == needle else 1 if form.startswith(needle) else 2
                if alias.entry not in found or score < found[alias.entry][0]:
                    found[alias.entry] = (score, alias.form)
        rows = []
        for idx, (_score, form) in sorted(found.items(), key=lambda kv: (kv[1][0], kv[0])):
            e = self.gaz.entries[idx]
            terms = [f"{t.code} {t.sector or '-'} {t.start or '…'}–{t.end or '…'} {t.role}".strip()
                     for t in e.terms]
            rows.append({"id": e.id, "kind": e.kind, "code": e.code, "sector": e.sector, "name": e.name,
                         "matched": form, "names": e.names[:8], "terms": terms, "source": e.source})
        return rows[:50]

    def stats(self) -> dict:
        """Counts of entries by kind and source, aliases, office terms and user files."""
        kinds = Counter(e.kind for e in self.gaz.entries)
        sources = Counter(e.source for e in self.gaz.entries)
        codes = {e.code for e in self.gaz.entries if e.kind == "state"}
        return {
            "entries": len(self.gaz.entries), "aliases": len(self.gaz.aliases),
            "states": len(codes), "by_kind": dict(sorted(kinds.items())),
            "by_source": dict(sorted(sources.items())),
            "office_terms": sum(len(e.terms) for e in self.gaz.entries if e.kind == "person"),
            "user_files": list(self.gaz.files),
        }


def _name_unknown_roles(found: list[tuple[Mention, list[str]]], text: str, offset: int
                        ) -> list[tuple[Mention, list[str]]]:
    """A role of unknown country followed by its name takes the name's code: 'der Terrormiliz
    "Islamischer Staat"', 'die Miliz Hisbollah', 'der Nachrichtenagentur Reuters'."""
    out = list(found)
    for i in range(len(out) - 1):
        (role, why), (name, _) = out[i], out[i + 1]
        between = text[role.end - offset:name.start - offset]
        if role.kind == "role" and role.code == UNKNOWN_CODE and name.code != UNKNOWN_CODE and name.kind in {
                "group", "organisation", "media"} and between.strip(' "„“”»«') == "":
            out[i] = (replace(role, code=name.code, entry=role.entry), [*why, f"named by '{name.text}'"])
    return out


# kinds of mention that state a person's office in an apposition ("X, the UN relief coordinator, said")
APPOSITION_KINDS = frozenset({"role", "organisation"})
# the words that may open such an apposition before the office's mention
APPOSITION_OPENERS = frozenset({"the", "a", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer",
                                "eines", "einem", "einen"})


def _office_in_apposition(found: list[tuple[Mention, list[str]]], text: str, offset: int
                          ) -> list[tuple[Mention, list[str]]]:
    """A person followed by an apposition naming an office ("Kenzo Oshima, the UN Emergency Relief
    Coordinator, said"; "Ursula von der Leyen, Präsidentin der EU-Kommission,") acts in that office:
    the text's own statement of the role beats the person's dated entry in the base."""
    out = list(found)
    for i, (person, why) in enumerate(out):
        if person.kind != "person" or not text.startswith(",", person.end - offset):
            continue
        comma = person.end - offset
        closing = text.find(",", comma + 1)  # the apposition runs to the next comma or the sentence's end
        segment_end = offset + (closing if closing >= 0 else len(text))
        inside = [m for m, _ in out[i + 1:] if m.start < segment_end]
        office = next((m for m in inside if m.end <= segment_end and m.kind in APPOSITION_KINDS
                       and m.code != UNKNOWN_CODE), None)
        if office is None or office.code == person.code or any(m.kind == "person" for m in inside):
            continue  # no office, the same one, or a list of people ("Merkel, Macron und Biden")
        if not set(text[comma + 1:office.start - offset].lower().split()) <= APPOSITION_OPENERS:
            continue  # "Nils Muiznieks, hatte die Behörden aufgerufen": a clause goes on, no apposition
        out[i] = (replace(person, code=office.code, sector=office.sector or person.sector),
                  [*why, f"office named in apposition: '{office.text}'"])
    return out


def _join_titled_names(found: list[tuple[Mention, list[str]]], text: str, offset: int
                       ) -> list[tuple[Mention, list[str]]]:
    """An organ or role directly followed by the person holding it, or a role word followed by the
    body it names, is one mention, the name's: 'UNO-Generalsekretär Ban Ki Moon', 'der
    Nachrichtenagentur Reuters', not two actors of the same code."""
    out: list[tuple[Mention, list[str]]] = []
    for mention, why in found:
        if out:
            title, title_why = out[-1]
            between = text[title.end - offset:mention.start - offset]
            named = mention.kind == "person" and title.kind in {"organisation", "role"} or mention.kind in {
                "media", "organisation", "group"} and title.kind == "role"
            if named and between == " " and title.code == mention.code != UNKNOWN_CODE:
                joined = replace(mention, start=title.start, text=text[title.start - offset:mention.end - offset])
                out[-1] = (joined, [*title_why, *why, f"title '{title.text}' + name"])
                continue
        out.append((mention, why))
    return out
