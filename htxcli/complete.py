"""Shell completion: province names (accent-insensitive), metric ids and periods.

The scripts in completions/ are generated from the click app by ``python -m htxcli.complete``;
the bash one is patched so that a name with spaces reaches htx as one argument.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.shell_completion import CompletionItem, get_completion_class

FILES = {"bash": "htx.bash", "zsh": "_htx", "fish": "htx.fish"}
OUT = Path(__file__).parent.parent / "completions"
_STOCK_BASH = "COMPREPLY+=($value)"
_ESCAPED_BASH = (
    "printf -v value '%q' \"$value\"  # htx: keep 'Kiên Giang' one word\n            COMPREPLY+=(\"$value\")"
)


def _dataset(ctx: click.Context):  # type: ignore[no-untyped-def]
    from .load import data_path, load

    obj = ctx.find_root().obj or {}
    return load(data_path(obj.get("data")))


def provinces(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Province names and 2025 units in the data, matched without accents: kien -> Kiên Giang."""
    from .errors import HtxError
    from .names import fold
    from .reorg import reorganisation

    try:
        in_data = _dataset(ctx).provinces()
    except HtxError:
        return []
    reorg = reorganisation()
    units = {reorg.new_of.get(p, p) for p in in_data}
    key = fold(incomplete)
    names = sorted({*in_data, *units}, key=fold)
    return [
        CompletionItem(n, help="2025 unit" if n not in in_data else None)
        for n in names
        if fold(n).startswith(key)
    ]


def metrics(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    from .metrics import CATALOGUE

    return [
        CompletionItem(mid, help=m.label) for mid, (m, _fn) in CATALOGUE.items() if mid.startswith(incomplete)
    ]


def periods(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    from .errors import HtxError

    try:
        labels = {r.period.label for r in _dataset(ctx).reports}
    except HtxError:
        return []
    return [
        CompletionItem(p) for p in sorted(labels, reverse=True) if p.upper().startswith(incomplete.upper())
    ]


def files(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Let the shell complete file names (click.Path would, but costs start-up time)."""
    return [CompletionItem(incomplete, type="file")]


def script(shell: str) -> str:
    from .cli import cli

    source = get_completion_class(shell)(cli, {}, "htx", "_HTX_COMPLETE").source()  # type: ignore[misc]
    if shell == "bash":
        assert _STOCK_BASH in source, "click's bash script changed: revisit the patch"
        source = source.replace(_STOCK_BASH, _ESCAPED_BASH)
    return source if source.endswith("\n") else source + "\n"


def write(out: Path = OUT) -> None:
    out.mkdir(exist_ok=True)
    for shell, name in FILES.items():
        (out / name).write_text(script(shell), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
