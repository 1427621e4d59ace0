"""The English event coder on sentences we wrote ourselves, with hand-made actor mentions.

The trigger lexicon here is a small fixture (not data/en/triggers.yaml), so these tests
pin the coder's structure rules (direction, passive, coordination, nesting, status,
attribution, dates) independently of the lexicon's growth.
"""

from __future__ import annotations

import pytest

from lagebild.events.dates import DateResolver
from lagebild.events.english import EnglishCoder
from lagebild.events.lexicon import Lexicon
from lagebild.model import Article, Mention, PartialDate
from lagebild.nlp import split_sentences
from lagebild.resources import load_yaml

LEXICON = {
    "lang": "en",
    "slots": ["subj", "obj", "with", "against", "on", "to", "from", "in", "at", "for", "of", "by", "between",
              "poss", "adj"],
    "triggers": [
        {"lemma": "attack", "pos": "V", "type": "ASSAULT", "cameo": "190", "target": ["obj", "on"]},
        {"lemma": "attack", "pos": "N", "type": "ASSAULT", "cameo": "190", "target": ["on", "against"],
         "source": ["poss", "adj", "by"]},
        {"lemma": "air strike", "pos": "N", "type": "ASSAULT", "mode": "aerial", "cameo": "195",
         "target": ["on", "against"], "source": ["poss", "adj", "by"]},
        {"lemma": "meet", "pos": "V", "type": "CONSULT", "cameo": "040", "target": ["obj", "with"],
         "reciprocal": True},
        {"lemma": "talks", "pos": "N", "type": "CONSULT", "cameo": "046", "target": ["with"],
         "source": ["poss", "adj", "by"]},
        {"lemma": "accuse", "pos": "V", "type": "ACCUSE", "mode": "allege", "cameo": "112", "target": ["obj"],
         "content": "alleged"},
        {"lemma": "supply", "pos": "V", "type": "AID", "cameo": "070", "target": ["to", "obj"]},
        {"lemma": "deny", "pos": "V", "type": "REJECT", "mode": "deny", "cameo": "125", "target": ["obj"],
         "content": "denied"},
        {"lemma": "urge", "pos": "V", "type": "REQUEST", "cameo": "100", "target": ["obj"]},
        {"lemma": "withdraw", "pos": "V", "type": "RETREAT", "mode": "withdraw", "cameo": "087",
         "target": ["from"]},
        {"lemma": "sanctions", "pos": "N", "type": "SANCTION", "cameo": "163", "target": ["on", "against"],
         "source": ["poss", "adj", "by"]},
        {"lemma": "arrest", "pos": "V", "type": "COERCE", "mode": "arrest", "cameo": "173", "target": ["obj"]},
        {"lemma": "call for", "pos": "V", "type": "REQUEST", "cameo": "100", "target": ["obj"]},
        {"lemma": "threaten", "pos": "V", "type": "THREATEN", "cameo": "130", "target": ["obj"]},
        {"lemma": "demand", "pos": "V", "type": "REQUEST", "cameo": "100", "target": ["obj", "from"]},
        {"lemma": "demonstration", "pos": "N", "type": "PROTEST", "cameo": "141", "target": ["against"],
         "source": ["poss", "adj", "by"]},
        {"lemma": "blockade", "pos": "V", "type": "COERCE", "mode": "restrict", "cameo": "171", "target": ["obj"]},
        {"lemma": "confer", "pos": "V", "type": "CONSULT", "cameo": "040", "target": ["with"], "reciprocal": True,
         "needs_target": True},
        {"lemma": "decline", "pos": "V", "type": "REJECT", "cameo": "120", "target": [], "content": "negated"},
        {"lemma": "dismiss", "pos": "V", "type": "REJECT", "mode": "deny", "cameo": "016", "target": ["obj"],
         "content": "denied"},
        {"lemma": "demand", "pos": "N", "type": "REQUEST", "cameo": "100", "target": ["on", "from"],
         "source": ["poss", "adj", "by"]},
        {"lemma": "aid", "pos": "N", "type": "AID", "cameo": "070", "target": ["to", "for"],
         "source": ["poss", "adj", "by"]},
        {"lemma": "visit", "pos": "N", "type": "CONSULT", "cameo": "042", "target": ["to"],
         "source": ["poss", "adj", "of", "by"]},
        {"lemma": "agree", "pos": "V", "type": "AGREE", "cameo": "030", "target": ["with"]},
        {"lemma": "mediation", "pos": "N", "type": "CONSULT", "mode": "third-party", "cameo": "045",
         "target": ["between"], "source": ["poss", "adj", "by"]},
        {"lemma": "invasion", "pos": "N", "type": "ASSAULT", "cameo": "190", "target": ["of"],
         "source": ["poss", "adj", "of", "by"]},
    ],
}

