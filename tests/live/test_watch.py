"""`storyweave watch` against the loopback newsroom, killed with SIGKILL half-way and started again."""

from __future__ import annotations

import itertools
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, run_cli
from tests.live.newsroom import PRIVATE_LINK, Newsroom

ROOT = Path(__file__).resolve().parents[2]


def _sources(room: Newsroom, folder: Path, path: Path) -> Path:
    feeds = ["a.xml", "b.xml", "c.xml", "slow.xml", "loop.xml"]
    lines = ['allow_hosts = ["127.0.0.1"]\n']
    for name in feeds:
        lines.append(f'\n[[sources]]\nurl = "{room.base}/feeds/{name}"\ninterval = 1\nname = "Loopback {name}"\n')
    lines.append(f"\n[[sources]]\npath = {json.dumps(str(folder))}\ninterval = 1\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _watch(sources: Path, store: Path, *options: str) -> subprocess.Popen[bytes]:
    """`storyweave watch` in its own process, as a newsroom runs it (weight-free encoder, for speed)."""
    command = ["watch", "--sources", str(sources), "--store", str(store), "--encoder", "hashing", *options]
    return subprocess.Popen(
        [sys.executable, "-m", "storyweave.cli", *command], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _urls(store: Path) -> list[str]:
    if not store.exists():
        return []
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            return [str(r[0]) for r in db.execute("SELECT url FROM articles")]
    except sqlite3.Error:
        return []


def _until(condition: Callable[[], bool], seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


@pytest.mark.timeout(300)
def test_watch_stores_every_entry_once_across_a_kill_and_is_polite(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    config = tmp_path / "settings.toml"
    config.write_text("[storyweave]\nfetch_timeout = 1.5\n", encoding="utf-8")
    store = tmp_path / "storyweave.db"
    with Newsroom() as room:
        sources = _sources(room, folder, tmp_path / "sources.toml")
        base = room.base
        first_wave = {f"{base}/a/1", f"{base}/a/2", f"{base}/b/1", f"{base}/pages/story.html"}
        watcher = _watch(sources, store, "--config", str(config))
        try:
            _until(lambda: first_wave <= set(_urls(store)), 120)
            room.script.phase = 2  # a new entry on feed a, and a new file in the folder
            (folder / "memo.txt").write_text(
                "Kurdish forces hand Raqqa to civil council\n\nThe Raqqa Civil Council took over the city's"
                " administration on Friday, Kurdish-led forces said, after the last fighters left the stadium.\n",
                encoding="utf-8",
            )
            time.sleep(1.5)
        finally:
            watcher.send_signal(signal.SIGKILL)
            watcher.wait(30)
        restarted = _watch(sources, store, "--config", str(config))
        try:
            _until(lambda: f"{base}/a/3" in _urls(store) and any("memo.txt" not in u for u in _urls(store)), 120)
            _until(lambda: len(_urls(store)) >= 6, 60)
            time.sleep(3)  # a few more polls: nothing may be stored twice
        finally:
            restarted.send_signal(signal.SIGINT)
            _, errors = restarted.communicate(timeout=60)
        assert restarted.returncode == 0, errors.decode()
        log = list(room.log)
        at_once = room.most_at_once()
    urls = _urls(store)
    assert sorted(u for u in urls if u.startswith(base)) == sorted(first_wave | {f"{base}/a/3"})
    assert len(urls) == len(set(urls)) == 6  # the five entries and the folder's file, each once
    assert not any("10.255.255.1" in u for u in urls)
    with sqlite3.connect(store) as db:
        refused = db.execute("SELECT outcome FROM watch_entries WHERE entry = ?", (PRIVATE_LINK,)).fetchone()
    assert refused is not None and "private" in refused[0]
    assert not any(r.path.startswith("/internal") for r in log)  # the private address was never asked
    a = [r for r in log if r.path == "/feeds/a.xml"]
    assert any(r.status == 304 and r.headers.get("If-None-Match") for r in a), "conditional GETs"
    b = [r for r in log if r.path == "/feeds/b.xml"]
    assert b[0].status == 429 and b[1].at - b[0].at >= 2.0, "Retry-After honoured"
    c = [r for r in log if r.path == "/feeds/c.xml"]
    assert c[0].status == 500 and c[1].at - c[0].at >= 2.0, "backoff after a server error"
    slow = [r for r in log if r.path == "/feeds/slow.xml"]
    assert len(slow) >= 2 and all(later.at - earlier.at >= 2.0 for earlier, later in itertools.pairwise(slow))
    loops = [r for r in log if r.path.startswith("/feeds/loop")]
    assert loops and len(loops) <= 12  # a loop is given up at once, and backed off
    assert all(r.headers.get("User-Agent", "").startswith("storyweave/") for r in log)
    assert at_once == 1  # one request at a time to one host


def test_watch_once_reads_a_folder_and_serve_shows_it_while_watching(tmp_path: Path) -> None:
    import shutil
    import socket
    import urllib.request

    folder = tmp_path / "inbox"
    folder.mkdir()
    for report in sorted(SAMPLE.glob("*.txt"))[:2]:
        shutil.copy(report, folder / report.name)
    time.sleep(1.1)  # older than the settling second
    sources = tmp_path / "sources.toml"
    sources.write_text(f"[[sources]]\npath = {json.dumps(str(folder))}\ninterval = 1\n", encoding="utf-8")
    store = tmp_path / "storyweave.db"
    once = run_cli("watch", "--sources", str(sources), "--store", str(store), "--encoder", "hashing", "--once")
    assert once.returncode == 0, once.stderr
    assert len(_urls(store)) == 2 and "Done." in once.stderr

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    watching = _watch(sources, store, "--serve", "--port", str(port))
    try:

        def listed() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events", timeout=2) as answer:
                    return json.load(answer)["total"] >= 1
            except OSError:
                return False

        _until(listed, 60)
        shutil.copy(sorted(SAMPLE.glob("*.txt"))[2], folder / "third.txt")
        _until(lambda: len(_urls(store)) == 3, 60)
    finally:
        watching.send_signal(signal.SIGINT)
        _, errors = watching.communicate(timeout=60)
    assert watching.returncode == 0, errors.decode()
    assert "Stopped." in errors.decode()
