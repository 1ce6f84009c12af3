"""htx growth: change between a province's reports."""

from __future__ import annotations

import click

from .common import (
    HtxCommand,
    common_options,
    dataset,
    emit,
    lang,
    lazy_complete,
    metric_ids,
    metric_option,
    output_options,
    province_argument,
)


@click.command("growth", cls=HtxCommand)
@province_argument
@metric_option
@click.option(
    "--from",
    "start",
    metavar="P",
    shell_complete=lazy_complete("periods"),
    help="Earlier period (default: the one before --to).",
)
@click.option(
    "--to",
    "end",
    metavar="P",
    shell_complete=lazy_complete("periods"),
    help="Later period (default: the latest).",
)
@output_options
@common_options
@click.pass_context
def growth_cmd(
    ctx: click.Context,
    province: str,
    metrics: tuple[str, ...],
    start: str | None,
    end: str | None,
    fmt: str,
    as_json: bool,
) -> None:
    """Change between two reports of a province, and what a report's stated rates imply.

    Absolute and relative change, percentage points for shares, annualised when the reports
    are not a year apart. From one report: the values its stated year-on-year rates and
    start-of-period figures imply, each labelled as derived.

    \b
    Examples:
      htx growth "Lào Cai"
      htx growth "Long An" --metric good_or_fair_share_all --json
    """
    from ..output.views.growth import growth

    ds = dataset(ctx)
    emit(growth(ds, province, start, end, metric_ids(metrics), lang(ctx)), fmt, as_json)
