"""The cues and roles the words around a name give: "SDF spokesman Talal Sello", ", a spokesman for the coalition",
"-styrkene" after an acronym, "fighters" after a group. They tell `entities` what kind of thing a mention names and
what its speaker's role is; `mentions` finds the names themselves.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyweave.digest.equivalents import is_country
from storyweave.digest.name_words import (
    DEMONYMS,
    GROUP_NEXT,
    GROUP_SUFFIXES,
    HYPHENS,
    ORG_HEADS,
    ORG_NEXT,
    ORG_SUFFIXES,
    PLACE_HEADS,
    PLACE_NEXT,
    PLACE_OF,
    PLACE_PREFIXES,
    PLACE_PREPS,
    PLACE_SUFFIXES,
    ROLE_MODIFIER_ORGS,
    ROLE_NOUNS,
    ROLE_PREPS,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    STOPWORDS,
    Token,
    is_demonym,
    next_words,
    opens_sentence,
    previous_words,
)
from storyweave.language import gather
from storyweave.represent.evidence import fold


def context_cues(text: str, tokens: list[Token], span_start: int, acronym: bool) -> list[str]:
    cues = [cue for t in tokens for cue in t.cues]
    words = [fold(t.text) for t in tokens]
    last = tokens[-1]
    if len(words) > 1 and any(w in ORG_HEADS for w in words):
        cues.append("org-word")
    if len(words) > 1 and (words[-1] in PLACE_HEADS or words[0] in PLACE_PREFIXES):
        cues.append("place-word")
    if is_country(" ".join(t.text for t in tokens)):
        cues.append("place-known")
    if acronym:
        cues.append("acronym")
    suffix = last.suffix.split("-")[-1] if last.suffix else ""
    if suffix:
        if suffix in ORG_SUFFIXES:
            cues.append("org-suffix")
        elif suffix in GROUP_SUFFIXES:
            cues.append("group-suffix")
        elif suffix in PLACE_SUFFIXES:
            cues.append("place-word")
        elif is_role_noun(suffix):
            cues.append("org-role")
    gap_before = text[max(0, span_start - 2) : span_start]
    before = previous_words(text, span_start, 3)
    after = next_words(text, last.end + (2 if last.possessive else 0), 2)
    separated = text[last.end : last.end + 1] in (",", ";", ".", ")") and not last.suffix
    if before and before[-1] in PLACE_PREPS and gap_before.endswith(" ") and not last.possessive:
        cues.append("place-prep")
    if len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_OF:
        cues.append("place-word")
    if after and not separated and not last.suffix and not last.possessive:
        if after[0] in PLACE_NEXT or (after[0] == "by" and re.match(r"\s*by\s*[.,;]", text[last.end :])):
            cues.append("place-word")
        elif after[0] in GROUP_NEXT:
            cues.append("group-next")
        elif after[0] in ORG_NEXT or after[:2] == ["news", "agency"]:
            cues.append("org-next")
        elif after[0] in SPEECH_AFTER:
            cues.append("speech")
    if before and before[-1] in SPEECH_BEFORE and gap_before.endswith(" "):
        cues.append("speech")
    if len(tokens) == 1 and not acronym and last.text.endswith("s") and len(last.text) > 4:
        stem = last.text[:-1]
        if is_demonym(stem) or fold(stem) + "ish" in DEMONYMS:
            cues.append("group-people")  # "the Kurds", "Syrians"
    return cues


_ROLE_BEFORE = re.compile(
    r"(?:(?P<mod>[A-ZÆØÅ][\w.&’'\-]*|(?:" + "|".join(sorted(ROLE_MODIFIER_ORGS)) + r"))\s+)?"
    r"(?P<role>(?:[A-ZÆØÅ][\w.]*[-‐‑])?[^\W\d_]+)\s+$"
)


_ROLE_ENDING = re.compile(
    "(?:" + "|".join(sorted((r for r in ROLE_NOUNS if len(r) >= 6), key=len, reverse=True)) + ")$"
)


@lru_cache(maxsize=16384)
def is_role_noun(word: str) -> bool:
    """A role noun, alone or ending a compound: "spokesman", "SDF-talsmann", "utenriksminister"."""
    tail = HYPHENS.split(fold(word))[-1]
    return tail in ROLE_NOUNS or _ROLE_ENDING.search(tail) is not None


def roles_before(text: str, start: int) -> list[str]:
    """A role written before the name: "SDF spokesman Talal Sello", "YPG-talsmann Nouri Mahmoud"."""
    match = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return []
    role = match.group("role")
    if not is_role_noun(role) or (role[0].isupper() and "-" not in role):
        return []
    modifier = match.group("mod") or ""
    if modifier and (fold(modifier) in STOPWORDS or (opens_sentence(text, match.start("mod")) and modifier.islower())):
        modifier = ""
    return [f"{modifier} {role}".strip()]


OF_TITLE = re.compile(r"\b(?:Secretary|Minister|Ministers|Secretary-General|Director|Commissioner) of $")


_ARTICLES = gather("articles")


_ROLE_STOP = re.compile(r"\s+[-–—]\s|[,;:()\[\]“”\"«»]|(?<![A-Z])\.(?=\s|$)")


def roles_after(text: str, end: int) -> list[str]:
    """A role in apposition after the name: ", a spokesman for the U.S.-led coalition", ", an SDF spokesman"."""
    if not text.startswith(", ", end):
        return []
    rest = text[end + 2 : end + 200]
    words = rest.split(" ")
    if words and fold(words[0]) in _ARTICLES:
        skipped = len(words[0]) + 1
        words = words[1:]
    else:
        skipped = 0
    for i, word in enumerate(words[:4]):
        clean = word.rstrip(",.;:")
        if not is_role_noun(clean) or (clean[:1].isupper() and "-" not in clean):
            if _ROLE_STOP.search(word) or fold(clean) in SPEECH_AFTER or fold(clean) in STOPWORDS:
                return []
            continue
        role_end = skipped + sum(len(w) + 1 for w in words[: i + 1]) - 1
        following = fold(words[i + 1].strip(",.;:")) if i + 1 < len(words) else ""
        if word == clean and following and following not in ROLE_PREPS | SPEECH_AFTER | {"who", "som", "and", "og"}:
            return []  # "the official news agency": an adjective, not a role
        if word != clean:
            return [rest[skipped : role_end - (len(word) - len(clean))]]
        after = rest[role_end:]
        preposition = re.match(r" (\w+) ", after)
        if preposition and fold(preposition.group(1)) in ROLE_PREPS:
            stop = _ROLE_STOP.search(after, preposition.end())
            cut = stop.start() if stop else len(after)
            acronym = re.match(r"\s*\([A-ZÆØÅ]{2,8}\)", after[cut:])
            if acronym:
                cut += acronym.end()
            phrase = after[:cut]
            verb = re.search(r"\s(?:" + "|".join(sorted(SPEECH_AFTER)) + r")\b", phrase)
            if verb:
                phrase = phrase[: verb.start()]
            if len(phrase.split()) <= 10:
                role_end += len(phrase.rstrip())
        return [rest[skipped:role_end].strip()]
    return []
