"""The JSON Schema of the data format, built from the vocabulary so editors check what htx checks.

Regenerate the shipped copy with:  python -m htxcli.tools.json_schema > data/provinces.schema.json

It describes schema_version 2 (which reads every version 1 file too); what a schema cannot say
(sums, printed shares, names of provinces) is left to ``htx validate``.
"""

from __future__ import annotations

import json
from typing import Any

from ..metrics import CATALOGUE
from ..model import vocabulary as spec

_NUMBER = {"type": "number"}
_NOTE = {"type": "string"}
_DATE = {"type": "string", "format": "date"}
_MONTH = {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"}
_PERIOD = {
    "type": "string",
    "pattern": r"^[0-9]{4}(-(H[12]|Q[1-4]|[0-9]{2}(-[0-9]{2}|/[0-9]{4}-[0-9]{2})?))?$",
}


def _scalar(kind: str, signed: bool = False) -> dict[str, Any]:
    return {"type": kind} if signed else {"type": kind, "minimum": 0}


def _figure_def(kind: str, needs_per: bool = False, signed: bool = False) -> dict[str, Any]:
    number = _scalar(kind, signed)
    value = {"anyOf": [number, {"type": "array", "items": number, "minItems": 2, "maxItems": 2}]}
    qualifiers = {"enum": list(spec.QUALIFIERS)}
    properties = {
        "value": value,
        "qualifier": qualifiers,
        "per": {"enum": list(spec.TIME_UNITS)},
        "status": {"enum": list(spec.STATUSES)},
        "period": _PERIOD,
        "covers": {"type": "integer", "minimum": 0},
        "yoy_pct": _NUMBER,
        "change": _NUMBER,
        "change_pct": _NUMBER,
        "change_from": _PERIOD,
        "change_qualifier": qualifiers,
        "plan": value,
        "plan_qualifier": qualifiers,
        "attained_pct": _NUMBER,
        "national_share_pct": {"type": "number", "minimum": 0, "maximum": 100},
        "with_credit_funds": {"type": "boolean"},
        "criterion": _NOTE,
        "note": _NOTE,
    }
    table = _closed(properties, ["value", "per"] if needs_per else ["value"])
    return table if needs_per else {"anyOf": [number, table]}


_DEFS = {
    "whole": ("integer", False, False),
    "amount": ("number", False, False),
    "signed": ("integer", False, True),
    "per_figure": ("integer", True, False),
}


def _ref(key: spec.Key) -> str:
    if key.needs_per:
        return "#/$defs/per_figure"
    if key.signed:
        return "#/$defs/signed"
    return "#/$defs/" + ("whole" if key.integer else "amount")


def _figure(key: spec.Key) -> dict[str, Any]:
    return {"description": f"{key.meaning} [{key.unit}]", "$ref": _ref(key)}


def _table(keys: dict[str, spec.Key], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    props = {k: _figure(v) for k, v in keys.items()}
    props.update(extra or {})
    return {"type": "object", "additionalProperties": False, "properties": props}


def _closed(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    """An object with exactly these keys."""
    out: dict[str, Any] = {"type": "object", "additionalProperties": False}
    if required is not None:
        out["required"] = required
    return {**out, "properties": properties}


def _defs() -> dict[str, Any]:
    ratings = _table(spec.RATING_FIGURES, {"base": {"enum": list(spec.RATING_BASES)}, "note": _NOTE})
    defs = {name: _figure_def(*how) for name, how in _DEFS.items()}
    sector = _table(spec.ORG_FIGURES, {"note": _NOTE})
    sectors = {k: {"$ref": "#/$defs/sector"} for k in spec.SECTORS}
    defs["sector"] = sector
    defs["org"] = _table(
        spec.ORG_FIGURES,
        {
            "includes_credit_funds": {"type": "boolean"},
            "by_sector": _table(spec.SECTORS),
            "members_by_sector": _table(spec.SECTORS),
            "sectors": _closed({**sectors, "complete": {"type": "boolean"}, "note": _NOTE}),
            "ratings": ratings,
            "note": _NOTE,
        },
    )
    return defs


def _target() -> dict[str, Any]:
    plan = {"anyOf": [_NUMBER, {"type": "array", "items": _NUMBER, "minItems": 2, "maxItems": 2}]}
    properties = {
        "target": {"type": "string", "description": "a target id, a figure path or a metric id"},
        "period": _PERIOD,
        "plan": plan,
        "plan_qualifier": {"enum": list(spec.QUALIFIERS)},
        "actual": {"$ref": "#/$defs/amount"},
        "stated_pct": _NUMBER,
        "note": _NOTE,
    }
    return _closed(properties, ["target"])


def _report() -> dict[str, Any]:
    source = _closed(
        {
            k: {"anyOf": [_DATE, _MONTH]}
            if k in ("published", "meeting")
            else {"type": "string", "description": v}
            for k, v in spec.SOURCE_KEYS.items()
        },
        list(spec.SOURCE_REQUIRED),
    )
    ack = _closed({k: {"type": "string"} for k in spec.ACK_KEYS}, list(spec.ACK_KEYS))
    metric_table = _closed({m: _NUMBER for m in CATALOGUE})
    properties = {
        "province": {"type": "string", "minLength": 1, "pattern": r"\S"},
        "region": {"enum": [r.name for r in spec.REGIONS.values()]},
        "country": {"const": spec.COUNTRY.name},
        "period": _PERIOD,
        "status": {"enum": list(spec.STATUSES)},
        "preferred": {"type": "boolean"},
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
    report = _closed(properties, ["period", "source"])
    report["oneOf"] = [{"required": [k]} for k in spec.PLACE_KEYS]
    return report


def build() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://htx.invalid/provinces.schema.json",
        "title": "htx data file",
        "type": "object",
        "additionalProperties": False,
        "$defs": _defs(),
        "properties": {
            "schema_version": {"enum": list(spec.SCHEMA_VERSIONS)},
            "report": {"type": "array", "items": _report()},
        },
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render(), end="")
