"""What the digest stages share to compare sentences of one event: embeddings paid for once, within a budget.

Words and anchors align reports written in one language (Timeline17 and Multi-News are scored that way); the
multilingual encoder is paid for only where words cannot reach, across languages, and only up to a budget of
sentences per event, so an event of 500 reports costs bounded time. Everything past the budget falls back to words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import zip_longest

import numpy as np

from storyweave.digest.align import Matrix, language_centres, similarity
from storyweave.model import Article

Embed = Callable[[Sequence[str]], Matrix]

EMBED_BUDGET = 400  # sentences embedded per digest, at most (about 15 s on two cores)


class EventMeaning:
    """Embeddings of the event's sentences, computed once each, and the event's centre for each language."""

    def __init__(self, articles: Sequence[Article], embed: Embed, prior: Matrix | None, budget: int = EMBED_BUDGET):
        self._embed = embed
        self._cache: dict[str, Matrix] = {}
        self.budget = budget
        self.language = {a.id: a.language for a in articles}
        by_language: dict[str, list[str]] = defaultdict(list)
        for article in articles:
            by_language[article.language].extend(s.text for s in article.sentences)
        # One large batch costs far less than many small ones (the encoder pays a fixed price per call), so the
        # event's sentences are embedded up front, reports taking turns, up to the budget.
        turns = zip_longest(*[[s.text for s in a.sentences] for a in articles])
        self.embed(list(dict.fromkeys(t for turn in turns for t in turn if t is not None))[:budget])
        if prior is None:
            prior = self.embed([t for texts in by_language.values() for t in texts[:16]]).mean(axis=0)
        self.centres = language_centres(by_language, self.embed, prior, per_language=32)

    @classmethod
    def for_event(cls, articles: Sequence[Article], embed: Embed | None, prior: Matrix | None) -> EventMeaning | None:
        """Meaning for a multilingual event when an encoder is given; None (words only) otherwise."""
        if embed is None or len({a.language for a in articles}) < 2:
            return None
        return cls(articles, embed, prior)

    def affordable(self, texts: Sequence[str]) -> bool:
        """Whether embedding the texts not yet embedded stays within the budget."""
        return len(self._cache) + len(set(texts) - self._cache.keys()) <= self.budget

    def embed(self, texts: Sequence[str]) -> Matrix:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, vector in zip(missing, self._embed(missing), strict=True):
                self._cache[text] = vector
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)


def sentence_similarity(
    texts: Sequence[str],
    articles: Sequence[str],
    idf: Mapping[str, float],
    common: frozenset[str],
    meaning: EventMeaning | None,
    languages: Sequence[str] | None = None,
) -> Matrix:
    """Pairwise similarity of sentences (`articles[i]` is the id of text i's report): with meaning when affordable.

    `languages` (one per text) stems the words; without it words are compared as written."""
    if meaning is None or not meaning.affordable(texts):
        return similarity(texts, idf, languages=languages, common=common)
    languages = languages or [meaning.language[article] for article in articles]
    centres = np.stack([meaning.centres[language] for language in languages])
    return similarity(texts, idf, meaning.embed(texts), centres, languages, common=common)
