from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.evaluate import gate
from storyweave.evaluate.events import evaluate_events
from storyweave.settings import Settings
from tests.evaluate.pairs import write_pairs

FLOOD = (
    "The river Norva flooded the old town of Norvik on Monday after three days of rain. Hundreds of people left "
    "their homes as firefighters pumped water from cellars through the night."
)
FLOOD_TWO = (
    "Hundreds of residents of Norvik left their homes on Monday when the river Norva flooded the old town after "
    "three days of rain, and firefighters pumped cellars until the morning."
)
VOTE = (
    "Voters in Kessel elected a new mayor on Sunday in a close race decided by fewer than two hundred ballots. "
    "The winner promised cheaper buses, more parks and a new library."
)
MATCH = (
    "The home side won the cup final in Lundby two to one with a goal in the last minute of extra time, "
    "before a crowd of forty thousand."
)


def _write(path: Path) -> Path:
    rows = [
        ("1_2", "en", "en", FLOOD, FLOOD_TWO, 1.0),
        ("3_4", "en", "en", FLOOD, VOTE, 4.0),
        ("5_6", "en", "en", MATCH, VOTE, 3.5),
        ("7_8", "en", "en", VOTE, FLOOD_TWO, 2.5),  # neither sure nor unrelated: not scored
        ("9x_10x", "en", "en", MATCH, MATCH, 1.0),  # machine-translated augmentation: not scored
    ]
    return write_pairs(path, rows)


def test_same_story_pairs_are_together_and_unrelated_ones_apart_for_every_system(tmp_path: Path) -> None:
    report = evaluate_events(_write(tmp_path / "pairs.csv.gz"), Settings(encoder="hashing"))
    assert report.pairs_scored == 3 and report.pairs_unread == 0
    assert report.articles == 4
    ours = report.systems["storyweave"]["all"]
    assert (ours.same, ours.unrelated) == (1, 2)
    assert ours.same_recall == 1.0 and ours.kept_apart == 1.0
    assert report.systems["storyweave"]["crosslingual"].same == 0
    assert {"agglomerative", "hdbscan"} <= set(report.systems) and report.settings["hdbscan"].startswith("min_")
    flat = report.as_dict()
    assert flat["systems"]["storyweave"]["all"]["same_recall"] == 1.0


SEMEVAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "semeval2022-task8-hfl-sample"


@pytest.mark.slow
@pytest.mark.skipif(
    not (SEMEVAL / "training_set.csv.gz").is_file(), reason="needs ../shared/data/semeval2022-task8-hfl-sample"
)
def test_the_sample_read_as_articles_keeps_the_event_floors() -> None:
    """The quality gate's event floors (src/storyweave/evaluate/floors.toml): rated pairs of the sample's articles
    run through the engine as a folder of texts."""
    floors = gate.load()
    ours = evaluate_events(SEMEVAL / "training_set.csv.gz").systems["storyweave"]["all"]
    assert ours.same_recall >= floors.floor("events", "same_recall"), ours
    assert ours.kept_apart >= floors.floor("events", "kept_apart"), ours
