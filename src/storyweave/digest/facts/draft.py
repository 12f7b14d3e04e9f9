"""A claim as read from one sentence, before it is grouped into a fact.

Reading, naming, grouping and labelling all pass the same draft along, so it sits on its own rather than in any of
them; the time span of a claim is here too because both grouping and the status rule compare claims' times.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from storyweave.digest.quantities import Unread, dimension


@dataclass(frozen=True, slots=True)
class Draft:
    """One claim as read from one sentence, before grouping."""

    article: str
    sentences: tuple[int, ...]
    language: str
    text: str
    core: str  # the words that state the claim: figure, what it counts, what happened to it, where
    reach: int  # where those words end in the sentence
    value: float
    low: float
    high: float
    unit: str
    vague: bool
    noun: str
    kind: str  # "combatants", "civilians" or "" (people in general, or things)
    event: str  # a key of EVENTS, "start" for a start date, or ""
    event_word: str
    place: str
    guessed: bool  # the subject was completed from the previous sentence or from the words around the figure
    time: str | None
    borrowed: bool  # the time rests on an anchor borrowed from the event
    bound: str = ""  # "over" ("more than 1,000") or "under" ("up to 15"): the sentence gives one end, not two
    context: str = ""  # the quoted words around the figure, shown when the subject alone says too little

    @property
    def shown(self) -> tuple[float, float]:
        """The range as the sentence states it: an open end stays open ("more than 1,000" is 1,000 and up); `low`
        and `high` close it (half as much again) only so that claims can be compared."""
        if self.bound == "over":  # a share still stops at the whole: "more than 80 percent" is 80 to 100
            return self.low, 100.0 if self.unit == "percent" and self.value <= 100 else math.inf
        if self.bound == "under":
            return -math.inf, self.high
        return self.low, self.high

    @property
    def dimension(self) -> str:
        return dimension(self.unit)


@dataclass
class Notes:
    """What reading and grouping could not do, kept so the fact list can say so instead of hiding it."""

    unread: list[tuple[str, Unread]]
    tables: int = 0
    banded: int = 0
    words_only: bool = False


def span(time: str | None) -> tuple[int, int]:
    """The days a time covers, as ordinals; an unknown time covers all of them (it could be any)."""
    if not time:
        return -(2**31), 2**31
    parts = [int(p) for p in time.split("-")]
    if len(parts) == 3:
        day = date(*parts).toordinal()
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first.toordinal(), following.toordinal() - 1
    return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()
