"""Date expressions in a sentence, resolved to calendar dates with their precision, anchored on the article's date.

Rules first, vocabulary from dateparser (see `lexicon`): calling dateparser's own search on every sentence was seen
at over 100 ms a sentence and it reads "die", "am" or "2000 people" as dates; a pattern per shape (day-month-year,
month-day, month-year, a bare month or year after a cue word, a weekday, a relative phrase) built from its locale
words costs microseconds and says nothing it cannot justify. A date that does not exist ("31 February") is not a
mention at all: nothing is invented to make it fit.

Year-less dates ("14 October", "in June") and weekdays take the occurrence nearest the anchor, leaning to the past
as news does unless the sentence speaks of the future ("will", "skal", "wird"). Vague stretches ("in recent days",
"last week") resolve to a day but are marked `approximate`, so a timeline does not treat them as evidence for that
day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from storyweave.digest.date_counts import counted_dates
from storyweave.digest.date_words import word_days
from storyweave.digest.lexicon import Lexicon, lexicon
from storyweave.language import PROFILES, alternation, gather, gather_phrases
from storyweave.language.codes import vocabulary

DatePrecision = Literal["day", "month", "year"]
MentionKind = Literal["absolute", "relative", "span"]

_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_ORDINAL = r"(?:st|nd|rd|th|er|re|ère|ème|ste|de|ro|do|to|e|\.|º|ª|:e|:a)?"
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|ste|de|ro|e|º|ª)?"
_WORD = re.compile(r"[\w'’-]+")
_MORNING = gather("morning_words")
_MORNING_BEFORE = gather("morning_before")


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: date
    precision: DatePrecision
    kind: MentionKind = "absolute"
    approximate: bool = False
    stamp: bool = False  # the page's own date ("Updated: 02/01/2020 12:27h", "© …, 22.02.2020"), not the story's
    background: bool = (
        False  # compared with ("im Vergleich zum Mai 2019"), waited for ("until 15 June") or a range's end
    )


def resolve(text: str, anchor: date | None, language: str = "en") -> list[DateMention]:
    """Every date expression of `text`, left to right; relative ones are skipped when there is no anchor."""
    return list(_resolved(text, anchor, language))


@lru_cache(maxsize=100_000)
def _resolved(text: str, anchor: date | None, language: str) -> tuple[DateMention, ...]:
    """`resolve`, read once per sentence, day and language in a process: the timeline, the facts and the
    summary read each sentence's dates, and again whenever the event grows."""
    words = lexicon(language or "en")
    pattern = _pattern(words.language)
    future = bool(words.future & {w.lower() for w in _WORD.findall(text)})
    mentions: list[DateMention] = []
    for match in pattern.finditer(text):
        mention = _resolve_match(match, text, anchor, words, future)
        if mention is not None:
            mentions.append(replace(mention, stamp=True) if _stamped(text, mention) else mention)
    mentions = [replace(m, background=True) if _background(text, m, words.language) else m for m in mentions]
    if anchor is not None:
        mentions = _with_word_days(text, mentions, anchor, words, future)
        counted = [
            DateMention(c.text, c.start, c.end, c.value, "day", "relative", c.approximate)
            for c in counted_dates(text, anchor, words.language, future)
        ]
        if counted:
            taken = [(m.start, m.end) for m in counted]
            mentions = sorted(
                [*counted, *(m for m in mentions if not any(m.start < b and a < m.end for a, b in taken))],
                key=lambda m: m.start,
            )
    return tuple(mentions)


def _with_word_days(
    text: str, mentions: list[DateMention], anchor: date, words: Lexicon, future: bool
) -> list[DateMention]:
    """The mentions with "the twenty-first of May", "ersten Januar" read to the day, in place of their month."""
    taken = [(m.start, m.end) for m in mentions if m.precision == "day"]
    found = []
    for day in word_days(text, words.months, words.language, taken):
        year = day.year or _nearest_year(anchor, day.month, day.day, future)
        value = _day(year, day.month, day.day)
        if value is not None:
            found.append(DateMention(text[day.start : day.end], day.start, day.end, value[0], "day"))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)


