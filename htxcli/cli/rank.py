"""htx rank: provinces (or regions) ordered by a metric."""

from __future__ import annotations

import click

from .common import (
    HtxCommand,
    as_2025_option,
    common_options,
    dataset,
    emit,
    lang,
    lazy_complete,
    metric_ids,
    output_options,
    period_option,
)


@click.command("rank", cls=HtxCommand)
@click.option(
    "--by",
    "metric",
    required=True,
    metavar="METRIC",
    shell_complete=lazy_complete("metrics"),
    help="Metric id to order by (see htx metrics).",
)
@period_option
@click.option("--top", type=click.IntRange(min=1), metavar="N", help="Only the first N ranked provinces.")
@click.option("--asc", is_flag=True, help="Smallest first.")
@click.option(
    "--scope",
    type=click.Choice(["province", "region"]),
    default="province",
    show_default=True,
    help="Rank provinces, or the six regions: never one among the other.",
)
@as_2025_option
@output_options
@common_options
@click.pass_context
def rank_cmd(
    ctx: click.Context,
    metric: str,
    period: str | None,
    top: int | None,
    asc: bool,
    scope: str,
    as_2025: bool,
    fmt: str,
    as_json: bool,
) -> None:
    """Provinces (or regions) ordered by a metric; ties share a rank.

    Each province's latest report is used, or its report for --period. Provinces without
    the metric are listed after the ranked ones, with the reason.

    \b
    Examples:
      htx rank --by charter_capital_per_coop
      htx rank --by active_share --top 3 --json
    """
    from ..output.views.rank import ranking

    (mid,) = metric_ids((metric,))
    emit(ranking(dataset(ctx), mid, period, top, asc, as_2025, lang(ctx), scope), fmt, as_json)
