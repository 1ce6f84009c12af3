"""htx never answers bad input with a traceback: generated documents, mutations of the
bundled file, random bytes, wrong encodings, missing files and directories, fed to every
command. Exit codes are always 0, 1 or 2, and a data problem names the file."""

from __future__ import annotations

import os
import random

import pytest
import tomli_w
from click.testing import CliRunner
from conftest import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_validate import documents

from htxcli.cli.app import cli

COMMANDS = [
    ["list"],
    ["show", "Long An"],
    ["show", "Long An", "--json"],
    ["compare", "Long An", "Kiên Giang", "--format", "csv"],
    ["rank", "--by", "active_share", "--json"],
    ["growth", "Long An", "--json"],
    ["metrics"],
]


def check(path: str, args: list[str]) -> None:
    """Run one command on one file in process; assert it ends the way htx promises."""
    runner = CliRunner()
    result = runner.invoke(cli, ["--data", path, *args])
    out = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in out and "internal error" not in out, out
    assert result.exit_code in (0, 1, 2), (result.exit_code, out)
    if result.exit_code == 2:
        assert path in out, out


def check_add(path: str) -> None:
    """htx add on any file: a refusal leaves every byte; a success keeps every old byte."""
    with open(path, "rb") as f:
        before = f.read()
    result = CliRunner().invoke(
        cli,
        [
            "add",
            "Long An",
            "--period",
            "2031",
            "--data",
            path,
            "--yes",
            "--set",
            "source.publisher=p",
            "--set",
            "source.title=t",
        ],
    )
    assert "internal error" not in result.output and result.exit_code in (0, 1, 2), result.output
    with open(path, "rb") as f:
        after = f.read()
    if result.exit_code:
        assert after == before
    else:
        assert after.startswith(before.rstrip(b"\n"))


def check_validate(path: str) -> None:
    result = CliRunner().invoke(cli, ["validate", path])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "internal error" not in result.output and result.exit_code in (0, 1, 2)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents, st.sampled_from(COMMANDS))
def test_generated_documents(tmp_path, doc, args):
    path = tmp_path / "gen.toml"
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    check(str(path), args)
    check_validate(str(path))
    check_add(str(path))


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        kind = rng.randrange(5)
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif kind == 2 and lines[i]:
            j = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:j] + rng.choice("=[]{}\"'#.,-0x é\t") + lines[i][j + 1 :]
        elif kind == 3:
            lines[i] = lines[i].replace("=", "= -", 1)
        else:
            lines[i], lines[-1 - i] = lines[-1 - i], lines[i]
    return "\n".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 2**32), st.sampled_from(COMMANDS))
def test_mutations_of_the_bundled_file(tmp_path, seed, args):
    path = tmp_path / "mutant.toml"
    path.write_text(_mutate(DATA.read_text(encoding="utf-8"), random.Random(seed)), encoding="utf-8")
    check(str(path), args)
    check_validate(str(path))
    check_add(str(path))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300), st.sampled_from(COMMANDS))
def test_random_bytes(tmp_path, data, args):
    path = tmp_path / "bytes.toml"
    path.write_bytes(data)
    check(str(path), args)
    check_validate(str(path))
    check_add(str(path))


@pytest.mark.parametrize("encoding", ["utf-16", "cp1258", "latin-1"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_wrong_encodings(tmp_path, encoding, args):
    path = tmp_path / "enc.toml"
    path.write_bytes(DATA.read_text(encoding="utf-8").encode(encoding, errors="replace"))
    check(str(path), args)


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_missing_directory_and_unreadable(tmp_path, args):
    check(str(tmp_path / "missing.toml"), args)
    check(str(tmp_path), args)
    locked = tmp_path / "locked.toml"
    locked.write_text("schema_version = 1\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if not os.access(locked, os.R_OK):
            check(str(locked), args)
    finally:
        locked.chmod(0o600)


def test_through_the_console_script(htx, tmp_path):
    path = tmp_path / "bytes.toml"
    path.write_bytes(b"\x00\xff\xfe garbage [[[")
    for args in (a for a in COMMANDS if a != ["metrics"]):  # metrics reads no data
        r = htx("--data", str(path), *args)
        assert r.returncode == 2 and str(path) in r.stderr and "Traceback" not in r.stderr
    r = htx("validate", str(path))
    assert r.returncode == 1 and "encoding" in r.stdout
