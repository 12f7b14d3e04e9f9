"""An Atom feed of a store's events, newest change first, so other readers (a feed reader, another storyweave)
can follow what this one finds: an entry per event, updated whenever the event grows.

Built with the XML library, never by pasting strings, so an article's title can only ever be text in the feed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from lxml import etree

from storyweave import __version__
from storyweave.records import from_json
from storyweave.store import Store

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50


def atom_feed(store: Store, link: Callable[[str], str], home: str, feed_id: str, limit: int = FEED_ENTRIES) -> bytes:
    """The feed's XML. `link(event_id)` is an event page's address, `home` the front page's, `feed_id` the
    feed's own lasting identifier (a tag: URI naming the store)."""
    rows = store.recently_changed_events(limit)
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    _text(feed, "title", "storyweave events")
    _text(feed, "id", feed_id)
    _text(feed, "updated", _stamp(rows[0]["updated_at"] if rows else None))
    etree.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=home)
    generator = _text(feed, "generator", "storyweave")
    generator.set("version", __version__)
    author = etree.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "storyweave")
    for row in rows:
        entry = etree.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"{feed_id}:event:{row['id']}")
        _text(entry, "title", row["title"] or "(untitled)")
        _text(entry, "updated", _stamp(row["updated_at"]))
        etree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=link(row["id"]))
        languages = ", ".join(row["languages"]) or "language unknown"
        reports = f"{row['size']} report{'' if row['size'] == 1 else 's'} ({languages})"
        digest = from_json(store.digest(row["id"]))
        lines = [line.text.strip() for line in (digest.summary if digest and digest.summary else ())][:3]
        _text(entry, "summary", " ".join([f"{reports}.", *lines]))
    xml: bytes = etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return xml


def _text(parent: etree._Element, name: str, value: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = _xml_safe(value)
    return element


def _xml_safe(text: str) -> str:
    """Text without the characters XML 1.0 cannot carry (control characters from a broken page)."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))


def _stamp(value: str | None) -> str:
    """An RFC 3339 time (what Atom wants) from the store's ISO time; now when the store has no event yet."""
    if not value:
        return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
