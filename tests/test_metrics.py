"""Metrics as pure functions: values, bases, origins and reasons."""

from __future__ import annotations

import pytest
from conftest import report
from hypothesis import given
from hypothesis import strategies as st

from htxcli.metrics import CATALOGUE, attainment, compute, compute_all, lacks_inputs
from htxcli.model.records import Figure, Org, Ratings, Target
from htxcli.model.vocabulary import ORG_FIGURES, ORG_KINDS
from htxcli.output.catalogue import say


def test_long_an_shares(dataset):
    r = report(dataset, "Long An")
    active = compute(r, "active_share")
    assert active.value == pytest.approx(277 / 322) and active.origin == "computed"
    assert active.metric.base == "all"
    gf_all = compute(r, "good_or_fair_share_all")
    gf_graded = compute(r, "good_or_fair_share_graded")
    assert gf_all.value == pytest.approx(128 / 322)
    assert gf_graded.value == pytest.approx(128 / (128 + 68 + 22))
    assert gf_all.metric.base != gf_graded.metric.base


def test_members_per_coop_keeps_qualifier(dataset):
    v = compute(report(dataset, "Long An"), "members_per_coop")
    assert v.qualifier == "more_than" and v.value == pytest.approx(42_000 / 322)


def test_stated_average_is_labelled_stated(dataset):
    v = compute(report(dataset, "Hà Tĩnh"), "charter_capital_per_coop")
    assert v.value == 2_002_000_000 and v.origin == "stated"


def test_income_per_year_from_month_and_year(dataset):
    ht = compute(report(dataset, "Hà Tĩnh"), "income_per_worker_year")
    lc = compute(report(dataset, "Lào Cai (cũ)"), "income_per_worker_year")
    assert ht.value == lc.value == 48_000_000


def test_unavailable_metric_has_reason_not_zero(dataset):
    v = compute(report(dataset, "Hà Tĩnh"), "active_share")
    assert v.value is None and v.origin is None and v.reason.id == "missing.status_count"
    assert say(v.reason) == "the report gives no count of active cooperatives"


def test_stated_percentage_fills_a_gap(dataset):
    r = report(dataset, "Long An")
    coops = r.orgs["cooperatives"]
    gutted = r._replace(orgs={**r.orgs, "cooperatives": coops._replace(ratings=None)})
    v = compute(gutted, "good_or_fair_share_all")
    assert v.origin == "stated" and v.value == pytest.approx(0.398)


@given(
    mid=st.sampled_from(sorted(CATALOGUE)),
    printed=st.integers(0, 10**12) | st.floats(0, 1e12, allow_nan=False).map(lambda x: round(x, 2)),
)
def test_a_stated_value_fills_a_gap_in_its_own_unit(dataset, mid, printed):
    """What [stated] holds stands in for a metric the figures cannot give: a share as its
    percentage over 100, an average or a count as printed (25 members is 25 persons)."""
    bare = report(dataset, "Long An")._replace(orgs={}, targets=(), stated={mid: printed})
    v = compute(bare, mid)
    metric = CATALOGUE[mid][0]
    assert v.origin == "stated"
    if metric.unit == "fraction":
        assert v.value == pytest.approx(printed / 100) and v.detail.id == "detail.stated_pct"
    else:
        assert v.value == printed and say(v.detail) == "as the report prints it"


def test_a_stated_average_is_checked_not_shown_where_the_figures_give_it(dataset):
    r = report(dataset, "Long An")._replace(stated={"members_per_coop": 25})
    v = compute(r, "members_per_coop")
    assert v.origin == "computed" and v.value == pytest.approx(42_000 / 322)


def test_trà_vinh_credit_funds_join_the_capital_base(dataset):
    v = compute(report(dataset, "Trà Vinh"), "charter_capital_per_coop")
    assert v.value == pytest.approx(163_800_000_000 / (176 + 16)) and v.qualifier == "over"


def test_net_formation(dataset):
    assert compute(report(dataset, "Long An"), "coop_net_formation").value == 9
    assert compute(report(dataset, "Trà Vinh"), "group_net_formation").value == 33
    assert compute(report(dataset, "Kiên Giang"), "coop_net_formation").value is None


def test_attainment_against_plan_and_range(dataset):
    kg = report(dataset, "Kiên Giang")
    assert compute(kg, "attainment_new_groups").value == pytest.approx(37 / 50)
    lc = report(dataset, "Lào Cai (cũ)")
    v = compute(lc, "attainment_new_cooperatives")
    assert v.value is None and say(v.reason) == "the target is for 2024; no actual yet"


def _target_report(dataset, plan, actual):
    r = report(dataset, "Kiên Giang")
    t = Target("new_cooperatives", None, plan, None, Figure(actual), None)
    return r, t


