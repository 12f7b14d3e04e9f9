"""Single-pass streaming clustering: each article joins its best-scoring warm event, or starts a new one.

Candidates come from an inverted index (an article's most telling terms → the events that recently used them)
and from a short ring of the most recently touched events, which is what lets a Norwegian report meet an
English event when the two share no word; both are bounded, so the cost per article does not grow with the store.
An event's score blends the TF-IDF cosine of words with the cosine of multilingual embeddings centred on the
mean of news text (raw e5 cosines sit in a narrow band; centring spreads them). That mean starts from the
encoder's calibration centre (`represent/calibration.py`) and moves towards the stream's own as it grows, so a
store of five reports is not centred on its only event. Each language is centred on its own mean (which starts
from the stream's): an encoder places all text of one language on one side of the space, so two unrelated Arabic
reports sit closer than two unrelated English ones, and what is left after taking the language out is what the
report says, which is also what an article shares with a report of its story in another language. Events that
have gone cold (no report within `cold_days` of the article's date) are not candidates, and the coldest warm
events are dropped from memory beyond `max_warm_events`: the store keeps them.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, OrderedDict, deque
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

import numpy as np

from storyweave.cluster.nearest import NearestEvents
from storyweave.cluster.prior import prior_for
from storyweave.cluster.state import Assignment, EventState, Incoming, Vector
from storyweave.cluster.terms import DocumentFrequency
from storyweave.settings import Settings


def centred_cosines(vector: Vector, others: Vector, mean: Vector, means: Vector | None = None) -> Vector:
    """Cosines of one vector with each row of `others`, the vector first moved so that `mean` is the origin and
    the rows so that `means` (one row each; `mean` when not given) is."""
    centred = vector - mean
    rows = others - (mean if means is None else means)
    norms = np.linalg.norm(rows, axis=1) * (np.linalg.norm(centred) or 1.0)
    result: Vector = ((rows @ centred) / np.where(norms > 0, norms, 1.0)).astype(np.float32)
    return result


def blend(words: Vector, meaning: Vector, weight: float | Vector) -> Vector:
    """The engine's similarity: TF-IDF cosine of words and centred embedding cosine, weighted."""
    result: Vector = ((1.0 - weight) * words + weight * meaning).astype(np.float32)
    return result


