"""Shell completion without a terminal: the scripts htx prints, the protocol they speak, and
how htx reads a line typed up to the cursor. Real shells under tmux: test_completion_shells.py."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from htxcli.cli.app import cli
from htxcli.cli.complete import _periods_of
from htxcli.cli.shells import split_line
from htxcli.datafile.read import load
from htxcli.tools import completion_scripts as complete

ROOT = Path(__file__).parent.parent
VALID = ROOT / "tests" / "data" / "valid"


@pytest.mark.parametrize("shell", sorted(complete.FILES))
def test_shipped_scripts_are_what_the_installed_htx_prints(htx, env, shell):
    shipped = (ROOT / "completions" / complete.FILES[shell]).read_text(encoding="utf-8")
    printed = htx("completion", shell)
    assert printed.returncode == 0 and printed.stdout == shipped, (
        "regenerate: python -m htxcli.tools.completion_scripts"
    )
    # click's own way of asking gets the same script, not click's unpatched one
    assert htx(env={**env, "_HTX_COMPLETE": f"{shell}_source"}).stdout == shipped


def test_completion_of_an_unknown_shell_is_a_usage_error(htx):
    r = htx("completion", "tcsh")
    assert r.returncode == 2 and "'tcsh' is not one of 'bash', 'zsh', 'fish'" in r.stderr
    assert "Traceback" not in r.stderr


def test_zsh_script_starts_with_compdef():
    assert (ROOT / "completions" / "_htx").read_text(encoding="utf-8").startswith("#compdef htx")


def _complete(words: str, cword: int) -> list[str]:
    """click's protocol, as its own bash script speaks it (COMP_WORDS, COMP_CWORD)."""
    env = {"_HTX_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    out = CliRunner().invoke(cli, [], env=env, prog_name="htx").output
    return [line.split(",", 1)[1] for line in out.splitlines()]


def _line(line: str, shell: str = "bash") -> list[str]:
    """htx's own bash protocol: the line up to the cursor (values only)."""
    env = {"_HTX_COMPLETE": f"{shell}_complete", "COMP_LINE": line}
    out = CliRunner().invoke(cli, [], env=env, prog_name="htx").output
    return [line.split(",", 1)[1] for line in out.splitlines()]


def test_protocol_provinces_accent_insensitive():
    assert _complete("htx compare kien", 2) == ["Kiên Giang"]
    assert "Tây Ninh" in _complete("htx show t", 2)  # a 2025 unit with data through Long An
    assert _complete("htx show LO", 2) == ["Long An"]


def test_protocol_offers_old_names_regions_and_the_country():
    old_new = _complete(f"htx --data {VALID / 'v2-old-new-names.toml'} show lam", 4)
    assert old_new == ["Lâm Đồng", "Lâm Đồng (cũ)"]
    places = _complete(f"htx --data {VALID / 'v2-national.toml'} show ", 4)
    assert {"Việt Nam", "Đồng bằng sông Cửu Long", "Tây Nguyên"} <= set(places)
    assert _complete("htx show 'Lao Cai (", 2) == ["Lào Cai (cũ)"]  # the bundled 2023 report


def test_protocol_commands_options_metrics():
    assert {"show", "compare", "rank", "growth", "validate", "list", "metrics", "completion"} <= set(
        _complete("htx ", 1)
    )
    assert "--by" in _complete("htx rank --", 2)
    assert _complete("htx rank --by income_per_w", 3) == ["income_per_worker_year"]
    assert _line("htx completion ") == ["bash", "zsh", "fish"]


def test_the_line_is_read_as_the_shell_will_run_it():
    assert _line('htx show "kien') == ["Kiên Giang"]  # inside an open quote
    assert _line("htx compare Long\\ An kien") == ["Kiên Giang"]
    assert _line("htx show 'lao cai (c") == ["Lào Cai (cũ)"]
    assert _line("htx rank --by=income_per_w") == ["income_per_worker_year"]  # bash replaces after =


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_get_the_option_back_with_its_value(shell):
    """They replace the whole word --by=inc with what htx gives."""
    env = {"_HTX_COMPLETE": f"{shell}_complete"}
    if shell == "zsh":
        env |= {"COMP_WORDS": "htx rank --by=income_per_w", "COMP_CWORD": "2"}
    else:
        env |= {"COMP_WORDS": "htx rank --by=income_per_w", "COMP_CWORD": "--by=income_per_w"}
    out = CliRunner().invoke(cli, [], env=env, prog_name="htx").output
    assert out.count("income_per_worker_year") == out.count("--by=income_per_worker_year") == 1


def test_fish_keeps_a_help_text_whole():
    env = {"_HTX_COMPLETE": "fish_complete", "COMP_WORDS": "htx rank --sc", "COMP_CWORD": "--sc"}
    out = CliRunner().invoke(cli, [], env=env, prog_name="htx").output
    assert out.strip() == "plain,--scope\tRank provinces, or the six regions: never one among the other."
    script = (ROOT / "completions" / "htx.fish").read_text(encoding="utf-8")
    assert 'string split -m 1 "," --' in script  # the value is split from its help once


@pytest.mark.parametrize(
    ("line", "periods"),
    [
        ('htx show "Long An" --period ', ["2024-H1"]),
        ("htx show kien --period ", ["2023-H1"]),
        ("htx show 'Tây Ninh' --period=", ["2024-H1"]),  # a 2025 unit: its old provinces' reports
        ("htx growth 'Long An' --from ", ["2024-H1"]),
        ('htx compare kien "Long An" --period ', ["2024-H1", "2023-H1"]),  # none in common: either's
        ("htx show --period 202", ["2024-H1", "2023-H1", "2023", "2022"]),  # no province yet
        ("htx show Atlantis --period ", ["2024-H1", "2023-H1", "2023", "2022"]),
        (f"htx --data {VALID / 'v2-old-new-names.toml'} show 'lâm đồng (cũ)' --period ", ["2024"]),
        (f"htx show 'Lâm Đồng' --data {VALID / 'v2-old-new-names.toml'} --period ", ["2025"]),
    ],
)
def test_periods_are_those_of_the_province_typed(line, periods):
    assert _line(line) == periods


def test_periods_of_places_in_common(dataset):
    assert _periods_of(dataset, ["Long An"]) == {"2024-H1"}
    assert _periods_of(dataset, ["Long An", "Hà Tĩnh"]) == {"2024-H1"}
    assert _periods_of(dataset, []) == set()
    two = load(VALID / "v2-old-new-names.toml")
    assert _periods_of(two, ["Đắk Nông", "Lâm Đồng (cũ)"]) == {"2024"}


@pytest.mark.parametrize("line", ["htx --data ", "htx --data=da", "htx show x -o out", "htx validate "])
def test_files_are_left_to_the_shell(line):
    env = {"_HTX_COMPLETE": "bash_complete", "COMP_LINE": line}
    out = CliRunner().invoke(cli, [], env=env, prog_name="htx").output
    assert out.startswith("file,")


# What a word of a command line can hold: spaces, quotes, backslashes, =, accents.
WORD = st.text(alphabet=st.sampled_from("ab Kiên\"'\\=(-:é"), max_size=8)


@given(st.lists(WORD, max_size=4), WORD)
def test_split_line_reads_words_as_the_shell_would(done, typing):
    """The words before the cursor as shlex (a POSIX shell) splits them, and the word typed."""
    line = " ".join(shlex.quote(w) for w in ["htx", *done])
    assert split_line(line + " ") == (done, "")
    if typing:
        assert split_line(f"{line} {shlex.quote(typing)}") == (done, typing)
        if "'" not in typing:  # an open quote: the word goes on
            assert split_line(f"{line} '{typing}") == (done, typing)


def test_split_line_edges():
    assert split_line("htx show Kiên\\ ") == (["show"], "Kiên ")  # an escaped space: still typing
    assert split_line("htx show 'a ' ") == (["show", "a "], "")
    assert split_line("htx show a\\") == (["show"], "a")
    assert split_line("htx") == ([], "htx")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_click_s_old_protocol_still_answers(env):
    """A bash script written by click (COMP_WORDS, COMP_CWORD) still gets answers."""
    r = subprocess.run(
        ["htx"],
        env={**env, "_HTX_COMPLETE": "bash_complete", "COMP_WORDS": "htx show kien", "COMP_CWORD": "2"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.stdout.strip() == "plain,Kiên Giang"


HEAVY = ("rich", "tabulate", "tomli_w", "importlib.metadata", "difflib", "csv", "xlsxwriter")


@pytest.mark.parametrize("line", ["htx show kien", "htx rank --by=inc", 'htx show "Long An" --period '])
def test_a_tab_imports_nothing_heavy(env, line):
    """Completion runs on every Tab: it loads the data, never what draws or writes."""
    probe = (
        "import sys\nfrom htxcli.cli.app import cli\ntry:\n    cli.main([], prog_name='htx')\n"
        "except SystemExit:\n    pass\n"
        f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    r = subprocess.run(
        [sys.executable, "-c", probe],
        env={**env, "_HTX_COMPLETE": "bash_complete", "COMP_LINE": line},
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.stdout.strip(), r.stderr
    assert "HEAVY=\n" in r.stderr + "\n", r.stderr
