"""XML that is neither a feed nor a page (sitemaps, OPML, configuration, office files): skipped with its reason.

Read as text, such a document would be stored as an article of raw markup; by path it used to reach the feed
reader and fail there, on stdin the text reader took it. Either way the reader can tell what it is from its root.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyweave.ingest.source import Input
from storyweave.model import Article
from storyweave.problems import InputError, Problem
from storyweave.settings import Settings

_PROLOGUE = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(rb"<([A-Za-z_][\w:.-]*)")
FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_KINDS = {
    "urlset": "a sitemap",
    "sitemapindex": "a sitemap index",
    "opml": "an OPML outline (a list of feeds, not a feed)",
    "svg": "an SVG image",
}


def root_element(head: bytes) -> str | None:
    """The name of the document's root element, when the head is XML-shaped (prologue, then an element)."""
    start = head.removeprefix(b"\xef\xbb\xbf")
    prologue = _PROLOGUE.match(start)
    rest = start[prologue.end() if prologue else 0 :]
    match = _ROOT.match(rest)
    if match is None or not (start.lstrip().startswith(b"<?xml") or b"xmlns" in rest[:512]):
        return None
    return match.group(1).decode("ascii", "replace")


class OtherXmlReader:
    name = "xml"
    suffixes = frozenset({".opml", ".svg", ".kml", ".gpx"})

    def sniff(self, head: bytes) -> bool:
        root = root_element(head)
        return root is not None and root.split(":")[-1].lower() not in FEED_ROOTS | {"html"}

    def read(self, item: Input, settings: Settings) -> Iterator[Article | Problem]:
        root = root_element(item.head(4096)) or "?"
        kind = _KINDS.get(root.split(":")[-1].lower(), "an XML document that is neither a feed nor a page")
        raise InputError(f"{kind} (root element <{root}>), not an article")
        yield  # a generator like every reader
