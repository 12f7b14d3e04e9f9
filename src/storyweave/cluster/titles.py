"""Which member's headline names an event: the most central well-formed one, not the first to arrive.

The first report of an event may be a cookie notice that a scraper saved as the page, a headline-only teaser or a
lead cut at the title length; a reader of the index judges the event by that line. So every member's title is a
candidate, ranked first by what kind of line it is (a headline the page gave, then a lead sentence the engine cut,
then anything else) and then by how close the member's embedding lies to the event's centroid, which is the report
most like the others.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storyweave.normalize.furniture import PHRASES as FURNITURE

# Fewer words say too little to name a happening ("Koronawirus.", "News"); more are a paragraph, not a headline.
_MIN_WORDS = 3
_MAX_WORDS = 30


def title_rank(title: str) -> int:
    """2 for a headline as published, 1 for a lead sentence cut to length (or a stub trailing off in dots), 0 for
    a line that names nothing: too short or long, furniture, or a byline or label ending in a colon."""
    stripped = title.strip()
    words = stripped.rstrip(".…").split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or stripped.endswith(":") or FURNITURE.search(stripped):
        return 0
    return 1 if stripped.endswith(("…", "..")) else 2


def fit(vector: npt.NDArray[np.float32], centroid: npt.NDArray[np.float32]) -> float:
    """Cosine of a member's embedding with its event's centroid."""
    norms = float(np.linalg.norm(vector) * np.linalg.norm(centroid))
    return float(vector @ centroid) / norms if norms else 0.0
