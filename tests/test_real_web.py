"""The real web does not stop a run: the shared pages and feeds, and broken copies of them, as a user would run them.

Other tools' test suites wrote these files to break parsers (../shared/data/web: 2,400 pages and feeds in many
languages and encodings). Every one is stored or skipped with one line naming it, the run ends 0 or 2, and every
event gets a digest without an error. `bench/web.py` runs the same over every folder with the default encoder and
prints the figures per folder.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, run_cli
from tests.fuzzing import corrupt, web_files

WEB = SHARED_DATA / "web"
pytestmark = pytest.mark.skipif(not WEB.is_dir(), reason="needs ../shared/data/web")


def _check_run(inputs: Path, out: Path) -> list[dict[str, object]]:
    done = run_cli("run", str(inputs), "--out", str(out), "--encoder", "hashing", "--quiet")
    assert done.returncode in (0, 2), done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    for line in done.stderr.splitlines():
        assert line.startswith(("storyweave: skipped: ", "storyweave: warning: ")), line
        assert "digest failed" not in line, line
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert events, "nothing was stored"
    for event in events:
        assert "error" not in event, (event["id"], event.get("error"))
        assert event.get("timeline") is not None and event.get("entities") is not None, event["id"]
    return events


@pytest.mark.parametrize("folder", ["trafilatura-resources", "feedparser"])
def test_a_folder_of_real_odd_inputs_runs_through(folder: str, tmp_path: Path) -> None:
    _check_run(WEB / folder, tmp_path / "out")


def test_truncated_and_byte_flipped_copies_of_every_file_run_through(tmp_path: Path) -> None:
    """One broken copy of each of the 2,400 files (a fixed seed), laid out as the originals are."""
    rng = random.Random(20261201)
    broken = tmp_path / "broken"
    for path in web_files(WEB):
        _, data = corrupt(rng, path.read_bytes())
        target = broken / path.relative_to(WEB)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    _check_run(broken, tmp_path / "out")
