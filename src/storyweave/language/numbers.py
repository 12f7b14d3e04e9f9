"""Numbers as each language writes them: digits with its decimal and group marks, and its number words.

The words come from the language modules (`Profile.number_words`, `number_and`, `scales`, `qualifiers`, `vague`); a
language without them is read with English's words and, when known, its own decimal mark. Every stage that reads
a figure reads it here: `digest.quantities` (figures with hedges and units), the abstractive summary's grounding
check. A written number's marks are read by the language's convention; the one shape it cannot settle (its own
decimal mark before exactly three digits) raises `Ambiguous`, never a guess a thousand times off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from storyweave.language import PROFILES, alternation, gather
from storyweave.language.codes import vocabulary

ADD, MUL = "add", "mul"
SPACES = "\u00a0\u202f\u2009"
ONES = gather("ones")  # "a", "ein", "un": one, and an article far more often
FRACTIONS = gather("fractions")
# Decimal marks of languages that have no module yet; a module's `decimal` is its own answer.
_DECIMALS = {
    **dict.fromkeys("ga zh ja ko he hi th ms tl".split(), "."),
    **dict.fromkeys("fi is ca cs sk uk tr el ro hu hr sl bg".split(), ","),
}
_LETTERS = re.compile(r"[^\W\d_]+")


def _table(entries: str) -> dict[str, tuple[float, str]]:
    """'hundred:100*' multiplies what precedes it ("two hundred"); 'ciento:100' adds to what follows ("ciento
    veinte")."""
    table = {}
    for entry in entries.split():
        word, value = entry.split(":")
        table[word] = (float(value.rstrip("*")), MUL if value.endswith("*") else ADD)
    return table


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a span overlaps any of the spans already taken."""
    return any(start < b and a < end for a, b in spans)


@dataclass(frozen=True, slots=True)
class NumberWords:
    language: str
    words: dict[str, tuple[float, str]]
    joiners: frozenset[str]
    scales: dict[str, float]
    qualifiers: tuple[tuple[re.Pattern[str], str], ...]
    after: dict[str, str]
    vague: re.Pattern[str]
    vague_range: dict[str, tuple[float, float]]
    digits: re.Pattern[str]
    decimal: str  # "." or "," or "" when the language's convention is unknown
    between: str  # the word of "between 100 and 200"
    minus: re.Pattern[str] | None  # "minus", "eksi" right before a figure
    clitics: tuple[str, ...]  # what is written onto a number word: Arabic "و" (and), "ب" (by)
    decimal_words: frozenset[str]  # "point", "Komma", "virgule": number words after them are decimals
    percent_before: re.Pattern[str] | None  # "yüzde" right before a figure
    crowns: str  # the currency "kroner" names, or ""


@lru_cache(maxsize=32)
def number_words(language: str) -> NumberWords:
    code = vocabulary(language)
    own = PROFILES.get(code)
    # A report of unknown language is read with English's words; a language with a module is read with its own
    # words only, none when it has none yet: Polish "ten" or Turkish "on" read as English would be figures.
    known = own if own is not None else PROFILES["en"]
    qualifiers = tuple(
        (re.compile(rf"(?<!\w)(?:{alternation(phrases.split('|'))})\s+$",
                    re.IGNORECASE), kind)
        for kind, phrases in known.qualifiers.items()
    )  # fmt: skip
    vague = {phrase: (float(low), float(high)) for phrase, low, high in known.vague}
    decimal = own.decimal if own is not None and own.decimal else _DECIMALS.get(code, "")
    # A group separator a language uses, plus the other mark so that a clash is seen (and reported, not guessed).
    # Languages that mark decimals with a comma group thousands with spaces too ("10 000 personnes").
    groups = f",{SPACES}" if decimal == "." else f".{SPACES} ’'" if decimal == "," else f".,{SPACES}"
    groups = re.escape(groups) + ("," if decimal == "," else "." if decimal == "." else "")
    digits = re.compile(
        # A minus sign counts only where it cannot be a hyphen or a dash between two figures ("10-20", "1-0").
        rf"(?:(?<![^\s(\[])(?P<sign>[-\u2212])(?=\d)|(?<![\w.,:/\-–\u2212]))"
        rf"(?P<number>\d{{1,3}}(?:(?P<sep>[{groups}])\d{{3}}(?:(?P=sep)\d{{3}})*)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        r"(?![\d]|[.,]\d)"
    )
    return NumberWords(
        language=code,
        words=_table(known.number_words),
        joiners=frozenset(known.number_and),
        scales=dict(known.scales),
        qualifiers=qualifiers,
        after=dict(known.after_qualifiers),
        between=own.number_between if own is not None and own.number_between else "between",
        crowns=own.crowns if own is not None else "",
        minus=_before(known.minus_words),
        decimal_words=known.decimal_words,
        clitics=tuple(dict.fromkeys((*(j for j in known.number_and if len(j) == 1), *known.proclitics))),
        percent_before=_before(known.percent_before),
        vague=re.compile(rf"(?<!\w)(?:{alternation(list(vague))})(?!\w)" if vague else r"(?!)", re.IGNORECASE),
        vague_range=vague,
        digits=digits,
        decimal=decimal,
    )


def _before(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern of the phrases ending right before a figure, or None when the language has none."""
    return re.compile(rf"(?<!\w)(?:{alternation(list(phrases))})\s*$", re.IGNORECASE) if phrases else None


class Ambiguous(ValueError):
    pass


def parse_number(token: str, language: str) -> float | None:
    """A written number by the conventions of `language`; None when it is no number, `Ambiguous` when it could
    be either of two numbers a thousand apart."""
    try:
        return parse(token, number_words(language).decimal)
    except Ambiguous:
        raise
    except ValueError:  # digits float() does not take ("²", other scripts' digits mixed in) or no digits at all
        return None


def parse(token: str, decimal: str) -> float | None:
    """The token's value with `decimal` as the decimal mark ("" when unknown); raises `Ambiguous` (see above)."""
    token = token.replace("’", "'")
    marks = [c for c in token if not c.isdigit()]
    if not marks:
        return float(token)
    kinds = list(dict.fromkeys(marks))
    if len(kinds) == 1:
        mark = kinds[0]
        parts = token.split(mark)
        if len(parts) > 2:  # a decimal mark is written once: several marks group thousands
            return float("".join(parts)) if all(len(p) == 3 for p in parts[1:]) else None
        whole, tail = parts
        if mark in SPACES + " '":
            return float(whole + tail) if len(tail) == 3 else None
        if len(tail) != 3 or whole == "0":
            return float(f"{whole}.{tail}")
        if not decimal or mark == decimal:
            raise Ambiguous(token)
        return float(whole + tail)
    if len(kinds) == 2 and marks.count(kinds[1]) == 1 and token.rfind(kinds[1]) > token.rfind(kinds[0]):
        whole, fraction = token.rsplit(kinds[1], 1)
        groups = whole.split(kinds[0])
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups) + "." + fraction)
    return None


