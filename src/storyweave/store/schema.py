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
    """
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        languages TEXT NOT NULL,
        size INTEGER NOT NULL,
        terms TEXT NOT NULL,
        vector BLOB NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE event_members (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        score REAL NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE INDEX event_members_event ON event_members(event_id);
    CREATE TABLE embeddings (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        encoder TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (article_id, encoder)
    ) WITHOUT ROWID;
    CREATE TABLE term_df (
        term TEXT PRIMARY KEY,
        n INTEGER NOT NULL,
        prior REAL
    ) WITHOUT ROWID;
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    """
    CREATE TABLE digests (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        size INTEGER NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # Full-text search over article titles and text for `serve`: an external-content FTS5 index (the text lives once,
    # in `articles`), kept in step by triggers and filled for stores that existed before it by 'rebuild'; written to
    # run again harmlessly on a store whose user_version was set back.
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER IF NOT EXISTS article_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER IF NOT EXISTS article_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER IF NOT EXISTS article_search_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO article_search (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    INSERT INTO article_search (article_search) VALUES ('rebuild');
    """,
    # Provenance: the input each article was read from (`-` for standard input) and its entry in a feed or JSON
    # file; articles stored before this migration have an empty path and no entry. (A column already there is
    # left alone, so this too runs again harmlessly.)
    """
    ALTER TABLE articles ADD COLUMN path TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN entry INTEGER;
    """,
    # Page furniture: which article carries which sentence line (a hash of it, case and space folded), and the
    # lines found to recur in unrelated articles (normalize/furniture.py), with one sample of their text.
    """
    CREATE TABLE IF NOT EXISTS line_seen (
        line TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (line, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS line_seen_article ON line_seen(article_id);
    CREATE TABLE IF NOT EXISTS furniture (
        line TEXT PRIMARY KEY,
        sample TEXT NOT NULL,
        found_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # Consolidation (cluster/consolidate.py): reports that left one event for another, as a split of a group that
    # did not belong or a merge of a whole event, so an event's page can say where its reports came from and a
    # merged event's address can say where it went.
    """
    CREATE TABLE IF NOT EXISTS event_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        event_id TEXT NOT NULL,
        source_id TEXT NOT NULL,
        articles TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS event_changes_event ON event_changes(event_id);
    CREATE INDEX IF NOT EXISTS event_changes_source ON event_changes(source_id);
    """,
    # `storyweave watch`: each source's polling state (validators for conditional GETs, when it is due, failures
    # in a row) and the entries it has given (stored, or refused for good), so a restarted watcher fetches and
    # stores nothing twice; articles are found by URL for the same reason.
    """
    CREATE TABLE IF NOT EXISTS watch_sources (
        source TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        next_due REAL NOT NULL DEFAULT 0,
        failures INTEGER NOT NULL DEFAULT 0,
        last_status TEXT NOT NULL DEFAULT '',
        checked_at TEXT
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS watch_entries (
        source TEXT NOT NULL,
        entry TEXT NOT NULL,
        outcome TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (source, entry)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
    CREATE INDEX IF NOT EXISTS copies_url ON copies(url);
    """,
    # Digest revisions: every digest an event has had, with the event's title and members when it was built, so a
    # page can show an event as it stood at a past time and say what changed since; the digests already stored are
    # each an event's first revision.
    """
    CREATE TABLE IF NOT EXISTS digest_revisions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL,
        size INTEGER NOT NULL,
        title TEXT NOT NULL,
        members TEXT NOT NULL,
        body TEXT NOT NULL,
        built_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS digest_revisions_event ON digest_revisions(event_id, built_at);
    INSERT INTO digest_revisions (event_id, size, title, members, body, built_at)
        SELECT d.event_id, d.size, COALESCE(e.title, ''), '[]', d.body, d.updated_at FROM digests d
        LEFT JOIN events e ON e.id = d.event_id
        WHERE NOT EXISTS (SELECT 1 FROM digest_revisions r WHERE r.event_id = d.event_id);
    """,
    # Sentence embeddings the digests computed, by a hash of the sentence and the encoder (half precision), so an
    # event's digest rebuilt when it grows embeds only the sentences it has not embedded before.
    """
    CREATE TABLE IF NOT EXISTS sentence_vectors (
        key TEXT NOT NULL,
        encoder TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (key, encoder)
    ) WITHOUT ROWID;
    """,
    # Readings of reports and sentences the digests made (names, figures, quotes, dates; see `digest.kept`), by kind
    # and key, with the version of the code that read them: a watcher started again reads its events' reports from
    # here instead of from scratch, and a reading of another version is never used. Bodies are deflated JSON (a
    # reading holds the words it read, and deflates to about a fifth).
    """
    CREATE TABLE IF NOT EXISTS readings (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        version TEXT NOT NULL,
        body BLOB NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    """,
)
