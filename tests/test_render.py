"""The terminal table (rich), and markdown, drawn from one Output; the CLI on a real terminal."""

from __future__ import annotations

import io
import os
import re
from unittest import mock

import pytest
from conftest import on_terminal
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from htxcli.output import Output, Table, render, terminal
from htxcli.output.views.show import show

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def tabled(columns: list[str], rows: list[list[str]], **kw) -> Output:
    """An Output with only a table, as the renderers receive it."""
    table = Table(columns, rows, **kw)
    return Output(lambda: {}, lambda: table)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def draw(out: Output, monkeypatch: pytest.MonkeyPatch, width: int = 100) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.delenv("NO_COLOR", raising=False)
    stream = Terminal()
    render.emit(out, "table", stream)
    return [ANSI.sub("", line).rstrip() for line in stream.getvalue().splitlines()]


def long_an(dataset) -> Output:
    return show(dataset, "Long An", None)


def test_show_sections_in_order_with_what_cannot_be_computed_under_each(dataset, monkeypatch):
    lines = draw(long_an(dataset), monkeypatch)
    titles = [
        i
        for i, line in enumerate(lines)
        if line in ("Cooperatives (HTX), counting credit funds", "Cooperative unions (LHHTX)")
    ]
    assert len(titles) == 2
    coops = lines[titles[0] : titles[1]]
    assert any(re.match(r"Active share +86% +computed +277 / 322", line) for line in coops)
    missing = next(i for i, line in enumerate(coops) if line.startswith("Not computable, no figures for:"))
    assert "revenue per cooperative" in " ".join(coops[missing:])
    assert not any(line.startswith("Not computable ") for line in lines)  # not a table row


def test_what_cannot_be_computed_is_wrapped_to_the_terminal_not_the_table(dataset, monkeypatch):
    lines = draw(show(dataset, "Kiên Giang", None), monkeypatch, width=100)
    unions = lines.index("Cooperative unions (LHHTX)")
    rule = next(line for line in lines[unions:] if line.startswith("─"))
    caption = next(line for line in lines[unions:] if line.startswith("Not computable"))
    assert len(rule) < 40 < len(caption) <= 100


def test_columns_are_two_spaces_apart_and_aligned(dataset, monkeypatch):
    lines = draw(long_an(dataset), monkeypatch)
    header = next(line for line in lines if line.startswith("item"))
    total = next(line for line in lines if line.startswith("Total "))
    value_at = header.index("value")
    assert total[value_at:].startswith("322") and total[value_at - 2 : value_at] == "  "
    assert not set("┃━│┏└") & set("".join(lines))


def test_wrapped_cells_keep_their_column(monkeypatch):
    words = "a long explanation that has to wrap over several lines of a narrow terminal"
    out = tabled(["item", "value", "basis"], [["x", "1", words], ["y", "22", "short"]], numeric={1})
    lines = draw(out, monkeypatch, width=40)
    first = next(i for i, line in enumerate(lines) if line.startswith("x"))
    start = lines[first].index("a long")
    continued = lines[first + 1 : lines.index(next(line for line in lines if line.startswith("y")))]
    assert len(continued) >= 2
    assert all(line[:start].strip() == "" and line[start] != " " for line in continued)
    y = next(line for line in lines if line.startswith("y"))
    assert lines[first].index("1") == y.index("22") + 1  # numbers right-justified


@pytest.mark.parametrize("width", [40, 100])
def test_numbers_are_right_aligned_two_spaces_before_the_next_column(monkeypatch, width):
    why = "a reason long enough to wrap in a narrow terminal, over more than one line"
    rows = [["x", "7", why], ["y", "1,234,567", ""], ["z", "n/a", "short"]]
    out = tabled(["item", "number of things counted", "reason"], rows, numeric={1})
    lines = draw(out, monkeypatch, width)
    reason_at = next(line for line in lines if line.startswith("item")).index("reason")
    for label, number in (("x", "7"), ("y", "1,234,567"), ("z", "n/a")):
        line = next(line for line in lines if line.startswith(label))
        assert line[: reason_at - 2].endswith(number) and line[reason_at - 2 : reason_at].strip() == ""
    if width == 40:  # the reason wraps: its next line starts at its column
        continued = lines[lines.index(next(line for line in lines if line.startswith("x"))) + 1]
        assert continued[:reason_at].strip() == "" and continued[reason_at] != " "


