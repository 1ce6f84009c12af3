"""The steps of htx add: under the lock, read the file, build and check the new block, show
it, ask, and write. The click layer supplies the conversation (``Dialog``)."""

from typing import Any, Protocol

from ..datafile.read import parse_text, read_text
from ..lint.validate import Located, validate_text
from ..model.errors import DataError
from ..model.names import fold, scope_of
from ..model.record import Record
from ..model.vocabulary import SCHEMA_VERSION
from . import atomic
from .block import AddError, build, new_text, render


class Dialog(Protocol):
    """What htx add says to its user and asks them."""

    def notice(self, text: str) -> None: ...
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
        return f"schema_version = {SCHEMA_VERSION}\n"


def _place(old: str, path: str, province: str, period: str) -> tuple[str, int | None]:
    """The province as the file already spells it, and the index of its report for ``period``."""
    doc = parse_text(old, path)  # a broken file is reported, never appended to
    reports = doc.get("report", []) if isinstance(doc.get("report"), list) else []
    key = scope_of(province)
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
            dialog.notice(f"removed {leftover}, left by an htx add that was stopped before it finished")
        old = _existing(path)
        province, index = _place(old, path, province, period)
        report = build(province, period, base, sets)
        if index is not None and not replace:
            raise AddError(
                f"{path} already has a report for {province} {period}", "give --replace to replace it"
            )
        block = render(report)
        text, start = new_text(old, block, index if replace else None)
        findings = _checked(path, text, start, block)
        dialog.preview(block, findings)
        errors = [f for f in findings if f.severity == "error"]
        if errors:
            raise AddError(
                f"nothing written: the new report has {len(errors)} error(s)",
                "correct them and run htx add again",
            )
        verb = "Replace" if index is not None else "Append"
        if not yes and not dialog.confirm(f"{verb} this report in {path}?"):
            raise AddError("nothing written")
        _write(path, text)
    place = next(report[k] for k in ("province", "region", "country") if k in report)
    return Added(path, place, period, index is not None)
