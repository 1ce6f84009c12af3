"""What every command shares: its class, its options (declared once), the data set and the
language it reads them into, and how an error is worded."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from ..model.errors import HtxError, UsageProblem
from ..output import FORMATS, LANGS

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from ..model.records import Dataset
    from ..output import Output

F = Callable[..., Any]


def error_text(e: HtxError) -> str:
    """An error's message and its hint (worded in English when they are Msgs)."""
    if isinstance(e.message, str) and isinstance(e.hint, str | None):
        return str(e)
    from ..output.catalogue import say

    text, hint = (part if isinstance(part, str | None) else say(part, "en") for part in (e.message, e.hint))
    return text if not hint else f"{text}\n  hint: {hint}"


def _show_help(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def help_option(command: click.Command, ctx: click.Context) -> click.Option | None:
    """click's -h/--help option, made once per command without gettext. click words its help
    text through gettext whenever a command runs, which imports locale and looks for
    catalogues, on every run (~1 ms); htx's help is English (docs/performance.md)."""
    names = command.get_help_option_names(ctx)
    if not names or not command.add_help_option:
        return None
    made = command.__dict__.get("_htx_help")
    if made is None:  # click >= 8.5 keeps the value under a name no parameter can take
        storage = getattr(click.core, "_HELP_OPTION_STORAGE_NAME", None)
        decls = [*names, storage] if storage else names
        made = click.Option(decls, is_flag=True, expose_value=False, is_eager=True, callback=_show_help)
        made.help = "Show this message and exit."
        command.__dict__["_htx_help"] = made
    return made


class HtxCommand(click.Command):
    """A command whose contradictory options (UsageProblem) get click's usage message."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return help_option(self, ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageProblem as e:
            raise click.UsageError(error_text(e), ctx) from None


def _remember(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None:
            ctx.find_root().ensure_object(dict)[key] = value
        return value

    return callback


def _output_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """-o FILE: a folder is refused in click's words, as click.Path(dir_okay=False) would."""
    if value is not None and os.path.isdir(value):
        raise click.BadParameter(f"File {value!r} is a directory.", ctx, param)
    return _remember("output")(ctx, param, value)


def lazy_complete(name: str) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    """A completion callback that imports the completion module only when a shell asks."""

    def shell_complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        from . import complete

        return getattr(complete, name)(ctx, param, incomplete)

    return shell_complete


def common_options(f: F) -> F:
    """--data, --no-cache and --lang, accepted before or after the command name."""
    f = click.option(
        "--no-cache",
        is_flag=True,
        default=None,
        expose_value=False,
        callback=_remember("no_cache"),
        help="Parse the data file again, not from the parse cache (also: HTX_NO_CACHE=1).",
    )(f)
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
        shell_complete=lazy_complete("files"),
        help="Data file to read (default: $HTX_DATA, else the bundled data).",
    )(f)


def output_options(f: F) -> F:
    f = click.option(
        "-o",
        "--output",
        metavar="FILE",  # not click.Path: it words its name through gettext (see help_option)
        expose_value=False,
        callback=_output_file,
        shell_complete=lazy_complete("files"),
        help="Write to FILE instead of stdout (needed for xlsx on a terminal).",
    )(f)
    f = click.option("--json", "as_json", is_flag=True, help="Same as --format json.")(f)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format. table is plain tab-separated text when piped.",
    )(f)


province_argument = click.argument("province", shell_complete=lazy_complete("provinces"))
period_option = click.option(
    "--period",
    metavar="P",
    shell_complete=lazy_complete("periods"),
    help="Report period, e.g. 2024-H1 (default: the latest).",
)
metric_option = click.option(
    "--metric",
    "metrics",
    multiple=True,
    metavar="M",
    shell_complete=lazy_complete("metrics"),
    help="A metric id (repeatable; see htx metrics). Default: every metric that applies.",
)
as_2025_option = click.option(
    "--as-2025",
    "as_2025",
    is_flag=True,
    help="Group old provinces into their units since 1 July 2025 (sums complete sets only).",
)


def state(ctx: click.Context) -> dict[str, Any]:
    return ctx.find_root().ensure_object(dict)


def dataset(ctx: click.Context) -> Dataset:
    from ..datafile.read import data_path, load

    obj = state(ctx)
    if "dataset" not in obj:
        obj["dataset"] = load(data_path(obj.get("data")), cache=not obj.get("no_cache"))
        if obj.get("own_process"):
            # The records live until the process ends and hold no cycle: collections need
            # never walk them again (a third of the cycles of a cached rank of 10,000
            # places). Not in a process that hosts htx: its objects would be frozen too.
            # The collector, paused since start-up (cli/entry.py), runs again from here.
            gc.freeze()
            gc.enable()
    return obj["dataset"]


def lang(ctx: click.Context) -> str:
    from ..output.catalogue import detect

    return detect(state(ctx).get("lang"))


def metric_ids(metrics: tuple[str, ...]) -> list[str]:
    """The metric ids as typed, checked (a typo gets the closest ids)."""
    from ..metrics import find_metric

    return [find_metric(m).id for m in metrics]


def _about(ctx: click.Context) -> dict[str, str]:
    """What an xlsx workbook says of the run that wrote it (only a workbook says it)."""
    try:
        from .._version import __version__ as version
    except ImportError:  # a source tree that was never built
        version = "unknown"
    data = str(state(ctx).get("data") or "bundled")
    return {"command": ctx.info_name or "htx", "data file": data, "htx version": version}


def emit(out: Output, fmt: str, as_json: bool) -> None:
    """Print a command's output on stdout, or into the file of -o (written whole, then moved
    into place, so a failed run leaves the old file)."""
    from ..output.render import emit as render

    ctx = click.get_current_context()
    fmt = "json" if as_json else fmt
    target = state(ctx).get("output")
    about = _about(ctx) if fmt == "xlsx" else None
    if target is None:
        if fmt == "xlsx" and sys.stdout.isatty():
            raise UsageProblem("--format xlsx writes a workbook: give -o FILE (or redirect stdout)")
        render(out, fmt, about=about)
        return
    from .output_file import written

    with written(target, binary=fmt == "xlsx") as stream:
        render(out, "table" if fmt == "table" else fmt, stream, about=about)
