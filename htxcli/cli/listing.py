"""htx list and htx metrics: what the data holds, and every metric htx knows."""

from __future__ import annotations

import click

from .common import (
    HtxCommand,
    common_options,
    dataset,
    emit,
    lang,
    output_options,
)


@click.command("list", cls=HtxCommand)
@output_options
@common_options
@click.pass_context
def list_cmd(ctx: click.Context, fmt: str, as_json: bool) -> None:
    """Provinces in the data and the periods of their reports.

    \b
    Example:
      htx list --format csv
    """
    from ..output.views.listing import listing

    emit(listing(dataset(ctx), lang(ctx)), fmt, as_json)


@click.command("metrics", cls=HtxCommand)
@output_options
@common_options
@click.pass_context
def metrics_cmd(ctx: click.Context, fmt: str, as_json: bool) -> None:
    """Every metric: id, labels, unit, kind and formula.

    The ids are what rank --by, compare --metric and growth --metric take, and the keys
    of the JSON output.

    \b
    Example:
      htx metrics --format csv | grep share
    """
    from ..output.views.listing import metrics_list

    emit(metrics_list(lang(ctx)), fmt, as_json)
