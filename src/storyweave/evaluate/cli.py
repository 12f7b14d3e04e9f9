"""`storyweave evaluate …`: thin commands over the evaluation library; `--json` prints one object for machines."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from storyweave.options import config_option, encoder_option, load_settings

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group("evaluate")
def evaluate() -> None:
    """Measure the engine on public data, beside baselines and published figures."""


def _emit(result: dict[str, Any], as_json: bool, lines: list[str]) -> None:
    click.echo(json.dumps(result, ensure_ascii=False) if as_json else "\n".join(lines))


@evaluate.command("clustering")
@click.option("--multinews", "path", type=_FILE, required=True, help="A Multi-News-format JSONL(.gz) file.")
@click.option("--clusters", type=int, default=500, show_default=True, help="Clusters drawn into the stream.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the draw and of the stream order.")
@click.option(
    "--extra",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="Articles (any format `run` reads) added to the stream as one more gold event.",
)
@encoder_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def clustering_command(
    path: Path,
    clusters: int,
    seed: int,
    extra: Path | None,
    encoder: str | None,
    config: Path | None,
    as_json: bool,
) -> None:
    """Cluster a seeded Multi-News stream with the real engine; report B-cubed and pairwise scores."""
    from storyweave.evaluate.clustering import evaluate_clustering

    report = evaluate_clustering(path, clusters, seed, extra, load_settings(config, encoder=encoder))
    result = report.as_dict()
    lines = [
        f"Multi-News stream: {report.articles} articles from {report.scores.events_gold} gold events"
        f" (seed {seed}, encoder {report.encoder})",
        f"  B-cubed   precision {report.scores.bcubed_precision:.4f}  recall {report.scores.bcubed_recall:.4f}"
        f"  F1 {report.scores.bcubed_f1:.4f}",
        f"  pairwise  precision {report.scores.pairwise_precision:.4f}  recall {report.scores.pairwise_recall:.4f}"
        f"  F1 {report.scores.pairwise_f1:.4f}",
        f"  events predicted {report.scores.events_predicted} (gold {report.scores.events_gold})",
        f"  {report.articles_per_s:.1f} articles/s (embedding included), peak memory {report.peak_mb:.0f} MB",
        "  peers on the same stream: python bench/clustering.py",
    ]
    if extra is not None:
        verdict = "found exactly" if report.extra_exact else f"NOT found exactly ({report.extra_events} event(s))"
        lines.append(f"  extra event ({report.extra_articles} articles from {extra}): {verdict}")
    _emit(result, as_json, lines)
    sys.exit(0)


@evaluate.command("entities")
@click.option(
    "--gold", "paths", type=_FILE, multiple=True, required=True, help="A news NER gold file (one per language)."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.argument("more", nargs=-1, type=_FILE)
def entities_command(paths: tuple[Path, ...], as_json: bool, more: tuple[Path, ...]) -> None:
    """Score the entity finder on news NER gold: exact-span precision, recall and F1, and typed F1 (PER / ORG / LOC /
    MISC right too), per language, beside a capitalised-run baseline from the same run, and its cost per 1,000
    sentences. Files after the options are gold files too, so `--gold ../shared/data/ner/*.jsonl` reads them all."""
    from storyweave.evaluate.entities import evaluate_entities

    report = evaluate_entities([*paths, *more])
    _emit(report.as_dict(), as_json, report.lines())


@evaluate.command("similarity")
@click.option("--semeval", "path", type=_FILE, required=True, help="A SemEval-2022 Task 8 CSV(.gz) file.")
@encoder_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def similarity_command(path: Path, encoder: str | None, config: Path | None, as_json: bool) -> None:
    """Score every pair as the clusterer scores a report against an event of the other; Pearson against the
    task's Overall (higher is better), beside TF-IDF cosine and plain lead-embedding cosine from the same run."""
    from storyweave.evaluate.semeval import TOP_SYSTEM, evaluate_similarity

    report = evaluate_similarity(path, load_settings(config, encoder=encoder))

    def figure(value: float | None) -> str:
        return f"{value:7.4f}" if value is not None else "      –"

    lines = [
        f"SemEval-2022 Task 8: {report.pairs} genuine pairs, {report.augmented_pairs} machine-translated apart",
        f"{'system':24} {'all':>7} {'cross':>7} {'augm.':>7}",
    ]
    for name, figures in report.systems.items():
        lines.append(
            f"{name:24} {figure(figures['pearson'])} {figure(figures['pearson_crosslingual'])}"
            f" {figure(figures['pearson_augmented'])}"
        )
    lines.append(f"{'published top (HFL)':24} {TOP_SYSTEM:7.3f}   (supervised, official evaluation set)")
    lines.append("per language pair (genuine pairs; storyweave / tfidf / lead embedding):")
    ours = report.systems["storyweave"]["languages"]
    for pair, figures in ours.items():
        others = [report.systems[s]["languages"][pair]["pearson"] for s in ("tfidf_cosine", "lead_embedding_cosine")]
        lines.append(
            f"  {pair:6} {figures['pairs']:4d} pairs  {figure(figures['pearson'])} {figure(others[0])} {figure(others[1])}"
        )
    _emit(report.as_dict(), as_json, lines)


