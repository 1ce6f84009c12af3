"""Numbers at their edges, through the console script (issue 16): a plan next to 0, integers
beyond a float's 2**53, a rate of -100 %, reports a day apart, a period that is not one."""

from __future__ import annotations

import json

import pytest

HEAD = """
[[report]]
province = "Long An"
period = "{period}"
status = "actual"

[report.source]
publisher = "p"
title = "t{period}"
"""


def data(tmp_path, *blocks: tuple[str, str]) -> str:
    """A data file of (period, body) report blocks."""
    path = tmp_path / "d.toml"
    text = "schema_version = 2\n" + "".join(HEAD.format(period=p) + body for p, body in blocks)
    path.write_text(text, encoding="utf-8")
    return str(path)


PLANS = """
[report.cooperatives]
total = 100
active = 90
land_area = 5.5

[[report.targets]]
target = "active_share"
plan = 5e-324

[[report.targets]]
target = "cooperatives.land_area"
plan = [1e-310, 2]

[[report.targets]]
target = "cooperatives.total"
plan = 0
"""


def test_a_tiny_plan_is_null_with_a_reason_never_infinity(htx, tmp_path):
    path = data(tmp_path, ("2024", PLANS))
    r = htx("--data", path, "show", "Long An", "--json")
    assert r.returncode == 0 and "Infinity" not in r.stdout and "NaN" not in r.stdout
    targets = json.loads(r.stdout)["reports"][0]["targets"]
    got = [(t["attainment"]["value"], t["attainment"]["reason"]) for t in targets]
    assert got == [
        (None, "the plan is too close to 0 to divide by"),
        (None, "the plan is too close to 0 to divide by"),
        (None, "the plan is 0"),
    ]
    csv = htx("--data", path, "show", "Long An", "--format", "csv").stdout
    assert "inf" not in csv and csv.count("too close to 0") == 2
    vi = htx("--data", path, "show", "Long An", "--lang", "vi", "--format", "markdown").stdout
    assert "kế hoạch quá gần 0" in vi and "kế hoạch bằng 0" in vi


def test_json_is_strict(htx, tmp_path):
    """Every JSON output parses with a parser that refuses NaN and Infinity."""

    def refuse(name: str) -> None:
        raise ValueError(name)

    path = data(tmp_path, ("2024", PLANS))
    for args in (("show", "Long An"), ("rank", "--by", "attainment.active_share"), ("growth", "Long An")):
        r = htx("--data", path, *args, "--json")
        assert r.returncode == 0, r.stderr
        json.loads(r.stdout, parse_constant=refuse)


BIG = """
[report.cooperatives]
total = 9_007_199_254_740_993
active = 9_007_199_254_740_990
suspended = 1
"""


def test_integers_beyond_2_53_keep_every_digit(htx, tmp_path):
    path = data(tmp_path, ("2024", BIG))
    r = htx("validate", path)
    assert "9,007,199,254,740,990 + 1 = 9,007,199,254,740,991, but the whole is 9,007,199,254,740,993" in (
        r.stdout
    )
    md = htx("--data", path, "show", "Long An", "--format", "markdown").stdout
    assert "9,007,199,254,740,993 " in md and "9,007,199,254,740,990 / 9,007,199,254,740,993" in md
    doc = json.loads(htx("--data", path, "show", "Long An", "--json").stdout)
    assert doc["reports"][0]["figures"]["cooperatives"]["total"]["value"] == 2**53 + 1


def test_a_rate_of_minus_100_percent_implies_no_earlier_value(htx, tmp_path):
    body = """
[report.cooperatives]
total = { value = 5, yoy_pct = -100 }
members = { value = 0, yoy_pct = -100 }
"""
    path = data(tmp_path, ("2024", body))
    for fmt in ("table", "csv", "json"):
        r = htx("--data", path, "growth", "Long An", "--format", fmt)
        assert r.returncode == 0 and "Traceback" not in r.stderr
    doc = json.loads(htx("--data", path, "growth", "Long An", "--json").stdout)
    assert doc["implied"] == []
    assert "falls -100 % year on year: impossible" in htx("validate", path).stdout


def test_two_as_of_reports_a_day_apart_are_not_annualised(htx, tmp_path):
    body = "\n[report.cooperatives]\ntotal = {n}\nactive = 90\n"
    path = data(tmp_path, ("2024-06-30", body.format(n=100)), ("2024-07-01", body.format(n=101)))
    doc = json.loads(htx("--data", path, "growth", "Long An", "--json").stdout)
    total = doc["changes"]["cooperatives"]
    assert total["absolute"] == 1 and total["relative"] == pytest.approx(0.01)
    assert total["annualised"] is None  # over a day an annual rate says nothing (and overflows)
    assert htx("--data", path, "growth", "Long An").returncode == 0


@pytest.mark.parametrize("period", ["garbage", "２０２４", "٢٠٢٤", "2024-H3"])
def test_rank_with_a_period_that_is_not_one_is_a_usage_error(htx, period):
    r = htx("rank", "--by", "active_share", "--period", period)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.startswith("Usage: htx rank") and "Error: --period: period" in r.stderr
