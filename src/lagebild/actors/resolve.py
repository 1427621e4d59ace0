"""From alias hits to actor mentions: pick atoms, merge role phrases, resolve codes by date.

A role phrase is [determiner] [modifier] role+ [complement] [location] [name]:
  modifier    an adjacent state, adjective, seat or organisation ("russische", "US-", "Chinas")
  complement  'des/der/von/of' + an entity ("Sprecher des Außenministeriums", "Präsident der Ukraine")
  location    'in/im/aus' + a state or capital, used only when no code is known yet
  name        a known person, or capitalised words not in the base ("Yun Jong Ho")
The person's own (date-dependent) code and sector win; otherwise the first known code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import UNKNOWN_CODE, PartialDate
from .gazetteer import Alias, Entry, Gazetteer, Term
from .match import Hit, Tok, case_ok, fold, hyphen_at

MODIFIER_KINDS = frozenset({"state", "adjective", "capital", "organisation", "group", "media"})
# entries that name things or people of a country only with a modifier ("russische Drohnen")
THING_KINDS = frozenset({"attribute", "unnamed"})
ENTITY_KINDS = MODIFIER_KINDS | {"person", "role", "demonym"}


@dataclass(slots=True)
class Atom:
    """One chosen alias occurrence: tokens [first, last], the alias and its entry."""

    first: int
    last: int
    alias: Alias
    entry: Entry
    entry_index: int


@dataclass(slots=True)
class Phrase:
    """Atoms merged into one mention, with the reasons kept for `actors explain`."""

    first: int
    last: int
    parts: list[Atom] = field(default_factory=list)
    head: Atom | None = None
    person: Atom | None = None
    unknown_name: tuple[int, int] | None = None
    why: list[str] = field(default_factory=list)


def day_of(on: PartialDate | None) -> str:
    """A comparable ISO day for a partial date (mid-period where the day is unknown)."""
    if on is None:
        return ""
    return f"{on.year:04d}-{on.month or 6:02d}-{on.day or 15:02d}"


def term_on(terms: tuple[Term, ...], day: str) -> Term | None:
    """The term in force on day: covering term, else the last one started, else the first; latest if no date."""
    if not terms:
        return None
    if not day:
        return max(terms, key=lambda t: t.start or "0000")
    covering = [t for t in terms if (not t.start or t.start <= day) and (not t.end or day < t.end)]
    if covering:
        return max(covering, key=lambda t: t.start or "0000")
    started = [t for t in terms if t.start and t.start <= day]
    return max(started, key=lambda t: t.start) if started else min(terms, key=lambda t: t.start or "0000")


def code_of(atom: Atom, day: str) -> tuple[str, str | None, str]:
    """(code, sector, role) of an atom on a day."""
    entry = atom.entry
    term = term_on(entry.terms, day)
    if term is not None:
        return term.code, term.sector, term.role
    sector = atom.alias.sector if atom.alias.sector is not None else entry.sector
    return entry.code, sector, ""


def choose_atoms(gaz: Gazetteer, toks: Sequence[Tok], hits: list[Hit]) -> list[Atom]:
    """Longest non-overlapping hits; among equal spans the highest-priority source wins."""
    candidates = []
    for hit in hits:
        best = None
        for i in hit.aliases:
            alias = gaz.aliases[i]
            if not case_ok(alias, toks, hit):
                continue
            rank = (alias.rank, alias.kind != "role")
            if best is None or rank > best[0]:
                best = (rank, alias)
        if best is not None and not _adjective_use(gaz, toks, hit, best[1]):
            alias = best[1]
            candidates.append(Atom(hit.first, hit.last, alias, gaz.entries[alias.entry], alias.entry))
    candidates.sort(key=lambda a: (-(a.last - a.first), a.first))
    taken = [False] * len(toks)
    chosen = []
    for atom in candidates:
        if any(taken[atom.first:atom.last + 1]):
            continue
        for i in range(atom.first, atom.last + 1):
            taken[i] = True
        chosen.append(atom)
    chosen.sort(key=lambda a: a.first)
    return chosen



def _adjective_use(gaz: Gazetteer, toks: Sequence[Tok], hit: Hit, alias: Alias) -> bool:
    """A role word that is also an adjective, standing before a lowercase word ("official contact")."""
    if alias.kind != "role" or hit.last + 1 >= len(toks):
        return False
    words = gaz.grammar.get("adjective_roles", {}).get(alias.lang, ())
    following = toks[hit.last + 1].text
    if toks[hit.last].text.lower() not in words or not (following.isalpha() and following.islower()):
        return False
    return not following.endswith("ed") and following not in gaz.grammar.get("role_noun_followers", {}).get(
        alias.lang, ())


def _bare_name_before_thing(toks: Sequence[Tok], modifier: Atom, role: Atom, text: str) -> bool:
    """ "in Nigeria Luftangriffe": a state's bare name does not make the next word's weapons or attacks
    its own; an adjective, a genitive or a compound does ("nigerianische", "Nigerias", "US-Drohnen")."""
    if role.entry.kind not in THING_KINDS or modifier.alias.kind not in {"state", "capital"}:
        return False
    last = toks[modifier.last]
    between = text[last.end:toks[role.first].start] if text else "-"
    return between.strip() == "" and not last.text.endswith(("s", "'s", "’s"))


def _compound_head(toks: Sequence[Tok], i: int, at_tok: dict[int, Atom], text: str) -> int:
    """The head token of a hyphenated compound starting at token i whose leading parts name no actor
    ("russische SU-24-Bomber", "iranische Shahed-Drohnen"); i itself where none is glued there."""
    j = i
    while (text and j + 1 < len(toks) and j not in at_tok and hyphen_at(text, toks[j].end)
           and toks[j + 1].start == toks[j].end + 1):
        j += 1
    return j if j in at_tok else i


def _compound_part(toks: Sequence[Tok], atom: Atom, text: str) -> bool:
    """True when the atom's last word is joined to the next by a hyphen ("Drohnen-Deal")."""
    end = toks[atom.last].end
    return hyphen_at(text, end)


