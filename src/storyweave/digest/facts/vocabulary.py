"""The patterns a claim is read with, built from every language module's answers (`language.profile`, "claims").

The words live in the language modules so a language can be added or a word list corrected without touching the
rules that use them; an event's key is the same in every language, which is what lets claims meet across languages.
"""

from __future__ import annotations

import re

from storyweave.language import PROFILES, gather, gather_phrases

START = "start date"
CLAIMED = re.compile(r"^(?:count|percent|duration|[A-Z]{3})$")  # measures (km, tonnes) are read, not claimed
TOKEN = re.compile(r"\w[\w'’\-]*")
# The keys of what happened to what is counted: the same in every language, which is what lets claims meet.
EVENT_KEYS = (
    "killed", "wounded", "surrendered", "captured", "fled", "displaced", "left", "remaining", "arrested",
    "released", "evacuated", "missing", "population",
)  # fmt: skip
ACCUMULATES = frozenset("killed wounded captured fled displaced left surrendered arrested evacuated released".split())


def _joined(question: str) -> str:
    return "|".join(gather_phrases(question))


def _patterns(question: str, key: str) -> str:
    """Every language's pattern for one key of a question of patterns, in the modules' order."""
    return "|".join(p for p in (getattr(a, question).get(key, "") for a in PROFILES.values()) if p)


OF_AFTER = re.compile(rf"\s+(?:{_joined('genitive_words')})\s", re.I)
PARTICIPLE = re.compile("|".join(a.participles for a in PROFILES.values() if a.participles))
OF = gather("of_words")
LOCATIVE = gather("locatives")
DEMONSTRATIVE = gather("demonstratives")
GENERIC_EVENT = re.compile(rf"^(?:{_joined('generic_events')})$")
EVENTS: dict[str, str] = {key: _patterns("claim_events", key) for key in EVENT_KEYS}
EVENT = re.compile("|".join(rf"(?P<{key}>(?<!\w)(?:{pattern})(?!\w))" for key, pattern in EVENTS.items()), re.I)
CLASSES = {kind: re.compile(_patterns("people_classes", kind), re.I) for kind in ("combatants", "civilians")}
PEOPLE = re.compile("|".join(a.people_words for a in PROFILES.values() if a.people_words), re.I)
VERB_ENDINGS = {code: re.compile(a.verb_endings, re.I) for code, a in PROFILES.items() if a.verb_endings}
CAMPAIGN = re.compile(rf"(?<!\w)(?:{_joined('campaign_words')})(?!\w)", re.I)
STARTED = re.compile(rf"(?<!\w)(?:{_joined('start_words')})(?!\w)", re.I)
CONJUNCTION = re.compile(rf"^(?:{_joined('clause_conjunctions')})\s+", re.I)
CLAUSE = re.compile(rf";|\s[–—]\s|,\s+(?=(?:{_joined('clause_conjunctions')})\s)", re.I)
TEMPLATES = {
    kind: {code: a.claim_templates[kind] for code, a in PROFILES.items() if kind in a.claim_templates}
    for kind in ("percent", "duration", START)
}


def stop_words(language: str) -> frozenset[str]:
    """A language we have no list for is read with the English one rather than with none."""
    own = PROFILES.get(language)
    return own.claim_stop_words if own is not None and own.claim_stop_words else PROFILES["en"].claim_stop_words
