"""htx add follows format 2: ranges, losses, sectors, keys under a figure, regions and the country."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from htxcli.lint.validate import validate_file
from htxcli.write.block import build
from htxcli.write.numbers import parse_range
from htxcli.write.typed import typed_value

SOURCE = ("--set", "source.publisher=Liên minh HTX", "--set", "source.title=Báo cáo năm 2024")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 - 5 triệu", (4_000_000, 5_000_000, None)),
        ("4-5 triệu", (4_000_000, 5_000_000, None)),
        ("từ 40 đến 45", (40, 45, None)),
        ("khoảng 1,5 – 2 tỷ", (1_500_000_000, 2_000_000_000, "about")),
        ("800 triệu - 1,2 tỷ", (800_000_000, 1_200_000_000, None)),
    ],
)
def test_a_printed_range(text, expected):
    assert parse_range(text) == expected


@pytest.mark.parametrize("text", ["42.000", "hơn 42.000", "-5", "lỗ 4,5 tỷ", "2,002 tỷ"])
def test_one_number_is_not_a_range(text):
    assert parse_range(text) is None


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(["", " triệu", " tỷ"]))
def test_any_range_written_low_high_reads_back(low, high, unit):
    low, high = sorted((low, high))
    scale = {"": 1, " triệu": 10**6, " tỷ": 10**9}[unit]
    assert parse_range(f"{low} - {high}{unit}") == (low * scale, high * scale, None)


def test_a_backwards_range_is_refused():
    with pytest.raises(ValueError, match="low - high"):
        parse_range("5 - 4 triệu")


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        (
            "cooperatives.income_per_worker",
            "4 - 5 triệu/tháng",
            {"value": [4_000_000, 5_000_000], "per": "month"},
        ),
        ("cooperatives.income_per_member", "58 triệu/năm", {"value": 58_000_000, "per": "year"}),
        ("cooperatives.profit", "lỗ 4,5 tỷ", -4_500_000_000),
        ("cooperatives.profit", "-4,5 tỷ", -4_500_000_000),
        (
            "cooperatives.sectors.agriculture.members",
            "hơn 41.000",
            {"value": 41_000, "qualifier": "more_than"},
        ),
        ("cooperatives.total.plan", "40 - 45", [40, 45]),
        ("cooperatives.total.attained_pct", "100,5", 100.5),
        ("cooperatives.total.change_pct", "giảm 3,2", -3.2),
        ("cooperatives.total.change_qualifier", "khoảng", "about"),
        ("cooperatives.total.covers", "379", 379),
        ("cooperatives.revenue.status", "ước", "estimated"),
        ("cooperatives.sectors.complete", "true", True),
        ("source.published", "2024-05", "2024-05"),
        ("status", "ước", "estimated"),
        ("preferred", "true", True),
    ],
)
def test_typed_by_the_key_it_is_for(path, text, expected):
    assert typed_value(path.split("."), text) == expected


@pytest.mark.parametrize(
    ("path", "text", "why"),
    [
        ("cooperatives.total", "-5", "cannot be negative"),
        ("cooperatives.income_per_worker", "4 triệu", "time unit"),
        ("cooperatives.income_per_worker", "4 triệu/tuần", "not a time unit"),
        ("source.published", "05/2024", "not a date"),
        ("cooperatives.total.qualifier", "roughly", "qualifier is one of"),
    ],
)
def test_what_cannot_be_read_says_why(path, text, why):
    with pytest.raises(ValueError, match=why):
        typed_value(path.split("."), text)


def test_a_figure_keeps_its_parts_whatever_the_order_of_set():
    report = build(
        "Sơn La",
        "2024",
        None,
        ["groups.total.change=37", "groups.total=447", "groups.total.change_from=2023", "groups.new=12"],
    )
    assert report["groups"] == {"total": {"change": 37, "value": 447, "change_from": "2023"}, "new": 12}
    report = build("Sơn La", "2024", None, ["groups.total=447", "groups.total.plan=450"])
    assert report["groups"]["total"] == {"value": 447, "plan": 450}


@pytest.mark.parametrize(
    ("typed", "key", "name"),
    [
        ("ĐBSCL", "region", "Đồng bằng sông Cửu Long"),
        ("cả nước", "country", "Việt Nam"),
        ("Sơn La", "province", "Sơn La"),
    ],
)
def test_the_place_goes_under_the_key_of_its_scope(typed, key, name):
    report = build(typed, "2024", None, [])
    assert report[key] == name and not {"province", "region", "country"} - {key} & set(report)


def test_add_a_format2_report_through_htx(htx, tmp_path):
    path = tmp_path / "data.toml"
    sets = [
        "cooperatives.total=210",
        "cooperatives.total.plan=209",
        "cooperatives.total.attained_pct=100,5",
        "cooperatives.income_per_worker=4 - 5 triệu/tháng",
        "cooperatives.sectors.agriculture.total=150",
        "cooperatives.profit=lỗ 4,5 tỷ",
        "cooperatives.effective=96",
        "cooperatives.effective.criterion=doanh thu trên 1 tỷ đồng",
    ]
    args = [a for s in sets for a in ("--set", s)]
    r = htx("add", "Điện Biên", "--period", "2024", "--data", str(path), *SOURCE, *args, "--yes")
    assert r.returncode == 0, r.stderr
    r = htx(
        "add",
        "ĐBSCL",
        "--period",
        "2024",
        "--data",
        str(path),
        *SOURCE,
        "--set",
        "cooperatives.total=3500",
        "--yes",
    )
    assert r.returncode == 0 and "Đồng bằng sông Cửu Long" in r.stderr
    findings, read = validate_file(path)
    assert read and findings == []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    coops = data["report"][0]["cooperatives"]
    assert coops["income_per_worker"] == {"value": [4_000_000, 5_000_000], "per": "month"}
    assert coops["sectors"]["agriculture"]["total"] == 150 and coops["profit"] == -4_500_000_000
    assert data["report"][1]["region"] == "Đồng bằng sông Cửu Long"
    shown = htx("--data", str(path), "show", "Điện Biên", "--format", "csv").stdout
    assert ",48000000,60000000," in shown and "Attainment: cooperatives: total" in shown
