"""Find and read a data file; every problem becomes a DataError naming the file and line."""

from __future__ import annotations

import os
import re
import tomllib
from typing import Any

from ..model.errors import DataError

_PACKAGE = os.path.dirname(os.path.dirname(__file__))
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


def read_text(path: FilePath) -> str:
    """The file's text, or a DataError saying why it cannot be read."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DataError(name, None, "no such file", "give an existing file with --data or HTX_DATA") from None
    except IsADirectoryError:
        raise DataError(name, None, "is a directory, not a TOML file") from None
    except OSError as e:
        raise DataError(name, None, f"cannot be read ({e.strerror or e})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise DataError(name, line, "is not UTF-8 text; save the file as UTF-8") from None


_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse_text(text: str, name: str) -> dict[str, Any]:
    """Parse TOML; a syntax error becomes a DataError with the parser's line and column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        message = str(e)
        m = _POSITION.search(message)
        message = _POSITION.sub("", message).strip()
        line, column = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise DataError(name, line, f"invalid TOML: {message}", column=column) from None
