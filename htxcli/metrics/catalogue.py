"""The metrics htx knows, each defined once with its labels, unit, kind and formula.

Importing this module fills core.CATALOGUE; ``htxcli.metrics`` imports it. Labels are built
from the vocabulary's terms, so a kind of organisation or a grade is named in one place.
"""

from ..model.messages import Term, msg
from ..model.records import Figure, Report
from ..model.vocabulary import (
    GRADES,
    ORG_FIGURES,
    ORG_KINDS,
    RATING_FIGURES,
    SHARE_BASES,
    TARGETS,
    TIME_UNITS,
)
from .core import (
    Fn,
    Metric,
    Missing,
    Result,
    coop_base,
    define,
    figure,
    joint_qualifier,
    org_total,
    rating,
    ratio,
    status_count,
)


def _count_metric(mid: str, kind: str, key: str, label: Term, unit: str = "count") -> None:
    def fn(r: Report) -> Result:
        if key == "total":
            fig = org_total(r, kind)
        else:
            fig = figure(r.org(kind), key, msg("missing.figure", what=label))
        return fig.value, fig.qualifier, msg("detail.count", value=fig.value)

    define(Metric(mid, label, unit, "count", kind, f"{kind}.{key} as reported"), fn)


for _kind, _org in ORG_KINDS.items():
    _count_metric(_kind, _kind, "total", _org.counted)
_count_metric(
    "coop_members", "cooperatives", "members", Term("Cooperative members", "Thành viên HTX"), "persons"
)
_count_metric("group_members", "groups", "members", Term("Group members", "Tổ viên THT"), "persons")


def _status_share(status: str) -> Fn:
    def fn(r: Report) -> Result:
        coops = r.org("cooperatives")
        num = figure(coops, status, status_count(status))
        funds = r.org("credit_funds")
        if coops and coops.includes_credit_funds and funds and funds.get(status):
            num = Figure(num.value + funds.figures[status].value, num.qualifier)
        return ratio(num, org_total(r, "cooperatives"))

    return fn


for _status, _vi in (("active", "đang hoạt động"), ("suspended", "tạm ngừng")):
    define(
        Metric(
            f"{_status}_share",
            Term(f"{ORG_FIGURES[_status].label.en} share", f"Tỷ lệ {_vi}"),
            "fraction",
            "share",
            "cooperatives",
            f"{_status} / total cooperatives",
            "all",
        ),
        _status_share(_status),
    )


def _credit_fund_share(r: Report) -> Result:
    funds = org_total(r, "credit_funds")
    coops = r.org("cooperatives")
    total = org_total(r, "cooperatives")
    if not (coops and coops.includes_credit_funds):
        total = Figure(total.value + funds.value)
    return ratio(funds, total)


define(
    Metric(
        "credit_fund_share",
        Term("Credit funds share", "Tỷ lệ quỹ tín dụng"),
        "fraction",
        "share",
        "credit_funds",
        "credit funds / (cooperatives and credit funds)",
        "coops_and_funds",
    ),
    _credit_fund_share,
)


def _grade_share(grade: str, base: str) -> Fn:
    def fn(r: Report) -> Result:
        den = org_total(r, "cooperatives") if base == "all" else rating(r, "graded")
        return ratio(rating(r, grade), den)

    return fn


for _grade in GRADES:
    _label = RATING_FIGURES[_grade].label
    for _base in ("all", "graded"):
        if _grade == "not_graded" and _base == "graded":
            continue
        _words = SHARE_BASES[_base]
        define(
            Metric(
                f"{_grade}_share_{_base}",
                Term(f"{_label.en} share of {_words.en}", f"Tỷ lệ {_label.vi.lower()} trên {_words.vi}"),
                "fraction",
                "share",
                "cooperatives",
                f"{_grade.replace('_', ' ')} / {_words.en}",
                _base,
            ),
            _grade_share(_grade, _base),
        )


def _average(kind: str, key: str, avg_key: str | None, what: Term) -> Fn:
    def fn(r: Report) -> Result:
        org = r.org(kind)
        fig = org.get(key) if org else None
        if fig is not None:
            den = coop_base(r, fig) if kind == "cooperatives" else org_total(r, kind)
            return ratio(fig, den)
        if avg_key and org and org.get(avg_key):
            avg = org.figures[avg_key]
            if avg.per:
                return avg.value, avg.qualifier, msg("detail.stated_average", per=TIME_UNITS[avg.per])
            return avg.value, avg.qualifier, msg("detail.stated_average_no_unit")
        raise Missing(msg("missing.input_of", what=what, kind=ORG_KINDS[kind].short))

    return fn


