"""SemEval-2022 Task 8 pairs written as the task's CSV, for the tests of the evaluations that read it."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Sequence
from pathlib import Path

Row = tuple[str, str, str, str, str, float]  # pair_id, lang1, lang2, text1, text2, Overall


def write_pairs(path: Path, rows: Sequence[Row]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "pair_id", "lang1", "lang2", "text1", "text2", "Overall"])
        for n, row in enumerate(rows):
            writer.writerow([n, *row])
    return path
