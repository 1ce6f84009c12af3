"""What htx prints, frozen: every command over the bundled data and the test files, in every
format, compared byte for byte with tests/__snapshots__/test_snapshots.ambr.

A change of output is then a deliberate act: `python -m pytest tests/test_snapshots.py
--snapshot-update` rewrites the snapshots, and the diff of the .ambr file is what a reviewer
reads. Absolute paths are replaced by placeholders so that the snapshots hold on any machine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, HERE, on_terminal

from htxcli.cli.app import cli
from htxcli.datafile.read import load

VALID = sorted((HERE / "data" / "valid").glob("*.toml"))
INVALID = sorted((HERE / "data" / "invalid").glob("*.toml"))
READERS = ("table", "markdown", "csv", "tsv", "json")

# Commands over the bundled data: what a user types, every reading command and its options.
BUNDLED = [
    *(["show", p] for p in ("Long An", "Hà Tĩnh", "Kiên Giang", "Lào Cai (cũ)", "Trà Vinh")),
    ["show", "Lào Cai"],
    ["show", "kien giang", "--period", "2023-H1"],
    *(["show", unit] for unit in ("Tây Ninh", "An Giang", "Vĩnh Long")),
    ["list"],
    ["metrics"],
    ["compare", "Long An", "Kiên Giang"],
    ["compare", "Hà Tĩnh", "Lào Cai (cũ)", "--metric", "income_per_worker_year"],
    [
        "compare",
        "Long An",
        "Trà Vinh",
        "Kiên Giang",
        "--metric",
        "good_or_fair_share_all",
        "--metric",
        "charter_capital_per_coop",
    ],
    ["compare", "Long An", "Hà Tĩnh", "Kiên Giang", "Lào Cai (cũ)", "Trà Vinh"],
    ["rank", "--by", "charter_capital_per_coop"],
    ["rank", "--by", "income_per_worker_year", "--top", "1"],
    ["rank", "--by", "active_share", "--asc"],
    ["rank", "--by", "good_or_fair_share_all", "--period", "2024-H1"],
    ["rank", "--by", "cooperatives", "--as-2025"],
    ["rank", "--by", "revenue_per_coop"],
    *(["growth", p] for p in ("Long An", "Hà Tĩnh", "Kiên Giang", "Lào Cai (cũ)", "Trà Vinh")),
    ["growth", "Long An", "--metric", "good_or_fair_share_all"],
]
# What goes wrong, as a user meets it: one line, the documented exit code.
MISTAKES = [
    ["show", "Nowhere"],
    ["show", "Long Ann"],
    ["show", "Long An", "--period", "2020"],
    ["show", "Bến Tre"],
    ["compare", "Long An"],
    ["compare", "Long An", "Kiên Giang", "--as-2025"],
    ["rank", "--by", "activ_share"],
    ["growth", "Lào Cai (cũ)", "--from", "2025"],
    ["growth", "Lào Cai"],
]
VALIDATE = [[], ["--format", "json"], ["--format", "github"], ["--show-acknowledged"], ["--strict"]]


def normalise(text: str) -> str:
    for path, name in ((DATA, "<bundled>"), (HERE, "<tests>")):
        text = text.replace(str(path), name)
    return text.replace(str(Path(DATA).resolve()), "<bundled>")


def run(args: list[str]) -> str:
    """One command in process, English and without colour whatever the caller's environment."""
    clean = {"HTX_LANG": "", "HTX_DATA": "", "LC_ALL": "C.UTF-8", "NO_COLOR": ""}
    result = CliRunner().invoke(cli, args, prog_name="htx", env=clean)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    return normalise(f"exit {result.exit_code}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}")


def _id(args: list[str]) -> str:
    return " ".join(args)


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("args", BUNDLED, ids=_id)
def test_bundled(args, fmt, snapshot):
    assert run(["--data", str(DATA), *args, "--format", fmt]) == snapshot


