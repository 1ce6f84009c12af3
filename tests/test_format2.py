"""Data format 2: one example report per kind of thing real reports print (tests/data/valid/v2-*),
and what htx derives from each, through the functions and through the installed htx."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from htxcli.analysis.growth import implied
from htxcli.analysis.select import national_report, national_shares, other_sources
from htxcli.datafile.blocks import latest_day
from htxcli.datafile.read import load
from htxcli.metrics import compute, compute_subset
from htxcli.metrics.targets import attainment
from htxcli.model.messages import Msg
from htxcli.model.records import Dataset, Report
from htxcli.output.catalogue import say

VALID = Path(__file__).parent / "data" / "valid"


def data(name: str) -> Dataset:
    return load(VALID / f"{name}.toml")


def one(ds: Dataset, place: str, period: str | None = None) -> Report:
    found = [r for r in ds.of(place) if period is None or r.period.label == period]
    assert len(found) == 1, found
    return found[0]


def shown(htx, name: str, *args: str) -> dict:
    r = htx("--data", str(VALID / f"{name}.toml"), *args, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def metric(doc: dict, mid: str, at: int = 0) -> dict:
    return doc["reports"][at]["metrics"][mid]


# -- scope other than a province ---------------------------------------------------------------


def test_national_and_regional_reports_keep_their_scope():
    ds = data("v2-national")
    country, mekong = one(ds, "Việt Nam"), one(ds, "Đồng bằng sông Cửu Long")
    assert (country.scope, mekong.scope) == ("country", "region")
    assert ds.places("province") == []
    assert compute(country, "income_per_worker_year").value == 5_200_000 * 12
    (share,) = national_shares(mekong, national_report(ds, mekong))
    assert share.value == pytest.approx(3_500 / 31_000) and share.stated_pct == 11.3


def test_regions_are_ranked_apart_and_the_country_never(htx):
    path = str(VALID / "v2-national.toml")
    provinces = json.loads(htx("--data", path, "rank", "--by", "cooperatives", "--json").stdout)
    assert provinces["ranked"] == []
    regions = json.loads(
        htx("--data", path, "rank", "--by", "cooperatives", "--scope", "region", "--json").stdout
    )
    assert [x["province"] for x in regions["ranked"]] == ["Đồng bằng sông Cửu Long", "Tây Nguyên"]
    assert "Việt Nam" not in {x["province"] for x in regions["ranked"]}


# -- sectors ---------------------------------------------------------------------------------------


def test_sector_figures_as_printed_and_metrics_over_the_subset():
    r = one(data("v2-sectors"), "Hà Tĩnh")
    coops = r.org("cooperatives")
    assert coops.sector_ids() == [
        "agriculture",
        "credit_funds",
        "industry_trade",
        "transport",
        "construction",
        "other_services",
    ]
    assert r.figure("cooperatives", "sectors", "agriculture", "members").qualifier == "more_than"
    agri = {v.metric.id: v for v in compute_subset(r, "cooperatives", "agriculture")}
    assert agri["members_per_coop"].value == pytest.approx(41_000 / 300)
    assert agri["members_per_coop"].qualifier == "more_than"


def test_show_names_the_sector_subset(htx):
    doc = shown(htx, "v2-sectors", "show", "Hà Tĩnh")
    agri = doc["reports"][0]["sector_metrics"]["cooperatives.agriculture"]
    assert agri["members_per_coop"]["value"] == pytest.approx(41_000 / 300)
    assert "members_per_coop" not in {
        k for k, v in doc["reports"][0]["metrics"].items() if v["value"] is not None
    }


# -- plans and attainment ------------------------------------------------------------------------


def test_attainment_for_any_planned_figure():
    r = one(data("v2-plan-attainment"), "Điện Biên")
    got = {t.target: attainment(r, t) for t in r.targets}
    assert got["cooperatives.total"].value == pytest.approx(210 / 209)
    assert got["cooperatives.members"].value == pytest.approx(14_500 / 14_480)
    assert got["cooperatives.avg_revenue"].value == 1.0
    later = got["good_or_fair_share_active"]
    assert later.value is None and "2025" in say(later.reason)


def test_attainment_through_htx(htx):
    doc = shown(htx, "v2-plan-attainment", "show", "Điện Biên")
    targets = {t["target"]: t for t in doc["reports"][0]["targets"]}
    assert targets["cooperatives.total"]["attainment"]["value"] == pytest.approx(210 / 209)
    assert targets["cooperatives.total"]["stated_pct"] == 100.5
    assert targets["good_or_fair_share_active"]["plan_qualifier"] == "at_least"


# -- periods and dates -----------------------------------------------------------------------------


def test_month_periods_and_an_early_estimate():
    ds = data("v2-month-periods")
    june, ytd, year = sorted(ds.of("Lai Châu"), key=lambda r: r.period.end)
    assert (june.period.kind, june.period.label) == ("as-of month", "2022-06")
    assert (ytd.period.kind, ytd.period.months) == ("months", 4)
    assert compute(ytd, "coop_net_formation").value == 8
    assert year.status == "estimated" and str(year.source.published) == "2024-11-20"
    assert ytd.source.published == "2024-05"  # a month without a day, as printed


def test_show_picks_a_year_to_date_report_by_its_period(htx):
    doc = shown(htx, "v2-month-periods", "show", "Lai Châu", "--period", "2024-01/2024-04")
    assert doc["reports"][0]["period_kind"] == "months"
    assert metric(doc, "coop_net_formation")["value"] == 8


# -- changes -----------------------------------------------------------------------------------------


def test_changes_imply_the_earlier_value_with_their_qualifier():
    r = one(data("v2-changes"), "Sơn La", "2023-12-31")
    got = {i.key: i for i in implied(r)}
    assert got["groups.total"].earlier == 410 and got["groups.total"].change == 37
    assert got["cooperatives.total"].qualifier == "about"
    assert got["cooperatives.members"].earlier == round(52_000 / 1.12)


def test_growth_between_the_two_reports_and_from_the_stated_change(htx):
    doc = shown(htx, "v2-changes", "growth", "Sơn La")
    changes = doc["changes"]
    assert changes["groups"]["absolute"] == 37
    stated = {i["key"]: i for i in doc["implied"]}
    assert stated["groups.total"]["stated_change"] == 37
    assert stated["cooperatives.total"]["stated_qualifier"] == "about"


# -- status changes ----------------------------------------------------------------------------------


def test_status_changes_and_the_reorganised_share():
    r = one(data("v2-status-changes"), "Lạng Sơn")
    assert compute(r, "converted_share").value == pytest.approx(31 / 46)
    assert r.figure("unions", "dissolving").value == 1
    assert r.figure("groups", "registered").value == 118


# -- more figures ------------------------------------------------------------------------------------


def test_more_figures_keep_per_member_and_per_worker_apart():
    r = one(data("v2-more-figures"), "Thanh Hóa")
    assert compute(r, "income_per_member_year").value == 58_000_000
    assert compute(r, "income_per_worker_year").value == 5_100_000 * 12
    assert compute(r, "effective_share").value == pytest.approx(96 / 1_050)
    assert compute(r, "member_revenue_share").value == pytest.approx(0.62)
    assert compute(r, "profit_per_coop").value == pytest.approx(-4_500_000_000 / 1_050)
    assert r.figure("cooperatives", "effective").get("criterion").startswith("doanh thu")


def test_a_loss_is_shown_as_printed(htx):
    doc = shown(htx, "v2-more-figures", "show", "Thanh Hóa")
    assert doc["reports"][0]["figures"]["cooperatives"]["profit"]["value"] == -4_500_000_000
    assert metric(doc, "output_value_per_coop")["value"] == pytest.approx(2_400_000_000_000 / 1_050)


# -- partial cover -----------------------------------------------------------------------------------


def test_a_figure_covering_part_is_averaged_over_that_part():
    r = one(data("v2-partial-cover"), "Nghệ An")
    v = compute(r, "operating_capital_per_coop")
    assert v.value == pytest.approx(10_350_000_000_000 / 379)
    assert "379" in say(v.detail)


# -- ranges ------------------------------------------------------------------------------------------


def test_a_range_stays_a_range():
    ds = data("v2-range")
    r = one(ds, "Cao Bằng")
    v = compute(r, "income_per_worker_year")
    assert (v.value, v.upper) == (48_000_000, 60_000_000)
    t = next(t for t in r.targets if t.target == "cooperatives.new")
    a = attainment(r, t)
    assert (a.value, a.high) == (pytest.approx(42 / 40), pytest.approx(42 / 45))


def test_a_range_is_never_one_end_in_any_format(htx):
    path = str(VALID / "v2-range.toml")
    doc = shown(htx, "v2-range", "compare", "Cao Bằng", "Hà Nội", "--metric", "income_per_worker_year")
    line = doc["metrics"]["income_per_worker_year"]
    assert line["leader"] is None  # 54 m lies inside 48-60 m: no leader
    csv = htx("--data", path, "rank", "--by", "income_per_worker_year", "--format", "csv").stdout
    assert ",48000000,60000000," in csv  # value and high
    tsv = htx("--data", path, "show", "Cao Bằng", "--format", "tsv").stdout
    assert "\t4000000\t5000000\t" in tsv


# -- estimates inside reports ------------------------------------------------------------------------


def test_a_figure_may_differ_from_its_reports_status(htx):
    ds = data("v2-estimate-inside")
    half = one(ds, "Quảng Ninh", "2024-H1")
    assert half.status == "actual" and half.figure("cooperatives", "revenue").status == "estimated"
    doc = shown(htx, "v2-estimate-inside", "show", "Quảng Ninh")
    assert doc["reports"][0]["status"] == "estimated"
    assert doc["reports"][0]["figures"]["cooperatives"]["new"]["status"] == "actual"


# -- two sources -------------------------------------------------------------------------------------


def test_two_sources_are_kept_and_the_preferred_one_is_shown(htx):
    ds = data("v2-two-sources")
    both = ds.sources[("Hà Tĩnh", "2023")]
    assert len(both) == 2
    note = other_sources(ds, both[1])
    assert isinstance(note, Msg) and "Báo Hà Tĩnh" in say(note)
    doc = shown(htx, "v2-two-sources", "show", "Hà Tĩnh")
    assert doc["reports"][0]["source"]["publisher"] == "Liên minh HTX tỉnh Hà Tĩnh"


# -- old and new names -------------------------------------------------------------------------------


def test_old_and_new_units_are_each_addressable(htx):
    ds = data("v2-old-new-names")
    assert {r.province for r in ds.reports} == {"Lâm Đồng (cũ)", "Đắk Nông", "Lâm Đồng"}
    new = shown(htx, "v2-old-new-names", "show", "Lâm Đồng")
    old = shown(htx, "v2-old-new-names", "show", "Lâm Đồng (old)")
    assert (new["reports"][0]["period"], old["reports"][0]["period"]) == ("2025", "2024")
    assert not any("larger unit" in n for n in new["notes"])
    assert any("larger unit" in n for n in old["notes"])


# -- Vietnamese labels for the new vocabulary ----------------------------------------------------

_ENGLISH = ("Cooperative", "Total", "Members", "share", " per ", "Income", "Revenue", "Effective")


@pytest.mark.parametrize("path", sorted(VALID.glob("v2-*.toml")), ids=lambda p: p.stem)
def test_every_label_of_the_new_vocabulary_is_vietnamese(htx, path):
    for place in load(path).places():
        r = htx("--data", str(path), "--lang", "vi", "show", place, "--format", "tsv")
        assert r.returncode == 0, r.stderr
        labels = [line.split("\t")[:2] for line in r.stdout.splitlines()[1:]]
        for section, item in labels:
            assert not any(w in f"{section}\t{item}" for w in _ENGLISH), (place, section, item)


@given(st.integers(0, 9999), st.integers(0, 99))
def test_a_source_month_is_a_day_only_when_it_is_a_month(year, month):
    """ "2024-13" is a_date's error for validate to report, never a crash of the date-order
    check (found by the schema's hypothesis test)."""
    text = f"{year:04d}-{month:02d}"
    day = latest_day(text)
    if 1 <= month <= 12 and year >= 1:
        assert day is not None and (day.year, day.month) == (year, month)
        assert (year == 9999 and month == 12 and day.day == 31) or (day + timedelta(days=1)).day == 1
    else:
        assert day is None


@pytest.mark.parametrize("key", ["meeting", "published"])
@pytest.mark.parametrize("month", ["2024-13", "2024-00", "0000-05"])
def test_a_source_month_out_of_range_is_an_error_with_its_line(htx, tmp_path, key, month):
    text = (VALID / "minimal.toml").read_text(encoding="utf-8").replace("meeting = 2024-07-23\n", "")
    text = text.replace("[report.source]\n", f'[report.source]\n{key} = "{month}"\n', 1)
    path = tmp_path / "provinces.toml"
    path.write_text(text, encoding="utf-8")
    r = htx("validate", str(path))
    line = text.splitlines().index(f'{key} = "{month}"') + 1
    assert r.returncode == 1, r.stderr
    assert f"{path}:{line}:1: error wrong-type {key} must be a TOML date" in r.stdout
