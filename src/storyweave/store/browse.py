"""The store's side of browsing (`serve`, `report`): one page of events newest first, one event's row, and search.

Every query here is a plain read, so a read-only connection per request sees a consistent WAL snapshot while a
run keeps writing. User text reaches FTS5 only as quoted phrases (`match_expression`), so no query a visitor types
can be an FTS5 syntax error; should SQLite still refuse one, the search finds nothing instead of failing.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from storyweave.model import from_iso_date

_WORD = re.compile(r"\w+")
_MAX_TERMS = 16


@dataclass(frozen=True, slots=True)
class EventListing:
    """What a list of events shows of one: its span, how many reports, from which outlets, in which languages."""

    id: str
    title: str
    first_seen: date | None
    last_seen: date | None
    reports: int
    outlets: tuple[str, ...]
    languages: tuple[str, ...]


def match_expression(query: str) -> str | None:
    """The words of a visitor's query as an FTS5 expression (every word, as a prefix); None when it has no words.

    Only word characters survive, each word becomes a double-quoted string, so quotes, parentheses, NEAR, AND or
    column filters typed by a visitor are searched for as text, never parsed as syntax.
    """
    words = _WORD.findall(query)[:_MAX_TERMS]
    return " ".join(f'"{word}"*' for word in words) if words else None


class BrowseRecords:
    db: sqlite3.Connection

    def event_row(self, event_id: str) -> EventListing | None:
        rows = self._listings("WHERE e.id = ?", (event_id,), 0, 1)
        return rows[0] if rows else None

    def list_events(self, offset: int, limit: int, query: str | None = None) -> tuple[list[EventListing], int]:
        """A page of events, newest first (last report's day, then most recently started), and how many match.

        With a query, only events with a member article whose title or text has every word of it.
        """
        if query is None or not query.strip():
            total = int(self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0])
            return self._listings("", (), offset, limit), total
        where, parameters = self._search_filter(query)
        if where is None:
            return [], 0
        try:
            total = int(self.db.execute(f"SELECT COUNT(*) FROM events e {where}", parameters).fetchone()[0])
            return self._listings(where, parameters, offset, limit), total
        except sqlite3.OperationalError as error:
            if "fts5" in str(error).lower() or "syntax" in str(error).lower():
                return [], 0
            raise

    def _search_filter(self, query: str) -> tuple[str | None, tuple[str, ...]]:
        """The WHERE clause selecting events that match; a LIKE on titles for stores from before the index."""
        if self._has_search_index():
            expression = match_expression(query)
            if expression is None:
                return None, ()
            return (
                "WHERE e.id IN (SELECT m.event_id FROM article_search s JOIN articles a ON a.seq = s.rowid"
                " JOIN event_members m ON m.article_id = a.id WHERE article_search MATCH ?)",
                (expression,),
            )
        text = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return (
            "WHERE e.title LIKE ? ESCAPE '\\' OR e.id IN (SELECT m.event_id FROM event_members m"
            " JOIN articles a ON a.id = m.article_id WHERE a.title LIKE ? ESCAPE '\\')",
            (f"%{text}%", f"%{text}%"),
        )

    def _has_search_index(self) -> bool:
        row = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_search'").fetchone()
        return row is not None

    def _listings(self, where: str, parameters: Sequence[str], offset: int, limit: int) -> list[EventListing]:
        rows = self.db.execute(
            "SELECT e.id, e.title, e.first_seen, e.last_seen, e.languages,"
            " (SELECT COUNT(*) FROM event_members m WHERE m.event_id = e.id)"
            f" FROM events e {where} ORDER BY e.last_seen DESC NULLS LAST, e.seq DESC LIMIT ? OFFSET ?",
            (*parameters, limit, offset),
        ).fetchall()
        outlets = self._outlets([str(r[0]) for r in rows])
        return [
            EventListing(
                id=str(i),
                title=str(t),
                first_seen=from_iso_date(f)[0],
                last_seen=from_iso_date(last)[0],
                reports=int(n),
                outlets=outlets.get(str(i), ()),
                languages=tuple(filter(None, str(langs).split(","))),
            )
            for i, t, f, last, langs, n in rows
        ]

    def _outlets(self, event_ids: list[str]) -> dict[str, tuple[str, ...]]:
        """Each event's distinct outlets (article sources; reports with no known outlet add none), sorted."""
        if not event_ids:
            return {}
        marks = ",".join("?" * len(event_ids))
        found: dict[str, list[str]] = {}
        for event_id, source in self.db.execute(
            f"SELECT DISTINCT m.event_id, a.source FROM event_members m JOIN articles a ON a.id = m.article_id"
            f" WHERE m.event_id IN ({marks}) AND a.source != '' ORDER BY 1, 2",
            event_ids,
        ):
            found.setdefault(str(event_id), []).append(str(source))
        return {k: tuple(v) for k, v in found.items()}
