"""Train the name finder's CRF models (`src/storyweave/names/models/<lang>.crfsuite`) from the NER training corpora.

    python scripts/train_names.py [--data ../shared/data] [--languages de es ...] [--out DIR] [--silver LANG ...]

The corpora are `../shared/data/ner-train/<lang>.jsonl.gz` (README there: sources, licences, how they were cut),
and WikiANN silver for de/en/fr under `silver/`, used only for the languages named after `--silver`. Each sentence
is rebuilt with the source's spacing and cut again by `storyweave.names.tokens.tokenize`, so the model learns on
the tokens it will see at run time; a gold span labels the tokens inside it (BIO), `ignore` spans are plain words.
The development half of the gold set (`../shared/data/ner/`) is never read here. A language whose word clusters
are in the models folder (`scripts/make_clusters.py`, for de) learns from them too: run that first.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycrfsuite

from storyweave.evaluate.entities import rebuild as rebuilt
from storyweave.names.features import sentence_features
from storyweave.names.tokens import tokenize

LANGUAGES = ("en", "de", "es", "fr", "pl", "tr", "ar")
MODELS = Path(__file__).resolve().parent.parent / "src" / "storyweave" / "names" / "models"
# L1 keeps the model small (most features get weight 0); L2 smooths what is left.
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def rebuild(row: dict[str, Any]) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence as written, and its gold spans as character spans with their types."""
    text, starts, ends = rebuilt(row)
    return text, [(starts[s["start"]], ends[s["end"] - 1], str(s["type"])) for s in row.get("spans", [])]


def labelled(text: str, spans: list[tuple[int, int, str]], language: str) -> tuple[list[str], list[str]]:
    cut = tokenize(text, language)
    words = [text[a:b] for a, b in cut]
    labels = ["O"] * len(cut)
    for start, end, kind in spans:
        inside = [i for i, (a, b) in enumerate(cut) if a >= start and b <= end]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return words, labels


def sentences(path: Path, language: str) -> Iterator[tuple[list[str], list[str]]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            words, labels = labelled(*rebuild(row), language)
            if words:
                yield words, labels


def train(data: Path, language: str, out: Path, silver: bool) -> Path:
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    count = 0
    sources = [data / "ner-train" / f"{language}.jsonl.gz"]
    if silver:
        sources.append(data / "ner-train" / "silver" / f"{language}.jsonl.gz")
    for source in sources:
        for words, labels in sentences(source, language):
            trainer.append(sentence_features(words, language), labels)
            count += 1
    target = out / f"{language}.crfsuite"
    began = time.perf_counter()
    trainer.train(str(target))
    print(f"{language}: {count} sentences, {time.perf_counter() - began:.0f} s, {target.stat().st_size // 1024} KiB")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--silver", nargs="*", default=[], help="languages that also learn from WikiANN silver")
    parser.add_argument("--out", type=Path, default=MODELS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        train(args.data, language, args.out, language in args.silver)
    return 0


if __name__ == "__main__":
    sys.exit(main())