# Averages per organisation: (kind, id suffix, per-words, per-words in Vietnamese, rows of
# (figure, the stated average that stands in for it, the metric's name in both languages, unit)).
AVERAGES = (
    (
        "cooperatives",
        "coop",
        "per cooperative",
        "/HTX",
        (
            ("charter_capital", "avg_charter_capital", Term("Charter capital", "Vốn điều lệ"), "VND"),
            ("members", None, Term("Members", "Thành viên"), "persons"),
            ("workers", None, Term("Workers", "Lao động"), "persons"),
            ("land_area", None, Term("Land", "Diện tích"), "ha"),
            ("revenue", "avg_revenue", Term("Revenue", "Doanh thu"), "VND"),
            ("profit", "avg_profit", Term("Profit", "Lợi nhuận"), "VND"),
        ),
    ),
    (
        "groups",
        "group",
        "per cooperative group",
        "/THT",
        (
            ("contributed_capital", None, Term("Contributed capital", "Vốn góp"), "VND"),
            ("members", None, Term("Members", "Tổ viên"), "persons"),
            ("seasonal_workers", None, Term("Seasonal workers", "Lao động thời vụ"), "persons"),
            ("land_area", None, Term("Land", "Diện tích"), "ha"),
            ("revenue", "avg_revenue", Term("Revenue", "Doanh thu"), "VND"),
            ("profit", "avg_profit", Term("Profit", "Lợi nhuận"), "VND"),
        ),
    ),
    (
        "unions",
        "union",
        "per cooperative union",
        "/LHHTX",
        (
            ("members", None, Term("Member cooperatives", "HTX thành viên"), "count"),
            ("charter_capital", None, Term("Charter capital", "Vốn điều lệ"), "VND"),
        ),
    ),
)
for _kind, _short, _per, _vi_per, _rows in AVERAGES:
    for _key, _avg, _what, _unit in _rows:
        define(
            Metric(
                f"{_key}_per_{_short}",
                Term(f"{_what.en} {_per}", f"{_what.vi} bình quân{_vi_per}"),
                _unit,
                "average",
                _kind,
                f"{_kind}.{_key} / {_kind} total" + (f", or the stated {_avg}" if _avg else ""),
            ),
            _average(_kind, _key, _avg, _what),
        )


def _income_per_year(r: Report) -> Result:
    what = ORG_FIGURES["income_per_worker"].label
    fig = figure(r.org("cooperatives"), "income_per_worker", msg("missing.figure", what=what))
    if fig.per == "month":
        return fig.value * 12, fig.qualifier, msg("detail.month_x12", value=fig.value)
    if fig.per == "year":
        return fig.value, fig.qualifier, msg("detail.per_year", value=fig.value)
    raise Missing(msg("missing.income_time_unit"))


define(
    Metric(
        "income_per_worker_year",
        Term("Income per worker per year", "Thu nhập bình quân lao động/năm"),
        "VND/year",
        "average",
        "cooperatives",
        "income per regular worker, per month x 12 where stated monthly",
    ),
    _income_per_year,
)


def _net(kind: str) -> Fn:
    def fn(r: Report) -> Result:
        org, words = r.org(kind), ORG_KINDS[kind].short
        new = figure(org, "new", msg("missing.new", kind=words))
        gone = figure(org, "dissolved", msg("missing.dissolved", kind=words))
        detail = msg("detail.difference", a=new.value, b=gone.value)
        return new.value - gone.value, joint_qualifier(new, gone), detail

    return fn


for _kind, _short in (("cooperatives", "coop"), ("groups", "group"), ("unions", "union")):
    _org = ORG_KINDS[_kind]
    define(
        Metric(
            f"{_short}_net_formation",
            Term(f"Net formation of {_org.short.en}", f"{_org.abbreviation} tăng ròng (mới trừ giải thể)"),
            "count",
            "flow",
            _kind,
            "newly established - dissolved",
        ),
        _net(_kind),
    )


def _attainment_fn(target: str) -> Fn:
    """Reached only when the report sets no such target: compute() answers for those it sets."""

    def fn(_r: Report) -> Result:
        raise Missing(msg("missing.no_target", target=TARGETS[target].label))

    return fn


for _target, _tk in TARGETS.items():
    define(
        Metric(
            f"attainment_{_target}",
            Term(f"Attainment: {_tk.label.en}", f"Đạt kế hoạch: {_tk.label.vi}"),
            "fraction",
            "attainment",
            "targets",
            "actual / plan (a range: against both ends)",
        ),
        _attainment_fn(_target),
    )
