"""`storyweave watch` and `storyweave sources import`: the live newsroom's commands."""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

import click

from storyweave.live.sources import DEFAULT_INTERVAL, SourcesError, import_opml, load_sources
from storyweave.live.watch import Cycle, Watcher
from storyweave.options import (
    config_option,
    encoder_option,
    load_settings,
    out_option,
    resolve_store,
    store_option,
    warn_beyond_loopback,
    web_app,
)
from storyweave.represent.encoder import MissingDependency
from storyweave.represent.registry import get_encoder
from storyweave.store import Store

EXIT_ERROR = 1


@click.command("watch")
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="TOML file of the feeds, pages and folders to follow (see README, Watching).",
)
@out_option("Directory whose storyweave.db to add to, unless --store is given.")
@store_option
@config_option
@encoder_option
@click.option("--serve", is_flag=True, help="Also serve the store's pages while watching.")
@click.option("--host", default="127.0.0.1", show_default=True, help="With --serve: the address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="With --serve: port.")
@click.option("--once", is_flag=True, help="Poll every source once, then stop (for cron, and for tests).")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems, not a line per poll.")
def watch_command(
    sources_file: Path,
    out_dir: Path,
    store_path: Path | None,
    config: Path | None,
    encoder: str | None,
    serve: bool,
    host: str,
    port: int,
    once: bool,
    quiet: bool,
) -> None:
    """Follow feeds, pages and folders as news breaks: poll each source at its interval (politely: conditional
    requests, backoff, Retry-After, one request at a time per host), add what is new to the store and keep every
    digest current. Ctrl-C stops after the current step; a second Ctrl-C stops at once (the store loses nothing
    either way, and a restarted watcher goes on where it stopped)."""
    try:
        sources = load_sources(sources_file)
    except SourcesError as error:
        click.echo(f"storyweave: {error}", err=True)
        sys.exit(EXIT_ERROR)
    settings = load_settings(config, encoder=encoder)
    store_file = resolve_store(out_dir, store_path)
    store_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        model = get_encoder(settings.encoder)
    except MissingDependency as error:
        click.echo(f"storyweave: {error}", err=True)
        sys.exit(EXIT_ERROR)
    stop = threading.Event()
    _stop_on_signals(stop)
    server = _serve(store_file, host, port) if serve else None
    with Store(store_file) as store:
        watcher = Watcher(sources, store, settings, model, on_cycle=None if quiet else _print_cycle)
        click.echo(
            f"Watching {len(sources.sources)} source(s) into {store_file}"
            + (f", serving http://{host}:{port}/" if serve else "")
            + (" (Ctrl-C stops)" if not once else ""),
            err=True,
        )
        try:
            watcher.run(stop, once=once)
        finally:
            if server is not None:
                server.should_exit = True
    click.echo("Stopped." if stop.is_set() else "Done.", err=True)


@click.group("sources")
def sources_group() -> None:
    """The sources file `watch` follows."""


@sources_group.command("import")
@click.argument("opml", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("sources.toml"),
    show_default=True,
    help="The sources file to add the feeds to (made when missing).",
)
@click.option("--interval", type=click.IntRange(1), default=DEFAULT_INTERVAL, show_default=True, help="Seconds.")
def import_command(opml: Path, sources_file: Path, interval: int) -> None:
    """Add the feeds of an OPML file (a feed reader's export) to the sources file."""
    try:
        added, present = import_opml(opml, sources_file, interval)
    except SourcesError as error:
        click.echo(f"storyweave: {error}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{sources_file}: {added} feed(s) added, {present} already there")


def _print_cycle(cycle: Cycle) -> None:
    for problem in cycle.problems:
        click.echo(f"storyweave: {problem}", err=True)
    line = f"{cycle.source}: {cycle.status}"
    if cycle.new:
        report = cycle.report
        line += f"; {cycle.new} new"
        if report is not None:
            line += (
                f", {report.new} stored, {len(report.events_started)} new event(s), {len(report.digested)} digest(s)"
            )
    click.echo(line, err=True)


def _stop_on_signals(stop: threading.Event) -> None:
    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            os._exit(130)  # the second Ctrl-C: at once (each stored batch is already committed)
        stop.set()
        click.echo("storyweave: stopping after the current step (Ctrl-C again to stop at once)", err=True)

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)


def _serve(store_file: Path, host: str, port: int) -> Any:
    """The web app on the same store, in a thread beside the watcher."""
    uvicorn, create_app = web_app("--serve")
    warn_beyond_loopback(host)
    if not store_file.exists():
        with Store(store_file):
            pass  # the app reads a store that exists; an empty one until the first poll lands
    server = uvicorn.Server(uvicorn.Config(create_app(store_file), host=host, port=port, log_level="warning"))
    # uvicorn installs no signal handlers outside the main thread: Ctrl-C stays the watcher's.
    threading.Thread(target=server.run, name="storyweave-serve", daemon=True).start()
    return server
