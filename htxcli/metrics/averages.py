"""Averages per organisation, and income per worker and per member, per year.

An average divides a figure by the organisations it covers: the total, plus the credit funds
a figure includes when the total does not, or the number the report says it covers
("379 HTX nông nghiệp có tổng vốn hoạt động ...": covers = 379)."""

from ..model.messages import Term, msg
from ..model.records import Figure, Report
from ..model.vocabulary import ORG_FIGURES, ORG_KINDS, PER_PERIOD_FIGURES, TIME_UNITS
from .core import Fn, Metric, Missing, Result, coop_base, define, ends, figure, org_total, ratio


def _denominator(r: Report, kind: str, fig: Figure) -> tuple[Figure, str]:
    covers = fig.get("covers")
    if covers is not None:
        return Figure(covers), "detail.ratio_covers"
    return (coop_base(r, fig) if kind == "cooperatives" else org_total(r, kind)), "detail.ratio"


def _average(kind: str, key: str, avg_key: str | None, what: Term) -> Fn:
    def fn(r: Report) -> Result:
        org = r.org(kind)
        fig = org.get(key) if org else None
        if fig is not None:
            den, detail = _denominator(r, kind, fig)
            found = ratio(fig, den, detail)
            covered = kind == "cooperatives" and fig.with_credit_funds and fig.get("covers") is None
            return found._replace(with_credit_funds=True) if covered else found
        if avg_key and org and org.get(avg_key):
            avg = org.figures[avg_key]
            if avg.per:
                return Result(
                    avg.value, avg.qualifier, msg("detail.stated_average", per=TIME_UNITS[avg.per]), avg.high
                )
            if avg_key in PER_PERIOD_FIGURES:  # revenue a month or a year? the report does not say
                return Result(avg.value, avg.qualifier, msg("detail.stated_average_no_unit"), avg.high)
            return Result(avg.value, avg.qualifier, msg("detail.stated_average_stock"), avg.high)
        raise Missing(msg("missing.input_of", what=what, kind=ORG_KINDS[kind].short))

    return fn


_Row = tuple[str, str | None, Term, str]
# Averages per organisation: (kind, id suffix, per-words, per-words in Vietnamese, rows of
# (figure, the stated average that stands in for it, the metric's name in both languages, unit)).
AVERAGES: tuple[tuple[str, str, str, str, tuple[_Row, ...]], ...] = (
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
#: Averages of the figures schema_version 2 added, per cooperative.
AVERAGES_V2: tuple[tuple[str, str, str, str, tuple[_Row, ...]], ...] = (
    (
        "cooperatives",
        "coop",
        "per cooperative",
        "/HTX",
        tuple(
            (key, None, ORG_FIGURES[key].label, "VND")
            for key in ("operating_capital", "total_assets", "output_value", "budget_contribution")
        ),
    ),
)


def define_averages(table: tuple[tuple[str, str, str, str, tuple[_Row, ...]], ...]) -> None:
    for kind, short, per, vi_per, rows in table:
        for key, avg, what, unit in rows:
            formula = f"{kind}.{key} / {kind} total" + (f", or the stated {avg}" if avg else "")
            label = Term(f"{what.en} {per}", f"{what.vi} bình quân{vi_per}")
            define(
                Metric(
                    f"{key}_per_{short}",
                    label,
                    unit,
                    "average",
                    kind,
                    formula,
                    signed=ORG_FIGURES[key].signed,
                    inputs=(key, avg) if avg else (key,),
                ),
                _average(kind, key, avg, what),
            )


def _per_year(key: str) -> Fn:
    def fn(r: Report) -> Result:
        what = ORG_FIGURES[key].label
        fig = figure(r.org("cooperatives"), key, msg("missing.figure", what=what))
        high = fig.high
        if fig.per == "month":
            return Result(
                fig.value * 12,
                fig.qualifier,
                msg("detail.month_x12", value=ends(fig)),
                high * 12 if high else None,
            )
        if fig.per == "year":
            return Result(fig.value, fig.qualifier, msg("detail.per_year", value=ends(fig)), high)
        raise Missing(msg("missing.income_time_unit"))

    return fn


def define_income(who: str) -> None:
    """Income per worker (schema_version 1) or per member (2), per year: never one for the other."""
    if who == "worker":
        label = Term("Income per worker per year", "Thu nhập bình quân lao động/năm")
        formula = "income per regular worker, per month x 12 where stated monthly"
    else:
        label = Term("Income per member per year", "Thu nhập bình quân thành viên/năm")
        formula = "income per member, per month x 12 where stated monthly"
    define(
        Metric(
            f"income_per_{who}_year",
            label,
            "VND/year",
            "average",
            "cooperatives",
            formula,
            inputs=(f"income_per_{who}",),
        ),
        _per_year(f"income_per_{who}"),
    )
