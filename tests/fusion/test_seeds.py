"""The two seed articles (../shared/seeds): the arms accusation, its denials, the UN quote.

These run the real pipeline, so they assert robust facts: which sentences end up together,
not how many events the German coder finds.
"""

from __future__ import annotations

import pytest

from lagebild.config import Settings
from lagebild.fusion import queries
from lagebild.pipeline import ingest
from lagebild.store import Store

ACCUSE_000 = "Die USA haben Nordkorea vorgeworfen, Russland"
ACCUSE_004 = "Die USA werfen Nordkorea vor, Russland mit Waffen"
DENIAL_000 = "Nordkorea und Russland haben den Vorwurf zurückgewiesen"
DENIAL_004 = "bestritten gemeinsame Waffengeschäfte"


@pytest.fixture(scope="module")
def seeds_db(shared, tmp_path_factory):
    """The seeds ingested (ingest runs fusion at its end)."""
    seeds = shared / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not available")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    assert ingest([str(seeds)], Settings(db=db)).failed == []
    return db


def _clusters_with(con, *needles):
    found = []
    for row in queries.list_clusters(con, limit=500)["clusters"]:
        cluster = queries.get_cluster(con, row["cluster_id"])
        sentences = [m["sentence"] for m in cluster["members"]]
        if all(any(n in s for s in sentences) for n in needles):
            found.append(cluster)
    return found


def test_seeds_arms_accusation_is_one_cluster_of_two_reports(seeds_db):
    with Store(seeds_db).connect() as con:
        clusters = [c for c in _clusters_with(con, ACCUSE_000, ACCUSE_004) if c["type"] == "ACCUSE"]
    assert len(clusters) == 1
    (cluster,) = clusters
    assert cluster["reports"] == 2
    assert cluster["source_codes"] == ["USA"] and "PRK" in cluster["target_codes"]
    assert {m["doc"][:3] for m in cluster["members"]} == {"000", "004"}


def test_seeds_arms_accusation_is_linked_to_both_denials(seeds_db):
    with Store(seeds_db).connect() as con:
        (cluster,) = [c for c in _clusters_with(con, ACCUSE_000, ACCUSE_004) if c["type"] == "ACCUSE"]
        threads = [queries.get_claim(con, k["claim_id"]) for k in cluster["claims"]]
    arms = [t for t in threads if t["content_type"] == "AID" and t["accused"] == ["PRK"]]
    assert len(arms) == 1
    (thread,) = arms
    assert thread["claimants"] == ["USA"] and thread["content_target"] == ["RUS"]
    denials = [link["sentence"] for link in thread["links"] if link["role"] == "denial"]
    assert any(DENIAL_000 in s for s in denials) and any(DENIAL_004 in s for s in denials)
    claims = {link["doc"][:3] for link in thread["links"] if link["role"] == "claim"}
    assert claims == {"000", "004"}


def test_seeds_un_spokesperson_is_quoted_with_speaker_un(seeds_db):
    with Store(seeds_db).connect() as con:
        found = queries.list_quotes(con, speaker="UN")["quotes"]
    (quote,) = [q for q in found if q["quote"].startswith("Alle Mitglieder des Sicherheitsrates")]
    assert quote["kind"] == "direct" and quote["cue"] == "sagte"
    assert "Dujarric" in quote["speaker_text"]
    assert quote["quote"].endswith("der Resolutionen des Sicherheitsrates")


def test_seeds_export_carries_cluster_id_and_reports(seeds_db):
    from lagebild.store.query import fetch_events, to_contract

    with Store(seeds_db).connect() as con:
        rows = [to_contract(r) for r in fetch_events(con)]
    assert rows and all(r["cluster_id"] for r in rows)
    assert {r["reports"] for r in rows if r["sentence"].startswith(ACCUSE_004)} == {2}
