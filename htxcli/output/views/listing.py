"""htx list and htx metrics: what the data file holds, and what htx can compute from it."""

from __future__ import annotations

from typing import Any

from ...metrics import CATALOGUE
from ...model.records import Dataset
from ...model.vocabulary import PERIOD_KINDS, STATUSES
from ..catalogue import term, word
from ..shape import Output, Table
from .common import doc, metric_json, period_json

_LIST_COLUMNS = ("province", "period", "kind", "status", "publisher")
_METRIC_KEYS = ("id", "label", "label_vi", "unit", "kind", "group", "base", "formula")
_METRIC_COLUMNS = ("id", "kind", "unit", "label", "label_vi", "formula")


def listing(ds: Dataset, lang: str = "en") -> Output:
    by_province = [(name, ds.of(name)) for name in ds.provinces()]

    def document() -> dict[str, Any]:
        provinces = [
            {
                "province": name,
                "reports": [{**period_json(r), "publisher": r.source.publisher} for r in reports],
            }
            for name, reports in by_province
        ]
        return doc("list", ds, provinces=provinces)

    def table() -> Table:
        every = [(name, r) for name, reports in by_province for r in reports]
        return Table(
            columns=[word(f"column.{c}", lang) for c in _LIST_COLUMNS],
            rows=[
                [
                    n,
                    r.period.label,
                    term(PERIOD_KINDS[r.period.kind], lang),
                    term(STATUSES[r.status], lang),
                    r.source.publisher,
                ]
                for n, r in every
            ],
            raw_columns=list(_LIST_COLUMNS),
            raw_rows=[[n, r.period.label, r.period.kind, r.status, r.source.publisher] for n, r in every],
        )

    return Output(document, table)


def metrics_list(lang: str = "en") -> Output:
    items = [metric_json(m, _METRIC_KEYS) for m, _fn in CATALOGUE.values()]
    table = Table(
        columns=[word(f"column.{c}", lang) for c in _METRIC_COLUMNS],
        rows=[[str(item[c] or "") for c in _METRIC_COLUMNS] for item in items],
        raw_columns=list(_METRIC_COLUMNS),
        raw_rows=[[item[c] for c in _METRIC_COLUMNS] for item in items],
    )
    return Output(lambda: doc("metrics", None, metrics=items), lambda: table)
