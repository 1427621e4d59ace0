"""Geocoding of event locations, on sentences we wrote for each phenomenon of issue 7."""

from __future__ import annotations

import pytest

from lagebild.geo import Geocoder
from lagebild.model import ActorRef, Article, Event, Mention, Sentence

ENGLISH_STARTS = {"Russian", "Ukrainian", "The"}


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory) -> Geocoder:
    """One geocoder, its gazetteer cache in a temporary folder."""
    return Geocoder.load(tmp_path_factory.mktemp("geo-cache"))


def locate(geocoder: Geocoder, text: str, event_type: str, trigger: str, actors: tuple[str, ...] = (),
           lang: str = "de", mentions: tuple[tuple[str, str, str], ...] = ()) -> Event:
    """One single-sentence article with one event; mentions are (words, code, kind)."""
    article = Article(doc="t", text=text, lang=lang)
    sentence = Sentence(0, text, 0, len(text))
    found = [Mention(0, text.index(w), text.index(w) + len(w), w, code, kind=kind) for w, code, kind in mentions]
    at = text.index(trigger)
    event = Event(doc="t", sentence_index=0, sentence=text, type=event_type, trigger=trigger,
                  trigger_start=at, trigger_end=at + len(trigger), source=[ActorRef(a) for a in actors])
    geocoder.locate_events(article, [sentence], [found], [event], lang)
    return event


@pytest.mark.parametrize(("text", "event_type", "trigger", "name", "country", "precision", "words"), [
    # the event's own place, city
    ("Nordkorea zeigte bei einer Parade auf dem Kim-Il-Sung-Platz in Pjöngjang neue Raketen.",
     "MOBILIZE", "Parade", "Pyongyang", "PRK", "city", "Pjöngjang"),
    ("Der Kanzler traf den Präsidenten am Dienstag in Warschau.", "CONSULT", "traf", "Warsaw", "POL", "city",
     "Warschau"),
    ("Bei einem Drohnenangriff auf die ukrainische Stadt Saporischschja starben zwei Menschen.",
     "ASSAULT", "Drohnenangriff", "Zaporizhzhya", "UKR", "city", "Saporischschja"),
    # inflection: genitive, place adjective
    ("In Kiews Innenstadt schlugen in der Nacht Raketen ein.", "ASSAULT", "schlugen", "Kyiv", "UKR", "city",
     "Kiews"),
    ("Die Polizei nahm in einem Moskauer Vorort zwei Männer fest.", "COERCE", "nahm", "Moscow", "RUS", "city",
     "Moskauer"),
    ("Israel flog Luftangriffe im Norden Syriens.", "ASSAULT", "Luftangriffe", "Syria (north)", "SYR", "region",
     "Syriens"),
    # regions
    ("Russische Truppen rückten in der Ostukraine weiter vor.", "ASSAULT", "rückten", "Ostukraine", "UKR",
     "region", "Ostukraine"),
    ("Israel griff erneut Ziele im Gazastreifen an.", "ASSAULT", "griff", "Gazastreifen", "PSE", "region",
     "Gazastreifen"),
    ("Moskau meldete ein Vorrücken in der Region Charkiw.", "ASSAULT", "Vorrücken", "Charkiw", "UKR", "region",
     "Region Charkiw"),
    ("Russian forces shelled villages in the Donbas region overnight.", "ASSAULT", "shelled", "Donbass", "UKR",
     "region", "Donbas"),
    ("Iran stoppte einen Tanker in der Straße von Hormus.", "COERCE", "stoppte", "Straße von Hormus", None,
     "region", "Straße von Hormus"),
    ("Ukrainian troops struck a depot in eastern Russia.", "ASSAULT", "struck", "Russia (east)", "RUS", "region",
     "Russia"),
    ("Die USA ziehen Soldaten aus Rumänien ab.", "RETREAT", "ziehen", "Romania", "ROU", "country", "Rumänien"),
    # countries and borders
    ("Polen verlegte Soldaten an die Grenze zu Belarus.", "MOBILIZE", "verlegte", "Belarus (border)", "BLR",
     "country", "Belarus"),
    ("Tausende protestierten in den USA gegen die Zölle.", "PROTEST", "protestierten", "United States", "USA",
     "country", "USA"),
])
def test_geo_event_place(geocoder, text, event_type, trigger, name, country, precision, words):
    lang = "en" if text.split()[0] in ENGLISH_STARTS else "de"
    location = locate(geocoder, text, event_type, trigger, lang=lang).location
    assert location is not None
    assert (location.name, location.country, location.precision) == (name, country, precision)
    assert text[location.start:location.end] == words
    assert location.lat is not None and location.lon is not None


