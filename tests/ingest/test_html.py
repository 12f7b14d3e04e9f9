from __future__ import annotations

from datetime import date

from storyweave.ingest import Input, read_input
from storyweave.model import Article
from storyweave.settings import Settings

PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
  <title>Raqqa ist gefallen | Beispiel Zeitung</title>
  <meta property="og:site_name" content="Beispiel Zeitung">
  <meta property="article:published_time" content="2017-10-17T14:30:00+02:00">
  <link rel="canonical" href="https://www.beispiel.de/politik/raqqa-gefallen.html">
</head>
<body>
  <nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
  <article>
    <h1>Raqqa ist gefallen</h1>
    <p>Die von den USA unterstützten Demokratischen Kräfte Syriens haben am Dienstag die Stadt Raqqa vollständig
    eingenommen. Das teilte ein Sprecher der Allianz der Nachrichtenagentur AFP mit.</p>
    <p>Die letzten Kämpfer der Terrormiliz hatten sich im Stadion und im Krankenhaus verschanzt. Nach Angaben
    eines Sprechers wurden dort 22 Kämpfer getötet.</p>
    <p>Die Offensive auf die Stadt hatte im Juni begonnen und dauerte mehr als vier Monate.</p>
  </article>
  <footer>Impressum · Datenschutz · © Beispiel Zeitung</footer>
</body>
</html>
"""


def _read(data: bytes, name: str = "page.html") -> list[Article]:
    return [a for a in read_input(Input(name=name, data=data), Settings()) if isinstance(a, Article)]


def test_html_page_gives_title_text_date_outlet_and_language_hint() -> None:
    [article] = _read(PAGE.encode("utf-8"))
    assert article.title == "Raqqa ist gefallen"
    assert article.text.startswith("Die von den USA unterstützten")
    assert "Impressum" not in article.text and "Startseite" not in article.text
    assert (article.published, article.precision) == (date(2017, 10, 17), "day")
    assert article.source == "Beispiel Zeitung"
    assert article.url == "https://www.beispiel.de/politik/raqqa-gefallen.html"
    assert article.language == "de"


def test_html_is_recognised_by_content_whatever_the_suffix() -> None:
    [article] = _read(PAGE.encode("utf-8"), name="saved-page.txt")
    assert article.title == "Raqqa ist gefallen"


def test_html_in_latin1_is_decoded() -> None:
    data = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1")
    [article] = _read(data)
    assert "Kämpfer" in article.text
