"""The docs tell the truth: README's commands, the format example, help texts, lint."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from htxcli.cli.app import cli
from htxcli.datafile.read import load
from htxcli.lint.validate import validate_file
from htxcli.tools import doc_tables as doctable

ROOT = Path(__file__).parent.parent


def _blocks(text: str, lang: str = "") -> list[str]:
    return re.findall(rf"```{lang}[a-z]*\n(.*?)```", text, re.S)


def test_readme_quick_start_matches_ci():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = re.search(r"^## Quick start$(.*?)(?=^## )", readme, re.M | re.S).group(1)
    install, test = _blocks(quick)[:2]
    assert "pip install ." in install and "htx " in install
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test.strip() in ci


def test_format_example_is_valid(tmp_path):
    text = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    example = tmp_path / "example.toml"
    first = next(b for b in _blocks(text, "toml") if b.startswith("#:schema"))
    example.write_text(first, encoding="utf-8")
    ds = load(example)
    assert ds.reports[0].province == "Long An"


def test_every_complete_format_example_validates(tmp_path):
    """Each worked example a newcomer copies is a whole file that passes validate --strict."""
    text = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    examples = [b for b in _blocks(text, "toml") if re.match(r"(#:schema.*\n)?schema_version", b)]
    assert len(examples) >= 7
    for i, block in enumerate(examples):
        path = tmp_path / f"example{i}.toml"
        path.write_text(block, encoding="utf-8")
        findings, read = validate_file(path)
        assert read and all(f.acknowledged for f in findings), (block[:200], findings)


def test_key_tables_are_current():
    text = doctable.DOC.read_text(encoding="utf-8")
    assert doctable.rewrite(text) == text, "run: python -m htxcli.tools.doc_tables"


def _commands() -> list[str]:
    with click.Context(cli) as ctx:
        return cli.list_commands(ctx)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_summary_and_example(name):
    with click.Context(cli) as ctx:
        cmd = cli.get_command(ctx, name)
    assert cmd is not None
    assert cmd.help and cmd.get_short_help_str().strip()
    assert "Example" in cmd.help, f"htx {name} --help needs an example"
    with click.Context(cmd, info_name=name) as ctx:
        assert "htx " + name in cmd.get_help(ctx)


def test_help_through_console_script(htx):
    for name in _commands():
        r = htx(name, "--help")
        assert r.success and "Example" in r.stdout


@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_ruff_clean(args):
    r = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "htxcli", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr
