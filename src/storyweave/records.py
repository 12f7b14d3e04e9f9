"""The digest's one JSON form, both ways: what the store keeps, `events.jsonl` exports, and every page reads back.

The model's types are the schema; this module is the only place that knows their JSON field names. Reading is
lenient because a store outlives the version that wrote it: an item that is not what its section holds is skipped,
a field of the wrong kind reads as empty, and a section an older digest never had reads as None ("missing"),
which pages keep apart from an empty tuple ("looked, found nothing").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from storyweave.model import (
    Citation,
    Claim,
    Digest,
    Entity,
    Fact,
    FactStatus,
    Quote,
    SummarySentence,
    TimelineEntry,
    from_iso_date,
    iso_date,
)

SECTIONS = ("summary", "timeline", "entities", "quotes", "facts", "anchors")
START_DATE = "start date"  # a claim whose figure is a month (kept as YYYYMM to compare, written as YYYY-MM)
_STATUSES: tuple[FactStatus, ...] = ("agreed", "changed", "conflict", "single")

Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class Borrowed:
    """A report dated through its event rather than by itself, and how (the dates resting on it say so too)."""

    article: str
    date: str | None
    how: str


@dataclass(frozen=True, slots=True)
class DigestRecord:
    """A stored digest. None is a section the digest does not have; () one it has, empty."""

    summary: tuple[SummarySentence, ...] | None = None
    timeline: tuple[TimelineEntry, ...] | None = None
    entities: tuple[Entity, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    facts: tuple[Fact, ...] | None = None
    anchors: tuple[Borrowed, ...] | None = None
    # What the figure reader could not do ("figure not read in report …: '30,001'"), beside the facts, never among
    # them: a reader counts what stands among the facts as a fact.
    notes: tuple[str, ...] | None = None
    summary_language: str | None = None
    summary_note: str | None = None
    error: str | None = None

    def digest(self) -> Digest:
        """The record's sections as the model's digest, a missing section as an empty one."""
        return Digest(
            summary=self.summary or (),
            timeline=self.timeline or (),
            entities=self.entities or (),
            quotes=self.quotes or (),
            facts=self.facts or (),
        )


# -- writing -------------------------------------------------------------------------------------------------------
def to_json(record: DigestRecord) -> dict[str, Any]:
    """The record as stored; sections it does not have and notes it lacks are left out."""
    writers: dict[str, Callable[[Any], dict[str, Any]]] = {
        "summary": _summary_json,
        "timeline": _timeline_json,
        "entities": _entity_json,
        "quotes": _quote_json,
        "facts": _fact_json,
        "anchors": _borrowed_json,
    }
    body: dict[str, Any] = {}
    for name, write in writers.items():
        items = getattr(record, name)
        if items is not None:
            body[name] = [write(item) for item in items]
    if record.notes is not None:
        body["notes"] = list(record.notes)
    for name in ("summary_language", "summary_note", "error"):
        value = getattr(record, name)
        if value is not None:
            body[name] = value
    return body


def citations_json(items: Iterable[Citation]) -> list[dict[str, Any]]:
    return [{"article": c.article, "sentence": c.sentence} for c in items]


def _summary_json(line: SummarySentence) -> dict[str, Any]:
    return {"text": line.text, "citations": citations_json(line.citations)}


def _timeline_json(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": iso_date(entry.date, entry.precision),
        "precision": entry.precision,
        "text": entry.text,
        "citations": citations_json(entry.citations),
        "uncertain": entry.uncertain,
    }


def _entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "citations": citations_json(entity.citations),
        "uncertain": entity.uncertain,
    }


def _quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "speaker": quote.speaker,
        "text": quote.text,
        "citations": citations_json(quote.citations),
        "uncertain": quote.uncertain,
    }


def _fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "subject": fact.subject,
        "status": fact.status,
        "claims": [_claim_json(claim) for claim in fact.claims],
        "uncertain": fact.uncertain,
    }


def _claim_json(claim: Claim) -> dict[str, Any]:
    # An open end ("more than 1,000") is written null: JSON has no infinity, and readers of the export need none.
    values: dict[str, Any] = {
        "value": claim.value,
        "low": None if claim.low == -math.inf else claim.low,
        "high": None if claim.high == math.inf else claim.high,
    }
    if claim.unit == START_DATE:
        values = {name: month_of(number) for name, number in values.items()}
    return {
        **values,
        "unit": claim.unit,
        "time": claim.time,
        "text": claim.text,
        "citations": citations_json(claim.citations),
    }


def _borrowed_json(anchor: Borrowed) -> dict[str, Any]:
    return {"article": anchor.article, "date": anchor.date, "how": anchor.how}


def month_of(number: float) -> str:
    """A start date's YYYYMM as the month it names."""
    whole = int(number)
    return f"{whole // 100:04d}-{whole % 100:02d}"