# our own toy actor table: surface form -> (code, kind, sector)
ACTORS = {
    "Russia": ("RUS", "state", None), "Ukraine": ("UKR", "state", None), "China": ("CHN", "state", None),
    "Germany": ("DEU", "state", None), "France": ("FRA", "state", None), "Iran": ("IRN", "state", None),
    "the United States": ("USA", "state", None), "The United States": ("USA", "state", None),
    "Washington": ("USA", "capital", None),
    "Russian": ("RUS", "adjective", None), "Israeli": ("ISR", "adjective", None), "Syria": ("SYR", "state", None),
    "Hamas": ("HAMAS", "group", "REB"), "Reuters": ("GBR", "media", "MED"), "The police": ("---", "role", "COP"),
    "Egypt": ("EGY", "state", None), "Gaza": ("PSE", "state", None), "Israel": ("ISR", "state", None),
    "the US": ("USA", "state", None),
    "The Kremlin": ("RUS", "capital", "GOV"), "Turkey": ("TUR", "state", None),
    "the soldiers": ("---", "unnamed", "MIL"),
    "Albanians": ("ALB", "demonym", None), "Serbia": ("SRB", "state", None),
}


def mentions_of(sentence, index):
    """Actor mentions of a sentence from the toy table (longest names first, no overlaps)."""
    found: list[Mention] = []
    for name in sorted(ACTORS, key=len, reverse=True):
        start = 0
        while (at := sentence.text.find(name, start)) >= 0:
            begin, end = sentence.start + at, sentence.start + at + len(name)
            start = at + len(name)
            if any(m.start < end and begin < m.end for m in found):
                continue
            code, kind, sector = ACTORS[name]
            found.append(Mention(index, begin, end, name, code, sector, kind))
    return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="module")
def coder() -> EnglishCoder:
    return EnglishCoder(Lexicon.from_data(LEXICON, "test lexicon"), load_yaml("en", "cues.yaml"),
                        DateResolver.for_language("en"))


def code(coder: EnglishCoder, text: str, pub: str | None = None):
    article = Article(doc="t", text=text, lang="en", pub_date=PartialDate.parse(pub))
    sentences = split_sentences(text)
    return coder.code(article, sentences, [mentions_of(s, i) for i, s in enumerate(sentences)])


def summary(event) -> tuple:
    return (event.type, [a.code for a in event.source], [a.code for a in event.target], event.status)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia attacked Ukraine.", ("ASSAULT", ["RUS"], ["UKR"], "asserted")),
    ("Ukraine attacked Russia.", ("ASSAULT", ["UKR"], ["RUS"], "asserted")),
    ("Russia on Monday attacked a convoy in Ukraine.", ("ASSAULT", ["RUS"], ["UKR"], "asserted")),
    ("Egypt, a close partner of the United States, attacked Gaza.", ("ASSAULT", ["EGY"], ["PSE"], "asserted")),
])
def test_english_direction_is_subject_verb_object(coder, text, expected):
    assert [summary(e) for e in code(coder, text)] == [expected]


def test_english_passive_with_by_swaps_source_and_target(coder):
    events = code(coder, "Ukraine was attacked by Russia on Tuesday.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]


def test_english_coordinated_subjects_act_together(coder):
    events = code(coder, "Germany and France urged Iran to stop.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU", "FRA"], ["IRN"], "asserted")]


def test_english_reciprocal_meeting_has_no_target(coder):
    events = code(coder, "Russia and China met in Moscow.")
    assert [summary(e) for e in events] == [("CONSULT", ["RUS", "CHN"], [], "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Russian cabinet conferred on Monday.", []),  # no partner: no interaction
    ("Russia conferred with China.", [("CONSULT", ["RUS"], ["CHN"], "asserted")]),
    ("Russia and China conferred.", [("CONSULT", ["RUS", "CHN"], [], "asserted")]),
    # the partner stands in the trigger's own slot; a later actor of the clause is none
    ("Russia conferred on a ship from Iran.", []),
])
def test_english_trigger_that_needs_a_partner(coder, text, expected):
    assert [summary(e) for e in code(coder, text)] == expected


def test_english_meeting_with_prepositional_target(coder):
    events = code(coder, "Turkey held talks with Syria.")
    assert [summary(e) for e in events] == [("CONSULT", ["TUR"], ["SYR"], "asserted")]


