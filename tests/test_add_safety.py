"""Nothing is ever lost: a kill between write and rename, Ctrl-C, a full disk, two writers."""

from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import pytest
from conftest import DATA, ctrl_c_as_it_returns

from htxcli.write import atomic as add

SOURCE = ["--set", "source.publisher=p", "--set", "source.title=t"]


def start_add(env, data, province, pause=None, *extra, pause_after=None):
    run_env = {**env, add.PAUSE_ENV: str(pause)} if pause else env
    if pause_after:
        run_env = {**run_env, add.PAUSE_AFTER_ENV: str(pause_after)}
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


STOPPED = -signal.SIGINT  # htx ends by the signal itself: the shell shows 130


def test_ctrl_c_before_rename_leaves_original_and_says_so(env, data):
    before = data.read_bytes()
    proc = start_add(env, data, "Long An", 30)
    wait_for_temp(data)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == STOPPED and "Traceback" not in err and "Aborted!" not in err
    assert err.endswith(f"htx: interrupted: nothing written; {data} is as it was\n")
    assert "appended" not in err
    assert data.read_bytes() == before and temp_files(data) == []


def test_ctrl_c_after_rename_is_held_until_the_write_is_said(env, data):
    """The report is written: htx says so, then that it was interrupted -- never 'Aborted!'."""
    before = data.read_bytes()
    proc = start_add(env, data, "Long An", pause_after=1)
    deadline = time.monotonic() + 20
    while data.read_bytes() == before and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)  # renamed, not yet said
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == STOPPED and "Aborted!" not in err and "Traceback" not in err
    assert err.splitlines()[-2:] == [
        f"htx: appended Long An 2030 to {data}",
        f"htx: interrupted after the report was written; {data} holds it, whole",
    ]
    assert data.read_bytes().startswith(before) and "2030" in data.read_text(encoding="utf-8")
    assert temp_files(data) == []


