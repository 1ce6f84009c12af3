"""Nothing is ever lost: a kill between write and rename, Ctrl-C, a full disk, two writers."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import time
import tomllib
from pathlib import Path

import pytest
from conftest import DATA

from htxcli.write import atomic as add

SOURCE = ["--set", "source.publisher=p", "--set", "source.title=t"]


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "provinces.toml"
    shutil.copy(DATA, path)
    return path


def start_add(env, data, province, pause=None, *extra):
    run_env = {**env, add.PAUSE_ENV: str(pause)} if pause else env
    return subprocess.Popen(
        [
            "htx",
            "add",
            province,
            "--period",
            "2030",
            "--data",
            str(data),
            *SOURCE,
            "--set",
            "groups.total=10",
            "--yes",
            *extra,
        ],
        env=run_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc):
    """Wait for the process and close its pipes; its exit code and stderr."""
    _out, err = proc.communicate(timeout=30)
    return proc.returncode, err


def temp_files(data: Path) -> list[Path]:
    return list(data.parent.glob(f".{data.name}.*.htx-tmp"))


def wait_for_temp(data: Path, timeout: float = 20) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in temp_files(data) if b"2030" in p.read_bytes()]
        if found:
            return found[0]
        time.sleep(0.02)
    raise AssertionError("the temporary file never appeared")


def test_killed_between_write_and_rename_leaves_original(env, data):
    before = data.read_bytes()
    proc = start_add(env, data, "Long An", 30)
    tmp = wait_for_temp(data)  # written and flushed, waiting to be renamed
    proc.kill()
    finish(proc)
    assert data.read_bytes() == before
    assert tmp.read_bytes().startswith(before)  # the new text was complete, only never renamed
    # the next htx add works as usual, and clears what the killed one left
    code, err = finish(start_add(env, data, "Long An"))
    assert code == 0, err
    assert "left by an htx add that was stopped" in err and temp_files(data) == []


def test_ctrl_c_before_rename_leaves_original_and_no_temp(env, data):
    before = data.read_bytes()
    proc = start_add(env, data, "Long An", 30)
    wait_for_temp(data)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode != 0 and "Traceback" not in err
    assert data.read_bytes() == before and temp_files(data) == []


def test_full_disk_leaves_original_and_no_temp(data, monkeypatch):
    before = data.read_bytes()

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        add.atomic_write(str(data), before.decode() + "\n# more\n", data.stat())
    assert data.read_bytes() == before and temp_files(data) == []


def test_full_disk_message_through_the_command(data, monkeypatch, capsys):
    from click.testing import CliRunner

    from htxcli.cli.app import cli

    before = data.read_bytes()
    monkeypatch.setattr(
        os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left"))
    )
    r = CliRunner().invoke(cli, ["add", "Long An", "--period", "2030", "--data", str(data), *SOURCE, "--yes"])
    assert r.exit_code == 1 and "could not write (No space left); the file is unchanged" in r.output
    assert data.read_bytes() == before


def test_two_writers_both_land(env, data):
    first = start_add(env, data, "Long An", 1.0)
    wait_for_temp(data)  # the first holds the lock now
    second = start_add(env, data, "Hà Tĩnh")
    assert finish(first)[0] == 0
    code, err = finish(second)
    assert code == 0, err
    reports = tomllib.loads(data.read_text(encoding="utf-8"))["report"]
    assert {(r["province"], r["period"]) for r in reports} >= {("Long An", "2030"), ("Hà Tĩnh", "2030")}
    assert data.read_bytes().startswith(DATA.read_bytes())


def test_second_writer_fails_clearly_when_told_not_to_wait(env, data):
    first = start_add(env, data, "Long An", 3.0)
    wait_for_temp(data)
    second = start_add(env, data, "Hà Tĩnh", None, "--wait", "0")
    code, err = finish(second)
    assert code == 1 and "another htx add is writing this file" in err
    assert finish(first)[0] == 0
