"""The store's browsing queries: newest-first pages, one event's row, full-text search that never fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyweave.store import Store
from storyweave.store.browse import match_expression
from storyweave.store.schema import MIGRATIONS


def test_seed_event_is_listed_with_its_reports_and_languages(seed_store: Path) -> None:
    with Store(seed_store, readonly=True) as store:
        rows, total = store.list_events(0, 20)
    assert total == len(rows) >= 1
    event = rows[0]
    assert "Raqqa" in event.title
    assert event.reports == 5
    assert set(event.languages) == {"en", "no"}
    assert event.first_seen is not None


def test_event_row_finds_one_event_and_none_for_unknown(seed_store: Path) -> None:
    with Store(seed_store, readonly=True) as store:
        rows, _ = store.list_events(0, 1)
        assert store.event_row(rows[0].id) == rows[0]
        assert store.event_row("no-such-event") is None


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(", "title:", "a AND OR", "*", ")(", "' OR 1=1 --", "\\"])
def test_search_never_raises_on_syntax(seed_store: Path, query: str) -> None:
    with Store(seed_store, readonly=True) as store:
        rows, total = store.list_events(0, 20, query)
    assert total == len(rows)


def test_search_finds_words_in_titles_and_text(seed_store: Path) -> None:
    with Store(seed_store, readonly=True) as store:
        assert store.list_events(0, 20, "Raqqa")[1] == 1
        assert store.list_events(0, 20, "raq")[1] == 1  # a prefix, case-insensitively
        assert store.list_events(0, 20, "zzzzqqq")[1] == 0


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('Raqqa "city') == '"Raqqa"* "city"*'
    assert match_expression('"()*') is None


def test_search_index_follows_updates_and_deletes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.db.execute(
            "INSERT INTO articles (id, title, text, source, url, language, precision, ingested_at)"
            " VALUES ('a', 'Alpha title', 'body words', 's', 'u', 'en', 'day', 'now')"
        )

        def hits(word: str) -> int:
            return int(
                store.db.execute(
                    "SELECT COUNT(*) FROM article_search WHERE article_search MATCH ?", (word,)
                ).fetchone()[0]
            )

        assert hits("alpha") == 1
        store.db.execute("UPDATE articles SET title = 'Beta title' WHERE id = 'a'")
        assert (hits("alpha"), hits("beta")) == (0, 1)
        store.db.execute("DELETE FROM articles WHERE id = 'a'")
        assert hits("beta") == 0


def test_existing_store_is_backfilled_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        db.executescript(script)
    db.execute("PRAGMA user_version=3")
    db.execute(
        "INSERT INTO articles (id, title, text, source, url, language, precision, ingested_at)"
        " VALUES ('a', 'Gamma', 'older text', 's', 'u', 'en', 'day', 'now')"
    )
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.db.execute("SELECT rowid FROM article_search WHERE article_search MATCH 'gamma'").fetchall()
