"""Per-language date vocabulary: month and weekday names from dateparser's locale data, cue words of our own.

dateparser ships month, weekday and relative-day words for some 200 locales and needs no network, so the
resolver borrows its vocabulary instead of keeping a table per language. What dateparser does not know is how news
prose *uses* those words: which prepositions make "June" or "2014" a date ("since June", "siden 2014"), which words
open a span ("since", "siden", "seit"), and which tense cues make "Saturday" the next one rather than the last. Those
cue lists are ours, kept for the languages we test (English, Norwegian, Danish, Swedish, German, Spanish, French,
plus a few neighbours); other languages still get month and weekday names, with a past-leaning default.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from storyweave.language.codes import locale, vocabulary

_MONTH_KEYS = "january february march april may june july august september october november december".split()
_WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()

# Words that make a bare month or year a date: "in June", "since 2014", "early 2014".
_CUES: dict[str, str] = {
    "en": "in since until till by from during of early late mid before after throughout last next this",
    "nb": "i siden fra til innen før etter tidlig sent midten slutten starten begynnelsen løpet av forrige neste",
    "da": "i siden fra til inden før efter tidlig sent midten slutningen starten begyndelsen løbet af",
    "sv": "i sedan från till innan före efter tidigt sent mitten slutet början",
    "de": "im in seit bis ab von vor nach anfang ende mitte seit dem",
    "es": "en desde hasta de a principios finales mediados antes después",
    "fr": "en depuis jusqu à début fin mi avant après de",
    "it": "a in da dal fino entro inizio fine metà prima dopo",
    "pt": "em desde até de no início fim meados antes depois",
    "nl": "in sinds tot vanaf begin eind half voor na",
}
# Words right before a date that make it the start of a span: "since early June", "siden juli".
_SPAN: dict[str, str] = {
    "en": "since",
    "nb": "siden",
    "da": "siden",
    "sv": "sedan",
    "de": "seit",
    "es": "desde",
    "fr": "depuis",
    "it": "dal da",
    "pt": "desde",
    "nl": "sinds",
}
# Modifiers before a weekday: past (the last one before the anchor) and future (the next one).
_PAST_DAY: dict[str, str] = {
    "en": "last past",
    "nb": "forrige sist",
    "da": "sidste forrige",
    "sv": "förra senaste",
    "de": "letzten letzter vergangenen vergangener",
    "es": "pasado",
    "fr": "dernier",
    "it": "scorso",
    "pt": "passado",
    "nl": "afgelopen vorige",
}
_NEXT_DAY: dict[str, str] = {
    "en": "next coming",
    "nb": "neste kommende",
    "da": "næste kommende",
    "sv": "nästa kommande",
    "de": "nächsten nächster kommenden kommender",
    "es": "próximo",
    "fr": "prochain",
    "it": "prossimo",
    "pt": "próximo",
    "nl": "volgende komende",
}
# Tense cues in the sentence: a weekday or a bare month in a sentence about the future is the next one.
_FUTURE: dict[str, str] = {
    "en": "will won't 'll shall going expected plans planned scheduled next upcoming",
    "nb": "skal vil kommer kommende neste planlegger ventes",
    "da": "skal vil kommer kommende næste forventes",
    "sv": "ska kommer kommande nästa väntas",
    "de": "wird werden soll sollen nächste nächsten kommende geplant",
    "es": "será serán va van próximo próxima prevé",
    "fr": "sera seront va vont prochain prochaine prévu",
    "it": "sarà saranno prossimo prossima",
    "pt": "será serão vai vão próximo próxima",
    "nl": "zal zullen gaat volgende komende",
}
# Vague spans about the days before the anchor: dated to the anchor, marked approximate.
_RECENT: dict[str, tuple[str, ...]] = {
    "en": (
        "in recent days",
        "in the past few days",
        "in the past two days",
        "over the past two days",
        "in the last few days",
        "in the past 24 hours",
        "in the last 24 hours",
        "over the past 24 hours",
        "this week",
        "earlier this week",
    ),
    "nb": (
        "de siste dagene",
        "de siste dager",
        "i løpet av det siste døgnet",
        "det siste døgnet",
        "de siste fem dagene",
        "i løpet av de siste dagene",
        "denne uken",
        "tidligere denne uken",
    ),
    "da": ("de seneste dage", "det seneste døgn", "i denne uge"),
    "sv": ("de senaste dagarna", "det senaste dygnet", "denna vecka"),
    "de": ("in den letzten tagen", "in den vergangenen tagen", "in den letzten 24 stunden", "diese woche"),
    "es": ("en los últimos días", "en las últimas 24 horas", "esta semana"),
    "fr": ("ces derniers jours", "au cours des derniers jours", "ces dernières 24 heures", "cette semaine"),
}
# "earlier this month", "tidligere denne måneden": the anchor's month.
_THIS_MONTH: dict[str, tuple[str, ...]] = {
    "en": ("earlier this month", "this month", "later this month"),
    "nb": ("tidligere denne måneden", "denne måneden", "senere denne måneden", "tidligere i måneden"),
    "da": ("tidligere på måneden", "denne måned"),
    "sv": ("tidigare denna månad", "denna månad"),
    "de": ("anfang des monats", "diesen monat", "in diesem monat", "anfang dieses monats"),
    "es": ("este mes", "a principios de este mes", "a principios de mes"),
    "fr": ("ce mois-ci", "plus tôt ce mois-ci", "début du mois"),
}


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
    future: frozenset[str]
    day_first: bool


@lru_cache(maxsize=64)
def lexicon(language: str) -> Lexicon:
    """Vocabulary for `language` (ISO 639-1), falling back to English for a language dateparser does not know."""
    base = language.split("-")[0].lower() or "en"
    code = locale(base)
    info = _locale_info(code) or _locale_info("en") or {}
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
    cues = locale(vocabulary(base))  # Nynorsk reads with Norwegian's cue words
    own = cues if cues in _CUES else ""

    def words(table: dict[str, str]) -> frozenset[str]:
        return frozenset(table.get(own, "").split()) if own else frozenset()

    return Lexicon(
        language=code,
        months=months,
        full_months=frozenset(max((n for n, m in months.items() if m == k), key=len) for k in set(months.values())),
        weekdays=weekdays,
        relative_days=days,
        relative_weeks=weeks,
        relative_months=month_offsets | {p: 0 for p in _THIS_MONTH.get(own, ())},
        relative_years=years,
        recent=_RECENT.get(own, ()),
        cues=words(_CUES),
        span=words(_SPAN),
        past_day=words(_PAST_DAY),
        next_day=words(_NEXT_DAY),
        future=words(_FUTURE),
        day_first=str(info.get("date_order", "DMY")).index("D") < str(info.get("date_order", "DMY")).index("M"),
    )


def _locale_info(code: str) -> dict[str, object] | None:
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
