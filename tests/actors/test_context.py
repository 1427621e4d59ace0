"""Actor mentions in article context: use marks, roles without a country, references, explain."""

from __future__ import annotations

from lagebild.actors.context import is_context_resolved, resolve_article
from lagebild.model import Mention
from lagebild.nlp import split_sentences


def resolved(actor_base, text: str, lang: str = "de") -> list[list[Mention]]:
    """Each sentence's mentions of text after context resolution."""
    sentences = split_sentences(text)
    mentions = [actor_base.recognise(s, lang) for s in sentences]
    return resolve_article(sentences, mentions, lang)


def find(mentions: list[Mention], words: str) -> list[Mention]:
    """The mentions whose words are exactly these."""
    return [m for m in mentions if m.text == words]


# use ---------------------------------------------------------------------------------------------

def test_context_city_after_locative_preposition_is_a_place(actor_base):
    (sentence,) = resolved(actor_base, "Die Festnahme in Madrid erfolgte am Morgen.")
    (madrid,) = find(sentence, "Madrid")
    assert (madrid.code, madrid.use) == ("ESP", "place")
    assert "in" in madrid.why


def test_context_city_after_a_time_word_is_a_place_but_after_a_noun_may_be_the_target(actor_base):
    first, second, third = resolved(actor_base, "Die Gespräche endeten am Dienstag in Oslo. Der Rat tagte am "
                                                "3. März in Madrid. Die Armee beschoss Stellungen in Syrien.")
    assert find(first, "Oslo")[0].use == "place"
    assert find(second, "Madrid")[0].use == "place"
    assert find(third, "Syrien")[0].use == "actor"


def test_context_direction_is_a_place_but_temporal_nach_is_not(actor_base):
    (sentence,) = resolved(actor_base, "Nach der Ausreise nach Kairo schwieg Frankreich.")
    assert find(sentence, "Kairo")[0].use == "place"
    assert find(sentence, "Frankreich")[0].use == "actor"


def test_context_state_in_a_region_phrase_is_a_place_but_a_thing_there_may_be_the_target(actor_base):
    text = ("Peru meldet Kämpfe. Die Armee griff im Süden des Landes an. Die Rebellen zogen sich in die Nähe "
            "der Stadt Lima zurück. Eine Rakete traf ein Haus in der Stadt Lima.")
    _, second, third, fourth = resolved(actor_base, text)
    assert [m.use for m in find(second, "des Landes")] == ["place"]
    assert [m.use for m in find(third, "Lima")] == ["place"]
    assert [m.use for m in find(fourth, "Lima")] == ["actor"]


def test_context_state_beyond_a_border_or_on_streets_is_a_place_but_a_recipient_is_not(actor_base):
    text = ("Soldaten patrouillieren an der Grenze zu Chile. Tausende protestierten auf den Straßen Limas. "
            "Peru liefert Waffen an Chile.")
    first, second, third = resolved(actor_base, text)
    assert [m.use for m in find(first, "Chile")] == ["place"]
    assert [m.use for m in find(second, "Limas")] == ["place"]
    assert [m.use for m in find(third, "Chile")] == ["actor"]


def test_context_state_a_noun_is_about_is_a_topic(actor_base):
    (sentence,) = resolved(actor_base, "Im Streit um Grönland kritisierte Dänemark die USA.")
    (greenland,) = find(sentence, "Grönland")
    assert (greenland.code, greenland.use) == ("GRL", "topic")
    assert find(sentence, "Dänemark")[0].use == "actor"


def test_context_side_a_war_is_waged_against_is_a_topic_but_a_side_attacked_is_not(actor_base):
    text = ("Polen verurteilt den Angriffskrieg Russlands gegen Georgien. Die Folgen des Krieges gegen Georgien "
            "sind schwer. Russland griff Georgien an. Polen protestierte gegen Russland.")
    first, second, third, fourth = resolved(actor_base, text)
    assert [(m.code, m.use) for m in first] == [("POL", "actor"), ("RUS", "actor"), ("GEO", "topic")]
    assert [m.use for m in find(second, "Georgien")] == ["topic"]
    assert [m.use for m in third] == ["actor", "actor"]
    assert [m.use for m in fourth] == ["actor", "actor"]


