from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.evaluate import gate
from storyweave.evaluate.semeval import evaluate_similarity, read_pairs
from storyweave.represent.hashing import HashingEncoder
from storyweave.settings import Settings
from tests.evaluate.pairs import write_pairs

FLOOD = "The river flooded the old town on Monday after three days of rain; hundreds of people left their homes."
FLOOD_DE = "Der Fluss überflutete am Montag die Altstadt nach drei Tagen Regen; Hunderte verließen ihre Häuser."
VOTE = "Voters elected a new mayor on Sunday in a close race decided by fewer than two hundred ballots."
MATCH = "The home side won the cup final two to one with a goal in the last minute of extra time."


def _write(path: Path) -> Path:
    rows = [
        ("1_2", "en", "en", FLOOD, FLOOD + " Rescue teams used boats.", 1.0),
        ("3_4", "en", "en", FLOOD, VOTE, 4.0),
        ("5_6", "en", "en", VOTE, VOTE + " Turnout was low.", 1.5),
        ("7_8", "en", "en", MATCH, VOTE, 3.5),
        ("9_10", "de", "en", FLOOD_DE, FLOOD, 1.0),
        ("11_12", "de", "en", FLOOD_DE, MATCH, 4.0),
        ("13_14", "de", "en", FLOOD_DE, VOTE, 4.0),
        ("15de_16de", "de", "de", FLOOD_DE, FLOOD_DE, 1.0),
    ]
    return write_pairs(path, rows)


def test_pairs_are_read_and_augmentations_recognised_by_letters_in_the_id(tmp_path: Path) -> None:
    pairs = read_pairs(_write(tmp_path / "pairs.csv.gz"))
    assert len(pairs) == 8
    assert [p.augmented for p in pairs].count(True) == 1
    assert sum(p.crosslingual for p in pairs) == 3


def test_every_system_is_scored_so_that_higher_is_better(tmp_path: Path) -> None:
    report = evaluate_similarity(_write(tmp_path / "pairs.csv.gz"), Settings(), HashingEncoder())
    assert report.pairs == 7 and report.augmented_pairs == 1
    result = report.as_dict()
    assert {"pearson", "pearson_crosslingual", "pairs"} <= set(result)
    for name in ("storyweave", "tfidf_cosine", "lead_embedding_cosine"):
        assert result["systems"][name]["pearson"] > 0.5, name
    assert result["systems"]["storyweave"]["pearson_augmented"] is None  # one augmented pair: no correlation


SEMEVAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "semeval2022-task8-hfl-sample"


@pytest.mark.slow
@pytest.mark.skipif(
    not (SEMEVAL / "training_set.csv.gz").is_file(), reason="needs ../shared/data/semeval2022-task8-hfl-sample"
)
def test_the_engine_keeps_its_floors_and_is_ahead_of_the_lead_embedding_cross_lingually() -> None:
    """The quality gate's similarity floors (src/storyweave/evaluate/floors.toml), on the sample's genuine pairs."""
    floors = gate.load()
    report = evaluate_similarity(SEMEVAL / "training_set.csv.gz").as_dict()
    systems = report["systems"]
    assert report["pearson"] >= floors.floor("similarity", "pearson"), report["pearson"]
    assert report["pearson_crosslingual"] >= floors.floor("similarity", "pearson_crosslingual")
    baseline = next(v for k, v in systems.items() if k.startswith("lead"))
    assert report["pearson_crosslingual"] > baseline["pearson_crosslingual"]


def test_every_distinct_genuine_article_is_written_once_even_when_a_pair_id_recurs(tmp_path: Path) -> None:
    from storyweave.evaluate.semeval import write_texts

    pairs = read_pairs(_write(tmp_path / "pairs.csv.gz"))
    pairs.append(pairs[0].__class__("1_2", "en", "en", MATCH, VOTE, 4.0))  # the same pair id again, other texts
    written = write_texts(pairs, tmp_path / "texts")
    genuine = {t for p in pairs if not p.augmented for t in (p.text1, p.text2)}
    assert len(written) == len(set(written)) == len(genuine)
    assert {path.read_text(encoding="utf-8") for path in written} == genuine
