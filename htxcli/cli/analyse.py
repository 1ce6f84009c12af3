"""The analyst's commands: compare, rank, growth."""

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
    metric_option,
    output_options,
    period_option,
    province_argument,
)


@click.command("compare", cls=HtxCommand)
@click.argument("provinces", nargs=-1, required=True, shell_complete=lazy_complete("provinces"))
@period_option
@metric_option
@click.option("--all", "show_all", is_flag=True, help="Every metric, also those no province has.")
@as_2025_option
@output_options
@common_options
@click.pass_context
def compare_cmd(
    ctx: click.Context,
    provinces: tuple[str, ...],
    period: str | None,
    metrics: tuple[str, ...],
    show_all: bool,
    as_2025: bool,
    fmt: str,
    as_json: bool,
) -> None:
    """Provinces side by side, one column each, the leader of each row marked where more
    (or less) is better.

    Says so when the reports cover different periods or mix estimates with actuals.
    Income per worker is compared per year, whatever unit the report used.

    \b
    Examples:
      htx compare "Long An" "Kiên Giang"
      htx compare "Hà Tĩnh" "Lào Cai (cũ)" --metric income_per_worker_year --json
    """
    from ..output.views.compare import compare

    if len(provinces) < 2:
        raise click.UsageError("compare needs two or more provinces")
    ds = dataset(ctx)
    from ..metrics import CATALOGUE

    ids = metric_ids(metrics) or (list(CATALOGUE) if show_all else [])
    emit(compare(ds, list(provinces), period, ids, as_2025, lang(ctx)), fmt, as_json)


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