_STAMP_BEFORE = re.compile(
    rf"(?:{alternation(gather_phrases('stamp_cues'), never=True)})[^.!?]{{0,40}}$"
    r"|\(\s*[A-Z][\w/]{1,12},\s*$"  # "(APA, 18.5.2020)"
    r"|\(@\w{1,30}\)\s*$"  # an embedded tweet's stamp: "— LAPD HQ (@LAPDHQ) March 5, 2020"
    r"|(?:file photo|foto de archivo|archivbild|photo d'archive)\b[^!?]{0,160}$"  # a caption runs long
    r"|^\W*(?:date|datum|fecha)\s*:\s*$",  # a letter's or a release's header: "Date: December 27, 2019"
    re.IGNORECASE,
)
_STAMP_AFTER = re.compile(r"^\W{0,3}(?:/\s*PR ?Newswire|/\s*CNW|/\s*-?\s*GlobeNewswire|\(ots\))", re.IGNORECASE)
# A wire or a release's dateline: the place, then the day, then the story ("Vevey, March 24, 2020 Nestlé S.A. ...").
_DATELINE_BEFORE = re.compile(r"^\W{0,3}[A-ZÀ-Ý][\w.'’ -]{1,30},\s*$")
_CLOCK_AFTER = re.compile(
    r"^\s*[,|\-–—]?\s*[0-2]?\d\s*[:.h]\s*[0-5]?\d(?:[:.][0-5]\d)?(?!\d)h?"
)  # not "at 10:30": prose tells that


def _stamped(text: str, mention: DateMention) -> bool:
    """A date is the page's when a stamp word stands before it ("Updated", "Güncelleme", "©", "(APA, ") or a clock
    time follows it ("19.01.2020 19:08"): a story's dates are told in prose, a page's are stamped."""
    before = text[max(0, mention.start - 200) : mention.start]
    after = text[mention.end : mention.end + 20]
    return bool(
        _STAMP_BEFORE.search(before)
        or _CLOCK_AFTER.match(after)
        or _STAMP_AFTER.match(after)
        or (
            mention.precision == "day"
            and _DATELINE_BEFORE.match(text[: mention.start]) is not None
            and re.match(r"\s*(?:[-–—/(]|[A-ZÀ-Ý])", after) is not None  # the story starts right after the day
        )
    )


@lru_cache(maxsize=64)
def _background_cues(language: str) -> tuple[re.Pattern[str] | None, ...]:
    """The language's words that make a date background: before it, after it, and the words of a range ("13 al 15
    de diciembre", "from 1 to 5 May", "Jan 1 – April 2020"), whose ends are neither of them the day."""
    own = PROFILES.get(vocabulary(language))
    if own is None:
        return None, None, _range_after(()), _range_before((), ())

    articles = alternation(own.day_articles | own.dangling_words, never=True)
    before = (
        re.compile(rf"(?<!\w)(?:{alternation(own.background_before)})\s*(?:(?:{articles})\s+)?$", re.IGNORECASE)
        if own.background_before
        else None
    )
    after = (
        re.compile(rf"^['’]?\w{{0,4}}\s*(?:{alternation(own.background_after)})(?!\w)", re.IGNORECASE)
        if own.background_after
        else None
    )
    return before, after, _range_after(own.range_joiners), _range_before(own.range_openers, own.range_joiners)


def _range_after(joiners: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:(?:{alternation(joiners, never=True)})\s*\d|[-–—]\s*(?:\d|[A-ZÀ-Ý]))")


def _range_before(openers: tuple[str, ...], joiners: tuple[str, ...]) -> re.Pattern[str]:
    opening, joining = alternation(openers, never=True), alternation((*joiners, "-", "–", "—"))
    return re.compile(rf"(?:(?<!\w)(?:{opening})\s+|\d\s*(?:{joining})\s*)$", re.IGNORECASE)


def _background(text: str, mention: DateMention, language: str) -> bool:
    """A date the sentence only compares with, waits for or spans from: no day on which its news happened."""
    before, after, range_after, range_before = _background_cues(language)
    left, right = text[max(0, mention.start - 40) : mention.start], text[mention.end : mention.end + 30]
    return bool(
        (before and before.search(left))
        or (after and after.match(right))
        or (range_after and range_after.match(right))
        or (range_before and range_before.search(left))
    )


