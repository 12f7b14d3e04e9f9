"""Timeline scores exactly as tilse 0.2.1 computes them, so figures sit beside the published ones.

tilse (Martschat & Markert) is installed with `--no-deps`: its declared requirements (spaCy, textacy, numba, ...) serve
its models, while the scorer imports only numpy, scipy and nltk, and runs the ROUGE-1.5.5 Perl script it bundles
(inside a top-level `pyrouge` package of its own) with stemming and stop-word removal. That script needs Perl's
XML::Parser (Debian's `libxml-parser-perl`) and DB_File, an executable bit, and a WordNet exceptions database that
Berkeley DB can open; when the bundled copy fails any of these, a working copy is built once in the user's cache
(never in the repository or site-packages). Nothing downloads: sentences reach tilse already tokenised and split,
so no nltk data (punkt etc.) is ever asked for; the PTB tokeniser used for free text is nltk's regex one.

Each ROUGE call starts a Perl process, and the alignment metric scores many (system date, gold date) pairs twice
(once for precision, once for recall), so identical calls are answered from a memo; the counts are unchanged.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from storyweave.represent.encoder import MissingDependency

INSTALL_HINT = "run `make` (or: pip install -e '.[tls]' && pip install --no-deps tilse==0.2.1)"
PERL_HINT = "ROUGE-1.5.5 needs Perl with XML::Parser and DB_File: apt-get install perl libxml-parser-perl"
ROUGE_OPTIONS = ("-a", "-n", "2", "-x", "-f", "A", "-d", "-m", "-s", "-t", "2")  # as pyrouge.Rouge155 runs it


class ScorerUnavailable(MissingDependency):
    """tilse, nltk or the Perl that ROUGE-1.5.5 needs is missing; the message says what to install."""


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        total = precision + recall
        return cls(precision, recall, 2 * precision * recall / total if total else 0.0)

    @classmethod
    def from_tilse(cls, scores: Mapping[str, float]) -> PRF:
        return cls(float(scores["precision"]), float(scores["recall"]), float(scores["f_score"]))


ZERO = PRF(0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class TimelineScores:
    """One system timeline against one gold timeline: concat ROUGE, alignment-based ROUGE (align+ m:1), dates."""

    concat_r1: PRF
    concat_r2: PRF
    ar1: PRF
    ar2: PRF
    dates: PRF


def _import_tilse() -> Any:
    try:
        import nltk  # noqa: F401  (tilse's rouge module imports it; name the missing piece here, not there)
        from tilse.evaluation import rouge
    except ImportError as error:
        raise ScorerUnavailable(
            f"the timeline scorer needs tilse 0.2.1 and nltk ({error.name} is missing): {INSTALL_HINT}"
        ) from None
    return rouge


def cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "storyweave"


def _probe(home: Path) -> str | None:
    """Run the script at `home` on one tiny pair the way tilse does; None when it works, else why not."""
    from pyrouge.rouge import rouge_settings_content, rouge_summary_content

    script = home / "ROUGE-1.5.5.pl"
    with tempfile.TemporaryDirectory(prefix="storyweave-rouge-") as folder:
        peers, models = Path(folder) / "peers", Path(folder) / "models"
        peers.mkdir()
        models.mkdir()
        text = [["storms", "flooded", "the", "towns"]]
        (peers / "A.html").write_text(rouge_summary_content("A", text), encoding="utf-8")
        (models / "0.html").write_text(rouge_summary_content("0", text), encoding="utf-8")
        settings = Path(folder) / "settings.xml"
        settings.write_text(rouge_settings_content("task", models, ["0.html"], peers, ["A.html"]), encoding="utf-8")
        try:
            done = subprocess.run(
                [str(script), "-e", str(home / "data"), *ROUGE_OPTIONS, str(settings)],
                capture_output=True,
                text=True,
                timeout=60,
            )
        except OSError as error:
            return f"{script}: {error.strerror}"
    if done.returncode == 0 and "ROUGE-1 M_count: 3 P_count: 3 H_count: 3" in done.stdout:
        return None
    lines = (done.stderr or done.stdout).strip().splitlines()
    return lines[-1] if lines else f"exit {done.returncode}"


def _rebuild(bundled: Path, target: Path) -> None:
    """A private copy of ROUGE-1.5.5: executable, with the WordNet exceptions DB rebuilt by this machine's DB_File.

    `buildExeptionDB.pl` (sic) opens the exception files relative to the working directory, so it runs inside it.
    """
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="rouge-", dir=target.parent))
    copy = staging / "ROUGE-1.5.5"
    shutil.copytree(bundled, copy)
    (copy / "ROUGE-1.5.5.pl").chmod(0o755)
    database = copy / "data" / "WordNet-2.0.exc.db"
    database.unlink(missing_ok=True)
    subprocess.run(
        ["perl", "buildExeptionDB.pl", ".", "exc", str(database)],
        cwd=copy / "data" / "WordNet-2.0-Exceptions",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=True,
        timeout=120,
    )
    copy.rename(target)
    staging.rmdir()


@cache
def rouge_home() -> Path:
    """The ROUGE-1.5.5 folder to run: tilse's own when it works as installed, else a repaired copy in the cache."""
    _import_tilse()
    from pyrouge.base import ROUGE_EVAL_HOME

    if shutil.which("perl") is None:
        raise ScorerUnavailable(f"perl is not on PATH; {PERL_HINT}")
    modules = subprocess.run(["perl", "-MXML::Parser", "-MDB_File", "-e1"], capture_output=True, timeout=60)
    if modules.returncode != 0:
        raise ScorerUnavailable(PERL_HINT)
    bundled = Path(ROUGE_EVAL_HOME)
    if _probe(bundled) is None:
        return bundled
    private = cache_dir() / "ROUGE-1.5.5"
    if _probe(private) is None:
        return private
    try:
        _rebuild(bundled, private)
    except (OSError, subprocess.SubprocessError) as error:
        raise ScorerUnavailable(f"could not prepare ROUGE-1.5.5 in {private}: {error}") from None
    problem = _probe(private)
    if problem is not None:
        raise ScorerUnavailable(f"ROUGE-1.5.5 does not run ({problem}); {PERL_HINT}")
    return private


