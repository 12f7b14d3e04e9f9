from __future__ import annotations

from datetime import date

from storyweave.model import Article, content_id, from_iso_date, iso_date


def test_content_id_folds_case_space_and_unicode_form_but_not_words() -> None:
    assert content_id("Raqqa  fell.\n\nThe end.") == content_id("raqqa fell. the END.")
    assert content_id("Café") == content_id("Cafe\u0301")
    assert content_id("Raqqa fell.") != content_id("Raqqa stood.")
    assert content_id("", title="Only a title") == content_id("only a title")


def test_iso_dates_carry_their_precision() -> None:
    day = date(2017, 10, 17)
    assert [iso_date(day, p) for p in ("day", "month", "year", "unknown")] == ["2017-10-17", "2017-10", "2017", None]
    assert from_iso_date("2017-10") == (date(2017, 10, 1), "month")
    assert from_iso_date("2017-02-31") == (None, "unknown")


def test_no_date_means_unknown_precision() -> None:
    assert Article.new(title="t", text="x", precision="day").precision == "unknown"
