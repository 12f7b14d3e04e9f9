"""Page furniture in article text, decided by evidence across the corpus rather than by a list of phrases.

Scrapers leave cookie and GDPR notices, paywall prompts, "Skip to comments", newsletter boxes and captcha text in
the text they save, in every language a site is written in. What gives such a line away is not its wording but
its distribution: it recurs, word for word, in articles that have nothing else in common. A sentence that two
reports of one story share (an agency paragraph, a quote) recurs too, but in articles that also share most of their
other words; so a recurring line is furniture only when the articles that carry it are mostly unrelated to each other.

This module holds the decision; the store keeps the evidence (which article carries which line) and the pipeline
applies it, to a batch before it is stored and, once a line is found to be furniture, to the articles stored
before that carry it.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from storyweave.language import alternation, gather_phrases
from storyweave.normalize.sentences import is_heading

# What furniture says in so many words ("Czytaj też", "À lire aussi", "Lesen Sie auch"): the language modules'
# `furniture_phrases`, for a line the evidence has not yet seen recur (one site, one batch). Summaries and facts skip it.
PHRASES = re.compile(alternation(gather_phrases("furniture_phrases"), never=True), re.IGNORECASE)  # "TIKLAYINIZ" too
_LINE = re.compile(r"[^\n]+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}|[^\W\d_\u0000-\u024f]{2,}")
# Shorter lines are labels ("OK."), too common in real prose to tell anything.
_MIN_CHARS = 6
# A sentence inside a paragraph is a unit of its own only with this many words.
_MIN_SENTENCE_WORDS = 8
_INNER_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


def line_key(line: str) -> str:
    """The line as a reader compares it (case and white space folded), hashed to a short stable key."""
    folded = " ".join(line.casefold().split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def sentence_lines(text: str, heading_max_words: int) -> Iterator[tuple[str, int, int]]:
    """(key, start, end) of each line of the text that the splitter would turn into sentences, and of each long
    sentence inside a line of several: scrapers run a cookie notice or a "follow us" line into the paragraph
    before it as often as they give it a line of its own."""
    for line, inner in _units(text, heading_max_words):
        yield line
        yield from inner


def _units(text: str, heading_max_words: int) -> Iterator[tuple[tuple[str, int, int], list[tuple[str, int, int]]]]:
    for match in _LINE.finditer(text):
        line = match.group(0).strip()
        if len(line) >= _MIN_CHARS and not is_heading(line, heading_max_words):
            yield (line_key(line), match.start(), match.end()), list(_inner_sentences(text, match.start(), match.end()))


def _inner_sentences(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """The sentences of one line, when it has more than one, that are long enough to tell furniture from prose
    (short ones such as "Details were not given." recur in unrelated reports as ordinary writing)."""
    cuts = [m.end() for m in _INNER_END.finditer(text, start, end) if not text[m.end() : m.end() + 1].islower()]
    if not cuts:
        return
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        sentence = text[a:b].strip()
        if len(sentence.split()) >= _MIN_SENTENCE_WORDS:
            yield line_key(sentence), a, b


def content_words(text: str, heading_max_words: int, leave_out: Iterable[str] = ()) -> frozenset[str]:
    """The words that say what an article is about: its lines but those left out (other candidates, furniture),
    and of a line kept, all but its sentences left out."""
    skip = set(leave_out)
    words: set[str] = set()
    for (key, start, end), inner in _units(text, heading_max_words):
        if key in skip:
            continue
        kept, at = [], start
        for inner_key, a, b in inner:
            if inner_key in skip:
                kept.append(text[at:a])
                at = b
        kept.append(text[at:end])
        words.update(word.casefold() for piece in kept for word in _CONTENT_WORD.findall(piece))
    return frozenset(words)


def without(text: str, heading_max_words: int, furniture: AbstractSet[str]) -> str:
    """The text with its furniture lines and sentences cut out, headings and all else kept: what the clusterer
    compares, since a headline names the event better than any sentence."""
    if not furniture:
        return text
    cut = sorted((a, b) for key, a, b in sentence_lines(text, heading_max_words) if key in furniture)
    if not cut:
        return text
    kept, at = [], 0
    for a, b in cut:
        if a >= at:
            kept.append(text[at:a])
        at = max(at, b)
    kept.append(text[at:])
    return "".join(kept)


@dataclass(frozen=True, slots=True)
class Carrier:
    """One article that carries a recurring line, with its content words."""

    article_id: str
    words: frozenset[str]


def unrelated(carriers: Sequence[Carrier], overlap: float) -> bool:
    """Whether the articles carrying a line have little else in common, so that the line is furniture.

    Two articles are unrelated when their content words overlap by less than `overlap` (the overlap coefficient,
    shared words over the smaller set, so a short report of a story is still related to a long one); the line is
    furniture when at least half the pairs of its carriers are. On SemEval-2022 Task 8's rated pairs, 0.1 parts
    5 % of same-story pairs and 64 % of unrelated ones: one pair decides little, but furniture recurs in many
    articles, and a line that a cluster of reports of one story shares keeps most of its pairs related.
    """
    # A pair where one article is nothing but the line tells nothing: that article may be quoted whole in the
    # other (one sentence of agency copy). Two that are nothing but the line are pages of furniture (a captcha wall).
    pairs = [
        (a, b)
        for a, b in itertools.combinations(carriers, 2)
        if a.article_id != b.article_id and (bool(a.words) == bool(b.words))
    ]
    if not pairs:
        return False
    apart = sum(not a.words or len(a.words & b.words) / min(len(a.words), len(b.words)) < overlap for a, b in pairs)
    return 2 * apart >= len(pairs)


def decide(candidates: Mapping[str, Sequence[Carrier]], overlap: float) -> set[str]:
    """The candidate lines (key -> the articles carrying it) that are furniture."""
    return {key for key, carriers in candidates.items() if unrelated(carriers, overlap)}
