"""Spans of time counted from the report's day: "two days ago", "vor drei Tagen", "1 month and 21 days ago",
"för några dagar sedan", "iki gün önce", "dans trois ans", "over 2 weken".

The markers and unit words are dateparser's (its locale data spells "hace N días", "N dagen geleden", "over N
weken" for some 200 locales) joined with the language modules' own: their `ago_*` words, the inflected units of
`durations`, and `few_words` ("a few days ago" is three days, and only roughly). What dateparser does not know is
which of these words count from the *story* rather than the report: "earlier", "früher" (`story_ago`) and "sonra",
"later" (`story_later`) tell of a time after an event the story names, so they are left out; so are the windows
("خلال", "within": `window_before`), which say how long, not when. A count forward after a word that also means
"during" ("in", "en", "em": `during_words`) is a date only in a sentence about the future: "the first time in 20
years" is not. A marker dateparser writes only with another ("för … sedan") counts only with it: "för 3 veckor" is
"for three weeks".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from storyweave.language import PROFILES, alternation
from storyweave.language.codes import vocabulary

# dateparser's unit names -> the engine's; a century is history, not a day of the story
_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
          "fortnight": "fortnights", "month": "months", "year": "years", "decade": "decades"}  # fmt: skip
_DAYS = {"days": 1, "weeks": 7, "fortnights": 14}
_MONTHS = {"months": 1, "years": 12, "decades": 120}
_LABEL = re.compile(r"^(in )?\\1 (\w+)(?: ago)?$")
_FORM = re.compile(r"^(.*?)\(\\d\+\+\[\.,\]\?\\d\*\+\)\s*(\w+)(?:\s+(\w[\w ]*))?$")
FEW_COUNT = 3  # "a few days": the count a reader takes, marked approximate


@dataclass(frozen=True, slots=True)
class Count:
    text: str
    start: int
    end: int
    value: date
    approximate: bool


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    pattern: re.Pattern[str]
    part: re.Pattern[str]
    units: dict[str, str]
    before: dict[str, int]  # marker before the count (lowercased, spaces single) -> -1 for the past, +1 for the future
    after: dict[str, int]  # marker after it
    companions: frozenset[str]  # markers that say nothing alone: the "för" of "för … sedan"
    during: frozenset[str]
    few: frozenset[str]


def counted_dates(text: str, anchor: date, language: str, future: bool) -> list[Count]:
    """Every count of time from the report's day in `text`; hours and minutes are the day itself."""
    from storyweave.language.numbers import number_words, word_numbers

    vocabulary_ = _vocabulary(vocabulary(language))
    if vocabulary_ is None:
        return []
    found = []
    for match in vocabulary_.pattern.finditer(text):
        before, after = match.group("before"), match.group("after")
        signs = {
            table[_key(m)]
            for m, table in ((before, vocabulary_.before), (after, vocabulary_.after))
            if m and _key(m) in table and _key(m) not in vocabulary_.companions
        }
        if len(signs) != 1:
            continue  # no marker, or one of each: not a count from today
        sign = signs.pop()
        if sign > 0 and before and not after and _key(before) in vocabulary_.during and not future:
            continue
        days = months = 0
        approximate = sign > 0
        for part in vocabulary_.part.finditer(match.group("counts")):
            written, unit = part.group("n"), vocabulary_.units[_key(part.group("u"))]
            if written.isdigit():
                count = int(written)
            elif _key(written) in vocabulary_.few:
                count, approximate = FEW_COUNT, True
            else:
                read = word_numbers(written, number_words(language))
                count = int(read[0][2]) if read else 1  # "a month ago", "un mois": one
            if count > 2000:
                break  # "4000 years ago" is history: no day of the story
            days += count * _DAYS.get(unit, 0)
            months += count * _MONTHS.get(unit, 0)
            approximate = approximate or unit not in ("days", "hours", "minutes", "seconds")
        else:
            if sign > 0 and not (days or months):
                continue  # "in 120 seconds": no other day than the report's, and no date of the story
            value = _shift(anchor, sign * months, sign * days)
            if value is not None:
                found.append(Count(match.group(0), match.start(), match.end(), value, approximate))
    return found