def is_number_word(word: str, language: str = "en") -> bool:
    """Whether a single word is a number word of the language ("four", "fire", "vingt"), "one" included."""
    words = number_words(language or "")
    lowered = word.lower()
    return lowered in words.words or _segment_cached(lowered, words.language) is not None


def word_numbers(
    text: str, words: NumberWords, taken: Sequence[tuple[int, int]] = (), *, small: bool = False
) -> list[tuple[int, int, float]]:
    """(start, end, value) of every run of number words ("two hundred and fifty", "zweiundzwanzig",
    "quatre-vingt-dix") outside the `taken` spans; "one" or "zero" alone only when `small` (the caller then needs
    a unit after it: "one mile")."""
    tokens = [m for m in _LETTERS.finditer(text) if not overlaps(m.start(), m.end(), taken)]
    lowered = [m.group(0).lower() for m in tokens]
    found: list[tuple[int, int, float]] = []
    i = 0
    while i < len(tokens):
        values: list[tuple[float, str]] = []
        start = end = tokens[i].start()
        j = i
        while j < len(tokens):
            if values and lowered[j] in words.joiners and _joins(values, tokens, lowered, j, words):
                j += 1  # "two hundred and fifty", "vingt et un", "treinta y dos"
                continue
            gap = text[end : tokens[j].start()].strip(" -").lower()
            if values and gap and gap not in words.joiners:
                break
            step, pieces = _word_at(text, tokens, lowered, j, words, values, small)
            if pieces is None:
                break
            values.extend(pieces)
            end = tokens[j + step - 1].end()
            j += step
        value = combine(values) if values else 0.0
        if (
            values
            and j + 1 < len(tokens)
            and lowered[j] in words.decimal_words
            and not text[end : tokens[j].start()].strip()
        ):
            fraction, k = _decimals(text, tokens, lowered, j + 1, words)
            if fraction:  # "two hundred point zero three", "zwei Komma drei"
                value, end, j = value + float(f"0.{fraction}"), tokens[k - 1].end(), k
                values.append((0.0, ADD))
        if values and (small or value >= 2 or not value.is_integer()):
            found.append((start, end, value))
        i = j if values else i + 1
    return found


