"""What a ``schema_version = 1`` file may not use yet, as JSON Schema.

The schema describes version 2; these definitions only narrow it, and apply (``if``/``then``)
where a file says ``schema_version = 1``, so an editor flags a key of version 2 there as
``htx validate`` does. They hold no descriptions: those stay on the version-2 definitions.
"""

from __future__ import annotations

from typing import Any

from ..model import vocabulary as spec

_REF = "#/$defs/version1."
_NOT_A_RANGE = {"not": {"type": "array"}}


def _newer(names: list[str]) -> dict[str, Any]:
    return {"propertyNames": {"not": {"enum": names}}} if names else {}


def _figures(keys: dict[str, spec.Key], newer_extras: tuple[str, ...] = ()) -> dict[str, Any]:
    """A table of figures: no figure of version 2, and each figure of version 1's form."""
    newer = [k for k, key in keys.items() if key.since > 1] + list(newer_extras)
    figures = {k: {"$ref": _REF + "figure"} for k, key in keys.items() if key.since == 1}
    return {**_newer(newer), "properties": figures}


def _org() -> dict[str, Any]:
    org = _figures(spec.ORG_FIGURES, spec.ORG_EXTRA_KEYS_V2)
    ratings = _figures(spec.RATING_FIGURES)
    ratings["properties"]["base"] = {"enum": list(spec.RATING_BASES[:2])}
    org["properties"] |= {
        "by_sector": _figures(spec.SECTORS),
        "members_by_sector": _figures(spec.SECTORS),
        "ratings": ratings,
    }
    return org


def _report(month: dict[str, Any]) -> dict[str, Any]:
    """A report block of version 1: its tables, its targets' ids, its source's full dates."""
    target = {
        "target": {"enum": list(spec.TARGETS)},
        "plan_qualifier": {"enum": list(spec.QUALIFIERS_V1)},
        "actual": {"$ref": _REF + "figure"},
    }
    dates = {k: {"not": month} for k in ("published", "meeting")}
    return {
        **_newer(list(spec.REPORT_KEYS_V2)),
        "properties": {
            **{kind: {"$ref": _REF + "org"} for kind in spec.ORG_KINDS},
            "programmes": _figures(spec.PROGRAMME_FIGURES),
            "support": _figures(spec.SUPPORT_FIGURES),
            "source": {"properties": dates},
            "targets": {"items": {"properties": target}},
        },
    }


def definitions(month: dict[str, Any]) -> dict[str, Any]:
    """The definitions; ``month`` is the schema of a "YYYY-MM" date, which version 1 lacked."""
    figure = {
        **_NOT_A_RANGE,
        "propertyNames": {"enum": list(spec.FIGURE_TABLE_KEYS_V1)},
        "properties": {"value": _NOT_A_RANGE, "qualifier": {"enum": list(spec.QUALIFIERS_V1)}},
    }
    return {"version1.figure": figure, "version1.org": _org(), "version1.report": _report(month)}


def condition() -> dict[str, Any]:
    """Where a file says schema_version = 1, its report blocks are of version 1."""
    return {
        "if": {"properties": {"schema_version": {"const": 1}}, "required": ["schema_version"]},
        "then": {"properties": {"report": {"items": {"$ref": _REF + "report"}}}},
    }