def test_context_object_of_pressure_or_claims_and_what_an_envoy_is_for_are_topics(actor_base):
    text = ("Frankreich fordert mehr Druck auf Teheran. Schweden erhebt Ansprüche auf Norwegen. Der "
            "Sondergesandte für Kuba reiste ab. Peru und Chile streiten. Brasilien erhöht den Druck auf beide "
            "Seiten. Inmitten der Spannungen mit Kuba übt die Armee Perus.")
    first, second, third, _, fifth, sixth = resolved(actor_base, text)
    assert [(m.code, m.use) for m in find(first, "Teheran")] == [("IRN", "topic")]
    assert [(m.code, m.use) for m in find(second, "Norwegen")] == [("NOR", "topic")]
    assert [(m.code, m.use) for m in find(third, "Kuba")] == [("CUB", "topic")]
    assert {m.use for m in find(fifth, "beide Seiten")} == {"topic"}
    assert [m.use for m in find(sixth, "Kuba")] == ["topic"]


def test_context_state_after_a_preposition_of_cause_or_regard_or_a_meeting_on_it_is_a_topic(actor_base):
    text = ("Schweden bestellt den Botschafter wegen Norwegen ein. Vereinbart wurde auch ein Abkommen mit Blick "
            "auf die NATO. Der Rat hielt eine Sitzung zu Syrien ab.")
    first, second, third = resolved(actor_base, text)
    assert [m.use for m in find(first, "Norwegen")] == ["topic"]
    assert [m.use for m in second if m.code == "NATO"] == ["topic"]
    assert [m.use for m in find(third, "Syrien")] == ["topic"]


def test_context_compound_part_naming_a_war_or_a_field_is_a_topic_and_before_a_place_noun_a_place(actor_base):
    text = ("Die Irak-Krise belastet Polen. Syrien-Experten warnen Ungarn. Der Dissident lebt im US-Exil. "
            "Soldaten patrouillieren an der EU-Außengrenze. Die Truppen bleiben an der Ostflanke der NATO. "
            "Die US-Sanktionen treffen Kuba.")
    first, second, third, fourth, fifth, sixth = resolved(actor_base, text)
    assert [(m.code, m.use) for m in first] == [("IRQ", "topic"), ("POL", "actor")]
    assert [(m.code, m.use) for m in second] == [("SYR", "topic"), ("HUN", "actor")]
    assert [m.use for m in find(third, "US")] == ["place"]
    assert [m.use for m in fourth if m.code == "EU"] == ["place"]
    assert [m.use for m in fifth if m.code == "NATO"] == ["place"]
    assert [(m.code, m.use) for m in sixth if m.kind != "role"] == [("USA", "actor"), ("CUB", "actor")]


def test_context_backer_in_an_attributive_participle_is_a_modifier_but_in_a_passive_an_actor(actor_base):
    text = ("Die Truppen der von Frankreich unterstützten Regierung griffen an. Die vom Iran gestützte Miliz "
            "schwieg. Die Rebellen werden von Frankreich unterstützt.")
    first, second, third = resolved(actor_base, text)
    assert [m.use for m in find(first, "Frankreich")] == ["modifier"]
    assert [m.use for m in find(second, "Iran")] == ["modifier"]
    assert [m.use for m in find(third, "Frankreich")] == ["actor"]


def test_context_state_after_an_adjective_or_a_plan_or_a_flight_is_a_place_but_after_a_thing_is_not(actor_base):
    text = ("Die EU kritisiert Israels Siedlungspläne im besetzten Gazastreifen. Die Rebellen zwangen den "
            "Präsidenten zur Flucht nach Chile. Die Armee beschoss Stellungen im benachbarten Syrien.")
    first, second, third = resolved(actor_base, text)
    assert [m.use for m in find(first, "Gazastreifen")] == ["place"]
    assert [m.use for m in find(second, "Chile")] == ["place"]
    assert [m.use for m in find(third, "Syrien")] == ["actor"]


def test_context_state_an_effect_is_on_or_a_compound_after_a_topic_preposition_is_a_topic(actor_base):
    first, second = resolved(actor_base, "Dies habe Auswirkungen auf Polen. Der Tag des Sieges über "
                                         "Nazi-Deutschland wird gefeiert.")
    assert [m.use for m in find(first, "Polen")] == ["topic"]
    assert [m.use for m in find(second, "Deutschland")] == ["topic"]


def test_context_host_of_a_visit_stays_an_actor(actor_base):
    (sentence,) = resolved(actor_base, "Der Kanzler kam zu einem Besuch in Tokio an.")
    (tokyo,) = find(sentence, "Tokio")
    assert (tokyo.code, tokyo.use) == ("JPN", "actor")


