"""The store's side of events: memberships, event profiles, cached embeddings, document frequencies and meta.

Kept apart from the article tables' code so each file stays about one thing; `Store` mixes it in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from storyweave.model import Precision, from_iso_date, iso_date

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Pending:
    """A stored article that no event holds yet, with what the clusterer needs of it."""

    id: str
    title: str
    text: str
    language: str
    published: date | None
    seq: int = 0
    precision: Precision = "unknown"


class EventProfile(Protocol):
    """What the store keeps of an event as the clusterer holds it (cluster.state.EventState is one)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def terms(self) -> dict[str, float]: ...
    @property
    def vector(self) -> Vector: ...
    @property
    def size(self) -> int: ...
    @property
    def first_seen(self) -> date | None: ...
    @property
    def last_seen(self) -> date | None: ...
    @property
    def languages(self) -> AbstractSet[str]: ...


class Membership(Protocol):
    """An article's place in an event (cluster.state.Assignment is one)."""

    @property
    def article_id(self) -> str: ...
    @property
    def event_id(self) -> str: ...
    @property
    def score(self) -> float: ...


class EventChange(Protocol):
    """Reports that left one event for another (cluster.consolidate.Change is one)."""

    @property
    def kind(self) -> str: ...
    @property
    def event(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def articles(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event's profile as stored: the clusterer makes its warm state from it."""

    id: str
    title: str
    terms: dict[str, float]
    vector: Vector
    size: int
    first_seen: date | None
    last_seen: date | None
    languages: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    title: str
    first_seen: date | None
    last_seen: date | None
    languages: tuple[str, ...]
    size: int


class EventRecords:
    db: sqlite3.Connection

    # -- meta ----------------------------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- articles waiting for an event ---------------------------------------------------------------------------
    def unclustered(self, limit: int, after: int = 0) -> list[Pending]:
        """Articles no event holds, in ingest order, from after the given sequence number (the clusterer's
        watermark, so the query does not rescan the clustered part of the store)."""
        rows = self.db.execute(
            "SELECT a.id, a.title, a.text, a.language, a.published, a.seq FROM articles a WHERE a.seq > ?"
            " AND NOT EXISTS (SELECT 1 FROM event_members m WHERE m.article_id = a.id) ORDER BY a.seq LIMIT ?",
            (after, limit),
        )
        pending = []
        for i, t, x, lang, published, n in rows:
            when, precision = from_iso_date(published)
            pending.append(Pending(str(i), str(t), str(x), str(lang), when, int(n), precision))
        return pending

    def pending_of(self, ids: Sequence[str]) -> dict[str, Pending]:
        """Stored articles by id with what the clusterer needs of them (the members of an event it consolidates)."""
        found: dict[str, Pending] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT id, title, text, language, published, seq FROM articles WHERE id IN ({marks})", chunk
            )
            for i, t, x, lang, published, n in rows:
                when, precision = from_iso_date(published)
                found[str(i)] = Pending(str(i), str(t), str(x), str(lang), when, int(n), precision)
        return found

    # -- embeddings ----------------------------------------------------------------------------------------------
    def embeddings(self, ids: Sequence[str], encoder: str) -> dict[str, Vector]:
        found: dict[str, Vector] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT article_id, vector FROM embeddings WHERE encoder = ? AND article_id IN ({marks})",
                (encoder, *chunk),
            )
            found.update((str(i), np.frombuffer(v, dtype=np.float32).copy()) for i, v in rows)
        return found

    def save_embeddings(self, vectors: dict[str, Vector], encoder: str) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO embeddings (article_id, encoder, vector) VALUES (?, ?, ?)",
            [(i, encoder, v.astype(np.float32).tobytes()) for i, v in vectors.items()],
        )

    # -- document frequencies ------------------------------------------------------------------------------------
    def document_frequencies(self) -> tuple[dict[str, int], dict[str, float]]:
        counts: dict[str, int] = {}
        priors: dict[str, float] = {}
        for term, n, prior in self.db.execute("SELECT term, n, prior FROM term_df"):
            counts[term] = int(n)
            if prior is not None:
                priors[term] = float(prior)
        return counts, priors

    def add_document_frequencies(self, deltas: dict[str, int], priors: dict[str, float]) -> None:
        self.db.executemany(
            "INSERT INTO term_df (term, n, prior) VALUES (?, ?, ?) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n",
            [(t, n, priors.get(t)) for t, n in deltas.items()],
        )

    # -- events --------------------------------------------------------------------------------------------------
    def save_events(self, events: Iterable[EventProfile]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.executemany(
            "INSERT INTO events (id, title, first_seen, last_seen, languages, size, terms, vector, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
            " first_seen = excluded.first_seen, last_seen = excluded.last_seen, languages = excluded.languages,"
            " size = excluded.size, terms = excluded.terms, vector = excluded.vector, updated_at = excluded.updated_at",
            [
                (
                    e.id,
                    e.title,
                    iso_date(e.first_seen, "day") if e.first_seen else None,
                    iso_date(e.last_seen, "day") if e.last_seen else None,
                    ",".join(sorted(e.languages)),
                    e.size,
                    json.dumps({t: round(w, 4) for t, w in e.terms.items()}, ensure_ascii=False),
                    e.vector.astype(np.float32).tobytes(),
                    now,
                )
                for e in events
            ],
        )

    def save_assignments(self, assignments: Iterable[Membership], notes: dict[str, str]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO event_members (article_id, event_id, score, note) VALUES (?, ?, ?, ?)",
            [(a.article_id, a.event_id, round(a.score, 4), notes.get(a.article_id, "")) for a in assignments],
        )

    def move_members(self, moves: Iterable[Membership]) -> None:
        """Reports consolidation moved to another event; their notes stay."""
        self.db.executemany(
            "UPDATE event_members SET event_id = ?, score = ? WHERE article_id = ?",
            [(m.event_id, round(m.score, 4), m.article_id) for m in moves],
        )

    def delete_events(self, ids: Iterable[str]) -> None:
        """Events whose reports all went to another (their digests go with them)."""
        rows = [(i,) for i in ids]
        self.db.executemany("DELETE FROM digests WHERE event_id = ?", rows)
        self.db.executemany("DELETE FROM events WHERE id = ?", rows)

    def save_changes(self, changes: Iterable[EventChange]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.executemany(
            "INSERT INTO event_changes (kind, event_id, source_id, articles, at) VALUES (?, ?, ?, ?, ?)",
            [(c.kind, c.event, c.source, json.dumps(list(c.articles)), now) for c in changes],
        )

    def event_history(self, event_id: str) -> list[dict[str, Any]]:
        """Reports this event took from others or gave to them, oldest first: what its page says of its past."""
        rows = self.db.execute(
            "SELECT kind, event_id, source_id, articles, at FROM event_changes WHERE event_id = ? OR source_id = ?"
            " ORDER BY seq",
            (event_id, event_id),
        )
        history = []
        for kind, to, source, articles, at in rows:
            incoming = to == event_id
            history.append(
                {
                    "kind": kind,
                    "direction": "from" if incoming else "into",
                    "event": source if incoming else to,
                    "articles": json.loads(articles),
                    "at": at,
                }
            )
        return history

    def merged_into(self, event_id: str) -> str | None:
        """The event that took all of a vanished event's reports, following merges on; None when it still stands
        or never was."""
        seen = {event_id}
        current = event_id
        while self.db.execute("SELECT 1 FROM events WHERE id = ?", (current,)).fetchone() is None:
            row = self.db.execute(
                "SELECT event_id FROM event_changes WHERE source_id = ? AND kind = 'merge' ORDER BY seq DESC LIMIT 1",
                (current,),
            ).fetchone()
            if row is None or row[0] in seen:
                return None
            current = str(row[0])
            seen.add(current)
        return None if current == event_id else current

    def warm_events(self, limit: int) -> list[StoredEvent]:
        """The most recently updated events, oldest first, as the clusterer holds them."""
        rows = self.db.execute(
            "SELECT id, title, first_seen, last_seen, languages, size, terms, vector FROM"
            " (SELECT * FROM events ORDER BY updated_at DESC, seq DESC LIMIT ?) ORDER BY updated_at, seq",
            (limit,),
        )
        return [
            StoredEvent(
                id=str(i),
                title=str(t),
                terms=json.loads(terms),
                vector=np.frombuffer(v, dtype=np.float32).copy(),
                size=int(n),
                first_seen=from_iso_date(f)[0],
                last_seen=from_iso_date(last)[0],
                languages=frozenset(filter(None, str(langs).split(","))),
            )
            for i, t, f, last, langs, n, terms, v in rows
        ]

    def count_events(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    def iter_events(self) -> Iterator[tuple[EventRow, list[str]]]:
        """Every event, largest first then oldest, with its member article ids in ingest order."""
        cursor = self.db.execute(
            "SELECT id, title, first_seen, last_seen, languages, size FROM events ORDER BY size DESC, seq"
        )
        for row in cursor.fetchall():
            event = _event_row(row)
            yield event, self.members(event.id)

    def event(self, event_id: str) -> tuple[EventRow, list[str]] | None:
        """One event by id, with its member article ids in ingest order; None when there is none."""
        row = self.db.execute(
            "SELECT id, title, first_seen, last_seen, languages, size FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if row is None:
            return None
        event = _event_row(row)
        return event, self.members(event.id)

    def members(self, event_id: str) -> list[str]:
        """The event's member article ids in ingest order."""
        rows = self.db.execute(
            "SELECT m.article_id FROM event_members m JOIN articles a ON a.id = m.article_id"
            " WHERE m.event_id = ? ORDER BY a.seq",
            (event_id,),
        )
        return [str(r[0]) for r in rows]

    def article_briefs(self, ids: Sequence[str]) -> list[dict[str, str | None]]:
        """What an event listing shows of each member: id, title, source, language and date, in the given order."""
        found: dict[str, dict[str, str | None]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for i, t, s, lang, p in self.db.execute(
                f"SELECT id, title, source, language, published FROM articles WHERE id IN ({marks})", chunk
            ):
                found[str(i)] = {"id": i, "title": t, "source": s, "language": lang, "published": p}
        return [found[i] for i in ids if i in found]

    def event_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT event_id FROM event_members WHERE article_id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None


def _event_row(row: Sequence[Any]) -> EventRow:
    """(id, title, first_seen, last_seen, languages, size) as the store selects them."""
    i, t, f, last, langs, n = row
    return EventRow(
        str(i), str(t), from_iso_date(f)[0], from_iso_date(last)[0], tuple(filter(None, langs.split(","))), n
    )
