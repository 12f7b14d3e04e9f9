from __future__ import annotations

import gzip
import json
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from storyweave.evaluate import gate, tilse_scores
from storyweave.evaluate.cli import evaluate
from storyweave.evaluate.datewise_baseline import DatewiseBaseline
from storyweave.evaluate.tilse_scores import TimelineScorer, rouge_home
from storyweave.evaluate.timeline17 import (
    build_tasks,
    detokenize,
    read_articles,
    read_gold,
    sentences_per_date,
)
from storyweave.evaluate.timelines import (
    BASELINE,
    ENGINE,
    TimelineSystem,
    baseline_system,
    engine_system,
    evaluate_timelines,
    predicted_timeline,
)
from storyweave.model import Article, Citation, TimelineEntry
from tests.conftest import SHARED_DATA

T17 = SHARED_DATA / "tls-timeline17-crisis"

DOCS = [
    # topic, doc_index, pub_date, PTB-tokenised text (one sentence a line)
    ("quake", 0, "2010-01-10", "Tremors were felt in the capital on January 9 .\nNo damage was reported ."),
    (
        "quake",
        1,
        "2010-01-13",
        "A 7.0 earthquake struck the capital on January 12 , killing thousands .\n"
        "The presidential palace collapsed on January 12 .\n"
        "Rescue teams arrived on January 13 from the Dominican Republic .",
    ),
    (
        "quake",
        2,
        "2010-01-14",
        "`` We have lost everything , '' said a survivor -LRB- a teacher -RRB- on January 12 .\n"
        "Aid flights landed on January 13 and January 14 .\n"
        "Looting was reported on January 14 .",
    ),
    (
        "quake",
        3,
        "2010-01-20",
        "An aftershock hit on January 20 .\nIt was felt on January 20 in the capital 's suburbs .",
    ),
    ("quake", 4, "2010-02-03", "Donors met in Montreal on February 2 ."),
    ("quake", 5, "2010-01-16", "Water ran out . Trucks came on January 16 ."),  # one line, two sentences
    ("flood", 0, "2011-03-01", "The river rose on March 1 ."),
]

GOLD = [
    {
        "dataset": "timeline17",
        "topic": "quake",
        "timeline_id": "wire",
        "entries": [
            {"date": "2010-01-12", "sentences": ["A 7.0 earthquake strikes the capital .", "Thousands are killed ."]},
            {"date": "2010-01-13", "sentences": ["Rescue teams arrive from the Dominican Republic ."]},
            {"date": "2010-01-20", "sentences": ["An aftershock hits .", "Buildings sway .", "Residents flee ."]},
        ],
    },
    {
        "dataset": "timeline17",
        "topic": "quake",
        "timeline_id": "bbc",
        "entries": [
            {"date": "2010-01-14", "sentences": ["Old block .", "Replaced ."]},
            {"date": "2010-01-12", "sentences": ["The earthquake strikes .", "The palace collapses ."]},
            {"date": "2010-01-14", "sentences": ["Looting is reported .", "Aid arrives .", "Flights land ."]},
        ],
    },
    {
        "dataset": "crisis",
        "topic": "quake",
        "timeline_id": "other",
        "entries": [{"date": "2010-01-01", "sentences": ["x"]}],
    },
    {
        "dataset": "timeline17",
        "topic": "spill",
        "timeline_id": "t",
        "entries": [{"date": "2010-04-20", "sentences": ["y"]}],
    },
]


def write_corpus(folder: Path) -> tuple[Path, Path]:
    articles = folder / "articles.jsonl.gz"
    with gzip.open(articles, "wt", encoding="utf-8") as handle:
        for topic, number, published, text in DOCS:
            handle.write(json.dumps({"topic": topic, "doc_index": number, "pub_date": published, "text": text}) + "\n")
    gold = folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(record) + "\n" for record in GOLD), encoding="utf-8")
    return articles, gold


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    return write_corpus(tmp_path)


@pytest.fixture(scope="module")
def scorer() -> TimelineScorer:
    return TimelineScorer()


def test_ptb_lines_are_detokenised_for_the_engine() -> None:
    line = "`` We have lost everything , '' said Haiti 's president -LRB- on 1\\/12\\/10 -RRB- ; aid does n't arrive ."
    assert detokenize(line) == "\"We have lost everything,\" said Haiti's president (on 1/12/10); aid doesn't arrive."


