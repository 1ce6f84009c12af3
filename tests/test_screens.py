"""Terminal screens as a person sees them: each command in a real tmux pane, 80 and 120
columns wide. Labels are never dropped or cut inside a word, ids never split."""

from __future__ import annotations

import csv
import io
import shlex
import shutil
import subprocess
import uuid

import pytest
from conftest import BIN

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux; .ci/run installs it")

COMMANDS = [
    ("show", "Long An"),
    ("compare", "Long An", "Kiên Giang", "Trà Vinh", "Hà Tĩnh", "Lào Cai (cũ)"),
    ("rank", "--by", "good_or_fair_share_all"),
    ("growth", "Long An"),
    ("list",),
    ("metrics",),
]


def screen(args: tuple[str, ...], width: int, env: dict[str, str]) -> str:
    """The whole scrollback of a tmux pane of ``width`` columns after htx ran in it."""
    name = f"htx-{uuid.uuid4().hex[:8]}"
    command = " ".join(shlex.quote(a) for a in (f"{BIN}/htx", *args))
    tmux = ["tmux", "-L", name]
    environment = [f"{k}={v}" for k, v in env.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TERM")]
    subprocess.run(
        [
            *tmux,
            "new-session",
            "-d",
            "-x",
            str(width),
            "-y",
            "50",
            "env",
            *environment,
            "sh",
            "-c",
            f"{command}; tmux -L {name} wait-for -S done; sleep 30",
        ],
        check=True,
    )
    try:
        subprocess.run([*tmux, "wait-for", "done"], check=True, timeout=60)
        out = subprocess.run(
            [*tmux, "capture-pane", "-p", "-J", "-S", "-", "-E", "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
    return out


def words_of(htx, args: tuple[str, ...]) -> set[str]:
    """The words of every label and id the command has, from its CSV (the same rows)."""
    rows = list(csv.DictReader(io.StringIO(htx(*args, "--format", "csv").stdout)))
    found: set[str] = set()
    for row in rows:
        for column in ("label", "id", "place", "province"):  # what the screen shows, ids included
            if row.get(column):
                found.update(row[column].split())
    return found


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_label_and_id_is_whole_on_the_screen(htx, env, args, width):
    env = {**env, "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"}
    text = screen(args, width, env)
    lines = text.splitlines()
    assert lines and all(len(line) <= width for line in lines), "nothing drawn beyond the width"
    # a word counts where it stands whole (labels may be lower-cased in a sentence under a table)
    tokens = {t.strip(",.;:()*†").lower() for t in text.split()}
    missing = sorted(w for w in words_of(htx, args) if w.strip(",.;:()").lower() not in tokens)
    assert not missing, f"cut or dropped at {width} columns: {missing[:10]}"