@pytest.mark.parametrize(("text", "event_type", "trigger", "mentions"), [
    # a capital or seat used as an actor is an actor, not a location
    ("Moskau kritisierte die neuen Sanktionen scharf.", "ACCUSE", "kritisierte", (("Moskau", "RUS", "capital"),)),
    ("Die Regierung in Peking wies die Vorwürfe zurück.", "REJECT", "wies", ()),
    ("The government in Tehran rejected the demand.", "REJECT", "rejected", ()),
    # places that are topics, possessors or targets of talk, not the event's place
    ("Die Außenminister berieten über den Krieg in der Ukraine.", "CONSULT", "berieten", ()),
    ("Bei Israels Angriff starben fünf Menschen.", "ASSAULT", "Angriff", ()),
    ("Trump droht im Streit um Grönland mit Zöllen.", "THREATEN", "droht", ()),
    ("Russland griff die Ukraine mit Drohnen an.", "ASSAULT", "griff", ()),
    ("Die Regierung kaufte Gas aus Katar.", "COOPERATE", "kaufte", ()),
    # no place at all
    ("Die Regierung verhängte am Montag neue Sanktionen.", "SANCTION", "verhängte", ()),
    ("Die Minister trafen sich in der Nacht zu Dienstag.", "CONSULT", "trafen", ()),
])
def test_geo_no_event_place(geocoder, text, event_type, trigger, mentions):
    lang = "en" if text.split()[0] in ENGLISH_STARTS else "de"
    assert locate(geocoder, text, event_type, trigger, lang=lang, mentions=mentions).location is None


def test_geo_capital_after_cue_is_place(geocoder):
    event = locate(geocoder, "Tausende demonstrierten in Moskau gegen den Krieg.", "PROTEST", "demonstrierten",
                   mentions=(("Moskau", "RUS", "capital"),))
    assert event.location is not None and event.location.geonames_id == 524901


@pytest.mark.parametrize(("actors", "country"), [(("LBN",), "LBN"), (("LBY",), "LBY"), ((), "LBY")])
def test_geo_ambiguous_name_by_actor_context(geocoder, actors, country):
    event = locate(geocoder, "Bei einem Anschlag in Tripolis starben drei Menschen.", "ASSAULT", "Anschlag",
                   actors=actors)
    assert event.location is not None and event.location.country == country


def test_geo_ambiguous_name_by_article_places(geocoder):
    text = "Im Libanon wächst die Angst. Bei einem Anschlag in Tripolis starben drei Menschen."
    sentences = [Sentence(0, text[:28], 0, 28), Sentence(1, text[29:], 29, len(text))]
    event = Event(doc="t", sentence_index=1, sentence=sentences[1].text, type="ASSAULT", trigger="Anschlag",
                  trigger_start=text.index("Anschlag"), trigger_end=text.index("Anschlag") + 8)
    geocoder.locate_events(Article(doc="t", text=text, lang="de"), sentences, [[], []], [event], "de")
    assert event.location is not None and event.location.country == "LBN"


def test_geo_main_name_beats_alternate_name(geocoder):
    paris = geocoder.geocode("Paris", context_countries=["USA"])
    assert paris is not None and paris.country == "FRA"


def test_geo_nearest_phrase_per_event(geocoder):
    """Two events in one sentence, each with the place of its own clause."""
    text = "Israel griff Ziele in Beirut an, während die Hisbollah Raketen auf Haifa feuerte."
    article = Article(doc="t", text=text, lang="de")
    sentence = Sentence(0, text, 0, len(text))
    events = []
    for trigger, source in (("griff", "ISR"), ("feuerte", "HEZBOLLAH")):
        at = text.index(trigger)
        events.append(Event(doc="t", sentence_index=0, sentence=text, type="ASSAULT", trigger=trigger,
                            trigger_start=at, trigger_end=at + len(trigger), source=[ActorRef(source)]))
    geocoder.locate_events(article, [sentence], [[]], events, "de")
    assert [e.location.name if e.location else None for e in events] == ["Beirut", "Haifa"]


