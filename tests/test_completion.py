"""Shell completion: the shipped scripts are current, and they work in a real bash."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from htxcli.cli.app import cli
from htxcli.tools import completion_scripts as complete

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("shell", sorted(complete.FILES))
def test_shipped_scripts_are_current(shell):
    shipped = (ROOT / "completions" / complete.FILES[shell]).read_text(encoding="utf-8")
    assert shipped == complete.script(shell), "regenerate: python -m htxcli.tools.completion_scripts"


def test_zsh_script_starts_with_compdef():
    assert (ROOT / "completions" / "_htx").read_text(encoding="utf-8").startswith("#compdef htx")


def _complete(words: str, cword: int) -> list[str]:
    env = {"_HTX_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    out = CliRunner().invoke(cli, [], env=env, prog_name="htx").output
    return [line.split(",", 1)[1] for line in out.splitlines()]


def test_protocol_provinces_accent_insensitive():
    assert _complete("htx compare kien", 2) == ["Kiên Giang"]
    assert "Tây Ninh" in _complete("htx show t", 2)  # a 2025 unit with data through Long An
    assert _complete("htx show LO", 2) == ["Long An"]


def test_protocol_offers_old_names_regions_and_the_country():
    valid = ROOT / "tests" / "data" / "valid"
    old_new = _complete(f"htx --data {valid / 'v2-old-new-names.toml'} show lam", 4)
    assert old_new == ["Lâm Đồng", "Lâm Đồng (cũ)"]
    places = _complete(f"htx --data {valid / 'v2-national.toml'} show ", 4)
    assert {"Việt Nam", "Đồng bằng sông Cửu Long", "Tây Nguyên"} <= set(places)
    assert _complete("htx show 'Lao Cai (", 2) == ["Lào Cai (cũ)"]  # the bundled 2023 report


def test_protocol_commands_options_metrics_periods():
    assert {"show", "compare", "rank", "growth", "validate", "list", "metrics"} <= set(_complete("htx ", 1))
    assert "--by" in _complete("htx rank --", 2)
    assert _complete("htx rank --by income_per_w", 3) == ["income_per_worker_year"]
    assert set(_complete("htx show 'Long An' --period ", 4)) == {"2024-H1", "2023-H1", "2023", "2022"}


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_real_bash_keeps_a_name_with_spaces_one_word(env):
    script = ROOT / "completions" / "htx.bash"
    probe = f"""
source {script}
COMP_WORDS=(htx compare 'Long\\ An' kien); COMP_CWORD=3  # raw words, as bash keeps them
_htx_completion htx
printf 'reply=%s\\n' "${{COMPREPLY[@]}}"
eval "set -- ${{COMPREPLY[0]}}"; echo "words=$#"; echo "first=$1"
"""
    r = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", probe],
        capture_output=True,
        text=True,
        env={**env, "LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert "reply=Kiên\\ Giang" in r.stdout
    assert "words=1" in r.stdout and "first=Kiên Giang" in r.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_real_bash_completes_metric_ids(env):
    probe = f"""
source {ROOT / "completions" / "htx.bash"}
COMP_WORDS=(htx rank --by good_or); COMP_CWORD=3
_htx_completion htx
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    r = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert r.stdout.split() == [
        "good_or_fair_share_all",
        "good_or_fair_share_graded",
        "good_or_fair_share_active",
    ]


def test_completion_through_console_script(htx, env):
    r = htx(env={**env, "_HTX_COMPLETE": "bash_complete", "COMP_WORDS": "htx show kien", "COMP_CWORD": "2"})
    assert r.stdout.strip() == "plain,Kiên Giang"
    assert os.path.exists(ROOT / "completions" / "htx.fish")


@pytest.mark.skipif(
    shutil.which("tmux") is None or shutil.which("bash") is None, reason="needs tmux and bash"
)
def test_interactive_bash_tab_completion(tmp_path):
    """A real interactive bash in tmux: type `htx show kien<TAB>`, run it, count the words."""
    import sys
    import time

    sock = str(tmp_path / "tmux.sock")
    path = os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"])
    shell = f"env -i PATH={path} HOME={tmp_path} LC_ALL=C.UTF-8 TERM=xterm PS1='$ ' bash --norc --noprofile"

    def tmux(*args: str) -> str:
        return subprocess.run(
            ["tmux", "-u", "-S", sock, *args], capture_output=True, text=True, check=False
        ).stdout

    tmux("new-session", "-d", "-x", "150", "-y", "20", shell)
    try:
        tmux("send-keys", f"source {ROOT / 'completions' / 'htx.bash'}", "Enter")
        tmux("send-keys", "htx show kien", "Tab")
        deadline = time.monotonic() + 20
        while "Kiên\\ Giang" not in tmux("capture-pane", "-p") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "htx show Kiên\\ Giang" in tmux("capture-pane", "-p")
        tmux("send-keys", "Home", "printf '<%s>' ", "End", "Enter")
        while "<Kiên Giang>" not in tmux("capture-pane", "-p") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "<htx><show><Kiên Giang>" in tmux("capture-pane", "-p")
    finally:
        tmux("kill-server")
