"""Readings of one report or one sentence, kept between builds of a digest, so a grown event pays for what is new.

Most of a digest's time goes into reading each sentence (its names, figures, quotes), and a report reads the same
the hundredth time its event is digested, except where the reading asks the event something: the name finder asks
whether the event writes a word in lower case elsewhere ("Fighters" opens a sentence; is it a name?), the quote
reader asks which entity a name belongs to. A kept reading remembers each question it asked and the answer it got,
and is reused only while the event still gives every one of those answers; otherwise it is read again. A digest
built from kept readings is therefore the digest a whole rebuild would write, not an approximation of it.

The readings are kept in the process (the watcher is one long process), bounded, least recently used first out,
and in the store while a digest writer builds (`shelved`), for the process that starts again.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from storyweave.digest import readings_json
from storyweave.digest.name_words import Lexicon
from storyweave.model import Article

V = TypeVar("V")
Answers = tuple[tuple[Hashable, object], ...]

# How much a process keeps: the readings of this many reports, and of this many sentences' names. An event of 500
# reports is some 15,000 sentences, whose readings (and the terms and name keys kept beside them) take about 80 MB:
# these bounds hold the largest events a watcher is growing at once to some 250 MB.
REPORTS = 2_000
SENTENCES = 60_000
VARIANTS = 4  # readings kept for one key under different answers (the entities' two passes ask differently)


class Asked(AbstractSet[str]):
    """A set that remembers which words it was asked about and what it answered."""

    __slots__ = ("_words", "answers")

    def __init__(self, words: AbstractSet[str], answers: dict[Hashable, object]) -> None:
        self._words = words
        self.answers = answers

    def __contains__(self, word: object) -> bool:
        found = word in self._words
        self.answers[str(word)] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


class AskedMap(Mapping[str, str]):
    """A mapping that remembers which keys it was asked for and what it answered (None for a key it lacks)."""

    __slots__ = ("_items", "answers")

    def __init__(self, items: Mapping[str, str], answers: dict[Hashable, object]) -> None:
        self._items = items
        self.answers = answers

    def __getitem__(self, name: str) -> str:
        found = self._items.get(name)
        self.answers[name] = found
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return True  # "known or {}" must still ask this mapping, so an empty one is remembered as asked


class Questions:
    """What one reading asks of its event: the event's lexicon, the names it knows, who its entities are."""

    def __init__(self, lexicon: Lexicon, known: Mapping[str, str] | None = None) -> None:
        self.lower: dict[Hashable, object] = {}
        self.capital: dict[Hashable, object] = {}
        self.known: dict[Hashable, object] = {}
        self.lexicon = Lexicon(Asked(lexicon.lower, self.lower), Asked(lexicon.capital, self.capital))
        self.names = AskedMap(known or {}, self.known)

    def answers(self) -> tuple[Said, Said, Answers]:
        return Said.of(self.lower), Said.of(self.capital), tuple(self.known.items())


@dataclass(frozen=True, slots=True)
class Said:
    """A reading's answers from one set: the words it found there and the words it did not."""

    found: frozenset[str]
    missing: frozenset[str]

    @classmethod
    def of(cls, answers: dict[Hashable, object]) -> Said:
        return cls(
            frozenset(str(word) for word, yes in answers.items() if yes),
            frozenset(str(word) for word, yes in answers.items() if not yes),
        )

    def holds(self, words: AbstractSet[str]) -> bool:
        if type(words) is Asked:  # an outer reading is listening: ask word by word, so it hears every question
            return all(word in words for word in self.found) and not any(word in words for word in self.missing)
        return self.found <= words and self.missing.isdisjoint(words)


def still_answers(answers: tuple[Said, Said, Answers], lexicon: Lexicon, known: Mapping[str, str] | None) -> bool:
    """Whether the event gives every answer a kept reading got."""
    lower, capital, names = answers
    return (
        lower.holds(lexicon.lower)
        and capital.holds(lexicon.capital)
        and all((known.get(str(name)) if known is not None else None) == found for name, found in names)
    )


@dataclass(slots=True)
class Shelf:
    """The store's side of the kept readings while one digest is built: what it holds, and what the build read anew
    (kind, key, body), for the writer to store with the digest."""

    load: Callable[[str, str], str | None]
    fresh: dict[tuple[str, str], str] = field(default_factory=dict)


