"""The JSON twin of every page: the same view (handlers.py), with the view models as the OpenAPI schema."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from storyweave.web import handlers, views
from storyweave.web.handlers import AsOf, Identifier, ListParameters, PageNumber, SearchText, Since

router = APIRouter(prefix="/api", tags=["api"])


@router.get(
    "/events", response_model=views.EventList, summary="Events, newest or most corroborated first; filters, search"
)
def events(
    request: Request,
    parameters: Annotated[ListParameters, Depends()],
    page: PageNumber = 1,
    q: SearchText = None,
) -> views.EventList:
    return handlers.event_list(request, page, q, parameters)


@router.get(
    "/events/{event_id}",
    response_model=views.EventDetail,
    summary="One event's digest",
    responses={404: {"description": "No such event"}},
)
def event(request: Request, event_id: Identifier, as_of: AsOf = None, since: Since = None) -> views.EventDetail:
    return handlers.event_detail(request, event_id, as_of, since)


@router.get(
    "/articles/{article_id}",
    response_model=views.ArticleDetail,
    summary="One stored article, sentence by sentence",
    responses={404: {"description": "No such article"}},
)
def article(request: Request, article_id: Identifier) -> views.ArticleDetail:
    return handlers.article_detail(request, article_id)
