"""The fetcher's bounds against a loopback server that misbehaves: no mocks, real sockets."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyweave.live.fetch import PAGE_TYPES, FetchError, Limits, fetch, retry_after
from storyweave.live.safety import Refused
from tests.live.loopback import send

ALLOW = frozenset({"127.0.0.1"})
BOMB = gzip.compress(b"\0" * 50_000_000)  # 50 MB of zeros in about 50 kB


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path
        if path == "/endless":  # a page that never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"<p>more</p>" * 1000)
            except OSError:
                return
        if path == "/trickle":  # one byte at a time, for ever: each read is quick, the whole never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                return
        if path == "/bomb":
            self._send(200, BOMB, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"})
        elif path == "/gzipped":
            self._send(
                200, gzip.compress(b"<rss/>"), {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
            )
        elif path == "/image":
            self._send(200, b"\x89PNG", {"Content-Type": "image/png"})
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, b"", {"Location": f"/hop/{n + 1}"})
        elif path == "/inside":
            self._send(302, b"", {"Location": "http://10.1.2.3/secret"})
        elif path == "/tagged":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304, b"", {"ETag": '"v1"'})
            else:
                self._send(200, b"<rss/>", {"Content-Type": "application/rss+xml", "ETag": '"v1"'})
        elif path == "/busy":
            self._send(503, b"busy", {"Retry-After": "7"})
        else:
            self._send(404, b"", {})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        send(self, status, body, headers)

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


LIMITS = Limits(timeout=2.0, max_bytes=1_000_000, redirects=3)


def test_a_page_that_never_ends_is_cut_at_the_size_limit(base: str) -> None:
    with pytest.raises(FetchError, match="limit"):
        fetch(f"{base}/endless", ALLOW, LIMITS)


def test_a_trickle_is_cut_at_the_deadline_for_the_whole_response(base: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 2 s"):
        fetch(f"{base}/trickle", ALLOW, LIMITS)
    assert time.monotonic() - started < 4


def test_a_decompression_bomb_stops_at_the_limit_and_honest_gzip_is_read(base: str) -> None:
    with pytest.raises(FetchError, match="decompressed past"):
        fetch(f"{base}/bomb", ALLOW, LIMITS)
    assert fetch(f"{base}/gzipped", ALLOW, LIMITS).body == b"<rss/>"


def test_content_types_are_checked(base: str) -> None:
    with pytest.raises(FetchError, match="image/png"):
        fetch(f"{base}/image", ALLOW, LIMITS)
    with pytest.raises(FetchError, match="application/rss"):
        fetch(f"{base}/tagged", ALLOW, LIMITS, accept=PAGE_TYPES)


def test_redirects_are_capped_and_each_is_checked_again(base: str) -> None:
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(f"{base}/hop/0", ALLOW, LIMITS)
    with pytest.raises(Refused, match="private"):
        fetch(f"{base}/inside", ALLOW, LIMITS)


def test_conditional_requests_and_retry_after(base: str) -> None:
    first = fetch(f"{base}/tagged", ALLOW, LIMITS)
    again = fetch(f"{base}/tagged", ALLOW, LIMITS, etag=first.etag)
    assert (first.status, first.etag, again.status, again.body) == (200, '"v1"', 304, b"")
    with pytest.raises(FetchError) as busy:
        fetch(f"{base}/busy", ALLOW, LIMITS)
    assert (busy.value.status, busy.value.retry_after) == (503, 7.0)


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # long past: at once
    assert retry_after("soon") is None and retry_after(None) is None


def test_the_loopback_server_itself_is_refused_unless_allowed(base: str) -> None:
    with pytest.raises(Refused, match="loopback"):
        fetch(f"{base}/tagged", frozenset(), LIMITS)
