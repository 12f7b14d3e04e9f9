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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from storyweave.digest.dates import DateMention, resolve
from storyweave.language.codes import locale, vocabulary

_MASK_ANCHOR = date(2000, 1, 1)  # resolve needs an anchor to find relative spans; only their offsets are used here
_DECIMAL_POINT = frozenset("en ga zh ja ko he hi th ms tl".split())
_DECIMAL_COMMA = frozenset("no da sv fi is de nl fr es it pt ca pl cs sk ru uk tr el ro hu hr sl bg".split())
_SPACES = "\u00a0\u202f\u2009"
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
    unit: str  # "count", "percent", a duration ("months"), or a currency code ("USD")
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


def is_number_word(word: str, language: str = "en") -> bool:
    """Whether a single word is a number word of the language ("four", "fire", "vingt"), "one" included."""
    words = _vocabulary(language or "")
    lowered = word.lower()
    return lowered in words.words or _segment_cached(lowered, words.language) is not None


def dimension(unit: str) -> str:
    """What can be compared with what: every duration with every other, each currency only with itself."""
    return "duration" if unit in DURATIONS else unit


def in_days(value: float, unit: str) -> float:
    return value * _DAYS_PER.get(unit, 1.0)


# --- vocabulary -----------------------------------------------------------------------------------------------------
# Number words: value, and "*" when they multiply what precedes them.
_ADD, _MUL = "add", "mul"
_WORD_TABLES = {
    "en": """two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 thirteen:13
        fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 fifty:50
        sixty:60 seventy:70 eighty:80 ninety:90 one:1 a:1 an:1 hundred:100* thousand:1e3* million:1e6* billion:1e9*""",
    "no": """to:2 tre:3 fire:4 fem:5 seks:6 sju:7 syv:7 åtte:8 ni:9 ti:10 elleve:11 tolv:12 tretten:13 fjorten:14
        femten:15 seksten:16 sytten:17 atten:18 nitten:19 tjue:20 tyve:20 tretti:30 førti:40 femti:50 seksti:60
        sytti:70 åtti:80 nitti:90 en:1 ett:1 én:1 et:1 hundre:100* tusen:1e3* million:1e6* millioner:1e6*
        milliard:1e9* milliarder:1e9*""",
    "de": """zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 dreizehn:13
        vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20 dreißig:30 dreissig:30
        vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 ein:1 eine:1 einen:1 eins:1
        hundert:100* tausend:1e3* million:1e6* millionen:1e6* milliarde:1e9* milliarden:1e9*""",
    "fr": """deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13
        quatorze:14 quinze:15 seize:16 vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 quatre-vingt:80
        quatre-vingts:80 un:1 une:1 cent:100* cents:100* mille:1e3* million:1e6* millions:1e6* milliard:1e9*
        milliards:1e9*""",
    "es": """dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 trece:13
        catorce:14 quince:15 dieciséis:16 diecisiete:17 dieciocho:18 diecinueve:19 veinte:20 veintiuno:21
        veintiún:21 veintidós:22 veintitrés:23 veinticuatro:24 veinticinco:25 veintiséis:26 veintisiete:27
        veintiocho:28 veintinueve:29 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80
        noventa:90 cien:100 ciento:100 doscientos:200 doscientas:200 trescientos:300 trescientas:300
        cuatrocientos:400 cuatrocientas:400 quinientos:500 quinientas:500 seiscientos:600 setecientos:700
        ochocientos:800 novecientos:900 un:1 uno:1 una:1 mil:1e3* millón:1e6* millones:1e6*""",
}


def _table(entries: str) -> dict[str, tuple[float, str]]:
    """'hundred:100*' multiplies what precedes it ("two hundred"); 'ciento:100' adds to what follows ("ciento
    veinte")."""
    table = {}
    for entry in entries.split():
        word, value = entry.split(":")
        table[word] = (float(value.rstrip("*")), _MUL if value.endswith("*") else _ADD)
    return table


