"""Claim threads on events we construct: claimants, accused, denials, confirmations, counters."""

from __future__ import annotations

from conftest import make_report
from lagebild.fusion import claim_threads

ACCUSE = "Die USA werfen Nordkorea vor, Russland mit Waffen zu beliefern."


def _accusation(doc: str, pub: str, idx: int = 0):
    return [make_report(doc, ACCUSE, "ACCUSE", ["USA"], ["PRK"], pub=pub, idx=idx, mode="allege"),
            make_report(doc, ACCUSE, "AID", ["PRK"], ["RUS"], status="alleged", reported_by=["USA"], pub=pub,
                        idx=idx)]


def _roles(claim):
    return [(link.doc, link.role, link.actors) for link in claim.links]


def test_claims_link_accusation_and_denial_in_one_article():
    denial = make_report("a", "Nordkorea wies den Vorwurf zurück.", "REJECT", ["PRK"], ["USA"], mode="deny",
                         pub="2025-01-10", idx=1)
    (claim,) = claim_threads([*_accusation("a", "2025-01-10"), denial])
    assert (claim.claimants, claim.accused, claim.content_type, claim.content_target) == (
        ["USA"], ["PRK"], "AID", ["RUS"])
    assert ("a", "denial", ["PRK"]) in _roles(claim)
    assert claim.first_seen == "2025-01-10"


def test_claims_join_reports_of_the_same_allegation_and_a_later_denial():
    later = make_report("c", "Moskau bestritt Waffenlieferungen aus Nordkorea.", "REJECT", ["RUS"], [], mode="deny",
                        pub="2025-01-20")
    (claim,) = claim_threads([*_accusation("a", "2025-01-10"), *_accusation("b", "2025-01-12"), later])
    assert [r for r in _roles(claim) if r[1] == "claim"] == [("a", "claim", ["USA"]), ("b", "claim", ["USA"])]
    assert ("c", "denial", ["RUS"]) in _roles(claim)


def test_claims_ignore_denials_long_after_or_before_the_claim_in_the_wrong_article():
    late = make_report("z", "Nordkorea bestritt die Vorwürfe.", "REJECT", ["PRK"], ["USA"], mode="deny",
                       pub="2026-01-10")
    early = make_report("a", "Nordkorea bestritt die Vorwürfe.", "REJECT", ["PRK"], ["USA"], mode="deny",
                        pub="2025-01-10", idx=0)
    (claim,) = claim_threads([*_accusation("a", "2025-01-10", idx=3), late, early])
    assert [r for r in _roles(claim) if r[1] == "denial"] == []


def test_claims_denied_status_and_counter_accusation_answer_the_claim():
    denied = make_report("b", "Nordkorea bestreitet, Russland Waffen geliefert zu haben.", "AID", ["PRK"], ["RUS"],
                         status="denied", pub="2025-01-11")
    counter = make_report("b", "Pjöngjang wirft Washington Lügen vor.", "ACCUSE", ["PRK"], ["USA"],
                          pub="2025-01-11", idx=1)
    (claim, *_others) = claim_threads([*_accusation("a", "2025-01-10"), denied, counter])
    roles = _roles(claim)
    assert ("b", "denial", ["PRK"]) in roles and ("b", "counter", ["PRK"]) in roles


def test_claims_a_state_reporting_its_own_deed_alleges_nothing():
    own = make_report("a", "Staatsmedien zufolge soll Nordkorea eine Rakete getestet haben.", "MOBILIZE", ["PRK"], [],
                      status="alleged", reported_by=["PRK"], pub="2025-01-10")
    assert claim_threads([own]) == []


def test_claims_accusations_without_content_thread_by_cluster():
    fire = make_report("a", "Polen warf Russland Sabotage vor.", "ACCUSE", ["POL"], ["RUS"], mode="allege",
                       pub="2025-06-02")
    again = make_report("b", "Warschau warf Moskau erneut Sabotage vor.", "ACCUSE", ["POL"], ["RUS"], mode="allege",
                        pub="2025-06-03")
    cyber = make_report("c", "Polen warf Russland Cyberangriffe vor.", "ACCUSE", ["POL"], ["RUS"], mode="allege",
                        pub="2025-06-04")
    blame = make_report("d", "Polen kritisierte Russland scharf.", "ACCUSE", ["POL"], ["RUS"], mode="disapprove",
                        pub="2025-06-04")
    cluster_of = {fire.event_id: "c1", again.event_id: "c1", cyber.event_id: "c2", blame.event_id: "c3"}
    threads = claim_threads([fire, again, cyber, blame], cluster_of=cluster_of)
    assert sorted([link.doc for link in t.links] for t in threads) == [["a", "b"], ["c"]]