def _decimals(
    text: str, tokens: list[re.Match[str]], lowered: list[str], j: int, words: NumberWords
) -> tuple[str, int]:
    """The digits after a decimal word, and the token after them: digit by digit ("zero three": "03") or as one
    number ("seventy-one": "71")."""
    values: list[float] = []
    k = j
    while k < len(tokens) and (k == j or not text[tokens[k - 1].end() : tokens[k].start()].strip(" -")):
        piece = words.words.get(lowered[k]) or ((segment(lowered[k], words) or ((None, ADD),))[0])
        if piece is None or piece[0] is None:
            break
        values.append(combine([(v, kind) for v, kind in (segment(lowered[k], words) or (piece,))]))
        k += 1
    if not values:
        return "", j
    if len(values) > 1 and all(v < 10 for v in values):
        return "".join(str(int(v)) for v in values), k
    return str(int(sum(values))), k


def _joins(
    values: list[tuple[float, str]], tokens: list[re.Match[str]], lowered: list[str], j: int, words: NumberWords
) -> bool:
    """A joiner links number words only after a scale or a ten, and before a smaller number."""
    if j + 1 >= len(tokens) or lowered[j + 1] in FRACTIONS:
        return False
    following = words.words.get(lowered[j + 1]) or (segment(lowered[j + 1], words) or ((0.0, ADD),))[0]
    previous_value, previous_kind = values[-1]
    tens = previous_kind == ADD and previous_value >= 20 and previous_value % 10 == 0 and following[0] < 10
    hundreds = previous_kind == ADD and previous_value >= 100 and previous_value % 100 == 0 and following[0] < 100
    return following[0] > 0 and (previous_kind == MUL or tens or hundreds)  # "duzentos e cinquenta"


def _word_at(
    text: str,
    tokens: list[re.Match[str]],
    lowered: list[str],
    j: int,
    words: NumberWords,
    before: list[tuple[float, str]],
    small: bool = False,
) -> tuple[int, tuple[tuple[float, str], ...] | None]:
    """The number word(s) at token j: how many tokens they take and their values (None when not a number); "one"
    and the article it is written as open a run only before a scale, or when `small` (a unit must follow)."""
    following = lowered[j + 1] if j + 1 < len(tokens) else ""
    if following and text[tokens[j].end() : tokens[j + 1].start()] in ("-", " "):
        joined = f"{lowered[j]}-{following}"
        if joined in words.words:  # "quatre-vingt", also written "quatre vingt"
            return 2, (words.words[joined],)
    clitic = next((c for c in words.clitics if lowered[j].startswith(c) and len(lowered[j]) > len(c) + 1), "")
    if clitic and lowered[j] not in words.words:  # Arabic "وثلاثون": "and thirty" in one word
        return 1, segment(lowered[j][len(clitic) :], words)
    if lowered[j] in ONES:
        # "a hundred", "vingt et un", "treinta y uno"; otherwise an article
        scale_next = words.words.get(following, (0.0, ADD))[1] == MUL
        after_tens = bool(before) and before[-1][0] >= 20 and following not in FRACTIONS
        opens = small and not before and following not in words.words and following not in FRACTIONS
        return 1, (words.words[lowered[j]],) if lowered[j] in words.words and (
            scale_next or after_tens or opens
        ) else None
    return 1, segment(lowered[j], words)


