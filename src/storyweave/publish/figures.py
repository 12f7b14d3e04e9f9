"""How a claim's figure reads on any page: one wording for the terminal, the site and the static report."""

from __future__ import annotations

import math

from storyweave.model import Claim
from storyweave.records import START_DATE, month_of

# What a fact's status says to a reader, in words.
STATUS_WORDS = {
    "agreed": "agreed",
    "changed": "changed over time",
    "conflict": "sources conflict",
    "single": "one source",
}


def claim_value(claim: Claim) -> str:
    """ "80 (at least 80) percent", "22 (19.8–24.2) count", "2017-06"; "?" for a value that is not a figure.

    A start date is shown as the month it names, without its unit.
    """
    if claim.unit == START_DATE:
        return month_of(claim.value) if math.isfinite(claim.value) else "?"
    if math.isnan(claim.value):
        shown = "?"
    else:
        shown = figure(claim.value)
        low, high = claim.low, claim.high
        if not (math.isnan(low) or math.isnan(high)) and (low, high) != (claim.value, claim.value):
            if math.isinf(high) and not math.isinf(low):
                shown += f" (at least {figure(low)})"
            elif math.isinf(low) and not math.isinf(high):
                shown += f" (at most {figure(high)})"
            elif not (math.isinf(low) or math.isinf(high)):
                shown += f" ({figure(low)}–{figure(high)})"
    unit = claim.unit.strip()
    if unit:
        shown += unit if unit in {"%", "‰"} else f" {unit}"
    return shown


def figure(value: float) -> str:
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"
