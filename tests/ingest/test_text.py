from __future__ import annotations

from datetime import date

import pytest

from storyweave.ingest import Input, read_input
from storyweave.ingest.text import parse_report
from storyweave.model import Article
from storyweave.settings import Settings


def test_marker_becomes_the_date_and_the_lead_stays() -> None:
    article = parse_report(" date 2017-10-17 The city fell on Tuesday.\n\nMore followed.", Settings())
    assert (article.published, article.precision) == (date(2017, 10, 17), "day")
    assert article.text == "The city fell on Tuesday.\n\nMore followed."
    assert article.title == ""  # derived from the lead by the normaliser


def test_month_marker() -> None:
    article = parse_report("date 2017-10 Noe skjedde i oktober.", Settings())
    assert (article.published, article.precision) == (date(2017, 10, 1), "month")


def test_impossible_marker_date_is_unknown_and_still_removed() -> None:
    article = parse_report(" date 2017-02-31 Something happened.", Settings())
    assert article.published is None and article.precision == "unknown"
    assert article.text == "Something happened."


def test_headline_needs_shortness_no_full_stop_and_a_blank_line() -> None:
    assert parse_report("Short headline here\n\nBody text follows.", Settings()).title == "Short headline here"
    assert parse_report("A sentence that ends.\n\nBody text follows.", Settings()).title == ""
    assert parse_report("Short headline here\nBody text follows.", Settings()).title == ""
    long_line = " ".join(["word"] * 30)
    assert parse_report(f"{long_line}\n\nBody text follows.", Settings()).title == ""


def test_source_line_becomes_the_outlet() -> None:
    article = parse_report("Headline\n\nBody sentence here.\n\nsource: Example Times", Settings())
    assert article.source == "Example Times"
    assert "source:" not in article.text


def test_furniture_block_is_cut_but_not_at_the_very_start() -> None:
    body = "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nRelated articles\n\nUnrelated teaser."
    assert parse_report(body, Settings()).text == "First paragraph.\n\nSecond paragraph."


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    article = parse_report(
        "Headline\n\nThe council met on\nthe Monday and agreed.\nA new line starts here.", Settings()
    )
    assert article.text == "The council met on the Monday and agreed.\n\nA new line starts here."


@pytest.mark.parametrize(
    ("raw", "title", "lead"),
    [
        (
            " Terlecki: Wybory prawdopodobnie 10 maja. Jest znak zapytania  Zastępca marszałka Sejmu Ryszard Terlecki"
            " powiedział, że 10 maja pozostaje najbardziej prawdopodobną datą wyborów.\n",
            "Terlecki: Wybory prawdopodobnie 10 maja. Jest znak zapytania",
            "Zastępca marszałka Sejmu",
        ),
        (
            "Distanzlos gegen Coronaregeln\u00a0 Auf dem Alexanderplatz trafen am Samstag Hunderte Demonstranten auf"
            " die Polizei.\n",
            "Distanzlos gegen Coronaregeln",
            "Auf dem Alexanderplatz",
        ),
    ],
)
def test_a_headline_run_into_its_lead_with_a_wide_gap_is_the_title(raw: str, title: str, lead: str) -> None:
    [article] = list(read_input(Input(name="run-on.txt", data=raw.encode()), Settings()))
    assert isinstance(article, Article)
    assert (article.title, article.text[: len(lead)]) == (title, lead)


def test_two_sentences_with_a_wide_gap_are_not_a_headline() -> None:
    raw = b"The river rose on Monday.  Forty homes were evacuated by the fire service that night.\n"
    [article] = list(read_input(Input(name="two.txt", data=raw), Settings()))
    assert isinstance(article, Article) and article.text.startswith("The river rose on Monday. Forty homes")
