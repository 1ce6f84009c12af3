"""What every metric is built from: the records, the registry, and the helpers that read a
report's figures (raising Missing, with the reason as a message, when the report lacks them)."""

from collections.abc import Callable

from ..model.messages import Between, Msg, Term, msg
from ..model.record import Record
from ..model.records import Figure, Org, Report
from ..model.vocabulary import ORG_FIGURES, ORG_KINDS, RATING_FIGURES

COMPUTED, STATED = "computed", "stated"


class Metric(Record):
    id: str
    label: Term
    unit: str  # fraction | VND | VND/year | persons | ha | count
    kind: str  # share | average | attainment | count | flow
    group: str  # the block it describes: cooperatives, credit_funds, unions, groups, targets
    formula: str
    base: str | None = None  # for shares: what the denominator counts (vocabulary.SHARE_BASES)
    signed: bool = False  # may be negative: a loss, more organisations dissolved than new
    # the figures of its group it is computed from, any one of which suffices; () where it
    # reads more than that (validate skips a metric whose report has none: lacks_inputs)
    inputs: tuple[str, ...] = ()


class Value(Record):
    metric: Metric
    value: float | None
    origin: str | None = None  # computed | stated; None when unavailable
    qualifier: str | None = None
    reason: Msg | None = None  # why there is no value
    detail: Msg | None = None  # the inputs, e.g. "128 / 322"
    high: float | None = None  # attainment against the upper end of a planned range
    upper: float | None = None  # the upper end, where the report printed a range ("4 - 5 triệu")
    subset: str | None = None  # the sector the value is about, when not the whole
    credit_funds: bool | None = None  # do the cooperatives it counts include credit funds?

    @property
    def interval(self) -> tuple[float, float] | None:
        """The value as [low, high]: a single value is a range of one point."""
        if self.value is None:
            return None
        return (self.value, self.upper if self.upper is not None else self.value)


class Missing(Exception):
    """Raised inside a metric function: the figures to compute it are not in the report."""

    def __init__(self, reason: Msg) -> None:
        super().__init__(reason.id)
        self.reason = reason


class Result(Record):
    """What a metric function finds: the value, its qualifier, its inputs, and the upper end
    where an input is a printed range."""

    value: float
    qualifier: str | None
    detail: Msg
    upper: float | None = None
    with_credit_funds: bool = False  # the figure covers credit funds the report's total does not


Fn = Callable[[Report], Result]
CATALOGUE: dict[str, tuple[Metric, Fn]] = {}


def from_percent(pct: float) -> float:
    """A printed percentage as a fraction, exactly as written: 39.8 -> 0.398, never the
    0.39799999999999996 that binary division gives."""
    from decimal import Decimal

    return float(Decimal(str(pct)) / 100)


def define(metric: Metric, fn: Fn) -> None:
    CATALOGUE[metric.id] = (metric, fn)


def figure(org: Org | None, key: str, missing: Msg) -> Figure:
    fig = org.get(key) if org else None
    if fig is None:
        raise Missing(missing)
    return fig


def joint_qualifier(num: Figure | None, *dens: Figure | None) -> str | None:
    """A qualified numerator carries its word; any qualified denominator makes it 'about'."""
    for d in dens:  # a loop, not any() over a generator: every average and share asks this
        if d is not None and d.qualifier:
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
    raise Missing(msg("missing.total", kind=ORG_KINDS[kind].short))


def coop_base(report: Report, fig: Figure | None = None) -> Figure:
    """Cooperatives a figure covers: the total, plus credit funds where the figure covers
    them and the total does not."""
    total = org_total(report, "cooperatives")
    coops = report.org("cooperatives")
    if fig is not None and fig.with_credit_funds and coops and not coops.includes_credit_funds:
        return Figure(total.value + org_total(report, "credit_funds").value)
    return total


def ratio(num: Figure, den: Figure, detail: str = "detail.ratio") -> Result:
    """num / den; a range in either gives a range: [low / high-den, high / low-den]."""
    if den.value == 0:
        raise Missing(msg("missing.zero_denominator"))
    qualifier = joint_qualifier(num, den)
    shown = msg(detail, num=ends(num), den=ends(den))
    if num.high is None and den.high is None:
        return Result(num.value / den.value, qualifier, shown)
    low = num.value / (den.high if den.high is not None else den.value)
    high = (num.high if num.high is not None else num.value) / den.value
    return Result(low, qualifier, shown, high)


def ends(f: Figure) -> float | Between:
    """A figure for a formula line: its value, or its printed range."""
    return f.value if f.high is None else Between(f.value, f.high)


def status_count(status: str) -> Msg:
    """Why a share of active or suspended cooperatives is missing."""
    return msg("missing.status_count", status=ORG_FIGURES[status].label)


# --- rating counts, derived where the report merges or splits them -------------------------

_RATING_PARTS = {
    "good_or_fair": ("good", "fair"),
    "not_graded": ("not_graded_new", "not_graded_stopped"),
    "graded": ("good", "fair", "average", "weak"),
}


def rating(report: Report, grade: str) -> Figure:
    coops = report.org("cooperatives")
    ratings = coops.ratings if coops else None
    if ratings is None:
        raise Missing(msg("missing.grading"))
    f = ratings.figures
    if grade in f:
        return f[grade]
    parts = _RATING_PARTS.get(grade, ())
    if grade == "graded" and "good_or_fair" in f:
        parts = ("good_or_fair", "average", "weak")
    if parts and all(p in f for p in parts):
        return Figure(sum(f[p].value for p in parts))
    graded = grade in ("graded", "not_graded")  # a count of the graded, not of a grade
    raise Missing(
        msg("missing.graded_count" if graded else "missing.grade_count", grade=RATING_FIGURES[grade].label)
    )