def test_english_nested_accusation_gives_alleged_aid(coder):
    events = code(coder, "The United States accused Iran of supplying drones to Russia.")
    assert [summary(e) for e in events] == [
        ("ACCUSE", ["USA"], ["IRN"], "asserted"),
        ("AID", ["IRN"], ["RUS"], "alleged"),
    ]
    assert events[1].reported_by == ["USA"]


def test_english_denial_marks_the_content_denied(coder):
    events = code(coder, "Russia denied attacking Ukraine.")
    assert [summary(e) for e in events] == [
        ("REJECT", ["RUS"], ["UKR"], "asserted"),
        ("ASSAULT", ["RUS"], ["UKR"], "denied"),
    ]


@pytest.mark.parametrize(("text", "status"), [
    ("Russia did not attack Ukraine.", "negated"),
    ("Russia never attacked Ukraine.", "negated"),
    ("Russia will attack Ukraine.", "intended"),
    ("Russia plans to attack Ukraine.", "intended"),
    ("Russia vowed to attack Ukraine.", "intended"),
    ("Russia reportedly attacked Ukraine.", "alleged"),
    ("Russia allegedly attacked Ukraine.", "alleged"),
    ("Russia attacked Ukraine.", "asserted"),
])
def test_english_status_cues(coder, text, status):
    assert [summary(e) for e in code(coder, text)] == [("ASSAULT", ["RUS"], ["UKR"], status)]


def test_english_refusal_negates_its_complement(coder):
    events = code(coder, "Russia refused to withdraw from Ukraine.")
    assert [summary(e) for e in events] == [("RETREAT", ["RUS"], ["UKR"], "negated")]


def test_english_refusal_trigger_absorbs_its_complement(coder):
    # the refusal is the event; the refused act is part of it, its target passes to the refusal
    events = code(coder, "Turkey declined to blockade Syria.")
    assert [summary(e) for e in events] == [("REJECT", ["TUR"], ["SYR"], "asserted")]


def test_english_denial_trigger_keeps_its_denied_content(coder):
    events = code(coder, "Russia dismissed claims of attacking Ukraine.")
    assert ("ASSAULT", ["RUS"], ["UKR"], "denied") in [summary(e) for e in events]


def test_english_noun_trigger_takes_modifier_and_preposition(coder):
    events = code(coder, "An Israeli air strike on Gaza killed five people.")
    assert [summary(e) for e in events] == [("ASSAULT", ["ISR"], ["PSE"], "asserted")]
    assert events[0].mode == "aerial" and events[0].trigger == "air strike"


def test_english_light_verb_passes_its_subject_to_the_noun(coder):
    events = code(coder, "Washington imposed new sanctions on Iran.")
    assert [summary(e) for e in events] == [("SANCTION", ["USA"], ["IRN"], "asserted")]


def test_english_announcer_of_an_event_noun_is_its_source(coder):
    events = code(coder, "Germany announced new sanctions on Iran.")
    assert [summary(e) for e in events] == [("SANCTION", ["DEU"], ["IRN"], "asserted")]


def test_english_name_in_a_stance_word_is_no_actor(coder):
    events = code(coder, "Pro-Russian gunmen attacked Ukraine on Friday.")
    assert [summary(e) for e in events] == [("ASSAULT", [], ["UKR"], "asserted")]


@pytest.mark.parametrize(("text", "source"), [
    ("The Albanians of southern Serbia attacked Russia.", ["SRB"]),  # a people of a state: its citizens
    ("Ethnic Albanians in Serbia attacked Russia.", ["SRB"]),  # an ethnic group lives where "in" says
    ("Ethnic Albanians attacked Russia.", ["---"]),  # an ethnic group alone is no state
    ("Albanians in Serbia attacked Russia.", ["ALB"]),  # "in" alone only says where they are
])
def test_english_people_of_a_place_take_its_code(coder, text, source):
    assert [summary(e) for e in code(coder, text)] == [("ASSAULT", source, ["RUS"], "asserted")]


@pytest.mark.parametrize("text", ["Russia withdrew from neighbouring Ukraine.",
                                  "Russia attacked the ruling party in Ukraine."])
def test_english_ing_adjective_is_no_verb(coder, text):
    assert [summary(e)[2] for e in code(coder, text)] == [["UKR"]]


@pytest.mark.parametrize("text", ["Germany met China about the convoy that was attacked by Russia.",
                                  "Germany met China about Ukraine, which Russia had attacked."])
def test_english_passive_or_pluperfect_relative_clause_is_background(coder, text):
    assert [summary(e)[0] for e in code(coder, text)] == ["CONSULT"]


