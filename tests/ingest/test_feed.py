from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from storyweave.ingest import Input, read_input
from storyweave.model import Article
from storyweave.problems import Problem
from storyweave.settings import Settings

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Example Wire</title><link>https://wire.example</link><language>en-us</language>
  <item>
    <title>Raqqa falls to US-backed forces</title>
    <link>https://wire.example/raqqa-falls</link>
    <pubDate>Tue, 17 Oct 2017 12:00:00 GMT</pubDate>
    <description>&lt;p&gt;US-backed forces took full control of Raqqa on Tuesday.&lt;/p&gt;&lt;p&gt;The battle lasted four months.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Civilians flee the last districts</title>
    <link>https://wire.example/civilians-flee</link>
    <pubDate>Fri, 13 Oct 2017 09:00:00 GMT</pubDate>
    <description>Scores of civilians fled the last few districts held by the militants.</description>
  </item>
  <item><link>https://wire.example/empty</link></item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Exemple Actu</title>
  <entry>
    <title>Raqqa est tomb\xc3\xa9e</title>
    <link href="https://actu.example/raqqa"/>
    <updated>2017-10-17T18:00:00Z</updated>
    <content type="html">&lt;p&gt;Les Forces d\xc3\xa9mocratiques syriennes ont pris Raqqa mardi.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def _read(data: bytes, name: str) -> list[Article | Problem]:
    return list(read_input(Input(name=name, data=data), Settings()))


def test_rss_gives_one_article_per_entry_with_date_link_and_outlet() -> None:
    found = _read(RSS, "wire.xml")
    articles = [a for a in found if isinstance(a, Article)]
    assert [a.title for a in articles] == ["Raqqa falls to US-backed forces", "Civilians flee the last districts"]
    first = articles[0]
    assert first.url == "https://wire.example/raqqa-falls"
    assert (first.published, first.precision) == (date(2017, 10, 17), "day")
    assert first.source == "Example Wire"
    assert first.text == "US-backed forces took full control of Raqqa on Tuesday.\n\nThe battle lasted four months."
    assert first.language == "en"
    problems = [p for p in found if isinstance(p, Problem)]
    assert [str(p) for p in problems] == ["skipped: wire.xml entry 3: no title or text"]


def test_atom_is_recognised_by_content() -> None:
    [article] = _read(ATOM, "download")
    assert isinstance(article, Article)
    assert article.title == "Raqqa est tombée"
    assert article.url == "https://actu.example/raqqa"
    assert article.published == date(2017, 10, 17)
    assert "Forces démocratiques" in article.text


def test_a_feed_feedparser_cannot_finish_is_read_by_the_recovering_parser() -> None:
    """feedparser's loose parser raises TypeError on markup inside <image><width>; the item around it is fine."""
    data = (
        b'<rss version="2.0"><channel><title>T</title><image><width>80 <x></width></image><item><title>Hello'
        b"</title><pubDate>Tue, 17 Oct 2017 12:00:00 GMT</pubDate><description>Some text.</description></item>"
        b"</channel></rss>"
    )
    found = list(read_input(Input(name="odd.xml", data=data), Settings()))
    articles = [f for f in found if isinstance(f, Article)]
    warnings = [f for f in found if isinstance(f, Problem)]
    assert [(a.title, a.text, a.published) for a in articles] == [("Hello", "Some text.", date(2017, 10, 17))]
    assert len(warnings) == 1 and not warnings[0].skipped and "TypeError" in warnings[0].reason
    assert "\n" not in str(warnings[0])


def test_one_entry_that_breaks_the_reader_costs_only_that_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyweave.ingest import feed

    real = feed._entry

    def fragile(entry: Any, *args: Any) -> Article | None:
        if "Civilians" in entry.get("title", ""):
            raise KeyError("a bug in the entry reader")
        return real(entry, *args)

    monkeypatch.setattr(feed, "_entry", fragile)
    found = list(read_input(Input(name="wire.rss", data=RSS), Settings()))
    assert [f.title for f in found if isinstance(f, Article)] == ["Raqqa falls to US-backed forces"]
    [broken] = [f for f in found if isinstance(f, Problem) and "KeyError" in f.reason]
    assert broken.where == "wire.rss entry 2"


def test_a_feed_whose_root_element_has_a_prefix_is_a_feed() -> None:
    data = (
        b'<?xml version="1.0"?>\n<r:rss xmlns:r="http://backend.userland.com/rss2" version="2.0"><r:channel>'
        b"<r:title>T</r:title><r:item><r:title>Hello</r:title><r:description>Some text.</r:description></r:item>"
        b"</r:channel></r:rss>"
    )
    found = list(read_input(Input(name="prefixed.xml", data=data), Settings()))
    assert [a.title for a in found if isinstance(a, Article)] == ["Hello"]