_WORDS = {language: _table(entries) for language, entries in _WORD_TABLES.items()}
_LETTERS = re.compile(r"[^\W\d_]+")
_YEAR = r"1[89]\d\d|2[01]\d\d"
_YEAR_LIKE = re.compile(rf"(?:{_YEAR})$")
_FRACTIONS = frozenset("half halv halb halbe demi demie medio media".split())
_ONES = frozenset("a an one en ett én et ein eine einen eins un une uno una".split())
_JOINERS = {"en": ("and",), "no": ("og",), "de": ("und",), "fr": ("et",), "es": ("y",)}
# Scale words after digits: "3.5 million", "1,5 millioner", "$2bn", "3 Mio."
_SCALES = {
    "en": {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12},
    "no": {"hundre": 1e2, "tusen": 1e3, "million": 1e6, "millioner": 1e6, "mill.": 1e6, "mill": 1e6,
           "milliard": 1e9, "milliarder": 1e9, "mrd.": 1e9, "mrd": 1e9},
    "de": {"hundert": 1e2, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
           "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9},
    "es": {"mil millones": 1e9, "mil": 1e3, "millón": 1e6, "millones": 1e6},
}  # fmt: skip
# Hedges before a figure, by kind.
_QUALIFIERS = {
    "en": {
        "about": "about|around|some|roughly|approximately|approx.|circa|ca.|estimated|an estimated|an approximate",
        "over": "more than|over|upwards of|in excess of|above|well over",
        "at least": "at least|no fewer than|no less than|a minimum of",
        "under": "fewer than|less than|under|below",
        "up to": "up to|as many as|at most|a maximum of",
        "nearly": "nearly|almost|close to|just under|just shy of|nearing",
        "just over": "just over|just above|slightly more than|a little over|a little more than",
    },
    "no": {
        "about": "om lag|omlag|rundt|cirka|ca.|omtrent|anslagsvis|anslått|et anslått|i underkant av|rundt regnet",
        "over": "mer enn|flere enn|over|godt over",
        "at least": "minst|i det minste",
        "under": "færre enn|mindre enn|under",
        "up to": "opptil|inntil|maksimalt",
        "nearly": "nesten|snaut|snaue|nærmere|knapt",
        "just over": "drøyt|drøye|i overkant av|vel",
    },
    "de": {
        "about": "etwa|rund|ungefähr|circa|ca.|zirka|schätzungsweise|gegen|an die",
        "over": "mehr als|über|weit über",
        "at least": "mindestens|wenigstens",
        "under": "weniger als|unter",
        "up to": "bis zu|höchstens",
        "nearly": "fast|beinahe|knapp|annähernd|nahezu",
        "just over": "gut|knapp über|etwas mehr als",
    },
    "fr": {
        "about": "environ|quelque|autour de|approximativement|à peu près|aux alentours de|une estimation de",
        "over": "plus de|plus d'|plus d’|au-delà de|bien plus de",
        "at least": "au moins|pas moins de",
        "under": "moins de|moins d'|moins d’",
        "up to": "jusqu'à|jusqu’à|au plus|au maximum",
        "nearly": "près de|presque|quasiment|pratiquement|avoisinant",
        "just over": "un peu plus de|légèrement plus de",
    },
    "es": {
        "about": "alrededor de|unos|unas|aproximadamente|aprox.|en torno a|cerca de|unos estimados",
        "over": "más de|por encima de",
        "at least": "al menos|por lo menos|como mínimo",
        "under": "menos de",
        "up to": "hasta|como máximo",
        "nearly": "casi|prácticamente",
        "just over": "poco más de|algo más de",
    },
}
_AFTER_QUALIFIERS = {
    "en": {"or more": "at least", "or so": "about", "-plus": "at least", "plus": "at least", "+": "at least"},
    "no": {"eller mer": "at least", "eller flere": "at least", "+": "at least"},
    "de": {"oder mehr": "at least", "+": "at least"},
    "fr": {"ou plus": "at least", "+": "at least"},
    "es": {"o más": "at least", "+": "at least"},
}
# Words for quantities: (phrase, low, high). "of"-words after them are part of the phrase's grammar, not its value.
_VAGUE = {
    "en": [
        ("hundreds of thousands", 2e5, 999_999), ("tens of thousands", 2e4, 99_999),
        ("a few hundred", 200, 400), ("a few thousand", 2000, 4000), ("a few dozen", 24, 60),
        ("several hundred", 300, 900), ("several thousand", 3000, 9000), ("several dozen", 36, 108),
        ("a couple of hundred", 200, 300), ("a couple hundred", 200, 300),
        ("a dozen", 10, 14), ("dozens", 24, 99), ("scores", 40, 99), ("hundreds", 200, 999),
        ("thousands", 2000, 9999), ("millions", 2e6, 9_999_999), ("a handful", 3, 6),
    ],
    "no": [
        ("hundretusenvis", 2e5, 999_999), ("titusenvis", 2e4, 99_999), ("noen hundre", 200, 400),
        ("et par hundre", 200, 300), ("noen tusen", 2000, 4000), ("flere hundre", 300, 900),
        ("flere tusen", 3000, 9000), ("et dusin", 10, 14), ("dusinvis", 24, 99), ("flere titalls", 20, 99),
        ("titalls", 20, 99), ("hundrevis", 200, 999), ("tusenvis", 2000, 9999), ("en håndfull", 3, 6),
    ],
    "de": [
        ("hunderttausende", 2e5, 999_999), ("zehntausende", 2e4, 99_999), ("einige hundert", 200, 400),
        ("ein paar hundert", 200, 300), ("einige tausend", 2000, 4000), ("mehrere hundert", 300, 900),
        ("mehrere tausend", 3000, 9000), ("ein dutzend", 10, 14), ("dutzende", 24, 99), ("hunderte", 200, 999),
        ("tausende", 2000, 9999), ("eine handvoll", 3, 6),
    ],
    "fr": [
        ("des centaines de milliers", 2e5, 999_999), ("des dizaines de milliers", 2e4, 99_999),
        ("quelques centaines", 200, 400), ("quelques milliers", 2000, 4000), ("plusieurs centaines", 300, 900),
        ("plusieurs milliers", 3000, 9000), ("une dizaine", 8, 12), ("une douzaine", 10, 14),
        ("une quinzaine", 13, 17), ("une vingtaine", 17, 23), ("une trentaine", 26, 34),
        ("une quarantaine", 35, 45), ("une cinquantaine", 43, 57), ("une soixantaine", 52, 68),
        ("une centaine", 85, 115), ("un millier", 850, 1150), ("des dizaines", 20, 99), ("des centaines", 200, 999),
        ("des milliers", 2000, 9999), ("une poignée", 3, 6),
    ],
    "es": [
        ("cientos de miles", 2e5, 999_999), ("decenas de miles", 2e4, 99_999), ("unos cientos", 200, 400),
        ("varios cientos", 300, 900), ("varios miles", 3000, 9000), ("una decena", 8, 12), ("una docena", 10, 14),
        ("una veintena", 17, 23), ("un centenar", 85, 115), ("un millar", 850, 1150), ("decenas", 20, 99),
        ("docenas", 24, 99), ("centenares", 200, 999), ("cientos", 200, 999), ("miles", 2000, 9999),
        ("un puñado", 3, 6),
    ],
}  # fmt: skip
_PERCENT = r"\s?%|\s+(?:percent|per\s+cent|pct\.?|prosent|procent|prozent|pour\s?cent|por\s+ciento|percento)(?!\w)"
_CURRENCY_BEFORE = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "USD": "USD", "EUR": "EUR",
                    "GBP": "GBP", "NOK": "NOK", "SEK": "SEK", "DKK": "DKK", "CHF": "CHF"}  # fmt: skip
