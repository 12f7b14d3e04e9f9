"""Numbers as news writes them, in English, Norwegian, German, French and Spanish, read into value, low and high.

A figure in a report is rarely a bare number: "some 100", "more than 80 percent", "a few hundred", "dusinvis",
"rundt 90 prosent", "près de 200". Comparing reports needs what each could mean, so every figure becomes a range:

- a hedge ("about", "om lag", "rundt", "etwa", "environ", "alrededor de") allows ±15% around a round figure (100,
  2000) and ±10% around a precise one (22): a round figure is itself an estimate;
- "more than X" runs from X to half as much again ("over 1,000" is not 5,000, or they would say so), capped at 100
  for a percentage; "fewer than X" mirrors it; "nearly X" is the tenth below X;
- words for quantities are ranges: "a few hundred" 200-400, "dozens" 24-99, "scores of" 40-99, "hundreds"
  200-999, "une centaine" 85-115. Their value is the middle of the range, rounded, and says no more than that.

Separators are read by the report's language: "1,000" is a thousand in English, "1.000" in Norwegian or German.
The one shape a language cannot settle (its own decimal mark before exactly three digits: "1.000" in English,
"1,000" in German, either in a report of unknown language) is returned as `Unread`, never guessed: one reading is
off by a factor of a thousand.

Dates are not counts: every span `dates.resolve` finds ("June 5", "early 2014", "the past two days") is masked, and
a bare four-digit year is left alone unless a hedge or a unit makes it a figure ("some 2000 people" is; "the 2014
campaign" is not). Ages, ordinals, times of day and live-blog stamps ("1423 Frank Thorp ...", "2153 GMT"), labels
("Resolution 2254"), ratios ("ten times higher") and "three years ago" are not figures at all. "One" and its
articles ("en", "ein", "un", "uno") never stand alone as a figure: they are mostly articles. Measures ("161 km",
"86 metric tons") are read with a `measure:` unit so that their digits are never taken for a count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from storyweave.digest.dates import DateMention, resolve
from storyweave.language import alternation, gather_phrases, gather_units
from storyweave.language.codes import locale
from storyweave.language.numbers import (
    ONES,
    Ambiguous,
    NumberWords,
    number_words,
    ordinal_numbers,
    overlaps,
    parse,
    word_numbers,
)

# Arabic's decimal and group marks as the digits' reader knows them; one character for one, so offsets hold.
_ARABIC_MARKS = str.maketrans({"\u066b": ".", "\u066c": ",", "\u066a": "%"})
_MASK_ANCHOR = date(2000, 1, 1)  # resolve needs an anchor to find relative spans; only their offsets are used here
ROUND_HEDGE = 0.15
PRECISE_HEDGE = 0.10
OVER = 1.5

DURATIONS = ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades")
_DAYS_PER = {
    "seconds": 1 / 86400,
    "minutes": 1 / 1440,
    "hours": 1 / 24,
    "days": 1.0,
    "weeks": 7.0,
    "months": 30.4,
    "years": 365.25,
    "decades": 3652.5,
}


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure: what the text says (`value`) and the range it allows (`low`..`high`)."""

    text: str
    start: int
    end: int
    value: float
    low: float
    high: float
    unit: str  # "count", "percent", a duration ("months"), "age", a measure or a currency code ("USD")
    qualifier: str  # "exact", "about", "over", "at least", "under", "up to", "nearly", "just over", "vague", "range"


@dataclass(frozen=True, slots=True)
class Unread:
    """A figure that could not be read without guessing, and why."""

    text: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Reading:
    quantities: tuple[Quantity, ...]
    unread: tuple[Unread, ...]


def dimension(unit: str) -> str:
    """What can be compared with what: every duration with every other, each currency only with itself."""
    return "duration" if unit in DURATIONS else unit


def in_days(value: float, unit: str) -> float:
    return value * _DAYS_PER.get(unit, 1.0)


