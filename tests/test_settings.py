from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.settings import Settings
from tests.conftest import SAMPLE, run_cli


def test_file_then_overrides(tmp_path: Path) -> None:
    config = tmp_path / "storyweave.toml"
    config.write_text("[storyweave]\nmax_bytes = 1000\nbatch_size = 7\n", encoding="utf-8")
    settings = Settings.load(config, max_bytes=2000, batch_size=None)
    assert (settings.max_bytes, settings.batch_size) == (2000, 7)


def test_unknown_or_inconsistent_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown setting"):
        Settings().updated(max_byte=1)
    with pytest.raises(ValueError, match="lsh_bands"):
        Settings().updated(lsh_bands=7)


def test_config_reaches_the_run(tmp_path: Path) -> None:
    config = tmp_path / "storyweave.toml"
    config.write_text("[storyweave]\nmax_bytes = 100\n", encoding="utf-8")
    done = run_cli("run", str(SAMPLE / "001_5ee4c614d0dfb728.txt"), "--out", str(tmp_path), "--config", str(config))
    assert done.returncode == 2 and "over the 0.0001 MB limit" in done.stderr
