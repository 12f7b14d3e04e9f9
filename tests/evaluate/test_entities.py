from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyweave import cli
from storyweave.evaluate import gate
from storyweave.evaluate.entities import capitalised_runs, evaluate_entities, read_gold
from tests.conftest import SHARED_DATA

NER = SHARED_DATA / "ner"
LANGUAGES = ("ar", "de", "en", "es", "fr", "pl", "tr")

ROWS = [
    {
        "lang": "en",
        "id": "en-1",
        "tokens": ["Talal", "Sello", "of", "the", "SDF", "spoke", "in", "Raqqa", "."],
        "spans": [
            {"start": 0, "end": 2, "type": "PER"},
            {"start": 4, "end": 5, "type": "ORG"},
            {"start": 7, "end": 8, "type": "LOC"},
        ],
        "space_after": [True, True, True, True, True, True, True, False, True],
    },
    {
        "lang": "en",
        "id": "en-2",
        "tokens": ["The", "European", "officials", "met", "Talal", "Sello", "."],
        "spans": [{"start": 4, "end": 6, "type": "PER"}],
        "ignore": [{"start": 1, "end": 2}],
    },
]


def _gold(tmp_path: Path) -> Path:
    path = tmp_path / "en.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in ROWS) + "\n", encoding="utf-8")
    return path


def test_gold_spans_are_character_spans_of_the_rebuilt_text(tmp_path: Path) -> None:
    first, second = read_gold(_gold(tmp_path))
    assert first.text == "Talal Sello of the SDF spoke in Raqqa."
    assert {first.text[a:b]: kind for (a, b), kind in first.spans.items()} == {
        "Talal Sello": "PER",
        "SDF": "ORG",
        "Raqqa": "LOC",
    }
    assert [second.text[a:b] for a, b in second.ignore] == ["European"]


def test_the_baseline_is_every_capitalised_run() -> None:
    text = "The SDF took Raqqa from Islamic State in the U.S. on Tuesday."
    assert [text[a:b] for a, b in capitalised_runs(text)] == ["The SDF", "Raqqa", "Islamic State", "U.S.", "Tuesday"]


def test_names_are_scored_by_exact_span_and_type_per_language(tmp_path: Path) -> None:
    row = evaluate_entities([_gold(tmp_path)]).as_dict()["en"]
    assert row["sentences"] == 2 and row["gold_names"] == 4
    assert 0 < row["span_f1"] <= 1 and 0 <= row["typed_f1"] <= row["span_f1"]
    assert row["recall"] >= 0.75  # "Talal Sello" twice and "Raqqa" at least


def test_the_command_prints_a_table_or_one_json_object(tmp_path: Path) -> None:
    gold = str(_gold(tmp_path))
    table = CliRunner().invoke(cli.main, ["evaluate", "entities", "--gold", gold])
    assert table.exit_code == 0 and "baseline F1" in table.output
    done = CliRunner().invoke(cli.main, ["evaluate", "entities", "--gold", gold, "--json"])
    figures = json.loads(done.output)
    assert set(figures) == {"en", "mean"}
    assert {"span_f1", "typed_f1", "precision", "recall", "sentences"} <= set(figures["en"])


def test_files_after_the_first_gold_file_are_read_too_as_a_shell_glob_gives_them(tmp_path: Path) -> None:
    english = _gold(tmp_path)
    german = tmp_path / "de.jsonl"
    german.write_text(
        json.dumps({"lang": "de", "id": "de-1", "tokens": ["Angela", "Merkel", "sprach", "."],
                    "spans": [{"start": 0, "end": 2, "type": "PER"}]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    done = CliRunner().invoke(cli.main, ["evaluate", "entities", "--gold", str(english), str(german), "--json"])
    assert done.exit_code == 0, done.output
    assert set(json.loads(done.output)) == {"en", "de", "mean"}


@pytest.mark.slow
@pytest.mark.skipif(not all((NER / f"{lang}.jsonl").is_file() for lang in LANGUAGES), reason="needs ../shared/data/ner")
def test_every_language_keeps_its_floors_and_stays_ahead_of_the_baseline() -> None:
    pytest.importorskip("pycrfsuite")
    report = evaluate_entities([NER / f"{lang}.jsonl" for lang in LANGUAGES]).as_dict()
    g = gate.load()
    floors = {  # span F1, typed F1
        "ar": (g.floor("entities", "span_f1_ar"), g.floor("entities", "typed_f1_ar")),
        "de": (g.floor("entities", "span_f1_de"), g.floor("entities", "typed_f1_de")),
        "en": (g.floor("entities", "span_f1_en"), g.floor("entities", "typed_f1_en")),
        "es": (g.floor("entities", "span_f1_es"), g.floor("entities", "typed_f1_es")),
        "fr": (g.floor("entities", "span_f1_fr"), g.floor("entities", "typed_f1_fr")),
        "pl": (g.floor("entities", "span_f1_pl"), g.floor("entities", "typed_f1_pl")),
        "tr": (g.floor("entities", "span_f1_tr"), g.floor("entities", "typed_f1_tr")),
    }
    for lang in LANGUAGES:
        row = report[lang]
        assert row["span_f1"] > row["baseline_span_f1"], (lang, row)
        assert row["span_f1"] >= floors[lang][0] and row["typed_f1"] >= floors[lang][1], (lang, row)
