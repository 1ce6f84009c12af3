"""Vietnamese output: labels and number writing; JSON unchanged."""

from __future__ import annotations

import json
import re

import pytest

from htxcli import fmt
from htxcli.analysis import comparison_notes, length_note
from htxcli.i18n import FIGURES, detect, reason, sentence
from htxcli.periods import parse_period
from htxcli.reorg import note_for, reorganisation, unit_notes


@pytest.mark.parametrize(
    ("x", "unit", "en", "vi"),
    [
        (1256, "count", "1,256", "1.256"),
        (0.398, "fraction", "39.8 %", "39,8 %"),
        (482_000_000_000, "VND", "482 bn VND", "482 tỷ đồng"),
        (773_539_844, "VND", "773.5 m VND", "773,5 triệu đồng"),
        (2_002_000_000, "VND", "2.002 bn VND", "2,002 tỷ đồng"),
        (66_807.55, "ha", "66,807.55 ha", "66.807,55 ha"),
        (48_000_000, "VND/year", "48 m VND/year", "48 triệu đồng/năm"),
    ],
)
def test_number_writing(x, unit, en, vi):
    assert fmt.value(x, unit, lang="en") == en
    assert fmt.value(x, unit, lang="vi") == vi


def test_detect(monkeypatch):
    for var in ("HTX_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert detect(None) == "en"
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert detect(None) == "vi"
    monkeypatch.setenv("HTX_LANG", "en")
    assert detect(None) == "en"
    assert detect("vi") == "vi"


def test_every_figure_key_has_both_labels():
    from htxcli import spec

    keys = {
        *spec.ORG_FIGURES,
        *spec.SECTORS,
        *spec.RATING_FIGURES,
        *spec.PROGRAMME_FIGURES,
        *spec.SUPPORT_FIGURES,
    }
    assert keys <= set(FIGURES)


def test_show_in_vietnamese(htx, env):
    r = htx("show", "Long An", "--lang", "vi", "--format", "markdown")
    assert r.success
    assert "482 tỷ đồng" in r.stdout and "39,8 %" in r.stdout and "hơn 42.000" in r.stdout
    assert "Hợp tác xã (HTX)" in r.stdout and "Vốn điều lệ" in r.stdout
    for how in ({"HTX_LANG": "vi"}, {"LANG": "vi_VN.UTF-8"}):
        r = htx("show", "Long An", "--format", "markdown", env={**env, **how})
        assert "482 tỷ đồng" in r.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["show", "Long An"],
        ["compare", "Long An", "Hà Tĩnh"],
        ["rank", "--by", "groups"],
        ["growth", "Lào Cai"],
        ["list"],
        ["metrics"],
    ],
)
def test_json_is_the_same_in_every_language(htx, args):
    en = json.loads(htx(*args, "--json", "--lang", "en").stdout)
    vi = json.loads(htx(*args, "--json", "--lang", "vi").stdout)
    assert en == vi


def test_metric_inputs_in_vietnamese(htx):
    r = htx("show", "Hà Tĩnh", "--lang", "vi", "--format", "markdown")
    assert "4.000.000/tháng x 12" in r.stdout
    assert "không nêu đơn vị thời gian" in r.stdout
    assert "tỷ lệ tốt trên tổng số HTX" in r.stdout  # labels keep their capitals in the list of gaps


def test_growth_in_vietnamese(htx):
    r = htx("growth", "Lào Cai", "--lang", "vi", "--format", "markdown")
    rows = {line.split("|")[1].strip(): line for line in r.stdout.splitlines()[2:]}
    assert "khoảng 841,2 triệu đồng" in rows["HTX: doanh thu bình quân"]
    assert "suy ra từ tỷ lệ tăng +6,4 % so với cùng kỳ (2022)" in rows["HTX: doanh thu bình quân"]
    assert "THT: lợi nhuận bình quân" in rows
    r = htx("growth", "Long An", "--lang", "vi", "--format", "markdown")
    assert "+6,8 điểm %" in r.stdout and "đầu kỳ 2024-H1" in r.stdout and "báo cáo ghi 39,8 %" in r.stdout
    assert not re.search(r"derived|stated|pts|\d\.\d", r.stdout)


ENGLISH = re.compile(r"\b(since|part of|the new|groups|data for|shown|differ|comparable|stand|old|July)\b")


