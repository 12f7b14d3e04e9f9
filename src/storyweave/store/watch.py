"""The store's side of `storyweave watch`: per-source polling state and the entries each source has given.

Kept in the store, not in a file beside it, so a watcher killed at any instant and started again knows what it
has: an entry is recorded in the transaction after its article is stored, and an entry whose record was lost to a
kill is still found by its URL among the stored articles.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True, slots=True)
class SourceState:
    etag: str | None = None
    last_modified: str | None = None
    next_due: float = 0.0
    failures: int = 0
    last_status: str = ""


class WatchRecords:
    db: sqlite3.Connection

    def source_state(self, source: str) -> SourceState:
        row = self.db.execute(
            "SELECT etag, last_modified, next_due, failures, last_status FROM watch_sources WHERE source = ?",
            (source,),
        ).fetchone()
        if row is None:
            return SourceState()
        return SourceState(row[0], row[1], float(row[2]), int(row[3]), str(row[4]))

    def save_source_state(self, source: str, state: SourceState) -> None:
        self.db.execute(
            "INSERT INTO watch_sources (source, etag, last_modified, next_due, failures, last_status, checked_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET etag = excluded.etag,"
            " last_modified = excluded.last_modified, next_due = excluded.next_due, failures = excluded.failures,"
            " last_status = excluded.last_status, checked_at = excluded.checked_at",
            (
                source,
                state.etag,
                state.last_modified,
                state.next_due,
                state.failures,
                state.last_status,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def known_entries(self, source: str, entries: Iterable[str]) -> set[str]:
        """Those of the entries this source gave before, by its record or, for URLs, among stored articles."""
        wanted = list(dict.fromkeys(entries))
        known: set[str] = set()
        for entry in wanted:
            if self.db.execute(
                "SELECT 1 FROM watch_entries WHERE source = ? AND entry = ?", (source, entry)
            ).fetchone() or (
                entry.startswith(("http://", "https://"))
                and (
                    self.db.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (entry,)).fetchone()
                    or self.db.execute("SELECT 1 FROM copies WHERE url = ? LIMIT 1", (entry,)).fetchone()
                )
            ):
                known.add(entry)
        return known

    def record_entries(self, source: str, outcomes: dict[str, str]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.executemany(
            "INSERT OR REPLACE INTO watch_entries (source, entry, outcome, at) VALUES (?, ?, ?, ?)",
            [(source, entry, outcome, now) for entry, outcome in outcomes.items()],
        )

    def entry_outcomes(self, source: str | None = None) -> dict[tuple[str, str], str]:
        rows = self.db.execute(
            "SELECT source, entry, outcome FROM watch_entries" + (" WHERE source = ?" if source else ""),
            (source,) if source else (),
        )
        return {(str(s), str(e)): str(o) for s, e, o in rows}