def test_context_state_as_subject_or_object_stays_an_actor(actor_base):
    (sentence,) = resolved(actor_base, "Polen kritisiert Ungarn scharf.")
    assert [(m.code, m.use) for m in sentence] == [("POL", "actor"), ("HUN", "actor")]


def test_context_adjective_of_a_type_is_a_modifier(actor_base):
    (sentence,) = resolved(actor_base, "Die Rebellen feuerten Raketen türkischer Bauart ab.")
    (turkish,) = find(sentence, "türkischer")
    assert (turkish.code, turkish.use) == ("TUR", "modifier")


def test_context_adjective_of_a_flag_is_a_modifier(actor_base):
    # national flags waved at a protest describe the flags, not who protests
    (sentence,) = resolved(actor_base, "Die Demonstranten schwenkten ukrainische Fahnen vor der Botschaft.")
    assert [(m.code, m.use) for m in find(sentence, "ukrainische")] == [("UKR", "modifier")]


def test_context_news_agency_a_statement_went_to_is_its_addressee(actor_base):
    first, second, third = resolved(actor_base, "Ein Sprecher der Armee sagte am Montag der Nachrichtenagentur "
                                                "Reuters, die Lage sei ruhig. Auf Nachfrage der Nachrichtenagentur "
                                                "AFP schwieg er. Der Nachrichtenagentur Reuters zufolge ist die Lage "
                                                "ruhig.")
    assert [m.use for m in first if m.kind == "media"] == ["addressee"]
    assert [m.use for m in second if m.kind == "media"] == ["addressee"]
    assert [m.use for m in third if m.kind == "media"] == ["actor"]


def test_context_organisation_classifying_a_member_state_is_a_modifier(actor_base):
    text = ("Im NATO-Land Polen stürzte eine Drohne ab. Die Regierung des östlichen EU- und NATO-Mitgliedslandes "
            "protestierte. Die NATO-Staaten berieten.")
    first, second, third = resolved(actor_base, text)
    assert [m.use for m in first if m.code == "NATO"] == ["modifier"]
    assert [m.use for m in second if m.code in {"EU", "NATO"}] == ["modifier", "modifier"]
    assert [m.use for m in third if m.code == "NATO"] == ["actor"]


# roles without a country -------------------------------------------------------------------------

def test_context_role_takes_the_state_where_the_act_happens(actor_base):
    (sentence,) = resolved(actor_base, "In Oslo nahm die Polizei drei Männer fest.")
    (police,) = find(sentence, "die Polizei")
    assert (police.code, police.sector, police.entry) == ("NOR", "COP", "context:place")
    assert "Oslo" in police.why


def test_context_place_near_the_act_gives_no_country(actor_base):
    text = ("Kämpfe nahe Peru. Nahe der Grenze zu Peru haben chilenische Soldaten Schmuggler festgenommen. "
            "Die Polizei sucht weitere.")
    *_, last = resolved(actor_base, text)
    assert [m.code for m in find(last, "Die Polizei")] == ["CHL"]


def test_context_inflected_role_takes_the_person_last_named_with_it(actor_base):
    text = "Iran droht. Iran warnt erneut. US-Präsident Obama antwortete. Laut dem Präsidenten ist die Lage ruhig."
    *_, last = resolved(actor_base, text)
    (president,) = find(last, "dem Präsidenten")
    assert (president.code, president.entry) == ("USA", "coref:same-role")


def test_context_role_after_someone_elses_of_its_sector_stays_unresolved_until_a_named_one(actor_base):
    text = ("Polen warnt vor westlichen Truppen. Die Soldaten seien ein Ziel. Die polnische Armee übt. "
            "Die Soldaten sind bereit.")
    _, second, _, fourth = resolved(actor_base, text)
    assert [m.code for m in find(second, "Die Soldaten")] == ["---"]
    assert [m.code for m in find(fourth, "Die Soldaten")] == ["POL"]


def test_context_role_takes_the_story_state(actor_base):
    text = "Brasilien verschärft die Einreiseregeln. Das Parlament stimmte am Dienstag zu."
    _, second = resolved(actor_base, text)
    (parliament,) = find(second, "Das Parlament")
    assert (parliament.code, parliament.entry) == ("BRA", "context:story-state")
    assert is_context_resolved(parliament)


def test_context_story_state_counts_the_people_a_state_is_named_by(actor_base):
    text = ("Chile warnt. Peruanische Soldaten sichern die Grenze zu Chile. Der peruanische Innenminister "
            "schweigt. Ein peruanischer Offizier bestätigte das. Die Armee verstärkt die Posten.")
    *_, last = resolved(actor_base, text)
    (army,) = find(last, "Die Armee")
    assert (army.code, army.entry) == ("PER", "context:story-state")


