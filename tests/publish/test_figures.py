from __future__ import annotations

import math

from storyweave.publish.figures import claim_value


def test_a_claim_reads_the_same_everywhere() -> None:
    assert claim_value({"value": 22.0, "low": 22.0, "high": 22.0, "unit": "count"}) == "22 count"
    assert claim_value({"value": 22.0, "low": 19.8, "high": 24.2, "unit": "count"}) == "22 (19.8–24.2) count"
    assert claim_value({"value": 80.0, "low": 80.0, "high": math.inf, "unit": "%"}) == "80 (at least 80)%"
    assert claim_value({"value": 1500000.0, "low": 1500000.0, "high": 1500000.0, "unit": "USD"}) == "1,500,000 USD"
    assert claim_value({"value": "2017-06", "low": "2017-06", "high": "2017-06", "unit": "start date"}) == "2017-06"
    assert claim_value({"value": None, "unit": "count"}) == "? count"
    assert claim_value({"value": True}) == "?"
