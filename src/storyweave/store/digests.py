"""The store's side of digests: one JSON document per event, with the event size it was built for.

A digest is derived data, rebuilt whenever its event has grown; keeping the size it was built at lets a run that
was killed half-way, or a store from an older version, find the stale ones without tracking what changed.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True, slots=True)
class Revision:
    """One stored state of an event's digest: the event's size, title and members then, and the digest."""

    size: int
    title: str
    members: list[str]
    body: dict[str, Any]
    built_at: str


class DigestRecords:
    db: sqlite3.Connection
    _readings_tidied = False

    def stale_digests(self, limit: int = 1_000_000) -> list[tuple[str, int]]:
        """(event id, size) of events with no digest, or one built when the event had another size."""
        rows = self.db.execute(
            "SELECT e.id, e.size FROM events e LEFT JOIN digests d ON d.event_id = e.id"
            " WHERE d.event_id IS NULL OR d.size != e.size ORDER BY e.size DESC, e.seq LIMIT ?",
            (limit,),
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def save_digest(self, event_id: str, size: int, body: dict[str, Any]) -> None:
        """The event's current digest, and a revision of it with the event's title and members as they are now."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        text = json.dumps(body, ensure_ascii=False)
        self.db.execute(
            "INSERT INTO digests (event_id, size, body, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(event_id) DO UPDATE SET size = excluded.size, body = excluded.body,"
            " updated_at = excluded.updated_at",
            (event_id, size, text, now),
        )
        members = [
            str(r[0])
            for r in self.db.execute(
                "SELECT m.article_id FROM event_members m JOIN articles a ON a.id = m.article_id"
                " WHERE m.event_id = ? ORDER BY a.seq",
                (event_id,),
            )
        ]
        title = self.db.execute("SELECT title FROM events WHERE id = ?", (event_id,)).fetchone()
        self.db.execute(
            "INSERT INTO digest_revisions (event_id, size, title, members, body, built_at) VALUES (?, ?, ?, ?, ?, ?)",
            (event_id, len(members), str(title[0]) if title else "", json.dumps(members), text, now),
        )

    def revision(self, event_id: str, as_of: str) -> Revision | None:
        """The event's digest as it stood at `as_of` (an ISO time in UTC): the last revision built by then."""
        row = self.db.execute(
            "SELECT size, title, members, body, built_at FROM digest_revisions WHERE event_id = ? AND built_at <= ?"
            " ORDER BY built_at DESC, seq DESC LIMIT 1",
            (event_id, as_of),
        ).fetchone()
        if row is None:
            return None
        return Revision(int(row[0]), str(row[1]), json.loads(row[2]), json.loads(row[3]), str(row[4]))

    def revision_count(self, event_id: str) -> int:
        """How many digests the event has had."""
        row = self.db.execute("SELECT COUNT(*) FROM digest_revisions WHERE event_id = ?", (event_id,)).fetchone()
        return int(row[0])

    def sentence_vectors(self, keys: Sequence[str], encoder: str) -> dict[str, npt.NDArray[np.float32]]:
        found: dict[str, npt.NDArray[np.float32]] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, vector FROM sentence_vectors WHERE encoder = ? AND key IN ({marks})", (encoder, *chunk)
            )
            found.update((str(k), np.frombuffer(v, dtype=np.float16).astype(np.float32)) for k, v in rows)
        return found

    def save_sentence_vectors(self, vectors: dict[str, npt.NDArray[np.float32]], encoder: str) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO sentence_vectors (key, encoder, vector) VALUES (?, ?, ?)",
            [(k, encoder, v.astype(np.float16).tobytes()) for k, v in vectors.items()],
        )

    def reading(self, kind: str, key: str, version: str) -> str | None:
        row = self.db.execute(
            "SELECT body FROM readings WHERE kind = ? AND key = ? AND version = ?", (kind, key, version)
        ).fetchone()
        if row is None:
            return None
        try:
            return zlib.decompress(row[0]).decode("utf-8")
        except (zlib.error, TypeError, UnicodeDecodeError):
            return None  # not a body this store wrote: the reading is read again

    def save_readings(self, readings: dict[tuple[str, str], str], version: str) -> None:
        """Readings a digest made anew; the first save of a process drops those an older version made."""
        if not readings:
            return
        if not self._readings_tidied:
            self.db.execute("DELETE FROM readings WHERE version != ?", (version,))
            self._readings_tidied = True
        self.db.executemany(
            "INSERT OR REPLACE INTO readings (kind, key, version, body) VALUES (?, ?, ?, ?)",
            [(kind, key, version, zlib.compress(body.encode("utf-8"), 1)) for (kind, key), body in readings.items()],
        )

    def digest_updated(self, event_id: str) -> str | None:
        row = self.db.execute("SELECT updated_at FROM digests WHERE event_id = ?", (event_id,)).fetchone()
        return str(row[0]) if row else None

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
