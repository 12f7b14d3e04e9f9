"""Multilingual sentence splitting with character spans into the article text.

A rule splitter: a stop followed by space and a capital (or a digit, an opening quote, a dash, or a letter of a
script without case) is a boundary unless the word before it is an abbreviation, an initial, a dotted acronym, or
an ordinal number in a language that writes ordinals with a stop. Stops inside a closed double quotation do not end
the sentence, so a quote and its attribution stay together. Paragraphs that end without closing punctuation and are
short are headings, captions or bylines, and are not sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyweave.language import alternation, capital_nouns, gather, profile
from storyweave.normalize.abbreviations import ORDINAL_STOP, SENTENCE_STARTERS, for_language

_PARAGRAPH = re.compile(r"[^\n]+")
_TITLE_GAP = re.compile(r"(?<=\S) {2,}(?=[\d\"'“„«(]?[^\W\d_])(?=\S*[^\W\d_])(?=[^a-zß-ÿ])")
_TITLE_REACH = 300
_DANGLING = gather("dangling_words")
_BOUNDARY = re.compile(r"([.!?…]+|[。！？]+)([\"'”’»)\]]*)(\s*)")
_UNSPACED_STOPS = "。！？"
_TOKEN_BEFORE = re.compile(r"([\w.]*\w)\.*$")
_CLOSING = "\"'”’»)]"
_FINAL = ".!?…。！？:;"
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ("„", "”"))
_MAX_SENTENCE = 2000
_INNER_WORD = re.compile(r"(?<=[\w,;] )[^\W\d_][\w'’-]*")


def split(text: str, language: str = "", heading_max_words: int = 25) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, in order; headings and captions are left out."""
    spans: list[tuple[int, int]] = []
    abbreviations = for_language(language)
    ordinal_stop = language in ORDINAL_STOP
    caseless = is_caseless(text)
    for match in _paragraphs(text, language):
        paragraph = match.group(0)
        if not paragraph.strip():
            continue
        heading = is_heading(paragraph, heading_max_words)
        offset = match.start()
        pieces = _split_paragraph(paragraph, abbreviations, ordinal_stop, caseless)
        if heading:
            # Short and unpunctuated at its end: a heading, caption or byline, unless sentences come before an
            # unpunctuated tail (a photo credit after the caption's sentence: "... on Monday. Photo: J. Smith").
            pieces = pieces[:-1] if len(pieces) > 1 else []
        for start, end in pieces:
            spans.extend((offset + a, offset + b) for a, b in _cap_length(paragraph, start, end))
    return spans


def _paragraphs(text: str, language: str = "") -> list[re.Match[str]]:
    """The text's lines; the first also parts where a title was joined to its lead, as scrapers join them: by a
    wider space ("Vier Verletzte nach Frontalkollision  Der Beifahrer ..."), by one space before a word that only
    opens sentences ("... nach Frontalkollision Der Passagier ...", "... unsung heroes There's nothing ..."), or
    after a run of capitals ("SİVİL POLİS ARACINA ÇARPTI Abdulleyeva ..."), so the title is read as a heading."""
    lines = list(_PARAGRAPH.finditer(text))
    if not lines:
        return lines
    first = lines[0]
    reach = min(first.end(), first.start() + _TITLE_REACH)
    gap = (
        _TITLE_GAP.search(text, first.start(), reach)
        or _capitals_end(text, first.start(), reach)
        or _starter_after(text, first.start(), reach, language)
        or _repeated_name(text, first.start(), reach)
    )
    title = text[first.start() : gap.start()].split() if gap else []
    if gap is None or len(title) < 3 or title[-1].lower() in _DANGLING:
        return lines  # "He went to  Berlin": a stray space inside a sentence, not a title's end
    parts = [
        m
        for m in (
            _PARAGRAPH.match(text, first.start(), gap.start() + 1),
            _PARAGRAPH.match(text, gap.end(), first.end()),
        )
        if m
    ]
    return [*parts, *lines[1:]]


_CAPITALS = re.compile(r"(?:[\"'“„«]?[^\W\d_a-zß-ÿ]{2,}[\"'”»,!?:]*\s+){3,}(?=[^\W\d_][a-zß-ÿ])")


def _capitals_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """The space after a title written in capitals, where the lead begins in mixed case."""
    run = _CAPITALS.match(text, start, end)
    return re.compile(r"\s+").search(text, run.end() - 1, run.end() + 1) if run else None


@lru_cache(maxsize=64)
def _starters(language: str) -> re.Pattern[str] | None:
    own = profile(language)
    if own is None:
        return None
    words = {w for w in (*own.sentence_starters, *own.dangling_words, *own.anaphoric_openers) if len(w) > 1}
    capitalised = sorted(
        {w[:1].upper() + w[1:] for w in words if w[:1].upper() != w[:1].lower()}, key=len, reverse=True
    )
    if not capitalised:
        return None  # a script without case: no capital tells a title from its lead
    # What follows the opener is lower case ("There's nothing", "El portavoz"): in a headline written in title
    # case, capitalised openers run on ("Speak Up For Restoring Freedom"). A language that capitalises its nouns
    # ("Der Passagier") lets the next word be either.
    following = r"\S+" if own.capital_nouns else r"[^\W\d_A-ZÀ-Ý]"
    return re.compile(rf"(?<=[^\W_]|[)\]\"'”’»]) (?=(?:{alternation(capitalised)})(?:[’'][a-z]+)?\s+{following})")


