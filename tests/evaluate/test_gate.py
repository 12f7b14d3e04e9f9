"""The quality gate itself: one file holds every floor, floors only rise, and missing data is named, not hidden."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import pytest

from storyweave.evaluate import gate
from tests.conftest import ROOT, SHARED_DATA

FLOORS = "src/storyweave/evaluate/floors.toml"


def test_every_floor_is_read_by_a_test_and_no_test_writes_one_of_its_own() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    for section, floors in gate.load().floors.items():
        for name in floors:
            assert re.search(rf'floor\(\s*"{section}",\s*"{name}"\s*\)', sources), f"no test reads {section}.{name}"


def test_every_section_names_the_data_it_was_measured_on_with_a_checksum() -> None:
    loaded = gate.load()
    for section, files in loaded.needs.items():
        assert files, section
        assert all(name in loaded.checksums for name in files), section


def test_the_data_here_is_the_data_the_floors_were_measured_on() -> None:
    loaded = gate.load()
    changed = [
        name for name in loaded.checksums if gate.data_status(SHARED_DATA, name, loaded.checksums[name]) == "changed"
    ]
    assert not changed, f"these files differ from the ones the floors were measured on: {changed}; re-measure"


def test_without_the_data_every_floor_is_named_as_unchecked(tmp_path: Path) -> None:
    missing = gate.load().missing(tmp_path)
    unchecked = {floor for floors in missing.values() for floor in floors}
    assert unchecked == {f"{s}.{n}" for s, floors in gate.load().floors.items() for n in floors}


def _versions() -> list[tuple[str, str, str]]:
    """(commit, subject, text) of every committed version of the floors file, oldest first."""
    try:
        log = subprocess.run(
            ["git", "log", "--reverse", "--format=%H %s", "--", FLOORS], cwd=ROOT, capture_output=True, text=True
        )
    except OSError:
        return []
    versions = []
    for line in log.stdout.splitlines():
        commit, _, subject = line.partition(" ")
        shown = subprocess.run(["git", "show", f"{commit}:{FLOORS}"], cwd=ROOT, capture_output=True, text=True)
        if shown.returncode == 0:
            versions.append((commit, subject, shown.stdout))
    return versions


def lowered(versions: list[tuple[str, str, str]]) -> list[str]:
    """Each floor that a later version lowers or drops, as 'commit (subject): section.name'."""
    found = []
    for (_, _, older), (commit, subject, newer) in itertools.pairwise(versions):
        before, after = gate.parse(older), gate.parse(newer)
        for section, floors in before.floors.items():
            for name, value in floors.items():
                if after.floors.get(section, {}).get(name, float("-inf")) < value:
                    found.append(f"{commit} ({subject}): {section}.{name}")
    return found


def test_no_committed_version_of_the_floors_lowers_or_drops_a_floor() -> None:
    versions = _versions()
    if not versions:
        pytest.skip("not a git checkout with the floors file committed")
    working = ("working tree", "uncommitted", (ROOT / FLOORS).read_text(encoding="utf-8"))
    assert lowered([*versions, working]) == []


def test_a_lowered_or_dropped_floor_is_caught() -> None:
    text = (ROOT / FLOORS).read_text(encoding="utf-8")
    down = text.replace("rouge1 = 0.457", "rouge1 = 0.400")
    gone = text.replace("right_days = 181\n", "")
    up = text.replace("rouge1 = 0.457", "rouge1 = 0.460")
    versions = [("a", "start", text), ("b", "tweak", down), ("c", "restore", text), ("d", "drop", gone)]
    assert lowered(versions) == ["b (tweak): summaries.rouge1", "d (drop): dates.right_days"]
    assert lowered([("a", "start", text), ("b", "raise", up)]) == []
