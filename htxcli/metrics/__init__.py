"""Derived metrics: pure functions from a report to values, each with its unit and base.

A metric that cannot be computed is returned with ``value=None`` and a reason, never 0.
Where the report printed the percentage itself (``[report.stated]``) and the figures to
compute it are missing, the stated value fills the gap and ``origin`` says so.
"""

from ..model.errors import NotFound
from ..model.messages import msg
from ..model.records import Report
from .averages import AVERAGES, AVERAGES_V2, define_averages, define_income
from .core import CATALOGUE, COMPUTED, STATED, Metric, Missing, Value, from_percent, org_total
from .counts import (
    define_counts,
    define_credit_fund_share,
    define_grade_shares,
    define_net_formation,
    define_status_shares,
    define_v2_shares,
    without_credit_funds,
)
from .targets import (
    PREFIX,
    attainment,
    attainment_id,
    attainment_metric,
    define_v1_attainments,
    target_actual,
    target_label,
    target_unit,
)

__all__ = [
    "CATALOGUE",
    "LOWER_IS_BETTER",
    "NO_BETTER",
    "Metric",
    "Missing",
    "Value",
    "attainment",
    "attainment_id",
    "better",
    "compute",
    "compute_all",
    "compute_subset",
    "find_metric",
    "from_percent",
    "is_flow",
    "lacks_inputs",
    "org_total",
    "target_actual",
    "target_label",
    "target_unit",
    "unknown_time_unit",
    "without_credit_funds",
]

# Every metric htx knows, defined once each with its labels, unit, kind, formula and base, in
# the order every listing shows them (those of schema_version 1 first, as they always were).
define_counts()
define_status_shares()
define_credit_fund_share()
define_grade_shares(("all", "graded"))
define_averages(AVERAGES)
define_income("worker")
define_net_formation()
define_v1_attainments()
# schema_version 2
define_grade_shares(("active",))
define_v2_shares()
define_averages(AVERAGES_V2)
define_income("member")


def _attainment(report: Report, metric_id: str) -> Value | None:
    for t in report.targets:
        if attainment_id(t.target) == metric_id:
            return attainment(report, t)
    return None


def compute(report: Report, metric_id: str) -> Value:
    """One metric of one report: computed, else the report's stated value, else a reason
    (for a report htx summed, said from the reports it sums: metrics/sums.py)."""
    value = _compute(report, metric_id)
    if value.value is None and report.parts:
        from .sums import why_not_summed

        return value._replace(reason=why_not_summed(report, metric_id))
    return value


def _compute(report: Report, metric_id: str) -> Value:
    if metric_id.startswith(PREFIX):
        found = _attainment(report, metric_id)
        reason = msg("missing.no_target", target=target_label(metric_id.removeprefix(PREFIX)))
        return found or Value(attainment_metric(metric_id), None, reason=reason)
    metric, fn = CATALOGUE[metric_id]
    if metric.kind == "attainment":
        found = _attainment(report, metric_id)
        if found is not None:
            return found
    flag = _credit_funds(report, metric)
    try:
        result = fn(report)
    except Missing as gap:
        if metric_id in report.stated:
            return _stated(metric, report.stated[metric_id], flag)
        return Value(metric, None, reason=gap.reason, credit_funds=flag)
    stated = result.detail.id.startswith("detail.stated") or metric.kind == "count"
    origin = STATED if stated else COMPUTED
    flag = True if result.with_credit_funds else flag
    return Value(
        metric,
        result.value,
        origin,
        result.qualifier,
        None,
        result.detail,
        upper=result.upper,
        credit_funds=flag,
    )


def lacks_inputs(report: Report, metric_id: str) -> bool:
    """True when ``compute`` would certainly find no value, known without computing: the
    metric reads one of a few figures of its group (``Metric.inputs``), the report gives
    none of them, and it states no value for the metric. validate's plausibility rule asks
    this of a dozen metrics a report, most of which a report lacks: computing each of them
    worded a reason and raised Missing, only for the rule to throw it away."""
    metric = CATALOGUE[metric_id][0]
    if not metric.inputs or metric_id in report.stated:
        return False
    org = report.orgs.get(metric.group)
    return org is None or org.figures.keys().isdisjoint(metric.inputs)


def _stated(metric: Metric, printed: float, flag: bool | None) -> Value:
    """The value the report printed for a metric: a share as its percentage, anything else
    (an average, a count) in the metric's own unit."""
    if metric.unit == "fraction":
        detail = msg("detail.stated_pct", pct=printed)
        return Value(metric, from_percent(printed), STATED, None, None, detail, credit_funds=flag)
    return Value(metric, printed, STATED, None, None, msg("detail.stated_value"), credit_funds=flag)


