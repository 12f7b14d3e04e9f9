"""`events.jsonl`: one line per stored event with its reports and its digest, written atomically from the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyweave.model import iso_date
from storyweave.publish.jsonl import write_jsonl
from storyweave.store import Store


def event_records(store: Store) -> Iterator[dict[str, Any]]:
    for event, members in store.iter_events():
        yield {
            "id": event.id,
            "title": event.title,
            "first_seen": iso_date(event.first_seen, "day"),
            "last_seen": iso_date(event.last_seen, "day"),
            "languages": list(event.languages),
            "articles": store.article_briefs(members),
            **_digest_fields(store.digest(event.id)),
        }


def _digest_fields(digest: dict[str, Any] | None) -> dict[str, Any]:
    """The digest's exported fields; an event not digested yet says so with empty lists rather than omitting them."""
    fields = ("summary", "timeline", "entities", "quotes", "facts", "anchors")
    found = digest or {}
    record: dict[str, Any] = {name: found.get(name, []) for name in fields}
    record.update({key: found[key] for key in ("summary_language", "summary_note", "error") if key in found})
    return record


def write_events(store: Store, path: Path) -> int:
    return write_jsonl(event_records(store), path)
