"""What every metric is built from: the records, the registry, and the helpers that read a
report's figures (raising Missing when the report does not give them)."""

from collections.abc import Callable
from typing import NamedTuple

from .model import Figure, Org, Report

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


def figure(org: Org | None, key: str, what: str) -> Figure:
    fig = org.get(key) if org else None
    if fig is None:
        raise Missing(f"the report gives no {what}")
    return fig


def joint_qualifier(num: Figure | None, *dens: Figure | None) -> str | None:
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


def coop_base(report: Report, fig: Figure | None = None) -> Figure:
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


def ratio(num: Figure, den: Figure) -> tuple[float, str | None, str]:
    if den.value == 0:
        raise Missing("the denominator is zero")
    return num.value / den.value, joint_qualifier(num, den), f"{n(num.value)} / {n(den.value)}"


# --- rating counts, derived where the report merges or splits them -------------------------


def rating(report: Report, grade: str) -> Figure:
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


Fn = Callable[[Report], tuple[float, str | None, str]]
CATALOGUE: dict[str, tuple[Metric, Fn]] = {}


def define(metric: Metric, fn: Fn) -> None:
    CATALOGUE[metric.id] = (metric, fn)
