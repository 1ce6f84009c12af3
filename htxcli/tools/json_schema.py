"""The JSON Schema of the data format, built from the vocabulary so editors check what htx checks.

Regenerate the shipped copy with:  python -m htxcli.tools.json_schema > data/provinces.schema.json

It describes schema_version 2 (which reads every version 1 file too). Every key has a
description (meaning, unit, the Vietnamese words reports print), placed where taplo's language
server reads it: a figure is a definition of its own whose top level holds the description
(taplo shows nothing written beside a ``$ref``), a table is ``allOf: [{$ref}]`` under its
description. What a schema cannot say (sums, printed shares, names of provinces;
docs/data-format.md lists them) is left to ``htx validate``. What a version-1 file may not
use yet is ``schema_v1``'s.
"""

from __future__ import annotations

import json
from typing import Any

from ..datafile.blocks import stated_key
from ..datafile.values import AMOUNT as _AMOUNT
from ..datafile.values import LARGEST
from ..metrics import CATALOGUE, Metric
from ..model import vocabulary as spec
from . import schema_v1
from . import schema_words as words

_MONTH_NUMBER = "(0[1-9]|1[0-2])"
_DAY = "(0[1-9]|[12][0-9]|3[01])"
_PERIOD = {
    "type": "string",
    "pattern": rf"^[0-9]{{4}}(-(H[12]|Q[1-4]|{_MONTH_NUMBER}(-{_DAY}|/[0-9]{{4}}-{_MONTH_NUMBER})?))?$",
}
_DATE = {"type": "string", "format": "date", "pattern": rf"^[0-9]{{4}}-{_MONTH_NUMBER}-{_DAY}$"}
_MONTH = {"type": "string", "pattern": rf"^[0-9]{{4}}-{_MONTH_NUMBER}$"}
_TEXT = {"type": "string"}
_NAME = {"type": "string", "pattern": r"\S"}  # not blank
_FLAG = {"type": "boolean"}
#: A percentage as printed, a change or a stated value: any sign, as every number below 10^18.
_ANY = {"type": "number", "exclusiveMinimum": -LARGEST, "exclusiveMaximum": LARGEST}
_SHARE = {"type": "number", "minimum": 0, "maximum": 100}


def _described(schema: dict[str, Any], text: str) -> dict[str, Any]:
    return {"description": text, **schema}


def _wrapped(ref: str, text: str) -> dict[str, Any]:
    """A table defined once, described where it is used."""
    return {"description": text, "allOf": [{"$ref": "#/$defs/" + ref}]}


def _number(key: spec.Key) -> dict[str, Any]:
    if key.unit == "percent":
        return _SHARE
    out: dict[str, Any] = {"type": "integer" if key.integer else "number", "exclusiveMaximum": LARGEST}
    return {**out, "exclusiveMinimum": -LARGEST} if key.signed else {**out, "minimum": 0}


def _checked(key: spec.Key) -> dict[str, Any]:
    """A number of this key as htx checks it: a percentage of any sign, as for every
    percentage htx checks; anything else bounded as its key says."""
    return _ANY if key.unit == "percent" else _number(key)


def _metric_value(metric: Metric) -> dict[str, Any]:
    """A stated or start value, as htx checks it (datafile/blocks.stated_key)."""
    return _checked(stated_key(metric))


def _value(key: spec.Key) -> dict[str, Any]:
    """A number, or a printed range [low, high] (its order is for htx to check)."""
    end = _checked(key)
    return {"anyOf": [_number(key), {"type": "array", "items": end, "minItems": 2, "maxItems": 2}]}


def _kind(key: spec.Key) -> str:
    """The name of the table a figure of this kind may be written as."""
    name = ("whole" if key.integer else "amount") + ("_signed" if key.signed else "")
    return (
        "figure_table."
        + name
        + ("_share" if key.unit == "percent" else "")
        + ("_per" if key.needs_per else "")
    )


def _choice(values: dict[str, Any] | tuple[str, ...], text: str) -> dict[str, Any]:
    return {"description": text, "enum": list(values)}


