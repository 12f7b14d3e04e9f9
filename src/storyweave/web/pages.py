"""The HTML pages: the event list (with search and paging), one event's digest, one stored article; each the
rendering of its view in handlers.py, whose JSON twin is in api.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from storyweave.publish.atom import atom_feed
from storyweave.web import handlers
from storyweave.web.handlers import AsOf, Identifier, ListParameters, PageNumber, SearchText, Since
from storyweave.web.links import ServerLinks
from storyweave.web.reading import reading
from storyweave.web.render import MEDIA_TYPES, STATIC_FILES, render, static_file

router = APIRouter(include_in_schema=False)
READ = ["GET", "HEAD"]  # HEAD too, so link checkers and `curl -I` see the page's status and headers


@router.api_route("/", methods=READ, response_class=HTMLResponse)
def index(
    request: Request,
    parameters: Annotated[ListParameters, Depends()],
    page: PageNumber = 1,
    q: SearchText = None,
) -> HTMLResponse:
    listing = handlers.event_list(request, page, q, parameters)
    return HTMLResponse(render("index.html", ServerLinks(), listing=listing, query=listing.query))


@router.api_route("/events/{event_id}", methods=READ, response_class=HTMLResponse)
def event(request: Request, event_id: Identifier, as_of: AsOf = None, since: Since = None) -> HTMLResponse:
    detail = handlers.event_detail(request, event_id, as_of, since)
    return HTMLResponse(render("event.html", ServerLinks(), detail=detail))


@router.api_route("/articles/{article_id}", methods=READ, response_class=HTMLResponse)
def article(request: Request, article_id: Identifier) -> HTMLResponse:
    return HTMLResponse(render("article.html", ServerLinks(), article=handlers.article_detail(request, article_id)))


@router.api_route("/feed.atom", methods=READ)
def feed(request: Request) -> Response:
    """The store's events as an Atom feed, newest change first, with absolute links to their pages."""
    root = str(request.base_url).rstrip("/")
    links = ServerLinks()
    with reading(request) as store:
        body = atom_feed(store, lambda e: root + links.event(e), root + "/", f"tag:storyweave,2026:{store.identity()}")
    return Response(body, media_type="application/atom+xml")


@router.api_route("/static/{name}", methods=READ)
def static(name: str) -> Response:
    """The app's own stylesheet and script, chosen from a fixed list by name."""
    if name not in STATIC_FILES:
        raise HTTPException(404, "No such file.")
    media = MEDIA_TYPES[name[name.rfind(".") :]]
    return Response(static_file(name), media_type=media, headers={"Cache-Control": "public, max-age=3600"})
