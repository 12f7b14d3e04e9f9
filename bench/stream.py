"""A stream of 100,000 news articles for the scale benchmarks, built from the shared data at run time (never
stored in the project): every Multi-News document of `val` and `train-12k`, the Timeline17 articles, the SemEval
sample's genuine texts, and then re-dated copies of Multi-News documents up to the target.

A copy keeps a seeded 55 % of its original's sentences, in order, and is dated 400 to 1,100 days later: a story
told again, not a near-duplicate (its three-word shingles overlap the original's by about half, never 0.7 or
more; the engine calls 0.8 a near-duplicate), so it costs the engine what a real report costs. Gold events where the data has them: a Multi-News cluster
(`mn:IDX`), and SemEval texts rated the same story (Overall at most 1.5, joined transitively, `se:N`). Timeline17
topics span months and are no gold event; copies have none either. Multi-News carries no dates: a cluster is given
a day, 24 clusters a day from 2016-01-01 in the order read, and its documents that day or the next.

    python bench/stream.py --out /tmp/stream-100k.jsonl.gz [--target 100000] [--seed 0]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from storyweave.evaluate.semeval import read_pairs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MULTINEWS = (DATA / "multi-news" / "val.jsonl.gz", DATA / "multi-news" / "train-12k.jsonl.gz")
T17 = DATA / "tls-timeline17-crisis" / "t17_articles_dev.jsonl.gz"
SEMEVAL = DATA / "semeval2022-task8-hfl-sample" / "training_set.csv.gz"
START = date(2016, 1, 1)
CLUSTERS_A_DAY = 24
KEEP = 0.55
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+")
MAX_OVERLAP = 0.7  # shingle Jaccard with the original, well under the engine's near-duplicate 0.8


def _record(n: int, text: str, published: date | None, language: str, gold: str | None, **extra: Any) -> dict[str, Any]:
    words = text.split()
    return {
        "title": " ".join(words[:12]),
        "text": text,
        "source": f"outlet {n % 97}",
        "url": f"stream:{n}",
        "language": language,
        "published": published.isoformat() if published else None,
        "gold": gold,
        **extra,
    }


def real() -> Iterator[dict[str, Any]]:
    n = 0
    clusters = 0
    for path in MULTINEWS:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                cluster = json.loads(line)
                day = START + timedelta(days=clusters // CLUSTERS_A_DAY)
                clusters += 1
                for k, document in enumerate(cluster["documents"]):
                    text = " ".join(document.split())
                    if text:
                        yield _record(n, text, day + timedelta(days=k % 2), "en", f"mn:{cluster['idx']}")
                        n += 1
    with gzip.open(T17, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            yield _record(n, row["text"], date.fromisoformat(row["pub_date"]), "en", None)
            n += 1
    for text, language, gold in _semeval():
        yield _record(n, text, None, language, gold)
        n += 1


def _semeval() -> list[tuple[str, str, str | None]]:
    """Each genuine SemEval text once, with a gold event when a rater called it the same story as another."""
    pairs = [p for p in read_pairs(SEMEVAL) if not p.augmented]
    parent: dict[str, str] = {}

    def find(text: str) -> str:
        while parent.setdefault(text, text) != text:
            parent[text] = parent[parent[text]]
            text = parent[text]
        return text

    texts: dict[str, str] = {}
    for pair in pairs:
        for text, language in ((pair.text1, pair.lang1), (pair.text2, pair.lang2)):
            if text.strip():
                texts.setdefault(text, language)
                find(text)
        if pair.text1.strip() and pair.text2.strip() and pair.overall <= 1.5:
            parent[find(pair.text1)] = find(pair.text2)
    groups: dict[str, int] = {}
    sizes: dict[str, int] = {}
    for text in texts:
        sizes[find(text)] = sizes.get(find(text), 0) + 1
    found = []
    for text, language in texts.items():
        root = find(text)
        gold = f"se:{groups.setdefault(root, len(groups))}" if sizes[root] > 1 else None
        found.append((text, language, gold))
    return found


def copy_of(original: dict[str, Any], rng: random.Random, n: int) -> dict[str, Any] | None:
    sentences = _SENTENCE.split(original["text"])
    kept = [s for s in sentences if rng.random() < KEEP]
    if len(kept) < 3 or len(kept) == len(sentences) or _overlap(" ".join(kept), original["text"]) >= MAX_OVERLAP:
        return None
    day = date.fromisoformat(original["published"]) + timedelta(days=rng.randint(400, 1100))
    return _record(n, " ".join(kept), day, original["language"], None, copy_of=original["url"])


def _overlap(a: str, b: str) -> float:
    """Jaccard of the two texts' three-word shingles, as the engine's near-duplicate check estimates it."""
    first, second = _shingles(a), _shingles(b)
    return len(first & second) / len(first | second) if first or second else 1.0


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def stream(target: int, seed: int = 0, real_limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The real articles (the first `real_limit` of them, if given), then copies of Multi-News documents until
    `target` (fewer real ones if the target is less)."""
    rng = random.Random(seed)
    originals: list[dict[str, Any]] = []
    count = 0
    for record in real():
        if count >= target:
            return
        if real_limit is not None and count >= real_limit:
            break
        yield record
        count += 1
        if record["gold"] and record["gold"].startswith("mn:") and rng.random() < 0.5:
            originals.append({k: record[k] for k in ("text", "published", "language", "url")})
    while count < target and originals:
        made = copy_of(originals[rng.randrange(len(originals))], rng, count)
        if made is not None:
            yield made
            count += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--target", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    missing = [p for p in (*MULTINEWS, T17, SEMEVAL) if not p.exists()]
    if missing:
        sys.exit(f"bench/stream.py needs {missing[0]}")
    kinds: dict[str, int] = {}
    with gzip.open(args.out, "wt", encoding="utf-8") as handle:
        for record in stream(args.target, args.seed):
            kind = "copy" if record.get("copy_of") else ("gold" if record["gold"] else "no gold")
            kinds[kind] = kinds.get(kind, 0) + 1
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{sum(kinds.values())} articles to {args.out}: {kinds}")


if __name__ == "__main__":
    main()