def _thing_head(toks: Sequence[Tok], phrase: Phrase, text: str) -> Atom | None:
    """The head of a compound is its last part: a role word glued to a thing ("Marine-Drohne",
    "Armee-Drohnen") names the thing, an unnamed craft, not the body."""
    head = phrase.head
    if head is None or head not in phrase.parts:
        return head
    i = phrase.parts.index(head)
    nxt = phrase.parts[i + 1] if i + 1 < len(phrase.parts) else None
    if nxt is not None and nxt.entry.kind == "unnamed" and nxt.first == head.last + 1 and _compound_part(
            toks, head, text):
        return nxt
    return head


class PhraseBuilder:
    """Merges atoms of one sentence into phrases, following the grammar in roles.yaml."""

    def __init__(self, gaz: Gazetteer) -> None:
        grammar = gaz.grammar
        conn = grammar["connectors"]
        self.of = {fold(w) for w in conn["of"] if " " not in w}
        self.at = {fold(w) for w in conn["at"]}
        self.for_ = {fold(w) for w in conn["for"]}
        self.det = {fold(w) for w in grammar["determiners"]}
        self.particles = {fold(w) for w in grammar["name_particles"]}
        self.not_names = set(grammar["not_names"])
        self.titles = tuple(fold(w) for w in grammar["title_suffixes"])
        self.no_location = set(grammar["no_location_sectors"])
        self.member_heads = tuple(fold(w) for w in grammar.get("member_heads", ()))
        self.attributive_endings = tuple(grammar["attributive_endings"])
        self.text = ""  # the text of the tokens build() is working on

    def build(self, toks: Sequence[Tok], atoms: list[Atom], text: str = "") -> list[Phrase]:
        """Phrases covering all atoms, left to right (text: the tokens' source, for hyphens)."""
        self.text = text
        at_tok = {a.first: a for a in atoms}
        phrases: list[Phrase] = []
        order = sorted(atoms, key=lambda a: a.first)
        used: set[int] = set()
        for atom in order:
            if id(atom) in used:
                continue
            phrase = self._grow(toks, atom, at_tok, used, text)
            if phrase is not None:
                phrases.append(phrase)
        return phrases

    def _grow(self, toks: Sequence[Tok], atom: Atom, at_tok: dict[int, Atom], used: set[int],
              text: str = "") -> Phrase | None:
        """The phrase starting at atom (a modifier, role, person or plain entity)."""
        used.add(id(atom))
        phrase = Phrase(atom.first, atom.last, [atom])
        kind = atom.alias.kind
        if atom.alias.after_role or kind == "ignore":
            return None  # a short name only counts right after a role word; seas, currencies never
        cur = atom
        if kind in MODIFIER_KINDS:
            nxt = self._next_atom(toks, _compound_head(toks, cur.last + 1, at_tok, text), at_tok, allow_genitive_s=True)
            if nxt is not None and nxt.alias.kind == "role" and id(nxt) not in used and not _bare_name_before_thing(
                    toks, atom, nxt, text):
                used.add(id(nxt))
                phrase.parts.append(nxt)
                phrase.why.append(f"modifier '{self._text(toks, atom)}' + role '{self._text(toks, nxt)}'")
                cur = nxt
                kind = "role"
        if kind == "role" and atom.entry.kind == "attribute" and len(phrase.parts) == 1:
            return None  # "Drohnen" alone names nobody; "russische Drohnen" does
        if kind == "role" and atom.entry.kind == "unnamed" and len(phrase.parts) == 1 and _compound_part(
                toks, atom, text):
            return None  # "Drohnen-Deal": a word of a compound, not a drone
        if kind == "person":
            phrase.person = atom
            phrase.last = atom.last
            return phrase
        if kind != "role":
            phrase.head = atom
            return phrase
        phrase.head = cur
        cur_last = cur.last
        # further role words and complements: "Sprecher des Außenministeriums in Peking"
        while True:
            step = self._complement(toks, cur_last, at_tok, used, phrase)
            if step is None:
                break
            cur_last = step
        name_last = self._name(toks, cur_last, at_tok, used, phrase)
        phrase.last = name_last if name_last is not None else cur_last
        phrase.head = _thing_head(toks, phrase, text)
        self._extend_determiner(toks, phrase)
        return phrase

    def _next_atom(self, toks: Sequence[Tok], i: int, at_tok: dict[int, Atom], allow_genitive_s: bool = False
                   ) -> Atom | None:
        """The atom starting at token i (skipping an English genitive 's')."""
        if allow_genitive_s and i < len(toks) and toks[i].norm == "s" and i + 1 in at_tok:
            i += 1
        return at_tok.get(i)

    def _complement(self, toks: Sequence[Tok], last: int, at_tok: dict[int, Atom], used: set[int],
                    phrase: Phrase) -> int | None:
        """Absorb a role word, 'of'-complement, 'für'-complement or location after token last."""
        i = last + 1
        if i >= len(toks):
            return None
        nxt = at_tok.get(i)
        if nxt is not None and nxt.alias.kind == "role" and id(nxt) not in used:
            return self._take(nxt, used, phrase, "role")
        norm = toks[i].norm
        j = i + 1
        while j < len(toks) and toks[j].norm in self.det:
            j += 1
        if norm in self.of:
            # "der Sprecher des militärischen NATO-Hauptquartiers": attributive adjectives before the complement
            k = j
            while k < len(toks) and k not in at_tok and k - i <= 3 and self._attributive(toks[k]):
                k += 1
            if k > j and not self._names_a_member(toks, at_tok.get(k)):
                j = k
        target = at_tok.get(j)
        if norm in self.of and target is not None and target.alias.kind in ENTITY_KINDS - {"demonym"}:
            if id(target) in used:
                return None
            if target.alias.kind in MODIFIER_KINDS:
                after = self._next_atom(toks, target.last + 1, at_tok)
                if after is not None and after.alias.kind == "role" and id(after) not in used:
                    self._take(target, used, phrase, "of")
                    return self._take(after, used, phrase, "role")
            if target.alias.kind == "person":
                phrase.person = phrase.person or target
            return self._take(target, used, phrase, "of")
        if norm in self.at and target is not None and target.alias.kind == "capital":
            # "die Regierung in Madrid": a seat names its state; troops "in der Ukraine" are not Ukrainian
            if (id(target) in used or phrase.head is None or phrase.head.entry.sector in self.no_location
                    or self._has_code(phrase)):
                return None
            return self._take(target, used, phrase, "at")
        if (nxt is not None and nxt.alias.kind in {"state", "capital"} and nxt.alias.rank < 10
                and id(nxt) not in used and fold(toks[nxt.last].text).endswith("s")):
            return self._take(nxt, used, phrase, "genitive")  # "die Regierung Nordkoreas"
        if norm in self.for_ and j < len(toks) and toks[j].text[:1].isupper() and j not in at_tok:
            phrase.why.append(f"complement 'für {toks[j].text}'")
            return j
        return None

    def _attributive(self, tok: Tok) -> bool:
        """A lowercase word with an adjective ending: an attributive adjective between an article and its noun."""
        return tok.text.isalpha() and tok.text.islower() and len(tok.text) > 3 \
            and tok.text.endswith(self.attributive_endings)

    def _names_a_member(self, toks: Sequence[Tok], atom: Atom | None) -> bool:
        """True when the atom opens a compound on a member ("des baltischen EU-Landes", "EU- und NATO-Landes"):
        the phrase names one member state, not the organisation."""
        if atom is None or atom.last + 1 >= len(toks) or not hyphen_at(self.text, toks[atom.last].end):
            return False
        head = toks[atom.last + 1].norm
        return head in {"und", "oder"} or head.endswith(self.member_heads)

    @staticmethod
    def _has_code(phrase: Phrase) -> bool:
        """True when a part already names a state or organisation."""
        return any(p.alias.kind != "role" or p.entry.code != UNKNOWN_CODE for p in phrase.parts)

    def _take(self, atom: Atom, used: set[int], phrase: Phrase, how: str) -> int:
        used.add(id(atom))
        phrase.parts.append(atom)
        phrase.why.append(f"{how}: {atom.entry.id}")
        return atom.last

    def _name(self, toks: Sequence[Tok], last: int, at_tok: dict[int, Atom], used: set[int],
              phrase: Phrase) -> int | None:
        """A person after the role: a known person atom, or unknown capitalised words."""
        i = last + 1
        comma = i < len(toks) and toks[i].norm == ","
        if comma:
            i += 1
        atom = at_tok.get(i)
        # names follow titles ("Außenminister X") and single people of a country ("der US-Student Otto Warmbier")
        titled = any(fold(a.entry.name).endswith(self.titles) or a.entry.kind in THING_KINDS and a.entry.sector == "CVL"
                     and not fold(a.entry.name).endswith(("en", "er", "e")) for a in phrase.parts
                     if a.alias.kind == "role")
        if atom is not None and atom.alias.after_role and self._first_name(toks, atom):
            atom = None  # "Sprecher Daniel Holtgen": a known surname followed by a name is a first name
        if atom is not None and atom.alias.kind == "person" and id(atom) not in used:
            if (comma and phrase.person is not None) or (atom.alias.after_role and not titled):
                return None
            used.add(id(atom))
            phrase.person = atom
            phrase.parts.append(atom)
            phrase.why.append(f"name: {atom.entry.id}")
            return atom.last
        if comma and len(phrase.parts) < 2 and not any(w.startswith("complement") for w in phrase.why):
            return None  # "der Außenminister, Russland ..." is no apposition
        if not titled:
            return None  # names follow titles ("Außenminister X"), not groups ("Islamisten Richtung ...")
        end = self._unknown_name(toks, i, at_tok)
        if end is None:
            return None
        if comma and end == i:
            return None  # a single capitalised word after a comma is too weak
        phrase.unknown_name = (i, end)
        phrase.why.append(f"unknown name '{' '.join(t.text for t in toks[i:end + 1])}'")
        return end

    def _first_name(self, toks: Sequence[Tok], atom: Atom) -> bool:
        """True when a capitalised word that is no particle follows the atom (a first name's surname)."""
        nxt = atom.last + 1
        return nxt < len(toks) and toks[nxt].is_word and toks[nxt].text[:1].isupper() \
            and toks[nxt].text not in self.not_names

    def _unknown_name(self, toks: Sequence[Tok], i: int, at_tok: dict[int, Atom]) -> int | None:
        """Last token of up to four capitalised words (with particles) starting at i."""
        end = None
        j = i
        while j < len(toks) and j - i < 5:
            tok = toks[j]
            atom = at_tok.get(j)
            if atom is not None and not atom.alias.after_role:
                break
            if tok.text[:1].isupper() and tok.is_word and tok.text not in self.not_names and not tok.text.isdigit():
                end = j
            elif tok.norm in self.particles and end is not None:
                pass
            else:
                break
            j += 1
        return end

    def _extend_determiner(self, toks: Sequence[Tok], phrase: Phrase) -> None:
        """Include a determiner right before a role phrase ("der russische Verteidigungsminister")."""
        if phrase.first > 0 and toks[phrase.first - 1].norm in self.det:
            phrase.first -= 1

    @staticmethod
    def _text(toks: Sequence[Tok], atom: Atom) -> str:
        return " ".join(t.text for t in toks[atom.first:atom.last + 1])


