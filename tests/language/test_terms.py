"""The one term function: what the clusterer counts and the sentence alignment compares."""

from __future__ import annotations

import math

from storyweave.language.terms import terms


def test_terms_are_sublinear_and_leave_out_stop_words() -> None:
    counts = terms("The SDF took Raqqa. Raqqa fell, and the SDF said so; Raqqa is free.")
    assert "the" not in counts and "and" not in counts
    assert counts["raqqa"] == 1.0 + math.log(3)
    assert counts["sdf"] == 1.0 + math.log(2)


def test_words_are_stemmed_in_their_language() -> None:
    assert terms("fighters killed", "en").keys() == terms("fighter killing", "en").keys()
    assert "krigern" in terms("krigerne", "no") or "kriger" in terms("krigerne", "no")
    assert terms("fighters", None) == {"fighters": 1.0}
