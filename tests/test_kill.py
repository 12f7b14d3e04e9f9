"""A run killed with SIGKILL part-way leaves a consistent store, and the next run completes it exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FILES = 2000


def _generate(folder: Path) -> None:
    folder.mkdir()
    for i in range(FILES):
        words = " ".join(f"w{(i * 7919 + j * 104729) % 100003}" for j in range(60))
        (folder / f"{i:05d}.txt").write_text(
            f"Report number {i}\n\nThe council of district {i} met today. Its members discussed {words}.\n",
            encoding="utf-8",
        )


def _count(db_path: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_sigkill_mid_ingest_then_the_next_run_completes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _generate(folder)
    out = tmp_path / "out"
    db_path = out / "storyweave.db"
    config = tmp_path / "fast.toml"  # the weight-free encoder: this test is about the store, not the model
    config.write_text('[storyweave]\nencoder = "hashing"\n', encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "storyweave.cli",
        "run",
        str(folder),
        "--out",
        str(out),
        "-q",
        "--config",
        str(config),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db_path) < 300 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_when_killed = _count(db_path)
    assert 0 < stored_when_killed < FILES, "the kill must land mid-ingest"

    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = db.execute("SELECT COUNT(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)")
    assert orphans.fetchone()[0] == 0
    db.close()

    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == FILES
    assert db.execute("SELECT COUNT(DISTINCT url) FROM articles").fetchone()[0] == FILES
    assert db.execute("SELECT COUNT(*) FROM copies").fetchone()[0] == 0
    per_article = db.execute("SELECT MIN(n), MAX(n) FROM (SELECT COUNT(*) n FROM sentences GROUP BY article_id)")
    assert per_article.fetchone() == (2, 2)
    assert db.execute("SELECT COUNT(*) FROM event_members").fetchone()[0] == FILES, "every article in one event"
    assert db.execute("SELECT SUM(size) FROM events").fetchone()[0] == FILES
    assert sum(1 for _ in (out / "articles.jsonl").open()) == FILES
