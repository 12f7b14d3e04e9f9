"""The date each article's relative expressions are counted from; an undated article borrows one from its event.

"Friday" means nothing without the day the report was written. A report that states its day is its own anchor.
One that states only a month, or nothing, takes the latest day its event's dated reports give (within its own month
or year when it has one), then moves back to what its own text implies: a report that says "Friday" and
"Saturday" was written on or after that Saturday, so its anchor is the latest such day, not the event's last. The
anchor records that it was borrowed, so whatever rests on it can say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from storyweave.digest.dates import resolve
from storyweave.model import Article

_LOOKBACK_DAYS = 14


@dataclass(frozen=True, slots=True)
class Anchor:
    value: date | None
    borrowed: bool
    how: str


def anchor_articles(articles: Sequence[Article]) -> dict[str, Anchor]:
    days = sorted({a.published for a in articles if a.published is not None and a.precision == "day"})
    return {article.id: anchor_of(article, days) for article in articles}


def anchor_of(article: Article, event_days: Sequence[date]) -> Anchor:
    if article.published is not None and article.precision == "day":
        return Anchor(article.published, False, "published")
    compatible = [d for d in event_days if _within(d, article)]
    if not compatible:
        return Anchor(None, True, "no anchor: undated, and no dated report in its event")
    reference = compatible[-1]
    implied = [d for d in _own_days(article, reference) if reference - timedelta(_LOOKBACK_DAYS) <= d <= reference]
    implied = [d for d in implied if _within(d, article)]
    if implied:
        return Anchor(max(implied), True, f"borrowed: event's {reference.isoformat()}, moved to the days it names")
    return Anchor(reference, True, f"borrowed: latest dated report of its event, {reference.isoformat()}")


def _within(day: date, article: Article) -> bool:
    """Whether `day` agrees with what the article's own partial date says (its month, or its year)."""
    if article.published is None or article.precision == "unknown":
        return True
    if article.precision == "month":
        return (day.year, day.month) == (article.published.year, article.published.month)
    return day.year == article.published.year


def _own_days(article: Article, reference: date) -> list[date]:
    """Days the article names, read from the reference: weekdays in past sense and full dates."""
    found: list[date] = []
    for sentence in article.sentences:
        for mention in resolve(sentence.text, reference, article.language):
            if mention.precision == "day" and not mention.approximate and mention.kind != "span" and not mention.stamp:
                found.append(mention.value)
    return found
