"""Publication days of real pages against a gold set: htmldate's test set (200 pages, `{url: {"file", "date"}}`).

Scoring follows htmldate's own evaluation (its tests/comparison.py): a few gold entries have no date (NaN, pages with
no publication date); leaving such a page undated is right and giving it any day is wrong. The engine's answer is
the day its HTML reader stores (precision `day`; a month, a year, no date or a skipped page is no date).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEST_SET = "htmldate-test-set"
GOLD = "htmldate-test-set.gold.json"


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    path: Path
    gold: str | None  # None: the gold says the page has no publication date


def load_pages(data: Path) -> list[Page]:
    """The gold pages in a stable order (by file name), each with its address and true day (None when it has none)."""
    gold: dict[str, dict[str, Any]] = json.loads((data / GOLD).read_text(encoding="utf-8"))
    pages = [Page(url, data / TEST_SET / entry["file"], _day(entry["date"])) for url, entry in gold.items()]
    return sorted(pages, key=lambda page: page.path.name)


def _day(value: object) -> str | None:
    return value if isinstance(value, str) and len(value) == 10 else None


def storyweave_day() -> Callable[[Page], str | None]:
    """The engine's stored day for a page, through the real reader on the file (it cannot be given the address)."""
    from storyweave.ingest import read_input
    from storyweave.ingest.source import Input
    from storyweave.model import Article
    from storyweave.settings import Settings

    settings = Settings()

    def answer(page: Page) -> str | None:
        for item in read_input(Input(name=str(page.path), path=page.path), settings):
            if isinstance(item, Article):
                if item.precision == "day" and item.published is not None:
                    return item.published.isoformat()
                return None
        return None

    return answer


def htmldate_day() -> Callable[[Page], str | None]:
    """The peer: htmldate itself, asked for the original publication date and given the page's address."""
    from htmldate import find_date

    def answer(page: Page) -> str | None:
        found: str | None = find_date(page.path.read_bytes(), url=page.url, original_date=True, outputformat="%Y-%m-%d")
        return found

    return answer


def score(pages: list[Page], answers: dict[str, str | None]) -> dict[str, Any]:
    """Right, wrong and missing days as htmldate's evaluation counts them (an undated gold page left undated is right)."""
    right = sum(1 for p in pages if answers.get(p.path.name) == p.gold)
    missing = sum(1 for p in pages if answers.get(p.path.name) is None and p.gold is not None)
    undated = [p for p in pages if p.gold is None]
    return {
        "pages": len(pages),
        "right": right,
        "wrong": len(pages) - right - missing,
        "no_date": missing,
        "accuracy": right / len(pages),
        "undated_pages": len(undated),
        "undated_left_undated": sum(1 for p in undated if answers.get(p.path.name) is None),
    }
