"""compare, rank, growth and metrics: the pure functions and the console script."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import DATA, report
from hypothesis import given
from hypothesis import strategies as st

from htxcli.analysis.compare import leader, rank
from htxcli.analysis.growth import change, implied
from htxcli.datafile.read import load
from htxcli.metrics import CATALOGUE, compute
from htxcli.model.periods import parse_period
from htxcli.model.records import Figure, Org
from htxcli.output.catalogue import say

COMMANDS = [
    ["show", "Long An"],
    ["list"],
    ["metrics"],
    ["compare", "Long An", "Kiên Giang"],
    ["rank", "--by", "members_per_coop"],
    ["growth", "Lào Cai (cũ)"],
]
FORMATS = ["table", "markdown", "csv", "tsv", "json"]


def two_reports(tmp_path: Path) -> Path:
    """The bundled data plus a made-up earlier Long An report, for growth between reports."""
    extra = """
[[report]]
province = "Long An"
period = "2023"
[report.source]
publisher = "test"
title = "an earlier report, made up for the test"
[report.cooperatives]
total = 300
active = 240
suspended = 60
[report.cooperatives.ratings]
good_or_fair = 90
"""
    path = tmp_path / "two.toml"
    path.write_text(DATA.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


# --- functions -------------------------------------------------------------------------------


def test_leader_respects_direction(dataset):
    la, kg = report(dataset, "Long An"), report(dataset, "Kiên Giang")
    # neither more nor less is better for a size: no leader among 322 and 533 cooperatives
    assert leader([compute(la, "cooperatives"), compute(kg, "cooperatives")]) is None
    assert leader([compute(la, "members_per_coop"), compute(kg, "members_per_coop")]) is None
    tv = report(dataset, "Trà Vinh")
    weak = [compute(la, "weak_share_all"), compute(tv, "weak_share_all")]
    assert leader(weak) == 1  # Trà Vinh's 4 % beats Long An's 6.8 %: less is better


def test_unknown_time_unit_is_never_ranked_or_led_against_a_known_one(dataset):
    ht, lc = report(dataset, "Hà Tĩnh"), report(dataset, "Lào Cai (cũ)")
    values = [compute(ht, "revenue_per_coop"), compute(lc, "revenue_per_coop")]
    assert all(v.value for v in values) and leader(values) is None
    result = rank([ht, lc], "revenue_per_coop")
    assert [(x.rank, x.report.province) for x in result] == [(1, "Lào Cai (cũ)"), (None, "Hà Tĩnh")]
    assert "per month or per year" in say(result[1].value.reason)


def test_a_flow_over_periods_of_different_length_is_not_compared(dataset):
    la = report(dataset, "Long An")
    year = la._replace(period=parse_period("2023"))
    c = change("coop_net_formation", year, la)
    assert c.absolute is None and c.annualised is None and "differ in length" in say(c.reason)


def test_rank_ties_share_a_rank(dataset):
    result = rank(list(dataset.reports), "income_per_worker_year")
    assert [(x.rank, x.report.province) for x in result[:2]] == [(1, "Hà Tĩnh"), (1, "Lào Cai (cũ)")]
    assert all(x.rank is None and x.value.reason for x in result[2:])


@given(st.lists(st.one_of(st.none(), st.integers(0, 50)), min_size=1, max_size=12), st.booleans())
def test_rank_is_a_permutation_with_competition_ranks(totals, ascending):
    base = report(load(DATA), "Long An")
    reports = [
        base._replace(
            place=f"P{i}",
            name=f"P{i}",
            orgs={"cooperatives": Org({"total": Figure(t)}, {}, {})} if t is not None else {},
        )
        for i, t in enumerate(totals)
    ]
    result = rank(reports, "cooperatives", ascending)
    assert sorted(x.report.province for x in result) == sorted(r.province for r in reports)
    ranked = [x for x in result if x.rank is not None]
    assert len(ranked) == sum(t is not None for t in totals)
    values = [x.value.value for x in ranked]
    assert values == sorted(values, reverse=not ascending)
    for i, x in enumerate(ranked):
        assert x.rank == 1 + sum(
            1
            for y in ranked
            if (y.value.value < x.value.value if ascending else y.value.value > x.value.value)
        )
        assert i + 1 >= x.rank


@given(st.sampled_from([m for m in CATALOGUE if CATALOGUE[m][0].kind != "attainment"]))
def test_growth_of_a_report_to_itself_is_zero(mid):
    r = report(load(DATA), "Long An")
    c = change(mid, r, r)
    if c.before.value is None:
        assert c.absolute is None and c.reason
    else:
        assert c.absolute == 0 and c.relative in (0, None)


def test_growth_between_reports(tmp_path):
    ds = load(two_reports(tmp_path))
    before, after = ds.of("Long An")
    c = change("cooperatives", before, after)
    assert c.absolute == 22 and c.relative == pytest.approx(22 / 300)
    assert c.annualised is not None  # 2023 -> 2024-H1 is half a year apart
    s = change("active_share", before, after)
    assert s.points == pytest.approx(277 / 322 - 0.8)


def test_implied_from_stated_rates(dataset):
    lc = {i.key: i for i in implied(report(dataset, "Lào Cai (cũ)"))}
    assert lc["cooperatives.total"].earlier == round(502 / 1.061) == 473  # a count: whole units
    assert round(lc["cooperatives.total"].earlier) == 473
    la = {i.key: i for i in implied(report(dataset, "Long An"))}
    start = la["good_or_fair_share_all"]
    assert start.earlier == 0.33 and start.stated_now == 0.398  # as printed, no float noise
    assert start.points == pytest.approx(128 / 322 - 0.33)


# --- through the console script --------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_command_in_every_format(htx, args, fmt):
    r = htx(*args, "--format", fmt)
    assert r.success, r.stderr
    assert "\x1b[" not in r.stdout and r.stdout.strip()
    if fmt == "json":
        doc = json.loads(r.stdout)
        assert doc["schema_version"] == 1 and doc["command"] == args[0]
    elif fmt in ("csv", "tsv", "table"):
        rows = list(csv.reader(io.StringIO(r.stdout), delimiter="," if fmt == "csv" else "\t"))
        assert len({len(row) for row in rows}) == 1, "rectangular with a header row"
    else:
        lines = r.stdout.splitlines()
        first = next(i for i, line in enumerate(lines) if line.startswith("|"))  # after title and notes
        assert lines[first + 1].startswith(("|--", "|:"))


def test_metrics_json_lists_ids_and_labels(htx):
    doc = json.loads(htx("metrics", "--json").stdout)
    ids = {m["id"]: m for m in doc["metrics"]}
    assert set(ids) == set(CATALOGUE)
    assert ids["good_or_fair_share_graded"]["base"] == "graded cooperatives"
    assert ids["income_per_worker_year"]["label_vi"]


def test_compare_income_on_one_basis_and_notes(htx):
    r = htx("compare", "Hà Tĩnh", "Lào Cai (cũ)", "--metric", "income_per_worker_year", "--json")
    doc = json.loads(r.stdout)
    values = doc["metrics"]["income_per_worker_year"]["values"]
    assert values["Hà Tĩnh"]["value"] == values["Lào Cai (cũ)"]["value"] == 48_000_000
    assert any("Periods differ" in n for n in doc["notes"]) and any("Estimated" in n for n in doc["notes"])


def test_compare_marks_leader_and_missing(htx):
    r = htx(
        "compare",
        "Long An",
        "Kiên Giang",
        "--metric",
        "cooperatives",
        "--metric",
        "active_share",
        "--format",
        "markdown",
    )
    assert "533 " in r.stdout and "*" not in r.stdout.split("\n\n")[0]  # a size has no leader
    assert "n/a for Kiên Giang: active share." in r.stdout  # said once, under the table
    doc = json.loads(htx("compare", "Long An", "Kiên Giang", "--metric", "active_share", "--json").stdout)
    kg = doc["metrics"]["active_share"]["values"]["Kiên Giang"]
    assert kg["value"] is None and kg["reason"]


def test_compare_needs_two(htx):
    r = htx("compare", "Long An")
    assert r.returncode == 2 and "two or more" in r.stderr


def test_rank_json_and_top(htx):
    doc = json.loads(htx("rank", "--by", "good_or_fair_share_all", "--top", "1", "--json").stdout)
    # shares of counts with credit funds and without them: two bases, each ranked apart
    assert [(x["rank"], x["province"], x["ranked_apart"]) for x in doc["ranked"]] == [
        (1, "Long An", "with_credit_funds"),
        (1, "Trà Vinh", "without_credit_funds"),
    ]
    members = json.loads(htx("rank", "--by", "members_per_coop", "--json").stdout)
    # Trà Vinh's members cover its 16 credit funds: divided by 176 + 16, on Long An's base
    first = members["ranked"][0]
    assert (first["province"], first["detail"], first["base_detail"]) == (
        "Trà Vinh",
        "29,450 / 192",
        "cooperatives; with credit funds",
    )
    assert all("ranked_apart" not in x for x in members["ranked"])
    assert next(x for x in members["ranked"] if x["province"] == "Long An")["qualifier"] == "more_than"
    assert {x["province"] for x in members["unranked"]} == {"Hà Tĩnh"}
    asc = json.loads(htx("rank", "--by", "members_per_coop", "--asc", "--json").stdout)
    assert asc["ranked"][0]["province"] == "Lào Cai (cũ)"  # 7,500 / 502


def test_rank_puts_counts_of_cooperatives_on_the_base_without_credit_funds(htx):
    doc = json.loads(htx("rank", "--by", "cooperatives", "--json").stdout)
    got = {x["province"]: (x["value"], x["origin"], x["detail"]) for x in doc["ranked"]}
    assert got["Kiên Giang"] == (512, "computed", "533 - 21 credit funds")  # 21 by sector
    assert got["Long An"] == (303, "computed", "322 - 19 credit funds")  # 18 active + 1 suspended
    assert got["Trà Vinh"] == (176, "stated", "176")
    assert any("Kiên Giang, Long An" in n for n in doc["notes"])
    vi = htx("rank", "--by", "cooperatives", "--lang", "vi")
    assert "Số HTX không tính quỹ tín dụng nhân dân" in vi.stdout + vi.stderr


def test_rank_unknown_metric_suggests(htx):
    r = htx("rank", "--by", "active_shar")
    assert r.returncode == 1 and "active_share" in r.stderr and "Traceback" not in r.stderr


def test_rank_by_period_lists_the_missing(htx):
    doc = json.loads(htx("rank", "--by", "cooperatives", "--period", "2024-H1", "--json").stdout)
    assert {x["province"] for x in doc["ranked"]} == {"Long An", "Hà Tĩnh"}
    assert any(x["reason"] == "no report for 2024-H1" for x in doc["unranked"])


@pytest.mark.parametrize("by", ["attainment_new_cooperatives", "attainment.new_cooperatives"])
def test_rank_by_an_attainment_in_either_spelling(htx, by):
    doc = json.loads(htx("rank", "--by", by, "--json").stdout)
    assert doc["metric"]["id"] == "attainment_new_cooperatives"
    assert [(x["province"], x["value"]) for x in doc["ranked"]] == [("Kiên Giang", 0.9)]


def test_rank_by_the_attainment_of_a_figure_path(htx):
    r = htx("rank", "--by", "attainment.cooperatives.total", "--format", "csv")
    assert r.returncode == 0 and "the report sets no target for cooperatives: total" in r.stdout


def test_growth_single_report_implies_2022(htx):
    doc = json.loads(htx("growth", "Lào Cai (cũ)", "--json").stdout)
    imp = {i["key"]: i for i in doc["implied"]}
    assert round(imp["cooperatives.total"]["earlier"]) == 473
    assert imp["cooperatives.total"]["origin"] == "implied by a stated rate"
    r = htx("growth", "Lào Cai (cũ)", "--format", "markdown")
    assert "derived from the stated rate +6.1% year on year (2022)" in r.stdout


def test_growth_long_an_points(htx):
    r = htx("growth", "Long An", "--format", "markdown")
    assert "+6.8 pts" in r.stdout and "33%" in r.stdout


def test_growth_between_two_reports(htx, tmp_path):
    doc = json.loads(htx("--data", str(two_reports(tmp_path)), "growth", "Long An", "--json").stdout)
    assert doc["from"]["period"] == "2023" and doc["to"]["period"] == "2024-H1"
    assert doc["changes"]["cooperatives"]["absolute"] == 22
    assert doc["changes"]["active_share"]["points"] == pytest.approx(277 / 322 - 0.8)
    r = htx("--data", str(two_reports(tmp_path)), "growth", "Long An", "--from", "2024-H1", "--to", "2023")
    assert r.returncode == 2


def test_top_never_splits_a_tie(htx):
    doc = json.loads(htx("rank", "--by", "income_per_worker_year", "--top", "1", "--json").stdout)
    assert [(x["rank"], x["province"]) for x in doc["ranked"]] == [(1, "Hà Tĩnh"), (1, "Lào Cai (cũ)")]


def test_rank_says_when_it_mixes_periods_and_estimates(htx):
    doc = json.loads(htx("rank", "--by", "income_per_worker_year", "--json").stdout)
    assert any("Periods differ" in n for n in doc["notes"])
    assert any("Estimated figures (Lào Cai (cũ))" in n for n in doc["notes"])


def test_growth_refuses_a_change_between_bases(htx, tmp_path):
    # the made-up 2023 report does not count credit funds among its cooperatives; 2024-H1 does
    path = two_reports(tmp_path)
    head, tail = path.read_text(encoding="utf-8").rsplit("total = 300\n", 1)
    path.write_text(head + "total = 300\nincludes_credit_funds = false\n" + tail, encoding="utf-8")
    args = ("--data", str(path), "growth", "Long An", "--metric", "good_or_fair_share_all", "--json")
    c = json.loads(htx(*args).stdout)["changes"]["good_or_fair_share_all"]
    assert c["points"] is None and c["annualised"] is None
    assert c["reason"] == "some counts include credit funds, some do not"


def test_growth_csv_names_place_periods_qualifiers_and_base(htx, tmp_path):
    r = htx("--data", str(two_reports(tmp_path)), "growth", "Long An", "--format", "csv")
    rows = [row for row in csv.DictReader(io.StringIO(r.stdout)) if row["basis"] == "two reports"]
    members = next(row for row in rows if row["key"] == "good_or_fair_share_all")
    assert (members["place"], members["from_period"], members["to_period"]) == ("Long An", "2023", "2024-H1")
    assert members["base"] == "all cooperatives; with credit funds"
    implied_ = htx("growth", "Lào Cai (cũ)", "--format", "csv").stdout
    lc = {row["key"]: row for row in csv.DictReader(io.StringIO(implied_))}
    assert lc["cooperatives.total"]["from_qualifier"] == "about"  # 502 / 1.061, rounded
    assert lc["cooperatives.avg_revenue"]["per"] == "year"