def test_context_state_description_never_takes_a_group_named_more_often(actor_base):
    text = ("Die Hamas lehnt den Plan der ägyptischen Regierung ab. Die Hamas kündigte Widerstand an. "
            "Die Hamas warnte, die Regierung solle den Plan zurückziehen.")
    *_, third = resolved(actor_base, text)
    (government,) = find(third, "die Regierung")
    assert government.code == "EGY"


def test_context_both_sides_are_the_parties_named_most_not_a_mediator_named_last(actor_base):
    text = ("Armenien und Aserbaidschan streiten um die Grenze. Aserbaidschan beschuldigt Armenien. "
            "Armenien weist das zurück. Die Schweiz bot Vermittlung an. Beide Seiten lehnten ab.")
    *_, last = resolved(actor_base, text)
    assert sorted(m.code for m in find(last, "Beide Seiten")) == ["ARM", "AZE"]


def test_context_foreign_role_stays_unresolved(actor_base):
    text = "Brasilien verschärft die Einreiseregeln. Ausländische Diplomaten kritisierten das."
    _, second = resolved(actor_base, text)
    assert all(m.code == "---" for m in second if "Diplomaten" in m.text)


def test_context_role_from_a_state_takes_it_and_from_elsewhere_stays_unresolved(actor_base):
    text = ("Peru und Chile streiten. Am Manöver nahmen Soldaten aus Brasilien teil. "
            "Chile lehnte Soldaten aus dem Ausland ab. Delegationen aus aller Welt kamen in Lima an.")
    _, second, third, fourth = resolved(actor_base, text)
    (soldiers,) = [m for m in second if "Soldaten" in m.text]
    assert (soldiers.code, soldiers.entry) == ("BRA", "context:origin")
    assert all(m.code == "---" for m in third if "Soldaten" in m.text)
    assert all(m.code == "---" for m in fourth if "Delegationen" in m.text)


def test_context_several_delegations_take_no_state_from_the_place_or_the_story(actor_base):
    # plural envoys stand for several states: neither the meeting's place nor the story's main state
    text = "Chile lud zu einem Gipfel ein. Am Montag trafen zwölf Delegationen in Santiago ein."
    _, second = resolved(actor_base, text)
    (delegations,) = [m for m in second if "Delegationen" in m.text]
    assert delegations.code == "---"


def test_context_role_after_a_possessive_belongs_to_the_subject_not_the_place(actor_base):
    (sentence,) = resolved(actor_base, "Die Hisbollah verurteilte den Angriff auf ihre Kommandeure in Syrien.")
    (leaders,) = [m for m in sentence if "Kommandeure" in m.text]
    assert (leaders.code, leaders.entry) == ("HEZBOLLAH", "context:possessor")


def test_context_counted_fighters_are_no_group_named_before(actor_base):
    text = "Die Hisbollah griff an. Die Kämpfer zogen ab. Im Libanon wurden mehrere Kämpfer festgenommen."
    _, second, third = resolved(actor_base, text)
    assert [m.entry for m in find(second, "Die Kämpfer")] == ["coref:description"]
    assert [m.entry for m in third if "Kämpfer" in m.text] != ["coref:group"]


def test_context_state_body_in_a_later_clause_takes_the_subject_bodys_state(actor_base):
    text = ("Chile und Peru streiten. Chile droht. Das peruanische Innenministerium teilte mit, "
            "die Polizei werde die Grenze schließen.")
    *_, last = resolved(actor_base, text)
    (police,) = find(last, "die Polizei")
    assert (police.code, police.entry) == ("PER", "context:subject-body")


def test_context_role_without_any_state_stays_unresolved(actor_base):
    (sentence,) = resolved(actor_base, "Die Polizei sucht Zeugen.")
    assert find(sentence, "Die Polizei")[0].code == "---"


def test_context_unnamed_people_stay_unnamed_where_police_take_the_place(actor_base):
    (sentence,) = resolved(actor_base, "In Oslo nahm die Polizei einen Mann fest.")
    (man,) = find(sentence, "einen Mann")
    assert (man.code, man.sector, man.kind) == ("---", "CVL", "unnamed")
    assert find(sentence, "die Polizei")[0].code == "NOR"


