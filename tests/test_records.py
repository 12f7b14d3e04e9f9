"""The digest's JSON form both ways: what is written reads back as the same values, and an older or damaged
digest reads as what it holds (a missing section apart from an empty one), never as an error."""

from __future__ import annotations

import json
import math
from datetime import date

from storyweave.model import Citation, Claim, Entity, Fact, Quote, SummarySentence, TimelineEntry
from storyweave.records import Borrowed, DigestRecord, from_json, to_json

CITE = (Citation("a1", 0), Citation("b2", 3))
FULL = DigestRecord(
    summary=(SummarySentence("ISIS lost Raqqa.", CITE),),
    timeline=(
        TimelineEntry(date(2017, 10, 17), "day", "Raqqa fell.", CITE),
        TimelineEntry(date(2017, 6, 1), "month", "The offensive began.", CITE[:1], uncertain=True),
    ),
    entities=(Entity("Raqqa", "place", ("Raqqa", "Rakka"), (), CITE),),
    quotes=(Quote("Talal Sello", "Everything is finished in Raqqa", CITE[1:], uncertain=False),),
    facts=(
        Fact("killed", "agreed", (Claim(22.0, 22.0, 22.0, "count", None, "22 were killed", CITE),)),
        Fact("offensive began", "conflict", (Claim(201706.0, 201706.0, 201706.0, "start date", "June", "t", CITE),)),
        Fact("share", "single", (Claim(80.0, 80.0, math.inf, "percent", None, "more than 80", CITE),)),
    ),
    anchors=(Borrowed("b2", "2017-10-17", "borrowed: latest dated report of its event, 2017-10-17"),),
    notes=("figure not read in report a1: “1,000” — either 1 or 1000",),
    summary_language="en",
    summary_note="note",
)


def test_a_record_reads_back_as_written_through_json_text() -> None:
    body = json.loads(json.dumps(to_json(FULL)))
    assert from_json(body) == FULL
    assert to_json(from_json(body) or DigestRecord()) == body


def test_the_json_shape_is_the_exported_one() -> None:
    body = to_json(FULL)
    assert list(body) == [
        "summary",
        "timeline",
        "entities",
        "quotes",
        "facts",
        "anchors",
        "notes",
        "summary_language",
        "summary_note",
    ]
    assert body["timeline"][1] == {
        "date": "2017-06",
        "precision": "month",
        "text": "The offensive began.",
        "citations": [{"article": "a1", "sentence": 0}],
        "uncertain": True,
    }
    start = body["facts"][1]["claims"][0]
    assert (start["value"], start["low"], start["high"]) == ("2017-06", "2017-06", "2017-06")
    assert body["facts"][0]["claims"][0]["value"] == 22.0
    assert body["facts"][2]["claims"][0]["high"] is None  # "more than 80": an open end, written as JSON can


def test_a_missing_section_is_kept_apart_from_an_empty_one() -> None:
    record = from_json({"timeline": [], "quotes": []})
    assert record is not None
    assert record.timeline == () and record.quotes == ()
    assert record.summary is None and record.facts is None and record.anchors is None and record.notes is None
    assert to_json(record) == {"timeline": [], "quotes": []}
    assert from_json(None) is None and from_json(["not", "an", "object"]) is None


def test_a_damaged_digest_reads_as_what_it_holds() -> None:
    record = from_json(
        {
            "summary": "not a list",
            "quotes": [{"text": "no speaker"}, "not a dict", {"speaker": None, "citations": [{"sentence": True}]}],
            "timeline": [{"text": "undated", "date": None}, {"text": "odd", "date": "2017-13-40"}],
            "facts": [{"subject": 7, "status": "invented", "claims": [{"value": "many", "unit": "count"}, 3]}],
            "summary_language": 5,
        }
    )
    assert record is not None
    assert record.summary == ()
    assert [q.speaker for q in record.quotes or ()] == ["", ""] and record.quotes and not record.quotes[1].citations
    assert [(e.date, e.precision) for e in record.timeline or ()] == [(None, "unknown"), (None, "unknown")]
    fact = (record.facts or ())[0]
    assert fact.subject == "7" and fact.status == "single" and len(fact.claims) == 1
    assert math.isnan(fact.claims[0].value)
    assert record.summary_language is None


def test_the_record_as_the_models_digest() -> None:
    digest = DigestRecord(timeline=FULL.timeline).digest()
    assert digest.timeline == FULL.timeline and digest.summary == () and digest.facts == ()
