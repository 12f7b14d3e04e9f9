"""The `storyweave` command: a thin shell over the library.

Exit codes mean something: 0 when every input was read, 2 when some were skipped (each named on stderr), 1 when
the run itself failed or `--strict` stopped it.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import click

from storyweave import __version__
from storyweave.cluster.builder import EncoderMismatch
from storyweave.evaluate.cli import evaluate
from storyweave.live.cli import sources_group, watch_command
from storyweave.options import (
    config_option,
    encoder_option,
    load_settings,
    out_option,
    resolve_store,
    store_option,
    summary_options,
    warn_beyond_loopback,
    web_app,
)
from storyweave.pipeline import RunReport, StrictStop, run
from storyweave.problems import Problem
from storyweave.publish.events import write_events
from storyweave.publish.export import FORMATS, export
from storyweave.publish.jsonl import write_articles
from storyweave.publish.markdown import UnknownEvent, render_event, render_index
from storyweave.represent.encoder import MissingDependency
from storyweave.store import Store
from storyweave.store.tables import TABLES

EXIT_OK, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyweave")
def main() -> None:
    """storyweave reads news reports in many languages and formats, stores them, and (as it grows) groups them
    into events with cited digests.

    Start with `storyweave run PATH... --out DIR`.
    """


@main.command("run")
@click.argument("paths", nargs=-1, required=True)
@out_option("Directory for articles.jsonl and events.jsonl (and the store, unless --store is given).")
@store_option
@config_option
@click.option("--max-bytes", type=int, default=None, help="Refuse inputs larger than this (default 50 MB).")
@encoder_option
@summary_options
@click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read (exit 1).")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems, not the summary.")
def run_command(
    paths: tuple[str, ...],
    out_dir: Path,
    store_path: Path | None,
    config: Path | None,
    max_bytes: int | None,
    encoder: str | None,
    summary_language: str | None,
    summary_words: int | None,
    llm_url: str | None,
    llm_model: str | None,
    summariser: str | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Ingest PATHS (files, directories, or - for stdin), normalise and store the articles, group them into
    events, and write OUT/articles.jsonl and OUT/events.jsonl.

    Text, HTML, RSS/Atom/RDF, JSON Feed and JSON/JSONL (gzipped or not) are recognised by content and suffix;
    sitemaps, other XML and SQLite files are skipped with their reason, and the run's own store and exports are
    never read. Inputs that cannot be read are named on stderr with the reason, one line each; the rest of the
    run goes on. Page furniture (lines recurring in unrelated articles) gives no sentences.
    """
    settings = load_settings(
        config,
        max_bytes=max_bytes,
        encoder=encoder,
        summary_language=summary_language,
        summary_words=summary_words,
        llm_url=llm_url,
        llm_model=llm_model,
        summariser=summariser,
    )
    store_file = resolve_store(out_dir, store_path)
    progress = _Progress() if sys.stderr.isatty() and not quiet else None
    try:
        store = Store(store_file)
    except Exception as error:
        click.echo(f"storyweave: cannot open store {store_file}: {error}", err=True)
        sys.exit(EXIT_ERROR)
    articles_file = out_dir / "articles.jsonl"
    events_file = out_dir / "events.jsonl"
    with store:
        try:
            report = run(
                paths,
                store,
                settings,
                exclude=[articles_file, events_file],
                strict=strict,
                on_problem=_print_problem(progress),
                on_progress=progress.update if progress else None,
            )
        except StrictStop as stop:
            click.echo(f"storyweave: stopped at the first unreadable input (--strict): {stop.problem}", err=True)
            sys.exit(EXIT_ERROR)
        except (EncoderMismatch, MissingDependency, ValueError) as error:
            click.echo(f"storyweave: {error}", err=True)
            sys.exit(EXIT_ERROR)
        except sqlite3.Error as error:  # the store itself failed (disk full, corruption): stop, keep what committed
            click.echo(
                f"storyweave: the store {store_file} failed ({error}); the batch under way was not written,"
                " everything committed before it is kept",
                err=True,
            )
            sys.exit(EXIT_ERROR)
        if progress:
            progress.done()
        exported = write_articles(store.iter_articles(), articles_file)
        write_events(store, events_file)
        if not quiet:
            _summary(report, store, store_file, articles_file, exported)
            _events_summary(report, store, events_file)
    sys.exit(EXIT_SKIPPED if report.skipped else EXIT_OK)


