"""The steps of htx add: under the lock, read the file, build and check the new block, show
it, ask, and write. The click layer supplies the conversation (``Dialog``)."""

import tomllib
from typing import Any, Protocol

from ..datafile.read import parse_text, read_text
from ..lint.validate import Located, validate_text
from ..model.errors import DataError, Refused, SelfCheck
from ..model.messages import Msg, msg
from ..model.names import fold
from ..model.record import Record
from . import atomic
from .block import AddError, build, render
from .place import BOM, new_text, report_spans


class Dialog(Protocol):
    """What htx add says to its user and asks them."""

    def notice(self, message: Msg) -> None: ...
    def preview(self, block: str, findings: list[Located]) -> None: ...
    def confirm(self, question: str) -> bool: ...


class Added(Record):
    path: str
    province: str
    period: str
    replaced: bool


def _existing(path: str) -> str:
    """The file's text; a file that does not exist yet starts as an empty version-1 file."""
    try:
        return read_text(path)
    except DataError as e:
        if "no such file" not in e.message:
            raise
        return "schema_version = 1\n"


def _place(doc: dict[str, Any], province: str, period: str) -> tuple[str, int | None]:
    """The province as the file already spells it, and the index of its report for ``period``."""
    reports = doc.get("report", []) if isinstance(doc.get("report"), list) else []
    names = {fold(r["province"]): r["province"] for r in reports if isinstance(r.get("province"), str)}
    province = names.get(fold(province), province)
    index = next(
        (
            i
            for i, r in enumerate(reports)
            if fold(str(r.get("province"))) == fold(province) and r.get("period") == period
        ),
        None,
    )
    return province, index


def _spans(doc: dict[str, Any], text: str, path: str) -> list[tuple[int, int]]:
    """Where each report block stands; a file whose reports are not all [[report]] tables
    (``report = [...]``, a ``[report]`` table) is refused: htx add would have to rewrite them."""
    spans = report_spans(text)
    reports = doc.get("report")
    if reports is not None and (not isinstance(reports, list) or not spans or len(spans) != len(reports)):
        raise Refused(msg("error.add.not_report_tables", path=path), msg("hint.add.not_report_tables"))
    return spans


def _verified(doc: dict[str, Any], text: str, path: str, index: int | None, block: str) -> str:
    """``text`` if it reads as the old file with only the one report added or replaced."""
    expected = dict(doc)
    reports = list(doc.get("report", []))
    new = tomllib.loads(block)["report"][0]
    if index is None:
        reports.append(new)
    else:
        reports[index] = new
    expected["report"] = reports
    try:
        same = repr(tomllib.loads(text)) == repr(expected)
    except tomllib.TOMLDecodeError:
        same = False
    if not same:
        raise SelfCheck(msg("error.add.self_check", path=path), msg("hint.add.self_check"))
    return text


def _checked(path: str, text: str, start: int, block: str) -> list[Located]:
    """The findings of the file as it would be written, inside the new block."""
    first = text[:start].count("\n") + 1
    last = first + block.count("\n")
    return [f for f in validate_text(text, path) if first <= f.line <= last]


def _write(path: str, text: str) -> None:
    try:
        atomic.atomic_write(path, text)
    except OSError as e:
        raise AddError(f"{path}: could not write ({e.strerror or e}); the file is unchanged") from None


def run_add(
    path: str,
    province: str,
    period: str,
    base: dict[str, Any] | None,
    sets: list[str],
    options: tuple[bool, bool, float],
    dialog: Dialog,
) -> Added:
    """Add (or with --replace, replace) one report; ``options`` are (replace, yes, wait)."""
    replace, yes, wait = options
    with atomic.locked(path, wait):
        for leftover in atomic.remove_leftovers(path):
            dialog.notice(msg("add.removed_leftover", leftover=leftover))
        old = _existing(path)
        bom = BOM if old.startswith(BOM) else ""  # kept, and read past: TOML has no place for it
        body = old[len(bom) :]
        doc = parse_text(body, path)  # a broken file is reported, never appended to
        spans = _spans(doc, body, path)
        province, index = _place(doc, province, period)
        report = build(province, period, base, sets)
        if index is not None and not replace:
            raise AddError(
                f"{path} already has a report for {province} {period}", "give --replace to replace it"
            )
        block = render(report)
        text, start = new_text(body, block, None if index is None else spans[index])
        findings = _checked(path, text, start, block)
        dialog.preview(block, findings)
        errors = [f for f in findings if f.severity == "error"]
        if errors:
            raise AddError(
                f"nothing written: the new report has {len(errors)} error(s)",
                "correct them and run htx add again",
            )
        text = _verified(doc, text, path, index, block)
        verb = "Replace" if index is not None else "Append"
        if not yes and not dialog.confirm(f"{verb} this report in {path}?"):
            raise AddError("nothing written")
        _write(path, bom + text)
    return Added(path, province, period, index is not None)
