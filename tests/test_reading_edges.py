"""Data files at the edges of what a reader survives (issue 16), through the console script:
nesting hundreds of levels deep, integers of thousands of digits, a byte-order mark, a
missing or unreadable folder, a report that is not a table. Each ends in one or two lines
naming the file (and line), exit 2 (validate: a finding, exit 1), and no traceback."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import BIN, DATA, REPORT_HEAD

COMMANDS = [["list"], ["show", "Long An", "--json"], ["rank", "--by", "active_share"]]
BOM = "\ufeff"


def write(tmp_path, text: str, name: str = "d.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def refused(htx, path: str, line: int | None, message: str, hint: str | None = None) -> None:
    """Every reading command ends with the message at file:line, exit 2."""
    where = f"{path}:{line}" if line else path
    for args in COMMANDS:
        r = htx("--data", path, *args)
        assert r.returncode == 2 and "Traceback" not in r.stderr and "internal error" not in r.stderr
        lines = r.stderr.splitlines()
        assert lines[0].startswith(f"htx: {where}") and message in lines[0], r.stderr
        assert lines[1:] == ([f"  hint: {hint}"] if hint else []), r.stderr


def finding(htx, path: str, expected: str) -> None:
    r = htx("validate", path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert expected in r.stdout, r.stdout


NESTED = "values are nested too deeply to read (arrays or tables inside each other)"


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("x = " + "[" * 500 + "]" * 500 + "\n", 9),  # arrays, as issue 16 gives them
        ("note = " + "{a = " * 400 + "1" + "}" * 400 + "\n", 9),  # inline tables
        ("note = [\n" + "[" * 500 + "\n" + "]" * 500 + "\n]\n", 10),  # over lines: the deepest
    ],
    ids=["arrays", "inline-tables", "over-lines"],
)
def test_nesting_hundreds_deep(htx, tmp_path, body, line):
    path = write(tmp_path, REPORT_HEAD + "\n" + body)
    refused(htx, path, line, NESTED, "htx's format nests a few levels")
    finding(htx, path, f"{path}:{line}:1: error syntax {NESTED}")


def test_an_integer_longer_than_python_reads(htx, tmp_path):
    path = write(tmp_path, REPORT_HEAD + "\n[report.cooperatives]\ntotal = " + "9" * 4400 + "\n")
    refused(htx, path, 10, "a number of more than 4,300 digits", "no figure is that long: look for a typo")
    finding(htx, path, f"{path}:10:1: error syntax a number of more than 4,300 digits")


@pytest.mark.parametrize(
    ("value", "size"),
    [("9" * 4000, "4000 digits long"), ("1" + "0" * 18, "19 digits long"), ("1e300", "1e+300")],
)
def test_a_number_beyond_any_figure(htx, tmp_path, value, size):
    """Read, but too large to be a figure: it would overflow a float in every metric."""
    path = write(tmp_path, REPORT_HEAD + f"\n[report.cooperatives]\ntotal = 5\nland_area = {value}\n")
    message = f"land_area is {size}, beyond any figure of a report (10^18): look for a typo"
    refused(htx, path, 11, message)
    finding(htx, path, f"{path}:11:1: error bad-value {message}")


def test_the_largest_figure_still_read(htx, tmp_path):
    path = write(
        tmp_path,
        REPORT_HEAD + "\n[report.cooperatives]\ntotal = 5\ncharter_capital = 999_999_999_999_999_999\n",
    )
    doc = json.loads(htx("--data", path, "show", "Long An", "--json").stdout)
    assert doc["reports"][0]["figures"]["cooperatives"]["charter_capital"]["value"] == 10**18 - 1


def test_a_byte_order_mark_is_read_past(htx, tmp_path):
    """Windows editors write one; htx reads the file as if it were not there."""
    path = write(tmp_path, BOM + DATA.read_text(encoding="utf-8"))
    plain = json.loads(htx("show", "Long An", "--json").stdout)
    got = json.loads(htx("--data", path, "show", "Long An", "--json").stdout)
    assert got["reports"] == plain["reports"]
    assert htx("validate", path).returncode == 0


def test_htx_add_keeps_the_byte_order_mark(htx, tmp_path):
    path = write(tmp_path, BOM + DATA.read_text(encoding="utf-8"))
    before = (tmp_path / "d.toml").read_bytes()
    sets = ["--set", "source.publisher=p", "--set", "source.title=t", "--set", "cooperatives.total=5"]
    r = htx("add", "Long An", "--period", "2031", "--data", path, "--yes", *sets)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "d.toml").read_bytes().startswith(before)


def test_lines_and_columns_after_a_byte_order_mark(htx, tmp_path):
    path = write(tmp_path, BOM + "schema_version = = 1\n")
    finding(htx, path, f"{path}:1:18: error syntax invalid TOML: Invalid value")
    path = write(tmp_path, BOM + REPORT_HEAD + "totl = 1\n", "typo.toml")
    finding(htx, path, f"{path}:8:1: error unknown-key unknown key 'totl'")


def test_a_byte_order_mark_inside_the_file_is_named(htx, tmp_path):
    text = DATA.read_text(encoding="utf-8")
    path = write(tmp_path, text + BOM + text)
    line = text.count("\n") + 1
    message = "a byte-order mark (U+FEFF) inside the file, where TOML allows none"
    refused(htx, path, line, message, "delete it (two files joined into one?)")


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("nowhere/deeper/x.toml", "no such file (no folder {tmp}/nowhere)"),
        ("file.toml/x.toml", "no such file ({tmp}/file.toml is a file, not a folder)"),
    ],
)
def test_data_in_a_folder_that_is_not_there(htx, tmp_path, where, said):
    (tmp_path / "file.toml").write_text("", encoding="utf-8")
    path = str(tmp_path / where)
    refused(htx, path, None, said.format(tmp=tmp_path), "give an existing file with --data or HTX_DATA")
    r = htx("validate", path)
    assert r.returncode == 2 and f"error unreadable {said.format(tmp=tmp_path)}" in r.stdout


def test_data_in_a_folder_htx_may_not_enter(script_runner, env):
    top = tempfile.mkdtemp()  # not under pytest's tmp_path, which only its owner may enter
    os.chmod(top, 0o755)
    folder = os.path.join(top, "locked")
    os.mkdir(folder)
    path = os.path.join(folder, "provinces.toml")
    shutil.copy(DATA, path)
    os.chmod(folder, 0)
    htx = [os.path.join(BIN, "htx")]
    if os.geteuid() == 0:  # root enters any folder: run htx as nobody
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        closed = [d for d in (Path(BIN), *Path(BIN).parents) if d.stat().st_mode & 0o001 == 0]
        if closed:  # e.g. a venv inside a mktemp -d folder (0700)
            pytest.skip(f"nobody cannot reach {BIN}: {closed[0]} is closed to others")
        htx = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *htx]
    try:
        for args in COMMANDS:
            r = script_runner.run([*htx, "--data", path, *args], env=env, cwd="/")
            assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
            assert r.stderr.splitlines() == [
                f"htx: {path}: cannot be read (Permission denied)",
                "  hint: check the permissions of the file and of the folders it is in",
            ]
    finally:
        os.chmod(folder, 0o700)
        shutil.rmtree(top)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("schema_version = 1\nreport = [1]\n", 2, "each report is a [[report]] table"),
        ('schema_version = 1\nreport = ["Long An"]\n', 2, "each report is a [[report]] table"),
        ("schema_version = 1\nreport = 1\n", 2, "reports are written as [[report]] blocks"),
        ("schema_version = 1\n[report]\nprovince = 1\n", 2, "reports are written as [[report]] blocks"),
    ],
)
def test_a_report_that_is_not_a_table(htx, tmp_path, text, line, message):
    path = write(tmp_path, text)
    refused(htx, path, line, message)
    finding(htx, path, f"{path}:{line}:1: error wrong-type {message}")