def _figure_keys() -> dict[str, dict[str, Any]]:
    """What a figure written as a table may hold besides its value: a definition each, with
    its description on top (where taplo reads it)."""
    kinds: dict[str, dict[str, Any]] = {
        "qualifier": {"enum": list(spec.QUALIFIERS)},
        "per": {"enum": list(spec.TIME_UNITS)},
        "status": {"enum": list(spec.STATUSES)},
        "period": _PERIOD,
        "covers": {"type": "integer", "minimum": 0, "exclusiveMaximum": LARGEST},
        "change_from": _PERIOD,
        "change_qualifier": {"enum": list(spec.QUALIFIERS)},
        "plan": _value(_AMOUNT),
        "plan_qualifier": {"enum": list(spec.QUALIFIERS)},
        "national_share_pct": _SHARE,
        "with_credit_funds": _FLAG,
        "criterion": _TEXT,
        "note": _TEXT,
    }
    out = {}
    for k in spec.FIGURE_TABLE_KEYS:
        text = words.meaning(k)
        text = words.qualifier(text) if k.endswith("qualifier") else text
        out["figure_key." + k] = _described(kinds.get(k, _ANY), text)
    del out["figure_key.value"]
    return out


def _figure_table(key: spec.Key) -> dict[str, Any]:
    """A figure written as a table: its value and what the report says of it."""
    properties = {k: {"$ref": "#/$defs/figure_key." + k} for k in spec.FIGURE_TABLE_KEYS}
    properties["value"] = _described(_value(key), words.meaning("value"))
    return _closed(properties, ["value", "per"] if key.needs_per else ["value"])


def _figure(key: spec.Key) -> dict[str, Any]:
    """A figure's definition: its description on top, where taplo reads it."""
    table = {"$ref": "#/$defs/" + _kind(key)}
    bare = {"$ref": "#/$defs/" + _kind(key).replace("figure_table.", "figure_bare.")}
    return {"description": words.figure(key), "anyOf": [table] if key.needs_per else [bare, table]}


_GROUPS = {
    "org": spec.ORG_FIGURES,
    "sector": spec.SECTORS,
    "rating": spec.RATING_FIGURES,
    "programme": spec.PROGRAMME_FIGURES,
    "support": spec.SUPPORT_FIGURES,
}


def _figures(group: str, extra: dict[str, Any] | None = None, note: bool = True) -> dict[str, Any]:
    """A closed table of one group's figures, its other keys ``extra``, and a note."""
    props: dict[str, Any] = {k: {"$ref": f"#/$defs/{group}.{k}"} for k in _GROUPS[group]}
    props.update(extra or {})
    if note:
        props.setdefault("note", _described(_TEXT, words.meaning("note")))
    return _closed(props)


