"""The warm events nearest an article by embedding: the candidate path that finds a report's story in another
language when the two share no word and the story is no longer among the most recently touched events.

An exact search over one matrix of centred centroids, one row for each of the `limit` most recently changed warm
events, so that its cost per article is bounded however long the stream: at 2,048 rows of 384 dimensions a product
with one article is well under a millisecond, where an approximate index would save nothing. Rows are written when
an event changes, centred on its languages' means of that moment; the means move slowly, and the score that
decides is computed afresh.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]


class NearestEvents:
    def __init__(self, dim: int, limit: int = 4096, capacity: int = 1024) -> None:
        self.limit = limit
        capacity = max(1, min(capacity, limit))
        self._matrix: Vector = np.zeros((capacity, dim), dtype=np.float32)
        self._row: OrderedDict[str, int] = OrderedDict()  # least recently put first
        self._ids: list[str | None] = [None] * capacity
        self._free: list[int] = list(range(capacity - 1, -1, -1))

    def __len__(self) -> int:
        return len(self._row)

    def put(self, event_id: str, centred: Vector) -> None:
        """Set an event's row to its centred centroid (normalised here); beyond the limit, the least recently put
        event leaves the index (it stays a candidate by its words and while it is recent)."""
        row = self._row.get(event_id)
        if row is not None:
            self._row.move_to_end(event_id)
        else:
            if len(self._row) >= self.limit:
                self.drop(next(iter(self._row)))
            if not self._free:
                self._grow()
            row = self._free.pop()
            self._row[event_id] = row
            self._ids[row] = event_id
        norm = float(np.linalg.norm(centred))
        self._matrix[row] = centred / norm if norm else 0.0

    def drop(self, event_id: str) -> None:
        row = self._row.pop(event_id, None)
        if row is not None:
            self._matrix[row] = 0.0
            self._ids[row] = None
            self._free.append(row)

    def nearest(self, centred: Vector, k: int) -> list[str]:
        """The ids of the k events whose rows are most like the centred article vector."""
        if not self._row or k <= 0:
            return []
        scores = self._matrix @ centred
        k = min(k, len(self._row))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        return [event_id for event_id in (self._ids[int(i)] for i in top) if event_id is not None]

    def _grow(self) -> None:
        size, dim = self._matrix.shape
        more = min(size, self.limit - size)
        self._matrix = np.vstack([self._matrix, np.zeros((more, dim), dtype=np.float32)])
        self._ids.extend([None] * more)
        self._free.extend(range(size + more - 1, size - 1, -1))
