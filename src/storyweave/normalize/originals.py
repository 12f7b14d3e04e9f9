"""Whether an arriving article is one the store holds already: the same content id, a known copy's id, or a near
copy (MinHash over word shingles, LSH candidates from the store) at or above the duplicate threshold.

The decision is the normaliser's; the pipeline only stores the article or folds it into the original found here.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyweave.normalize.dedup import Signature, similarity
from storyweave.store import Store


@dataclass(frozen=True, slots=True)
class Original:
    """The stored article an arriving one duplicates, and how alike they are (1.0 for the same content)."""

    article_id: str
    similarity: float


def find_original(
    store: Store, article_id: str, signature: Signature | None, keys: list[int], threshold: float
) -> Original | None:
    known = _known_as(store, article_id)
    if known is not None:
        return Original(known, 1.0)
    if signature is None:
        return None
    best = max(
        ((similarity(signature, other), other_id) for other_id, other in store.lsh_candidates(keys)),
        default=(0.0, ""),
    )
    return Original(best[1], best[0]) if best[0] >= threshold else None


def _known_as(store: Store, article_id: str) -> str | None:
    """The stored canonical article this id is, or is a known copy of."""
    if store.source_of(article_id) is not None:
        return article_id
    return store.canonical_of(article_id)
