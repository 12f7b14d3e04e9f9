"""`events.jsonl`: one line per stored event with its reports and its digest, written atomically from the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyweave.model import iso_date
from storyweave.publish.jsonl import write_jsonl
from storyweave.records import SECTIONS, DigestRecord, from_json, to_json
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
            "history": store.event_history(event.id),
            **_digest_fields(store.digest(event.id)),
        }


def _digest_fields(digest: dict[str, Any] | None) -> dict[str, Any]:
    """The digest's exported fields; a section an event does not have yet is exported empty rather than omitted."""
    found = to_json(from_json(digest) or DigestRecord())
    return {name: found.pop(name, []) for name in SECTIONS} | found


def write_events(store: Store, path: Path) -> int:
    return write_jsonl(event_records(store), path)
