"""One read-only store per request.

Each request opens its own read-only connection and reads inside one short transaction (a consistent WAL snapshot
that never outlives the request), so a `storyweave run` writing to the same store neither blocks the pages nor is
blocked by them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from storyweave.store import Store


@contextmanager
def reading(request: Request) -> Iterator[Store]:
    """A read-only store for one request, in one read transaction, closed before the response is rendered."""
    store = Store(request.app.state.store_path, readonly=True)
    try:
        with store.snapshot():
            yield store
    finally:
        store.close()
