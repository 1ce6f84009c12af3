"""Reports side by side: the leader of a row, what makes a comparison unfair, and ranks."""

from ..metrics import Value, better, compute, unknown_time_unit, without_credit_funds
from ..model.messages import Msg, msg
from ..model.record import Record
from ..model.records import Report


def leader(values: list[Value]) -> int | None:
    """Index of the best value (highest, or lowest where less is better); None if none, tied,
    where neither more nor less is better, where a time unit is unknown, or where a printed
    range overlaps its rival: a range leads only when all of it is ahead."""
    spans = [(v.interval, i) for i, v in enumerate(values) if v.interval is not None]
    if len(spans) < 2 or better(values[0].metric) == 0:
        return None
    if any(unknown_time_unit(values[i]) for _, i in spans):
        return None
    lower = better(values[0].metric) < 0
    for (low, high), i in spans:
        rivals = [s for s, j in spans if j != i]
        if (lower and all(high < r_low for r_low, _ in rivals)) or (
            not lower and all(low > r_high for _, r_high in rivals)
        ):
            return i
    return None


def comparison_notes(reports: list[Report]) -> list[Msg]:
    """What a side-by-side reading must know: units summed from their predecessors'
    reports (--as-2025), and what makes it unfair: different periods, actual vs estimated."""
    sums = [
        msg("note.sum_of", unit=r.province, places=" + ".join(p.province for p in r.parts))
        for r in reports
        if r.parts
    ]
    notes = [msg("note.sums", sums=sums)] if sums else []
    if len({r.period.label for r in reports}) > 1:
        spans = [f"{r.province} {r.period.label}" for r in reports]
        notes.append(msg("note.periods_differ", spans=spans))
    if len({r.status for r in reports}) > 1:
        estimated = [r.province for r in reports if r.status == "estimated"]
        notes.append(msg("note.estimates_beside_actuals", provinces=estimated))
    return notes


class Ranked(Record):
    rank: int | None  # None: not ranked (no value)
    report: Report
    value: Value
    apart: str | None = None  # the base of a group ranked apart: "with_credit_funds"...


def _base(v: Value) -> str:
    flag = v.credit_funds
    return "credit_funds_unknown" if flag is None else "with_credit_funds" if flag else "without_credit_funds"


def bases_differ(values: list[Value]) -> bool:
    """True where some of the values count credit funds among cooperatives and some do not."""
    return {"with_credit_funds", "without_credit_funds"} <= {_base(v) for v in values}


def on_one_base(values: list[tuple[Report, Value]]) -> list[tuple[Report, Value]]:
    """Where counts with and without credit funds meet, the counts of cooperatives that
    include them are put on the base without them when the report gives their number."""
    if not bases_differ([v for _, v in values]):
        return values
    return [(r, without_credit_funds(r, v) or v) for r, v in values]


def base_notes(values: list[tuple[Report, Value]]) -> list[Msg]:
    """Says which counts were put on the base without credit funds, and how."""
    moved = [
        r.province for r, v in values if v.detail is not None and v.detail.id == "detail.without_credit_funds"
    ]
    return [msg("note.credit_funds_removed", places=moved)] if moved else []


def _bases(values: list[tuple[Report, Value]]) -> dict[str, list[tuple[Report, Value]]]:
    """Values with credit funds and values without are not on one base: each group is ranked
    apart (the unknown ones apart too). Otherwise one group."""
    if not bases_differ([v for _, v in values]):
        return {"": values}
    groups: dict[str, list[tuple[Report, Value]]] = {}
    for r, v in values:
        groups.setdefault(_base(v), []).append((r, v))
    order = ("with_credit_funds", "without_credit_funds", "credit_funds_unknown")
    return {k: groups[k] for k in order if k in groups}


def rank(reports: list[Report], metric_id: str, ascending: bool = False) -> list[Ranked]:
    """Reports ordered by a metric; ties share a rank (1, 2, 2, 4); those without it last, and
    those whose time unit is unknown too (never ranked against values that have one)."""
    values = on_one_base([(r, compute(r, metric_id)) for r in reports])
    have = [(r, v) for r, v in values if v.value is not None and not unknown_time_unit(v)]
    lack = [(r, v) for r, v in values if v.value is None]
    lack += [
        (r, v._replace(value=None, origin=None, reason=msg("reason.time_unit_unknown_rank")))
        for r, v in values
        if unknown_time_unit(v)
    ]
    out: list[Ranked] = []
    for apart, group in _bases(have).items():
        # a printed range is ranked by its lower end (the view says so), never by its middle
        group.sort(key=lambda rv: (rv[1].value if ascending else -rv[1].value, rv[0].province))
        start = len(out)
        for i, (r, v) in enumerate(group):
            same = len(out) > start and out[-1].value.interval == v.interval
            out.append(Ranked(out[-1].rank if same else i + 1, r, v, apart or None))
    return out + [Ranked(None, r, v) for r, v in sorted(lack, key=lambda rv: rv[0].province)]
