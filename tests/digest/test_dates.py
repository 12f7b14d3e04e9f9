from __future__ import annotations

from datetime import date

import pytest

from storyweave.digest.dates import DateMention, resolve

TUESDAY = date(2017, 10, 17)  # the day Raqqa was declared taken
SATURDAY = date(2017, 10, 14)


def found(text: str, language: str, anchor: date | None = TUESDAY) -> list[tuple[str, str, str]]:
    return [(m.text, _iso(m), m.kind) for m in resolve(text, anchor, language)]


def _iso(mention: DateMention) -> str:
    value = mention.value
    return {"day": value.isoformat(), "month": value.isoformat()[:7], "year": str(value.year)}[mention.precision]


def test_spans_from_the_seeds_keep_their_precision() -> None:
    assert found("have been on the offensive in Raqqa since early June", "en") == [("June", "2017-06", "span")]
    assert found("on the offensive in Raqqa since June 5 and have", "en") == [("June 5", "2017-06-05", "span")]
    assert found("har siden juli vært på offensiven", "no") == [("juli", "2017-07", "span")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Some 100 fighters handed themselves over Friday", "2017-10-13"),
        ("en", "On Tuesday morning, the SDF cleared the last positions", "2017-10-17"),
        ("en", "a deal brokered with tribal elders Sunday", "2017-10-15"),
        ("en", "He arrived yesterday", "2017-10-16"),
        ("en", "It happened on 14 October 2017", "2017-10-14"),
        ("en", "It happened on October 14, 2017", "2017-10-14"),
        ("en", "It happened on Oct. 14", "2017-10-14"),
        ("en", "It happened last Tuesday", "2017-10-10"),
        ("no", "SOHR meldte tidligere lørdag at alle", "2017-10-14"),
        ("no", "Han kom i går", "2017-10-16"),
        ("no", "Det skjedde 14. oktober 2017", "2017-10-14"),
        ("no", "Det skjedde 14. oktober", "2017-10-14"),
        ("no", "forlot byen sent fredag kveld", "2017-10-13"),
        ("de", "Am Dienstag, dem 14. Oktober 2017, fiel die Stadt", "2017-10-17"),
        ("de", "Die Truppen zogen gestern ab", "2017-10-16"),
        ("de", "Die Stadt fiel am 14. Oktober", "2017-10-14"),
        ("es", "La ciudad cayó el 14 de octubre de 2017", "2017-10-14"),
        ("es", "Las tropas llegaron ayer", "2017-10-16"),
        ("es", "Las tropas llegaron el sábado", "2017-10-14"),
        ("fr", "La ville est tombée le 14 octobre 2017", "2017-10-14"),
        ("fr", "Les troupes sont arrivées hier", "2017-10-16"),
        ("fr", "Les troupes sont arrivées samedi", "2017-10-14"),
    ],
)
def test_first_date_of_a_sentence(language: str, text: str, expected: str) -> None:
    assert found(text, language)[0][1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Offensive läuft seit Juni", ("Juni", "2017-06", "span")),
        ("es", "La ofensiva continúa desde junio", ("junio", "2017-06", "span")),
        ("fr", "L'offensive dure depuis juin", ("juin", "2017-06", "span")),
        ("no", "Raqqa har siden 2014 vært hovedstaden", ("2014", "2014", "span")),
        ("en", "It was seized in early 2014", ("2014", "2014", "absolute")),
        ("en", "It was announced earlier this month", ("earlier this month", "2017-10", "relative")),
    ],
)
def test_months_years_and_spans(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert found(text, language) == [expected]


def test_a_weekday_in_a_sentence_about_the_future_is_the_next_one() -> None:
    assert [m.value for m in resolve("IS kommer til å tape byen lørdag eller søndag.", SATURDAY, "no")] == [
        date(2017, 10, 14),
        date(2017, 10, 15),
    ]
    assert resolve("The vote will be held on Friday", TUESDAY, "en")[0].value == date(2017, 10, 20)
    assert resolve("It happened next Monday", TUESDAY, "en")[0].value == date(2017, 10, 23)


def test_a_year_less_date_takes_the_year_nearest_the_anchor() -> None:
    assert resolve("He was arrested on 28 December", date(2018, 1, 3), "en")[0].value == date(2017, 12, 28)
    assert resolve("The trial opens on 3 January", date(2017, 12, 28), "en")[0].value == date(2018, 1, 3)


def test_vague_stretches_are_marked_approximate() -> None:
    mentions = resolve("350 fighters had surrendered in recent days, and last week", TUESDAY, "en")
    assert [(m.text, m.approximate) for m in mentions] == [("in recent days", True), ("last week", True)]
    assert resolve("Mange sivile har de siste dagene flyktet", TUESDAY, "no")[0].approximate


def test_impossible_dates_and_numbers_that_are_not_dates_give_nothing() -> None:
    assert found("It happened on 31 February 2017", "en") == []
    assert found("22 ISIS fighters were killed; 270,000 people fled; 4,000 civilians; 80 percent", "en") == []
    assert found("The score was 27-20 with 2000 people watching; 1.000 soldiers", "en") == []
    assert found("Die 3 Leute am Ende", "de") == []


def test_relative_dates_need_an_anchor() -> None:
    assert found("It happened on Tuesday, yesterday, on 14 October", "en", anchor=None) == []
    assert found("It happened on 14 October 2017", "en", anchor=None) == [("14 October 2017", "2017-10-14", "absolute")]


def test_morning_is_not_tomorrow() -> None:
    assert [m.value for m in resolve("Die Stadt fiel heute Morgen", TUESDAY, "de")] == [TUESDAY]
    assert found("Los combates siguieron por la mañana", "es") == []


def test_dates_far_in_the_future_are_kept_as_written() -> None:
    assert found("The plan runs until 2150", "en") == [("2150", "2150", "absolute")]


def test_unknown_language_falls_back_to_english_words() -> None:
    assert found("Tuesday", "xx") == [("Tuesday", "2017-10-17", "relative")]


def test_numeric_dates_follow_the_language_s_order_and_two_digit_years() -> None:
    assert found("Protests began on 1/26/11 in Cairo", "en", date(2011, 2, 1)) == [
        ("1/26/11", "2011-01-26", "absolute")
    ]
    assert found("Møtet var 14.10.17 i Oslo", "no") == [("14.10.17", "2017-10-14", "absolute")]
    assert found("Version v1.10.17 and 3/4 of the vote", "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected", "approximate"),
    [
        ("en", "fighting broke out two days ago", "2017-10-15", False),
        ("en", "the city fell three weeks ago", "2017-09-26", True),
        ("en", "a month ago the talks began", "2017-09-17", True),
        ("de", "vor drei Tagen", "2017-10-14", False),
        ("de", "vor 2 Jahren", "2015-10-17", True),
        ("fr", "il y a deux jours", "2017-10-15", False),
        ("es", "hace dos días", "2017-10-15", False),
        ("no", "for to dager siden", "2017-10-15", False),
        ("tr", "iki gün önce", "2017-10-15", False),
        ("pl", "dwa dni temu", "2017-10-15", False),
        ("ar", "منذ ثلاثة أيام", "2017-10-14", False),
    ],
)
def test_spans_of_time_ago_count_back_from_the_report_s_day(
    language: str, text: str, expected: str, approximate: bool
) -> None:
    (mention,) = resolve(text, TUESDAY, language)
    assert (mention.value.isoformat(), mention.kind, mention.approximate) == (expected, "relative", approximate)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "two days earlier the convoy had left"),  # counts back from the story, not the report
        ("de", "drei Tage früher"),
    ],
)
def test_earlier_is_not_counted_from_the_report(language: str, text: str) -> None:
    assert resolve(text, TUESDAY, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "on 21-04-2016", "2016-04-21"),  # month-first, but 21 can only be the day
        ("en", "on 2015/08/12", "2015-08-12"),
        ("de", "am 21.04.2016", "2016-04-21"),
        ("fr", "le 21/04/2016", "2016-04-21"),
    ],
)
def test_numeric_dates_with_other_separators(language: str, text: str, expected: str) -> None:
    assert [m.value.isoformat() for m in resolve(text, TUESDAY, language)] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Actualizado: 02/01/2020 12:27h Una explosión sacudió el centro"),
        ("de", "© Mannheimer Morgen, Samstag, 22.02.2020"),
        ("de", "Wien (APA, 18.5.2020)"),
        ("tr", "19.01.2020 19:08 | Son Güncelleme: 20.01.2020"),
        ("fr", "Publié le 25/03/2020 à 10h"),
        ("en", "This article was originally published on January 1, 2020"),
        ("pl", "Opublikowano: 12 marca 2020"),
        ("ar", "آخر تحديث: 20 يناير 2020 - 3 : 18"),
        ("en", "the driver survived — LAPD HQ (@LAPDHQ) March 5, 2020"),  # an embedded tweet
        (
            "en",
            "FILE PHOTO: The minister attends the swearing-in ceremony at the presidential office, January 7, 2020.",
        ),
        ("en", "Date: December 27, 2019 TO: Honorable Mitch McConnell"),
        ("en", "NEW YORK, Jan. 1, 2020 /PRNewswire/ -- The market is expected to grow"),
        ("en", "Vevey, March 24, 2020 Nestlé S.A. maintains the date of its meeting"),  # a release's dateline
    ],
)
def test_a_page_s_stamps_are_marked_as_stamps(language: str, text: str) -> None:
    mentions = resolve(text, TUESDAY, language)
    assert mentions and all(m.stamp for m in mentions if m.precision == "day"), mentions


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The attack took place on 5 May 2017 at 10:30, officials said."),
        ("de", "Am 22.02.2020 um 14 Uhr begann die Sitzung."),
        ("es", "El 2 de enero de 2020 se registró una explosión."),
        ("en", "Meanwhile, March 24, 2020 was the day the city fell."),
        ("en", "On Tuesday, March 24, 2020, the city fell."),
    ],
)
def test_a_story_s_own_dates_are_no_stamps(language: str, text: str) -> None:
    assert not any(m.stamp for m in resolve(text, TUESDAY, language))


