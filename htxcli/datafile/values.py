"""Checks of single values of a parsed data file: numbers, choices, texts, dates, periods, and
a figure with its qualifier and time unit. Each yields findings instead of raising, so that
``htx validate`` lists them all."""

import math
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from ..model import vocabulary as spec
from ..model.messages import Term
from ..model.periods import parse_period
from ..model.record import Record
from . import KeyPath

ERROR, WARNING = "error", "warning"
PERCENT = spec.Key("percent", "a percentage as printed", Term("percentage", "tỷ lệ"), integer=False)
AMOUNT = spec.Key("amount", "a planned or actual amount", Term("amount", "số lượng"), integer=False)
# [stated] and [start] for a metric that is not a share: a value in the metric's own unit
VALUE = spec.Key("value", "a value in its metric's unit", Term("value", "giá trị"), integer=False)
SIGNED_VALUE = spec.Key(
    "value", "a value that may be negative", Term("value", "giá trị"), integer=False, signed=True
)


class Finding(Record):
    rule: str
    severity: str
    message: str
    path: KeyPath = ()


def type_name(value: Any) -> str:
    return {bool: "a boolean", str: "a string", dict: "a table", list: "an array"}.get(
        type(value), type(value).__name__
    )


def unknown(
    table: dict[str, Any], allowed: Iterable[str], path: KeyPath, what: str, newer: Iterable[str] = ()
) -> Iterator[Finding]:
    """A key htx does not know would drop a figure silently: name the nearest known one.
    ``newer`` are keys a later schema_version knows: say so, rather than "unknown"."""
    allowed, newer = list(allowed), set(newer)
    known = set(allowed) - newer
    for key in table:
        if key in known:
            continue
        if key in newer:
            message = f"{key!r} in {what} is new in schema_version 2: "
            message += "write schema_version = 2 at the top of the file"
            yield Finding("unknown-key", ERROR, message, path + (key,))
        else:
            from ..model.suggest import close_matches, did_you_mean  # only on the way to a finding

            near = did_you_mean(close_matches(key, allowed, n=1))
            hint = f"; {near}" if near else f"; known keys: {', '.join(allowed)}"
            yield Finding("unknown-key", ERROR, f"unknown key {key!r} in {what}{hint}", path + (key,))


#: No count, sum of money (VND) or area of any report comes near 10**18 (Vietnam's yearly
#: output is about 10**16 VND); beyond it a number is a typo, and would overflow a float.
LARGEST = 10**18


def number(value: Any, key: spec.Key | None, path: KeyPath, name: str) -> Iterator[Finding]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield Finding("wrong-type", ERROR, f"{name} must be a number, not {type_name(value)}", path)
    elif isinstance(value, float) and not math.isfinite(value):
        yield Finding("not-finite", ERROR, f"{name} is {value}; write the figure the report gives", path)
    elif abs(value) >= LARGEST:
        size = f"{len(str(abs(value)))} digits long" if isinstance(value, int) else f"{value:g}"
        message = f"{name} is {size}, beyond any figure of a report (10^18): look for a typo"
        yield Finding("bad-value", ERROR, message, path)
    elif key is not None and key.integer and not isinstance(value, int):
        yield Finding("wrong-type", ERROR, f"{name} is a whole number ({key.unit}), not {value!r}", path)
    elif value < 0 and (key is None or (key.unit != "percent" and not key.signed)):
        yield Finding("negative", ERROR, f"{name} is negative ({value}); counts and money are >= 0", path)


def choice(value: Any, choices: Iterable[str], path: KeyPath, name: str) -> Iterator[Finding]:
    choices = list(choices)
    if value not in choices:
        yield Finding("bad-value", ERROR, f"{name} is {value!r}; use one of: {', '.join(choices)}", path)


def text(value: Any, path: KeyPath, name: str) -> Iterator[Finding]:
    if not isinstance(value, str):
        yield Finding("wrong-type", ERROR, f"{name} must be a string, not {type_name(value)}", path)


def flag(value: Any, path: KeyPath, name: str) -> Iterator[Finding]:
    if not isinstance(value, bool):
        yield Finding("wrong-type", ERROR, f"{name} must be true or false", path)


_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


def a_month(value: Any) -> tuple[int, int] | None:
    """(year, month) of a "YYYY-MM" a report prints without its day; None for anything else
    ("2024-13", or year 0000, which no date has)."""
    if isinstance(value, str) and _MONTH.match(value) and value[:4] != "0000":
        return int(value[:4]), int(value[5:])
    return None


def a_date(value: Any, path: KeyPath, name: str, month_ok: bool = False) -> Iterator[Finding]:
    """A TOML date; from schema_version 2 also "YYYY-MM" when the report prints no day."""
    if month_ok and a_month(value):
        return
    if isinstance(value, datetime) or not isinstance(value, date):
        month = ', or "2024-07" when the day is not printed' if month_ok else ""
        yield Finding("wrong-type", ERROR, f"{name} must be a TOML date such as 2024-07-23{month}", path)


def period(value: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(value, str):
        yield Finding(
            "bad-period", ERROR, f'period must be a string such as "2024-H1", not {type_name(value)}', path
        )
        return
    try:
        parse_period(value)
    except ValueError as e:
        yield Finding("bad-period", ERROR, str(e), path)
