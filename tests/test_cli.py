"""The `storyweave` command end to end on the seed reports, as the spine issue's 'Done when' states it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click
import pytest

from storyweave.cli import main
from tests.conftest import SAMPLE, read_jsonl, run_cli


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    out = tmp_path_factory.mktemp("seeds")
    done = run_cli("run", str(SAMPLE), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out, read_jsonl(out / "articles.jsonl")


def by_file(records: list[dict[str, object]], prefix: str) -> dict[str, object]:
    return next(r for r in records if Path(str(r["url"])).name.startswith(prefix))


def test_five_articles_four_english_one_norwegian(seeds_run: tuple[Path, list[dict[str, object]]]) -> None:
    _, records = seeds_run
    assert len(records) == 5
    languages = sorted(str(r["language"]) for r in records)
    assert languages == ["en", "en", "en", "en", "no"]
    assert by_file(records, "004")["language"] == "no"


def test_dates_outlet_and_url(seeds_run: tuple[Path, list[dict[str, object]]]) -> None:
    _, records = seeds_run
    assert (by_file(records, "002")["published"], by_file(records, "002")["precision"]) == ("2017-10-17", "day")
    assert (by_file(records, "004")["published"], by_file(records, "004")["precision"]) == ("2017-10", "month")
    assert by_file(records, "003")["source"] == "Alarabiya"
    assert by_file(records, "000")["published"] is None
    assert all(str(r["url"]).endswith(".txt") for r in records)


def test_markers_and_source_lines_leave_the_text_but_leads_stay(
    seeds_run: tuple[Path, list[dict[str, object]]],
) -> None:
    _, records = seeds_run
    for record in records:
        text = str(record["text"])
        assert " date 2017" not in text and not text.startswith("date ")
        assert "source:" not in text.lower()
    assert str(by_file(records, "002")["text"]).startswith("The Syrian city of Raqqa was liberated")
    assert str(by_file(records, "004")["text"]).startswith("I en epost til nyhetsbyrået AFP")


def test_titles(seeds_run: tuple[Path, list[dict[str, object]]]) -> None:
    _, records = seeds_run
    assert by_file(records, "000")["title"] == "Backed militias say they take major Raqqa position from ISIS"
    assert by_file(records, "001")["title"] == "Syrian forces have defeated ISIS in Raqqa"
    # No headline line: the title comes from the lead sentence.
    assert str(by_file(records, "002")["title"]).startswith("The Syrian city of Raqqa was liberated")


def test_sentences_exclude_teasers_and_headings_and_keep_titles_whole(
    seeds_run: tuple[Path, list[dict[str, object]]],
) -> None:
    out, records = seeds_run
    db = sqlite3.connect(out / "storyweave.db")
    rows = db.execute("SELECT a.url, s.text FROM sentences s JOIN articles a ON a.id = s.article_id").fetchall()
    sentences: dict[str, list[str]] = {}
    for url, text in rows:
        sentences.setdefault(Path(url).name[:3], []).append(text)
    teaser_words = ("WPA2", "Wi-Fi", "Field Hockey", "Kardashian", "Maribor", "Latest news", "Other news")
    assert not [s for s in sentences["000"] if any(word in s for word in teaser_words)]
    assert "WPA2" not in str(by_file(records, "000")["text"])
    headings = ("Smaller control", "Petrified residents", "Foreign ISIS fighters not allowed to leave")
    assert not [s for s in sentences["003"] if s in headings]
    assert not [s for s in sentences["004"] if "Avviser avtale" in s or "Offensiv i gang" in s]
    assert any(s.startswith("– Fremmedkrigere får ikke lov") for s in sentences["004"])
    all_sentences = [s for group in sentences.values() for s in group]
    assert any("Brig. Gen. Talal Sello" in s for s in all_sentences)
    assert any("Brig. Gen. Talal Sillo" in s for s in all_sentences)
    assert any(s.startswith("Col. Ryan Dillon said on Tuesday") for s in all_sentences)
    assert not [s for s in all_sentences if s.endswith(("Brig.", "Gen.", "Col.", "U.S."))]
    assert all(int(str(r["sentences"])) == len(sentences[Path(str(r["url"])).name[:3]]) for r in records)


def test_running_twice_stores_nothing_twice(tmp_path: Path) -> None:
    for _ in range(2):
        done = run_cli("run", str(SAMPLE), "--out", str(tmp_path))
        assert done.returncode == 0, done.stderr
    db = sqlite3.connect(tmp_path / "storyweave.db")
    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 5
    assert db.execute("SELECT COUNT(*) FROM copies").fetchone()[0] == 0
    assert len(read_jsonl(tmp_path / "articles.jsonl")) == 5
    assert "already stored: 5" in done.stdout


def test_store_option_and_wal_mode(tmp_path: Path) -> None:
    store = tmp_path / "elsewhere" / "news.db"
    done = run_cli("run", str(SAMPLE), "--out", str(tmp_path / "out"), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert store.exists() and not (tmp_path / "out" / "storyweave.db").exists()
    assert sqlite3.connect(store).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_articles_jsonl_fields(seeds_run: tuple[Path, list[dict[str, object]]]) -> None:
    _, records = seeds_run
    fields = ["id", "title", "text", "source", "url", "language", "published", "precision", "sentences", "duplicates"]
    assert all(list(r) == [*fields, "path", "entry"] for r in records)
    assert sorted(Path(str(r["path"])).name for r in records) == sorted(p.name for p in SAMPLE.glob("*.txt"))
    assert all(r["entry"] is None for r in records)


def test_every_command_has_documented_help() -> None:
    assert main.help and "storyweave run" in main.help
    context = click.Context(main)
    for name in main.list_commands(context):
        command = main.get_command(context, name)
        assert command is not None and command.help, name
        for parameter in command.params:
            if isinstance(parameter, click.Option):
                assert parameter.help, f"{name} {parameter.name}"
    done = run_cli("run", "--help")
    assert done.returncode == 0 and "--out" in done.stdout and "stdin" in done.stdout


def test_stdin(tmp_path: Path) -> None:
    report = (SAMPLE / "001_5ee4c614d0dfb728.txt").read_bytes()
    done = run_cli("run", "-", "--out", str(tmp_path), stdin=report)
    assert done.returncode == 0, done.stderr
    [record] = read_jsonl(tmp_path / "articles.jsonl")
    assert record["title"] == "Syrian forces have defeated ISIS in Raqqa"
    assert record["url"] == "<stdin>"