def without_stamps(text: str, mentions: Sequence[DateMention]) -> tuple[str, tuple[int, int]]:
    """The sentence without the page's stamps glued to it ("updated : Sun Jul 29 2012 08:01:00 Since the ...",
    "... (APA, 18.5.2020)"), and the span kept: a stamp near the start is cut with what precedes it, one later with
    what follows it."""
    low, high = 0, len(text)
    for mention in (m for m in mentions if m.stamp):
        clock = _CLOCK_AFTER.match(text[mention.end : mention.end + 16])
        end = mention.end + (clock.end() if clock else 0)
        if mention.start - low < (high - low) / 2:
            low = max(low, end)
        else:
            cue = _STAMP_BEFORE.search(text[max(low, mention.start - 60) : mention.start])
            high = min(high, max(low, mention.start - 60, 0) + cue.start() if cue else mention.start)
    kept = text[low:high].strip(" |,;:-–—()")
    return kept, (low, high)


def _resolve_match(
    match: re.Match[str], text: str, anchor: date | None, words: Lexicon, future: bool
) -> DateMention | None:
    groups = match.groupdict()
    before = _words_before(text, match.start())
    kind: MentionKind = "span" if before & words.span else "absolute"
    found: tuple[date, DatePrecision] | None = None
    approximate = False
    if groups["iso_y"]:
        found = _day(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
    elif groups["num_a"]:
        if groups["num_s"] != "/" and "," in match.group(0):
            return None  # "08.30, 10": a time of day and a figure; only "08/12, 15" writes its year after a comma
        first, second = int(groups["num_a"]), int(groups["num_b"])
        day_, month_ = (first, second) if words.day_first else (second, first)
        if month_ > 12 >= day_:  # "21/04/2016" in a month-first language: only one reading is a date
            day_, month_ = month_, day_
        found = _day(_full_year(groups["num_y"], anchor), month_, day_)
    elif groups["dm_m"] or groups["md_m"]:
        month_ = words.months[_key(groups["dm_m"] or groups["md_m"])]
        day_ = int(groups["dm_d"] or groups["md_d"])
        year = groups["dm_y"] or groups["md_y"]
        if year:
            found = _day(int(year), month_, day_)
        elif anchor is not None and 1 <= day_ <= 31:
            found = _day(_nearest_year(anchor, month_, day_, future), month_, day_)
    elif groups["nd_a"] or groups["dd_a"]:
        written = (groups["nd_a"] or groups["dd_a"], groups["nd_b"] or groups["dd_b"])
        if anchor is None or not _day_and_month(*written):
            return None
        day_first = words.day_first or bool(groups["dd_a"])
        day_, month_ = (int(written[0]), int(written[1])) if day_first else (int(written[1]), int(written[0]))
        if month_ > 12 >= day_:
            day_, month_ = month_, day_
        if not 1 <= month_ <= 12:
            return None
        found = _day(_nearest_year(anchor, month_, day_, future), month_, day_)
    elif groups["da_d"]:
        if anchor is None:
            return None
        found = _day_of_month(anchor, int(groups["da_d"]), future)
        kind = "relative"
    elif groups["my_m"]:
        found = (date(int(groups["my_y"]), words.months[_key(groups["my_m"])], 1), "month")
    elif groups["rel"]:
        if anchor is None or _is_morning(groups["rel"], before):
            return None
        found, approximate = _relative(_key(groups["rel"]), anchor, words)
        kind = "span" if approximate else "relative"
    elif groups["wd"]:
        if anchor is None:
            return None
        found = (_weekday(anchor, words.weekdays[_key(groups["wd"])] - 1, before, words, future), "day")
        kind = "relative"
    elif groups["mo"]:
        if not _cued(text, match.start(), words) or (words.capital_months and groups["mo"][0].islower()):
            return None
        if anchor is None:
            return None
        month_ = words.months[_key(groups["mo"])]
        found = (date(_nearest_year(anchor, month_, 15, future), month_, 1), "month")
    elif groups["yr"]:
        if not (_cued(text, match.start(), words) or text[max(0, match.start() - 1) : match.start()] == "("):
            return None
        found = (date(int(groups["yr"]), 1, 1), "year")
    if found is None:
        return None
    value, precision = found
    return DateMention(match.group(0), match.start(), match.end(), value, precision, kind, approximate)


@lru_cache(maxsize=64)
def _pattern(language: str) -> re.Pattern[str]:
    words = lexicon(language)
    months = _alternation(words.months)
    full = _alternation(dict.fromkeys(words.full_months, 0))
    weekdays = _alternation(words.weekdays)
    relative = _alternation(
        dict.fromkeys(
            [*words.relative_days, *words.relative_weeks, *words.relative_months, *words.relative_years, *words.recent],
            0,
        ),
        flexible_space=True,
    )
    parts = [
        rf"(?<!\d)(?P<iso_y>{_YEAR})(?P<iso_s>[-/.])(?P<iso_m>[01]?\d)(?P=iso_s)(?P<iso_d>[0-3]?\d)(?!\d)",
        rf"(?<![\w.\-])(?P<num_a>[0-3]?\d)(?P<num_s>[./\-])(?P<num_b>[0-3]?\d)(?:(?P=num_s)|,\s?)"
        rf"(?P<num_y>{_YEAR}|\d\d)(?![\d/\-]|[.,]\d)",
        rf"(?<![\w.,])(?P<dm_d>[0-3]?\d){_ORDINAL}\s*(?:[-/]\s*)?(?:(?:{_day_joiners(language)})\s+|d\.\s*)?"
        rf"(?P<dm_m>{months})\.?(?:,?\s*(?:de\s+)?(?P<dm_y>{_YEAR}))?(?!\w)",
        rf"(?<!\w)(?P<md_m>{months})\.?(?:\s+|\s?[-/]\s?)(?P<md_d>[0-3]?\d){_DAY_SUFFIX}(?![\d,.]\d)(?!\w)"
        rf"(?:,?\s*(?P<md_y>{_YEAR})(?!\w))?",
        rf"(?<!\w)(?P<my_m>{months})\.?,?\s+(?:de\s+|of\s+)?(?P<my_y>{_YEAR})(?!\w)",
        r"(?<![\w.,/\-])(?P<nd_a>[0-3]?\d)/(?P<nd_b>[0-3]?\d)(?![\w/%]|[.,]\d)",  # "22/04", "4/22"
    ]
    if words.decimal == ",":  # "15.1.", "den 28.10.": a day and a month where "1.5" cannot be a decimal
        parts.append(r"(?<![\w.,/\-])(?P<dd_a>[0-3]?\d)\.(?P<dd_b>[01]?\d)\.(?!\d)")
    else:
        parts.append(r"(?P<dd_a>(?!x)x)(?P<dd_b>(?!x)x)")
    if words.day_articles and words.day_suffix:  # "the 27th", "de 21ste", "den 27:e": the day alone
        articles = alternation(words.day_articles)
        parts.append(
            rf"(?<!\w)(?:{articles})\s+(?P<da_d>[0-3]?\d)(?:{words.day_suffix})(?=\s*(?:[,.;:!?)]|$|of\s|van\s))"
        )
    else:
        parts.append(r"(?P<da_d>(?!x)x)")
    if relative:
        parts.append(rf"(?<!\w)(?P<rel>{relative})(?!\w)")
    else:
        parts.append(r"(?P<rel>(?!x)x)")
    parts += [
        rf"(?<!\w)(?P<wd>{weekdays})(?!\w)",
        rf"(?<!\w)(?P<mo>{full})(?!\w)",
        rf"(?<![\w$€£.,])(?P<yr>{_YEAR})(?![\w%]|[.,]\d)",
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def _day_joiners(language: str) -> str:
    """The words between a day and its month: "5 of May", "1 de enero", "2 van augustus" (`of_words` and
    `day_month_joiners`); "de" and "of" for a language that has none of its own."""
    own = PROFILES.get(vocabulary(language))
    joiners = (own.of_words | own.day_month_joiners) if own is not None else frozenset()
    return alternation(joiners or {"de", "of"})


def _alternation(names: dict[str, int], flexible_space: bool = False) -> str:
    ordered = sorted(names, key=len, reverse=True)
    escaped = [re.escape(n) for n in ordered if n]
    if flexible_space:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "|".join(escaped) if escaped else "(?!x)x"


def _key(text: str) -> str:
    return " ".join(text.lower().rstrip(".").split())


def _words_before(text: str, position: int, count: int = 3) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text[max(0, position - 40) : position])[-count:])


