"""Load a data file into the model: read, check its structure, build the records."""

from __future__ import annotations

from typing import Any

from ..model.errors import DataError
from ..model.records import Dataset, Report, index
from . import collector_paused
from .read import FilePath, read_bytes


def load(path: FilePath, cache: bool = True) -> Dataset:
    """Load and check a data file; the first structural error ends the run with file:line.
    A file seen before is read from the parse cache (``datafile/cache.py``) unless ``cache``
    is False or HTX_NO_CACHE is set."""
    box = [read_bytes(path)]  # the bytes, let go of by _checked once decoded
    from . import cache as parsed

    name = parsed.key(box[0], "dataset") if parsed.enabled(not cache) else None
    if name is not None:
        found = parsed.fetch(name)
        if isinstance(found, Dataset):
            return found._replace(path=str(path))
    ds = _checked(box, str(path))
    if name is not None:
        parsed.store(name, ds._replace(path=""))
    return ds


def _checked(box: list[bytes], name: str) -> Dataset:
    """The dataset of a file's text, or the DataError of its first structural error. The
    garbage collector is paused meanwhile: parsing makes millions of objects and no cycle,
    and each collection would walk them all (a fifth of the time, at 10,000 reports)."""
    from .read import decode, parse_text
    from .structure import ERROR, check_document

    text = decode(box.pop(), name)
    with collector_paused():
        doc = parse_text(text, name)
        findings = check_document(doc, suggest=False)  # only errors end a load
        bad = next((f for f in findings if f.severity == ERROR), None)
        if bad:
            count = sum(f.severity == ERROR for f in findings)
            more = f" (and {count - 1} more; run htx validate)" if count > 1 else ""
            # the line index is built only on this error path: a clean load never pays for it
            from .lines import LineIndex

            raise DataError(name, LineIndex(text).line(bad.path), bad.message + more)
        del text  # 100 MB of str for a 50 MB file, not needed to build the records
        return index(name, _build(doc.pop("report", [])))


def _build(raws: list[Any]) -> tuple[Report, ...]:
    """The records, each parsed table let go once built: at 50 MB of data the tables and
    the records would otherwise be held together (docs/performance.md)."""
    from .build import build_report

    raws.reverse()
    reports: list[Report] = []
    while raws:
        reports.append(build_report(raws.pop()))
    return tuple(reports)
