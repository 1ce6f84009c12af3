"""Errors htx reports to its user: one base class, turned into a message in one place."""

from __future__ import annotations


class HtxError(Exception):
    """A problem the user can fix. ``exit_code`` 1 for a domain problem, 2 for usage or I/O."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  hint: {self.hint}"


class DataError(HtxError):
    """The data file cannot be read or does not follow the format: names file and line."""

    exit_code = 2

    def __init__(
        self, file: str, line: int | None, message: str, hint: str | None = None, column: int | None = None
    ):
        where = f"{file}:{line}" if line else file
        where += f":{column}" if line and column else ""
        super().__init__(f"{where}: {message}", hint)
        self.file = file
        self.line = line
        self.column = column
        self.detail = message


class NotFound(HtxError):
    """A province, period or metric the data does not hold."""
