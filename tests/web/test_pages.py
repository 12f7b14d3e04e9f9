"""The served pages over the seed store: what each shows, its links and anchors, and its errors."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_index_lists_the_seed_event(client: TestClient, seed_event: str) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert f'href="/events/{seed_event}"' in page.text
    assert "Raqqa" in page.text
    assert "2017-10-17" in page.text
    assert "5 reports" in page.text
    assert 'class="outlets"' in page.text
    assert "en, no" in page.text
    assert 'id="search"' in page.text and 'name="q"' in page.text


def test_paging(client: TestClient) -> None:
    assert client.get("/?page=2").status_code == 200
    assert "No events on this page" in client.get("/?page=2").text
    bad = client.get("/?page=0")
    assert bad.status_code == 422
    assert "page" in bad.text and "greater than or equal to 1" in bad.text
    assert "Traceback" not in bad.text
    assert client.get("/?page=abc").status_code == 422
    assert client.get("/api/events?page=0").json()["detail"].startswith("page:")


def test_search(client: TestClient, seed_event: str) -> None:
    found = client.get("/", params={"q": "Raqqa"})
    assert found.status_code == 200 and f"/events/{seed_event}" in found.text
    assert 'value="Raqqa"' in found.text
    for query in ['"unbalanced', "NEAR(", "a OR", "*", "x" * 200]:
        page = client.get("/", params={"q": query})
        assert page.status_code == 200, query
    assert client.get("/", params={"q": "x" * 201}).status_code == 422
    assert "No event has a report" in client.get("/", params={"q": "zzqqxx"}).text


def test_event_page(client: TestClient, seed_event: str) -> None:
    page = client.get(f"/events/{seed_event}")
    assert page.status_code == 200
    text = page.text
    citations = re.findall(r'<a class="citation" href="/articles/([0-9a-f]+)#s(\d+)"', text)
    assert citations
    assert 'id="summary"' in text and 'id="timeline"' in text
    assert "<svg" in text and 'class="entry precision-month' in text and 'class="entry precision-day' in text
    assert re.search(r'class="entity-group entity-(person|group|place|organisation)"', text)
    assert "also ISIS" in text
    assert 'id="quotes"' in text and "<q>" in text
    for status, words in [("conflict", "sources conflict"), ("agreed", "agreed"), ("changed", "changed over time")]:
        assert f'class="fact fact-{status}"' in text
        assert words in text
    assert 'class="citation value"' in text
    article, sentence = citations[0]
    target = client.get(f"/articles/{article}")
    assert f'id="s{sentence}"' in target.text


def test_article_page_numbers_sentences(client: TestClient, seed_event: str) -> None:
    article = client.get(f"/api/events/{seed_event}").json()["reports"][0]["id"]
    page = client.get(f"/articles/{article}")
    assert page.status_code == 200
    assert 'id="s0"' in page.text and 'id="s1"' in page.text
    assert f'href="/events/{seed_event}"' in page.text


def test_unknown_ids_are_404(client: TestClient) -> None:
    for path in ["/events/nope", "/articles/nope", "/static/../../etc/passwd", "/static/nope.js"]:
        page = client.get(path)
        assert page.status_code == 404, path
        assert page.headers["content-type"].startswith("text/html")
    for path in ["/api/events/nope", "/api/articles/nope"]:
        answer = client.get(path)
        assert answer.status_code == 404
        assert "nope" in answer.json()["detail"]


def test_api_matches_pages(client: TestClient, seed_event: str) -> None:
    listing = client.get("/api/events").json()
    assert listing["total"] == 1 and listing["events"][0]["id"] == seed_event
    assert listing["events"][0]["reports"] == 5
    detail = client.get(f"/api/events/{seed_event}").json()
    assert detail["summary"] and detail["timeline"] and detail["facts"] and detail["entities"]
    assert isinstance(detail["notes"], list) and all(fact["claims"] for fact in detail["facts"])
    article = client.get(f"/api/articles/{detail['reports'][0]['id']}").json()
    assert article["sentences"][0]["index"] == 0


def test_openapi_lists_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}"} <= set(schema["paths"])
    assert "EventDetail" in schema["components"]["schemas"]


def test_every_response_has_the_csp(client: TestClient, seed_event: str) -> None:
    for path in ["/", f"/events/{seed_event}", "/events/nope", "/?page=0", "/api/events", "/static/storyweave.css"]:
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_pages_reference_only_their_own_assets(client: TestClient, seed_event: str) -> None:
    for path in ["/", f"/events/{seed_event}"]:
        text = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', text)
        assert "<style" not in text and " style=" not in text and "<script>" not in text
    assert "addEventListener" in client.get("/static/timeline.js").text


def test_pages_answer_head_requests_like_get(client: TestClient, seed_event: str) -> None:
    for path in ("/", f"/events/{seed_event}", "/static/storyweave.css"):
        response = client.head(path)
        assert response.status_code == 200, path
        assert not response.content
        assert "content-security-policy" in response.headers
    assert client.head("/events/nope").status_code == 404
