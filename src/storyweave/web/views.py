"""Store rows and digest JSON turned into the view models every page is made of: the server's HTML, its JSON API
and the static report all show the same models, so what a reader sees and what a script reads cannot drift apart.

The digest is read through `records` (an older or missing digest shows as empty sections, never an error). Nothing here escapes anything: models hold plain text, and the templates escape it on output.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from pydantic import BaseModel, Field

from storyweave.model import Citation, Entity, Fact, TimelineEntry, iso_date
from storyweave.publish.figures import STATUS_WORDS, claim_value
from storyweave.records import DigestRecord, from_json
from storyweave.store import Store
from storyweave.store.browse import EventListing, Filters

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
    updated: str = Field("", description="When the event last changed (UTC, ISO 8601)")


class EventList(BaseModel):
    events: list[EventBrief]
    total: int
    page: int
    pages: int
    per_page: int
    query: str | None
    order: str = Field("newest", description="newest (last report first) or corroborated (outlets, languages, recency)")
    filters: dict[str, str] = Field(default_factory=dict, description="the filters applied, as given")
    languages: list[str] = Field(default_factory=list, description="the languages the store holds, for the filter")


class Cite(BaseModel):
    """A cited sentence: article id, sentence index, and its number in the event's order of first citation."""

    article: str
    sentence: int
    number: int


class Line(BaseModel):
    text: str
    citations: list[Cite]


class TimelineView(BaseModel):
    date: str | None
    precision: str
    text: str
    uncertain: bool
    citations: list[Cite]
    start: float = Field(description="Where the entry's period starts on the axis, 0 (earliest) to 100 (latest)")
    width: float = Field(description="How much of the axis the period covers (a month is wider than a day)")


class EntityView(BaseModel):
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mentions: int
    uncertain: bool


class EntityGroup(BaseModel):
    type: str
    entities: list[EntityView]


class QuoteView(BaseModel):
    speaker: str
    text: str
    uncertain: bool
    citations: list[Cite]


class ClaimView(BaseModel):
    value: str = Field(description="The value as shown, with its range and unit")
    time: str | None
    text: str
    citations: list[Cite]


class FactView(BaseModel):
    subject: str
    status: str = Field(description="agreed, changed, conflict or single")
    status_words: str
    uncertain: bool
    claims: list[ClaimView]


class Report(BaseModel):
    id: str
    title: str
    source: str
    language: str
    published: str | None


class HistoryView(BaseModel):
    kind: str = Field(description="merge (a whole event joined this one) or split (reports left one event for another)")
    direction: str = Field(description="from: the reports came to this event; into: they left it")
    event: str = Field(description="the other event")
    standing: bool = Field(description="whether the other event still stands (a merged one does not)")
    reports: list[str]
    at: str


class ChangesView(BaseModel):
    since: str
    new_reports: int
    new_facts: list[str]
    changed_facts: list[str] = Field(description="'the death toll changed from 22 to 25'")
    words: str = Field(description="the changes in one line, as the page says them")


class EventDetail(BaseModel):
    event: EventBrief
    as_of: str | None = Field(None, description="the time the page shows the event at, when not now")
    updated: str | None = Field(None, description="when the digest shown was built (UTC)")
    revisions: int = Field(0, description="how many digests the event has had")
    changes: ChangesView | None = Field(None, description="what changed since the `since` time asked for")
    history: list[HistoryView] = Field(default_factory=list, description="what consolidation moved, oldest first")
    digested: bool
    summary_language: str | None
    summary: list[Line]
    timeline: list[TimelineView]
    entities: list[EntityGroup]
    quotes: list[QuoteView]
    facts: list[FactView]
    notes: list[str] = Field(default_factory=list, description="what the figure reader could not read")
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
        updated=row.updated,
    )


