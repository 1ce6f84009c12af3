"""Checks of the figures of a parsed data file: a figure with everything a report may print
about it (qualifier, time unit, range, change, plan, share of the national total), a table of
figures, and an organisation's [sectors]."""

from collections.abc import Iterable, Iterator
from typing import Any

from ..model import vocabulary as spec
from . import KeyPath
from . import values as v
from .values import AMOUNT, ERROR, PERCENT, Finding

_NEW_FIGURE_KEYS = tuple(k for k in spec.FIGURE_TABLE_KEYS if k not in spec.FIGURE_TABLE_KEYS_V1)
_TABLE_KEYS, _TABLE_KEYS_V1 = frozenset(spec.FIGURE_TABLE_KEYS), frozenset(spec.FIGURE_TABLE_KEYS_V1)
_NUMBERS = {  # figure-table keys that hold a number, and how it is checked
    "covers": spec.Key("count", "organisations the figure covers", AMOUNT.label),
    "yoy_pct": PERCENT,
    "change_pct": PERCENT,
    "attained_pct": PERCENT,
}


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def amount(value: Any, key: spec.Key, path: KeyPath, name: str, version: int) -> Iterator[Finding]:
    """A number, or from schema_version 2 a printed range [low, high] ("từ 4 - 5 triệu")."""
    if not isinstance(value, list):
        yield from (_share(value, path, name) if key.unit == "percent" else v.number(value, key, path, name))
        return
    if version < 2:
        yield Finding(
            "wrong-type", ERROR, f"{name} must be a number (a range needs schema_version = 2)", path
        )
    elif len(value) != 2:
        yield Finding("wrong-type", ERROR, f"a range is [low, high], not {len(value)} numbers", path)
    else:
        for end in value:
            yield from v.number(end, key, path, name)
        if all(_is_number(e) for e in value) and value[0] > value[1]:
            yield Finding("bad-value", ERROR, f"the range {value} runs backwards: write [low, high]", path)


def _share(value: Any, path: KeyPath, name: str) -> Iterator[Finding]:
    """A percentage of a whole: 0 to 100."""
    yield from v.number(value, PERCENT, path, name)
    if _is_number(value) and not 0 <= value <= 100:
        yield Finding("bad-value", ERROR, f"{name} is {value}: a share of a whole is 0 to 100", path)


def _changes(value: dict[str, Any], path: KeyPath, version: int) -> Iterator[Finding]:
    """What a report says of a figure besides its value; schema_version 1 knew only yoy_pct."""
    qualifiers = spec.QUALIFIERS if version >= 2 else spec.QUALIFIERS_V1
    if "qualifier" in value:
        yield from v.choice(value["qualifier"], qualifiers, path + ("qualifier",), "qualifier")
    if version < 2:
        if "yoy_pct" in value:
            yield from v.number(value["yoy_pct"], PERCENT, path + ("yoy_pct",), "yoy_pct")
        return
    if "change" in value:
        yield from v.number(value["change"], PERCENT, path + ("change",), "change")
    for key in ("period", "change_from"):
        if key in value:
            yield from v.period(value[key], path + (key,))
    for key in ("change_qualifier", "plan_qualifier"):
        if key in value:
            yield from v.choice(value[key], spec.QUALIFIERS, path + (key,), key)
    if "plan" in value:
        yield from amount(value["plan"], AMOUNT, path + ("plan",), "plan", 2)
    if "national_share_pct" in value:
        yield from _share(value["national_share_pct"], path + ("national_share_pct",), "national_share_pct")
    for key, kind in _NUMBERS.items():
        if key in value:
            yield from v.number(value[key], kind, path + (key,), key)


