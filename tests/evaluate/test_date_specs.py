from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyweave import cli
from storyweave.evaluate import gate
from storyweave.evaluate.date_specs import DATEPARSER, ENGINE, evaluate_dates, read_date_cases
from tests.conftest import SHARED_DATA

SPECS = SHARED_DATA / "recognizers-text-specs"
LANGUAGES = ("ar", "de", "en", "es", "fr", "it", "nl", "pt", "sv", "tr")


def _specs(tmp_path: Path) -> Path:
    folder = tmp_path / "DateTime" / "English"
    folder.mkdir(parents=True)
    cases = [
        {"Input": "They left on October 2, 2017.", "Context": {"ReferenceDateTime": "2017-10-17T00:00:00"},
         "Results": [{"Text": "October 2, 2017", "Type": "date", "Start": 14, "Length": 15,
                      "Value": {"FutureResolution": {"date": "2017-10-02"}, "PastResolution": {"date": "2017-10-02"}}}]},
        {"Input": "They left two days ago", "Context": {"ReferenceDateTime": "2017-10-17T00:00:00"},
         "Results": [{"Text": "two days ago", "Type": "date", "Start": 10, "Length": 12,
                      "Value": {"FutureResolution": {"date": "2017-10-15"}, "PastResolution": {"date": "2017-10-15"}}}]},
        {"Input": "no reference time", "Results": []},
    ]  # fmt: skip
    (folder / "DateParser.json").write_text(json.dumps(cases), encoding="utf-8")
    return tmp_path


def test_cases_keep_their_reference_time_and_both_resolutions(tmp_path: Path) -> None:
    cases = list(read_date_cases(_specs(tmp_path)))
    assert len(cases) == 2 and cases[1].reference.date().isoformat() == "2017-10-17"
    assert [d.text for c in cases for d in c.dates] == ["October 2, 2017", "two days ago"]


def test_the_command_prints_a_table_or_one_json_object(tmp_path: Path) -> None:
    root = str(_specs(tmp_path))
    table = CliRunner().invoke(cli.main, ["evaluate", "dates", "--specs", root])
    assert table.exit_code == 0, table.output
    assert "dateparser" in table.output
    done = CliRunner().invoke(cli.main, ["evaluate", "dates", "--specs", root, "--json"])
    assert json.loads(done.output)["en"][ENGINE]["day"] == 1.0
    wrong = CliRunner().invoke(cli.main, ["evaluate", "dates", "--specs", str(tmp_path / "DateTime")])
    assert wrong.exit_code == 2 and "no DateTime/ folder" in wrong.output


@pytest.mark.skipif(not (SPECS / "DateTime").is_dir(), reason="needs ../shared/data/recognizers-text-specs")
def test_every_language_keeps_its_floor_on_the_date_specs() -> None:
    report = evaluate_dates(SPECS, peer=False).as_dict()
    g = gate.load()
    floors = {
        "ar": g.floor("date_specs", "day_ar"),
        "de": g.floor("date_specs", "day_de"),
        "en": g.floor("date_specs", "day_en"),
        "es": g.floor("date_specs", "day_es"),
        "fr": g.floor("date_specs", "day_fr"),
        "it": g.floor("date_specs", "day_it"),
        "nl": g.floor("date_specs", "day_nl"),
        "pt": g.floor("date_specs", "day_pt"),
        "sv": g.floor("date_specs", "day_sv"),
        "tr": g.floor("date_specs", "day_tr"),
    }
    for language in LANGUAGES:
        assert report[language][ENGINE]["day"] >= floors[language], (language, report[language])


@pytest.mark.skipif(not (SPECS / "DateTime").is_dir(), reason="needs ../shared/data/recognizers-text-specs")
def test_the_engine_reads_more_days_right_than_dateparser_in_every_language() -> None:
    report = evaluate_dates(SPECS).as_dict()
    for language in LANGUAGES:
        assert report[language][ENGINE]["day"] > report[language][DATEPARSER]["day"], (language, report[language])
