from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storyweave.evaluate.multinews import clustering_stream
from tests.conftest import SHARED_DATA


def _write(path: Path) -> Path:
    records = [
        {"idx": 1, "documents": ["a one", "a two", "  "], "multinews_plus_removed_doc_indices": []},
        {"idx": 2, "documents": ["b one", "b off-topic"], "multinews_plus_removed_doc_indices": [1]},
        {"idx": 3, "documents": ["c off-topic"], "multinews_plus_removed_doc_indices": [0]},
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_removed_and_empty_documents_are_left_out_and_empty_clusters_drop(tmp_path: Path) -> None:
    items = clustering_stream(_write(tmp_path / "mn.jsonl.gz"), clusters=3, seed=1)
    assert sorted((i.key, i.gold) for i in items) == [("1/0", 1), ("1/1", 1), ("2/0", 2)]


def test_the_draw_and_the_order_follow_the_seed(tmp_path: Path) -> None:
    path = _write(tmp_path / "mn.jsonl.gz")
    assert clustering_stream(path, 3, seed=5) == clustering_stream(path, 3, seed=5)


def test_real_validation_file() -> None:
    path = SHARED_DATA / "multi-news" / "val.jsonl.gz"
    if not path.exists():
        pytest.skip("Multi-News validation file not present")
    items = clustering_stream(path, clusters=500, seed=0)
    assert len({i.gold for i in items}) <= 500
    assert 1000 < len(items) < 1500


def test_the_dev_draw_shares_no_cluster_with_the_evaluation_draw() -> None:
    data = SHARED_DATA / "multi-news" / "val.jsonl.gz"
    if not data.exists():
        pytest.skip("the shared evaluation data is not beside this checkout")
    from storyweave.evaluate.multinews import dev_stream

    evaluation = {i.gold for i in clustering_stream(data, 500, 0)}
    dev = {i.gold for i in dev_stream(data, 500)}
    assert len(dev) > 450 and not evaluation & dev
