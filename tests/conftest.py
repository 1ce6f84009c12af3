from __future__ import annotations

import io
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from htxcli.datafile.read import bundled_path, load
from htxcli.model.records import Dataset

HERE = Path(__file__).parent
DATA = Path(bundled_path())
BIN = str(Path(sys.executable).parent)  # where pip put the htx console script
#: A one-report file up to its last key, for tests that add a line and look for its number.
REPORT_HEAD = """schema_version = 1

[[report]]
province = "Long An"
period = "2024"
status = "actual"
source = { publisher = "p", title = "t" }
"""


def big_file(path: Path, copies: int = 40) -> Path:
    """The bundled reports copied under a name each: a file whose parse takes a while."""
    text = DATA.read_text(encoding="utf-8")
    start = text.index("[[report]]")
    blocks = ["[[report]]" + b for b in text[start:].split("[[report]]")[1:]]
    out = [text[:start]]
    for i in range(copies):
        block = blocks[i % len(blocks)]
        out.append(re.sub(r'^province = ".*"$', f'province = "Nơi Thử {i:03d}"', block, count=1, flags=re.M))
    path.write_text("".join(out), encoding="utf-8")
    return path


def ctrl_c_as_it_returns(real, when=lambda *_args: True):
    """``real`` that sends this process SIGINT once it has done its work (when ``when`` says
    so of its arguments): Python raises it there, before the caller learns the result, as
    a Ctrl-C does that lands just as, say, mkstemp returns the name of the file it made."""

    def interrupted(*args, **kwargs):
        result = real(*args, **kwargs)
        if when(*args):
            os.kill(os.getpid(), signal.SIGINT)
        return result

    return interrupted


@pytest.fixture(scope="session", autouse=True)
def _cache_home(tmp_path_factory: pytest.TempPathFactory):
    """The parse cache of every htx the suite runs goes to a temporary folder, never ~/.cache."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load(DATA)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A writable copy of the bundled data file, for commands that write."""
    path = tmp_path / "provinces.toml"
    shutil.copy(DATA, path)
    return path


#: A made-up report of An Giang (before 2025) for Kiên Giang's period: with it, the bundled
#: data holds both predecessors of the 2025 An Giang, for --as-2025 to sum.
AN_GIANG = """
[[report]]
province = "An Giang"
period = "2023-H1"
source = { publisher = "test", title = "made up for the test" }
[report.cooperatives]
includes_credit_funds = true
total = 467
charter_capital = 87_703_263_000
workers = 5000
"""


@pytest.fixture
def with_an_giang(tmp_path: Path) -> str:
    """The bundled data and AN_GIANG, in a file of the test's own: its path."""
    path = tmp_path / "more.toml"
    path.write_text(DATA.read_text(encoding="utf-8") + AN_GIANG, encoding="utf-8")
    return str(path)


@pytest.fixture
def env() -> dict[str, str]:
    """The real environment without htx's own variables, so tests see the defaults."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HTX_") and k != "NO_COLOR"}
    clean["PATH"] = os.pathsep.join([BIN, clean.get("PATH", "")])
    return clean


@pytest.fixture
def htx(script_runner, env):
    """Run the installed console script: htx("show", "Long An")."""

    def run(*args: str, **kwargs):
        kwargs.setdefault("env", env)
        if isinstance(kwargs.get("stdin"), str):
            kwargs["stdin"] = io.StringIO(kwargs["stdin"])
        return script_runner.run(["htx", *args], **kwargs)

    return run


def report(ds: Dataset, province: str):
    return ds.of(province)[-1]


def on_terminal(*args: str, env: dict[str, str]) -> tuple[int, str]:
    """Run the installed htx with its stdout on a pseudo-terminal, as a user sees it."""
    return terminal([os.path.join(BIN, "htx"), *args], env)


def terminal(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run a command with its stdout on a 100-column pseudo-terminal: exit code and output."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        argv,
        stdout=slave,
        stderr=subprocess.DEVNULL,
        env={**env, "COLUMNS": "100"},
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode()
