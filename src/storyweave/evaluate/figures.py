"""The figure reader scored on the Recognizers-Text Number and NumberWithUnit specs, beside peer libraries.

For every gold expression: is it found (a figure read over its span), is its value right, and, for quantities with
a unit, is the unit right (by what it measures; `specs.unit_key`). Precision is measured on the NumberModel files,
the only ones whose cases list every number in the text. Two slices are scored: every expression, and those
written with words ("zweiundzwanzig", "1 milyon 783 bin"), where the peer `text2num` competes; `quantulum3` is the
peer for English quantities with units. The engine is read as the digest reads a report: `read_quantities` in the
case's language, so what the digest holds not to be a figure (a year, a lone "one") is not found here; ordinals,
which the reader masks so that "twenty-first" is never a count of twenty, are read by its `ordinal_numbers`.
"""

from __future__ import annotations

import math
import re
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyweave.evaluate.specs import (
    NUMBER_FILES,
    UNIT_FILES,
    Bounds,
    Case,
    Expression,
    currency_key,
    read_cases,
    unit_key,
)

ENGINE, TEXT2NUM, QUANTULUM = "storyweave", "text2num", "quantulum3"
TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "es", "de", "pt", "it", "nl"})
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: float
    bounds: Bounds
    unit: str | None


Reader = Callable[[str, str], list[Found]]


@dataclass
class Tally:
    expressions: int = 0
    found: int = 0
    valued: int = 0  # expressions with a value to check
    right: int = 0
    units: int = 0
    units_right: int = 0
    predicted: int = 0  # NumberModel only: figures read, and those on a gold expression
    predicted_true: int = 0
    seconds: float = 0.0

    def merge(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int | None]:
        def rate(part: int, whole: int) -> float | None:
            return round(part / whole, 4) if whole else None

        return {
            "expressions": self.expressions,
            "found": rate(self.found, self.expressions),
            "value": rate(self.right, self.valued),
            "unit": rate(self.units_right, self.units),
            "precision": rate(self.predicted_true, self.predicted),
        }


def _same(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-6)


def _right(expression: Expression, found: Found) -> bool:
    if isinstance(expression.value, tuple):
        return _same(found.bounds[0], expression.value[0]) and _same(found.bounds[1], expression.value[1])
    return expression.value is not None and _same(found.value, expression.value)


def score_case(case: Case, figures: Sequence[Found], tally: Tally, precision: bool = True) -> None:
    for expression in case.expressions:
        over = [f for f in figures if f.start < expression.end and expression.start < f.end]
        tally.expressions += 1
        tally.found += bool(over)
        if expression.value is not None:
            tally.valued += 1
            tally.right += any(_right(expression, f) for f in over)
        if expression.unit is not None:
            tally.units += 1
            tally.units_right += any(f.unit == expression.unit for f in over)
    if precision and case.file == "NumberModel":
        tally.predicted += len(figures)
        tally.predicted_true += sum(any(f.start < e.end and e.start < f.end for e in case.expressions) for f in figures)


def written_in_words(expression: Expression) -> bool:
    """A figure written with words only ("twenty-one", "üç yüz", "two thirds of"): the ground text2num reads."""
    return bool(_LETTER.search(expression.text)) and not _DIGIT.search(expression.text)


# --- the engine ------------------------------------------------------------------------------------------------------
_MEASURES = {"km": "length", "miles": "length", "m": "length", "inches": "length", "kg": "mass", "tonnes": "mass",
             "litres": "volume", "hectares": "area", "gallons": "volume", "ounces": "mass", "lb": "mass",
             "barrels": "barrel"}  # fmt: skip


def engine_unit(unit: str) -> str | None:
    """The engine's unit as the specs' key: "measure:km" measures length, "USD" is a dollar, "years" a duration."""
    from storyweave.digest.quantities import DURATIONS

    if unit == "count":
        return None
    if unit == "percent":
        return "percent"
    if unit.startswith("measure:"):
        measure = unit.split(":", 1)[1]
        return measure if measure.startswith("temperature") else _MEASURES.get(measure, measure)
    if unit in DURATIONS or unit == "age":
        return "duration"
    return currency_key(unit)


def engine_reader(text: str, language: str) -> list[Found]:
    from storyweave.digest.quantities import read_quantities
    from storyweave.language.numbers import ordinal_numbers

    found = [Found(start, end, value, (value, value), None) for start, end, value in ordinal_numbers(text, language)]
    for quantity in read_quantities(text, language).quantities:
        if quantity.qualifier in ("over", "at least", "just over"):
            bounds: Bounds = (quantity.value, math.inf)
        elif quantity.qualifier in ("under", "up to", "nearly"):
            bounds = (-math.inf, quantity.value)
        elif quantity.qualifier == "range":
            bounds = (quantity.low, quantity.high)
        else:
            bounds = (quantity.value, quantity.value)
        found.append(Found(quantity.start, quantity.end, quantity.value, bounds, engine_unit(quantity.unit)))
    return found


