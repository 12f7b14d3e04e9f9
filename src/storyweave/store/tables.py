"""The store's tables as plain rows, for bulk export (`publish.export`): one fixed set of columns per table, read
in batches so a store of any size streams through in bounded memory."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

# Each table as exported: its columns (name, kind) and the query that reads them in a stable order, each row ending
# with the sequence number the next batch starts after (not exported).
TABLES: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "articles": (
        (
            ("seq", "int"),
            ("id", "text"),
            ("title", "text"),
            ("text", "text"),
            ("source", "text"),
            ("url", "text"),
            ("language", "text"),
            ("published", "text"),
            ("precision", "text"),
            ("ingested_at", "text"),
        ),
        "SELECT seq, id, title, text, source, url, language, published, precision, ingested_at, seq FROM articles"
        " WHERE seq > ? ORDER BY seq LIMIT ?",
    ),
    "sentences": (
        (("article_id", "text"), ("index", "int"), ("text", "text"), ("start", "int"), ("end", "int")),
        'SELECT s.article_id, s.idx, s.text, s.start, s."end", a.seq FROM sentences s JOIN articles a'
        " ON a.id = s.article_id WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq, s.idx",
    ),
    "events": (
        (
            ("id", "text"),
            ("title", "text"),
            ("first_seen", "text"),
            ("last_seen", "text"),
            ("languages", "list"),
            ("size", "int"),
            ("updated_at", "text"),
        ),
        "SELECT id, title, first_seen, last_seen, languages, size, updated_at, seq FROM events"
        " WHERE seq > ? ORDER BY seq LIMIT ?",
    ),
    "memberships": (
        (("event_id", "text"), ("article_id", "text"), ("score", "float"), ("note", "text")),
        "SELECT m.event_id, m.article_id, m.score, m.note, a.seq FROM event_members m JOIN articles a"
        " ON a.id = m.article_id WHERE a.seq > ? ORDER BY a.seq LIMIT ?",
    ),
    "digests": (
        (("event_id", "text"), ("size", "int"), ("body", "json"), ("updated_at", "text")),
        "SELECT d.event_id, d.size, d.body, d.updated_at, e.seq FROM digests d JOIN events e ON e.id = d.event_id"
        " WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
    ),
}


class TableRecords:
    db: sqlite3.Connection

    def table_batches(self, table: str, batch: int = 5_000) -> Iterator[list[tuple[Any, ...]]]:
        """The table's rows in `TABLES` order, `batch` at a time (sentences: those of `batch` articles at a time)."""
        columns, query = TABLES[table]
        width = len(columns)
        after = 0
        while True:
            if table == "sentences":
                rows = self.db.execute(query, (after, after + batch)).fetchall()
                if not rows and not self._articles_after(after + batch):
                    return
                after += batch
            else:
                rows = self.db.execute(query, (after, batch)).fetchall()
                if not rows:
                    return
                after = int(rows[-1][-1])
            if rows:
                yield [tuple(row[:width]) for row in rows]

    def _articles_after(self, seq: int) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE seq > ? LIMIT 1", (seq,)).fetchone() is not None
