"""The centre of an encoder's space for news text: the mean embedding of a small, varied, multilingual set of
news sentences shipped with the package (`calibration.txt`, written for this purpose).

Multilingual e5 puts all text in a narrow cone (unrelated news pairs still score about 0.75); subtracting this
centre before a cosine spreads same-event and different-event pairs apart without needing a corpus first.
"""

from __future__ import annotations

from importlib import resources

import numpy as np

from storyweave.represent.encoder import Encoder, Vectors


def calibration_texts() -> list[str]:
    text = resources.files("storyweave.represent").joinpath("calibration.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def centre(encoder: Encoder) -> Vectors:
    vectors = encoder.encode(calibration_texts())
    mean: Vectors = vectors.mean(axis=0).astype(np.float32)
    return mean
