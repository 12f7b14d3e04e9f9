"""Inputs as the run sees them: files (found recursively under directories), or standard input.

Sizes are checked before anything is read, and standard input is read at most one byte past the limit, so a
200 MB input is refused in bounded memory.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storyweave.problems import InputError

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(frozen=True, slots=True)
class Input:
    """One input: a named file, or data already read (standard input, tests)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    @property
    def compressed(self) -> bool:
        return self.name.endswith(".gz")

    @property
    def suffix(self) -> str:
        """The format suffix, looking through a trailing .gz."""
        name = self.name[:-3] if self.compressed else self.name
        return Path(name).suffix.lower()

    def open(self) -> BinaryIO:
        """The content, decompressed when it is gzip (by its magic bytes, whatever its name or origin)."""
        if self.data is not None:
            raw: BinaryIO = io.BytesIO(self.data)
            magic = self.data[:2]
        else:
            assert self.path is not None
            try:
                handle = self.path.open("rb")
            except OSError as error:
                raise InputError(f"cannot read: {error.strerror or error}") from error
            raw, magic = handle, handle.peek(2)[:2]
        if magic == GZIP_MAGIC:
            return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        if self.compressed:
            raw.close()
            raise InputError("cannot read: named .gz but not gzip data")
        return raw

    def read_all(self, max_bytes: int) -> bytes:
        """The whole (decompressed) content, refusing it once it passes max_bytes without reading further."""
        try:
            with self.open() as handle:
                data = handle.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(f"cannot read: {error}") from error
        if len(data) > max_bytes:
            raise InputError(f"larger than the {_mb(max_bytes)} limit (setting max_bytes)")
        return data

    def head(self, size: int = 4096) -> bytes:
        try:
            with self.open() as handle:
                return handle.read(size)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(f"cannot read: {error}") from error


def _mb(size: int) -> str:
    return f"{size / 1_000_000:g} MB"


def check_size(item: Input, max_bytes: int) -> None:
    """Refuse an oversized or unreadable file from its metadata alone."""
    if item.path is None:
        return
    try:
        stat = item.path.stat()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from error
    if not item.path.is_file():
        raise InputError("not a regular file")
    if stat.st_size > max_bytes:
        raise InputError(f"file is {_mb(stat.st_size)}, over the {_mb(max_bytes)} limit (setting max_bytes)")
    if not os.access(item.path, os.R_OK):
        raise InputError("cannot read: permission denied")


def read_stdin(max_bytes: int, stream: BinaryIO | None = None) -> Input:
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"larger than the {_mb(max_bytes)} limit (setting max_bytes)")
    return Input(name="<stdin>", data=data)


def expand(paths: Iterable[str], exclude: Iterable[Path] = ()) -> Iterator[Input | InputError]:
    """Each path as inputs: directories recursively in a stable order, `-` as standard input (read later).

    A path that does not exist comes back as an InputError carrying its name, so the run can report it and go on.
    Files in `exclude` (the run's own store and exports, when its output lies inside its input) are passed over.
    """
    excluded = {_identity(path) for path in exclude}
    for item in _expand(paths):
        if isinstance(item, Input) and item.path is not None and excluded and _identity(item.path) in excluded:
            continue
        yield item


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _expand(paths: Iterable[str]) -> Iterator[Input | InputError]:
    for raw in paths:
        if raw == STDIN:
            yield Input(name=STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name in _SKIP_NAMES:
                        continue
                    child = Path(root) / name
                    yield Input(name=str(child), path=child)
        elif path.exists() or path.is_symlink():
            yield Input(name=str(path), path=path)
        else:
            yield InputError(f"{raw}: cannot read: no such file or directory")
