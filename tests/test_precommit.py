"""The published pre-commit hook, run by the real pre-commit tool in a temporary repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

ROOT = Path(__file__).parent.parent


def git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_hook_blocks_a_broken_data_file(tmp_path):
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
    if head.returncode != 0:
        pytest.skip("htx is not in a git checkout here")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PRE_COMMIT_COLOR": "never",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    repo = tmp_path / "data-repo"
    (repo / "data").mkdir(parents=True)
    assert git("init", "-q", cwd=repo, env=env).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n      - id: htx-validate\n",
        encoding="utf-8",
    )
    (repo / "pyproject.toml").write_text("[project]\nname = 'not-htx-data'\n", encoding="utf-8")
    data = repo / "data" / "provinces.toml"
    data.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr

    git("add", "-A", cwd=repo, env=env)
    ok = git("commit", "-qm", "the shipped data", cwd=repo, env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr  # the shipped data passes, pyproject.toml is skipped

    text = data.read_text(encoding="utf-8").replace("total = 2_220", "totl = 2_220")
    data.write_text(text, encoding="utf-8")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if s.startswith("totl = 2_220"))
    git("add", "-A", cwd=repo, env=env)
    blocked = git("commit", "-qm", "a typo", cwd=repo, env=env)
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert f"data/provinces.toml:{line}:1: error unknown-key" in out
    assert "did you mean 'total'?" in out
