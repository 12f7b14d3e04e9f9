"""Kept readings as the store keeps them: what is read back equals what was kept, and nothing else is built."""

from __future__ import annotations

from datetime import date

import pytest

from storyweave.digest import readings_json
from storyweave.digest.kept import Said
from storyweave.digest.mentions import Mention


def test_a_reading_reads_back_equal_with_its_tuples_lists_sets_and_dates() -> None:
    reading = [
        (Said(frozenset({"raqqa"}), frozenset({"fighters"})), (("sdf", None), ("isis", "ISIS"))),
        (Mention("Raqqa", 0, 5, roles=("city",)), [1, 2], date(2017, 10, 17), 2.5, True, {"k": (1, "a")}),
    ]
    back = readings_json.loads(readings_json.dumps(reading), {"Said": Said, "Mention": Mention})
    assert back == reading
    assert isinstance(back[1][1], list) and isinstance(back[1][0].roles, tuple)


def test_only_the_kinds_a_reading_may_hold_are_built() -> None:
    body = readings_json.dumps([Mention("Raqqa", 0, 5)])
    with pytest.raises(readings_json.Unreadable):
        readings_json.loads(body, {"Said": Said})  # a Mention where only answers may be
    with pytest.raises(readings_json.Unreadable):
        readings_json.loads('{"c": "Popen", "v": [["rm", "-rf", "/"]]}', {"Mention": Mention})
    with pytest.raises(readings_json.Unreadable):
        readings_json.loads("not json", {})


def test_a_value_the_store_cannot_keep_is_refused_when_kept() -> None:
    with pytest.raises(TypeError, match="object"):
        readings_json.dumps([object()])
