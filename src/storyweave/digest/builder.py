"""Builds the digest of every event whose reports changed, and keeps it in the store beside the event.

The store is the truth and `events.jsonl` an export of it, so the digest is computed here, once per change of
an event, not when files are written. An event that fails to digest (a bug, a pathological text) gets a one-line
warning and keeps its previous digest, flagged with the error and left stale so the next run tries again; the run
goes on and nothing already stored is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from storyweave.digest.anchor import anchor_articles
from storyweave.digest.entities import extract_entities
from storyweave.digest.facts import extract_facts
from storyweave.digest.quotes import extract_quotes
from storyweave.digest.serialize import digest_record
from storyweave.digest.summary import summarize_event
from storyweave.digest.timeline import build_timeline
from storyweave.model import Article, Citation, Digest, SummarySentence
from storyweave.problems import describe
from storyweave.represent.calibration import centre
from storyweave.represent.encoder import Encoder, Vectors
from storyweave.settings import Settings
from storyweave.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Built:
    digest: Digest
    summary_language: str
    summary_note: str


def build_digest(
    articles: Sequence[Article],
    settings: Settings,
    embed: Callable[[Sequence[str]], Vectors] | None = None,
    prior: Vectors | None = None,
) -> Built:
    timeline = build_timeline(
        articles,
        per_date=settings.timeline_per_date,
        max_dates=settings.timeline_dates,
        embed=embed,
        centre=prior,
    )
    entities = extract_entities(articles)
    summary = summarize_event(
        articles, words=settings.summary_words, language=settings.summary_language, embed=embed, centre=prior
    )
    lines, note = summary.sentences, summary.note
    if settings.llm_url and lines:
        lines, note = _abstractive(articles, lines, settings, summary.language, note)
    facts = extract_facts(articles, embed=embed, centre=prior)
    digest = Digest(
        summary=lines,
        facts=facts,
        timeline=timeline,
        entities=entities,
        quotes=extract_quotes(articles, entities),
    )
    return Built(digest, summary.language, note)


def _abstractive(
    articles: Sequence[Article], lines: tuple[SummarySentence, ...], settings: Settings, language: str, note: str
) -> tuple[tuple[SummarySentence, ...], str]:
    """The endpoint's rewrite when it answers with grounded sentences; else the extractive lines, saying why."""
    from storyweave.digest.summary.abstractive import AbstractiveError, rewrite

    sources = {Citation(a.id, s.index): s.text for a in articles for s in a.sentences}
    try:
        written, dropped = rewrite(
            lines,
            sources,
            url=settings.llm_url,
            model=settings.llm_model,
            words=settings.summary_words,
            language=language,
        )
    except AbstractiveError as error:
        log.warning("abstractive summary unavailable, extractive kept: %s", error)
        return lines, "; ".join(filter(None, [note, f"abstractive mode failed ({error}): extractive summary kept"]))
    if not written:
        return lines, "; ".join(filter(None, [note, "abstractive mode wrote nothing grounded: extractive kept"]))
    dropped_note = (
        f"abstractive; {len(dropped)} written sentence(s) dropped as ungrounded" if dropped else "abstractive"
    )
    return written, "; ".join(filter(None, [note, dropped_note]))


class _Memo:
    """One event's embeddings, shared by every stage: each sentence is embedded once per digest, not per stage."""

    def __init__(self, encode: Callable[[Sequence[str]], Vectors]) -> None:
        self.encode = encode
        self.cache: dict[str, Vectors] = {}

    def __call__(self, texts: Sequence[str]) -> Vectors:
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            self.cache.update(zip(missing, self.encode(missing), strict=True))
        if not texts:
            return self.encode([])
        return np.stack([self.cache[t] for t in texts])


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
            try:
                record = self.record(articles)
            except Exception as error:  # one event's failure must not cost the others their digests
                # The reason is one line through on_problem; the traceback only for whoever turns on debug logs.
                log.debug("digest of %s failed", event_id, exc_info=True)
                if on_problem is not None:
                    on_problem(event_id, describe(error))
                # Keep what the event's last good digest said, flagged, and leave it stale so the next run retries.
                earlier = self.store.digest(event_id) or {"timeline": [], "entities": [], "quotes": [], "anchors": []}
                record, size = {**earlier, "error": str(error)}, -1
            with self.store.transaction():
                self.store.save_digest(event_id, size, record)
            done.append(event_id)
        return done

    def record(self, articles: Sequence[Article]) -> dict[str, Any]:
        embed = _Memo(self.encoder.encode) if self.encoder is not None else None
        if self.encoder is not None and self._prior is None:
            self._prior = centre(self.encoder)
        built = build_digest(articles, self.settings, embed, self._prior)
        record = digest_record(built.digest, anchor_articles(articles))
        record["summary_language"] = built.summary_language
        if built.summary_note:
            record["summary_note"] = built.summary_note
        return record
