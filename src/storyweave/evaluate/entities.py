"""The entity finder scored on news NER gold (`../shared/data/ner/`), per language, beside a capitalised-run baseline.

Each language's sentences are read as one event's reports, as the digest reads them: the name finder sees the
whole set's vocabulary (its `Lexicon`), and a name's type is the type the digest gives the entity it belongs to.
A name is right when its character span is exactly a gold span (typed: and its type too); spans the gold marks
`ignore` count neither way.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyweave.digest.entities import extract_entities
from storyweave.digest.equivalents import key
from storyweave.digest.name_words import Lexicon
from storyweave.digest.tagged import find_names
from storyweave.model import Article, Sentence

Span = tuple[int, int]
# The digest's entity types as the gold's.
TYPES = {"person": "PER", "organisation": "ORG", "organization": "ORG", "group": "ORG", "place": "LOC"}
_CAPITALISED = re.compile(r"[^\W\d_][\w'’.\-]*")


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    language: str
    text: str
    spans: dict[Span, str]  # character span -> PER / ORG / LOC / MISC
    ignore: tuple[Span, ...]


@dataclass
class Score:
    true: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: Iterable[Any], gold: Iterable[Any]) -> None:
        found, wanted = set(predicted), set(gold)
        self.true += len(found & wanted)
        self.predicted += len(found)
        self.gold += len(wanted)

    def figures(self) -> tuple[float, float, float]:
        precision = self.true / self.predicted if self.predicted else 0.0
        recall = self.true / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def rebuild(row: dict[str, Any]) -> tuple[str, list[int], list[int]]:
    """A corpus sentence as written (tokens joined with the source's spacing where `space_after` gives it), and
    each token's start and end in it; the training script reads its corpora the same way."""
    tokens: list[str] = row["tokens"]
    spaces: list[bool] = row.get("space_after") or [True] * len(tokens)
    starts, ends, text = [], [], ""
    for token, space in zip(tokens, spaces, strict=True):
        starts.append(len(text))
        text += token
        ends.append(len(text))
        text += " " if space else ""
    return text.rstrip(), starts, ends


def read_gold(path: Path) -> list[GoldSentence]:
    """Sentences of one gold file, with their names and ignored spans as character spans."""
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            text, starts, ends = rebuild(row)

            def chars(span: dict[str, Any], starts: list[int] = starts, ends: list[int] = ends) -> Span:
                return starts[span["start"]], ends[span["end"] - 1]

            found.append(
                GoldSentence(
                    id=str(row["id"]),
                    language=str(row["lang"]),
                    text=text,
                    spans={chars(s): str(s["type"]) for s in row.get("spans", [])},
                    ignore=tuple(chars(s) for s in row.get("ignore", [])),
                )
            )
    return found


def engine_names(sentences: Sequence[GoldSentence]) -> list[dict[Span, str]]:
    """Per sentence, the names the engine finds (span -> type), reading all the sentences as one event."""
    if not sentences:
        return []
    articles = [
        Article(
            id=s.id,
            title="",
            text=s.text,
            language=s.language,
            sentences=(Sentence(s.id, 0, s.text, 0, len(s.text)),),
        )
        for s in sentences
    ]
    types: dict[str, str] = {}
    for entity in extract_entities(articles):
        for form in (entity.name, *entity.aliases):
            types.setdefault(key(form), TYPES.get(entity.type, "MISC"))
    lexicon = Lexicon.of(s.text for s in sentences)
    return [
        {(m.start, m.end): types.get(m.key, "MISC") for m in find_names(s.text, s.language, lexicon)} for s in sentences
    ]


def capitalised_runs(text: str) -> dict[Span, str]:
    """The baseline: every run of capitalised words (a sentence's first word included), typed as nothing."""
    runs: dict[Span, str] = {}
    start = end = -1
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        capital = word[0].isupper()
        stop = match.end() - (word.endswith(".") and "." not in word[:-1])  # "Tuesday." ends; "U.S." does not
        if capital and start >= 0 and text[end : match.start()] == " ":
            end = stop
        elif capital:
            if start >= 0:
                runs[(start, end)] = ""
            start, end = match.start(), stop
        elif start >= 0:
            runs[(start, end)] = ""
            start = -1
    if start >= 0:
        runs[(start, end)] = ""
    return runs


def _kept(names: dict[Span, str], ignore: Sequence[Span]) -> dict[Span, str]:
    return {span: kind for span, kind in names.items() if not any(a < span[1] and span[0] < b for a, b in ignore)}


@dataclass
class EntityReport:
    languages: dict[str, dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        rows = list(self.languages.values())
        mean = {
            name: round(sum(r[name] for r in rows) / len(rows), 4) if rows else 0.0
            for name in ("span_f1", "typed_f1", "precision", "recall", "baseline_span_f1")
        }
        return {**self.languages, "mean": mean}

    def lines(self) -> list[str]:
        lines = [
            "entities on news NER gold: exact spans (typed: and PER/ORG/LOC/MISC), beside capitalised runs",
            f"{'lang':<5}{'sentences':>10}{'span P':>8}{'span R':>8}{'span F1':>9}{'typed F1':>10}"
            f"{'baseline F1':>13}{'ms/1000 sent.':>15}",
        ]
        for language, row in self.as_dict().items():
            if language == "mean":
                lines.append(
                    f"{'mean':<5}{'':>10}{row['precision']:>8.3f}{row['recall']:>8.3f}{row['span_f1']:>9.3f}"
                    f"{row['typed_f1']:>10.3f}{row['baseline_span_f1']:>13.3f}"
                )
                continue
            lines.append(
                f"{language:<5}{row['sentences']:>10}{row['precision']:>8.3f}{row['recall']:>8.3f}"
                f"{row['span_f1']:>9.3f}{row['typed_f1']:>10.3f}{row['baseline_span_f1']:>13.3f}"
                f"{row['ms_per_1000_sentences']:>15.0f}"
            )
        return lines


def evaluate_entities(paths: Sequence[Path]) -> EntityReport:
    by_language: dict[str, list[GoldSentence]] = defaultdict(list)
    for path in paths:
        for sentence in read_gold(path):
            by_language[sentence.language].append(sentence)
    report: dict[str, dict[str, Any]] = {}
    for language, sentences in sorted(by_language.items()):
        engine_names(sentences[:5])  # models, place names and lemmas load once per process: not the finder's cost
        began = time.perf_counter()
        found = engine_names(sentences)
        seconds = time.perf_counter() - began
        span, typed, baseline = Score(), Score(), Score()
        for sentence, names in zip(sentences, found, strict=True):
            ours = _kept(names, sentence.ignore)
            gold = _kept(sentence.spans, sentence.ignore)
            span.add(ours, gold)
            typed.add(ours.items(), gold.items())
            baseline.add(_kept(capitalised_runs(sentence.text), sentence.ignore), gold)
        precision, recall, f1 = span.figures()
        report[language] = {
            "sentences": len(sentences),
            "gold_names": span.gold,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "span_f1": round(f1, 4),
            "typed_f1": round(typed.figures()[2], 4),
            "baseline_span_f1": round(baseline.figures()[2], 4),
            "ms_per_1000_sentences": round(1000 * seconds * 1000 / max(len(sentences), 1), 1),
        }
    return EntityReport(report)
