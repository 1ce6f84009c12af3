"""The JSON Schema of the data format, built from the vocabulary so editors check what htx checks.

Regenerate the shipped copy with:  python -m htxcli.tools.json_schema > data/provinces.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from ..metrics import CATALOGUE
from ..model import vocabulary as spec
from ..model.messages import Term

_NUMBER = {"type": "number"}
_NO_LABEL = Term("", "")


def _scalar(key: spec.Key) -> dict[str, Any]:
    kind = "integer" if key.integer else "number"
    return {"type": kind, "minimum": 0}


def _figure_def(key: spec.Key) -> dict[str, Any]:
    table = {
        "type": "object",
        "additionalProperties": False,
        "required": ["value", "per"] if key.needs_per else ["value"],
        "properties": {
            "value": _scalar(key),
            "qualifier": {"enum": list(spec.QUALIFIERS)},
            "per": {"enum": list(spec.TIME_UNITS)},
            "yoy_pct": _NUMBER,
            "with_credit_funds": {"type": "boolean"},
            "note": {"type": "string"},
        },
    }
    return table if key.needs_per else {"anyOf": [_scalar(key), table]}


def _ref(key: spec.Key) -> str:
    return "#/$defs/" + ("per_figure" if key.needs_per else "whole" if key.integer else "amount")


def _figure(key: spec.Key) -> dict[str, Any]:
    return {"description": f"{key.meaning} [{key.unit}]", "$ref": _ref(key)}


def _table(keys: dict[str, spec.Key], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    props = {k: _figure(v) for k, v in keys.items()}
    props.update(extra or {})
    return {"type": "object", "additionalProperties": False, "properties": props}


_NOTE = {"type": "string"}
_DATE = {"type": "string", "format": "date"}


def _closed(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    """An object with exactly these keys."""
    out: dict[str, Any] = {"type": "object", "additionalProperties": False}
    if required is not None:
        out["required"] = required
    return {**out, "properties": properties}


def _defs() -> dict[str, Any]:
    ratings = _table(spec.RATING_FIGURES, {"base": {"enum": list(spec.RATING_BASES)}, "note": _NOTE})
    defs = {
        "whole": _figure_def(spec.Key("count", "", _NO_LABEL)),
        "amount": _figure_def(spec.Key("ha", "", _NO_LABEL, integer=False)),
        "per_figure": _figure_def(spec.Key("VND/worker", "", _NO_LABEL, needs_per=True)),
    }
    defs["org"] = _table(
        spec.ORG_FIGURES,
        {
            "includes_credit_funds": {"type": "boolean"},
            "by_sector": _table(spec.SECTORS),
            "members_by_sector": _table(spec.SECTORS),
            "ratings": ratings,
            "note": _NOTE,
        },
    )
    return defs


def _target() -> dict[str, Any]:
    plan = {"anyOf": [_NUMBER, {"type": "array", "items": _NUMBER, "minItems": 2, "maxItems": 2}]}
    properties = {
        "target": {"enum": list(spec.TARGETS)},
        "period": {"type": "string"},
        "plan": plan,
        "plan_qualifier": {"enum": list(spec.QUALIFIERS)},
        "actual": _figure(spec.Key("amount", "actual", _NO_LABEL, integer=False)),
        "stated_pct": _NUMBER,
        "note": _NOTE,
    }
    return _closed(properties, ["target"])


def _report() -> dict[str, Any]:
    source = _closed(
        {
            k: _DATE if k in ("published", "meeting") else {"type": "string", "description": v}
            for k, v in spec.SOURCE_KEYS.items()
        },
        list(spec.SOURCE_REQUIRED),
    )
    ack = _closed({k: {"type": "string"} for k in spec.ACK_KEYS}, list(spec.ACK_KEYS))
    metric_table = _closed({m: _NUMBER for m in CATALOGUE})
    properties = {
        "province": {"type": "string", "minLength": 1},
        "period": {"type": "string", "pattern": r"^\d{4}(-(H[12]|Q[1-4]|\d{2}-\d{2}))?$"},
        "status": {"enum": list(spec.STATUSES)},
        "note": _NOTE,
        "source": source,
        **{kind: {"$ref": "#/$defs/org"} for kind in spec.ORG_KINDS},
        "programmes": _table(spec.PROGRAMME_FIGURES, {"note": _NOTE}),
        "support": _table(spec.SUPPORT_FIGURES, {"note": _NOTE}),
        "targets": {"type": "array", "items": _target()},
        "stated": metric_table,
        "start": metric_table,
        "acknowledge": {"type": "array", "items": ack},
    }
    return _closed(properties, ["province", "period", "source"])


def build() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://htx.invalid/provinces.schema.json",
        "title": "htx data file",
        "type": "object",
        "additionalProperties": False,
        "$defs": _defs(),
        "properties": {
            "schema_version": {"const": spec.SCHEMA_VERSION},
            "report": {"type": "array", "items": _report()},
        },
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render(), end="")