def _shift(anchor: date, months: int, days: int) -> date | None:
    total = anchor.year * 12 + anchor.month - 1 + months
    year, month = total // 12, total % 12 + 1
    if not 1 <= year <= 9999:
        return None
    try:
        return date(year, month, min(anchor.day, calendar.monthrange(year, month)[1])) + timedelta(days=days)
    except OverflowError:
        return None


def _key(text: str) -> str:
    return " ".join(text.lower().split())


@lru_cache(maxsize=64)
def _vocabulary(language: str) -> _Vocabulary | None:
    own = PROFILES.get(language)
    units: dict[str, str] = {}
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    paired: set[str] = set()  # markers written before a count that also has one after ("för" of "för … sedan")
    alone: set[str] = set()  # and those it also writes on their own
    for form in _dateparser_forms(language):
        if len(form.unit_word) >= 2:
            units.setdefault(form.unit_word, form.unit)
        for marker, table in ((form.before, before), (form.after, after)):
            if marker and re.fullmatch(r"[^\W\d_][\w ]*", marker):
                table.setdefault(_key(marker), form.sign)
                if not (form.before and form.after):
                    alone.add(_key(marker))
        if form.before and form.after:
            paired.add(_key(form.before))
    number_words: set[str] = set()
    few: frozenset[str] = frozenset()
    during: frozenset[str] = frozenset()
    joiners = frozenset({"and"})
    if own is not None:
        for name, spelled in own.durations.items():
            for word in spelled.split():
                units.setdefault(word.lower(), name)
        before.update({_key(m): -1 for m in own.ago_before})
        after.update({_key(m): -1 for m in own.ago_after} | {_key(m): 1 for m in own.from_now})
        for story in (*own.story_ago, *own.story_later, *own.window_before):
            before.pop(_key(story), None)
            after.pop(_key(story), None)
        number_words = {entry.split(":")[0] for entry in own.number_words.split()} | set(own.ones)
        few = frozenset(_key(w) for w in own.few_words)
        during = frozenset(_key(w) for w in own.during_words)
        joiners = frozenset(own.number_and) or joiners
    if not units or not (before or after):
        return None
    words = alternation(number_words, never=True)
    number = rf"\d+|{alternation(few, never=True)}|(?:{words})(?:[\s-]+(?:{words}))*"
    unit = alternation(units, never=True)
    count = rf"(?:{number})\s*(?:{unit})"
    counts = rf"{count}(?:(?:\s*,\s*|\s+(?:{alternation(joiners, never=True)})\s+|\s+){count})*"
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<before>{alternation(before, never=True)})\s+)?(?P<counts>{counts})"
        rf"(?:\s+(?P<after>{alternation(after, never=True)}))?(?!\w)",
        re.IGNORECASE,
    )
    part = re.compile(rf"(?<!\w)(?P<n>{number})\s*(?P<u>{unit})(?!\w)", re.IGNORECASE)
    return _Vocabulary(pattern, part, units, before, after, frozenset(paired - alone), during, few)


@dataclass(frozen=True, slots=True)
class _Form:
    sign: int
    unit: str  # the engine's name: "days"
    unit_word: str  # as the language writes it: "días"
    before: str  # the marker before the number: "hace", "il y a", "over"
    after: str  # the marker after the unit: "ago", "geleden", "önce"


@lru_cache(maxsize=64)
def _dateparser_forms(language: str) -> list[_Form]:
    """The counts dateparser's locale spells, from its `relative-type-regex` ("hace (\\d+) días": "\\1 day ago")."""
    from storyweave.digest.lexicon import locale_info

    info = locale_info(language) or {}
    forms = info.get("relative-type-regex", {})
    found = []
    for label, patterns in forms.items() if isinstance(forms, dict) else ():
        named = _LABEL.match(str(label))
        if not named or named.group(2) not in _UNITS or not isinstance(patterns, list):
            continue
        for written in patterns:
            form = _FORM.match(str(written))
            if form:
                sign = 1 if named.group(1) else -1
                unit = _UNITS[named.group(2)]
                found.append(
                    _Form(
                        sign, unit, form.group(2).lower(), form.group(1).strip().lower(), (form.group(3) or "").lower()
                    )
                )
    return found
