"""The 2025 units summed: old provinces' reports grouped into the unit each became (for
--as-2025). What a reader of an old province's figures should know is in model/names.py."""

from ..model.messages import Msg, msg
from ..model.names import predecessors, reorganisation
from ..model.records import Figure, Org, Ratings, Report, Source
from ..model.vocabulary import AVERAGE_FIGURES


def _sum(figs: list[Figure]) -> Figure:
    words = {f.qualifier for f in figs}
    qualifier = None if words == {None} else words.pop() if len(words) == 1 else "about"
    return Figure(sum([f.value for f in figs]), qualifier)


def _sum_table(tables: list[dict[str, Figure]], skip: tuple[str, ...] = ()) -> dict[str, Figure]:
    """The figures every table gives, summed (at 10,000 places summed from one report each,
    this ran for every figure of every place: plain loops, no generator per figure)."""
    first, others = tables[0], tables[1:]
    keys = [k for k in first if k not in skip and all(k in t for t in others)]
    return {k: _sum([t[k] for t in tables]) for k in keys}


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
