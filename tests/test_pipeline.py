from __future__ import annotations

import json
from pathlib import Path

from storyweave.pipeline import run
from storyweave.settings import Settings
from storyweave.store import Store
from tests.conftest import SAMPLE

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