@evaluate.command("events")
@click.option("--semeval", "path", type=_FILE, required=True, help="A SemEval-2022 Task 8 CSV(.gz) file.")
@encoder_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def events_command(path: Path, encoder: str | None, config: Path | None, as_json: bool) -> None:
    """Run the sample's articles through the engine as a folder of texts; report how many pairs rated the same
    story (Overall <= 1.5) share an event and how many rated unrelated (>= 3.5) do not, beside agglomerative and
    HDBSCAN clusterings of the same embeddings, cross-lingual pairs apart."""
    from storyweave.evaluate.events import evaluate_events

    report = evaluate_events(path, load_settings(config, encoder=encoder))
    lines = [
        f"SemEval-2022 Task 8 as articles: {report.articles} texts, {report.pairs_scored} rated pairs"
        f" ({report.pairs_unread} with a text the engine did not read), encoder {report.encoder},"
        f" {report.articles_per_s:.1f} articles/s",
        f"{'system':15} {'same recall':>22} {'unrelated kept apart':>24}   setting",
        f"{'':15} {'all':>7} {'mono':>7} {'cross':>7} {'all':>7} {'mono':>7} {'cross':>7}",
    ]
    for name, parts in report.systems.items():
        same = " ".join(f"{parts[p].same_recall:7.3f}" for p in ("all", "monolingual", "crosslingual"))
        apart = " ".join(f"{parts[p].kept_apart:7.3f}" for p in ("all", "monolingual", "crosslingual"))
        lines.append(f"{name:15} {same} {apart}   {report.settings.get(name, 'as it runs')}")
    counts = report.systems["storyweave"]
    lines.append(
        "  pairs: same "
        + ", ".join(f"{p} {counts[p].same}" for p in ("all", "monolingual", "crosslingual"))
        + "; unrelated "
        + ", ".join(f"{p} {counts[p].unrelated}" for p in ("all", "monolingual", "crosslingual"))
    )
    lines.append("  the peers' settings are the best for these very pairs (the smaller of the two rates)")
    _emit(report.as_dict(), as_json, lines)