# -- reading -------------------------------------------------------------------------------------------------------
def from_json(body: object) -> DigestRecord | None:
    """The stored digest, typed; None when there is none (or what is stored is not a JSON object)."""
    if not isinstance(body, Mapping):
        return None
    return DigestRecord(
        summary=_section(body, "summary", _summary),
        timeline=_section(body, "timeline", _timeline),
        entities=_section(body, "entities", _entity),
        quotes=_section(body, "quotes", _quote),
        facts=_section(body, "facts", _fact),
        anchors=_section(body, "anchors", _borrowed),
        notes=_strings(body, "notes") if "notes" in body else None,
        summary_language=_note(body, "summary_language"),
        summary_note=_note(body, "summary_note"),
        error=_note(body, "error"),
    )


def _section(
    body: Mapping[str, Any], name: str, read: Callable[[Mapping[str, Any]], Item | None]
) -> tuple[Item, ...] | None:
    if name not in body:
        return None
    value = body[name]
    items = (read(item) for item in value if isinstance(item, Mapping)) if isinstance(value, list) else ()
    return tuple(item for item in items if item is not None)


def _note(body: Mapping[str, Any], name: str) -> str | None:
    value = body.get(name)
    return value if isinstance(value, str) else None


def text(item: Mapping[str, Any], name: str) -> str:
    """A text field as written; a number stands for its digits, anything else for nothing."""
    value = item.get(name)
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


def _strings(item: Mapping[str, Any], name: str) -> tuple[str, ...]:
    value = item.get(name)
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _citations(item: Mapping[str, Any]) -> tuple[Citation, ...]:
    raw = item.get("citations")
    return tuple(
        Citation(str(c.get("article", "")), int(c["sentence"]))
        for c in (raw if isinstance(raw, list) else [])
        if isinstance(c, Mapping) and isinstance(c.get("sentence"), int) and not isinstance(c.get("sentence"), bool)
    )


def _summary(item: Mapping[str, Any]) -> SummarySentence:
    return SummarySentence(text(item, "text"), _citations(item))


def _timeline(item: Mapping[str, Any]) -> TimelineEntry:
    """An entry; an older digest's undated one keeps its place, undated."""
    day, precision = from_iso_date(text(item, "date") or None)
    return TimelineEntry(day, precision, text(item, "text"), _citations(item), bool(item.get("uncertain")))


def _entity(item: Mapping[str, Any]) -> Entity:
    return Entity(
        text(item, "name"),
        text(item, "type"),
        _strings(item, "aliases"),
        _strings(item, "roles"),
        _citations(item),
        bool(item.get("uncertain")),
    )


def _quote(item: Mapping[str, Any]) -> Quote:
    return Quote(text(item, "speaker"), text(item, "text"), _citations(item), bool(item.get("uncertain")))


def _fact(item: Mapping[str, Any]) -> Fact:
    status = item.get("status")  # one the engine never writes reads as the plainest, "single"
    claims = item.get("claims")
    return Fact(
        text(item, "subject"),
        status if status in _STATUSES else "single",
        tuple(_claim(c) for c in claims if isinstance(c, Mapping)) if isinstance(claims, list) else (),
        bool(item.get("uncertain")),
    )


def _claim(item: Mapping[str, Any]) -> Claim:
    unit = text(item, "unit")
    time = item.get("time")
    value, low, high = (_figure(item.get(name), unit) for name in ("value", "low", "high"))
    if item.get("low", 0) is None and "low" in item:
        low = -math.inf
    if item.get("high", 0) is None and "high" in item:
        high = math.inf
    return Claim(value, low, high, unit, time if isinstance(time, str) else None, text(item, "text"), _citations(item))


def _figure(value: object, unit: str) -> float:
    """A claim's figure; a start date's month back to YYYYMM; NaN for what is not a figure (shown as '?')."""
    if isinstance(value, str) and unit == START_DATE:
        day, precision = from_iso_date(value)
        return float(day.year * 100 + day.month) if day is not None and precision != "year" else math.nan
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return math.nan


def _borrowed(item: Mapping[str, Any]) -> Borrowed:
    return Borrowed(text(item, "article"), text(item, "date") or None, text(item, "how"))
