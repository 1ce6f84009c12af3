"""Report periods: a year, a half-year, a quarter, or an as-of date."""

import re
from datetime import date

from .record import Record

_PATTERN = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}-\d{2}))?$")
FORMS = "YYYY, YYYY-H1, YYYY-H2, YYYY-Q1..YYYY-Q4 or an as-of date YYYY-MM-DD"


class Period(Record):
    """What a report covers. Ordered by end date, then start date."""

    end: date
    start: date
    label: str

    @property
    def months(self) -> int | None:
        """Length in months; None for an as-of date (a point in time)."""
        if self.start == self.end:
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def kind(self) -> str:
        return {12: "year", 6: "half-year", 3: "quarter", None: "as-of"}[self.months]


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def parse_period(text: str) -> Period:
    """Parse a period label; raise ValueError naming the accepted forms."""
    m = _PATTERN.match(text.strip())
    if not m:
        raise ValueError(f"period {text!r} is not one of {FORMS}")
    year, part = int(m.group(1)), m.group(2)
    if part is None:
        return Period(date(year, 12, 31), date(year, 1, 1), text)
    if part[0] in "HQ":
        size = 6 if part[0] == "H" else 3
        first = (int(part[1]) - 1) * size + 1
        return Period(_month_end(year, first + size - 1), date(year, first, 1), text)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"period {text!r} is not a real date ({FORMS})") from None
    return Period(day, day, text)


def year_fraction(earlier: Period, later: Period) -> float:
    """Years between the ends of two periods, for annualising a change."""
    return (later.end - earlier.end).days / 365.25
