"""htx add: Vietnamese number input, --set, --from-json, prompts, duplicates and --replace."""

from __future__ import annotations

import json
import tomllib

import pytest
from conftest import DATA
from hypothesis import given
from hypothesis import strategies as st

from htxcli.model import vocabulary as spec
from htxcli.write.block import build
from htxcli.write.numbers import Ambiguous, as_figure, parse
from htxcli.write.place import new_text, report_spans


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("1.256", 1256, None),
        ("39,8", 39.8, None),
        ("2,002 tỷ", 2_002_000_000, None),
        ("17 tỷ 942 triệu", 17_942_000_000, None),
        ("412.296.737.000 đồng", 412_296_737_000, None),
        ("hơn 42.000", 42_000, "more_than"),
        ("gần 7.500", 7_500, "nearly"),
        ("trên 163,8 tỷ", 163_800_000_000, "over"),
        ("66.807,55", 66_807.55, None),
        ("39,8%", 39.8, None),
        ("ước 502", 502, "estimated"),
    ],
)
def test_vietnamese_numbers(text, value, qualifier):
    assert parse(text) == (value, qualifier)


@pytest.mark.parametrize("text", ["1,256", "1.5", "1,256.5"])
def test_ambiguous_is_refused_with_a_question(text):
    with pytest.raises(Ambiguous) as e:
        parse(text)
    assert "?" in str(e.value) or "write" in str(e.value)


@pytest.mark.parametrize("text", ["", "abc", "12 cái", "hơn"])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse(text)


@given(st.integers(0, 10**15))
def test_grouped_integers_round_trip(n):
    grouped = f"{n:,}".replace(",", ".")
    assert parse(grouped) == (n, None)


@given(st.integers(0, 10**9), st.integers(1, 99))
def test_decimal_comma_round_trip(whole, frac):
    text = f"{whole},{frac:02d}"
    assert parse(text)[0] == pytest.approx(float(f"{whole}.{frac:02d}"))


def test_whole_number_figures_refuse_fractions():
    with pytest.raises(ValueError):
        as_figure("39,8", integer=True)
    assert as_figure("hơn 42.000", integer=True) == {"value": 42000, "qualifier": "more_than"}


def test_replace_keeps_every_other_byte():
    old = DATA.read_text(encoding="utf-8")
    doc = tomllib.loads(old)
    i = next(n for n, r in enumerate(doc["report"]) if r["province"] == "Kiên Giang")
    start, end = report_spans(old)[i]
    block = '[[report]]\nprovince = "Kiên Giang"\n'
    text, at = new_text(old, block, (start, end))
    assert at == start and text[:start] == old[:start] and text[start + len(block) :] == old[end:]
    assert old[start:end].startswith("[[report]]") and "Kiên Giang" in old[start:end]
    assert "Lào Cai" not in old[start:end]


def test_build_takes_json_then_sets():
    r = build(
        "  Long  An ", "2025", {"source": {"publisher": "p", "title": "t"}}, ["cooperatives.total=1.256"]
    )
    assert r["province"] == "Long An" and r["cooperatives"]["total"] == 1256


# --- through the console script --------------------------------------------------------------


SOURCE = ["--set", "source.publisher=Liên minh HTX", "--set", "source.title=Báo cáo năm 2024"]


def test_add_with_set_appends_and_keeps_bytes(htx, data):
    before = data.read_bytes()
    r = htx(
        "add",
        "kien giang",
        "--period",
        "2024",
        "--data",
        str(data),
        *SOURCE,
        "--set",
        "cooperatives.total=540",
        "--set",
        "cooperatives.members=hơn 55.000",
        "--set",
        "cooperatives.charter_capital=420 tỷ",
        "--yes",
    )
    assert r.returncode == 0, r.stderr
    after = data.read_bytes()
    assert after.startswith(before)
    assert "appended Kiên Giang 2024" in r.stderr
    doc = json.loads(htx("show", "Kiên Giang", "--period", "2024", "--json", "--data", str(data)).stdout)
    figures = doc["reports"][0]["figures"]["cooperatives"]
    assert figures["members"] == {"value": 55000, "qualifier": "more_than"}
    assert figures["charter_capital"] == {"value": 420_000_000_000}
    assert htx("validate", str(data)).returncode == 0