def _cued(text: str, position: int, words: Lexicon) -> bool:
    """A bare month or year is a date only right after a cue word ("in", "since early", "siden", "im")."""
    return bool(_words_before(text, position, count=1) & (words.cues | words.span))


def _is_morning(phrase: str, before: frozenset[str]) -> bool:
    """German "morgen" and Spanish "mañana" are also "morning": "heute Morgen" is today, not tomorrow."""
    return _key(phrase) in _MORNING and bool(before & _MORNING_BEFORE)


def _day_and_month(first: str, second: str) -> bool:
    """ "4/22" and "22/04" are a day and a month; "1/2" and "3/4" are fractions, "24/7" a manner of speaking."""
    if (first, second) == ("24", "7"):
        return False
    return len(first) == 2 or len(second) == 2


def _day_of_month(anchor: date, day: int, future: bool) -> tuple[date, DatePrecision] | None:
    """ "the 27th": that day in the month nearest the anchor, leaning to the past."""
    candidates = []
    for step in (-1, 0, 1):
        months = anchor.year * 12 + anchor.month - 1 + step
        year, month = months // 12, months % 12 + 1
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    if not candidates:
        return None
    return min(candidates, key=lambda candidate: _lean(candidate, anchor, future)), "day"


def _day(year: int, month: int, day: int) -> tuple[date, DatePrecision] | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day), "day"


