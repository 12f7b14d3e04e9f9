"""The store's side of digests: one JSON document per event, with the event size it was built for.

A digest is derived data, rebuilt whenever its event has grown; keeping the size it was built at lets a run that
was killed half-way, or a store from an older version, find the stale ones without tracking what changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any


class DigestRecords:
    db: sqlite3.Connection

    def stale_digests(self, limit: int = 1_000_000) -> list[tuple[str, int]]:
        """(event id, size) of events with no digest, or one built when the event had another size."""
        rows = self.db.execute(
            "SELECT e.id, e.size FROM events e LEFT JOIN digests d ON d.event_id = e.id"
            " WHERE d.event_id IS NULL OR d.size != e.size ORDER BY e.size DESC, e.seq LIMIT ?",
            (limit,),
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def save_digest(self, event_id: str, size: int, body: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO digests (event_id, size, body, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(event_id) DO UPDATE SET size = excluded.size, body = excluded.body,"
            " updated_at = excluded.updated_at",
            (event_id, size, json.dumps(body, ensure_ascii=False), datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def digest(self, event_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT body FROM digests WHERE event_id = ?", (event_id,)).fetchone()
        if row is None:
            return None
        body: dict[str, Any] = json.loads(row[0])
        return body

    def sentence_texts(self, citations: Sequence[tuple[str, int]]) -> list[str | None]:
        """The stored sentence each (article, index) names, or None when it names none."""
        result: list[str | None] = []
        for article, index in citations:
            row = self.db.execute(
                "SELECT text FROM sentences WHERE article_id = ? AND idx = ?", (article, index)
            ).fetchone()
            result.append(str(row[0]) if row else None)
        return result
