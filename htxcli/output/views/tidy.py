"""The CSV/TSV contract: one row per value, every caveat in a column of its own.

A row says which place and period a value belongs to, what it is (a figure path or a metric
id), the number (a printed range as value and high), the word printed before it, its unit and
time unit, the base a share or average is taken over, and whether the report stated it or htx
computed it. show, compare and rank write the same columns (compare adds ``leader``, rank adds
``rank`` in front), so files from several calls concatenate. docs/json.md lists the columns.
"""

from __future__ import annotations

from typing import Any

from ...metrics import Value, is_flow
from ...model.records import Figure, Report
from ...model.vocabulary import ORG_KINDS, SECTORS, SHARE_BASES, Key
from ..catalogue import say, term

COLUMNS = (
    "place",
    "scope",
    "period",
    "status",
    "key",
    "label",
    "value",
    "high",
    "qualifier",
    "unit",
    "per",
    "base",
    "origin",
    "note",
)


def _head(r: Report) -> list[Any]:
    return [r.province, r.scope, r.period.label, r.status]


def figure_row(r: Report, path: str, f: Figure, key: Key | None, label: str, note: str) -> list[Any]:
    """A figure as the report printed it."""
    unit = key.display_unit if key else "count"
    return [*_head(r), path, label, f.value, f.high, f.qualifier, unit, f.per, "", "stated", note]


def per(v: Value) -> str:
    """The time unit of a value: month or year, "period" for a flow over the report's period,
    "unknown" where the report does not say; empty for what has none (a count, a share)."""
    if v.metric.unit.endswith("/year"):
        return "year"
    detail = v.detail.id if v.detail else None
    if detail == "detail.stated_average":
        return v.detail.params["per"].en  # type: ignore[union-attr]
    if detail == "detail.stated_average_no_unit":
        return "unknown"
    return "period" if is_flow(v.metric) and v.value is not None else ""


def base(v: Value) -> str:
    """What a share or average is taken over: all, graded or active cooperatives, with or
    without credit funds where the report says, and the sector of a subset."""
    m = v.metric
    parts = [SHARE_BASES[m.base].en] if m.base else []
    if m.kind == "average" and not m.base and m.group in ORG_KINDS:
        parts.append(ORG_KINDS[m.group].short.en)  # per cooperative: over the cooperatives
    if v.credit_funds is not None:
        parts.append("with credit funds" if v.credit_funds else "without credit funds")
    if v.subset:
        parts.append(f"{SECTORS[v.subset].label.en.lower()} sector")
    return "; ".join(parts)


def value_row(r: Report, v: Value, lang: str, label: str | None = None, note: str = "") -> list[Any]:
    """A metric: computed, stated, or (value empty) not computable, with the reason in note."""
    m = v.metric
    why = v.reason if v.value is None else v.detail or v.reason
    text = "; ".join(t for t in (say(why, "en") if why else "", note) if t)
    return [
        *_head(r),
        m.id,
        label if label is not None else term(m.label, lang),
        v.value,
        v.high if v.high is not None else v.upper,
        v.qualifier,
        m.unit,
        per(v),
        base(v),
        v.origin if v.value is not None else "n/a",
        text,
    ]


def org_label(kind: str, lang: str) -> str:
    return term(ORG_KINDS[kind].name, lang)