def test_geo_handful_of_events_in_an_article(geocoder):
    """The stage on an article of several sentences, with actor mentions, as the pipeline calls it."""
    lines = ["Kiew meldet Angriffe auf Charkiw.",
             "Die ukrainische Armee beschoss in der Nacht ein Munitionslager bei Belgorod.",
             "Selenskyj sprach am Abend mit Macron."]
    text = " ".join(lines)
    sentences, at = [], 0
    for index, line in enumerate(lines):
        sentences.append(Sentence(index, line, at, at + len(line)))
        at += len(line) + 1
    mentions = [[Mention(0, 0, 4, "Kiew", "UKR", kind="capital")], [], []]

    def event(index: int, event_type: str, trigger: str) -> Event:
        start = text.index(trigger)
        return Event(doc="t", sentence_index=index, sentence=lines[index], type=event_type, trigger=trigger,
                     trigger_start=start, trigger_end=start + len(trigger))

    events = [event(0, "ASSAULT", "Angriffe"), event(1, "ASSAULT", "beschoss"), event(2, "CONSULT", "sprach")]
    Geocoder.locate_events(geocoder, Article(doc="t", text=text, lang="de"), sentences, mentions, events, "de")
    found = [(e.location.name, e.location.country, text[e.location.start:e.location.end]) if e.location else None
             for e in events]
    assert found == [("Kharkiv", "UKR", "Charkiw"), ("Belgorod", "RUS", "Belgorod"), None]
    assert events[0].to_contract()["location"] == {
        "name": "Kharkiv", "country": "UKR", "lat": events[0].location.lat, "lon": events[0].location.lon,
        "precision": "city", "geonames_id": 706483}


@pytest.mark.parametrize(("name", "lang", "expected", "country", "precision"), [
    ("Kiews", "de", "Kyiv", "UKR", "city"),
    ("Kyjiw", "de", "Kyiv", "UKR", "city"),
    ("Russlands", "de", "Russia", "RUS", "country"),
    ("Westjordanland", "de", "Westjordanland", "PSE", "region"),
    ("Vereinigten Staaten", "de", "United States", "USA", "country"),
    ("Kyiv's", "en", "Kyiv", "UKR", "city"),
    ("Nordjemen", "de", "Yemen (north)", "YEM", "region"),
])
def test_geo_geocode_names(geocoder, name, lang, expected, country, precision):
    location = geocoder.geocode(name, lang)
    assert location is not None
    assert (location.name, location.country, location.precision) == (expected, country, precision)


def test_geo_geocode_unknown_name(geocoder):
    assert geocoder.geocode("Wolkenkuckucksheim") is None


@pytest.mark.parametrize(("text", "event_type", "trigger", "expected"), [
    # a statement takes the place where it was made, not the place of what it is about
    ("Der Minister kritisierte die Präsenz der Marine in der Ostsee.", "ACCUSE", "kritisierte", None),
    ("Der Präsident drohte bei einem Forum in Wladiwostok mit Vergeltung.", "THREATEN", "drohte", "Vladivostok"),
    # for an attack, a place beyond a reporting verb is where it was reported
    ("Raketen trafen ein Kraftwerk, sagte ein Sprecher in Brüssel.", "ASSAULT", "trafen", None),
    # "südlich von" puts the event near the city: region precision
    ("Drohnen griffen ein Depot südlich von Kiew an.", "ASSAULT", "griffen", "Kyiv (near)"),
    # a genitive name owning a noun is no place; an organisation is no inflected city ("Hama"+"s")
    ("Bei einem Angriff auf die Hamas in Gaza-Stadt starben zehn Menschen.", "ASSAULT", "Angriff", "Gaza"),
])
def test_geo_statement_and_report_rules(geocoder, text, event_type, trigger, expected):
    location = locate(geocoder, text, event_type, trigger).location
    assert (location.name if location else None) == expected


def test_geo_place_named_like_an_actor_stays_a_place(geocoder):
    """The actor stage reads "Brüssel" as the EU; after "in" it is still the city."""
    event = locate(geocoder, "In Brüssel hat eine Delegation Gespräche geführt.", "CONSULT", "Gespräche",
                   mentions=(("Brüssel", "EU", "organisation"),))
    assert event.location is not None and event.location.name == "Brussels"


@pytest.mark.parametrize(("text", "event_type", "trigger", "expected"), [
    ("The president arrived in Amman for talks on Tuesday.", "CONSULT", "arrived", "Amman"),
    ("Rebels surrendered near Kharkiv after a week of fighting.", "RETREAT", "surrendered", "Kharkiv"),
    ("Ankara condemned the attack on the consulate in Sydney.", "ACCUSE", "condemned", None),
    ("The ministry demanded an end to the unrest in Montenegro.", "REQUEST", "demanded", None),
])
def test_geo_english_sentences(geocoder, text, event_type, trigger, expected):
    location = locate(geocoder, text, event_type, trigger, lang="en").location
    assert (location.name if location else None) == expected


def test_geo_place_of_an_earlier_event_is_not_this_events(geocoder):
    event = locate(geocoder, "Nach dem Drohnenalarm in Dänemark setzte Frankreich einen Tanker fest.", "COERCE",
                   "setzte")
    assert event.location is None
