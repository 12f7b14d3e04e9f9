from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from storyweave.ingest import Input, read_input
from storyweave.model import Article
from storyweave.problems import Problem
from storyweave.publish.jsonl import article_record
from storyweave.settings import Settings


def _read(data: bytes, name: str) -> list[Article | Problem]:
    return list(read_input(Input(name=name, data=data), Settings()))


def test_usual_field_names() -> None:
    lines = [
        {"id": "x1", "title": "One", "text": "First text.", "date": "2017-10-13", "lang": "en", "source": "AP"},
        {"headline": "Two", "body": "Second text.", "published": "2017-10", "language": "nb", "url": "https://b"},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    first, second = _read(data, "in.jsonl")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.published, first.precision, first.language, first.source) == (
        "One",
        date(2017, 10, 13),
        "day",
        "en",
        "AP",
    )
    assert first.url == "in.jsonl"
    assert (second.title, second.published, second.precision, second.url) == (
        "Two",
        date(2017, 10, 1),
        "month",
        "https://b",
    )


def test_json_array_and_single_object() -> None:
    array = json.dumps([{"title": "A", "text": "Alpha."}, {"title": "B", "text": "Beta."}]).encode()
    assert [a.title for a in _read(array, "in.json") if isinstance(a, Article)] == ["A", "B"]
    single = json.dumps({"title": "C", "text": "Gamma."}, indent=2).encode()
    assert [a.title for a in _read(single, "one.json") if isinstance(a, Article)] == ["C"]


def test_record_without_text_or_title_is_named() -> None:
    [problem] = _read(b'{"url": "https://x"}\n', "in.jsonl")
    assert isinstance(problem, Problem) and problem.where == "in.jsonl line 1" and "no text or title" in problem.reason


def test_the_engines_own_export_reads_back_unchanged(seeds: Path, settings: Settings) -> None:
    from storyweave.ingest.text import parse_report
    from storyweave.normalize import normalize

    original = normalize(parse_report((seeds / "004_19a7b3f410bcfb82.txt").read_text(), settings, "004.txt"), settings)
    line = json.dumps(article_record(original)).encode()
    [again] = _read(line, "articles.jsonl")
    assert isinstance(again, Article)
    assert (again.id, again.title, again.text, again.source, again.url) == (
        original.id,
        original.title,
        original.text,
        original.source,
        original.url,
    )
    assert (again.published, again.precision, again.language) == (date(2017, 10, 1), "month", "no")


def test_a_title_repeated_at_the_head_of_the_text_is_not_a_sentence() -> None:
    record = {"title": "River bursts its banks", "text": "River bursts its banks The river rose two metres on Monday."}
    [article] = _read(json.dumps(record).encode(), "a.jsonl")
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("River bursts its banks", "The river rose two metres on Monday.")
