"""A second reading of a feed that feedparser cannot finish: lxml's recovering parser, items and entries only.

feedparser's loose parser raises on markup where it expects a number (`<image><width>80 <x></width>`) and on some
georss and podcast elements; the items around such an element are still ordinary, so they are read here into the
same shape feedparser gives, and the feed reader treats them as it treats feedparser's.
"""

from __future__ import annotations

from typing import Any

_TEXT_FIELDS = {
    "title": ("title",),
    "summary": ("description", "summary"),
    "content": ("encoded", "content"),
    "published": ("pubDate", "published", "date", "issued", "updated", "modified"),
}


def recovered(data: bytes) -> dict[str, Any]:
    """`{"feed": {...}, "entries": [...]}` as feedparser would give them, from whatever lxml can recover."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        return {"feed": {}, "entries": []}
    entries = [_entry(node) for node in root.iter() if _local(node) in ("item", "entry")]
    channel = next((node for node in root.iter() if _local(node) in ("channel", "feed")), root)
    feed = {"title": _child_text(channel, ("title",)), "language": _child_text(channel, ("language",))}
    return {"feed": feed, "entries": entries}


def _entry(node: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for field, names in _TEXT_FIELDS.items():
        value = _child_text(node, names)
        if value:
            entry[field] = [{"value": value}] if field == "content" else value
    link = next((child for child in node if _local(child) == "link"), None)
    if link is not None:
        entry["link"] = link.get("href") or (link.text or "").strip()
    return entry


def _child_text(node: Any, names: tuple[str, ...]) -> str:
    """The markup inside the first child of one of these names (entries carry HTML as text or as elements)."""
    from lxml import etree

    for child in node:
        if _local(child) in names:
            inner = (child.text or "") + "".join(etree.tostring(part, encoding="unicode") for part in child)
            return inner.strip()
    return ""


def _local(node: Any) -> str:
    tag = node.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
