"""The JSON form of a digest, as stored and as exported in `events.jsonl` (field names fixed by the issue)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from storyweave.digest.anchor import Anchor
from storyweave.model import Citation, Claim, Digest, iso_date


def citations(items: Iterable[Citation]) -> list[dict[str, Any]]:
    return [{"article": c.article, "sentence": c.sentence} for c in items]


def _claim(claim: Claim) -> dict[str, Any]:
    """A claim as exported; a start date's value (kept as YYYYMM to compare) is written as the month it names."""
    values: dict[str, Any] = {"value": claim.value, "low": claim.low, "high": claim.high}
    if claim.unit == "start date":
        values = {name: _month(number) for name, number in values.items()}
    return {
        **values,
        "unit": claim.unit,
        "time": claim.time,
        "text": claim.text,
        "citations": citations(claim.citations),
    }


def _month(number: float) -> str:
    whole = int(number)
    return f"{whole // 100:04d}-{whole % 100:02d}"


def digest_record(digest: Digest, anchors: Mapping[str, Anchor]) -> dict[str, Any]:
    return {
        "summary": [{"text": line.text, "citations": citations(line.citations)} for line in digest.summary],
        "timeline": [
            {
                "date": iso_date(entry.date, entry.precision),
                "precision": entry.precision,
                "text": entry.text,
                "citations": citations(entry.citations),
                "uncertain": entry.uncertain,
            }
            for entry in digest.timeline
        ],
        "entities": [
            {
                "name": entity.name,
                "type": entity.type,
                "aliases": list(entity.aliases),
                "roles": list(entity.roles),
                "citations": citations(entity.citations),
                "uncertain": entity.uncertain,
            }
            for entity in digest.entities
        ],
        "quotes": [
            {
                "speaker": quote.speaker,
                "text": quote.text,
                "citations": citations(quote.citations),
                "uncertain": quote.uncertain,
            }
            for quote in digest.quotes
        ],
        "facts": [
            {
                "subject": fact.subject,
                "status": fact.status,
                "claims": [_claim(claim) for claim in fact.claims],
                "uncertain": fact.uncertain,
            }
            for fact in digest.facts
        ],
        # Reports dated through their event rather than by themselves say so (the dates resting on them do too).
        "anchors": [
            {"article": article, "date": iso_date(anchor.value, "day"), "how": anchor.how}
            for article, anchor in anchors.items()
            if anchor.borrowed
        ],
    }
