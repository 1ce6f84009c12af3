"""htx show and htx list through the installed console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA


def test_version(htx):
    from importlib.metadata import version

    r = htx("--version")
    assert r.success and version("htx") in r.stdout


def test_show_table_piped_is_plain_text(htx):
    r = htx("show", "Long An")
    assert r.success, r.stderr
    assert "\x1b[" not in r.stdout
    header, *rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert header[:4] == ["place", "scope", "period", "status"]
    active = dict(zip(header, next(row for row in rows if row[4] == "active_share"), strict=True))
    assert float(active["value"]) == pytest.approx(277 / 322) and active["origin"] == "computed"
    assert active["base"] == "all cooperatives; with credit funds" and active["place"] == "Long An"
    assert "Sở Kế hoạch và Đầu tư tỉnh Long An" in r.stderr  # the source, as a note


def test_show_json_shape(htx):
    r = htx("show", "Long An", "--json")
    assert r.success, r.stderr
    doc = json.loads(r.stdout)
    assert doc["schema_version"] == 1 and doc["command"] == "show"
    assert isinstance(doc["reports"], list) and len(doc["reports"]) == 1
    rep = doc["reports"][0]
    assert rep["province"] == "Long An" and rep["period"] == "2024-H1"
    assert rep["figures"]["cooperatives"]["charter_capital"] == {"value": 482_000_000_000}
    assert rep["figures"]["cooperatives"]["members"] == {"value": 42000, "qualifier": "more_than"}
    share = rep["metrics"]["good_or_fair_share_all"]
    assert share["value"] == pytest.approx(128 / 322) and share["unit"] == "fraction"
    assert share["base"] == "all cooperatives" and share["origin"] == "computed"
    missing = rep["metrics"]["workers_per_coop"]
    assert missing["value"] is None and missing["reason"]
    assert rep["stated_pct"]["good_or_fair_share_all"] == 39.8
    assert rep["start"]["good_or_fair_share_all"] == 33


def test_show_json_targets(htx):
    doc = json.loads(htx("show", "Kiên Giang", "--format", "json").stdout)
    targets = {t["target"]: t for t in doc["reports"][0]["targets"]}
    assert targets["training_classes"]["attainment"]["value"] == pytest.approx(1.1)
    assert targets["training_classes"]["stated_pct"] == 110


def test_a_money_target_is_planned_in_money(htx):
    doc = json.loads(htx("show", "Lào Cai (cũ)", "--json").stdout)
    units = {t["target"]: t["unit"] for t in doc["reports"][0]["targets"]}
    assert units == {"new_cooperatives": "count", "new_unions": "count", "support_budget": "VND"}
    r = htx("show", "Lào Cai (cũ)", "--format", "markdown")
    assert "support budget (2024), plan more than 12.3 bn VND" in r.stdout and "plan 40–45 " in r.stdout
    r = htx("show", "Lào Cai (cũ)", "--format", "markdown", "--lang", "vi")
    assert "kế hoạch hơn 12,3 tỷ đồng" in r.stdout


@pytest.mark.parametrize("fmt", ["markdown", "csv", "tsv", "table"])
def test_show_formats(htx, fmt):
    r = htx("show", "Trà Vinh", "--format", fmt)
    assert r.success, r.stderr
    assert "Good share of graded cooperatives" in r.stdout


def test_show_accepts_period_and_folded_name(htx):
    r = htx("show", "tra vinh", "--period", "2022", "--json")
    assert json.loads(r.stdout)["reports"][0]["province"] == "Trà Vinh"


def test_unknown_period_lists_known_ones(htx):
    r = htx("show", "Long An", "--period", "2019")
    assert r.returncode == 1 and "2024-H1" in r.stderr and "Traceback" not in r.stderr


def test_typo_suggests_name(htx):
    r = htx("show", "Kien Gaing")
    assert r.returncode == 1 and "Kiên Giang" in r.stderr and "Traceback" not in r.stderr


def test_list(htx):
    doc = json.loads(htx("list", "--json").stdout)
    names = [p["province"] for p in doc["provinces"]]
    assert names == ["Hà Tĩnh", "Kiên Giang", "Lào Cai (cũ)", "Long An", "Trà Vinh"]
    assert doc["provinces"][2]["reports"][0]["status"] == "estimated"


def test_data_option_on_group_and_command_and_env(htx, tmp_path, env):
    other = tmp_path / "mine.toml"
    text = DATA.read_text(encoding="utf-8").replace('province = "Long An"', 'province = "Quảng Ninh"')
    other.write_text(text, encoding="utf-8")
    for args in (["--data", str(other), "list", "--json"], ["list", "--data", str(other), "--json"]):
        names = [p["province"] for p in json.loads(htx(*args).stdout)["provinces"]]
        assert "Quảng Ninh" in names and "Long An" not in names
    r = htx("list", "--json", env={**env, "HTX_DATA": str(other)})
    assert "Quảng Ninh" in r.stdout


def test_bundled_data_works_from_any_directory(htx, tmp_path):
    r = htx("show", "Long An", "--json", cwd=tmp_path)
    assert r.success and json.loads(r.stdout)["reports"][0]["province"] == "Long An"


def test_python_dash_m(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("HTX_")}
    r = subprocess.run(
        [sys.executable, "-m", "htxcli", "list", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert r.returncode == 0 and json.loads(r.stdout)["command"] == "list"


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (None, "no such file"),
        ("schema_version = 1\n[[report]\nprovince = 'X'\n", ":2:9: invalid TOML"),
        (b"\xff\xfe garbage", "not UTF-8"),
        (
            "schema_version = 1\n\n[[report]]\nprovince = 'Long An'\nperiod = '2024-H1'\n"
            "[report.source]\npublisher = 'p'\ntitle = 't'\n[report.cooperatives]\ntotl = 5\n",
            ":10: unknown key 'totl' in [cooperatives]; did you mean 'total'?",
        ),
        (
            "[[report]]\nprovince = 'A'\nperiod = '2024-H3'\n[report.source]\npublisher='p'\ntitle='t'\n",
            ":3: period '2024-H3'",
        ),
    ],
)
def test_bad_data_file_is_one_line_with_file_and_line(htx, tmp_path, content, expect):
    path = tmp_path / "bad.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    r = htx("--data", str(path), "list")
    assert r.returncode == 2
    assert str(path) in r.stderr and expect in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) <= 2


def test_directory_and_unreadable_file(htx, tmp_path):
    r = htx("--data", str(tmp_path), "list")
    assert r.returncode == 2 and "directory" in r.stderr
    locked = tmp_path / "locked.toml"
    locked.write_text("schema_version = 1\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file")
        r = htx("--data", str(locked), "list")
        assert r.returncode == 2 and "cannot be read" in r.stderr
    finally:
        locked.chmod(0o600)


@pytest.mark.parametrize(
    "command", ["list | head -1", "list --format csv | head -1", "list --json | head -c 80"]
)
def test_head_closes_pipe_cleanly(env, tmp_path, command):
    """Output far larger than the pipe's buffer, so that htx really writes into a closed pipe."""
    import tomli_w

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from generate import generate

    big = tmp_path / "big.toml"
    big.write_text(tomli_w.dumps(generate(3000)), encoding="utf-8")
    r = subprocess.run(
        f"set -o pipefail; htx --data {big} {command}; s=$?; echo; echo status=$s",
        shell=True,
        capture_output=True,
        text=True,
        executable="/bin/bash",
        check=False,
        env=env,
    )
    assert r.stderr == "", r.stderr  # no traceback, no "Broken pipe", nothing at all
    first, *_rest, status = r.stdout.splitlines()
    assert first and status == "status=141"  # ended by SIGPIPE, as `yes | head -1` is
