"""How validate's findings are printed: one reporter per format, in one registry."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from .validate import Located


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


Reporter = Callable[[list[Located], bool, int, TextIO], None]


def _json(findings: list[Located], _show_acknowledged: bool, _checked: int, stream: TextIO) -> None:
    from ..model.jsontext import dumps

    stream.write(dumps([f.as_json() for f in findings], stream) + "\n")


def _message(f: Located) -> str:
    """The finding's message, and for an acknowledged one the reason the data gives."""
    return f"{f.message} (acknowledged: {f.reason})" if f.acknowledged else f.message


def _github(f: Located) -> str:
    level = "notice" if f.acknowledged else f.severity
    props = f"file={_gh_escape(f.file, True)},line={f.line},col={f.column},title={f.rule}"
    return f"::{level} {props}::{_gh_escape(_message(f))}\n"


def _text(f: Located) -> str:
    return f"{f.file}:{f.line}:{f.column}: {f.severity} {f.rule} {_message(f)}\n"


def _lines(line: Callable[[Located], str]) -> Reporter:
    def report(findings: list[Located], show_acknowledged: bool, checked: int, stream: TextIO) -> None:
        for f in findings:
            if show_acknowledged or not f.acknowledged:
                stream.write(line(f))
        print(summary(findings, checked), file=sys.stderr)

    return report


def summary(findings: list[Located], checked: int) -> str:
    """The counts of findings, and of the files checked (with findings or without)."""
    errors = sum(f.severity == "error" and not f.acknowledged for f in findings)
    warnings = sum(f.severity == "warning" and not f.acknowledged for f in findings)
    acked = sum(f.acknowledged for f in findings)
    text = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    text += f", {acked} acknowledged" if acked else ""
    return text + f" in {checked} file{'s' * (checked != 1)}"


REPORTERS: dict[str, Reporter] = {
    "text": _lines(_text),
    "json": _json,
    "github": _lines(_github),
}
FORMATS = tuple(REPORTERS)


def emit_findings(
    findings: list[Located], fmt: str, show_acknowledged: bool, checked: int, stream: TextIO | None = None
) -> None:
    """Validator output: one line per finding (text, github) or one JSON array; ``checked`` is
    the number of files checked, for the summary."""
    ordered = sorted(findings, key=lambda f: (f.file, f.line, f.column, f.rule))
    REPORTERS[fmt](ordered, show_acknowledged, checked, stream or sys.stdout)
