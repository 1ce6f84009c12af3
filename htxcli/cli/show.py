"""htx show: one province (or region, or the country) with its derived metrics."""

from __future__ import annotations

import click

from .common import (
    HtxCommand,
    common_options,
    dataset,
    emit,
    lang,
    output_options,
    period_option,
    province_argument,
)


@click.command("show", cls=HtxCommand)
@province_argument
@period_option
@output_options
@common_options
@click.pass_context
def show_cmd(ctx: click.Context, province: str, period: str | None, fmt: str, as_json: bool) -> None:
    """One province at a glance: its figures and the metrics derived from them.

    Every value says whether the report stated it or htx computed it, and every share
    says its base. A unit formed in 2025 ("Tây Ninh") shows its predecessors' reports.

    \b
    Examples:
      htx show "Long An"
      htx show "tra vinh" --period 2022 --format markdown --lang vi
    """
    from ..output.views.show import show

    emit(show(dataset(ctx), province, period, lang(ctx)), fmt, as_json)
