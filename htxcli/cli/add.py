"""htx add: a new report into the data file, checked, previewed and written atomically."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .common import HtxCommand, common_options, lang, province_argument, state

if TYPE_CHECKING:
    from ..lint.validate import Located
    from ..model.messages import Msg
    from ..write.add import Added

T = TypeVar("T")


def _prompting(ask: Callable[[], T]) -> T:
    """click turns Ctrl-C at a prompt into Abort, like the end of input: htx add must tell
    them apart, to say truthfully what happened to the file."""
    try:
        return ask()
    except click.Abort as e:
        if isinstance(e.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        raise


class _Terminal:
    """htx add's conversation on the terminal: the preview on stdout, the rest on stderr."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.written = False  # set the moment the report is written and said to be

    def notice(self, message: Msg) -> None:
        from ..output.catalogue import say

        click.echo(f"htx: {say(message, self.lang)}", err=True)

    def preview(self, block: str, findings: list[Located]) -> None:
        from ..lint.reporters import emit_findings

        click.echo(block, nl=False)
        if findings:
            emit_findings(findings, "text", show_acknowledged=False, checked=1, stream=sys.stderr)

    def confirm(self, question: str) -> bool:
        try:
            return _prompting(lambda: click.confirm(question, default=True, err=True))
        except click.Abort:  # the input ended without an answer: nothing is written
            return False

    def done(self, added: Added) -> None:
        from ..model.messages import msg

        self.notice(msg("add.replaced" if added.replaced else "add.appended", **added._asdict()))
        self.written = True


def _ask(key: str, label: str) -> str | None:
    """Ask until the answer is empty (skip) or can be read; say why when it cannot."""
    from ..write.typed import typed_value

    while True:
        text = _prompting(lambda: click.prompt(label, default="", show_default=False, err=True)).strip()
        if not text:
            return None
        try:
            typed_value(key.split("."), text)
            return text
        except ValueError as e:
            click.echo(f"  {e}", err=True)


def _yesno(question: str) -> bool:
    return _prompting(lambda: click.confirm(question, default=False, err=True))


@click.command("add", cls=HtxCommand)
@province_argument
@click.option("--period", required=True, metavar="P", help="The period the report covers, e.g. 2024-H1.")
@click.option(
    "--from-json",
    "json_file",
    type=click.File("rb"),
    metavar="FILE",
    help="The report as JSON, in the shape of docs/data-format.md ('-' reads stdin); UTF-8, "
    "or UTF-16 with a byte-order mark as Windows PowerShell writes it.",
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
    chosen = state(ctx).get("data") or os.environ.get("HTX_DATA")
    if not chosen:
        raise click.UsageError("htx add writes to a data file you keep: give it with --data FILE or HTX_DATA")
    terminal = _Terminal(lang(ctx))
    try:
        _add(chosen, province, period, json_file, list(sets), (replace, yes, wait), terminal)
    except KeyboardInterrupt:
        from ..model.errors import Interrupted
        from ..model.messages import msg

        said = "error.add.interrupted_written" if terminal.written else "error.add.interrupted_unchanged"
        raise Interrupted(msg(said, path=chosen)) from None
    if state(ctx).get("own_process"):
        # Written and said: a Ctrl-C from here to the end of htx's own process has nothing left
        # to stop, and must not turn into click's "Aborted!" (exit 1) after a successful write.
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _add(
    path: str,
    province: str,
    period: str,
    json_file: Any,
    sets: list[str],
    options: tuple[bool, bool, float],
    terminal: _Terminal,
) -> None:
    from ..model.periods import parse_period
    from ..write.add import run_add
    from ..write.block import from_json
    from ..write.interview import interview

    base = from_json(json_file.read(), getattr(json_file, "name", "-")) if json_file else None
    try:
        parse_period(period)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--period") from None
    try:
        given = sets if base is not None or sets else interview(_ask, _yesno)
    except click.Abort:  # the input ended in the middle of the questions: nothing is written
        from ..write.block import AddError

        raise AddError("nothing written: the input ended before the last question") from None
    run_add(path, province, period, base, given, options, terminal)
