"""Choosing reports: the place a user typed, a period, or a 2025 unit; the reports each
command works on; and what the file says beside a report: the national report of its period
(a place's figures as shares of the country's), and the reports other sources give of it.

A name means one thing in every command: "Lâm Đồng" is the unit formed on 1 July 2025,
"Lâm Đồng (cũ)" the province before it; a region or "cả nước" is a region or the country.
"""

from __future__ import annotations

from ..model.errors import NotFound, UsageProblem
from ..model.messages import Msg, Term, msg
from ..model.names import (
    changed_units,
    note_for,
    predecessors,
    reorganisation,
    resolve,
    split_old,
    unit_notes,
)
from ..model.periods import parse_period
from ..model.record import Record
from ..model.records import Dataset, Figure, Report
from ..model.vocabulary import COUNTRY, ORG_FIGURES, ORG_KINDS


def period_label(period: str | None, option: str = "--period") -> str | None:
    """A period as typed on the command line ("2024-h1 "), checked: 2024-H1."""
    if period is None:
        return None
    label = period.strip().upper()
    try:
        parse_period(label)
    except ValueError as e:
        raise UsageProblem(f"{option}: {e}") from None
    return label


def by_name(ds: Dataset, name: str, period: str | None) -> Report:
    """The report of a place as the data names it, for ``period`` or the latest."""
    reports = ds.of(name)
    label = period_label(period)
    if label is None:
        return reports[-1]
    for r in reports:
        if r.period.label == label:
            return r
    have = ", ".join(r.period.label for r in reports)
    raise NotFound(f"{name} has no report for period {period!r}", f"it has: {have}")


def _absent(ds: Dataset, name: str, summable: bool = False) -> NotFound:
    """Why a place has no report of its own, and what to type instead (``summable``: the
    command can sum a 2025 unit from its predecessors with --as-2025)."""
    if name in changed_units():
        with_data = [p for p in predecessors(name) if ds.of(p)]
        if with_data:
            also = ", or use --as-2025" if summable else ""
            return NotFound(
                f"no report is filed under {name}, the unit formed on 1 July 2025",
                f"it includes {', '.join(with_data)}: name one of them{also}",
            )
    unit = reorganisation().new_of.get(split_old(name)[0])
    if unit and unit != split_old(name)[0]:
        return NotFound(f"no data for {name}", f"it is part of {unit} since 2025")
    return NotFound(f"no data for {name}", "htx list shows what there is")


def report(ds: Dataset, query: str, period: str | None, summable: bool = False) -> Report:
    """The one report a place name (as typed) and period mean; the latest by default."""
    name = resolve(query, ds.places())
    if not ds.of(name):
        raise _absent(ds, name, summable)
    return by_name(ds, name, period)


def for_show(ds: Dataset, query: str, period: str | None) -> tuple[list[Report], list[Msg]]:
    """Reports to show and notes: a place, or a 2025 unit through its predecessors."""
    name = resolve(query, ds.places())
    if ds.of(name):
        note = note_for(name)
        return [by_name(ds, name, period)], [note] if note else []
    with_data = [p for p in predecessors(name) if ds.of(p)] if name in changed_units() else []
    if not with_data:
        raise _absent(ds, name)
    return [by_name(ds, p, period) for p in with_data], unit_notes(name, with_data)


def units_2025(
    ds: Dataset, queries: list[str] | None, period: str | None
) -> tuple[list[Report], dict[str, Msg]]:
    """Reports of the 2025 units (those asked, or all with any data), each summed from its
    predecessors; units that cannot be summed come back with the reason."""
    from .units2025 import group_2025  # summing: only for --as-2025

    reorg = reorganisation()
    if queries:
        names = [split_old(resolve(q, ds.places()))[0] for q in queries]
        units = list(dict.fromkeys(reorg.new_of.get(n, n) for n in names))
    else:
        units = sorted({reorg.new_of.get(split_old(p)[0], p) for p in ds.provinces()})
    by_province = {p: ds.of(p) for p in ds.provinces()}
    out, missing = [], {}
    for unit in units:
        summed = group_2025(by_province, unit, period_label(period))
        if isinstance(summed, Report):
            out.append(summed)
        else:
            missing[unit] = summed
    return out, missing


