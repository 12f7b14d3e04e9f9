"""An event's page says what consolidation moved: reports merged in from an event that is gone, or split off."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from storyweave.cluster.consolidate import Change
from storyweave.store import Store
from storyweave.web.app import create_app


def test_the_event_page_and_its_twin_tell_the_events_history(tmp_path: Path, seed_store: Path, seed_event: str) -> None:
    path = tmp_path / "storyweave.db"
    shutil.copy(seed_store, path)
    with Store(path) as store:
        members = store.members(seed_event)
        with store.transaction():
            store.save_changes(
                [
                    Change("merge", seed_event, "e999998", tuple(members[:2])),
                    Change("split", "e999997", seed_event, (members[4],)),
                ]
            )
    with TestClient(create_app(path)) as client:
        page = client.get(f"/events/{seed_event}").text
        assert "Merged from e999998 (2 reports)" in page
        assert "1 report split off into e999997" in page
        history = client.get(f"/api/events/{seed_event}").json()["history"]
        assert [(h["kind"], h["direction"], h["event"], h["standing"]) for h in history] == [
            ("merge", "from", "e999998", False),
            ("split", "into", "e999997", False),
        ]
        gone = client.get("/api/events/e999998")
        assert gone.status_code == 404 and seed_event in gone.json()["detail"]
