"""Bundled data loading: the YAML parse cache and the cache folder."""

from __future__ import annotations

import pickle

import pytest
import yaml

from lagebild import resources
from lagebild.actors.gazetteer import Alias, Entry, Term


def test_parsed_yaml_comes_from_the_cache_the_second_time(tmp_path, monkeypatch):
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path))
    raw = b"triggers:\n  - {lemma: angreifen, type: ASSAULT}\n"
    first = resources.parse_yaml(raw)
    assert first == {"triggers": [{"lemma": "angreifen", "type": "ASSAULT"}]}
    assert len(list((tmp_path / "yaml").glob("*.pickle"))) == 1

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml, "load", no_parsing)
    assert resources.parse_yaml(raw) == first
    with pytest.raises(AssertionError, match="parsed again"):
        resources.parse_yaml(raw + b"  - {lemma: drohen, type: THREATEN}\n")  # other bytes: not cached


def test_yaml_cache_survives_a_broken_file_and_a_read_only_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path / "cache"))
    raw = b"words: [a, b]\n"
    resources.parse_yaml(raw)
    (cached,) = (tmp_path / "cache" / "yaml").glob("*.pickle")
    cached.write_bytes(b"not a pickle")
    assert resources.parse_yaml(raw) == {"words": ["a", "b"]}
    assert pickle.loads(cached.read_bytes()) == {"words": ["a", "b"]}  # written again
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(blocker / "sub"))  # cannot be created
    assert resources.parse_yaml(raw) == {"words": ["a", "b"]}


def test_actor_tables_pickle_as_constructor_calls():
    term = Term("RUS", "GOV", "2024-05-12", "", "Secretary")
    entry = Entry("sergei_shoigu", "person", "RUS", "MIL", "Sergei Shoigu", terms=(term,), names=["Schoigu"])
    alias = Alias(0, "Schoigu", "person", None, "de", rank=11)
    for value in (term, entry, alias):
        assert pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) == value
