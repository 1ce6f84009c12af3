"""Heavy imports stay off the paths that do not draw with them (a guard, not a timing).

locale is what click's gettext lookups import on every run (issue 15: htx words its help
option without them); the parse cache needs only the C halves of pickle and hashlib (_pickle,
_blake2), never the Python modules around them nor tempfile. htx's own line index is for
findings that will be printed (the bundled file's are all acknowledged), and table rows for
tables. A run the parse cache answers imports no TOML parser, checks or rules."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import terminal

PROBE = """
import sys
from htxcli.cli.app import cli
try:
    cli.main({args!r}, prog_name="htx")
except SystemExit:
    pass
heavy = [m for m in ("rich", "tabulate", "tomli_w", "importlib.metadata", "difflib", "csv",
         "xlsxwriter", "locale", "pickle", "hashlib", "tempfile",
         "htxcli.datafile.lines", "htxcli.output.views.rows", "htxcli.analysis.units2025",
         "htxcli.metrics.sums", *{more!r})
         if m in sys.modules]
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
print("OWN=" + str(sum(m.startswith("htxcli.") for m in sys.modules)), file=sys.stderr)
"""


def _probe(*args: str, more: tuple[str, ...] = ()) -> list[str]:
    r = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=list(args), more=more)],
        capture_output=True,
        text=True,
        check=False,
    )
    return r.stderr.splitlines()


def _said(lines: list[str], what: str) -> str:
    return next(s for s in lines if s.startswith(what + "="))[len(what) + 1 :]


def loaded(*args: str, more: tuple[str, ...] = ()) -> set[str]:
    return {m for m in _said(_probe(*args, more=more), "HEAVY").split(",") if m}


#: The JSON paths of show, compare and rank on the bundled data (rank with the metric its
#: start-up benchmark uses).
JSON_PATHS = [
    ["show", "Long An", "--json"],
    ["compare", "Long An", "Kiên Giang", "--json"],
    ["rank", "--by", "charter_capital_per_coop", "--json"],
]


def cached(*args: str, more: tuple[str, ...] = ()) -> list[str]:
    """The probe's lines for a run the parse cache answers (a first run fills it)."""
    _probe(*args)
    return _probe(*args, more=more)


#: htx's own modules a run the parse cache answers may load. Each costs ~0.15-0.2 ms of
#: start-up (importlib's own work and a dozen system calls), about as much as what it runs
#: (docs/performance.md): a module more on these paths is a cost to weigh, not a free split.
OWN_MODULES = 40


@pytest.mark.parametrize(
    "args", [*JSON_PATHS, ["rank", "--by", "cooperatives", "--format", "csv"], ["validate"]]
)
def test_json_paths_load_few_of_htx_own_modules(args):
    assert int(_said(cached(*args), "OWN")) <= OWN_MODULES


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        *JSON_PATHS,
        ["growth", "Lào Cai", "--json"],
        ["list", "--json"],
        ["metrics", "--json"],
        ["validate"],
    ],
)
def test_json_paths_import_nothing_heavy(args):
    assert loaded(*args) == set()


FAST = "htxcli.datafile.parse_fast"
PARSING = ("tomllib", "rtoml", "htxcli.datafile.structure", "htxcli.datafile.build", "htxcli.lint.rules")


@pytest.mark.parametrize(
    "args", [["show", "Long An", "--json"], ["rank", "--by", "cooperatives", "--json"], ["validate"]]
)
def test_a_run_the_cache_answers_parses_nothing(args):
    assert "tomllib" in loaded(*args, "--no-cache", more=PARSING)  # a small file: tomllib
    loaded(*args)  # the cache now holds the bundled file's dataset and findings
    assert loaded(*args, more=PARSING) == set()


@pytest.mark.parametrize("args", JSON_PATHS)
def test_json_paths_load_no_unicode_tables_version_or_number_writer(args):
    """Names typed as the data spells them are never folded (unicodedata's tables); only an
    xlsx workbook says htx's version; JSON writes numbers as numbers."""
    unused = ("unicodedata", "htxcli._version", "htxcli.output.values")
    assert _said(cached(*args, more=unused), "HEAVY") == ""


