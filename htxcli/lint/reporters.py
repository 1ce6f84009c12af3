"""How validate's findings are printed: one reporter per format, in one registry."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from .validate import Located


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _json(findings: list[Located], _show_acknowledged: bool, stream: TextIO) -> None:
    from ..model.jsontext import dumps

    stream.write(dumps([f.as_json() for f in findings], stream) + "\n")


def _github(f: Located) -> str:
    level = "notice" if f.acknowledged else f.severity
    props = f"file={_gh_escape(f.file, True)},line={f.line},col={f.column},title={f.rule}"
    return f"::{level} {props}::{_gh_escape(f.message)}\n"


def _text(f: Located) -> str:
    ack = f" (acknowledged: {f.reason})" if f.acknowledged else ""
    return f"{f.file}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}{ack}\n"


def _lines(line: Callable[[Located], str]) -> Callable[[list[Located], bool, TextIO], None]:
    def report(findings: list[Located], show_acknowledged: bool, stream: TextIO) -> None:
        for f in findings:
            if show_acknowledged or not f.acknowledged:
                stream.write(line(f))
        print(summary(findings), file=sys.stderr)

    return report


def summary(findings: list[Located]) -> str:
    errors = sum(f.severity == "error" and not f.acknowledged for f in findings)
    warnings = sum(f.severity == "warning" and not f.acknowledged for f in findings)
    acked = sum(f.acknowledged for f in findings)
    files = len({f.file for f in findings})
    text = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    text += f", {acked} acknowledged" if acked else ""
    return text + (f" in {files} file{'s' * (files != 1)}" if files else "")


REPORTERS: dict[str, Callable[[list[Located], bool, TextIO], None]] = {
    "text": _lines(_text),
    "json": _json,
    "github": _lines(_github),
}
FORMATS = tuple(REPORTERS)


def emit_findings(
    findings: list[Located], fmt: str, show_acknowledged: bool, stream: TextIO | None = None
) -> None:
    """Validator output: one line per finding (text, github) or one JSON array."""
    ordered = sorted(findings, key=lambda f: (f.file, f.line, f.column, f.rule))
    REPORTERS[fmt](ordered, show_acknowledged, stream or sys.stdout)
