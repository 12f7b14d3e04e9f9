"""What the single words around a name tell, and the word lists they are told by (from `storyweave.language`).

The name finder (`mentions`) and the role reader (`roles`) both ask these: whether a word opens a sentence, is an
adjective of place, is too common to be a name, or what a title or an organisation's head is in any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from storyweave.digest.equivalents import is_country, key
from storyweave.language import READING, gather
from storyweave.language.codes import wordfreq
from storyweave.represent.evidence import fold

# Every language's words at once: a sentence's names are read whatever language it is detected as.
JOINERS = gather("name_particles")
STOPWORDS = gather("function_words")
TIME_WORDS = gather("time_words")
TITLE_CORE = gather("titles")  # a title's modifiers count only beside a core title
TITLE_MODIFIERS = gather("title_modifiers")
ABBREVIATIONS = TITLE_CORE | gather("abbreviations")
ORG_HEADS = gather("org_heads")
PLACE_HEADS = gather("place_heads")
PLACE_NEXT = gather("place_next")
PLACE_PREFIXES = gather("place_prefixes")
PLACE_PREPS = gather("place_prepositions")
PLACE_OF = gather("place_of")
ORG_NEXT = gather("org_next")
GROUP_NEXT = gather("group_next")
ORG_SUFFIXES = gather("org_suffixes")
GROUP_SUFFIXES = gather("group_suffixes")
PLACE_SUFFIXES = gather("place_suffixes")
ROLE_NOUNS = gather("role_nouns")
ROLE_PREPS = gather("role_prepositions")
ROLE_MODIFIER_ORGS = gather("role_modifier_orgs")
SPEECH_AFTER = gather("speech_after")
SPEECH_BEFORE = gather("speech_before")
DEMONYMS = gather("demonyms")
DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish", "ean")
NOT_ACRONYMS = gather("not_acronyms")
OPENING_PUNCT = "\"'“‘«„([-–—¿¡*•"
CLOSING_STOPS = ".!?…:;"
HYPHENS = re.compile(r"[-‐‑]")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # cap | acr | upper | join | low | initial
    opener: bool = False
    possessive: bool = False
    prefix: str = ""
    suffix: str = ""
    display: str = ""
    cues: list[str] = field(default_factory=list)


def initials_match(acronym: str, name: str) -> bool:
    """True when the acronym spells the name's initials, with or without its small words ("SOHR", "AFP")."""
    letters = fold(acronym.replace(".", ""))
    words = [w for w in re.split(r"[\s\-‐‑]+", name) if w]
    if len(words) < 2 or len(letters) < 2:
        return False
    every = "".join(fold(w[0]) for w in words)
    significant = "".join(fold(w[0]) for w in words if fold(w) not in STOPWORDS and fold(w) not in JOINERS)
    return letters in (every, significant)


@lru_cache(maxsize=16384)
def is_demonym(word: str) -> bool:
    """An adjective of place or people ("Syrian", "Kurdish", "Iraqi"), recognised from the place it derives from."""
    folded = fold(word)
    if folded in DEMONYMS:
        return True
    for ending in DEMONYM_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3:
            for candidate in (stem, stem + "a", stem + "e", stem + "o", stem[:-1] if stem.endswith("i") else stem):
                if is_country(candidate):
                    return True
    return False


NOT_LABELS = gather("not_labels")


@lru_cache(maxsize=16384)
def common_word(word: str) -> bool:
    """A word too frequent to be a name ("Politiet sier", "Police said"), when the optional wordfreq is installed."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    return max(zipf_frequency(word, wordfreq(language)) for language in READING) >= 5.0


def strip_possessive(word: str) -> tuple[str, bool]:
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > 3:
            return word[: -len(ending)], True
    if word.endswith(("'", "’")):
        return word[:-1], True
    return word, False


def opens_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` opens a sentence (or a quotation, or a dash-introduced speech)."""
    position = start - 1
    while position >= 0 and (text[position].isspace() or text[position] in OPENING_PUNCT):
        position -= 1
    if position >= 1 and text[position] == "." and text[position - 1].isupper():
        return position >= 2 and text[position - 2].isalpha()  # "U.S. State Department" goes on; "the SDF. The" ends
    return position < 0 or text[position] in CLOSING_STOPS


def shouting(text: str) -> bool:
    """A sentence set in capitals (a shouted headline), where capitalisation tells nothing about names."""
    lower = sum(map(str.islower, text))
    upper = sum(map(str.isupper, text))
    return upper > 4 * lower and upper >= 8 and len(re.findall(r"[^\W\d_]{2,}", text)) >= 3


def previous_words(text: str, start: int, count: int) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_][\w'’.\-]*", text[max(0, start - 80) : start])[-count:]]


def next_words(text: str, end: int, count: int) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_][\w'’\-]*", text[end : end + 80])[:count]]


WORD_TOKEN = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,}"  # dotted acronyms: U.S., U.K.
    r"|(?<![\w'’])(?:[lLdDnN]|[qQ]u)['’](?=[^\W\d_])"  # French and Italian elisions: l'État, d'Alep
    r"|[^\W\d_](?:\w|['’](?=[^\W\d_])|[-‐‑](?=[^\W_]))*(?:['’](?![^\W\d_]))?"
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """How the event writes its words: which it writes in lower case, which it capitalises mid-sentence.

    That is the evidence a sentence-opening capital needs: "Raqqa har ..." opens a sentence, but the event also
    writes "i Raqqa", so it is a name; "Fighters from the SDF ..." opens one too, and nothing capitalises
    "Fighters" elsewhere.
    """

    lower: AbstractSet[str] = frozenset()
    capital: AbstractSet[str] = frozenset()

    @classmethod
    def of(cls, sentences: Iterable[str], titles: Iterable[str] = ()) -> Lexicon:
        lower: set[str] = set()
        capital: set[str] = set()
        for text in sentences:
            for match in WORD_TOKEN.finditer(text):
                for part in HYPHENS.split(strip_possessive(match.group(0))[0]):
                    if not part:
                        continue
                    if part[0].islower():
                        lower.add(fold(part))
                    elif not part.isupper() and not opens_sentence(text, match.start()):
                        capital.add(fold(part))
        for title in titles:  # headlines are often Title Case, so only their lower-case words count
            lower.update(fold(word) for word in re.findall(r"\b[^\W\d_]+\b", title) if word[0].islower())
        return cls(frozenset(lower), frozenset(capital))

    def with_names(self, names: Iterable[str]) -> Lexicon:
        """The same lexicon, also knowing the words of these names as capitalised (for a later pass)."""
        words = {fold(word) for name in names for word in key(name).split()}
        return Lexicon(self.lower, frozenset(self.capital) | frozenset(words))
