"""RSS and Atom feeds: one Article per entry, with feedparser."""

from __future__ import annotations

import io
from collections.abc import Iterator

from ..errors import ReaderError
from ..model import Article, PartialDate
from .language import detect_language, normalise_lang
from .markup import strip_html


def _entry_body(entry: dict) -> str:
    """The entry's longest HTML body (content beats summary), as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
    return strip_html(max(candidates, key=len)) if candidates else ""


def _entry_date(entry: dict) -> PartialDate | None:
    """Publication (else update) date of an entry, at day precision."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return PartialDate.parse(f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}")


def _entry_article(entry: dict, doc: str, feed: dict, path: str | None) -> Article | None:
    """An Article from one entry, or None when it has neither title nor text."""
    title = strip_html(entry.get("title", "")).replace("\n", " ") or None
    body = _entry_body(entry)
    text = "\n".join(part for part in (title, body) if part)
    if not text:
        return None
    return Article(
        doc=doc, text=text, title=title or text.split("\n")[0], pub_date=_entry_date(entry),
        lang=normalise_lang(entry.get("language") or feed.get("language")) or detect_language(text),
        url=entry.get("link") or None, source=feed.get("title") or None, path=path,
    )


def read_feed(data: str, name: str, path: str | None = None) -> Iterator[Article | ReaderError]:
    """Articles of an RSS/Atom feed; doc is '<name>#<entry id or number>'."""
    import feedparser  # imported on first use, like trafilatura

    source = path or name
    # a stream, never a str: feedparser would fetch a str that looks like a URL; the header
    # overrides an XML declaration's encoding, since the text is already decoded
    parsed = feedparser.parse(io.BytesIO(data.encode("utf-8")),
                              response_headers={"content-type": "application/xml; charset=utf-8"})
    if not parsed.get("version") or (parsed.get("bozo") and not parsed.entries):
        reason = parsed.get("bozo_exception")
        yield ReaderError(source, "not an RSS/Atom feed" + (f" ({reason})" if reason else ""))
        return
    for number, entry in enumerate(parsed.entries, start=1):
        doc = f"{name}#{entry.get('id') or number}"
        article = _entry_article(entry, doc, parsed.feed, path)
        if article is None:
            yield ReaderError(source, f"feed entry {number} has no title or text")
            continue
        yield article
