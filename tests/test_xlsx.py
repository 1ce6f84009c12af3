"""--format xlsx: a workbook read back with openpyxl, and opened by a real LibreOffice."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import on_terminal
from openpyxl import load_workbook

from htxcli.output.views.tidy import COLUMNS


def workbook(htx, tmp_path: Path, *args: str):
    path = tmp_path / "out.xlsx"
    r = htx(*args, "--format", "xlsx", "-o", str(path))
    assert r.returncode == 0, r.stderr
    return load_workbook(path), path


def test_show_workbook_holds_real_numbers_with_formats_and_caveats(htx, tmp_path):
    book, _ = workbook(htx, tmp_path, "show", "Long An")
    assert book.sheetnames == ["show", "about"]
    sheet = book["show"]
    header = [c.value for c in sheet[1]]
    assert tuple(header) == COLUMNS and sheet.freeze_panes == "A2"
    rows = {row[4].value: row for row in sheet.iter_rows(min_row=2)}
    share = rows["active_share"]
    assert share[6].value == pytest.approx(277 / 322) and share[6].number_format == "0.0%"
    assert share[11].value == "all cooperatives; with credit funds"
    members = rows["cooperatives.members"]
    assert members[6].value == 42_000 and members[8].value == "more_than"  # qualifier beside it
    capital = rows["cooperatives.charter_capital"]
    assert isinstance(capital[6].value, int) and capital[6].number_format == "#,##0"
    lines = [(row[0].value, row[1].value) for row in book["about"].iter_rows()]
    about = dict(lines)
    assert about["title"].startswith("Long An, 2024-H1") and about["command"] == "show"
    assert about["htx version"] and any(k == "note" and "Sở Kế hoạch" in v for k, v in lines)


def test_compare_and_rank_workbooks_agree_with_csv(htx, tmp_path):
    for args in (("compare", "Long An", "Trà Vinh"), ("rank", "--by", "weak_share_all")):
        book, _ = workbook(htx, tmp_path, *args)
        rows = list(book[args[0]].iter_rows(min_row=2, values_only=True))
        text = htx(*args, "--format", "csv").stdout
        header, *expected = csv.reader(io.StringIO(text))
        assert len(rows) == len(expected)
        at = header.index("value")
        for got, want in zip(rows, expected, strict=True):
            assert (got[at] is None and want[at] == "") or got[at] == pytest.approx(float(want[at]))


def test_xlsx_on_a_terminal_asks_for_a_file(env):
    code, text = on_terminal("show", "Long An", "--format", "xlsx", env=env)
    assert code == 2 and text == ""  # a usage error (naming -o FILE), never binary on a terminal


def test_output_file_keeps_its_mode_and_is_replaced_whole(htx, tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    assert htx("show", "Trà Vinh", "--format", "csv", "-o", str(path)).returncode == 0
    assert path.read_text(encoding="utf-8").startswith("place,") and (path.stat().st_mode & 0o777) == 0o640
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".htx-")]  # no temporary file left


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="needs LibreOffice (soffice); .ci/run installs it"
)
def test_libreoffice_opens_the_workbook(htx, tmp_path):
    _, path = workbook(htx, tmp_path, "rank", "--by", "cooperatives")
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",  # comma, quote, UTF-8
            "--outdir",
            str(tmp_path / "converted"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    text = (tmp_path / "converted" / "out.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["rank", "place", "scope"]
    first = rows[1]
    assert first[1] == "Hà Tĩnh" and first[7].replace(",", "") == "975"  # a number, shown as formatted