_SHELF: ContextVar[Shelf | None] = ContextVar("storyweave_shelf", default=None)


@contextmanager
def shelved(shelf: Shelf) -> Iterator[Shelf]:
    """Readings missing from the process are looked for on this shelf, and new ones put on it, for a while."""
    token = _SHELF.set(shelf)
    try:
        yield shelf
    finally:
        _SHELF.reset(token)


class Kept(Generic[V]):
    """Readings of one kind by key, each with the answers it depended on; bounded, least recently used first out.
    While a shelf is out (`shelved`), a reading the process lacks is looked for in the store, and one read anew is
    given to the store too: a watcher started again reads its events' reports from the store, not from scratch."""

    def __init__(self, size: int, kind: str, types: tuple[type, ...] = ()) -> None:
        self.size = size
        self.kind = kind
        self.types = {t.__name__: t for t in (Said, *types)}
        self._entries: OrderedDict[Hashable, list[tuple[object, V]]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        _EVERY.append(self)

    def get(self, key: Hashable, valid: Callable[[Any], bool]) -> V | None:
        with self._lock:
            variants = self._entries.get(key)
            if variants is not None:
                self._entries.move_to_end(key)
                variants = list(variants)
        if variants is None:
            variants = self._from_shelf(key)
        for depends, value in variants or ():
            if valid(depends):
                self.hits += 1
                return value
        self.misses += 1
        return None

    def read(self, key: Hashable, compute: Callable[..., V], *args: Any) -> V:
        """The reading kept under `key`, or `compute(*args)` kept there: for readings that ask their event nothing."""
        value = self.get(key, lambda _: True)
        if value is None:
            value = compute(*args)
            self.put(key, None, value)
        return value

    def put(self, key: Hashable, depends: object, value: V) -> None:
        with self._lock:
            variants = self._entries.setdefault(key, [])
            variants.insert(0, (depends, value))
            del variants[VARIANTS:]
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
            kept = list(variants)
        shelf = _SHELF.get()
        if shelf is not None:
            shelf.fresh[(self.kind, shelf_key(key))] = readings_json.dumps(kept)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _from_shelf(self, key: Hashable) -> list[tuple[object, V]] | None:
        shelf = _SHELF.get()
        if shelf is None:
            return None
        body = shelf.load(self.kind, shelf_key(key))
        if body is None:
            return None
        try:
            variants = [(depends, value) for depends, value in readings_json.loads(body, self.types)]
        except (readings_json.Unreadable, ValueError, TypeError):
            return None  # not a reading this version wrote: read the report again
        with self._lock:
            self._entries[key] = variants
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return variants


def shelf_key(key: Hashable) -> str:
    """A kept reading's key as the store keeps it (a key's repr is the same in every process)."""
    return hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@lru_cache(maxsize=1)
def version() -> str:
    """The code and models the readings were read with: readings stored by any other are read again."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".html", ".css", ".js"):
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


_EVERY: list[Kept[Any]] = []


def forget() -> None:
    """Drop every kept reading (a process that starts again reads everything anew; tests compare the two)."""
    for kept in _EVERY:
        kept.clear()


@lru_cache(maxsize=2048)
def report_key(article: Article) -> str:
    """A report as its readings see it: its sentences as split, its language and title (the id alone names the
    text, not how it was split or what language it was read in)."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (article.id, article.language, article.title, *(s.text for s in article.sentences)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


_LEXICONS: Kept[tuple[frozenset[str], frozenset[str]]] = Kept(REPORTS, "lexicon")


def event_lexicon(articles: Sequence[Article]) -> Lexicon:
    """The event's lexicon (`Lexicon.of` its sentences and titles), from each report's own words, kept."""
    lower: set[str] = set()
    capital: set[str] = set()
    for article in articles:
        words = _LEXICONS.read(report_key(article), _report_lexicon, article)
        lower |= words[0]
        capital |= words[1]
    return Lexicon(frozenset(lower), frozenset(capital))


def _report_lexicon(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    own = Lexicon.of((s.text for s in article.sentences), (article.title,))
    return frozenset(own.lower), frozenset(own.capital)
