"""An event's summary: the extractive summariser (every line a report's own sentence, cited to every report that
says the same), and the optional abstractive rewrite of it by an endpoint the user runs, kept only where grounded."""

from storyweave.digest.summary.extractive import SummaryResult, summarize, summarize_event

__all__ = ["SummaryResult", "summarize", "summarize_event"]
