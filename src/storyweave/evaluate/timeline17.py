"""Timeline17 as news-tls evaluates it: one task per gold timeline, the topic's articles cut to its date range.

The article file (`topic, doc_index, pub_date, text`) holds PTB-tokenised text, one sentence per line. The engine
reads news as people write it, so each line is de-tokenised into the `Article` it sees; the original line is kept
beside it, because the gold timelines are PTB-tokenised too and ROUGE-1.5.5 compares whitespace tokens (`Cairo.` is
not `Cairo`), so a chosen sentence is scored in the corpus's own tokenisation.

Protocol (Gholipour Ghalandari & Ifrim 2020, news-tls `experiments/evaluate.py`): the range is the first to the last
gold date; articles published outside it are dropped; the system gets `l` = the number of gold dates and `k` = the
mean number of gold sentences per date, rounded with Python's `round` as they round it.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from storyweave.model import Article, Sentence

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET = re.compile("|".join(re.escape(b) for b in _BRACKETS))
_OPEN_QUOTE = re.compile(r"``\s*")
_CLOSE_QUOTE = re.compile(r"\s*''")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]}]|'s\b|'S\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b|')(?=\s|$|[,.;:!?)\]}\"])")
_SPACE_AFTER = re.compile(r"([(\[{$#])\s+")
_SPACES = re.compile(r"\s+")


def detokenize(line: str) -> str:
    """A PTB-tokenised line as a reader would write it, for the engine's date resolver and sentence handling."""
    text = line.replace("\\/", "/").replace("\\*", "*")
    text = _BRACKET.sub(lambda m: _BRACKETS[m.group(0)], text)
    text = _OPEN_QUOTE.sub('"', text)
    text = _CLOSE_QUOTE.sub('"', text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Corpus:
    """One topic's articles; `originals` maps (article id, sentence index) to the PTB line the sentence came from."""

    topic: str
    articles: tuple[Article, ...]
    originals: Mapping[tuple[str, int], str]


@dataclass(frozen=True, slots=True)
class GoldTimeline:
    dataset: str
    topic: str
    id: str
    entries: Mapping[date, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Task:
    """One gold timeline to reproduce: `dates` (l) dates with `per_date` (k) sentences each, from `articles`."""

    topic: str
    timeline: str
    gold: Mapping[date, tuple[str, ...]]
    start: date
    end: date
    dates: int
    per_date: int
    articles: tuple[Article, ...]
    originals: Mapping[tuple[str, int], str]


def _records(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None


def to_article(topic: str, doc_index: int, published: date, text: str) -> tuple[Article, dict[int, str]]:
    """One document as the engine's `Article`, with the PTB line of each sentence by sentence index."""
    article_id = f"t17:{topic}:{doc_index}"
    lines = [line.strip() for line in text.split("\n")]
    kept = [(line, detokenize(line)) for line in lines if line]
    kept = [(line, plain) for line, plain in kept if plain]
    sentences: list[Sentence] = []
    offset = 0
    for index, (_, plain) in enumerate(kept):
        sentences.append(Sentence(article_id, index, plain, offset, offset + len(plain)))
        offset += len(plain) + 1
    article = Article(
        id=article_id,
        title="",
        text="\n".join(plain for _, plain in kept),
        language="en",
        published=published,
        precision="day",
        sentences=tuple(sentences),
    )
    return article, {index: line for index, (line, _) in enumerate(kept)}


def read_articles(path: Path) -> dict[str, Corpus]:
    """Every topic's articles in publication order (then document index), so runs are reproducible."""
    found: dict[str, list[tuple[date, int, Article, dict[int, str]]]] = {}
    for record in _records(path):
        try:
            topic, number = str(record["topic"]), int(record["doc_index"])
            published = date.fromisoformat(str(record["pub_date"])[:10])
            text = str(record["text"])
        except (KeyError, ValueError) as error:
            raise ValueError(
                f"{path}: a record lacks topic/doc_index/pub_date/text or has a bad date: {error}"
            ) from None
        article, lines = to_article(topic, number, published, text)
        found.setdefault(topic, []).append((published, number, article, lines))
    corpora: dict[str, Corpus] = {}
    for topic, documents in found.items():
        documents.sort(key=lambda d: (d[0], d[1]))
        originals = {(a.id, i): line for _, _, a, lines in documents for i, line in lines.items()}
        corpora[topic] = Corpus(topic, tuple(d[2] for d in documents), originals)
    return corpora


def read_gold(path: Path, dataset: str = "timeline17") -> list[GoldTimeline]:
    """The gold timelines of one dataset (Crisis has an `egypt` topic too, so the dataset is matched as well).

    A date given twice keeps its last block, as tilse's `Timeline.from_file` (and so news-tls) reads the raw files.
    """
    timelines: list[GoldTimeline] = []
    for record in _records(path):
        if record.get("dataset") != dataset:
            continue
        entries: dict[date, tuple[str, ...]] = {}
        for entry in record["entries"]:
            sentences = tuple(s.strip() for s in entry["sentences"] if s.strip())
            if sentences:
                entries[date.fromisoformat(entry["date"])] = sentences
        if entries:
            timelines.append(GoldTimeline(dataset, str(record["topic"]), str(record["timeline_id"]), entries))
    return timelines


def sentences_per_date(gold: Mapping[date, tuple[str, ...]]) -> int:
    """news-tls `get_average_summary_length`: the mean rounded by Python's `round` (half to even)."""
    return max(1, round(sum(len(s) for s in gold.values()) / len(gold)))


def build_tasks(
    corpora: Mapping[str, Corpus], gold: Iterable[GoldTimeline], topics: Iterable[str] | None = None
) -> list[Task]:
    """One task per gold timeline whose topic has articles, in topic then timeline order."""
    wanted = set(topics) if topics is not None else None
    tasks: list[Task] = []
    for timeline in sorted(gold, key=lambda t: (t.topic, t.id)):
        if timeline.topic not in corpora or (wanted is not None and timeline.topic not in wanted):
            continue
        start, end = min(timeline.entries), max(timeline.entries)
        articles = tuple(
            a for a in corpora[timeline.topic].articles if a.published is not None and start <= a.published <= end
        )
        tasks.append(
            Task(
                topic=timeline.topic,
                timeline=timeline.id,
                gold=dict(sorted(timeline.entries.items())),
                start=start,
                end=end,
                dates=len(timeline.entries),
                per_date=sentences_per_date(timeline.entries),
                articles=articles,
                originals=corpora[timeline.topic].originals,
            )
        )
    return tasks
