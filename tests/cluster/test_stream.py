from __future__ import annotations

from datetime import date

import numpy as np

from storyweave.cluster.state import Incoming
from storyweave.cluster.stream import StreamClusterer
from storyweave.language.terms import terms
from storyweave.settings import Settings

DIM = 8
TOPICS = {
    "raqqa": "Raqqa SDF fighters stadium hospital coalition Sello Kurdish offensive",
    "storm": "Hurricane Maria Puerto Rico landfall winds flooding power grid evacuation",
    "vote": "Catalonia referendum Barcelona Madrid independence ballot police parliament",
}


def _vector(topic: int, noise: float, seed: int) -> np.ndarray:
    vector = np.full(DIM, 0.1, dtype=np.float32)
    vector[topic] += 1.0
    vector += np.random.default_rng(seed).normal(0, noise, DIM).astype(np.float32)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


def _article(n: int, topic: str, when: date | None = None, extra: str = "") -> Incoming:
    number = list(TOPICS).index(topic)
    text = f"{TOPICS[topic]} {extra} report{n}"
    return Incoming(f"a{n}", f"t{n}", terms(text), _vector(number, 0.05, n), when, "en")


def test_reports_of_three_stories_arriving_interleaved_form_three_events() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    events: dict[str, set[str]] = {}
    for n in range(12):
        topic = list(TOPICS)[n % 3]
        assignment = clusterer.add(_article(n, topic))
        events.setdefault(topic, set()).add(assignment.event_id)
    assert all(len(ids) == 1 for ids in events.values())
    assert len(set().union(*events.values())) == 3


def test_a_report_three_years_later_starts_a_new_event() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    first = clusterer.add(_article(1, "raqqa", date(2017, 10, 17)))
    week_later = clusterer.add(_article(2, "raqqa", date(2017, 10, 24)))
    years_later = clusterer.add(_article(3, "raqqa", date(2020, 10, 17)))
    assert week_later.event_id == first.event_id and not week_later.created
    assert years_later.created


def test_candidates_are_bounded_and_cold_events_leave_memory() -> None:
    settings = Settings().updated(
        max_warm_events=5, recent_events=3, posting_events=2, query_terms=4, indexed_candidates=2
    )
    clusterer = StreamClusterer(settings, DIM)
    for n in range(40):
        clusterer.add(_article(n, "storm", extra=f"unique{n} other{n} words{n}", when=date(2017, 1, 1 + n % 28)))
    assert len(clusterer.events) <= 5
    unit = clusterer.df.weigh(terms(TOPICS["storm"]), floor=1)
    assert len(clusterer.candidates(unit)) <= 3 + 2


def test_changed_events_are_handed_to_the_store_even_when_evicted() -> None:
    settings = Settings().updated(max_warm_events=2)
    clusterer = StreamClusterer(settings, DIM)
    made = {clusterer.add(_article(n, topic)).event_id for n, topic in enumerate(TOPICS)}
    saved = {event.id for event in clusterer.take_changed()}
    assert saved == made and len(clusterer.events) == 2
    assert clusterer.take_changed() == []


def test_a_month_precision_date_widens_the_window_but_does_not_set_the_span() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    first = clusterer.add(_article(1, "raqqa", date(2017, 10, 17)))
    article = _article(2, "raqqa", date(2017, 9, 1))
    month = Incoming(article.id, article.title, article.terms, article.vector, date(2017, 9, 1), "en", "month")
    joined = clusterer.add(month)  # 46 days before the event's day, but "2017-09" may mean the 30th
    assert joined.event_id == first.event_id
    event = clusterer.events[first.event_id]
    assert event.first_seen == event.last_seen == date(2017, 10, 17)


def test_a_pair_is_scored_as_the_clusterer_scores_a_report_against_an_event_of_the_other() -> None:
    clusterer = StreamClusterer(Settings(), DIM)
    first = _article(1, "raqqa")
    assignment = clusterer.add(first)
    second, other = _article(2, "raqqa"), _article(3, "storm")
    clusterer.df.add(second.terms)  # what `add` counts before it scores
    clusterer.df.add(other.terms)
    event = clusterer.events[assignment.event_id]
    expected = clusterer.scores(second, clusterer.df.weigh(second.terms, floor=1), [event])[0]
    assert clusterer.pair_score(second, first) == float(expected)
    assert clusterer.pair_score(second, first) >= Settings().event_threshold > clusterer.pair_score(other, first)
    norwegian = Incoming("a4", "t4", second.terms, second.vector, None, "no")
    assert clusterer.pair_score(norwegian, first) != clusterer.pair_score(second, first)  # the cross-lingual blend


def test_the_embedding_candidates_are_bounded_and_leave_with_their_events() -> None:
    settings = Settings().updated(max_warm_events=5, recent_events=1, indexed_candidates=0, embedding_candidates=2)
    clusterer = StreamClusterer(settings, DIM)
    for n in range(12):
        clusterer.add(_article(n, list(TOPICS)[n % 3], extra=f"unique{n}"))
    assert len(clusterer.nearest) == len(clusterer.events) <= 5
    found = clusterer.candidates({}, _article(99, "vote"))
    assert len(found) <= 1 + 2 and found <= set(clusterer.events)


def test_a_story_in_another_language_is_found_when_it_is_no_longer_among_the_recent_events() -> None:
    settings = Settings().updated(recent_events=2)
    clusterer = StreamClusterer(settings, DIM)
    first = clusterer.add(_article(0, "raqqa"))
    for n in range(1, 9):  # other stories push the Raqqa event out of the recent ring
        clusterer.add(Incoming(f"o{n}", "", terms(f"unrelated{n} story{n}"), _vector(3 + n % 5, 0.05, n), None, "en"))
    article = _article(20, "raqqa")
    norwegian = Incoming("no1", "", terms("Byen falt torsdag"), article.vector, None, "no")
    assert first.event_id not in clusterer.recent
    assert clusterer.add(norwegian).event_id == first.event_id


def test_each_language_is_centred_on_its_own_mean() -> None:
    """An encoder that puts every text of one language on one side of the space makes two unrelated reports in
    that language look alike; taken from its own mean, the language says nothing and the stories are apart."""
    offset = np.zeros(DIM, dtype=np.float32)
    offset[-1] = 3.0

    def report(n: int, topic: int, language: str) -> Incoming:
        vector = _vector(topic, 0.05, n) + (offset if language == "ar" else 0.0)
        return Incoming(f"{language}{n}", "", terms(f"w{language}{n}"), vector.astype(np.float32), None, language)

    clusterer = StreamClusterer(Settings().updated(language_pseudo_documents=1.0), DIM)
    reports = [report(n, n % 4, language) for n in range(40) for language in ("en", "ar")]
    for one in reports:
        clusterer.observe(one)
    unrelated = clusterer.pair_score(report(100, 0, "ar"), report(101, 1, "ar"))
    same_story = clusterer.pair_score(report(102, 2, "ar"), report(103, 2, "en"))
    assert unrelated < clusterer.settings.event_threshold < same_story


def test_the_embedding_index_keeps_only_the_most_recently_changed_events() -> None:
    from storyweave.cluster.nearest import NearestEvents

    index = NearestEvents(DIM, limit=3, capacity=2)
    for n in range(5):
        index.put(f"e{n}", _vector(n % DIM, 0.0, n))
    index.put("e2", _vector(2, 0.0, 2))  # changed again: kept over e3
    index.put("e5", _vector(5, 0.0, 5))
    assert len(index) == 3
    assert set(index.nearest(_vector(0, 0.0, 0), 5)) == {"e2", "e4", "e5"}