@lru_cache(maxsize=4096)
def _segment_cached(word: str, language: str) -> tuple[tuple[float, str], ...] | None:
    vocabulary = number_words(language)
    if word in vocabulary.words:
        return (vocabulary.words[word],)
    if len(word) < 6:
        return None
    for cut in range(len(word) - 2, 1, -1):
        head = word[:cut]
        if head not in vocabulary.words:
            continue
        rest = word[cut:].lstrip("-")
        for joiner in sorted(vocabulary.joiners, key=len, reverse=True):
            if rest.startswith(joiner) and len(rest) > len(joiner) + 2:
                tail = _segment_cached(rest[len(joiner) :], language)
                if tail is not None:
                    return (vocabulary.words[head], *tail)
        tail = _segment_cached(rest, language) if len(rest) >= 2 else None
        if tail is None and rest in vocabulary.words:
            tail = (vocabulary.words[rest],)
        if tail is not None:
            return (vocabulary.words[head], *tail)
    return None


def segment(word: str, words: NumberWords) -> tuple[tuple[float, str], ...] | None:
    if word in ONES:
        return None
    return _segment_cached(word, words.language)


def combine(values: list[tuple[float, str]]) -> float:
    """The value of a run of number words; a scale above the one before it multiplies all that precedes it
    ("honderdduizend miljoen" is 10^11, "two million three hundred thousand" 2,300,000)."""
    total = current = last = 0.0
    for value, kind in values:
        if kind == ADD:
            current += value
        elif value < 1000:
            current = (current or 1.0) * value
        else:
            total = (total + current) * value if last and value > last else total + (current or 1.0) * value
            current, last = 0.0, value
    return total + current


# -- digits whatever the language --------------------------------------------------------------------------------
_SCALE_WORDS = sorted({word for answers in PROFILES.values() for word in answers.scales}, key=len, reverse=True)
_SCALE_OF = {word.casefold(): value for answers in PROFILES.values() for word, value in answers.scales.items()}
DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?:[.,](\d+))?(?!\w)"
    rf"(?:\s+({alternation(_SCALE_WORDS)})(?!\w))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Digits:
    """A number in digits read without knowing its language: groups of three are thousands, whatever marks them,
    and a mark before other than three digits is a decimal one ("1,000" and "1.000" are 1000, "3,5" is 3.5)."""

    start: int
    end: int
    text: str  # as written, with its scale word
    value: Decimal  # without the scale word
    scale: float  # "1.5 million": 1e6; 1 without one
    parts: tuple[Decimal, ...]  # "5 100": (5, 100), since a space may part two numbers as well as group thousands


def digit_numbers(text: str) -> list[Digits]:
    """Every number in digits in `text` (for comparing texts of any language: the clusterer's evidence, the
    abstractive summary's grounding); `read_quantities` reads a report's figures by its own language instead."""
    found: list[Digits] = []
    for match in DIGITS.finditer(text):
        whole, fraction, scale = match.group(1), match.group(2), match.group(3)
        try:
            value = Decimal(re.sub(r"[,.\u00a0\u202f ]", "", whole) + (f".{fraction}" if fraction else ""))
        except InvalidOperation:  # digits Decimal does not take (other scripts' digits mixed in)
            continue
        parts = (
            tuple(Decimal(re.sub(r"[,.\u00a0\u202f]", "", part)) for part in whole.split(" ")) if " " in whole else ()
        )
        multiplier = _SCALE_OF.get(scale.casefold(), 1.0) if scale else 1.0
        found.append(Digits(match.start(), match.end(), match.group(0), value, multiplier, parts))
    return found


def canonical(value: Decimal) -> str:
    """A value as one string however it was written: "1000", "1.5" (for "1,000", "1.000", "1.50")."""
    return format(value.normalize(), "f")


