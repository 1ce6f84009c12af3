"""The click layer: parse options, call the core, render. Nothing else lives here."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from .errors import HtxError, NotFound
from .i18n import LANGS, detect
from .render import FINDING_FORMATS, FORMATS, Output, emit, emit_findings

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from .model import Dataset, Report

# The modules that read and compute are imported inside the commands that use them, so that
# `htx --version` and `htx --help` pay only for click (docs/performance.md).

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


def _remember(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None:
            ctx.find_root().ensure_object(dict)[key] = value
        return value

    return callback


def _lazy_complete(name: str) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    def shell_complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        from . import complete

        return getattr(complete, name)(ctx, param, incomplete)

    return shell_complete


def common_options(f: F) -> F:
    """--data and --lang, accepted before or after the command name."""
    f = click.option(
        "--lang",
        type=click.Choice(LANGS),
        expose_value=False,
        callback=_remember("lang"),
        help="Labels and numbers in English or Vietnamese (default: $HTX_LANG, else the locale).",
    )(f)
    return click.option(
        "--data",
        metavar="PATH",
        expose_value=False,
        callback=_remember("data"),
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


province_argument = click.argument("province", shell_complete=_lazy_complete("provinces"))
period_option = click.option(
    "--period",
    metavar="P",
    shell_complete=_lazy_complete("periods"),
    help="Report period, e.g. 2024-H1 (default: the latest).",
)
metric_option = click.option(
    "--metric",
    "metrics",
    multiple=True,
    metavar="M",
    shell_complete=_lazy_complete("metrics"),
    help="A metric id (repeatable; see htx metrics). Default: every metric that applies.",
)
as_2025_option = click.option(
    "--as-2025",
    "as_2025",
    is_flag=True,
    help="Group old provinces into their units since 1 July 2025 (sums complete sets only).",
)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """The installed package's version: written into _version.py from the package metadata
    at build time, so that --version does not import importlib.metadata (30 ms)."""
    if not value or ctx.resilient_parsing:
        return
    try:
        from ._version import __version__ as version
    except ImportError:  # a source tree that was never built
        from importlib.metadata import version as metadata_version

        version = metadata_version("htx")
    click.echo(f"htx, version {version}")
    ctx.exit()


def state(ctx: click.Context) -> dict[str, Any]:
    return ctx.find_root().ensure_object(dict)


def dataset(ctx: click.Context) -> Dataset:
    from .load import data_path, load

    obj = state(ctx)
    if "dataset" not in obj:
        obj["dataset"] = load(data_path(obj.get("data")))
    return obj["dataset"]


def lang(ctx: click.Context) -> str:
    return detect(state(ctx).get("lang"))


def output(out: Output, fmt: str, as_json: bool) -> None:
    emit(out, "json" if as_json else fmt)


@click.group(cls=HtxGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
@common_options
def cli() -> None:
    """Read, compare and check the collective-economy figures of Vietnam's provinces.

    \b
    Examples:
      htx list
      htx show "Long An"
      htx show "kien giang" --json | jq .reports[0].metrics.active_share
    """


@cli.command("show")
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
    from . import select, views

    ds = dataset(ctx)
    reports, notes = select.for_show(ds, province, period)
    output(views.show(ds, reports, notes, lang(ctx)), fmt, as_json)


@cli.command("list")
@output_options
@common_options
@click.pass_context
def list_cmd(ctx: click.Context, fmt: str, as_json: bool) -> None:
    """Provinces in the data and the periods of their reports.

    \b
    Example:
      htx list --format csv
    """
    from . import views

    output(views.listing(dataset(ctx), lang(ctx)), fmt, as_json)


@cli.command("metrics")
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
    from . import views

    output(views.metrics_list(lang(ctx)), fmt, as_json)


@cli.command("compare")
@click.argument("provinces", nargs=-1, required=True, shell_complete=_lazy_complete("provinces"))
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


@cli.command("rank")
@click.option(
    "--by",
    "metric",
    required=True,
    metavar="METRIC",
    shell_complete=_lazy_complete("metrics"),
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


@cli.command("growth")
@province_argument
@metric_option
@click.option(
    "--from",
    "start",
    metavar="P",
    shell_complete=_lazy_complete("periods"),
    help="Earlier period (default: the one before --to).",
)
@click.option(
    "--to",
    "end",
    metavar="P",
    shell_complete=_lazy_complete("periods"),
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


@cli.command("validate")
@click.argument("paths", nargs=-1, shell_complete=_lazy_complete("files"))
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
    from .load import data_path
    from .validate import exit_code, validate

    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    findings, all_read = validate(list(paths) or [data_path(state(ctx).get("data"))])
    emit_findings(findings, fmt, show_acknowledged)
    ctx.exit(exit_code(findings, all_read, strict))


@cli.command("add")
@province_argument
@click.option("--period", required=True, metavar="P", help="The period the report covers, e.g. 2024-H1.")
@click.option(
    "--from-json",
    "json_file",
    type=click.File("r", encoding="utf-8"),
    metavar="FILE",
    help="The report as JSON, in the shape of docs/data-format.md ('-' reads stdin).",
)
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="KEY=VALUE",
    help="One figure, e.g. cooperatives.total=322 or 'cooperatives.members=hơn 42.000' (repeatable).",
)
@click.option(
    "--replace", is_flag=True, help="Replace the report already there for this province and period."
)
@click.option("--yes", "-y", is_flag=True, help="Write without asking for confirmation.")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=10.0,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for another htx add writing the same file.",
)
@common_options
@click.pass_context
def add_cmd(
    ctx: click.Context,
    province: str,
    period: str,
    json_file: Any,
    sets: tuple[str, ...],
    replace: bool,
    yes: bool,
    wait: float,
) -> None:
    """Record a new report in the data file, checked, previewed and written safely.

    With neither --from-json nor --set, asks for the source and then figure by figure
    (Enter skips). Numbers are written the Vietnamese way: 1.256, 39,8, 2,002 tỷ,
    hơn 42.000; what could be read two ways is refused with a question. The file's other
    bytes, comments included, stay exactly as they were.

    \b
    Examples:
      htx add "Long An" --period 2024 --data data/provinces.toml
      htx add "Hà Tĩnh" --period 2024 --data data/provinces.toml --set cooperatives.total=980 \\
          --set source.publisher="Liên minh HTX Hà Tĩnh" --set source.title="Báo cáo năm 2024" --yes
      htx add "Trà Vinh" --period 2023 --data data/provinces.toml --from-json report.json --yes
    """
    from . import add
    from .addflow import run_add

    chosen = state(ctx).get("data") or os.environ.get("HTX_DATA")
    if not chosen:
        raise click.UsageError("htx add writes to a data file you keep: give it with --data FILE or HTX_DATA")
    base = add.from_json(json_file.read(), json_file.name) if json_file else None
    run_add(chosen, province, period, base, list(sets), replace, yes, wait)


def main() -> None:
    """Entry point of the ``htx`` console script."""
    # Die quietly of SIGPIPE like cat does, so `htx ... | head -1` ends cleanly (status 141).
    # _signal is what the signal module wraps; the wrapper's enum set-up costs 0.7 ms a run.
    import _signal

    if hasattr(_signal, "SIGPIPE"):
        _signal.signal(_signal.SIGPIPE, _signal.SIG_DFL)
    cli.main(prog_name="htx")
