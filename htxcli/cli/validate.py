"""htx validate: typos and contradictions in data files, for pre-commit and CI."""

from __future__ import annotations

import os

import click

from ..lint.reporters import FORMATS as FINDING_FORMATS
from .common import HtxCommand, common_options, lazy_complete, state


@click.command("validate", cls=HtxCommand)
@click.argument("paths", nargs=-1, shell_complete=lazy_complete("files"))
@click.option("--strict", is_flag=True, help="Fail on warnings too (unacknowledged ones).")
@click.option("--show-acknowledged", is_flag=True, help="Also list findings the data acknowledges.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FINDING_FORMATS),
    default=None,
    help="text (path:line:col: severity rule message), json, or github annotations "
    "[default: github when GITHUB_ACTIONS is set, else text].",
)
@common_options
@click.pass_context
def validate_cmd(
    ctx: click.Context, paths: tuple[str, ...], strict: bool, show_acknowledged: bool, fmt: str | None
) -> None:
    """Check data files for typos and contradictions; fit for pre-commit.

    Exit 0 when clean (warnings allowed unless --strict), 1 on findings that fail,
    2 when a file cannot be read. Rules: docs/validation.md.

    \b
    Examples:
      htx validate
      htx validate data/*.toml --strict --format json
    """
    from ..datafile.read import data_path
    from ..lint.reporters import emit_findings
    from ..lint.validate import exit_code, validate

    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    files = list(paths) or [data_path(state(ctx).get("data"))]
    # acknowledged findings are placed in the file only when they will be printed
    placed = show_acknowledged or fmt == "json"
    findings, all_read = validate(files, placed, cache=not state(ctx).get("no_cache"))
    emit_findings(findings, fmt, show_acknowledged, checked=len(set(files)))
    ctx.exit(exit_code(findings, all_read, strict))