DATELINE_DASHES = frozenset("–—-")


def drop_dateline(toks: Sequence[Tok], phrases: list[Phrase]) -> list[Phrase]:
    """Remove a dateline ("Warschau/Moskau – ..."): places before a dash at the start are no actors."""
    lead = []
    for phrase in phrases:
        expected = lead[-1].last + 2 if lead else 0  # a '/' between two places
        if phrase.first != expected or phrase.head is None or phrase.head.alias.kind not in {"capital", "state"}:
            break
        if lead and toks[phrase.first - 1].text != "/":
            break
        lead.append(phrase)
    dash = lead[-1].last + 1 if lead else len(toks)
    # the dash must open a new clause: "Seoul – Nordkorea ...", not "Dänemark - zu dem ..."
    if dash + 1 < len(toks) and toks[dash].text in DATELINE_DASHES and toks[dash + 1].text[:1].isupper():
        return phrases[len(lead):]
    return phrases


def resolve(phrase: Phrase, day: str) -> tuple[str, str | None, str, str, str]:
    """(code, sector, kind, entry id, name) of a phrase on a day."""
    if phrase.person is not None:
        dated = term_on(phrase.person.entry.terms, day)
        term = _term_named_by_phrase(phrase, day, dated) or dated
        if term is None:
            code, sector, _ = code_of(phrase.person, day)
        else:
            code, sector = term.code, term.sector
            phrase.why.append(f"term on {day or 'latest'}: {term.code} {term.sector or '-'} "
                              f"{term.start or '…'}–{term.end or '…'} {term.role}".rstrip())
        if code != UNKNOWN_CODE:
            return code, sector, "person", phrase.person.entry.id, phrase.person.entry.name
    head = phrase.head or phrase.parts[0]
    code, sector, _ = code_of(head, day)
    kind = head.alias.kind
    if kind == "role" or len(phrase.parts) > 1:
        code, sector = combine(phrase, day)
        kind = "person" if phrase.unknown_name or phrase.person else "role"
        if head.entry.kind == "unnamed" and code == UNKNOWN_CODE:
            kind = "unnamed"
    entry = phrase.person.entry if phrase.person else head.entry
    return code, sector, kind, entry.id, entry.name


