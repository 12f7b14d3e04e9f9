"""Every kind of bad input gets one clear line naming the file and the reason; the rest of the run is stored."""

from __future__ import annotations

import gzip
import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, read_jsonl, run_cli

GOOD = ("001_5ee4c614d0dfb728.txt", "004_19a7b3f410bcfb82.txt")


def _setup(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in GOOD:
        (folder / name).write_bytes((SAMPLE / name).read_bytes())
    return folder


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    """A factory that writes one bad input of fixed content into the folder and returns its path."""

    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _too_large(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as handle:  # sparse: 200 MB long, no disk used, and never read
        handle.truncate(200_000_000)
    return path


def _broken_link(folder: Path) -> Path:
    path = folder / "gone.txt"
    os.symlink(folder / "does-not-exist.txt", path)
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty": (_file("empty.txt", b""), "empty file"),
    "blank": (_file("blank.txt", b"  \n\n \t\n"), "empty file"),
    "binary": (
        _file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
        "binary content, not text",
    ),
    "binary-jsonl": (_file("blob.jsonl", b"\x00\x01\x02\x03" * 100), "binary content, not text"),
    "truncated-html": (
        _file("cut.html", b"<!DOCTYPE html><html><head><title>Cut</title></head><body><div><p"),
        "no article text found in the page (it looks truncated",
    ),
    "malformed-json": (_file("broken.json", b'{"title": "A", "text": "B" '), "invalid JSON"),
    "not-a-feed": (_file("news.rss", b"<rss><channel><title>Empty</title></channel>"), "no feed entries found"),
    "bad-gzip": (_file("articles.jsonl.gz", b"this is not gzip data at all"), "cannot read"),
    "too-large": (_too_large, "over the 50 MB limit"),
    "broken-link": (_broken_link, "cannot read"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_named_and_the_rest_is_stored(tmp_path: Path, case: str) -> None:
    folder = _setup(tmp_path)
    make, reason = CASES[case]
    bad = make(folder)
    done = run_cli("run", str(folder), "--out", str(tmp_path / "out"))
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert str(bad) in lines[0] and reason in lines[0], lines[0]
    assert "Traceback" not in done.stderr
    stored = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert sorted(Path(r["url"]).name for r in stored) == sorted(GOOD)


def test_missing_path_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    done = run_cli("run", str(missing), str(SAMPLE / GOOD[0]), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert f"{missing}: cannot read: no such file or directory" in done.stderr
    assert len(read_jsonl(tmp_path / "out" / "articles.jsonl")) == 1


def test_malformed_jsonl_line_keeps_the_other_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": "First", "text": "The first report is fine and complete."}\n'
        '{"title": "Second", "text": "broken\n'
        "[1, 2, 3]\n"
        '{"title": "Third", "text": "The third report is fine as well, and it is stored."}\n',
        encoding="utf-8",
    )
    done = run_cli("run", str(path), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert f"{path} line 2: invalid JSON" in done.stderr
    assert f"{path} line 3: expected a JSON object, found list" in done.stderr
    titles = [r["title"] for r in read_jsonl(tmp_path / "out" / "articles.jsonl")]
    assert titles == ["First", "Third"]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("latin-1", b""), ("cp1252", b""), ("utf-16", b""), ("utf-8-sig", b"")],
)
def test_legacy_encodings_are_decoded(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = (
        "Søndag i Tromsø\n\n"
        "Byrådet i Tromsø vedtok søndag å bygge en ny skole på Kvaløya, og ordføreren sier at arbeidet begynner i "
        "år. Det blir dyrt, men nødvendig, mener hun.\n"
    )
    if encoding == "cp1252":
        text = text.replace("mener hun.", "mener hun – «det er på tide» – og det koster €5 millioner.")
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(prefix + text.encode(encoding))
    done = run_cli("run", str(path), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    [record] = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert record["title"] == "Søndag i Tromsø"
    assert "Byrådet i Tromsø vedtok søndag" in record["text"]
    if encoding == "cp1252":
        assert "«det er på tide»" in record["text"] and "€5" in record["text"]
    assert record["language"] == "no"


def test_strict_stops_at_the_first_bad_input_and_keeps_what_was_read(tmp_path: Path) -> None:
    folder = _setup(tmp_path)
    (folder / "005_empty.txt").write_bytes(b"")
    (folder / "006_later.txt").write_bytes((SAMPLE / "002_bf88420b8b3b2bfa.txt").read_bytes())
    done = run_cli("run", str(folder), "--out", str(tmp_path / "out"), "--strict")
    assert done.returncode == 1
    assert "--strict" in done.stderr and "005_empty.txt" in done.stderr
    db = sqlite3.connect(tmp_path / "out" / "storyweave.db")
    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


def test_oversized_stdin_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """200 MB through a pipe: refused after reading just past the limit, with peak memory far below 200 MB."""
    script = (
        "import resource, subprocess, sys\n"
        "proc = subprocess.Popen([sys.executable, '-m', 'storyweave.cli', 'run', '-', '--out', sys.argv[1],"
        " '--max-bytes', '5000000'], stdin=subprocess.PIPE, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)\n"
        "chunk = b'word ' * 200_000\n"
        "try:\n"
        "    for _ in range(200):\n"
        "        proc.stdin.write(chunk)\n"
        "except BrokenPipeError:\n"
        "    pass\n"
        "try:\n"
        "    proc.stdin.close()\n"
        "except BrokenPipeError:\n"
        "    pass\n"
        "err = proc.stderr.read().decode()\n"
        "code = proc.wait()\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "print(code, peak, err.strip())\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "out")], capture_output=True, text=True)
    code, peak_mb, message = done.stdout.split(" ", 2)
    assert int(code) == 2, done.stdout + done.stderr
    assert "<stdin>: larger than the 5 MB limit" in message
    assert int(peak_mb) < 150, f"peak {peak_mb} MB"


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    folder = _setup(tmp_path)
    _too_large(folder)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = run_cli("run", str(folder), "--out", str(tmp_path / "out"))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    assert done.returncode == 2
    assert peak_mb < 150 or before // 1024 >= 150, f"peak {peak_mb} MB"


def test_truncated_page_with_text_is_kept_with_a_warning(tmp_path: Path) -> None:
    folder = _setup(tmp_path)
    page = folder / "half.html"
    body = "The council met on Monday and agreed to rebuild the bridge over the river before the winter. " * 3
    page.write_text(
        f"<!DOCTYPE html><html><head><title>Bridge</title></head><body><article><p>{body}</p><p>More", "utf-8"
    )
    done = run_cli("run", str(folder), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert f"warning: {page}: page looks truncated (no closing </html>); kept the text found" in done.stderr
    stored = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert sorted(Path(r["url"]).name for r in stored) == sorted((*GOOD, "half.html"))


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('{"title": "Zipped", "text": "A compressed JSON Lines file is read line by line."}\n')
    done = run_cli("run", str(path), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert read_jsonl(tmp_path / "out" / "articles.jsonl")[0]["title"] == "Zipped"
