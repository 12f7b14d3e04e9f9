"""Ingest throughput and peak memory on the Multi-News validation documents, beside the floor in the same run.

The floor does only what no ingest can skip (read each JSON line, detect its language, split its sentences);
storyweave does the whole spine (decoding and cleaning, the same two steps, MinHash duplicate detection against the
store, and SQLite writes). Each side runs in its own process so its peak memory is its own.

    python bench/ingest.py [--data ../shared/data/multi-news/val.jsonl.gz] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multi-news" / "val.jsonl.gz"


def prepare(data: Path, target: Path, limit: int | None) -> int:
    """Multi-News clusters as one article per JSON line (the documents, without the gold summaries)."""
    count = 0
    with gzip.open(data, "rt", encoding="utf-8") as source, target.open("w", encoding="utf-8") as sink:
        for line in source:
            record = json.loads(line)
            for number, document in enumerate(record["documents"]):
                if not document.strip():
                    continue
                url = f"multinews:{record['idx']}/{number}"
                sink.write(json.dumps({"text": document, "source": "multi-news", "url": url}) + "\n")
                count += 1
                if limit is not None and count >= limit:
                    return count
    return count


def floor(path: Path) -> int:
    from storyweave.normalize import sentences
    from storyweave.normalize.language import detect_language

    articles = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            language = detect_language(text)
            sentences.split(text, language)
            articles += 1
    return articles


def storyweave(path: Path, store_path: Path) -> int:
    from storyweave.pipeline import run
    from storyweave.settings import Settings
    from storyweave.store import Store

    with Store(store_path) as store:
        report = run([str(path)], store, Settings())
    return report.articles_read


def child(mode: str, path: Path, store_path: Path) -> None:
    started = time.perf_counter()
    articles = floor(path) if mode == "floor" else storyweave(path, store_path)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": articles, "seconds": seconds, "peak_mb": peak_mb}))


def measure(mode: str, path: Path, store_path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--input", str(path), "--store", str(store_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N documents")
    parser.add_argument("--child", choices=["floor", "storyweave"], help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.input, args.store)
        return
    if not args.data.exists():
        sys.exit(f"bench/ingest.py: {args.data} not found (the Multi-News validation file from ../shared/data)")
    with tempfile.TemporaryDirectory() as scratch:
        articles_file = Path(scratch) / "multinews-val.jsonl"
        documents = prepare(args.data, articles_file, args.limit)
        print(f"Multi-News validation documents: {documents} ({articles_file.stat().st_size / 1e6:.1f} MB as JSONL)")
        results = {mode: measure(mode, articles_file, Path(scratch) / f"{mode}.db") for mode in ("floor", "storyweave")}
    base = results["floor"]["articles"] / results["floor"]["seconds"]
    print(f"{'':<34}{'articles':>9}{'seconds':>9}{'articles/s':>12}{'vs floor':>10}{'peak MB':>9}")
    labels = {"floor": "floor (read + language + split)", "storyweave": "storyweave run (full spine)"}
    for mode, result in results.items():
        rate = result["articles"] / result["seconds"]
        print(
            f"{labels[mode]:<34}{int(result['articles']):>9}{result['seconds']:>9.1f}{rate:>12.0f}"
            f"{rate / base:>9.2f}x{result['peak_mb']:>9.0f}"
        )


if __name__ == "__main__":
    main()
