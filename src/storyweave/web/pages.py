"""The HTML pages: the event list (with search and paging), one event's digest, one stored article."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from storyweave.web import views
from storyweave.web.links import ServerLinks
from storyweave.web.reading import reading
from storyweave.web.render import MEDIA_TYPES, STATIC_FILES, render, static_file

router = APIRouter(include_in_schema=False)
READ = ["GET", "HEAD"]  # HEAD too, so link checkers and `curl -I` see the page's status and headers
PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="Page of events, from 1")]
SearchText = Annotated[str | None, Query(max_length=200, description="Words to find in report titles and text")]
Identifier = Annotated[str, Path(min_length=1, max_length=200)]


@router.api_route("/", methods=READ, response_class=HTMLResponse)
def index(request: Request, page: PageNumber = 1, q: SearchText = None) -> HTMLResponse:
    with reading(request) as store:
        listing = views.event_list(store, page, q)
    return HTMLResponse(render("index.html", ServerLinks(), listing=listing, query=listing.query))


@router.api_route("/events/{event_id}", methods=READ, response_class=HTMLResponse)
def event(request: Request, event_id: Identifier) -> HTMLResponse:
    with reading(request) as store:
        detail = views.event_detail(store, event_id)
    if detail is None:
        raise HTTPException(404, f"No event {event_id!r} in this store.")
    return HTMLResponse(render("event.html", ServerLinks(), detail=detail))


@router.api_route("/articles/{article_id}", methods=READ, response_class=HTMLResponse)
def article(request: Request, article_id: Identifier) -> HTMLResponse:
    with reading(request) as store:
        detail = views.article_detail(store, article_id)
    if detail is None:
        raise HTTPException(404, f"No article {article_id!r} in this store.")
    return HTMLResponse(render("article.html", ServerLinks(), article=detail))


@router.api_route("/static/{name}", methods=READ)
def static(name: str) -> Response:
    """The app's own stylesheet and script, chosen from a fixed list by name."""
    if name not in STATIC_FILES:
        raise HTTPException(404, "No such file.")
    media = MEDIA_TYPES[name[name.rfind(".") :]]
    return Response(static_file(name), media_type=media, headers={"Cache-Control": "public, max-age=3600"})
