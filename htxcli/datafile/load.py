"""Load a data file into the model: read, check its structure, build the records."""

from __future__ import annotations

from typing import Any

from ..model.errors import DataError
from ..model.records import Dataset, Report, index
from .build import build_report
from .read import FilePath, parse_text, read_text
from .structure import ERROR, check_document


def load(path: FilePath) -> Dataset:
    """Load and check a data file; the first structural error ends the run with file:line."""
    text = read_text(path)
    doc = parse_text(text, str(path))
    findings = check_document(doc)
    bad = next((f for f in findings if f.severity == ERROR), None)
    if bad:
        count = sum(f.severity == ERROR for f in findings)
        more = f" (and {count - 1} more; run htx validate)" if count > 1 else ""
        # the line index is built only on this error path: a clean load never pays for it
        from .lines import LineIndex

        raise DataError(str(path), LineIndex(text).line(bad.path), bad.message + more)
    del text  # 100 MB of str for a 50 MB file, not needed to build the records
    return index(str(path), _build(doc.pop("report", [])))


def _build(raws: list[Any]) -> tuple[Report, ...]:
    """The records, each parsed table let go once built: at 50 MB of data the tables and
    the records would otherwise be held together (docs/performance.md)."""
    raws.reverse()
    reports: list[Report] = []
    while raws:
        reports.append(build_report(raws.pop()))
    return tuple(reports)
