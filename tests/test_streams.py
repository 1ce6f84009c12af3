"""The standard streams as a shell may hand them over (issue 16): closed, a pipe whose
reader stopped, a full disk, an encoding that is not UTF-8. Never a traceback, never
"internal error"; the exit codes of docs/errors.md."""

from __future__ import annotations

import json
import os
import signal

import pytest

SHOW = ("show", "Long An")
BROKEN_PIPE = (141, -signal.SIGPIPE)  # through a shell, or killed by the signal


def _close(*fds: int):
    def preexec() -> None:
        for fd in fds:
            os.close(fd)

    return preexec


def _reader_gone(block_sigpipe: bool):
    """stdout a pipe whose reader has already stopped, as in `htx ... | head -0`."""

    def preexec() -> None:
        if block_sigpipe:  # then a write fails with EPIPE instead of killing htx
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})
        r, w = os.pipe()
        os.close(r)
        os.dup2(w, 1)

    return preexec


def quiet(r) -> bool:
    return "Traceback" not in r.stderr and "internal error" not in r.stderr


@pytest.mark.parametrize("args", [SHOW, (*SHOW, "--json"), ("list",), ("--version",), ("--help",)])
def test_closed_stdout_is_an_error_that_says_so(htx, args):
    r = htx(*args, preexec_fn=_close(1))
    assert r.returncode == 2 and quiet(r)
    assert r.stderr.splitlines()[-2:] == [
        "htx: cannot write to standard output (it is closed)",
        "  hint: give it a file or a pipe: htx ... > out.txt",
    ]


def test_closed_stdout_fails_validate_only_when_it_has_findings_to_print(htx, tmp_path):
    clean = htx("validate", preexec_fn=_close(1))
    assert clean.returncode == 0 and quiet(clean)  # nothing to print, nothing lost
    bad = tmp_path / "bad.toml"
    bad.write_text("schema_version = 1\nreport = [1]\n", encoding="utf-8")
    r = htx("validate", str(bad), preexec_fn=_close(1))
    assert r.returncode == 2 and quiet(r) and "standard output (it is closed)" in r.stderr


@pytest.mark.parametrize("args", [SHOW, ("show", "Nowhere")])
def test_closed_stderr_keeps_the_exit_code(htx, args):
    r = htx(*args, preexec_fn=_close(2))
    assert r.returncode == (0 if args == SHOW else 1)
    assert r.stderr == ""
    if args == SHOW:
        assert r.stdout.startswith("place\tscope")


def test_both_closed(htx):
    assert htx(*SHOW, preexec_fn=_close(1, 2)).returncode == 2


@pytest.mark.parametrize("block", [False, True], ids=["sigpipe", "sigpipe-blocked"])
@pytest.mark.parametrize(
    "args", [SHOW, (*SHOW, "--json"), ("validate", "--show-acknowledged"), ("--version",), ("--help",)]
)
def test_a_reader_that_stopped_ends_htx_quietly(htx, args, block):
    r = htx(*args, preexec_fn=_reader_gone(block))
    assert r.returncode in BROKEN_PIPE and quiet(r)
    assert "htx:" not in r.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [SHOW, (*SHOW, "--json"), ("validate", "--format", "json"), ("--version",)])
def test_a_full_disk_is_said_in_one_line(htx, args):
    def full() -> None:
        fd = os.open("/dev/full", os.O_WRONLY)
        os.dup2(fd, 1)

    r = htx(*args, preexec_fn=full)
    assert r.returncode == 2 and quiet(r)
    assert r.stderr.splitlines()[-1] == "htx: cannot write to standard output (No space left on device)"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_stderr_still_lets_the_data_through(htx):
    def full() -> None:
        os.dup2(os.open("/dev/full", os.O_WRONLY), 2)

    r = htx(*SHOW, preexec_fn=full)
    assert r.returncode == 0 and r.stdout.startswith("place\tscope")
    assert htx("show", "Nowhere", preexec_fn=full).returncode == 1


