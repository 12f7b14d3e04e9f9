"""Per-language date vocabulary: month and weekday names from dateparser's locale data, cue words of our own.

dateparser ships month, weekday and relative-day words for some 200 locales and needs no network, so the
resolver borrows its vocabulary instead of keeping a table per language. What dateparser does not know is how news
prose *uses* those words: which prepositions make "June" or "2014" a date ("since June", "siden 2014"), which words
open a span ("since", "siden", "seit"), and which tense cues make "Saturday" the next one rather than the last. Those
cue lists are ours, in the language modules (`language.profile`, "dates"); a language without them still gets
dateparser's month and weekday names, with a past-leaning default.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from storyweave.language import Profile, profile
from storyweave.language.codes import locale

_MONTH_KEYS = "january february march april may june july august september october november december".split()
_WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    months: dict[str, int]
    full_months: frozenset[str]  # the longest name of each month: only these may stand alone ("in June")
    weekdays: dict[str, int]
    relative_days: dict[str, int]  # phrase -> days from the anchor ("yesterday": -1)
    relative_weeks: dict[str, int]  # phrase -> weeks from the anchor ("last week": -1), approximate
    relative_months: dict[str, int]  # phrase -> months from the anchor ("last month": -1)
    relative_years: dict[str, int]
    recent: tuple[str, ...]
    cues: frozenset[str]
    span: frozenset[str]
    past_day: frozenset[str]
    next_day: frozenset[str]
    this_day: frozenset[str]
    day_articles: frozenset[str]
    day_suffix: str  # the pattern after digits that makes them an ordinal ("st|nd|rd|th")
    decimal: str
    capital_months: bool  # "may" and "march" in lower case are words, not months
    future: frozenset[str]
    day_first: bool


@lru_cache(maxsize=64)
def lexicon(language: str) -> Lexicon:
    """Vocabulary for `language` (ISO 639-1), falling back to English for a language dateparser does not know."""
    base = language.split("-")[0].lower() or "en"
    code = locale(base)
    info = locale_info(code) or locale_info("en") or {}
    months = _names(info, _MONTH_KEYS, min_length=3)
    weekdays = _names(info, _WEEKDAY_KEYS, min_length=4)
    relative_info = info.get("relative-type", {})
    relative: dict[str, list[str]] = relative_info if isinstance(relative_info, dict) else {}
    days: dict[str, int] = {}
    weeks: dict[str, int] = {}
    month_offsets: dict[str, int] = {}
    years: dict[str, int] = {}
    for key, offset_table in (("day", days), ("week", weeks), ("month", month_offsets), ("year", years)):
        for count, sign in ((0, 0), (1, -1), (1, 1), (2, -1), (2, 1)):
            label = f"in {count} {key}" if sign > 0 else f"{count} {key} ago"
            for phrase in relative.get(label, []):
                if len(phrase) >= 3 and not phrase.isdigit():
                    offset_table[phrase.lower()] = count * sign
    own = profile(base) or Profile(code=base)  # Nynorsk reads with Norwegian's cue words

    return Lexicon(
        language=code,
        months=months,
        full_months=frozenset(max((n for n, m in months.items() if m == k), key=len) for k in set(months.values())),
        weekdays=weekdays,
        relative_days=days | {phrase.lower(): offset for phrase, offset in own.day_phrases.items()},
        relative_weeks=weeks,
        relative_months=month_offsets | {p: 0 for p in own.this_month_phrases},
        relative_years=years,
        recent=own.recent_phrases,
        cues=own.date_cues,
        span=own.span_openers,
        past_day=own.past_day_words,
        next_day=own.next_day_words,
        this_day=own.this_day_words,
        day_articles=own.day_articles,
        day_suffix=own.ordinal_digits,
        decimal=own.decimal,
        capital_months=own.capital_months,
        future=own.future_words,
        day_first=str(info.get("date_order", "DMY")).index("D") < str(info.get("date_order", "DMY")).index("M"),
    )


def locale_info(code: str) -> dict[str, object] | None:
    from dateparser.languages import default_loader  # type: ignore[import-untyped]

    try:
        info: dict[str, object] = default_loader.get_locale(code).info
    except (ValueError, KeyError):
        return None
    return info


def _names(info: dict[str, object], keys: list[str], min_length: int) -> dict[str, int]:
    """Name -> 1-based number; short abbreviations ("sa", "mo", "may" is kept) that collide with words are left out."""
    table: dict[str, int] = {}
    for number, key in enumerate(keys, 1):
        value = info.get(key, [])
        for name in value if isinstance(value, list) else []:
            name = str(name).lower().rstrip(".")
            if len(name) >= min_length and not name.isdigit():
                table.setdefault(name, number)
    return table
