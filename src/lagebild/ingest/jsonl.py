"""JSON Lines articles (CONTRACT §2); a .json file may also hold one object or an array of them."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import ReaderError
from ..model import Article, PartialDate
from .language import detect_language, normalise_lang
from .text import first_line, normalise


def _optional_str(record: dict, key: str) -> str | None:
    """A string field, stripped; None when absent, empty or not a string."""
    value = record.get(key)
    return value.strip() or None if isinstance(value, str) else None


def article_from_record(record: object, source: str, line: int | None, path: str | None) -> Article:
    """One JSON object -> Article; raises ReaderError naming the line when a field is missing."""
    if not isinstance(record, dict):
        raise ReaderError(source, "JSON value is not an object", line)
    doc = record.get("id")
    if isinstance(doc, int) and not isinstance(doc, bool):
        doc = str(doc)
    if not isinstance(doc, str) or not doc.strip():
        raise ReaderError(source, "missing required field 'id' (a non-empty string)", line)
    text = record.get("text")
    if not isinstance(text, str):
        raise ReaderError(source, f"missing required field 'text' (a string) in {doc!r}", line)
    text = normalise(text)
    title = _optional_str(record, "title")
    if title:
        text = f"{title}\n{text}"  # the contract: the title is the document's first sentence
    if not text.strip():
        raise ReaderError(source, f"field 'text' is empty in {doc!r}", line)
    return Article(
        doc=doc, text=text, title=title or first_line(text),
        pub_date=PartialDate.parse(_optional_str(record, "date")),
        lang=normalise_lang(record.get("lang")) or detect_language(text),
        url=_optional_str(record, "url"), source=_optional_str(record, "source"), path=path,
    )


def _whole_document(text: str, source: str) -> list | None:
    """The records of a file that is one JSON array, or one object spread over lines; else None."""
    stripped = text.strip()
    if not stripped.startswith("[") and not (stripped.startswith("{") and "\n" in stripped):
        return None
    try:
        value = json.loads(text)  # the unstripped text, so that error line numbers are true
    except json.JSONDecodeError as exc:
        if stripped.startswith("["):
            raise ReaderError(source, f"malformed JSON array ({exc.msg}, column {exc.colno})",
                              exc.lineno) from exc
        return None  # several objects, one per line: JSON Lines
    return value if isinstance(value, list) else [value]


def read_jsonl(text: str, source: str, path: str | None = None) -> Iterator[Article | ReaderError]:
    """Articles of a JSON Lines text; a bad line yields a ReaderError and the rest still read."""
    text = normalise(text)
    try:
        whole = _whole_document(text, source)
    except ReaderError as error:
        yield error
        return
    if whole is not None:
        for number, record in enumerate(whole, start=1):
            yield _article_or_error(record, f"{source}[{number}]", None, path)
        return
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReaderError(source, f"malformed JSON ({exc.msg}, column {exc.colno})", number)
            continue
        item = _article_or_error(record, source, number, path)
        if isinstance(item, Article):
            if item.doc in seen:
                item = ReaderError(source, f"duplicate id {item.doc!r}", number)
            else:
                seen.add(item.doc)
        yield item


def _article_or_error(record: object, source: str, line: int | None, path: str | None
                      ) -> Article | ReaderError:
    """article_from_record, with its ReaderError returned instead of raised."""
    try:
        return article_from_record(record, source, line, path)
    except ReaderError as error:
        return error