def rows_of_three(cell_size: int, rows: int) -> st.SearchStrategy[list[list[str]]]:
    """Rows of three cells: letters (wide ones too), digits, punctuation and spaces."""
    cell = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=cell_size)
    return st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=rows)


@settings(max_examples=40, deadline=None)
@given(
    cells=rows_of_three(cell_size=30, rows=6),
    width=st.integers(min_value=30, max_value=120),
)
# a first column that cannot shrink: rich shrank it, widened it back, and the edge cut "000000"
@example(cells=[["", "00000100 0", ""], ["00000100000", "", "000000"]], width=30)
@example(cells=[["0000001、、、、", "0、、", "0 0000000"]], width=32)
def test_every_word_of_every_cell_is_drawn_within_the_width(cells, width):
    stream = Terminal()
    with mock.patch.dict(os.environ, {"COLUMNS": str(width)}):
        render.emit(tabled(["a", "b", "c"], cells), "table", stream)
    drawn = ANSI.sub("", stream.getvalue())
    assert all(cell_len(line) <= width for line in drawn.splitlines())  # terminal cells, as drawn
    # a word that fits a third of the width (in terminal cells: wide letters count twice) is whole
    for word in {w for row in cells for c in row for w in c.split() if cell_len(w) < width // 4}:
        assert word in drawn


@settings(max_examples=60, deadline=None)
@given(
    cells=rows_of_three(cell_size=12, rows=5) | st.just([]),
    right=st.lists(st.booleans(), min_size=3, max_size=3),
    title=st.none() | st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=40),
    colour=st.sampled_from([("standard", False), ("truecolor", False), ("256", True), (None, False)]),
)
@example(
    cells=[["x", "1", "ab"]],
    right=[False, True, False],
    title="a title wider than the table",
    colour=("standard", False),
)
def test_a_table_that_fits_is_drawn_as_rich_would_draw_it_unaided(cells, right, title, colour):
    from rich.console import Console

    system, no_color = colour
    cells = [[terminal._plain_spaces(c) for c in row] for row in cells]  # as draw() gives them

    def drawn(hint: int) -> tuple[str, object]:
        stream = io.StringIO()
        console = Console(
            file=stream,
            width=120,
            force_terminal=True,
            color_system=system,
            no_color=no_color,
            markup=False,
            emoji=False,
        )
        table = terminal._table(console, hint, (["a", "b", "c"], right), cells, False, None, title)
        console.print(table)
        return stream.getvalue(), table

    told, fitted = drawn(120)  # told it fits: htx draws it (terminal.Fitted), unless rich must
    unaided, table = drawn(0)  # left to rich, to measure and wrap every cell
    assert told == unaided
    assert isinstance(fitted, terminal.Fitted) or title is not None  # a title may need rich to wrap it
    assert not isinstance(table, terminal.Fitted)


LABEL = st.text(st.characters(codec="utf-8", categories=("L", "N")), min_size=1, max_size=14)
WORD = st.text(st.characters(codec="utf-8", categories=("L", "N", "P")), min_size=1, max_size=16)


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(st.tuples(LABEL, st.lists(WORD, max_size=12)), min_size=1, max_size=5),
    width=st.integers(min_value=20, max_value=90),
)
def test_a_last_text_column_too_wide_wraps_and_the_others_stay_whole(rows, width):
    """Labels whole, numbers whole, the basis wrapped at words in what they leave: htx draws
    such a table itself (terminal.Fitted) whenever the basis's longest word fits there."""
    from rich.console import Console

    cells = [[label, str(n), " ".join(words)] for n, (label, words) in enumerate(rows)]
    stream = io.StringIO()
    console = Console(
        file=stream, width=width, force_terminal=True, markup=False, emoji=False, highlight=False
    )
    table = terminal._table(console, width, (["item", "n", "basis"], [False, True, False]), cells, False)
    console.print(table)
    lines = ANSI.sub("", stream.getvalue()).splitlines()
    assert all(cell_len(line) <= width for line in lines)
    label_width = max(cell_len(x) for x in ["item", *(label for label, _ in rows)])
    n_width = len(str(len(rows) - 1))
    room = width - label_width - 2 - n_width - 2
    longest = max([cell_len("basis"), *(cell_len(w) for _, words in rows for w in words)])
    assert isinstance(table, terminal.Fitted) == (room >= longest)
    if isinstance(table, terminal.Fitted):  # else rich shares out the width, folding words
        drawn = " ".join(lines)
        assert all(w in drawn for _, words in rows for w in words)
        for n, (label, _) in enumerate(rows):
            start = label + " " * (label_width - cell_len(label)) + "  " + str(n).rjust(n_width) + "  "
            assert any(line.startswith(start) for line in lines), start


