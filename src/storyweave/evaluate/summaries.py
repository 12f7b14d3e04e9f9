"""`storyweave evaluate summaries`: Multi-News clusters summarised by the engine and by baselines, scored with ROUGE.

Every system sees the same task (the cluster's documents as Articles whose sentences come from storyweave's splitter,
and one word budget) and its output is cut to the budget by one rule (`truncate`), so the engine and the baselines
are compared within one run. Scores are rouge-score's F1 with Porter stemming, `rougeL` being the LCS over the
summary as one sequence (not `rougeLsum`), averaged over clusters. The published Multi-News figures were computed with
other ROUGE scripts and other length limits on the test split: they are printed as context, not as a comparison.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from storyweave.evaluate.multinews import read_records
from storyweave.model import Article, Sentence
from storyweave.normalize.sentences import split
from storyweave.represent.encoder import MissingDependency
from storyweave.settings import Settings

ENGINE = "storyweave"
BASELINES = ("lead3", "leads", "lexrank", "textrank")
METRICS = ("rouge1", "rouge2", "rougeL")
INSTALL_HINT = "run `make` (or: pip install -e '.[summaries]' && pip install --no-deps sumy==0.13.0)"
# Multi-News test split, ROUGE F1 in points (R-1, R-2, R-L); None where the source gives no R-L.
PUBLISHED: dict[str, tuple[float, float, float | None]] = {
    "Hi-MAP": (43.47, 14.89, None),  # Fabbri et al. 2019, Table 6
    "PRIMERA zero-shot": (42.0, 13.6, 20.8),  # allenai/PRIMER README
    "PRIMERA fine-tuned": (49.9, 21.1, 25.9),  # Xiao et al. 2022, allenai/PRIMER README
}


class SummariesUnavailable(MissingDependency):
    """rouge-score or sumy is missing; the message names the extra."""


class SummarySystem(Protocol):
    def __call__(self, articles: Sequence[Article], *, words: int) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class SummaryTask:
    cluster: int
    articles: tuple[Article, ...]
    gold: str
    words: int


def word_count(text: str) -> int:
    return len(text.split())


def truncate(sentences: Sequence[str], words: int) -> list[str]:
    """Whole sentences, in the given order, while they fit the budget; the first one that does not fit is cut to the
    words left (white-space words), and nothing follows it. Empty sentences are skipped."""
    kept: list[str] = []
    left = words
    for sentence in sentences:
        tokens = sentence.split()
        if not tokens:
            continue
        if left <= 0:
            break
        if len(tokens) <= left:
            kept.append(sentence.strip())
        else:
            kept.append(" ".join(tokens[:left]))
        left -= len(tokens)
    return kept


def kept_documents(record: Mapping[str, Any]) -> Iterator[tuple[int, str]]:
    """(index, text) of the record's documents, less those Multi-News+ removed and empty ones, as in
    `multinews.clustering_stream`; indices stay those of the record, so article ids point into the file."""
    removed = set(record.get("multinews_plus_removed_doc_indices") or ())
    for number, document in enumerate(record["documents"]):
        if number not in removed and document.strip():
            yield number, document


def document_article(cluster: int, number: int, text: str, heading_max_words: int) -> Article:
    article_id = f"{cluster}:{number}"
    sentences = tuple(
        Sentence(article_id=article_id, index=i, text=text[a:b], start=a, end=b)
        for i, (a, b) in enumerate(split(text, "en", heading_max_words))
    )
    return Article(id=article_id, title="", text=text, source="multi-news", language="en", sentences=sentences)


def load_tasks(path: Path, limit: int = 1000, words: int | None = None) -> tuple[list[SummaryTask], list[int]]:
    """The first `limit` records of the file as tasks, and the clusters that dropped out because no sentence (or no
    gold summary) was left. The budget is `words`, or else the gold summary's length."""
    heading_max_words = Settings().heading_max_words
    tasks: list[SummaryTask] = []
    dropped: list[int] = []
    for number, record in enumerate(read_records(path)):
        if number >= limit:
            break
        cluster = int(record["idx"])
        articles = tuple(document_article(cluster, n, text, heading_max_words) for n, text in kept_documents(record))
        articles = tuple(a for a in articles if a.sentences)
        gold = str(record.get("summary") or "").strip()
        if articles and gold:
            tasks.append(SummaryTask(cluster, articles, gold, words or word_count(gold)))
        else:
            dropped.append(cluster)
    return tasks, dropped