def _table(value: dict[str, Any], key: spec.Key, path: KeyPath, name: str, version: int) -> Iterator[Finding]:
    if version < 2:
        if not value.keys() <= _TABLE_KEYS_V1:
            yield from v.unknown(value, spec.FIGURE_TABLE_KEYS_V1, path, name, _NEW_FIGURE_KEYS)
    elif not value.keys() <= _TABLE_KEYS:
        yield from v.unknown(value, spec.FIGURE_TABLE_KEYS, path, name)
    if "value" not in value:
        yield Finding("missing-key", ERROR, f"{name} has no value", path)
    else:
        yield from amount(value["value"], key, path + ("value",), name, version)
    if "per" in value:
        yield from v.choice(value["per"], spec.TIME_UNITS, path + ("per",), "per")
    elif key.needs_per:
        yield Finding("missing-key", ERROR, f'{name} needs per = "month" or "year"', path)
    if "status" in value and version >= 2:
        yield from v.choice(value["status"], spec.STATUSES, path + ("status",), "status")
    if "with_credit_funds" in value:
        yield from v.flag(value["with_credit_funds"], path, "with_credit_funds")
    for text in ("note", "criterion")[: 2 if version >= 2 else 1]:
        if text in value:
            yield from v.text(value[text], path + (text,), text)
    yield from _changes(value, path, version)


def figure(value: Any, key: spec.Key, path: KeyPath, version: int = 2) -> Iterator[Finding]:
    """A figure: a bare number, or a table with its value and what the report says of it."""
    name = str(path[-1])
    if isinstance(value, dict):
        yield from _table(value, key, path, name, version)
        return
    if key.needs_per:
        example = f'{name} = {{ value = ..., per = "month" }}'
        yield Finding("missing-key", ERROR, f"{name} needs its time unit: {example}", path)
    if key.unit == "percent":
        yield from _share(value, path, name)
    else:
        yield from amount(value, key, path, name, version)


def figures(
    table: Any,
    keys: dict[str, spec.Key],
    path: KeyPath,
    what: str,
    extra: Iterable[str] = (),
    version: int = 2,
) -> Iterator[Finding]:
    """A table of figures, with the non-figure keys ``extra`` also allowed."""
    if not isinstance(table, dict):
        yield Finding("wrong-type", ERROR, f"{what} must be a table, not {v.type_name(table)}", path)
        return
    newer, allowed, known = _allowed(keys, version, tuple(extra))
    if not table.keys() <= known:  # a set comparison in C, for the common case
        yield from v.unknown(table, allowed, path, what, newer)
    for name, value in table.items():
        if name in keys and name not in newer:
            key = keys[name]
            if not _plainly_fine(value, key):
                yield from figure(value, key, path + (name,), version)
        elif name == "note":
            yield from v.text(value, path + (name,), name)


_Allowed = tuple[frozenset[str], list[str], frozenset[str]]
_ALLOWED: dict[tuple[int, int, tuple[str, ...]], _Allowed] = {}


def _allowed(keys: dict[str, spec.Key], version: int, extra: tuple[str, ...]) -> _Allowed:
    """The keys of a later schema_version, and those allowed (in order, and as a set), of one
    vocabulary table: worked out once per table (they are module constants), not per report."""
    found = _ALLOWED.get((id(keys), version, extra))
    if found is None:
        newer = frozenset(k for k, key in keys.items() if key.since > version)
        allowed = [*(k for k in keys if k not in newer), *extra]
        found = _ALLOWED[(id(keys), version, extra)] = (newer, allowed, frozenset(allowed))
    return found


def _plainly_fine(value: Any, key: spec.Key) -> bool:
    """A bare number that ``figure`` would find nothing to say about: the common case,
    answered without its generators (at 100,000 reports, a million figures)."""
    kind = type(value)
    if kind is float:
        if key.integer:
            return False
    elif kind is not int:
        return False
    if key.needs_per or not 0 <= value < v.LARGEST:  # nan and inf fail the comparison
        return False
    return key.unit != "percent" or value <= 100


def sectors(table: Any, path: KeyPath) -> Iterator[Finding]:
    """An organisation's [sectors]: sector id -> a table of its figures; ``complete = true``
    when the report says the sectors make up the whole."""
    if not isinstance(table, dict):
        yield Finding(
            "wrong-type", ERROR, f"sectors must be a table of sectors, not {v.type_name(table)}", path
        )
        return
    yield from v.unknown(
        table, [*spec.SECTORS, *spec.SECTORS_EXTRA_KEYS], path, "sectors (keys are sector ids)"
    )
    for name, sub in table.items():
        if name == "complete":
            yield from v.flag(sub, path + (name,), name)
        elif name == "note":
            yield from v.text(sub, path + (name,), name)
        elif name in spec.SECTORS:
            yield from figures(sub, spec.ORG_FIGURES, path + (name,), f"sectors.{name}", ("note",))
