"""Ingest: any input (text, HTML, feeds, JSON/JSONL; files, directories or stdin) as a stream of Articles.

Problems come through the same stream as values, never as exceptions, so one bad file is one line in the report
and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from storyweave.ingest.registry import READERS, choose
from storyweave.ingest.source import STDIN, Input, check_size, expand, read_stdin
from storyweave.model import Article
from storyweave.problems import InputError, Problem, describe
from storyweave.settings import Settings

__all__ = ["READERS", "Input", "inputs", "read_input", "read_paths"]


def inputs(
    paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None, exclude: Iterable[Path] = ()
) -> Iterator[Input | Problem]:
    """The inputs named by the paths, in order; a path that cannot be opened at all comes back as a Problem.

    `exclude` names files never to read (the run's own store and exports, when they lie inside its input).
    """
    for item in expand(paths, exclude):
        if isinstance(item, InputError):
            where, _, reason = str(item).partition(": ")
            yield Problem(where, reason)
        elif item.name == STDIN:
            try:
                yield read_stdin(settings.max_bytes, stdin)
            except InputError as error:
                yield Problem("<stdin>", str(error))
        else:
            yield item


def read_paths(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Problem]:
    for item in inputs(paths, settings, stdin):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_input(item, settings)


def read_input(item: Input, settings: Settings) -> Iterator[Article | Problem]:
    """Every article of one input; a failure of the whole input becomes one Problem naming it."""
    try:
        check_size(item, settings.max_bytes)
        reader = choose(item)
        path = STDIN if item.path is None and item.name == "<stdin>" else item.name
        for found in reader.read(item, settings):
            yield replace(found, path=path) if isinstance(found, Article) else found
    except InputError as error:
        yield Problem(item.name, str(error))
    except Exception as error:  # a reader's or a parser's bug costs this input, never the run
        yield Problem(item.name, f"could not be read ({describe(error)})")
