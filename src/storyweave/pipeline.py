"""The run: inputs → articles → normalised articles → store, in batches, with duplicates folded on the way.

This is the orchestrator, and it stays thin: every decision about a format, a language or a duplicate lives in
its stage; this module only moves articles forward and keeps the count.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from storyweave.ingest import inputs, read_input
from storyweave.model import Article, Copy
from storyweave.normalize import normalize
from storyweave.normalize.dedup import MinHasher, Signature, similarity
from storyweave.problems import Problem
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
    problems: list[Problem] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

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
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[RunReport], None] | None = None,
) -> RunReport:
    report = RunReport()
    started = time.perf_counter()
    hasher = MinHasher(settings.minhash_permutations, settings.lsh_bands, settings.shingle_words)
    batch: list[_Prepared] = []
    run_id = store.start_run()

    def problem(found: Problem) -> None:
        report.problems.append(found)
        if on_problem is not None:
            on_problem(found)
        if strict and found.skipped:
            _flush(store, batch, hasher, settings, report)
            raise StrictStop(found)

    for item in inputs(paths, settings, stdin):
        if isinstance(item, Problem):
            problem(item)
            continue
        report.inputs += 1
        for found in read_input(item, settings):
            if isinstance(found, Problem):
                problem(found)
                continue
            article = normalize(found, settings)
            signature = hasher.signature(article.text)
            keys = hasher.band_keys(signature) if signature is not None else []
            batch.append(_Prepared(article, signature, keys))
            report.articles_read += 1
            if len(batch) >= settings.batch_size:
                _flush(store, batch, hasher, settings, report)
        if on_progress is not None:
            on_progress(report)
    _flush(store, batch, hasher, settings, report)
    store.finish_run(run_id, report.inputs, report.articles_read, report.skipped)
    report.seconds = time.perf_counter() - started
    return report


def _flush(store: Store, batch: list[_Prepared], hasher: MinHasher, settings: Settings, report: RunReport) -> None:
    """Store one batch in one transaction: new articles, or copies folded into the article they duplicate."""
    if not batch:
        return
    with store.transaction():
        for prepared in batch:
            _store_one(store, prepared, settings, report)
    batch.clear()


def _store_one(store: Store, prepared: _Prepared, settings: Settings, report: RunReport) -> None:
    article = prepared.article
    canonical = _known_as(store, article.id)
    similarity_found = 1.0
    if canonical is None and prepared.signature is not None:
        best = max(
            (
                (similarity(prepared.signature, other), other_id)
                for other_id, other in store.lsh_candidates(prepared.keys)
            ),
            default=(0.0, ""),
        )
        if best[0] >= settings.near_duplicate_threshold:
            similarity_found, canonical = best
    if canonical is None:
        store.insert_article(article, prepared.signature, prepared.keys)
        report.new += 1
        report.languages[article.language] += 1
        return
    if article.id == canonical and store.source_of(canonical) == (article.source, article.url):
        report.already_stored += 1
        return
    copy = Copy(
        id=article.id,
        source=article.source,
        url=article.url,
        title=article.title,
        similarity=similarity_found,
    )
    if store.add_copy(canonical, copy):
        report.copies += 1
    else:
        report.already_stored += 1


def _known_as(store: Store, article_id: str) -> str | None:
    """The stored canonical article this id is, or is a known copy of."""
    if store.source_of(article_id) is not None:
        return article_id
    return store.canonical_of(article_id)