def test_english_active_relative_clause_keeps_its_event(coder):
    events = code(coder, "Germany met China about Ukraine, which Russia attacked on Friday.")
    assert sorted(summary(e)[0] for e in events) == ["ASSAULT", "CONSULT"]


def test_english_event_noun_before_a_people_head_is_a_modifier(coder):
    events = code(coder, "Israeli attack units met Germany on Monday.")
    assert [summary(e)[0] for e in events] == ["CONSULT"]


def test_english_capitalised_event_noun_is_part_of_a_name(coder):
    text = "Egypt said that its experts have studied the details of the Israeli Attack Plan with great care."
    assert code(coder, text) == []


def test_english_no_event_without_trigger(coder):
    assert code(coder, "Russia is the largest country in the world.") == []


def test_english_time_reference_is_no_new_event(coder):
    assert code(coder, "Germany and France spoke after the attack on Ukraine.") == []


@pytest.mark.parametrize(("text", "reporters"), [
    ("Russia attacked Ukraine, Reuters reported.", ["GBR"]),
    ("According to Reuters, Russia attacked Ukraine.", ["GBR"]),
    ("Germany said Russia attacked Ukraine.", ["DEU"]),
    ("Russia attacked Ukraine, officials said.", ["---"]),
])
def test_english_attribution(coder, text, reporters):
    events = code(coder, text)
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]
    assert events[0].reported_by == reporters


def test_english_speaker_of_a_demand_is_its_source_not_its_reporter(coder):
    events = code(coder, "China said it would urge Russia to withdraw.")
    assert [summary(e) for e in events] == [("REQUEST", ["CHN"], ["RUS"], "intended")]
    assert events[0].reported_by == []


def test_english_date_from_weekday_and_publication_date(coder):
    events = code(coder, "Russia attacked Ukraine on Wednesday.", pub="2023-07-28")
    assert events[0].date == PartialDate(2023, 7, 26)


def test_english_pronoun_refers_to_the_last_subject(coder):
    events = code(coder, "Russia massed troops near the border. It attacked Ukraine on Friday.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]


def test_english_police_arrest_with_unknown_code(coder):
    events = code(coder, "The police arrested Hamas members.")
    assert [summary(e) for e in events] == [("COERCE", ["---"], ["HAMAS"], "asserted")]


def test_english_role_without_country_takes_the_place_of_the_act(coder):
    events = code(coder, "The police arrested Hamas members in Egypt.")
    assert [summary(e) for e in events] == [("COERCE", ["EGY"], ["HAMAS"], "asserted")]


def test_english_obligation_voiced_by_a_speaker_is_a_demand(coder):
    events = code(coder, "Germany said Russia must withdraw from Ukraine.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU"], ["RUS"], "asserted")]


@pytest.mark.parametrize("text", ["France said that Iran must end its nuclear program.",
                                  "France said on Monday Iran should give up its nuclear program."])
def test_english_obligation_without_trigger_is_a_demand(coder, text):
    events = code(coder, text)
    assert [summary(e) for e in events] == [("REQUEST", ["FRA"], ["IRN"], "asserted")]
    assert events[0].reported_by == []


def test_english_statement_without_obligation_is_no_demand(coder):
    assert code(coder, "France said that Iran has a nuclear program.") == []


def test_english_announced_hostile_act_is_a_threat(coder):
    events = code(coder, "Turkey said it would blockade Syria.")
    assert [summary(e) for e in events] == [("THREATEN", ["TUR"], ["SYR"], "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey said it would impose sanctions on Syria.", ("THREATEN", ["TUR"], ["SYR"], "asserted")),
    ("Germany said Russia must hold talks with Ukraine.", ("REQUEST", ["DEU"], ["RUS"], "asserted")),
])
def test_english_speech_act_reaches_the_noun_object_of_a_light_verb(coder, text, expected):
    assert [summary(e) for e in code(coder, text)] == [expected]


@pytest.mark.parametrize("text", ["Turkey will withdraw from Syria unless Syria pays.",
                                  "Turkey will blockade Syria, unless Syria pays."])
def test_english_act_announced_on_a_condition_is_a_threat(coder, text):
    assert [summary(e) for e in code(coder, text)] == [("THREATEN", ["TUR"], ["SYR"], "asserted")]


def test_english_plain_future_hostile_act_stays_intended(coder):
    events = code(coder, "Turkey will blockade Syria.")
    assert [summary(e) for e in events] == [("COERCE", ["TUR"], ["SYR"], "intended")]


def test_english_announced_cooperative_act_of_the_speaker_is_a_promise(coder):
    events = code(coder, "Turkey said it would withdraw from Syria.")
    assert [summary(e) for e in events] == [("AGREE", ["TUR"], ["SYR"], "asserted")]