@dataclass(frozen=True, slots=True)
class Figures:
    """One system's mean F1s (fractions) and its speed; all None when the system did not run."""

    rouge1: float | None = None
    rouge2: float | None = None
    rougeL: float | None = None  # the key rouge-score and the JSON use
    per_s: float | None = None

    def as_dict(self) -> dict[str, float | None]:
        return {k: None if v is None else round(v, 4 if k != "per_s" else 1) for k, v in self._items()}

    def _items(self) -> Iterator[tuple[str, float | None]]:
        yield from (("rouge1", self.rouge1), ("rouge2", self.rouge2), ("rougeL", self.rougeL), ("per_s", self.per_s))


@dataclass(frozen=True, slots=True)
class SummariesReport:
    clusters: int
    dropped: int
    documents: int
    input_words: int
    budget_words: int
    fixed_budget: bool
    systems: Mapping[str, Figures]
    notes: tuple[str, ...] = ()
    peak_mb: float = 0.0
    seconds: float = 0.0
    scoring_seconds: float = 0.0

    def lines(self) -> list[str]:
        """The table of systems × ROUGE ×100 and summaries/s, the margin of the engine, the published anchors."""

        def cell(value: float | None, scale: float = 100.0, width: int = 7, places: int = 2) -> str:
            return f"{value * scale:{width}.{places}f}" if value is not None else f"{'–':>{width}}"

        budget = (
            f"{self.budget_words} words"
            if self.fixed_budget
            else f"the gold summary's length (mean {self.budget_words} words)"
        )
        lines = [
            f"Multi-News: {self.clusters} clusters ({self.dropped} more had no document left), {self.documents}"
            f" documents, {self.input_words} words of input a cluster on average; budget: {budget}",
            "scored by rouge-score (F1, Porter stemming; ROUGE-L is rougeL, the LCS over the whole summary, not"
            " rougeLsum); every system is cut to the budget the same way (whole sentences, the last one cut)",
            f"{'system':12} {'ROUGE-1':>7} {'ROUGE-2':>7} {'ROUGE-L':>7} {'summaries/s':>12}",
        ]
        for name, figures in self.systems.items():
            lines.append(
                f"{name:12} {cell(figures.rouge1)} {cell(figures.rouge2)} {cell(figures.rougeL)}"
                f" {cell(figures.per_s, 1.0, 12, 0)}"
            )
        margin = self.margin()
        if margin is not None:
            lines.append(
                f"storyweave over the best other system: ROUGE-1 {margin[0]:+.2f}, ROUGE-2 {margin[1]:+.2f},"
                f" ROUGE-L {margin[2]:+.2f} points"
            )
        anchors = "; ".join(
            f"{name} {' / '.join('–' if v is None else f'{v}' for v in values)}" for name, values in PUBLISHED.items()
        )
        lines.append(
            f"published on the Multi-News test split (R-1 / R-2 / R-L; other ROUGE script and length limits; context only): {anchors}"
        )
        lines.extend(f"note: {note}" for note in self.notes)
        lines.append(
            f"peak memory {self.peak_mb:.0f} MB, {self.seconds:.1f} s ({self.scoring_seconds:.1f} s of it scoring)"
        )
        return lines

    def margin(self) -> tuple[float, float, float] | None:
        """The engine's lead over the best other system on each metric, in points; None when the engine did not run."""
        engine = self.systems.get(ENGINE)
        others = [f for name, f in self.systems.items() if name != ENGINE and f.rouge1 is not None]
        if engine is None or engine.rouge1 is None or not others:
            return None
        picks: list[Callable[[Figures], float | None]] = [lambda f: f.rouge1, lambda f: f.rouge2, lambda f: f.rougeL]
        leads = [100 * ((pick(engine) or 0.0) - max(pick(f) or 0.0 for f in others)) for pick in picks]
        return leads[0], leads[1], leads[2]

    def as_dict(self) -> dict[str, Any]:
        return {
            "systems": {name: figures.as_dict() for name, figures in self.systems.items()},
            "clusters": self.clusters,
            "clusters_without_documents": self.dropped,
            "documents": self.documents,
            "input_words": self.input_words,
            "words": self.budget_words if self.fixed_budget else "gold",
            "mean_budget_words": self.budget_words,
            "scorer": "rouge-score F1, use_stemmer=True; rougeL (not rougeLsum)",
            "published": {
                name: dict(zip(METRICS, (None if v is None else round(v / 100, 4) for v in values), strict=True))
                for name, values in PUBLISHED.items()
            },
            "notes": list(self.notes),
            "peak_mb": round(self.peak_mb, 1),
            "seconds": round(self.seconds, 1),
            "scoring_seconds": round(self.scoring_seconds, 1),
        }


