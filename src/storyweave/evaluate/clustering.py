"""`storyweave evaluate clustering`: the real engine (ingest, duplicate folding, clustering, store) run over a
Multi-News stream, scored with B-cubed and pairwise metrics against the clusters the documents came from.
"""

from __future__ import annotations

import random
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from storyweave.evaluate.metrics import ClusterScores, cluster_scores
from storyweave.evaluate.multinews import StreamItem, clustering_stream
from storyweave.ingest import inputs, read_input
from storyweave.model import Article
from storyweave.pipeline import ingest
from storyweave.problems import Problem
from storyweave.settings import Settings
from storyweave.store import Store

EXTRA_GOLD = -1


@dataclass(frozen=True, slots=True)
class ClusteringReport:
    scores: ClusterScores
    articles: int
    articles_per_s: float
    peak_mb: float
    encoder: str
    extra_articles: int | None = None
    extra_events: int | None = None
    extra_exact: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        """Flat, as `--json` prints it: the scores' fields first, then the run's."""
        flat = asdict(self.scores) | {k: v for k, v in asdict(self).items() if k != "scores"}
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in flat.items()}


def extra_items(path: Path, settings: Settings) -> list[StreamItem]:
    """The articles at PATH (any format `run` reads) as one more gold event."""
    found: list[StreamItem] = []
    for item in inputs([str(path)], settings):
        if isinstance(item, Problem):
            continue
        for article in read_input(item, settings):
            if isinstance(article, Article):
                text = f"{article.title}\n\n{article.text}" if article.title else article.text
                found.append(StreamItem(f"extra/{len(found)}", text, EXTRA_GOLD))
    return found


def evaluate_clustering(
    path: Path,
    clusters: int = 500,
    seed: int = 0,
    extra: Path | None = None,
    settings: Settings | None = None,
    stream: list[StreamItem] | None = None,
) -> ClusteringReport:
    settings = settings or Settings()
    items = list(stream) if stream is not None else clustering_stream(path, clusters, seed)
    added = extra_items(extra, settings) if extra is not None else []
    generator = random.Random(seed)
    for item in added:
        items.insert(generator.randrange(len(items) + 1), item)

    def articles() -> Iterator[Article]:
        for item in items:
            yield Article.new(title="", text=item.text, url=f"stream:{item.key}", source="evaluation")

    with tempfile.TemporaryDirectory(prefix="storyweave-eval-") as folder, Store(Path(folder) / "eval.db") as store:
        started = time.perf_counter()
        ingest(articles(), store, settings, digests=False)
        seconds = time.perf_counter() - started
        canonical = dict(store.urls())
        predicted = {i.key: store.event_of(canonical[f"stream:{i.key}"]) or i.key for i in items}
        encoder = store.meta("encoder") or "?"
    gold = {i.key: i.gold for i in items}
    scores = cluster_scores(gold, predicted)
    extra_events = {predicted[i.key] for i in added}
    extra_members = {k for k, e in predicted.items() if e in extra_events}
    return ClusteringReport(
        scores=scores,
        articles=len(items),
        articles_per_s=len(items) / seconds if seconds else 0.0,
        peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        encoder=encoder,
        extra_articles=len(added) if extra is not None else None,
        extra_events=len(extra_events) if extra is not None else None,
        extra_exact=(len(extra_events) == 1 and extra_members == {i.key for i in added}) if extra is not None else None,
    )
