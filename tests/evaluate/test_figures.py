from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyweave import cli
from storyweave.evaluate import gate
from storyweave.evaluate.figures import ENGINE, QUANTULUM, engine_reader, evaluate_figures
from storyweave.evaluate.specs import NUMBER_FILES, read_cases, unit_key
from tests.conftest import SHARED_DATA

SPECS = SHARED_DATA / "recognizers-text-specs"
LANGUAGES = ("ar", "de", "en", "es", "fr", "it", "nl", "pt", "sv", "tr")


def _specs(tmp_path: Path) -> Path:
    number = tmp_path / "Number" / "English"
    number.mkdir(parents=True)
    cases = [
        {"Input": "some 2,500 people", "Results": [
            {"Text": "2,500", "TypeName": "number", "Resolution": {"value": "2500"}, "Start": 5, "End": 9}]},
        {"Input": "twenty-one fighters and one", "NotSupported": "dotnet, javascript, python, java", "Results": []},
        {"Input": "no figure here", "Results": []},
    ]  # fmt: skip
    (number / "NumberModel.json").write_text("\ufeff" + json.dumps(cases), encoding="utf-8")
    ranges = [
        {
            "Input": "more than 30 people",
            "Results": [
                {
                    "Text": "more than 30",
                    "TypeName": "numberrange",
                    "Resolution": {"value": "(30,)"},
                    "Start": 0,
                    "End": 11,
                }
            ],
        }
    ]
    (number / "NumberRangeModel.json").write_text(json.dumps(ranges), encoding="utf-8")  # fmt: skip
    return tmp_path


def test_cases_no_port_supports_are_left_out_and_spans_are_exclusive(tmp_path: Path) -> None:
    cases = list(read_cases(_specs(tmp_path), "Number", NUMBER_FILES))
    assert [c.text for c in cases] == ["some 2,500 people", "no figure here", "more than 30 people"]
    first = cases[0].expressions[0]
    assert (cases[0].text[first.start : first.end], first.value) == ("2,500", 2500.0)
    assert cases[2].expressions[0].value == (30.0, float("inf"))


def test_units_compare_by_what_they_measure() -> None:
    assert unit_key("Kilomètres", "dimension") == unit_key("Kilometer", "dimension") == "length"
    assert unit_key("Square meter", "dimension") == "area"
    assert unit_key("Dollar canadien", "currency") == unit_key("United States dollar", "currency")
    assert unit_key("Grado Fahrenheit", "temperature") == "temperature:F"


def test_a_bound_is_right_when_both_ends_are() -> None:
    (found,) = engine_reader("more than 30 people", "en")
    assert found.bounds == (30.0, float("inf"))


def test_the_command_prints_a_table_or_one_json_object(tmp_path: Path) -> None:
    root = str(_specs(tmp_path))
    table = CliRunner().invoke(cli.main, ["evaluate", "figures", "--specs", root])
    assert table.exit_code == 0, table.output
    assert "text2num" in table.output and "NumberRangeModel" in table.output
    done = CliRunner().invoke(cli.main, ["evaluate", "figures", "--specs", root, "--json"])
    figures = json.loads(done.output)["en"]["all files"]["all"][ENGINE]
    assert figures["value"] == 1.0 and figures["precision"] == 1.0
    wrong = CliRunner().invoke(cli.main, ["evaluate", "figures", "--specs", str(tmp_path / "Number")])
    assert wrong.exit_code == 2 and "no Number/ folder" in wrong.output


@pytest.mark.skipif(not (SPECS / "Number").is_dir(), reason="needs ../shared/data/recognizers-text-specs")
def test_every_language_keeps_its_floors_on_the_specs() -> None:
    report = evaluate_figures(SPECS)
    g = gate.load()
    floors = {
        "ar": g.floor("figures", "value_ar"),
        "de": g.floor("figures", "value_de"),
        "en": g.floor("figures", "value_en"),
        "es": g.floor("figures", "value_es"),
        "fr": g.floor("figures", "value_fr"),
        "it": g.floor("figures", "value_it"),
        "nl": g.floor("figures", "value_nl"),
        "pt": g.floor("figures", "value_pt"),
        "sv": g.floor("figures", "value_sv"),
        "tr": g.floor("figures", "value_tr"),
    }
    for language in LANGUAGES:
        value = report.total(language, "all", ENGINE).figures()["value"]
        assert value is not None and value >= floors[language], (language, value)
    ours = report.total("en", "all", ENGINE, ("CurrencyModel", "DimensionModel", "TemperatureModel", "AgeModel"))
    if report.total("en", "all", QUANTULUM).expressions:
        peer = report.total("en", "all", QUANTULUM).figures()["unit"]
        assert ours.figures()["unit"] > peer  # type: ignore[operator]
    assert (ours.figures()["unit"] or 0) >= g.floor("figures", "unit_en")
