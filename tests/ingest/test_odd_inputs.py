"""What the fuzz campaign found in the readers (bench/fuzz.py), each as the smallest input that showed it."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from storyweave.ingest import Input, read_input
from storyweave.ingest.dates import parse_published
from storyweave.ingest.html import html_to_text
from storyweave.model import Article
from storyweave.problems import Problem
from storyweave.settings import Settings


def _read(data: bytes, name: str) -> list[Article | Problem]:
    return list(read_input(Input(name=name, data=data), Settings()))


@pytest.mark.parametrize("fields", [(-1, 0, 30), (0, 1, 1), (2020, 13, 1), (2020, 2, 30)])
def test_an_impossible_feed_date_is_no_date_not_a_lost_entry(fields: tuple[int, int, int]) -> None:
    stamp = time.struct_time((*fields, 0, 0, 0, 0, 1, -1))
    assert parse_published(stamp) == (None, "unknown")
    feed = b"<rss version='2.0'><channel><item><title>Raqqa falls</title><pubDate>0000-00-00</pubDate></item></channel></rss>"
    [article] = _read(feed, "f.rss")
    assert isinstance(article, Article) and article.published is None


@pytest.mark.parametrize("markup", ["<br>\x01", "<p></p>\x0c", "<p>\x1b<script></script>>", "<p>a\ud800b</p>"])
def test_control_characters_in_entry_markup_are_spaces(markup: str) -> None:
    assert "\x01" not in html_to_text(markup)


def test_a_feed_entry_with_a_control_character_is_read() -> None:
    feed = b"<rss version='2.0'><channel><item><title>T</title><description>&lt;p&gt;a&lt;/p&gt;\x0cb</description></item></channel></rss>"
    [article] = [f for f in _read(feed, "f.rss") if isinstance(f, Article)]
    assert article.text.replace("\n", " ").split() == ["a", "b"]


def test_a_corrupt_gzip_stream_is_named_as_such() -> None:
    data = bytearray(gzip.compress(b"The fighters said they took the city.\n" * 20, mtime=0))
    data[10] ^= 0xFF
    [problem] = _read(bytes(data), "a.txt.gz")
    assert isinstance(problem, Problem) and problem.reason.startswith("cannot read")


def test_a_jsonl_gzip_that_breaks_half_way_keeps_the_lines_before() -> None:
    lines = b"".join(json.dumps({"title": f"T{n}", "text": f"Line {n}."}).encode() + b"\n" for n in range(2000))
    data = gzip.compress(lines, mtime=0)
    found = _read(data[: len(data) // 2], "a.jsonl.gz")
    assert sum(isinstance(f, Article) for f in found) > 100
    assert isinstance(found[-1], Problem) and found[-1].reason.startswith("cannot read")


def test_deeply_nested_json_is_refused_with_its_reason() -> None:
    [problem] = _read(b"[" * 100_000, "x.json")
    assert isinstance(problem, Problem) and problem.reason == "JSON nested too deeply to read"


def test_a_lone_surrogate_in_json_is_replaced_not_a_lost_record() -> None:
    record = b'{"title": "Raqqa falls", "text": "The fighters took the city \\udcc1 today."}'
    [article] = _read(record, "a.jsonl")
    assert isinstance(article, Article) and "\ufffd" in article.text


def test_a_canonical_link_that_is_no_address_does_not_cost_the_page() -> None:
    page = (
        b"<html><head><link rel=canonical href=http://[::1><title>Flood</title></head><body><article><p>"
        + b"The river rose two metres in Norvik and forty homes were evacuated by the fire service. " * 10
        + b"</p></article></body></html>"
    )
    [article] = _read(page, "p.html")
    assert isinstance(article, Article)
