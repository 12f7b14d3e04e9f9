"""Language-independent evidence that survives translation: names, acronyms and numbers.

"Raqqa", "SDF", "YPG", "AFP" and "100" read the same in English and Norwegian reports of one event, while the
words around them do not; clustering weighs these beside the vectors. Names are capitalised spans that do not
open a sentence (so "The" and "I" do not count); inside a name, lower-case joiners ("al", "de", "van") are kept.
Numbers are read by `language.numbers.digit_numbers` ("1,000" and "1.000" and "1 000" are all 1000) and small ones
(under 10) left out as noise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from storyweave.language.numbers import digit_numbers

_TOKEN = re.compile(r"[\w][\w'’.]*[\w]|[\w]", re.UNICODE)
_JOINERS = frozenset("al el de da di del der den van von la le bin ibn abu bint".split())
_SENTENCE_OPENERS = re.compile(r"(?:^|[.!?…:;\"“”«»–—]\s*)$")


@dataclass(frozen=True, slots=True)
class Evidence:
    names: frozenset[str]
    acronyms: frozenset[str]
    numbers: frozenset[str]

    def keys(self) -> frozenset[str]:
        """All evidence as prefixed keys, for an inverted index of candidates."""
        return frozenset(
            {f"n:{n}" for n in self.names} | {f"a:{a}" for a in self.acronyms} | {f"#:{n}" for n in self.numbers}
        )


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded form, so "Abdulrahman" and "ABDULRAHMAN", "Zürich" and "Zurich" meet: the one
    folding the clusterer's evidence, the name finder and the facts compare words by."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=100_000)
def extract(text: str) -> Evidence:
    """A sentence's names, acronyms and numbers; read once per process (an event's digest reads each of its
    sentences several times, and again whenever the event grows)."""
    names: set[str] = set()
    acronyms: set[str] = set()
    span: list[str] = []

    def close() -> None:
        while span and span[-1].casefold() in _JOINERS:
            span.pop()
        if span:
            names.add(fold(" ".join(span)))
        span.clear()

    pending = ""  # a capitalised sentence opener: part of a name only if a capitalised word follows it
    for match in _TOKEN.finditer(text):
        raw = match.group(0)
        possessive = raw.endswith(("'s", "’s"))
        token = (raw[:-2] if possessive else raw).strip(".'’")
        if not token:
            continue
        opener = _SENTENCE_OPENERS.search(text, max(0, match.start() - 3), match.start()) is not None
        if _is_acronym(token):
            close()
            pending = ""
            acronyms.add(token.replace(".", ""))
            continue
        capitalised = token[0].isupper() and not token.isupper()
        if capitalised and opener:
            close()
            pending = token
            continue
        if capitalised:
            if len(pending) > 3 and not span:  # "In Syria" is not a name; "Ryan Dillon" is
                span.append(pending)
            span.append(token)
            if possessive:  # "Iraq's Raqqa" names two places
                close()
        elif span and token.casefold() in _JOINERS:
            span.append(token)
        else:
            close()
        pending = ""
    close()
    return Evidence(frozenset(names), frozenset(acronyms), frozenset(_numbers(text)))


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _numbers(text: str) -> set[str]:
    """As written, bar the grouping: "26,60" stays apart from "26,6" and "18.00" (a time) from 18."""
    return {format(number.value, "f") for number in digit_numbers(text) if number.value >= 10}
