"""`storyweave evaluate timelines`: Timeline17 tasks run through timeline systems and scored with tilse.

Every system sees the same task (articles in the gold range, `l` dates, `k` sentences per date) and is scored the
same way, so the engine and the DateWise-style baseline are compared within one run. Averages follow news-tls
(`get_average_results`) and tilse's `Scores`: precision and recall are averaged over timelines, not topics, and F1 is
taken of those means; that is how the published figures were computed.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from storyweave.evaluate.tilse_scores import PRF, TimelineScorer, TimelineScores, ptb_tokenize, rouge_home
from storyweave.evaluate.timeline17 import Task, build_tasks, read_articles, read_gold
from storyweave.model import Article, TimelineEntry
from storyweave.normalize.sentences import split

ENGINE = "storyweave"
BASELINE = "datewise_baseline"
# Gholipour Ghalandari & Ifrim 2020, Table 4, all 19 Timeline17 timelines (full corpus, HeidelTime dates).
PUBLISHED: dict[str, tuple[float, float, float]] = {"DATEWISE": (0.120, 0.035, 0.544), "CLUST": (0.082, 0.020, 0.407)}


class TimelineSystem(Protocol):
    def __call__(
        self, articles: Sequence[Article], *, dates: int, per_date: int, start: date | None, end: date | None
    ) -> tuple[TimelineEntry, ...]: ...


def engine_system() -> TimelineSystem | None:
    """The engine's `build_timeline`, or None while `storyweave.digest.timeline` does not exist yet."""
    try:
        from storyweave.digest.timeline import build_timeline
    except ModuleNotFoundError as error:
        if error.name in ("storyweave.digest.timeline", "storyweave.digest"):
            return None
        raise
    # Gold timelines are lists of days: the engine's month-precision entries ("since June") have no place there.
    system: TimelineSystem = functools.partial(build_timeline, precisions=("day",))
    return system


def baseline_system() -> TimelineSystem:
    from storyweave.evaluate.datewise_baseline import DatewiseBaseline

    return DatewiseBaseline()


@dataclass(frozen=True, slots=True)
class Figures:
    """Scores of one system over one or more timelines, averaged the news-tls way."""

    ar1: PRF
    ar2: PRF
    dates: PRF
    concat_r1: PRF
    concat_r2: PRF

    @classmethod
    def mean(cls, scores: Sequence[TimelineScores]) -> Figures:
        def average(pick: Callable[[TimelineScores], PRF]) -> PRF:
            return PRF.of(
                sum(pick(s).precision for s in scores) / len(scores), sum(pick(s).recall for s in scores) / len(scores)
            )

        return cls(
            ar1=average(lambda s: s.ar1),
            ar2=average(lambda s: s.ar2),
            dates=average(lambda s: s.dates),
            concat_r1=average(lambda s: s.concat_r1),
            concat_r2=average(lambda s: s.concat_r2),
        )

    def as_dict(self) -> dict[str, float]:
        figures = {
            "ar1_f1": self.ar1.f1,
            "ar2_f1": self.ar2.f1,
            "date_f1": self.dates.f1,
            "concat_r1_f1": self.concat_r1.f1,
            "concat_r2_f1": self.concat_r2.f1,
            "date_precision": self.dates.precision,
            "date_recall": self.dates.recall,
        }
        return {k: round(v, 4) for k, v in figures.items()}


@dataclass(frozen=True, slots=True)
class TimelineRow:
    topic: str
    timeline: str
    dates: int
    per_date: int
    articles: int
    start: date
    end: date
    scores: Mapping[str, TimelineScores]
    returned: Mapping[str, int]
    most: Mapping[str, int]
    seconds: Mapping[str, float]

    def over_budget(self, system: str) -> bool:
        """More dates than l or more sentences on a date than k: its recall is not comparable."""
        return self.returned[system] > self.dates or self.most[system] > self.per_date

    def as_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "timeline": self.timeline,
            "l": self.dates,
            "k": self.per_date,
            "articles": self.articles,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }
        for name, scores in self.scores.items():
            key = "baseline" if name == BASELINE else name
            row[key] = Figures.mean([scores]).as_dict() | {
                "dates_returned": self.returned[name],
                "most_sentences_on_a_date": self.most[name],
                "over_budget": self.over_budget(name),
                "seconds": round(self.seconds[name], 2),
            }
        return row


