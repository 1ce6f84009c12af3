"""The table a person reads on a terminal, drawn with rich."""

from collections.abc import Iterator
from typing import Any, TextIO

from . import Table


def _bar(x: float | None, top: float, width: int = 12) -> str:
    if x is None or top <= 0:
        return ""
    cells = max(0.0, x / top) * width
    return "█" * int(cells) + ("▌" if cells - int(cells) >= 0.5 else "")


def _plain_spaces(text: str) -> str:
    """Any run of Unicode spaces (an ideographic space is two cells wide, a no-break space
    looks like none) as one plain space, per line: the table's widths are then exact."""
    return "\n".join(" ".join(line.split()) for line in str(text).split("\n"))


def _widest_word(*texts: str) -> int:
    """The widest word of these texts in terminal cells (a wide letter counts twice); 0 for none."""
    from rich.cells import cell_len

    return max((cell_len(w) for text in texts for w in text.split()), default=0)


def _columns_and_rows(out: Table) -> tuple[list[str], list[list[str]]]:
    """The columns and rows to draw, with the bar column where the output has magnitudes."""
    columns = list(out.columns)
    rows = [[_plain_spaces(c) for c in r] for r in out.rows]
    if out.bars is not None:
        top = max((b for b in out.bars if b is not None), default=0.0)
        columns.append("")
        for row, b in zip(rows, out.bars, strict=True):
            row.append(_bar(b, top))
    return columns, rows


def _sections(out: Table, rows: list[list[str]], keep: list[int]) -> dict[str, list[list[str]]]:
    """Rows split by the group column (one table each), captions' sections included."""
    sections: dict[str, list[list[str]]] = {}
    for row in rows:
        key = row[out.group] if out.group is not None else ""
        sections.setdefault(key, []).append([row[i] for i in keep])
    for name in out.captions or {}:
        sections.setdefault(name, [])
    return sections


def draw(out: Table, stream: TextIO) -> None:
    from rich.console import Console

    # Cells are data, not markup: "[x]" in a note must print as written (and it is faster).
    console = Console(file=stream, highlight=False, emoji=False, markup=False)
    columns, rows = _columns_and_rows(out)
    width = console.width  # rich reads the environment and the terminal each time it is asked
    with console:  # one write at the end, not one per print
        if out.title:
            console.print(out.title, style="bold")
        for note in out.notes:
            console.print(note, style="yellow")
        keep = [i for i in range(len(columns)) if i != out.group]
        captions = out.captions or {}
        header = [columns[i] for i in keep]
        right = [i in out.numeric for i in keep]
        for n, (name, section) in enumerate(_sections(out, rows, keep).items()):
            if n:
                console.line()
            pages, label = _pages(header, section, right, width)
            for p, page in enumerate(pages):
                if p:
                    console.line()
                pick = [[row[i] for i in page] for row in section]
                shape = ([header[i] for i in page], [right[i] for i in page])
                title = (name or None) if not p else None
                console.print(_table(console, width, shape, pick, out.bars is not None, label, title))
            if name in captions:  # the terminal's width, not the table's: a narrow table
                console.print(captions[name], style="dim")  # would wrap it word by word


def _pages(
    header: list[str], rows: list[list[str]], right: list[bool], width: int
) -> tuple[list[list[int]], int | None]:
    """The columns of each table drawn: all in one where they fit; else the first (label)
    column on every page with as many numeric columns as fit beside it, so that a label is
    never dropped and a number never squeezed; other text columns go on the last page."""
    from rich.cells import cell_len

    one = [list(range(len(header)))]
    if not rows or right[0] or sum(right) < 2:
        return one, None
    natural = [max(cell_len(h) for h in [head, *(r[k] for r in rows)]) + 1 for k, head in enumerate(header)]
    if sum(natural) + len(header) <= width:
        return one, None
    for k in (k for k in range(len(header)) if right[k]):  # a numeric header wraps to its cells
        head = _widest_word(header[k])
        natural[k] = max([head, *(cell_len(r[k]) for r in rows)]) + 1
    longest = _widest_word(header[0], *(r[0] for r in rows))
    label = min(natural[0], max(longest + 1, 24))
    pages: list[list[int]] = [[0]]
    used = label
    for k in (k for k in range(1, len(header)) if right[k]):
        if used + natural[k] + 1 > width and len(pages[-1]) > 1:
            pages.append([0])
            used = label
        pages[-1].append(k)
        used += natural[k] + 1
    pages[-1] += [k for k in range(1, len(header)) if not right[k]]
    return pages, label


