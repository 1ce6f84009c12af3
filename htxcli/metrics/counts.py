"""Counts as reported, net formation (newly established minus dissolved), and shares of the
counts: active and suspended, credit funds, grades (over all, graded or active cooperatives),
effective, reorganised; each share says its base."""

from ..model.messages import Term, msg
from ..model.records import Figure, Report
from ..model.vocabulary import GRADES, ORG_FIGURES, ORG_KINDS, RATING_FIGURES, SHARE_BASES
from .core import (
    COMPUTED,
    Fn,
    Metric,
    Missing,
    Result,
    Value,
    define,
    figure,
    from_percent,
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
        detail = msg("detail.count", value=fig.value)
        return Result(
            fig.value, fig.qualifier, detail, fig.high, kind == "cooperatives" and fig.with_credit_funds
        )

    define(Metric(mid, label, unit, "count", kind, f"{kind}.{key} as reported"), fn)


def define_counts() -> None:
    for kind, org in ORG_KINDS.items():
        _count_metric(kind, kind, "total", org.counted)
    _count_metric(
        "coop_members", "cooperatives", "members", Term("Cooperative members", "Thành viên HTX"), "persons"
    )
    _count_metric("group_members", "groups", "members", Term("Group members", "Tổ viên THT"), "persons")


def _net(kind: str) -> Fn:
    def fn(r: Report) -> Result:
        org, words = r.org(kind), ORG_KINDS[kind].short
        new = figure(org, "new", msg("missing.new", kind=words))
        gone = figure(org, "dissolved", msg("missing.dissolved", kind=words))
        detail = msg("detail.difference", a=new.value, b=gone.value)
        return Result(new.value - gone.value, joint_qualifier(new, gone), detail)

    return fn


def define_net_formation() -> None:
    for kind, short in (("cooperatives", "coop"), ("groups", "group"), ("unions", "union")):
        org = ORG_KINDS[kind]
        label = Term(f"Net formation of {org.short.en}", f"{org.abbreviation} tăng ròng (mới trừ giải thể)")
        define(
            Metric(
                f"{short}_net_formation",
                label,
                "count",
                "flow",
                kind,
                "newly established - dissolved",
                signed=True,
            ),
            _net(kind),
        )


def without_credit_funds(r: Report, v: Value) -> Value | None:
    """The count of cooperatives on the base without credit funds, where it counts them and
    the report gives their number: total - credit funds, computed and saying so. None where
    that cannot be done; the value itself where it is already on that base."""
    if v.metric.id != "cooperatives" or v.value is None or v.credit_funds is None:
        return None
    if not v.credit_funds:
        return v
    try:
        funds = org_total(r, "credit_funds")
    except Missing:
        return None
    detail = msg("detail.without_credit_funds", total=v.value, funds=funds.value)
    qualifier = v.qualifier or funds.qualifier
    return v._replace(
        value=v.value - funds.value, origin=COMPUTED, detail=detail, qualifier=qualifier, credit_funds=False
    )


def _status_share(status: str) -> Fn:
    def fn(r: Report) -> Result:
        coops = r.org("cooperatives")
        num = figure(coops, status, status_count(status))
        funds = r.org("credit_funds")
        if coops and coops.includes_credit_funds and funds and funds.get(status):
            num = Figure(num.value + funds.figures[status].value, num.qualifier)
        return ratio(num, org_total(r, "cooperatives"))

    return fn


def define_status_shares() -> None:
    for status, vi in (("active", "đang hoạt động"), ("suspended", "tạm ngừng")):
        label = Term(f"{ORG_FIGURES[status].label.en} share", f"Tỷ lệ {vi}")
        formula = f"{status} / total cooperatives"
        define(
            Metric(f"{status}_share", label, "fraction", "share", "cooperatives", formula, "all"),
            _status_share(status),
        )


def _credit_fund_share(r: Report) -> Result:
    funds = org_total(r, "credit_funds")
    coops = r.org("cooperatives")
    total = org_total(r, "cooperatives")
    if not (coops and coops.includes_credit_funds):
        total = Figure(total.value + funds.value)
    return ratio(funds, total)


def define_credit_fund_share() -> None:
    label = Term("Credit funds share", "Tỷ lệ quỹ tín dụng")
    formula = "credit funds / (cooperatives and credit funds)"
    define(
        Metric("credit_fund_share", label, "fraction", "share", "credit_funds", formula, "coops_and_funds"),
        _credit_fund_share,
    )


def _active(r: Report) -> Figure:
    coops = r.org("cooperatives")
    return figure(coops, "active", status_count("active"))


_DENOMINATORS = {
    "all": lambda r: org_total(r, "cooperatives"),
    "graded": lambda r: rating(r, "graded"),
    "active": _active,
}


def _grade_share(grade: str, base: str) -> Fn:
    def fn(r: Report) -> Result:
        return ratio(rating(r, grade), _DENOMINATORS[base](r))

    return fn


def define_grade_shares(bases: tuple[str, ...]) -> None:
    for grade in GRADES:
        label = RATING_FIGURES[grade].label
        for base in bases:
            if grade == "not_graded" and base != "all":
                continue
            words = SHARE_BASES[base]
            define(
                Metric(
                    f"{grade}_share_{base}",
                    Term(f"{label.en} share of {words.en}", f"Tỷ lệ {label.vi.lower()} trên {words.vi}"),
                    "fraction",
                    "share",
                    "cooperatives",
                    f"{grade.replace('_', ' ')} / {words.en}",
                    base,
                ),
                _grade_share(grade, base),
            )


def _part_of(key: str, whole: str) -> Fn:
    def fn(r: Report) -> Result:
        coops = r.org("cooperatives")
        part = figure(coops, key, status_count(key))
        base = (
            org_total(r, "cooperatives")
            if whole == "total"
            else figure(coops, whole, msg("missing.figure", what=ORG_FIGURES[whole].label))
        )
        return ratio(part, base)

    return fn


def _stated_share(key: str) -> Fn:
    """A share the report prints as a figure (percent): read, not computed."""

    def fn(r: Report) -> Result:
        fig = figure(r.org("cooperatives"), key, msg("missing.figure", what=ORG_FIGURES[key].label))
        return Result(
            from_percent(fig.value),
            fig.qualifier,
            msg("detail.stated_pct", pct=fig.value),
            from_percent(fig.high) if fig.high is not None else None,
        )

    return fn


def define_v2_shares() -> None:
    """Shares of schema_version 2's figures."""
    define(
        Metric(
            "effective_share",
            Term("Effective share", "Tỷ lệ hoạt động hiệu quả"),
            "fraction",
            "share",
            "cooperatives",
            "effective / total cooperatives",
            "all",
        ),
        _part_of("effective", "total"),
    )
    define(
        Metric(
            "converted_share",
            Term("Reorganised share", "Tỷ lệ đã chuyển đổi"),
            "fraction",
            "share",
            "cooperatives",
            "converted / due to reorganise",
            "to_convert",
        ),
        _part_of("converted", "to_convert"),
    )
    define(
        Metric(
            "member_revenue_share",
            Term("Revenue from members", "Doanh thu từ thành viên"),
            "fraction",
            "share",
            "cooperatives",
            "as the report prints it",
            "revenue",
        ),
        _stated_share("member_revenue_share"),
    )


__all__ = ["Missing"]
