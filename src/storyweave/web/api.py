"""The same data as the pages, as JSON, with the view models as the OpenAPI schema."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.exceptions import HTTPException

from storyweave.web import views
from storyweave.web.pages import Identifier, PageNumber, SearchText
from storyweave.web.reading import reading

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/events", response_model=views.EventList, summary="Events, newest first; search and paging")
def events(request: Request, page: PageNumber = 1, q: SearchText = None) -> views.EventList:
    with reading(request) as store:
        return views.event_list(store, page, q)


@router.get(
    "/events/{event_id}",
    response_model=views.EventDetail,
    summary="One event's digest",
    responses={404: {"description": "No such event"}},
)
def event(request: Request, event_id: Identifier) -> views.EventDetail:
    with reading(request) as store:
        detail = views.event_detail(store, event_id)
    if detail is None:
        raise HTTPException(404, f"No event {event_id!r} in this store.")
    return detail


@router.get(
    "/articles/{article_id}",
    response_model=views.ArticleDetail,
    summary="One stored article, sentence by sentence",
    responses={404: {"description": "No such article"}},
)
def article(request: Request, article_id: Identifier) -> views.ArticleDetail:
    with reading(request) as store:
        detail = views.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(404, f"No article {article_id!r} in this store.")
    return detail
