"""What htx ships: the wheel carries the data, the schema, the 2025 mapping, the completion
scripts and the licence; the sdist carries everything the test suite reads, so `pip install`
and the suite work from it (.ci/run installs an unpacked sdist and runs the suite there)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def build(kind: str, out: Path) -> Path:
    """``python -m build --KIND`` with the build backend of the test extras (no download)."""
    run = subprocess.run(
        [sys.executable, "-m", "build", f"--{kind}", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    (built,) = out.glob("*.whl" if kind == "wheel" else "*.tar.gz")
    return built


def test_wheel_carries_data_schema_mapping_completions_and_licence(tmp_path):
    names = set(zipfile.ZipFile(build("wheel", tmp_path)).namelist())
    for shipped in (
        "htxcli/data/provinces.toml",
        "htxcli/data/provinces.schema.json",
        "htxcli/data/provinces-2025.json",
        "htxcli/data/completions/htx.bash",
        "htxcli/data/completions/_htx",
        "htxcli/data/completions/htx.fish",
        "htx-0.1.0.dist-info/licenses/LICENSE",
    ):
        assert shipped in names, shipped
    assert not any(n.startswith(("tests/", "docs/")) for n in names)


def test_sdist_carries_every_file_of_the_repository(tmp_path):
    """Every file under version control, the tests, their data and the docs they read
    included; nothing git ignores (tests/editor/node_modules) goes in."""
    if shutil.which("git") is None:
        pytest.skip("needs git")
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if tracked.returncode != 0:
        pytest.skip("htx is not in a git checkout here")
    with tarfile.open(build("sdist", tmp_path)) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    missing = [f for f in tracked.stdout.splitlines() if (ROOT / f).is_file() and f not in names]
    assert missing == []
    assert "LICENSE" in names and not any("node_modules" in n for n in names)


def test_licence_is_the_declared_one():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Permission is hereby granted, free of charge" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
