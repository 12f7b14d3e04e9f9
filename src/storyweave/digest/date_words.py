"""Days written in words beside a month: "the twenty-first of May", "ersten Januar", "veintiuno de Mayo", "May
twenty one", "tweede van augustus", "الثاني من أغسطس".

The day is read by the language's own ordinal and number words (`language.numbers`), so every language with
number words gets these forms; the word between day and month is the language's `of_words` ("of", "de", "van",
"من"). A word run is a day only when it stands right against the month and is 1 to 31.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from storyweave.language import PROFILES, alternation
from storyweave.language.codes import vocabulary

_YEAR_AFTER = re.compile(r"^,?\s*(?P<y>1[89]\d\d|2[01]\d\d)(?!\w)")
_WINDOW = 40
_CLOSED = re.compile(r"^\s*(?:$|[,.;:!?)]|1[89]\d\d|2[01]\d\d)")


@dataclass(frozen=True, slots=True)
class WordDay:
    start: int
    end: int
    month: int
    day: int
    year: int | None


def word_days(text: str, months: dict[str, int], language: str, taken: Sequence[tuple[int, int]]) -> list[WordDay]:
    """Every month name with a day in words before or after it, outside the `taken` spans."""
    from storyweave.language.numbers import number_words, ordinal_numbers, word_numbers

    code = vocabulary(language)
    pattern = _month_pattern(tuple(sorted(months, key=len, reverse=True)))
    joiner = _joiner(code)
    words = number_words(code)
    found = []
    for match in pattern.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        own = PROFILES.get(code)
        if own is not None and own.capital_months and match.group(0)[0].islower():
            continue  # "may", "march": a verb before it is a month
        month = months[match.group(0).lower().rstrip(".")]
        left = text[max(0, match.start() - _WINDOW) : match.start()]
        offset = match.start() - len(left)
        bare = joiner.sub("", left)
        runs = [*ordinal_numbers(bare, code), *word_numbers(bare, words)]
        before = [r for r in runs if r[1] == len(bare.rstrip()) and 1 <= r[2] <= 31 and r[2].is_integer()]
        start, end, day = match.start(), match.end(), 0
        if before:
            run = min(before, key=lambda r: r[0])
            start, day = offset + run[0], int(run[2])
        else:
            right = text[match.end() : match.end() + _WINDOW]
            lead = len(right) - len(_article(code).sub("", right, count=1))
            ordinals = ordinal_numbers(right, code)
            cardinals = [r for r in word_numbers(right, words) if _CLOSED.match(right[r[1] :])]
            after = [
                r
                for r in (*ordinals, *cardinals)
                if not right[lead : r[0]].strip(" .") and r[0] >= lead and 1 <= r[2] <= 31 and r[2].is_integer()
            ]
            if not after:
                continue  # "In May two people died": a count after a month is no day unless the phrase ends there
            run = max(after, key=lambda r: r[1])
            end, day = match.end() + run[1], int(run[2])
        year = _YEAR_AFTER.match(text[end:])
        if year:
            end += year.end()
        found.append(WordDay(start, end, month, day, int(year.group("y")) if year else None))
    return found


@lru_cache(maxsize=64)
def _month_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(names, never=True)})\.?(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _article(language: str) -> re.Pattern[str]:
    """ "September the twenty-first": the language's article for a day (`day_articles`) before the day's words."""
    own = PROFILES.get(language)
    articles = own.day_articles if own else {"the"}
    return re.compile(rf"^\s*(?:{alternation(articles, never=True)})\s+", re.IGNORECASE)


@lru_cache(maxsize=64)
def _joiner(language: str) -> re.Pattern[str]:
    """The word between a day and its month ("of", "de", "van", "من"), and "the", cut off the left of the month."""
    own = PROFILES.get(language)
    joiners = (own.of_words | own.day_month_joiners) if own else {"of"}
    return re.compile(rf"(?:\s+(?:{alternation(joiners, never=True)}))?\s*$", re.IGNORECASE)