_CURRENCY_AFTER = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "dólares": "USD", "dolares": "USD", "euros": "EUR",
    "euro": "EUR", "eur": "EUR", "pounds": "GBP", "pound": "GBP", "gbp": "GBP", "livres": "GBP", "yen": "JPY",
    "nok": "NOK", "sek": "SEK", "dkk": "DKK", "chf": "CHF", "franken": "CHF", "francs": "CHF", "kronor": "SEK",
}  # fmt: skip
_KRONER = {"no": "NOK", "da": "DKK", "sv": "SEK"}
_DURATION_WORDS = {
    "seconds": "second seconds sekund sekunder sekunden seconde secondes segundo segundos",
    "minutes": "minute minutes minutt minutter minuten minuto minutos",
    "hours": "hour hours hrs timer timers døgn stunde stunden heure heures hora horas",
    "days": "day days dag dager dagers dagen tag tage tagen jour jours día días dia dias",
    "weeks": "week weeks uke uker ukers woche wochen semaine semaines semana semanas",
    "months": "month months måned måneder måneders monat monate monaten mois mes meses",
    "years": "year years år års jahr jahre jahren an ans année années año años",
    "decades": "decade decades tiår tiåret jahrzehnt jahrzehnte jahrzehnten décennie décennies década décadas",
}
_DURATION = {word: unit for unit, words in _DURATION_WORDS.items() for word in words.split()}
_AGE_AFTER = re.compile(r"^[\s-]*(?:old|gammel|gamle|alt|alte|alter|de\s+edad|d'âge)\b|^-?jährig", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:aged|age\s+of|alder|alter\s+von|âgée?s?\s+de|edad\s+de)\s+$", re.IGNORECASE)
_AGO_AFTER = re.compile(r"^\s+(?:ago|earlier|siden|tidligere|her|früher)\b", re.IGNORECASE)
_AGO_BEFORE = re.compile(r"(?:\bvor|\bil\s+y\s+a|\bhace)\s+$", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(
    r"(?:past|last|recent|previous|next|coming|first|final|siste|kommende|neste|første|letzten|vergangenen|"
    r"nächsten|kommenden|ersten|derniers|dernières|prochains|prochaines|premiers|premières|últimos|últimas|"
    r"próximos|próximas|primeros|primeras|pasados)\s+$",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"(?:\bno\.|\bnr\.|\bnumber|\bresolution|\barticle|\broute|\bhighway|\bflight|\broom|\bpage|\bchapter|"
    r"\bsection|\bparagraph|\bphase|\bplatform|\bgate|\bartikkel|\bparagraf|\bkapittel|\bartikel|\bnummer|"
    r"\bnuméro|\bn°|\brésolution|\bartículo|\bnúmero|\bresolución|\bkl\.|\bklokken|\bum|#)\s*$",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(
    r"^\s*(?:a\.?m\.?|p\.?m\.?|uhr|o'clock|h\d\d|gmt|utc|bst|cet|cest|est|edt|pst|et|local\s+time|lokal\s+tid|"
    r"hrs|heure\s+locale|hora\s+local)(?!\w)|^[:.]\d\d(?!\d)",
    re.IGNORECASE,
)
_RATIO_AFTER = re.compile(r"^[\s-]*(?:times|fold|ganger|mal|fois|veces)(?!\w)", re.IGNORECASE)
# Measures are read (a figure is never half-read) but are none of the claims a digest compares.
_MEASURE_WORDS = {
    "km": "km kilometres kilometers kilometre kilometer kilometer kilometern kilomètres kilómetros",
    "miles": "miles mile mil",
    "m": "metres meters metre meter meter mètres metros",
    "kg": "kg kilograms kilogrammes kilos kilo",
    "tonnes": "tonnes tons tonn tonnen tonnes toneladas",
    "litres": "litres liters litre liter liter litros",
    "hectares": "hectares hektar hectáreas acres",
    "magnitude": "magnitude",
    "inches": "inches inch feet foot ft yards yard",
}
_MEASURE_AFTER = re.compile(r"(?:\s+|-)(?:metric\s+|square\s+|cubic\s+)?([^\W\d_]+)")
_MEASURE = {word: unit for unit, words in _MEASURE_WORDS.items() for word in words.split()}
_ORDINAL_DOT = re.compile(r"^\.\s+[^\W\d_]")  # "3. Brigade", "22. oktober": sentences are split already


@dataclass(frozen=True, slots=True)
class _Vocabulary:
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


@lru_cache(maxsize=32)
def _vocabulary(language: str) -> _Vocabulary:
    code = vocabulary(language)
    known = code if code in _WORDS else "en"
    qualifiers = tuple(
        (re.compile(rf"(?<!\w)(?:{_alternation(phrases.split('|'))})\s+$",
                    re.IGNORECASE), kind)
        for kind, phrases in _QUALIFIERS[known].items()
    )  # fmt: skip
    vague = {phrase: (float(low), float(high)) for phrase, low, high in _VAGUE[known]}
    decimal = "." if code in _DECIMAL_POINT else "," if code in _DECIMAL_COMMA else ""
    # A group separator a language uses, plus the other mark so that a clash is seen (and reported, not guessed).
    groups = "," if decimal == "." else f".{_SPACES} ’'" if decimal == "," else f".,{_SPACES}"
    groups = re.escape(groups) + ("," if decimal == "," else "." if decimal == "." else "")
    digits = re.compile(
        rf"(?<![\w.,:/\-–])(\d{{1,3}}(?:([{groups}])\d{{3}}(?:\2\d{{3}})*)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        r"(?![\d]|[.,]\d)"
    )
    return _Vocabulary(
        language=code,
        words=_WORDS[known],
        joiners=frozenset(_JOINERS[known]),
        scales=_SCALES[known],
        qualifiers=qualifiers,
        after=_AFTER_QUALIFIERS[known],
        vague=re.compile(rf"(?<!\w)(?:{_alternation(list(vague))})(?!\w)", re.IGNORECASE),
        vague_range=vague,
        digits=digits,
        decimal=decimal,
    )


def _alternation(phrases: list[str]) -> str:
    ordered = sorted((p.strip() for p in phrases if p.strip()), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# --- reading ------------------------------------------------------------------------------------------------------


class _Ambiguous(ValueError):
    pass


def parse_number(token: str, language: str) -> float | None:
    """A written number by the conventions of `language`; None when it is no number, `_Ambiguous` when it could
    be either of two numbers a thousand apart."""
    try:
        return _parse(token, _vocabulary(language).decimal)
    except _Ambiguous:
        raise
    except ValueError:  # digits float() does not take ("²", other scripts' digits mixed in) or no digits at all
        return None


def _parse(token: str, decimal: str) -> float | None:
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
        if mark in _SPACES + " '":
            return float(whole + tail) if len(tail) == 3 else None
        if len(tail) != 3 or whole == "0":
            return float(f"{whole}.{tail}")
        if not decimal or mark == decimal:
            raise _Ambiguous(token)
        return float(whole + tail)
    if len(kinds) == 2 and marks.count(kinds[1]) == 1 and token.rfind(kinds[1]) > token.rfind(kinds[0]):
        whole, fraction = token.rsplit(kinds[1], 1)
        groups = whole.split(kinds[0])
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups) + "." + fraction)
    return None


@dataclass(slots=True)
class _Figure:
    start: int
    end: int
    value: float
    low: float | None = None  # set for ranges and words for quantities
    high: float | None = None
    word: bool = False
    year_like: bool = False


def read_quantities(
    text: str, language: str = "en", *, anchor: date | None = None, dates: Sequence[DateMention] | None = None
) -> Reading:
    """Every figure of `text` left to right, with its hedge and unit; what could not be read is in `unread`.

    `dates` are the text's date mentions when the caller has resolved them already (they are masked either way)."""
    words = _vocabulary(language or "")
    if dates is None:
        dates = resolve(text, anchor or _MASK_ANCHOR, locale(words.language, default="en"))
    taken = [(m.start, m.end) for m in dates]
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
        if _overlaps(match.start(), match.end(), taken):
            continue
        token = match.group(1)
        try:
            value = _parse(token, words.decimal)
        except _Ambiguous:
            where = f"'{words.decimal}' marks decimals in {words.language}" if words.decimal else "language unknown"
            reason = f"'{token}' ({where}): either {_both(token)}"
            unread.append(Unread(_around(text, match.start(), match.end()), match.start(), match.end(), reason))
            taken.append((match.start(), match.end()))
            continue
        if value is not None and _plain_number(text, match.start(), match.end(), words):
            add(_Figure(match.start(), match.end(), value, year_like=bool(re.fullmatch(_YEAR, token))))
    for match in words.vague.finditer(text):
        if not _overlaps(match.start(), match.end(), taken):
            low, high = words.vague_range[" ".join(match.group(0).lower().split())]
            add(_Figure(match.start(), match.end(), _middle(low, high), low, high, word=True))
    for figure in _word_numbers(text, words, taken):
        add(figure)
    quantities.sort(key=lambda q: q.start)
    return Reading(tuple(quantities), tuple(unread))


def _both(token: str) -> str:
    mark = next(c for c in token if not c.isdigit())
    whole, tail = token.split(mark)
    return f"{float(whole + '.' + tail):g} or {int(whole + tail)}"


def _around(text: str, start: int, end: int) -> str:
    left = text.rfind(" ", 0, max(0, start - 1))
    right = text.find(" ", min(len(text), end + 1))
    return text[left + 1 : right if right >= 0 else len(text)].strip(" ,.;:")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _plain_number(text: str, start: int, end: int, words: _Vocabulary) -> bool:
    """Whether digits are a figure at all, not a label, a time of day, an ordinal or part of a code or a score."""
    before, after = text[max(0, start - 24) : start], text[end : end + 24]
    if _LABEL_BEFORE.search(before) or _CLOCK_AFTER.match(after):
        return False  # "Resolution 2254", "1410 GMT"
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
        return False  # "22nd", "3D", "G20"; "$5m" is a sum
    if re.match(r"[\-–]\d", after):  # "27-20", "2014-2017": a score or a span, unless read as a range earlier
        return False
    if re.match(r"[\-–][^\W\d_]", after):  # "24-hour" is a duration, "F-16" or "3-D" is not a figure
        hyphened = re.match(r"[\-–]([^\W\d_]+)", after)
        return hyphened is not None and hyphened.group(1).lower() in _DURATION
    return True


def _ranges(text: str, words: _Vocabulary, taken: list[tuple[int, int]]) -> list[_Figure]:
    """ "between 100 and 200", "mellom 100 og 200", "100-200": one figure with both ends."""
    number = r"\d[\d.,\u00a0\u202f]*\d|\d"
    between = {"en": "between", "no": "mellom", "de": "zwischen", "fr": "entre", "es": "entre"}.get(
        words.language, "between"
    )
    joiner = next(iter(words.joiners), "and")
    pattern = re.compile(
        rf"(?<!\w)(?:{between}\s+({number})\s+{joiner}\s+({number})|(?<![\w.,\-–])({number})\s?[\-–]\s?({number}))"
        r"(?![\d\-–]|[.,]\d)",
        re.IGNORECASE,
    )
    found = []
    for match in pattern.finditer(text):
        first, second = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if _overlaps(match.start(), match.end(), taken):
            continue
        try:
            low, high = _parse(first, words.decimal), _parse(second, words.decimal)
        except _Ambiguous:
            continue
        if low is None or high is None or not 0 < low < high <= 10 * low or re.fullmatch(_YEAR, first):
            continue  # "9-10,000" is not a range from nine, "2014-2017" not a figure
        found.append(_Figure(match.start(), match.end(), _middle(low, high), low, high))
    return found


def _word_numbers(text: str, words: _Vocabulary, taken: list[tuple[int, int]]) -> list[_Figure]:
    """Runs of number words ("two hundred and fifty", "zweiundzwanzig", "quatre-vingt-dix"), never "one" alone."""
    tokens = [m for m in _LETTERS.finditer(text) if not _overlaps(m.start(), m.end(), taken)]
    lowered = [m.group(0).lower() for m in tokens]
    found: list[_Figure] = []
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
            step, pieces = _word_at(text, tokens, lowered, j, words, values)
            if pieces is None:
                break
            values.extend(pieces)
            end = tokens[j + step - 1].end()
            j += step
        if values and _combine(values) >= 2:
            found.append(_Figure(start, end, _combine(values), word=True))
        i = j if values else i + 1
    return found


def _joins(
    values: list[tuple[float, str]], tokens: list[re.Match[str]], lowered: list[str], j: int, words: _Vocabulary
) -> bool:
    """A joiner links number words only after a scale or a ten, and before a smaller number."""
    if j + 1 >= len(tokens) or lowered[j + 1] in _FRACTIONS:
        return False
    following = words.words.get(lowered[j + 1]) or (_segment(lowered[j + 1], words) or ((0.0, _ADD),))[0]
    previous_value, previous_kind = values[-1]
    tens = previous_kind == _ADD and previous_value >= 20 and previous_value % 10 == 0 and following[0] < 10
    return following[0] > 0 and (previous_kind == _MUL or tens)


def _word_at(
    text: str,
    tokens: list[re.Match[str]],
    lowered: list[str],
    j: int,
    words: _Vocabulary,
    before: list[tuple[float, str]],
) -> tuple[int, tuple[tuple[float, str], ...] | None]:
    """The number word(s) at token j: how many tokens they take and their values (None when not a number)."""
    following = lowered[j + 1] if j + 1 < len(tokens) else ""
    if following and text[tokens[j].end() : tokens[j + 1].start()] == "-":
        joined = f"{lowered[j]}-{following}"
        if joined in words.words:  # "quatre-vingt"
            return 2, (words.words[joined],)
    if lowered[j] in _ONES:
        # "a hundred", "vingt et un", "treinta y uno"; otherwise an article
        scale_next = words.words.get(following, (0.0, _ADD))[1] == _MUL
        after_tens = bool(before) and before[-1][0] >= 20 and following not in _FRACTIONS
        return 1, (words.words[lowered[j]],) if lowered[j] in words.words and (scale_next or after_tens) else None
    return 1, _segment(lowered[j], words)


@lru_cache(maxsize=4096)
def _segment_cached(word: str, language: str) -> tuple[tuple[float, str], ...] | None:
    vocabulary = _vocabulary(language)
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


def _segment(word: str, words: _Vocabulary) -> tuple[tuple[float, str], ...] | None:
    if word in _ONES:
        return None
    return _segment_cached(word, words.language)


def _combine(values: list[tuple[float, str]]) -> float:
    total = current = 0.0
    for value, kind in values:
        if kind == _ADD:
            current += value
        elif value < 1000:
            current = (current or 1.0) * value
        else:
            total += (current or 1.0) * value
            current = 0.0
    return total + current


def _quantity(text: str, figure: _Figure, words: _Vocabulary) -> Quantity | None:
    start, end, value = figure.start, figure.end, figure.value
    currency_before = _currency_before(text[max(0, start - 4) : start])
    scale = None if figure.word else _scale(text[end:], words, money=currency_before is not None)
    factor = scale[0] if scale else 1.0
    end += scale[1] if scale else 0
    after = text[end:]
    if _RATIO_AFTER.match(after):
        return None  # "ten times higher" is a ratio, not a count
    unit = "count"
    percent = re.match(_PERCENT, after, re.IGNORECASE)
    duration = re.match(r"(?:\s+|-)([^\W\d_]+)", after)
    if percent:
        unit, end = "percent", end + percent.end()
    elif currency_before:
        unit, start = currency_before[0], start - currency_before[1]
    elif (money := _currency_after(after, words)) is not None:
        unit, end = money[0], end + money[1]
    elif (measure := _MEASURE_AFTER.match(after)) and measure.group(1).lower() in _MEASURE:
        unit, end = "measure:" + _MEASURE[measure.group(1).lower()], end + measure.end()
    if unit == "count" and duration and duration.group(1).lower() in _DURATION:
        rest, before = after[duration.end() :], text[max(0, start - 20) : start]
        if _AGO_AFTER.match(rest) or _AGO_BEFORE.search(before) or _WINDOW_BEFORE.search(before):
            return None  # "three years ago" is a date, "the past two days" a window of time, neither a claim
        unit, end = _DURATION[duration.group(1).lower()], end + duration.end()
    if _AGE_AFTER.match(text[end:]) or _AGE_BEFORE.search(text[max(0, start - 20) : start]):
        return None
    qualifier, start = _qualifier(text, start, words)
    trailing = _after_qualifier(text[end:], words)
    if trailing is not None and qualifier == "exact":
        qualifier, end = trailing[0], end + trailing[1]
    if figure.year_like and qualifier == "exact" and unit == "count" and scale is None:
        return None  # "the 2014 campaign", "in 2017 alone": a year, not a count
    value *= factor
    if figure.low is not None and figure.high is not None:
        qualifier = "vague" if figure.word else "range"
        low, high = figure.low * factor, figure.high * factor
    else:
        low, high = _bounds(value, qualifier)
    if unit == "percent" and value <= 100:
        high = min(high, 100.0)
    return Quantity(text[start:end].strip(), start, end, value, _tidy(low), _tidy(high), unit, qualifier)


def _tidy(number: float) -> float:
    """114.99999999999999 is 115: hedged bounds are products of floats."""
    return float(round(number, 6))


def _scale(after: str, words: _Vocabulary, money: bool = False) -> tuple[float, int] | None:
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


def _currency_after(after: str, words: _Vocabulary) -> tuple[str, int] | None:
    match = re.match(r"\s+(?:(?:de|of)\s+|d['’])?(?:US\s+)?([^\W\d_]+)", after, re.IGNORECASE)
    if not match:
        return None
    word = match.group(1).lower()
    if word in _CURRENCY_AFTER:
        return _CURRENCY_AFTER[word], match.end()
    if word in ("kroner", "kr") and words.language in _KRONER:
        return _KRONER[words.language], match.end()
    return None


def _qualifier(text: str, start: int, words: _Vocabulary) -> tuple[str, int]:
    before = text[max(0, start - 40) : start]
    for pattern, kind in words.qualifiers:
        match = pattern.search(before)
        if match:
            return kind, start - (len(before) - match.start())
    return "exact", start


def _after_qualifier(after: str, words: _Vocabulary) -> tuple[str, int] | None:
    for phrase, kind in words.after.items():
        match = re.match(rf"\s?{re.escape(phrase)}(?!\w)" if phrase[0].isalpha() else re.escape(phrase), after)
        if match and (phrase[0].isalpha() or not after[match.end() : match.end() + 1].isalnum()):
            return kind, match.end()
    return None


def _bounds(value: float, qualifier: str) -> tuple[float, float]:
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
