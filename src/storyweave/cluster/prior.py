"""A prior for document frequency from general word frequencies (wordfreq, data inside the wheel), per language.

A stream's first hundred documents cannot tell "said" from "Raqqa": every word has been seen once or twice. The
prior says how likely a word is to occur in a news-length document of that language, and the running counts take
over as the stream grows (see `DocumentFrequency`). Without the optional package the counts stand alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from storyweave.language.codes import wordfreq

Prior = Callable[[str], float]

DOCUMENT_WORDS = 400


@lru_cache(maxsize=1)
def _wordfreq() -> Any:
    try:
        import wordfreq
    except ImportError:
        return None
    return wordfreq


@lru_cache(maxsize=64)
def prior_for(language: str) -> Prior | None:
    """P(word occurs in a document) for a language, taking English as well (news in any language quotes it)."""
    module = _wordfreq()
    if module is None:
        return None
    known = module.available_languages()
    code = wordfreq(language)
    codes = [c for c in dict.fromkeys((code, "en")) if c in known]
    frequency = module.word_frequency

    def prior(term: str) -> float:
        rate = 0.0
        for code in list(codes):
            try:
                rate = max(rate, frequency(term, code))
            except ImportError:  # Chinese and Japanese lookups need tokenisers wordfreq leaves optional
                codes.remove(code)
        return 1.0 - math.exp(-rate * DOCUMENT_WORDS)

    return prior
