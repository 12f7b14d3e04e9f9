"""What the model sees of each token: its form, shape, affixes, neighbours, and how common the word is in its
language (wordfreq), which is what tells a German noun ("Rettungspaket", frequent in lower-case German) from a name
("Steinmeier"), and an Arabic name from a common word where no letter is a capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from storyweave.language.codes import wordfreq
from storyweave.names.gazetteer import place_marks
from storyweave.names.tokens import lowered

CLUSTERS = Path(__file__).resolve().parent / "models"
_APOSTROPHE = re.compile(r"['’]")
# Arabic clitics written onto the word: "و" and, "ب" with, "ل" for, "ال" the, and their sequences.
_AR_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")


def shape(word: str) -> str:
    """ "Steinmeier" -> "Xx", "U.S." -> "X.X.", "1,200" -> "d,d": letter classes with runs collapsed."""
    out: list[str] = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:6]


@lru_cache(maxsize=200_000)
def frequency(word: str, language: str) -> int:
    """The word's Zipf frequency in the language, lower-cased, as a whole number (0: unknown)."""
    from wordfreq import zipf_frequency

    try:
        return int(zipf_frequency(word, wordfreq(language)))
    except LookupError:  # a language wordfreq has no list for: the feature says nothing
        return 0


@cache
def clusters(language: str) -> dict[str, tuple[str, str]]:
    """Word -> (coarse, fine) distributional cluster, learned from unlabelled text by `scripts/make_clusters.py`:
    words used alike (first names, towns, clubs) share a cluster, so a name the corpus never labelled still looks
    like the ones it did."""
    path = CLUSTERS / f"{language}.clusters.tsv"
    if not path.exists():
        return {}
    found: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, coarse, fine = line.rstrip("\n").split("\t")
            found[word] = (coarse, fine)
    return found


def _bare(word: str) -> str:
    prefix = _AR_PREFIX.match(word)
    return word[prefix.end() :] if prefix is not None and prefix.end() < len(word) - 1 else word


@lru_cache(maxsize=200_000)
def _own(word: str, language: str) -> tuple[str, ...]:
    lower = lowered(word, language)
    found = [
        "w=" + lower,
        "s=" + shape(word),
        "p3=" + lower[:3],
        "x2=" + lower[-2:],
        "x3=" + lower[-3:],
        "x4=" + lower[-4:],
        f"f={frequency(word, language)}" if any(c.isalpha() for c in word) else "f=-",
    ]
    cluster = clusters(language).get(lower)
    if cluster is not None:
        found += ["k64=" + cluster[0], "k512=" + cluster[1]]
    if word[:1].isupper():
        found.append("cap")
        if word.isupper() and len(word) > 1:
            found.append("upper")
    if language == "tr" and _APOSTROPHE.search(word):
        stem, suffix = _APOSTROPHE.split(word, maxsplit=1)
        found += ["stem=" + lowered(stem, language), "suffix=" + suffix.lower(), f"sf={frequency(stem, language)}"]
    if language == "ar":
        bare = _bare(word)
        found += ["bare=" + bare, "pre=" + word[: len(word) - len(bare)], f"bf={frequency(bare, language)}"]
    return tuple(found)


@lru_cache(maxsize=200_000)
def _brief(word: str, language: str) -> tuple[str, ...]:
    lower = lowered(word, language)
    return ("w=" + lower, "s=" + shape(word), "x3=" + lower[-3:])


def sentence_features(words: Sequence[str], language: str) -> list[list[str]]:
    """One list of features per word of a sentence."""
    own = [_own(word, language) for word in words]
    places = place_marks(words, language)
    if language == "ar":
        places = [a or b for a, b in zip(places, place_marks([_bare(w) for w in words], language), strict=True)]
    rows: list[list[str]] = []
    for i, word in enumerate(words):
        row = ["b", *own[i]]
        if places[i]:
            row.append("gaz" + places[i])
            if word[:1].isupper():
                row.append("gaz+cap")
            if i > 0 and places[i - 1]:
                row.append("-1:gaz")
        if i == 0:
            row.append("first")
        elif words[i - 1] in {".", "!", "?", ":", "«", '"', "“", "„", "-", "–", "—"}:
            row.append("opens")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                row += [f"{offset}:{feature}" for feature in _brief(words[j], language)]
                if offset in (-1, 1):
                    row += [f"{offset}:{feature}" for feature in own[j] if feature.startswith(("f=", "cap", "k"))]
            else:
                row.append(f"{offset}:edge")
        if i > 0:
            row.append(f"bi=-{lowered(words[i - 1], language)}|{lowered(word, language)}")
        if i + 1 < len(words):
            row.append(f"bi+{lowered(word, language)}|{lowered(words[i + 1], language)}")
        rows.append(row)
    return rows
