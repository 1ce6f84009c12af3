"""htx compare: provinces side by side."""

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
