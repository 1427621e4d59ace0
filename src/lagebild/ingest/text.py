"""Plain-text articles (CONTRACT §1): optional `key: value` header, title on the first line."""

from __future__ import annotations

import re

from ..errors import ReaderError
from ..model import Article, PartialDate
from .config import load_config
from .language import detect_language, normalise_lang

# The seed form ' date 2023-11 Title …': the word `date`, an ISO date of any precision, then the
# title on the same line (group `titled`), or nothing more on the line (the title follows).
INLINE_DATE = re.compile(
    r"[ \t]*date:?[ \t]+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)"
    r"(?:(?P<titled>[ \t]+)(?=\S)|[ \t]*(?:\n|$))"
)
# A header line: a short identifier key, a colon, the value. Unknown keys (author, …) are allowed
# in a header block that also has a known key, and ignored.
HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z_-]{0,19})[ \t]*:[ \t]*(.*)")


def normalise(text: str) -> str:
    """Strip a BOM and turn CRLF into LF; nothing else, so sentences stay verbatim."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped, or None."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def split_header(text: str) -> tuple[dict[str, str], str] | None:
    """({key: value}, body) when the text opens with a header block, else None."""
    keys = load_config().header_keys
    stripped = text.lstrip("\n")
    block, sep, body = stripped.partition("\n\n")
    header: dict[str, str] = {}
    for line in block.split("\n"):
        match = HEADER_LINE.fullmatch(line.strip())
        if not match:
            return None
        header[match.group(1).lower()] = match.group(2).strip()
    if not keys & header.keys():
        return None
    return {k: v for k, v in header.items() if k in keys}, body.lstrip("\n") if sep else ""


def _header_article(header: dict[str, str], body: str, doc: str, path: str | None) -> Article:
    """An Article from a header-form file: the title becomes the first line of the text."""
    title = header.get("title") or None
    if title and first_line(body) != title:
        text = f"{title}\n{body}" if body else title
    else:
        text = body
        title = first_line(body)
    if not text.strip():
        raise ReaderError(path or doc, "empty article (a header but no title or body)")
    return Article(
        doc=doc, text=text, title=title, pub_date=PartialDate.parse(header.get("date")),
        lang=normalise_lang(header.get("lang")) or detect_language(text),
        url=header.get("url") or None, source=header.get("source") or None, path=path,
    )


def read_text(text: str, doc: str, path: str | None = None) -> Article:
    """Parse one plain-text article; raises ReaderError when it holds no text."""
    text = normalise(text)
    if not text.strip():
        raise ReaderError(path or doc, "empty file")
    start = len(text) - len(text.lstrip("\n"))
    match = INLINE_DATE.match(text, start)
    titled = match is not None and match.group("titled") is not None
    parsed = None if titled else split_header(text)
    if parsed is not None:
        return _header_article(*parsed, doc=doc, path=path)
    pub_date = PartialDate.parse(match.group("date")) if match else None
    if pub_date is not None:
        text = text[:start] + text[match.end():]
    if not text.strip():
        raise ReaderError(path or doc, "empty article (a date but no text)")
    return Article(
        doc=doc, text=text, title=first_line(text), pub_date=pub_date,
        lang=detect_language(text), path=path,
    )
