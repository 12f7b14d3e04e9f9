"""Jinja2 with autoescaping on for every template: article text is untrusted, and the templates never mark any of
it safe, so a title holding markup is shown as the characters it is made of, on the server and in the report."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from storyweave.web.links import Links

STATIC_FILES = ("storyweave.css", "timeline.js", "list.js")
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
    " base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("storyweave.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, links: Links, **context: Any) -> str:
    context.setdefault("query", None)
    return environment().get_template(template).render(links=links, **context)


def static_file(name: str) -> bytes:
    """One of the app's own assets, by a name from STATIC_FILES (never a path a request chose)."""
    if name not in STATIC_FILES:
        raise KeyError(name)
    return resources.files("storyweave.web").joinpath("static", name).read_bytes()
