"""Clustering metrics over item → label mappings: B-cubed (Bagga & Baldwin 1998) and pairwise precision/recall.

Both are computed from the contingency table of (gold, predicted) label pairs, so the cost is linear in the number
of items plus the number of non-empty cells, never quadratic in the items.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class ClusterScores:
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    events_predicted: int
    events_gold: int


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def cluster_scores(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> ClusterScores:
    """Scores over the items of `gold`; an item missing from `predicted` counts as an event of its own."""
    if not gold:
        raise ValueError("no gold items to score")
    pairs = Counter((label, predicted.get(item, ("alone", item))) for item, label in gold.items())
    gold_sizes: Counter[Hashable] = Counter()
    predicted_sizes: Counter[Hashable] = Counter()
    for (gold_label, predicted_label), count in pairs.items():
        gold_sizes[gold_label] += count
        predicted_sizes[predicted_label] += count
    total = len(gold)
    precision = sum(n * n / predicted_sizes[p] for (_, p), n in pairs.items()) / total
    recall = sum(n * n / gold_sizes[g] for (g, _), n in pairs.items()) / total
    together = sum(n * (n - 1) // 2 for n in pairs.values())
    predicted_pairs = sum(n * (n - 1) // 2 for n in predicted_sizes.values())
    gold_pairs = sum(n * (n - 1) // 2 for n in gold_sizes.values())
    pair_precision = together / predicted_pairs if predicted_pairs else 1.0
    pair_recall = together / gold_pairs if gold_pairs else 1.0
    return ClusterScores(
        bcubed_precision=precision,
        bcubed_recall=recall,
        bcubed_f1=_f1(precision, recall),
        pairwise_precision=pair_precision,
        pairwise_recall=pair_recall,
        pairwise_f1=_f1(pair_precision, pair_recall),
        events_predicted=len(predicted_sizes),
        events_gold=len(gold_sizes),
    )
