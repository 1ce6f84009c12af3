"""htx list and htx metrics: what the data file holds, and what htx can compute from it."""

from __future__ import annotations

from typing import Any

from ...metrics import CATALOGUE
from ...model.records import Dataset, Report
from ...model.vocabulary import PERIOD_KINDS, SCOPES, STATUSES
from .. import Output, Table
from ..catalogue import term, word
from .common import doc, metric_json, period_json

_LIST_COLUMNS = ("province", "period", "kind", "status", "publisher", "scope", "used")
_METRIC_KEYS = ("id", "label", "label_vi", "unit", "kind", "group", "base", "formula")
_METRIC_COLUMNS = ("id", "kind", "unit", "label", "label_vi", "formula")


def _every(ds: Dataset) -> list[tuple[str, list[tuple[Report, bool]]]]:
    """Each place with all its reports, every source of a period, and whether commands use it."""
    out = []
    for name in ds.places():
        used = {id(r) for r in ds.of(name)}
        reports = [r for chosen in ds.of(name) for r in ds.sources[(name, chosen.period.label)]]
        out.append((name, [(r, id(r) in used) for r in reports]))
    return out


def _list_document(ds: Dataset, places: list[tuple[str, list[tuple[Report, bool]]]]) -> dict[str, Any]:
    provinces = [
        {
            "province": name,
            "scope": reports[0][0].scope,
            "reports": [
                {**period_json(r), "publisher": r.source.publisher, "used": used} for r, used in reports
            ],
        }
        for name, reports in places
    ]
    return doc("list", ds, provinces=provinces)


def _list_table(places: list[tuple[str, list[tuple[Report, bool]]]], lang: str) -> Table:
    every = [(name, r, used) for name, reports in places for r, used in reports]
    yes, no = word("answer.yes", lang), word("answer.no", lang)
    rows = [
        [
            n,
            r.period.label,
            term(PERIOD_KINDS[r.period.kind], lang),
            term(STATUSES[r.status].label, lang),
            r.source.publisher,
            term(SCOPES[r.scope], lang),
            yes if used else no,
        ]
        for n, r, used in every
    ]
    raw = [
        [n, r.period.label, r.period.kind, r.status, r.source.publisher, r.scope, "yes" if used else "no"]
        for n, r, used in every
    ]
    return Table(
        [word(f"column.{c}", lang) for c in _LIST_COLUMNS],
        rows,
        raw_columns=list(_LIST_COLUMNS),
        raw_rows=raw,
    )


def listing(ds: Dataset, lang: str = "en") -> Output:
    places = _every(ds)
    return Output(lambda: _list_document(ds, places), lambda: _list_table(places, lang))


def metrics_list(lang: str = "en") -> Output:
    items = [metric_json(m, _METRIC_KEYS) for m, _fn in CATALOGUE.values()]
    label = "label" if lang == "en" else "label_vi"
    table = Table(  # two columns: an id is never split, and the rest wraps under its label
        columns=[word("column.id", lang), word("column.label", lang)],
        rows=[
            [item["id"], f"{item[label]} ({item['unit']}, {item['kind']})\n{item['formula']}"]
            for item in items
        ],
        raw_columns=list(_METRIC_COLUMNS),
        raw_rows=[[item[c] for c in _METRIC_COLUMNS] for item in items],
    )
    return Output(lambda: doc("metrics", None, metrics=items), lambda: table)
