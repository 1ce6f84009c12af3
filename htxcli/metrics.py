"""Derived metrics: pure functions from a report to values, each with its unit and base.

A metric that cannot be computed is returned with ``value=None`` and a reason, never 0.
Where the report printed the percentage itself (``[report.stated]``) and the figures to
compute it are missing, the stated value fills the gap and ``origin`` says so.
"""

from collections.abc import Callable
from typing import NamedTuple

from .model import Figure, Org, Report, Target

COMPUTED, STATED = "computed", "stated"


class Metric(NamedTuple):
    id: str
    label: str
    label_vi: str
    unit: str  # fraction | VND | VND/year | persons | ha | count
    kind: str  # share | average | attainment | count | flow
    group: str  # the block it describes: cooperatives, credit_funds, unions, groups, targets
    formula: str
    base: str | None = None  # for shares: what the denominator counts


class Value(NamedTuple):
    metric: Metric
    value: float | None
    origin: str | None = None  # computed | stated; None when unavailable
    qualifier: str | None = None
    reason: str | None = None
    detail: str | None = None  # the inputs, e.g. "128 / 322"
    high: float | None = None  # attainment against the upper end of a planned range


class Missing(Exception):
    """Raised inside a metric function: the figures to compute it are not in the report."""


def _fig(org: Org | None, key: str, what: str) -> Figure:
    fig = org.get(key) if org else None
    if fig is None:
        raise Missing(f"the report gives no {what}")
    return fig


def _qualifier(num: Figure | None, *dens: Figure | None) -> str | None:
    """A qualified numerator carries its word; any qualified denominator makes it 'about'."""
    if any(d is not None and d.qualifier for d in dens):
        return "about"
    return num.qualifier if num else None


def org_total(report: Report, kind: str) -> Figure:
    """An organisation count: the stated total, or active + suspended (+ organising)."""
    org = report.org(kind)
    if org and org.get("total"):
        return org.figures["total"]
    coops = report.org("cooperatives")
    if kind == "credit_funds" and org is None and coops and "credit_funds" in coops.by_sector:
        return coops.by_sector["credit_funds"]
    parts = [org.get(k) for k in ("active", "suspended", "organising")] if org else []
    if org and parts[0] and parts[1]:
        return Figure(sum(p.value for p in parts if p))
    raise Missing(f"the report gives no total of {kind.replace('_', ' ')}")


def _coop_base(report: Report, fig: Figure | None = None) -> Figure:
    """Cooperatives a figure covers: the total, plus credit funds where the figure covers
    them and the total does not."""
    total = org_total(report, "cooperatives")
    coops = report.org("cooperatives")
    if fig is not None and fig.with_credit_funds and coops and not coops.includes_credit_funds:
        return Figure(total.value + org_total(report, "credit_funds").value)
    return total


