"""The bundled data says what the five reports say: a sample of figures from each."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import report

from htxcli.metrics import compute


def fig(ds, province, kind, key):
    return report(ds, province).figure(kind, key)


@pytest.mark.parametrize(
    ("province", "kind", "key", "value", "qualifier"),
    [
        # Long An 2024 H1: "322 HTX và Quỹ tín dụng nhân dân ... 482 tỷ đồng và hơn 42.000 thành viên"
        ("Long An", "cooperatives", "total", 322, None),
        ("Long An", "cooperatives", "charter_capital", 482_000_000_000, None),
        ("Long An", "cooperatives", "members", 42_000, "more_than"),
        ("Long An", "groups", "total", 1_256, None),
        ("Long An", "unions", "charter_capital", 4_200_000_000, None),
        # Hà Tĩnh 2024 H1: averages only
        ("Hà Tĩnh", "cooperatives", "avg_charter_capital", 2_002_000_000, None),
        ("Hà Tĩnh", "cooperatives", "avg_profit", 288_000_000, None),
        ("Hà Tĩnh", "groups", "total", 2_538, None),
        ("Hà Tĩnh", "programmes", "ocop_products_all", 239, None),
        # Kiên Giang 2023 H1
        ("Kiên Giang", "cooperatives", "charter_capital", 412_296_737_000, None),
        ("Kiên Giang", "cooperatives", "land_area", 66_807.55, None),
        ("Kiên Giang", "groups", "contributed_capital", 17_942_000_000, None),
        ("Kiên Giang", "support", "training_participants", 549, None),
        # Lào Cai 2023 (estimates)
        ("Lào Cai (cũ)", "cooperatives", "total", 502, None),
        ("Lào Cai (cũ)", "cooperatives", "members", 7_500, "nearly"),
        ("Lào Cai (cũ)", "groups", "avg_revenue", 216_000_000, None),
        # Trà Vinh 2022
        ("Trà Vinh", "groups", "total", 1_695, None),
        ("Trà Vinh", "cooperatives", "charter_capital", 163_800_000_000, "over"),
        ("Trà Vinh", "credit_funds", "total", 16, None),
    ],
)
def test_figure_as_printed(dataset, province, kind, key, value, qualifier):
    f = fig(dataset, province, kind, key)
    assert f is not None and f.value == value and f.qualifier == qualifier


def test_every_report_names_its_source(dataset):
    assert len(dataset.reports) == 5
    for r in dataset.reports:
        assert r.source.publisher and r.source.title and r.source.file


def test_periods_and_status(dataset):
    got = {(r.province, r.period.label, r.status) for r in dataset.reports}
    assert got == {
        ("Long An", "2024-H1", "actual"),
        ("Hà Tĩnh", "2024-H1", "actual"),
        ("Kiên Giang", "2023-H1", "actual"),
        ("Lào Cai (cũ)", "2023", "estimated"),
        ("Trà Vinh", "2022", "actual"),
    }


def test_names_are_nfc(dataset):
    for r in dataset.reports:
        assert unicodedata.normalize("NFC", r.province) == r.province


def test_income_units_kept(dataset):
    assert fig(dataset, "Hà Tĩnh", "cooperatives", "income_per_worker").per == "month"
    assert fig(dataset, "Lào Cai (cũ)", "cooperatives", "income_per_worker").per == "year"


def test_lao_cai_targets_are_for_2024(dataset):
    targets = {t.target: t for t in report(dataset, "Lào Cai (cũ)").targets}
    assert targets["new_cooperatives"].plan == (40, 45)
    assert targets["new_cooperatives"].period == "2024"
    assert targets["support_budget"].plan_qualifier == "more_than"


def test_contradictions_are_kept_not_corrected(dataset):
    # Kiên Giang: 468 + 45 + 21 = 534, total printed 533
    kg = report(dataset, "Kiên Giang").org("cooperatives")
    assert sum(f.value for f in kg.by_sector.values()) == 534
    assert kg.figures["total"].value == 533
    # Trà Vinh prints 5.5 % for 7 of 136
    tv = report(dataset, "Trà Vinh")
    assert tv.stated["weak_share_graded"] == 5.5
    assert round(compute(tv, "weak_share_graded").value, 4) == round(7 / 136, 4)
