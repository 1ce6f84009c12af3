"""The new report block: built from JSON and --set assignments, and written as TOML (place.py
puts it in the file's text)."""

import json
import re
import unicodedata
from datetime import date
from typing import Any

from ..model import vocabulary as spec
from ..model.errors import HtxError
from .numbers import as_figure, parse


class AddError(HtxError):
    """The report cannot be added as given."""


def typed_value(path: list[str], text: str) -> Any:
    """A --set value, typed by the key it is for: figures are numbers as Vietnamese write them."""
    head, last = path[0], path[-1]
    if head == "source":
        return date.fromisoformat(text) if last in ("published", "meeting") else text
    if head in ("stated", "start"):
        return parse(text)[0]
    if last == "includes_credit_funds":
        if text.lower() not in ("true", "false"):
            raise ValueError("includes_credit_funds is true or false")
        return text.lower() == "true"
    if len(path) == 3 and path[1] == "ratings":
        return as_figure(text, True) if last != "base" else text
    if len(path) == 3 and path[1] in ("by_sector", "members_by_sector"):
        return as_figure(text, True)
    key = spec.BLOCK_FIGURES.get(head, {}).get(last) if len(path) == 2 else None
    if key is None:
        return text
    if key.needs_per:
        value, qualifier = parse(text.rsplit("/", 1)[0])
        per = text.rsplit("/", 1)[1].strip() if "/" in text else None
        return {k: v for k, v in (("value", value), ("qualifier", qualifier), ("per", per)) if v is not None}
    return as_figure(text, key.integer)


def apply_set(report: dict[str, Any], assignment: str) -> None:
    """Apply one --set key.path=value to a report table."""
    if "=" not in assignment:
        raise AddError(f"--set {assignment!r} is not key=value", "for example --set cooperatives.total=322")
    keypath, text = (part.strip() for part in assignment.split("=", 1))
    path = [p for p in keypath.split(".") if p]
    try:
        value = typed_value(path, text)
    except ValueError as e:
        raise AddError(f"--set {keypath}: {e}") from None
    table = report
    for part in path[:-1]:
        table = table.setdefault(part, {})
        if not isinstance(table, dict):
            raise AddError(f"--set {keypath}: {part} already holds a value, not a table")
    table[path[-1]] = value


def from_json(text: str, name: str) -> dict[str, Any]:
    """A report table from JSON in the documented shape; dates as YYYY-MM-DD strings."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise AddError(f"{name}:{e.lineno}:{e.colno}: not JSON: {e.msg}") from None
    if not isinstance(raw, dict):
        raise AddError(f"{name}: the JSON must be one object: a report, as in docs/data-format.md")
    source = raw.get("source")
    if isinstance(source, dict):
        for key in ("published", "meeting"):
            if isinstance(source.get(key), str):
                try:
                    source[key] = date.fromisoformat(source[key])
                except ValueError:
                    raise AddError(f"{name}: source.{key} {source[key]!r} is not a date YYYY-MM-DD") from None
    return raw


def build(province: str, period: str, base: dict[str, Any] | None, sets: list[str]) -> dict[str, Any]:
    """The new report table: the JSON given, then each --set, with province and period."""
    report: dict[str, Any] = dict(base or {})
    province = unicodedata.normalize("NFC", " ".join(province.split()))
    for key, value in (("province", province), ("period", period)):
        given = report.get(key)
        if given is not None and given != value:
            raise AddError(f"the JSON says {key} = {given!r}, the command line {value!r}")
    report = {"province": province, "period": period, **report}
    for assignment in sets:
        apply_set(report, assignment)
    return report


def render(report: dict[str, Any]) -> str:
    """The report as a TOML block, keys in the order of the format (source first)."""
    import tomli_w

    order = {key: n for n, key in enumerate(spec.REPORT_KEYS)}
    ordered = dict(sorted(report.items(), key=lambda kv: order.get(kv[0], len(order))))
    # Always a [[report]] header: tomli_w would write a small report as `report = [{...}]`,
    # which, appended after the file's last table, would land inside that table.
    body = re.sub(r"^\[(\[?)", r"[\1report.", tomli_w.dumps(ordered), flags=re.M)
    return "[[report]]\n" + body
