from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from storyweave.model import Article, Copy, Sentence
from storyweave.store import Store
from storyweave.store.schema import MIGRATIONS


def _article() -> Article:
    article = Article.new(
        title="T", text="One. Two.", source="S", url="u", published=date(2017, 10, 1), precision="month"
    )
    sentences = (Sentence(article.id, 0, "One.", 0, 4), Sentence(article.id, 1, "Two.", 5, 9))
    return Article(**{**{f: getattr(article, f) for f in article.__slots__}, "sentences": sentences, "language": "en"})


def test_round_trip_with_sentences_copies_and_precision(tmp_path: Path) -> None:
    article = _article()
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.insert_article(article, None, [])
            assert store.add_copy(article.id, Copy("c1", "Other", "v", "T2", 0.9))
            assert not store.add_copy(article.id, Copy("c1", "Other", "v", "T2", 0.9))
        [loaded] = list(store.iter_articles())
    assert loaded.sentences == article.sentences
    assert (loaded.published, loaded.precision, loaded.published_iso) == (date(2017, 10, 1), "month", "2017-10")
    assert [c.source for c in loaded.duplicates] == ["Other"]


def test_wal_and_schema_version(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(sqlite3.IntegrityError), store.transaction():
            store.insert_article(_article(), None, [])
            store.insert_article(_article(), None, [])
        assert store.count_articles() == 0
        assert store.db.execute("SELECT COUNT(*) FROM sentences").fetchone()[0] == 0