def for_compare(ds: Dataset, queries: list[str], period: str | None, as_2025: bool) -> list[Report]:
    """The reports to set side by side; with as_2025, every unit must be complete."""
    if not as_2025:
        return [report(ds, q, period, summable=True) for q in queries]
    reports, missing = units_2025(ds, queries, period)
    if missing:
        why = [msg("missing.of_unit", unit=u, reason=m) for u, m in missing.items()]
        raise NotFound(
            msg("error.incomplete_units", units=why),
            "--as-2025 needs a report of every predecessor for one period",
        )
    return reports


def for_rank(
    ds: Dataset, period: str | None, as_2025: bool, scope: str = "province"
) -> tuple[list[Report], dict[str, Msg]]:
    """Every place's report of one scope (latest, or for ``period``), and those that have none.
    Provinces are ranked among provinces, regions among regions: never one with the other."""
    if as_2025 and scope == "province":
        return units_2025(ds, None, period)
    reports, missing = [], {}
    for name in ds.places(scope):
        try:
            reports.append(by_name(ds, name, period))
        except NotFound:
            missing[name] = msg("missing.no_report_for", period=period_label(period))
    return reports, missing


def for_growth(
    ds: Dataset, place: str, start: str | None, end: str | None
) -> tuple[Report, tuple[Report, Report] | None]:
    """The later report, and the pair to compare: --from and --to, or the two latest."""
    period_label(start, "--from")  # a period that is not one is named by its option
    period_label(end, "--to")
    later = report(ds, place, end)
    earlier = [r for r in ds.of(later.province) if r.period < later.period]
    pair: tuple[Report, Report] | None = (earlier[-1], later) if earlier else None
    if start is not None:
        pair = (report(ds, place, start), later)
        if not pair[0].period < later.period:
            raise UsageProblem(f"--from {start} must come before --to {later.period.label}")
    return later, pair


#: Counts and amounts a share of the national total is computed for (averages are not).
SHARED_FIGURES = ("total", "active", "new", "members", "workers", "charter_capital", "revenue", "effective")


class Share(Record):
    """One figure of a place as a share of the same figure for the whole country."""

    key: str  # "cooperatives.total"
    label: Term
    value: float  # a fraction
    part: Figure
    whole: Figure
    stated_pct: float | None = None  # what the report prints ("chiếm 11,5%")


def national_report(ds: Dataset, r: Report) -> Report | None:
    """The country's report of the same period, if the file has one (and r is not it)."""
    if r.scope == "country":
        return None
    return next((n for n in ds.of(COUNTRY.name) if n.period.label == r.period.label), None)


def national_shares(r: Report, national: Report) -> list[Share]:
    out = []
    for kind in ORG_KINDS:
        mine, theirs = r.org(kind), national.org(kind)
        if mine is None or theirs is None:
            continue
        for key in SHARED_FIGURES:
            part, whole = mine.get(key), theirs.get(key)
            if part is None or whole is None or not whole.value or part.is_range or whole.is_range:
                continue
            label = Term(
                f"{ORG_KINDS[kind].short.en}: {ORG_FIGURES[key].label.en.lower()}",
                f"{ORG_KINDS[kind].abbreviation}: {ORG_FIGURES[key].label.vi.lower()}",
            )
            out.append(
                Share(
                    f"{kind}.{key}",
                    label,
                    part.value / whole.value,
                    part,
                    whole,
                    part.get("national_share_pct"),
                )
            )
    return out


def other_sources(ds: Dataset, r: Report) -> Msg | None:
    """Which source a place and period is shown from, when the file holds more than one."""
    every = ds.sources.get((r.province, r.period.label), [r])
    others = [o for o in every if o is not r]
    if not others:
        return None
    named = [f'{o.source.publisher}, "{o.source.title}"' for o in others]
    return msg("note.other_sources", used=f'{r.source.publisher}, "{r.source.title}"', others=named)
