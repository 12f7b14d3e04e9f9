"""The one language-code table: what each library calls a stored language."""

from __future__ import annotations

import pytest

from storyweave.language import iso, locale, snowball, vocabulary, wordfreq


@pytest.mark.parametrize(
    ("tag", "code"), [("nb", "no"), ("nob", "no"), ("iw", "he"), ("in", "id"), ("en-US", "en"), ("als", "")]
)
def test_tags_become_the_stored_iso_code(tag: str, code: str) -> None:
    assert iso(tag) == code


def test_each_library_gets_its_own_name_for_norwegian() -> None:
    assert (locale("no"), wordfreq("no"), wordfreq("nn"), vocabulary("nn"), snowball("no")) == (
        "nb",
        "nb",
        "nb",
        "no",
        "norwegian",
    )
    assert locale("", default="en") == "en" and locale("de") == "de"
    assert wordfreq("hr") == "sh" and snowball("ja") is None


def test_each_language_has_its_english_name_for_a_prompt() -> None:
    from storyweave.language import name

    assert (name("en"), name("no"), name("nn"), name("ar"), name("xx")) == (
        "English",
        "Norwegian Bokmål",
        "Norwegian Nynorsk",
        "Arabic",
        "xx",
    )
