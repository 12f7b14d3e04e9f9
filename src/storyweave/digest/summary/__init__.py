"""An event's summary, by the summariser its settings name.

`extractive`: every line a report's own sentence, cited to every report that says the same. `abstractive`: that
summary rewritten by an endpoint the user runs, each written sentence kept only where its sources ground it, and the
extractive lines kept whenever the endpoint fails. `auto` is abstractive exactly when an endpoint is configured. A
plugin adds one to SUMMARISERS, as encoders are added to `represent.registry.ENCODERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from storyweave.digest.context import Context
from storyweave.digest.summary.abstractive import summarise as abstractive
from storyweave.digest.summary.extractive import SummaryResult, summarise, summarize, summarize_event
from storyweave.records import DigestRecord
from storyweave.settings import Settings

__all__ = ["SUMMARISERS", "SummaryResult", "part", "summariser_of", "summarize", "summarize_event"]

Summariser = Callable[[Context], SummaryResult]
SUMMARISERS: dict[str, Summariser] = {"extractive": summarise, "abstractive": abstractive}


def summariser_of(settings: Settings) -> str:
    if settings.summariser != "auto":
        return settings.summariser
    return "abstractive" if settings.llm_url else "extractive"


def part(context: Context, record: DigestRecord) -> DigestRecord:
    """The digest's summary (see `digest.context.Part`)."""
    name = summariser_of(context.settings)
    if name not in SUMMARISERS:
        raise ValueError(f"unknown summariser {name!r}; known: {', '.join(sorted(SUMMARISERS))}")
    result = SUMMARISERS[name](context)
    return replace(record, summary=result.sentences, summary_language=result.language, summary_note=result.note or None)