class Reader:
    """A process's stderr, read as it comes, so a test can wait for a prompt."""

    def __init__(self, proc: subprocess.Popen) -> None:
        import threading

        self.chunks: list[bytes] = []
        self.thread = threading.Thread(target=self._read, args=(proc.stderr.fileno(),), daemon=True)
        self.thread.start()

    def _read(self, fd: int) -> None:
        while chunk := os.read(fd, 4096):
            self.chunks.append(chunk)

    def text(self) -> str:
        return b"".join(self.chunks).decode()

    def wait_for(self, words: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while words not in self.text():
            assert time.monotonic() < deadline, self.text()
            time.sleep(0.01)


@pytest.mark.parametrize(
    ("extra", "prompt"),
    [(SOURCE, "Append this report in"), ([], "Publisher (who issued the report)")],
    ids=["confirm", "interview"],
)
def test_ctrl_c_at_a_prompt_writes_nothing_and_says_so(env, data, extra, prompt):
    before = data.read_bytes()
    proc = subprocess.Popen(
        ["htx", "add", "Long An", "--period", "2030", "--data", str(data), *extra],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    reader = Reader(proc)
    reader.wait_for(prompt)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == STOPPED
    reader.thread.join(timeout=10)
    proc.stdin.close()
    proc.stderr.close()
    err = reader.text()
    assert err.endswith(f"htx: interrupted: nothing written; {data} is as it was\n"), err
    assert "Aborted!" not in err and data.read_bytes() == before


def test_no_answer_at_the_confirm_prompt_writes_nothing(htx, data):
    before = data.read_bytes()
    r = htx("add", "Long An", "--period", "2030", "--data", str(data), *SOURCE, stdin="")
    assert r.returncode == 1 and r.stderr.endswith("htx: nothing written\n") and "Aborted!" not in r.stderr
    assert data.read_bytes() == before


# A traceback of Python's own start-up (its site module, pip's launcher importing re) comes
# before any code of htx runs, and is not htx's; from htx's first module on, there is none.
HTX_FRAME = re.compile(r'File "[^"]*/(click/|htxcli/(?!__init__\.py|cli/__init__\.py|cli/entry\.py))')
# Python's own message for a Ctrl-C it could not raise (in importlib's module-lock callback)
# and then went on from: before htx's first module runs, htx cannot hold it (entry.py).
PYTHON_LOST_CTRL_C = re.compile(
    r"Exception ignored in: <function _get_module_lock\.<locals>\.cb at 0x[0-9a-f]+>\n"
    r"Traceback \(most recent call last\):\n"
    r'  File "<frozen importlib\._bootstrap>", line \d+, in cb\n'
    r"KeyboardInterrupt: ?\n"
)
SAID = (
    "htx: interrupted while starting; nothing was changed",
    "htx: interrupted; nothing was changed",
    "htx: interrupted: nothing written; {data} is as it was",
    "htx: interrupted after the report was written; {data} holds it, whole",
    "htx: appended Long An 2030 to {data}",
)


def interrupt_after(env, data, before, delay):
    """One htx add sent SIGINT after `delay` seconds: (exit code, written), or None when
    Python's own start-up took the signal before any code of htx ran."""
    data.write_bytes(before)
    proc = start_add(env, data, "Long An")
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)  # a no-op once the run has ended
    code, err = finish(proc)
    after = data.read_bytes()
    assert not HTX_FRAME.search(err) and "Aborted!" not in err, err
    assert temp_files(data) == [], err
    err = PYTHON_LOST_CTRL_C.sub("", err)  # Python lost it before htx's first line: htx ran on
    lines = err.splitlines()
    if "Fatal Python error" in err or "Traceback" in err:  # Python's own start-up: htx never ran
        assert after == before, err
        return None
    assert code in (0, STOPPED) and all(line in [s.format(data=data) for s in SAID] for line in lines), err
    written = after != before
    assert written == (f"htx: appended Long An 2030 to {data}" in lines), (delay, err)
    if written:
        assert after.startswith(before) and "2030" in after.decode()
    return code, written


def test_ctrl_c_at_any_moment_file_and_message_agree(env, data):
    """SIGINT sent at moments spread over a whole run: the file is untouched or has the new
    report, and what htx said (if anything) is true of it; never a traceback of htx's code."""
    before = data.read_bytes()
    started = time.monotonic()
    assert finish(start_add(env, data, "Long An"))[0] == 0
    whole = time.monotonic() - started
    # spread over a whole run as long as it takes on this machine now; a loaded CI machine may
    # slow down after that measure, so the moments go on past it until a run ends untouched
    seen = {interrupt_after(env, data, before, whole * 1.3 * n / 30) for n in range(30)}
    late = whole * 1.3
    while (0, True) not in seen and late < 30 * whole:
        late *= 1.5
        seen.add(interrupt_after(env, data, before, late))
    assert (0, True) in seen and (STOPPED, False) in seen, seen


def test_full_disk_leaves_original_and_no_temp(data, monkeypatch):
    before = data.read_bytes()

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        add.atomic_write(str(data), before.decode() + "\n# more\n", data.stat())
    assert data.read_bytes() == before and temp_files(data) == []


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_ctrl_c_as_the_temporary_file_is_made_leaves_no_temp(data, monkeypatch):
    """A Ctrl-C that comes inside mkstemp, after it made the file and before its name is
    returned (as a CI run once caught): the file is untouched and the copy removed."""
    before = data.read_bytes()
    monkeypatch.setattr(tempfile, "mkstemp", ctrl_c_as_it_returns(tempfile.mkstemp))
    with pytest.raises(KeyboardInterrupt):
        add.atomic_write(str(data), before.decode() + "\n# more\n", data.stat())
    assert data.read_bytes() == before and temp_files(data) == []


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_ctrl_c_just_before_it_is_held_is_not_left_blocked(data, monkeypatch):
    """A Ctrl-C that came just before htx blocks it is raised by pthread_sigmask itself, the
    mask already changed (as a CI run once caught: htx then exited 130 instead of by the
    signal, which stayed blocked). SIGINT must be let through again."""
    before = data.read_bytes()
    real = signal.pthread_sigmask

    def raised_as_the_mask_changes(how, mask):
        previous = real(how, mask)
        if how == signal.SIG_BLOCK:
            raise KeyboardInterrupt  # what PyErr_CheckSignals does after the change
        return previous

    monkeypatch.setattr(signal, "pthread_sigmask", raised_as_the_mask_changes)
    with pytest.raises(KeyboardInterrupt):
        add.atomic_write(str(data), before.decode() + "\n# more\n", data.stat())
    monkeypatch.undo()
    blocked = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # for the tests after
    assert signal.SIGINT not in blocked
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


def test_a_ctrl_c_python_cannot_raise_prints_no_traceback(capsys, monkeypatch):
    """Python loses a KeyboardInterrupt raised where it cannot raise (importlib's module-lock
    weakref callback mid-import, a finaliser) and prints its traceback; htx holds it unprinted
    (a Ctrl-C while starting then stops htx), and prints any other such exception as Python does."""
    from htxcli.cli import entry

    class Raises:
        def __init__(self, exc):
            self.exc = exc

        def __del__(self):
            raise self.exc

    monkeypatch.setattr(sys, "unraisablehook", entry._hold_lost_ctrl_c)
    monkeypatch.setattr(entry, "_lost", [])
    Raises(KeyboardInterrupt())  # dropped at once: its __del__ raises where nothing can catch
    assert capsys.readouterr().err == "" and len(entry._lost) == 1
    Raises(ValueError("boom"))
    assert "ValueError: boom" in capsys.readouterr().err and len(entry._lost) == 1


def test_a_ctrl_c_lost_while_starting_stops_htx(tmp_path):
    """The Ctrl-C held while entry.py loaded ends htx as any Ctrl-C while starting does."""
    script = (
        "import sys\n"
        "from htxcli.cli import entry\n"
        "entry._lost.append(KeyboardInterrupt())\n"
        "entry.main()\n"
        "print('ran on')\n"
    )
    done = subprocess.run([sys.executable, "-c", script, "list"], capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGINT and done.stdout == ""
    assert done.stderr == "htx: interrupted while starting; nothing was changed\n"
