"""What the clusterer knows about an article on arrival and about an event while it is warm."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from storyweave.cluster.titles import fit, title_rank
from storyweave.model import Precision

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Incoming:
    """An article as the clusterer sees it: its terms, its embedding (title and lead), its date and language."""

    id: str
    title: str
    terms: dict[str, float]
    vector: Vector
    published: date | None = None
    language: str = ""
    precision: Precision = "day"

    @property
    def slack_days(self) -> int:
        """How far the true day may lie from `published` (a month-precision date is stored as the 1st)."""
        return {"day": 0, "month": 31, "year": 366}.get(self.precision, 0)


@dataclass(slots=True)
class EventState:
    """A warm event: summed term frequencies and summed embeddings of its members, so centroids stay exact."""

    id: str
    title: str
    terms: dict[str, float]
    vector: Vector
    size: int = 0
    first_seen: date | None = None
    last_seen: date | None = None
    languages: set[str] = field(default_factory=set)
    centroid: Vector = field(init=False)
    # The embedding of the member whose headline is the title; None for an event loaded from the store, whose
    # title stands unless it names nothing (see `cluster/titles.py`).
    title_vector: Vector | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        self.centroid = (self.vector / max(self.size, 1)).astype(np.float32)

    def absorb(self, article: Incoming, profile_terms: int) -> None:
        for term, tf in article.terms.items():
            self.terms[term] = self.terms.get(term, 0.0) + tf
        if len(self.terms) > 2 * profile_terms:
            kept = sorted(self.terms.items(), key=lambda item: item[1], reverse=True)[:profile_terms]
            self.terms = dict(kept)
        self.vector = self.vector + article.vector
        self.size += 1
        self.centroid = (self.vector / self.size).astype(np.float32)
        self._retitle(article)
        if article.language:
            self.languages.add(article.language)
        if article.published is not None and article.precision == "day":  # "2017-10" says too little for a span
            if self.first_seen is None or article.published < self.first_seen:
                self.first_seen = article.published
            if self.last_seen is None or article.published > self.last_seen:
                self.last_seen = article.published

    def _retitle(self, article: Incoming) -> None:
        """Take the article's headline when it names the event better than the current title."""
        rank = title_rank(article.title)
        if not self.title:
            self.title, self.title_vector = article.title, article.vector
            return
        current = title_rank(self.title)
        if rank < current or rank == 0:
            return
        if rank == current and (
            self.title_vector is None or fit(article.vector, self.centroid) <= fit(self.title_vector, self.centroid)
        ):
            return
        self.title, self.title_vector = article.title, article.vector

    def gap_days(self, when: date | None) -> int:
        """Days between a date and this event's span; 0 inside it or when either side is undated."""
        if when is None or self.first_seen is None or self.last_seen is None:
            return 0
        if when > self.last_seen:
            return (when - self.last_seen).days
        if when < self.first_seen:
            return (self.first_seen - when).days
        return 0


@dataclass(frozen=True, slots=True)
class Assignment:
    article_id: str
    event_id: str
    score: float
    created: bool
