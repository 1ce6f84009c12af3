"""Tab completion in a real bash, zsh and fish, each in a tmux pane with the script installed
as README says: type, press Tab, read the line the shell made, then run it and see the words
htx gets. fish matches candidates itself and knows no accent folding: there the accents are typed."""

from __future__ import annotations

import shutil

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