def _starter_after(text: str, start: int, end: int, language: str) -> re.Match[str] | None:
    """One space before a word that opens sentences and is never capitalised inside one ("Der", "The", "Il"),
    in a first line with no stop before it: the end of a title."""
    pattern = _starters(language) if language else None
    if pattern is None:
        return None
    gap = pattern.search(text, start, end)
    if gap is None or re.search(r"[.!?…]", _INITIALS.sub("", text[start : gap.start()])):
        return None  # a stop before it: the line's first sentence ended there, no title ran on
    before = text[start : gap.start()].split()
    if capital_nouns(language) and before and before[-1][:1].islower():
        return None  # "..., die Die Linke angegriffen hatten": German titles end on a noun, and so do names
    return gap


_INITIALS = re.compile(r"\b(?:[A-Z]|[A-Z][a-z]{1,2})\.")  # "Victoria F.'s", "Dr.": no stop
_REPEATED = re.compile(r"(?<=\s)(?P<words>(?:[A-ZÀ-Ý][\w'’-]+\s){1,3})(?P=words)")


def _repeated_name(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "... insists Joe Root Joe Root believes he is ...": a title that ends on the name its lead opens with."""
    match = _REPEATED.search(text, start, end)
    if match is None:
        return None
    return re.compile(r"\s").search(text, match.end("words") - 1, match.end("words"))


def is_heading(paragraph: str, max_words: int) -> bool:
    stripped = paragraph.strip()
    if stripped.rstrip(_CLOSING)[-1:] in _FINAL:
        return False
    return len(stripped.split()) <= max_words


def is_caseless(text: str, sample_words: int = 400) -> bool:
    """Text whose writer (or a pipeline) lower-cased it: almost no word inside a sentence is capitalised.

    In cased prose names alone capitalise some 5-15 % of words (far more in German); under 2 % the capitals left
    are sentence openers, so a stop followed by a lower-case word has to be taken as a boundary too.
    """
    words = [w for w in _INNER_WORD.findall(text[: sample_words * 8]) if w[0].lower() != w[0].upper()]
    words = words[:sample_words]
    if len(words) < 50:
        return False  # too little cased text to tell (Arabic has no case at all: its quotes and stops hold)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised < 0.02 * len(words)


def _split_paragraph(
    paragraph: str, abbreviations: frozenset[str], ordinal_stop: bool, caseless: bool = False
) -> list[tuple[int, int]]:
    # Lower-cased text is machine-made (tokenised and re-joined, quotes spaced out): its quotation marks do not
    # pair reliably, so they cannot hold a sentence together.
    quoted = () if caseless else _quoted_ranges(paragraph)
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(paragraph):
        stop_at, sentence_end, end = boundary.start(1), boundary.end(2), boundary.end()
        if end >= len(paragraph):
            break
        if not boundary.group(3) and boundary.group(1)[-1] not in _UNSPACED_STOPS:
            continue
        if any(a < stop_at < b and sentence_end <= b for a, b in quoted):
            continue
        if not _starts_sentence(paragraph, end, caseless):
            continue
        if boundary.group(1) == "." and _is_abbreviation(paragraph, stop_at, end, abbreviations, ordinal_stop):
            continue
        spans.append(_trimmed(paragraph, start, sentence_end))
        start = end
    spans.append(_trimmed(paragraph, start, len(paragraph)))
    return [(a, b) for a, b in spans if b > a]


def _starts_sentence(paragraph: str, position: int, caseless: bool = False) -> bool:
    for char in paragraph[position : position + 4]:
        if char in "\"'“‘«„([-–—¿¡" or (caseless and char == " "):
            continue
        return char.isupper() or char.isdigit() or (char.isalpha() and (caseless or not char.islower()))
    return False


def _is_abbreviation(
    paragraph: str, stop_at: int, next_start: int, abbreviations: frozenset[str], ordinal_stop: bool
) -> bool:
    token_match = _TOKEN_BEFORE.search(paragraph, max(0, stop_at - 40), stop_at)
    if token_match is None:
        return False
    token = token_match.group(1)
    lowered = token.lower()
    if token.isdigit():
        return ordinal_stop and len(token) <= 3
    if "." in token and token[0].isupper() and all(len(part) <= 3 for part in token.split(".")):
        # A dotted acronym ("U.S.") ends a sentence only when a typical sentence opener follows it.
        next_word = paragraph[next_start:].split(" ", 1)[0].strip("\"'“‘«(")
        return next_word not in SENTENCE_STARTERS
    if lowered in abbreviations:
        return lowered != "no" or paragraph[next_start : next_start + 1].isdigit()
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    return "." in token and all(len(part) <= 3 for part in token.split("."))


@lru_cache(maxsize=4096)
def _quoted_ranges(paragraph: str) -> tuple[tuple[int, int], ...]:
    """Closed double quotations of the paragraph, so stops inside them are not boundaries."""
    ranges: list[tuple[int, int]] = []
    for opening, closing in _QUOTE_PAIRS:
        position = 0
        while (start := paragraph.find(opening, position)) >= 0:
            end = paragraph.find(closing, start + 1)
            if end < 0:
                break
            ranges.append((start, end))
            position = end + 1
    straight = [i for i, char in enumerate(paragraph) if char == '"']
    ranges.extend((straight[i], straight[i + 1]) for i in range(0, len(straight) - 1, 2))
    return tuple((a, b) for a, b in ranges if b - a <= 600)


def _trimmed(paragraph: str, start: int, end: int) -> tuple[int, int]:
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    return start, end


def _cap_length(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Run-on text without stops (tables, lists) is cut at spaces so no 'sentence' grows without bound."""
    pieces: list[tuple[int, int]] = []
    while end - start > _MAX_SENTENCE:
        cut = paragraph.rfind(" ", start, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        pieces.append(_trimmed(paragraph, start, cut))
        start = cut
    pieces.append(_trimmed(paragraph, start, end))
    return [(a, b) for a, b in pieces if b > a]
