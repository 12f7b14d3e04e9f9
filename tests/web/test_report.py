"""`storyweave report`: a static site whose links are relative and all resolve, with no external references, and
whose pages show hostile article text as text."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from storyweave.web.report import write_report
from tests.conftest import run_cli
from tests.web.test_injection import ESCAPED, RAW

LINK = re.compile(r'(?:href|src|action)="([^"]*)"')


@pytest.fixture(scope="module")
def site(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    written = write_report(seed_store, out)
    assert written.events == 1 and written.articles >= 5
    return out


def test_files_exist(site: Path, seed_event: str) -> None:
    assert (site / "index.html").is_file()
    assert (site / "events" / f"{seed_event}.html").is_file()
    assert (site / "static" / "storyweave.css").is_file() and (site / "static" / "timeline.js").is_file()
    assert len(list((site / "articles").glob("*.html"))) >= 5


def test_links_are_relative_and_resolve(site: Path) -> None:
    checked = 0
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for link in LINK.findall(text):
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc and not link.startswith("/"), f"{link} in {page}"
            if not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{link} in {page} points at nothing"
            if parts.fragment.startswith("s"):
                assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), f"{link} in {page}"
            checked += 1
    assert checked > 20


def test_no_external_references(site: Path) -> None:
    for path in site.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert not re.search(r'(?:href|src|action|url)\s*[=(]\s*["\']?(?:https?:)?//', text), path
            assert "@import" not in text


def test_event_page_has_the_digest(site: Path, seed_event: str) -> None:
    text = (site / "events" / f"{seed_event}.html").read_text(encoding="utf-8")
    assert re.search(r'<a class="citation" href="\.\./articles/[0-9a-f]+\.html#s\d+"', text)
    assert 'id="timeline"' in text and 'class="fact fact-conflict"' in text
    assert 'id="search"' not in text  # nothing would answer it


def test_hostile_text_is_inert_in_every_file(hostile_store: Path, tmp_path: Path) -> None:
    write_report(hostile_store, tmp_path)
    pages = list(tmp_path.rglob("*.html"))
    assert len(pages) >= 3
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for raw in RAW:
            assert raw not in text, f"{raw!r} unescaped in {page}"
        assert ESCAPED[0] in text or "articles" not in page.parts, page
    assert ESCAPED[1] in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_report_command(seed_store: Path, tmp_path: Path) -> None:
    done = run_cli("report", "--store", str(seed_store), "--out", str(tmp_path / "site"))
    assert done.returncode == 0, done.stderr
    assert "index.html" in done.stdout and (tmp_path / "site" / "index.html").is_file()
    missing = run_cli("report", "--store", str(tmp_path / "nope.db"), "--out", str(tmp_path / "x"))
    assert missing.returncode == 1 and missing.stderr.startswith("storyweave: no store at")


def test_the_report_carries_the_feed_with_links_to_its_pages(site: Path, seed_event: str) -> None:
    import feedparser

    parsed = feedparser.parse((site / "feed.atom").read_bytes())
    assert parsed.bozo == 0 and [e.link for e in parsed.entries] == [f"events/{seed_event}.html"]
    assert (site / parsed.entries[0].link).is_file()