class _MemoRouge:
    """Stands in for tilse's `pyrouge.Rouge155`: same answers, each distinct (summary, references) scored once."""

    def __init__(self, rouge: Any) -> None:
        self._rouge = rouge
        self._memo: dict[Any, dict[str, int]] = {}

    def score_summary(self, summary: Sequence[Sequence[str]], references: Mapping[str, Any]) -> dict[str, int]:
        key = (
            tuple(tuple(s) for s in summary),
            tuple((name, tuple(tuple(s) for s in sents)) for name, sents in sorted(references.items())),
        )
        if key not in self._memo:
            self._memo[key] = self._rouge.score_summary(summary, references)
        return self._memo[key]


def ptb_tokenize(sentence: str) -> str:
    """A sentence in the Penn Treebank tokenisation the gold timelines use (`1\\/26`, `-LRB-`, `` `` ``, `'s`)."""
    from nltk.tokenize import TreebankWordTokenizer

    tokens = TreebankWordTokenizer().tokenize(sentence, convert_parentheses=True)
    return " ".join(t.replace("/", "\\/") for t in tokens)


class TimelineScorer:
    """tilse's `TimelineRougeEvaluator` with ROUGE-1.5.5 (stemmed, stop words removed) as news-tls configures it.

    Not thread-safe: pyrouge keeps the current temporary folder on the instance; use one scorer per thread.
    """

    def __init__(self) -> None:
        rouge = _import_tilse()
        import pyrouge

        home = rouge_home()
        self._evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])
        self._evaluator.rouge = _MemoRouge(
            pyrouge.Rouge155(rouge_home=str(home), average="raw", stem=True, ignore_stopwords=True)
        )

    def score(self, predicted: Mapping[date, Sequence[str]], gold: Mapping[date, Sequence[str]]) -> TimelineScores:
        """Both timelines map a date to its sentences, each sentence a string of space-separated tokens."""
        from tilse.data.timelines import GroundTruth, Timeline
        from tilse.evaluation.dates import evaluate_dates as _evaluate_dates

        predicted = {d: list(s) for d, s in predicted.items() if s}
        if not predicted:
            return TimelineScores(ZERO, ZERO, ZERO, ZERO, ZERO)
        system = Timeline(predicted)
        truth = GroundTruth([Timeline({d: list(s) for d, s in gold.items()})])
        concat = self._evaluator.evaluate_concat(system, truth)
        aligned = self._evaluator.evaluate_align_date_content_costs_many_to_one(system, truth)
        dates = _evaluate_dates(system, truth)
        return TimelineScores(
            concat_r1=PRF.from_tilse(concat["rouge_1"]),
            concat_r2=PRF.from_tilse(concat["rouge_2"]),
            ar1=PRF.from_tilse(aligned["rouge_1"]),
            ar2=PRF.from_tilse(aligned["rouge_2"]),
            dates=PRF.from_tilse(dates),
        )
