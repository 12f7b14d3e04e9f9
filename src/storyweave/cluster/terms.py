"""Words as weighted terms, with document frequencies counted as the stream goes (TF-IDF without a fitted corpus).

IDF is applied when two things are compared, not when an article arrives, so the first reports of a stream are
weighed with what the store knows later. Early on the counts say little, so each term's document frequency is
smoothed towards a prior (`prior.py`) as if `pseudo_documents` documents had been seen: the estimate is
(seen + M·prior) / (documents + M). A term seen in one document only says nothing about which event another
document belongs to, so it carries no weight (the streaming form of `min_df=2`); stop words are left out because
without the prior the early stream has too few documents for IDF to find them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from storyweave.cluster.prior import Prior


class DocumentFrequency:
    """How many documents each term has appeared in so far; the IDF of a term seen once is zero."""

    def __init__(
        self,
        counts: Mapping[str, int] | None = None,
        documents: int = 0,
        priors: Mapping[str, float] | None = None,
        pseudo_documents: float = 1000.0,
    ) -> None:
        self.counts: dict[str, int] = dict(counts or {})
        self.priors: dict[str, float] = dict(priors or {})
        self.documents = documents
        self.pseudo = pseudo_documents
        self.added: Counter[str] = Counter()

    def add(self, terms: Iterable[str], prior: Prior | None = None) -> None:
        """Count one document's terms; a term's prior is taken from the language of the first document it is in."""
        counts = self.counts
        added = self.added
        for term in terms:
            added[term] += 1
            seen = counts.get(term)
            if seen is None:
                counts[term] = 1
                if prior is not None:
                    self.priors[term] = prior(term)
            else:
                counts[term] = seen + 1
        self.documents += 1

    def take_added(self) -> dict[str, int]:
        """Counts added since the last call, for the store to add to its own."""
        added, self.added = dict(self.added), Counter()
        return added

    def idf(self, term: str, floor: int = 2) -> float:
        seen = self.counts.get(term, 0)
        if seen < floor:
            return 0.0
        prior = self.priors.get(term)
        if prior is None:
            return math.log((1 + self.documents) / (1 + seen)) + 1.0
        share = (seen + self.pseudo * prior) / (self.documents + self.pseudo)
        return max(-math.log(min(share, 1.0)), 0.01)

    def weigh(self, terms: Mapping[str, float], floor: int = 2) -> dict[str, float]:
        """TF-IDF weights, L2-normalised, of the terms seen in at least `floor` documents."""
        weighted = {}
        for term, tf in terms.items():
            idf = self.idf(term, floor)
            if idf:
                weighted[term] = tf * idf
        norm = math.sqrt(sum(w * w for w in weighted.values()))
        return {term: w / norm for term, w in weighted.items()} if norm else {}


def cosine(unit: Mapping[str, float], other: Mapping[str, float]) -> float:
    """Dot product of two unit vectors held as dicts; iterates over the smaller one."""
    if len(other) < len(unit):
        unit, other = other, unit
    return sum(w * other.get(term, 0.0) for term, w in unit.items())
