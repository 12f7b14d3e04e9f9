"""One polite, bounded HTTP GET of an untrusted URL.

Politeness is what feed readers do: a User-Agent that names the project, conditional requests (ETag and
Last-Modified) so an unchanged feed costs a 304, and the server's Retry-After honoured. Bounds are what make a
hostile or broken server harmless: a deadline for the whole response (not only per read, so a server trickling one
byte a second is cut too), a size limit counted after decompression (a gzip bomb stops at the limit), redirects
capped and each one checked again (`safety.check`), and only the content types the caller can read.
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

from storyweave import __version__
from storyweave.live.safety import Refused, Target, check

USER_AGENT = f"storyweave/{__version__} (news event digests; +https://pypi.org/project/storyweave/)"
FEED_TYPES = ("xml", "rss", "atom", "json")  # application/rss+xml, text/xml, application/feed+json, …
PAGE_TYPES = ("text/html", "application/xhtml")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 65536


class FetchError(Exception):
    """A fetch that gave nothing to read; `retry_after` (seconds) when the server said when to come back."""

    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 (body empty) when the validators matched
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    redirects: int = 5


def fetch(
    url: str,
    allow_hosts: frozenset[str],
    limits: Limits,
    *,
    accept: tuple[str, ...] = FEED_TYPES + PAGE_TYPES,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET the URL, following at most `limits.redirects` checked redirects; raises Refused or FetchError."""
    deadline = time.monotonic() + limits.timeout
    seen = {url}
    current = url
    for _ in range(limits.redirects + 1):
        target = check(current, allow_hosts)
        headers = {
            "Host": target.host_header,
            "User-Agent": USER_AGENT,
            "Accept": "application/atom+xml, application/rss+xml, application/feed+json, application/xml;q=0.9,"
            " text/html;q=0.8, */*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }
        if etag and current == url:
            headers["If-None-Match"] = etag
        if last_modified and current == url:
            headers["If-Modified-Since"] = last_modified
        connection = _connection(target, deadline)
        try:
            connection.request("GET", target.request, headers=headers)
            response = connection.getresponse()
            status = response.status
            if status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"HTTP {status} without a Location", status)
                current = urljoin(current, location.strip())
                if current in seen:
                    raise FetchError("redirect loop", status)
                seen.add(current)
                continue
            if status == 304:
                return Fetched(current, 304, b"", "", etag, last_modified)
            if status != 200:
                retry = retry_after(response.getheader("Retry-After"))
                raise FetchError(f"HTTP {status} {response.reason}".strip(), status, retry)
            kind = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if kind and not any(a in kind for a in accept):
                raise FetchError(f"content type {kind} is not one read here", status)
            body = _body(response, limits, deadline)
            return Fetched(current, 200, body, kind, response.getheader("ETag"), response.getheader("Last-Modified"))
        except TimeoutError as error:
            raise FetchError(f"no answer within {limits.timeout:g} s") from error
        except (OSError, http.client.HTTPException) as error:
            if isinstance(error, ssl.SSLCertVerificationError):
                raise FetchError(f"TLS certificate not valid ({error.verify_message})") from error
            raise FetchError(f"connection failed ({type(error).__name__}: {error})") from error
        finally:
            connection.close()
    raise FetchError(f"more than {limits.redirects} redirects")


def _connection(target: Target, deadline: float) -> http.client.HTTPConnection:
    """A connection to the address that was checked (never the name resolved again), TLS verified for the name."""
    timeout = max(0.1, deadline - time.monotonic())
    if target.scheme == "https":
        return _PinnedHTTPS(target, timeout)
    connection = http.client.HTTPConnection(target.address, target.port, timeout=timeout)
    return connection


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.address, target.port, timeout=timeout, context=ssl.create_default_context())
        self._target = target

    def connect(self) -> None:
        sock = socket.create_connection((self._target.address, self._target.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self._target.host)  # type: ignore[attr-defined]


def _body(response: http.client.HTTPResponse, limits: Limits, deadline: float) -> bytes:
    """The body, decompressed, cut with an error at the size limit or the deadline."""
    encoding = (response.getheader("Content-Encoding") or "").strip().lower()
    inflate = zlib.decompressobj(47) if encoding in ("gzip", "x-gzip", "deflate") else None
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"response not finished within {limits.timeout:g} s")
        chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        if not chunk:
            break
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, limits.max_bytes - size + 1)
            except zlib.error as error:
                raise FetchError(f"body not {encoding} data ({error})") from error
            if inflate.unconsumed_tail:
                raise FetchError(f"decompressed past the {limits.max_bytes:,} byte limit")
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(f"longer than the {limits.max_bytes:,} byte limit")
        parts.append(chunk)
    return b"".join(parts)


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


__all__ = ["FEED_TYPES", "PAGE_TYPES", "USER_AGENT", "FetchError", "Fetched", "Limits", "Refused", "fetch"]
