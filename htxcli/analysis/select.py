"""Choosing reports: the province a user typed, a period, or a 2025 unit; and the reports
each command works on."""

from __future__ import annotations

from ..model.errors import NotFound, UsageProblem
from ..model.messages import Msg, msg
from ..model.names import known_names, resolve
from ..model.provinces2025 import reorganisation
from ..model.records import Dataset, Report
from .units2025 import group_2025, note_for, unit_notes


def by_name(ds: Dataset, name: str, period: str | None) -> Report:
    """The report of a province named exactly as in the data, for ``period`` or the latest."""
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
    return by_name(ds, name, period)


def for_show(ds: Dataset, query: str, period: str | None) -> tuple[list[Report], list[Msg]]:
    """Reports to show and notes: a province, or a 2025 unit through its predecessors."""
    name = resolve(query, known_names(ds.provinces()))
    if name in ds.provinces() and name not in reorganisation().units:
        note = note_for(name)
        return [by_name(ds, name, period)], [note] if note else []
    olds = reorganisation().predecessors(name)
    with_data = [p for p in olds if p in ds.provinces()]
    if name in ds.provinces() and olds == [name]:
        return [by_name(ds, name, period)], []
    if not with_data:
        return [report(ds, name, period)], []  # raises the right NotFound
    return [by_name(ds, p, period) for p in with_data], unit_notes(name, with_data)


def units_2025(
    ds: Dataset, queries: list[str] | None, period: str | None
) -> tuple[list[Report], dict[str, Msg]]:
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
        summed = group_2025(by_province, unit, period)
        if isinstance(summed, Report):
            out.append(summed)
        else:
            missing[unit] = summed
    return out, missing


def for_compare(ds: Dataset, queries: list[str], period: str | None, as_2025: bool) -> list[Report]:
    """The reports to set side by side; with as_2025, every unit must be complete."""
    if not as_2025:
        return [report(ds, q, period) for q in queries]
    reports, missing = units_2025(ds, queries, period)
    if missing:
        why = [msg("missing.of_unit", unit=u, reason=m) for u, m in missing.items()]
        raise NotFound(
            msg("error.incomplete_units", units=why),
            "--as-2025 needs a report of every predecessor for one period",
        )
    return reports


def for_rank(ds: Dataset, period: str | None, as_2025: bool) -> tuple[list[Report], dict[str, Msg]]:
    """Every province's report (latest, or for ``period``), and those that have none."""
    if as_2025:
        return units_2025(ds, None, period)
    reports, missing = [], {}
    for name in ds.provinces():
        try:
            reports.append(by_name(ds, name, period))
        except NotFound:
            missing[name] = msg("missing.no_report_for", period=period)
    return reports, missing


def for_growth(
    ds: Dataset, province: str, start: str | None, end: str | None
) -> tuple[Report, tuple[Report, Report] | None]:
    """The later report, and the pair to compare: --from and --to, or the two latest."""
    later = report(ds, province, end)
    earlier = [r for r in ds.of(later.province) if r.period < later.period]
    pair: tuple[Report, Report] | None = (earlier[-1], later) if earlier else None
    if start is not None:
        pair = (report(ds, province, start), later)
        if not pair[0].period < later.period:
            raise UsageProblem(f"--from {start} must come before --to {later.period.label}")
    return later, pair
