"""`bench/stream.py`: the 100,000-article stream the scale benchmarks read, built from the shared data."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from collections import Counter
from datetime import date
from types import ModuleType

import pytest

from tests.conftest import ROOT, SHARED_DATA

pytestmark = pytest.mark.skipif(not (SHARED_DATA / "multi-news").exists(), reason="needs ../shared/data")


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_stream", ROOT / "bench" / "stream.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def test_copies_are_stories_told_again_later_not_near_duplicates() -> None:
    built = list(_module().stream(target=3_000, seed=0, real_limit=2_000))
    originals = {r["url"]: r for r in built if not r.get("copy_of")}
    copies = [r for r in built if r.get("copy_of")]
    assert len(built) == 3_000 and len(copies) == 1_000
    assert len({r["url"] for r in built}) == len(built)
    for copy in copies:
        original = originals[copy["copy_of"]]
        a, b = _shingles(copy["text"]), _shingles(original["text"])
        assert len(a & b) / len(a | b) < 0.8  # under the engine's near-duplicate threshold
        later = date.fromisoformat(copy["published"]) - date.fromisoformat(original["published"])
        assert 400 <= later.days <= 1100 and copy["gold"] is None


def test_the_whole_stream_holds_every_multi_news_document_and_reaches_the_target() -> None:
    kinds: Counter[str] = Counter()
    for record in _module().stream(target=100_000):
        gold = record["gold"] or ""
        kinds["copy" if record.get("copy_of") else gold.split(":")[0] or "none"] += 1
    assert sum(kinds.values()) == 100_000
    documents = 0
    for name in ("val.jsonl.gz", "train-12k.jsonl.gz"):
        with gzip.open(SHARED_DATA / "multi-news" / name, "rt", encoding="utf-8") as handle:
            documents += sum(1 for line in handle for d in json.loads(line)["documents"] if d.split())
    assert kinds["mn"] == documents  # every document of val and train-12k that has text
    assert kinds["se"] > 100 and kinds["none"] > 1_241 and kinds["copy"] > 45_000