def n(x: float) -> str:
    """A plain number for a formula line: 482,000,000,000 or 66,807.55."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0")


def _ratio(num: Figure, den: Figure) -> tuple[float, str | None, str]:
    if den.value == 0:
        raise Missing("the denominator is zero")
    return num.value / den.value, _qualifier(num, den), f"{n(num.value)} / {n(den.value)}"


# --- rating counts, derived where the report merges or splits them -------------------------


def _rating(report: Report, grade: str) -> Figure:
    coops = report.org("cooperatives")
    ratings = coops.ratings if coops else None
    if ratings is None:
        raise Missing("the report gives no grading")
    f = ratings.figures
    if grade in f:
        return f[grade]
    parts = {
        "good_or_fair": ("good", "fair"),
        "not_graded": ("not_graded_new", "not_graded_stopped"),
        "graded": ("good", "fair", "average", "weak"),
    }.get(grade, ())
    if grade == "graded" and "good_or_fair" in f:
        parts = ("good_or_fair", "average", "weak")
    if parts and all(p in f for p in parts):
        return Figure(sum(f[p].value for p in parts))
    raise Missing(f"the report gives no count of {grade.replace('_', ' ')} cooperatives")


# --- the catalogue --------------------------------------------------------------------------

Fn = Callable[[Report], tuple[float, str | None, str]]
CATALOGUE: dict[str, tuple[Metric, Fn]] = {}


def _define(metric: Metric, fn: Fn) -> None:
    CATALOGUE[metric.id] = (metric, fn)


def _count_metric(mid: str, kind: str, key: str, label: str, vi: str, unit: str = "count") -> None:
    def fn(r: Report) -> tuple[float, str | None, str]:
        fig = org_total(r, kind) if key == "total" else _fig(r.org(kind), key, label.lower())
        return fig.value, fig.qualifier, n(fig.value)

    _define(Metric(mid, label, vi, unit, "count", kind, f"{kind}.{key} as reported"), fn)


for _kind, _en, _vi in (
    ("cooperatives", "Cooperatives", "Số HTX"),
    ("credit_funds", "People's credit funds", "Số quỹ tín dụng nhân dân"),
    ("unions", "Cooperative unions", "Số liên hiệp HTX"),
    ("groups", "Cooperative groups", "Số tổ hợp tác"),
):
    _count_metric(_kind, _kind, "total", _en, _vi)
_count_metric("coop_members", "cooperatives", "members", "Cooperative members", "Thành viên HTX", "persons")
_count_metric("group_members", "groups", "members", "Group members", "Tổ viên THT", "persons")


def _status_share(status: str) -> Fn:
    def fn(r: Report) -> tuple[float, str | None, str]:
        coops = r.org("cooperatives")
        num = _fig(coops, status, f"count of {status} cooperatives")
        funds = r.org("credit_funds")
        if coops and coops.includes_credit_funds and funds and funds.get(status):
            num = Figure(num.value + funds.figures[status].value, num.qualifier)
        return _ratio(num, org_total(r, "cooperatives"))

    return fn


for _status, _en, _vi in (("active", "Active", "Đang hoạt động"), ("suspended", "Suspended", "Tạm ngừng")):
    _define(
        Metric(
            f"{_status}_share",
            f"{_en} share",
            f"Tỷ lệ {_vi.lower()}",
            "fraction",
            "share",
            "cooperatives",
            f"{_status} / total cooperatives",
            "all cooperatives",
        ),
        _status_share(_status),
    )


def _credit_fund_share(r: Report) -> tuple[float, str | None, str]:
    funds = org_total(r, "credit_funds")
    coops = r.org("cooperatives")
    total = org_total(r, "cooperatives")
    if not (coops and coops.includes_credit_funds):
        total = Figure(total.value + funds.value)
    return _ratio(funds, total)


_define(
    Metric(
        "credit_fund_share",
        "Credit funds share",
        "Tỷ lệ quỹ tín dụng",
        "fraction",
        "share",
        "credit_funds",
        "credit funds / (cooperatives and credit funds)",
        "cooperatives and credit funds",
    ),
    _credit_fund_share,
)

GRADES = {
    "good": ("Good", "Tốt"),
    "fair": ("Fair", "Khá"),
    "good_or_fair": ("Good or fair", "Khá, tốt"),
    "average": ("Average", "Trung bình"),
    "weak": ("Weak", "Yếu"),
    "not_graded": ("Not graded", "Không đánh giá"),
}


def _grade_share(grade: str, base: str) -> Fn:
    def fn(r: Report) -> tuple[float, str | None, str]:
        den = org_total(r, "cooperatives") if base == "all" else _rating(r, "graded")
        return _ratio(_rating(r, grade), den)

    return fn


for _grade, (_en, _vi) in GRADES.items():
    for _base, _words, _vi_base in (
        ("all", "all cooperatives", "tổng số HTX"),
        ("graded", "graded cooperatives", "số HTX được đánh giá"),
    ):
        if _grade == "not_graded" and _base == "graded":
            continue
        _define(
            Metric(
                f"{_grade}_share_{_base}",
                f"{_en} share of {_words}",
                f"Tỷ lệ {_vi.lower()} trên {_vi_base}",
                "fraction",
                "share",
                "cooperatives",
                f"{_grade.replace('_', ' ')} / {_words}",
                _words,
            ),
            _grade_share(_grade, _base),
        )


def _average(kind: str, key: str, avg_key: str | None, what: str) -> Fn:
    def fn(r: Report) -> tuple[float, str | None, str]:
        org = r.org(kind)
        fig = org.get(key) if org else None
        if fig is not None:
            den = _coop_base(r, fig) if kind == "cooperatives" else org_total(r, kind)
            return _ratio(fig, den)
        if avg_key and org and org.get(avg_key):
            avg = org.figures[avg_key]
            per = f", per {avg.per}" if avg.per else ", time unit not stated"
            return avg.value, avg.qualifier, "stated average" + per
        raise Missing(f"the report gives no {what}")

    return fn


AVERAGES = (
    (
        "cooperatives",
        "coop",
        "per cooperative",
        "/HTX",
        (
            ("charter_capital", "avg_charter_capital", "Charter capital", "Vốn điều lệ", "VND"),
            ("members", None, "Members", "Thành viên", "persons"),
            ("workers", None, "Workers", "Lao động", "persons"),
            ("land_area", None, "Land", "Diện tích", "ha"),
            ("revenue", "avg_revenue", "Revenue", "Doanh thu", "VND"),
            ("profit", "avg_profit", "Profit", "Lợi nhuận", "VND"),
        ),
    ),
    (
        "groups",
        "group",
        "per cooperative group",
        "/THT",
        (
            ("contributed_capital", None, "Contributed capital", "Vốn góp", "VND"),
            ("members", None, "Members", "Tổ viên", "persons"),
            ("seasonal_workers", None, "Seasonal workers", "Lao động thời vụ", "persons"),
            ("land_area", None, "Land", "Diện tích", "ha"),
            ("revenue", "avg_revenue", "Revenue", "Doanh thu", "VND"),
            ("profit", "avg_profit", "Profit", "Lợi nhuận", "VND"),
        ),
    ),
    (
        "unions",
        "union",
        "per cooperative union",
        "/LHHTX",
        (
            ("members", None, "Member cooperatives", "HTX thành viên", "count"),
            ("charter_capital", None, "Charter capital", "Vốn điều lệ", "VND"),
        ),
    ),
)
for _kind, _short, _per, _vi_per, _rows in AVERAGES:
    for _key, _avg, _en, _vi, _unit in _rows:
        _define(
            Metric(
                f"{_key}_per_{_short}",
                f"{_en} {_per}",
                f"{_vi} bình quân{_vi_per}",
                _unit,
                "average",
                _kind,
                f"{_kind}.{_key} / {_kind} total" + (f", or the stated {_avg}" if _avg else ""),
            ),
            _average(_kind, _key, _avg, f"{_en.lower()} of {_kind.replace('_', ' ')}"),
        )


def _income_per_year(r: Report) -> tuple[float, str | None, str]:
    fig = _fig(r.org("cooperatives"), "income_per_worker", "income per worker")
    if fig.per == "month":
        return fig.value * 12, fig.qualifier, f"{n(fig.value)} a month x 12"
    if fig.per == "year":
        return fig.value, fig.qualifier, f"{n(fig.value)} a year"
    raise Missing("the report does not say whether income is per month or per year")


_define(
    Metric(
        "income_per_worker_year",
        "Income per worker per year",
        "Thu nhập bình quân lao động/năm",
        "VND/year",
        "average",
        "cooperatives",
        "income per regular worker, per month x 12 where stated monthly",
    ),
    _income_per_year,
)


def _net(kind: str) -> Fn:
    def fn(r: Report) -> tuple[float, str | None, str]:
        org = r.org(kind)
        new = _fig(org, "new", f"new {kind}")
        gone = _fig(org, "dissolved", f"dissolutions of {kind}")
        return new.value - gone.value, _qualifier(new, gone), f"{n(new.value)} - {n(gone.value)}"

    return fn


for _kind, _short, _vi in (
    ("cooperatives", "coop", "HTX"),
    ("groups", "group", "THT"),
    ("unions", "union", "LHHTX"),
):
    _define(
        Metric(
            f"{_short}_net_formation",
            f"Net formation of {_kind}",
            f"{_vi} tăng ròng (mới trừ giải thể)",
            "count",
            "flow",
            _kind,
            "newly established - dissolved",
        ),
        _net(_kind),
    )

TARGET_LABELS = {
    "new_cooperatives": ("new cooperatives", "thành lập mới HTX"),
    "new_groups": ("new cooperative groups", "thành lập mới THT"),
    "new_unions": ("new cooperative unions", "thành lập mới LHHTX"),
    "training_classes": ("training classes", "lớp tập huấn"),
    "training_participants": ("people trained", "người tập huấn"),
    "outreach_campaigns": ("outreach campaigns", "cuộc vận động"),
    "support_budget": ("support budget", "kinh phí hỗ trợ"),
}


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


def _attainment_fn(target: str) -> Fn:
    """Reached only when the report sets no such target: compute() answers for those it sets."""

    def fn(_r: Report) -> tuple[float, str | None, str]:
        raise Missing(f"the report sets no target for {TARGET_LABELS[target][0]}")

    return fn


for _target, (_en, _vi) in TARGET_LABELS.items():
    _define(
        Metric(
            f"attainment_{_target}",
            f"Attainment: {_en}",
            f"Đạt kế hoạch: {_vi}",
            "fraction",
            "attainment",
            "targets",
            "actual / plan (a range: against both ends)",
        ),
        _attainment_fn(_target),
    )


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