class StreamClusterer:
    def __init__(
        self,
        settings: Settings,
        dim: int,
        df: DocumentFrequency | None = None,
        vector_sum: Vector | None = None,
        events: Iterable[EventState] = (),
        next_number: int = 1,
        centre: Vector | None = None,
        language_sums: dict[str, tuple[int, Vector]] | None = None,
    ) -> None:
        self.settings = settings
        self.df = df or DocumentFrequency()
        self.vector_sum: Vector = vector_sum if vector_sum is not None else np.zeros(dim, dtype=np.float32)
        self.centre: Vector = centre if centre is not None else np.zeros(dim, dtype=np.float32)
        self.language_sums: dict[str, tuple[int, Vector]] = dict(language_sums or {})
        self.events: OrderedDict[str, EventState] = OrderedDict()
        self.postings: dict[str, deque[str]] = {}
        self.recent: deque[str] = deque(maxlen=settings.recent_events)
        self.changed: set[str] = set()
        self.removed: set[str] = set()
        self._evicted: list[EventState] = []
        self._norms: dict[str, tuple[int, float]] = {}
        self.next_number = next_number
        self.nearest = NearestEvents(dim, settings.embedding_index_events)
        for event in events:
            self.events[event.id] = event
            self._post(event.id, self.df.weigh(event.terms))
            self.recent.append(event.id)
            self._place(event)

    # -- the stream ----------------------------------------------------------------------------------------------
    def observe(self, article: Incoming) -> None:
        """Count an article in the stream's statistics (document frequencies, embedding means)."""
        self.df.add(article.terms, prior_for(article.language or "en"))
        self.vector_sum = self.vector_sum + article.vector
        if article.language:
            count, total = self.language_sums.get(article.language, (0, np.zeros_like(article.vector)))
            self.language_sums[article.language] = (count + 1, total + article.vector)

    def add(self, article: Incoming) -> Assignment:
        self.observe(article)
        unit = self.df.weigh(article.terms, floor=1)
        best_id, best_score = self.best_event(article, unit)
        if best_id is not None and best_score >= self.settings.event_threshold:
            event = self.events[best_id]
            created = False
        else:
            event = self._new_event(article.vector)
            created = True
        event.absorb(article, self.settings.profile_terms)
        self._touch(event.id)
        self._post(event.id, unit)
        return Assignment(article.id, event.id, 1.0 if created else best_score, created)

    # -- consolidation (cluster/consolidate.py) --------------------------------------------------------------------
    def rebuild(self, event_id: str, members: list[Incoming]) -> EventState:
        """Make an event anew from the members it keeps, so its profile and title are theirs alone."""
        event = EventState(id=event_id, title="", terms={}, vector=np.zeros_like(members[0].vector))
        self.events[event_id] = event
        return self.extend(event_id, members)

    def create(self, members: list[Incoming]) -> EventState:
        """A new event of these members (a group split off that belongs to no other event)."""
        event = self._new_event(members[0].vector)
        return self.extend(event.id, members)

    def extend(self, event_id: str, members: list[Incoming]) -> EventState:
        event = self.events[event_id]
        for member in members:
            event.absorb(member, self.settings.profile_terms)
            self._post(event_id, self.df.weigh(member.terms, floor=1))
        self._touch(event_id)
        return event

    def remove(self, event_id: str) -> None:
        """Forget an event whose members all went to another (the store deletes it with `take_removed`)."""
        self.events.pop(event_id, None)
        self._norms.pop(event_id, None)
        self.nearest.drop(event_id)
        self.changed.discard(event_id)
        self.removed.add(event_id)

    def take_removed(self) -> set[str]:
        removed, self.removed = self.removed, set()
        return removed

    def _new_event(self, like: Vector) -> EventState:
        event = EventState(id=f"e{self.next_number:06d}", title="", terms={}, vector=np.zeros_like(like))
        self.next_number += 1
        self.events[event.id] = event
        return event

    def best_event(
        self, article: Incoming, unit: dict[str, float], exclude: AbstractSet[str] = frozenset()
    ) -> tuple[str | None, float]:
        candidates = [
            self.events[e]
            for e in self.candidates(unit, article)
            if e not in exclude
            and self.events[e].gap_days(article.published) <= self.settings.cold_days + article.slack_days
        ]
        if not candidates:
            return None, 0.0
        scores = self.scores(article, unit, candidates)
        if self.settings.size_penalty:
            sizes = np.array([e.size for e in candidates], dtype=np.float32)
            scores = (scores - self.settings.size_penalty * np.log(sizes)).astype(np.float32)
        best = int(np.argmax(scores))
        return candidates[best].id, float(scores[best])

    def scores(self, article: Incoming, unit: dict[str, float], events: list[EventState]) -> Vector:
        """Blended similarity of one article to each of the given events.

        Embedding cosines are one matrix product over all candidates; the word cosines, a loop in Python, are
        computed only for the `scored_candidates` nearest by embedding, and the rest keep their embedding share
        alone (they cannot win: a far embedding with no words in common scores below the threshold).
        """
        mean = self.mean()
        known: dict[str, Vector] = {}  # each language's mean, once per article
        means = np.stack([self.languages_centre(e.languages, mean, known) for e in events])
        centroids = np.stack([e.centroid for e in events])
        meaning = centred_cosines(
            article.vector, centroids, self.languages_centre({article.language}, mean, known), means
        )
        words = np.zeros(len(events), dtype=np.float32)
        keep = self.settings.scored_candidates
        nearest = np.argsort(-meaning)[:keep] if len(events) > keep else range(len(events))
        for n in nearest:
            words[n] = self.word_cosine(unit, events[n])
        weights = np.array([self.weight(article.language, e.languages) for e in events], dtype=np.float32)
        return blend(words, meaning, weights)

    def mean(self) -> Vector:
        """The mean of news text: the stream's, drawn towards the encoder's calibration centre while it is young."""
        pseudo = self.settings.centre_pseudo_documents
        return ((self.vector_sum + pseudo * self.centre) / (self.df.documents + pseudo)).astype(np.float32)

    def language_mean(self, language: str, mean: Vector) -> Vector:
        """The mean of one language's reports, drawn towards the mean of all while the language has few."""
        count, total = self.language_sums.get(language, (0, np.zeros_like(mean)))
        pseudo = self.settings.language_pseudo_documents
        result: Vector = ((total + pseudo * mean) / (count + pseudo)).astype(np.float32)
        return result

    def languages_centre(
        self, languages: AbstractSet[str], mean: Vector, known: dict[str, Vector] | None = None
    ) -> Vector:
        """Where an event of these languages (or an article of one) is centred: the mean of its languages' means,
        the mean of all when it has none; `known` keeps the language means already computed."""
        memo = {} if known is None else known
        for language in languages:
            if language not in memo:
                memo[language] = self.language_mean(language, mean)
        if len(languages) == 1:  # most events: no mean to take
            return memo[next(iter(languages))]
        return np.mean([memo[x] for x in languages], axis=0) if languages else mean

    def pair_score(self, article: Incoming, other: Incoming) -> float:
        """The score the article would get against an event made of the other report alone: the similarity
        `evaluate similarity` measures, so that what is measured is what runs."""
        event = EventState(id=f"pair:{other.id}", title=other.title, terms={}, vector=np.zeros_like(other.vector))
        event.absorb(other, self.settings.profile_terms)
        return float(self.scores(article, self.df.weigh(article.terms, floor=1), [event])[0])

    def weight(self, language: str, languages: set[str]) -> float:
        """The embeddings' share of the score: larger when the article's language is new to the event, since
        words then meet only in names and numbers."""
        if language and languages and language not in languages:
            return self.settings.crosslingual_embedding_weight
        return self.settings.embedding_weight

    def candidates(self, unit: dict[str, float], article: Incoming | None = None) -> set[str]:
        """The recent ring, the `indexed_candidates` events that share most telling terms with the article and the
        `embedding_candidates` warm events nearest it by embedding, whatever their language."""
        hits: Counter[str] = Counter()
        for term in heapq.nlargest(self.settings.query_terms, unit, key=unit.__getitem__):
            hits.update(self.postings.get(term, ()))
        found = {e for e in self.recent if e in self.events}
        found.update(e for e, _ in hits.most_common(self.settings.indexed_candidates) if e in self.events)
        if article is not None:
            centred = article.vector - self.languages_centre({article.language}, self.mean())
            found.update(
                e for e in self.nearest.nearest(centred, self.settings.embedding_candidates) if e in self.events
            )
        return found

    def word_cosine(self, unit: dict[str, float], event: EventState) -> float:
        """TF-IDF cosine of an article's unit vector and an event's profile under the current IDF.

        The dot product is exact; the event's norm is cached until the event changes or the stream grows by
        half, because recomputing it over the whole profile for every candidate would dominate the run.
        """
        terms = event.terms
        idf = self.df.idf
        dot = 0.0
        for term, weight in unit.items():
            tf = terms.get(term)
            if tf is not None:
                dot += weight * tf * idf(term)
        if not dot:
            return 0.0
        cached = self._norms.get(event.id)
        documents = self.df.documents
        if cached is None or cached[0] * 1.5 < documents:
            norm = math.sqrt(sum((tf * idf(t)) ** 2 for t, tf in terms.items()))
            cached = (documents, norm or 1.0)
            self._norms[event.id] = cached
        return dot / cached[1]

    # -- bookkeeping ---------------------------------------------------------------------------------------------
    def _touch(self, event_id: str) -> None:
        self.events.move_to_end(event_id)
        self._norms.pop(event_id, None)
        self.changed.add(event_id)
        self._place(self.events[event_id])
        if not self.recent or self.recent[-1] != event_id:
            self.recent.append(event_id)
        while len(self.events) > self.settings.max_warm_events:
            cold, state = self.events.popitem(last=False)
            self._norms.pop(cold, None)
            self.nearest.drop(cold)
            if cold in self.changed:
                self.changed.discard(cold)
                self._evicted.append(state)

    def _place(self, event: EventState) -> None:
        self.nearest.put(event.id, event.centroid - self.languages_centre(event.languages, self.mean()))

    def _post(self, event_id: str, unit: dict[str, float]) -> None:
        for term in heapq.nlargest(self.settings.query_terms, unit, key=unit.__getitem__):
            posting = self.postings.get(term)
            if posting is None:
                posting = self.postings[term] = deque(maxlen=self.settings.posting_events)
            if not posting or posting[-1] != event_id:
                posting.append(event_id)

    def take_changed(self) -> list[EventState]:
        """Events changed since the last call, for the store to save; evicted ones were saved before eviction."""
        changed = self._evicted + [self.events[e] for e in sorted(self.changed)]
        self.changed.clear()
        self._evicted = []
        return changed
