"""Kept readings: a grown event's digest reuses what its reports read before, and is still the digest a whole
rebuild would write."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from storyweave.digest import kept
from storyweave.digest.builder import DigestWriter, build_digest
from storyweave.digest.name_words import Lexicon
from storyweave.digest.tagged import _KEPT as NAMES
from storyweave.digest.tagged import find_names
from storyweave.ingest import read_paths
from storyweave.model import Article, Sentence
from storyweave.normalize import normalize
from storyweave.pipeline import ingest
from storyweave.records import DigestRecord
from storyweave.settings import Settings
from storyweave.store import Store
from tests.conftest import SAMPLE


def article(key: str, sentences: list[str], language: str = "en") -> Article:
    return Article(
        id=key,
        title="",
        text=" ".join(sentences),
        language=language,
        published=date(2020, 3, 2),
        precision="day",
        sentences=tuple(Sentence(key, i, s, 0, 0) for i, s in enumerate(sentences)),
    )


@pytest.fixture(autouse=True)
def cold() -> None:
    kept.forget()


def test_a_kept_name_reading_is_read_again_when_the_event_answers_otherwise() -> None:
    # "Tolvik har falt" opens a sentence: a name only once the event also writes "i Tolvik".
    text = "Tolvik har falt etter fire måneder."
    alone = Lexicon.of([text])
    grown = Lexicon.of([text, "Styrkene gikk inn i Tolvik i går."])
    assert find_names(text, "no", alone) == []
    assert [m.text for m in find_names(text, "no", grown)] == ["Tolvik"]
    assert [m.text for m in find_names(text, "no", alone)] == []  # both readings kept, each for its answers


def test_a_kept_name_reading_is_reused_while_the_answers_hold() -> None:
    text = "Tolvik har falt etter fire måneder."
    find_names(text, "no", Lexicon.of([text, "Styrkene gikk inn i Tolvik i går."]))
    hits = NAMES.hits
    # A lexicon that grew by words this sentence never asked about gives the same answers.
    other = Lexicon.of([text, "Styrkene gikk inn i Tolvik i går.", "Byen Kvernes ligger nord for elva."])
    assert [m.text for m in find_names(text, "no", other)] == ["Tolvik"]
    assert NAMES.hits == hits + 1


def test_a_quote_is_given_again_to_whom_the_grown_event_says_spoke() -> None:
    first = article("a", ['"The talks have failed," Smith said on Monday.', "Smith spoke after the meeting in Oslo."])
    second = article(
        "b", ["Mayor John Smith said on Monday that the talks had failed.", '"We will try again," said John Smith.']
    )
    settings = Settings()
    assert [q.speaker for q in build_digest([first], settings).quotes] == ["Smith"]
    grown = build_digest([first, second], settings)
    assert {q.speaker for q in grown.quotes} == {"John Smith"}
    kept.forget()
    assert grown == build_digest([first, second], settings)


def _seeds() -> list[Article]:
    settings = Settings()
    return [normalize(a, settings) for a in read_paths([str(SAMPLE)], settings) if isinstance(a, Article)]


def test_every_step_of_a_growing_event_digests_as_a_whole_rebuild_would() -> None:
    settings = Settings()
    articles = _seeds()
    warm: list[DigestRecord] = [build_digest(articles[:size], settings) for size in range(1, len(articles) + 1)]
    for size, record in enumerate(warm, start=1):
        kept.forget()
        assert build_digest(articles[:size], settings) == record, f"the first {size} seeds"


def test_an_event_digested_again_reads_its_reports_from_what_was_kept() -> None:
    settings = Settings()
    articles = _seeds()
    build_digest(articles, settings)
    misses = NAMES.misses
    build_digest(articles, settings)
    assert NAMES.misses == misses


@pytest.fixture
def stored_seeds(tmp_path: Path) -> Iterator[tuple[Store, list[Article]]]:
    settings = Settings()
    with Store(tmp_path / "storyweave.db") as store:
        ingest(_seeds(), store, settings, events=False, digests=False)
        yield store, list(store.iter_articles())


def test_a_process_started_again_reads_its_reports_from_the_store(stored_seeds: tuple[Store, list[Article]]) -> None:
    store, articles = stored_seeds
    settings = Settings()
    writer = DigestWriter(store, settings)
    record, fresh = writer.build(articles)
    with store.transaction():
        writer.keep(fresh)
    kinds = {str(k) for (k,) in store.db.execute("SELECT DISTINCT kind FROM readings")}
    assert kinds == {"names", "lexicon", "claims", "quotes", "dates", "candidates"}
    kept.forget()  # as a process that starts again
    misses = NAMES.misses
    again, fresh = DigestWriter(store, settings).build(articles)
    assert again == record
    assert NAMES.misses == misses  # every sentence's names came from the store
    assert not fresh.readings


def test_readings_of_another_version_are_never_used(
    stored_seeds: tuple[Store, list[Article]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, articles = stored_seeds
    writer = DigestWriter(store, Settings())
    record, fresh = writer.build(articles)
    with store.transaction():
        writer.keep(fresh)
    kept.forget()
    monkeypatch.setattr(kept, "version", lambda: "a later version")
    misses = NAMES.misses
    again, fresh = DigestWriter(store, Settings()).build(articles)
    assert again == record
    assert NAMES.misses > misses
    with store.transaction():
        DigestWriter(store, Settings()).keep(fresh)
    assert {str(v) for (v,) in store.db.execute("SELECT DISTINCT version FROM readings")} == {"a later version"}


def test_a_stored_reading_the_digest_did_not_write_is_read_again(stored_seeds: tuple[Store, list[Article]]) -> None:
    store, articles = stored_seeds
    writer = DigestWriter(store, Settings())
    record, fresh = writer.build(articles)
    with store.transaction():
        writer.keep(fresh)
        # A store from elsewhere: a reading naming a type no reading holds, and one that is not JSON.
        store.db.execute(
            """UPDATE readings SET body = '[{"t":[null,{"c":"Popen","v":["rm"]}]}]' WHERE kind = 'quotes'"""
        )
        store.db.execute("UPDATE readings SET body = 'not json' WHERE kind = 'claims'")
    kept.forget()
    again, _ = DigestWriter(store, Settings()).build(articles)
    assert again == record
