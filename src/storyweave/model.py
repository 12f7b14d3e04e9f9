"""The one vocabulary every stage shares.

Everything here is a frozen dataclass so that a stage can hand its output to the next (or to another process, or to
Ray) without anyone mutating it behind its back; a stage that adds information makes a new value with
`dataclasses.replace`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year", "unknown"]
PRECISIONS: tuple[Precision, ...] = ("day", "month", "year", "unknown")

_SPACE = re.compile(r"\s+")


def content_id(text: str, title: str = "") -> str:
    """Hash of the text as a reader would compare it, so the same wire copy gets the same id wherever it came from.

    Case, Unicode form and white space are folded; the title is used only when there is no text, because sites
    re-headline agency copy.
    """
    basis = text if text.strip() else title
    folded = _SPACE.sub(" ", unicodedata.normalize("NFKC", basis)).strip().casefold()
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def iso_date(value: date | None, precision: Precision) -> str | None:
    """ISO form that carries its precision: 2017-10-17, 2017-10 or 2017."""
    if value is None or precision == "unknown":
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def from_iso_date(value: str | None) -> tuple[date | None, Precision]:
    """Inverse of iso_date: '2017-10-17' is a day, '2017-10' a month, '2017' a year."""
    if not value:
        return None, "unknown"
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        if len(numbers) == 3:
            return date(*numbers), "day"
        if len(numbers) == 2:
            return date(numbers[0], numbers[1], 1), "month"
        return date(numbers[0], 1, 1), "year"
    except ValueError:
        return None, "unknown"


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Copy:
    """Another outlet's copy of an article, folded into the canonical one as an exact or near duplicate."""

    id: str
    source: str
    url: str
    title: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    text: str
    source: str = ""
    url: str = ""
    language: str = ""
    published: date | None = None
    precision: Precision = "unknown"
    sentences: tuple[Sentence, ...] = ()
    duplicates: tuple[Copy, ...] = ()
    # Where it came from, so a user can trace it back: the input (a file's path, `-` for standard input) and, for
    # feeds and JSON, the entry's position in it (1-based; None for inputs that hold one article).
    path: str = ""
    entry: int | None = None

    @classmethod
    def new(
        cls,
        *,
        title: str,
        text: str,
        source: str = "",
        url: str = "",
        language: str = "",
        published: date | None = None,
        precision: Precision = "unknown",
        entry: int | None = None,
    ) -> Article:
        if published is None:
            precision = "unknown"
        return cls(
            id=content_id(text, title),
            title=title,
            text=text,
            source=source,
            url=url,
            language=language,
            published=published,
            precision=precision,
            entry=entry,
        )

    @property
    def published_iso(self) -> str | None:
        return iso_date(self.published, self.precision)


@dataclass(frozen=True, slots=True)
class Citation:
    """Points at one stored sentence: the article id and the sentence index as stored."""

    article: str
    sentence: int


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: date | None  # None only in a digest stored by an older version, which could write undated entries
    precision: Precision
    text: str
    citations: tuple[Citation, ...]
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    citations: tuple[Citation, ...]
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str
    text: str
    citations: tuple[Citation, ...]
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    value: float
    low: float
    high: float
    unit: str
    time: str | None
    text: str
    citations: tuple[Citation, ...]


FactStatus = Literal["agreed", "changed", "conflict", "single"]


@dataclass(frozen=True, slots=True)
class Fact:
    subject: str
    status: FactStatus
    claims: tuple[Claim, ...]
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    summary: tuple[SummarySentence, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    first_seen: date | None
    last_seen: date | None
    languages: tuple[str, ...]
    article_ids: tuple[str, ...]
    digest: Digest = field(default_factory=Digest)
