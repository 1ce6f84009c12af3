"""Report periods, as reports print them: a year, a half-year, a quarter, a span of months
("4 tháng đầu năm"), or a point in time known to the day or only to the month
("đầu tháng 6/2022")."""

import re
from datetime import date
from functools import cache, lru_cache

from .record import Record


@cache  # compiled when a label is first read: a cached load reads none (1 M instructions)
def _pattern() -> re.Pattern[str]:
    # ASCII digits only: \d would also take full-width or Arabic-Indic digits, which look
    # alike but would make two labels of one period.
    return re.compile(
        r"^(?P<y>[0-9]{4})(?:-(?P<part>H[12]|Q[1-4])"
        r"|-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2})|/(?P<y2>[0-9]{4})-(?P<m2>[0-9]{2}))?)?$"
    )


FORMS = (
    "YYYY, YYYY-H1/H2, YYYY-Q1..Q4, a span of months YYYY-MM/YYYY-MM, "
    "or a point in time YYYY-MM-DD (or YYYY-MM when the day is not printed)"
)


class Period(Record):
    """What a report (or one figure) covers. Ordered by end date, then start date.

    A span (year, half-year, quarter, months) has its flows in it and its stocks at its end;
    a point in time (as-of) has stocks only. An as-of month's end is its last day."""

    end: date
    start: date
    label: str
    kind: str  # year | half-year | quarter | months | as-of | as-of month

    @property
    def months(self) -> int | None:
        """Length in months; None for a point in time."""
        if self.kind in ("as-of", "as-of month"):
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def is_span(self) -> bool:
        return self.months is not None


def month_end(year: int, month: int) -> date:
    """The last day of a month (December's without the next year, which 9999 has not)."""
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def _span(text: str, year: int, first: int, year2: int, last: int) -> Period:
    start, end = date(year, first, 1), month_end(year2, last)
    if end < start:
        raise ValueError(f"period {text!r} ends before it starts")
    kind = "year" if (first, last, year2) == (1, 12, year) else "months"
    return Period(end, start, text, kind)


def _parse(text: str, m: re.Match[str]) -> Period:
    year = int(m["y"])
    if m["part"]:
        size = 6 if m["part"][0] == "H" else 3
        first = (int(m["part"][1]) - 1) * size + 1
        kind = "half-year" if size == 6 else "quarter"
        return Period(month_end(year, first + size - 1), date(year, first, 1), text, kind)
    if not m["m"]:
        return Period(date(year, 12, 31), date(year, 1, 1), text, "year")
    month = int(m["m"])
    if m["d"]:
        day = date(year, month, int(m["d"]))
        return Period(day, day, text, "as-of")
    if m["y2"]:
        return _span(text, year, month, int(m["y2"]), int(m["m2"]))
    return Period(month_end(year, month), date(year, month, 1), text, "as-of month")


@lru_cache(maxsize=4096)  # a file repeats its labels (each half-year of every province)
def parse_period(text: str) -> Period:
    """Parse a period label exactly as written; raise ValueError naming the accepted forms.
    Each label is read once a run: checking and building a report both need its period."""
    m = _pattern().match(text)
    if not m:
        hint = " (without the spaces around it)" if _pattern().match(text.strip()) else ""
        raise ValueError(f"period {text!r} is not one of {FORMS}{hint}")
    try:
        return _parse(text, m)
    except ValueError as e:
        if "ends before" in str(e):
            raise
        raise ValueError(f"period {text!r} is not a real date ({FORMS})") from None


def year_fraction(earlier: Period, later: Period) -> float:
    """Years between the ends of two periods, for annualising a change."""
    return (later.end - earlier.end).days / 365.25


def previous_year(p: Period) -> str:
    """The same period a year earlier, as a label: 2024-H1 -> 2023-H1, 2024-01/2024-04 -> 2023-01/2023-04."""
    return re.sub(r"[0-9]{4}", lambda y: str(int(y[0]) - 1), p.label)
