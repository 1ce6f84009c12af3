"""htx list and htx metrics: what the data file holds, and what htx can compute from it."""

from __future__ import annotations

from ...metrics import CATALOGUE
from ...model.records import Dataset
from ...model.vocabulary import PERIOD_KINDS, STATUSES
from ..catalogue import term, word
from ..render import Output
from .common import doc, metric_json, period_json

_LIST_COLUMNS = ("province", "period", "kind", "status", "publisher")
_METRIC_KEYS = ("id", "label", "label_vi", "unit", "kind", "group", "base", "formula")
_METRIC_COLUMNS = ("id", "kind", "unit", "label", "label_vi", "formula")


def listing(ds: Dataset, lang: str = "en") -> Output:
    provinces, rows, raw = [], [], []
    for name in ds.provinces():
        reports = ds.of(name)
        entries = [{**period_json(r), "publisher": r.source.publisher} for r in reports]
        provinces.append({"province": name, "reports": entries})
        for r in reports:
            kind, status = r.period.kind, r.status
            rows.append(
                [
                    name,
                    r.period.label,
                    term(PERIOD_KINDS[kind], lang),
                    term(STATUSES[status], lang),
                    r.source.publisher,
                ]
            )
            raw.append([name, r.period.label, kind, status, r.source.publisher])
    return Output(
        data=doc("list", ds, provinces=provinces),
        columns=[word(f"column.{c}", lang) for c in _LIST_COLUMNS],
        rows=rows,
        raw_columns=list(_LIST_COLUMNS),
        raw_rows=raw,
    )


def metrics_list(lang: str = "en") -> Output:
    items = [metric_json(m, _METRIC_KEYS) for m, _fn in CATALOGUE.values()]
    return Output(
        data=doc("metrics", None, metrics=items),
        columns=[word(f"column.{c}", lang) for c in _METRIC_COLUMNS],
        rows=[[str(item[c] or "") for c in _METRIC_COLUMNS] for item in items],
        raw_columns=list(_METRIC_COLUMNS),
        raw_rows=[[item[c] for c in _METRIC_COLUMNS] for item in items],
    )