def _credit_funds(report: Report, metric: Metric) -> bool | None:
    """Whether the cooperatives a share, average or count of cooperatives counts include
    credit funds, as the report says of its total (None where it does not say or it does not
    apply); a figure that itself covers credit funds overrides this in compute."""
    coops = report.org("cooperatives")
    if metric.group != "cooperatives" or metric.kind not in ("share", "average", "count") or coops is None:
        return None
    return coops.includes_credit_funds


def unknown_time_unit(v: Value) -> bool:
    """A stated average whose report does not say per month or per year."""
    return v.detail is not None and v.detail.id == "detail.stated_average_no_unit"


def compute_all(report: Report) -> list[Value]:
    return [compute(report, mid) for mid in CATALOGUE]


#: Metrics where less is better: a leader has the lowest value.
LOWER_IS_BETTER = frozenset(
    {
        "suspended_share",
        "weak_share_all",
        "weak_share_graded",
        "weak_share_active",
        "average_share_all",
        "average_share_graded",
        "average_share_active",
        "not_graded_share_all",
    }
)


#: Metrics where neither more nor less is better (sizes and composition): no leader is marked.
NO_BETTER = frozenset(
    {
        "credit_fund_share",
        "members_per_coop",
        "workers_per_coop",
        "land_area_per_coop",
        "members_per_group",
        "seasonal_workers_per_group",
        "land_area_per_group",
        "members_per_union",
    }
)
#: Averages of a flow (revenue in the period): like flows, they compare only over equal lengths.
FLOW_AVERAGES = frozenset(
    {
        "revenue_per_coop",
        "profit_per_coop",
        "revenue_per_group",
        "profit_per_group",
        "output_value_per_coop",
        "budget_contribution_per_coop",
    }
)


def better(metric: Metric) -> int:
    """+1 where more is better, -1 where less is, 0 where neither (counts, sizes, composition)."""
    if metric.kind == "count" or metric.id in NO_BETTER:
        return 0
    return -1 if metric.id in LOWER_IS_BETTER else 1


def is_flow(metric: Metric) -> bool:
    """A flow in the period, or an average of one: comparable only over periods of one length."""
    return metric.kind == "flow" or metric.id in FLOW_AVERAGES


def find_metric(metric_id: str) -> Metric:
    """The metric with this id (``attainment.<target>`` for any planned figure or metric);
    NotFound naming the close matches otherwise."""
    if metric_id in CATALOGUE:
        return CATALOGUE[metric_id][0]
    if metric_id.startswith(PREFIX) and _plannable(metric_id.removeprefix(PREFIX)):
        # attainment.new_cooperatives is attainment_new_cooperatives: one id, one value
        return attainment_metric(attainment_id(metric_id.removeprefix(PREFIX)))
    from ..model.suggest import close_matches, containing, did_you_mean  # only on the way to an error

    near = close_matches(metric_id, CATALOGUE, n=4, cutoff=0.5)
    near += containing(metric_id, CATALOGUE, 4 - len(near), near)
    hint = did_you_mean(near, quoted=False, joiner=", ") or "htx metrics lists them all"
    raise NotFound(f"no metric {metric_id!r}", hint)


def _plannable(target: str) -> bool:
    try:
        target_label(target)
    except (KeyError, IndexError):
        return False
    return True


def subset(report: Report, kind: str, sector: str) -> Report | None:
    """The report as if its ``kind`` were only the organisations of one sector: what its
    averages and shares over that subset are computed from."""
    from ..model.records import Org

    org = report.org(kind)
    if org is None:
        return None
    figures = {k: f for k in ("total", "members") if (f := org.sector_figure(sector, k)) is not None}
    sub = (org.sectors or {}).get(sector)
    if sub is not None:
        figures.update(sub.figures)
    if "total" not in figures:
        return None
    only = Org(figures, {}, {})
    return report._replace(orgs={kind: only}, stated={}, start={}, targets=())


def compute_subset(report: Report, kind: str, sector: str) -> list[Value]:
    """The averages and shares of one sector of ``kind``, each marked with the sector."""
    part = subset(report, kind, sector)
    if part is None:
        return []
    wanted = [m.id for m, _fn in CATALOGUE.values() if m.group == kind and m.kind in ("average", "share")]
    return [v._replace(subset=sector) for v in (compute(part, mid) for mid in wanted) if v.value is not None]
