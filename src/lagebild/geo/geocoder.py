"""The geocoding stage: the place of each event, when its sentence gives one.

Reads Article, Sentence, Mention and Event (type, actors, trigger offsets); sets
``Event.location``. An event's place is a gazetteer name in a locative phrase of the
event's sentence (see phrases.py), the one nearest the trigger, preferring the trigger's
clause. Names of actors' seats and bare names without a cue are never locations.

Ambiguous names are resolved by this rule, in order:
1. curated places (data/geo/places.tsv) before country names before GeoNames cities;
2. among cities the highest score wins: log10(population) + 1 when the name is the
   city's main GeoNames name (not an alternate name) + 1.5 when the city lies in a
   context country. Context countries are the event's actors' states and the countries
   of the article's unambiguous place names and actor mentions;
3. remaining ties: the earlier (larger) GeoNames entry.
So "Tripolis" is Libya's capital unless the event or article involves Lebanon, while
"Paris" stays in France even for an event with a US actor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Article, Event, Location, Mention, Sentence
from .gazetteer import CITY, Candidate, Gazetteer, Place
from .phrases import Phrase, find_phrases, place_matches, rules_for, words_between

# Event types done by saying: where a threat or accusation was uttered is its place.
VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
CONTEXT_BONUS = 1.5
MAIN_NAME_BONUS = 1.0
# How far towards a country's edge (0 centre, 1 extreme city) "im Osten der Ukraine" lies.
DIRECTION_SHIFT = 0.5
DIRECTION_WORDS = {"N": "north", "S": "south", "E": "east", "W": "west", "NE": "northeast",
                   "NW": "northwest", "SE": "southeast", "SW": "southwest"}


@dataclass(slots=True)
class Geocoder:
    """Offline geocoder over the gazetteer; build once per process with ``load``."""

    gazetteer: Gazetteer

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Geocoder:
        """Load the gazetteer (from the user cache when built before)."""
        return cls(Gazetteer.load(cache_dir))

    def locate_events(self, article: Article, sentences: list[Sentence], mentions: list[list[Mention]],
                      events: list[Event], lang: str) -> None:
        """Set ``event.location`` for events whose sentence names the event's place."""
        if not events:
            return
        by_index = {s.index: (s, mentions[i] if i < len(mentions) else []) for i, s in enumerate(sentences)}
        context = self._article_countries(sentences, mentions, lang)
        grouped: dict[int, list[Event]] = {}
        for event in events:
            grouped.setdefault(event.sentence_index, []).append(event)
        for index, group in grouped.items():
            if index in by_index:
                sentence, sentence_mentions = by_index[index]
                phrases = find_phrases(self.gazetteer, sentence, sentence_mentions, lang)
                self._assign(group, sentence, phrases, context, lang)

    def geocode(self, name: str, lang: str = "de", context_countries: Sequence[str] = ()) -> Location | None:
        """The place a name refers to (inflected forms such as "Kiews" included), or None."""
        name = name.strip()
        forms = [name] + [name[: -len(s)] for s in rules_for(lang).suffixes if name.endswith(s) and name != s]
        for form in forms:
            cand = self.resolve(form, context_countries)
            if cand is not None:
                return self._location(cand, cand.direction, None, None)
        return None

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> Candidate | None:
        """The best candidate for a name by the documented rule."""
        cands = self.gazetteer.candidates(name)
        if not cands:
            return None
        context = set(context_countries)
        return min(enumerate(cands), key=lambda ic: (min(ic[1].tier, CITY), -self._score(ic[1], context), ic[0]))[1]

    def _score(self, cand: Candidate, context: set[str]) -> float:
        place = self.gazetteer.place(cand.place)
        score = math.log10(max(place.population, 1000))
        if cand.tier == CITY:
            score += MAIN_NAME_BONUS
        if place.country in context:
            score += CONTEXT_BONUS
        return score

    def _assign(self, events: list[Event], sentence: Sentence, phrases: list[Phrase], context: list[str],
                lang: str) -> None:
        """Give each event its nearest phrase; a phrase in another clause only when no event is nearer."""
        rules = rules_for(lang)
        options: dict[int, list[tuple[tuple[int, int], Phrase]]] = {id(e): [] for e in events}
        for phrase in phrases:
            cand = self.resolve(phrase.place.name, context)
            if cand is None:
                continue
            precision = self.gazetteer.place(cand.place).precision
            keys = {id(e): self._fit(e, sentence, phrase, precision, rules) for e in events}
            # the phrase belongs to the events whose triggers are fewest clauses away from it
            nearest_marks = min(self._marks(e, sentence, phrase, rules) for e in events)
            for event in events:
                key = keys[id(event)]
                if key is not None and (key[0] == 0 or key[0] == nearest_marks):
                    options[id(event)].append((key, phrase))
        for event in events:
            if options[id(event)]:
                phrase = min(options[id(event)], key=lambda kp: kp[0])[1]
                event.location = self._locate(phrase, [a.code for a in event.source + event.target] + context)

    @staticmethod
    def _marks(event: Event, sentence: Sentence, phrase: Phrase, rules) -> int:
        """Clause marks between the event's trigger and the phrase."""
        start, end = _trigger_span(event, sentence)
        place = phrase.place
        return words_between(phrase.tokens, min(end, place.end), max(start, place.start), rules.clause_marks)

    @staticmethod
    def _fit(event: Event, sentence: Sentence, phrase: Phrase, precision: str, rules) -> tuple[int, int] | None:
        """(clause marks, characters) from the event's trigger to the phrase, or None if it cannot be its place."""
        if not phrase.allows(event.type, precision):
            return None
        start, end = _trigger_span(event, sentence)
        if phrase.scope_span and not _overlaps(phrase.scope_span, (start, end)):
            return None  # "Gespräche über den Krieg in der Ukraine": Ukraine is the topic
        if phrase.background_span and not _overlaps(phrase.background_span, (start, end)):
            return None  # "nach dem Drohnenalarm in Dänemark festgesetzt": the place of an earlier event
        if event.type in VERBAL_TYPES and phrase.noun_span and not _overlaps(phrase.noun_span, (start, end)):
            return None  # "kritisierte die US-Präsenz in der Karibik": the place of the criticised thing
        place = phrase.place
        lo, hi = min(end, place.end), max(start, place.start)
        if event.type not in VERBAL_TYPES and words_between(phrase.tokens, lo, hi, rules.speech_verbs):
            return None  # "Raketen trafen Kiew, sagte er in Brüssel": where it was said, not done
        return words_between(phrase.tokens, lo, hi, rules.clause_marks), max(place.start - end, start - place.end, 0)

    def _locate(self, phrase: Phrase, context: Sequence[str]) -> Location | None:
        cand = self.resolve(phrase.place.name, context)
        if cand is None:
            return None
        location = self._location(cand, cand.direction or phrase.direction, phrase.place.start, phrase.place.end)
        if phrase.border and location.precision == "country":
            location = replace(location, name=f"{location.name} (border)")
        if phrase.near and location.precision == "city":
            location = replace(location, name=f"{location.name} (near)", precision="region", geonames_id=None)
        return location

    def _location(self, cand: Candidate, direction: str, start: int | None, end: int | None) -> Location:
        place = self.gazetteer.place(cand.place)
        lat, lon, precision, name = place.lat, place.lon, place.precision, place.name
        if direction and place.precision == "country":
            precision, name = "region", f"{place.name} ({DIRECTION_WORDS.get(direction, direction)})"
            lat, lon = _shift(place, direction)
        return Location(name=name, country=place.country, lat=lat, lon=lon, precision=precision,
                        geonames_id=place.geonames_id if precision != "region" else None,
                        admin1=place.admin1, start=start, end=end)

    def _article_countries(self, sentences: list[Sentence], mentions: list[list[Mention]], lang: str) -> list[str]:
        """Countries the article is about: its actors' states and its unambiguous places."""
        found = {m.code for ms in mentions for m in ms if len(m.code) == 3 and m.code.isalpha()}
        rules = rules_for(lang)
        for sentence in sentences:
            for match in place_matches(self.gazetteer, sentence, rules):
                countries = {self.gazetteer.place(c.place).country for c in self.gazetteer.candidates(match.name)}
                if len(countries) == 1 and None not in countries:
                    found |= countries
        return sorted(found)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _trigger_span(event: Event, sentence: Sentence) -> tuple[int, int]:
    """The trigger's absolute span; its first word's position when offsets are missing."""
    if event.trigger_start is not None and event.trigger_end is not None:
        return event.trigger_start, event.trigger_end
    word = event.trigger.split()[0] if event.trigger.strip() else ""
    at = sentence.text.find(word) if word else -1
    if at < 0:
        return sentence.start, sentence.start
    return sentence.start + at, sentence.start + at + len(word)


def _shift(place: Place, direction: str) -> tuple[float | None, float | None]:
    """Move a country's centre towards the edge its direction names."""
    if place.lat is None or place.lon is None or place.extent is None:
        return place.lat, place.lon
    min_lat, min_lon, max_lat, max_lon = place.extent
    lat, lon = place.lat, place.lon
    if "N" in direction:
        lat += DIRECTION_SHIFT * (max_lat - lat)
    if "S" in direction:
        lat -= DIRECTION_SHIFT * (lat - min_lat)
    if "E" in direction:
        lon += DIRECTION_SHIFT * (max_lon - lon)
    if "W" in direction:
        lon -= DIRECTION_SHIFT * (lon - min_lon)
    return round(lat, 2), round(lon, 2)

