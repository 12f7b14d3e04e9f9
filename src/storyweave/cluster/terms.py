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
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from storyweave.cluster.prior import Prior

_WORD = re.compile(r"\w+", re.UNICODE)
# Scripts written without spaces: a "word" there is a whole clause, so character pairs stand in for words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f]{2,}")

# Function words of the languages the sample corpus and the evaluation data carry; the rest is left to IDF.
STOP_WORDS = frozenset(
    """a about after again against all also an and any are as at be because been before being between both but by
    can could did do does doing down during each few for from further had has have having he her here hers him his how
    i if in into is it its just me more most my no nor not now of off on once only or other our out over own said same
    she should so some such than that the their them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your says say one two new last
    first year years
    og i på at det er som en et til av for med den har de ikke om var seg fra men kan så etter ble også sier
    vil skal eller han hun der da nå mot når blir blitt hadde andre under ved alle noen inn opp ut hva hvor
    """.split()
)


def term_counts(text: str) -> dict[str, float]:
    """Sublinear term frequency (1 + log count) of the folded words of a text, stop words and 1-letter words out."""
    folded = text.casefold()
    counts = Counter(w for w in _WORD.findall(_UNSPACED.sub(" ", folded)) if len(w) > 1 and w not in STOP_WORDS)
    for run in _UNSPACED.findall(folded):
        counts.update(run[i : i + 2] for i in range(len(run) - 1))
    return {term: 1.0 + math.log(count) for term, count in counts.items()}


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
