"""`storyweave report`: the server's pages written out as a static site that opens from disk (file://).

The same view models and templates as `serve`, with relative links (`events/<id>.html`, `articles/<id>.html#s<n>`)
and the app's own stylesheet and script copied next to them, so the folder can be zipped, mailed or put on any
web server. There is no search box (nothing to answer it) and one index lists every event. The store is read in
one read-only transaction, so a report taken while a run writes is one consistent snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storyweave.publish.atom import atom_feed
from storyweave.store import Store
from storyweave.store.browse import Filters
from storyweave.web import views
from storyweave.web.links import ReportLinks, file_name
from storyweave.web.render import STATIC_FILES, render, static_file


@dataclass(frozen=True, slots=True)
class ReportFiles:
    index: Path
    events: int
    articles: int


def write_report(store_path: Path, out_dir: Path) -> ReportFiles:
    """Write index.html, feed.atom, events/*.html, articles/*.html and static/* under out_dir; returns what was
    written."""
    for folder in ("events", "articles", "static"):
        (out_dir / folder).mkdir(parents=True, exist_ok=True)
    for name in STATIC_FILES:
        (out_dir / "static" / name).write_bytes(static_file(name))
    with Store(store_path, readonly=True) as store, store.snapshot():
        total = store.count_events()
        listing = views.event_list(store, 1, per_page=max(total, 1), filters=Filters(order="corroborated"))
        details = [d for d in (views.event_detail(store, e.id) for e in listing.events) if d is not None]
        _write(out_dir / "index.html", render("index.html", ReportLinks(0), listing=listing))
        links = ReportLinks(0)
        feed_id = f"tag:storyweave,2026:{store.identity()}"
        (out_dir / "feed.atom").write_bytes(atom_feed(store, links.event, links.index(), feed_id))
        for detail in details:
            page = render("event.html", ReportLinks(1), detail=detail)
            _write(out_dir / "events" / f"{file_name(detail.event.id)}.html", page)
        articles = 0
        for article_id in views.all_article_ids(details):
            article = views.article_detail(store, article_id)
            if article is not None:
                page = render("article.html", ReportLinks(1), article=article)
                _write(out_dir / "articles" / f"{file_name(article_id)}.html", page)
                articles += 1
    return ReportFiles(index=out_dir / "index.html", events=len(details), articles=articles)


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
