"""The sample corpus in examples/ reads cleanly and says what its README says."""

from __future__ import annotations

from pathlib import Path

from lagebild.errors import ReaderError
from lagebild.ingest import read_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_examples_read_without_errors_with_date_title_and_language():
    items = list(read_paths([str(EXAMPLES)]))
    assert [i for i in items if isinstance(i, ReaderError)] == []
    langs = [a.lang for a in items]
    assert (langs.count("de"), langs.count("en")) == (14, 7)
    assert all(a.pub_date is not None and a.pub_date.precision == "day" for a in items)
    assert all(a.title and a.text.split("\n")[0] == a.title for a in items)


def test_examples_plain_text_files_are_in_the_folder_of_their_language():
    for lang in ("de", "en"):
        for article in read_paths([str(EXAMPLES / lang)]):
            assert article.lang == lang, article.doc


def test_examples_other_formats_give_the_documented_doc_ids():
    docs = [a.doc for a in read_paths([str(EXAMPLES / n) for n in ("articles.jsonl", "feed.xml", "article.html")])]
    assert docs == ["jsonl-veto-gaza", "jsonl-protest-novi-sad", "feed.xml#beispiel-xi-lula",
                    "feed.xml#beispiel-nato-estland", "article.html"]


def test_examples_readme_lists_every_plain_text_file():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for path in sorted(EXAMPLES.glob("*/*.txt")):
        assert f"`{path.parent.name}/{path.name}`" in readme