def test_articles_become_engine_articles_with_one_sentence_per_line(corpus: tuple[Path, Path]) -> None:
    corpora = read_articles(corpus[0])
    assert sorted(corpora) == ["flood", "quake"]
    quake = corpora["quake"]
    assert [a.id for a in quake.articles] == [f"t17:quake:{n}" for n in (0, 1, 2, 5, 3, 4)]  # by publication date
    article = quake.articles[2]
    assert (article.title, article.language, article.published, article.precision) == (
        "",
        "en",
        date(2010, 1, 14),
        "day",
    )
    assert len(article.sentences) == 3
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.article_id == article.id
    assert article.sentences[0].text == '"We have lost everything," said a survivor (a teacher) on January 12.'
    assert quake.originals[(article.id, 0)].startswith("`` We have lost everything , ''")


def test_gold_keeps_timeline17_only_and_the_last_block_of_a_repeated_date(corpus: tuple[Path, Path]) -> None:
    gold = read_gold(corpus[1])
    assert [(g.topic, g.id) for g in gold] == [("quake", "wire"), ("quake", "bbc"), ("spill", "t")]
    bbc = gold[1]
    assert bbc.entries[date(2010, 1, 14)] == ("Looting is reported .", "Aid arrives .", "Flights land .")


def test_one_task_per_gold_timeline_with_its_l_k_and_date_range(corpus: tuple[Path, Path]) -> None:
    tasks = build_tasks(read_articles(corpus[0]), read_gold(corpus[1]))
    assert [(t.topic, t.timeline) for t in tasks] == [("quake", "bbc"), ("quake", "wire")]  # spill has no articles
    bbc, wire = tasks
    # wire: 3 dates, (2 + 1 + 3) / 3 = 2.0 sentences a date; range 12..20 January keeps documents 1, 2, 5, 3
    assert (wire.dates, wire.per_date, wire.start, wire.end) == (3, 2, date(2010, 1, 12), date(2010, 1, 20))
    assert [a.id for a in wire.articles] == ["t17:quake:1", "t17:quake:2", "t17:quake:5", "t17:quake:3"]
    # bbc: 2 dates, (2 + 3) / 2 = 2.5 rounds half to even, as news-tls's round() does: k = 2
    assert (bbc.dates, bbc.per_date) == (2, 2)
    assert [a.id for a in bbc.articles] == ["t17:quake:1", "t17:quake:2"]
    assert list(bbc.gold) == [date(2010, 1, 12), date(2010, 1, 14)]
    assert build_tasks(read_articles(corpus[0]), read_gold(corpus[1]), topics=["flood"]) == []


def test_rounding_of_sentences_per_date_follows_news_tls() -> None:
    def gold(*counts: int) -> dict[date, tuple[str, ...]]:
        return {date(2010, 1, n + 1): ("s",) * c for n, c in enumerate(counts)}

    assert sentences_per_date(gold(1, 2)) == 2  # 1.5 -> 2
    assert sentences_per_date(gold(2, 3)) == 2  # 2.5 -> 2
    assert sentences_per_date(gold(3, 4)) == 4  # 3.5 -> 4
    assert sentences_per_date(gold(1, 1, 2)) == 1


GOLD_TL = {
    date(2011, 1, 25): ["Thousands of protesters fill the streets of Cairo demanding reform ."],
    date(2011, 2, 11): ["Mubarak resigns and hands power to the military council ."],
}


def test_an_identical_timeline_scores_full_marks(scorer: TimelineScorer) -> None:
    scores = scorer.score(GOLD_TL, GOLD_TL)
    assert scores.dates.f1 == 1.0
    assert scores.ar1.f1 == pytest.approx(1.0) and scores.ar2.f1 == pytest.approx(1.0)
    assert scores.concat_r1.f1 == pytest.approx(1.0)


def test_a_disjoint_timeline_scores_nothing(scorer: TimelineScorer) -> None:
    other = {date(2011, 1, 1): ["Snow closed airports across northern Europe ."]}
    scores = scorer.score(other, GOLD_TL)
    assert (scores.dates.f1, scores.ar1.f1, scores.ar2.f1, scores.concat_r1.f1) == (0.0, 0.0, 0.0, 0.0)
    assert scorer.score({}, GOLD_TL).ar1.f1 == 0.0


def test_alignment_credits_a_near_date_less_than_the_exact_one(scorer: TimelineScorer) -> None:
    shifted = {date(2011, 1, 26): GOLD_TL[date(2011, 1, 25)], date(2011, 2, 11): GOLD_TL[date(2011, 2, 11)]}
    scores = scorer.score(shifted, GOLD_TL)
    assert scores.dates.f1 == 0.5
    assert 0.5 < scores.ar1.f1 < 1.0  # a day off halves that date's ROUGE counts
    assert scores.concat_r1.f1 == pytest.approx(1.0)  # concat ignores dates


