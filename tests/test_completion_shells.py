"""Tab completion in a real bash, zsh and fish, each in a tmux pane with the script installed
as README says: type, press Tab, read the line the shell made, then run it and see the words
htx gets. fish matches candidates itself and knows no accent folding: there the accents are typed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from shells import Pane, missing

DATA = "số liệu.toml"  # a data file whose name has a space and diacritics, in the pane's home
ESCAPED = DATA.replace(" ", "\\ ")

# (what is typed in bash and zsh, what in fish, the line after Tab, the words htx gets)
CASES = {
    "name": ("htx show kien", "htx show Kiên", "htx show Kiên\\ Giang", ["show", "Kiên Giang"]),
    "open quote": ('htx show "kien', 'htx show "Kiên', 'htx show "Kiên Giang"', ["show", "Kiên Giang"]),
    "parenthesis": (
        "htx show 'lao cai (",
        "htx show 'Lào Cai (",
        "htx show 'Lào Cai (cũ)'",
        ["show", "Lào Cai (cũ)"],
    ),
    "option=value": (
        "htx rank --by=income_per_w",
        "htx rank --by=income_per_w",
        "htx rank --by=income_per_worker_year",
        ["rank", "--by=income_per_worker_year"],
    ),
    "file": ("htx --data=s", "htx --data=s", f"htx --data={ESCAPED}", ["--data=" + DATA]),
    "period of the province": (
        'htx show "Long An" --period ',
        'htx show "Long An" --period ',
        'htx show "Long An" --period 2024-H1',
        ["show", "Long An", "--period", "2024-H1"],
    ),
    "period in the file given": (
        f"htx --data '{DATA}' show 'Lâm Đồng (cũ)' --period ",
        f"htx --data '{DATA}' show 'Lâm Đồng (cũ)' --period ",
        f"htx --data '{DATA}' show 'Lâm Đồng (cũ)' --period 2024",
        ["--data", DATA, "show", "Lâm Đồng (cũ)", "--period", "2024"],
    ),
}
SHELLS = ["bash", "zsh", "fish"]


@pytest.fixture(scope="module", params=SHELLS)
def pane(request, tmp_path_factory):
    shell = request.param
    if missing(shell):
        pytest.skip(missing(shell))
    home = tmp_path_factory.mktemp(shell)
    shutil.copy(request.path.parent / "data" / "valid" / "v2-old-new-names.toml", home / DATA)
    p = Pane(shell, home)
    yield p
    p.close()


@pytest.mark.parametrize("case", CASES)
def test_tab_makes_the_line_htx_needs(pane, case):
    typed, typed_in_fish, line, words = CASES[case]
    pane.fresh()
    pane.complete(typed_in_fish if pane.shell == "fish" else typed, line)
    assert pane.words() == ["htx", *words]


def test_htx_gets_the_completed_name_as_one_argument(pane):
    pane.fresh()
    pane.complete("htx show Kiên" if pane.shell == "fish" else "htx show kien", "htx show Kiên\\ Giang")
    pane.type(" --format csv | head -2")
    screen = pane.run("Kiên Giang,province,2023-H1")
    assert "unexpected extra argument" not in screen


def test_a_tab_in_an_empty_argument_lists_the_commands(pane):
    pane.fresh()
    pane.keys("htx comp", "Tab", "Tab")
    pane.wait_for(lambda s: "compare" in s and "completion" in s, "the commands compare and completion")


@pytest.mark.skipif(shutil.which("fish") is None, reason="needs fish (.ci/system-packages installs it)")
def test_fish_shows_a_help_text_whole(tmp_path, env):
    """fish lists each candidate with its help; a comma in the help is part of it."""
    completions = tmp_path / "fish" / "completions"
    completions.mkdir(parents=True)
    script = subprocess.run(
        ["htx", "completion", "fish"], env=env, capture_output=True, text=True, check=True
    )
    (completions / "htx.fish").write_text(script.stdout, encoding="utf-8")
    shown = subprocess.run(
        ["fish", "-c", "complete -C 'htx rank --sc'"],
        env={**env, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "LC_ALL": "C.UTF-8"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.stdout == "--scope\tRank provinces, or the six regions: never one among the other.\n"
