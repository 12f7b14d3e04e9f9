"""Base forms of inflected names from simplemma's dictionaries (the `names` extra), so "Bagdadzie", "Bagdadu" and
"Bagdad" are one place. Without simplemma a name keeps the form it was written in."""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any

from storyweave.language.codes import wordfreq as wordfreq_code

_log = logging.getLogger(__name__)


@cache
def _simplemma() -> Any:
    try:
        import simplemma
    except ImportError:
        _log.warning("inflected names stay as written without simplemma: pip install 'storyweave[names]'")
        return None
    return simplemma


@lru_cache(maxsize=100_000)
def lemma(word: str, language: str) -> str:
    """The word's lemma with the word's own capitals ("Unii" -> "Unia", not "unia"); the word when unknown."""
    simplemma = _simplemma()
    if simplemma is None or not word[:1].isupper() or word.isupper():
        return word
    found: str = simplemma.lemmatize(word, lang=language)
    if not found or found.casefold()[:2] != word.casefold()[:2]:
        return word  # a lemma that does not begin as the word does is another word's
    return found[0].upper() + found[1:] if word[0].isupper() else found


@lru_cache(maxsize=100_000)
def without_proclitic(word: str, language: str, proclitics: tuple[str, ...]) -> str:
    """The word without the conjunction or preposition written onto it ("وتركيا" and-Turkey is "تركيا"), when the
    rest is the commoner word in the language (wordfreq): "واشنطن" (Washington) keeps its "و", "لبنان" its "ل"."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return word
    code = wordfreq_code(language)
    while len(word) > 3 and word[0] in proclitics:
        rest = word[1:]
        if rest.startswith("ل") and word[0] == "ل":
            rest = "ا" + rest  # "للعميد": "ل" + "العميد", its alif dropped
        if zipf_frequency(rest, code) <= zipf_frequency(word, code) + 0.5:
            break
        word = rest
    return word