def test_spans_too_long_ago_for_a_story_are_no_date() -> None:
    assert resolve("the rocks formed 1000000 years ago", TUESDAY, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "on 4/22", "2016-04-22"),
        ("fr", "le 22/04", "2016-04-22"),
        ("en", "08/12,2015", "2015-08-12"),
        ("de", "am 15.1. kam er", "2017-01-15"),
        ("en", "Oct-2", "2016-10-02"),
        ("es", "2/Oct", "2016-10-02"),
        ("en", "on the 27th.", "2016-10-27"),
        ("nl", "de 21ste", "2016-10-21"),
        ("en", "this Friday", "2016-11-11"),
        ("es", "pasado mañana", "2016-11-09"),
        ("fr", "avant hier", "2016-11-05"),
        ("en", "Feb 29", "2016-02-29"),  # the nearest leap year
    ],
)
def test_short_and_relative_days(language: str, text: str, day: str) -> None:
    mentions = [m for m in resolve(text, date(2016, 11, 7), language) if m.precision == "day"]
    assert [m.value.isoformat() for m in mentions] == [day]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "half of them, 1/2, left"),  # a fraction
        ("en", "open 24/7"),
        ("en", "the 22nd brigade"),  # an ordinal before a noun
        ("en", "4.22 million"),  # a decimal where "." marks decimals
        ("tr", "saat 08.30, 10 kişi"),  # a time of day, then a count
    ],
)
def test_figures_that_are_no_short_date(language: str, text: str) -> None:
    assert [m for m in resolve(text, date(2016, 11, 7), language) if m.precision == "day"] == []


@pytest.mark.parametrize(
    ("language", "text", "background"),
    [
        ("de", "Im Vergleich zum Mai 2019 ist das Preisniveau gesunken.", [True]),  # compared with
        ("es", "Las fechas serán del 13 al 15 de diciembre de 2020.", [True]),  # a range's end
        ("en", "When: Jan 1 – April 2020, weekdays only.", [True, True]),
        ("tr", "15 Haziran 2020 tarihine kadar başvuracaklar.", [True]),  # waited for
        ("pl", "Zasiłek przysługuje osobom, które straciły pracę po 15 marca 2020 r.", [True]),
        ("en", "The city fell on 17 October 2017, officials said.", [False]),
        ("en", "On 5 May 2020 - the day after - troops left.", [False]),
    ],
)
def test_dates_only_compared_waited_for_or_spanned_are_background(
    language: str, text: str, background: list[bool]
) -> None:
    assert [m.background for m in resolve(text, date(2020, 6, 20), language)] == background
