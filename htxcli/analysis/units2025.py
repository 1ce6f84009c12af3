"""The 2025 units summed: old provinces' reports grouped into the unit each became (for
--as-2025). What a reader of an old province's figures should know is in model/names.py."""

from ..model.messages import Msg, msg
from ..model.names import predecessors, reorganisation
from ..model.records import ALIKE, BASES_DIFFER, Figure, Org, Ratings, Report, Source, unlike
from ..model.vocabulary import AVERAGE_FIGURES


def _sum(figs: list[Figure]) -> Figure | None:
    """One figure of several reports summed, or None where the parts are not alike
    (``records.unlike``; metrics/sums.py says why when a metric of the sum is missing).
    A printed range sums to a range, an estimate makes the sum one; what a part says of
    itself alone (its change, plan, share of the country, note) is not the sum's."""
    if unlike(figs):
        return None
    more = {k: figs[0].get(k) for k in ALIKE if figs[0].get(k)}
    if figs[0].get("covers") is not None:  # then every part says (unlike above)
        more["covers"] = sum([f.get("covers") for f in figs])
    words = {f.qualifier for f in figs}
    qualifier = None if words == {None} else words.pop() if len(words) == 1 else "about"
    ranged = any(f.is_range for f in figs)
    high = sum([f.value if f.high is None else f.high for f in figs]) if ranged else None
    statuses = {f.status for f in figs}
    status = "estimated" if "estimated" in statuses else statuses.pop() if len(statuses) == 1 else None
    return Figure(sum([f.value for f in figs]), qualifier, figs[0].per, None, high, status, more or None)


def _sum_table(tables: list[dict[str, Figure]], skip: tuple[str, ...] = ()) -> dict[str, Figure]:
    """The figures every table gives, summed where their parts are alike (at 10,000 places
    summed from one report each, this ran for every figure of every place: plain loops, no
    generator per figure)."""
    first, others = tables[0], tables[1:]
    out: dict[str, Figure] = {}
    for k in first:
        if k not in skip and all(k in t for t in others):
            summed = _sum([t[k] for t in tables])
            if summed is not None:
                out[k] = summed
    return out


def _merge_org(orgs: list[Org]) -> Org:
    """One block of several reports. Where one report counts credit funds among its
    cooperatives and another does not, the block's own figures are not alike (its sectors
    are: a sector is the same subset either way); ratings sum only over one base."""
    graded = [o.ratings for o in orgs if o.ratings]
    bases = {r.base for r in graded}
    ratings = None
    if len(graded) == len(orgs) and len(bases) == 1:
        ratings = Ratings(_sum_table([r.figures for r in graded]), bases.pop())
    flags = {o.includes_credit_funds for o in orgs}
    return Org(
        {} if flags >= BASES_DIFFER else _sum_table([o.figures for o in orgs], skip=AVERAGE_FIGURES),
        _sum_table([o.by_sector for o in orgs]),
        _sum_table([o.members_by_sector for o in orgs]),
        ratings,
        flags.pop() if len(flags) == 1 else None,
    )


def aggregate(unit: str, reports: list[Report]) -> Report:
    """One report for a new unit from its predecessors' reports of one period: counts and
    money summed where every predecessor gives them; averages and shares are recomputed
    from the sums by the metrics, never averaged. A unit of one province (unchanged, or
    renamed as Huế was) is that province's report as printed: its stated shares and
    averages, its plans and acknowledgements stand."""
    first = reports[0]
    if len(reports) == 1:
        return first._replace(name=unit)
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
        parts=tuple(reports),
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