def _right_aligned(
    console: Any, head: str, cells: list[str], gap: str, fits: bool
) -> tuple[str, list[str], int]:
    """A numeric column padded on the left by htx (rich would strip the gap): its header
    (wrapped to the column only when the table does not fit), cells and width."""
    from rich.cells import cell_len
    from rich.text import Text

    head_min = cell_len(head) if fits else _widest_word(head)
    w = max(head_min, max(map(cell_len, cells), default=0))
    lines = [line.plain for line in Text(head).wrap(console, w)] if w else [head]
    head = "\n".join(" " * (w - cell_len(line)) + line + gap for line in lines)
    return head, [" " * (w - cell_len(c)) + c + gap for c in cells], w + len(gap)


def _borderless() -> Any:
    from rich.box import SIMPLE_HEAD
    from rich.table import Table as RichTable

    return RichTable(
        title_justify="left",
        title_style="bold",
        box=SIMPLE_HEAD,
        padding=0,
        show_edge=False,
        header_style="bold",
    )


def _table(
    console: Any,
    width: int,
    shape: tuple[list[str], list[bool]],
    rows: list[list[str]],
    bar: bool,
    label: int | None = None,
    title: str | None = None,
) -> Any:
    """A borderless rich table whose columns are two spaces apart; a bar column is never wrapped.

    No cell padding: with any, rich wraps every cell in a Padding renderable that renders it
    a second time (a third of the drawing). Each cell but the last carries the gap as a
    trailing space instead, and the box's blank column rule adds the other; wrapped lines
    still start at their column. rich strips a right-justified cell's trailing space, so
    numeric columns are right-aligned here, and never wrapped (their header may be)."""
    from rich.cells import cell_len

    header, right = shape
    last = len(header) - 1
    cells = [list(column) for column in zip(*rows, strict=True)] or [[] for _ in header]
    natural = [max([cell_len(head), *map(cell_len, cells[k])]) + (k < last) for k, head in enumerate(header)]
    # When every cell fits, say so: rich then neither measures nor wraps each cell again.
    fits = sum(natural) + last <= width
    widths = natural if fits else None if bar or label else _last_wraps(header, right, cells, natural, width)
    if widths and Fitted.holds(title, header, cells, sum(widths) + last):
        return Fitted(title, header, right, cells, widths)
    table = _borderless()
    words = [_widest_word(head, *cells[k]) for k, head in enumerate(header)]
    room = sum(words) + 2 * last <= width  # every column can hold its longest word whole
    least = min(words[0] + (last > 0), width // 2) if room and header and not right[0] else None
    for k, head in enumerate(header):
        gap = " " if k < last else ""
        if right[k]:
            head, cells[k], w = _right_aligned(console, head, cells[k], gap, fits)
            table.add_column(head, no_wrap=True, width=w, overflow="fold")
            continue
        cells[k] = [c + gap for c in cells[k]]
        table.add_column(
            head + gap,
            no_wrap=fits or (bar and k == last),
            width=label if k == 0 and label else natural[k] if fits else None,
            min_width=least if k == 0 else None,  # labels, ids whole
            overflow="fold",  # a word wider than its column is broken, not cut
        )
    for row in zip(*cells, strict=True):
        table.add_row(*row)
    table.title = title
    if least and not (fits or label):
        _within(console, table, width, min(natural[0], max(least, width - sum(natural[1:]) - last)))
    return table


def _within(console: Any, table: Any, width: int, first: int) -> None:
    """rich shrinks the widest column first, the first one too, then widens that back to its
    min_width, past the terminal's edge, which cuts the last column's text ("000000" drawn
    "00000"). Where rich's widths overflow so, the first column gets a fixed width: what the
    others leave at their natural width, never below its longest word; rich shrinks the rest.
    The widths are rich's own (Table's private measure; the render tests' property holds it)."""
    room = width - (len(table.columns) - 1)  # as rich's Table measures it: less the column rules
    if sum(table._calculate_column_widths(console, console.options.update_width(room))) > room:
        table.columns[0].width = first


def _last_wraps(
    header: list[str], right: list[bool], cells: list[list[str]], natural: list[int], width: int
) -> list[int] | None:
    """The widths where only the last column is too wide and is text (a basis, a formula):
    it wraps in what the others leave, if that holds its header and its longest word; the
    others, labels first, stay whole. Else None: rich shares out the width."""
    from rich.cells import cell_len

    last = len(header) - 1
    if last < 1 or right[last]:
        return None
    room = width - sum(natural[:last]) - last
    longest = _widest_word(*cells[last])
    return [*natural[:last], room] if room >= max(longest, cell_len(header[last]), 1) else None


class Fitted:
    """A table drawn without rich.table: rich measures, wraps and pads every cell again, and
    with its import that was a fifth of the instructions of ``htx show`` on a terminal
    (docs/performance.md). A table whose every cell fits gets the segments rich's borderless
    table would give (so the same bytes in any colour system: tests/test_render.py). Where
    only the last column, a text column, is too wide, it wraps at words (as rich wraps a
    cell) in what the others leave, and the others stay whole: rich would share the width
    out, and might wrap a label."""

    def __init__(
        self,
        title: str | None,
        header: list[str],
        right: list[bool],
        cells: list[list[str]],
        widths: list[int],
    ) -> None:
        self.title, self.header, self.right, self.cells, self.widths = title, header, right, cells, widths

    @staticmethod
    def holds(title: str | None, header: list[str], cells: list[list[str]], width: int) -> bool:
        """Every cell one line of printable text, and the title no wider than the table:
        what rich would wrap, expand or strip is left to rich."""
        from rich.cells import cell_len

        if title is not None and not (title.isprintable() and cell_len(title) <= width):
            return False
        return all(c.isprintable() for column in [header, *cells] for c in column)

    def _line(self, cells: list[str], style: Any) -> Iterator[Any]:
        from rich.cells import cell_len
        from rich.segment import Segment
        from rich.style import Style

        last = len(cells) - 1
        for k, (cell, w) in enumerate(zip(cells, self.widths, strict=True)):
            gap = " " if k < last else ""
            room = " " * (w - cell_len(cell) - len(gap))
            yield Segment(room + cell + gap if self.right[k] else cell + gap + room, style)
            if k < last:
                yield Segment(" ", Style())
        yield Segment("\n")

    def _row(self, console: Any, row: list[str]) -> Iterator[Any]:
        """A row, its last cell wrapped at words where it is wider than its column."""
        from rich.cells import cell_len
        from rich.text import Text

        w = self.widths[-1]
        if cell_len(row[-1]) <= w:
            yield from self._line(row, None)
            return
        lines = [line.plain for line in Text(row[-1]).wrap(console, w, overflow="fold")]
        yield from self._line([*row[:-1], lines[0]], None)
        for more in lines[1:]:
            yield from self._line([""] * (len(row) - 1) + [more], None)

    def __rich_console__(self, console: Any, options: Any) -> Iterator[Any]:
        from rich.segment import Segment
        from rich.style import Style

        width = sum(self.widths) + len(self.widths) - 1
        bold = Style(bold=True)
        if self.title:
            yield from self._line_of(self.title, width, bold)
        yield from self._line(self.header, bold)
        yield Segment("─" * width, Style())
        yield Segment("\n")
        for row in zip(*self.cells, strict=True):
            yield from self._row(console, list(row))

    @staticmethod
    def _line_of(text: str, width: int, style: Any) -> Iterator[Any]:
        from rich.cells import cell_len
        from rich.segment import Segment

        yield Segment(text + " " * (width - cell_len(text)), style)
        yield Segment("\n")
