"""`events.jsonl`: one line per stored event with its reports, written atomically from the store."""

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
        }


def write_events(store: Store, path: Path) -> int:
    return write_jsonl(event_records(store), path)