# --- the peers -------------------------------------------------------------------------------------------------------
class _Token:
    """A word as text2num's `find_numbers` reads it."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match

    def text(self) -> str:
        return self.match.group(0)

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def text2num_reader() -> Reader | None:
    try:
        from text_to_num import find_numbers
    except ImportError:
        return None

    def read(text: str, language: str) -> list[Found]:
        tokens = [_Token(m) for m in re.finditer(r"\w+|[^\w\s]", text)]
        found = []
        for occurrence in find_numbers(tokens, language, threshold=0):
            start, end = tokens[occurrence.start].match.start(), tokens[occurrence.end - 1].match.end()
            value = float(occurrence.value)
            found.append(Found(start, end, value, (value, value), None))
        return found

    return read


_QUANTULUM_ENTITIES = {"length": "length", "mass": "mass", "area": "area", "volume": "volume", "speed": "speed",
                       "time": "duration"}  # fmt: skip


def quantulum_reader() -> Reader | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import quantulum3.classifier as classifier
            from quantulum3 import parser
    except ImportError:
        return None
    # Its shipped disambiguation model is a pickle of an older scikit-learn that this one cannot load; without it
    # quantulum3 disambiguates units by its rules, as it does when scikit-learn is absent.
    classifier.USE_CLF = False

    def unit(quantity: Any) -> str | None:
        entity, name = quantity.unit.entity.name, quantity.unit.name
        if entity == "currency":
            return currency_key(getattr(quantity.unit, "currency_code", None) or name.upper())
        if entity == "temperature":
            return unit_key(name, "temperature")
        if name == "percentage":
            return "percent"
        return _QUANTULUM_ENTITIES.get(entity)

    def read(text: str, language: str) -> list[Found]:
        found = []
        for quantity in parser.parse(text):
            value = float(quantity.value)
            start, end = quantity.span
            found.append(Found(start, end, value, (value, value), unit(quantity)))
        return found

    return read


# --- the report ------------------------------------------------------------------------------------------------------
@dataclass
class FiguresReport:
    # (language, file, slice, system) -> tally; slice "all" or "words"
    tallies: dict[tuple[str, str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    notes: list[str] = field(default_factory=list)

    def languages(self) -> list[str]:
        return sorted({key[0] for key in self.tallies})

    def total(self, language: str, part: str, system: str, files: Iterable[str] | None = None) -> Tally:
        total = Tally()
        for (lang, file, slice_, name), tally in self.tallies.items():
            if lang == language and slice_ == part and name == system and (files is None or file in files):
                total.merge(tally)
        return total

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for (language, file, part, system), tally in sorted(self.tallies.items()):
            result.setdefault(language, {}).setdefault(file, {}).setdefault(part, {})[system] = tally.figures()
        for language in self.languages():
            summary = result[language].setdefault("all files", {})
            for part in ("all", "words"):
                for system in (ENGINE, TEXT2NUM, QUANTULUM):
                    files = UNIT_FILES if system == QUANTULUM else None
                    tally = self.total(language, part, system, files)
                    if tally.expressions:
                        summary.setdefault(part, {})[system] = tally.figures()
        return result

    def lines(self) -> list[str]:
        def show(value: Any) -> str:
            return f"{value:6.3f}" if isinstance(value, float) else "     –"

        lines = [
            "figures on the Recognizers-Text specs: found / value right / unit right / precision (NumberModel)",
            "  all: every expression; words: those written with words, where text2num competes;"
            " quantulum3 on English quantities with units",
            f"{'lang':<5}{'file':<19}{'n':>5} {'found':>6} {'value':>6} {'unit':>6} {'prec.':>6}"
            f" | {'words n':>7} {'value':>6} {'text2num':>8} | {'quantulum3 value':>16} {'unit':>6}",
        ]
        for language in self.languages():
            files = [f for f in (*NUMBER_FILES, *UNIT_FILES) if (language, f, "all", ENGINE) in self.tallies]
            for file in [*files, None]:
                chosen = None if file is None else [file]
                ours = self.total(language, "all", ENGINE, chosen).figures()
                words = self.total(language, "words", ENGINE, chosen).figures()
                peer = self.total(language, "words", TEXT2NUM, chosen).figures()
                units = self.total(language, "all", QUANTULUM, chosen or UNIT_FILES).figures()
                lines.append(
                    f"{language:<5}{file or 'all files':<19}{ours['expressions']:>5} {show(ours['found'])}"
                    f" {show(ours['value'])} {show(ours['unit'])} {show(ours['precision'])}"
                    f" | {words['expressions']:>7} {show(words['value'])} {show(peer['value']):>8}"
                    f" | {show(units['value']):>16} {show(units['unit'])}"
                )
        seconds = sum(t.seconds for (_, _, part, name), t in self.tallies.items() if name == ENGINE and part == "all")
        cases = sum(t.expressions for (_, _, part, name), t in self.tallies.items() if name == ENGINE and part == "all")
        lines.append(f"engine: {seconds:.2f} s for {cases} expressions")
        lines.extend(f"note: {note}" for note in self.notes)
        return lines


def evaluate_figures(root: Path, language: str | None = None) -> FiguresReport:
    report = FiguresReport()
    text2num, quantulum = text2num_reader(), quantulum_reader()
    if text2num is None:
        report.notes.append("text2num is not installed: pip install 'storyweave[peers]'")
    if quantulum is None:
        report.notes.append("quantulum3 is not installed: pip install 'storyweave[peers]'")
    engine_reader("warm up", "en")
    cases = [
        *read_cases(root, "Number", NUMBER_FILES, language),
        *read_cases(root, "NumberWithUnit", UNIT_FILES, language),
    ]
    for case in cases:
        systems: dict[str, Reader] = {ENGINE: engine_reader}
        if text2num is not None and case.language in TEXT2NUM_LANGUAGES:
            systems[TEXT2NUM] = text2num
        if quantulum is not None and case.language == "en" and case.file in UNIT_FILES:
            systems[QUANTULUM] = quantulum
        words = Case(case.language, case.file, case.text, tuple(filter(written_in_words, case.expressions)))
        for name, reader in systems.items():
            began = time.perf_counter()
            figures = reader(case.text, case.language)
            elapsed = time.perf_counter() - began
            whole = report.tallies[(case.language, case.file, "all", name)]
            whole.seconds += elapsed
            score_case(case, figures, whole)
            score_case(words, figures, report.tallies[(case.language, case.file, "words", name)], precision=False)
    return report
