"""The learned name finder at run time: one CRF per language, loaded once, tagging a sentence into typed spans."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from storyweave.names.features import sentence_features
from storyweave.names.tokens import tokenize

MODELS = Path(__file__).resolve().parent / "models"
EXTRA = "names"
MIN_CONFIDENCE = 0.3
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Name:
    """A name as the model reads it: character span in the sentence and PER / ORG / LOC / MISC."""

    start: int
    end: int
    type: str


class Tagger:
    def __init__(self, language: str, path: Path, crfsuite: Any) -> None:
        self.language = language
        self._tagger = crfsuite.Tagger()
        self._tagger.open(str(path))

    def tag(self, text: str) -> tuple[Name, ...]:
        """The sentence's names; a sentence read before is not tagged again (entities and quotes read each one)."""
        return self._tagged(text)

    @lru_cache(maxsize=20_000)  # noqa: B019  (one tagger per language for the process's life)
    def _tagged(self, text: str) -> tuple[Name, ...]:
        cut = tokenize(text, self.language)
        if not cut:
            return ()
        labels = self._tagger.tag(sentence_features([text[a:b] for a, b in cut], self.language))
        names = decode(cut, labels)
        if not names:
            return ()
        # A name any of whose words the model doubts (its label's marginal below MIN_CONFIDENCE) is left out: on
        # the development gold this costs no F1 (mean span F1 0.829 either way; at 0.4 it would), and of 4,152
        # names in 3,000 sentences of the SemEval dev run it drops 29, two thirds of them page furniture or garble
        # ("Weiterleiten DruckenLKA", "mp3 Ogg Vorbis Hinweis").
        sure = []
        for name in names:
            inside = [i for i, (a, b) in enumerate(cut) if a >= name.start and b <= name.end]
            if min(self._tagger.marginal(labels[i], i) for i in inside) >= MIN_CONFIDENCE:
                sure.append(name)
        return tuple(sure)


def decode(cut: list[tuple[int, int]], labels: list[str]) -> list[Name]:
    """BIO labels to spans; an I- that follows nothing of its type opens a name, as taggers' output sometimes asks."""
    names: list[Name] = []
    current: list[int] | None = None
    kind = ""
    for (start, end), label in zip(cut, labels, strict=True):
        tag, _, label_type = label.partition("-")
        if tag == "I" and current is not None and label_type == kind:
            current[1] = end
            continue
        if current is not None:
            names.append(Name(current[0], current[1], kind))
            current = None
        if tag in {"B", "I"}:
            current, kind = [start, end], label_type
    if current is not None:
        names.append(Name(current[0], current[1], kind))
    return names


@cache
def _crfsuite() -> Any:
    try:
        import pycrfsuite
        import wordfreq  # noqa: F401  (the features read word frequencies)
    except ImportError as missing:
        _log.warning(
            "the learned name finder needs %s: pip install 'storyweave[%s]'; using the weight-free finder",
            missing.name,
            EXTRA,
        )
        return None
    return pycrfsuite


_rules_only = False


@contextmanager
def rules_only() -> Iterator[None]:
    """Names by the weight-free finder alone for a while: to measure what the model costs and what it changes."""
    global _rules_only
    before, _rules_only = _rules_only, True
    try:
        yield
    finally:
        _rules_only = before


def tagger(language: str) -> Tagger | None:
    """The language's tagger, or None (no model for it, or the `names` extra missing): then names are found by rule."""
    return None if _rules_only else _load(language)


@cache
def _load(language: str) -> Tagger | None:
    path = MODELS / f"{language}.crfsuite"
    if not language or not path.exists():
        return None
    crfsuite = _crfsuite()
    return None if crfsuite is None else Tagger(language, path, crfsuite)