def rouge_scorer() -> Any:
    """rouge-score's scorer; its Porter stemmer is NLTK code and asks for no NLTK data."""
    try:
        from rouge_score import rouge_scorer as module
    except ImportError as error:
        raise SummariesUnavailable(f"scoring needs rouge-score ({error}); {INSTALL_HINT}") from error
    return module.RougeScorer(list(METRICS), use_stemmer=True)


def engine_system() -> tuple[SummarySystem | None, str | None]:
    """The engine's `summarize`, or None and the reason while `storyweave.digest.summary` cannot be imported."""
    try:
        from storyweave.digest.summary import summarize
    except ImportError as error:
        if (getattr(error, "name", None) or "storyweave.digest").startswith("storyweave.digest"):
            return None, f"storyweave.digest.summary is not available ({error}); its figures are null"
        raise

    def system(articles: Sequence[Article], *, words: int) -> list[str]:
        return [s.text for s in summarize(articles, words=words, language="en", fill=True)]

    return system, None


def evaluate_summaries(
    path: Path,
    systems: Mapping[str, SummarySystem | None],
    limit: int = 1000,
    words: int | None = None,
    notes: Sequence[str] = (),
) -> SummariesReport:
    """Run every system on every task, cut each output to the budget, score it against the gold summary. A system
    given as None (not available) is reported with null figures."""
    started = time.perf_counter()
    scorer = rouge_scorer()  # fail before the systems run, not after, when the scorer is missing
    tasks, dropped = load_tasks(path, limit, words)
    scoring = 0.0
    totals = {name: dict.fromkeys(METRICS, 0.0) for name, s in systems.items() if s is not None}
    seconds = dict.fromkeys(totals, 0.0)
    for task in tasks:
        for name in totals:
            system = systems[name]
            assert system is not None
            clock = time.perf_counter()
            summary = " ".join(truncate(list(system(task.articles, words=task.words)), task.words))
            seconds[name] += time.perf_counter() - clock
            clock = time.perf_counter()
            scores = scorer.score(task.gold, summary)
            scoring += time.perf_counter() - clock
            for metric in METRICS:
                totals[name][metric] += scores[metric].fmeasure
    count = len(tasks)
    figures = {name: Figures() for name in systems}
    for name, total in totals.items():
        if count:
            speed = count / seconds[name] if seconds[name] else None
            figures[name] = Figures(total["rouge1"] / count, total["rouge2"] / count, total["rougeL"] / count, speed)
    return SummariesReport(
        clusters=count,
        dropped=len(dropped),
        documents=sum(len(t.articles) for t in tasks),
        input_words=round(sum(word_count(a.text) for t in tasks for a in t.articles) / count) if count else 0,
        budget_words=words or (round(sum(t.words for t in tasks) / count) if count else 0),
        fixed_budget=words is not None,
        systems=figures,
        notes=tuple(notes),
        peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        seconds=time.perf_counter() - started,
        scoring_seconds=scoring,
    )
