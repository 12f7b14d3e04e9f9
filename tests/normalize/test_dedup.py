from __future__ import annotations

import subprocess
import sys

from storyweave.normalize.dedup import MinHasher, similarity
from tests.conftest import SAMPLE

TEXT = (SAMPLE / "002_bf88420b8b3b2bfa.txt").read_text(encoding="utf-8")


def test_near_copy_is_similar_and_an_unrelated_report_is_not() -> None:
    hasher = MinHasher()
    edited = TEXT.replace("The Associated Press contributed to this report.", "Reporting by staff; editing by desk.")
    edited = edited.replace("huge blow", "major blow")
    original, near, other = (
        hasher.signature(TEXT),
        hasher.signature(edited),
        hasher.signature((SAMPLE / "003_0d31f08f7a82d1db.txt").read_text(encoding="utf-8")),
    )
    assert original is not None and near is not None and other is not None
    assert similarity(original, near) >= 0.8
    assert similarity(original, other) < 0.2
    assert set(hasher.band_keys(original)) & set(hasher.band_keys(near))


def test_short_text_has_no_signature() -> None:
    assert MinHasher().signature("Too short to compare.") is None


def test_signatures_are_stable_across_processes() -> None:
    """The store keeps signatures, so a later run (another process, another hash seed) must compute the same."""
    code = (
        "import sys; from storyweave.normalize.dedup import MinHasher; "
        "print(MinHasher().band_keys(MinHasher().signature(sys.stdin.read())))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], input=TEXT, capture_output=True, text=True, env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1 and runs.pop().startswith("[")
