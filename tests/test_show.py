"""`storyweave show` end to end: the seeds and one hostile report run into a store, then shown as a user would."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from storyweave.publish.markdown import escape
from tests.conftest import SAMPLE, read_jsonl, run_cli

HOSTILE_TITLE = "# Raqqa | live: SDF says `ISIS` is defeated in Raqqa"
HOSTILE_BODY = (
    "# Raqqa falls | The Syrian Democratic Forces said on Tuesday that ISIS had lost Raqqa, its former capital.\n\n"
    "SDF spokesman Talal Sello said the fighters of ISIS who stayed in the stadium of Raqqa had *surrendered*."
)


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    inputs = tmp_path_factory.mktemp("inputs")
    for report in SAMPLE.iterdir():
        shutil.copy(report, inputs / report.name)
    (inputs / "005_hostile.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    done = run_cli("run", str(inputs), "--out", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    return out, read_jsonl(out / "events.jsonl")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_show_prints_every_section_of_the_seed_event(shown: tuple[Path, list[dict[str, Any]]]) -> None:
    out, events = shown
    event = next(e for e in events if e["id"] == "e000001")
    done = run_cli("show", "e000001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0] == f"# {escape(event['title'])}"
    assert "`e000001`" in lines[2] and "en, no" in lines[2]
    headings = [line for line in lines if line.startswith("## ")]
    assert [h.split(" (")[0] for h in headings] == [
        "## Summary",
        "## Timeline",
        "## Facts",
        "## Entities",
        "## Quotes",
        "## Reports",
        "## Sources",
    ]
    flat = _flat(done.stdout)
    assert "**Islamic State** (group) — also ISIS, IS, Daesh" in flat
    assert "**Talal Sello** —" in flat
    assert "sources conflict: 2017-06 (2017-10-13)" in flat and "2017-07 (2017-10-14)" in flat  # start dates as months
    assert "? start date" not in flat
    for article in event["articles"]:
        assert _flat(f"*{escape(article['title'])}*") in flat


def test_citations_resolve_to_the_stored_sentences(shown: tuple[Path, list[dict[str, Any]]]) -> None:
    out, events = shown
    event = next(e for e in events if e["id"] == "e000001")
    flat = _flat(run_cli("show", "e000001", "--store", str(out / "storyweave.db")).stdout)
    sources = flat.split("## Sources", 1)[1]
    db = sqlite3.connect(out / "storyweave.db")
    cited = [c for entry in event["timeline"] + event.get("summary", []) for c in entry["citations"]]
    assert cited
    for citation in cited:
        (text,) = db.execute(
            "SELECT text FROM sentences WHERE article_id = ? AND idx = ?", (citation["article"], citation["sentence"])
        ).fetchone()
        assert re.search(rf"\[\d+\] {re.escape(_flat(escape(text)))}", sources), text
    # Each summary line says how many reports and languages back it, then its footnotes.
    summary = flat.split("## Summary", 1)[1].split("## Timeline", 1)[0]
    if event.get("summary"):
        assert re.search(r"\[\d+ reports?, \d+ languages?: \d+(, \d+)*\]", summary)


def test_a_hostile_report_cannot_break_the_markdown(shown: tuple[Path, list[dict[str, Any]]]) -> None:
    out, events = shown
    event = next(e for e in events if any(a["title"].startswith("# Raqqa |") for a in e["articles"]))
    done = run_cli("show", event["id"], "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "# Raqqa \\| live: SDF says \\`ISIS\\` is defeated in Raqqa" in done.stdout
    assert "Raqqa falls \\| The Syrian Democratic Forces" in done.stdout  # its dated sentence is on the timeline
    assert "\\*surrendered\\*" in done.stdout
    assert not re.search(r"(?<!\\)\|", done.stdout)
    for line in done.stdout.splitlines():
        if line.startswith("#"):
            assert line.startswith("## ") or line == done.stdout.splitlines()[0]
            continue
        assert not re.match(r"\s*(?:- |\d+\. )?(?:#|>|=+$)", line), line


def test_unknown_id_is_one_line_on_stderr_and_exit_1(shown: tuple[Path, list[dict[str, Any]]]) -> None:
    out, _ = shown
    done = run_cli("show", "e999999", "--out", str(out))
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "e999999" in done.stderr


def test_no_store_is_one_line_on_stderr(tmp_path: Path) -> None:
    done = run_cli("show", "e000001", "--out", str(tmp_path / "nowhere"))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "no store" in done.stderr
    assert not (tmp_path / "nowhere").exists()  # showing creates nothing


def test_without_an_id_the_events_are_listed(shown: tuple[Path, list[dict[str, Any]]]) -> None:
    out, events = shown
    done = run_cli("show", "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(events)
    assert lines[0].startswith("- `e000001` · ") and "reports" in lines[0]
