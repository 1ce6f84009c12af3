"""The new report block: built from JSON and --set assignments, and written as TOML (place.py
puts it in the file's text)."""

import json
import re
import sys
import unicodedata
from collections import deque
from datetime import date
from typing import Any

from ..datafile.lines import BARE_KEY
from ..model import vocabulary as spec
from ..model.errors import BadOption, HtxError
from ..model.messages import msg
from ..model.names import canonical, scope_of
from .typed import typed_value

#: Half of a UTF-16 pair: JSON's "\ud800", or a byte the terminal's encoding could not read
#: (Python keeps those as U+DC80-U+DCFF). Not a character: UTF-8 cannot write it.
SURROGATE = re.compile("[\ud800-\udfff]")
#: Deeper than any report nests (a report, a list of targets, a figure, its parts).
MAX_DEPTH = 16
_GIVEN_BY_THE_COMMAND = {
    "province": "the PROVINCE argument",
    "region": "the PROVINCE argument",
    "country": "the PROVINCE argument",
    "period": "--period",
}


class AddError(HtxError):
    """The report cannot be added as given."""


def _keypath(assignment: str) -> tuple[str, list[str], str]:
    """The key as typed, its parts, and the value's text; a malformed --set is a usage error."""
    if "=" not in assignment:
        raise BadOption(msg("error.set.not_key_value", given=repr(assignment)))
    keypath, text = (part.strip() for part in assignment.split("=", 1))
    path = [p.strip() for p in keypath.split(".")]
    if not all(path):
        raise BadOption(msg("error.set.empty_key", given=repr(assignment)))
    if path[0] in _GIVEN_BY_THE_COMMAND:
        raise BadOption(msg("error.set.given_by_the_command", key=path[0], by=_GIVEN_BY_THE_COMMAND[path[0]]))
    if m := SURROGATE.search(assignment):
        raise AddError(msg("error.arg.surrogate", what=f"--set {keypath}", char=f"U+{ord(m.group()):04X}"))
    return keypath, path, text


def apply_set(report: dict[str, Any], assignment: str) -> None:
    """Apply one --set key.path=value to a report table."""
    keypath, path, text = _keypath(assignment)
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


def _decoded(raw: bytes, name: str) -> str:
    """JSON's text: UTF-8, or UTF-16/32 as a byte-order mark says (PowerShell's ``>`` writes
    UTF-16 with one)."""
    try:
        return raw.decode(json.detect_encoding(raw))
    except UnicodeDecodeError as e:
        raise AddError(msg("error.json.encoding", name=name, offset=e.start)) from None


def _where(path: tuple[str | int, ...]) -> str:
    """A place in the JSON, as ``source.title`` or ``targets[0]``; a key that is not bare is
    quoted with its escapes (``source.'\\n'``), so the message stays one line."""
    parts = (f"[{p}]" if isinstance(p, int) else f".{p if BARE_KEY.fullmatch(p) else repr(p)}" for p in path)
    return "".join(parts).lstrip(".") or "the report"


def _unwritable(value: Any) -> tuple[str, tuple[str | int, ...], str] | None:
    """The first thing TOML cannot hold, shallowest first: a null, a lone surrogate (in a key
    or a string), or nesting deeper than any report's. (Kind, where, the character.)"""
    queue: deque[tuple[tuple[str | int, ...], Any]] = deque([((), value)])
    while queue:
        path, v = queue.popleft()
        if len(path) > MAX_DEPTH:
            return "too_deep", path, ""
        if v is None:
            return "null", path, ""
        items = v.items() if isinstance(v, dict) else enumerate(v) if isinstance(v, list) else ()
        for key, x in items:
            if isinstance(key, str) and (m := SURROGATE.search(key)):
                return "surrogate", path + (key,), f"U+{ord(m.group()):04X}"
            queue.append((path + (key,), x))
        if isinstance(v, str) and (m := SURROGATE.search(v)):
            return "surrogate", path, f"U+{ord(m.group()):04X}"
    return None


def _loaded(raw: bytes, name: str) -> Any:
    try:
        return json.loads(_decoded(raw, name))
    except json.JSONDecodeError as e:
        raise AddError(f"{name}:{e.lineno}:{e.colno}: not JSON: {e.msg}") from None
    except RecursionError:
        raise AddError(msg("error.json.too_deep", name=name, key="a value", limit=MAX_DEPTH)) from None
    except ValueError as e:  # the interpreter's limit on the digits of an integer
        if "integer string conversion" not in str(e):
            raise
        raise AddError(msg("error.json.too_long", name=name, digits=sys.get_int_max_str_digits())) from None


def from_json(raw: bytes, name: str) -> dict[str, Any]:
    """A report table from JSON in the documented shape; dates as YYYY-MM-DD strings."""
    data = _loaded(raw, name)
    if not isinstance(data, dict):
        raise AddError(f"{name}: the JSON must be one object: a report, as in docs/data-format.md")
    problem = _unwritable(data)
    if problem:
        kind, path, char = problem
        raise AddError(msg(f"error.json.{kind}", name=name, key=_where(path), char=char, limit=MAX_DEPTH))
    source = data.get("source")
    if isinstance(source, dict):
        for key in ("published", "meeting"):
            if isinstance(source.get(key), str):
                try:
                    source[key] = date.fromisoformat(source[key])
                except ValueError:
                    raise AddError(f"{name}: source.{key} {source[key]!r} is not a date YYYY-MM-DD") from None
    return data


def build(place: str, period: str, base: dict[str, Any] | None, sets: list[str]) -> dict[str, Any]:
    """The new report table: the JSON given, then each --set, with its place and period. The
    place goes under the key its scope takes: province, region or country."""
    report: dict[str, Any] = dict(base or {})
    if m := SURROGATE.search(place):
        raise AddError(msg("error.arg.surrogate", what="the province", char=f"U+{ord(m.group()):04X}"))
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