def every_note(dataset) -> list[str]:
    """Every note the code can write above a table, from the real producers."""
    reorg = reorganisation()
    notes = [note_for(old) for old in reorg.new_of]
    for unit in reorg.units:
        olds = reorg.predecessors(unit)
        notes += unit_notes(unit, olds[:1]) + unit_notes(unit, olds)
    notes.append(length_note(parse_period("2023"), parse_period("2024-H1")))
    notes += comparison_notes([r for p in dataset.provinces() for r in dataset.of(p)])
    return [n for n in notes if n]


def test_every_note_is_said_in_vietnamese(dataset):
    notes = every_note(dataset)
    assert len(notes) > 60 and any("larger unit" in n for n in notes) and any("Estimated" in n for n in notes)
    for note in notes:
        vi = sentence(note, "vi")
        assert not ENGLISH.search(vi), vi
        assert sentence(note, "en") == note


def test_notes_keep_their_names_and_dates():
    assert (
        sentence(note_for("Long An"), "vi")
        == "Long An thuộc Tây Ninh mới từ ngày 1/7/2025 (cùng Tây Ninh (cũ))."
    )
    assert sentence("Not a note htx writes.", "vi") == "Not a note htx writes."


def test_cli_notes_in_vietnamese_json_in_english(htx):
    r = htx("growth", "Trà Vinh", "--lang", "vi", "--format", "markdown")
    assert "Trà Vinh chỉ có một báo cáo" in r.stderr
    r = htx("compare", "Long An", "Kiên Giang", "--lang", "vi", "--format", "markdown")
    assert r.stderr.startswith("Các kỳ khác nhau (Long An 2024-H1, Kiên Giang 2023-H1)")
    doc = json.loads(htx("compare", "Long An", "Kiên Giang", "--lang", "vi", "--json").stdout)
    assert doc["notes"][0].startswith("Periods differ")


def every_reason(dataset) -> set[str]:
    """Every reason the metrics can give, from bundled and deliberately thin reports."""
    from htxcli.load import build_report
    from htxcli.metrics import compute_all

    base = {"province": "A", "period": "2024", "source": {"publisher": "p", "title": "t"}}
    thin = [
        {},
        {k: {"total": 10} for k in ("cooperatives", "credit_funds", "unions", "groups")},
        {"cooperatives": {"total": 10, "ratings": {"good": 1}}},
        {"cooperatives": {"total": 10, "income_per_worker": {"value": 1, "note": "no time unit"}}},
        {"cooperatives": {"total": 0, "active": 0, "suspended": 0}},
        {
            "targets": [
                {"target": "new_cooperatives", "period": "2025", "plan": 5},
                {"target": "training_classes", "plan": 2},
                {"target": "new_groups"},
            ]
        },
    ]
    reports = [r for p in dataset.provinces() for r in dataset.of(p)]
    reports += [build_report({**base, **extra}) for extra in thin]
    return {v.reason for r in reports for v in compute_all(r) if v.reason}


def test_every_reason_is_said_in_vietnamese(dataset):
    reasons = every_reason(dataset)
    assert len(reasons) > 30 and "the denominator is zero" in reasons
    assert any(r.startswith("the target is for") for r in reasons) and "no actual given" in reasons
    for why in reasons | {"no report for 2024-H1", "2023: the report gives no grading"}:
        vi = reason(why, "vi")
        assert not re.search(r"\b(the|report|gives|no|of|for|per|count|total)\b", vi), (why, vi)
        assert reason(why, "en") == why
    assert reason("something new", "vi") == "something new"


def test_cli_reasons_in_vietnamese(htx):
    r = htx("rank", "--by", "active_share", "--lang", "vi", "--format", "markdown")
    assert "báo cáo không nêu số HTX đang hoạt động" in r.stdout and "the report" not in r.stdout
    r = htx("compare", "Long An", "Kiên Giang", "--lang", "vi", "--format", "markdown")
    assert "Kiên Giang: báo cáo không nêu số liệu xếp loại" in r.stdout and "the report" not in r.stdout
    doc = json.loads(htx("rank", "--by", "active_share", "--lang", "vi", "--json").stdout)
    assert doc["unranked"][0]["reason"].startswith("the report gives no")
