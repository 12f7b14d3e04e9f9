"""Words as the NER corpora cut them, so the model sees at run time the tokens it was trained on.

The corpora split punctuation from words, keep hyphenated and dotted forms whole ("Frank-Walter", "U.S."), split
French elisions ("d'Abbeba" is "d'" and "Abbeba") and English clitics ("Germany's"), and keep Turkish case
suffixes on the name ("İstanbul'da"). Only those two splits differ by language, so they are asked of the
language's profile-free table here rather than of each module.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S., A.B.C.
    r"|\d+(?:[.,:/]\d+)*(?:['’]?[^\W\d_]+)?"  # 1,200  12.5  3/4  2002'de  10km
    r"|\w+(?:[-‐‑'’`]\w+)*"  # Frank-Walter, al-Assad, İstanbul'da, O'Brien
    r"|\S",
)
_ELISION = re.compile(r"(?i)^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]")
_CLITIC = re.compile(r"(?i)['’](?:s|t|re|ve|ll|d|m)$")
_SPLITS = {"fr": _ELISION, "it": re.compile(r"(?i)^(?:l|d|un|dell|all|nell|sull|dall|quest|c)['’]")}


def tokenize(text: str, language: str = "") -> list[Span]:
    """Character spans of the sentence's tokens."""
    spans: list[Span] = []
    elision = _SPLITS.get(language)
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group(0)
        if elision is not None:
            cut = elision.match(word)
            while cut is not None and cut.end() < len(word):
                spans.append((start, start + cut.end()))
                start += cut.end()
                word = text[start:end]
                cut = elision.match(word)
        elif language == "en":
            clitic = _CLITIC.search(word)
            if clitic is not None and clitic.start() > 0:
                spans.append((start, start + clitic.start()))
                start += clitic.start()
        spans.append((start, end))
    return spans


def lowered(word: str, language: str) -> str:
    """Lower case as the language writes it: Turkish "İ" is "i" and "I" is "ı"."""
    if language in {"tr", "az"}:
        word = word.replace("İ", "i").replace("I", "ı")
    return word.lower()
