"""One view per page, shared by its two renderings: the HTML page (pages.py) and its JSON twin (api.py).

Each function reads the store in one request snapshot and answers the view model, or a 404 naming what is not
there, so the page and the API can never disagree about what exists or what it says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Literal, TypeVar

from fastapi import Path, Query, Request
from starlette.exceptions import HTTPException

from storyweave.store.browse import Filters
from storyweave.web import views
from storyweave.web.reading import reading

PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="Page of events, from 1")]
SearchText = Annotated[str | None, Query(max_length=200, description="Words to find in report titles and text")]
Identifier = Annotated[str, Path(min_length=1, max_length=200)]
T = TypeVar("T")


@dataclass
class ListParameters:
    """The list's order and filters, the same for the page and its JSON twin (a FastAPI dependency)."""

    order: Annotated[
        Literal["newest", "corroborated"], Query(description="newest first, or most corroborated first")
    ] = "newest"
    lang: Annotated[str | None, Query(max_length=16, pattern=r"^[A-Za-z-]*$", description="Language code")] = None
    source: Annotated[str | None, Query(max_length=200, description="Outlet, as the reports name it")] = None
    since: Annotated[date | None, Query(description="Events with a report on or after this day")] = None
    until: Annotated[date | None, Query(description="Events with a report on or before this day")] = None
    entity: Annotated[str | None, Query(max_length=200, description="A person, organisation or place named")] = None
    as_of: Annotated[datetime | None, Query(description="The events as they stood at this time (ISO 8601)")] = None

    def filters(self) -> Filters:
        return Filters(
            self.order,
            (self.lang or "").lower() or None,
            (self.source or "").strip() or None,
            self.since,
            self.until,
            (self.entity or "").strip() or None,
            utc(self.as_of),
        )


AsOf = Annotated[datetime | None, Query(description="The event as it stood at this time (ISO 8601)")]
Since = Annotated[datetime | None, Query(description="Say what changed after this time (ISO 8601)")]


def utc(when: datetime | None) -> str | None:
    """A time as the store writes times: ISO 8601 in UTC to the second (a time without a zone is UTC)."""
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def event_list(
    request: Request, page: int, query: str | None, parameters: ListParameters | None = None
) -> views.EventList:
    with reading(request) as store:
        return views.event_list(store, page, query, filters=(parameters or ListParameters()).filters())


def event_detail(
    request: Request, event_id: str, as_of: datetime | None = None, since: datetime | None = None
) -> views.EventDetail:
    with reading(request) as store:
        moved = store.merged_into(event_id)
        missing = f"Event {event_id!r} was merged into {moved!r}." if moved else f"No event {event_id!r} in this store."
        if as_of is not None and store.event_row(event_id) is not None:
            missing = f"Event {event_id!r} had no digest yet at {utc(as_of)}."
        return _found(views.event_detail(store, event_id, utc(as_of), utc(since)), missing)


def article_detail(request: Request, article_id: str) -> views.ArticleDetail:
    with reading(request) as store:
        return _found(views.article_detail(store, article_id), f"No article {article_id!r} in this store.")


def _found(view: T | None, missing: str) -> T:
    if view is None:
        raise HTTPException(404, missing)
    return view
