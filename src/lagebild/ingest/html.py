"""HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

import json

from ..errors import ReaderError
from ..model import Article, PartialDate
from .language import detect_language, normalise_lang
from .text import first_line, normalise


def read_html(html: str, doc: str, path: str | None = None) -> Article:
    """The page's main text as an Article (title first); raises ReaderError if none is found."""
    import trafilatura  # imported on first use: it is slow to import and most runs read text

    source = path or doc
    try:
        extracted = trafilatura.extract(
            html, output_format="json", with_metadata=True, include_comments=False,
            include_tables=False, favor_recall=True, deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many kinds on odd markup; one line is enough
        raise ReaderError(source, f"cannot parse HTML ({type(exc).__name__}: {exc})") from exc
    meta = json.loads(extracted) if extracted else {}
    body = normalise(meta.get("text") or "").strip()
    if not body:
        raise ReaderError(source, "no article text found in HTML")
    title = (meta.get("title") or "").strip() or None
    text = body if not title or first_line(body) == title else f"{title}\n{body}"
    return Article(
        doc=doc, text=text, title=title or first_line(text),
        pub_date=PartialDate.parse(meta.get("date")),
        lang=normalise_lang(meta.get("language")) or detect_language(text),
        url=meta.get("source") or meta.get("url") or None,
        source=meta.get("sitename") or meta.get("hostname") or None, path=path,
    )
