"""What every part of a digest reads, and the one protocol the parts share.

A part (timeline, entities, quotes, facts, summary) takes the event's context and the record built so far and
returns the record with its own section written: a part that needs another's output (quotes need the entities)
reads it from the record, so the builder only fixes their order and nothing else couples them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from storyweave.digest.meaning import Embed
from storyweave.model import Article
from storyweave.records import DigestRecord
from storyweave.represent.encoder import Vectors
from storyweave.settings import Settings


@dataclass(frozen=True, slots=True)
class Context:
    articles: Sequence[Article]
    settings: Settings
    embed: Embed | None = None  # the event's sentence embedder (memoised), or None for the word-only fallback
    centre: Vectors | None = None  # the encoder's mean vector, taken off before comparing (see represent.calibration)


class Part(Protocol):
    def __call__(self, context: Context, record: DigestRecord) -> DigestRecord: ...
