from __future__ import annotations

from pathlib import Path

import numpy as np

from storyweave.cluster.consolidate import Change
from storyweave.cluster.state import Assignment, EventState
from storyweave.model import Article
from storyweave.store import Store


def _stored(store: Store, titles: list[str], events: dict[str, list[int]]) -> list[str]:
    articles = [Article.new(title=t, text=f"{t} text.", source="S", url=f"u{n}") for n, t in enumerate(titles)]
    with store.transaction():
        for article in articles:
            store.insert_article(article, None, [])
        store.save_events(
            EventState(e, f"title {e}", {}, np.zeros(4, dtype=np.float32), size=len(m)) for e, m in events.items()
        )
        store.save_assignments(
            [Assignment(articles[n].id, e, 0.5, False) for e, m in events.items() for n in m],
            {articles[0].id: "undated: time not used"},
        )
    return [a.id for a in articles]


def test_moved_reports_keep_their_notes_and_the_history_names_both_sides(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ids = _stored(store, ["a", "b", "c"], {"e1": [0, 1, 2], "e2": []})
        with store.transaction():
            store.move_members([Assignment(ids[0], "e2", 0.3, False)])
            store.save_changes([Change("split", "e2", "e1", (ids[0],))])
        assert store.members("e2") == [ids[0]]
        note = store.db.execute("SELECT note FROM event_members WHERE article_id = ?", (ids[0],)).fetchone()[0]
        assert note == "undated: time not used"
        [gave] = store.event_history("e1")
        [took] = store.event_history("e2")
    assert (gave["kind"], gave["direction"], gave["event"], gave["articles"]) == ("split", "into", "e2", [ids[0]])
    assert (took["direction"], took["event"]) == ("from", "e1")


def test_a_merged_event_is_gone_with_its_digest_and_its_address_names_where_it_went(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ids = _stored(store, ["a", "b", "c"], {"e1": [0], "e2": [1], "e3": [2]})
        with store.transaction():
            store.save_digest("e1", 1, {"summary": []})
            store.move_members([Assignment(ids[0], "e2", 0.4, False)])
            store.save_changes([Change("merge", "e2", "e1", (ids[0],))])
            store.delete_events(["e1"])
        assert store.event_row("e1") is None and store.digest("e1") is None
        assert store.merged_into("e1") == "e2"
        with store.transaction():  # and on, when e2 merges in turn
            store.move_members([Assignment(i, "e3", 0.4, False) for i in ids[:2]])
            store.save_changes([Change("merge", "e3", "e2", tuple(ids[:2]))])
            store.delete_events(["e2"])
        assert store.merged_into("e1") == "e3"
        assert store.merged_into("e3") is None and store.merged_into("nope") is None
