"""Fit the summary's sentence scorer on Multi-News train-12k: what a gold summary keeps, from features we choose.

python scripts/train_summary_scorer.py [--clusters 4000] [--out src/storyweave/digest/summary/scorer.json]

Each candidate sentence of a cluster (as the engine cuts and filters them, `extractive.candidates_of`) gets the
features of `extractive.FEATURES` (support across reports, centrality, position, length, figures, names, quotes,
...) and a label: whether the greedy ROUGE-1 + ROUGE-2 oracle keeps it (the selection that most raises F1 against
the cluster's gold summary, up to its length). An L2-regularised logistic regression gives one weight per feature;
only those numbers ship, in `digest/summary/scorer.json`; without that file the summary uses the hand weights
(support, centrality and position, one each). The validation split is never read here: choose with `storyweave
evaluate summaries` on it.

Measured 2026-12-02 on the first 1,000 validation clusters at the gold length, neither fit beat the hand weights
(45.78 / 15.79 / 21.41): a ridge on each sentence's own ROUGE (3,000 clusters) gave 45.63 / 15.55 / 21.31, the
oracle logistic fit (3,000 clusters, log loss 0.671 against 0.693 for a coin: these features barely tell the
oracle's sentences from the rest, half of a cluster's sentences being in its oracle) 45.85 / 15.68 / 21.42. So no
fitted file ships.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

import numpy as np

from storyweave.digest.summary.extractive import FEATURES, candidates_of, compare, features
from storyweave.evaluate.summaries import load_tasks

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared/data/multi-news/train-12k.jsonl.gz"
OUT = ROOT / "src/storyweave/digest/summary/scorer.json"
RIDGE = 1.0


_TOKEN = re.compile(r"[a-z0-9]+")


def _grams(text: str) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    words = _TOKEN.findall(text.lower())
    return Counter(words), Counter(pairwise(words))


def _f1(overlap: int, made: int, gold: int) -> float:
    return 2 * overlap / (made + gold) if made and gold else 0.0


def oracle(sentences: list[str], gold: str, budget: int) -> set[int]:
    """The greedy oracle (as SummaRuNNer labels its data): add the sentence that most raises ROUGE-1 + ROUGE-2 F1
    of the selection against the gold summary, until none raises it or the gold's length is reached."""
    gold1, gold2 = _grams(gold)
    total1, total2 = sum(gold1.values()), sum(gold2.values())
    grams = [_grams(s) for s in sentences]
    chosen: set[int] = set()
    picked1: Counter[str] = Counter()
    picked2: Counter[tuple[str, str]] = Counter()
    best, words = 0.0, 0
    while words < budget:
        step, gain = -1, best
        for i, (one, two) in enumerate(grams):
            if i in chosen:
                continue
            with1, with2 = picked1 + one, picked2 + two
            score = _f1(sum((with1 & gold1).values()), sum(with1.values()), total1) + _f1(
                sum((with2 & gold2).values()), sum(with2.values()), total2
            )
            if score > gain:
                step, gain = i, score
        if step < 0:
            break
        chosen.add(step)
        picked1, picked2 = picked1 + grams[step][0], picked2 + grams[step][1]
        best, words = gain, words + sum(grams[step][0].values())
    return chosen


def rows(clusters: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    tasks, _ = load_tasks(TRAIN, clusters)
    xs, ys, groups = [], [], []
    for number, task in enumerate(tasks):
        candidates = candidates_of(task.articles, "en")
        chosen = [i for i, c in enumerate(candidates) if c.selectable]
        if not chosen:
            continue
        scores, supporters = compare(task.articles, candidates)
        table = features(scores, candidates, supporters, len(task.articles))
        kept = oracle([candidates[i].text for i in chosen], task.gold, len(task.gold.split()))
        xs.append(table[chosen])
        ys.append(np.array([float(k in kept) for k in range(len(chosen))]))
        groups.append(np.full(len(chosen), number))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(groups)


def logistic(x: np.ndarray, y: np.ndarray, ridge: float = RIDGE, steps: int = 25) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (IRLS); the last column is the bias, not shrunk."""
    weights = np.zeros(x.shape[1])
    penalty = ridge * np.eye(x.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ weights)))
        gradient = x.T @ (p - y) + penalty @ weights
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        change = np.linalg.solve(hessian, gradient)
        weights -= change
        if float(np.abs(change).max()) < 1e-6:
            break
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=4000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    began = time.perf_counter()
    x, y, _ = rows(args.clusters)
    design = np.column_stack([x, np.ones(len(x))])
    solution = logistic(design, y)
    weights = {name: round(float(w), 5) for name, w in zip(FEATURES, solution[:-1], strict=True)}
    p = 1.0 / (1.0 + np.exp(-(design @ solution)))
    loss = -float(np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
    result = {
        "weights": weights,
        "bias": round(float(solution[-1]), 5),
        "trained_on": f"multi-news train-12k, first {args.clusters} clusters, {len(y)} sentences",
        "label": "in the greedy ROUGE-1 + ROUGE-2 oracle summary of its cluster (logistic regression)",
        "log_loss": round(loss, 4),
        "positive_share": round(float(y.mean()), 4),
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print(f"{time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
