"""The whole engine over the 100,000-article stream (`bench/stream.py`), on the local engine: read, normalise, fold
duplicates, store, cluster and digest, 1,000 articles a batch into one growing store, as a long run or a watcher
would. It prints each batch's seconds and articles a second with the encoder's share, then the run's articles a
second end to end, the last batch against the first after warm-up (the claim is at most 1.5 times), and the
process's peak memory (the claim is at most 2 GB).

    python bench/stream.py --out /tmp/stream.jsonl.gz
    python bench/scale.py --stream /tmp/stream.jsonl.gz [--articles 100000] [--encoder auto]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from clustering_scale import TimedEncoder
from storyweave.cluster.builder import EventBuilder
from storyweave.model import Article
from storyweave.pipeline import ingest
from storyweave.represent.registry import get_encoder
from storyweave.settings import Settings
from storyweave.store import Store

BATCH = 1000
WARM_UP = 2  # batches: the first load models and fill caches


def articles(path: Path, limit: int) -> Iterator[Article]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if count >= limit:
                return
            row = json.loads(line)
            published = date.fromisoformat(row["published"]) if row.get("published") else None
            yield Article.new(
                title=row["title"],
                text=row["text"],
                source=row["source"],
                url=row["url"],
                language=row.get("language") or "",
                published=published,
                precision="day" if published else "unknown",
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stream", type=Path, required=True, help="the stream bench/stream.py wrote")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--encoder", default="auto")
    args = parser.parse_args()
    if not args.stream.exists():
        sys.exit(f"no stream at {args.stream}: python bench/stream.py --out {args.stream}")
    settings = Settings().updated(encoder=args.encoder)
    encoder = TimedEncoder(get_encoder(args.encoder))
    print(f"{args.articles} articles from {args.stream}, {BATCH} a batch, encoder {encoder.name}, local engine")
    print(f"{'through':>8} {'seconds':>8} {'art/s':>7} {'encoder s':>10} {'events':>7}")
    times: list[float] = []
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "storyweave.db") as store:
        builder = EventBuilder(store, settings, encoder)  # kept from batch to batch, as the watcher keeps it
        batch: list[Article] = []
        done = 0
        for article in articles(args.stream, args.articles):
            batch.append(article)
            if len(batch) == BATCH:
                done += len(batch)
                times.append(_step(batch, store, settings, encoder, builder, done))
                batch = []
        if batch:
            done += len(batch)
            times.append(_step(batch, store, settings, encoder, builder, done))
    total = time.perf_counter() - began
    steady = times[WARM_UP:] if len(times) > WARM_UP + 1 else times
    print(f"end to end: {done / total:.1f} articles/s ({total:.0f} s); median batch {statistics.median(steady):.1f} s")
    if len(steady) > 1:
        print(f"last / first after warm-up: {steady[-1] / steady[0]:.2f}")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def _step(
    batch: list[Article], store: Store, settings: Settings, encoder: TimedEncoder, builder: EventBuilder, done: int
) -> float:
    encoded = encoder.seconds
    started = time.perf_counter()
    ingest(batch, store, settings, encoder=encoder, builder=builder)
    seconds = time.perf_counter() - started
    events = store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    print(
        f"{done:>8} {seconds:>8.1f} {len(batch) / seconds:>7.1f} {encoder.seconds - encoded:>10.1f} {events:>7}",
        flush=True,
    )
    return seconds


if __name__ == "__main__":
    main()
