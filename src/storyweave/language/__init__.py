"""Everything the engine knows about languages, in one place: their codes (`codes`), one module per language
answering the questions of `profile.Profile`, and the mechanisms that read with those answers (`numbers`).

Adding a language is one module here with a `PROFILE` and its tests, and one line in `_MODULES`; no stage keeps a
word table of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyweave.language import ar, da, de, en, es, fr, it, mul, nl, no, pl, pt, ru, sv, tr
from storyweave.language.codes import iso, locale, name, snowball, vocabulary, wordfreq
from storyweave.language.profile import QUESTIONS, Profile, Words

__all__ = [
    "PROFILES",
    "QUESTIONS",
    "READING",
    "Profile",
    "gather",
    "gather_marks",
    "gather_phrases",
    "gather_units",
    "iso",
    "locale",
    "name",
    "profile",
    "snowball",
    "vocabulary",
    "wordfreq",
]

_MODULES = (en, no, de, fr, es, mul, da, sv, it, pt, nl, pl, ru, tr, ar)
PROFILES: dict[str, Profile] = {module.PROFILE.code: module.PROFILE for module in _MODULES}
# The languages read with words of their own (`mul` is none, and a partial module is not one yet).
READING = tuple(code for code, answers in PROFILES.items() if code != "mul" and not answers.partial)


def profile(code: str) -> Profile | None:
    """The module's answers for a stored language (Nynorsk and Bokmål: Norwegian's), or None without a module."""
    return PROFILES.get(vocabulary(code))


@cache
def capital_nouns(code: str) -> bool:
    """Whether the language capitalises every noun (German): a capital then marks neither a name nor a start."""
    own = profile(code)
    return own is not None and own.capital_nouns


def gather(question: str) -> Words:
    """Every language's answer to a question of words, as one set: for stages that read a sentence whatever
    language it is detected as (news quotes and names cross languages)."""
    if question not in QUESTIONS:
        raise KeyError(f"no language answers {question!r}")
    found: set[str] = set()
    for answers in PROFILES.values():
        value = getattr(answers, question)
        if not isinstance(value, frozenset):
            raise TypeError(f"{question!r} is not a question of words")
        found |= value
    return frozenset(found)


@cache
def gather_phrases(question: str) -> tuple[str, ...]:
    """Every language's phrases for a question, in the modules' order (a pattern built from them tries them so)."""
    found: list[str] = []
    for answers in PROFILES.values():
        value = getattr(answers, question)
        if not isinstance(value, tuple):
            raise TypeError(f"{question!r} is not a question of phrases")
        found += [phrase for phrase in value if phrase not in found]
    return tuple(found)


NEVER = "(?!x)x"  # a pattern that matches nothing: what an empty alternation must be, not one matching everywhere


def alternation(phrases: Iterable[str], *, never: bool = False) -> str:
    """Phrases as one regex alternation, longest first (so "il y a" is tried before "il"), spaces flexible; with
    `never`, no phrases give `NEVER` rather than an empty pattern that matches everywhere."""
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    joined = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return joined or (NEVER if never else "")


def gather_marks() -> dict[str, str]:
    """Every language's quotation marks: opening mark -> the marks that close it."""
    marks: dict[str, str] = {}
    for answers in PROFILES.values():
        for opening, closing in answers.quote_marks.items():
            marks[opening] = marks.get(opening, "") + "".join(c for c in closing if c not in marks.get(opening, ""))
    return marks


@cache
def gather_units(question: str) -> dict[str, str]:
    """Every language's words for a question of units (`durations`, `measures`, `currencies`): word -> unit."""
    found: dict[str, str] = {}
    for answers in PROFILES.values():
        table = getattr(answers, question)
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise TypeError(f"{question!r} is not a question of units")
        for unit, text in table.items():
            found.update((word, unit) for word in text.split())
    return found
