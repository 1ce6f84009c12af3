"""The metrics htx knows, each defined once with its labels, unit, kind and formula.

Importing this module fills metrics_core.CATALOGUE; htxcli.metrics imports it.
"""

from .metrics_core import (
    Fn,
    Metric,
    Missing,
    coop_base,
    define,
    figure,
    joint_qualifier,
    n,
    org_total,
    rating,
    ratio,
)
from .model import Figure, Report


def _count_metric(mid: str, kind: str, key: str, label: str, vi: str, unit: str = "count") -> None:
    def fn(r: Report) -> tuple[float, str | None, str]:
        fig = org_total(r, kind) if key == "total" else figure(r.org(kind), key, label.lower())
        return fig.value, fig.qualifier, n(fig.value)

    define(Metric(mid, label, vi, unit, "count", kind, f"{kind}.{key} as reported"), fn)


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
        num = figure(coops, status, f"count of {status} cooperatives")
        funds = r.org("credit_funds")
        if coops and coops.includes_credit_funds and funds and funds.get(status):
            num = Figure(num.value + funds.figures[status].value, num.qualifier)
        return ratio(num, org_total(r, "cooperatives"))

    return fn


for _status, _en, _vi in (("active", "Active", "Đang hoạt động"), ("suspended", "Suspended", "Tạm ngừng")):
    define(
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
    return ratio(funds, total)


define(
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
        den = org_total(r, "cooperatives") if base == "all" else rating(r, "graded")
        return ratio(rating(r, grade), den)

    return fn


for _grade, (_en, _vi) in GRADES.items():
    for _base, _words, _vi_base in (
        ("all", "all cooperatives", "tổng số HTX"),
        ("graded", "graded cooperatives", "số HTX được đánh giá"),
    ):
        if _grade == "not_graded" and _base == "graded":
            continue
        define(
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
            den = coop_base(r, fig) if kind == "cooperatives" else org_total(r, kind)
            return ratio(fig, den)
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
        define(
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
    fig = figure(r.org("cooperatives"), "income_per_worker", "income per worker")
    if fig.per == "month":
        return fig.value * 12, fig.qualifier, f"{n(fig.value)} a month x 12"
    if fig.per == "year":
        return fig.value, fig.qualifier, f"{n(fig.value)} a year"
    raise Missing("the report does not say whether income is per month or per year")


define(
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
        new = figure(org, "new", f"new {kind}")
        gone = figure(org, "dissolved", f"dissolutions of {kind}")
        return new.value - gone.value, joint_qualifier(new, gone), f"{n(new.value)} - {n(gone.value)}"

    return fn


for _kind, _short, _vi in (
    ("cooperatives", "coop", "HTX"),
    ("groups", "group", "THT"),
    ("unions", "union", "LHHTX"),
):
    define(
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


def _attainment_fn(target: str) -> Fn:
    """Reached only when the report sets no such target: compute() answers for those it sets."""

    def fn(_r: Report) -> tuple[float, str | None, str]:
        raise Missing(f"the report sets no target for {TARGET_LABELS[target][0]}")

    return fn


for _target, (_en, _vi) in TARGET_LABELS.items():
    define(
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