_YEAR = r"1[89]\d\d|2[01]\d\d"
_YEAR_LIKE = re.compile(rf"(?:{_YEAR})$")
_PERCENT = rf"\s?%|\s+(?:{alternation(list(gather_phrases('percent_words')))})(?!\w)"
_CURRENCY_BEFORE = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "USD": "USD", "EUR": "EUR",
                    "GBP": "GBP", "NOK": "NOK", "SEK": "SEK", "DKK": "DKK", "CHF": "CHF"}  # fmt: skip
_CURRENCY_AFTER = gather_units("currencies")
_DURATION = gather_units("durations")
_MEASURE = gather_units("measures")
# Measures written as symbols, which may stand right on the digits ("300mm", "75ml").
_SYMBOLS = frozenset(word for word in _MEASURE if len(word) <= 3 and word.isascii())


def _phrases(question: str) -> str:
    return alternation(list(gather_phrases(question)))


_AGE_AFTER = re.compile(rf"^[\s-]*(?:{_phrases('age_after')})\b|^-?(?:{_phrases('age_suffixes')})", re.IGNORECASE)
_AGE_BEFORE = re.compile(rf"(?:{_phrases('age_before')})\s+$", re.IGNORECASE)
_AGO_AFTER = re.compile(rf"^\s+(?:{_phrases('ago_after')})\b", re.IGNORECASE)
_AGO_BEFORE = re.compile(rf"\b(?:{_phrases('ago_before')})\s+$", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(rf"(?:{_phrases('window_before')})\s+$", re.IGNORECASE)
# "birkaç gün sonra", "three days later": a time the story counts to; "24 saat içinde": a window, not a claim
_LATER_AFTER = re.compile(rf"^\s+(?:{_phrases('story_later')}|{_phrases('window_after')})(?!\w)", re.IGNORECASE)
_RATE_BEFORE = re.compile(rf"(?<!\w)(?:{_phrases('rate_before')})\s+$", re.IGNORECASE)
_LABEL_BEFORE = re.compile(rf"(?:\b(?:{_phrases('label_before')})|#)\s*$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(
    rf"^\s*(?:a\.?m\.?|p\.?m\.?|h\d\d|gmt|utc|bst|cet|cest|est|edt|pst|et|{_phrases('clock_after')})(?!\w)"
    r"|^[:.]\d\d(?!\d)",
    re.IGNORECASE,
)
_RATIO_AFTER = re.compile(rf"^[\s-]*(?:{_phrases('ratio_after')})(?!\w)", re.IGNORECASE)
# Measures are read (a figure is never half-read) but are none of the claims a digest compares.
_MEASURE_AFTER = re.compile(r"(?:\s*|-)(?:metric\s+|(square|cubic)\s+)?([^\W\d_]+)", re.IGNORECASE)
_DEGREES = re.compile(r"\s?[°º˚]\s?([CFK](?![^\W\d_]))?")
_SCALE_AFTER = re.compile(r"\s*(celsius|centigrade|fahrenheit|kelvin|[CFK](?![^\W\d_]))", re.IGNORECASE)
_SYMBOL_AFTER = re.compile(r"\s?([$€£¥])")
_ORDINAL_DOT = re.compile(r"^\.\s+[^\W\d_]")  # "3. Brigade", "22. oktober": sentences are split already


# --- reading ------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Figure:
    start: int
    end: int
    value: float
    low: float | None = None  # set for ranges and words for quantities
    high: float | None = None
    word: bool = False
    year_like: bool = False
    small: bool = False  # "one" written as the article is: a figure only with a unit ("one mile", "un kilo")


def read_quantities(
    text: str, language: str = "en", *, anchor: date | None = None, dates: Sequence[DateMention] | None = None
) -> Reading:
    """Every figure of `text` left to right, with its hedge and unit; what could not be read is in `unread`.

    `dates` are the text's date mentions when the caller has resolved them already (they are masked either way)."""
    words = number_words(language or "")
    written, text = text, text.translate(_ARABIC_MARKS)
    if dates is None:
        dates = resolve(text, anchor or _MASK_ANCHOR, locale(words.language, default="en"))
    taken = [(m.start, m.end) for m in dates]
    taken.extend((start, end) for start, end, _ in ordinal_numbers(text, words.language))  # "twenty-first"
    quantities: list[Quantity] = []
    unread: list[Unread] = []

    def add(figure: _Figure) -> None:
        quantity = _quantity(text, figure, words)
        taken.append((quantity.start, quantity.end) if quantity else (figure.start, figure.end))
        if quantity is not None:
            quantities.append(quantity)

    for figure in _ranges(text, words, taken):
        add(figure)
    for match in words.digits.finditer(text):
        if overlaps(match.start(), match.end(), taken):
            continue
        token = match.group("number")
        try:
            value = parse(token, words.decimal)
        except Ambiguous:
            where = f"'{words.decimal}' marks decimals in {words.language}" if words.decimal else "language unknown"
            reason = f"'{token}' ({where}): either {_both(token)}"
            unread.append(Unread(_around(text, match.start(), match.end()), match.start(), match.end(), reason))
            taken.append((match.start(), match.end()))
            continue
        if value is not None and _plain_number(text, match.start(), match.end(), words):
            if match.group("sign"):
                value = -value
            add(_Figure(match.start(), match.end(), value, year_like=bool(re.fullmatch(_YEAR, token))))
    for match in words.vague.finditer(text):
        if _counted_before(text, match.start(), words):
            continue  # "عشرة آلاف" is ten thousand, not thousands: the words' pass reads it
        if not overlaps(match.start(), match.end(), taken):
            low, high = words.vague_range[" ".join(match.group(0).lower().split())]
            add(_Figure(match.start(), match.end(), _middle(low, high), low, high, word=True))
    for start, end, value in word_numbers(text, words, taken, small=True):
        if not overlaps(start, end, taken):  # "cent" of "trente-sept pour cent" is the percent sign's, once read
            article = value == 1 and text[start:end].lower() in ONES  # "one", "ein", "un": an article as often
            add(_Figure(start, end, value, word=True, small=article))
    quantities.sort(key=lambda q: (q.start, -q.end))
    # A figure read whole after its parts ("mil 70", whose 70 the digits' pass took first) keeps only the whole.
    quantities = [
        q for q in quantities if not any(o is not q and o.start <= q.start and q.end <= o.end for o in quantities)
    ]
    if written != text:  # the figures as written, not as the reader saw Arabic's marks
        quantities = [replace(q, text=written[q.start : q.end].strip()) for q in quantities]
        unread = [replace(u, text=written[u.start : u.end]) if u.text == text[u.start : u.end] else u for u in unread]
    return Reading(tuple(quantities), tuple(unread))


def _counted_before(text: str, start: int, words: NumberWords) -> bool:
    previous = re.search(r"(\S+)\s+$", text[max(0, start - 24) : start])
    if previous is None:
        return False
    word = previous.group(1).lower()
    return word[:1].isdigit() or (word in words.words and words.words[word][0] >= 2)


def _both(token: str) -> str:
    mark = next(c for c in token if not c.isdigit())
    whole, tail = token.split(mark)
    return f"{float(whole + '.' + tail):g} or {int(whole + tail)}"


def _around(text: str, start: int, end: int) -> str:
    left = text.rfind(" ", 0, max(0, start - 1))
    right = text.find(" ", min(len(text), end + 1))
    return text[left + 1 : right if right >= 0 else len(text)].strip(" ,.;:")


def _plain_number(text: str, start: int, end: int, words: NumberWords) -> bool:
    """Whether digits are a figure at all, not a label, a time of day, an ordinal or part of a code or a score."""
    before, after = text[max(0, start - 24) : start], text[end : end + 24]
    if _LABEL_BEFORE.search(before) or _CLOCK_AFTER.match(after) or re.search(r"\d\s?h\s?$", before):
        return False  # "Resolution 2254", "1410 GMT", the minutes of "15 h 30"
    duration = re.match(r"\s*([^\W\d_]+)", after)
    if (
        re.fullmatch(r"[0-2]?\d[.:][0-5]\d", text[start:end])
        and duration
        and _DURATION.get(duration.group(1).lower()) == "hours"
    ):
        return False  # "a las 22.30 horas" is a time of day, not a duration
    token = text[start:end]
    if (
        re.fullmatch(r"0\d{3}|[0-2]\d[0-5]\d", token)
        and (start == 0 or text[start - 1] == "(")
        and not _YEAR_LIKE.match(token)
    ):
        return False  # a live blog's time stamp: "1423 Frank Thorp ...", "(2153 GMT)"
    if words.language != "en" and _ORDINAL_DOT.match(after):
        return False
    if after[:1].isalpha() and not (re.match(r"(?:m|bn|mn|k)(?!\w)", after) and _currency_before(before[-4:])):
        symbol = re.match(r"[^\W\d_]+", after)
        return symbol is not None and symbol.group(0).lower() in _SYMBOLS  # "300mm", "200lbs"; not "22nd", "G20"
    if re.fullmatch(r"0\d*[1-9]\d*", token):
        return False  # "0551/491-2017", "030 123456": a phone number's digits; a figure never opens on a zero
    if _RATE_BEFORE.search(before) and re.fullmatch(r"10{2,6}", re.sub(r"\D", "", token)):
        return False  # "30 cases per 100,000 people", "neun Sterbefälle je 1.000 Einwohner": the base of a rate
    if re.match(r"[\-–]\d", after):  # "27-20", "2014-2017": a score or a span, unless read as a range earlier
        return False
    if re.match(r"[\-–][^\W\d_]", after):  # "24-hour" is a duration, "F-16" or "3-D" is not a figure
        hyphened = re.match(r"[\-–]([^\W\d_]+)", after)  # "24-hour", "3-inch", "776-foot"
        return hyphened is not None and (
            hyphened.group(1).lower() in _DURATION or hyphened.group(1).lower() in _MEASURE
        )
    return True


def _ranges(text: str, words: NumberWords, taken: list[tuple[int, int]]) -> list[_Figure]:
    """ "between 100 and 200", "mellom 100 og 200", "100-200": one figure with both ends."""
    number = r"\d[\d.,\u00a0\u202f]*\d|\d"
    between = words.between
    joiner = next(iter(words.joiners), "and")
    pattern = re.compile(
        rf"(?<!\w)(?:{between}\s+({number})\s+{joiner}\s+({number})|(?<![\w.,\-–/])({number})\s?[\-–]\s?({number}))"
        r"(?![\d\-–]|[.,]\d)",
        re.IGNORECASE,
    )
    found = []
    for match in pattern.finditer(text):
        first, second = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if overlaps(match.start(), match.end(), taken):
            continue
        try:
            low, high = parse(first, words.decimal), parse(second, words.decimal)
        except Ambiguous:
            continue
        if low is None or high is None or not 0 < low < high <= 10 * low or re.fullmatch(_YEAR, first):
            continue  # "9-10,000" is not a range from nine, "2014-2017" not a figure
        found.append(_Figure(match.start(), match.end(), _middle(low, high), low, high))
    return found


def _quantity(text: str, figure: _Figure, words: NumberWords) -> Quantity | None:
    start, end, value = figure.start, figure.end, figure.value
    if not math.isfinite(value):
        return None  # four hundred nines: no figure a report states, and none that compares
    currency_before = _currency_before(text[max(0, start - 4) : start])
    scale = None if figure.word else _scale(text[end:], words, money=currency_before is not None)
    factor = scale[0] if scale else 1.0
    end += scale[1] if scale else 0
    added = 0.0
    if scale is not None:  # "1 milyon 783 bin", "2 mld 300 mln": each part under the scale before it
        added, end = _compound(text, end, factor, words)
    elif figure.word and value >= 1000 and figure.low is None:  # "mil 70" (1,070), "iki bin 500"
        ending = next((s for s in (1e12, 1e9, 1e6, 1e3) if value % s == 0), 1.0)
        if ending >= 1000:
            added, end = _compound(text, end, ending, words)
    after = text[end:]
    if _RATIO_AFTER.match(after):
        return None  # "ten times higher" is a ratio, not a count
    unit = "count"
    percent = re.match(_PERCENT, after, re.IGNORECASE)
    before_percent = words.percent_before.search(text[max(0, start - 12) : start]) if words.percent_before else None
    sign_percent = re.search(r"%\s?$", text[max(0, start - 2) : start]) if words.percent_before else None
    duration = re.match(r"(?:\s+|-)([^\W\d_]+)", after)
    if percent:
        unit, end = "percent", end + percent.end()
    elif before_percent or sign_percent:  # "yüzde 50", "%50"
        found = before_percent or sign_percent
        assert found is not None
        unit, start = "percent", start - (found.end() - found.start())
    elif currency_before:
        unit, start = currency_before[0], start - currency_before[1]
    elif (money := _currency_after(after, words)) is not None:
        unit, end = money[0], end + money[1]
    elif (symbol := _SYMBOL_AFTER.match(after)) is not None:  # "75 milyon $", "12.345 $'dan"
        unit, end = _CURRENCY_BEFORE[symbol.group(1)], end + symbol.end()
    elif (degrees := _DEGREES.match(after)) is not None:  # "30 °C", "-5°"
        unit, end = _temperature(degrees.group(1)), end + degrees.end()
    elif (measure := _MEASURE_AFTER.match(after)) and measure.group(2).lower() in _MEASURE:
        unit, end = "measure:" + _MEASURE[measure.group(2).lower()], end + measure.end()
        if unit == "measure:temperature" and (scale_word := _SCALE_AFTER.match(text[end:])):
            unit, end = _temperature(scale_word.group(1)), end + scale_word.end()
        elif measure.group(1):  # "190,000 square meters", "0.9 trillion cubic feet"
            unit = "measure:area" if measure.group(1).lower() == "square" else "measure:volume"
    if unit == "count" and duration and duration.group(1).lower() in _DURATION:
        rest, before = after[duration.end() :], text[max(0, start - 20) : start]
        if (
            _AGO_AFTER.match(rest)
            or _AGO_BEFORE.search(before)
            or _WINDOW_BEFORE.search(before)
            or _LATER_AFTER.match(rest)
        ):
            return None  # "three years ago" is a date, "the past two days" a window of time, neither a claim
        unit, end = _DURATION[duration.group(1).lower()], end + duration.end()
    if (aged := _AGE_AFTER.match(text[end:])) or _AGE_BEFORE.search(text[max(0, start - 20) : start]):
        unit, end = "age", end + (aged.end() if aged else 0)  # "ten years old", "aged 5": read, never claimed
    if figure.small and (unit == "count" or unit in DURATIONS):
        return None  # "one" alone is a pronoun or an article, "one day" a manner of speaking; "one mile" a figure
    if words.minus and figure.value > 0 and (minus := words.minus.search(text[max(0, start - 12) : start])):
        value, start = -value, start - (minus.end() - minus.start())  # "minus 0,75 Prozent", "eksi 5"
    qualifier, start = _qualifier(text, start, words)
    trailing = _after_qualifier(text[end:], words)
    if trailing is not None and qualifier == "exact":
        qualifier, end = trailing[0], end + trailing[1]
    if figure.year_like and qualifier == "exact" and unit == "count" and scale is None:
        return None  # "the 2014 campaign", "in 2017 alone": a year, not a count
    value = value * factor + added
    if figure.low is not None and figure.high is not None and qualifier in _ONE_SIDED:
        low, high = _bounds(value, qualifier)  # "more than a dozen": twelve and up, not ten to fourteen
    elif figure.low is not None and figure.high is not None:
        qualifier = "vague" if figure.word else "range"
        low, high = figure.low * factor, figure.high * factor
    else:
        low, high = _bounds(value, qualifier)
    if unit == "percent" and value <= 100:
        high = min(high, 100.0)
    return Quantity(text[start:end].strip(), start, end, value, _tidy(low), _tidy(high), unit, qualifier)


_ONE_SIDED = frozenset({"over", "at least", "just over", "under", "up to"})


def _temperature(scale: str | None) -> str:
    """ "measure:temperature:C" for "°C", "degrees Celsius"; without a scale, just a temperature."""
    letter = (scale or "")[:1].upper()
    return f"measure:temperature:{letter}" if letter in ("C", "F", "K") else "measure:temperature"


def _tidy(number: float) -> float:
    """114.99999999999999 is 115: hedged bounds are products of floats."""
    return float(round(number, 6))


def _scale(after: str, words: NumberWords, money: bool = False) -> tuple[float, int] | None:
    if money and (short := re.match(r"\s?(m|bn|k)(?!\w)", after)):  # "$5m", "€2bn"
        return {"m": 1e6, "bn": 1e9, "k": 1e3}[short.group(1)], short.end()
    for word in sorted(words.scales, key=len, reverse=True):
        match = re.match(rf"\s?{re.escape(word)}(?!\w)", after, re.IGNORECASE)
        if match:
            return words.scales[word], match.end()
    return None


def _currency_before(before: str) -> tuple[str, int] | None:
    for symbol in sorted(_CURRENCY_BEFORE, key=len, reverse=True):
        match = re.search(rf"{re.escape(symbol)}\s?$", before)
        if match and (len(symbol) == 1 or symbol == "US$" or not before[: match.start()][-1:].isalnum()):
            return _CURRENCY_BEFORE[symbol], len(match.group(0))
    return None


def _currency_after(after: str, words: NumberWords) -> tuple[str, int] | None:
    match = re.match(r"\s+(?:(?:de|of)\s+|d['’])?(?:US\s+)?([^\W\d_]+)", after, re.IGNORECASE)
    if not match:
        return None
    word = match.group(1).lower()
    if word in _CURRENCY_AFTER:
        return _CURRENCY_AFTER[word], match.end()
    if word in ("kroner", "kr") and words.crowns:
        return words.crowns, match.end()
    return None


def _qualifier(text: str, start: int, words: NumberWords) -> tuple[str, int]:
    before = text[max(0, start - 40) : start]
    for pattern, kind in words.qualifiers:
        match = pattern.search(before)
        if match:
            return kind, start - (len(before) - match.start())
    return "exact", start


def _after_qualifier(after: str, words: NumberWords) -> tuple[str, int] | None:
    for phrase, kind in words.after.items():
        match = re.match(rf"\s?{re.escape(phrase)}(?!\w)" if phrase[0].isalpha() else re.escape(phrase), after)
        if match and (phrase[0].isalpha() or not after[match.end() : match.end() + 1].isalnum()):
            return kind, match.end()
    return None


def _compound(text: str, end: int, scale: float, words: NumberWords) -> tuple[float, int]:
    """What follows a scaled figure under a smaller scale ("1 milyon 783 bin"), and where the figure ends."""
    added = 0.0
    while True:
        match = re.match(r"\s+(\d{1,3}(?:[.,]\d+)?)(?![\d.,])", text[end:])
        if not match:
            return added, end
        try:
            part = parse(match.group(1), words.decimal)
        except Ambiguous:
            return added, end
        following = _scale(text[end + match.end() :], words)
        if part is not None and following is None and scale >= 1000 and re.fullmatch(r"\d{1,3}", match.group(1)):
            return added + part, end + match.end()  # "42 bin 500 lira", "28 mil 645": the hundreds close it
        if part is None or following is None or following[0] >= scale:
            return added, end
        added += part * following[0]
        scale, end = following[0], end + match.end() + following[1]


def _bounds(value: float, qualifier: str) -> tuple[float, float]:
    if value < 0:  # "minus 5": the hedge reaches as far either way, the ends swap
        low, high = _bounds(-value, qualifier)
        return -high, -low
    hedge = ROUND_HEDGE if _round(value) else PRECISE_HEDGE
    return {
        "about": (value * (1 - hedge), value * (1 + hedge)),
        "over": (value, value * OVER),
        "at least": (value, value * OVER),
        "just over": (value, value * (1 + PRECISE_HEDGE)),
        "under": (value / OVER, value),
        "up to": (value / OVER, value),
        "nearly": (value * (1 - PRECISE_HEDGE), value),
    }.get(qualifier, (value, value))


def _round(value: float) -> bool:
    """100, 2000, 50: one significant figure and at least two digits."""
    if value < 10 or not value.is_integer():
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) == 1 or (len(digits) == 2 and digits.endswith("5"))


def _middle(low: float, high: float) -> float:
    middle = (low + high) / 2
    if middle < 10:
        return round(middle)
    magnitude = 10 ** (len(str(int(middle))) - 2)
    return float(round(middle / magnitude) * magnitude)
