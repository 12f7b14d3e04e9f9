"""Articles the clusterer sees with less than usual still land in an event, with the reason noted."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from storyweave.cluster.builder import EventBuilder
from storyweave.model import Article
from storyweave.pipeline import ingest
from storyweave.settings import Settings
from storyweave.store import Store
from tests.conftest import read_jsonl, run_cli

LEAD = (
    "Firefighters fought a forest fire near the village of Lindholm on Sunday as strong winds pushed the flames "
    "towards farms; two hundred residents were evacuated and three helicopters dropped water over the hills."
)


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_undated_title_only_and_unknown_language_articles_are_clustered_with_a_note(tmp_path: Path) -> None:
    inputs = _jsonl(
        tmp_path / "odd.jsonl",
        [
            {"title": "Forest fire near Lindholm", "text": LEAD, "published": "2024-06-02", "url": "u1"},
            {"title": "Forest fire near Lindholm forces evacuation of two hundred residents", "text": "", "url": "u2"},
            {"text": LEAD + " Officials said the fire was under control by the evening.", "url": "u3"},
            {"text": "1234 5678 9012 3456 7890 — 2024 / 06 / 02", "url": "u4"},
        ],
    )
    done = run_cli("run", str(inputs), "--out", str(tmp_path / "out"), "--encoder", "hashing")
    assert done.returncode == 0, done.stderr
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    assert sum(len(e["articles"]) for e in events) == 4
    fire = max(events, key=lambda e: len(e["articles"]))
    assert {a["title"][:11] for a in fire["articles"]} >= {"Forest fire"}
    assert len(fire["articles"]) == 3
    db = sqlite3.connect(tmp_path / "out" / "storyweave.db")
    notes = dict(db.execute("SELECT a.url, m.note FROM event_members m JOIN articles a ON a.id = m.article_id"))
    assert notes["u1"] == ""
    assert "no text: matched on its title only" in notes["u2"] and "undated" in notes["u2"]
    assert "undated: time not used" in notes["u3"]
    assert "language unknown" in notes["u4"]


def test_an_article_in_a_language_the_encoder_was_not_trained_on_is_noted() -> None:
    from storyweave.cluster.builder import _note
    from storyweave.store.events import Pending

    article = Pending("a", "Ko te ahi", "Ko te ahi i te ngahere", "mi", None)
    assert "not one the encoder was trained on" in _note(article, article.text, {"ahi": 1.0}, frozenset({"en", "no"}))
    assert "not one the encoder" not in _note(article, article.text, {"ahi": 1.0}, None)
    assert "nothing but page furniture" in _note(article, "", {}, None)


def test_a_burst_of_ten_thousand_identical_copies_is_one_article_in_one_event(tmp_path: Path) -> None:
    copies = [{"text": LEAD, "source": f"outlet {n % 50}", "url": f"https://example.org/{n}"} for n in range(10_000)]
    inputs = _jsonl(tmp_path / "burst.jsonl", copies)
    done = run_cli("run", str(inputs), "--out", str(tmp_path / "out"), "--encoder", "hashing", "-q")
    assert done.returncode == 0, done.stderr
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    assert len(events) == 1 and len(events[0]["articles"]) == 1
    db = sqlite3.connect(tmp_path / "out" / "storyweave.db")
    assert db.execute("SELECT COUNT(*) FROM copies").fetchone()[0] == 9_999


def test_a_notice_found_to_be_page_furniture_does_not_glue_unrelated_reports(tmp_path: Path) -> None:
    notice = (
        "We use cookies and similar technologies to personalise content and adverts, to provide social media "
        "features and to analyse our traffic; by continuing to browse this site you accept our use of cookies."
    )
    stories = [
        "Dockers in Adelport walked out on Friday over a new shift system.",
        "Voters in Kessel elected a new mayor on Sunday after a close race.",
        "The summer jazz festival in Lundby drew record crowds this weekend.",
        "A late goal gave Norvik the cup final against Hallby on Saturday.",
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    for n, story in enumerate(stories):
        (folder / f"{n}.txt").write_text(f"{story}\n\n{notice}\n", encoding="utf-8")
    done = run_cli("run", str(folder), "--out", str(tmp_path / "out"), "--encoder", "hashing", "-q")
    assert done.returncode == 0, done.stderr
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    assert len(events) == len(stories)


def test_a_kept_builder_knows_when_another_process_has_clustered_into_its_store(tmp_path: Path) -> None:
    settings = Settings().updated(encoder="hashing")
    first = Article.new(title="Flood in Porto Alegre", text="Rivers rose in Porto Alegre after days of rain.")
    second = Article.new(title="Wildfire near Athens", text="A wildfire burned near Athens as winds rose on Sunday.")
    with Store(tmp_path / "storyweave.db") as store:
        builder = EventBuilder(store, settings)
        ingest([first], store, settings, builder=builder, digests=False)
        assert builder.current()  # what it clustered is what the store holds
        ingest([second], store, settings, digests=False)  # another writer, with its own builder
        assert not builder.current()
        again = EventBuilder(store, settings)
        assert again.current() and again.clustered_through > 0
