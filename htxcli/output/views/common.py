"""What every view shares: the JSON document's head, values and figures as JSON, periods,
and a metric's value as a table cell."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...metrics import Metric, Value
from ...model.messages import Msg
from ...model.records import Dataset, Figure, Report
from ...model.vocabulary import FIGURE_TABLE_KEYS, SHARE_BASES
from ..catalogue import say, term
from . import tidy

#: The version of the JSON documents htx prints (not of the data format): it changes only
#: when a key is removed or changes meaning; new keys keep it.
JSON_VERSION = 1


def clean(obj: Any, drop_none: bool = False) -> Any:
    """JSON-ready: dates as ISO strings; with drop_none, keys whose value is None left out."""
    if isinstance(obj, dict):
        return {k: clean(v, drop_none) for k, v in obj.items() if not (drop_none and v is None)}
    if isinstance(obj, list | tuple):
        return [clean(v, drop_none) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


def doc(command: str, ds: Dataset | None, **body: Any) -> dict[str, Any]:
    head: dict[str, Any] = {"schema_version": JSON_VERSION, "command": command}
    if ds is not None:
        head["data_file"] = ds.path
    return {**head, **body}


def english(m: Msg | None) -> str | None:
    """JSON says everything in English, whatever --lang says."""
    return say(m, "en") if m is not None else None


def base(metric: Metric, lang: str = "en") -> str | None:
    """What a share's denominator counts, in words."""
    return term(SHARE_BASES[metric.base], lang) if metric.base else None


def figure_json(f: Figure) -> dict[str, Any]:
    """A figure as the data file holds it: its value (a [low, high] range where printed so)
    and every other key it was written with, in the format's order."""
    written = {
        "value": [f.value, f.high] if f.is_range else f.value,
        "qualifier": f.qualifier,
        "per": f.per,
        "status": f.status,
        "note": f.note,
        **(f.more or {}),
    }
    if not written.get("with_credit_funds"):
        written.pop("with_credit_funds", None)
    return clean({k: written[k] for k in FIGURE_TABLE_KEYS if written.get(k) is not None})


def value_json(v: Value, context: bool = True) -> dict[str, Any]:
    """A metric's value, with (unless ``context`` is off, as for an attainment inside its
    target) the full base (with or without credit funds, the sector) and the time unit, as the
    CSV columns say them."""
    m = v.metric
    said = {"base_detail": tidy.base(v) or None, "per": tidy.per(v) or None} if context else {}
    return {
        "value": v.value,
        "unit": m.unit,
        "kind": m.kind,
        "origin": v.origin,
        "base": base(m),
        "qualifier": v.qualifier,
        "detail": english(v.detail),
        "reason": english(v.reason),
        "against_high": v.high,
        **({"upper": v.upper} if v.upper is not None else {}),
        **({"subset": v.subset} if v.subset is not None else {}),
        **said,
    }


def period_json(r: Report) -> dict[str, Any]:
    """A report's period and status, and for a 2025 unit summed from its predecessors
    (--as-2025) the places whose reports it sums (``sum_of``)."""
    p = r.period
    out = {
        "period": p.label,
        "period_start": p.start.isoformat(),
        "period_end": p.end.isoformat(),
        "period_kind": p.kind,
        "status": r.status,
    }
    if r.parts:
        out["sum_of"] = sum_of(r)
    return out


def sum_of(r: Report) -> list[str]:
    """The places whose reports a 2025 unit sums (--as-2025); [] for a report of the file."""
    return [part.province for part in r.parts]


def metric_json(m: Metric, keys: tuple[str, ...]) -> dict[str, Any]:
    """A metric's description; ``label`` is English, ``label_vi`` Vietnamese."""
    fields = {"label": m.label.en, "label_vi": m.label.vi, "base": base(m)}
    return {k: fields[k] if k in fields else getattr(m, k) for k in keys}


def cell(v: Value, lang: str) -> str:
    """A metric's value as a table writes it (JSON never does: it loads no writer of numbers)."""
    from .. import values

    return values.value(v.value, v.metric.unit, v.qualifier, lang, high=v.upper)
