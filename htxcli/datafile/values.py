"""Checks of single values of a parsed data file: numbers, choices, texts, dates, periods, and
a figure with its qualifier and time unit. Each yields findings instead of raising, so that
``htx validate`` lists them all."""

import math
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


class Finding(Record):
    rule: str
    severity: str
    message: str
    path: KeyPath = ()


def type_name(value: Any) -> str:
    return {bool: "a boolean", str: "a string", dict: "a table", list: "an array"}.get(
        type(value), type(value).__name__
    )


def unknown(table: dict[str, Any], allowed: Iterable[str], path: KeyPath, what: str) -> Iterator[Finding]:
    """A key htx does not know would drop a figure silently: name the nearest known one."""
    allowed = list(allowed)
    for key in table:
        if key not in allowed:
            from ..model.suggest import close_matches, did_you_mean  # only on the way to a finding

            near = did_you_mean(close_matches(key, allowed, n=1))
            hint = f"; {near}" if near else f"; known keys: {', '.join(allowed)}"
            yield Finding("unknown-key", ERROR, f"unknown key {key!r} in {what}{hint}", path + (key,))


def number(value: Any, key: spec.Key | None, path: KeyPath, name: str) -> Iterator[Finding]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield Finding("wrong-type", ERROR, f"{name} must be a number, not {type_name(value)}", path)
    elif isinstance(value, float) and not math.isfinite(value):
        yield Finding("not-finite", ERROR, f"{name} is {value}; write the figure the report gives", path)
    elif key is not None and key.integer and not isinstance(value, int):
        yield Finding("wrong-type", ERROR, f"{name} is a whole number ({key.unit}), not {value!r}", path)
    elif value < 0 and (key is None or key.unit != "percent"):
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


def a_date(value: Any, path: KeyPath, name: str) -> Iterator[Finding]:
    if isinstance(value, datetime) or not isinstance(value, date):
        yield Finding("wrong-type", ERROR, f"{name} must be a TOML date such as 2024-07-23", path)


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


def figure(value: Any, key: spec.Key, path: KeyPath) -> Iterator[Finding]:
    """A figure: a bare number, or a table with its value, qualifier, time unit and notes."""
    name = str(path[-1])
    if not isinstance(value, dict):
        if key.needs_per:
            example = f'{name} = {{ value = ..., per = "month" }}'
            yield Finding("missing-key", ERROR, f"{name} needs its time unit: {example}", path)
        yield from number(value, key, path, name)
        return
    yield from unknown(value, spec.FIGURE_TABLE_KEYS, path, name)
    if "value" not in value:
        yield Finding("missing-key", ERROR, f"{name} has no value", path)
    else:
        yield from number(value["value"], key, path + ("value",), name)
    if "qualifier" in value:
        yield from choice(value["qualifier"], spec.QUALIFIERS, path + ("qualifier",), "qualifier")
    if "per" in value:
        yield from choice(value["per"], spec.TIME_UNITS, path + ("per",), "per")
    elif key.needs_per:
        yield Finding("missing-key", ERROR, f'{name} needs per = "month" or "year"', path)
    if "yoy_pct" in value:
        yield from number(value["yoy_pct"], PERCENT, path + ("yoy_pct",), "yoy_pct")
    if "with_credit_funds" in value:
        yield from flag(value["with_credit_funds"], path, "with_credit_funds")
    if "note" in value:
        yield from text(value["note"], path + ("note",), "note")


def figures(
    table: Any, keys: dict[str, spec.Key], path: KeyPath, what: str, extra: Iterable[str] = ()
) -> Iterator[Finding]:
    """A table of figures, with the non-figure keys ``extra`` also allowed."""
    if not isinstance(table, dict):
        yield Finding("wrong-type", ERROR, f"{what} must be a table, not {type_name(table)}", path)
        return
    yield from unknown(table, [*keys, *extra], path, what)
    for name, value in table.items():
        if name in keys:
            yield from figure(value, keys[name], path + (name,))
        elif name == "note":
            yield from text(value, path + (name,), name)
