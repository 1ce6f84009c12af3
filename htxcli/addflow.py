"""The steps of htx add, between the click command and the pure pieces in ``add``."""

import sys
from typing import Any

import click

from . import add
from .errors import DataError
from .load import parse_text, read_text
from .names import fold
from .periods import parse_period
from .render import emit_findings
from .validate import validate_text


def _ask(key: str, label: str) -> str | None:
    """Ask until the answer is empty (skip) or can be read; say why when it cannot."""
    while True:
        text = click.prompt(label, default="", show_default=False, err=True).strip()
        if not text:
            return None
        try:
            add.typed_value(key.split("."), text)
            return text
        except ValueError as e:
            click.echo(f"  {e}", err=True)


def _yesno(question: str) -> bool:
    return click.confirm(question, default=False, err=True)


def run_add(
    path: str,
    province: str,
    period: str,
    base: dict[str, Any] | None,
    sets: list[str],
    replace: bool,
    yes: bool,
    wait: float,
) -> None:
    try:
        parse_period(period)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--period") from None
    if base is None and not sets:
        sets = add.interview(_ask, _yesno)
    with add.locked(path, wait):
        for leftover in add.remove_leftovers(path):
            click.echo(
                f"htx: removed {leftover}, left by an htx add that was stopped before it finished", err=True
            )
        try:
            old = read_text(path)
        except DataError as e:
            if "no such file" not in e.message:
                raise
            old = "schema_version = 1\n"
        doc = parse_text(old, path)  # a broken file is reported, never appended to
        reports = doc.get("report", []) if isinstance(doc.get("report"), list) else []
        names = {fold(r["province"]): r["province"] for r in reports if isinstance(r.get("province"), str)}
        province = names.get(fold(province), province)
        report = add.build(province, period, base, sets)
        index = next(
            (
                i
                for i, r in enumerate(reports)
                if fold(str(r.get("province"))) == fold(province) and r.get("period") == period
            ),
            None,
        )
        if index is not None and not replace:
            raise add.AddError(
                f"{path} already has a report for {province} {period}", "give --replace to replace it"
            )
        block = add.render(report)
        text, start = add.new_text(old, block, index if replace else None)
        first = text[:start].count("\n") + 1
        last = first + block.count("\n")
        findings = [f for f in validate_text(text, path) if first <= f.line <= last]
        click.echo(block, nl=False)
        if findings:
            emit_findings(findings, "text", show_acknowledged=False, stream=sys.stderr)
        errors = [f for f in findings if f.severity == "error"]
        if errors:
            raise add.AddError(
                f"nothing written: the new report has {len(errors)} error(s)",
                "correct them and run htx add again",
            )
        verb = "replace" if index is not None else "append"
        if not yes and not click.confirm(
            f"{verb.capitalize()} this report in {path}?", default=True, err=True
        ):
            raise add.AddError("nothing written")
        try:
            add.atomic_write(path, text)
        except OSError as e:
            raise add.AddError(
                f"{path}: could not write ({e.strerror or e}); the file is unchanged"
            ) from None
    click.echo(f"htx: {verb}ed {province} {period} in {path}", err=True)
