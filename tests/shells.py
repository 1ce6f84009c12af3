"""A real interactive bash, zsh or fish in a tmux pane, with htx's completion installed the way
README says: type keys, press Tab, read the command line the shell made of them."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

from conftest import BIN


def _readme_install() -> dict[str, list[str]]:
    """The lines README gives to install the script, by shell (a `# bash...` comment each)."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Shell completion", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    lines: dict[str, list[str]] = {}
    for line in block.splitlines():
        if line.startswith("# "):
            shell = line[2:].split(":")[0].strip()
        elif line.strip():
            lines.setdefault(shell, []).append(line)
    return lines


# How README installs the script in each shell, run in a fresh home (zsh -f reads no .zshrc:
# the test reads the one README's lines wrote).
INSTALL = _readme_install()
INSTALL["zsh"].append("source ~/.zshrc")
START = {
    "bash": ["bash", "--norc", "--noprofile"],
    "zsh": ["zsh", "-f"],
    "fish": ["fish"],  # --no-config would also drop ~/.config/fish/completions
}


def missing(shell: str) -> str | None:
    """Why a test of ``shell`` cannot run here (None when it can)."""
    absent = [p for p in ("tmux", shell) if shutil.which(p) is None]
    return f"needs {' and '.join(absent)} (.ci/system-packages installs them)" if absent else None


class Pane:
    """One shell in a detached tmux server of its own, 150 columns wide."""

    def __init__(self, shell: str, home: Path) -> None:
        self.shell, self.home = shell, home
        self.socket = f"htx-{uuid.uuid4().hex[:8]}"
        path = os.pathsep.join([BIN, "/usr/local/bin", "/usr/bin", "/bin"])
        env = [
            f"PATH={path}",
            f"HOME={home}",
            "LC_ALL=C.UTF-8",
            "TERM=xterm",
            f"XDG_CONFIG_HOME={home}/.config",
        ]
        self.tmux(
            "new-session", "-d", "-c", str(home), "-x", "150", "-y", "40", "env", "-i", *env, *START[shell]
        )
        self.keys("PS1='$ '; PROMPT='$ '" if shell != "fish" else "function fish_prompt; echo '$ '; end")
        for line in INSTALL[shell]:
            self.keys(line)
        self.clear()

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-u", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )
        return done.stdout

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-l", text)

    def keys(self, text: str, *then: str) -> None:
        """Type ``text`` literally, then press the keys ``then`` (Enter unless given)."""
        self.type(text)
        self.tmux("send-keys", *(then or ("Enter",)))

    def fresh(self) -> None:
        """An empty line under a clear screen, whatever the last test left on it."""
        self.tmux("send-keys", "C-c")
        self.clear()

    def clear(self) -> None:
        self.keys("clear")
        self.wait_for(lambda screen: screen.strip() == "$", "a clean prompt", timeout=30)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-J")

    def wait_for(self, ready, what: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while not ready(screen := self.screen()):
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.shell}: no {what} on the screen:\n{screen}")
            time.sleep(0.1)
        return screen

    def complete(self, typed: str, expected: str) -> str:
        """Type ``typed``, press Tab, and wait until the line reads ``expected``."""
        self.keys(typed, "Tab")
        return self.wait_for(lambda s: _last_line(s).startswith(f"$ {expected}"), repr(expected))

    def words(self) -> list[str]:
        """Run the line on the screen with printf in front of it: the words htx would get."""
        self.tmux("send-keys", "C-a")
        self.keys("printf '<%s>\\n' ")
        screen = self.wait_for(lambda s: _last_line(s).strip() == "$" and "<htx>" in s, "printf's output")
        return [line[1:-1] for line in screen.splitlines() if line.startswith("<") and line.endswith(">")]

    def run(self, expect: str, timeout: float = 30) -> str:
        """Run the line as typed; the screen once ``expect`` appears on it."""
        self.tmux("send-keys", "Enter")
        return self.wait_for(lambda s: expect in s, repr(expect), timeout)

    def close(self) -> None:
        self.tmux("kill-server")


def _last_line(screen: str) -> str:
    lines = [line for line in screen.splitlines() if line.strip()]
    return lines[-1] if lines else ""
