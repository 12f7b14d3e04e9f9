from __future__ import annotations

import math
from typing import Any

from storyweave.publish.figures import claim_value
from storyweave.records import from_json


def shown(claim: dict[str, Any]) -> str:
    """The claim as stored, read back as every page reads it, then shown."""
    record = from_json({"facts": [{"subject": "s", "status": "single", "claims": [claim]}]})
    assert record is not None and record.facts is not None
    return claim_value(record.facts[0].claims[0])


def test_a_claim_reads_the_same_everywhere() -> None:
    assert shown({"value": 22.0, "low": 22.0, "high": 22.0, "unit": "count"}) == "22 count"
    assert shown({"value": 22.0, "low": 19.8, "high": 24.2, "unit": "count"}) == "22 (19.8–24.2) count"
    assert shown({"value": 80.0, "low": 80.0, "high": math.inf, "unit": "%"}) == "80 (at least 80)%"
    assert shown({"value": 1500000.0, "low": 1500000.0, "high": 1500000.0, "unit": "USD"}) == "1,500,000 USD"
    assert shown({"value": "2017-06", "low": "2017-06", "high": "2017-06", "unit": "start date"}) == "2017-06"
    assert shown({"value": None, "unit": "count"}) == "? count"
    assert shown({"value": True}) == "?"
