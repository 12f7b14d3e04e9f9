"""The embedded store: SQLite in WAL mode, the only shared state between stages, and the only place with SQL.

Writes happen in explicit transactions of one batch each, so a run killed at any instant leaves every article
either fully stored (with its sentences, copies and LSH keys) or absent, and the next run completes the rest.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storyweave.model import Article, Copy, from_iso_date
from storyweave.store.browse import BrowseRecords
from storyweave.store.digests import DigestRecords
from storyweave.store.events import EventRecords
from storyweave.store.furniture import FurnitureRecords
from storyweave.store.schema import MIGRATIONS
from storyweave.store.tables import TableRecords
from storyweave.store.watch import WatchRecords

__all__ = ["Store"]

Signature = npt.NDArray[np.uint32]


class Store(EventRecords, DigestRecords, BrowseRecords, FurnitureRecords, WatchRecords, TableRecords):
    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if readonly:
            uri = f"file:{self.path}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=30000")
        if not readonly:
            self._migrate()
            self.identity()

    def _migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        for number, script in enumerate(MIGRATIONS[version:], version + 1):
            with self.transaction():
                for statement in _statements(script):
                    if not self._has_column(statement):
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")

    def _has_column(self, statement: str) -> bool:
        """Whether an `ALTER TABLE t ADD COLUMN c` is done already (SQLite has no IF NOT EXISTS for columns), so a
        store whose user_version was set back migrates again harmlessly."""
        match = _ADD_COLUMN.match(statement)
        if match is None:
            return False
        table, column = match.groups()
        return any(row[1] == column for row in self.db.execute(f"PRAGMA table_info({table})"))

    def identity(self) -> str:
        """A lasting name for this store (a feed's id): made once when the store is first written, kept in meta."""
        known = self.db.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()
        if known is not None:
            return str(known[0])
        if self.readonly:
            return hashlib.sha256(str(self.path.resolve()).encode()).hexdigest()[:32]
        made = uuid.uuid4().hex
        self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('identity', ?)", (made,))
        return self.identity()

    def files(self) -> list[Path]:
        """The database and the files SQLite keeps beside it: none of them is ever an input."""
        return [self.path, *(self.path.with_name(self.path.name + end) for end in ("-wal", "-shm", "-journal"))]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: a consistent WAL snapshot for a page or a report, never holding a writer up."""
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------------------------
    def insert_article(self, article: Article, signature: Signature | None, keys: Iterable[int]) -> None:
        self.db.execute(
            "INSERT INTO articles (id, title, text, source, url, language, published, precision, signature,"
            " ingested_at, path, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.title,
                article.text,
                article.source,
                article.url,
                article.language,
                article.published_iso,
                article.precision,
                signature.tobytes() if signature is not None else None,
                datetime.now(UTC).isoformat(timespec="seconds"),
                article.path,
                article.entry,
            ),
        )
        self.db.executemany(
            'INSERT INTO sentences (article_id, idx, text, start, "end") VALUES (?, ?, ?, ?, ?)',
            [(s.article_id, s.index, s.text, s.start, s.end) for s in article.sentences],
        )
        self.db.executemany("INSERT INTO lsh (key, article_id) VALUES (?, ?)", [(k, article.id) for k in keys])

    def add_copy(self, canonical_id: str, copy: Copy) -> bool:
        """Record another outlet's copy; False when that copy was already known."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO copies (article_id, copy_id, source, url, title, similarity)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (canonical_id, copy.id, copy.source, copy.url, copy.title, copy.similarity),
        )
        return cursor.rowcount > 0

    def start_run(self) -> int:
        cursor = self.db.execute("INSERT INTO runs (started) VALUES (?)", (_now(),))
        return int(cursor.lastrowid or 0)

    def finish_run(self, run: int, inputs: int, articles: int, skipped: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished = ?, inputs = ?, articles = ?, skipped = ? WHERE id = ?",
            (_now(), inputs, articles, skipped, run),
        )

    # -- reading ---------------------------------------------------------------------------------------------
    def source_of(self, article_id: str) -> tuple[str, str] | None:
        """(source, url) of a stored article, or None when the id is not stored."""
        row = self.db.execute("SELECT source, url FROM articles WHERE id = ?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def canonical_of(self, copy_id: str) -> str | None:
        row = self.db.execute("SELECT article_id FROM copies WHERE copy_id = ? LIMIT 1", (copy_id,)).fetchone()
        return str(row[0]) if row else None

    def lsh_candidates(self, keys: list[int]) -> list[tuple[str, Signature]]:
        """Stored articles sharing at least one LSH band with the given keys, with their signatures."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT a.id, a.signature FROM articles a WHERE a.id IN"
            f" (SELECT DISTINCT article_id FROM lsh WHERE key IN ({marks}))",
            keys,
        ).fetchall()
        return [(str(r[0]), np.frombuffer(r[1], dtype=np.uint32)) for r in rows if r[1] is not None]

    def urls(self) -> Iterator[tuple[str, str]]:
        """(url, stored article id) for every stored article and every folded copy of one."""
        yield from ((str(u), str(i)) for u, i in self.db.execute("SELECT url, id FROM articles"))
        yield from ((str(u), str(i)) for u, i in self.db.execute("SELECT url, article_id FROM copies"))

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def count_copies(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM copies").fetchone()[0])

    def languages(self) -> dict[str, int]:
        rows = self.db.execute("SELECT language, COUNT(*) FROM articles GROUP BY language ORDER BY 2 DESC")
        return {str(r[0]): int(r[1]) for r in rows}

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article in ingest order, with its sentences and copies; streams, never loads all."""
        cursor = self.db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq")
        for row in cursor:
            yield self._article(row)

    def get_article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return self._article(row) if row else None

    def event_articles(self, event_id: str) -> list[Article]:
        """The event's member articles in ingest order, with their stored sentences."""
        return [a for a in (self.get_article(i) for i in self.members(event_id)) if a is not None]

    def _article(self, row: tuple[Any, ...]) -> Article:
        article_id = row[0]
        sentences = tuple(self.article_sentences(article_id))
        copies = tuple(
            Copy(id=str(c), source=str(s), url=str(u), title=str(t), similarity=float(m))
            for c, s, u, t, m in self.db.execute(
                "SELECT copy_id, source, url, title, similarity FROM copies WHERE article_id = ? ORDER BY source, url",
                (article_id,),
            )
        )
        published, precision = from_iso_date(row[6])
        return Article(
            id=article_id,
            title=row[1],
            text=row[2],
            source=row[3],
            url=row[4],
            language=row[5],
            published=published,
            precision=precision,
            sentences=sentences,
            duplicates=copies,
            path=row[8],
            entry=row[9],
        )

    def integrity(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])


_ADD_COLUMN = re.compile(r"\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)", re.IGNORECASE)
_ARTICLE_COLUMNS = "id, title, text, source, url, language, published, precision, path, entry"


def _statements(script: str) -> Iterator[str]:
    """A migration's statements one by one; a trigger's body has semicolons of its own, so a piece ends a statement
    only where SQLite agrees that the statement is complete."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending
            pending = ""
    if pending.strip(" \t\r\n;"):
        yield pending


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