def test_scoring_asks_nltk_for_no_data(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("nltk data was asked for")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    assert TimelineScorer().score(GOLD_TL, GOLD_TL).dates.f1 == 1.0
    assert tilse_scores.ptb_tokenize('He said "no" (twice) on 1/26/11.') == (
        "He said `` no '' -LRB- twice -RRB- on 1\\/26\\/11 ."
    )


def test_a_broken_bundled_rouge_is_repaired_in_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyrouge.base

    broken = tmp_path / "site" / "ROUGE-1.5.5"
    shutil.copytree(Path(pyrouge.base.ROUGE_EVAL_HOME), broken)
    (broken / "ROUGE-1.5.5.pl").chmod(0o644)  # as some installers leave it
    (broken / "data" / "WordNet-2.0.exc.db").write_bytes(b"not a Berkeley DB")
    monkeypatch.setattr(pyrouge.base, "ROUGE_EVAL_HOME", str(broken))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rouge_home.cache_clear()
    try:
        home = rouge_home()
        assert home == tmp_path / "cache" / "storyweave" / "ROUGE-1.5.5"
        assert tilse_scores._probe(home) is None
        assert tilse_scores._probe(broken) is not None
    finally:
        rouge_home.cache_clear()


def test_without_tilse_the_command_says_what_to_install(
    corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "tilse" or m.startswith("tilse.")] + ["tilse"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if it were not installed
    rouge_home.cache_clear()
    try:
        result = CliRunner().invoke(evaluate, ["timelines", "--articles", str(corpus[0]), "--gold", str(corpus[1])])
    finally:
        rouge_home.cache_clear()
    assert result.exit_code == 1
    assert "make" in result.output and "tilse" in result.output
    assert "Traceback" not in result.output


def _synthetic_articles() -> list[Article]:
    from storyweave.evaluate.timeline17 import to_article

    lines = {
        date(2011, 2, 2): [
            "Protesters filled Tahrir Square on January 28 demanding that Mubarak resign .",
            "Police fired tear gas at protesters in Tahrir Square on January 28 .",
            "Police fired tear gas at protesters in Tahrir Square on January 28 .",
            "The army deployed tanks in Cairo on February 1 after protesters marched .",
            "On February 1 , a million people marched in Cairo against Mubarak .",
            "Fog delayed flights in Europe on December 5 , 2010 .",
            "Fog closed airports on December 5 , 2010 .",
            "Fog again on December 5 , 2010 .",
            "Fog and snow on December 5 , 2010 .",
            "The weather was mild .",
        ],
        date(2011, 2, 3): ["Mubarak spoke on January 28 and promised reforms to protesters ."],
    }
    return [to_article("egypt", n, day, "\n".join(text))[0] for n, (day, text) in enumerate(lines.items())]


def test_the_baseline_ranks_days_by_mentions_and_picks_sentences_near_their_centroid() -> None:
    articles = _synthetic_articles()
    baseline = DatewiseBaseline()
    entries = baseline(articles, dates=2, per_date=2, start=date(2011, 1, 25), end=date(2011, 2, 13))
    assert [e.date for e in entries] == [date(2011, 1, 28), date(2011, 2, 1)]  # December 5 is outside the range
    first = entries[0]
    assert len(first.citations) == 2
    assert first.text.count("tear gas") <= 1  # the repeated wire sentence is taken once
    sentences = {(a.id, s.index): s.text for a in articles for s in a.sentences}
    assert first.text == " ".join(sentences[(c.article, c.sentence)] for c in first.citations)
    for citation in first.citations:
        assert "January 28" in sentences[(citation.article, citation.sentence)]
    assert baseline(articles, dates=5, per_date=1, start=None, end=None)[0].date == date(2010, 12, 5)
    assert baseline([], dates=3, per_date=1, start=None, end=None) == ()


def test_cited_sentences_are_scored_in_the_corpus_tokenisation(corpus: tuple[Path, Path]) -> None:
    task = build_tasks(read_articles(corpus[0]), read_gold(corpus[1]))[1]
    article = task.articles[1]
    quoted = TimelineEntry(date(2010, 1, 12), "day", article.sentences[0].text, (Citation(article.id, 0),))
    rewritten = TimelineEntry(date(2010, 1, 13), "day", 'Aid came. "Help," he said.', ())
    line = TimelineEntry(date(2010, 1, 16), "day", "Water ran out. Trucks came on January 16.", ())
    timeline = predicted_timeline([quoted, rewritten, line], task)
    assert timeline[date(2010, 1, 12)] == [
        "`` We have lost everything , '' said a survivor -LRB- a teacher -RRB- on January 12 ."
    ]
    assert timeline[date(2010, 1, 13)] == ["Aid came .", "`` Help , '' he said ."]
    assert timeline[date(2010, 1, 16)] == ["Water ran out . Trucks came on January 16 ."]  # the corpus's one line


def _by_publication_day() -> TimelineSystem:
    """Every sentence on its article's publication day, whatever l and k say: checks plumbing, not quality."""

    def system(
        articles: Sequence[Article], *, dates: int, per_date: int, start: date | None, end: date | None
    ) -> tuple[TimelineEntry, ...]:
        entries = []
        for article in articles:
            for sentence in article.sentences:
                entries.append(
                    TimelineEntry(
                        article.published or date.min, "day", sentence.text, (Citation(article.id, sentence.index),)
                    )
                )
        return tuple(entries)

    return system


def test_the_harness_scores_every_system_per_timeline_and_averages_over_timelines(corpus: tuple[Path, Path]) -> None:
    report = evaluate_timelines(
        corpus[0], corpus[1], {"storyweave": _by_publication_day(), BASELINE: baseline_system()}
    )
    assert [(r.topic, r.timeline, r.dates, r.per_date) for r in report.rows] == [
        ("quake", "bbc", 2, 2),
        ("quake", "wire", 3, 2),
    ]
    assert report.skipped == {"spill": 1}
    result = report.as_dict()
    assert set(result["mean"]) >= {"ar1_f1", "ar2_f1", "date_f1", "baseline"}
    assert set(result["topics"]["quake"]) >= {"ar1_f1", "ar2_f1", "date_f1", "timelines", "baseline"}
    assert len(result["topics"]["quake"]["timelines"]) == 2
    baseline = report.figures(BASELINE)
    assert baseline is not None
    # the mean is F1 of the mean precision and recall (news-tls), not the mean of F1s
    rows = [r.scores[BASELINE].dates for r in report.rows]
    precision = sum(r.precision for r in rows) / 2
    recall = sum(r.recall for r in rows) / 2
    assert baseline.dates.f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert 0.0 < result["mean"]["baseline"]["date_f1"] <= 1.0
    for line in ("quake bbc", "mean over timelines", "DATEWISE 0.120 / 0.035 / 0.544"):
        assert any(line in text for text in report.lines())


def test_the_command_prints_one_json_object(corpus: tuple[Path, Path]) -> None:
    args = ["timelines", "--articles", str(corpus[0]), "--gold", str(corpus[1]), "--topic", "quake", "--json"]
    result = CliRunner().invoke(evaluate, args)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload["topics"]) == {"quake"}
    assert {"ar1_f1", "ar2_f1", "date_f1", "baseline"} <= set(payload["mean"])
    assert payload["published"]["DATEWISE"] == {"ar1_f1": 0.12, "ar2_f1": 0.035, "date_f1": 0.544}


@pytest.fixture
def real_data() -> Iterator[Path]:
    if not (T17 / "t17_articles_dev.jsonl.gz").exists():
        pytest.skip(f"Timeline17 data not found at {T17}")
    yield T17


@pytest.mark.slow
def test_the_baseline_on_real_timeline17_egypt_is_in_a_sane_range(real_data: Path) -> None:
    started = time.perf_counter()
    report = evaluate_timelines(
        real_data / "t17_articles_dev.jsonl.gz",
        real_data / "gold_timelines.jsonl",
        {BASELINE: baseline_system()},
        topics=["egypt"],
    )
    assert [(r.topic, r.timeline, r.dates, r.per_date) for r in report.rows] == [("egypt", "tl8", 20, 3)]
    figures = report.figures(BASELINE)
    assert figures is not None
    assert 0.05 < figures.ar1.f1 < 0.4
    assert 0.0 < figures.ar2.f1 < 0.2
    assert 0.5 < figures.dates.f1 <= 1.0
    assert time.perf_counter() - started < 45


@pytest.mark.slow
def test_the_engine_beats_the_same_run_baseline_on_every_measure_and_keeps_its_floors(real_data: Path) -> None:
    """The issue's bar as a CI gate: all Timeline17 dev timelines, engine and DateWise-style baseline in one run.

    The floors are the quality gate's (src/storyweave/evaluate/floors.toml).
    """
    floors = gate.load()
    engine = engine_system()
    assert engine is not None
    report = evaluate_timelines(
        real_data / "t17_articles_dev.jsonl.gz",
        real_data / "gold_timelines.jsonl",
        {ENGINE: engine, BASELINE: baseline_system()},
    )
    ours, theirs = report.figures(ENGINE), report.figures(BASELINE)
    assert ours is not None and theirs is not None
    assert ours.ar1.f1 > theirs.ar1.f1
    assert ours.ar2.f1 > theirs.ar2.f1
    assert ours.dates.f1 > theirs.dates.f1
    assert ours.ar1.f1 >= floors.floor("timelines", "ar1")
    assert ours.ar2.f1 >= floors.floor("timelines", "ar2")
    assert ours.dates.f1 >= floors.floor("timelines", "date_f1")
