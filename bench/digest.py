"""How much does the learned name finder cost a large event's digest? One event of 500 reports from the SemEval
sample (real news in ten languages, seven of which have a model), its whole digest built twice in one run: with
the learned finder and with the weight-free one it falls back to (the finder every digest used before it). The
claim: the learned digest takes at most twice the weight-free one. Peak memory is printed too.

The weight-free encoder is used for both, since embedding is the same work either way.

    python bench/digest.py [--csv ../shared/data/semeval2022-task8-hfl-sample/training_set.csv.gz] [--reports 500]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from storyweave.digest import builder, kept
from storyweave.evaluate.semeval import read_pairs
from storyweave.model import Article
from storyweave.names import tagger
from storyweave.normalize import normalize
from storyweave.settings import Settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/semeval2022-task8-hfl-sample/training_set.csv.gz"
LIMIT = 2.0
WARM_UP = 60  # reports outside the event, read first


def reports(path: Path, count: int, settings: Settings) -> list[Article]:
    seen: set[str] = set()
    found: list[Article] = []
    for pair in read_pairs(path):
        for text, language in ((pair.text1, pair.lang1), (pair.text2, pair.lang2)):
            if len(found) < count and text.strip() and text not in seen:
                seen.add(text)
                raw = Article(id=f"r{len(found)}", title="", text=text, language=language)
                found.append(normalize(raw, settings))
    return found


def timed(articles: list[Article], settings: Settings) -> tuple[float, int]:
    """One whole digest, every report read afresh (nothing kept from an earlier build: see `digest.kept`)."""
    kept.forget()
    began = time.perf_counter()
    record = builder.build_digest(articles, settings)
    return time.perf_counter() - began, len(record.entities or ())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT)
    parser.add_argument("--reports", type=int, default=500)
    args = parser.parse_args(argv)
    settings = Settings(encoder="hashing")
    found = reports(args.csv, args.reports + WARM_UP, settings)
    articles, others = found[: args.reports], found[args.reports :]
    languages = Counter(a.language for a in articles)
    sentences = sum(len(a.sentences) for a in articles)
    print(f"one event of {len(articles)} reports, {sentences} sentences: {dict(languages.most_common())}")
    # Models, place names and lemma tables load once per process, as in a long run: not the digest's cost. They
    # are loaded on other reports, so no sentence of the event is tagged before it is timed.
    timed(others, settings)
    learned, learned_entities = timed(articles, settings)
    with tagger.rules_only():
        plain, plain_entities = timed(articles, settings)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ratio = learned / plain
    print(f"  learned finder:     {learned:6.1f} s  ({learned_entities} entities)")
    print(f"  weight-free finder: {plain:6.1f} s  ({plain_entities} entities)")
    print(f"  ratio {ratio:.2f} (claim: at most {LIMIT}), peak memory {peak:.0f} MB")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
