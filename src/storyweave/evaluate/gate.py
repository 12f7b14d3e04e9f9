"""The quality gate: the floors of every evaluation, read from one committed file (floors.toml).

Tests ask the gate for their floors instead of writing them down, so a floor can only be lowered by editing that
file, and the file's history can be checked for a floor that went down. The gate also knows which shared data
each floor was measured on, with its checksum, so a run without the data can say exactly what went unchecked.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

FLOORS_FILE = Path(__file__).with_name("floors.toml")


@dataclass(frozen=True)
class Gate:
    """The floors by section and name, and the data files (with checksums) each section needs."""

    floors: dict[str, dict[str, float]]
    needs: dict[str, tuple[str, ...]]
    checksums: dict[str, str] = field(default_factory=dict)

    def floor(self, section: str, name: str) -> float:
        try:
            return self.floors[section][name]
        except KeyError as error:
            raise KeyError(f"no floor {section}.{name} in {FLOORS_FILE.name}") from error

    def missing(self, data_root: Path) -> dict[str, list[str]]:
        """Data file -> the floors that cannot be checked without it (absent, or not the file they were measured on)."""
        unchecked: dict[str, list[str]] = {}
        for section, files in self.needs.items():
            for name in files:
                if data_status(data_root, name, self.checksums.get(name)) != "ok":
                    unchecked.setdefault(name, []).extend(f"{section}.{key}" for key in self.floors[section])
        return unchecked


def parse(text: str) -> Gate:
    table: dict[str, Any] = tomllib.loads(text)
    checksums = {str(k): str(v) for k, v in table.pop("data", {}).items()}
    floors: dict[str, dict[str, float]] = {}
    needs: dict[str, tuple[str, ...]] = {}
    for section, values in table.items():
        needs[section] = tuple(values.get("data", ()))
        floors[section] = {k: float(v) for k, v in values.items() if k != "data"}
    return Gate(floors, needs, checksums)


@lru_cache(maxsize=1)
def load() -> Gate:
    return parse(FLOORS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def data_status(data_root: Path, name: str, checksum: str | None) -> str:
    """'ok', 'missing', or 'changed' (present, but not the file the floors were measured on)."""
    path = data_root / name
    if not path.is_file():
        return "missing"
    if checksum is None:
        return "ok"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return "ok" if digest.hexdigest().startswith(checksum) else "changed"
