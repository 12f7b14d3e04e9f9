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
