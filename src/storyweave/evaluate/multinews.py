"""Multi-News as a clustering stream: N clusters drawn with a seed, their documents shuffled into one stream.

A Multi-News record is a set of reports of one story, so its index is the gold event. Documents that Multi-News+
judged irrelevant to their cluster (`multinews_plus_removed_doc_indices`) and empty documents are left out, and a
drawn cluster left with no document drops out.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class StreamItem:
    key: str
    text: str
    gold: int


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def clustering_stream(
    path: Path, clusters: int = 500, seed: int = 0, exclude: frozenset[int] = frozenset()
) -> list[StreamItem]:
    """N clusters drawn with a seed (leaving out the `exclude`d record indices), their documents shuffled."""
    records = [r for r in read_records(path) if int(r["idx"]) not in exclude]
    generator = random.Random(seed)
    drawn = generator.sample(records, min(clusters, len(records)))
    items: list[StreamItem] = []
    for record in drawn:
        removed = set(record.get("multinews_plus_removed_doc_indices") or ())
        for number, document in enumerate(record["documents"]):
            if number in removed or not document.strip():
                continue
            items.append(StreamItem(key=f"{record['idx']}/{number}", text=document, gold=int(record["idx"])))
    generator.shuffle(items)
    return items


def dev_stream(path: Path, clusters: int = 500) -> list[StreamItem]:
    """The tuning draw: seed 1, disjoint from the default evaluation draw (seed 0, 500 clusters)."""
    evaluation = frozenset(item.gold for item in clustering_stream(path, 500, 0))
    return clustering_stream(path, clusters, 1, exclude=evaluation)
