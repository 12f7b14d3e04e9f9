"""One poll of one source: what it has now, as entries keyed so that a restarted watcher knows them again.

Network and disk work only; the store is the watch loop's (one writer). A feed entry is keyed by its link, a page
by its URL and content, a folder file by its path, size and modification time (so a file rewritten is read again,
and a file still being written is left for the next poll). An entry that carries only a teaser names the page to
fetch for its text.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from storyweave.ingest import inputs, read_input
from storyweave.ingest.registry import READERS
from storyweave.ingest.source import Input
from storyweave.live.fetch import PAGE_TYPES, Fetched, FetchError, Refused
from storyweave.live.sources import Source
from storyweave.model import Article
from storyweave.problems import Problem
from storyweave.settings import Settings
from storyweave.store.watch import SourceState

MAX_BACKOFF = 6 * 3600.0
_SETTLING_SECONDS = 1.0  # a folder file changed more recently than this may still be being written

Get = Callable[..., Fetched]  # fetch(url, accept=..., etag=..., last_modified=...) under the host's turn


@dataclass
class Entry:
    key: str
    article: Article | None = None
    teaser_of: str = ""  # the page to fetch for the text, when the entry carries only a teaser
    outcome: str = "stored"


@dataclass
class Polled:
    source: Source
    state: SourceState
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    status: str = ""


def poll_url(source: Source, state: SourceState, get: Get, settings: Settings, now: float) -> Polled:
    try:
        fetched = get(source.key, etag=state.etag, last_modified=state.last_modified)
    except (Refused, FetchError) as error:
        return failed(source, state, now, error)
    ok = SourceState(fetched.etag, fetched.last_modified, now + source.interval, 0, str(fetched.status))
    if fetched.status == 304:
        ok = replace(ok, etag=state.etag, last_modified=state.last_modified)
        return Polled(source, ok, status="304 not modified")
    polled = Polled(source, ok, status=f"{fetched.status}")
    page = any(kind in fetched.content_type for kind in PAGE_TYPES)
    item = Input(name=fetched.url, data=fetched.body)
    found = READERS["html"].read(item, settings) if page else read_input(item, settings)
    try:
        for result in found:
            if isinstance(result, Problem):
                polled.problems.append(result)
                continue
            article = _with_source(result, source, fetched.url)
            if page:
                polled.entries.append(Entry(f"{fetched.url}#{article.id}", article))
            elif _teaser(article, fetched.url, settings):
                polled.entries.append(Entry(article.url, article, teaser_of=article.url))
            else:
                key = article.url if article.url and article.url != fetched.url else f"{fetched.url}#{article.id}"
                polled.entries.append(Entry(key, article))
    except Exception as error:  # one unreadable page or feed costs its poll, never the watcher
        polled.problems.append(Problem(source.key, f"could not be read ({type(error).__name__}: {error})"))
    polled.status += f" ({len(polled.entries)} entries)"
    return polled


def poll_folder(source: Source, state: SourceState, settings: Settings, now: float, own: list[Path]) -> Polled:
    assert source.folder is not None
    polled = Polled(source, SourceState(None, None, now + source.interval, 0, "read"))
    if not source.folder.is_dir():
        polled.problems.append(Problem(str(source.folder), "not a folder (yet): nothing read", skipped=False))
        return polled
    for item in inputs([str(source.folder)], settings, None, own):
        if isinstance(item, Problem):
            polled.problems.append(item)
            continue
        assert item.path is not None
        try:
            stat = item.path.stat()
        except OSError:
            continue  # gone between the listing and now
        if time.time() - stat.st_mtime < _SETTLING_SECONDS:
            polled.state = replace(polled.state, next_due=min(polled.state.next_due, now + _SETTLING_SECONDS))
            continue
        key = f"{item.path}:{stat.st_size}:{stat.st_mtime_ns}"
        polled.entries.append(Entry(key, None, teaser_of="", outcome=f"file:{item.path}"))
    return polled


def read_file(entry: Entry, source: Source, settings: Settings) -> tuple[list[Article], list[Problem]]:
    """The articles of a folder entry (its outcome holds the path)."""
    path = Path(entry.outcome.removeprefix("file:"))
    articles: list[Article] = []
    problems: list[Problem] = []
    for found in read_input(Input(name=str(path), path=path), settings):
        if isinstance(found, Problem):
            problems.append(found)
        else:
            articles.append(_with_source(found, source, ""))
    return articles, problems


def read_page(entry: Entry, get: Get, settings: Settings) -> tuple[Article | None, Problem | None, bool]:
    """The teaser entry with its page's text: (article, problem, for good). A refused address is for good (never
    tried again); a failed fetch is tried again at the next poll."""
    teaser = entry.article
    assert teaser is not None
    try:
        fetched = get(entry.teaser_of, accept=PAGE_TYPES)
    except Refused as error:
        return None, Problem(entry.teaser_of, f"refused: {error}"), True
    except FetchError as error:
        return None, Problem(entry.teaser_of, f"could not be fetched: {error}"), False
    problem: Problem | None = None
    page: Article | None = None
    try:
        for found in READERS["html"].read(Input(name=fetched.url, data=fetched.body), settings):
            if isinstance(found, Article):
                page = found
                break
            problem = found
    except Exception as error:  # the page's own fault: keep the teaser rather than nothing
        problem = Problem(entry.teaser_of, f"page not readable ({type(error).__name__}: {error}); kept the teaser")
    if page is None:
        return teaser, problem, True
    published, precision = (
        (teaser.published, teaser.precision) if teaser.published else (page.published, page.precision)
    )
    article = Article.new(
        title=teaser.title or page.title,
        text=page.text,
        source=teaser.source or page.source,
        url=entry.teaser_of,
        language=teaser.language or page.language,
        published=published,
        precision=precision,
        entry=teaser.entry,
    )
    return replace(article, path=teaser.path), problem, True


def failed(source: Source, state: SourceState, now: float, error: Exception) -> Polled:
    """Back off: twice the wait after each failure in a row (at most six hours), and never sooner than the
    server's Retry-After."""
    failures = state.failures + 1
    wait = min(source.interval * 2.0**failures, MAX_BACKOFF)
    retry = getattr(error, "retry_after", None)
    if retry is not None:
        wait = max(wait, retry)
    kind = "refused" if isinstance(error, Refused) else "failed"
    problem = Problem(source.key, f"{kind}: {error}; next try in {wait:.0f} s", skipped=False)
    backed_off = SourceState(state.etag, state.last_modified, now + wait, failures, f"{kind}: {error}")
    return Polled(source, backed_off, problems=[problem], status=f"{kind}: {error}")


def _teaser(article: Article, feed_url: str, settings: Settings) -> bool:
    link = article.url
    return (
        link.startswith(("http://", "https://"))
        and link != feed_url
        and len(article.text.split()) < settings.teaser_words
    )


def _with_source(article: Article, source: Source, path: str) -> Article:
    """The source file's name and language where the input says none."""
    changes: dict[str, object] = {}
    if source.name and not article.source:
        changes["source"] = source.name
    if source.language and not article.language:
        changes["language"] = source.language
    if path:
        changes["path"] = path
    return replace(article, **changes) if changes else article  # type: ignore[arg-type]
