"""The server reads while a run writes: WAL readers never wait for the writer, and no request holds a lock."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from storyweave.store import Store
from storyweave.web.app import create_app


def test_pages_answer_while_a_writer_holds_the_store(seed_store: Path, seed_event: str, tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    shutil.copy(seed_store, path)
    writer = sqlite3.connect(path, isolation_level=None, timeout=1)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE events SET title = title || ' (being rewritten)'")
    try:
        with TestClient(create_app(path)) as client:
            page = client.get(f"/events/{seed_event}")
            assert page.status_code == 200
            assert "(being rewritten)" not in page.text  # the uncommitted write is not seen
            assert client.get("/?q=Raqqa").status_code == 200
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_requests_leave_no_transaction_open(seed_store: Path, seed_event: str, tmp_path: Path) -> None:
    path = tmp_path / "after.db"
    shutil.copy(seed_store, path)
    with TestClient(create_app(path)) as client:
        for url in ["/", f"/events/{seed_event}", "/events/nope", "/?page=0"]:
            client.get(url)
        with Store(path) as store, store.transaction():  # a writer gets the lock at once and can checkpoint
            store.set_meta("touched", "yes")
        assert sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