def _full_year(written: str, anchor: date | None) -> int:
    """'11' in '1/26/11' is 2011 unless that is more than a year after the anchor (then 1911)."""
    if len(written) == 4:
        return int(written)
    latest = (anchor.year if anchor is not None else date.today().year) + 1
    year = 2000 + int(written)
    return year if year <= latest else year - 100


def _nearest_year(anchor: date, month: int, day: int, future: bool) -> int:
    """The year that puts month/day nearest the anchor, leaning to the past unless the sentence is about the future;
    "29 February" looks to the nearest leap year."""

    years = [y for y in range(anchor.year - 4, anchor.year + 5) if day <= calendar.monthrange(y, month)[1]]
    return min(years, key=lambda year: _lean(date(year, month, day), anchor, future)) if years else anchor.year


def _lean(candidate: date, anchor: date, future: bool) -> float:
    """How far a reading lies from the anchor, three times as far against the sentence's tense (news leans past)."""
    delta = (candidate - anchor).days
    return abs(delta) * (3.0 if (delta > 0) != future and delta != 0 else 1.0)


def _weekday(anchor: date, weekday: int, before: frozenset[str], words: Lexicon, future: bool) -> date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if before & words.this_day:  # "this Friday": the coming one in a sentence about the future, else of this week
        return anchor + timedelta(days=ahead if future else weekday - anchor.weekday())
    if before & words.past_day:
        return anchor - timedelta(days=back or 7)
    if before & words.next_day:
        return anchor + timedelta(days=ahead or 7)
    if future:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _relative(phrase: str, anchor: date, words: Lexicon) -> tuple[tuple[date, DatePrecision], bool]:
    if phrase in words.relative_days:
        return (anchor + timedelta(days=words.relative_days[phrase]), "day"), False
    if phrase in words.relative_weeks:
        return (anchor + timedelta(weeks=words.relative_weeks[phrase]), "day"), True
    if phrase in words.relative_months:
        months = anchor.year * 12 + anchor.month - 1 + words.relative_months[phrase]
        return (date(months // 12, months % 12 + 1, 1), "month"), False
    if phrase in words.relative_years:
        return (date(anchor.year + words.relative_years[phrase], 1, 1), "year"), False
    return (anchor, "day"), True  # "in recent days", "de siste dagene"
