"""Event clusters on events we construct: what fuses and what stays apart."""

from __future__ import annotations

from conftest import make_report
from lagebild.fusion import cluster_reports
from lagebild.fusion.cluster import actors_compatible, cluster_id, dates_compatible
from lagebild.fusion.duplicates import Duplicate

ACCUSE_A = "Die USA werfen Nordkorea vor, Russland mit Waffen für den Krieg in der Ukraine zu beliefern."
DRONES = "Russland griff Kiew mit Drohnen an."
RU_UA = ("ASSAULT", ["RUS:Russland"], ["UKR:Kiew"])
ACCUSE_B = "Washington hat Pjöngjang vorgeworfen, Moskau Waffen für den Ukraine-Krieg geliefert zu haben."


def _groups(clusters):
    return sorted(sorted(c.members) for c in clusters)


def test_cluster_fuses_one_accusation_in_two_articles():
    a = make_report("a", ACCUSE_A, "ACCUSE", ["USA:USA"], ["PRK:Nordkorea"], pub="2025-03-03")
    b = make_report("b", ACCUSE_B, "ACCUSE", ["USA:Washington"], ["PRK:Pjöngjang"], pub="2025-03-05",
                    outlet="Agentur")
    (cluster,) = cluster_reports([b, a])
    assert cluster.reports == 2 and cluster.sources == 2
    assert cluster.members == [a.event_id, b.event_id]
    assert (cluster.first_report, cluster.last_report) == ("2025-03-03", "2025-03-05")
    assert cluster.cluster_id == cluster_id(a.event_id)


def test_cluster_keeps_different_happenings_of_one_dyad_in_one_week_apart():
    fire = make_report("a", "Polen wirft Russland vor, einen Brandanschlag auf ein Einkaufszentrum befohlen zu haben.",
                       "ACCUSE", ["POL:Polen"], ["RUS:Russland"], pub="2025-06-02")
    cyber = make_report("b", "Polen wirft Russland vor, hinter Cyberangriffen auf Behördenrechner zu stecken.",
                        "ACCUSE", ["POL:Polen"], ["RUS:Russland"], pub="2025-06-04")
    assert len(cluster_reports([fire, cyber])) == 2


def test_cluster_keeps_same_words_on_different_days_apart():
    monday = make_report("a", DRONES, *RU_UA, date="2025-09-15")
    tuesday = make_report("b", "Russland griff Kiew erneut mit Drohnen an.", *RU_UA,
                          date="2025-09-16")
    assert len(cluster_reports([monday, tuesday])) == 2


def test_cluster_compares_dates_at_the_coarser_precision():
    day = make_report("a", DRONES, *RU_UA, date="2025-09-15")
    month = make_report("b", "Im September griff Russland Kiew mit Drohnen an.", *RU_UA,
                        date="2025-09")
    assert dates_compatible(day, month, 7)
    (cluster,) = cluster_reports([day, month])
    assert cluster.date == "2025-09-15"


def test_cluster_undated_reports_far_apart_stay_apart():
    early = make_report("a", DRONES, *RU_UA, pub="2025-01-10")
    late = make_report("b", DRONES, *RU_UA, pub="2025-03-10")
    assert len(cluster_reports([early, late])) == 2


def test_cluster_does_not_chain_through_an_undated_report():
    monday = make_report("a", DRONES, *RU_UA,
                         date="2025-09-15", pub="2025-09-15")
    undated = make_report("b", DRONES, *RU_UA, pub="2025-09-17")
    wednesday = make_report("c", DRONES, *RU_UA,
                            date="2025-09-17", pub="2025-09-17")
    assert _groups(cluster_reports([monday, undated, wednesday])) == sorted(
        [sorted([monday.event_id, undated.event_id]), [wednesday.event_id]])


def test_cluster_symmetric_types_match_either_direction():
    ab = make_report("a", "Merz traf Macron in Paris zu Gesprächen.", "CONSULT", ["DEU"], ["FRA"], date="2025-05-22")
    ba = make_report("b", "Macron empfing Merz in Paris zu Gesprächen.", "CONSULT", ["FRA"], ["DEU"],
                     date="2025-05-22")
    assert actors_compatible(ab, ba)
    assert len(cluster_reports([ab, ba])) == 1


def test_cluster_directed_types_keep_direction():
    ab = make_report("a", DRONES, *RU_UA, date="2025-09-15")
    ba = make_report("b", "Die Ukraine griff Russland mit Drohnen an.", "ASSAULT", ["UKR"], ["RUS"],
                     date="2025-09-15")
    assert not actors_compatible(ab, ba)


def test_cluster_mutual_form_matches_directed_form():
    mutual = make_report("a", "Nordkorea und Russland unterzeichneten ein Abkommen über Verteidigung.", "AGREE",
                         ["PRK", "RUS"], [], pub="2025-06-19")
    directed = make_report("b", "Russland unterzeichnete mit Nordkorea ein Abkommen über Verteidigung.", "AGREE",
                           ["RUS"], ["PRK"], pub="2025-06-19")
    assert len(cluster_reports([mutual, directed])) == 1


def test_cluster_keeps_plans_apart_from_deeds():
    plan = make_report("a", "Russland will Kiew mit Drohnen angreifen.", *RU_UA,
                       status="intended", pub="2025-09-15")
    deed = make_report("b", DRONES, *RU_UA, pub="2025-09-15")
    assert len(cluster_reports([plan, deed])) == 2


def test_cluster_joins_alleged_and_asserted_reports():
    alleged = make_report("a", "Russland soll Kiew mit Drohnen angegriffen haben.", *RU_UA,
                          status="alleged", pub="2025-09-15")
    asserted = make_report("b", "Russland hat Kiew mit Drohnen angegriffen.", *RU_UA,
                           pub="2025-09-16")
    (cluster,) = cluster_reports([alleged, asserted])
    assert cluster.status == "asserted"


def test_cluster_same_sentence_of_a_near_duplicate_fuses_despite_another_date():
    # a republished copy resolves "am Mittwoch" against a later publication date
    original = make_report("a", "Am Mittwoch griff Russland Kiew an.", *RU_UA,
                           date="2025-09-17", pub="2025-09-18")
    copy = make_report("b", "Am Mittwoch griff Russland Kiew an.", *RU_UA,
                       date="2025-09-24", pub="2025-09-25")
    assert len(cluster_reports([original, copy])) == 2
    duplicate = Duplicate("b", "a", 0.9, 0.95, "near-duplicate")
    (cluster,) = cluster_reports([original, copy], [duplicate])
    assert cluster.reports == 2 and cluster.independent == 1


def test_cluster_ids_are_deterministic():
    reports = [make_report(d, ACCUSE_A, "ACCUSE", ["USA"], ["PRK"], pub=p) for d, p in (("x", "2025-01-02"),
                                                                                       ("y", "2025-01-01"))]
    first = [c.cluster_id for c in cluster_reports(reports)]
    assert first == [c.cluster_id for c in cluster_reports(list(reversed(reports)))]
    assert first == [cluster_id(reports[1].event_id)]


def test_cluster_events_without_known_actors_stay_single():
    a = make_report("a", "Unbekannte griffen ein Dorf an.", "ASSAULT", ["---"], [], pub="2025-01-01")
    b = make_report("b", "Unbekannte griffen ein Dorf an.", "ASSAULT", ["---"], [], pub="2025-01-01")
    assert len(cluster_reports([a, b])) == 2
