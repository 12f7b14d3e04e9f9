"""HTML pages, through trafilatura (main text, title, outlet) and htmldate (publication date).

Pages that end before `</html>` are often cut-off downloads: what text they hold is kept, with a warning, and a page
with no extractable text at all is skipped with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlparse

from storyweave.ingest.dates import parse_published
from storyweave.ingest.source import Input
from storyweave.ingest.textfix import clean, decode
from storyweave.model import Article
from storyweave.problems import InputError, Problem
from storyweave.settings import Settings

_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_META_LANG = re.compile(
    rb"<meta[^>]+http-equiv\s*=\s*[\"']?content-language[\"']?[^>]+content\s*=\s*[\"']?([A-Za-z]{2,3})",
    re.IGNORECASE,
)
_CANONICAL = re.compile(rb"<link[^>]+rel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
_HREF = re.compile(rb"href\s*=\s*[\"']?([^\"' >]+)", re.IGNORECASE)
_CLOSED = re.compile(rb"</html\s*>|</body\s*>", re.IGNORECASE)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}


class HtmlReader:
    name = "html"
    suffixes = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})

    def sniff(self, head: bytes) -> bool:
        start = head.lstrip()[:512].lower()
        return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start

    def read(self, item: Input, settings: Settings) -> Iterator[Article | Problem]:
        data = item.read_all(settings.max_bytes)
        markup = decode(data)
        truncated = _CLOSED.search(data) is None  # scripts and comments may follow </html> by any length
        url = _canonical(data) or item.name
        document = _extract(markup, url if "://" in url else None) or {}
        text = clean(document.get("text") or "")
        if not text:
            reason = "no article text found in the page"
            raise InputError(reason + (" (it looks truncated: no closing </html>)" if truncated else ""))
        if truncated:
            yield Problem(item.name, "page looks truncated (no closing </html>); kept the text found", skipped=False)
        title = clean(document.get("title") or "")
        lines = text.split("\n")
        if title and lines and lines[0].strip() == title:
            text = "\n".join(lines[1:]).strip()
        published, precision = parse_published(page_date(data, url) or document.get("date"))
        host = _host(url)
        source = (document.get("sitename") or "").strip() or host.removeprefix("www.")
        language = page_language(data) or ""
        yield Article.new(
            title=title,
            text=text.replace("\n", "\n\n"),
            source=source,
            url=url,
            language=language,
            published=published,
            precision=precision,
        )


def _host(url: str) -> str:
    try:
        return urlparse(url).hostname or ""
    except ValueError:  # a canonical link such as http://[::1 is no address at all
        return ""


def _extract(markup: str, url: str | None) -> dict[str, str] | None:
    import trafilatura

    result = trafilatura.bare_extraction(markup, url=url, with_metadata=True, include_comments=False)
    if result is None:
        return None
    return dict(result.as_dict()) if hasattr(result, "as_dict") else dict(result)


def page_date(data: bytes, url: str) -> str | None:
    """The publication day as htmldate finds it in the page as served, or a year when only a year is certain.

    trafilatura asks htmldate too, but over its own copy of the page with comments removed, where some pages' only
    precise date lives (a blog's trackback RDF). The bytes are passed, never a string: htmldate fetches a string
    that looks like an address. A 1 January that only the extensive search finds is a year (a copyright line),
    stored at year precision rather than as a day.
    """
    from htmldate import find_date

    address = url if "://" in url else None
    try:
        day = find_date(data, url=address, original_date=True)
        if (
            day
            and day.endswith("-01-01")
            and find_date(data, url=address, original_date=True, extensive_search=False) != day
        ):
            return day[:4]
    except Exception:  # htmldate's failure leaves trafilatura's date, never the page unread
        return None
    return day or None


def _canonical(data: bytes) -> str:
    tag = _CANONICAL.search(data[:200_000])
    href = _HREF.search(tag.group(0)) if tag else None
    if href:
        value = href.group(1).decode("utf-8", "replace")
        if value.startswith(("http://", "https://")):
            return value
    return ""


def page_language(data: bytes) -> str | None:
    match = _HTML_LANG.search(data[:20_000]) or _META_LANG.search(data[:20_000])
    return match.group(1).decode("ascii").lower() if match else None


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment (a feed entry's body) with block elements as paragraph breaks."""
    if "<" not in markup:
        return markup
    markup = _NOT_XML.sub(" ", markup)  # lxml refuses control characters in text it is asked to edit
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", markup)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())
