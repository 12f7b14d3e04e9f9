"""`create_app(store_path)`: the FastAPI app `storyweave serve` runs, over one store, read-only.

Each request opens its own read-only connection and reads inside one short transaction (a consistent WAL snapshot
that never outlives the request), so a `storyweave run` writing to the same store neither blocks the pages nor is
blocked by them. Errors are pages (or JSON under /api) with a plain message: never a stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException

from storyweave import __version__
from storyweave.web import api, pages
from storyweave.web.links import ServerLinks
from storyweave.web.render import CSP, render

log = logging.getLogger(__name__)
HEADINGS = {404: "Not found", 405: "Method not allowed", 422: "Bad request", 500: "Server error"}


def create_app(store_path: Path | str) -> FastAPI:
    app = FastAPI(
        title="storyweave",
        version=__version__,
        description="Events, cited digests and stored reports from a storyweave store (read-only).",
        docs_url=None,  # the interactive docs load scripts from a CDN; the schema itself is at /openapi.json
        redoc_url=None,
    )
    app.state.store_path = Path(store_path)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.middleware("http")(_security_headers)
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _server_error)
    return app


async def _security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse({"detail": message}, status_code=status)
    heading = HEADINGS.get(status, "Error")
    body = render("error.html", ServerLinks(), status=status, heading=heading, message=message)
    return HTMLResponse(body, status_code=status)


async def _http_error(request: Request, error: HTTPException) -> Response:
    message = error.detail if isinstance(error.detail, str) else HEADINGS.get(error.status_code, "Error")
    return _error(request, error.status_code, message)


async def _validation_error(request: Request, error: RequestValidationError) -> Response:
    problems = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem.get("loc", ()) if part not in ("query", "path"))
        problems.append(f"{where}: {problem.get('msg', 'invalid')}" if where else str(problem.get("msg", "invalid")))
    return _error(request, 422, "; ".join(problems) or "invalid request")


async def _server_error(request: Request, error: Exception) -> Response:
    log.exception("error serving %s", request.url.path)
    return _error(request, 500, "The server could not read the store for this page.")
