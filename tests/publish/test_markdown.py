"""`render_event`: every section of a digest as Markdown, citations resolved to their sentences, article text that
cannot break the layout, and digests from older versions (or none yet) that render instead of crashing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from storyweave.cluster.state import Assignment, EventState
from storyweave.model import Article, Sentence
from storyweave.publish.markdown import WIDTH, UnknownEvent, _wrap, escape, render_event, render_index
from storyweave.store import Store

HOSTILE = "# Breaking | Raqqa *falls* `now` <b>[link](x)</b> &amp; 2017. done"


def _article(title: str, sentences: list[str], *, language: str = "en", source: str = "", day: int = 0) -> Article:
    text = " ".join(sentences)
    base = Article.new(
        title=title,
        text=text,
        source=source,
        url=f"file:{title[:8]}",
        language=language,
        published=date(2017, 10, day) if day else None,
        precision="day",
    )
    spans, start = [], 0
    for index, sentence in enumerate(sentences):
        spans.append(Sentence(base.id, index, sentence, start, start + len(sentence)))
        start += len(sentence) + 1
    return Article(**{**{f: getattr(base, f) for f in base.__slots__}, "sentences": tuple(spans)})


ENGLISH = _article(
    "ISIS loses Raqqa",
    ["Syrian forces took Raqqa from ISIS on Tuesday.", "Mustafa Bali said 22 fighters were killed."],
    source="Wire",
    day=17,
)
NORWEGIAN = _article(
    "IS har tapt Raqqa", ["SDF har tatt Raqqa fra IS.", "Bali sier 25 krigere ble drept."], language="no"
)
ODD = _article("# Raqqa | live `blog`", [HOSTILE, "- a line that looks like a list item"], source="Odd|Outlet")


def _cite(article: Article, sentence: int) -> dict[str, Any]:
    return {"article": article.id, "sentence": sentence}


FULL_DIGEST: dict[str, Any] = {
    "summary": [
        {"text": "Syrian forces took Raqqa from ISIS.", "citations": [_cite(ENGLISH, 0), _cite(NORWEGIAN, 0)]},
        {"text": HOSTILE, "citations": [_cite(ODD, 0)]},
    ],
    "summary_language": "en",
    "timeline": [
        {
            "date": "2017-10-17",
            "precision": "day",
            "text": "Syrian forces took Raqqa from ISIS on Tuesday.",
            "citations": [_cite(ENGLISH, 0)],
            "uncertain": False,
        },
        {
            "date": "2017-10",
            "precision": "month",
            "text": "- a line that looks like a list item",
            "citations": [_cite(ODD, 1)],
            "uncertain": True,
        },
    ],
    "facts": [
        {
            "subject": "fighters killed",
            "status": "conflict",
            "claims": [
                {
                    "value": 22,
                    "low": 22,
                    "high": 22,
                    "unit": "fighters",
                    "time": "2017-10-17",
                    "text": "22 fighters were killed",
                    "citations": [_cite(ENGLISH, 1)],
                },
                {
                    "value": 25.0,
                    "low": 20.0,
                    "high": 30.0,
                    "unit": "",
                    "time": None,
                    "text": "25 krigere ble drept",
                    "citations": [_cite(NORWEGIAN, 1)],
                },
            ],
            "uncertain": False,
        }
    ],
    "entities": [
        {
            "name": "Islamic State",
            "type": "group",
            "aliases": ["ISIS", "IS", "Islamic State"],
            "roles": [],
            "citations": [_cite(ENGLISH, 0), _cite(NORWEGIAN, 0), _cite(ODD, 0)],
            "uncertain": False,
        },
        {
            "name": "Mustafa Bali",
            "type": "person",
            "aliases": ["Bali"],
            "roles": ["SDF spokesman"],
            "citations": [_cite(ENGLISH, 1)],
            "uncertain": True,
        },
    ],
    "quotes": [{"speaker": "Mustafa Bali", "text": "22 fighters were killed", "citations": [_cite(ENGLISH, 1)]}],
    "anchors": [{"article": NORWEGIAN.id, "date": "2017-10-17", "how": "borrowed: event's 2017-10-17"}],
    "notes": ["figure not read in report x: “1,000” — either 1 or 1000 **bold**"],
}


def _store(
    path: Path, digest: dict[str, Any] | None, articles: tuple[Article, ...] = (ENGLISH, NORWEGIAN, ODD)
) -> Store:
    store = Store(path)
    with store.transaction():
        for article in articles:
            store.insert_article(article, None, [])
        event = EventState(
            id="e000001",
            title="ISIS loses Raqqa",
            terms={},
            vector=np.zeros(4, dtype=np.float32),
            size=len(articles),
            first_seen=date(2017, 10, 17),
            last_seen=date(2017, 10, 17),
            languages={a.language for a in articles},
        )
        store.save_events([event])
        store.save_assignments([Assignment(a.id, "e000001", 1.0, False) for a in articles], {})
        if digest is not None:
            store.save_digest("e000001", len(articles), digest)
    return store


@pytest.fixture
def full(tmp_path: Path) -> Iterator[str]:
    with _store(tmp_path / "s.db", FULL_DIGEST) as store:
        yield render_event(store, "e000001")


def _section(text: str, name: str) -> str:
    match = re.search(rf"^## {name}[^\n]*\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no {name} section"
    return match.group(1)


def _sources(text: str) -> dict[int, tuple[str, str]]:
    """Footnote number -> (the report line it sits under, the sentence it shows)."""
    notes: dict[int, tuple[str, str]] = {}
    report = ""
    for block in re.split(r"\n(?=\S)", _section(text, "Sources").strip()):
        flat = " ".join(block.split())
        match = re.match(r"- \\?\[(\d+)\\?\] (.*)", flat)
        if match:
            notes[int(match.group(1))] = (report, match.group(2))
        elif flat:
            report = flat
    return notes


def test_title_line_and_every_section_in_order(full: str) -> None:
    lines = full.splitlines()
    assert lines[0] == "# ISIS loses Raqqa"
    assert "`e000001`" in lines[2] and "2017-10-17" in lines[2] and "en, no" in lines[2] and "3 reports" in lines[2]
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## Summary (en)",
        "## Timeline",
        "## Facts",
        "## Entities",
        "## Quotes",
        "## Reports",
        "## Sources",
    ]


def test_summary_lines_say_their_support_and_footnotes_resolve_to_report_and_sentence(full: str) -> None:
    summary = _section(full, "Summary")
    assert "Syrian forces took Raqqa from ISIS. [2 reports, 2 languages: 1, 2]" in summary
    notes = _sources(full)
    assert notes[1] == (
        "*ISIS loses Raqqa* — Wire · en · 2017-10-17",
        "Syrian forces took Raqqa from ISIS on Tuesday.",
    )
    assert notes[2][1] == "SDF har tatt Raqqa fra IS."
    assert notes[2][0].startswith("*IS har tapt Raqqa* — file:IS har t · no · undated")
    # The timeline cites sentence 1 again: the same footnote, not a new one.
    assert "[1 report, 1 language: 1]" in _section(full, "Timeline")


def test_every_footnote_number_used_is_resolved_once(full: str) -> None:
    body = full.split("## Sources")[0]
    used = {
        int(n)
        for group in re.findall(r"\[(?:\d+ reports?, \d+ languages?: )?([\d, ]+)\]", body)
        for n in group.split(",")
    }
    assert used == set(_sources(full)) == set(range(1, len(used) + 1))


def test_timeline_facts_entities_quotes_reports(full: str) -> None:
    timeline = _section(full, "Timeline")
    assert "- **2017-10-17** Syrian forces took Raqqa from ISIS on Tuesday." in timeline
    assert "**2017-10** (month) (uncertain)" in timeline
    facts = " ".join(_section(full, "Facts").split())
    assert "**fighters killed** — sources conflict: 22 fighters (2017-10-17) [" in facts
    assert "; 25 (20–30) [" in facts
    assert "- 25 (20–30): “25 krigere ble drept”" in facts
    entities = " ".join(_section(full, "Entities").split())
    assert "- **Islamic State** (group) — also ISIS, IS — 3 mentions" in entities
    assert "- **Mustafa Bali** (person) — also Bali — roles: SDF spokesman — 1 mention (uncertain)" in entities
    assert "- **Mustafa Bali** — “22 fighters were killed”" in _section(full, "Quotes")
    reports = " ".join(_section(full, "Reports").split())
    assert "*ISIS loses Raqqa* — Wire · en · 2017-10-17" in reports
    assert "no day of its own, dated 2017-10-17 through the event (borrowed: event's 2017-10-17)" in reports


def test_article_text_cannot_break_the_markdown(full: str) -> None:
    for line in full.splitlines():
        if line.startswith("#"):
            assert line == "# ISIS loses Raqqa" or line.startswith("## ")
            continue
        content = re.sub(r"^(?:\s*(?:- |\d+\. ))", "", line).lstrip()
        assert not re.match(r"(?:#|>|[-+*] |=+$|\d+[.)] )", content), line  # no heading, quote, list or underline
    assert not re.search(r"(?<!\\)\|", full)  # no table cell
    assert not re.search(r"(?<!\\)<", full)  # no HTML
    assert not re.search(r"(?<!\\)[\[\]](?=\(|link)", full)  # no link
    assert "\\*falls\\*" in full and "\\&amp;" in full
    assert re.findall(r"(?<!\\)`", full) == ["`"] * 2  # only the event id is code
    assert "*# Raqqa \\| live \\`blog\\`* — Odd\\|Outlet" in full  # the report's title as it reads
    assert "2017\\. done" in full or "2017. done" in full.replace("\n", " ")


def test_escape_guards_line_starts_after_wrapping() -> None:
    assert escape("a | b `c` *d* _e_ snake_case") == "a \\| b \\`c\\` \\*d\\* \\_e\\_ snake_case"
    for filler in range(40, 50):  # wherever the wrap falls, no continuation line opens a heading or a list
        lines = _wrap(escape("x " * filler + "# not a heading 1. or - a list = + > quote"), "- ")
        assert len(lines) > 1
        for line in lines:
            assert not re.match(r"(?:#|[-+] |1\. |>|=)", line[2:]), line


def test_lines_fit_a_100_column_terminal(full: str) -> None:
    long = [line for line in full.splitlines() if len(line) > WIDTH and " " in line.strip()[2:]]
    assert not long


def test_old_digest_without_summary_or_facts_renders_dashes(tmp_path: Path) -> None:
    old = {k: v for k, v in FULL_DIGEST.items() if k in {"timeline", "entities", "quotes"}}
    old["quotes"] = [{"text": "no speaker, no citations"}, "not even a dict", {"speaker": None}]
    old["timeline"] = [{"text": "undated happening", "citations": [{"article": ENGLISH.id}], "date": None}]
    with _store(tmp_path / "s.db", old) as store:
        text = render_event(store, "e000001")
    assert "## Summary\n\n—" in text and "## Facts\n\n—" in text
    assert "- **unknown speaker** — “no speaker, no citations”" in text
    assert "**undated** undated happening [no citation]" in text


def test_event_not_digested_yet_or_store_without_digests_table(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", None) as store:
        text = render_event(store, "e000001")
        assert "Not digested yet" in text and "## Timeline\n\n—" in text and "## Sources" not in text
        assert text.count("- *") == 3  # the reports are still listed
        store.db.execute("DROP TABLE digests")
        assert "Not digested yet" in render_event(store, "e000001")


def test_a_citation_of_a_report_that_left_the_event_or_a_missing_sentence(tmp_path: Path) -> None:
    digest = {"summary": [{"text": "A line.", "citations": [{"article": "gone", "sentence": 3}, _cite(ENGLISH, 9)]}]}
    with _store(tmp_path / "s.db", digest) as store:
        text = render_event(store, "e000001")
    assert "A report no longer in this event (gone)" in text
    assert "(sentence 9 is not stored)" in text


def test_unknown_event_and_the_index(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", FULL_DIGEST) as store:
        with pytest.raises(UnknownEvent):
            render_event(store, "e999999")
        assert render_index(store) == "- `e000001` · 3 reports · en, no · 2017-10-17 — ISIS loses Raqqa\n"
    with Store(tmp_path / "empty.db") as empty:
        assert render_index(empty) == "No events in this store yet.\n"
        with pytest.raises(UnknownEvent):
            render_event(empty, "e000001")


def test_what_was_not_read_follows_the_facts_apart_from_them(full: str) -> None:
    facts = _section(full, "Facts")
    assert facts.index("**fighters killed**") < facts.index("Not read:")
    assert "figure not read in report x" in facts and "**bold**" not in facts  # article text is escaped
