"""Near-duplicate detection: MinHash signatures over word shingles, banded for LSH lookups in the store.

Exact copies share a content id already; this finds the wire story that two sites ran with a changed headline, an
added byline or a trimmed paragraph. Signatures are vectorised (one multiply-shift hash family over all shingles at
once) and stable across processes, because the store keeps them and later runs compare against them.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 20171017
Signature = npt.NDArray[np.uint32]


@dataclass(frozen=True, slots=True)
class MinHasher:
    permutations: int = 128
    bands: int = 16
    shingle_words: int = 3

    def signature(self, text: str) -> Signature | None:
        """The text's signature, or None when it is too short to be compared other than exactly."""
        words = _WORD.findall(text.casefold())
        if len(words) < self.shingle_words * 4:
            return None
        size = self.shingle_words
        shingles = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
        hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
        multipliers, offsets = _family(self.permutations)
        with np.errstate(over="ignore"):
            mixed = hashes[:, None] * multipliers[None, :] + offsets[None, :]
        signature: Signature = (mixed.min(axis=0) >> np.uint64(32)).astype(np.uint32)
        return signature

    def band_keys(self, signature: Signature) -> list[int]:
        """One signed 64-bit key per band (SQLite integers are signed), salted by the band's number."""
        rows = self.permutations // self.bands
        weights, salts = _band_family(rows, self.bands)
        with np.errstate(over="ignore"):
            keys = (signature.reshape(self.bands, rows).astype(np.uint64) * weights[None, :]).sum(axis=1) ^ salts
        return [int(k) for k in keys.view(np.int64)]


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


@lru_cache(maxsize=8)
def _family(permutations: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    generator = np.random.default_rng(_SEED)
    multipliers = generator.integers(1, 2**63, size=permutations, dtype=np.uint64) | np.uint64(1)
    offsets = generator.integers(0, 2**63, size=permutations, dtype=np.uint64)
    return multipliers, offsets


@lru_cache(maxsize=8)
def _band_family(rows: int, bands: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    generator = np.random.default_rng(_SEED + 1)
    weights = generator.integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)
    salts = generator.integers(0, 2**63, size=bands, dtype=np.uint64)
    return weights, salts