def test_a_word_wider_than_its_column_is_folded_not_cut(monkeypatch):
    out = tabled(["a", "b", "c"], [["", "00000\u3000\u3000", "0000000000"], ["00000\u3000、", "", ""]])
    text = "\n".join(draw(out, monkeypatch, width=30))
    assert "…" not in text and "、" in text and text.count("0") == 20


def test_cells_are_data_not_markup(monkeypatch):
    lines = draw(tabled(["item", "note"], [["x", "[bold]kept[/bold] as written"]]), monkeypatch)
    assert any("[bold]kept[/bold] as written" in line for line in lines)


def test_markdown_names_what_cannot_be_computed_after_the_table(dataset):
    stream = io.StringIO()
    render.emit(long_an(dataset), "markdown", stream)
    text = stream.getvalue()
    table, _, after = text[text.index("| section") :].partition("\n\n")
    assert "Not computable" not in table
    assert after.startswith(
        "Cooperatives (HTX), counting credit funds: Not computable, no figures for: good share"
    )


def test_cli_draws_a_table_on_a_terminal(env):
    code, text = on_terminal("show", "Long An", env=env)
    plain = ANSI.sub("", text)
    assert code == 0
    assert "\x1b[1mCooperatives (HTX)" in text  # section titles in bold
    assert "\x1b[2mNot computable, no figures for:" in text
    assert re.search(r"\nActive share +86% +computed +277 / 322; report: 86%", plain.replace("\r", ""))
    assert "\t" not in plain


def test_cli_on_a_terminal_with_no_color_keeps_the_table_without_colour(env):
    """no-color.org: NO_COLOR drops colour, not the layout."""
    code, text = on_terminal("rank", "--by", "active_share", env={**env, "NO_COLOR": "1"})
    lines = text.replace("\r", "").splitlines()
    colour = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;\d+)*m")
    assert code == 0 and not colour.search(text) and "\t" not in text  # bold may stay: not a colour
    assert any(re.match(r" +1  Long An", line) for line in lines)
    coloured = on_terminal("rank", "--by", "active_share", env=env)[1]
    assert ANSI.sub("", coloured).replace("\r", "") == ANSI.sub("", text).replace("\r", "")


def test_cli_rank_on_a_terminal_draws_bars(env):
    code, text = on_terminal("rank", "--by", "cooperatives", env=env)
    lines = ANSI.sub("", text).replace("\r", "").splitlines()
    assert code == 0
    first = next(line for line in lines if re.match(r" +1  ", line))
    assert re.match(r" +1  Hà Tĩnh", first) and first.rstrip().endswith("█" * 12)


def test_an_average_over_credit_funds_says_so_in_a_section_that_does_not_count_them(htx):
    md = htx("show", "Trà Vinh", "--format", "markdown").stdout
    assert "Cooperatives (HTX), not counting credit funds" in md
    row = next(line for line in md.splitlines() if "Members per cooperative" in line)
    assert "29,450 / 192 (with credit funds)" in row


@given(
    rows=st.lists(
        st.lists(st.text() | st.integers() | st.floats(allow_nan=False) | st.none(), max_size=5), max_size=5
    ),
    delimiter=st.sampled_from([",", "\t"]),
)
def test_csv_is_written_as_the_csv_module_writes_it(rows, delimiter):
    """render writes CSV through _csv, without the csv module: byte for byte its output."""
    import csv

    from htxcli.output.render import csv_writer

    ours, theirs = io.StringIO(), io.StringIO()
    csv_writer(ours, delimiter, "\n").writerows(rows)
    csv.writer(theirs, delimiter=delimiter, lineterminator="\n").writerows(rows)
    assert ours.getvalue() == theirs.getvalue()
