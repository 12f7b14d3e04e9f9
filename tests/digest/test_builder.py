"""The digest as a user gets it: `storyweave run` on the seeds, read back from `events.jsonl` and the store."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from storyweave.digest import builder
from storyweave.digest.equivalents import lookup
from storyweave.model import Citation, SummarySentence
from storyweave.pipeline import run
from storyweave.represent.evidence import extract, fold
from storyweave.settings import Settings
from storyweave.store import Store
from storyweave.store.schema import MIGRATIONS
from tests.conftest import SAMPLE, read_jsonl, run_cli


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("digest")
    done = run_cli("run", str(SAMPLE), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "digests rebuilt for 1" in done.stdout
    (event,) = read_jsonl(out / "events.jsonl")
    return out, event


def _languages(event: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["language"] for a in event["articles"]}


def test_every_citation_resolves_to_a_stored_sentence(seed_run: tuple[Path, dict[str, Any]]) -> None:
    out, event = seed_run
    assert {"timeline", "entities", "quotes", "anchors"} <= set(event)
    cited = [
        (c["article"], c["sentence"])
        for field in ("summary", "timeline", "entities", "quotes")
        for item in event[field]
        for c in item["citations"]
    ]
    assert cited
    with Store(out / "storyweave.db", readonly=True) as store:
        texts = store.sentence_texts(cited)
    assert all(t is not None for t in texts)
    with Store(out / "storyweave.db", readonly=True) as store:
        for entry in event["timeline"]:  # an entry's text is one of the sentences it cites
            assert entry["text"] in store.sentence_texts([(c["article"], c["sentence"]) for c in entry["citations"]])


def test_seed_timeline_dates_the_surrender_and_the_fall_through_the_event(
    seed_run: tuple[Path, dict[str, Any]],
) -> None:
    _, event = seed_run
    languages = _languages(event)
    entries = event["timeline"]
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    assert set(entries[0]) == {"date", "precision", "text", "citations", "uncertain"}

    def reports(day: str) -> list[set[str]]:
        return [{c["article"] for c in e["citations"]} for e in entries if e["date"] == day]

    early = [r for day in ("2017-10-13", "2017-10-14") for r in reports(day) if len(r) >= 2]
    fall = [r for r in reports("2017-10-17") if len(r) >= 2]
    assert early, entries
    assert fall, entries
    assert any(languages[a] == "no" for r in early + fall for a in r)
    # Only one report states its day; the others say so.
    borrowed = {a["article"] for a in event["anchors"]}
    assert len(borrowed) == 4 and all(a["how"].startswith("borrowed") for a in event["anchors"])


def test_seed_entities_merge_variants_into_one_each(seed_run: tuple[Path, dict[str, Any]]) -> None:
    _, event = seed_run
    entities = event["entities"]
    assert set(entities[0]) == {"name", "type", "aliases", "roles", "citations", "uncertain"}
    expected = {
        "Talal Sello": {"Talal Sello", "Talal Sillo", "Brig. Gen. Talal Sello", "Sello"},
        "Mustafa Bali": {"Mustafa Bali", "Musafa Bali"},
        "Nuri Mahmoud": {"Nuri Mahmoud", "Nouri Mahmoud"},
        "Ryan Dillon": {"Ryan Dillon"},
        "Rami Abdulrahman": {"Rami Abdulrahman"},
        "SDF": {"SDF", "Syrian Democratic Forces"},
        "YPG": {"YPG", "People's Protection Units"},
        "ISIS": {"ISIS", "IS", "Islamic State", "Daesh"},
        "SOHR": {"SOHR", "Syrian Observatory for Human Rights"},
        "Raqqa": {"Raqqa"},
    }
    for label, aliases in expected.items():
        holders = [e for e in entities if aliases & set(e["aliases"])]
        assert len(holders) == 1, (label, holders)
        assert aliases <= set(holders[0]["aliases"]), (label, holders[0])
    everyone = [alias for e in entities for alias in e["aliases"]]
    assert len(everyone) == len(set(everyone))  # no alias in two entities
    sello = next(e for e in entities if "Talal Sello" in e["aliases"])
    assert sello["type"] == "person" and any("Gen" in role for role in sello["roles"])


def test_seed_quotes_name_their_speakers(seed_run: tuple[Path, dict[str, Any]]) -> None:
    _, event = seed_run
    quotes = event["quotes"]
    assert any("Everything is finished in Raqqa" in q["text"] and q["speaker"] == "Talal Sello" for q in quotes)
    commander = next(q for q in quotes if "Our aim is to clear the stadium" in q["text"])
    assert "commander" in commander["speaker"] and commander["uncertain"]
    truncated = next(q for q in quotes if q["text"].startswith("The national hospital was liberated"))
    assert truncated["uncertain"] and not truncated["speaker"]  # kept, marked, and no speaker invented
    languages = _languages(event)
    assert any(q["speaker"] == "Rami Abdulrahman" and languages[q["citations"][0]["article"]] == "no" for q in quotes)


def test_seed_summary_is_short_whole_and_every_line_is_backed_by_two_reports(
    seed_run: tuple[Path, dict[str, Any]],
) -> None:
    out, event = seed_run
    languages = _languages(event)
    summary = event["summary"]
    assert summary and event["summary_language"] == "en"
    assert sum(len(line["text"].split()) for line in summary) <= 120
    assert all(len({c["article"] for c in line["citations"]}) >= 2 for line in summary)
    assert any(languages[c["article"]] == "no" for line in summary for c in line["citations"])
    assert not any("liberated and" in line["text"] for line in summary)  # the seeds' truncated quote
    with Store(out / "storyweave.db", readonly=True) as store:
        for line in summary:  # its figures are in the sentences it cites
            cited = " ".join(
                t or "" for t in store.sentence_texts([(c["article"], c["sentence"]) for c in line["citations"]])
            )
            assert all(number in cited for number in re.findall(r"\d+", line["text"]))
            for name in extract(line["text"]).names | extract(line["text"]).acronyms:  # and its names, in some form
                known = lookup(name)
                forms = {name, *(known.forms if known else ())}
                assert any(fold(form) in fold(cited) for form in forms), name


def test_seed_facts_lay_the_figures_side_by_side(seed_run: tuple[Path, dict[str, Any]]) -> None:
    _, event = seed_run
    languages = _languages(event)
    facts = event["facts"]
    assert facts and set(facts[0]) == {"subject", "status", "claims", "uncertain"}
    assert set(facts[0]["claims"][0]) == {"value", "low", "high", "unit", "time", "text", "citations"}

    def reports(fact: dict[str, Any]) -> set[str]:
        return {c["article"] for claim in fact["claims"] for c in claim["citations"]}

    killed = [f for f in facts if any(c["value"] == 22 for c in f["claims"])]
    assert len(killed) == 1 and killed[0]["status"] == "agreed" and len(reports(killed[0])) == 3
    start = [f for f in facts if any(c["unit"] == "start date" for c in f["claims"])]
    assert len(start) == 1 and start[0]["status"] == "conflict"
    months = {(c["value"], languages[c["citations"][0]["article"]]) for c in start[0]["claims"]}
    assert ("2017-06", "en") in months and ("2017-07", "no") in months
    share = [f for f in facts if any(c["unit"] == "percent" for c in f["claims"])]
    assert len(share) == 1
    values = {c["value"]: c for c in share[0]["claims"]}
    assert values[80]["low"] == 80 and 90 in values  # "more than 80 percent" and "rundt 90 prosent", one fact
    assert {languages[c["citations"][0]["article"]] for c in share[0]["claims"]} == {"en", "no"}


def test_a_grown_event_gets_a_new_digest_and_a_failing_one_does_not_stop_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(encoder="hashing")
    seeds = sorted(SAMPLE.iterdir())
    with Store(tmp_path / "s.db") as store:
        first = run([str(p) for p in seeds[:3]], store, settings)
        assert first.digested
        sizes = dict(store.db.execute("SELECT event_id, size FROM digests").fetchall())

        def broken(*_: object, **__: object) -> object:
            raise RuntimeError("boom")

        monkeypatch.setattr(builder, "build_digest", broken)
        second = run([str(p) for p in seeds[3:]], store, settings)
        assert second.digested  # the grown or new events were attempted ...
        problems = [p for p in second.problems if "digest failed" in p.reason]
        assert problems and not any(p.skipped for p in problems)  # ... each failure a warning, not a skip
        assert store.count_articles() == 5  # and nothing stored was lost
        for event_id in second.digested:
            body = store.digest(event_id)
            assert body is not None and body["error"] == "boom"
            if event_id in sizes:  # an event that had a digest keeps it, flagged
                assert body["timeline"] or body["entities"]
        assert {e for e, _ in store.stale_digests()} == set(second.digested)  # and the next run retries them
        monkeypatch.undo()
        assert builder.DigestWriter(store, settings).update() == second.digested
        assert store.stale_digests() == []
        assert all("error" not in (store.digest(e) or {}) for e in second.digested)


def test_an_older_store_gains_the_digests_table(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path):
        pass
    db = sqlite3.connect(path)
    db.execute("DROP TABLE digests")
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.stale_digests() == []
        assert int(store.db.execute("PRAGMA user_version").fetchone()[0]) == len(MIGRATIONS)


def test_the_summariser_is_chosen_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyweave.digest import summary
    from storyweave.digest.summary import SummaryResult, summariser_of
    from tests.digest.test_timeline import seed_articles

    assert summariser_of(Settings()) == "extractive"
    assert summariser_of(Settings(llm_url="http://127.0.0.1:9")) == "abstractive"
    assert summariser_of(Settings(llm_url="http://127.0.0.1:9", summariser="extractive")) == "extractive"
    with pytest.raises(ValueError, match="needs an endpoint"):
        Settings().updated(summariser="abstractive")
    lines = (SummarySentence("A plugin's line.", (Citation("x", 0),)),)
    monkeypatch.setitem(summary.SUMMARISERS, "plugin", lambda context: SummaryResult(lines, "en", "by plugin"))
    record = builder.build_digest(seed_articles(), Settings(encoder="hashing", summariser="plugin"))
    assert record.summary == lines and record.summary_note == "by plugin" and record.timeline
    with pytest.raises(ValueError, match="unknown summariser 'nothing'"):
        builder.build_digest(seed_articles(), Settings(summariser="nothing"))


def test_an_abstractive_run_without_an_endpoint_is_refused(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from storyweave import cli

    done = CliRunner().invoke(cli.main, ["run", str(SAMPLE), "--out", str(tmp_path), "--summariser", "abstractive"])
    assert done.exit_code == 1 and "needs an endpoint" in done.output
