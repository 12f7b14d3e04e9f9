"""Where quotations are in a sentence: the marks of every language ("…", “…”, «…», „…“), a quotation carried on
into the next sentences until it closes, and one the page cut short. Who said it is `quotes.py`'s business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from storyweave.language import gather, gather_marks
from storyweave.model import Sentence
from storyweave.represent.evidence import fold

_OPENERS = gather_marks()
_TRUNCATED = frozenset(fold(word) for word in gather("dangling_words"))


def quoted(text: str) -> list[tuple[int, int, bool]]:
    """Quoted stretches as (start, end, closed) of the words inside the marks."""
    spans: list[tuple[int, int, bool]] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char in _OPENERS:
            closing = min((i for c in _OPENERS[char] if (i := text.find(c, position + 1)) >= 0), default=-1)
            if closing < 0:
                spans.append((position + 1, len(text), False))
                break
            spans.append((position + 1, closing, True))
            position = closing + 1
            continue
        if char == '"':
            closing = text.find('"', position + 1)
            if closing < 0:
                if position == 0 or text[position - 1].isspace():
                    spans.append((position + 1, len(text), False))
                break
            spans.append((position + 1, closing, True))
            position = closing + 1
            continue
        if char == "‘" and (position == 0 or not text[position - 1].isalnum()):
            closing = next((m.start() for m in re.finditer("’(?![^\\W\\d_])", text[position + 1 :])), -1)
            if closing >= 0:
                spans.append((position + 1, position + 1 + closing, True))
                position += closing + 2
                continue
        position += 1
    return spans


def continued(
    inner: str, following: Sequence[Sentence], sentences: list[int]
) -> tuple[str, list[int], tuple[str, list[Any]] | None]:
    """A quotation left open at the end of its sentence, carried on into the next ones until it closes."""
    parts = [inner]
    for sentence in following:
        close = min((i for c in '”»"' if (i := sentence.text.find(c)) >= 0), default=-1)
        if any(c in sentence.text[: max(close, 0)] for c in "“«„") or (close < 0 and len(sentences) >= 3):
            break
        sentences = [*sentences, sentence.index]
        if close < 0:
            parts.append(sentence.text)
            continue
        parts.append(sentence.text[:close].rstrip().rstrip(","))
        return " ".join(parts), sentences, (sentence.text[close + 1 :], [])
    return inner.rstrip('"”»'), sentences[:1], None


def truncated(inner: str) -> bool:
    """A quote cut off mid-sentence by the page ("The national hospital was liberated and")."""
    words = re.findall(r"[\w’']+", inner)
    return bool(words) and (words[-1].casefold() in _TRUNCATED or inner.rstrip().endswith(("…", "...")))
