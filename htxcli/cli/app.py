"""The ``htx`` command group, its entry point, and the one place errors become messages."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import MutableMapping
from typing import Any, ClassVar

import click

from ..model.errors import HtxError
from .common import common_options, error_text, help_option

#: The exit code of a run Ctrl-C stopped (128 + SIGINT); the entry point ends by the signal.
INTERRUPTED = 130
INTERRUPTED_MESSAGE = "interrupted; nothing was changed"

# The modules that read and compute are imported inside the commands that use them, so that
# `htx --version` and `htx --help` pay only for click (docs/performance.md).


class HtxGroup(click.Group):
    """Turns HtxError into a short message and its exit code, and any crash into exit 2.

    Commands live in modules of their own and are imported only when they run (or when
    help lists them), so each invocation pays only for the command it uses."""

    LAZY: ClassVar[dict[str, str]] = {
        "show": "show:show_cmd",
        "list": "listing:list_cmd",
        "metrics": "listing:metrics_cmd",
        "compare": "compare:compare_cmd",
        "rank": "rank:rank_cmd",
        "growth": "growth:growth_cmd",
        "validate": "validate:validate_cmd",
        "add": "add:add_cmd",
        "completion": "shells:completion_cmd",
    }

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return help_option(self, ctx)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            from importlib import import_module

            module, attr = self.LAZY[cmd_name].split(":")
            self.add_command(getattr(import_module(f"htxcli.cli.{module}"), attr), cmd_name)
        return super().get_command(ctx, cmd_name)

    def _main_shell_completion(
        self, ctx_args: MutableMapping[str, Any], prog_name: str, complete_var: str | None = None
    ) -> None:
        """A shell asks for completions or a script: answer with htx's scripts, not click's."""
        name = prog_name.replace("-", "_").replace(".", "_")
        if os.environ.get(complete_var or f"_{name}_COMPLETE".upper()):
            from .shells import register

            register()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        """click reads the command line here, outside ``invoke``; a Ctrl-C would be its
        'Aborted!' (exit 1)."""
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            click.echo(f"htx: {INTERRUPTED_MESSAGE}", err=True)
            raise click.exceptions.Exit(INTERRUPTED) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except HtxError as e:
            ctx.exit(report(e))
        except BrokenPipeError:  # the reader stopped (SIGPIPE blocked, so not killed by it)
            ctx.exit(BROKEN_PIPE)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:  # before htx add's own handling, or a command that only reads
            click.echo(f"htx: {INTERRUPTED_MESSAGE}", err=True)
            ctx.exit(INTERRUPTED)
        except Exception as e:  # a bug: say so in one line, never a traceback
            if os.environ.get("HTX_DEBUG"):
                raise
            click.echo(
                f"htx: internal error: {type(e).__name__}: {e} (set HTX_DEBUG=1 for details)", err=True
            )
            ctx.exit(2)


#: The exit status of a run whose reader stopped reading (`htx ... | head`): what a shell
#: reports for a process ended by SIGPIPE (128 + 13), as `cat` and `grep` end.
BROKEN_PIPE = 141


def report(e: HtxError) -> int:
    """Say an error on stderr in one or two lines; its exit code."""
    click.echo(f"htx: {error_text(e)}", err=True)
    return e.exit_code


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """The installed package's version: written into _version.py from the package metadata
    at build time, so that --version does not import importlib.metadata (30 ms)."""
    if not value or ctx.resilient_parsing:
        return
    try:
        from .._version import __version__ as version
    except ImportError:  # a source tree that was never built
        from importlib.metadata import version as metadata_version

        version = metadata_version("htx")
    click.echo(f"htx, version {version}")
    ctx.exit()


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
    from ..output.streams import prepare

    prepare()  # closed streams held, a non-UTF-8 output escaped (output/streams.py)
    # From here Ctrl-C raises KeyboardInterrupt, which each command turns into a true message
    # (htx add: whether the file was written); entry.py kept it quiet while htx loaded, and
    # keeps one Python cannot raise (in importlib's callbacks) from printing a traceback.
    _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    try:
        cli.main(prog_name="htx", obj={"own_process": True})
        code: int | str | None = 0
    except SystemExit as done:
        code = done.code
        if isinstance(sys.stdout, click.utils.PacifyFlushWrapper):  # click's own broken pipe
            code = BROKEN_PIPE
    except HtxError as e:  # outside a command: --help or --version to a closed output
        code = report(e)
    except BrokenPipeError:
        code = BROKEN_PIPE
    except KeyboardInterrupt:  # outside the commands: while click reads the command line
        click.echo(f"htx: {INTERRUPTED_MESSAGE}", err=True)
        code = INTERRUPTED
    _exit(code)


def _exit(code: int | str | None) -> None:
    """End the process without the interpreter's teardown, which costs a CLI run as much as
    all of htx's own imports (about 7-15 ms: freeing every module and object one by one).
    Output is flushed first; htx holds no other resources by then (files are closed by
    their with-blocks, htx add has already renamed and fsynced). Code that hosts htx in its
    own process (a test, a script) calls ``cli.main`` instead, which exits the ordinary way."""
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = BROKEN_PIPE
    except HtxError as e:  # the output failed (a full disk): whatever the command found
        code = report(e)
    from ..output.streams import escape_hint

    hint = escape_hint()
    if hint and code != BROKEN_PIPE:
        print(hint, file=sys.stderr)
    with contextlib.suppress(OSError):  # nowhere left to say anything: the exit code tells
        sys.stderr.flush()
    if code == INTERRUPTED:  # end by the signal itself, as a shell expects of a stopped program
        import _signal

        _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
        os.kill(os.getpid(), _signal.SIGINT)
    os._exit(code or 0)