def _closed(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    """An object with exactly these keys."""
    out: dict[str, Any] = {"type": "object", "additionalProperties": False}
    if required is not None:
        out["required"] = required
    return {**out, "properties": properties}


def _org() -> dict[str, Any]:
    m = words.meaning
    sectors = {k: _wrapped("sector_figures", words.sector(k)) for k in spec.SECTORS}
    sectors["complete"] = _described(_FLAG, m("sectors.complete"))
    ratings = {"base": _choice(spec.RATING_BASES, m("ratings.base"))}
    return _figures(
        "org",
        {
            "includes_credit_funds": _described(_FLAG, m("includes_credit_funds")),
            "by_sector": _described(_figures("sector", note=False), m("by_sector")),
            "members_by_sector": _described(_figures("sector", note=False), m("members_by_sector")),
            "sectors": _described(_closed({**sectors, "note": _described(_TEXT, m("note"))}), m("sectors")),
            "ratings": _described(_figures("rating", ratings), m("ratings")),
        },
    )


def _defs() -> dict[str, Any]:
    keys = [key for table in _GROUPS.values() for key in table.values()] + [_AMOUNT]
    defs = {_kind(key): _figure_table(key) for key in keys} | _figure_keys()
    # a figure written bare: a number, or a range (a share's range only in a table)
    bare = {_kind(key).replace("figure_table.", "figure_bare."): key for key in keys if not key.needs_per}
    defs |= {name: _number(key) if key.unit == "percent" else _value(key) for name, key in bare.items()}
    for group, table in _GROUPS.items():
        defs.update({f"{group}.{k}": _figure(key) for k, key in table.items()})
    defs["sector_figures"] = _figures("org")
    defs["org"] = _org()
    defs["metrics"] = _closed(
        {mid: _described(_metric_value(m), words.metric(mid)) for mid, (m, _) in CATALOGUE.items()}
    )
    return dict(sorted(defs.items()))


def _target_id() -> dict[str, Any]:
    """A target id of version 1, a metric id, or a figure path."""
    figures, sectors = "|".join(spec.ORG_FIGURES), "|".join(spec.SECTORS)
    blocks = "|".join(f"{b}\\.({'|'.join(spec.BLOCK_FIGURES[b])})" for b in ("programmes", "support"))
    path = f"^(({'|'.join(spec.ORG_KINDS)})\\.(sectors\\.({sectors})\\.)?({figures})|{blocks})$"
    text = words.meaning("targets.target")
    return {
        "description": text,
        "anyOf": [{"enum": [*spec.TARGETS, *CATALOGUE]}, {"type": "string", "pattern": path}],
    }


def _target() -> dict[str, Any]:
    m = words.meaning
    properties = {
        "target": _target_id(),
        "period": _described(_PERIOD, m("targets.period")),
        "plan": _described(_value(_AMOUNT), m("targets.plan")),
        "plan_qualifier": {
            "description": words.qualifier(m("targets.plan_qualifier")),
            "enum": list(spec.QUALIFIERS),
        },
        "actual": {"description": m("targets.actual"), "anyOf": _figure(_AMOUNT)["anyOf"]},
        "stated_pct": _described(_ANY, m("targets.stated_pct")),
        "note": _described(_TEXT, m("note")),
    }
    target = _closed(properties, ["target"])
    target["anyOf"] = [{"required": ["plan"]}, {"required": ["stated_pct"]}]  # a plan or a stated_pct
    return target


def _source() -> dict[str, Any]:
    def one(key: str) -> dict[str, Any]:
        if key in ("published", "meeting"):
            return {"anyOf": [_DATE, _MONTH]}
        return _NAME if key in spec.SOURCE_REQUIRED else _TEXT

    props = {k: _described(one(k), words.meaning("source." + k)) for k in spec.SOURCE_KEYS}
    return _closed(props, list(spec.SOURCE_REQUIRED))


def _lists() -> dict[str, Any]:
    """The report's tables of metric values and its acknowledgements."""
    m = words.meaning
    ack = {k: _described({"type": "string", "minLength": 1}, m("acknowledge." + k)) for k in spec.ACK_KEYS}
    return {
        "targets": {"description": m("targets"), "type": "array", "items": _target()},
        "stated": _wrapped("metrics", m("stated")),
        "start": _wrapped("metrics", m("start")),
        "acknowledge": {
            "description": m("acknowledge"),
            "type": "array",
            "items": _closed(ack, list(spec.ACK_KEYS)),
        },
    }


def _report() -> dict[str, Any]:
    m = words.meaning
    status = {k: (s.label.vi, *s.words) for k, s in spec.STATUSES.items()}
    properties = {
        "province": _described(_NAME, m("province")),
        "region": _choice({r.name: r for r in spec.REGIONS.values()}, m("region")),
        "country": _described({"const": spec.COUNTRY.name}, m("country")),
        "period": _described(_PERIOD, m("period")),
        "status": _choice(spec.STATUSES, words.choice(m("status"), status)),
        "preferred": _described(_FLAG, m("preferred")),
        "note": _described(_TEXT, m("note")),
        "source": _described(_source(), m("source")),
        **{kind: _wrapped("org", words.org_kind(kind)) for kind in spec.ORG_KINDS},
        "programmes": _described(_figures("programme"), m("programmes")),
        "support": _described(_figures("support"), m("support")),
        **_lists(),
    }
    report = _closed(properties, ["period", "source"])
    report["oneOf"] = [{"required": [k]} for k in spec.PLACE_KEYS]
    return report


def build() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://htx.invalid/provinces.schema.json",
        "title": "htx data file",
        "description": "Collective-economy figures of Vietnamese provinces, as their reports print them "
        "(docs/data-format.md). Check with htx validate.",
        "type": "object",
        "additionalProperties": False,
        "$defs": dict(sorted({**_defs(), **schema_v1.definitions(_MONTH)}.items())),
        "properties": {
            "schema_version": _choice(spec.SCHEMA_VERSIONS, words.meaning("schema_version")),
            "report": {"description": words.meaning("report"), "type": "array", "items": _report()},
        },
        **schema_v1.condition(),
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render(), end="")
