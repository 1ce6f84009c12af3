"""The published pre-commit hook, run by the real pre-commit tool in a temporary repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

ROOT = Path(__file__).parent.parent


def git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def hook(tmp_path_factory):
    """What a data repository needs to run the published hook at this checkout's HEAD: the
    environment (pre-commit's cache shared, so the hook is installed once) and the revision."""
    if shutil.which("git") is None:
        pytest.skip("needs git")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
    if head.returncode != 0:
        pytest.skip("htx is not in a git checkout here")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-cache")),
        "PRE_COMMIT_COLOR": "never",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    return env, head.stdout.strip()


def data_repo(path: Path, hook: tuple[dict[str, str], str], options: str = "") -> Path:
    """A git repository with the hook installed; ``options`` are more lines of its entry."""
    env, rev = hook
    path.mkdir(parents=True)
    assert git("init", "-q", cwd=path, env=env).returncode == 0
    entry = f"      - id: htx-validate\n{options}"
    config = f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n{entry}"
    (path / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=path, env=env, capture_output=True, text=True
    )
    assert install.returncode == 0, install.stderr
    return path


def commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    git("add", "-A", cwd=repo, env=env)
    return git("commit", "-qm", message, cwd=repo, env=env)


def test_hook_blocks_a_broken_data_file_and_skips_other_toml(tmp_path, hook):
    env = hook[0]
    repo = data_repo(tmp_path / "data-repo", hook)
    (repo / "data").mkdir()
    (repo / "pyproject.toml").write_text("[project]\nname = 'not-htx-data'\n", encoding="utf-8")
    (repo / "rustfmt.toml").write_text('edition = "2021"\nmax_width = 100\n', encoding="utf-8")
    (repo / "netlify.toml").write_text('[build]\npublish = "site"\n', encoding="utf-8")
    data = repo / "data" / "provinces.toml"
    data.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    ok = commit(repo, env, "the shipped data")
    assert ok.returncode == 0, ok.stdout + ok.stderr  # the data passes, the other TOML is not htx's

    text = data.read_text(encoding="utf-8").replace("total = 2_220", "totl = 2_220")
    data.write_text(text, encoding="utf-8")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if s.startswith("totl = 2_220"))
    blocked = commit(repo, env, "a typo")
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert f"data/provinces.toml:{line}:1: error unknown-key" in out
    assert "did you mean 'total'?" in out
    assert "rustfmt.toml" not in out and "netlify.toml" not in out


def test_files_override_from_the_readme(tmp_path, hook):
    """README: a repository whose data files have other names says which with ``files:``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    override = re.search(r"\n( +files: .*)\n", readme)
    assert override, "README shows the files: override"
    env = hook[0]
    repo = data_repo(tmp_path / "figures-repo", hook, override[1] + "\n")
    (repo / "figures").mkdir()
    (repo / "rustfmt.toml").write_text('edition = "2021"\n', encoding="utf-8")
    figures = repo / "figures" / "kien-giang.toml"
    figures.write_text('[[report]]\nprovince = "Kiên Giang"\nperiod = "2024"\n', encoding="utf-8")
    blocked = commit(repo, env, "no source")
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert "figures/kien-giang.toml:1:1: error missing-source" in out
