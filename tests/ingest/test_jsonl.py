"""JSON Lines articles and their per-line errors."""

from __future__ import annotations

import json

from lagebild.errors import ReaderError
from lagebild.ingest.jsonl import read_jsonl
from lagebild.model import Article, PartialDate


def _lines(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def test_jsonl_title_becomes_first_line_and_fields_are_kept():
    text = _lines({"id": "n-1", "title": "Minister meet in Oslo",
                   "text": "The ministers met on Friday.\nThey agreed on a plan.",
                   "date": "2024-05-17T08:00:00Z", "url": "https://example.org/1", "source": "Wire",
                   "lang": "en"})
    [article] = read_jsonl(text, "in.jsonl", "in.jsonl")
    assert article == Article(
        doc="n-1", text="Minister meet in Oslo\nThe ministers met on Friday.\nThey agreed on a plan.",
        title="Minister meet in Oslo", pub_date=PartialDate(2024, 5, 17), lang="en",
        url="https://example.org/1", source="Wire", path="in.jsonl",
    )


def test_jsonl_without_title_or_lang_uses_first_line_and_detection():
    [article] = read_jsonl(_lines({"id": 7, "text": "Die Polizei nahm am Abend zwei Männer fest."}), "x")
    assert (article.doc, article.title, article.lang, article.pub_date) == (
        "7", "Die Polizei nahm am Abend zwei Männer fest.", "de", None)


def test_jsonl_bad_lines_yield_one_error_each_and_the_rest_still_read():
    text = _lines(
        {"id": "ok-1", "text": "The council met on Monday."},
        "{not json",
        {"text": "No id here."},
        {"id": "no-text"},
        {"id": "empty", "text": "   "},
        ["not", "an", "object"],
        {"id": "ok-1", "text": "Same id again."},
        {"id": "ok-2", "text": "The council met again on Tuesday."},
    )
    items = list(read_jsonl(text, "in.jsonl"))
    assert [a.doc for a in items if isinstance(a, Article)] == ["ok-1", "ok-2"]
    errors = [e for e in items if isinstance(e, ReaderError)]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 7]
    assert str(errors[0]).startswith("in.jsonl:2: malformed JSON")
    assert "'id'" in errors[1].reason and "'text'" in errors[2].reason
    assert "empty" in errors[3].reason and "not an object" in errors[4].reason
    assert "duplicate id" in errors[5].reason


def test_jsonl_blank_lines_are_skipped_and_line_numbers_stay_true():
    text = '\n{"id": "a", "text": "The summit opened."}\n\n{"id": \n'
    items = list(read_jsonl(text, "f.jsonl"))
    assert items[0].doc == "a"
    assert items[1].line == 4


def test_json_array_file_reads_every_object():
    text = json.dumps([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}], indent=2)
    assert [a.doc for a in read_jsonl(text, "f.json")] == ["a", "b"]


def test_json_array_on_one_line_and_a_broken_array():
    one_line = json.dumps([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}])
    assert [a.doc for a in read_jsonl(one_line, "f.json")] == ["a", "b"]
    [error] = read_jsonl('\n[\n{"id": "a", "text": "One."},\n{"id": x\n', "g.json")
    assert error.line == 4 and error.reason.startswith("malformed JSON array")
