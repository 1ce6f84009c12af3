"""--as-2025: a unit of one province is its report as printed, and a unit summed from several
says why it lacks a metric (metrics/sums.py), naming the reports and the figures."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from conftest import DATA, on_terminal, report
from hypothesis import given
from hypothesis import strategies as st

from htxcli.analysis.units2025 import aggregate
from htxcli.datafile.read import load
from htxcli.metrics import compute
from htxcli.model.messages import grouped, msg
from htxcli.model.records import ALIKE, Figure, Org, Ratings, Report
from htxcli.output.catalogue import catalogue, say


@cache
def _kien_giang() -> Report:
    return report(load(DATA), "Kiên Giang")


def _part(i: int, figures: dict[str, Figure], sectors: dict | None = None, **org: object) -> Report:
    """A made-up predecessor: Kiên Giang's report under another name, with these figures of
    its cooperatives (and counts by sector) and nothing it states itself."""
    coops = Org(figures, sectors or {}, {}, **org)  # type: ignore[arg-type]
    return _kien_giang()._replace(place=f"P{i}", name=f"P{i}", orgs={"cooperatives": coops}, stated={})


def _sum(*parts: Report) -> Report:
    return aggregate("An Giang", list(parts))


def _why(unit: Report, metric: str, lang: str = "en") -> str:
    value = compute(unit, metric)
    assert value.value is None
    return say(value.reason, lang)


def test_a_unit_of_one_province_is_its_report_as_printed():
    ds = load(DATA)
    ha_tinh = report(ds, "Hà Tĩnh")
    unit = aggregate("Hà Tĩnh", [ha_tinh])
    assert unit == ha_tinh  # its stated averages, plans and acknowledgements stand
    assert compute(unit, "charter_capital_per_coop").value == 2_002_000_000  # a stated average
    renamed = aggregate("Huế", [ha_tinh._replace(place="Thừa Thiên Huế", name="Thừa Thiên Huế")])
    assert (renamed.province, renamed.place) == ("Huế", "Thừa Thiên Huế")


def test_rank_as_2025_ranks_a_unit_of_one_province_by_what_it_printed(htx):
    doc = json.loads(htx("rank", "--by", "charter_capital_per_coop", "--as-2025", "--json").stdout)
    assert [(x["province"], x["value"]) for x in doc["ranked"]] == [("Hà Tĩnh", 2_002_000_000)]


def test_a_part_without_the_figure_is_named():
    unit = _sum(_part(0, {"total": Figure(10), "members": Figure(100)}), _part(1, {"total": Figure(20)}))
    assert _why(unit, "members_per_coop") == (
        "the sum of P0, P1 has none: for P1, the report gives no members of cooperatives"
    )
    assert _why(unit, "members_per_coop", "vi") == (
        "tổng của P0, P1 không có: với P1, báo cáo không nêu thành viên của HTX"
    )


def test_parts_lacking_it_for_one_reason_are_named_once():
    unit = _sum(_part(0, {"total": Figure(10)}), _part(1, {"total": Figure(20)}))
    assert _why(unit, "active_share") == (
        "the sum of P0, P1 has none: for P0, P1, the report gives no count of active cooperatives"
    )


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        (Figure(100, more={"covers": 5}), Figure(200), "coverage"),
        (Figure(100, more={"period": "2024-06"}), Figure(200), "periods"),
        (Figure(100, more={"criterion": "trên 1 tỷ"}), Figure(200), "definitions"),
        (Figure(100, per="year"), Figure(200), "time units"),
    ],
)
def test_parts_whose_figures_are_unlike_say_how(a, b, how):
    unit = _sum(_part(0, {"total": Figure(10), "members": a}), _part(1, {"total": Figure(20), "members": b}))
    assert all(compute(p, "members_per_coop").value is not None for p in unit.parts)
    assert _why(unit, "members_per_coop").startswith(
        f"the sum of P0, P1 has none: the reports give members with different {how}"
    )


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_way_figures_are_unlike_is_worded(lang):
    """metrics/sums.py words records.unlike's answer as the message "unlike.<answer>"."""
    for how in ("per", *ALIKE, "covers"):
        assert f"unlike.{how}" in catalogue(lang)


def test_blocks_counted_with_and_without_credit_funds_are_not_added():
    a = _part(0, {"total": Figure(533)}, {"agriculture": Figure(400)}, includes_credit_funds=True)
    b = _part(1, {"total": Figure(467)}, {"agriculture": Figure(300)}, includes_credit_funds=False)
    unit = _sum(a, b)
    assert unit.org("cooperatives").figures == {}
    assert unit.org("cooperatives").by_sector["agriculture"].value == 700  # a sector is alike either way
    assert "count cooperatives on different bases" in _why(unit, "cooperatives")
    alike = _sum(a, b._replace(orgs={"cooperatives": a.org("cooperatives")}))
    assert alike.org("cooperatives").figures["total"].value == 2 * 533


