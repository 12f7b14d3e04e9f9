"""Store rows and digest JSON turned into the view models every page is made of: the server's HTML, its JSON API
and the static report all show the same models, so what a reader sees and what a script reads cannot drift apart.

The digest is read as stored JSON and every field is optional (an older or missing digest shows as empty sections,
never an error). Nothing here escapes anything: models hold plain text, and the templates escape it on output.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from storyweave.model import iso_date
from storyweave.publish.figures import STATUS_WORDS, claim_value
from storyweave.store import Store
from storyweave.store.browse import EventListing

PER_PAGE = 20
ENTITY_ORDER = ("person", "organisation", "organization", "group", "place", "location", "other")


class EventBrief(BaseModel):
    """One event in a list."""

    id: str
    title: str
    first_seen: str | None = Field(description="ISO day of the earliest report")
    last_seen: str | None = Field(description="ISO day of the latest report")
    span: str = Field(description="The span as a reader sees it: 'YYYY-MM-DD to YYYY-MM-DD', or 'undated'")
    reports: int
    outlets: list[str]
    languages: list[str]


class EventList(BaseModel):
    events: list[EventBrief]
    total: int
    page: int
    pages: int
    per_page: int
    query: str | None


class Cite(BaseModel):
    """A cited sentence: article id, sentence index, and its number in the event's order of first citation."""

    article: str
    sentence: int
    number: int


class Line(BaseModel):
    text: str
    citations: list[Cite]


class TimelineEntry(BaseModel):
    date: str | None
    precision: str
    text: str
    uncertain: bool
    citations: list[Cite]
    start: float = Field(description="Where the entry's period starts on the axis, 0 (earliest) to 100 (latest)")
    width: float = Field(description="How much of the axis the period covers (a month is wider than a day)")


class Entity(BaseModel):
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mentions: int
    uncertain: bool


class EntityGroup(BaseModel):
    type: str
    entities: list[Entity]


class Quote(BaseModel):
    speaker: str
    text: str
    uncertain: bool
    citations: list[Cite]


class Claim(BaseModel):
    value: str = Field(description="The value as shown, with its range and unit")
    time: str | None
    text: str
    citations: list[Cite]


class Fact(BaseModel):
    subject: str
    status: str = Field(description="agreed, changed, conflict or single")
    status_words: str
    uncertain: bool
    claims: list[Claim]


class Report(BaseModel):
    id: str
    title: str
    source: str
    language: str
    published: str | None


class EventDetail(BaseModel):
    event: EventBrief
    digested: bool
    summary_language: str | None
    summary: list[Line]
    timeline: list[TimelineEntry]
    entities: list[EntityGroup]
    quotes: list[Quote]
    facts: list[Fact]
    reports: list[Report]


class SentenceView(BaseModel):
    index: int
    text: str


class CopyView(BaseModel):
    source: str
    url: str
    title: str


class ArticleDetail(BaseModel):
    id: str
    title: str
    source: str
    url: str
    language: str
    published: str | None
    precision: str
    event_id: str | None
    event_title: str | None
    sentences: list[SentenceView]
    copies: list[CopyView]


# -- lists -----------------------------------------------------------------------------------------------------------
def brief(row: EventListing) -> EventBrief:
    first = row.first_seen.isoformat() if row.first_seen else None
    last = row.last_seen.isoformat() if row.last_seen else None
    return EventBrief(
        id=row.id,
        title=row.title,
        first_seen=first,
        last_seen=last,
        span=" to ".join(dict.fromkeys(d for d in (first, last) if d)) or "undated",
        reports=row.reports,
        outlets=list(row.outlets),
        languages=list(row.languages),
    )


def event_list(store: Store, page: int, query: str | None = None, per_page: int = PER_PAGE) -> EventList:
    """One page of events (pages count from 1); a page past the end is empty, not an error."""
    query = query.strip() if query and query.strip() else None
    rows, total = store.list_events((page - 1) * per_page, per_page, query)
    return EventList(
        events=[brief(r) for r in rows],
        total=total,
        page=page,
        pages=max(1, math.ceil(total / per_page)),
        per_page=per_page,
        query=query,
    )


# -- one event -------------------------------------------------------------------------------------------------------
class _Numbers:
    """Numbers cited sentences in order of first citation, as the Markdown digest does."""

    def __init__(self) -> None:
        self.order: dict[tuple[str, int], int] = {}

    def cites(self, item: Mapping[str, Any]) -> list[Cite]:
        found: list[Cite] = []
        raw = item.get("citations")
        for citation in raw if isinstance(raw, list) else []:
            if isinstance(citation, Mapping) and isinstance(citation.get("sentence"), int):
                key = (str(citation.get("article", "")), int(citation["sentence"]))
                number = self.order.setdefault(key, len(self.order) + 1)
                if all((c.article, c.sentence) != key for c in found):
                    found.append(Cite(article=key[0], sentence=key[1], number=number))
        return found


