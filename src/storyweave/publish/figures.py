"""How a claim's figure reads on any page: one wording for the terminal, the site and the static report."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

# What a fact's status says to a reader, in words.
STATUS_WORDS = {
    "agreed": "agreed",
    "changed": "changed over time",
    "conflict": "sources conflict",
    "single": "one source",
}


def claim_value(claim: Mapping[str, Any]) -> str:
    """ "80 (at least 80) percent", "22 (19.8–24.2) count", "2017-06"; "?" for a value that is not a figure.

    A start date is exported as the month it names (a string), so it is shown as written, without its unit.
    """
    value, low, high = (claim.get(name) for name in ("value", "low", "high"))
    unit = claim.get("unit")
    unit = unit.strip() if isinstance(unit, str) else ""
    if isinstance(value, str):
        return value
    number = _number(value)
    if number is None:
        shown = "?"
    else:
        shown = figure(number)
        lo, hi = _number(low), _number(high)
        if lo is not None and hi is not None and (lo, hi) != (number, number):
            if math.isinf(hi) and not math.isinf(lo):
                shown += f" (at least {figure(lo)})"
            elif math.isinf(lo) and not math.isinf(hi):
                shown += f" (at most {figure(hi)})"
            elif not (math.isinf(lo) or math.isinf(hi)):
                shown += f" ({figure(lo)}–{figure(hi)})"
    if unit and unit != "start date":
        shown += unit if unit in {"%", "‰"} else f" {unit}"
    return shown


def figure(value: float) -> str:
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    return f"{int(value):,}" if value.is_integer() else f"{value:,.6g}"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return None
    return float(value)