def test_add_from_json_file_and_stdin(htx, data, tmp_path):
    report = {
        "source": {"publisher": "p", "title": "t", "published": "2025-01-20"},
        "groups": {"total": 1300, "members": {"value": 18000, "qualifier": "more_than"}},
    }
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    assert htx(
        "add", "Long An", "--period", "2024", "--data", str(data), "--from-json", str(path), "--yes"
    ).success
    r = htx(
        "add",
        "Lào Cai",
        "--period",
        "2024",
        "--data",
        str(data),
        "--from-json",
        "-",
        "--yes",
        stdin=json.dumps(report),
    )
    assert r.success, r.stderr
    names = {(x["province"], x["period"]) for x in tomllib.loads(data.read_text(encoding="utf-8"))["report"]}
    assert {("Long An", "2024"), ("Lào Cai", "2024")} <= names


def test_duplicate_refused_then_replaced(htx, data):
    before = data.read_text(encoding="utf-8")
    r = htx("add", "Trà Vinh", "--period", "2022", "--data", str(data), *SOURCE, "--yes")
    assert (
        r.returncode == 1 and "already has a report for Trà Vinh 2022" in r.stderr and "--replace" in r.stderr
    )
    assert data.read_text(encoding="utf-8") == before
    r = htx(
        "add",
        "Trà Vinh",
        "--period",
        "2022",
        "--data",
        str(data),
        *SOURCE,
        "--set",
        "groups.total=1695",
        "--replace",
        "--yes",
    )
    assert r.success, r.stderr
    after = data.read_text(encoding="utf-8")
    i = next(n for n, x in enumerate(tomllib.loads(before)["report"]) if x["province"] == "Trà Vinh")
    start, end = report_spans(before)[i]
    assert after[:start] == before[:start] and after.endswith(before[end:])
    assert len(tomllib.loads(after)["report"]) == 5


def test_errors_in_the_new_report_write_nothing(htx, data):
    before = data.read_bytes()
    r = htx(
        "add",
        "Long An",
        "--period",
        "2025",
        "--data",
        str(data),
        *SOURCE,
        "--set",
        "cooperatives.totl=5",
        "--yes",
    )
    assert r.returncode == 1 and "unknown-key" in r.stderr and "did you mean 'total'" in r.stderr
    assert "nothing written" in r.stderr and data.read_bytes() == before


def test_bad_number_is_one_line(htx, data):
    r = htx("add", "Long An", "--period", "2025", "--data", str(data), "--set", "cooperatives.total=1,256")
    assert r.returncode == 1 and "Which?" in r.stderr and "Traceback" not in r.stderr


def test_declining_writes_nothing(htx, data):
    before = data.read_bytes()
    r = htx("add", "Long An", "--period", "2025", "--data", str(data), *SOURCE, stdin="n\n")
    assert r.returncode == 1 and "nothing written" in r.stderr and data.read_bytes() == before


def test_interactive_prompts(htx, data):
    figures = list(spec.ORG_FIGURES)
    answers = ["Liên minh HTX Long An", "Báo cáo năm 2024", "2025-01-15", "", "", "actual", "y"]
    per_figure = {
        "total": ["1,256", "1.256"],
        "members": ["hơn 42.000"],
    }  # an ambiguous answer is asked again
    for name in figures:
        answers += per_figure.get(name, [""])
    answers += ["n"] * (len(spec.ORG_KINDS) - 1 + 2) + ["y"]
    r = htx("add", "Long An", "--period", "2024", "--data", str(data), stdin="\n".join(answers) + "\n")
    assert r.success, r.stderr
    assert "Which?" in r.stderr
    new = [x for x in tomllib.loads(data.read_text(encoding="utf-8"))["report"] if x["period"] == "2024"]
    assert new[0]["cooperatives"] == {"total": 1256, "members": {"value": 42000, "qualifier": "more_than"}}
    assert new[0]["source"]["publisher"] == "Liên minh HTX Long An"


