"""Vietnamese output: labels and number writing; JSON unchanged."""

from __future__ import annotations

import json
import re
import string

import pytest

from htxcli.analysis.compare import comparison_notes
from htxcli.analysis.growth import length_note
from htxcli.model.messages import Msg, msg
from htxcli.model.names import note_for, old_form, reorganisation, unit_notes
from htxcli.model.periods import parse_period
from htxcli.output import values as fmt
from htxcli.output.catalogue import catalogue, detect, say


@pytest.mark.parametrize(
    ("x", "unit", "en", "vi"),
    [
        (1256, "count", "1,256", "1.256"),
        (0.398, "fraction", "39.8%", "39,8%"),
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
    from htxcli.model import vocabulary as spec

    tables = (
        spec.ORG_FIGURES,
        spec.SECTORS,
        spec.RATING_FIGURES,
        spec.PROGRAMME_FIGURES,
        spec.SUPPORT_FIGURES,
    )
    for table in tables:
        for key, figure in table.items():
            assert figure.label.en and figure.label.vi, key


def fields(template: str) -> set[tuple[str, str]]:
    return {(name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


def test_both_catalogues_hold_the_same_messages_with_the_same_parameters():
    en, vi = catalogue("en"), catalogue("vi")
    assert en.keys() == vi.keys()
    for mid, template in en.items():
        assert {n for n, _ in fields(template)} == {n for n, _ in fields(vi[mid])}, mid


def test_every_message_id_the_code_uses_is_in_the_catalogue():
    """A message id written in the code but missing from the catalogue would fail only when
    that message is printed: find every literal id in the package instead."""
    from pathlib import Path

    import htxcli

    used = set()
    for path in Path(htxcli.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'\b(?:msg|word|Msg)\(\s*f?"([a-z_]+\.[a-z_{}.]+)"', text))
    literal = {u for u in used if "{" not in u}
    assert len(literal) > 40
    assert literal <= catalogue("en").keys(), literal - catalogue("en").keys()


ACRONYMS = ("HTX", "LHHTX", "THT", "QTDND")


def keeps_acronyms(text: str) -> bool:
    """HTX stays HTX wherever it stands in a sentence: never hTX, htx or lHHTX."""
    return all(
        m.group(0) == a for a in ACRONYMS for m in re.finditer(rf"(?i)(?<![A-Za-z]){a}(?![A-Za-z])", text)
    )


def test_show_in_vietnamese(htx, env):
    r = htx("show", "Long An", "--lang", "vi", "--format", "markdown")
    assert r.success
    assert "482 tỷ đồng" in r.stdout and "39,8%" in r.stdout and "hơn 42.000" in r.stdout
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
        ["growth", "Lào Cai (cũ)"],
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
    r = htx("growth", "Lào Cai (cũ)", "--lang", "vi", "--format", "markdown")
    rows = {line.split("|")[1].strip(): line for line in r.stdout.splitlines()[2:]}
    assert "khoảng 841,2 triệu đồng" in rows["HTX: doanh thu bình quân"]
    assert "suy ra từ tỷ lệ tăng +6,4% so với cùng kỳ (2022)" in rows["HTX: doanh thu bình quân"]
    assert "THT: lợi nhuận bình quân" in rows
    r = htx("growth", "Long An", "--lang", "vi", "--format", "markdown")
    assert "+6,8 điểm %" in r.stdout and "đầu kỳ 2024-H1" in r.stdout and "báo cáo ghi 39,8%" in r.stdout
    assert not re.search(r"derived|stated|pts|\d\.\d", r.stdout)


ENGLISH = re.compile(r"\b(since|part of|the new|groups|data for|shown|differ|comparable|stand|old|July)\b")


def every_note(dataset) -> list[Msg]:
    """Every note the code can write above a table, from the real producers."""
    reorg = reorganisation()
    notes = [note_for(old_form(old)) for old in reorg.new_of]
    for unit in reorg.units:
        olds = reorg.predecessors(unit)
        notes += unit_notes(unit, olds[:1]) + unit_notes(unit, olds)
    notes.append(length_note(parse_period("2023"), parse_period("2024-H1")))
    notes += comparison_notes([r for p in dataset.provinces() for r in dataset.of(p)])
    notes.append(msg("note.one_report", province="Trà Vinh"))
    return [n for n in notes if n]


def test_every_note_is_said_in_vietnamese(dataset):
    notes = every_note(dataset)
    ids = {n.id for n in notes}
    assert len(notes) > 60 and {"note.larger_unit", "note.estimates_beside_actuals"} <= ids
    for note in notes:
        vi = say(note, "vi")
        assert not ENGLISH.search(vi), vi
        assert keeps_acronyms(vi), vi


def test_notes_keep_their_names_and_dates():
    assert (
        say(note_for("Long An"), "vi") == "Long An thuộc Tây Ninh mới từ ngày 1/7/2025 (cùng Tây Ninh (cũ))."
    )
    assert say(note_for("Long An"), "en") == (
        "Long An has been part of the new Tây Ninh since 1 July 2025 (with Tây Ninh (cũ))."
    )


def test_cli_notes_in_vietnamese_json_in_english(htx):
    r = htx("growth", "Trà Vinh", "--lang", "vi", "--format", "csv")
    assert "Trà Vinh chỉ có một báo cáo" in r.stderr
    r = htx("compare", "Long An", "Kiên Giang", "--lang", "vi", "--format", "markdown")
    assert r.stdout.startswith("Các kỳ khác nhau (Long An 2024-H1, Kiên Giang 2023-H1)")  # in the document
    doc = json.loads(htx("compare", "Long An", "Kiên Giang", "--lang", "vi", "--json").stdout)
    assert doc["notes"][0].startswith("Periods differ")


def every_reason(dataset) -> list[Msg]:
    """Every reason the metrics can give, from bundled and deliberately thin reports."""
    from htxcli.datafile.build import build_report
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
    return [v.reason for r in reports for v in compute_all(r) if v.reason]


def test_every_reason_is_said_in_vietnamese(dataset):
    reasons = every_reason(dataset)
    ids = {r.id for r in reasons}
    assert len(ids) > 12 and {"missing.zero_denominator", "missing.no_actual_yet", "missing.no_actual"} <= ids
    extra = [
        msg("missing.no_report_for", period="2024-H1"),
        msg("missing.at_period", period="2023", reason=msg("missing.grading")),
    ]
    for why in reasons + extra:
        vi = say(why, "vi")
        assert not re.search(r"\b(the|report|gives|no|of|for|per|count|total)\b", vi), (why, vi)
        assert keeps_acronyms(vi), vi


def test_every_label_keeps_its_acronyms_in_any_position(dataset):
    """A label lowered inside a sentence ("thiếu số liệu cho: HTX tăng ròng") keeps HTX."""
    from htxcli.metrics import CATALOGUE
    from htxcli.model.messages import lower_first

    for metric, _fn in CATALOGUE.values():
        assert keeps_acronyms(lower_first(metric.label.vi)), metric.label.vi
        title = say(msg("title.rank", metric=metric.label), "vi")
        assert keeps_acronyms(title) and title.startswith("Xếp hạng"), title


def test_cli_reasons_in_vietnamese(htx):
    r = htx("rank", "--by", "active_share", "--lang", "vi", "--format", "markdown")
    assert "báo cáo không nêu số HTX đang hoạt động" in r.stdout and "the report" not in r.stdout
    r = htx("compare", "Long An", "Kiên Giang", "--lang", "vi", "--format", "markdown")
    assert "Không có số liệu của Kiên Giang: tỷ lệ" in r.stdout and "the report" not in r.stdout
    doc = json.loads(htx("rank", "--by", "active_share", "--lang", "vi", "--json").stdout)
    assert doc["unranked"][0]["reason"].startswith("the report gives no")


def test_cli_keeps_acronyms_and_words_the_rank_title_in_vietnamese(htx):
    r = htx("show", "Long An", "--lang", "vi", "--format", "markdown")
    assert "LHHTX tăng ròng" in r.stdout and keeps_acronyms(r.stdout + r.stderr)
    r = htx("rank", "--by", "good_share_all", "--lang", "vi", "--format", "markdown")
    title = r.stdout.splitlines()[0]
    assert title == "## Xếp hạng các tỉnh theo tỷ lệ tốt trên tổng số HTX (tổng số HTX)"
