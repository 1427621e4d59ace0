"""read_paths: files, folders, stdin, dispatch, and one ReaderError per bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from lagebild.errors import ReaderError
from lagebild.ingest import read_paths
from lagebild.model import Article

GERMAN = "Die Regierung in Berlin hat am Mittwoch neue Hilfen für die Ukraine beschlossen.\n"
ENGLISH = "The government in London announced new sanctions against Russia on Wednesday.\n"


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReaderError)])


def test_read_paths_folder_is_recursive_sorted_and_skips_hidden_and_readme(tmp_path):
    _write(tmp_path / "b.txt", GERMAN)
    _write(tmp_path / "a" / "z.txt", ENGLISH)
    _write(tmp_path / "a" / "y.md", GERMAN)
    _write(tmp_path / ".hidden.txt", GERMAN)
    _write(tmp_path / ".git" / "c.txt", GERMAN)
    _write(tmp_path / "README.md", "# About this folder\n")
    articles, errors = _split(read_paths([str(tmp_path)]))
    assert errors == []
    assert [a.doc for a in articles] == ["y.md", "z.txt", "b.txt"]
    assert articles[1].path == str(tmp_path / "a" / "z.txt")


def test_read_paths_dispatches_by_extension_and_sniffs_unknown_ones(tmp_path):
    record = json.dumps({"id": "j1", "text": ENGLISH})
    feed = ("<rss version='2.0'><channel><title>F</title><item><guid>e1</guid><title>Wahl</title>"
            "<description>Die Wahl findet am Sonntag statt.</description></item></channel></rss>")
    paths = [
        _write(tmp_path / "one.jsonl", record + "\n"),
        _write(tmp_path / "two.ndjson", record.replace("j1", "j2") + "\n"),
        _write(tmp_path / "three.dat", record.replace("j1", "j3") + "\n"),
        _write(tmp_path / "four.rss", feed),
        _write(tmp_path / "five.bin", feed),
        _write(tmp_path / "six", GERMAN),
    ]
    articles, errors = _split(read_paths([str(p) for p in paths]))
    assert errors == []
    assert [a.doc for a in articles] == ["j1", "j2", "j3", "four.rss#e1", "five.bin#e1", "six"]


@pytest.mark.parametrize("content, kind", [
    (GERMAN, "text"),
    (json.dumps({"id": "s1", "text": ENGLISH}) + "\n", "jsonl"),
])
def test_read_paths_reads_stdin(content, kind):
    articles, errors = _split(read_paths(["-"], stdin=io.StringIO(content)))
    assert errors == []
    assert [a.doc for a in articles] == ["stdin" if kind == "text" else "s1"]
    assert articles[0].text == (GERMAN if kind == "text" else ENGLISH)


def test_read_paths_stdin_bytes_and_limit():
    stream = io.TextIOWrapper(io.BytesIO(GERMAN.encode("utf-8")), encoding="utf-8")
    [article] = read_paths(["-"], stdin=stream)
    assert article.lang == "de"
    [error] = read_paths(["-"], stdin=io.StringIO(GERMAN), max_bytes=10)
    assert error.source == "<stdin>" and "too large" in error.reason


CP1252_GERMAN = ("Der Außenminister äußerte sich am Dienstag in München über die Gespräche "
                 "mit der türkischen Regierung.\n").encode("cp1252")

BAD_INPUTS = [
    ("empty.txt", b"", "empty file (0 bytes)"),
    ("blank.txt", b" \n\n\t\n", "empty file"),
    ("nul.txt", b"Hallo\x00Welt\x00" * 10, "binary file (contains NUL bytes)"),
    ("noise.dat", bytes(range(1, 32)) * 20 + b"\xff\xfe\xfa", "binary file (control characters)"),
    ("greek.txt", "Η κυβέρνηση ανακοίνωσε νέα μέτρα.".encode("iso-8859-7"), "not valid UTF-8"),
    ("huge.txt", GERMAN.encode("utf-8") * 50, "file too large"),
    ("header-only.txt", b"date: 2024-01-01\ntitle: \n\n", "empty article"),
    ("notfeed.xml", b"<?xml version='1.0'?><catalog><book/></catalog>", "not an RSS/Atom feed"),
    ("nothing.html", b"<html><body><script>var a = 1;</script></body></html>", "no article text"),
]


@pytest.mark.parametrize("name, content, reason", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_read_paths_bad_input_gives_one_error_and_the_run_goes_on(tmp_path, name, content, reason):
    bad = _write(tmp_path / name, content)
    good = _write(tmp_path / "good.txt", GERMAN)
    items = list(read_paths([str(bad), str(good)], max_bytes=1000))
    assert len(items) == 2
    error, article = items
    assert isinstance(error, ReaderError) and error.source == str(bad)
    assert error.reason.startswith(reason)
    assert isinstance(article, Article) and article.doc == "good.txt"


def test_read_paths_missing_path_is_one_error(tmp_path):
    [error] = read_paths([str(tmp_path / "nope.txt")])
    assert error.reason == "no such file or folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_read_paths_unreadable_file_is_one_error(tmp_path):
    locked = _write(tmp_path / "locked.txt", GERMAN)
    locked.chmod(0)
    try:
        [error] = read_paths([str(locked)])
    finally:
        locked.chmod(0o644)
    assert error.reason.startswith("cannot read")


def test_read_paths_cp1252_german_is_read_but_other_encodings_are_not(tmp_path):
    [article] = read_paths([str(_write(tmp_path / "latin.txt", CP1252_GERMAN))])
    assert article.text.startswith("Der Außenminister äußerte sich")


def test_read_paths_utf16_with_bom_is_text(tmp_path):
    [article] = read_paths([str(_write(tmp_path / "wide.txt", GERMAN.encode("utf-16")))])
    assert article.text == GERMAN


def test_read_paths_malformed_json_line_names_file_and_line(tmp_path):
    path = _write(tmp_path / "in.jsonl", '{"id": "a", "text": "The talks began."}\n{oops\n')
    article, error = read_paths([str(path)])
    assert article.doc == "a"
    assert str(error) == f"{path}:2: malformed JSON (Expecting property name enclosed in double quotes, column 2)"
