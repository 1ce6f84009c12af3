"""The click layer: parse options, call the core, render. Nothing else lives here."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

import click

from .errors import HtxError
from .i18n import LANGS, detect
from .render import FORMATS, Output, emit

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from .model import Dataset

# The modules that read and compute are imported inside the commands that use them, so that
# `htx --version` and `htx --help` pay only for click (docs/performance.md).

F = Callable[..., Any]


class HtxGroup(click.Group):
    """Turns HtxError into a short message and its exit code, and any crash into exit 2.

    Commands live in modules of their own and are imported only when they run (or when
    help lists them), so each invocation pays only for the command it uses."""

    LAZY: ClassVar[dict[str, str]] = {
        "show": "cmd_read:show_cmd",
        "list": "cmd_read:list_cmd",
        "metrics": "cmd_read:metrics_cmd",
        "compare": "cmd_analyse:compare_cmd",
        "rank": "cmd_analyse:rank_cmd",
        "growth": "cmd_analyse:growth_cmd",
        "validate": "cmd_write:validate_cmd",
        "add": "cmd_write:add_cmd",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            from importlib import import_module

            module, attr = self.LAZY[cmd_name].split(":")
            self.add_command(getattr(import_module(f"htxcli.{module}"), attr), cmd_name)
        return super().get_command(ctx, cmd_name)

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


def lazy_complete(name: str) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
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


def main() -> None:
    """Entry point of the ``htx`` console script."""
    # Die quietly of SIGPIPE like cat does, so `htx ... | head -1` ends cleanly (status 141).
    # _signal is what the signal module wraps; the wrapper's enum set-up costs 0.7 ms a run.
    import _signal

    if hasattr(_signal, "SIGPIPE"):
        _signal.signal(_signal.SIGPIPE, _signal.SIG_DFL)
    try:
        cli.main(prog_name="htx")
        code: int | str | None = 0
    except SystemExit as done:
        code = done.code
    _exit(code)


def _exit(code: int | str | None) -> None:
    """End the process without the interpreter's teardown, which costs a CLI run as much as
    all of htx's own imports (about 7-15 ms: freeing every module and object one by one).
    Output is flushed first; htx holds no other resources by then (files are closed by
    their with-blocks, htx add has already renamed and fsynced). Inside a process that
    hosts other code (a test runner calling main), exit the ordinary way."""
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    if "pytest" in sys.modules:
        raise SystemExit(code)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)
