"""The 2025 units: what a reader of an old province's figures should know, and the grouping
of old provinces' reports into the unit each became."""

from ..model.messages import Msg, msg
from ..model.names import old_form, split_old
from ..model.provinces2025 import reorganisation
from ..model.records import Figure, Org, Ratings, Report, Source
from ..model.vocabulary import AVERAGE_FIGURES


def predecessors(unit: str) -> list[str]:
    """The provinces a 2025 unit was formed from, as htx names them: 'Lào Cai (cũ)', 'Yên Bái'."""
    return [old_form(p) for p in reorganisation().predecessors(unit)] or [unit]


def note_for(name: str) -> Msg | None:
    """What the reader of an old province's figures should know since 2025."""
    reorg = reorganisation()
    province, old = split_old(name)
    unit = reorg.new_of.get(province)
    if unit is None or reorg.predecessors(unit) == [province]:
        return None
    when = reorg.effective
    if unit == province:  # "Lâm Đồng" is the 2025 unit itself; "Lâm Đồng (cũ)" the old province
        members = predecessors(unit)
        return (
            msg("note.larger_unit", date=when, unit=unit, members=members, province=province) if old else None
        )
    others = [p for p in predecessors(unit) if p != name]
    return msg("note.part_of_new_unit", province=name, unit=unit, date=when, others=others)


def unit_notes(unit: str, with_data: list[str]) -> list[Msg]:
    """For a new unit asked by name: what it groups, and which predecessors have no data."""
    olds = predecessors(unit)
    lacking = [p for p in olds if p not in with_data]
    notes = [msg("note.unit_groups", unit=unit, date=reorganisation().effective, members=olds)]
    if lacking:
        notes.append(msg("note.no_data_for", lacking=lacking, shown=with_data))
    return notes


def _sum(figs: list[Figure | None]) -> Figure | None:
    if not figs or any(f is None for f in figs):
        return None
    words = {f.qualifier for f in figs if f}
    qualifier = None if words == {None} else words.pop() if len(words) == 1 else "about"
    return Figure(sum(f.value for f in figs if f), qualifier)


def _sum_table(tables: list[dict[str, Figure]], skip: tuple[str, ...] = ()) -> dict[str, Figure]:
    keys = [k for k in tables[0] if k not in skip and all(k in t for t in tables)]
    return {k: f for k in keys if (f := _sum([t.get(k) for t in tables])) is not None}


def _merge_org(orgs: list[Org]) -> Org:
    ratings = None
    if all(o.ratings for o in orgs):
        ratings = Ratings(_sum_table([o.ratings.figures for o in orgs if o.ratings]))
    flags = {o.includes_credit_funds for o in orgs}
    return Org(
        _sum_table([o.figures for o in orgs], skip=AVERAGE_FIGURES),
        _sum_table([o.by_sector for o in orgs]),
        _sum_table([o.members_by_sector for o in orgs]),
        ratings,
        flags.pop() if len(flags) == 1 else None,
    )


def aggregate(unit: str, reports: list[Report]) -> Report:
    """One report for a new unit from its predecessors' reports of one period: counts and
    money summed where every predecessor gives them; averages and shares are recomputed
    from the sums by the metrics, never averaged."""
    first = reports[0]
    kinds = [k for k in first.orgs if all(k in r.orgs for r in reports)]
    names = ", ".join(r.province for r in reports)
    return first._replace(
        place=unit,
        name=unit,
        status="estimated" if any(r.status == "estimated" for r in reports) else first.status,
        source=Source(publisher="htx", title=f"sum of the reports of {names}"),
        orgs={k: _merge_org([r.orgs[k] for r in reports]) for k in kinds},
        programmes=_sum_table([r.programmes for r in reports]),
        support=_sum_table([r.support for r in reports]),
        targets=(),
        stated={},
        start={},
        acknowledged=(),
        note=f"{unit} (from {reorganisation().effective}): {names}",
    )


def group_2025(by_province: dict[str, list[Report]], unit: str, period: str | None) -> Report | Msg:
    """The new unit's report for ``period`` (default: the latest period all predecessors
    share), or why it cannot be summed."""
    olds = predecessors(unit)
    have = {p: {r.period.label: r for r in by_province.get(p, [])} for p in olds}
    if period is None:
        common = set.intersection(*(set(h) for h in have.values()))
        if not common:
            missing = [p for p in olds if not have[p]]
            return (
                msg("missing.no_report_from", places=missing) if missing else msg("missing.no_common_period")
            )
        period = max(common, key=lambda label: have[olds[0]][label].period)
    missing = [p for p in olds if period not in have[p]]
    if missing:
        return msg("missing.no_report_for_from", period=period, places=missing)
    return aggregate(unit, [have[p][period] for p in olds])
