"""Find, read and load a data file into the model: read, check its structure, build the
records (or take them from the parse cache); every problem becomes a DataError naming the
file and line."""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from ..model.errors import DataError
from ..model.records import Dataset, Report, index
from . import collector_paused

_PACKAGE = os.path.dirname(os.path.dirname(__file__))
#: characters from which rtoml reads the file (parse_fast.py), below which tomllib: rtoml's
#: import (it loads pathlib) costs a cold run ~6 ms, more than it saves on fewer than ~60
#: reports, and the bundled file's cold run never loads parse_fast at all
FAST_FROM = 1 << 16
FilePath = str | os.PathLike[str]


def bundled_path() -> str:
    """The dataset shipped in the wheel (or, in a source checkout, the repository's data/)."""
    inside = os.path.join(_PACKAGE, "data", "provinces.toml")
    return (
        inside
        if os.path.isfile(inside)
        else os.path.join(os.path.dirname(_PACKAGE), "data", "provinces.toml")
    )


def data_path(option: str | None) -> str:
    """--data wins, then $HTX_DATA, then the bundled file."""
    chosen = option or os.environ.get("HTX_DATA")
    return chosen if chosen else bundled_path()


_GIVE = "give an existing file with --data or HTX_DATA"


def _missing_folder(name: str) -> str:
    """What of the path is missing, when it is a folder: ' (no folder data/old)'."""
    folder = os.path.dirname(name)
    while folder and not os.path.exists(folder):
        parent = os.path.dirname(folder)
        if parent == folder or os.path.exists(parent):
            break
        folder = parent
    if not folder or os.path.isdir(folder):
        return ""
    return f" ({folder} is a file, not a folder)" if os.path.exists(folder) else f" (no folder {folder})"


def read_text(path: FilePath) -> str:
    """The file's text, or a DataError saying why it cannot be read."""
    return decode(read_bytes(path), str(path))


def read_bytes(path: FilePath) -> bytes:
    """The file's bytes, or a DataError saying why it cannot be read."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except (FileNotFoundError, NotADirectoryError):
        raise DataError(name, None, "no such file" + _missing_folder(name), _GIVE) from None
    except IsADirectoryError:
        raise DataError(name, None, "is a directory, not a TOML file") from None
    except PermissionError as e:
        hint = "check the permissions of the file and of the folders it is in"
        raise DataError(name, None, f"cannot be read ({e.strerror or e})", hint) from None
    except OSError as e:
        raise DataError(name, None, f"cannot be read ({e.strerror or e})") from None
    return raw


def decode(raw: bytes, name: str) -> str:
    """The text of a file's bytes, or a DataError naming the line that is not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise DataError(name, line, "is not UTF-8 text; save the file as UTF-8") from None


# Patterns of the error paths are strings, compiled (and cached by re) only when a file has
# an error: a clean run does not pay for them.
_POSITION = r"\(at line (\d+), column (\d+)\)"
#: A UTF-8 byte-order mark, which some Windows editors write at the start of a file.
BOM = "\ufeff"


def parse_text(text: str, name: str) -> dict[str, Any]:
    """Parse TOML; a syntax error becomes a DataError with the parser's line and column.

    A byte-order mark is skipped (TOML has no place for one, but it is no part of the data):
    the text keeps it, so that htx add writes it back. Values nested hundreds of levels
    deep, and integers longer than Python reads (4300 digits), are not TOML errors but
    would end the parser; they are said as such, with their line."""
    body = text[1:] if text.startswith(BOM) else text
    if len(body) >= FAST_FROM:
        from .parse_fast import parse

        fast = parse(body)  # rtoml, a block at a time; None: tomllib reads it (parse_fast.py)
        if fast is not None:
            return fast
    try:
        import tomllib

        return tomllib.loads(body)
    except tomllib.TOMLDecodeError as e:
        message = str(e)
        m = re.search(_POSITION, message)
        message = re.sub(_POSITION, "", message).strip()
        line, column = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        if line and column and _char_at(text, line, column) == BOM:
            message = "a byte-order mark (U+FEFF) inside the file, where TOML allows none"
            raise DataError(name, line, message, "delete it (two files joined into one?)", column) from None
        raise DataError(name, line, f"invalid TOML: {message}", column=column) from None
    except RecursionError:
        message = "values are nested too deeply to read (arrays or tables inside each other)"
        raise DataError(name, _deepest_line(text), message, "htx's format nests a few levels") from None
    except ValueError as e:  # the interpreter's limit on the digits of an integer
        if "integer string conversion" not in str(e):
            raise
        most = sys.get_int_max_str_digits()
        line = _first_line(text, re.compile(f"[0-9_]{{{most},}}"))
        message = f"a number of more than {most:,} digits"
        raise DataError(name, line, message, "no figure is that long: look for a typo") from None


_NESTING = r"\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|#[^\n]*|[\[\]{}]|\n"


def _deepest_line(text: str) -> int:
    """The line where brackets and braces outside strings and comments nest deepest."""
    line = deepest_line = 1
    depth = deepest = 0
    for m in re.finditer(_NESTING, text):
        token = m.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > deepest:
                deepest, deepest_line = depth, line
        elif token in "]}":
            depth -= 1
    return deepest_line


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a line and column of the parser (which never sees a leading BOM)."""
    lines = (text[1:] if text.startswith(BOM) else text).split("\n", line)
    return lines[line - 1][column - 1 : column] if len(lines) >= line else ""


def _first_line(text: str, pattern: re.Pattern[str]) -> int | None:
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


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
