"""--format xlsx: a workbook an analyst opens in Excel or LibreOffice.

One sheet holds the table, one row per value as in CSV (real numbers, a number format per
unit, the qualifier, time unit and base beside each value, a frozen header and a filter);
a second sheet says what it is: the title, source and notes, the data file, the command and
the htx version. XlsxWriter is imported here only, on this path (it costs ~180 ms to import).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import IO, Any

from . import Table

#: Excel number formats by unit; a column named like a rate is a percentage.
_FORMATS = {
    "VND": "#,##0",
    "VND/year": "#,##0",
    "count": "#,##0",
    "persons": "#,##0.#",
    "fraction": "0.0%",
    "percent": "0.0",
    "ha": "#,##0.00",
}
_RATE_COLUMNS = ("relative", "annualised", "points")
_NUMBER_COLUMNS = ("value", "high", "from", "to", "absolute", "rank", *_RATE_COLUMNS)


def _number(x: Any) -> float | int | None:
    return x if isinstance(x, int | float) and not isinstance(x, bool) else None


def _cell_format(column: str, unit: str | None) -> str:
    if column in _RATE_COLUMNS:
        return "0.0%"
    if column == "rank":
        return "0"
    return _FORMATS.get(unit or "", "#,##0.##")


def _data_sheet(book: Any, name: str, table: Table) -> None:
    columns = table.raw_columns or table.columns
    rows = table.raw_rows if table.raw_rows is not None else table.rows
    sheet = book.add_worksheet(name[:31])
    bold = book.add_format({"bold": True, "bottom": 1})
    formats: dict[str, Any] = {}
    unit_at = columns.index("unit") if "unit" in columns else None
    sheet.write_row(0, 0, columns, bold)
    widths = [len(str(c)) for c in columns]
    for r, row in enumerate(rows, start=1):
        unit = row[unit_at] if unit_at is not None else None
        for c, value in enumerate(row):
            number = _number(value)
            if columns[c] in _NUMBER_COLUMNS and number is not None:
                spec = _cell_format(columns[c], unit)
                sheet.write_number(
                    r, c, number, formats.setdefault(spec, book.add_format({"num_format": spec}))
                )
            elif value is not None and value != "":
                sheet.write_string(r, c, str(value))
            widths[c] = max(widths[c], min(len(str(value if value is not None else "")), 60))
    for c, width in enumerate(widths):
        sheet.set_column(c, c, width + 2)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)


def _about_sheet(book: Any, table: Table, about: dict[str, str]) -> None:
    sheet = book.add_worksheet("about")
    bold = book.add_format({"bold": True})
    lines = [("title", table.title), *(("note", n) for n in table.notes), *about.items()]
    for r, (key, text) in enumerate(lines):
        sheet.write_string(r, 0, key, bold)
        sheet.write_string(r, 1, str(text))
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 1, 100)


def write(table: Table, stream: IO[bytes], sheet: str, about: dict[str, str]) -> None:
    """The workbook of one table, written to a binary stream."""
    import xlsxwriter

    book = xlsxwriter.Workbook(stream, {"in_memory": True, "strings_to_numbers": False})
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    _data_sheet(book, sheet, table)
    _about_sheet(book, table, {**about, "written": stamp})
    book.close()
