"""The store's side of page furniture: which stored article carries which recurring line, and the lines found to be
furniture, so that the evidence outlives a run and a line found in run 2 is removed from run 1's articles too."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from storyweave.model import Sentence


class FurnitureRecords:
    db: sqlite3.Connection

    def record_lines(self, article_id: str, keys: Iterable[str]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO line_seen (line, article_id) VALUES (?, ?)",
            [(key, article_id) for key in dict.fromkeys(keys)],
        )

    def line_carriers(self, keys: Iterable[str], limit: int) -> dict[str, list[str]]:
        """Up to `limit` stored articles carrying each line that any stored article carries."""
        found: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            rows = self.db.execute("SELECT article_id FROM line_seen WHERE line = ? LIMIT ?", (key, limit)).fetchall()
            if rows:
                found[key] = [str(row[0]) for row in rows]
        return found

    def all_carriers(self, key: str) -> list[str]:
        return [str(row[0]) for row in self.db.execute("SELECT article_id FROM line_seen WHERE line = ?", (key,))]

    def known_furniture(self, keys: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(keys))
        known: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(
                str(r[0]) for r in self.db.execute(f"SELECT line FROM furniture WHERE line IN ({marks})", chunk)
            )
        return known

    def add_furniture(self, key: str, sample: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO furniture (line, sample, found_at) VALUES (?, ?, ?)",
            (key, sample[:300], datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def furniture_lines(self, limit: int = 1_000_000) -> list[tuple[str, int]]:
        """Sample text of each furniture line and how many stored articles carry it, most widespread first."""
        rows = self.db.execute(
            "SELECT f.sample, (SELECT COUNT(*) FROM line_seen s WHERE s.line = f.line) AS n FROM furniture f"
            " ORDER BY n DESC, f.sample LIMIT ?",
            (limit,),
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def articles_saying(self, text: str) -> list[str]:
        """Stored articles with a sentence that is exactly this text (a furniture line run into a paragraph)."""
        rows = self.db.execute("SELECT DISTINCT article_id FROM sentences WHERE text = ?", (text,))
        return [str(row[0]) for row in rows]

    def article_sentences(self, article_id: str) -> list[Sentence]:
        rows = self.db.execute(
            'SELECT idx, text, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,)
        )
        return [Sentence(article_id, int(i), str(t), int(a), int(b)) for i, t, a, b in rows]

    def article_text(self, article_id: str) -> tuple[str, str] | None:
        row = self.db.execute("SELECT text, language FROM articles WHERE id = ?", (article_id,)).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def replace_sentences(self, article_id: str, sentences: Sequence[Sentence]) -> bool:
        """Store the article's sentences anew; True when they changed (its event's digest is then stale)."""
        old = self.article_sentences(article_id)
        if [(s.start, s.end) for s in old] == [(s.start, s.end) for s in sentences]:
            return False
        self.db.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
        self.db.executemany(
            'INSERT INTO sentences (article_id, idx, text, start, "end") VALUES (?, ?, ?, ?, ?)',
            [(s.article_id, s.index, s.text, s.start, s.end) for s in sentences],
        )
        # The event's digest cites sentences by index: built again at the next digest step.
        self.db.execute(
            "UPDATE digests SET size = -1 WHERE event_id IN (SELECT event_id FROM event_members WHERE article_id = ?)",
            (article_id,),
        )
        return True
