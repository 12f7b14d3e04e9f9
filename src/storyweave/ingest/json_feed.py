"""JSON Feed 1.0 and 1.1 (jsonfeed.org): one article per item, as feeds in XML give one per entry.

A JSON Feed is one JSON object whose `version` names the spec and whose `items` hold the posts; read as a plain
record it would be one article with no text, so it is recognised before the generic field names are tried.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from storyweave.ingest.dates import parse_published
from storyweave.ingest.html import html_to_text
from storyweave.ingest.textfix import clean
from storyweave.model import Article
from storyweave.problems import Problem, describe


def is_json_feed(document: Any) -> bool:
    return (
        isinstance(document, Mapping)
        and "jsonfeed.org/version/" in str(document.get("version", ""))
        and isinstance(document.get("items", []), list)
    )


def json_feed_items(feed: Mapping[str, Any], name: str) -> Iterator[Article | Problem]:
    items = feed.get("items") or []
    if not items:
        yield Problem(name, "JSON Feed with no items")
        return
    outlet = clean(_text(feed.get("title")))
    language = _text(feed.get("language"))
    for number, item in enumerate(items, 1):
        where = f"{name} entry {number}"
        try:
            article = _item(item, outlet, language, name, number) if isinstance(item, Mapping) else None
        except Exception as error:  # one odd item costs itself, not its feed
            yield Problem(where, f"could not be read ({describe(error)})")
            continue
        yield article if article is not None else Problem(where, "no title or text")


def _item(item: Mapping[str, Any], outlet: str, language: str, name: str, number: int) -> Article | None:
    html = _text(item.get("content_html"))
    body = html_to_text(html) if html else _text(item.get("content_text")) or _text(item.get("summary"))
    text, title = clean(body), clean(html_to_text(_text(item.get("title"))))
    if not text and not title:
        return None
    published, precision = parse_published(_text(item.get("date_published")) or _text(item.get("date_modified")))
    return Article.new(
        title=title,
        text=text,
        source=outlet,
        url=_text(item.get("url")) or _text(item.get("external_url")) or name,
        language=_text(item.get("language")) or language,
        published=published,
        precision=precision,
        entry=number,
    )


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
