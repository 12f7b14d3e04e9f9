"""A text's words as weighted terms: the one term function the clusterer and the digest's sentence alignment use.

Terms are the folded words (1 + log count), without the languages' `term_stop_words` and one-letter words; scripts
written without spaces give character pairs instead of words, since a "word" there is a whole clause. Given a
language Snowball can stem, the words are stemmed so that "killed" meets "killing" and "fighters" meets
"fighter", as a reader (and ROUGE) counts them alike; the clusterer compares reports of any language with each
other and so takes them unstemmed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from storyweave.language import gather
from storyweave.language.codes import snowball

STOP_WORDS = gather("term_stop_words")
_WORD = re.compile(r"\w+", re.UNICODE)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f]{2,}")


def terms(text: str, language: str | None = None) -> dict[str, float]:
    """Sublinear TF of the text's terms, stemmed in `language` when it is given and Snowball has a stemmer for it."""
    counts = _counts(text)
    stem = _stemmer(language) if language else None
    if stem is None:
        return counts
    merged: dict[str, float] = {}
    for word, weight in counts.items():
        key = _stem(stem, word)
        merged[key] = merged.get(key, 0.0) + math.exp(weight - 1.0)
    return {key: 1.0 + math.log(count) for key, count in merged.items()}


def _counts(text: str) -> dict[str, float]:
    folded = text.casefold()
    counts = Counter(w for w in _WORD.findall(_UNSPACED.sub(" ", folded)) if len(w) > 1 and w not in STOP_WORDS)
    for run in _UNSPACED.findall(folded):
        counts.update(run[i : i + 2] for i in range(len(run) - 1))
    return {term: 1.0 + math.log(count) for term, count in counts.items()}


@lru_cache(maxsize=32)
def _stemmer(language: str) -> Any:
    name = snowball(language)
    if name is None:
        return None
    import snowballstemmer  # type: ignore[import-untyped]

    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=500_000)
def _stem(stemmer: Any, word: str) -> str:
    return str(stemmer.stemWord(word))
