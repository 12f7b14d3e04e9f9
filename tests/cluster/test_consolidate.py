from __future__ import annotations

import numpy as np

from storyweave.cluster.consolidate import Consolidator, average_link_groups, pair_matrix
from storyweave.cluster.state import Incoming
from storyweave.cluster.stream import StreamClusterer
from storyweave.settings import Settings
from tests.cluster.test_stream import DIM, _article


class _Members:
    """Who is in which event, as the store would say after the batch (moves applied by the test)."""

    def __init__(self) -> None:
        self.of: dict[str, list[Incoming]] = {}

    def __call__(self, event_id: str) -> list[Incoming]:
        return list(self.of.get(event_id, []))

    def glue(self, clusterer: StreamClusterer, members: list[Incoming]) -> str:
        """An event holding these members whatever their scores: what a chain of joins can leave."""
        for member in members:
            clusterer.observe(member)
        event = clusterer.create(members)
        self.of[event.id] = list(members)
        return event.id


def test_average_link_keeps_blocks_apart_and_a_uniform_matrix_together() -> None:
    blocks = np.array(
        [[1.0, 0.8, 0.7, 0.1], [0.8, 1.0, 0.6, 0.0], [0.7, 0.6, 1.0, 0.2], [0.1, 0.0, 0.2, 1.0]], dtype=np.float32
    )
    assert average_link_groups(blocks, 0.3) == [[0, 1, 2], [3]]
    assert average_link_groups(np.full((4, 4), 0.5, dtype=np.float32), 0.3) == [[0, 1, 2, 3]]
    # Average link, not single: 3 is close to 0 alone, not to the group on average.
    chained = np.array([[1.0, 0.9, 0.5], [0.9, 1.0, 0.0], [0.5, 0.0, 1.0]], dtype=np.float32)
    assert average_link_groups(chained, 0.3) == [[0, 1], [2]]


def test_the_pair_matrix_is_the_streams_own_score() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    first, second = _article(1, "raqqa"), _article(2, "storm")
    for article in (first, second):
        clusterer.observe(article)
    scores = pair_matrix(clusterer, [first, second])
    assert abs(scores[0, 1] - clusterer.pair_score(first, second)) < 0.05
    assert scores[0, 1] == scores[1, 0]


def test_an_event_glued_from_two_stories_is_split_and_the_group_that_does_not_belong_starts_its_own() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    members = _Members()
    raqqa = [_article(n, "raqqa") for n in range(3)]
    storm = [_article(n, "storm") for n in range(3, 5)]
    glued = members.glue(clusterer, [*raqqa, *storm])
    moves, changes = Consolidator(clusterer, members).run([glued])
    assert {m.article_id for m in moves} == {"a3", "a4"}
    assert len({m.event_id for m in moves}) == 1 and moves[0].event_id != glued
    assert [(c.kind, c.source, c.articles) for c in changes] == [("split", glued, ("a3", "a4"))]
    assert clusterer.events[glued].size == 3
    assert clusterer.events[glued].title in {"t0", "t1", "t2"}
    assert clusterer.events[moves[0].event_id].size == 2


def test_a_group_split_off_joins_the_event_of_its_story() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    members = _Members()
    storm_event = members.glue(clusterer, [_article(n, "storm") for n in range(10, 13)])
    glued = members.glue(clusterer, [*(_article(n, "raqqa") for n in range(3)), _article(3, "storm")])
    moves, changes = Consolidator(clusterer, members).run([glued])
    assert [(m.article_id, m.event_id) for m in moves] == [("a3", storm_event)]
    assert changes[0].event == storm_event and changes[0].source == glued
    assert clusterer.events[storm_event].size == 4


def test_two_events_of_one_story_merge_into_the_larger_and_the_smaller_is_removed() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    members = _Members()
    larger = members.glue(clusterer, [_article(n, "vote") for n in range(3)])
    smaller = members.glue(clusterer, [_article(n, "vote") for n in range(3, 5)])
    moves, changes = Consolidator(clusterer, members).run([smaller])
    assert [(c.kind, c.event, c.source, c.articles) for c in changes] == [("merge", larger, smaller, ("a3", "a4"))]
    assert {m.event_id for m in moves} == {larger}
    assert smaller not in clusterer.events and clusterer.take_removed() == {smaller}
    assert clusterer.events[larger].size == 5


def test_events_of_one_story_each_are_left_alone() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    members = _Members()
    events = [
        members.glue(clusterer, [_article(n + 10 * t, topic) for n in range(4)])
        for t, topic in enumerate(["raqqa", "storm", "vote"])
    ]
    assert Consolidator(clusterer, members).run(events) == ([], [])
    assert all(clusterer.events[e].size == 4 for e in events)


def test_consolidation_is_bounded_by_event_size() -> None:
    clusterer = StreamClusterer(Settings().updated(consolidate_max_members=4), DIM)
    members = _Members()
    glued = members.glue(
        clusterer, [*(_article(n, "raqqa") for n in range(3)), *(_article(n, "storm") for n in (3, 4))]
    )
    assert Consolidator(clusterer, members).run([glued]) == ([], [])
