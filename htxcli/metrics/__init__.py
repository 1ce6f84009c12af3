"""Derived metrics: pure functions from a report to values, each with its unit and base.

A metric that cannot be computed is returned with ``value=None`` and a reason, never 0.
Where the report printed the percentage itself (``[report.stated]``) and the figures to
compute it are missing, the stated value fills the gap and ``origin`` says so.
"""

from ..model.errors import NotFound
from ..model.messages import msg
from ..model.records import Figure, Report, Target
from ..model.vocabulary import TARGETS
from . import catalogue  # noqa: F401  (defines every metric in CATALOGUE)
from .core import CATALOGUE, COMPUTED, STATED, Metric, Missing, Value, org_total

__all__ = [
    "CATALOGUE",
    "LOWER_IS_BETTER",
    "Metric",
    "Missing",
    "Value",
    "attainment",
    "compute",
    "compute_all",
    "find_metric",
    "org_total",
    "target_actual",
]


def target_actual(r: Report, t: Target) -> Figure | None:
    """The target's actual: given in the target, or read from the figure it refers to."""
    if t.actual is not None:
        return t.actual
    where = TARGETS[t.target].actual_from if t.target in TARGETS else None
    if where and (t.period is None or t.period == r.period.label):
        return r.figure(*where)
    return None


def attainment(r: Report, t: Target) -> Value:
    metric = CATALOGUE[f"attainment_{t.target}"][0]
    actual = target_actual(r, t)
    if t.plan and actual is not None and t.plan[0] > 0:
        low, high = t.plan
        if high != low:
            detail = msg("detail.attainment_range", actual=actual.value, low=low, high=high)
        else:
            detail = msg("detail.attainment", actual=actual.value, plan=low)
        against_high = actual.value / high if high != low else None
        return Value(metric, actual.value / low, COMPUTED, actual.qualifier, None, detail, against_high)
    if t.stated_pct is not None:
        return Value(
            metric, t.stated_pct / 100, STATED, None, None, msg("detail.stated_pct", pct=t.stated_pct)
        )
    if t.plan and actual is None:
        reason = msg("missing.no_actual_yet", period=t.period) if t.period else msg("missing.no_actual")
        return Value(metric, None, reason=reason)
    return Value(metric, None, reason=msg("missing.no_plan"))


def compute(report: Report, metric_id: str) -> Value:
    """One metric of one report: computed, else the report's stated value, else a reason."""
    metric, fn = CATALOGUE[metric_id]
    if metric.kind == "attainment":
        for t in report.targets:
            if f"attainment_{t.target}" == metric_id:
                return attainment(report, t)
    try:
        value, qualifier, detail = fn(report)
    except Missing as gap:
        if metric_id in report.stated:
            pct = report.stated[metric_id]
            return Value(metric, pct / 100, STATED, None, None, msg("detail.stated_pct", pct=pct))
        return Value(metric, None, reason=gap.reason)
    stated = detail.id.startswith("detail.stated") or metric.kind == "count"
    return Value(metric, value, STATED if stated else COMPUTED, qualifier, None, detail)


def compute_all(report: Report) -> list[Value]:
    return [compute(report, mid) for mid in CATALOGUE]


#: Metrics where less is better: a leader has the lowest value.
LOWER_IS_BETTER = frozenset(
    {
        "suspended_share",
        "weak_share_all",
        "weak_share_graded",
        "average_share_all",
        "average_share_graded",
        "not_graded_share_all",
    }
)


def find_metric(metric_id: str) -> Metric:
    """The metric with this id; NotFound naming the close matches otherwise."""
    if metric_id in CATALOGUE:
        return CATALOGUE[metric_id][0]
    from ..model.suggest import close_matches, containing, did_you_mean  # only on the way to an error

    near = close_matches(metric_id, CATALOGUE, n=4, cutoff=0.5)
    near += containing(metric_id, CATALOGUE, 4 - len(near), near)
    hint = did_you_mean(near, quoted=False, joiner=", ") or "htx metrics lists them all"
    raise NotFound(f"no metric {metric_id!r}", hint)