@given(st.integers(min_value=1, max_value=10**6))
def test_attainment_of_plan_is_one(n):
    from htxcli.datafile.read import bundled_path, load

    r, t = _target_report(load(bundled_path()), (n, n), n)
    assert attainment(r, t).value == 1


@given(st.integers(1, 1000), st.integers(0, 1000), st.integers(0, 2000))
def test_range_attainment_against_both_ends(low, extra, actual):
    from htxcli.datafile.read import bundled_path, load

    high = low + extra
    r, t = _target_report(load(bundled_path()), (low, high), actual)
    v = attainment(r, t)
    assert v.value == pytest.approx(actual / low)
    if extra:
        assert v.high == pytest.approx(actual / high) and v.high <= v.value


@given(
    good=st.integers(0, 500),
    fair=st.integers(0, 500),
    avg=st.integers(0, 500),
    weak=st.integers(0, 500),
    rest=st.integers(0, 500),
)
def test_grade_shares_of_graded_sum_to_one(dataset, good, fair, avg, weak, rest):
    graded = good + fair + avg + weak
    ratings = Ratings(
        {k: Figure(v) for k, v in {"good": good, "fair": fair, "average": avg, "weak": weak}.items()}
    )
    r = report(dataset, "Trà Vinh")._replace(
        stated={},
        orgs={"cooperatives": Org({"total": Figure(graded + rest)}, {}, {}, ratings=ratings)},
    )
    values = [compute(r, f"{g}_share_graded").value for g in ("good", "fair", "average", "weak")]
    if graded == 0:
        assert all(v is None for v in values)
    else:
        assert sum(values) == pytest.approx(1)
        assert all(0 <= v <= 1 for v in values)


def test_every_metric_is_value_or_reason(dataset):
    for r in dataset.reports:
        for v in compute_all(r):
            assert (v.value is None) == (v.reason is not None), v.metric.id
    assert len(CATALOGUE) > 40


@given(total=st.integers(1, 10_000), funds=st.integers(0, 500), includes=st.sampled_from([True, False, None]))
def test_count_without_credit_funds_only_where_the_report_allows(dataset, total, funds, includes):
    from htxcli.metrics import without_credit_funds

    base = report(dataset, "Long An")
    coops = base.orgs["cooperatives"]._replace(
        figures={"total": Figure(total)}, includes_credit_funds=includes
    )
    r = base._replace(orgs={"cooperatives": coops, "credit_funds": Org({"total": Figure(funds)}, {}, {})})
    v = compute(r, "cooperatives")
    assert v.credit_funds is includes
    moved = without_credit_funds(r, v)
    if includes is None:
        assert moved is None  # not known: never guessed
    elif includes:
        assert (moved.value, moved.origin, moved.credit_funds) == (total - funds, "computed", False)
    else:
        assert moved == v
    if includes:  # counts credit funds but does not say how many: kept apart, not guessed
        no_count = r._replace(orgs={"cooperatives": coops})
        assert without_credit_funds(no_count, compute(no_count, "cooperatives")) is None


_WITH_INPUTS = sorted(mid for mid, (m, _fn) in CATALOGUE.items() if m.inputs)
_figures = st.dictionaries(
    st.sampled_from(sorted(ORG_FIGURES)),
    st.builds(Figure, st.integers(0, 10**10), per=st.sampled_from([None, "month", "year"])),
    max_size=8,
)


@given(
    orgs=st.dictionaries(st.sampled_from(sorted(ORG_KINDS)), _figures, max_size=4),
    stated=st.dictionaries(st.sampled_from(_WITH_INPUTS), st.floats(0, 1e9), max_size=2),
)
def test_lacks_inputs_only_where_compute_finds_no_value(dataset, orgs, stated):
    """validate skips a metric lacks_inputs rules out: compute must agree, on any report."""
    r = report(dataset, "Long An")._replace(
        orgs={kind: Org(figs, {}, {}) for kind, figs in orgs.items()}, stated=stated
    )
    for mid in CATALOGUE:
        if lacks_inputs(r, mid):
            assert mid in _WITH_INPUTS and compute(r, mid).value is None, mid


def test_lacks_inputs_says_so_of_a_report_without_the_figures(dataset):
    bare = report(dataset, "Long An")._replace(orgs={}, stated={})
    assert _WITH_INPUTS and all(lacks_inputs(bare, mid) for mid in _WITH_INPUTS)
    given_one = bare._replace(orgs={"cooperatives": Org({"charter_capital": Figure(10**9)}, {}, {})})
    assert not lacks_inputs(given_one, "charter_capital_per_coop")
    assert not lacks_inputs(bare._replace(stated={"revenue_per_coop": 5e9}), "revenue_per_coop")
