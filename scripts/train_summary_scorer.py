"""Fit the summary's sentence scorer on Multi-News train-12k: what a gold summary keeps, from features we choose.

python scripts/train_summary_scorer.py [--clusters 4000] [--out src/storyweave/digest/summary/scorer.json]

Each candidate sentence of a cluster (as the engine cuts and filters them, `extractive.candidates_of`) gets the
features of `extractive.FEATURES` (support across reports, centrality, position, length, figures, names, quotes,
...) and a label: its ROUGE-1 and ROUGE-2 precision against the cluster's gold summary (how much of the sentence the
gold keeps), averaged, as a share of the cluster's best sentence. A least-squares fit with a small ridge gives one weight per feature; only those numbers
ship, in `digest/summary/scorer.json`; without that file the summary uses the hand weights (support, centrality
and position, one each). The validation split is never read here: choose with `storyweave evaluate summaries` on
it. Measured 2026-12-02 on the first 1,000 validation clusters, a fit on 3,000 clusters with the F1 label lost to
the hand weights (45.63 / 15.55 / 21.31 against 45.81 / 15.80 / 21.40 at the gold length; 34.91 / 11.41 / 18.26 at
100 words, behind LexRank's 35.20 / 11.67 / 18.18), so no fitted file ships yet.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from storyweave.digest.summary.extractive import FEATURES, candidates_of, compare, features
from storyweave.evaluate.summaries import load_tasks, rouge_scorer

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared/data/multi-news/train-12k.jsonl.gz"
OUT = ROOT / "src/storyweave/digest/summary/scorer.json"
RIDGE = 1.0


def rows(clusters: int, label: str = "precision") -> tuple[np.ndarray, np.ndarray]:
    scorer = rouge_scorer()
    tasks, _ = load_tasks(TRAIN, clusters)
    xs, ys = [], []
    for task in tasks:
        candidates = candidates_of(task.articles, "en")
        if not any(c.selectable for c in candidates):
            continue
        scores, supporters = compare(task.articles, candidates)
        table = features(scores, candidates, supporters, len(task.articles))
        chosen = [i for i, c in enumerate(candidates) if c.selectable]
        labels = []
        for i in chosen:
            rouge = scorer.score(task.gold, candidates[i].text)
            labels.append((getattr(rouge["rouge1"], label) + getattr(rouge["rouge2"], label)) / 2)
        best = max(labels) or 1.0
        xs.append(table[chosen])
        ys.append(np.array(labels) / best)
    return np.vstack(xs), np.concatenate(ys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=4000)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--label", choices=("precision", "recall", "fmeasure"), default="precision")
    args = parser.parse_args()
    began = time.perf_counter()
    x, y = rows(args.clusters, args.label)
    design = np.column_stack([x, np.ones(len(x))])
    penalty = RIDGE * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    solution = np.linalg.solve(design.T @ design + penalty, design.T @ y)
    weights = {name: round(float(w), 5) for name, w in zip(FEATURES, solution[:-1], strict=True)}
    fitted = design @ solution
    r2 = 1 - float(((y - fitted) ** 2).sum()) / float(((y - y.mean()) ** 2).sum())
    result = {
        "weights": weights,
        "bias": round(float(solution[-1]), 5),
        "trained_on": f"multi-news train-12k, first {args.clusters} clusters, {len(y)} sentences",
        "label": f"mean of ROUGE-1 and ROUGE-2 {args.label} against the gold summary, over the cluster's best",
        "r2": round(r2, 4),
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print(f"{time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
