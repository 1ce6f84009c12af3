"""The analyst's commands: compare, rank, growth."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .cli import (
    as_2025_option,
    common_options,
    dataset,
    lang,
    lazy_complete,
    metric_option,
    output,
    output_options,
    period_option,
    province_argument,
)
from .errors import NotFound

if TYPE_CHECKING:
    from .model import Report


@click.command("compare")
@click.argument("provinces", nargs=-1, required=True, shell_complete=lazy_complete("provinces"))
@period_option
@metric_option
@as_2025_option
@output_options
@common_options
@click.pass_context
def compare_cmd(
    ctx: click.Context,
    provinces: tuple[str, ...],
    period: str | None,
    metrics: tuple[str, ...],
    as_2025: bool,
    fmt: str,
    as_json: bool,
) -> None:
    """Provinces side by side, one column each, the leader of each row marked.

    Says so when the reports cover different periods or mix estimates with actuals.
    Income per worker is compared per year, whatever unit the report used.

    \b
    Examples:
      htx compare "Long An" "Kiên Giang"
      htx compare "Hà Tĩnh" "Lào Cai" --metric income_per_worker_year --json
    """
    from . import select
    from .metrics import find_metric
    from .views_analysis import compare

    if len(provinces) < 2:
        raise click.UsageError("compare needs two or more provinces")
    ds = dataset(ctx)
    ids = [find_metric(m).id for m in metrics]
    if as_2025:
        reports, missing = select.units_2025(ds, list(provinces), period)
        if missing:
            raise NotFound(
                "; ".join(f"{u}: {why}" for u, why in missing.items()),
                "--as-2025 needs a report of every predecessor for one period",
            )
    else:
        reports = [select.report(ds, p, period) for p in provinces]
    output(compare(ds, reports, ids, lang(ctx)), fmt, as_json)


@click.command("rank")
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
    as_2025: bool,
    fmt: str,
    as_json: bool,
) -> None:
    """Provinces ordered by a metric; ties share a rank.

    Each province's latest report is used, or its report for --period. Provinces without
    the metric are listed after the ranked ones, with the reason.

    \b
    Examples:
      htx rank --by charter_capital_per_coop
      htx rank --by active_share --top 3 --json
    """
    from . import select
    from .metrics import find_metric
    from .views_analysis import ranking

    mid = find_metric(metric).id
    ds = dataset(ctx)
    if as_2025:
        reports, missing = select.units_2025(ds, None, period)
    else:
        reports, missing = [], {}
        for name in ds.provinces():
            try:
                reports.append(select.by_name(ds, name, period))
            except NotFound:
                missing[name] = f"no report for {period}"
    output(ranking(ds, mid, reports, top, asc, missing, lang(ctx)), fmt, as_json)


@click.command("growth")
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
    from . import select
    from .metrics import find_metric
    from .views_analysis import growth

    ds = dataset(ctx)
    ids = [find_metric(m).id for m in metrics]
    later = select.report(ds, province, end)
    earlier = [r for r in ds.of(later.province) if r.period < later.period]
    pair: tuple[Report, Report] | None = (earlier[-1], later) if earlier else None
    if start is not None:
        pair = (select.report(ds, province, start), later)
        if not pair[0].period < later.period:
            raise click.UsageError(f"--from {start} must come before --to {later.period.label}")
    output(growth(ds, later.province, pair, later, ids, lang(ctx)), fmt, as_json)
