"""Where pages link to: absolute routes on the server, relative file paths in the static report.

Templates only ever call these, so the same template serves both; ids are percent-quoted in paths (and, in the
report, turned into safe file names), so an id can never climb out of its folder or break out of an attribute.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, urlencode

_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}")


def file_name(identifier: str) -> str:
    """The report's file name for an id: the id itself when it is plainly safe, otherwise a digest of it."""
    if _SAFE_NAME.fullmatch(identifier):
        return identifier
    return "x" + hashlib.sha256(identifier.encode("utf-8")).hexdigest()[:32]


class ServerLinks:
    """Routes of the running app."""

    searchable = True

    def index(self, page: int = 1, query: str | None = None, filters: dict[str, str] | None = None) -> str:
        """The list's address; `filters` are the list's other parameters (order, lang, ...) as they were given."""
        given = (("q", query), *(filters or {}).items(), ("page", str(page) if page != 1 else None))
        parameters = {k: v for k, v in given if v}
        return "/" + (f"?{urlencode(parameters)}" if parameters else "")

    def event(self, event_id: str) -> str:
        return f"/events/{quote(event_id, safe='')}"

    def article(self, article_id: str, sentence: int | None = None) -> str:
        return f"/articles/{quote(article_id, safe='')}" + (f"#s{sentence}" if sentence is not None else "")

    def static(self, name: str) -> str:
        return f"/static/{name}"


class ReportLinks:
    """Relative paths between the report's files, from a page `depth` folders below the report's root."""

    searchable = False

    def __init__(self, depth: int) -> None:
        self.root = "../" * depth

    def index(self, page: int = 1, query: str | None = None, filters: dict[str, str] | None = None) -> str:
        return f"{self.root}index.html"

    def event(self, event_id: str) -> str:
        return f"{self.root}events/{file_name(event_id)}.html"

    def article(self, article_id: str, sentence: int | None = None) -> str:
        return f"{self.root}articles/{file_name(article_id)}.html" + (f"#s{sentence}" if sentence is not None else "")

    def static(self, name: str) -> str:
        return f"{self.root}static/{name}"


Links = ServerLinks | ReportLinks
