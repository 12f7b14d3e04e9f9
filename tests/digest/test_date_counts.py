from __future__ import annotations

from datetime import date

import pytest

from storyweave.digest.date_counts import counted_dates

THURSDAY = date(2017, 11, 23)


def counts(text: str, language: str, future: bool = False) -> list[tuple[str, str, bool]]:
    return [(c.text, c.value.isoformat(), c.approximate) for c in counted_dates(text, THURSDAY, language, future)]


@pytest.mark.parametrize(
    ("language", "text", "day", "approximate"),
    [
        ("en", "two days ago", "2017-11-21", False),
        ("en", "1 month and 21 days ago", "2017-10-02", True),
        ("en", "a few days ago", "2017-11-20", True),
        ("de", "vor drei Tagen", "2017-11-20", False),
        ("de", "vor einigen Tagen", "2017-11-20", True),
        ("nl", "2 dagen geleden", "2017-11-21", False),
        ("nl", "1 maand en 21 dagen geleden", "2017-10-02", True),
        ("sv", "för några dagar sedan", "2017-11-20", True),
        ("sv", "1 månad och 21 dagar sedan", "2017-10-02", True),
        ("es", "hace dos días", "2017-11-21", False),
        ("pt", "há dois dias", "2017-11-21", False),
        ("it", "tre giorni fa", "2017-11-20", False),
        ("fr", "dans trois ans", "2020-11-23", True),
        ("nl", "over 2 weken", "2017-12-07", True),
        ("sv", "jag reser om 3 veckor", "2017-12-14", True),
        ("pl", "dwa dni temu", "2017-11-21", False),
        ("tr", "iki gün önce", "2017-11-21", False),
        ("ar", "قبل ثلاثة أيام", "2017-11-20", False),
    ],
)
def test_counts_from_the_report_day(language: str, text: str, day: str, approximate: bool) -> None:
    [(_, value, rough)] = counts(text, language)
    assert (value, rough) == (day, approximate)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "for the first time in 20 years"),  # "in" is "during" unless the sentence is about the future
        ("en", "three days later the city fell"),  # counted from the story's day, not the report's
        ("en", "nearly three decades in power"),  # "in" after a count marks nothing
        ("tr", "3 gün sonra"),
        ("sv", "för 3 veckor"),  # "för" without "sedan" is "for"
        ("ar", "خلال 24 ساعة"),  # a window of time
        ("en", "4000 years ago"),  # history: no day of the story
    ],
)
def test_what_is_no_count_from_the_report_day(language: str, text: str) -> None:
    assert counts(text, language) == []


def test_a_count_forward_needs_a_sentence_about_the_future_after_a_word_for_during() -> None:
    assert counts("in 3 weeks", "en", future=True) == [("in 3 weeks", "2017-12-14", True)]
    assert counts("in 120 seconds", "de", future=True) == []  # no other day than the report's