@dataclass(frozen=True, slots=True)
class TimelinesReport:
    rows: tuple[TimelineRow, ...]
    systems: tuple[str, ...]
    skipped: Mapping[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def figures(self, system: str, topic: str | None = None) -> Figures | None:
        scores = [r.scores[system] for r in self.rows if system in r.scores and topic in (None, r.topic)]
        return Figures.mean(scores) if scores else None

    def topics(self) -> list[str]:
        return list(dict.fromkeys(r.topic for r in self.rows))

    def lines(self) -> list[str]:
        """The per-timeline table, the means and the published anchors, for people."""

        def trio(figures: Figures | None) -> str:
            if figures is None:
                return f"{'–':>6} {'–':>6} {'–':>6}"
            return f"{figures.ar1.f1:6.3f} {figures.ar2.f1:6.3f} {figures.dates.f1:6.3f}"

        def cells(pick: Callable[[str], Figures | None], row: TimelineRow | None = None) -> str:
            flag = {n: "!" if row is not None and n in row.scores and row.over_budget(n) else " " for n in self.systems}
            return " | ".join(trio(pick(name)) + flag.get(name, " ") for name in (ENGINE, BASELINE))

        width = max([len("mean over timelines")] + [len(f"{r.topic} {r.timeline}") for r in self.rows])
        skipped = ", ".join(f"{t} ({n})" for t, n in self.skipped.items())
        lines = [
            f"Timeline17: {len(self.rows)} gold timelines over {len(self.topics())} topics"
            + (f"; gold timelines without articles here: {skipped}" if skipped else ""),
            "scored by tilse 0.2.1 (ROUGE-1.5.5, stemmed, stop words removed); AR = alignment-based ROUGE F1"
            " (align+ m:1); means as news-tls: F1 of the mean precision and recall over timelines",
            f"{'':{width}} {'':>3} {'':>2} {'':>4} | {ENGINE:^21} | {'DateWise-style baseline':^21}",
            f"{'timeline':{width}} {'l':>3} {'k':>2} {'docs':>4} | {'AR1    AR2 DateF1 ':>21} | {'AR1    AR2 DateF1 ':>21}",
        ]
        for row in self.rows:
            figures = {name: Figures.mean([scores]) for name, scores in row.scores.items()}
            lines.append(
                f"{row.topic + ' ' + row.timeline:{width}} {row.dates:3d} {row.per_date:2d} {row.articles:4d}"
                f" | {cells(figures.get, row)}"
            )
        lines.append(f"{'mean over timelines':{width}} {'':>3} {'':>2} {'':>4} | {cells(self.figures)}")
        if any(r.over_budget(n) for r in self.rows for n in r.scores):
            lines.append("! returned more than l dates or more than k sentences on a date")
        anchors = ", ".join(f"{n} {' / '.join(f'{v:.3f}' for v in values)}" for n, values in PUBLISHED.items())
        lines.append(f"published on all 19 Timeline17 timelines (full corpus, HeidelTime; context only): {anchors}")
        lines.append(f"{self.seconds:.1f} s")
        return lines

    def as_dict(self) -> dict[str, Any]:
        """`topics` and `mean` carry the engine's F1s at the top level (null when the engine is unavailable), the
        baseline's under `baseline`."""

        def block(topic: str | None) -> dict[str, Any]:
            engine = self.figures(ENGINE, topic)
            baseline = self.figures(BASELINE, topic)
            empty = dict.fromkeys(("ar1_f1", "ar2_f1", "date_f1"))
            return (engine.as_dict() if engine else empty) | {"baseline": baseline.as_dict() if baseline else None}

        topics = {t: block(t) | {"timelines": [r.as_dict() for r in self.rows if r.topic == t]} for t in self.topics()}
        return {
            "topics": topics,
            "mean": block(None) | {"timelines_scored": len(self.rows)},
            "systems": list(self.systems),
            "skipped_topics": dict(self.skipped),
            "published": {
                name: dict(zip(("ar1_f1", "ar2_f1", "date_f1"), values, strict=True))
                for name, values in PUBLISHED.items()
            },
            "seconds": round(self.seconds, 1),
        }


def scored_sentences(
    entry: TimelineEntry, corpus: Mapping[str, str], sentences: Mapping[tuple[str, int], str]
) -> list[str]:
    """An entry's sentences in the corpus's PTB tokenisation, as the gold timelines are written.

    `corpus` maps each de-tokenised sentence of the task to its original line, `sentences` each (article id,
    sentence index) to the de-tokenised sentence. Text made of corpus sentences (the
    entry's text as a whole, its cited sentences joined by spaces, or each sentence the splitter finds in it) is
    scored as those lines; anything else is PTB-tokenised with nltk's Treebank rules, which give back 99% of the
    corpus's lines exactly and differ otherwise only in tokens ROUGE-1.5.5 ignores (`*`, `@`, `??`).
    """
    text = entry.text.strip()
    if text in corpus:
        return [corpus[text]]
    cited = [sentences.get((c.article, c.sentence), "") for c in entry.citations]
    if cited and all(cited) and " ".join(cited) == text:
        return [corpus[s] for s in cited]
    spans = split(text, "en", heading_max_words=0) or [(0, len(text))]
    pieces = [text[a:b].strip() for a, b in spans]
    return [corpus.get(piece) or ptb_tokenize(piece) for piece in pieces if piece]


def predicted_timeline(entries: Sequence[TimelineEntry], task: Task) -> dict[date, list[str]]:
    """Entries as tilse's date -> sentences; two entries on one day are one day with both texts."""
    sentences = {(a.id, s.index): s.text for a in task.articles for s in a.sentences}
    corpus = {text: task.originals[key] for key, text in sentences.items()}
    timeline: dict[date, list[str]] = {}
    for entry in entries:
        if entry.date is None:  # an undated entry is on no day of a dated timeline
            continue
        timeline.setdefault(entry.date, []).extend(scored_sentences(entry, corpus, sentences))
    return {d: s for d, s in sorted(timeline.items()) if s}


def evaluate_timelines(
    articles: Path,
    gold: Path,
    systems: Mapping[str, TimelineSystem],
    topics: Sequence[str] | None = None,
    workers: int = 4,
) -> TimelinesReport:
    """Run every system on every Timeline17 task, then score all timelines (ROUGE runs in parallel Perl processes)."""
    started = time.perf_counter()
    rouge_home()  # fail before the systems run, not after, when the scorer cannot work
    corpora = read_articles(articles)
    timelines = read_gold(gold)
    tasks = build_tasks(corpora, timelines, topics)
    wanted = set(topics) if topics else None
    skipped: dict[str, int] = {}
    for timeline in timelines:
        if timeline.topic not in corpora and (wanted is None or timeline.topic in wanted):
            skipped[timeline.topic] = skipped.get(timeline.topic, 0) + 1
    jobs: list[tuple[int, str, dict[date, list[str]]]] = []
    returned: list[dict[str, int]] = [{} for _ in tasks]
    most: list[dict[str, int]] = [{} for _ in tasks]
    seconds: list[dict[str, float]] = [{} for _ in tasks]
    for number, task in enumerate(tasks):
        for name, system in systems.items():
            clock = time.perf_counter()
            entries = system(task.articles, dates=task.dates, per_date=task.per_date, start=task.start, end=task.end)
            seconds[number][name] = time.perf_counter() - clock
            predicted = predicted_timeline(entries, task)
            returned[number][name] = len(predicted)
            most[number][name] = max((len(s) for s in predicted.values()), default=0)
            jobs.append((number, name, predicted))
    scores = _score_all(jobs, tasks, workers)
    rows = tuple(
        TimelineRow(
            topic=task.topic,
            timeline=task.timeline,
            dates=task.dates,
            per_date=task.per_date,
            articles=len(task.articles),
            start=task.start,
            end=task.end,
            scores={name: scores[(number, name)] for name in systems},
            returned=returned[number],
            most=most[number],
            seconds=seconds[number],
        )
        for number, task in enumerate(tasks)
    )
    return TimelinesReport(rows, tuple(systems), skipped, time.perf_counter() - started)


def _score_all(
    jobs: Sequence[tuple[int, str, dict[date, list[str]]]], tasks: Sequence[Task], workers: int
) -> dict[tuple[int, str], TimelineScores]:
    def work(share: Sequence[tuple[int, str, dict[date, list[str]]]]) -> dict[tuple[int, str], TimelineScores]:
        scorer = TimelineScorer()  # one per thread: pyrouge keeps its scratch folder on the instance
        return {(n, name): scorer.score(predicted, tasks[n].gold) for n, name, predicted in share}

    count = max(1, min(workers, len(jobs)))
    shares = [jobs[i::count] for i in range(count)]
    results: dict[tuple[int, str], TimelineScores] = {}
    with ThreadPoolExecutor(max_workers=count) as pool:
        for found in pool.map(work, shares):
            results.update(found)
    return results