def event_list(
    store: Store, page: int, query: str | None = None, per_page: int = PER_PAGE, filters: Filters | None = None
) -> EventList:
    """One page of events (pages count from 1); a page past the end is empty, not an error."""
    query = query.strip() if query and query.strip() else None
    filters = filters or Filters()
    rows, total = store.list_events((page - 1) * per_page, per_page, query, filters)
    given = {
        "order": filters.order if filters.order != "newest" else None,
        "lang": filters.language,
        "source": filters.source,
        "since": filters.since.isoformat() if filters.since else None,
        "until": filters.until.isoformat() if filters.until else None,
        "entity": filters.entity,
        "as_of": filters.as_of,
    }
    return EventList(
        events=[brief(r) for r in rows],
        total=total,
        page=page,
        pages=max(1, math.ceil(total / per_page)),
        per_page=per_page,
        query=query,
        order=filters.order,
        filters={k: v for k, v in given.items() if v},
        languages=sorted(store.languages()),
    )


# -- one event -------------------------------------------------------------------------------------------------------
class _Numbers:
    """Numbers cited sentences in order of first citation, as the Markdown digest does."""

    def __init__(self) -> None:
        self.order: dict[tuple[str, int], int] = {}

    def cites(self, citations: Iterable[Citation]) -> list[Cite]:
        found: list[Cite] = []
        for citation in citations:
            key = (citation.article, citation.sentence)
            number = self.order.setdefault(key, len(self.order) + 1)
            if all((c.article, c.sentence) != key for c in found):
                found.append(Cite(article=key[0], sentence=key[1], number=number))
        return found


