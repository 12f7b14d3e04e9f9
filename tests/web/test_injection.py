"""Article text is untrusted: markup in a title, a sentence or an outlet's name shows as text on every page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyweave.web.app import create_app

RAW = ("<script>alert(1)", "<img src=x")
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")


@pytest.fixture(scope="module")
def hostile(hostile_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(hostile_store)) as test_client:
        yield test_client


def assert_inert(text: str, where: str, *escaped: str) -> None:
    for raw in RAW:
        assert raw not in text, f"{raw!r} unescaped in {where}"
    for form in escaped:
        assert form in text, f"{form!r} missing from {where}"


def hostile_pages(client: TestClient) -> list[str]:
    listing = client.get("/api/events").json()
    events = [e["id"] for e in listing["events"]]
    articles = {r["id"] for e in events for r in client.get(f"/api/events/{e}").json()["reports"]}
    return ["/", "/?q=Raqqa", "/?q=script"] + [f"/events/{e}" for e in events] + [f"/articles/{a}" for a in articles]


def test_every_page_shows_the_payload_as_text(hostile: TestClient) -> None:
    pages = hostile_pages(hostile)
    assert len(pages) >= 5
    for path in pages:
        page = hostile.get(path)
        assert page.status_code == 200, path
        assert_inert(page.text, path, ESCAPED[0], ESCAPED[1])


def test_the_search_words_are_escaped_too(hostile: TestClient) -> None:
    page = hostile.get("/", params={"q": '"><img src=x onerror=alert(1)>'})
    assert page.status_code == 200
    assert_inert(page.text, "search", "&#34;&gt;&lt;img src=x")


def test_error_pages_escape_the_id(hostile: TestClient) -> None:
    page = hostile.get("/events/<script>alert(1)<")
    assert page.status_code == 404
    assert_inert(page.text, "404 page", "&lt;script&gt;alert(1)")
