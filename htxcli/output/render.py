"""Every output format in one place. Commands shape an ``Output`` once; this prints it.

rich and tabulate are imported only inside the functions that draw with them (the terminal
table is drawn in ``terminal.py``), so the ``--json``, CSV and TSV paths start fast.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .shape import Output, Table

from .choices import FORMATS

__all__ = ["FORMATS", "emit", "plain_terminal"]


def plain_terminal(stream: TextIO) -> bool:
    """True where a rich table may be drawn: a terminal, and NO_COLOR not set."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def emit(out: Output, fmt: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    stream.write("")  # a closed output says so now, before the notes go to stderr
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


def _plain(out: Table, fmt: str, stream: TextIO) -> None:
    """Markdown, or CSV/TSV; the title and notes go to stderr, so that stdout stays data."""
    for note in [*([out.title] if out.title else []), *out.notes]:
        print(note, file=sys.stderr)
    if fmt == "markdown":
        from tabulate import tabulate

        align = ["right" if i in out.numeric else "left" for i in range(len(out.columns))]
        stream.write(tabulate(out.rows, out.columns, tablefmt="github", colalign=align) + "\n")
        for group, caption in (out.captions or {}).items():
            stream.write(f"\n{group + ': ' if group else ''}{caption}\n")
        return
    import csv

    writer = csv.writer(stream, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(out.raw_columns or out.columns)
    writer.writerows(out.raw_rows if out.raw_rows is not None else out.rows)