@pytest.mark.parametrize("text", ["Russia is willing to withdraw from Ukraine.",
                                  "Russia stands ready to withdraw from Ukraine."])
def test_english_offered_cooperative_act_is_agree(coder, text):
    assert [summary(e) for e in code(coder, text)] == [("AGREE", ["RUS"], ["UKR"], "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia will withdraw from Ukraine.", ("RETREAT", ["RUS"], ["UKR"], "intended")),
    ("Germany said Russia must be ready to withdraw from Ukraine.", ("REQUEST", ["DEU"], ["RUS"], "asserted")),
])
def test_english_plan_or_demanded_readiness_is_no_promise(coder, text, expected):
    assert [summary(e) for e in code(coder, text)] == [expected]


def test_english_demands_voiced_at_a_protest_are_part_of_it(coder):
    events = code(coder, "Egypt staged demonstrations against Israel to demand the release of prisoners.")
    assert [summary(e) for e in events] == [("PROTEST", ["EGY"], ["ISR"], "asserted")]


def test_english_content_of_a_charge_is_alleged(coder):
    events = code(coder, "Russia attacked Ukraine, Reuters charged.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "alleged")]


def test_english_pronoun_after_a_time_phrase_is_the_subject(coder):
    events = code(coder, "Turkey said on Friday it would blockade Syria.")
    assert [summary(e) for e in events] == [("THREATEN", ["TUR"], ["SYR"], "asserted")]


def test_english_relative_pronoun_takes_its_antecedent(coder):
    events = code(coder, "Hamas, which attacked Israel, met Egypt.")
    assert ("ASSAULT", ["HAMAS"], ["ISR"], "asserted") in [summary(e) for e in events]


def test_english_object_relative_clause_has_its_own_subject(coder):
    events = code(coder, "Egypt met Hamas leaders whom officials accused of attacking Israel.")
    assert ("ACCUSE", ["HAMAS"], ["EGY"], "asserted") not in [summary(e) for e in events]
    assert summary(events[0]) == ("CONSULT", ["EGY"], ["HAMAS"], "asserted")


def test_english_denial_answers_the_earlier_accuser(coder):
    events = code(coder, "Ukraine accused Russia of attacking Turkey. The Kremlin denied the allegation.")
    assert summary(events[-1]) == ("REJECT", ["RUS"], ["UKR"], "asserted")


def test_english_both_sides_are_the_last_dyad(coder):
    events = code(coder, "Russia met Ukraine in Turkey. Both sides attacked Egypt.")
    assert summary(events[-1]) == ("ASSAULT", ["RUS", "UKR"], ["EGY"], "asserted")


def test_english_us_in_capitals_is_the_state_not_a_pronoun(coder):
    events = code(coder, "China urged the US to withdraw from Iran.")
    assert [summary(e) for e in events] == [("REQUEST", ["CHN"], ["USA"], "asserted")]


def test_english_once_again_opens_no_clause(coder):
    events = code(coder, "Russia has once again attacked Ukraine.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]


def test_english_reduced_relative_participle_is_passive(coder):
    events = code(coder, "Germany met officials from Iran accused by France of attacking Turkey.")
    assert ("ACCUSE", ["FRA"], ["IRN"], "asserted") in [summary(e) for e in events]


def test_english_it_refers_to_an_institution(coder):
    events = code(coder, "The Kremlin said it had arrested Hamas members.")
    assert [summary(e) for e in events] == [("COERCE", ["RUS"], ["HAMAS"], "asserted")]


def test_english_unknown_subject_is_not_the_speaker(coder):
    events = code(coder, "Germany said unknown gunmen attacked Ukraine.")
    assert [summary(e) for e in events] == [("ASSAULT", [], ["UKR"], "asserted")]
    assert events[0].reported_by == ["DEU"]


def test_english_participle_modifier_does_not_hide_the_subject(coder):
    events = code(coder, "Russian jets using guided bombs attacked Ukraine.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]


def test_english_unnamed_head_takes_the_actor_of_its_place(coder):
    events = code(coder, "Rebels in Syria attacked Turkey.")
    assert [summary(e) for e in events] == [("ASSAULT", ["SYR"], ["TUR"], "asserted")]


def test_english_verb_only_word_after_its_subject(coder):
    events = code(coder, "Germany and France urge new talks with Iran.")
    assert summary(events[0]) == ("REQUEST", ["DEU", "FRA"], ["IRN"], "asserted")


def test_english_own_state_as_complement_subject_is_no_target(coder):
    events = code(coder, "The Kremlin threatened that Russia would attack Ukraine.")
    assert summary(events[0]) == ("THREATEN", ["RUS"], ["UKR"], "asserted")


def test_english_withdrawal_takes_no_target_from_its_purpose_clause(coder):
    # a withdrawal is complete without a counterpart: the state named in its purpose clause is none
    assert [summary(e) for e in code(coder, "Russia withdrew its troops to let Ukraine hold talks.")] == [
        ("RETREAT", ["RUS"], [], "asserted")]
    assert [summary(e) for e in code(coder, "Russia withdrew its troops from Ukraine.")] == [
        ("RETREAT", ["RUS"], ["UKR"], "asserted")]


@pytest.mark.parametrize("text", [
    "Russian jets using precision guided bombs attacked Ukraine.",  # a participle phrase after the subject
    "Up to 3,000 Russian soldiers attacked Ukraine.",  # "up to" counts, it is no preposition
])
def test_english_subject_before_participle_phrase_or_quantifier(coder, text):
    assert [summary(e) for e in code(coder, text)] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]


def test_english_infinitive_subject_is_the_object_only_after_control_verbs(coder):
    # "helped Iran to attack": Iran attacks; "met Iran to attack": Germany attacks
    helped = [summary(e)[:3] for e in code(coder, "Germany helped Iran to attack Syria.")]
    assert ("ASSAULT", ["IRN"], ["SYR"]) in helped, helped
    met = [summary(e)[:3] for e in code(coder, "Germany met Iran to attack Syria.")]
    assert ("ASSAULT", ["DEU"], ["SYR"]) in met, met


def test_english_named_recipient_beats_an_unnamed_object(coder):
    # "supplied the soldiers to Syria": the soldiers are what is given, Syria receives them
    assert [summary(e) for e in code(coder, "Russia supplied the soldiers to Syria.")] == [
        ("AID", ["RUS"], ["SYR"], "asserted")]


def test_english_nationality_of_a_border_is_no_fallback_target(coder):
    # "near the Israeli border" says where the attack was, not whom it hit
    assert [summary(e) for e in code(coder, "Syria attacked a camp near the Israeli border.")] == [
        ("ASSAULT", ["SYR"], [], "asserted")]


def test_english_capitalised_word_inside_a_name_is_no_verb(coder):
    # "the Russian Press" is a news outlet; in a title-case headline the verb is capitalised too
    assert not [e for e in code(coder, "Gaza was quiet, according to the Russian Urge agency.") if e.type == "REQUEST"]
    assert [summary(e)[:3] for e in code(coder, "Germany Urges Iran To Stop")] == [("REQUEST", ["DEU"], ["IRN"])]


def test_english_fallback_target_stops_at_an_adverbial_clause(coder):
    # the actor of a time or cause clause is no target of the act before it
    events = code(coder, "Germany demanded new elections after Iran expelled its diplomats.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU"], [], "asserted")]
    events = code(coder, "Germany demanded new elections without consulting Iran.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU"], [], "asserted")]
    # a plain PP names the target as before
    events = code(coder, "Germany demanded new elections in Iran.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU"], ["IRN"], "asserted")]


