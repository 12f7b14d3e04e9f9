"""Formats users expect: JSON Feed, sitemaps and other non-article XML, gzip by content, SQLite files."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from storyweave.ingest import Input, read_input, read_paths
from storyweave.model import Article
from storyweave.problems import Problem
from storyweave.settings import Settings
from tests.conftest import SHARED_DATA, run_cli

WEB = SHARED_DATA / "web"
JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Norvik Courier",
    "language": "en-GB",
    "items": [
        {
            "id": "1",
            "url": "https://courier.example/flood",
            "title": "River bursts its banks",
            "content_html": "<p>The river rose two metres on Monday.</p><p>Forty homes were evacuated.</p>",
            "date_published": "2021-10-29T05:00:00-04:00",
        },
        {"id": "2", "title": "Dock strike ends", "content_text": "Dockers returned to work on Friday."},
        {"id": "3", "url": "https://courier.example/empty"},
        "not an item",
    ],
}
SITEMAP = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>https://courier.example/flood</loc><lastmod>2021-10-29</lastmod></url></urlset>\n"
)


def _read(data: bytes, name: str) -> list[Article | Problem]:
    return list(read_input(Input(name=name, data=data), Settings()))


@pytest.mark.parametrize("name", ["feed.json", "<stdin>", "feed"])
def test_json_feed_items_are_articles(name: str) -> None:
    found = _read(json.dumps(JSON_FEED, indent=2).encode(), name)
    articles = [f for f in found if isinstance(f, Article)]
    assert [(a.title, a.source, a.language) for a in articles] == [
        ("River bursts its banks", "Norvik Courier", "en-GB"),
        ("Dock strike ends", "Norvik Courier", "en-GB"),
    ]
    assert articles[0].text == "The river rose two metres on Monday.\n\nForty homes were evacuated."
    assert articles[0].published is not None and articles[0].published.isoformat() == "2021-10-29"
    assert [(p.where, p.reason) for p in found if isinstance(p, Problem)] == [
        (f"{name} entry 3", "no title or text"),
        (f"{name} entry 4", "no title or text"),
    ]


@pytest.mark.skipif(not WEB.is_dir(), reason="needs ../shared/data/web")
@pytest.mark.parametrize(
    ("path", "items"), [("trafilatura-resources/feed.json", 25), ("feedparser/json/example.json", 2)]
)
def test_real_json_feeds_give_every_item(path: str, items: int) -> None:
    found = list(read_paths([str(WEB / path)], Settings()))
    assert sum(isinstance(f, Article) for f in found) == items


@pytest.mark.parametrize("name", ["sitemap.xml", "<stdin>", "sitemap", "sitemap.xml.gz"])
def test_a_sitemap_is_skipped_with_its_reason_by_path_and_on_stdin(name: str) -> None:
    data = gzip.compress(SITEMAP) if name.endswith(".gz") else SITEMAP
    [problem] = _read(data, name)
    assert isinstance(problem, Problem) and problem.skipped
    assert problem.reason == "a sitemap (root element <urlset>), not an article"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="https://a/rss"/></body></opml>', "OPML"),
        (b'<?xml version="1.0"?><config><setting name="a">1</setting></config>', "neither a feed nor a page"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><text>Hi there</text></svg>', "SVG"),
    ],
)
def test_other_xml_is_not_stored_as_an_article(data: bytes, kind: str) -> None:
    for name in ("doc.xml", "<stdin>"):
        [problem] = _read(data, name)
        assert isinstance(problem, Problem) and kind in problem.reason


def test_an_xhtml_page_is_still_a_page() -> None:
    page = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Flood'
        b"</title></head><body><article><p>" + b"The river rose two metres on Monday in Norvik. " * 20 + b"</p>"
        b"</article></body></html>"
    )
    [article] = _read(page, "<stdin>")
    assert isinstance(article, Article) and "river rose" in article.text


def test_gzip_on_stdin_is_read_as_by_path(tmp_path: Path) -> None:
    report = b"Flood in Norvik\n\nThe river rose two metres on Monday, and forty homes were evacuated.\n"
    (tmp_path / "report.txt.gz").write_bytes(gzip.compress(report))
    by_path = list(read_paths([str(tmp_path / "report.txt.gz")], Settings()))
    on_stdin = list(read_paths(["-"], Settings(), stdin=io.BytesIO(gzip.compress(report))))
    assert [a.title for a in on_stdin if isinstance(a, Article)] == ["Flood in Norvik"]
    assert [a.text for a in on_stdin] == [a.text for a in by_path]


def test_gzip_over_the_size_limit_is_refused_in_bounded_memory() -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    [problem] = read_paths(["-"], Settings(max_bytes=1_000_000), stdin=io.BytesIO(bomb))
    assert isinstance(problem, Problem) and "limit" in problem.reason


def test_a_page_with_scripts_after_its_end_is_not_called_truncated() -> None:
    page = (
        b"<html><head><title>Flood</title></head><body><article><p>"
        + b"The river rose two metres on Monday in Norvik. " * 20
        + b"</p></article></body></html>\n<script>var tracking = 1;</script>\n"
        + b"<!-- "
        + b"x" * 10_000
        + b" -->\n"
    )
    assert not any(isinstance(f, Problem) for f in _read(page, "page.html"))


def test_a_run_whose_out_lies_inside_its_input_never_reads_its_own_store_or_exports(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Flood in Norvik\n\nThe river rose two metres on Monday in Norvik.\n")
    out = inputs / "o"
    for _ in range(2):
        done = run_cli("run", str(inputs), "--out", str(out), "--encoder", "hashing")
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
    lines = (out / "articles.jsonl").read_text().splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Flood in Norvik"]
    assert "already stored: 1" in done.stdout


def test_another_store_among_the_inputs_is_skipped_with_its_reason(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Flood in Norvik\n\nThe river rose two metres on Monday in Norvik.\n")
    assert run_cli("run", str(inputs), "--out", str(tmp_path / "first"), "--encoder", "hashing").returncode == 0
    (inputs / "copy.db").write_bytes((tmp_path / "first" / "storyweave.db").read_bytes())
    done = run_cli("run", str(inputs), "--out", str(tmp_path / "second"), "--encoder", "hashing")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"storyweave: skipped: {inputs / 'copy.db'}: an SQLite database (a storyweave store, perhaps), not an article"
    )


def test_every_article_records_its_input_and_entry(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(JSON_FEED))
    lines = tmp_path / "records.jsonl"
    lines.write_text('{"title": "A", "text": "One."}\n\nnot json\n{"title": "B", "text": "Two."}\n')
    found = [
        f
        for f in read_paths([str(feed), str(lines), "-"], Settings(), stdin=io.BytesIO(b"Three.\n"))
        if isinstance(f, Article)
    ]
    assert [(a.path, a.entry) for a in found] == [
        (str(feed), 1),
        (str(feed), 2),
        (str(lines), 1),
        (str(lines), 4),
        ("-", None),
    ]


def test_provenance_is_in_the_store_and_in_articles_jsonl(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(JSON_FEED))
    done = run_cli("run", str(feed), "-", "--out", str(tmp_path / "o"), "--encoder", "hashing", stdin=b"Flood.\n")
    assert done.returncode == 2, done.stderr  # the feed's two items without text
    records = [json.loads(line) for line in (tmp_path / "o" / "articles.jsonl").read_text().splitlines()]
    assert sorted((r["path"], r["entry"]) for r in records) == [("-", None), (str(feed), 1), (str(feed), 2)]
