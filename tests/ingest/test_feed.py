from __future__ import annotations

from datetime import date

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
