"""Reports side by side: the leader of a row, what makes a comparison unfair, and ranks."""

from ..metrics import Value, better, compute
from ..model.messages import Msg, msg
from ..model.record import Record
from ..model.records import Report


def unknown_time_unit(v: Value) -> bool:
    """A stated average whose report does not say per month or per year."""
    return v.detail is not None and v.detail.id == "detail.stated_average_no_unit"


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


def bases_differ(reports: list[Report], metric_group: str, kind: str) -> bool:
    """True where a share or average of cooperatives would set counts that include credit
    funds beside counts that do not."""
    if metric_group != "cooperatives" or kind not in ("share", "average"):
        return False
    return {"with_credit_funds", "without_credit_funds"} <= {_credit_funds(r) for r in reports}


def comparison_notes(reports: list[Report]) -> list[Msg]:
    """What makes a side-by-side reading unfair: different periods, or actual vs estimated."""
    notes = []
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


def _credit_funds(r: Report) -> str:
    coops = r.org("cooperatives")
    flag = coops.includes_credit_funds if coops else None
    return "credit_funds_unknown" if flag is None else "with_credit_funds" if flag else "without_credit_funds"


def _bases(values: list[tuple[Report, Value]]) -> dict[str, list[tuple[Report, Value]]]:
    """Places whose cooperative counts include credit funds and places whose do not are not
    on one base: a share or average of cooperatives ranks each group apart (with the unknown
    ones apart too). Otherwise one group."""
    metric = values[0][1].metric if values else None
    if metric is None or metric.group != "cooperatives" or metric.kind not in ("share", "average"):
        return {"": values}
    groups: dict[str, list[tuple[Report, Value]]] = {}
    for r, v in values:
        groups.setdefault(_credit_funds(r), []).append((r, v))
    if not {"with_credit_funds", "without_credit_funds"} <= set(groups):
        return {"": values}
    order = ("with_credit_funds", "without_credit_funds", "credit_funds_unknown")
    return {k: groups[k] for k in order if k in groups}


def rank(reports: list[Report], metric_id: str, ascending: bool = False) -> list[Ranked]:
    """Reports ordered by a metric; ties share a rank (1, 2, 2, 4); those without it last, and
    those whose time unit is unknown too (never ranked against values that have one)."""
    values = [(r, compute(r, metric_id)) for r in reports]
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