def test_csv_path_imports_nothing_heavy():
    """CSV is written by the C module the csv module wraps (render.csv_writer)."""
    assert loaded("rank", "--by", "cooperatives", "--format", "csv", more=("_csv",)) == {"_csv"}


def test_table_on_a_terminal_imports_rich_not_tabulate(env):
    probe = PROBE.format(args=["show", "Long An"], more=()).replace("file=sys.stderr", "file=sys.stdout")
    code, text = terminal([sys.executable, "-c", probe], env)
    line = next(s for s in text.splitlines() if s.startswith("HEAVY="))
    mods = set(line.strip()[6:].split(","))
    assert code == 0 and "rich" in mods and "tabulate" not in mods


def test_validate_places_findings_only_when_it_prints_them():
    assert "htxcli.datafile.lines" in loaded("validate", "--show-acknowledged")


def test_markdown_imports_tabulate_not_rich():
    mods = loaded("show", "Long An", "--format", "markdown")
    assert "tabulate" in mods and "rich" not in mods


def test_version_is_the_package_version(htx):
    from importlib.metadata import version

    assert htx("--version").stdout.strip() == f"htx, version {version('htx')}"


@pytest.mark.parametrize("own", [True, False])
def test_records_are_frozen_out_of_collections_only_in_htx_own_process(own):
    """Collections after a load need never walk the records again (docs/performance.md);
    a process that hosts htx (this test) keeps its own objects collectable."""
    import gc

    import click

    from htxcli.cli.app import cli
    from htxcli.cli.common import dataset

    gc.unfreeze()
    try:
        with click.Context(cli, obj={"own_process": own} if own else {}) as ctx:
            ds = dataset(ctx)
        assert ds.reports
        assert (gc.get_freeze_count() > 0) is own
    finally:
        gc.unfreeze()


COLLECTOR = """
import gc, os, sys
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info["generation"]))
def report(code):
    sys.stdout.flush()
    said = f"GC enabled={gc.isenabled()} frozen={gc.get_freeze_count() > 0} runs={len(collections)}"
    os.write(2, (said + "\\n").encode())
    os.abort()
os._exit = report  # where htx ends its own process (cli/app.py)
sys.argv = ["htx", *ARGS]
from htxcli.cli.entry import main
collections.clear()  # from main() on: click, htx's modules, the command
main()
"""


@pytest.mark.parametrize(
    ("args", "after"),
    [
        (["--version"], "GC enabled=False frozen=False runs=0"),  # a whole run without one
        (["validate"], "GC enabled=False frozen=False runs=0"),
        (["show", "Long An", "--json"], "GC enabled=True frozen=True"),  # running again after the load
        (["show", "Long An", "--json", "--no-cache"], "GC enabled=True frozen=True"),
    ],
)
def test_htx_own_process_collects_no_garbage_while_it_starts(args, after):
    """Modules, classes and functions make no garbage: htx pauses the collector from its
    first line until a data file is loaded and frozen out of collections (cli/entry.py)."""
    probe = COLLECTOR.replace("ARGS", repr(args))
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    line = next(s for s in r.stderr.splitlines() if s.startswith("GC "))
    assert line.startswith(after), r.stderr


def test_a_pause_of_the_collector_leaves_it_as_it_was():
    import gc

    from htxcli.datafile import collector_paused

    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        assert not gc.isenabled()
        1 / 0  # noqa: B018
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_big_file_is_parsed_by_rtoml_a_small_one_by_tomllib(tmp_path):
    """rtoml's import costs more than it saves on a few reports (read.FAST_FROM)."""
    from conftest import big_file

    big = big_file(tmp_path / "big.toml", copies=200)
    args = ("--data", str(big), "rank", "--by", "cooperatives", "--json", "--no-cache")
    parsers = loaded(*args, more=PARSING)
    assert "rtoml" in parsers and "tomllib" not in parsers
    small = loaded("rank", "--by", "cooperatives", "--json", "--no-cache", more=(*PARSING, FAST))
    assert "rtoml" not in small and FAST not in small