# -- ordinals --------------------------------------------------------------------------------------------------------
def _rules(rules: tuple[str, ...], word: str) -> list[str]:
    """The forms rules ("drop>add") make of a word: "twenty" with "y>ieth" is "twentieth"."""
    forms = []
    for rule in rules:
        drop, add = rule.split(">") if ">" in rule else ("", rule)
        if word.endswith(drop):
            forms.append(word[: len(word) - len(drop)] + add)
    return forms


@lru_cache(maxsize=32)
def ordinal_table(language: str) -> dict[str, tuple[float, str]]:
    """Every ordinal word of the language, declined, with its value: its own irregular ones and those its rules
    form from its number words ("fourth", "zwanzigsten", "centième"); empty for a language without them."""
    own = PROFILES.get(vocabulary(language)) or PROFILES["en"]
    if not (own.ordinal_words or own.ordinal_rules):
        return {}
    formed: dict[str, tuple[float, str]] = {}
    for word, value in _table(own.number_words).items():
        formed.update((form, value) for form in _rules(own.ordinal_rules, word))
    formed.update(_table(own.ordinal_words))
    endings = own.ordinal_endings or ("",)
    return {declined: value for form, value in formed.items() for declined in _rules(endings, form)}


@lru_cache(maxsize=32)
def _ordinal_digits(language: str) -> re.Pattern[str] | None:
    own = PROFILES.get(vocabulary(language)) or PROFILES["en"]
    if not own.ordinal_digits:
        return None
    return re.compile(rf"(?<![\w.,])(\d+)(?:{own.ordinal_digits})(?![^\W\d_])", re.IGNORECASE)


def _ordinal_word(word: str, language: str) -> tuple[tuple[float, str], ...] | None:
    """The values of an ordinal written as one word: "fifth", or a compound ending on one ("einundzwanzigste")."""
    table = ordinal_table(language)
    if word in table:
        return (table[word],)
    words = number_words(language)
    for cut in range(2, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if tail not in table:
            continue
        for joiner in sorted(words.joiners, key=len, reverse=True):
            bare = head[: -len(joiner)]
            if head.endswith(joiner) and (bare in words.words or _segment_cached(bare, words.language)):
                head = bare  # "einund|zwanzigste", not "du|e" of "duecentesimo"
                break
        before = words.words.get(head)
        pieces = (before,) if before else _segment_cached(head, words.language)
        if pieces:
            return (*pieces, table[tail])
    return None


def ordinal_numbers(text: str, language: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every ordinal: "22nd", "3.", "twenty-first", "one hundred and fifth",
    "vigésimo primero", "yirmi beşinci". They are no counts; the figure reader masks them."""
    found: list[tuple[int, int, float]] = []
    digits = _ordinal_digits(language)
    if digits is not None:
        found.extend((m.start(), m.end(), float(m.group(1))) for m in digits.finditer(text))
    if not ordinal_table(language):
        return found
    words = number_words(language)
    tokens = list(_LETTERS.finditer(text))
    lowered = [m.group(0).lower() for m in tokens]
    for j, token in enumerate(tokens):
        ordinal = _ordinal_word(lowered[j], language)
        if ordinal is None or overlaps(token.start(), token.end(), [(a, b) for a, b, _ in found]):
            continue
        values, start, i = list(ordinal), token.start(), j - 1
        while i >= 0:  # the number words before it: "twenty-first", "one hundred and twenty fifth"
            gap = text[tokens[i].end() : start].strip(" -").lower()
            if gap and gap not in words.joiners:
                break
            piece = words.words.get(lowered[i]) or ordinal_table(language).get(lowered[i])
            pieces = (piece,) if piece else segment(lowered[i], words)
            if lowered[i] in words.joiners:  # "vingt et unième"
                i -= 1
                continue
            if not pieces or (lowered[i] in ONES and values[0][1] != MUL and i == j - 1):
                break
            values[:0], start, i = pieces, tokens[i].start(), i - 1
        found.append((start, token.end(), combine(values)))
    kept: list[tuple[int, int, float]] = []
    for start, end, value in sorted(found, key=lambda f: (f[0], -f[1])):
        if kept and start < kept[-1][1]:
            continue  # "vigésimo" inside "vigésimo primero"
        kept.append((start, end, value))
    return kept
