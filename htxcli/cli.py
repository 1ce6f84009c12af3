"""The click layer: parse options, call the core, render. Nothing else lives here."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import views
from .errors import HtxError, NotFound
from .load import data_path, load
from .metrics import find_metric
from .model import Dataset, Report
from .names import resolve
from .render import FINDING_FORMATS, FORMATS, Output, emit, emit_findings

F = Callable[..., Any]


class HtxGroup(click.Group):
    """Turns HtxError into a short message and its exit code, and any crash into exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except HtxError as e:
            click.echo(f"htx: {e}", err=True)
            ctx.exit(e.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:  # a bug: say so in one line, never a traceback
            if os.environ.get("HTX_DEBUG"):
                raise
            click.echo(
                f"htx: internal error: {type(e).__name__}: {e} (set HTX_DEBUG=1 for details)", err=True
            )
            ctx.exit(2)


def _set_data(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        ctx.find_root().ensure_object(dict)["data"] = value
    return value


def data_option(f: F) -> F:
    return click.option(
        "--data",
        metavar="PATH",
        expose_value=False,
        callback=_set_data,
        is_eager=True,
        help="Data file to read (default: $HTX_DATA, else the bundled data).",
    )(f)


def output_options(f: F) -> F:
    f = click.option("--json", "as_json", is_flag=True, help="Same as --format json.")(f)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format. table is plain tab-separated text when piped or NO_COLOR is set.",
    )(f)


def dataset(ctx: click.Context) -> Dataset:
    obj = ctx.find_root().ensure_object(dict)
    if "dataset" not in obj:
        obj["dataset"] = load(data_path(obj.get("data")))
    return obj["dataset"]


def pick_report(ds: Dataset, province: str, period: str | None) -> Report:
    """The named province's report for ``period``, or its latest."""
    name = resolve(province, ds.provinces())
    reports = ds.of(name)
    if period is None:
        return reports[-1]
    for r in reports:
        if r.period.label == period.strip().upper():
            return r
    have = ", ".join(r.period.label for r in reports)
    raise NotFound(f"{name} has no report for period {period!r}", f"it has: {have}")


def output(out: Output, fmt: str, as_json: bool) -> None:
    emit(out, "json" if as_json else fmt)


@click.group(cls=HtxGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="htx", prog_name="htx")
@data_option
def cli() -> None:
    """Read, compare and check the collective-economy figures of Vietnam's provinces.

    \b
    Examples:
      htx list
      htx show "Long An"
      htx show "Kiên Giang" --json | jq .reports[0].metrics.active_share
    """


@cli.command("show")
@click.argument("province")
@click.option("--period", metavar="P", help="Report period, e.g. 2024-H1 (default: the latest).")
@output_options
@data_option
@click.pass_context
def show_cmd(ctx: click.Context, province: str, period: str | None, fmt: str, as_json: bool) -> None:
    """One province at a glance: its figures and the metrics derived from them.

    Every value says whether the report stated it or htx computed it, and every share
    says its base.

    \b
    Examples:
      htx show "Long An"
      htx show "Trà Vinh" --period 2022 --format markdown
    """
    ds = dataset(ctx)
    output(views.show(ds, pick_report(ds, province, period)), fmt, as_json)


@cli.command("list")
@output_options
@data_option
@click.pass_context
def list_cmd(ctx: click.Context, fmt: str, as_json: bool) -> None:
    """Provinces in the data and the periods of their reports.

    \b
    Example:
      htx list --format csv
    """
    output(views.listing(dataset(ctx)), fmt, as_json)


def _metric_ids(values: tuple[str, ...]) -> list[str]:
    return [find_metric(v).id for v in values]


metric_option = click.option(
    "--metric",
    "metrics",
    multiple=True,
    metavar="M",
    help="A metric id (repeatable; see htx metrics). Default: every metric that applies.",
)
period_option = click.option(
    "--period", metavar="P", help="Report period, e.g. 2024-H1 (default: each latest)."
)


@cli.command("metrics")
@output_options
@data_option
def metrics_cmd(fmt: str, as_json: bool) -> None:
    """Every metric: id, labels, unit, kind and formula.

    The ids are what rank --by, compare --metric and growth --metric take, and the keys
    of the JSON output.

    \b
    Example:
      htx metrics --format csv | grep share
    """
    output(views.metrics_list(), fmt, as_json)


@cli.command("compare")
@click.argument("provinces", nargs=-1, required=True)
@period_option
@metric_option
@output_options
@data_option
@click.pass_context
def compare_cmd(
    ctx: click.Context,
    provinces: tuple[str, ...],
    period: str | None,
    metrics: tuple[str, ...],
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
    if len(provinces) < 2:
        raise click.UsageError("compare needs two or more provinces")
    ds = dataset(ctx)
    ids = _metric_ids(metrics)
    reports = [pick_report(ds, p, period) for p in provinces]
    output(views.compare(ds, reports, ids), fmt, as_json)


@cli.command("rank")
@click.option(
    "--by", "metric", required=True, metavar="METRIC", help="Metric id to order by (see htx metrics)."
)
@period_option
@click.option("--top", type=click.IntRange(min=1), metavar="N", help="Only the first N ranked provinces.")
@click.option("--asc", is_flag=True, help="Smallest first.")
@output_options
@data_option
@click.pass_context
def rank_cmd(
    ctx: click.Context, metric: str, period: str | None, top: int | None, asc: bool, fmt: str, as_json: bool
) -> None:
    """Provinces ordered by a metric; ties share a rank.

    Each province's latest report is used, or its report for --period. Provinces without
    the metric are listed after the ranked ones, with the reason.

    \b
    Examples:
      htx rank --by charter_capital_per_coop
      htx rank --by active_share --top 3 --json
    """
    mid = find_metric(metric).id
    ds = dataset(ctx)
    reports, missing = [], {}
    for name in ds.provinces():
        try:
            reports.append(pick_report(ds, name, period))
        except NotFound:
            missing[name] = f"no report for {period}"
    output(views.ranking(ds, mid, reports, top, asc, missing), fmt, as_json)


@cli.command("growth")
@click.argument("province")
@metric_option
@click.option("--from", "start", metavar="P", help="Earlier period (default: the one before --to).")
@click.option("--to", "end", metavar="P", help="Later period (default: the latest).")
@output_options
@data_option
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
    ds = dataset(ctx)
    ids = _metric_ids(metrics)
    later = pick_report(ds, province, end)
    earlier_all = [r for r in ds.of(later.province) if r.period < later.period]
    if start is not None:
        pair: tuple[Report, Report] | None = (pick_report(ds, province, start), later)
        if not pair[0].period < later.period:
            raise click.UsageError(f"--from {start} must come before --to {later.period.label}")
    else:
        pair = (earlier_all[-1], later) if earlier_all else None
    output(views.growth(ds, later.province, pair, later, ids), fmt, as_json)


@cli.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
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
@data_option
@click.pass_context
def validate_cmd(
    ctx: click.Context, paths: tuple[Path, ...], strict: bool, show_acknowledged: bool, fmt: str | None
) -> None:
    """Check data files for typos and contradictions; fit for pre-commit.

    Exit 0 when clean (warnings allowed unless --strict), 1 on findings that fail,
    2 when a file cannot be read. Rules: docs/validation.md.

    \b
    Examples:
      htx validate
      htx validate data/*.toml --strict --format json
    """
    from .validate import exit_code, validate

    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    chosen = list(paths) or [data_path(ctx.find_root().ensure_object(dict).get("data"))]
    findings, all_read = validate(chosen)
    emit_findings(findings, fmt, show_acknowledged)
    ctx.exit(exit_code(findings, all_read, strict))


def main() -> None:
    """Entry point of the ``htx`` console script."""
    # Die quietly of SIGPIPE like cat does, so `htx ... | head -1` ends cleanly (status 141).
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    cli.main(prog_name="htx")
