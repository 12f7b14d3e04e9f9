"""RSS and Atom feed files through feedparser: one article per entry, with its date and link."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from storyweave.ingest.dates import parse_published
from storyweave.ingest.feed_recovery import recovered
from storyweave.ingest.html import html_to_text
from storyweave.ingest.other_xml import FEED_ROOTS, root_element
from storyweave.ingest.source import Input
from storyweave.ingest.textfix import clean, decode
from storyweave.model import Article
from storyweave.problems import InputError, Problem, describe
from storyweave.settings import Settings

_SIGNATURES = (b"<rss", b"<feed", b"<rdf:rdf")


class FeedReader:
    name = "feed"
    suffixes = frozenset({".rss", ".atom", ".xml", ".feed"})

    def sniff(self, head: bytes) -> bool:
        start = head.lstrip()[:2048].lower()
        if any(signature in start for signature in _SIGNATURES):
            return True
        root = root_element(head)  # a prefixed root: <r:rss xmlns:r="...">
        return root is not None and root.split(":")[-1].lower() in FEED_ROOTS

    def read(self, item: Input, settings: Settings) -> Iterator[Article | Problem]:
        import feedparser

        data = item.read_all(settings.max_bytes)
        decode(data)  # refuse empty and binary files with the same words as every other reader
        try:
            parsed = feedparser.parse(data)
        except Exception as error:  # feedparser's loose parser trips on markup inside some elements
            parsed = recovered(data)
            why = f"feedparser failed ({describe(error)}); entries recovered with lxml"
            if not parsed["entries"]:
                raise InputError(f"no feed entries found ({why})") from error
            yield Problem(item.name, why, skipped=False)
        entries = parsed.get("entries") or []
        if not entries:
            why = parsed.get("bozo_exception")
            raise InputError(f"no feed entries found{f' ({why})' if why else ''}")
        if parsed.get("bozo"):
            why = parsed.get("bozo_exception")
            yield Problem(item.name, f"feed is not well-formed ({why}); kept the entries found", skipped=False)
        channel = parsed.get("feed", {})
        outlet = clean(str(channel.get("title", "")))
        language = str(channel.get("language", "") or "")
        for number, entry in enumerate(entries, 1):
            where = f"{item.name} entry {number}"
            try:
                article = _entry(entry, outlet, language, item.name, number)
            except Exception as error:  # one odd entry costs itself, not its feed
                yield Problem(where, f"could not be read ({describe(error)})")
                continue
            if article is None:
                yield Problem(where, "no title or text")
            else:
                yield article


def _entry(entry: Any, outlet: str, language: str, fallback_url: str, number: int) -> Article | None:
    body = ""
    if entry.get("content"):
        body = max((_text(part.get("value")) for part in entry["content"]), key=len)
    body = body or _text(entry.get("summary")) or _text(entry.get("description"))
    text = clean(html_to_text(body))
    title = clean(html_to_text(_text(entry.get("title"))))
    if not text and not title:
        return None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published, precision = parse_published(stamp or entry.get("published") or entry.get("updated"))
    source = entry.get("source", {}).get("title") or outlet
    return Article.new(
        title=title,
        text=text,
        source=clean(str(source)),
        url=str(entry.get("link") or fallback_url),
        language=language.split("-")[0].lower(),
        published=published,
        precision=precision,
        entry=number,
    )


def _text(value: Any) -> str:
    """A field feedparser filled in, or left as None when the element was broken."""
    return value if isinstance(value, str) else ""