@main.command("show")
@click.argument("event_id", required=False)
@out_option("Directory whose storyweave.db to read (as `run --out` wrote it), unless --store is given.")
@store_option
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"]),
    default=None,
    help="Show the digest as it stood at this time (UTC), from the stored revisions.",
)
def show_command(event_id: str | None, out_dir: Path, store_path: Path | None, as_of: datetime | None) -> None:
    """Print EVENT_ID's digest as Markdown: summary, timeline, facts, entities, quotes, reports, and the sentences
    every line cites. Without EVENT_ID, list the events.
    """
    when = as_of.replace(tzinfo=UTC).isoformat(timespec="seconds") if as_of else None
    store_file = resolve_store(out_dir, store_path)
    if not store_file.is_file():
        click.echo(f"storyweave: no store at {store_file} (run `storyweave run PATH... --out DIR` first)", err=True)
        sys.exit(EXIT_ERROR)
    try:
        with Store(store_file, readonly=True) as store:
            text = render_event(store, event_id, when) if event_id else render_index(store)
    except UnknownEvent:
        if when:
            click.echo(f"storyweave: no digest of event {event_id!r} at {when} in {store_file}", err=True)
            sys.exit(EXIT_ERROR)
        click.echo(f"storyweave: no event {event_id!r} in {store_file} (`storyweave show` lists them)", err=True)
        sys.exit(EXIT_ERROR)
    except sqlite3.Error as error:
        click.echo(f"storyweave: cannot read store {store_file}: {error}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(text, nl=False)


@main.command("export")
@click.option(
    "--store",
    "store_path",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="SQLite store to export (as `run` or `watch` wrote it).",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(FORMATS),
    default="parquet",
    show_default=True,
    help="Parquet (needs the export extra) or JSON Lines.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Directory for one file per table: articles, sentences, events, memberships, digests.",
)
@click.option("--tables", default=",".join(TABLES), show_default=True, help="Which tables, comma-separated.")
def export_command(store_path: Path, format_: str, out_dir: Path, tables: str) -> None:
    """Export the store's tables as Parquet (DuckDB, Polars, Spark) or JSON Lines, a batch at a time."""
    chosen = [t.strip() for t in tables.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in TABLES]
    if unknown:
        click.echo(f"storyweave: no table {unknown[0]!r} to export (tables: {', '.join(TABLES)})", err=True)
        sys.exit(EXIT_ERROR)
    try:
        with Store(_readable_store(store_path), readonly=True) as store:
            written = export(store, out_dir, format_, chosen)
    except MissingDependency as missing:
        click.echo(f"storyweave: {missing}", err=True)
        sys.exit(EXIT_ERROR)
    except (sqlite3.Error, OSError) as error:
        click.echo(f"storyweave: cannot export {store_path} to {out_dir}: {error}", err=True)
        sys.exit(EXIT_ERROR)
    for item in written:
        click.echo(f"{item.table}: {item.rows} rows -> {item.path}")


@main.command("serve")
@out_option("Directory whose storyweave.db to serve (as `run --out` wrote it), unless --store is given.")
@store_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback: this machine only)."
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
def serve_command(out_dir: Path, store_path: Path | None, host: str, port: int) -> None:
    """Browse the store in a web browser: events newest first with search, each event's digest with its citations
    linked to the sentences they cite, and the same data as JSON under /api (OpenAPI schema at /openapi.json). Read-only, so it
    can run while `storyweave run` adds to the same store.
    """
    store_file = _readable_store(resolve_store(out_dir, store_path))
    uvicorn, create_app = web_app("serve")
    warn_beyond_loopback(host)
    click.echo(f"Serving {store_file} at http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(store_file), host=host, port=port, log_level="warning")


@main.command("report")
@out_option("Directory to write the static site to (index.html, events/, articles/, static/).")
@store_option
def report_command(out_dir: Path, store_path: Path | None) -> None:
    """Write the pages `serve` shows as a static site that opens from disk: OUT/index.html lists the events, one
    page per event holds its digest, one page per report its numbered sentences. --store is required.
    """
    if store_path is None:
        click.echo("storyweave: report needs --store PATH (the store to read) and --out DIR (where to write)", err=True)
        sys.exit(EXIT_ERROR)
    store_file = _readable_store(store_path)
    try:
        from storyweave.web.report import write_report
    except ImportError as error:
        click.echo(
            f"storyweave: report needs the 'web' extra (pip install 'storyweave[web]'; missing {error.name})", err=True
        )
        sys.exit(EXIT_ERROR)
    try:
        written = write_report(store_file, out_dir)
    except OSError as error:
        click.echo(f"storyweave: cannot write the report to {out_dir}: {error}", err=True)
        sys.exit(EXIT_ERROR)
    except sqlite3.Error as error:
        click.echo(f"storyweave: cannot read store {store_file}: {error}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"Report: {written.index} ({written.events} event page(s), {written.articles} report page(s))")


def _readable_store(store_file: Path) -> Path:
    """The store file when it exists and SQLite can read it; otherwise one clear line and exit 1."""
    if not store_file.is_file():
        click.echo(f"storyweave: no store at {store_file} (run `storyweave run PATH... --out DIR` first)", err=True)
        sys.exit(EXIT_ERROR)
    try:
        with Store(store_file, readonly=True) as store:
            store.count_events()
    except sqlite3.Error as error:
        click.echo(f"storyweave: cannot read store {store_file}: {error}", err=True)
        sys.exit(EXIT_ERROR)
    return store_file


def _print_problem(progress: _Progress | None) -> Callable[[Problem], None]:
    def emit(problem: Problem) -> None:
        if progress:
            progress.clear()
        click.echo(f"storyweave: {problem}", err=True)

    return emit


def _summary(report: RunReport, store: Store, store_file: Path, articles_file: Path, exported: int) -> None:
    languages = ", ".join(f"{lang} {n}" for lang, n in report.languages.most_common()) or "none new"
    rate = report.articles_read / report.seconds if report.seconds else 0.0
    lines = [
        f"Read {report.inputs} input(s): {report.articles_read} article(s) in {report.seconds:.1f} s ({rate:.0f}/s).",
        f"  new: {report.new}   folded as copies of another outlet: {report.copies}"
        f"   already stored: {report.already_stored}   skipped: {report.skipped}",
        f"  languages of new articles: {languages}",
        *(
            [
                f"  page furniture: {report.furniture_lines} line(s) found recurring in unrelated articles"
                f" (no longer sentences; {report.furniture_refits} article(s) stored before updated)"
            ]
            if report.furniture_lines
            else []
        ),
        f"Store: {store_file} ({store.count_articles()} articles, {store.count_copies()} copies)",
        f"Articles: {articles_file} ({exported} lines)",
    ]
    click.echo("\n".join(lines))


def _events_summary(report: RunReport, store: Store, events_file: Path, shown: int = 10) -> None:
    total = store.count_events()
    lines = [
        f"Events: {events_file} ({total} events; this run started {len(report.events_started)}"
        f" and added reports to {len(report.events_grown)} earlier one(s));"
        f" digests rebuilt for {len(report.digested)}"
    ]
    for number, (event, members) in enumerate(store.iter_events()):
        if number == shown:
            lines.append(f"  … and {total - shown} more")
            break
        span = " to ".join(dict.fromkeys(str(d) for d in (event.first_seen, event.last_seen) if d)) or "undated"
        languages = ", ".join(event.languages) or "?"
        lines.append(f"  {event.id}  {len(members):>3} report(s)  [{languages}]  {span}  {event.title[:70]}")
    click.echo("\n".join(lines))


class _Progress:
    """A one-line counter on stderr, redrawn at most five times a second, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.last = 0.0

    def update(self, report: RunReport) -> None:
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            click.echo(f"\r  {report.inputs} inputs, {report.articles_read} articles", err=True, nl=False)

    def clear(self) -> None:
        click.echo("\r\033[K", err=True, nl=False)

    def done(self) -> None:
        self.clear()


main.add_command(evaluate)
main.add_command(watch_command)
main.add_command(sources_group)


if __name__ == "__main__":  # pragma: no cover
    main()
