"""HTML pages (trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

from lagebild.errors import ReaderError
from lagebild.ingest.feeds import read_feed
from lagebild.ingest.html import read_html
from lagebild.ingest.markup import strip_html
from lagebild.model import PartialDate

PARAGRAPHS = [
    "Die Verteidigungsminister der NATO-Staaten haben sich am Donnerstag in Brüssel getroffen.",
    "Sie berieten über die Lage an der Ostflanke des Bündnisses und über neue Zusagen für die Ukraine.",
    "Der Generalsekretär sagte nach dem Treffen, die Mitgliedstaaten hätten weitere Luftabwehrsysteme "
    "zugesagt.",
]
PAGE = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>NATO-Minister beraten in Brüssel</title>
<meta property="article:published_time" content="2025-06-05T10:00:00+02:00">
<link rel="canonical" href="https://example.org/nato"></head>
<body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article><h1>NATO-Minister beraten in Brüssel</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article><footer>Impressum</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Testfeed</title><language>de-de</language>
<item><title>Regierung tritt zurück</title><guid>item-1</guid>
<description>&lt;p&gt;Die Regierung ist am Montag &lt;b&gt;zurückgetreten&lt;/b&gt;.&lt;/p&gt;</description>
<pubDate>Mon, 02 Jun 2025 09:00:00 +0200</pubDate></item>
<item><title>Wahl angesetzt</title><description>Neuwahlen finden im Herbst statt.</description></item>
<item><title></title><description></description></item>
</channel></rss>"""


def test_html_main_text_with_title_first_and_metadata():
    article = read_html(PAGE, "nato.html", "pages/nato.html")
    lines = article.text.split("\n")
    assert lines[0] == "NATO-Minister beraten in Brüssel"
    assert lines[1:] == PARAGRAPHS
    assert article.title == "NATO-Minister beraten in Brüssel"
    assert article.pub_date == PartialDate(2025, 6, 5)
    assert (article.doc, article.lang) == ("nato.html", "de")


def test_html_without_text_is_a_reader_error():
    try:
        read_html("<html><body><script>var a = 1;</script></body></html>", "x.html")
    except ReaderError as error:
        assert error.reason == "no article text found in HTML"
    else:
        raise AssertionError("expected ReaderError")


def test_feed_one_article_per_entry_and_one_error_for_an_empty_entry():
    items = list(read_feed(FEED, "feed.xml", "in/feed.xml"))
    first, second, empty = items
    assert first.doc == "feed.xml#item-1"
    assert first.text == "Regierung tritt zurück\nDie Regierung ist am Montag zurückgetreten."
    assert first.pub_date == PartialDate(2025, 6, 2)
    assert (first.lang, first.source) == ("de", "Testfeed")
    assert second.doc == "feed.xml#2" and second.pub_date is None
    assert isinstance(empty, ReaderError) and empty.reason == "feed entry 3 has no title or text"


def test_feed_that_is_not_a_feed_is_one_error():
    [error] = read_feed("<?xml version='1.0'?><catalog><book/></catalog>", "c.xml")
    assert isinstance(error, ReaderError) and error.reason.startswith("not an RSS/Atom feed")


def test_strip_html_keeps_blocks_as_lines_and_drops_scripts():
    fragment = "<p>Erster  Absatz<br>zweite Zeile</p><script>var x;</script><p>&quot;Zitat&quot;</p>"
    assert strip_html(fragment) == 'Erster Absatz\nzweite Zeile\n"Zitat"'


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom-Test</title><id>urn:test</id>
<updated>2025-02-03T10:00:00Z</updated>
<entry><id>urn:test:1</id><title>Gespräche in Genf</title><updated>2025-02-03T10:00:00Z</updated>
<summary>Kurz.</summary>
<content type="html">&lt;p&gt;Die Delegationen trafen sich am Montag in Genf.&lt;/p&gt;</content></entry>
</feed>"""


def test_atom_entry_uses_content_and_updated_date():
    [article] = read_feed(ATOM, "a.atom")
    assert article.doc == "a.atom#urn:test:1"
    assert article.text == "Gespräche in Genf\nDie Delegationen trafen sich am Montag in Genf."
    assert article.pub_date == PartialDate(2025, 2, 3)