@pytest.mark.parametrize("args", MISTAKES, ids=_id)
def test_mistakes(args, snapshot):
    assert run(["--data", str(DATA), *args]) == snapshot


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_files(path, fmt, snapshot):
    out = [run(["--data", str(path), "list", "--format", fmt])]
    provinces = load(path).places()  # every place of the file, in the order htx lists them
    for p in provinces:
        out.append(run(["--data", str(path), "show", p, "--format", fmt]))
        out.append(run(["--data", str(path), "growth", p, "--format", fmt]))
    out.append(run(["--data", str(path), "rank", "--by", "active_share", "--format", fmt]))
    if len(provinces) > 1:
        out.append(run(["--data", str(path), "compare", *provinces, "--format", fmt]))
    assert "\n".join(out) == snapshot


@pytest.mark.parametrize("options", VALIDATE, ids=_id)
@pytest.mark.parametrize("path", [DATA, *VALID, *INVALID], ids=lambda p: p.name)
def test_validate(path, options, snapshot):
    assert run(["validate", str(path), *options]) == snapshot


@pytest.mark.parametrize(
    "args",
    [
        ["show", "Long An", "--format", "table"],
        ["show", "Lào Cai (cũ)", "--format", "json"],
        ["compare", "Hà Tĩnh", "Lào Cai (cũ)", "--format", "table"],
        ["rank", "--by", "income_per_worker_year", "--format", "table"],
        ["growth", "Lào Cai (cũ)", "--format", "table"],
        ["growth", "Long An", "--format", "csv"],
        ["metrics", "--format", "table"],
    ],
    ids=_id,
)
def test_vietnamese(args, snapshot):
    """Vietnamese output: frozen too, so that a change to it is seen in review."""
    assert run(["--data", str(DATA), "--lang", "vi", *args]) == snapshot


TERMINAL = [
    ["show", "Long An"],
    ["show", "Tây Ninh"],
    ["compare", "Long An", "Kiên Giang", "Trà Vinh"],
    ["rank", "--by", "charter_capital_per_coop"],
    ["growth", "Lào Cai (cũ)"],
    ["list"],
]


@pytest.mark.parametrize("args", TERMINAL, ids=_id)
def test_terminal(args, env, snapshot):
    """The table a person sees on a 100-column terminal, colour codes included."""
    code, text = on_terminal("--data", str(DATA), *args, env=env)
    assert normalise(f"exit {code}\n{text}") == snapshot


def _add(tmp_path: Path, *args: str) -> str:
    data = tmp_path / "provinces.toml"
    if not data.exists():
        shutil.copy(DATA, data)
    before = data.read_text(encoding="utf-8")
    out = run(["add", *args, "--data", str(data)]).replace(str(tmp_path), "<tmp>")
    after = data.read_text(encoding="utf-8")
    return out + "--- appended\n" + (after[len(before) :] if after.startswith(before) else after)


SOURCE = ["--set", "source.publisher=Sở KH&ĐT", "--set", "source.title=Báo cáo năm 2024"]


def test_add(tmp_path, snapshot):
    out = [
        _add(tmp_path, "long an", "--period", "2024", *SOURCE, "--set", "cooperatives.total=330", "--yes"),
        _add(tmp_path, "Long An", "--period", "2024", *SOURCE, "--yes"),
        _add(
            tmp_path,
            "Long An",
            "--period",
            "2024",
            *SOURCE,
            "--set",
            "cooperatives.members=hơn 43.000",
            "--set",
            "cooperatives.income_per_worker=4.500.000/month",
            "--replace",
            "--yes",
        ),
        _add(tmp_path, "Hà Tĩnh", "--period", "2025", *SOURCE, "--set", "cooperatives.totl=5", "--yes"),
        _add(tmp_path, "Hà Tĩnh", "--period", "2025", *SOURCE, "--set", "cooperatives.total=1,256", "--yes"),
    ]
    assert "\n".join(out) == snapshot
