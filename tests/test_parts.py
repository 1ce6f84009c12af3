"""Small pieces: the line index, periods, name folding, the shipped JSON Schema."""

from __future__ import annotations

import json
import tomllib
import unicodedata
from datetime import date

import pytest
from conftest import DATA
from hypothesis import given
from hypothesis import strategies as st

from htxcli.datafile.lines import LineIndex
from htxcli.model.names import fold, resolve
from htxcli.model.periods import parse_period
from htxcli.tools import json_schema as jsonschema

DOC = """\
schema_version = 1
[[report]]
province = "A"
[report.cooperatives]
total = 5
members = { value = 10, qualifier = "about" }
[[report.targets]]
target = "x"
[[report.targets]]
plan = [
  1,
  2,
]
[[report]]
"quoted key" = 1
dotted.key = 2
text = '''
fake = 1
'''
after = 3
"""


def test_line_index_paths():
    idx = LineIndex(DOC)
    assert idx.line(("report", 0, "province")) == 3
    assert idx.line(("report", 0, "cooperatives", "total")) == 5
    assert idx.line(("report", 0, "cooperatives", "members", "qualifier")) == 6
    assert idx.line(("report", 0, "targets", 1, "plan")) == 10
    assert idx.line(("report", 1, "quoted key")) == 15
    assert idx.line(("report", 1, "dotted", "key")) == 16
    assert ("report", 1, "fake") not in idx.lines
    assert idx.line(("report", 1, "after")) == 20
    assert idx.line(("nowhere",)) == 1


@pytest.mark.parametrize(
    ("label", "start", "end", "kind"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("2024-H1", date(2024, 1, 1), date(2024, 6, 30), "half-year"),
        ("2024-H2", date(2024, 7, 1), date(2024, 12, 31), "half-year"),
        ("2023-Q1", date(2023, 1, 1), date(2023, 3, 31), "quarter"),
        ("2024-06-30", date(2024, 6, 30), date(2024, 6, 30), "as-of"),
    ],
)
def test_periods(label, start, end, kind):
    p = parse_period(label)
    assert (p.start, p.end, p.kind) == (start, end, kind)


@pytest.mark.parametrize("bad", ["2024-H3", "24", "2024-13-01", "2024-Q5", "H1-2024"])
def test_bad_periods(bad):
    with pytest.raises(ValueError):
        parse_period(bad)


NAMES = ["Long An", "Kiên Giang", "Hà Tĩnh", "Lào Cai", "Trà Vinh", "Thừa Thiên Huế", "Đắk Lắk"]


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(
    st.sampled_from(NAMES),
    st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]),
    st.sampled_from([str.upper, str.lower, str.title, str]),
)
def test_every_name_matches_itself(name, form, case):
    assert resolve(case(unicodedata.normalize(form, name)), NAMES) == name


@pytest.mark.parametrize("typed", ["kien giang", "KIÊN GIANG", "  Kiên   Giang ", "Tỉnh Kiên Giang"])
def test_typed_forms(typed):
    assert resolve(typed, NAMES) == "Kiên Giang"


def test_dak_lak_folds_d():
    assert resolve("dak lak", NAMES) == "Đắk Lắk"


def test_shipped_schema_is_generated():
    shipped = (DATA.parent / "provinces.schema.json").read_text(encoding="utf-8")
    assert shipped == jsonschema.render(), (
        "regenerate: python -m htxcli.tools.json_schema > data/provinces.schema.json"
    )


def test_bundled_data_satisfies_schema():
    import jsonschema as js

    doc = tomllib.loads(DATA.read_text(encoding="utf-8"))

    def plain(o):
        if isinstance(o, dict):
            return {k: plain(v) for k, v in o.items()}
        if isinstance(o, list):
            return [plain(v) for v in o]
        return o.isoformat() if isinstance(o, date) else o

    js.validate(plain(doc), json.loads(jsonschema.render()))
    with pytest.raises(js.ValidationError):
        doc["report"][0]["cooperatives"]["totl"] = 1
        js.validate(plain(doc), json.loads(jsonschema.render()))


def test_line_index_counts_only_newlines():
    # \x85 (NEL) ends a line for str.splitlines() but not for TOML; found by hypothesis
    text = 'a = "x\x85y"\n[t."]]"]\nb = 1\n'
    idx = LineIndex(text)
    assert idx.line(("t", "]]", "b")) == 3
