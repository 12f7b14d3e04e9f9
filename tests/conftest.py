from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storyweave.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def seeds() -> Path:
    return SAMPLE


def good_report(title: str, body: str) -> str:
    """A plain-text report in the seeds' shape: headline, blank line, paragraphs."""
    return f"{title}\n\n{body}\n"


def run_cli(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a subprocess, as a user runs it; output decoded for the assertions."""
    done = subprocess.run(
        [sys.executable, "-m", "storyweave.cli", *args], input=stdin, capture_output=True, cwd=cwd, timeout=600
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say loudly which quality floors this run could not check, because the shared data is not beside it."""
    from storyweave.evaluate import gate

    missing = gate.load().missing(SHARED_DATA)
    if not missing:
        return
    terminalreporter.write_sep("!", "QUALITY GATE: floors NOT checked", red=True, bold=True)
    for name, floors in sorted(missing.items()):
        status = gate.data_status(SHARED_DATA, name, gate.load().checksums.get(name))
        terminalreporter.write_line(f"{SHARED_DATA / name} is {status}: {', '.join(sorted(set(floors)))} unchecked")
