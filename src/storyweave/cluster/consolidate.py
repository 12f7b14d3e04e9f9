"""Consolidation: a pass over the events a batch changed, which splits an event whose reports form groups that are
not alike and moves each group where it belongs.

A single pass decides each report once, against an event's centroid: a report of another happening that shares
the event's topic joins it, and the next report of that other happening joins too, because the centroid has moved
towards it. The chain shows only when the members are compared with each other. So after each batch the members
of every changed event (up to `consolidate_max_members`) are clustered by average link over the same pairwise
score the stream uses, cut at the stream's own threshold: members that on average are not as alike as a report and
its event must be are not one event. The largest group keeps the event; each other group joins the event it
belongs to when its reports are, on average, alike enough to that event's (the same average link), else starts
one. The cost is bounded per changed event, never over the whole store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from storyweave.cluster.state import Assignment, Incoming, Vector
from storyweave.cluster.stream import StreamClusterer, blend

ChangeKind = Literal["split", "merge"]


@dataclass(frozen=True, slots=True)
class Change:
    """Reports that left one event for another: `split` from `source` when their group did not belong with the
    rest, `merge` when the whole of `source` joined `event`."""

    kind: ChangeKind
    event: str
    source: str
    articles: tuple[str, ...]


def pair_matrix(clusterer: StreamClusterer, members: Sequence[Incoming]) -> Vector:
    """The stream's score between every two members (each as an article against an event of the other alone):
    centred embedding cosine and TF-IDF cosine of words, blended with the weight for their two languages."""
    mean = clusterer.mean()
    known: dict[str, Vector] = {}
    centred = np.stack([m.vector - clusterer.languages_centre({m.language}, mean, known) for m in members])
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    centred = centred / np.where(norms > 0, norms, 1.0)
    meaning: Vector = (centred @ centred.T).astype(np.float32)
    units = [clusterer.df.weigh(m.terms, floor=1) for m in members]
    vocabulary: dict[str, int] = {}
    for unit in units:
        for term in unit:
            vocabulary.setdefault(term, len(vocabulary))
    words = np.zeros((len(members), max(len(vocabulary), 1)), dtype=np.float32)
    for row, unit in enumerate(units):
        for term, weight in unit.items():
            words[row, vocabulary[term]] = weight
    languages = [m.language for m in members]
    weights = np.array([[clusterer.weight(a, {b}) for b in languages] for a in languages], dtype=np.float32)
    return blend((words @ words.T).astype(np.float32), meaning, weights)


def average_link_groups(scores: Vector, threshold: float) -> list[list[int]]:
    """Groups of rows joined while the mean score between two groups reaches the threshold (average link), each
    in row order, the groups ordered by their first row."""
    n = len(scores)
    groups: list[list[int]] = [[i] for i in range(n)]
    totals = scores.astype(np.float64).copy()
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    while alive.sum() > 1:
        means = totals / np.outer(sizes, sizes)
        means[~alive, :] = -np.inf
        means[:, ~alive] = -np.inf
        np.fill_diagonal(means, -np.inf)
        flat = int(np.argmax(means))
        a, b = divmod(flat, n)
        if means[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        totals[a, :] += totals[b, :]
        totals[:, a] += totals[:, b]
        sizes[a] += sizes[b]
        alive[b] = False
        groups[a].extend(groups[b])
        groups[b] = []
    return sorted((sorted(g) for g in groups if g), key=lambda g: g[0])


class Consolidator:
    """Splits the changed events of one batch; `members_of` gives an event's reports in ingest order (from the
    store, with the batch's assignments in it)."""

    def __init__(self, clusterer: StreamClusterer, members_of: Callable[[str], list[Incoming]]) -> None:
        self.clusterer = clusterer
        self.members_of = members_of
        self.threshold = clusterer.settings.event_threshold - clusterer.settings.split_margin
        self.joining = clusterer.settings.event_threshold - clusterer.settings.merge_margin
        self.limit = clusterer.settings.consolidate_max_members
        self.merging = True
        self._known: dict[str, list[Incoming]] = {}

    def run(self, event_ids: Sequence[str]) -> tuple[list[Assignment], list[Change]]:
        """Split what does not belong together among these events; the moved reports' new places and the
        changes, for the store and the event pages' history."""
        moves: list[Assignment] = []
        changes: list[Change] = []
        self._known = {}
        for event_id in event_ids:
            event = self.clusterer.events.get(event_id)
            if event is None or not 3 <= event.size <= self.limit:
                continue
            members = self._members(event_id)
            if len(members) < 3:
                continue
            scores = pair_matrix(self.clusterer, members)
            groups = average_link_groups(scores, self.threshold)
            if len(groups) == 1:
                continue
            groups.sort(key=lambda g: (-len(g), g[0]))
            kept = [members[i] for i in groups[0]]
            self.clusterer.rebuild(event_id, kept)
            self._known[event_id] = kept
            for group in groups[1:]:
                part = [members[i] for i in group]
                home, score = self._home(part, exclude=event_id)
                if home is None:
                    home = self.clusterer.create(part).id
                    score = float(scores[np.ix_(group, group)].mean()) if len(group) > 1 else 1.0
                    self._known[home] = part
                else:
                    self.clusterer.extend(home, part)
                    self._known[home] = [*self._members(home), *part]
                moves.extend(Assignment(m.id, home, score, False) for m in part)
                changes.append(Change("split", home, event_id, tuple(m.id for m in part)))
        if self.merging:
            for event_id in event_ids:
                self._merge(event_id, moves, changes)
        return moves, changes

    def _merge(self, event_id: str, moves: list[Assignment], changes: list[Change]) -> None:
        """Join an event to the one its members, taken together, belong to; the smaller goes into the larger."""
        event = self.clusterer.events.get(event_id)
        if event is None or event.size > self.limit:
            return
        members = self._members(event_id)
        if not members:
            return
        home, score = self._home(members, exclude=event_id)
        if home is None:
            return
        target = self.clusterer.events[home]
        if target.size < event.size:
            event_id, home = home, event_id
            members = self._members(event_id)
        self._known[home] = [*self._members(home), *members]
        self._known[event_id] = []
        self.clusterer.extend(home, members)
        self.clusterer.remove(event_id)
        moves.extend(Assignment(m.id, home, score, False) for m in members)
        changes.append(Change("merge", home, event_id, tuple(m.id for m in members)))

    def _home(self, part: list[Incoming], exclude: str) -> tuple[str | None, float]:
        """The event a group split off belongs to: the best by the stream's score against the group as one report,
        confirmed by average link with that event's members."""
        clusterer = self.clusterer
        article = _as_one(part)
        unit = clusterer.df.weigh(article.terms, floor=1)
        event_id, score = clusterer.best_event(article, unit, exclude={exclude})
        if event_id is None or score < self.joining:
            return None, 0.0
        others = self._members(event_id)[-self.limit :]
        if not others:
            return None, 0.0
        scores = pair_matrix(clusterer, [*part, *others])
        link = float(scores[: len(part), len(part) :].mean())
        return (event_id, link) if link >= self.joining else (None, 0.0)

    def _members(self, event_id: str) -> list[Incoming]:
        """An event's members as this pass has left them."""
        known = self._known.get(event_id)
        return known if known is not None else self.members_of(event_id)


def _as_one(part: list[Incoming]) -> Incoming:
    """A group of reports as one: summed terms, mean embedding, its commonest language, its latest date."""
    terms: dict[str, float] = {}
    for member in part:
        for term, tf in member.terms.items():
            terms[term] = terms.get(term, 0.0) + tf
    vector = np.mean([m.vector for m in part], axis=0).astype(np.float32)
    language = Counter(m.language for m in part).most_common(1)[0][0]
    dated = sorted((m for m in part if m.published is not None), key=lambda m: str(m.published))
    latest = dated[-1] if dated else part[-1]
    return Incoming("+".join(m.id for m in part), "", terms, vector, latest.published, language, latest.precision)
