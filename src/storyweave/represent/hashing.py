"""The weight-free fallback: hashed character n-grams and words, sublinear term frequency, L2-normalised.

Character n-grams carry across spelling variants and related languages ("Sello"/"Sillo", "krigere"/"fighters" do
not match, but "Raqqa", "ISIS", "SDF" and numbers do), which is what a fallback without a model can offer.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from storyweave.represent.encoder import Vectors, normalized

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class HashingEncoder:
    name: str = "hashing"
    dim: int = 2**10
    ngram: tuple[int, int] = (3, 5)
    languages: frozenset[str] | None = None

    def encode(self, texts: Sequence[str]) -> Vectors:
        matrix = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            features = self._features(text)
            if not features:
                continue
            hashes = np.fromiter((zlib.crc32(f.encode()) for f in features), dtype=np.uint32, count=len(features))
            signs = np.where(hashes & np.uint32(1 << 31), -1.0, 1.0).astype(np.float32)
            np.add.at(matrix[row], (hashes % np.uint32(self.dim)).astype(np.intp), signs)
        np.log1p(np.abs(matrix), out=np.abs(matrix), where=matrix != 0)
        return normalized(matrix)

    def _features(self, text: str) -> list[str]:
        words = _WORD.findall(text.casefold())
        features = [f"w:{w}" for w in words]
        low, high = self.ngram
        for word in words:
            padded = f" {word} "
            for size in range(low, high + 1):
                features.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
        return features
