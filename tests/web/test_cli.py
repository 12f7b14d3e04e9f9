"""`storyweave serve` and `report` as a user runs them: a missing store is one clear line and exit 1."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli


def test_serve_without_a_store(tmp_path: Path) -> None:
    done = run_cli("serve", "--store", str(tmp_path / "missing.db"))
    assert done.returncode == 1
    assert done.stderr.strip().startswith("storyweave: no store at")
    assert "Traceback" not in done.stderr


def test_serve_help_names_loopback() -> None:
    done = run_cli("serve", "--help")
    assert done.returncode == 0 and "127.0.0.1" in done.stdout and "--port" in done.stdout
