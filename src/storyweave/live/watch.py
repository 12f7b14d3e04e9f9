"""The watch loop: poll each source when it is due, read what is new, and add it to the store as `run` would.

Fetching runs on a few worker threads, at most one request at a time per host (a newsroom's 40 feeds from one
outlet must not hit it 40 at once); everything that touches the store runs on the loop's own thread, the store's
single writer. A source's state (validators, when it is next due, failures) is saved in the transaction after its
new entries are stored, so a watcher killed at any instant loses at most the poll it was in, and that poll's
entries are found again (and not stored twice) when it starts again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from storyweave.cluster.builder import EventBuilder
from storyweave.live.fetch import Fetched, Limits, fetch
from storyweave.live.poll import Polled, poll_folder, poll_url, read_file, read_page
from storyweave.live.sources import Source, Sources
from storyweave.model import Article
from storyweave.pipeline import RunReport, ingest
from storyweave.problems import Problem
from storyweave.represent.encoder import Encoder
from storyweave.settings import Settings
from storyweave.store import Store
from storyweave.store.watch import SourceState


@dataclass
class Cycle:
    """What one settled poll did, for the watcher's log line."""

    source: str
    status: str
    new: int = 0
    report: RunReport | None = None
    problems: list[Problem] = field(default_factory=list)


class HostTurns:
    """One request at a time per host."""

    def __init__(self) -> None:
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def lock(self, url: str) -> threading.Lock:
        host = (urlsplit(url).hostname or "").lower()
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())


class Watcher:
    def __init__(
        self,
        sources: Sources,
        store: Store,
        settings: Settings,
        encoder: Encoder | None = None,
        *,
        workers: int = 4,
        on_cycle: Callable[[Cycle], None] | None = None,
    ) -> None:
        self.sources = sources
        self.store = store
        self.settings = settings
        self.encoder = encoder
        self._builder: EventBuilder | None = None  # kept from round to round (see `EventBuilder.current`)
        self.limits = Limits(settings.fetch_timeout, settings.fetch_max_bytes, settings.fetch_redirects)
        self.turns = HostTurns()
        self.pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="storyweave-fetch")
        self.on_cycle = on_cycle

    def get(self, url: str, **options: Any) -> Fetched:
        with self.turns.lock(url):
            return fetch(url, self.sources.allow_hosts, self.limits, **options)

    def run(self, stop: threading.Event, once: bool = False) -> None:
        """Poll until `stop` is set (or, with `once`, until every source has been polled once)."""
        polled_once: set[str] = set()
        try:
            while not stop.is_set():
                now = time.time()
                states = {s.key: self.store.source_state(s.key) for s in self.sources.sources}
                due = [s for s in self.sources.sources if states[s.key].next_due <= now]
                if once:
                    due = [s for s in self.sources.sources if s.key not in polled_once]
                    if not due:
                        return
                if not due:
                    soonest = min(state.next_due for state in states.values())
                    stop.wait(max(0.05, min(soonest - now, 1.0)))
                    continue
                futures: dict[Future[Polled], Source] = {
                    self.pool.submit(self._poll, s, states[s.key], now): s for s in due
                }
                polled: list[Polled] = []
                for future in as_completed(futures):
                    if stop.is_set():
                        break  # what was not settled is polled again next time: its state was not saved
                    polled.append(future.result())
                    polled_once.add(futures[future].key)
                if polled and not stop.is_set():
                    self._settle(polled)
        finally:
            self.pool.shutdown(wait=False, cancel_futures=True)

    def _poll(self, source: Source, state: SourceState, now: float) -> Polled:
        if source.folder is not None:
            return poll_folder(source, state, self.settings, now, self.store.files())
        return poll_url(source, state, self.get, self.settings, now)

    def _settle(self, polls: list[Polled]) -> None:
        """Store the new entries of one round of polls in one run of the engine (so the events are built and the
        digests rebuilt once per round, not once per feed), then every source's state, on the loop's thread."""
        articles: list[Article] = []
        settled: list[tuple[Polled, dict[str, str], bool, list[Problem], int]] = []
        for polled in polls:
            found, outcomes, retry, problems = self._new_articles(polled)
            articles.extend(found)
            settled.append((polled, outcomes, retry, problems, len(found)))
        report = self._ingest(articles) if articles else None
        with self.store.transaction():
            for polled, outcomes, retry, _, _ in settled:
                state = polled.state
                if retry:  # a page to try again: ask for the whole feed next time, not a 304
                    state = replace(state, etag=None, last_modified=None)
                self.store.record_entries(polled.source.key, outcomes)
                self.store.save_source_state(polled.source.key, state)
        if self.on_cycle is not None:
            for polled, _, _, problems, new in settled:
                self.on_cycle(Cycle(polled.source.key, polled.status, new, report if new else None, problems))

    def _new_articles(self, polled: Polled) -> tuple[list[Article], dict[str, str], bool, list[Problem]]:
        """A poll's entries the store does not have yet, as articles (teasers with their pages' text), the
        outcome to record for each, and whether a page must be tried again."""
        source = polled.source
        problems = list(polled.problems)
        known = self.store.known_entries(source.key, [e.key for e in polled.entries])
        new = [e for e in dict((e.key, e) for e in polled.entries).values() if e.key not in known]
        articles: list[Article] = []
        outcomes: dict[str, str] = {}
        retry = False
        pages = {e.key: self.pool.submit(read_page, e, self.get, self.settings) for e in new if e.teaser_of}
        for entry in new:
            if entry.teaser_of:
                article, problem, final = pages[entry.key].result()
                if problem is not None:
                    problems.append(problem)
                if article is not None:
                    articles.append(article)
                    outcomes[entry.key] = "stored"
                elif final:
                    outcomes[entry.key] = problem.reason if problem else "nothing to read"
                else:
                    retry = True
            elif entry.article is not None:
                articles.append(entry.article)
                outcomes[entry.key] = "stored"
            else:
                found, trouble = read_file(entry, source, self.settings)
                articles.extend(found)
                problems.extend(trouble)
                outcomes[entry.key] = "stored" if found else (trouble[0].reason if trouble else "nothing to read")
        return articles, outcomes, retry, problems

    def _ingest(self, articles: list[Article]) -> RunReport:
        report = RunReport()
        report.inputs = 1
        if self._builder is None or not self._builder.current():  # first round, or another process clustered
            self._builder = EventBuilder(self.store, self.settings, self.encoder)
        return ingest(articles, self.store, self.settings, report=report, encoder=self.encoder, builder=self._builder)