def test_context_vessel_takes_up_the_vessel_named_with_its_country(actor_base):
    text = "Frankreich hat einen russischen Tanker festgesetzt. Das Schiff liegt in Saint-Nazaire. Ein Boot kam hinzu."
    _, second, third = resolved(actor_base, text)
    (ship,) = find(second, "Das Schiff")
    assert (ship.code, ship.entry) == ("RUS", "coref:thing")
    assert "Tanker" in ship.why
    assert find(third, "Ein Boot")[0].code == "---"  # an indefinite phrase brings in a new one


def test_context_unnamed_drone_does_not_take_up_a_vessel(actor_base):
    text = "Frankreich hat einen russischen Tanker festgesetzt. Eine Drohne überflog den Hafen."
    _, second = resolved(actor_base, text)
    assert find(second, "Eine Drohne")[0].code == "---"


def test_context_role_word_glued_to_a_drone_names_the_drone(actor_base):
    # "Marine-Drohne" is a drone (the compound's last part), not the navy of the story's state
    text = "Rumänien hat eine Drohne abgeschossen. Die Marine-Drohne trieb vor der Küste. Der Armee-Chef sprach."
    _, second, third = resolved(actor_base, text)
    drone = find(second, "Die Marine-Drohne")[0]
    assert (drone.code, drone.kind, drone.sector) == ("---", "unnamed", "MIL")
    assert find(third, "Der Armee-Chef")[0].code == "ROU"  # a person of the army stays a role


# references ----------------------------------------------------------------------------------------

def test_context_described_land_takes_the_story_state_on_its_continent(actor_base):
    text = ("In Havanna auf Kuba verhandeln Kolumbien und die FARC. Kuba und Kolumbien loben die Gespräche. "
            "Kuba vermittelt. Die USA wollen dem südamerikanischen Land helfen. Das krisengeschüttelte Land hofft.")
    *_, fourth, fifth = resolved(actor_base, text)
    (land,) = find(fourth, "dem südamerikanischen Land")
    assert (land.code, land.entry) == ("COL", "coref:description")  # Cuba is named more often, but not South American
    assert find(fifth, "Das krisengeschüttelte Land")[0].code == "CUB"  # no region: the story's main state


def test_context_both_sides_take_the_two_last_states(actor_base):
    text = "Peru und Chile streiten um Fischgründe. Beide Seiten wollen nun verhandeln."
    _, second = resolved(actor_base, text)
    sides = find(second, "Beide Seiten")
    assert sorted(m.code for m in sides) == ["CHL", "PER"]
    assert all(m.entry == "coref:description" for m in sides)


def test_context_conflict_parties_take_the_two_last_parties(actor_base):
    text = "Armenien und Aserbaidschan kämpfen erneut. Die UN riefen die Konfliktparteien zur Ruhe auf."
    _, second = resolved(actor_base, text)
    assert sorted(m.code for m in find(second, "die Konfliktparteien")) == ["ARM", "AZE"]


def test_context_description_defined_by_a_relative_clause_or_einzige_refers_to_nobody(actor_base):
    text = ("Peru und Chile streiten. Der Papst droht den Ländern, die das Abkommen ablehnen. "
            "Chile will nicht das einzige Land sein, das nachgibt. Beide Länder, die sich seit Jahren streiten, "
            "schweigen.")
    _, second, third, fourth = resolved(actor_base, text)
    assert find(second, "den Ländern") == [] and find(third, "das einzige Land") == []
    assert sorted(m.code for m in find(fourth, "Beide Länder")) == ["CHL", "PER"]


def test_context_conflict_parties_are_not_the_mediator_named_most(actor_base):
    text = ("Chile und Peru streiten. Brasilien versucht zu vermitteln. Brasilien lädt ein. Brasilien drängt. "
            "Die Konfliktparteien trafen sich. Unter Vermittlung Argentiniens sprachen beide Seiten.")
    *_, fifth, sixth = resolved(actor_base, text)
    assert sorted(m.code for m in find(fifth, "Die Konfliktparteien")) == ["CHL", "PER"]
    assert sorted(m.code for m in find(sixth, "beide Seiten")) == ["CHL", "PER"]


def test_context_pronoun_er_takes_the_last_person(actor_base):
    text = "Wladimir Putin sprach am Abend. Er drohte dem Westen."
    _, second = resolved(actor_base, text)
    (he,) = find(second, "Er")
    assert (he.code, he.kind, he.entry) == ("RUS", "pronoun", "coref:pronoun")


def test_context_pronoun_er_takes_no_vessel(actor_base):
    text = "Premierminister Tusk sprach. Die Marine stoppte einen Tanker der russischen Flotte. Er sei zufrieden."
    *_, last = resolved(actor_base, text)
    assert [m.code for m in find(last, "Er")] == ["POL"]


