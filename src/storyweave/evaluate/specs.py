"""The Microsoft Recognizers-Text test specifications (`../shared/data/recognizers-text-specs/`) read as gold.

Each case is a text and the expressions in it with their character spans and resolutions. A case that no port of
the recognizers supports is left out (no system is expected to pass it); a case marked `IgnoreResolution` counts
for finding the expression but not for its value. Units are compared by what they measure (length, mass, a
currency's family, degrees Celsius or Fahrenheit), since each language's file names its units in its own words.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Folder name -> the language code the engine reads the text as.
LANGUAGES = {
    "English": "en", "German": "de", "Spanish": "es", "French": "fr", "Turkish": "tr", "Arabic": "ar",
    "Portuguese": "pt", "Italian": "it", "Dutch": "nl", "Swedish": "sv", "Polish": "pl", "Norwegian": "no",
}  # fmt: skip
PORTS = frozenset({"dotnet", "javascript", "python", "java"})
# The files of each kind that hold what news writes: plain numbers, percentages, ranges and bounds, ordinals, and
# quantities with a unit. The other files of a folder are the same cases in another mode of the recognizers.
NUMBER_FILES = ("NumberModel", "PercentModel", "NumberRangeModel", "OrdinalModel")
UNIT_FILES = ("CurrencyModel", "DimensionModel", "TemperatureModel", "AgeModel")
DATE_FILES = ("DateParser", "DatePeriodParser", "DateTimeModel")
Bounds = tuple[float, float]  # a range's low and high ends; -inf / inf when open


@dataclass(frozen=True, slots=True)
class Expression:
    start: int
    end: int  # exclusive
    text: str
    kind: str  # "number", "percentage", "ordinal", "numberrange", "currency", "dimension", "temperature", "age"
    value: float | Bounds | None  # None when the case's resolution is not to be checked
    unit: str | None  # a unit's key (see `unit_key`), None for plain numbers


@dataclass(frozen=True, slots=True)
class Case:
    language: str
    file: str
    text: str
    expressions: tuple[Expression, ...]
    resolution: dict[str, Any] | None = None  # DateTime cases: the reference time, and the gold resolution


def read_cases(root: Path, section: str, files: tuple[str, ...], only: str | None = None) -> Iterator[Case]:
    """Every fair case of the `section` folder (Number, NumberWithUnit, DateTime) for the named files."""
    if not (root / section).is_dir():
        return
    for folder in sorted(p for p in (root / section).iterdir() if p.is_dir()):
        language = LANGUAGES.get(folder.name)
        if language is None or (only and language != only):
            continue
        for name in files:
            path = folder / f"{name}.json"
            if not path.is_file():
                continue
            for raw in json.loads(path.read_text(encoding="utf-8-sig")):
                if _unfair(raw):
                    continue
                yield Case(language, name, raw["Input"], tuple(_expressions(raw)), _date_context(raw))


def _unfair(raw: dict[str, Any]) -> bool:
    named = ",".join(str(raw.get(k, "")) for k in ("NotSupported", "NotSupportedByDesign")).replace(" ", "")
    return set(named.lower().split(",")) >= PORTS


def _expressions(raw: dict[str, Any]) -> Iterator[Expression]:
    text: str = raw["Input"]
    ignore = bool(raw.get("IgnoreResolution"))
    searched = 0
    for result in raw.get("Results", []):
        surface = str(result.get("Text", ""))
        start = locate(text, surface, result.get("Start"), searched)
        if start < 0:
            continue
        end = start + len(surface)
        searched = end
        kind = str(result.get("TypeName", "")).split(".")[0]
        resolution = result.get("Resolution") or {}
        value = None if ignore else _value(resolution, kind)
        unit = (
            unit_key(str(resolution.get("unit", "")), kind)
            if kind in ("currency", "dimension", "temperature", "age")
            else None
        )
        yield Expression(start, end, surface, kind, value, unit)


def locate(text: str, surface: str, start: object, searched: int) -> int:
    """Where a result's text stands in the input: at its `Start` when that is right (some files give none, or an
    offset that is off), else its next occurrence after the last one found; -1 when it is not there."""
    if isinstance(start, int) and text[start : start + len(surface)].lower() == surface.lower():
        return start
    return text.lower().find(surface.lower(), searched)


def _number(written: str) -> float | None:
    written = written.strip().rstrip("%").replace("\u2212", "-")
    if written.count(",") == 1 and "." not in written:
        written = written.replace(",", ".")  # the decimal comma of some languages' files ("0,666666666666667")
    try:
        number = float(written.replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _value(resolution: dict[str, Any], kind: str) -> float | Bounds | None:
    written = resolution.get("value")
    if not isinstance(written, str) or not written:
        return None
    if kind == "numberrange":
        match = re.fullmatch(r"[\[(]([^,]*),([^\])]*)[\])]", written.strip())
        if not match:
            return None
        low = _number(match.group(1)) if match.group(1).strip() else -math.inf
        high = _number(match.group(2)) if match.group(2).strip() else math.inf
        return None if low is None or high is None else (low, high)
    if kind == "ordinal" and not re.fullmatch(r"-?\d+", written):
        return None  # "end+0": a relative ordinal ("the last one"), not a figure
    return _number(written)


# --- units ---------------------------------------------------------------------------------------------------------
_CURRENCY_FAMILIES = {
    "dollar": "dollar dólar dolar dólares dollaro dollari",
    "euro": "euro euros eur",
    "pound": "pound libra livre sterlina sterling pfund sterlina",
    "yen": "yen",
    "yuan": "yuan renminbi",
    "franc": "franc franco franken frank",
    "krone": "krone krona kronor kroner",
    "cent": "cent centavo centime centesimo",
    "rupee": "rupee rupia roupie",
    "lira": "lira",
}
_CODE_FAMILY = {"USD": "dollar", "CAD": "dollar", "AUD": "dollar", "HKD": "dollar", "EUR": "euro", "GBP": "pound",
                "JPY": "yen", "CNY": "yuan", "CHF": "franc", "NOK": "krone", "SEK": "krone", "DKK": "krone",
                "INR": "rupee", "TRY": "lira", "PLN": "zloty", "RUB": "rouble"}  # fmt: skip
_MEASURE_WORDS = {
    "area": "square cuadrado cuadrados carré carrés quadrat quadrato quadrado vierkante hectare hectárea acre",
    "speed": "per hour por hora par heure pro stunde all'ora per second por segundo par seconde pro sekunde mph",
    "volume": "liter litre litro gallon galón gallone galão mililitro millilitre milliliter teaspoon cucharadita"
              " cup taza pint cubic cúbico",
    "mass": "gram gramm gramo gramme grammo grama kilogram kilo pound libra livre libbra ton tonne tonelada"
            " tonnellata ounce onza once oncia",
    "length": "meter metre metro mètre mètres mile milla miglio milha foot feet pied pie piede pé inch pulgada"
              " pouce pollice polegada yard yarda kilometer kilomètre kilómetro chilometro quilômetro centimeter"
              " centímetro centimètre nanometer nanómetro millimeter milímetro",
}  # fmt: skip


def unit_key(name: str, kind: str) -> str | None:
    """What a unit measures, so that "Kilomètres", "Kilometer" and the engine's "km" compare equal; a currency by
    its family ("Dollar canadien" and "United States dollar" are both dollars), a temperature by its scale."""
    lowered = name.lower()
    if kind == "age":
        return "duration"
    if kind == "temperature":
        if "fahrenheit" in lowered or lowered == "f":
            return "temperature:F"
        if "kelvin" in lowered or lowered == "k":
            return "temperature:K"
        return "temperature:C" if "celsius" in lowered or lowered == "c" else "temperature"
    if kind == "currency":
        words = set(re.findall(r"\w+", lowered))
        for family, spelled in _CURRENCY_FAMILIES.items():
            if words & set(spelled.split()):
                return f"currency:{family}"
        return f"currency:{lowered}"
    for measure in ("area", "speed", "volume", "length", "mass"):
        if any(word in lowered for word in _MEASURE_WORDS[measure].split()):
            return measure
    return lowered or None


def currency_key(code: str) -> str:
    return f"currency:{_CODE_FAMILY.get(code, code.lower())}"


def _date_context(raw: dict[str, Any]) -> dict[str, Any] | None:
    context = raw.get("Context")
    if not isinstance(context, dict):
        return None
    return {"reference": context.get("ReferenceDateTime"), "results": raw.get("Results", [])}
