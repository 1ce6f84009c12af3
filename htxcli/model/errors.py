"""Errors htx reports to its user: one base class, turned into a message in one place (the
click layer), with the exit code the class declares."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .messages import Msg


class HtxError(Exception):
    """A problem the user can fix. ``exit_code`` 1 for a domain problem, 2 for usage or I/O.

    The message is text, or a Msg that the output layer words (in English: errors are
    written for bug reports and searches, and stay English in every --lang)."""

    exit_code = 1

    def __init__(self, message: str | Msg, hint: str | Msg | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = self.message if isinstance(self.message, str) else self.message.id
        hint = self.hint if isinstance(self.hint, str | None) else self.hint.id
        return text if not hint else f"{text}\n  hint: {hint}"


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


class UsageProblem(HtxError):
    """Options that contradict each other: reported with the command's usage line, exit 2."""

    exit_code = 2


class OutputFailed(HtxError):
    """htx's output could not be written: standard output closed, or a full disk (exit 2)."""

    exit_code = 2

    def __init__(self, stream: str, reason: str, hint: str | None = None) -> None:
        if reason == "it is closed":
            hint = "give it a file or a pipe: htx ... > out.txt"
        super().__init__(f"cannot write to {stream} ({reason})", hint)


class BadOption(HtxError):
    """An option that cannot be read as given (a --set without a key): one line, exit 2 as for
    any usage error."""

    exit_code = 2


class Refused(HtxError):
    """htx add will not change the file as it stands (read-only, hard-linked, reports it
    cannot place): nothing was written."""


class NotRegular(HtxError):
    """The data file is a pipe, a device, a socket or a directory: exit 2, as for a file that
    cannot be read."""

    exit_code = 2


class SelfCheck(HtxError):
    """htx's own check of what it is about to write failed: a bug, caught before writing."""

    exit_code = 2


class Interrupted(HtxError):
    """Ctrl-C, said truthfully (the file written or untouched), exit 130 as shells expect."""

    exit_code = 130
