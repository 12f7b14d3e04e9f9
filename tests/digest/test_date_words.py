from __future__ import annotations

from datetime import date

import pytest

from storyweave.digest.dates import resolve

MONDAY = date(2016, 11, 7)


def days(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.isoformat()) for m in resolve(text, MONDAY, language) if m.precision == "day"]


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "the twenty second of June", "2016-06-22"),
        ("en", "second of Aug", "2016-08-02"),
        ("en", "May twenty-first", "2016-05-21"),
        ("de", "am ersten Januar 2018", "2018-01-01"),
        ("es", "veintiuno de Mayo", "2016-05-21"),
        ("es", "Mayo veintiuno", "2016-05-21"),
        ("nl", "tweede van Augustus", "2016-08-02"),
        ("nl", "eenentwintig mei", "2016-05-21"),
    ],
)
def test_days_in_words_beside_a_month(language: str, text: str, day: str) -> None:
    assert [d for _, d in days(text, language)] == [day]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In May two people died"),  # a count after a month is no day unless the phrase ends there
        ("en", "an April shower"),  # an article is no "one"
        ("en", "they may twenty times"),  # a verb, not a month
    ],
)
def test_words_beside_a_month_that_are_no_day(language: str, text: str) -> None:
    assert days(text, language) == []