def event_detail(store: Store, event_id: str) -> EventDetail | None:
    """The event's whole digest, or None when the store has no such event."""
    row = store.event_row(event_id)
    if row is None:
        return None
    digest = store.digest(event_id)
    numbers = _Numbers()
    members = store.members(event_id)
    return EventDetail(
        event=brief(row),
        digested=isinstance(digest, dict),
        summary_language=_str(digest, "summary_language") or None,
        summary=[
            Line(text=_str(i, "text"), citations=numbers.cites(i)) for i in _items(digest, "summary") if _str(i, "text")
        ],
        timeline=_timeline(_items(digest, "timeline"), numbers),
        entities=_entities(_items(digest, "entities")),
        quotes=[
            Quote(
                speaker=_str(i, "speaker") or "unknown speaker",
                text=_str(i, "text"),
                uncertain=bool(i.get("uncertain")),
                citations=numbers.cites(i),
            )
            for i in _items(digest, "quotes")
            if _str(i, "text")
        ],
        facts=[_fact(i, numbers) for i in _items(digest, "facts")],
        reports=[
            Report(
                id=str(b.get("id")),
                title=str(b.get("title") or "(untitled)"),
                source=str(b.get("source") or ""),
                language=str(b.get("language") or ""),
                published=str(b["published"]) if b.get("published") else None,
            )
            for b in store.article_briefs(members)
        ],
    )


def _timeline(items: list[Mapping[str, Any]], numbers: _Numbers) -> list[TimelineEntry]:
    """Entries placed on an axis from the earliest period's start to the latest period's end."""
    periods = [_period(_str(i, "date"), _str(i, "precision")) for i in items]
    known = [p for p in periods if p is not None]
    low = min((p[0] for p in known), default=0)
    high = max((p[1] for p in known), default=1)
    length = max(high - low, 1)
    entries = []
    for item, period in zip(items, periods, strict=True):
        if not _str(item, "text"):
            continue
        start, width = (
            (0.0, 0.0) if period is None else (100 * (period[0] - low) / length, 100 * (period[1] - period[0]) / length)
        )
        entries.append(
            TimelineEntry(
                date=_str(item, "date") or None,
                precision=_str(item, "precision") or "unknown",
                text=_str(item, "text"),
                uncertain=bool(item.get("uncertain")),
                citations=numbers.cites(item),
                start=round(start, 2),
                width=round(width, 2),
            )
        )
    return entries


def _period(value: str, precision: str) -> tuple[int, int] | None:
    """(first day, day after the last) of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as day ordinals."""
    try:
        parts = [int(p) for p in value.split("-")[:3]] if value else []
        if len(parts) == 3:
            first = date(*parts)
            return first.toordinal(), first.toordinal() + 1
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            after = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first.toordinal(), after.toordinal()
        if len(parts) == 1:
            return date(parts[0], 1, 1).toordinal(), date(parts[0] + 1, 1, 1).toordinal()
    except ValueError:
        return None
    return None


def _entities(items: list[Mapping[str, Any]]) -> list[EntityGroup]:
    groups: dict[str, list[Entity]] = {}
    for item in items:
        name = _str(item, "name")
        if not name:
            continue
        kind = _str(item, "type") or "other"
        raw = item.get("citations")
        groups.setdefault(kind, []).append(
            Entity(
                name=name,
                type=kind,
                aliases=[a for a in _strings(item, "aliases") if a != name],
                roles=_strings(item, "roles"),
                mentions=len(raw) if isinstance(raw, list) else 0,
                uncertain=bool(item.get("uncertain")),
            )
        )
    ranked = sorted(groups, key=lambda k: (ENTITY_ORDER.index(k) if k in ENTITY_ORDER else len(ENTITY_ORDER), k))
    return [EntityGroup(type=k, entities=groups[k]) for k in ranked]


def _fact(item: Mapping[str, Any], numbers: _Numbers) -> Fact:
    status = _str(item, "status") or "single"
    claims = [c for c in item.get("claims") or [] if isinstance(c, Mapping)]
    return Fact(
        subject=_str(item, "subject") or "(no subject)",
        status=status,
        status_words=STATUS_WORDS.get(status, status),
        uncertain=bool(item.get("uncertain")),
        claims=[
            Claim(value=claim_value(c), time=_str(c, "time") or None, text=_str(c, "text"), citations=numbers.cites(c))
            for c in claims
        ],
    )


# -- one article -----------------------------------------------------------------------------------------------------
def article_detail(store: Store, article_id: str) -> ArticleDetail | None:
    article = store.get_article(article_id)
    if article is None:
        return None
    event_id = store.event_of(article_id)
    event = store.event_row(event_id) if event_id else None
    return ArticleDetail(
        id=article.id,
        title=article.title,
        source=article.source,
        url=article.url,
        language=article.language,
        published=iso_date(article.published, article.precision) if article.published else None,
        precision=article.precision,
        event_id=event_id,
        event_title=event.title if event else None,
        sentences=[SentenceView(index=s.index, text=s.text) for s in article.sentences],
        copies=[CopyView(source=c.source, url=c.url, title=c.title) for c in article.duplicates],
    )


# -- reading digest JSON ---------------------------------------------------------------------------------------------
def _items(digest: Mapping[str, Any] | None, name: str) -> list[Mapping[str, Any]]:
    value = (digest or {}).get(name)
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _str(item: Mapping[str, Any] | None, name: str) -> str:
    value = (item or {}).get(name)
    return str(value).strip() if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


def _strings(item: Mapping[str, Any], name: str) -> list[str]:
    value = item.get(name)
    return [v.strip() for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def all_article_ids(details: Iterable[EventDetail]) -> list[str]:
    """Every report an event lists or cites, once each, in the order the events name them (the static report
    writes a page for each, so no citation link points at a missing file)."""
    found: dict[str, None] = {}
    for detail in details:
        found.update((r.id, None) for r in detail.reports)
        lines = [line.citations for line in detail.summary] + [entry.citations for entry in detail.timeline]
        lines += [quote.citations for quote in detail.quotes] + [c.citations for f in detail.facts for c in f.claims]
        found.update((c.article, None) for cites in lines for c in cites)
    return list(found)
