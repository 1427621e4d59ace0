"""ActorBase loading, user extension files (YAML, CSV, config folder), search, stats and the CLI."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from lagebild.actors import ActorBase
from lagebild.actors.cli import app
from lagebild.errors import DataError
from lagebild.model import PartialDate, Sentence

USER_YAML = """\
actors:
  - id: jang_tok_chol
    kind: person
    names: [Jang Tok Chol, Jang Tok-chol]
    terms:
      - "PRK GOV 2022-01-01 - minister of external economic relations"
  - id: zeitungsgruppe
    kind: media
    code: ATF
    sector: MED
    names: [Südpolar-Kurier]
"""

USER_CSV = """\
id,code,sector,kind,names,start,end
mustermann,AUT,GOV,person,Erika Mustermann|Mustermann,2020-01-01,2024-12-31
mustermann,EU,IGO,person,,2025-01-01,
"""


@pytest.fixture()
def isolated(monkeypatch, tmp_path):
    """An empty config folder and cache, so only the files a test writes are read."""
    monkeypatch.setenv("LAGEBILD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def codes(base: ActorBase, text: str, on: str | None = None) -> list[tuple[str, str, str | None]]:
    """(text, code, sector) of the mentions in text."""
    mentions = base.recognise(Sentence(0, text, 0, len(text)), on=PartialDate.parse(on))
    return [(m.text, m.code, m.sector) for m in mentions]


def test_actors_user_yaml_adds_person_and_medium(isolated):
    path = isolated / "mine.yaml"
    path.write_text(USER_YAML, encoding="utf-8")
    base = ActorBase.load(extra=[path])
    assert codes(base, "Jang Tok Chol sprach mit dem Südpolar-Kurier.", "2023-09-01") == [
        ("Jang Tok Chol", "PRK", "GOV"), ("Südpolar-Kurier", "ATF", "MED")]
    assert str(path) in base.stats()["user_files"]


def test_actors_user_csv_terms_change_code_by_date(isolated):
    path = isolated / "mine.csv"
    path.write_text(USER_CSV, encoding="utf-8")
    base = ActorBase.load(extra=[path])
    assert codes(base, "Erika Mustermann reiste ab.", "2022-05-01") == [("Erika Mustermann", "AUT", "GOV")]
    assert codes(base, "Erika Mustermann reiste ab.", "2025-05-01") == [("Erika Mustermann", "EU", "IGO")]


def test_actors_config_folder_is_read(isolated):
    folder = isolated / "config" / "actors"
    folder.mkdir(parents=True)
    (folder / "extra.yaml").write_text(USER_YAML, encoding="utf-8")
    base = ActorBase.load()
    assert codes(base, "Jang Tok-chol nickte.", "2023-01-01") == [("Jang Tok-chol", "PRK", "GOV")]


def test_actors_cache_is_reused_and_keyed_by_files(isolated):
    first = ActorBase.load()
    assert list((isolated / "cache").glob("actors-*.pickle"))
    path = isolated / "mine.yaml"
    path.write_text(USER_YAML, encoding="utf-8")
    second = ActorBase.load(extra=[path])
    assert len(second.gaz.entries) == len(first.gaz.entries) + 2
    assert len(ActorBase.load().gaz.entries) == len(first.gaz.entries)


def test_actors_missing_user_file_raises(isolated):
    with pytest.raises(DataError):
        ActorBase.load(extra=[isolated / "nope.yaml"])


@pytest.mark.parametrize("text", [
    "actors:\n  - id: x\n    code: PRK\n",
    "actors:\n  - names: [X Y]\n    terms: [PRK]\n",
])
def test_actors_invalid_user_entry_names_the_file(isolated, text):
    path = isolated / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="bad.yaml"):
        ActorBase.load(extra=[path])


def test_actors_search_finds_transliterations(actor_base):
    rows = actor_base.search("Schojgu")
    assert rows[0]["id"] == "person:shoigu"
    assert any("defence minister" in term for term in rows[0]["terms"])


def test_actors_stats_counts_states_and_terms(actor_base):
    stats = actor_base.stats()
    assert stats["states"] >= 250
    assert stats["office_terms"] > 1000
    assert stats["by_kind"]["organisation"] > 20


@pytest.mark.parametrize(("args", "expected"), [
    (["search", "Lawrow"], "person:lavrov"),
    (["explain", "Der Kreml widersprach.", "--date", "2024-01-01"], "RUS"),
    (["stats"], "office_terms"),
])
def test_actors_cli_commands(isolated, args, expected):
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_actors_cli_explain_detects_english(isolated):
    # English demonyms and roles are only matched in English; the text says which it is
    result = CliRunner().invoke(app, ["explain", "The British government on Monday outlawed the organisation, "
                                      "and the Iranian foreign ministry protested."], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "GBR" in result.output and "IRN" in result.output


def test_actors_cli_explain_rejects_bad_date(isolated):
    result = CliRunner().invoke(app, ["explain", "Moskau", "--date", "gestern"])
    assert result.exit_code != 0
