"""Every output format in one place. Commands shape an ``Output`` once; this draws it.

rich and tabulate are imported only inside the functions that draw with them, so the
``--json``, CSV and TSV paths start fast.
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
        _rich(out, stream)
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


def _bar(x: float | None, top: float, width: int = 12) -> str:
    if x is None or top <= 0:
        return ""
    cells = max(0.0, x / top) * width
    return "█" * int(cells) + ("▌" if cells - int(cells) >= 0.5 else "")


def _rich(out: Output, stream: TextIO) -> None:
    from rich.console import Console

    # Cells are data, not markup: "[x]" in a note must print as written (and it is faster).
    console = Console(file=stream, highlight=False, emoji=False, markup=False)
    columns = list(out.columns)
    rows = [list(r) for r in out.rows]
    if out.bars is not None:
        top = max((b for b in out.bars if b is not None), default=0.0)
        columns.append("")
        for row, b in zip(rows, out.bars, strict=True):
            row.append(_bar(b, top))
    if out.title:
        console.print(out.title, style="bold")
    for note in out.notes:
        console.print(note, style="yellow")
    keep = [i for i in range(len(columns)) if i != out.group]
    captions = out.captions or {}
    sections: dict[str, list[list[str]]] = {}
    for row in rows:
        key = row[out.group] if out.group is not None else ""
        sections.setdefault(key, []).append([row[i] for i in keep])
    for name in captions:
        sections.setdefault(name, [])
    header = [columns[i] for i in keep]
    right = [i in out.numeric for i in keep]
    for n, (name, section) in enumerate(sections.items()):
        if n:
            console.line()
        table = _table(console, console.width, header, section, right, out.bars is not None)
        table.title = name or None
        console.print(table)
        if name in captions:  # the terminal's width, not the table's: a narrow table
            console.print(captions[name], style="dim")  # would wrap it word by word


def _table(
    console: Any, width: int, header: list[str], rows: list[list[str]], right: list[bool], bar: bool
) -> Any:
    """A borderless rich table whose columns are two spaces apart; a bar column is never wrapped.

    No cell padding: with any, rich wraps every cell in a Padding renderable that renders it
    a second time (a third of the drawing). Each cell but the last carries the gap as a
    trailing space instead, and the box's blank column rule adds the other; wrapped lines
    still start at their column. rich strips a right-justified cell's trailing space, so
    numeric columns are right-aligned here, and never wrapped (their header may be)."""
    from rich.box import SIMPLE_HEAD
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title_justify="left",
        title_style="bold",
        box=SIMPLE_HEAD,
        padding=0,
        show_edge=False,
        header_style="bold",
    )
    last = len(header) - 1
    cells = [list(column) for column in zip(*rows, strict=True)] or [[] for _ in header]
    widest = [max(map(cell_len, column), default=0) for column in cells]
    natural = [max(cell_len(head), widest[k]) + (k < last) for k, head in enumerate(header)]
    # When every cell fits, say so: rich then neither measures nor wraps each cell again.
    fits = sum(natural) + last <= width
    for k, head in enumerate(header):
        gap = " " if k < last else ""
        if right[k]:
            head_min = cell_len(head) if fits else max(map(cell_len, head.split()), default=0)
            w = max(head_min, widest[k])
            lines = [line.plain for line in Text(head).wrap(console, w)] if w else [head]
            head = "\n".join(" " * (w - cell_len(line)) + line + gap for line in lines)
            cells[k] = [" " * (w - cell_len(c)) + c + gap for c in cells[k]]
            table.add_column(head, no_wrap=True, width=w + len(gap), overflow="fold")
            continue
        cells[k] = [c + gap for c in cells[k]]
        table.add_column(
            head + gap,
            no_wrap=fits or (bar and k == last),
            width=natural[k] if fits else None,
            overflow="fold",  # a word wider than its column is broken, not cut
        )
    for row in zip(*cells, strict=True):
        table.add_row(*row)
    return table


FINDING_FORMATS = ("text", "json", "github")


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def emit_findings(
    findings: list[Any], fmt: str, show_acknowledged: bool, stream: TextIO | None = None
) -> None:
    """Validator output: one line per finding (text, github) or one JSON array."""
    stream = stream or sys.stdout
    findings = sorted(findings, key=lambda f: (f.file, f.line, f.column, f.rule))
    if fmt == "json":
        import json

        stream.write(json.dumps([f.as_json() for f in findings], ensure_ascii=False) + "\n")
        return
    for f in findings:
        if f.acknowledged and not show_acknowledged:
            continue
        if fmt == "github":
            level = "notice" if f.acknowledged else f.severity
            props = f"file={_gh_escape(f.file, True)},line={f.line},col={f.column},title={f.rule}"
            stream.write(f"::{level} {props}::{_gh_escape(f.message)}\n")
        else:
            ack = f" (acknowledged: {f.reason})" if f.acknowledged else ""
            stream.write(f"{f.file}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}{ack}\n")
    errors = sum(f.severity == "error" and not f.acknowledged for f in findings)
    warnings = sum(f.severity == "warning" and not f.acknowledged for f in findings)
    acked = sum(f.acknowledged for f in findings)
    files = len({f.file for f in findings})
    summary = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    summary += f", {acked} acknowledged" if acked else ""
    print(summary + (f" in {files} file{'s' * (files != 1)}" if files else ""), file=sys.stderr)
