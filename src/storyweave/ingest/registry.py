"""Readers registered by name; the registry picks one for an input by its content first, then its suffix.

Content wins only when it is unmistakable (a feed's root element, an HTML doctype, a JSON opening brace in a file
whose suffix says nothing specific), so a `.txt` file that is really a saved page is read as the page it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from storyweave.ingest.feed import FeedReader
from storyweave.ingest.html import HtmlReader
from storyweave.ingest.jsonl import JsonReader
from storyweave.ingest.other_xml import OtherXmlReader
from storyweave.ingest.source import Input
from storyweave.ingest.text import TextReader
from storyweave.model import Article
from storyweave.problems import InputError, Problem
from storyweave.settings import Settings


class Reader(Protocol):
    name: str
    suffixes: frozenset[str]

    def sniff(self, head: bytes) -> bool: ...

    def read(self, item: Input, settings: Settings) -> Iterator[Article | Problem]: ...


READERS: dict[str, Reader] = {}
_GENERIC_SUFFIXES = frozenset({"", ".txt", ".text", ".dat", ".out", ".md"})


def register(reader: Reader) -> Reader:
    READERS[reader.name] = reader
    return reader


for _reader in (FeedReader(), HtmlReader(), JsonReader(), OtherXmlReader(), TextReader()):
    register(_reader)


_SQLITE_MAGIC = b"SQLite format 3\x00"


def choose(item: Input) -> Reader:
    head = item.head(4096)
    if head.startswith(_SQLITE_MAGIC):
        raise InputError("an SQLite database (a storyweave store, perhaps), not an article")
    suffix = item.suffix
    by_suffix = next((r for r in READERS.values() if suffix in r.suffixes and suffix), None)
    if by_suffix is not None and suffix not in _GENERIC_SUFFIXES:
        if by_suffix.name == "feed" and not by_suffix.sniff(head):
            for other in ("html", "xml"):
                if READERS[other].sniff(head):
                    return READERS[other]
        return by_suffix
    for name in ("feed", "html", "jsonl", "xml"):
        if READERS[name].sniff(head):
            return READERS[name]
    return READERS["text"]
