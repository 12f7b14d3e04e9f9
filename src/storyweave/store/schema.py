"""The store's schema as numbered migrations; `PRAGMA user_version` records how far a database has come."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        source TEXT NOT NULL,
        url TEXT NOT NULL,
        language TEXT NOT NULL,
        published TEXT,
        precision TEXT NOT NULL,
        signature BLOB,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE copies (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        copy_id TEXT NOT NULL,
        source TEXT NOT NULL,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        similarity REAL NOT NULL,
        PRIMARY KEY (article_id, copy_id, source, url)
    ) WITHOUT ROWID;
    CREATE INDEX copies_copy_id ON copies(copy_id);
    CREATE TABLE lsh (
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX lsh_key ON lsh(key);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started TEXT NOT NULL,
        finished TEXT,
        inputs INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0
    );
    """,
)
