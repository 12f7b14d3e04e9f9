"""The stored publication day on htmldate's own test set, against htmldate in the same run and the gate's floor."""

from __future__ import annotations

import pytest

from storyweave.evaluate import gate
from storyweave.evaluate.page_dates import GOLD, Page, htmldate_day, load_pages, score, storyweave_day
from tests.conftest import SHARED_DATA

WEB = SHARED_DATA / "web"


def test_scoring_counts_an_undated_page_left_undated_as_right(tmp_path: object) -> None:
    pages = [
        Page("u1", WEB / "a.html", "2020-01-02"),
        Page("u2", WEB / "b.html", None),
        Page("u3", WEB / "c.html", "2020-03-04"),
    ]
    figures = score(pages, {"a.html": "2020-01-02", "b.html": None, "c.html": None})
    assert (figures["right"], figures["wrong"], figures["no_date"]) == (2, 0, 1)


@pytest.mark.slow
@pytest.mark.skipif(not (WEB / GOLD).is_file(), reason="needs ../shared/data/web")
def test_the_stored_day_is_right_at_least_as_often_as_htmldate_and_keeps_its_floor() -> None:
    pages = load_pages(WEB)
    ours, peer = storyweave_day(), htmldate_day()
    mine = score(pages, {p.path.name: ours(p) for p in pages})
    theirs = score(pages, {p.path.name: peer(p) for p in pages})
    assert mine["right"] >= theirs["right"], (mine, theirs)
    assert mine["right"] >= gate.load().floor("dates", "right_days"), mine
