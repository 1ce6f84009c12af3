"""Counts as reported, and net formation (newly established minus dissolved)."""

from ..model.messages import Term, msg
from ..model.records import Report
from ..model.vocabulary import ORG_KINDS
from .core import COMPUTED, Fn, Metric, Missing, Result, Value, define, figure, joint_qualifier, org_total


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
