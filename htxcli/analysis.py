"""Comparisons between reports: compare, rank and growth, as pure functions."""

from typing import NamedTuple

from .metrics import CATALOGUE, LOWER_IS_BETTER, Metric, Value, compute
from .model import Report
from .periods import Period, year_fraction
from .spec import ORG_FIGURES, ORG_KINDS


def leader(values: list[Value]) -> int | None:
    """Index of the best value (highest, or lowest where less is better); None if none or tied."""
    avail = [(v.value, i) for i, v in enumerate(values) if v.value is not None]
    if len(avail) < 2:
        return None
    lower = values[0].metric.id in LOWER_IS_BETTER
    best = min(avail)[0] if lower else max(avail)[0]
    winners = [i for x, i in avail if x == best]
    return winners[0] if len(winners) == 1 else None


def comparison_notes(reports: list[Report]) -> list[str]:
    """What makes a side-by-side reading unfair: different periods, or actual vs estimated."""
    notes = []
    periods = {r.period.label for r in reports}
    if len(periods) > 1:
        spans = ", ".join(f"{r.province} {r.period.label}" for r in reports)
        notes.append(f"Periods differ ({spans}): counts are comparable, flows in the period are not.")
    if len({r.status for r in reports}) > 1:
        est = ", ".join(r.province for r in reports if r.status == "estimated")
        notes.append(f"Estimated figures ({est}) stand beside actual ones.")
    return notes


class Ranked(NamedTuple):
    rank: int | None  # None: not ranked (no value)
    report: Report
    value: Value


def rank(reports: list[Report], metric_id: str, ascending: bool = False) -> list[Ranked]:
    """Reports ordered by a metric; ties share a rank (1, 2, 2, 4); those without it last."""
    values = [(r, compute(r, metric_id)) for r in reports]
    have = [(r, v) for r, v in values if v.value is not None]
    lack = [(r, v) for r, v in values if v.value is None]
    have.sort(key=lambda rv: (rv[1].value if ascending else -rv[1].value, rv[0].province))
    out: list[Ranked] = []
    for i, (r, v) in enumerate(have):
        same = out and out[-1].value.value == v.value
        out.append(Ranked(out[-1].rank if same else i + 1, r, v))
    return out + [Ranked(None, r, v) for r, v in sorted(lack, key=lambda rv: rv[0].province)]


class Change(NamedTuple):
    metric: Metric
    before: Value
    after: Value
    absolute: float | None
    relative: float | None  # a fraction: 0.061 for +6.1 %
    points: float | None  # for shares: after - before, as a fraction (0.068 = +6.8 points)
    annualised: float | None
    reason: str | None = None


def change(metric_id: str, before: Report, after: Report) -> Change:
    """The change of one metric between two reports of a province."""
    a, b = compute(before, metric_id), compute(after, metric_id)
    metric = a.metric
    if a.value is None or b.value is None:
        missing = before if a.value is None else after
        why = (a.reason if a.value is None else b.reason) or "not available"
        return Change(metric, a, b, None, None, None, None, f"{missing.period.label}: {why}")
    absolute = b.value - a.value
    relative = absolute / a.value if a.value else None
    points = absolute if metric.unit == "fraction" else None
    years = year_fraction(before.period, after.period)
    annual = None
    if relative is not None and years > 0 and abs(years - 1) > 0.01 and b.value / a.value > 0:
        annual = (b.value / a.value) ** (1 / years) - 1
    return Change(metric, a, b, absolute, relative, points, annual)


def length_note(before: Period, after: Period) -> str | None:
    if before.months != after.months:
        return (
            f"{before.label} and {after.label} differ in length: flows (new, dissolved) "
            "are not comparable; rates are annualised over the time between their ends."
        )
    return None


class Implied(NamedTuple):
    """A value the report's own stated rate implies for an earlier time."""

    key: str  # a figure path "cooperatives.total", or a metric id for start-of-period values
    label: str
    unit: str
    now: float
    rate: float | None  # stated year-on-year rate, percent
    earlier: float
    earlier_when: str
    points: float | None = None  # for shares: now - earlier
    stated_now: float | None = None  # the report's printed value for now, when it gives one


_UNIT = {"VND/org": "VND", "VND/worker": "VND", "persons": "count"}


def implied(r: Report) -> list[Implied]:
    """What a single report's stated rates imply: last year's values, start-of-period shares."""
    out = []
    year_before = _previous_label(r.period)
    for kind in ORG_KINDS:
        org = r.org(kind)
        for key, fig in org.figures.items() if org else ():
            if fig.yoy_pct is None:
                continue
            label = f"{kind.replace('_', ' ').capitalize()}: {key.replace('_', ' ')}"
            unit = _UNIT.get(ORG_FIGURES[key].unit, ORG_FIGURES[key].unit)
            earlier = fig.value / (1 + fig.yoy_pct / 100)
            out.append(Implied(f"{kind}.{key}", label, unit, fig.value, fig.yoy_pct, earlier, year_before))
    for mid, start in r.start.items():
        metric = CATALOGUE[mid][0]
        now = compute(r, mid)
        if now.value is None:
            continue
        before = start / 100 if metric.unit == "fraction" else start
        pts = now.value - before if metric.unit == "fraction" else None
        printed = r.stated.get(mid)
        stated_now = printed / 100 if printed is not None and metric.unit == "fraction" else printed
        out.append(
            Implied(
                mid,
                metric.label,
                metric.unit,
                now.value,
                None,
                before,
                f"start of {r.period.label}",
                pts,
                stated_now,
            )
        )
    return out


def _previous_label(p: Period) -> str:
    year = p.end.year - 1
    return (
        p.label.replace(str(p.end.year), str(year), 1) if p.label.startswith(str(p.end.year)) else str(year)
    )