def test_english_nationality_of_a_language_is_no_target(coder):
    # "the Russian language" names a language, not a Russian actor
    events = code(coder, "Germany urged the use of the Russian language in schools.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU"], [], "asserted")]
    events = code(coder, "Germany urged the release of the Russian sailors.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU"], ["RUS"], "asserted")]


def test_english_of_phrase_listed_as_target_is_the_one_acted_upon(coder):
    # "the invasion of Ukraine": the of-phrase is what is invaded; the light verb's subject invades
    events = code(coder, "Russia began the invasion of Ukraine on Monday.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]


def test_english_demand_noun_covers_its_that_clause(coder):
    # like "demanded that Russia withdraw", the demanded withdrawal is part of the demand, no event of its own
    events = code(coder, "Germany repeated its demand that Russia withdraw from Ukraine.")
    assert [summary(e) for e in events] == [("REQUEST", ["DEU"], ["RUS"], "asserted")]


def test_english_bare_form_after_an_indefinite_name_is_a_noun(coder):
    # "a Russian attack" is a noun phrase: a singular subject would need "attacks"
    events = code(coder, "Ukraine denied a Russian attack.")
    assert [summary(e) for e in events if e.type == "ASSAULT"] == [("ASSAULT", ["RUS"], [], "denied")]


def test_english_conditioned_act_is_a_threat_also_of_an_unknown_actor(coder):
    # the condition makes the announced act a threat whether or not the actor base knows its actor
    events = code(coder, "The rebels will blockade Ukraine unless Russia withdraws.")
    assert [(e.type, [a.code for a in e.target]) for e in events] == [("THREATEN", ["UKR"])]


def test_english_word_after_an_object_pronoun_is_no_verb(coder):
    # "them" is never a subject: "supplies" is the noun given, not a verb of "them"
    events = code(coder, "Iran gave them supplies for Russia.")
    assert [e.type for e in events if e.type == "AID"] == []
    # after a bare-infinitive verb the pronoun's verb follows: "let them attack"
    events = code(coder, "Iran let them attack Russia.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_english_first_of_two_objects_is_the_recipient(coder):
    # "gave Iran aid": Iran receives the aid, it does not give it
    events = code(coder, "Germany gave Iran aid on Monday.")
    assert [summary(e) for e in events] == [("AID", ["DEU"], ["IRN"], "asserted")]
    events = code(coder, "Germany gave Russian aid to Iran.")
    assert [summary(e) for e in events] == [("AID", ["RUS"], ["IRN"], "asserted")]


def test_english_of_agent_is_the_nouns_own_phrase(coder):
    # "the visit of Iran": Iran visits; "the visit to the embassy of Iran": the of-phrase belongs to "embassy"
    events = code(coder, "Germany praised the visit of Iran to China.")
    assert [summary(e)[:3] for e in events] == [("CONSULT", ["IRN"], ["CHN"])]
    events = code(coder, "Germany praised the visit to the embassy of Iran.")
    assert [summary(e)[:3] for e in events] == [("CONSULT", ["DEU"], ["IRN"])]


def test_english_agreeing_to_an_act_is_aimed_at_its_actor(coder):
    # like "rejected a US offer" -> US: agreeing to Russian talks with Germany answers Russia
    events = code(coder, "Iran agreed to Russian talks with Germany.")
    assert [summary(e)[:3] for e in events] == [("AGREE", ["IRN"], ["RUS"])]


def test_english_object_relative_clause_targets_its_antecedent(coder):
    # "whom Iran accused": Russia is the one accused; "which attacked Israel": the pronoun is the subject
    events = code(coder, "Germany met Russia, whom Iran accused of spying.")
    assert ("ACCUSE", ["IRN"], ["RUS"], "asserted") in [summary(e) for e in events]
    events = code(coder, "Germany met Russia, which attacked Ukraine on Monday.")
    assert ("ASSAULT", ["RUS"], ["UKR"], "asserted") in [summary(e) for e in events]


def test_english_same_nationality_adjective_names_two_groups(coder):
    # a repeated name is a re-mention of one actor, a repeated nationality adjective modifies two heads
    events = code(coder, "Russian rebels attacked Russian soldiers on Monday.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["RUS"], "asserted")]


def test_english_mediation_between_two_parties_targets_them(coder):
    # "talks between A and B" makes both sources; a noun whose entry has a between-target does not:
    # the mediator (the light verb's subject) acts on both parties
    events = code(coder, "Egypt launched a mediation between Israel and Syria.")
    assert [summary(e)[:3] for e in events] == [("CONSULT", ["EGY"], ["ISR", "SYR"])]


def test_english_by_agent_after_the_nouns_target(coder):
    # "the attack by Russia" and, after the noun's own target PP, "the attack on Ukraine by Russia"
    events = code(coder, "The attack on Ukraine by Russia began on Monday.")
    assert [summary(e)[:3] for e in events] == [("ASSAULT", ["RUS"], ["UKR"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran faced new sanctions from the United States.", ("SANCTION", ["USA"], ["IRN"], "asserted")),
    ("Israeli troops came under attack from Hamas.", ("ASSAULT", ["HAMAS"], ["ISR"], "asserted")),
    ("Egypt received aid from Germany.", ("AID", ["DEU"], ["EGY"], "asserted")),
    ("Syria suffered Russian air strikes.", ("ASSAULT", ["RUS"], ["SYR"], "asserted")),
])
def test_english_undergoing_verb_makes_its_subject_the_target(coder, text, expected):
    # "faced", "received", "came under": the subject is acted upon, the from/by phrase or modifier acts
    assert [summary(e) for e in code(coder, text)] == [expected]


def test_english_participle_with_by_agent_after_a_comma_is_passive(coder):
    # "X, supplied by Y, attacked Z": Y supplies X; X attacks Z
    events = code(coder, "Hamas, supplied by Iran, attacked Israel.")
    assert sorted(summary(e) for e in events) == [("AID", ["IRN"], ["HAMAS"], "asserted"),
                                                  ("ASSAULT", ["HAMAS"], ["ISR"], "asserted")]


def test_english_possessor_of_a_decision_does_its_infinitive(coder):
    # "Russia's decision to attack Ukraine": Russia attacks, not the critic
    events = code(coder, "Germany criticized Russia's decision to attack Ukraine.")
    assault = [summary(e)[:3] for e in events if e.type == "ASSAULT"]
    assert assault == [("ASSAULT", ["RUS"], ["UKR"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia may attack Ukraine if the talks founder.", ("THREATEN", ["RUS"], ["UKR"])),
    ("Russia might blockade Ukraine if the talks fail.", ("THREATEN", ["RUS"], ["UKR"])),
    ("Russia might meet Ukraine if the talks resume.", ("CONSULT", ["RUS"], ["UKR"])),
])
def test_english_hostile_act_on_a_condition_is_a_threat(coder, text, expected):
    # a possible hostile act with any condition is a threat; a cooperative one stays its own type
    assert [summary(e)[:3] for e in code(coder, text)] == [expected]


def test_english_act_in_a_time_clause_after_the_main_act_is_its_setting(coder):
    # "after Iran attacked Turkey" sets the scene for the main act; a contrast with "while" is news
    events = code(coder, "Germany accused Russia after Iran attacked Turkey.")
    assert [summary(e) for e in events] == [("ACCUSE", ["DEU"], ["RUS"], "asserted")]
    events = code(coder, "Germany accused Russia while Iran attacked Turkey.")
    assert sorted(e.type for e in events) == ["ACCUSE", "ASSAULT"]
    # "once again" is an adverb, no time clause
    events = code(coder, "Germany said Russia once again attacked Ukraine.")
    assert [summary(e)[:3] for e in events] == [("ASSAULT", ["RUS"], ["UKR"])]


def test_english_relative_clause_in_the_simple_present_describes(coder):
    # "Russia, which attacks ... every week" is a habit told about Russia; the past tense tells news
    events = code(coder, "Germany accused Russia, which attacks Ukraine every week.")
    assert [e.type for e in events] == ["ACCUSE"]
    events = code(coder, "Germany accused Russia, which attacked Ukraine on Monday.")
    assert sorted(e.type for e in events) == ["ACCUSE", "ASSAULT"]


def test_english_relative_clause_after_the_subject_describes_it(coder):
    # the relative clause right after the sentence's subject: "which attacks ... every week" is a habit
    events = code(coder, "Russia, which attacks Ukraine every week, accused Germany.")
    assert [summary(e) for e in events] == [("ACCUSE", ["RUS"], ["DEU"], "asserted")]


def test_english_by_agent_after_the_gerund_complement(coder):
    # "was accused of attacking Turkey by Russia": Russia accuses
    events = code(coder, "Iran was accused of attacking Turkey by Russia.")
    assert ("ACCUSE", ["RUS"], ["IRN"], "asserted") in [summary(e) for e in events]


def test_english_unnamed_demand_covers_its_content(coder):
    # the demanded withdrawal is not told as happening, even when no actor makes the demand
    events = code(coder, "Strikers renewed a demand today that Russia withdraw from Ukraine.")
    assert [e.type for e in events if e.type == "RETREAT"] == []


def test_english_ing_participle_after_a_noun_describes_it(coder):
    # "men attacking Israel" says who was arrested; the arrest is the news
    events = code(coder, "Hamas arrested two men attacking Israel.")
    assert [e.type for e in events] == ["COERCE"]


def test_english_coordinated_verb_continues_the_relative_clause(coder):
    # "who fled ... and were attacked by Turkey" describes the men, like "who had been attacked"
    events = code(coder, "Hamas arrested two men who fled Syria and were attacked by Turkey.")
    assert [e.type for e in events] == ["COERCE"]


def test_english_non_restrictive_relative_clause_tells_background(coder):
    # ", which has attacked Ukraine" tells what Russia has done before; only a simple past there is news
    events = code(coder, "Germany accused Russia, which has attacked Ukraine.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_english_subject_pronoun_skips_a_fronted_pp(coder):
    # "In a letter to Russia, Iran said it would ...": "it" is Iran, not the PP's Russia
    events = code(coder, "In a letter to Russia, Iran said it would attack Israel.")
    assert [summary(e)[1:3] for e in events] == [(["IRN"], ["ISR"])]


def test_english_month_may_is_no_modal(coder):
    # "In May" dates the act; only the modal "may" makes it intended
    events = code(coder, "In May Russia attacked Ukraine.")
    assert [summary(e) for e in events] == [("ASSAULT", ["RUS"], ["UKR"], "asserted")]
