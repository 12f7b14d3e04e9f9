"""Events in the store: the clusterer's state is loaded from the store, fed the articles no event holds yet, and
written back in one transaction per batch, so a killed run loses at most one batch's assignments and the next run
picks those articles up again.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from storyweave.cluster.consolidate import Consolidator
from storyweave.cluster.state import Assignment, EventState, Incoming
from storyweave.cluster.stream import StreamClusterer
from storyweave.cluster.terms import DocumentFrequency
from storyweave.language.terms import terms
from storyweave.normalize.furniture import line_key, sentence_lines, without
from storyweave.represent.calibration import centre
from storyweave.represent.encoder import Encoder
from storyweave.represent.registry import get_encoder
from storyweave.settings import Settings
from storyweave.store import Store
from storyweave.store.events import Pending, StoredEvent

_ENCODER_KEY = "encoder"
_STATE_KEY = "cluster_state"
_SEEN_MEMBERS = 8192


class EncoderMismatch(RuntimeError):
    """The store's events were built with another encoder; mixing embeddings would compare unlike vectors."""


class EventBuilder:
    def __init__(self, store: Store, settings: Settings, encoder: Encoder | None = None) -> None:
        self.store = store
        self.encoder = encoder or get_encoder(settings.encoder)
        settings = settings.for_encoder(self.encoder.name)
        self.settings = settings
        built_with = store.meta(_ENCODER_KEY)
        if built_with is not None and built_with != self.encoder.name:
            raise EncoderMismatch(
                f"the store's events were built with encoder {built_with!r}, not {self.encoder.name!r}:"
                f" use encoder = {built_with!r} or a new store"
            )
        state = json.loads(store.meta(_STATE_KEY) or "{}")
        counts, priors = store.document_frequencies()
        df = DocumentFrequency(counts, int(state.get("documents", 0)), priors, settings.idf_pseudo_documents)
        total = state.get("vector_sum")
        languages = {
            code: (int(count), np.asarray(vector, dtype=np.float32))
            for code, (count, vector) in state.get("language_sums", {}).items()
        }
        self.clusterer = StreamClusterer(
            settings,
            self.encoder.dim,
            df=df,
            vector_sum=np.asarray(total, dtype=np.float32) if total else None,
            events=[warm(stored) for stored in store.warm_events(settings.max_warm_events)],
            next_number=int(state.get("next_event", 1)),
            centre=self._centre(),
            language_sums=languages,
        )
        self.clustered_through = int(state.get("clustered_through", 0))
        # Members as the clusterer saw them, for consolidation; older ones are read again from the store.
        self._seen: OrderedDict[str, Incoming] = OrderedDict()
        self.consolidator = Consolidator(self.clusterer, self._members)

    def current(self) -> bool:
        """Whether the store's events are still the ones this builder holds: no other process has clustered into
        the store since (a long-lived watcher keeps one builder, and starts a new one when this says no)."""
        state = json.loads(self.store.meta(_STATE_KEY) or "{}")
        return int(state.get("clustered_through", 0)) == self.clustered_through

    def _centre(self) -> np.ndarray:
        """The encoder's calibration centre, computed once per store and kept in its meta table."""
        key = f"centre:{self.encoder.name}"
        known = self.store.meta(key)
        if known is not None:
            return np.asarray(json.loads(known), dtype=np.float32)
        vector = centre(self.encoder)
        with self.store.transaction():
            self.store.set_meta(key, json.dumps([round(float(x), 7) for x in vector]))
        return vector

    def update(self, on_batch: Callable[[list[Assignment]], None] | None = None) -> list[Assignment]:
        """Give every article that no event holds yet to the clusterer, a batch at a time."""
        done: list[Assignment] = []
        while pending := self.store.unclustered(self.settings.batch_size, self.clustered_through):
            assignments = self._batch(pending)
            done.extend(assignments)
            if on_batch is not None:
                on_batch(assignments)
        return done

    def _batch(self, pending: list[Pending]) -> list[Assignment]:
        titles, contents = self._readable(pending)
        vectors = self._embed(pending, contents)
        clusterer = self.clusterer
        assignments: list[Assignment] = []
        notes: dict[str, str] = {}
        for article in pending:
            incoming = self._incoming(article, titles[article.id], contents[article.id], vectors[article.id])
            note = _note(article, contents[article.id], incoming.terms, self.encoder.languages)
            if note:
                notes[article.id] = note
            assignments.append(clusterer.add(incoming))
        deltas = clusterer.df.take_added()
        with self.store.transaction():
            self.store.save_assignments(assignments, notes)
            if self.settings.consolidate_max_members:
                assignments = self._consolidate(assignments)
            self.store.save_events(clusterer.take_changed())
            self.store.add_document_frequencies(deltas, clusterer.df.priors)
            self.store.set_meta(_ENCODER_KEY, self.encoder.name)
            self.store.set_meta(_STATE_KEY, json.dumps(self._state(pending[-1].seq)))
        self.clustered_through = pending[-1].seq
        return assignments

    def _consolidate(self, assignments: list[Assignment]) -> list[Assignment]:
        """Split and merge the events this batch changed (inside its transaction, whose assignments the store
        already holds); the batch's assignments as they end up."""
        moves, changes = self.consolidator.run(sorted(self.clusterer.changed))
        self.store.move_members(moves)
        self.store.save_changes(changes)
        self.store.delete_events(self.clusterer.take_removed())
        placed = {m.article_id: m.event_id for m in moves}
        return [
            Assignment(a.article_id, placed[a.article_id], a.score, a.created) if a.article_id in placed else a
            for a in assignments
        ]

    def _state(self, clustered_through: int) -> dict[str, object]:
        """What the next run needs of the clusterer beside the events (taken after consolidation, which numbers
        the events it starts)."""
        clusterer = self.clusterer
        return {
            "documents": clusterer.df.documents,
            "vector_sum": [round(float(x), 6) for x in clusterer.vector_sum],
            "language_sums": {
                code: [count, [round(float(x), 6) for x in vector]]
                for code, (count, vector) in clusterer.language_sums.items()
            },
            "next_event": clusterer.next_number,
            "clustered_through": clustered_through,
        }

    def _incoming(self, article: Pending, title: str, content: str, vector: np.ndarray) -> Incoming:
        incoming = Incoming(
            article.id,
            title,
            terms(f"{article.title}\n{content}"),
            vector,
            article.published,
            article.language,
            article.precision,
        )
        self._remember(incoming)
        return incoming

    def _remember(self, incoming: Incoming) -> None:
        self._seen[incoming.id] = incoming
        self._seen.move_to_end(incoming.id)
        while len(self._seen) > _SEEN_MEMBERS:
            self._seen.popitem(last=False)

    def _members(self, event_id: str) -> list[Incoming]:
        """An event's members in ingest order as the clusterer sees them (read from the store inside the batch's
        transaction, so the batch's own assignments are there)."""
        ids = self.store.members(event_id)
        missing = [i for i in ids if i not in self._seen]
        if missing:
            stored = list(self.store.pending_of(missing).values())
            vectors = self.store.embeddings(missing, self.encoder.name)
            titles, contents = self._readable(stored)
            for article in stored:
                if article.id in vectors:
                    self._incoming(article, titles[article.id], contents[article.id], vectors[article.id])
        return [self._seen[i] for i in ids if i in self._seen]

    def _readable(self, pending: list[Pending]) -> tuple[dict[str, str], dict[str, str]]:
        """Each article's title as a candidate event title and its text, both without what is known to be page
        furniture: a cookie notice or a "follow us" line is not what two unrelated reports should meet on, and a
        site's slogan as a title names no event."""
        hmw = self.settings.heading_max_words
        keys = {a.id: {key for key, _, _ in sentence_lines(a.text, hmw)} for a in pending}
        title_keys = {a.id: line_key(a.title) for a in pending}
        furniture = self.store.known_furniture(set().union(title_keys.values(), *keys.values()))
        titles = {a.id: "" if title_keys[a.id] in furniture else a.title for a in pending}
        return titles, {a.id: without(a.text, hmw, furniture & keys[a.id]) for a in pending}

    def _embed(self, pending: list[Pending], contents: dict[str, str]) -> dict[str, np.ndarray]:
        """Embeddings of title and lead (of the text without its furniture), from the store's cache where an
        earlier (killed) run computed them."""
        ids = [a.id for a in pending]
        vectors = self.store.embeddings(ids, self.encoder.name)
        missing = [a for a in pending if a.id not in vectors]
        if missing:
            fresh = self.encoder.encode([lead(a.title, contents[a.id], self.settings.lead_words) for a in missing])
            computed = {a.id: fresh[i] for i, a in enumerate(missing)}
            with self.store.transaction():
                self.store.save_embeddings(computed, self.encoder.name)
            vectors.update(computed)
        return vectors


