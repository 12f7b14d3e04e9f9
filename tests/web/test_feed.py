"""The store's Atom feed: valid for feedparser, one entry per event, article text only ever text."""

from __future__ import annotations

from pathlib import Path

import feedparser
from fastapi.testclient import TestClient

from storyweave.web.app import create_app
from tests.web.conftest import SCRIPT


def test_the_feed_validates_and_lists_the_events(client: TestClient, seed_event: str) -> None:
    answer = client.get("/feed.atom")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(answer.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    [entry] = parsed.entries
    assert entry.link == f"http://testserver/events/{seed_event}"
    assert "5 reports" in entry.summary and entry.id.endswith(f":event:{seed_event}")
    assert client.get("/feed.atom").content == answer.content  # the feed's id is the store's, not the request's


def test_hostile_titles_are_text_in_the_feed(hostile_store: Path) -> None:
    with TestClient(create_app(hostile_store)) as client:
        parsed = feedparser.parse(client.get("/feed.atom").content)
    assert parsed.bozo == 0
    assert SCRIPT in parsed.entries[0].title  # as text, decoded by the parser: the XML itself carried it escaped
