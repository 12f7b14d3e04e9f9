"""Builds the digest of every event whose reports changed, and keeps it in the store beside the event.

The store is the truth and `events.jsonl` an export of it, so the digest is computed here, once per change of
an event, not when files are written. An event that fails to digest (a bug, a pathological text) gets a one-line
warning and keeps its previous digest, flagged with the error and left stale so the next run tries again; the run
goes on and nothing already stored is lost.
"""

from __future__ import annotations

import gc
import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import numpy as np

from storyweave.digest import entities, facts, kept, quotes, summary, timeline
from storyweave.digest.anchor import anchor_articles
from storyweave.digest.context import Context, Part
from storyweave.model import Article, iso_date
from storyweave.problems import describe
from storyweave.records import Borrowed, DigestRecord, from_json, to_json
from storyweave.represent.calibration import centre
from storyweave.represent.encoder import Encoder, Vectors
from storyweave.settings import Settings
from storyweave.store import Store

log = logging.getLogger(__name__)


# The parts in the order they run: quotes read the entities, so entities come first; the rest are independent.
PARTS: tuple[Part, ...] = (timeline.part, entities.part, summary.part, facts.part, quotes.part)


def build_digest(
    articles: Sequence[Article],
    settings: Settings,
    embed: Callable[[Sequence[str]], Vectors] | None = None,
    prior: Vectors | None = None,
) -> DigestRecord:
    """The event's whole digest: every part run on the same context, each writing its own section."""
    context = Context(articles, settings, embed, prior)
    record = DigestRecord(anchors=borrowed_dates(articles))
    for part in PARTS:
        record = part(context, record)
    return record


def borrowed_dates(articles: Sequence[Article]) -> tuple[Borrowed, ...]:
    """The reports dated through their event (see `digest.anchor`), as the digest lists them."""
    return tuple(
        Borrowed(article, iso_date(anchor.value, "day"), anchor.how)
        for article, anchor in anchor_articles(articles).items()
        if anchor.borrowed
    )


class _Memo:
    """One event's embeddings, shared by every stage: each sentence is embedded once per digest, not per stage,
    and once per store: vectors the store kept from an earlier digest are read, not computed, and the new ones are
    kept (`fresh`) for the writer to store with the digest."""

    def __init__(self, encode: Callable[[Sequence[str]], Vectors], stored: Callable[[list[str]], dict[str, Vectors]]):
        self.encode = encode
        self.stored = stored
        self.cache: dict[str, Vectors] = {}
        self.fresh: dict[str, Vectors] = {}

    def __call__(self, texts: Sequence[str]) -> Vectors:
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            keys = {t: sentence_key(t) for t in missing}
            known = self.stored(list(keys.values()))
            for text in missing:
                if keys[text] in known:
                    self.cache[text] = known[keys[text]]
            computing = [t for t in missing if t not in self.cache]
            if computing:
                # Rounded as the store keeps them, so a digest reads the same vectors however it got them.
                rounded = np.asarray(self.encode(computing)).astype(np.float16).astype(np.float32)
                for text, vector in zip(computing, rounded, strict=True):
                    self.cache[text] = vector
                    self.fresh[keys[text]] = vector
        if not texts:
            return self.encode([])
        return np.stack([self.cache[t] for t in texts])


def sentence_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a digest is built: a build allocates many small objects, and each full
    collection would walk every reading kept for the process (see `digest.kept`), a cost that grows with what is
    kept, not with what is new. A build makes few cycles; they are collected after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@dataclass(slots=True)
class Fresh:
    """What a build computed that the store did not have: sentence vectors and readings (`digest.kept`)."""

    vectors: dict[str, Vectors] = field(default_factory=dict)
    readings: dict[tuple[str, str], str] = field(default_factory=dict)


class DigestWriter:
    def __init__(self, store: Store, settings: Settings, encoder: Encoder | None = None) -> None:
        self.store = store
        self.settings = settings
        self.encoder = encoder if encoder is not None and encoder.name != "hashing" else None
        self._prior: Vectors | None = None

    def update(self, on_problem: Callable[[str, str], None] | None = None) -> list[str]:
        """Rebuild every stale digest; returns the events digested."""
        done: list[str] = []
        for event_id, size in self.store.stale_digests():
            articles = self.store.event_articles(event_id)
            fresh = Fresh()
            try:
                record, fresh = self.build(articles)
            except Exception as error:  # one event's failure must not cost the others their digests
                # The reason is one line through on_problem; the traceback only for whoever turns on debug logs.
                log.debug("digest of %s failed", event_id, exc_info=True)
                if on_problem is not None:
                    on_problem(event_id, describe(error))
                # Keep what the event's last good digest said, flagged, and leave it stale so the next run retries.
                earlier = from_json(self.store.digest(event_id)) or DigestRecord(
                    timeline=(), entities=(), quotes=(), anchors=()
                )
                record, size = replace(earlier, error=str(error)), -1
            with self.store.transaction():
                self.store.save_digest(event_id, size, to_json(record))
                self.keep(fresh)
            done.append(event_id)
        return done

    def keep(self, fresh: Fresh) -> None:
        """Store what a build computed anew (inside the caller's transaction)."""
        if fresh.vectors and self.encoder is not None:
            self.store.save_sentence_vectors(fresh.vectors, self.encoder.name)
        self.store.save_readings(fresh.readings, kept.version())

    def record(self, articles: Sequence[Article]) -> DigestRecord:
        record, _ = self.build(articles)
        return record

    def build(self, articles: Sequence[Article]) -> tuple[DigestRecord, Fresh]:
        """The digest, and what it computed that the store did not have (for `keep`)."""
        shelf = kept.Shelf(lambda kind, key: self.store.reading(kind, key, kept.version()))
        with _collector_paused(), kept.shelved(shelf):
            record, vectors = self._build(articles)
        return record, Fresh(vectors, shelf.fresh)

    def _build(self, articles: Sequence[Article]) -> tuple[DigestRecord, dict[str, Vectors]]:
        encoder = self.encoder
        if encoder is None:
            return build_digest(articles, self.settings, None, self._prior), {}
        embed = _Memo(encoder.encode, lambda keys: self.store.sentence_vectors(keys, encoder.name))
        if self._prior is None:
            self._prior = centre(encoder)
        return build_digest(articles, self.settings, embed, self._prior), embed.fresh
