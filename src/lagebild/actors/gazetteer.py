"""The actor knowledge base as data: entries (states, organisations, persons, roles) and their aliases.

Reads the bundled tables in ``lagebild/data/actors`` (generated ``*.tsv`` and curated
``*.yaml``) and user files (YAML or CSV, see docs/actors.md), and expands German word
forms (genitive, adjective endings, demonyms, role inflection) from rules in roles.yaml.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError
from ..model import UNKNOWN_CODE
from ..resources import SAFE_LOADER, data_path

PRIORITY = {"generated": 0, "curated": 1, "user": 2}
GENERATED_EN_KINDS_IN_DE = {"state", "capital"}  # generated cities are read as 'capital' (a place metonym)


@dataclass(frozen=True, slots=True)
class Term:
    """A period in which an entry has one code and sector (an office, a regime)."""

    code: str
    sector: str | None
    start: str = ""  # ISO date, '' for open
    end: str = ""
    role: str = ""

    def __reduce__(self):
        return Term, (self.code, self.sector, self.start, self.end, self.role)


@dataclass(slots=True)
class Entry:
    """One actor of the base: a state, organisation, group, medium, person or role word."""

    id: str
    kind: str
    code: str
    sector: str | None
    name: str
    source: str = "curated"
    terms: tuple[Term, ...] = ()
    names: list[str] = field(default_factory=list)

    def __reduce__(self):
        return Entry, (self.id, self.kind, self.code, self.sector, self.name, self.source, self.terms, self.names)


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of an entry; ``kind``/``sector`` say how it names the entry."""

    entry: int
    form: str
    kind: str
    sector: str | None
    lang: str  # 'de', 'en' or '*'
    after_role: bool = False
    rank: int = 0  # 10 for a form as listed (not an inflection) + PRIORITY of its source

    # the actor cache holds ~60,000 terms, entries and aliases: a constructor call unpickles them
    # twice as fast as the slots dataclasses' generic __setstate__
    def __reduce__(self):
        return Alias, (self.entry, self.form, self.kind, self.sector, self.lang, self.after_role, self.rank)


@dataclass(slots=True)
class Gazetteer:
    """Entries, their aliases and the role grammar (connectors, particles, stop words)."""

    entries: list[Entry] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    grammar: dict[str, Any] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def add(self, entry: Entry) -> int:
        """Append an entry; returns its index."""
        self.entries.append(entry)
        return len(self.entries) - 1

    def alias(self, entry: int, form: str, kind: str, sector: str | None, lang: str = "*",
              after_role: bool = False, source: str | None = None, inflected: bool = False) -> None:
        """Register a surface form of an entry."""
        form = form.strip()
        if form:
            # a form as listed beats a generated inflection ("Hama"+s is not "Hamas"), then the source
            rank = (0 if inflected else 10) + PRIORITY[source or self.entries[entry].source]
            self.aliases.append(Alias(entry, form, kind, sector, lang, after_role, rank))
            names = self.entries[entry].names
            if not inflected and len(names) < 40:
                names.append(form)


def parse_term(text: str) -> Term:
    """'CODE SECTOR START END role words' ('-' for none) as a Term."""
    parts = str(text).split(maxsplit=4)
    if len(parts) < 2:
        raise DataError(f"bad term {text!r}: expected 'CODE SECTOR [START END role]'")
    parts += ["-"] * (4 - len(parts))
    code, sector, start, end = parts[:4]
    return Term(code, None if sector == "-" else sector, "" if start == "-" else start,
                "" if end == "-" else end, parts[4] if len(parts) > 4 else "")


