"""htx rank: provinces ordered by a metric; ties share a rank; the unranked say why."""

from __future__ import annotations

from typing import NamedTuple

from ...analysis.compare import Ranked, rank
from ...analysis.select import for_rank
from ...metrics import CATALOGUE, Metric
from ...model.messages import Msg
from ...model.records import Dataset
from ..catalogue import say, term, word
from ..render import Output
from .common import base, cell, doc, english, metric_json, period_json, value_json


class Unranked(NamedTuple):
    province: str
    period: str  # "" when the province has no report to rank
    reason: Msg | None


def _title(metric: Metric, lang: str) -> str:
    label = term(metric.label, lang)
    if metric.base:
        return word("title.rank_base", lang, metric=label, base=base(metric, lang))
    return word("title.rank", lang, metric=label)


def _rows(ranked: list[Ranked], unranked: list[Unranked], lang: str) -> list[list[str]]:
    rows = [
        [
            str(x.rank),
            x.report.province,
            x.report.period.label,
            cell(x.value, lang),
            _origin(x.value.origin, lang),
        ]
        for x in ranked
    ]
    none = word("origin.none", lang)
    return rows + [
        ["-", u.province, u.period, none, say(u.reason, lang) if u.reason else ""] for u in unranked
    ]


def _origin(origin: str | None, lang: str) -> str:
    return word(f"origin.{origin}", lang) if origin else ""


def ranking(
    ds: Dataset,
    metric_id: str,
    period: str | None,
    top: int | None,
    ascending: bool,
    as_2025: bool,
    lang: str = "en",
) -> Output:
    reports, missing = for_rank(ds, period, as_2025)
    result = rank(reports, metric_id, ascending)
    ranked = [x for x in result if x.rank is not None][:top]
    unranked = [
        Unranked(x.report.province, x.report.period.label, x.value.reason) for x in result if x.rank is None
    ]
    unranked += [Unranked(name, "", why) for name, why in missing.items()]
    metric = CATALOGUE[metric_id][0]
    label = term(metric.label, lang)
    return Output(
        data=doc(
            "rank",
            ds,
            metric=metric_json(metric, ("id", "label", "unit", "kind", "base")),
            order="ascending" if ascending else "descending",
            ranked=[
                {
                    "rank": x.rank,
                    "province": x.report.province,
                    **period_json(x.report),
                    **value_json(x.value),
                }
                for x in ranked
            ],
            unranked=[
                {"province": u.province, "period": u.period or None, "reason": english(u.reason)}
                for u in unranked
            ],
        ),
        columns=[word(f"column.{c}", lang) for c in ("rank", "province", "period")]
        + [label, word("column.origin_or_reason", lang)],
        rows=_rows(ranked, unranked, lang),
        title=_title(metric, lang),
        numeric={0, 3},
        bars=[x.value.value for x in ranked] + [None] * len(unranked),
        raw_columns=["rank", "province", "period", metric_id, "unit", "origin", "reason"],
        raw_rows=[
            [x.rank, x.report.province, x.report.period.label, x.value.value, metric.unit, x.value.origin, ""]
            for x in ranked
        ]
        + [["", u.province, u.period, "", metric.unit, "", english(u.reason) or ""] for u in unranked],
    )
