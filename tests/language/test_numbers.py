"""The one number reader: digits whatever the language, number words by the language's own words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storyweave.language.numbers import Ambiguous, canonical, digit_numbers, number_words, parse_number, word_numbers


def read(text: str) -> list[tuple[str, str, float, tuple[Decimal, ...]]]:
    return [(d.text, canonical(d.value), d.scale, d.parts) for d in digit_numbers(text)]


def test_digits_are_read_the_same_in_any_language() -> None:
    assert read("1,000 and 1.000 and 1 000 and 10\u202f000") == [
        ("1,000", "1000", 1.0, ()),
        ("1.000", "1000", 1.0, ()),
        ("1 000", "1000", 1.0, (Decimal(1), Decimal(0))),
        ("10\u202f000", "10000", 1.0, ()),
    ]
    assert read("3,5 millioner flyktet, 1.5 million fled, $2 mrd.") == [
        ("3,5 millioner", "3.5", 1e6, ()),
        ("1.5 million", "1.5", 1e6, ()),
        ("2 mrd.", "2", 1e9, ()),
    ]
    assert read("5 100,000 fled") == [("5 100,000", "5100000", 1.0, (Decimal(5), Decimal(100000)))]
    assert read("G20, F-16s, 1.50") == [("1.50", "1.5", 1.0, ())]  # no figure inside a word


def test_number_words_by_the_languages_own_words() -> None:
    def values(text: str, language: str) -> list[float]:
        return [value for _, _, value in word_numbers(text, number_words(language))]

    assert values("two hundred and fifty fighters, one man", "en") == [250]
    assert values("tjueto krigere", "no") == [22]
    assert values("zweiundzwanzig Kämpfer", "de") == [22]
    assert values("quatre-vingt-dix soldats", "fr") == [90]
    assert values("treinta y dos muertos", "es") == [32]
    assert values("twenty-two", "") == [22]  # a report of unknown language is read with English's words
    assert values("twenty-two", "ru") == []  # a language with a module is read with its own words only
    assert values("na ten temat", "pl") == []  # so Polish "ten" ("this") is no figure


def test_a_mark_the_language_cannot_settle_is_not_guessed() -> None:
    with pytest.raises(Ambiguous):
        parse_number("1.000", "en")
    with pytest.raises(Ambiguous):
        parse_number("1,000", "de")
    assert parse_number("1,000", "en") == 1000 and parse_number("1.000", "de") == 1000
