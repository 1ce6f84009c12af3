"""The steps of htx add: under the lock, read the file, build and check the new block, show
it, ask, and write. The click layer supplies the conversation (``Dialog``)."""

import os
import tomllib
from typing import Any, Protocol

from ..datafile.read import parse_text, read_text
from ..lint.validate import Located, validate_text
from ..model.errors import Interrupted, Refused, SelfCheck
from ..model.messages import Msg, msg
from ..model.names import fold, scope_of
from ..model.record import Record
from ..model.vocabulary import SCHEMA_VERSION
from . import atomic
from .block import AddError, build, render
from .place import BOM, new_text, report_spans
from .target import Target, target


class Added(Record):
    path: str
    province: str
    period: str
    replaced: bool


class Dialog(Protocol):
    """What htx add says to its user and asks them."""

    def notice(self, message: Msg) -> None: ...
    def preview(self, block: str, findings: list[Located]) -> None: ...
    def confirm(self, question: str) -> bool: ...
    def done(self, added: Added) -> None:
        """Say the report is written (Ctrl-C waits until this returns)."""


def _existing(file: Target) -> str:
    """The file's text; a file that does not exist yet starts as an empty file of the latest version."""
    return f"schema_version = {SCHEMA_VERSION}\n" if file.before is None else read_text(file.path)


def _place(doc: dict[str, Any], province: str, period: str) -> tuple[str, int | None]:
    """The province as the file already spells it, and the index of its report for ``period``."""
    reports = doc.get("report", []) if isinstance(doc.get("report"), list) else []
    key = scope_of(province)  # province, region or country
    names = {fold(r[key]): r[key] for r in reports if isinstance(r.get(key), str)}
    province = names.get(fold(province), province)
    index = next(
        (
            i
            for i, r in enumerate(reports)
            if fold(str(r.get(key))) == fold(province) and r.get("period") == period
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


def _verified(doc: dict[str, Any], text: str, path: str, index: int | None, block: str) -> None:
    """Refuse ``text`` unless it reads as the old file with only the one report added or replaced."""
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


def _checked(path: str, text: str, start: int, block: str) -> list[Located]:
    """The findings of the file as it would be written, inside the new block."""
    first = text[:start].count("\n") + 1
    last = first + block.count("\n")
    return [f for f in validate_text(text, path) if first <= f.line <= last]


def _owners(before: os.stat_result, now: os.stat_result) -> dict[str, str]:
    import grp
    import pwd

    def name(lookup: Any, number: int) -> str:
        try:
            return str(lookup(number)[0])
        except KeyError:
            return str(number)

    return {
        "now": f"{name(pwd.getpwuid, now.st_uid)}:{name(grp.getgrgid, now.st_gid)}",
        "before": f"{name(pwd.getpwuid, before.st_uid)}:{name(grp.getgrgid, before.st_gid)}",
    }


def _write(file: Target, text: str, added: Added, dialog: Dialog) -> None:
    """Write, and say it is written before Ctrl-C may stop htx (it is held back meanwhile)."""
    try:
        written = atomic.atomic_write(file.real, text, file.before, lambda: dialog.done(added))
    except OSError as e:
        raise Refused(msg("error.add.cannot_write", path=file.path, reason=e.strerror or str(e))) from None
    if not written.owner_kept and file.before is not None:
        owners = _owners(file.before, os.stat(file.real))
        dialog.notice(msg("add.owner_changed", path=file.path, **owners))
    if written.interrupted:
        raise Interrupted(msg("error.add.interrupted_written", path=file.path))


class Change(Record):
    """The file's new text (its byte-order mark included), the block, and what it says."""

    text: str
    block: str
    findings: list[Located]
    province: str
    replacing: bool


def _change(
    file: Target, province: str, period: str, base: dict[str, Any] | None, sets: list[str], replace: bool
) -> Change:
    """Read the file, build the report, and place it: checked, and verified when it has no errors."""
    old = _existing(file)
    bom = BOM if old.startswith(BOM) else ""  # kept, and read past: TOML has no place for it
    body = old[len(bom) :]
    doc = parse_text(body, file.path)  # a broken file is reported, never appended to
    spans = _spans(doc, body, file.path)
    province, index = _place(doc, province, period)
    report = build(province, period, base, sets)
    if index is not None and not replace:
        raise AddError(
            f"{file.path} already has a report for {province} {period}", "give --replace to replace it"
        )
    block = render(report)
    text, start = new_text(body, block, None if index is None else spans[index])
    findings = _checked(file.path, text, start, block)
    if not any(f.severity == "error" for f in findings):
        _verified(doc, text, file.path, index, block)
    place = next(report[k] for k in ("province", "region", "country") if k in report)
    return Change(bom + text, block, findings, place, index is not None)


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
    with atomic.locked(os.path.realpath(path), wait, path):
        file = target(path)
        for leftover in atomic.remove_leftovers(file.real):
            dialog.notice(msg("add.removed_leftover", leftover=leftover))
        change = _change(file, province, period, base, sets, replace)
        dialog.preview(change.block, change.findings)
        errors = [f for f in change.findings if f.severity == "error"]
        if errors:
            raise AddError(
                f"nothing written: the new report has {len(errors)} error(s)",
                "correct them and run htx add again",
            )
        verb = "Replace" if change.replacing else "Append"
        if not yes and not dialog.confirm(f"{verb} this report in {path}?"):
            raise AddError("nothing written")
        added = Added(path, change.province, period, change.replacing)
        _write(file, change.text, added, dialog)
    return added
