"""Parsing a data file fast: a report block at a time, with rtoml (TOML 1.0, in Rust).

tomllib is pure Python: at 10,000 reports it takes ~6 s, and every cold command pays it.
rtoml reads the same file in ~1.5 s when it is given one ``[[report]]`` block at a time
(whole, it slows down past a few thousand reports and holds a second copy of every value).

The answer must be exactly tomllib's, keys in the same order: whatever this reading cannot
vouch for gives None, and tomllib reads the file, as it does for every file rtoml rejects
(tomllib's messages name the line and column; it also reads integers past 64 bits):
- a block that does not read as exactly one report, or a head with a report in it (a
  ``[[report]]`` line inside a multi-line string, a table after the reports);
- a DEL in a comment, which TOML forbids and rtoml before 0.14 lets through; a leading
  byte-order mark, which rtoml skips;
- an offset date-time, which rtoml gives its own tzinfo class (tomllib: datetime.timezone);
- a piece with hundreds of brackets: values nested deeper than tomllib reads (htx says so).
rtoml 0.14 reads TOML 1.1 (inline tables over several lines, ``\\e``, times without seconds),
which tomllib and the data format do not, so pyproject.toml keeps it below 0.14. Without
rtoml (a Python it has no wheel for), htx reads with tomllib alone: the same, slower. A small
file never comes here (``read.FAST_FROM``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_HEADER = re.compile(r"^\[\[report\]\]", re.M)
_OFFSET_TIME = re.compile(r":[0-9]{2}(?:\.[0-9]+)?(?:[zZ]|[+-][0-9]{2}:[0-9]{2})")
#: brackets in one block past which tomllib reads it: tomllib stops at ~340 inline tables
#: inside each other (Python's recursion limit), rtoml reads on, and htx says what tomllib does
_BRACKETS = 200


class _NotVouched(Exception):
    """A piece this reading cannot vouch for: tomllib is to read the file."""


def parse(text: str) -> dict[str, Any] | None:
    """The document tomllib would read from ``text``, or None: tomllib is to read it."""
    if "\x7f" in text or text.startswith("\ufeff") or _OFFSET_TIME.search(text):
        return None
    try:
        import rtoml
    except ImportError:
        return None
    starts = [m.start() for m in _HEADER.finditer(text)]
    try:
        doc = _read(rtoml.loads, text[: starts[0]] if starts else text)
        if not starts:
            return doc
        if "report" in doc:
            return None
        reports = []
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            block = _read(rtoml.loads, text[start:end])
            if len(block) != 1 or len(block.get("report", ())) != 1:
                return None
            reports.append(block["report"][0])
    except Exception:  # rtoml's parse error, _NotVouched: tomllib reads it and says what it is
        return None
    doc["report"] = reports
    return doc


def _read(loads: Callable[[str], dict[str, Any]], piece: str) -> dict[str, Any]:
    if piece.count("[") + piece.count("{") >= _BRACKETS:
        raise _NotVouched
    return loads(piece)
