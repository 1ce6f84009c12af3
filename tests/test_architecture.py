"""The architecture holds by tool, not by review: import-linter's contracts (pyproject.toml,
docs/architecture.md), modules readable in one sitting, functions short, and no production
code that behaves differently under a test runner."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BIN

import htxcli

PACKAGE = Path(htxcli.__file__).parent
ROOT = PACKAGE.parent
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40  # code lines, docstring and decorators left out


def test_import_contracts_are_kept():
    """Layers (each imports only those below), click only in cli, rich and tabulate only in
    output, and no import cycle between the modules of any package."""
    r = subprocess.run(
        [str(Path(BIN) / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "4 kept, 0 broken" in r.stdout


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_reads_in_one_sitting(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{path.name}: {lines} lines; split it by what its parts are about"


def _code_lines(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = fn.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    return body[-1].end_lineno - body[0].lineno + 1 if body else 0


def test_functions_are_short():
    long = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and _code_lines(node) > MAX_FUNCTION_LINES
            ):
                long.append(
                    f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({_code_lines(node)} lines)"
                )
    assert not long, long


def test_no_production_code_asks_for_the_test_runner():
    for path in MODULES:
        text = path.read_text(encoding="utf-8")
        assert "pytest" not in text and "PYTEST_" not in text, path


def test_the_runtime_never_imports_the_tools():
    """The tools import the runtime to generate files from it; nothing at run time imports them."""
    probe = (
        "import sys, htxcli.cli.app as a; a.cli.main(['show', 'Long An', '--json'], standalone_mode=False)"
    )
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            probe + "; print(sorted(m for m in sys.modules if m.startswith('htxcli.tools')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert r.stdout.strip().endswith("[]")
