"""Plain-text reports, as saved by scrapers and wire archives.

The conventions handled (all seen in the seed reports): a leading ` date 2017-10-17` or ` date 2017-10` marker that
opens the first line and is followed by the lead sentence; a headline as first line when it reads as one; a trailing
`source: X` line naming the outlet; and a block of page furniture ("Latest news" and its unrelated teasers) that
scrapers leave at the end and that is not part of the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from storyweave.ingest.dates import parse_published
from storyweave.ingest.source import Input
from storyweave.ingest.textfix import clean, decode
from storyweave.model import Article, Precision
from storyweave.problems import InputError, Problem
from storyweave.settings import Settings

_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*", re.IGNORECASE)
_SOURCE = re.compile(r"^source\s*:\s*(\S.{0,120})$", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(latest news|latest stories|other news|more news|top stories|related( news| articles| stories| content)?"
    r"|read more|read next|more from .{1,40}|recommended( for you)?|most (read|popular|viewed|shared)"
    r"|trending( now)?|you (may|might) also like|see also|also read|popular (now|stories)"
    r"|les også|mest lest|siste nytt|flere nyheter|andre nyheter|læs også|mest læste|läs också|mest läst"
    r"|weitere artikel|mehr zum thema|das könnte sie auch interessieren|meistgelesen"
    r"|lire aussi|à lire aussi|sur le même sujet|les plus lus|noticias relacionadas|te puede interesar"
    r"|lo más leído|leggi anche|i più letti|advertisement|sponsored( content)?|share this( article| story)?)"
    r"\s*:?$",
    re.IGNORECASE,
)
_WIDE_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+| ?\u00a0 ?)(?=\S)")
_SENTENCE_END = ".!?…:;\"'”’»)]"


class TextReader:
    name = "text"
    suffixes = frozenset({".txt", ".text", ".md", ""})

    def sniff(self, head: bytes) -> bool:
        return True

    def read(self, item: Input, settings: Settings) -> Iterator[Article | Problem]:
        text = clean(split_run_on_headline(decode(item.read_all(settings.max_bytes)), settings))
        article = parse_report(text, settings, url=item.name)
        if not article.text and not article.title:
            raise InputError("no text left after removing markers and page furniture")
        yield article


def split_run_on_headline(raw: str, settings: Settings) -> str:
    """A headline that a scraper ran into the lead on one line, with a wider space between them, on a line of its
    own: "Wybory 10 maja. Jest znak zapytania  Zastępca marszałka Sejmu powiedział, że ..." (before the spaces are
    folded, which would join them for good).
    """
    start = len(raw) - len(raw.lstrip())
    end = raw.find("\n", start)
    first = raw[start : end if end >= 0 else len(raw)]
    gap = _WIDE_GAP.search(first)
    if gap is None or _MARKER.match(first):
        return raw
    head, rest = first[: gap.start()].strip(), first[gap.end() :].strip()
    if not 2 <= len(head.split()) <= settings.title_max_words or head[-1] in _SENTENCE_END or len(rest.split()) < 5:
        return raw
    return raw[:start] + head + "\n\n" + rest + raw[start + len(first) :]


def parse_report(text: str, settings: Settings, url: str = "") -> Article:
    blocks = [block.split("\n") for block in text.split("\n\n") if block.strip()]
    published: date | None = None
    precision: Precision = "unknown"
    marker = _MARKER.match(blocks[0][0]) if blocks else None
    if marker:
        published, precision = parse_published(marker.group(1))
        blocks[0][0] = blocks[0][0][marker.end() :]
    source = ""
    if blocks and len(blocks[-1]) == 1:
        match = _SOURCE.match(blocks[-1][0].strip())
        if match:
            source = match.group(1).strip()
            blocks.pop()
    title = ""
    if blocks and not marker and _is_headline(blocks, settings):
        title = blocks.pop(0)[0].strip()
    paragraphs = _cut_furniture([p for block in blocks for p in _paragraphs(block)])
    return Article.new(
        title=title,
        text="\n\n".join(paragraphs),
        source=source,
        url=url,
        published=published,
        precision=precision,
    )


def _is_headline(blocks: list[list[str]], settings: Settings) -> bool:
    """Short, no closing full stop, and a blank line after it (so it is a block of its own with more to follow)."""
    first = blocks[0]
    if len(first) != 1 or len(blocks) < 2:
        return False
    line = first[0].strip()
    return 0 < len(line.split()) <= settings.title_max_words and len(line) <= 150 and not line.endswith(".")


def _paragraphs(lines: list[str]) -> Iterator[str]:
    """Lines of one block are one paragraph only where the text was hard-wrapped mid-sentence."""
    current = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        if current and current[-1] not in _SENTENCE_END and line[:1].islower():
            current = f"{current} {line}"
            continue
        if current:
            yield current
        current = line
    if current:
        yield current


def _cut_furniture(paragraphs: list[str]) -> list[str]:
    """Drop everything from a furniture heading on, once the report itself has begun."""
    for index, paragraph in enumerate(paragraphs):
        if index >= 2 and _FURNITURE.match(paragraph):
            return paragraphs[:index]
    return paragraphs
