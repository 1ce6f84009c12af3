"""Choosing reports: a province as the user typed it, a period, or a 2025 unit."""

from __future__ import annotations

from .errors import NotFound
from .model import Dataset, Report
from .names import known_names, resolve
from .reorg import group_2025, note_for, reorganisation, unit_notes


def by_name(ds: Dataset, name: str, period: str | None) -> Report:
    """The report of a province named exactly as in the data, for ``period`` or the latest."""
    return _period(ds, name, period)


def _period(ds: Dataset, name: str, period: str | None) -> Report:
    reports = ds.of(name)
    if period is None:
        return reports[-1]
    for r in reports:
        if r.period.label == period.strip().upper():
            return r
    have = ", ".join(r.period.label for r in reports)
    raise NotFound(f"{name} has no report for period {period!r}", f"it has: {have}")


def report(ds: Dataset, query: str, period: str | None) -> Report:
    """The one report a province name (as typed) and period mean; the latest by default."""
    name = resolve(query, known_names(ds.provinces()))
    if name not in ds.provinces():
        olds = [p for p in reorganisation().predecessors(name) if p in ds.provinces() and p != name]
        unit = reorganisation().new_of.get(name)
        if olds:
            raise NotFound(
                f"no report is filed under {name}",
                f"since 2025 {name} includes {', '.join(olds)}: name it, or use --as-2025",
            )
        hint = f"it is part of {unit} since 2025" if unit and unit != name else "htx list shows what there is"
        raise NotFound(f"no data for {name}", hint)
    return _period(ds, name, period)


def for_show(ds: Dataset, query: str, period: str | None) -> tuple[list[Report], list[str]]:
    """Reports to show and notes: a province, or a 2025 unit through its predecessors."""
    name = resolve(query, known_names(ds.provinces()))
    if name in ds.provinces() and name not in reorganisation().units:
        note = note_for(name)
        return [_period(ds, name, period)], [note] if note else []
    olds = reorganisation().predecessors(name)
    with_data = [p for p in olds if p in ds.provinces()]
    if name in ds.provinces() and olds == [name]:
        return [_period(ds, name, period)], []
    if not with_data:
        return [report(ds, name, period)], []  # raises the right NotFound
    notes = unit_notes(name, with_data)
    return [_period(ds, p, period) for p in with_data], notes


def units_2025(
    ds: Dataset, queries: list[str] | None, period: str | None
) -> tuple[list[Report], dict[str, str]]:
    """Reports of the 2025 units (those asked, or all with any data), each summed from its
    predecessors; units that cannot be summed come back with the reason."""
    reorg = reorganisation()
    if queries:
        names = [resolve(q, known_names(ds.provinces())) for q in queries]
        units = list(dict.fromkeys(reorg.new_of.get(n, n) for n in names))
    else:
        units = sorted({reorg.new_of.get(p, p) for p in ds.provinces()})
    by_province = {p: ds.of(p) for p in ds.provinces()}
    out, missing = [], {}
    for unit in units:
        try:
            out.append(group_2025(by_province, unit, period))
        except NotFound as e:
            missing[unit] = e.message.split(": ", 1)[-1]
    return out, missing
