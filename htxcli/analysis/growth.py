"""Change between two reports of a province, and what a single report's stated rates imply."""

from ..metrics import CATALOGUE, Metric, Value, compute, from_percent, is_flow, unknown_time_unit
from ..model.messages import Msg, msg
from ..model.periods import Period, previous_year, year_fraction
from ..model.record import Record
from ..model.records import Figure, Report
from ..model.vocabulary import ORG_FIGURES, ORG_KINDS
from .compare import bases_differ


class Change(Record):
    metric: Metric
    before: Value
    after: Value
    absolute: float | None
    relative: float | None  # a fraction: 0.061 for +6.1 %
    points: float | None  # for shares: after - before, as a fraction (0.068 = +6.8 points)
    annualised: float | None
    reason: Msg | None = None


def change(metric_id: str, before: Report, after: Report) -> Change:
    """The change of one metric between two reports of a province."""
    a, b = compute(before, metric_id), compute(after, metric_id)
    metric = a.metric
    if a.value is None or b.value is None:
        missing = before if a.value is None else after
        why = (a.reason if a.value is None else b.reason) or msg("missing.not_available")
        return Change(
            metric,
            a,
            b,
            None,
            None,
            None,
            None,
            msg("missing.at_period", period=missing.period.label, reason=why),
        )
    if why := _unlike(metric, (before, a), (after, b)):
        return Change(metric, a, b, None, None, None, None, why)
    absolute = b.value - a.value
    relative = absolute / a.value if a.value else None
    points = absolute if metric.unit == "fraction" else None
    years = year_fraction(before.period, after.period)
    annual = None
    # over less than a quarter, an annual rate says nothing (and overflows for a day)
    if relative is not None and years >= 0.25 and abs(years - 1) > 0.01 and b.value / a.value > 0:
        annual = (b.value / a.value) ** (1 / years) - 1
    return Change(metric, a, b, absolute, relative, points, annual)


def _unlike(metric: Metric, first: tuple[Report, Value], second: tuple[Report, Value]) -> Msg | None:
    """Why two values of one metric are not like with like, or None."""
    (before, a), (after, b) = first, second
    if is_flow(metric) and before.period.months != after.period.months:
        # new cooperatives in a half-year against a year: no change, and no annual rate, says anything
        return msg("reason.flow_lengths_differ", a=before.period.label, b=after.period.label)
    if bases_differ([a, b]):
        return msg("reason.bases_differ")
    if unknown_time_unit(a) != unknown_time_unit(b):
        return msg("reason.time_unit_unknown")
    return None


def length_note(before: Period, after: Period) -> Msg | None:
    if before.months != after.months:
        return msg("note.lengths_differ", a=before.label, b=after.label)
    return None


class Implied(Record):
    """A value the report's own stated rate (or stated start value) implies for an earlier time."""

    key: str  # a figure path "cooperatives.total", or a metric id for start-of-period values
    unit: str
    now: float
    rate: float | None  # stated year-on-year rate, percent; None for a stated start value
    earlier: float
    earlier_period: str  # the period the earlier value belongs to (its start, for a start value)
    points: float | None = None  # for shares: now - earlier
    stated_now: float | None = None  # the report's printed value for now, when it gives one
    change: float | None = None  # the stated absolute change ("tăng 37 THT so với cuối năm 2022")
    qualifier: str | None = None  # the change's printed qualifier ("tăng khoảng 17%": about)

    @property
    def at_start(self) -> bool:
        return self.rate is None and self.change is None


def _stated_change(kind: str, key: str, fig: Figure, year_before: str) -> Implied | None:
    """The earlier value a figure's printed change or rate implies: exact from a change,
    approximate from a rate (the rate was rounded when printed)."""
    change = fig.get("change")
    rate = fig.get("change_pct") if fig.get("change_pct") is not None else fig.yoy_pct
    if fig.is_range or (change is None and rate is None):
        return None
    since = fig.get("change_from") or year_before
    unit, how = ORG_FIGURES[key].display_unit, fig.get("change_qualifier")
    if change is not None:
        earlier = fig.value - change
        return Implied(f"{kind}.{key}", unit, fig.value, rate, earlier, since, change=change, qualifier=how)
    if rate is None or rate <= -100:
        return None
    earlier = fig.value / (1 + rate / 100)
    if unit in ("count", "persons"):  # about 473 cooperatives, not 473.1: the rate was rounded
        earlier = round(earlier)
    return Implied(f"{kind}.{key}", unit, fig.value, rate, earlier, since, qualifier=how)


def _from_rates(r: Report) -> list[Implied]:
    year_before = previous_year(r.period)
    found = (
        _stated_change(kind, key, fig, year_before)
        for kind in ORG_KINDS
        if (org := r.org(kind)) is not None
        for key, fig in org.figures.items()
    )
    return [i for i in found if i is not None]


def _from_start_values(r: Report) -> list[Implied]:
    out = []
    for mid, start in r.start.items():
        metric = CATALOGUE[mid][0]
        now = compute(r, mid)
        if now.value is None:
            continue
        share = metric.unit == "fraction"
        before = from_percent(start) if share else start
        printed = r.stated.get(mid)
        stated_now = from_percent(printed) if printed is not None and share else printed
        points = now.value - before if share else None
        out.append(Implied(mid, metric.unit, now.value, None, before, r.period.label, points, stated_now))
    return out


def implied(r: Report) -> list[Implied]:
    """What a single report's stated rates imply: last year's values, start-of-period shares."""
    return _from_rates(r) + _from_start_values(r)
