"""The new report block: built from JSON and --set assignments, written as TOML, and placed in
the file's text without changing any other byte."""

import json
import re
import unicodedata
from datetime import date
from typing import Any

from ..model import vocabulary as spec
from ..model.errors import HtxError
from ..model.names import canonical, scope_of
from .typed import typed_value


class AddError(HtxError):
    """The report cannot be added as given."""


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
    for depth, part in enumerate(path[:-1]):
        if isinstance(table.get(part), int | float | list) and depth >= 1:
            table[part] = {"value": table[part]}  # a figure that gains a plan, a change, a note
        table = table.setdefault(part, {})
        if not isinstance(table, dict):
            raise AddError(f"--set {keypath}: {part} already holds a value, not a table")
    held = table.get(path[-1])
    if isinstance(held, dict) and held and set(held) <= set(spec.FIGURE_TABLE_KEYS):
        # the figure already holds a plan, a change or a note: keep them, set its value
        held.update(value if isinstance(value, dict) else {"value": value})
    else:
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


def build(place: str, period: str, base: dict[str, Any] | None, sets: list[str]) -> dict[str, Any]:
    """The new report table: the JSON given, then each --set, with its place and period. The
    place goes under the key its scope takes: province, region or country."""
    report: dict[str, Any] = dict(base or {})
    key = scope_of(place)
    if key != "province":  # "ĐBSCL", "cả nước": the name the format knows the place by
        place = canonical(key, place)
    place = unicodedata.normalize("NFC", " ".join(place.split()))
    for name, value in ((key, place), ("period", period)):
        given = report.get(name)
        if given is not None and given != value:
            raise AddError(f"the JSON says {name} = {given!r}, the command line {value!r}")
    report = {key: place, "period": period, **report}
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


def _report_headers(text: str) -> list[int]:
    """Offsets of the lines that open a top-level [[report]] block."""
    offsets, pos = [], 0
    for line in text.split("\n"):
        if line.strip().replace(" ", "").startswith("[[report]]"):
            offsets.append(pos)
        pos += len(line) + 1
    return offsets


def block_span(text: str, index: int) -> tuple[int, int]:
    """Start and end offsets of the index-th report block; trailing blank and comment lines
    (which introduce the next block) are left outside it."""
    heads = _report_headers(text)
    start = heads[index]
    end = heads[index + 1] if index + 1 < len(heads) else len(text)
    lines = text[start:end].split("\n")
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        lines.pop()
    return start, start + len("\n".join(lines)) + 1


def new_text(old: str, block: str, replace_index: int | None) -> tuple[str, int]:
    """The file's text with the block appended, or put in place of report ``replace_index``;
    and the offset where the block starts. Every other byte stays as it was."""
    if replace_index is not None:
        start, end = block_span(old, replace_index)
        return old[:start] + block + old[end:], start
    sep = "" if not old else ("\n" if old.endswith("\n") else "\n\n")
    return old + sep + block, len(old) + len(sep)
