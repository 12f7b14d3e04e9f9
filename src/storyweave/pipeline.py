"""The run: inputs → articles → normalised articles → store, in batches, with duplicates folded on the way.

This is the orchestrator, and it stays thin: every decision about a format, a language or a duplicate lives in
its stage; this module only moves articles forward and keeps the count.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from storyweave.cluster.builder import EventBuilder
from storyweave.cluster.state import Assignment
from storyweave.digest.builder import DigestWriter
from storyweave.ingest import inputs, read_input
from storyweave.model import Article, Copy
from storyweave.normalize.dedup import MinHasher, Signature
from storyweave.normalize.hygiene import FurnitureFilter
from storyweave.normalize.originals import find_original
from storyweave.problems import Problem, describe
from storyweave.represent.encoder import Encoder
from storyweave.settings import Settings
from storyweave.store import Store


class StrictStop(Exception):
    """Raised under --strict at the first skipped input, after what was read before it is stored."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class RunReport:
    inputs: int = 0
    articles_read: int = 0
    new: int = 0
    copies: int = 0
    already_stored: int = 0
    events_started: set[str] = field(default_factory=set)
    events_touched: set[str] = field(default_factory=set)
    digested: list[str] = field(default_factory=list)

    @property
    def events_grown(self) -> set[str]:
        """Events this run added reports to that it did not start."""
        return self.events_touched - self.events_started

    problems: list[Problem] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    # Page furniture: lines found out in this run, and stored articles that lost those lines' sentences.
    furniture_lines: int = 0
    furniture_refits: int = 0

    @property
    def skipped(self) -> int:
        return sum(1 for problem in self.problems if problem.skipped)


@dataclass
class _Prepared:
    article: Article
    signature: Signature | None
    keys: list[int]


def run(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    strict: bool = False,
    stdin: BinaryIO | None = None,
    events: bool = True,
    digests: bool = True,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[RunReport], None] | None = None,
    exclude: Iterable[Path] = (),
) -> RunReport:
    """Read every input under PATHS into the store, then (unless `events` is off) group the new articles.

    The store's own files are never inputs, nor is anything in `exclude` (the run's exports).
    """
    report = RunReport()
    own = [*exclude, *store.files()]

    def articles() -> Iterator[Article | Problem]:
        for item in inputs(paths, settings, stdin, own):
            if isinstance(item, Problem):
                yield item
                continue
            report.inputs += 1
            yield from read_input(item, settings)
            if on_progress is not None:
                on_progress(report)

    return ingest(
        articles(),
        store,
        settings,
        report=report,
        strict=strict,
        events=events,
        digests=digests,
        on_problem=on_problem,
    )


def ingest(
    items: Iterable[Article | Problem],
    store: Store,
    settings: Settings,
    *,
    report: RunReport | None = None,
    strict: bool = False,
    events: bool = True,
    digests: bool = True,
    encoder: Encoder | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    builder: EventBuilder | None = None,
) -> RunReport:
    """Normalise, fold duplicates, store and cluster a stream of articles (problems are reported and skipped).

    `builder` is the event builder to cluster with, for a caller that ingests round after round into one store
    (the watcher) and would otherwise load the store's events again each time."""
    report = report or RunReport()
    started = time.perf_counter()
    hasher = MinHasher(settings.minhash_permutations, settings.lsh_bands, settings.shingle_words)
    if events and builder is None:
        builder = EventBuilder(store, settings, encoder)
    elif not events:
        builder = None
    furniture = FurnitureFilter(store, settings)
    batch: list[Article] = []
    run_id = store.start_run()

    def problem_found(problem: Problem) -> None:
        report.problems.append(problem)
        if on_problem is not None:
            on_problem(problem)

    def flush() -> None:
        _flush(store, batch, hasher, furniture, settings, report, problem_found)
        if builder is not None:
            builder.update(on_batch=lambda done: _count_events(done, report))

    for found in items:
        if isinstance(found, Problem):
            problem_found(found)
            if strict and found.skipped:
                flush()
                raise StrictStop(found)
            continue
        batch.append(found)
        report.articles_read += 1
        if len(batch) >= settings.batch_size:
            flush()
    flush()
    if builder is not None and digests:

        def digest_failed(event: str, reason: str) -> None:
            problem_found(Problem(f"event {event}", f"digest failed: {reason}", skipped=False))

        report.digested = DigestWriter(store, settings, builder.encoder).update(on_problem=digest_failed)
    store.finish_run(run_id, report.inputs, report.articles_read, report.skipped)
    report.seconds = time.perf_counter() - started
    return report


def _count_events(assignments: list[Assignment], report: RunReport) -> None:
    for assignment in assignments:
        if assignment.created:
            report.events_started.add(assignment.event_id)
        else:
            report.events_touched.add(assignment.event_id)


def _flush(
    store: Store,
    batch: list[Article],
    hasher: MinHasher,
    furniture: FurnitureFilter,
    settings: Settings,
    report: RunReport,
    problem_found: Callable[[Problem], None],
) -> None:
    """Store one batch in one transaction: new articles, or copies folded into the article they duplicate.

    The batch is judged for page furniture as a whole first, so its articles are evidence for each other.
    """
    if not batch:
        return
    verdict = furniture.judge(batch)

    def failed(found: Article, error: Exception) -> None:
        problem_found(Problem(found.path or found.url or found.id, f"could not be normalised ({describe(error)})"))

    prepared: list[_Prepared] = []
    for article in furniture.normalise(batch, verdict, on_error=failed):
        try:
            signature = hasher.signature(article.text)
        except Exception as error:  # one article's pathological text costs that article, not the run
            failed(article, error)
            continue
        prepared.append(_Prepared(article, signature, hasher.band_keys(signature) if signature is not None else []))
    with store.transaction():
        stored = [p.article for p in prepared if _store_one(store, p, settings, report)]
        report.furniture_lines += len(verdict.found)
        report.furniture_refits += furniture.commit(stored, verdict)
    batch.clear()


def _store_one(store: Store, prepared: _Prepared, settings: Settings, report: RunReport) -> bool:
    """Store the article, or fold it into the one it copies; True when it was stored as a new article."""
    article = prepared.article
    original = find_original(store, article.id, prepared.signature, prepared.keys, settings.near_duplicate_threshold)
    if original is None:
        store.insert_article(article, prepared.signature, prepared.keys)
        report.new += 1
        report.languages[article.language] += 1
        return True
    canonical = original.article_id
    if article.id == canonical and store.source_of(canonical) == (article.source, article.url):
        report.already_stored += 1
        return False
    copy = Copy(
        id=article.id,
        source=article.source,
        url=article.url,
        title=article.title,
        similarity=original.similarity,
    )
    if store.add_copy(canonical, copy):
        report.copies += 1
    else:
        report.already_stored += 1
    return False
