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


def test_a_copyright_year_is_not_a_publication_day() -> None:
    page = (
        b"<html><head><title>Flood in Norvik</title></head><body><article><h1>Flood in Norvik</h1><p>"
        + b"The river rose two metres in Norvik and forty homes were evacuated by the fire service. " * 12
        + b"</p></article><footer>Copyright \xc2\xa9 2016 Norvik Courier</footer></body></html>"
    )
    [article] = list(read_input(Input(name="flood.html", data=page), Settings()))
    assert isinstance(article, Article)
    assert article.precision != "day"


def test_a_date_the_page_keeps_in_a_comment_is_found() -> None:
    """Blogs keep their trackback RDF (with dc:date) inside a comment, which trafilatura's copy drops."""
    page = (
        b"<html><head><title>Summer walk</title></head><body><article><h1>Summer walk</h1><p>"
        + b"We walked along the river to the old mill and back before the rain came in the evening. " * 12
        + b'</p></article><!-- <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description dc:date="2020-07-12T22:00:00+09:00"/>'
        b"</rdf:RDF> --></body></html>"
    )
    [article] = list(read_input(Input(name="walk.html", data=page), Settings()))
    assert isinstance(article, Article)
    assert (article.published_iso, article.precision) == ("2020-07-12", "day")