def _files_up_to(size: int):
    """Files may not grow past ``size`` bytes (a write past it fails with EFBIG, as a full
    disk fails with ENOSPC); pipes are not files, so the streams still work."""
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("there", [True, False], ids=["existing", "new"])
def test_an_output_file_that_cannot_be_written_is_said_and_left_as_it_was(htx, tmp_path, fmt, there):
    (folder := tmp_path / "out").mkdir()
    path = folder / f"out.{fmt}"
    if there:
        path.write_bytes(b"old\n")
    r = htx(*SHOW, "--format", fmt, "-o", str(path), preexec_fn=_files_up_to(100))
    kept = "the file is as it was" if there else "nothing was written"
    assert r.returncode == 2 and quiet(r), r.stderr
    assert r.stderr.splitlines()[-2:] == [
        f"htx: cannot write to {path} (File too large)",
        f"  hint: {kept}; free some space, or give -o another folder",
    ]
    assert sorted(p.name for p in folder.iterdir()) == ([path.name] if there else [])
    assert not there or path.read_bytes() == b"old\n"


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_ctrl_c_as_the_output_files_copy_is_made_leaves_nothing(tmp_path, monkeypatch):
    """A Ctrl-C inside mkstemp, after it made the file and before its name is returned."""
    import tempfile

    from conftest import ctrl_c_as_it_returns

    from htxcli.cli.output_file import written

    monkeypatch.setattr(tempfile, "mkstemp", ctrl_c_as_it_returns(tempfile.mkstemp))
    with pytest.raises(KeyboardInterrupt), written(str(tmp_path / "out.csv")) as out:
        out.write("new\n")
    assert list(tmp_path.iterdir()) == []


def _ascii(env: dict[str, str], how: str) -> dict[str, str]:
    env = {k: v for k, v in env.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LANG", "LC_CTYPE")}
    if how == "PYTHONIOENCODING=ascii":
        return {**env, "PYTHONIOENCODING": "ascii"}
    return {**env, "LC_ALL": "C", "PYTHONUTF8": "0"}


HOW = ["PYTHONIOENCODING=ascii", "LC_ALL=C"]
HINT = "  hint: set PYTHONIOENCODING=utf-8, or a UTF-8 locale such as LC_ALL=C.UTF-8"


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("fmt", ["table", "csv", "markdown"])
def test_an_ascii_output_gets_escapes_and_a_hint(htx, env, how, fmt):
    r = htx(*SHOW, "--format", fmt, env=_ascii(env, how))
    assert r.returncode == 0 and quiet(r)
    assert r.stdout.isascii() and "T\\u00e2y Ninh" in r.stdout + r.stderr
    assert r.stderr.splitlines()[-1] == HINT
    assert "cannot show every character" in r.stderr.splitlines()[-2]


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize(
    "args", [(*SHOW, "--json"), ("list", "--json"), ("rank", "--by", "active_share", "--json")]
)
def test_json_on_an_ascii_output_is_the_same_json(htx, env, how, args):
    utf8 = htx(*args)
    r = htx(*args, env=_ascii(env, how))
    assert r.returncode == 0 and quiet(r) and r.stdout.isascii()
    assert json.loads(r.stdout) == json.loads(utf8.stdout)
    assert HINT not in r.stderr  # nothing needed escaping: JSON's own \u escapes are exact


@pytest.mark.parametrize("how", HOW)
def test_validate_json_on_an_ascii_output(htx, env, how):
    r = htx("validate", "--format", "json", env=_ascii(env, how))
    assert r.returncode == 0 and r.stdout.isascii()
    assert json.loads(r.stdout) == json.loads(htx("validate", "--format", "json").stdout)


def test_latin1_output_gets_ascii_json(htx, env):
    r = htx("list", "--json", env={**env, "PYTHONIOENCODING": "latin-1"})
    assert r.returncode == 0 and r.stdout.isascii() and json.loads(r.stdout)