def test_add_needs_a_data_file_of_yours(htx):
    r = htx("add", "Long An", "--period", "2025", *SOURCE)
    assert r.returncode == 2 and "--data" in r.stderr


def test_add_creates_a_new_file(htx, tmp_path):
    path = tmp_path / "new.toml"
    assert htx("add", "Hà Tĩnh", "--period", "2025", "--data", str(path), *SOURCE, "--yes").success
    assert htx("validate", str(path)).returncode == 0
    assert path.read_text(encoding="utf-8").startswith("schema_version = 2\n")


def test_broken_file_is_never_appended_to(htx, tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("schema_version = 1\n[[report]\n", encoding="utf-8")
    r = htx("add", "Hà Tĩnh", "--period", "2025", "--data", str(path), *SOURCE, "--yes")
    assert r.returncode == 2 and f"{path}:2" in r.stderr
    assert path.read_text(encoding="utf-8") == "schema_version = 1\n[[report]\n"


small = st.one_of(st.integers(0, 10**12), st.text(max_size=6), st.booleans())
reports = st.fixed_dictionaries(
    {"province": st.text(min_size=1, max_size=8), "period": st.sampled_from(["2030", "2031-H1"])},
    optional={
        "source": st.dictionaries(
            st.sampled_from(["publisher", "title", "url"]), st.text(max_size=6), max_size=3
        ),
        "cooperatives": st.dictionaries(
            st.sampled_from(list(spec.ORG_FIGURES)),
            st.one_of(small, st.fixed_dictionaries({"value": small})),
            max_size=3,
        ),
        "targets": st.lists(
            st.fixed_dictionaries(
                {"target": st.sampled_from(list(spec.TARGETS)), "plan": st.integers(0, 99)}
            ),
            max_size=2,
        ),
        "stated": st.dictionaries(st.sampled_from(["active_share", "weak_share_all"]), st.integers(0, 100)),
    },
)


@given(reports)
def test_any_report_appends_as_its_own_block(report):
    from htxcli.write.block import render

    old = DATA.read_text(encoding="utf-8")
    text, at = new_text(old, render(report), None)
    assert text[: len(old)] == old and text[at:].startswith("[[report]]")
    assert tomllib.loads(text)["report"][-1] == report


def test_what_was_done_is_said_in_the_reader_language(htx, data):
    args = ["--period", "2022", "--data", str(data), *SOURCE, "--replace", "--yes"]
    r = htx("add", "Trà Vinh", *args)
    assert r.success and r.stderr.endswith(f"htx: replaced Trà Vinh 2022 in {data}\n")
    assert "replaceed" not in r.stderr
    r = htx("add", "Trà Vinh", *args, "--lang", "vi")
    assert r.success and f"htx: đã thay báo cáo Trà Vinh 2022 trong {data}" in r.stderr
    r = htx("add", "Trà Vinh", "--period", "2031", "--data", str(data), *SOURCE, "--yes")
    assert r.success and f"htx: appended Trà Vinh 2031 to {data}" in r.stderr


def test_input_ending_in_the_interview_writes_nothing_and_says_so(htx, tmp_path):
    path = tmp_path / "new.toml"
    r = htx("add", "Sơn La", "--period", "2024", "--data", str(path), stdin="Liên minh HTX\n")
    assert r.returncode == 1 and "Aborted" not in r.stderr
    assert "nothing written: the input ended" in r.stderr and not path.exists()