def read_yaml(path: Path) -> Any:
    """Parse a YAML file or raise DataError."""
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=SAFE_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot load {path}: {exc}") from exc


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a generated table (comment lines start with '#')."""
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def de_genitive(name: str, rules: dict[str, Any]) -> str | None:
    """'Russland' -> 'Russlands'; None where German adds no -s (Ukraine, Türkei, Iran's article forms)."""
    if " " in name or name.lower().endswith(tuple(rules["no_genitive_after"])):
        return None
    return name + rules["genitive"]


def demonym_forms(word: str, rules: dict[str, Any]) -> list[str]:
    """'Russe' -> Russe, Russen, Russin, Russinnen; 'Nordkoreaner' -> ... Nordkoreanerinnen."""
    if word.endswith("e"):
        stem = word[:-1]
        return [word, word + "n", stem + "in", stem + "innen"]
    if word.endswith("er"):
        return [word] + [word + ending for ending in rules["demonym_er"]]
    return [word, word + "s", word + "n", word + "en"]


def load_states(gaz: Gazetteer) -> dict[str, int]:
    """State entries from states.tsv (generated), states_de.yaml and cities_de.yaml (curated)."""
    rules = gaz.grammar["inflection"]
    index: dict[str, int] = {}
    rows = read_tsv(data_path("actors", "states.tsv"))
    blocked = gaz.grammar.get("blocked_forms", {})
    for row in rows:
        code = row["code"]
        if code not in index:
            index[code] = gaz.add(Entry(f"state:{code}", "state", code, None, code, "generated"))
        kind, form, lang = row["kind"].replace("city", "capital"), row["form"], row["lang"]
        if form in blocked.get(lang, ()) or form in blocked.get("*", ()):
            continue
        if lang == "de" or (kind in GENERATED_EN_KINDS_IN_DE and len(form) >= 5
                            and form not in blocked.get("de", ())):
            lang_tag = "*"
        else:
            lang_tag = "en"
        if row["kind"] == "state" and lang == "de":
            gaz.entries[index[code]].name = gaz.entries[index[code]].name if " " in form else form
            gen = de_genitive(form, rules)
            if gen:
                gaz.alias(index[code], gen, "state", None, "de", inflected=True)
        gaz.alias(index[code], form, kind, None, lang_tag)
    curated = read_yaml(data_path("actors", "states_de.yaml"))
    for code, spec in curated.items():
        if code not in index:
            index[code] = gaz.add(Entry(f"state:{code}", "state", code, None, code, "curated"))
        add_state_forms(gaz, index[code], spec, rules)
    for code, cities in read_yaml(data_path("actors", "cities_de.yaml")).items():
        add_state_forms(gaz, index[code], {"city": cities}, rules)
    return index


def add_state_forms(gaz: Gazetteer, idx: int, spec: dict[str, Any], rules: dict[str, Any]) -> None:
    """German names, adjectives, demonyms, capitals, seats and cities of one state."""
    def add(form: str, kind: str, sector: str | None = None, lang: str = "de", inflected: bool = True) -> None:
        gaz.alias(idx, form, kind, sector, lang, source="curated", inflected=inflected)

    for name in spec.get("en_names", []):
        add(name, "state", lang="*", inflected=False)  # English names, read in texts of any language
    for adj in spec.get("en_adj", []):
        add(adj, "adjective", lang="en", inflected=False)  # older English adjectives ("Kampuchean")
    for name in spec.get("names", []):
        add(name, "state", inflected=False)
        gen = de_genitive(name, rules)
        for form in ([gen] if gen else []) + declined(name, rules):
            add(form, "state")
    for stem in spec.get("adj", []):
        for ending in rules["adjective"]:
            add(stem + ending, "adjective", inflected=bool(ending))
    for stem in spec.get("city_adj", []):
        for ending in rules["adjective"]:
            add(stem + ending, "capital", inflected=bool(ending))
    for word in spec.get("dem", []):
        for form in demonym_forms(word, rules):
            add(form, "demonym", inflected=form != word)
    for place in spec.get("cap", []) + spec.get("city", []):
        add(place, "capital", lang="*", inflected=False)
        gen = de_genitive(place, rules)
        if gen:
            add(gen, "capital")
    for seat, sector in (spec.get("seat") or {}).items():
        add(seat, "capital", sector, "*", inflected=False)
        for form in declined(seat, rules):
            add(form, "capital", sector)
        gen = de_genitive(seat, rules)
        if gen and " " not in seat:
            add(gen, "capital", sector)


def declined(name: str, rules: dict[str, Any]) -> list[str]:
    """German case forms of a multi-word name: 'Internationaler Strafgerichtshof' ->
    'Internationale Strafgerichtshof', 'Internationalen Strafgerichtshofs', ..."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    slots = []
    for i, word in enumerate(words[:-1]):
        ending = next((e for e in ("er", "en", "es", "em", "e") if word.endswith(e)), None)
        if ending and len(word) - len(ending) >= 4:
            slots.append((i, word[: -len(ending)]))
    if not slots:
        return []
    forms = []
    for ending in rules["adjective"][1:]:
        out = list(words)
        for i, stem in slots:
            out[i] = stem + ending
        forms.append(" ".join(out))
        if ending in ("en", "es") and not out[-1].endswith(("s", "e")):
            forms.append(" ".join(out[:-1] + [out[-1] + "s"]))
    return [f for f in forms if f != name]


def add_named(gaz: Gazetteer, eid: str, spec: dict[str, Any], kind: str, source: str) -> int:
    """An organisation, group, medium or person entry with its names and terms."""
    terms = tuple(t if isinstance(t, Term) else term_from(t) for t in spec.get("terms", []))
    code = str(spec.get("code") or (terms[-1].code if terms else UNKNOWN_CODE))
    sector = spec.get("sector", terms[-1].sector if terms else None)
    names = [str(n) for n in spec.get("names", [])]
    if not names:
        raise DataError(f"actor {eid!r} has no names")
    idx = gaz.add(Entry(eid, spec.get("kind", kind), code, sector, names[0], source, terms))
    rules = gaz.grammar["inflection"]
    for name in names:
        gaz.alias(idx, name, gaz.entries[idx].kind, None, spec.get("lang", "*"))
        if gaz.entries[idx].kind == "person" and not name.lower().endswith(tuple(rules["no_genitive_after"][:4])):
            gaz.alias(idx, name + rules["genitive"], "person", None, "de", inflected=True)
        elif gaz.entries[idx].kind != "person":
            for form in declined(name, rules):
                gaz.alias(idx, form, gaz.entries[idx].kind, None, "de", inflected=True)
    for name in spec.get("after_role", []):
        gaz.alias(idx, str(name), gaz.entries[idx].kind, None, "*", after_role=True)
    return idx


def term_from(value: Any) -> Term:
    """A term from its string form or a mapping {code, sector, start, end, role}."""
    if isinstance(value, dict):
        return Term(str(value.get("code", UNKNOWN_CODE)), value.get("sector"),
                    str(value.get("start", "") or ""), str(value.get("end", "") or ""), str(value.get("role", "")))
    return parse_term(str(value))


def load_roles(gaz: Gazetteer) -> None:
    """Role-word entries (code '---' unless bound) with German/English inflected forms."""
    rules = gaz.grammar["inflection"]
    for lang, by_sector in gaz.grammar["roles"].items():
        endings = rules["role_de"] if lang == "de" else rules["role_en"]
        for sector, words in by_sector.items():
            for word in words:
                idx = gaz.add(Entry(f"role:{word}", "role", UNKNOWN_CODE, sector, word, "curated"))
                forms = [word + e for e in endings] if " " not in word else [word, word + "s"]
                for form in dict.fromkeys(forms):
                    gaz.alias(idx, form, "role", None, lang, inflected=form != word)
    for lang, by_sector in (gaz.grammar.get("attributes") or {}).items():
        endings = rules["role_de"] if lang == "de" else rules["role_en"]
        for sector, words in by_sector.items():
            for word in words:
                idx = gaz.add(Entry(f"attribute:{word}", "attribute", UNKNOWN_CODE, sector, word, "curated"))
                forms = [word] if " " in word or word[-1:] in "ne" else [word + e for e in endings[:3]]
                for form in dict.fromkeys(forms):
                    gaz.alias(idx, form, "role", None, lang, inflected=form != word)
    for lang, by_sector in (gaz.grammar.get("unnamed") or {}).items():
        for sector, words in by_sector.items():
            for word in words:
                idx = gaz.add(Entry(f"unnamed:{word}", "unnamed", UNKNOWN_CODE, None if sector == "-" else sector,
                                    word, "curated"))
                gaz.alias(idx, word, "role", None, lang)
    for lang, bound in gaz.grammar["bound"].items():
        for word, (code, sector) in bound.items():
            idx = gaz.add(Entry(f"role:{word}", "role", code, sector, word, "curated"))
            gaz.alias(idx, word, "role", None, lang)


def load_persons(gaz: Gazetteer) -> None:
    """Curated persons (persons.yaml) and derived older office holders (persons_legacy.tsv)."""
    curated = read_yaml(data_path("actors", "persons.yaml"))
    for pid, spec in curated.items():
        add_named(gaz, f"person:{pid}", spec, "person", "curated")
    legacy: dict[str, dict[str, Any]] = {}
    for row in read_tsv(data_path("actors", "persons_legacy.tsv")):
        spec = legacy.setdefault(row["id"], {"names": row["names"].split("|"), "terms": []})
        spec["terms"].append(Term(row["code"], row["sector"] or None, row["start"], row["end"]))
    for pid, spec in legacy.items():
        spec["terms"].sort(key=lambda t: t.start or "0000")
        add_named(gaz, f"legacy:{pid}", spec, "person", "generated")


def load_organisations(gaz: Gazetteer) -> None:
    """IGOs and organs, non-state groups and media from organisations.yaml."""
    data = read_yaml(data_path("actors", "organisations.yaml"))
    for section, kind in (("organisations", "organisation"), ("groups", "group"), ("media", "media")):
        for oid, spec in (data.get(section) or {}).items():
            if kind == "media":
                spec = {**spec, "sector": spec.get("sector", "MED")}
            add_named(gaz, f"{kind}:{oid}", spec, kind, "curated")


def load_user_file(gaz: Gazetteer, path: Path) -> None:
    """A user extension file: YAML (``actors:`` list) or CSV (id,code,sector,kind,names,start,end)."""
    if not path.exists():
        raise DataError(f"actor file not found: {path}")
    try:
        read_user_file(gaz, path)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, csv.Error) as exc:
        raise DataError(f"{path}: invalid actor entry ({type(exc).__name__}: {exc}); see docs/actors.md") from exc
    except DataError as exc:
        raise DataError(f"{path}: {exc}") from exc
    gaz.files.append(str(path))


def read_user_file(gaz: Gazetteer, path: Path) -> None:
    """Entries of one user file (errors are reported with the file name by the caller)."""
    if path.suffix.lower() == ".csv":
        specs: dict[str, dict[str, Any]] = {}
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                spec = specs.setdefault(row["id"], {"names": [], "terms": [], "kind": row.get("kind") or "person"})
                spec["names"] += [n.strip() for n in (row.get("names") or "").split("|") if n.strip()]
                spec["terms"].append(Term(row["code"], row.get("sector") or None, row.get("start") or "",
                                          row.get("end") or ""))
        items = list(specs.items())
    else:
        data = read_yaml(path)
        rows = data.get("actors", []) if isinstance(data, dict) else data
        items = [(str(r.get("id") or r["names"][0]), r) for r in rows]
    for eid, spec in items:
        add_named(gaz, f"user:{eid}", spec, spec.get("kind", "person"), "user")


def load_gazetteer(extra: list[Path]) -> Gazetteer:
    """All bundled tables plus the user files, in priority order."""
    gaz = Gazetteer(grammar=read_yaml(data_path("actors", "roles.yaml")))
    gaz.grammar["blocked_forms"] = read_yaml(data_path("actors", "blocked.yaml"))
    load_states(gaz)
    load_organisations(gaz)
    load_roles(gaz)
    load_persons(gaz)
    ignore = gaz.add(Entry("ignore", "ignore", UNKNOWN_CODE, None, "not an actor", "curated"))
    for form in gaz.grammar["blocked_forms"].get("ignore", []):
        gaz.alias(ignore, form, "ignore", None)
    for path in extra:
        load_user_file(gaz, path)
    add_surnames(gaz)
    return gaz


def add_surnames(gaz: Gazetteer) -> None:
    """Surnames of persons as names after a role word ("Finanzminister Osborne"), where unambiguous."""
    owners: dict[str, set[int]] = {}
    listed = {fold_key(a.form) for a in gaz.aliases}
    listed |= {fold_key(w) for w in gaz.grammar["blocked_forms"].get("surnames", [])}
    for alias in gaz.aliases:
        if alias.kind == "person" and " " in alias.form and alias.rank >= 10:
            surname = alias.form.split()[-1]
            if len(surname) > 3 and surname[:1].isupper():
                owners.setdefault(surname, set()).add(alias.entry)
    for surname, entries in owners.items():
        if len(entries) == 1 and fold_key(surname) not in listed:
            gaz.alias(next(iter(entries)), surname, "person", None, "*", after_role=True, inflected=True)


def fold_key(form: str) -> str:
    """Case-folded form for duplicate checks."""
    return form.casefold()
