"""The date reader scored on the Recognizers-Text DateTime specs (`DateParser` files), beside dateparser.

Each case is a sentence, its reference time, and the dates in it with the day they resolve to, looking forward
and looking back ("Friday" said on a Monday is either). A date is found when the reader reads a date over its span,
and right when the day read is either resolution: news leans to the past and the reader does too, so the comparison
takes no side. Only dates to the day are scored; the engine's month and year mentions ("in June") are found but
never right here, since these files ask for days. dateparser's `search_dates` runs on the same sentences with the
same reference time and language.
"""

from __future__ import annotations

import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from storyweave.evaluate.specs import locate, read_cases

ENGINE, DATEPARSER = "storyweave", "dateparser"
DATE_FILES = ("DateParser",)


@dataclass(frozen=True, slots=True)
class GoldDate:
    start: int
    end: int
    text: str
    days: frozenset[date]  # the forward and the backward resolution


@dataclass(frozen=True, slots=True)
class DateCase:
    language: str
    text: str
    reference: datetime
    dates: tuple[GoldDate, ...]


Read = tuple[int, int, date | None]  # a span and the day read there (None: a date, but not to the day)
DateReader = Callable[[str, datetime, str], list[Read]]


def _day(written: Any) -> date | None:
    if not isinstance(written, str) or len(written) < 10:
        return None
    try:
        return date.fromisoformat(written[:10])
    except ValueError:
        return None


def read_date_cases(root: Path, language: str | None = None) -> Iterator[DateCase]:
    for case in read_cases(root, "DateTime", DATE_FILES, language):
        context = case.resolution or {}
        try:
            reference = datetime.fromisoformat(str(context.get("reference")))
        except ValueError:
            continue
        dates = []
        searched = 0
        for result in context.get("results", []):
            if result.get("Type") != "date":
                continue
            surface = str(result.get("Text", ""))
            start = locate(case.text, surface, result.get("Start"), searched)
            if start < 0:
                continue
            value = result.get("Value") or {}
            days = {
                d
                for d in (_day((value.get(k) or {}).get("date")) for k in ("FutureResolution", "PastResolution"))
                if d is not None
            }
            if days:
                dates.append(GoldDate(start, start + len(surface), surface, frozenset(days)))
                searched = start + len(surface)
        yield DateCase(case.language, case.text, reference, tuple(dates))


def engine_dates(text: str, reference: datetime, language: str) -> list[Read]:
    from storyweave.digest.dates import resolve

    return [
        (m.start, m.end, m.value if m.precision == "day" else None) for m in resolve(text, reference.date(), language)
    ]


def dateparser_dates() -> DateReader | None:
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        return None

    def read(text: str, reference: datetime, language: str) -> list[Read]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = search_dates(text, languages=[language], settings={"RELATIVE_BASE": reference}) or []
            except Exception:  # dateparser raises on some inputs and languages; that is a miss, not a crash
                return []
        reads, searched = [], 0
        for surface, when in found:
            start = text.find(surface, searched)
            if start < 0:
                continue
            searched = start + len(surface)
            reads.append((start, start + len(surface), when.date()))
        return reads

    return read


@dataclass
class DateTally:
    dates: int = 0
    found: int = 0
    right: int = 0
    read: int = 0  # every date read, and those on a gold date
    read_true: int = 0
    seconds: float = 0.0

    def figures(self) -> dict[str, float | int | None]:
        def rate(part: int, whole: int) -> float | None:
            return round(part / whole, 4) if whole else None

        return {
            "dates": self.dates,
            "found": rate(self.found, self.dates),
            "day": rate(self.right, self.dates),
            "precision": rate(self.read_true, self.read),
            "ms_per_case": None,
        }


def score(case: DateCase, reads: list[Read], tally: DateTally) -> None:
    for gold in case.dates:
        over = [r for r in reads if r[0] < gold.end and gold.start < r[1]]
        tally.dates += 1
        tally.found += bool(over)
        tally.right += any(r[2] in gold.days for r in over)
    tally.read += len(reads)
    tally.read_true += sum(any(r[0] < g.end and g.start < r[1] for g in case.dates) for r in reads)


@dataclass
class DatesReport:
    tallies: dict[tuple[str, str], DateTally] = field(default_factory=lambda: defaultdict(DateTally))
    cases: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for (language, system), tally in sorted(self.tallies.items()):
            figures = tally.figures()
            figures["ms_per_case"] = round(1000 * tally.seconds / max(1, self.cases[language]), 2)
            result.setdefault(language, {"cases": self.cases[language]})[system] = figures
        return result

    def lines(self) -> list[str]:
        def show(value: Any) -> str:
            return f"{value:6.3f}" if isinstance(value, float) else "     –"

        lines = [
            "dates on the Recognizers-Text DateParser specs: found / day right (either resolution) / precision",
            f"{'lang':<5}{'cases':>6}{'dates':>6} | {'storyweave':>20} {'ms':>6} | {'dateparser':>20} {'ms':>6}",
        ]
        for language, row in self.as_dict().items():
            cells = []
            for system in (ENGINE, DATEPARSER):
                figures = row.get(system)
                if figures is None:
                    cells.append(f"{'–':>20} {'':>6}")
                    continue
                cells.append(
                    f"{show(figures['found'])} {show(figures['day'])} {show(figures['precision'])}"
                    f" {figures['ms_per_case']:6.2f}"
                )
            dates = row.get(ENGINE, {}).get("dates", 0)
            lines.append(f"{language:<5}{row['cases']:>6}{dates:>6} | {cells[0]} | {cells[1]}")
        lines.extend(f"note: {note}" for note in self.notes)
        return lines


def evaluate_dates(root: Path, language: str | None = None, peer: bool = True) -> DatesReport:
    report = DatesReport()
    systems: dict[str, DateReader] = {ENGINE: engine_dates}
    if peer:
        reader = dateparser_dates()
        if reader is None:
            report.notes.append("dateparser is not installed: pip install dateparser")
        else:
            systems[DATEPARSER] = reader
    engine_dates("warm up on 5 May 2017", datetime(2017, 5, 6), "en")
    for case in read_date_cases(root, language):
        report.cases[case.language] += 1
        for name, read in systems.items():
            began = time.perf_counter()
            reads = read(case.text, case.reference, case.language)
            tally = report.tallies[(case.language, name)]
            tally.seconds += time.perf_counter() - began
            score(case, reads, tally)
    return report
