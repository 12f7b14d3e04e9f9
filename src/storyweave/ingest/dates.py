"""Publication dates from metadata fields, with the precision the field actually gives.

This reads what a feed, a page or a JSON record states as its date; resolving dates written inside sentences is
the normaliser's job.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from storyweave.model import Precision

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_EARLIEST, _LATEST = 1800, 2200


def parse_published(value: object) -> tuple[date | None, Precision]:
    """Parse ISO dates and datetimes (2017-10-17, 2017-10, 2017), RFC 2822 and struct_time; else unknown."""
    if value is None or value == "":
        return None, "unknown"
    if isinstance(value, datetime):
        return _checked(value.date(), "day")
    if isinstance(value, date):
        return _checked(value, "day")
    if isinstance(value, time.struct_time):
        try:  # feedparser turns "0000-00-00" into year -1, month 0
            return _checked(date(value.tm_year, value.tm_mon, value.tm_mday), "day")
        except ValueError:
            return None, "unknown"
    if isinstance(value, int | float):
        try:
            return _checked(datetime.fromtimestamp(float(value)).date(), "day")
        except (OverflowError, OSError, ValueError):
            return None, "unknown"
    text = str(value).strip()
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
        try:
            if day:
                return _checked(date(int(year), int(month), int(day)), "day")
            if month:
                return _checked(date(int(year), int(month), 1), "month")
            return _checked(date(int(year), 1, 1), "year")
        except ValueError:
            return None, "unknown"
    try:
        return _checked(parsedate_to_datetime(text).date(), "day")
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return _checked(datetime.fromisoformat(text).date(), "day")
    except ValueError:
        return None, "unknown"


def _checked(value: date, precision: Precision) -> tuple[date | None, Precision]:
    if not _EARLIEST <= value.year <= _LATEST:
        return None, "unknown"
    return value, precision
