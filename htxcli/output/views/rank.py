"""htx rank: provinces ordered by a metric; ties share a rank; the unranked say why."""

from __future__ import annotations

from typing import Any

from ...analysis.compare import Ranked, base_notes, comparison_notes, rank
from ...analysis.select import for_rank
from ...metrics import Metric, find_metric
from ...model.messages import Msg, msg
from ...model.record import Record
from ...model.records import Dataset
from ...model.vocabulary import COUNTRY
from .. import Output, Table
from ..catalogue import say, term, word
from . import tidy
from .common import base, cell, doc, english, metric_json, period_json, sum_of, value_json


class Unranked(Record):
    province: str
    period: str  # "" when the province has no report to rank
    reason: Msg | None
    sum_of: list[str] | None = None  # a 2025 unit summed from these places' reports


def _title(metric: Metric, lang: str, scope: str) -> str:
    label, regions = term(metric.label, lang), "_regions" if scope == "region" else ""
    if metric.base:
        return word(f"title.rank_base{regions}", lang, metric=label, base=base(metric, lang))
    return word(f"title.rank{regions}", lang, metric=label)


def _rows(ranked: list[Ranked], unranked: list[Unranked], lang: str) -> list[list[str]]:
    """Rows, each led by the base group it is ranked in ("" where all share one base)."""
    rows = [
        [
            word(f"group.{x.apart}", lang) if x.apart else "",
            str(x.rank),
            x.report.province,
            x.report.period.label,
            cell(x.value, lang),
            _origin(x.value.origin, lang),
        ]
        for x in ranked
    ]
    none = word("origin.none", lang)
    apart = word("group.unranked", lang) if any(x.apart for x in ranked) else ""
    return rows + [
        [apart, "-", u.province, u.period, none, say(u.reason, lang) if u.reason else ""] for u in unranked
    ]


def _origin(origin: str | None, lang: str) -> str:
    return word(f"origin.{origin}", lang) if origin else ""


def _json(ranked: list[Ranked], unranked: list[Unranked]) -> dict[str, list[dict[str, Any]]]:
    return {
        "ranked": [
            {
                "rank": x.rank,
                "province": x.report.province,
                **period_json(x.report),
                **value_json(x.value),
                **({"ranked_apart": x.apart} if x.apart else {}),
            }
            for x in ranked
        ],
        "unranked": [
            {
                "province": u.province,
                "period": u.period or None,
                "reason": english(u.reason),
                **({"sum_of": u.sum_of} if u.sum_of else {}),
            }
            for u in unranked
        ],
    }


def _raw(ranked: list[Ranked], unranked: list[Ranked], missing: dict[str, Msg], lang: str) -> list[list[Any]]:
    """The tidy rows (tidy.COLUMNS) with the rank in front; unranked places have none, and a
    2025 unit that could not be summed has only its name and why."""
    rows = [
        [x.rank or "", *tidy.value_row(x.report, x.value, lang), x.apart or ""] for x in [*ranked, *unranked]
    ]
    blank = [""] * (len(tidy.COLUMNS) - 2)
    return rows + [["", name, *blank, english(why), ""] for name, why in missing.items()]


def ranking(
    ds: Dataset,
    metric_id: str,
    period: str | None,
    top: int | None,
    ascending: bool,
    as_2025: bool,
    lang: str = "en",
    scope: str = "province",
) -> Output:
    reports, missing = for_rank(ds, period, as_2025, scope)
    result = rank(reports, metric_id, ascending)
    # --top N keeps every place tied at the Nth rank: a tie is never split
    ranked = [x for x in result if x.rank is not None and (top is None or x.rank <= top)]
    unranked = [
        Unranked(x.report.province, x.report.period.label, x.value.reason, sum_of(x.report))
        for x in result
        if x.rank is None
    ]
    unranked += [Unranked(name, "", why) for name, why in missing.items()]
    metric = find_metric(metric_id)  # attainment.<target> too, which the catalogue lacks
    order = "ascending" if ascending else "descending"

    here = set(ds.places(scope))
    apart = [p for p in ds.places() if p not in here]
    notes = comparison_notes([x.report for x in ranked]) + _notes(ranked, apart, scope)

    def document() -> dict[str, Any]:
        described = metric_json(metric, ("id", "label", "unit", "kind", "base"))
        extra = {"scope": scope, "not_ranked_here": apart, "notes": [english(n) for n in notes]}
        return doc("rank", ds, metric=described, order=order, **_json(ranked, unranked), **extra)

    rows = (ranked, unranked)
    raw = lambda: _raw(ranked, [x for x in result if x.rank is None], missing, lang)  # noqa: E731
    return Output(document, lambda: _table(metric, rows, raw(), notes, lang, scope))


def _notes(ranked: list[Ranked], apart: list[str], scope: str) -> list[Msg]:
    """What the reader of a ranking must know: ranges ranked by their lower end, and the
    places of another scope (the country, regions) kept out of it."""
    notes = base_notes([(x.report, x.value) for x in ranked])
    ranges = [x.report.province for x in ranked if x.value.upper is not None]
    if ranges:
        notes.append(msg("note.ranges_by_lower_end", places=ranges))
    other = [p for p in apart if p != COUNTRY.name]
    if other:
        notes.append(
            msg("note.other_scopes", places=other, scope="region" if scope == "province" else "province")
        )
    if COUNTRY.name in apart:
        notes.append(msg("note.country_not_ranked", place=COUNTRY.name))
    return notes


def _table(
    metric: Metric,
    rows: tuple[list[Ranked], list[Unranked]],
    raw: list[list[Any]],
    notes: list[Msg],
    lang: str,
    scope: str,
) -> Table:
    ranked, unranked = rows
    columns = ["", *(word(f"column.{c}", lang) for c in ("rank", "province", "period"))]
    apart = any(x.apart for x in ranked)
    return Table(
        notes=[say(n, lang) for n in notes] + ([word("note.ranked_apart", lang)] if apart else []),
        columns=[*columns, term(metric.label, lang), word("column.origin_or_reason", lang)],
        rows=_rows(ranked, unranked, lang),
        title=_title(metric, lang, scope),
        group=0,
        numeric={1, 4},
        bars=[x.value.value for x in ranked] + [None] * len(unranked),
        raw_columns=["rank", *tidy.COLUMNS, "ranked_apart"],
        raw_rows=raw,
    )
