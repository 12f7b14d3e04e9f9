from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyweave.model import Article
from storyweave.pipeline import run
from storyweave.settings import Settings
from storyweave.store import Store
from tests.conftest import SAMPLE, good_report

WIRE = (SAMPLE / "002_bf88420b8b3b2bfa.txt").read_text(encoding="utf-8").split(" ", 3)[3]


def _jsonl(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_the_same_wire_copy_from_two_sites_is_one_article_with_two_outlets(tmp_path: Path) -> None:
    first = _jsonl(
        tmp_path / "a.jsonl", {"title": "Raqqa liberated", "text": WIRE, "source": "Site A", "url": "https://a/1"}
    )
    second = _jsonl(
        tmp_path / "b.jsonl",
        {
            "title": "ISIS loses Raqqa",
            "text": WIRE.replace("huge blow", "major blow"),
            "source": "Site B",
            "url": "https://b/9",
        },
    )
    exact = _jsonl(tmp_path / "c.jsonl", {"title": "Raqqa", "text": WIRE, "source": "Site C", "url": "https://c/2"})
    with Store(tmp_path / "s.db") as store:
        report = run([str(first), str(second), str(exact)], store, Settings())
        assert (report.new, report.copies) == (1, 2)
        [article] = list(store.iter_articles())
        assert article.source == "Site A"
        assert sorted((c.source, c.url) for c in article.duplicates) == [
            ("Site B", "https://b/9"),
            ("Site C", "https://c/2"),
        ]
        near = next(c for c in article.duplicates if c.source == "Site B")
        assert 0.8 <= near.similarity < 1.0
        again = run([str(first), str(second), str(exact)], store, Settings())
        assert (again.new, again.copies, again.already_stored) == (0, 0, 3)


def test_different_reports_stay_apart(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        report = run([str(SAMPLE)], store, Settings())
        assert (report.new, report.copies, report.skipped) == (5, 0, 0)
        assert report.languages == {"en": 4, "no": 1}


def test_an_input_whose_reader_crashes_is_one_line_and_the_rest_is_stored_and_exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any exception inside a reader (here a bug in the HTML reader) costs that input only, not the run."""
    from storyweave.ingest.html import HtmlReader

    def broken(self: HtmlReader, item: object, settings: Settings) -> Iterator[Article]:
        raise RuntimeError("a bug\nover two lines")
        yield

    monkeypatch.setattr(HtmlReader, "read", broken)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(good_report("Flood in Norvik", "The river rose two metres on Monday."))
    (tmp_path / "in" / "b.html").write_text("<html><body><p>Anything at all.</p></body></html>")
    (tmp_path / "in" / "c.txt").write_text(good_report("Dock strike", "Dockers in Adelport walked out on Friday."))
    lines: list[str] = []
    with Store(tmp_path / "s.db") as store:
        report = run(
            [str(tmp_path / "in")], store, Settings(encoder="hashing"), on_problem=lambda p: lines.append(str(p))
        )
        assert report.skipped == 1 and report.new == 2
        assert lines == [
            f"skipped: {tmp_path / 'in' / 'b.html'}: could not be read (RuntimeError: a bug over two lines)"
        ]
        assert {a.title for a in store.iter_articles()} == {"Flood in Norvik", "Dock strike"}


def test_a_digest_that_fails_is_one_line_and_the_event_keeps_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyweave.digest import entities

    monkeypatch.setattr(entities, "extract_entities", lambda articles: 1 / 0)  # one part of the digest fails
    lines: list[str] = []
    (tmp_path / "a.txt").write_text(good_report("Flood in Norvik", "The river rose two metres on Monday."))
    with Store(tmp_path / "s.db") as store:
        run([str(tmp_path / "a.txt")], store, Settings(encoder="hashing"), on_problem=lambda p: lines.append(str(p)))
        assert lines == ["warning: event e000001: digest failed: ZeroDivisionError: division by zero"]
        assert (store.digest("e000001") or {})["error"] == "division by zero"
