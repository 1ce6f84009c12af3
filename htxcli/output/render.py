"""Every output format in one place. Commands shape an ``Output`` once; this prints it.

rich and tabulate are imported only inside the functions that draw with them (the terminal
table is drawn in ``terminal.py``), so the ``--json``, CSV and TSV paths start fast.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from . import Output, Table

from . import FORMATS

__all__ = ["FORMATS", "emit", "plain_terminal"]


def plain_terminal(stream: TextIO) -> bool:
    """True where a rich table may be drawn: a terminal. NO_COLOR (no-color.org) drops the
    colour only, not the table: rich reads it itself."""
    return stream.isatty()


def emit(out: Output, fmt: str, stream: TextIO | None = None, about: dict[str, str] | None = None) -> None:
    """Print ``out`` in ``fmt``; ``about`` (command, data file, version) goes into an xlsx."""
    stream = stream or sys.stdout
    stream.write("")  # a closed output says so now, before the notes go to stderr
    if fmt == "xlsx":
        from .xlsx import write

        about = about or {}
        write(out.table(), stream.buffer, about.get("command", "htx"), about)  # type: ignore[attr-defined]
        return
    if fmt == "json":
        from ..model.jsontext import dumps

        stream.write(dumps(out.document(), stream, indent=2 if stream.isatty() else None) + "\n")
        return
    table = out.table()
    if fmt == "table" and plain_terminal(stream):
        from .terminal import draw

        draw(table, stream)
        return
    _plain(table, fmt, stream)


def csv_writer(stream: TextIO, delimiter: str, lineterminator: str) -> Any:
    """``csv.writer`` with the excel dialect's defaults, from the C module it wraps: the csv
    module's dialect classes, readers and Sniffer cost a CSV run 1.7 M instructions."""
    from _csv import writer

    return writer(stream, delimiter=delimiter, lineterminator=lineterminator)


def _plain(out: Table, fmt: str, stream: TextIO) -> None:
    """Markdown (a whole document), or CSV/TSV (data on stdout; title and notes to stderr)."""
    if fmt == "markdown":
        stream.write(markdown(out))
        return
    for note in [*([out.title] if out.title else []), *out.notes]:
        print(note, file=sys.stderr)
    writer = csv_writer(stream, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(out.raw_columns or out.columns)
    writer.writerows(out.raw_rows if out.raw_rows is not None else out.rows)


def _cell(text: object) -> str:
    """A table cell that cannot break the table: | escaped, line breaks as <br>."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")


def markdown(out: Table) -> str:
    """A complete Markdown document: the title as a heading, the notes (source, caveats,
    legend) as paragraphs, the table, and what could not be computed under it."""
    from tabulate import tabulate

    parts = [f"## {_cell(out.title)}\n"] if out.title else []
    parts += [f"{_cell(note)}\n" for note in out.notes]
    align = ["right" if i in out.numeric else "left" for i in range(len(out.columns))]
    rows = [[_cell(c) for c in row] for row in out.rows]
    columns = [_cell(c) for c in out.columns]
    parts.append(tabulate(rows, columns, tablefmt="github", colalign=align, disable_numparse=True) + "\n")
    for group, caption in (out.captions or {}).items():
        parts.append(f"{_cell(group) + ': ' if group else ''}{_cell(caption)}\n")
    return "\n".join(parts)
