"""Abbreviations that end in a full stop without ending a sentence, from the language modules.

Kept per language because a short word that abbreviates in one language is a plain word in another ("on" is an
Italian title, "ok" a Polish abbreviation); `mul` holds what newswire English and titles use everywhere.
"""

from __future__ import annotations

from functools import lru_cache

from storyweave.language import PROFILES, gather, profile


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Languages that write ordinal numbers with a full stop ("17. mai", "am 3. Oktober").
ORDINAL_STOP = _words("no nb nn da sv fi is de cs sk pl hu et lv lt sl hr sr bs tr ")

SENTENCE_STARTERS = gather("sentence_starters")


@lru_cache(maxsize=64)
def for_language(language: str) -> frozenset[str]:
    """What newswire writes everywhere (`mul`) and the language's own (Bokmål and Nynorsk: Norwegian's)."""
    own = profile(language)
    return PROFILES["mul"].sentence_abbreviations | (own.sentence_abbreviations if own is not None else frozenset())
