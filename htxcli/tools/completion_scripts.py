"""Write the shell completion scripts of completions/: what ``htx completion SHELL`` prints.

python -m htxcli.tools.completion_scripts [DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..cli.app import cli
from ..cli.shells import SHELLS, script

FILES = {"bash": "htx.bash", "zsh": "_htx", "fish": "htx.fish"}
OUT = Path(__file__).parent.parent.parent / "completions"
assert set(FILES) == set(SHELLS)


def write(out: Path = OUT) -> None:
    out.mkdir(exist_ok=True)
    for shell, name in FILES.items():
        (out / name).write_text(script(shell, cli), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
