from __future__ import annotations

import pytest

from storyweave.evaluate.metrics import cluster_scores


def test_perfect_clustering() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    scores = cluster_scores(gold, {"a": "x", "b": "x", "c": "y"})
    assert (scores.bcubed_f1, scores.pairwise_f1, scores.events_predicted, scores.events_gold) == (1.0, 1.0, 2, 2)


def test_hand_checked_example() -> None:
    """Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.

    B-cubed precision: a,b: 2/2; c: 1/3; d,e: 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15.
    B-cubed recall: a,b: 2/3; c: 1/3; d,e: 2/2 → (2/3+2/3+1/3+1+1)/5 = 11/15.
    Pairs: predicted {ab, cd, ce, de} = 4, gold {ab, ac, bc, de} = 4, shared {ab, de} = 2 → P = R = 0.5.
    """
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}
    scores = cluster_scores(gold, predicted)
    assert scores.bcubed_precision == pytest.approx(11 / 15)
    assert scores.bcubed_recall == pytest.approx(11 / 15)
    assert scores.pairwise_precision == pytest.approx(0.5)
    assert scores.pairwise_recall == pytest.approx(0.5)


def test_all_singletons_have_full_precision_and_low_recall() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 1}
    scores = cluster_scores(gold, {})
    assert scores.bcubed_precision == 1.0 and scores.bcubed_recall == pytest.approx(0.25)
    assert scores.events_predicted == 4 and scores.pairwise_recall == 0.0


def test_one_big_cluster_has_full_recall() -> None:
    gold = {"a": 1, "b": 2, "c": 3, "d": 4}
    scores = cluster_scores(gold, dict.fromkeys(gold, "all"))
    assert scores.bcubed_recall == 1.0 and scores.bcubed_precision == pytest.approx(0.25)
