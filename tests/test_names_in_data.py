"""Province names and periods as data files write them (issue 16), through the console
script: spellings htx reads as one place are flagged with the canonical name (and as
duplicates when they report the same period); old tone-mark placement works for lookup and
the 2025 grouping; periods in other digits are refused; unknown names get the closest."""

from __future__ import annotations

import json

import pytest


def report(name: str, period: str, total: int = 10) -> str:
    return f"""
[[report]]
province = "{name}"
period = "{period}"
status = "actual"
source = {{ publisher = "p", title = "t" }}
[report.cooperatives]
total = {total}
"""


def data(tmp_path, *reports: str) -> str:
    path = tmp_path / "d.toml"
    path.write_text("schema_version = 1\n" + "".join(reports), encoding="utf-8")
    return str(path)


def line_of(block: int) -> int:
    """The line of the province key of the n-th block (from 0) written by data()."""
    return 1 + report("x", "y").count("\n") * block + 3


@pytest.mark.parametrize(
    ("first", "second", "canonical", "shown"),
    [
        ("Long An", "LONG AN", "Long An", "Long An"),
        ("Long An", "Long An ", "Long An", "Long An"),
        ("Long An", "Tỉnh Long An", "Long An", "Long An"),
        ("Thanh Hóa", "Thanh Hoá", "Thanh Hóa", "Thanh Hóa"),
        ("Đồng Tháp", "Dong Thap", "Đồng Tháp", "Đồng Tháp (cũ)"),
    ],
)
def test_two_spellings_of_one_place_are_one_place(htx, tmp_path, first, second, canonical, shown):
    path = data(tmp_path, report(first, "2024"), report(second, "2024"))
    r = htx("validate", path)
    assert r.returncode == 1
    spelling = f"{path}:{line_of(1)}:1: warning place-spelling {second!r} is written {canonical!r} by htx"
    assert spelling in r.stdout, r.stdout
    duplicate = f"error duplicate-report {shown} 2024 is already reported in block 1"
    assert duplicate in r.stdout, r.stdout
    r = htx("--data", path, "list")
    assert r.returncode == 2 and "is already reported in block 1" in r.stderr


def test_another_spelling_for_another_period_is_a_warning(htx, tmp_path):
    path = data(tmp_path, report("Long An", "2023"), report("LONG AN", "2024"))
    r = htx("validate", path)
    assert r.returncode == 0 and "warning place-spelling 'LONG AN' is written 'Long An'" in r.stdout
    doc = json.loads(htx("--data", path, "show", "Long An", "--json").stdout)
    assert [x["period"] for x in doc["reports"]] == ["2024"]
    assert htx("--data", path, "growth", "long an").returncode == 0  # both blocks: one province


OLD_MARKS = ("Thanh Hoá", "2024", 10), ("Khánh Hoà", "2023", 7), ("Ninh Thuận", "2023", 5)


@pytest.mark.parametrize("typed", ["Thanh Hóa", "Thanh Hoá", "thanh hoa"])
def test_old_tone_marks_in_the_data_are_found(htx, tmp_path, typed):
    path = data(tmp_path, *(report(*r) for r in OLD_MARKS))
    doc = json.loads(htx("--data", path, "show", typed, "--json").stdout)
    assert [(x["province"], x["period"]) for x in doc["reports"]] == [("Thanh Hóa", "2024")]


@pytest.mark.parametrize("typed", ["Khánh Hòa", "Khánh Hoà", "khanh hoa"])
def test_old_tone_marks_in_the_data_join_their_2025_unit(htx, tmp_path, typed):
    """Khánh Hòa and Ninh Thuận are one province since 1 July 2025."""
    path = data(tmp_path, *(report(*r) for r in OLD_MARKS))
    doc = json.loads(htx("--data", path, "rank", "--by", "cooperatives", "--as-2025", "--json").stdout)
    assert {x["province"]: x["value"] for x in doc["ranked"]} == {"Khánh Hòa": 12, "Thanh Hóa": 10}
    doc = json.loads(htx("--data", path, "compare", typed, "Thanh Hóa", "--as-2025", "--json").stdout)
    assert [r["province"] for r in doc["reports"]] == ["Khánh Hòa", "Thanh Hóa"]


@pytest.mark.parametrize("period", ["２０２４", "٢٠٢٤", "۲۰۲۴", "2024-Ｈ1", "߂߀߂߄"])
def test_periods_in_other_digits_are_refused(htx, tmp_path, period):
    path = data(tmp_path, report("Long An", period))
    r = htx("validate", path)
    assert r.returncode == 1
    assert f"{path}:{line_of(0) + 1}:1: error bad-period period {period!r} is not one of YYYY" in r.stdout
    assert htx("--data", path, "list").returncode == 2
    for option in ("--period", "--from"):
        args = ["growth" if option == "--from" else "show", "Long An", option, period]
        r = htx(*args)
        assert r.returncode == 2 and f"Error: {option}: period" in r.stderr, r.stderr


@pytest.mark.parametrize(
    ("typo", "closest"),
    [
        ("Kien Gaing", "did you mean 'Kiên Giang' or 'Tiền Giang' or 'An Giang'?"),
        ("Long Ann", "did you mean 'Long An'"),
        ("Hồ Chí Min", "did you mean 'Hồ Chí Minh'"),
    ],
)
def test_an_unknown_province_is_warned_with_the_closest_names(htx, tmp_path, typo, closest):
    path = data(tmp_path, report(typo, "2024"))
    r = htx("validate", path)
    assert r.returncode == 0 and "--strict" not in r.stdout
    assert f"{path}:{line_of(0)}:1: warning unknown-place province {typo!r} is none of the 63" in r.stdout
    assert closest in r.stdout
    assert htx("validate", "--strict", path).returncode == 1
