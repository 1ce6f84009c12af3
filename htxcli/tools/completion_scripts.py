"""Write the shell completion scripts of completions/ from the click app.

    python -m htxcli.tools.completion_scripts [DIR]

The bash script is click's, patched so that a name with spaces reaches htx as one argument.
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.shell_completion import get_completion_class

from ..cli.app import cli

FILES = {"bash": "htx.bash", "zsh": "_htx", "fish": "htx.fish"}
OUT = Path(__file__).parent.parent.parent / "completions"
_STOCK_BASH = "COMPREPLY+=($value)"
_ESCAPED_BASH = (
    "printf -v value '%q' \"$value\"  # htx: keep 'Kiên Giang' one word\n            COMPREPLY+=(\"$value\")"
)


def script(shell: str) -> str:
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
