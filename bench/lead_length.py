"""What each word of the embedded lead buys: clustering quality and speed for leads of different lengths.

The multilingual encoder is three quarters of a run's time and its cost grows with the lead it reads (e5-small costs
about 42 MFLOP a token), so the lead is worth only what it adds to the events. For each length (the title alone is
about 12 words; the default, `lead_words`, is 80) this prints, from one run on this machine:

- the encoder's throughput on leads of that length (leads a second, the kernel alone);
- B-cubed F1 and articles a second end to end on a Multi-News dev draw (seed 1, not the evaluation's seed 0);
- SemEval-2022 same-story recall and unrelated-kept-apart, with articles a second.

    python bench/lead_length.py [--words 12,24,40,80,128] [--clusters 150]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

from storyweave.cluster.builder import lead
from storyweave.evaluate.clustering import evaluate_clustering
from storyweave.evaluate.events import evaluate_events
from storyweave.represent.registry import get_encoder
from storyweave.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MULTINEWS = DATA / "multi-news" / "val.jsonl.gz"
SEMEVAL = DATA / "semeval2022-task8-hfl-sample" / "training_set.csv.gz"


def leads_per_second(encoder: object, words: int, count: int = 256) -> float:
    texts: list[str] = []
    with gzip.open(MULTINEWS, "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.extend(lead("", " ".join(d.split()), words) for d in json.loads(line)["documents"])
            if len(texts) >= count:
                break
    encode = encoder.encode  # type: ignore[attr-defined]
    encode(texts[:16])  # warm
    started = time.perf_counter()
    encode(texts[:count])
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", default="12,24,40,80,128", help="lead lengths in words")
    parser.add_argument("--clusters", type=int, default=150, help="clusters of the Multi-News dev draw")
    args = parser.parse_args()
    if not MULTINEWS.exists() or not SEMEVAL.exists():
        sys.exit(f"bench/lead_length.py needs {MULTINEWS} and {SEMEVAL}")
    encoder = get_encoder("auto")
    print(f"encoder {encoder.name}; Multi-News dev draw: {args.clusters} clusters, seed 1; SemEval sample")
    print(f"{'words':>5} {'leads/s':>8} {'MN F1':>7} {'MN art/s':>9} {'SE recall':>10} {'SE apart':>9} {'SE art/s':>9}")
    for words in (int(w) for w in args.words.split(",")):
        settings = Settings().updated(lead_words=words)
        speed = leads_per_second(encoder, words)
        mn = evaluate_clustering(MULTINEWS, args.clusters, 1, None, settings)
        se = evaluate_events(SEMEVAL, settings)
        ours = se.systems["storyweave"]["all"]
        print(
            f"{words:>5} {speed:>8.1f} {mn.scores.bcubed_f1:>7.4f} {mn.articles_per_s:>9.1f}"
            f" {ours.same_recall:>10.3f} {ours.kept_apart:>9.3f} {se.articles_per_s:>9.1f}",
            flush=True,
        )
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
