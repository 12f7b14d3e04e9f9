"""The list's order and filters, and an event as it stood at a past time, through the JSON twin."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.conftest import run_cli


def test_filters_narrow_the_list_and_are_echoed(client: TestClient, seed_event: str) -> None:
    def ids(query: str) -> list[str]:
        answer = client.get(f"/api/events?{query}")
        assert answer.status_code == 200, answer.text
        return [e["id"] for e in answer.json()["events"]]

    assert ids("lang=no") == [seed_event] and ids("lang=fr") == []
    assert ids("since=2017-10-01&until=2017-10-31") == [seed_event] and ids("since=2018-01-01") == []
    assert ids("entity=Raqqa") == [seed_event] and ids("entity=Atlantis") == []
    assert ids("order=corroborated") == [seed_event]
    listing = client.get("/api/events?lang=no&order=corroborated").json()
    assert listing["order"] == "corroborated" and listing["filters"] == {"order": "corroborated", "lang": "no"}
    assert "no" in listing["languages"] and "en" in listing["languages"]
    assert client.get("/api/events?order=loudest").status_code == 422
    assert client.get("/api/events?lang=%27%20OR%201%3D1").status_code == 422


def test_an_event_as_it_stood_and_what_changed_since(client: TestClient, seed_event: str) -> None:
    now = client.get(f"/api/events/{seed_event}").json()
    assert now["updated"] and now["revisions"] >= 1 and now["as_of"] is None
    then = client.get(f"/api/events/{seed_event}", params={"as_of": now["updated"]}).json()
    assert then["as_of"] == now["updated"] and len(then["reports"]) == len(now["reports"])
    before = client.get(f"/api/events/{seed_event}", params={"as_of": "2000-01-01T00:00:00Z"})
    assert before.status_code == 404 and "no digest yet" in before.json()["detail"]
    since = client.get(f"/api/events/{seed_event}", params={"since": "2000-01-01T00:00:00Z"}).json()["changes"]
    assert since["new_reports"] == 5 and since["words"].startswith("5 new reports")
    assert client.get("/api/events", params={"as_of": "2000-01-01T00:00:00Z"}).json()["events"] == []
    assert [e["id"] for e in client.get("/api/events", params={"as_of": now["updated"]}).json()["events"]] == [
        seed_event
    ]


def test_show_as_of(seed_store: Path, seed_event: str) -> None:
    now = run_cli("show", seed_event, "--store", str(seed_store), "--as-of", "2100-01-01")
    assert now.returncode == 0 and "Raqqa" in now.stdout
    gone = run_cli("show", seed_event, "--store", str(seed_store), "--as-of", "2000-01-01")
    assert gone.returncode == 1 and "no digest of event" in gone.stderr
