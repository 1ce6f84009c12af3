"""Derived metrics: pure functions from a report to values, each with its unit and base.

A metric that cannot be computed is returned with ``value=None`` and a reason, never 0.
Where the report printed the percentage itself (``[report.stated]``) and the figures to
compute it are missing, the stated value fills the gap and ``origin`` says so.
"""

from . import metrics_catalogue  # noqa: F401  (defines every metric in CATALOGUE)
from .metrics_core import (
    CATALOGUE,
    COMPUTED,
    STATED,
    Metric,
    Missing,
    Value,
    n,
    org_total,
)
from .model import Figure, Report, Target

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
    "n",
    "org_total",
    "target_actual",
]


def target_actual(r: Report, t: Target) -> Figure | None:
    """The target's actual: given in the target, or read from the figure it refers to."""
    from .spec import TARGETS

    if t.actual is not None:
        return t.actual
    where = TARGETS.get(t.target)
    if where and (t.period is None or t.period == r.period.label):
        return r.figure(*where)
    return None


def attainment(r: Report, t: Target) -> Value:
    metric = CATALOGUE[f"attainment_{t.target}"][0]
    actual = target_actual(r, t)
    if t.plan and actual is not None and t.plan[0] > 0:
        low, high = t.plan
        detail = f"{n(actual.value)} / {n(low)}" + (f"-{n(high)}" if high != low else "")
        return Value(
            metric,
            actual.value / low,
            COMPUTED,
            actual.qualifier,
            None,
            detail,
            actual.value / high if high != low else None,
        )
    if t.stated_pct is not None:
        return Value(metric, t.stated_pct / 100, STATED, None, None, f"stated {t.stated_pct:g} %")
    if t.plan and actual is None:
        reason = f"the target is for {t.period}; no actual yet" if t.period else "no actual given"
        return Value(metric, None, reason=reason)
    return Value(metric, None, reason="the report gives no plan")


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
            return Value(metric, pct / 100, STATED, None, None, f"stated {pct:g} %")
        return Value(metric, None, reason=str(gap))
    origin = STATED if detail.startswith("stated") or metric.kind == "count" else COMPUTED
    return Value(metric, value, origin, qualifier, None, detail)


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
    import difflib

    from .errors import NotFound

    near = difflib.get_close_matches(metric_id, list(CATALOGUE), n=4, cutoff=0.5)
    near += [m for m in CATALOGUE if metric_id and metric_id in m and m not in near][: 4 - len(near)]
    hint = f"did you mean {', '.join(near)}?" if near else "htx metrics lists them all"
    raise NotFound(f"no metric {metric_id!r}", hint)
