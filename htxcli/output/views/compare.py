"""htx compare: provinces side by side, one column each, the leader of each row marked."""

from __future__ import annotations

from typing import Any

from ...analysis.compare import base_notes, bases_differ, comparison_notes, leader, on_one_base
from ...analysis.select import for_compare
from ...metrics import CATALOGUE, Metric, Value, compute, unknown_time_unit
from ...model.messages import Msg, grouped, lower_first, msg
from ...model.record import Record
from ...model.records import Dataset, Report
from .. import Output, Table
from ..catalogue import say, term, word
from . import tidy
from .common import base, cell, doc, english, period_json, value_json


class Line(Record):
    """One metric across the reports compared."""

    metric: Metric
    values: list[Value]
    leader: int | None  # index of the leading report, if one leads
    reasons: list[Msg]  # why some reports have no value


def _line(reports: list[Report], values: list[Value]) -> Line:
    reasons = [
        msg("reason.of_province", province=r.province, reason=v.reason or msg("missing.not_available"))
        for r, v in zip(reports, values, strict=True)
        if v.value is None
    ]
    if any(unknown_time_unit(v) for v in values):
        reasons.append(msg("reason.time_unit_unknown"))
    m = values[0].metric
    if bases_differ(values):  # 128/322 with credit funds beside 89/176 without
        return Line(m, values, None, [*reasons, msg("reason.bases_differ")])
    return Line(m, values, leader(values), reasons)


def lines(reports: list[Report], metric_ids: list[str]) -> list[Line]:
    """The asked metrics, or by default every metric at least one of the reports has."""
    computed = {
        mid: [v for _, v in on_one_base([(r, compute(r, mid)) for r in reports])]
        for mid in (metric_ids or CATALOGUE)
    }
    chosen = metric_ids or [mid for mid, vs in computed.items() if any(v.value is not None for v in vs)]
    return [_line(reports, computed[mid]) for mid in chosen]


def _head(r: Report, lang: str) -> str:
    estimated = r.status == "estimated"
    return word(
        "head.report_estimated" if estimated else "head.report",
        lang,
        province=r.province,
        period=r.period.label,
    )


def _json(line: Line, reports: list[Report]) -> dict[str, Any]:
    m = line.metric
    return {
        "label": m.label.en,
        "unit": m.unit,
        "kind": m.kind,
        "base": base(m),
        "leader": reports[line.leader].province if line.leader is not None else None,
        "values": {r.province: value_json(v) for r, v in zip(reports, line.values, strict=True)},
    }


def _row(line: Line, lang: str) -> list[str]:
    cells = [cell(v, lang) + (" *" if i == line.leader else "") for i, v in enumerate(line.values)]
    return [term(line.metric.label, lang), *cells]


def _missing(reports: list[Report], found: list[Line], lang: str) -> str:
    """Said once under the table: what each place lacks, and why where one reason covers it,
    instead of a reason repeated in every row (CSV and JSON keep each value's reason)."""
    parts = []
    for i, r in enumerate(reports):
        lacking = [
            lower_first(term(line.metric.label, lang)) for line in found if line.values[i].value is None
        ]
        if lacking:
            parts.append(word("caption.lacks", lang, province=r.province, metrics=", ".join(lacking)))
        if r.parts:  # a 2025 unit summed: why, which a reader cannot tell from its predecessors
            parts += _unsummed(r.province, [line.values[i] for line in found], lang)
    for reason, caption in (
        ("reason.time_unit_unknown", "caption.time_unit_unknown"),
        ("reason.bases_differ", "caption.bases_differ"),
    ):
        said = [term(line.metric.label, lang) for line in found if any(m.id == reason for m in line.reasons)]
        if said:
            parts.append(word(caption, lang, metrics=", ".join(said)))
    return "\n".join(parts)


def _unsummed(province: str, values: list[Value], lang: str) -> list[str]:
    """Each reason a summed unit lacks values for, once, with the metrics it holds for."""
    lacking = [(v.reason, lower_first(term(v.metric.label, lang))) for v in values if v.value is None]
    reasons = grouped((reason, label) for reason, label in lacking if reason is not None)
    return [
        word("caption.sum_lacks", lang, province=province, metrics=", ".join(labels), reason=say(m, lang))
        for m, labels in reasons
    ]


def compare(
    ds: Dataset,
    queries: list[str],
    period: str | None,
    metric_ids: list[str],
    as_2025: bool,
    lang: str = "en",
) -> Output:
    reports = for_compare(ds, queries, period, as_2025)
    found = lines(reports, metric_ids)
    notes = comparison_notes(reports)
    notes += [n for line in found for n in base_notes(list(zip(reports, line.values, strict=True)))]

    def document() -> dict[str, Any]:
        return doc(
            "compare",
            ds,
            reports=[{"province": r.province, **period_json(r)} for r in reports],
            notes=[english(n) for n in notes],
            metrics={line.metric.id: _json(line, reports) for line in found},
        )

    return Output(document, lambda: _table(reports, found, notes, lang))


def _table(reports: list[Report], found: list[Line], notes: list[Msg], lang: str) -> Table:
    raw = [
        [*tidy.value_row(r, v, lang), "yes" if line.leader == i else ""]
        for line in found
        for i, (r, v) in enumerate(zip(reports, line.values, strict=True))
    ]
    heads = [_head(r, lang) for r in reports]
    return Table(
        columns=[word("column.metric", lang), *heads],
        rows=[_row(line, lang) for line in found],
        captions={"": text} if (text := _missing(reports, found, lang)) else None,
        notes=[*(say(n, lang) for n in notes), word("note.leader", lang)],
        numeric=set(range(1, len(reports) + 1)),
        raw_columns=[*tidy.COLUMNS, "leader"],
        raw_rows=raw,
    )
