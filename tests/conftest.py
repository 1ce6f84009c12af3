from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from htxcli.load import bundled_path, load
from htxcli.model import Dataset

HERE = Path(__file__).parent
DATA = Path(bundled_path())
BIN = str(Path(sys.executable).parent)  # where pip put the htx console script


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load(DATA)


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
