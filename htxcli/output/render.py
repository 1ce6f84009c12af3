"""Every output format in one place. Commands shape an ``Output`` once; this prints it.

rich and tabulate are imported only inside the functions that draw with them (the terminal
table is drawn in ``terminal.py``), so the ``--json``, CSV and TSV paths start fast.
"""

import os
import sys
from typing import Any, NamedTuple, TextIO

FORMATS = ("table", "markdown", "csv", "tsv", "json")


class Output(NamedTuple):
    """What a command prints: a JSON document, and the same content as rows for tables."""

    data: dict[str, Any]
    columns: list[str]
    rows: list[list[str]]
    title: str = ""
    notes: list[str] | tuple[str, ...] = ()  # said above the table, or on stderr
    group: int | None = None  # column whose value splits the rich table into sections
    numeric: set[int] | frozenset[int] = frozenset()  # right-justified columns
    bars: list[float | None] | None = None  # a magnitude per row, drawn as a bar
    raw_columns: list[str] | None = None  # CSV/TSV: raw numbers instead of display text
    raw_rows: list[list[Any]] | None = None
    captions: dict[str, str] | None = None  # said under the table of a group (or the table)


def plain_terminal(stream: TextIO) -> bool:
    """True where a rich table may be drawn: a terminal, and NO_COLOR not set."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def emit(out: Output, fmt: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if fmt == "json":
        import json

        indent = 2 if stream.isatty() else None
        stream.write(json.dumps(out.data, ensure_ascii=False, indent=indent) + "\n")
        return
    if fmt == "table" and plain_terminal(stream):
        from .terminal import draw

        draw(out, stream)
        return
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