def _term_named_by_phrase(phrase: Phrase, day: str, dated: Term | None) -> Term | None:
    """The person's term whose code the phrase's own modifier or role names, where the date's term
    (`dated`) has another.

    "Palestinian Prime Minister Ismail Haniyeh" is the prime minister, not the later Hamas
    chief, whatever the date: the words say which of the person's offices is meant.
    """
    others = [atom for atom in phrase.parts if atom is not phrase.person]
    if dated is None or not others:
        return None
    named, _ = combine(Phrase(phrase.first, phrase.last, others), day)
    if named in (UNKNOWN_CODE, dated.code):
        return None
    matching = tuple(t for t in phrase.person.entry.terms if t.code == named)
    return term_on(matching, day) if matching else None


def combine(phrase: Phrase, day: str) -> tuple[str, str | None]:
    """Code and sector of a role phrase from its parts (roles give the sector, entities the code)."""
    code = UNKNOWN_CODE
    role_sector: str | None = None
    entity_sector: str | None = None
    igo = False
    for atom in phrase.parts:
        a_code, a_sector, _ = code_of(atom, day)
        if atom.alias.kind == "role":
            if role_sector is None and a_sector is not None:
                role_sector = a_sector
            if code == UNKNOWN_CODE and a_code != UNKNOWN_CODE:
                code = a_code
                igo = igo or a_sector == "IGO"
            continue
        if code == UNKNOWN_CODE and a_code != UNKNOWN_CODE:
            code = a_code
            igo = a_sector == "IGO"
        if atom.alias.kind in {"group", "organisation", "media"} or entity_sector is None:
            entity_sector = entity_sector or a_sector
    if igo:
        return code, "IGO"
    if role_sector == "IGO" and code != UNKNOWN_CODE:
        role_sector = "GOV"
    return code, role_sector or entity_sector
