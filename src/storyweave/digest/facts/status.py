"""A fact's status from its claims: `single`, `agreed`, `changed` or `conflict` (the rule is in `facts`).

The rule is kept apart because it is what a reader trusts: a different figure on a later day is an update, not a
confirmation, and only what accumulates is expected to rise.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import numpy.typing as npt

from storyweave.digest.facts.draft import Draft, span
from storyweave.digest.facts.vocabulary import ACCUMULATES, START
from storyweave.model import FactStatus

TOLERANCE = 0.10


def group_status(members: list[Draft]) -> FactStatus:
    """The status rule of `facts`, applied to one group's claims in order of time."""
    if len({m.article for m in members}) == 1:
        return "single"
    if members[0].unit == START:
        return "agreed" if len({m.value for m in members}) == 1 else "conflict"
    low = np.array([m.low for m in members])
    high = np.array([m.high for m in members])
    value = np.array([m.value for m in members])
    vague = np.array([m.vague for m in members])
    spans = [span(m.time) for m in members]
    start = np.array([s[0] for s in spans])
    end = np.array([s[1] for s in spans])
    overlap = np.maximum(low[:, None], low[None, :]) <= np.minimum(high[:, None], high[None, :]) * (1 + TOLERANCE)
    scale = np.maximum(np.abs(value[:, None]), np.abs(value[None, :]))
    close = np.where(
        vague[:, None] | vague[None, :], overlap, np.abs(value[:, None] - value[None, :]) <= TOLERANCE * scale
    )
    same_time = (start[:, None] <= end[None, :]) & (start[None, :] <= end[:, None])
    if overlap.all() and (same_time | close).all():
        return "agreed"
    dated = [i for i, m in enumerate(members) if m.time]
    slices = _time_slices(dated, start, end)
    if len(slices) < 2 or any(not overlap[np.ix_(s, s)].all() for s in slices):
        return "conflict"
    undated = [i for i, m in enumerate(members) if not m.time]
    if undated and not overlap[np.ix_(undated, dated)].any(axis=1).all():
        return "conflict"
    series = [float(value[s].mean()) for s in slices]
    steps = [b - a for a, b in pairwise(series) if abs(b - a) > TOLERANCE * max(abs(a), abs(b))]
    rising = all(step > 0 for step in steps)
    falling = all(step < 0 for step in steps)
    accumulates = any(m.event in ACCUMULATES for m in members)
    if steps and (rising or (falling and not accumulates)):
        return "changed"
    return "conflict"


def _time_slices(dated: list[int], start: npt.NDArray[np.int64], end: npt.NDArray[np.int64]) -> list[list[int]]:
    """Claims in order of time; claims made at overlapping times share a slice."""
    slices: list[list[int]] = []
    closes = 0  # the earliest end in the current slice: a claim starting by then overlaps every claim in it
    for i in sorted(dated, key=lambda k: int(start[k])):
        if slices and int(start[i]) <= closes:
            slices[-1].append(i)
            closes = min(closes, int(end[i]))
        else:
            slices.append([i])
            closes = int(end[i])
    return slices
