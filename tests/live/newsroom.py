"""A loopback newsroom for the watcher's tests: feeds and pages that change as the test tells them to, and servers
that misbehave the way real ones do (304s, 429 with Retry-After, 500, a slow answer, a redirect loop, a teaser
whose page holds the text, an entry linking to a private address). Every request is logged with its time and
headers, so a test can check what the watcher asked for and when."""

from __future__ import annotations

import html
import select
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.live.loopback import send

SAMPLE = Path(__file__).resolve().parents[2] / "sample"
PRIVATE_LINK = "http://10.255.255.1/internal/report"


@dataclass
class Logged:
    path: str
    at: float
    status: int
    headers: dict[str, str]
    done: float = 0.0  # when the answer began to be written; 0 when the client hung up first


@dataclass
class Script:
    """What the newsroom publishes: the test moves it on."""

    phase: int = 1
    hits: dict[str, int] = field(default_factory=dict)


def reports() -> list[tuple[str, str]]:
    """(title, text) of the five seed reports."""
    found = []
    for path in sorted(SAMPLE.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        found.append((title.strip(), body.strip()))
    return found


def rss(entries: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, link, description) entries."""
    items = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link><guid>{html.escape(link)}</guid>"
        f"<pubDate>Tue, 17 Oct 2017 12:00:00 GMT</pubDate><description>{html.escape(d)}</description></item>"
        for t, link, d in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Loopback News</title>'
        f"<link>http://127.0.0.1/</link><description>test</description>{items}</channel></rss>"
    ).encode()


class Newsroom(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = Script()
        self.log: list[Logged] = []
        self.lock = threading.Lock()
        self.reports = reports()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> Newsroom:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.shutdown()
        self.server_close()

    def most_at_once(self) -> int:
        """The most answered requests that were open at one instant (a request the client hung up on is left out:
        when it hung up is the client's to know, not the server's)."""
        with self.lock:
            spans = [(r.at, r.done) for r in self.log if r.done]
        return max((sum(1 for a, b in spans if a <= start < b) for start, _ in spans), default=0)

    # -- what each address answers --------------------------------------------------------------------------------
    def answer(self, path: str, headers: Any) -> tuple[int, dict[str, str], bytes, float]:
        """(status, headers, body, seconds to wait before answering) for a GET."""
        hits = self.script.hits[path] = self.script.hits.get(path, 0) + 1
        r = self.reports
        if path == "/feeds/a.xml":  # conditional GETs: 304 while nothing is new, a new entry in phase 2
            entries = [(r[0][0], f"{self.base}/a/1", r[0][1]), (r[1][0], f"{self.base}/a/2", r[1][1])]
            if self.script.phase >= 2:
                entries.append((r[2][0] + " (update)", f"{self.base}/a/3", r[2][1] + " The offensive went on."))
            etag = f'"a-{len(entries)}"'
            if headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b"", 0.0
            return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, rss(entries), 0.0
        if path == "/feeds/b.xml":  # too many requests first: come back in two seconds
            if hits == 1:
                return 429, {"Retry-After": "2"}, b"slow down", 0.0
            feed = rss([(r[3][0], f"{self.base}/b/1", r[3][1])])
            return 200, {"Content-Type": "application/rss+xml"}, feed, 0.5  # slow, within the limit
        if path == "/feeds/c.xml":  # a server error first; then a teaser and an entry pointing inside the network
            if hits == 1:
                return 500, {}, b"oops", 0.0
            entries = [
                (r[4][0], f"{self.base}/pages/story.html", "A short teaser."),
                ("Internal memo", PRIVATE_LINK, "Read the memo."),
            ]
            return 200, {"Content-Type": "application/rss+xml", "Last-Modified": _now()}, rss(entries), 0.0
        if path == "/pages/story.html":
            body = "".join(f"<p>{html.escape(p)}</p>" for p in r[4][1].split("\n\n"))
            page = (
                f"<!doctype html><html><head><title>{html.escape(r[4][0])}</title></head><body><article>"
                f"<h1>{html.escape(r[4][0])}</h1>{body}</article></body></html>"
            )
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode(), 0.0
        if path == "/feeds/slow.xml":  # never answers within the watcher's limit
            return 200, {"Content-Type": "application/rss+xml"}, rss([]), 5.0
        if path == "/feeds/loop.xml":
            return 302, {"Location": "/feeds/loop2.xml"}, b"", 0.0
        if path == "/feeds/loop2.xml":
            return 302, {"Location": "/feeds/loop.xml"}, b"", 0.0
        return 404, {}, b"not here", 0.0


class _Handler(BaseHTTPRequestHandler):
    server: Newsroom

    def do_GET(self) -> None:
        room = self.server
        status, headers, body, delay = room.answer(self.path, self.headers)
        logged = Logged(self.path, time.time(), status, dict(self.headers.items()))
        with room.lock:
            room.log.append(logged)
        try:
            if delay and not self._wait_while_connected(delay):
                return
            # Stamped before the answer goes out: once it is sent, the client may ask again before this thread
            # runs on, and a stamp taken after would overlap the next request without any concurrency.
            logged.done = time.time()
            send(self, status, body, headers)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the watcher gave up on a slow answer, as it should

    def _wait_while_connected(self, seconds: float) -> bool:
        """Wait, but stop as soon as the client hangs up (it is then no longer in flight)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            readable, _, _ = select.select([self.connection], [], [], 0.05)
            if readable and not self.connection.recv(1, socket.MSG_PEEK):
                return False
        return True

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _now() -> str:
    return format_datetime(datetime.now(UTC), usegmt=True)
