"""Read a data file into the model. Every problem becomes a DataError naming file and line."""

from __future__ import annotations

import os
import re
import tomllib
from typing import Any

from .errors import DataError
from .model import Acknowledgement, Dataset, Figure, Org, Ratings, Report, Source, Target
from .periods import parse_period
from .schema import ERROR, Finding, check_document
from .spec import ORG_KINDS

_HERE = os.path.dirname(__file__)
FilePath = str | os.PathLike[str]


def bundled_path() -> str:
    """The dataset shipped in the wheel (or, in a source checkout, the repository's data/)."""
    inside = os.path.join(_HERE, "data", "provinces.toml")
    return (
        inside if os.path.isfile(inside) else os.path.join(os.path.dirname(_HERE), "data", "provinces.toml")
    )


def data_path(option: str | None) -> str:
    """--data wins, then $HTX_DATA, then the bundled file."""
    chosen = option or os.environ.get("HTX_DATA")
    return chosen if chosen else bundled_path()


def read_text(path: FilePath) -> str:
    """The file's text, or a DataError saying why it cannot be read."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DataError(name, None, "no such file", "give an existing file with --data or HTX_DATA") from None
    except IsADirectoryError:
        raise DataError(name, None, "is a directory, not a TOML file") from None
    except OSError as e:
        raise DataError(name, None, f"cannot be read ({e.strerror or e})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise DataError(name, line, "is not UTF-8 text; save the file as UTF-8") from None


_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse_text(text: str, name: str) -> dict[str, Any]:
    """Parse TOML; a syntax error becomes a DataError with the parser's line and column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        message = str(e)
        m = _POSITION.search(message)
        message = _POSITION.sub("", message).strip()
        line, column = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise DataError(name, line, f"invalid TOML: {message}", column=column) from None


def parse_file(path: FilePath) -> tuple[str, dict[str, Any]]:
    text = read_text(path)
    return text, parse_text(text, str(path))


def _figure(raw: Any) -> Figure:
    if isinstance(raw, dict):
        return Figure(
            raw["value"],
            raw.get("qualifier"),
            raw.get("per"),
            raw.get("yoy_pct"),
            raw.get("with_credit_funds", False),
            raw.get("note"),
        )
    return Figure(raw)


def _figures(table: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Figure]:
    return {k: _figure(v) for k, v in table.items() if k not in skip}


_ORG_SKIP = ("includes_credit_funds", "by_sector", "members_by_sector", "ratings", "note")


def _org(raw: dict[str, Any]) -> Org:
    ratings = None
    if "ratings" in raw:
        ratings = Ratings(_figures(raw["ratings"], ("base", "note")), raw["ratings"].get("base"))
    return Org(
        _figures(raw, _ORG_SKIP),
        _figures(raw.get("by_sector", {})),
        _figures(raw.get("members_by_sector", {})),
        ratings,
        raw.get("includes_credit_funds"),
    )


def _target(raw: dict[str, Any]) -> Target:
    plan = raw.get("plan")
    if plan is not None:
        plan = (plan[0], plan[1]) if isinstance(plan, list) else (plan, plan)
    actual = _figure(raw["actual"]) if "actual" in raw else None
    return Target(
        raw["target"],
        raw.get("period"),
        plan,
        raw.get("plan_qualifier"),
        actual,
        raw.get("stated_pct"),
        raw.get("note"),
    )


def build_report(raw: dict[str, Any]) -> Report:
    """A model report from a raw table that passed the schema checks."""
    src = raw["source"]
    return Report(
        province=raw["province"],
        period=parse_period(raw["period"]),
        status=raw.get("status", "actual"),
        source=Source(**src),
        orgs={k: _org(raw[k]) for k in ORG_KINDS if k in raw},
        programmes=_figures(raw.get("programmes", {}), ("note",)),
        support=_figures(raw.get("support", {}), ("note",)),
        targets=tuple(_target(t) for t in raw.get("targets", [])),
        stated=dict(raw.get("stated", {})),
        start=dict(raw.get("start", {})),
        acknowledged=tuple(Acknowledgement(**a) for a in raw.get("acknowledge", [])),
        note=raw.get("note"),
    )


def first_error(findings: list[Finding]) -> Finding | None:
    return next((f for f in findings if f.severity == ERROR), None)


def load(path: FilePath) -> Dataset:
    """Load and check a data file; the first structural error ends the run with file:line."""
    text, doc = parse_file(path)
    findings = check_document(doc)
    bad = first_error(findings)
    if bad:
        count = sum(f.severity == ERROR for f in findings)
        more = f" (and {count - 1} more; run htx validate)" if count > 1 else ""
        # the line index is built only on this error path: a clean load never pays for it
        from .lineindex import LineIndex

        raise DataError(str(path), LineIndex(text).line(bad.path), bad.message + more)
    reports = tuple(build_report(raw) for raw in doc.get("report", []))
    return Dataset(str(path), reports)