def lead(title: str, text: str, words: int) -> str:
    """Title and lead, the part of a report that names its event (what is embedded); a title derived from the
    lead is not repeated."""
    opening = text if text.startswith(title.rstrip("…")) else f"{title}. {text}"
    return " ".join(opening.split()[:words])


def _note(article: Pending, content: str, terms: dict[str, float], known: frozenset[str] | None) -> str:
    """Why an article was matched on less than usual, for the reader of the event."""
    reasons = []
    if not article.text.strip():
        reasons.append("no text: matched on its title only")
    elif not content.strip():
        reasons.append("nothing but page furniture: matched on its title only")
    elif not terms:
        reasons.append("no words to compare: matched on its embedding only")
    if article.published is None:
        reasons.append("undated: time not used")
    if article.language in ("", "und"):
        reasons.append("language unknown")
    elif known is not None and article.language not in known:
        reasons.append(f"language {article.language} is not one the encoder was trained on: words weigh most")
    return "; ".join(reasons)


def warm(stored: StoredEvent) -> EventState:
    """The clusterer's working state of an event, from its stored profile."""
    return EventState(
        id=stored.id,
        title=stored.title,
        terms=dict(stored.terms),
        vector=stored.vector,
        size=stored.size,
        first_seen=stored.first_seen,
        last_seen=stored.last_seen,
        languages=set(stored.languages),
    )