def test_context_pronoun_sie_in_the_same_sentence_takes_its_subject(actor_base):
    text = "Japan und Indien erklärten, dass sie enger zusammenarbeiten."
    (sentence,) = resolved(actor_base, text)
    assert sorted(m.code for m in find(sentence, "sie")) == ["IND", "JPN"]


def test_context_second_sie_keeps_the_first_ones_referent(actor_base):
    text = "Peru und Chile streiten. Nun haben sie die UNO gebeten, dass sie vermittelt."
    _, second = resolved(actor_base, text)
    pronouns = [m for m in second if m.kind == "pronoun"]
    assert sorted(m.code for m in pronouns) == ["CHL", "CHL", "PER", "PER"]


def test_context_sie_does_not_mean_an_actor_of_its_own_clause(actor_base):
    text = "Peru und Chile streiten. Auf Vermittlung Brasiliens trafen sie sich in Lima."
    _, second = resolved(actor_base, text)
    assert sorted(m.code for m in find(second, "sie")) == ["CHL", "PER"]


def test_context_compound_part_is_no_subject_for_a_later_sie(actor_base):
    text = "Im Zuge der EU-Aufrüstung haben die polnischen Streitkräfte Panzer gekauft. Nun testen sie diese."
    _, second = resolved(actor_base, text)
    assert [m.code for m in find(second, "sie")] == ["POL"]


def test_context_country_description_takes_the_story_state(actor_base):
    text = "Kenia meldet neue Überschwemmungen. Das Land bittet um Hilfe."
    _, second = resolved(actor_base, text)
    assert [m.code for m in find(second, "Das Land")] == ["KEN"]


def test_context_country_description_takes_the_one_state_its_sentence_named(actor_base):
    text = ("Chile protestiert. Chile droht. Nach einem peruanischen Raketentest, dem dritten des Landes, "
            "wächst die Sorge.")
    *_, last = resolved(actor_base, text)
    assert [m.code for m in find(last, "des Landes")] == ["PER"]


def test_context_places_do_not_become_parties(actor_base):
    text = "Peru und Chile verhandeln in Genf und in Madrid. Beide Seiten sind zufrieden."
    _, second = resolved(actor_base, text)
    assert sorted(m.code for m in find(second, "Beide Seiten")) == ["CHL", "PER"]


# explain -------------------------------------------------------------------------------------------

def test_explain_shows_use_and_context_reasons(actor_base):
    rows = actor_base.explain("Peru und Chile streiten. Beide Seiten trafen sich in Lima. Die Polizei schwieg.")
    by_text = {}
    for row in rows:
        by_text.setdefault(row["text"], []).append(row)
    assert by_text["Lima"][0]["use"] == "place"
    assert any("place" in step for step in by_text["Lima"][0]["why"])
    assert {r["code"] for r in by_text["Beide Seiten"]} == {"PER", "CHL"}
    assert by_text["Beide Seiten"][0]["sentence"] == 1
    police = by_text["Die Polizei"][0]
    assert police["entry"].startswith("context:") and police["code"] == "PER"
    assert any("matched role:Polizei" in step for step in police["why"])


def test_context_region_noun_names_the_regions_states_the_article_names(actor_base):
    # "Golfstaaten": the Gulf states the article names by name; a city ("Dubai") names none
    first, _ = resolved(actor_base, "Der Jemen beschoss Ziele in zwei Golfstaaten. Kuwait und Oman meldeten Schäden.")
    assert {(m.code, m.entry) for m in find(first, "Golfstaaten")} == {("KWT", "coref:region"), ("OMN", "coref:region")}
    first, _ = resolved(actor_base, "Der Jemen beschoss Ziele in zwei Golfstaaten. In Dubai gab es Schäden.")
    assert find(first, "Golfstaaten") == []


def test_context_description_role_followed_by_a_place_is_that_places_body(actor_base):
    # "die Behörden" takes up the story's state, unless the words after it name whose they are
    second = resolved(actor_base, "Syrien griff an. Die Behörden in Jordanien meldeten Verletzte.")[1]
    assert [(m.code, m.entry) for m in find(second, "Die Behörden")] == [("JOR", "context:place")]
    second = resolved(actor_base, "Syrien griff an. Die Behörden meldeten Verletzte.")[1]
    assert [(m.code, m.entry) for m in find(second, "Die Behörden")] == [("SYR", "coref:description")]