def event_detail(store: Store, event_id: str, as_of: str | None = None, since: str | None = None) -> EventDetail | None:
    """The event's whole digest (as it stood at `as_of`, from its stored revisions, when given; with what changed
    after `since`), or None when the store has no such event (or had none yet at `as_of`)."""
    row = store.event_row(event_id)
    if row is None:
        return None
    updated = store.digest_updated(event_id)
    members = store.members(event_id)
    body = store.digest(event_id)
    if as_of is not None:
        then = store.revision(event_id, as_of)
        if then is None:
            return None
        body, updated = then.body, then.built_at
        members = then.members or members  # a revision from before members were kept: today's
        row = replace(row, title=then.title or row.title, reports=len(members))
    digest = from_json(body)
    record = digest or DigestRecord()
    numbers = _Numbers()
    return EventDetail(
        event=brief(row),
        as_of=as_of,
        updated=updated,
        revisions=store.revision_count(event_id),
        changes=_changes(store, event_id, since, record, members) if since else None,
        history=[
            HistoryView(
                kind=h["kind"],
                direction=h["direction"],
                event=h["event"],
                standing=store.event_row(h["event"]) is not None,
                reports=h["articles"],
                at=h["at"],
            )
            for h in store.event_history(event_id)
        ],
        digested=digest is not None,
        summary_language=(record.summary_language or "").strip() or None,
        summary=[
            Line(text=line.text.strip(), citations=numbers.cites(line.citations))
            for line in record.summary or ()
            if line.text.strip()
        ],
        timeline=_timeline(record.timeline or (), numbers),
        entities=_entities(record.entities or ()),
        quotes=[
            QuoteView(
                speaker=quote.speaker.strip() or "unknown speaker",
                text=quote.text.strip(),
                uncertain=quote.uncertain,
                citations=numbers.cites(quote.citations),
            )
            for quote in record.quotes or ()
            if quote.text.strip()
        ],
        facts=[_fact(fact, numbers) for fact in record.facts or ()],
        notes=[note.strip() for note in record.notes or () if note.strip()],
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


def _changes(store: Store, event_id: str, since: str, now: DigestRecord, members: list[str]) -> ChangesView:
    """What the event gained after `since`: its new reports, the facts it did not have and the figures that
    changed ("the death toll changed from 22 to 25")."""
    then = store.revision(event_id, since)
    before = from_json(then.body) if then else None
    old_members = set(then.members) if then else set()
    new_reports = len([m for m in members if m not in old_members])
    old_facts = {f.subject: _values(f) for f in (before.facts or ())} if before else {}
    new_facts: list[str] = []
    changed: list[str] = []
    for fact in now.facts or ():
        values = _values(fact)
        if fact.subject not in old_facts:
            new_facts.append(fact.subject)
        elif old_facts[fact.subject] != values:
            changed.append(f"the {fact.subject} changed from {old_facts[fact.subject]} to {values}")
    said = [f"{new_reports} new report{'' if new_reports == 1 else 's'}"]
    if new_facts:
        said.append(f"{len(new_facts)} new fact{'' if len(new_facts) == 1 else 's'}")
    said.extend(changed)
    return ChangesView(
        since=since, new_reports=new_reports, new_facts=new_facts, changed_facts=changed, words=", ".join(said)
    )


def _values(fact: Fact) -> str:
    """A fact's figures as a reader says them: the latest claim's value, or the values in conflict."""
    shown = list(dict.fromkeys(claim_value(c) for c in fact.claims))
    return shown[-1] if fact.status in ("changed", "single", "agreed") else " / ".join(shown)


def _timeline(items: Sequence[TimelineEntry], numbers: _Numbers) -> list[TimelineView]:
    """Entries placed on an axis from the earliest period's start to the latest period's end."""
    periods = [_period(entry.date, entry.precision) for entry in items]
    known = [p for p in periods if p is not None]
    low = min((p[0] for p in known), default=0)
    high = max((p[1] for p in known), default=1)
    length = max(high - low, 1)
    entries = []
    for entry, period in zip(items, periods, strict=True):
        if not entry.text.strip():
            continue
        start, width = (
            (0.0, 0.0) if period is None else (100 * (period[0] - low) / length, 100 * (period[1] - period[0]) / length)
        )
        entries.append(
            TimelineView(
                date=iso_date(entry.date, entry.precision),
                precision=entry.precision,
                text=entry.text.strip(),
                uncertain=entry.uncertain,
                citations=numbers.cites(entry.citations),
                start=round(start, 2),
                width=round(width, 2),
            )
        )
    return entries


def _period(day: date | None, precision: str) -> tuple[int, int] | None:
    """(first day, day after the last) of the entry's day, month or year as day ordinals."""
    if day is None:
        return None
    if precision == "day":
        return day.toordinal(), day.toordinal() + 1
    if precision == "month":
        after = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return date(day.year, day.month, 1).toordinal(), after.toordinal()
    if precision == "year":
        return date(day.year, 1, 1).toordinal(), date(day.year + 1, 1, 1).toordinal()
    return None


def _entities(items: Sequence[Entity]) -> list[EntityGroup]:
    groups: dict[str, list[EntityView]] = {}
    for entity in items:
        name = entity.name.strip()
        if not name:
            continue
        kind = entity.type.strip() or "other"
        groups.setdefault(kind, []).append(
            EntityView(
                name=name,
                type=kind,
                aliases=[a for a in _strings(entity.aliases) if a != name],
                roles=_strings(entity.roles),
                mentions=len(entity.citations),
                uncertain=entity.uncertain,
            )
        )
    ranked = sorted(groups, key=lambda k: (ENTITY_ORDER.index(k) if k in ENTITY_ORDER else len(ENTITY_ORDER), k))
    return [EntityGroup(type=k, entities=groups[k]) for k in ranked]


def _fact(fact: Fact, numbers: _Numbers) -> FactView:
    return FactView(
        subject=fact.subject.strip() or "(no subject)",
        status=fact.status,
        status_words=STATUS_WORDS.get(fact.status, fact.status),
        uncertain=fact.uncertain,
        claims=[
            ClaimView(
                value=claim_value(c),
                time=(c.time or "").strip() or None,
                text=c.text.strip(),
                citations=numbers.cites(c.citations),
            )
            for c in fact.claims
        ],
    )


def _strings(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


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