@evaluate.command("timelines")
@click.option("--articles", type=_FILE, required=True, help="Timeline17-format articles, JSONL(.gz).")
@click.option("--gold", type=_FILE, required=True, help="Gold timelines, JSONL (Timeline17 ones are used).")
@click.option("--topic", "topics", multiple=True, help="Only this topic (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def timelines_command(articles: Path, gold: Path, topics: tuple[str, ...], as_json: bool) -> None:
    """Build a timeline per Timeline17 gold timeline (its l dates, k sentences a date, its date range) with the
    engine and a DateWise-style baseline; score both with tilse (alignment ROUGE-1/2 F1, date F1)."""
    from storyweave.evaluate.tilse_scores import ScorerUnavailable
    from storyweave.evaluate.timelines import (
        BASELINE,
        ENGINE,
        TimelineSystem,
        baseline_system,
        engine_system,
        evaluate_timelines,
    )

    systems: dict[str, TimelineSystem] = {}
    engine = engine_system()
    if engine is None:
        click.echo("note: storyweave.digest.timeline is not available; only the baseline runs", err=True)
    else:
        systems[ENGINE] = engine
    systems[BASELINE] = baseline_system()
    try:
        report = evaluate_timelines(articles, gold, systems, list(topics) or None)
    except ScorerUnavailable as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    if not report.rows:
        click.echo("error: no Timeline17 gold timeline has articles in this file (check --topic)", err=True)
        sys.exit(1)

    _emit(report.as_dict(), as_json, report.lines())


@evaluate.command("summaries")
@click.option("--multinews", "path", type=_FILE, required=True, help="A Multi-News-format JSONL(.gz) file.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True, help="The first N clusters.")
@click.option(
    "--words",
    type=click.IntRange(min=1),
    default=None,
    help="Word budget of every summary [default: the gold summary's length].",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def summaries_command(path: Path, limit: int, words: int | None, as_json: bool) -> None:
    """Summarise each cluster with the engine and, in the same run, lead-3, a round-robin of the documents' leads,
    LexRank and TextRank at the same word budget; ROUGE-1/2/L F1 (rouge-score, stemmed) and summaries/s."""
    from storyweave.evaluate.summaries import (
        ENGINE,
        SummariesUnavailable,
        SummarySystem,
        engine_system,
        evaluate_summaries,
    )
    from storyweave.evaluate.summary_baselines import baseline_systems

    engine, note = engine_system()
    if note is not None:
        click.echo(f"note: {note}", err=True)
    try:
        systems: dict[str, SummarySystem | None] = {ENGINE: engine, **baseline_systems()}
        report = evaluate_summaries(path, systems, limit, words, [note] if note else [])
    except SummariesUnavailable as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    if not report.clusters:
        click.echo("error: no cluster with documents and a gold summary in this file", err=True)
        sys.exit(1)
    _emit(report.as_dict(), as_json, report.lines())


_DIR = click.Path(exists=True, file_okay=False, path_type=Path)


def _specs_report(
    root: Path, folder: str, language: str | None, evaluate_specs: Callable[[Path, str | None], Any]
) -> Any:
    """Run one of the Recognizers-Text evaluations; a folder that is not the specs exits 2 before anything runs."""
    if not (root / folder).is_dir():
        click.echo(f"error: {root}: no {folder}/ folder (is this the Recognizers-Text specs folder?)", err=True)
        sys.exit(2)
    return evaluate_specs(root, language)


@evaluate.command("figures")
@click.option("--specs", "root", type=_DIR, required=True, help="The Recognizers-Text specs folder (Number/, ...).")
@click.option("--lang", "language", default=None, help="Only this language (a code: en, de, tr, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def figures_command(root: Path, language: str | None, as_json: bool) -> None:
    """Score the figure reader on the Number and NumberWithUnit specs, per language and file: expression found,
    value right, unit right, precision; beside text2num (number words) and quantulum3 (English units)."""
    from storyweave.evaluate.figures import evaluate_figures

    report = _specs_report(root, "Number", language, evaluate_figures)
    _finish(bool(report.tallies), root, language, report.notes)
    _emit(report.as_dict(), as_json, report.lines())


@evaluate.command("dates")
@click.option("--specs", "root", type=_DIR, required=True, help="The Recognizers-Text specs folder (DateTime/, ...).")
@click.option("--lang", "language", default=None, help="Only this language (a code: en, de, tr, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def dates_command(root: Path, language: str | None, as_json: bool) -> None:
    """Score the date reader on the DateTime specs' DateParser cases against each case's reference time, per
    language: date found, day right, precision, beside dateparser's search_dates in the same run."""
    from storyweave.evaluate.date_specs import evaluate_dates

    report = _specs_report(root, "DateTime", language, evaluate_dates)
    _finish(bool(report.cases), root, language, report.notes)
    _emit(report.as_dict(), as_json, report.lines())


def _finish(scored: bool, root: Path, language: str | None, notes: list[str]) -> None:
    if not scored:
        click.echo(f"error: {root}: no case for language {language!r}", err=True)
        sys.exit(1)
    for note in notes:
        click.echo(f"note: {note}", err=True)
