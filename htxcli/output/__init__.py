"""Turning results into text: the message catalogues, number writing, the views that shape
each command's result once, and the renderers of every format. The only layer that imports
rich and tabulate.

Here: what a command line may choose from, and the shape every view returns and every
renderer prints (the JSON document and the table, each built only when asked for)."""

from collections.abc import Callable
from typing import Any

from ..model.record import Record

FORMATS = ("table", "markdown", "csv", "tsv", "json", "xlsx")
LANGS = ("en", "vi")


class Table(Record):
    """A command's result laid out as rows: for the terminal, markdown, CSV and TSV."""

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


class Output(Record):
    """What a command prints, built only in the form asked for: the JSON document, or the
    table (a JSON run never words a row, a table run never builds the document)."""

    document: Callable[[], dict[str, Any]]
    table: Callable[[], Table]
