from __future__ import annotations

import numpy as np

from storyweave.cluster.state import EventState, Incoming
from storyweave.cluster.titles import title_rank

DIM = 4


def _member(n: int, title: str, vector: list[float]) -> Incoming:
    return Incoming(f"a{n}", title, {"raqqa": 1.0}, np.asarray(vector, dtype=np.float32), None, "en")


def _event() -> EventState:
    return EventState(id="e1", title="", terms={}, vector=np.zeros(DIM, dtype=np.float32))


def test_a_headline_outranks_a_cut_lead_and_a_line_that_names_nothing() -> None:
    assert title_rank("SDF fighters take the stadium in Raqqa") == 2
    assert title_rank("Kurdish-led fighters said on Tuesday that the last pockets of…") == 1
    assert title_rank("News") == 0
    assert title_rank("Written by Bahira Fouda:") == 0
    assert title_rank("After its launch in Egypt..") == 1
    assert title_rank("Lesen Sie auch: Kurz und Kogler stellen die Regierung vor") == 0


def test_the_first_report_titles_the_event_until_a_better_headline_arrives() -> None:
    event = _event()
    event.absorb(_member(1, "Weiterlesen", [1, 0, 0, 0]), 400)
    assert event.title == "Weiterlesen"
    event.absorb(_member(2, "Raqqa falls to US-backed forces", [0.9, 0.1, 0, 0]), 400)
    assert event.title == "Raqqa falls to US-backed forces"


def test_of_two_headlines_the_one_nearest_the_centroid_names_the_event() -> None:
    event = _event()
    event.absorb(_member(1, "Raqqa residents return to ruins", [0, 1, 0, 0]), 400)
    event.absorb(_member(2, "Raqqa falls to US-backed forces", [1, 0, 0, 0]), 400)
    event.absorb(_member(3, "US-backed forces declare victory in Raqqa", [1, 0.1, 0, 0]), 400)
    assert event.title == "US-backed forces declare victory in Raqqa"
    event.absorb(_member(4, "Lesen Sie auch: Raqqa", [1, 0, 0, 0]), 400)
    assert event.title != "Lesen Sie auch: Raqqa"


def test_a_loaded_event_keeps_its_headline_but_not_a_line_that_names_nothing() -> None:
    kept = EventState(id="e1", title="Raqqa falls", terms={}, vector=np.ones(DIM, dtype=np.float32), size=1)
    kept.title = "Raqqa falls to US-backed forces"
    kept.absorb(_member(2, "US-backed forces declare victory in Raqqa", [1, 1, 1, 1]), 400)
    assert kept.title == "Raqqa falls to US-backed forces"
    poor = EventState(id="e2", title="News", terms={}, vector=np.ones(DIM, dtype=np.float32), size=1)
    poor.absorb(_member(2, "US-backed forces declare victory in Raqqa", [1, 1, 1, 1]), 400)
    assert poor.title == "US-backed forces declare victory in Raqqa"
