"""The CSV/TSV contract: the documented tidy columns, one row per value, every caveat kept,
files that concatenate, and every number the same as in the JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from htxcli.output.views.tidy import COLUMNS

ROOT = Path(__file__).parent.parent
CALLS = [
    ("show", "Long An"),
    ("show", "Lào Cai (cũ)"),
    ("compare", "Long An", "Kiên Giang", "Trà Vinh"),
    ("rank", "--by", "charter_capital_per_coop"),
]


def table(htx, *args: str, fmt: str = "csv") -> list[dict[str, str]]:
    r = htx(*args, "--format", fmt)
    assert r.returncode == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout), delimiter="," if fmt == "csv" else "\t"))


def test_the_documented_columns_are_the_columns():
    doc = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `(\w+)` \|", doc.split("## CSV and TSV", 1)[1], re.M)
    assert tuple(listed[: len(COLUMNS)]) == COLUMNS


@pytest.mark.parametrize("args", CALLS, ids=lambda a: " ".join(a))
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_every_row_is_one_value_with_its_place_period_and_caveats(htx, args, fmt):
    rows = table(htx, *args, fmt=fmt)
    assert rows and all(set(COLUMNS) <= set(row) for row in rows)
    for row in rows:
        assert (
            row["place"] and row["period"] and row["key"] and row["origin"] in ("stated", "computed", "n/a")
        )
        assert (row["value"] == "") == (row["origin"] == "n/a"), row
        if row["origin"] == "n/a":
            assert row["note"], row  # why it cannot be computed


def test_qualifier_time_unit_and_base_are_kept(htx):
    la = {r["key"]: r for r in table(htx, "show", "Long An")}
    assert la["cooperatives.members"]["qualifier"] == "more_than"
    assert la["good_or_fair_share_all"]["base"] == "all cooperatives; with credit funds"
    tv = {r["key"]: r for r in table(htx, "show", "Trà Vinh")}
    # its capital covers the 16 credit funds its 176 cooperatives do not: the base says so
    assert tv["charter_capital_per_coop"]["base"] == "cooperatives; with credit funds"
    assert tv["charter_capital_per_coop"]["note"] == "163,800,000,000 / 192"
    assert tv["good_or_fair_share_all"]["base"] == "all cooperatives; without credit funds"
    lc = {r["key"]: r for r in table(htx, "show", "Lào Cai (cũ)")}
    assert lc["cooperatives.income_per_worker"]["per"] == "year"
    assert lc["revenue_per_coop"]["per"] == "year"
    ht = {r["key"]: r for r in table(htx, "show", "Hà Tĩnh")}
    assert ht["revenue_per_coop"]["per"] == "unknown"


def test_two_calls_concatenate(htx):
    first = htx("show", "Long An", "--format", "csv").stdout.splitlines()
    second = htx("show", "Trà Vinh", "--format", "csv").stdout.splitlines()
    assert first[0] == second[0]
    rows = list(csv.DictReader(io.StringIO("\n".join(first + second[1:]))))
    assert {r["place"] for r in rows} == {"Long An", "Trà Vinh"}


def _number(text: str) -> float | None:
    return float(text) if text else None


def test_show_csv_agrees_with_json_on_every_number(htx):
    rows = table(htx, "show", "Long An")
    doc = json.loads(htx("show", "Long An", "--json").stdout)["reports"][0]
    for row in rows:
        key = row["key"]
        if key in doc["metrics"]:
            assert _number(row["value"]) == doc["metrics"][key]["value"], key
        elif "." in key and not key.startswith("national_share"):
            kind, *rest = key.split(".")
            node = doc["figures"][kind]
            for part in rest:
                node = node[part]
            value = node["value"]
            low = value[0] if isinstance(value, list) else value
            assert _number(row["value"]) == low, key


def test_compare_csv_agrees_with_json_and_marks_the_leader(htx):
    args = ("compare", "Long An", "Trà Vinh", "--metric", "weak_share_all", "--metric", "cooperatives")
    rows = table(htx, *args)
    doc = json.loads(htx(*args, "--json").stdout)
    for row in rows:
        assert _number(row["value"]) == doc["metrics"][row["key"]]["values"][row["place"]]["value"]
    leaders = {(r["key"], r["place"]) for r in rows if r["leader"] == "yes"}
    # Long An counts credit funds among its cooperatives, Trà Vinh does not: no leader on that
    # base; and none on a count
    assert leaders == set()
    assert {r["base"] for r in rows if r["key"] == "weak_share_all"} == {
        "all cooperatives; with credit funds",
        "all cooperatives; without credit funds",
    }
    args = ("compare", "Long An", "Kiên Giang", "--metric", "charter_capital_per_coop")
    assert {(r["place"], r["leader"]) for r in table(htx, *args)} == {("Long An", "yes"), ("Kiên Giang", "")}


def test_markdown_is_a_whole_document_that_a_note_cannot_break(htx, tmp_path):
    data = tmp_path / "data.toml"
    data.write_text(
        'schema_version = 2\n\n[[report]]\nprovince = "Sơn La"\nperiod = "2024"\n'
        'source = { publisher = "P | Q", title = "T" }\n'
        'cooperatives = { total = { value = 10, note = "a | b\\nc" } }\n',
        encoding="utf-8",
    )
    r = htx("--data", str(data), "show", "Sơn La", "--format", "markdown")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "## Sơn La, 2024 (year, actual figures)"
    assert 'Source: P \\| Q, "T"' in r.stdout  # the source is in the document, not only on stderr
    table = [line for line in lines if line.startswith("|")]
    assert len({line.count("|") - line.count("\\|") for line in table}) == 1  # every row has its cells
    assert "a \\| b<br>c" in r.stdout


def test_output_to_a_folder_is_refused_in_clicks_words(htx, tmp_path):
    """-o is a plain option (click.Path words its name through gettext on every run): a folder
    is still refused before anything is computed, with click.Path's message and exit 2."""
    r = htx("show", "Long An", "--json", "-o", str(tmp_path))
    assert r.returncode == 2
    assert f"Invalid value for '-o' / '--output': File '{tmp_path}' is a directory." in r.stderr