def test_ratings_are_added_only_over_one_base():
    graded = {"good": Figure(3), "fair": Figure(4)}
    a = _part(0, {"total": Figure(10)}, ratings=Ratings(graded, "active"))
    b = _part(1, {"total": Figure(20)}, ratings=Ratings(graded, "all"))
    assert _sum(a, b).org("cooperatives").ratings is None
    summed = _sum(a, a).org("cooperatives").ratings
    assert (summed.base, summed.figures["good"].value) == ("active", 6)


def test_stated_shares_and_plans_are_not_added():
    a = _part(0, {"total": Figure(10)})._replace(stated={"active_share": 80})
    unit = _sum(a, a._replace(name="P1"))
    assert "not from figures that can be added alike" in _why(unit, "active_share")
    kg = _kien_giang()
    unit = _sum(kg, kg._replace(name="P1"))
    assert compute(kg, "attainment_new_cooperatives").value is not None
    why = _why(unit, "attainment_new_cooperatives")
    assert why.endswith("plans and targets are not added across reports")


_FIGURES = st.dictionaries(
    st.sampled_from(["total", "members", "active"]),
    st.builds(
        lambda v, covers: Figure(v, more={"covers": covers} if covers else None),
        st.integers(1, 1000),
        st.none() | st.integers(1, 5),
    ),
)


@given(st.lists(_FIGURES, min_size=2, max_size=3), st.sampled_from(["members_per_coop", "active_share"]))
def test_a_sum_has_a_value_or_says_which_report_lacks_it(tables, metric):
    parts = [_part(i, t) for i, t in enumerate(tables)]
    value = compute(_sum(*parts), metric)
    own = [compute(p, metric).value for p in parts]
    if value.value is not None:
        assert None not in own  # a sum never has a value one of its reports lacks
        return
    assert value.reason.id == "missing.not_summed"
    assert value.reason.params["places"] == [p.province for p in parts]
    named = {n for m in value.reason.params["why"] if m.id == "missing.for_part" for n in m.params["place"]}
    assert {p.province for p, v in zip(parts, own, strict=True) if v is None} <= named


def test_json_and_notes_say_what_a_unit_sums(htx, with_an_giang):
    rank = json.loads(
        htx("--data", with_an_giang, "rank", "--by", "workers_per_coop", "--as-2025", "--json").stdout
    )
    said = "Summed from the reports of their predecessors: An Giang = Kiên Giang + An Giang (cũ)."
    assert said in rank["notes"]
    assert rank["ranked"][0]["sum_of"] == ["Kiên Giang", "An Giang (cũ)"]
    assert "sum_of" not in rank["unranked"][0]  # Hà Tĩnh: its own report
    doc = json.loads(
        htx("--data", with_an_giang, "rank", "--by", "active_share", "--as-2025", "--json").stdout
    )
    unranked = {u["province"]: u for u in doc["unranked"]}
    assert unranked["An Giang"]["sum_of"] == ["Kiên Giang", "An Giang (cũ)"]
    assert unranked["An Giang"]["reason"].startswith("the sum of Kiên Giang, An Giang (cũ) has none")
    args = ("--data", with_an_giang, "compare", "An Giang", "Hà Tĩnh", "--as-2025", "--json")
    compare = json.loads(htx(*args).stdout)
    assert said in compare["notes"]
    assert [r.get("sum_of") for r in compare["reports"]] == [["Kiên Giang", "An Giang (cũ)"], None]
    plain = json.loads(htx("--data", with_an_giang, "compare", "Kiên Giang", "Hà Tĩnh", "--json").stdout)
    assert not any("Summed" in n for n in plain["notes"])
    assert [r.get("sum_of") for r in plain["reports"]] == [None, None]


def test_compare_as_2025_on_a_terminal_says_why_a_unit_lacks_a_value(env, with_an_giang):
    args = ("--data", with_an_giang, "compare", "An Giang", "Hà Tĩnh", "--as-2025")
    code, text = on_terminal(*args, "--metric", "members_per_coop", "--metric", "workers_per_coop", env=env)
    text = " ".join(re.sub(r"\x1b\[[0-9;]*m", "", text).split())
    assert code == 0
    assert "An Giang – members per cooperative: the sum of Kiên Giang, An Giang (cũ) has none: " in text
    assert "for An Giang (cũ), the report gives no members of cooperatives." in text
    assert "An Giang – workers" not in text  # 15,159 / 1,000: summed


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers())))
def test_grouped_says_each_message_once_with_all_it_was_said_of(pairs):
    said = [(msg(i, places=[i]), of) for i, of in pairs]  # Msgs hold lists: unhashable
    groups = grouped(said)
    assert [m.id for m, _ in groups] == list(dict.fromkeys(i for i, _ in pairs))
    assert all(those == [of for i, of in pairs if i == m.id] for m, those in groups)
