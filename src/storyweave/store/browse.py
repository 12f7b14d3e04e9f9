"""The store's side of browsing (`serve`, `report`): one page of events newest first, one event's row, and search.

Every query here is a plain read, so a read-only connection per request sees a consistent WAL snapshot while a
run keeps writing. User text reaches FTS5 only as quoted phrases (`match_expression`), so no query a visitor types
can be an FTS5 syntax error; should SQLite still refuse one, the search finds nothing instead of failing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

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
    updated: str = ""  # when the event last changed (started, grew, was consolidated)


ORDERS = ("newest", "corroborated")
_NEWEST = "e.last_seen DESC NULLS LAST, e.seq DESC"
# Corroboration: distinct outlets, and each further language counts as two more (a story told in two languages is
# told by newsrooms that did not copy each other), over one plus the event's age in days from the store's newest
# report, halved: a five-outlet story of yesterday ranks above a one-report story of today, and a story of last
# month sinks. Undated events count as of the newest day.
_CORROBORATED = (
    "((SELECT COUNT(DISTINCT CASE WHEN a.source != '' THEN a.source ELSE a.id END) FROM event_members m"
    " JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id)"
    " + 2.0 * (LENGTH(e.languages) - LENGTH(REPLACE(e.languages, ',', '')))) /"
    " (1.0 + COALESCE(julianday((SELECT MAX(last_seen) FROM events)) - julianday(e.last_seen), 0) / 2.0) DESC,"
    " e.last_seen DESC NULLS LAST, e.seq DESC"
)


@dataclass(frozen=True, slots=True)
class Filters:
    """What a reader narrows the list to; every value reaches SQL as a parameter, never as text of the query."""

    order: str = "newest"
    language: str | None = None
    source: str | None = None
    since: date | None = None
    until: date | None = None
    entity: str | None = None
    as_of: str | None = None  # an ISO time (UTC): the events that had a digest by then, as they stood

    def where(self) -> tuple[list[str], list[str]]:
        clauses: list[str] = []
        parameters: list[str] = []
        if self.language:
            clauses.append("(',' || e.languages || ',') LIKE ?")
            parameters.append(f"%,{_like(self.language)},%")
            clauses[-1] += " ESCAPE '\\'"
        if self.source:
            clauses.append(
                "EXISTS (SELECT 1 FROM event_members m JOIN articles a ON a.id = m.article_id"
                " WHERE m.event_id = e.id AND a.source = ?)"
            )
            parameters.append(self.source)
        if self.since:
            clauses.append("e.last_seen >= ?")
            parameters.append(self.since.isoformat())
        if self.until:
            clauses.append("e.first_seen <= ?")
            parameters.append(self.until.isoformat())
        if self.entity:
            clauses.append(
                "EXISTS (SELECT 1 FROM digests d, json_each(d.body, '$.entities') x WHERE d.event_id = e.id"
                " AND (json_extract(x.value, '$.name') LIKE ? ESCAPE '\\'"
                " OR EXISTS (SELECT 1 FROM json_each(x.value, '$.aliases') y WHERE y.value LIKE ? ESCAPE '\\')))"
            )
            parameters.extend([f"%{_like(self.entity)}%"] * 2)
        if self.as_of:
            clauses.append("EXISTS (SELECT 1 FROM digest_revisions r WHERE r.event_id = e.id AND r.built_at <= ?)")
            parameters.append(self.as_of)
        return clauses, parameters


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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

    def list_events(
        self, offset: int, limit: int, query: str | None = None, filters: Filters | None = None
    ) -> tuple[list[EventListing], int]:
        """A page of events and how many match, newest first (last report's day, then most recently started) or
        most corroborated first; with a query, only events with a member article whose title or text has every
        word of it; with filters, only those in a language, from an outlet, in a date range or naming an entity.
        """
        filters = filters or Filters()
        clauses, parameters = filters.where()
        if query is not None and query.strip():
            search, searched = self._search_filter(query)
            if search is None:
                return [], 0
            clauses.append(search)
            parameters.extend(searched)
        where = ("WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else ""
        try:
            total = int(self.db.execute(f"SELECT COUNT(*) FROM events e {where}", parameters).fetchone()[0])
            return self._listings(where, parameters, offset, limit, filters.order, filters.as_of), total
        except sqlite3.OperationalError as error:
            if "fts5" in str(error).lower() or "syntax" in str(error).lower():
                return [], 0
            raise

    def recently_changed_events(self, limit: int) -> list[dict[str, Any]]:
        """The events most recently changed (started or grown), newest first, as a feed lists them."""
        rows = self.db.execute(
            "SELECT id, title, updated_at, size, languages FROM events ORDER BY updated_at DESC, seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            {
                "id": str(i),
                "title": str(t),
                "updated_at": str(u),
                "size": int(n),
                "languages": [x for x in str(langs).split(",") if x],
            }
            for i, t, u, n, langs in rows
        ]

    def _search_filter(self, query: str) -> tuple[str | None, tuple[str, ...]]:
        """The condition selecting events that match; a LIKE on titles for stores from before the index."""
        if self._has_search_index():
            expression = match_expression(query)
            if expression is None:
                return None, ()
            return (
                "e.id IN (SELECT m.event_id FROM article_search s JOIN articles a ON a.seq = s.rowid"
                " JOIN event_members m ON m.article_id = a.id WHERE article_search MATCH ?)",
                (expression,),
            )
        text = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return (
            "e.title LIKE ? ESCAPE '\\' OR e.id IN (SELECT m.event_id FROM event_members m"
            " JOIN articles a ON a.id = m.article_id WHERE a.title LIKE ? ESCAPE '\\')",
            (f"%{text}%", f"%{text}%"),
        )

    def _has_search_index(self) -> bool:
        row = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_search'").fetchone()
        return row is not None

    def _listings(
        self,
        where: str,
        parameters: Sequence[str],
        offset: int,
        limit: int,
        order: str = "newest",
        as_of: str | None = None,
    ) -> list[EventListing]:
        if as_of:
            return self._listings_then(where, parameters, offset, limit, order, as_of)
        ranking = _CORROBORATED if order == "corroborated" else _NEWEST
        columns = (
            "e.title, e.first_seen, e.last_seen, e.languages,"
            " (SELECT COUNT(*) FROM event_members m WHERE m.event_id = e.id), e.updated_at"
        )
        rows = self.db.execute(
            f"SELECT e.id, {columns} FROM events e {where} ORDER BY {ranking} LIMIT ? OFFSET ?",
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
                updated=str(updated),
            )
            for i, t, f, last, langs, n, updated in rows
        ]

    def _listings_then(
        self, where: str, parameters: Sequence[str], offset: int, limit: int, order: str, as_of: str
    ) -> list[EventListing]:
        """The events as they stood at `as_of`, ranked as they ranked then: each from the revision of its digest
        standing then, its span, languages and outlets those of its members then. Worked out here rather than in
        SQL since the members then are a list in the revision; a past view is asked for far less than the present.
        """
        rows = self.db.execute(
            "SELECT e.id, e.seq, r.title, r.size, r.built_at, r.members, e.first_seen, e.last_seen, e.languages"
            " FROM events e JOIN digest_revisions r ON r.seq = (SELECT r2.seq FROM digest_revisions r2"
            f" WHERE r2.event_id = e.id AND r2.built_at <= ? ORDER BY r2.seq DESC LIMIT 1) {where}",
            (as_of, *parameters),
        ).fetchall()
        members = {str(r[0]): [str(m) for m in json.loads(r[5])] for r in rows}
        reports = self._reports({m for ids in members.values() for m in ids})
        now_outlets = self._outlets([i for i, ids in members.items() if not ids])
        listed: list[tuple[EventListing, int, tuple[str, ...]]] = []
        for event_id, seq, title, size, built_at, _, first, last, langs in rows:
            own = [(m, reports[m]) for m in members[str(event_id)] if m in reports]
            if own:  # the members then; a revision from before members were kept has none and shows the event now
                days = sorted(day for _, (day, _, _) in own if day is not None)
                first_seen, last_seen = (days[0], days[-1]) if days else (None, None)
                languages = tuple(sorted({language for _, (_, language, _) in own if language}))
                outlets = tuple(sorted({source for _, (_, _, source) in own if source}))
                voices = tuple({source or m for m, (_, _, source) in own})
            else:
                first_seen, last_seen = from_iso_date(first)[0], from_iso_date(last)[0]
                languages = tuple(filter(None, str(langs).split(",")))
                outlets = now_outlets.get(str(event_id), ())
                voices = outlets or (str(event_id),)
            listing = EventListing(
                str(event_id), str(title), first_seen, last_seen, int(size), outlets, languages, str(built_at)
            )
            listed.append((listing, int(seq), voices))
        newest = max((item.last_seen for item, _, _ in listed if item.last_seen is not None), default=None)

        def corroboration(entry: tuple[EventListing, int, tuple[str, ...]]) -> float:
            item, _, voices = entry
            age = (newest - item.last_seen).days if newest is not None and item.last_seen is not None else 0
            return (len(voices) + 2.0 * max(0, len(item.languages) - 1)) / (1.0 + age / 2.0)

        def recency(entry: tuple[EventListing, int, tuple[str, ...]]) -> tuple[bool, int, int]:
            item, seq, _ = entry
            return (item.last_seen is not None, item.last_seen.toordinal() if item.last_seen else 0, seq)

        listed.sort(key=recency, reverse=True)
        if order == "corroborated":
            listed.sort(key=corroboration, reverse=True)  # stable: ties stay newest first, as in SQL
        return [item for item, _, _ in listed[offset : offset + limit]]

    def _reports(self, article_ids: set[str]) -> dict[str, tuple[date | None, str, str]]:
        """(day, language, outlet) of each article; the day only when it is known to the day, as spans count it."""
        found: dict[str, tuple[date | None, str, str]] = {}
        ids = sorted(article_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for article_id, published, precision, language, source in self.db.execute(
                f"SELECT id, published, precision, language, source FROM articles WHERE id IN ({marks})", chunk
            ):
                day = from_iso_date(published)[0] if published and precision == "day" else None
                found[str(article_id)] = (day, str(language or ""), str(source or ""))
        return found

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
