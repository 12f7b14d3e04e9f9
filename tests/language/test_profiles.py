"""Every language module answers the same questions, and the reading languages answer the ones every stage asks."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import storyweave.language as language
from storyweave.language import PROFILES, QUESTIONS, Profile, gather, profile
from storyweave.language.numbers import number_words, parse_number

# A language module is named by its code (ISO 639-1, or `mul`); the longer names are the mechanisms that read them.
MODULES = sorted(m.name for m in pkgutil.iter_modules(language.__path__) if len(m.name) <= 3)
READING = list(language.READING)  # not `mul` (what crosses languages) and not the partial modules
# What a stage asks of every language it reads: a module that cannot answer these is not yet a language here.
ASKED = (
    "function_words",
    "articles",
    "time_words",
    "titles",
    "org_heads",
    "role_nouns",
    "speech_after",
    "decimal",
    "number_words",
    "number_and",
    "number_between",
    "ones",
    "qualifiers",
    "vague",
)
# Answers known to be missing, each for the issue that fills it; the test fails when one is filled and still listed.
GAPS: set[tuple[str, str]] = set()  # (language, question) a complete module does not answer yet


@pytest.mark.parametrize("code", MODULES)
def test_each_module_is_one_profile_under_its_own_code(code: str) -> None:
    module = importlib.import_module(f"storyweave.language.{code}")
    assert isinstance(module.PROFILE, Profile) and module.PROFILE.code == code
    assert PROFILES[code] is module.PROFILE, f"{code} is not listed in language._MODULES"


@pytest.mark.parametrize("code", READING)
def test_each_reading_language_answers_what_the_stages_ask(code: str) -> None:
    answers = PROFILES[code]
    missing = {(code, question) for question in ASKED if not getattr(answers, question)}
    assert missing == {gap for gap in GAPS if gap[0] == code}, f"{code} does not answer {sorted(missing)}"
    assert answers.decimal in {".", ","}
    words = number_words(code)
    assert words.language == code and len(words.words) >= 20  # its own number words, not English's
    assert set(answers.qualifiers) <= {"about", "over", "at least", "under", "up to", "nearly", "just over"}
    assert all(low <= high for _, low, high in answers.vague)


def test_the_reading_languages_are_the_complete_modules() -> None:
    assert set(READING) == {code for code in MODULES if code != "mul" and not PROFILES[code].partial}
    assert {"en", "no", "de", "fr", "es"} <= set(READING)


@pytest.mark.parametrize("code", [code for code in MODULES if PROFILES[code].partial])
def test_a_partial_module_answers_what_it_knows(code: str) -> None:
    answers = PROFILES[code]
    known = [question for question in QUESTIONS if question != "partial" and getattr(answers, question)]
    assert "decimal" in known and len(known) >= 2, known
    assert number_words(code).decimal == answers.decimal


def test_questions_are_answered_with_the_right_kind_of_value() -> None:
    for answers in PROFILES.values():
        for question in QUESTIONS:
            value, default = getattr(answers, question), getattr(Profile(code="xx"), question)
            assert type(value) is type(default) or (isinstance(default, dict) and isinstance(value, dict)), question
            if isinstance(value, frozenset):
                assert all(word == word.strip() and word for word in value), (answers.code, question)


def test_gather_is_every_languages_answer_and_refuses_what_is_no_question_of_words() -> None:
    assert "said" in gather("speech_after") and "sagte" in gather("speech_after") and "sa" in gather("speech_after")
    assert gather("name_particles") >= {"al", "van", "von", "de"}
    with pytest.raises(KeyError):
        gather("no such question")
    with pytest.raises(TypeError):
        gather("decimal")


def test_a_language_reads_its_own_marks_and_nynorsk_reads_as_norwegian() -> None:
    assert profile("nn") is PROFILES["no"] and profile("nb") is PROFILES["no"] and profile("xx") is None
    assert parse_number("1.000", "de") == 1000 and parse_number("1,5", "de") == 1.5
    assert parse_number("1,000", "en") == 1000 and parse_number("1.5", "en") == 1.5
    assert parse_number("2,5", "pl") == 2.5  # no module yet: its decimal mark is still known
