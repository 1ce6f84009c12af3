"""The standard streams, made safe to write to before a command runs (issue 16).

- A stream closed by the shell (``htx show X >&-``): its descriptor is held open on
  /dev/null, so that no file htx opens later takes its number (a stray write to descriptor
  1 or 2 would land in that file), and writing htx's output to it is an error that says so.
- An output that fails (``> /dev/full``): the write's error becomes an ``OutputFailed``
  that says so in one line, exit 2. A reader that stopped (``| head``) is not a failure: a
  broken pipe ends the run quietly (``cli/app.py``).
- An output that cannot encode every character (``LC_ALL=C``, ``PYTHONIOENCODING=ascii``):
  what it cannot hold is written as a ``\\uXXXX`` escape (the same escape as JSON's, so
  JSON stays valid), and ``main`` ends with a hint on how to get UTF-8.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from typing import Any

from ..model.errors import OutputFailed
from ..model.jsontext import is_unicode

ESCAPE = "htx-escape"  # the name of the codecs error handler below
_escaped: list[str] = []  # the encodings that needed an escape in this run


def _escape(error: UnicodeError) -> tuple[str, int]:
    """Each character the stream cannot encode, as JSON writes it: \\u00e2, or a pair of
    surrogates beyond the basic plane, so that JSON text stays valid JSON."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    if error.encoding not in _escaped:
        _escaped.append(error.encoding)
    out = []
    for ch in error.object[error.start : error.end]:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), error.end


class _Closed(io.TextIOBase):
    """Stands for a standard stream that was closed when htx started: writing to it is an
    error naming the stream, never a crash and never a silent loss."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, text: Any) -> int:
        raise OutputFailed(self.name, "it is closed")

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        pass


class _Guarded(io.RawIOBase):
    """A standard stream's descriptor, written by a buffer. On standard output a failed
    write (a full disk) is an OutputFailed naming the stream; on standard error, where
    nothing could say it, what cannot be written is dropped, so that the data on standard
    output is still written. A broken pipe stays one."""

    def __init__(self, fd: int, name: str) -> None:
        super().__init__()
        self._fd, self._name = fd, name

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: Any) -> int:
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            raise
        except OSError as e:
            if self._fd == 2:
                return len(data)
            raise OutputFailed(self._name, e.strerror or str(e)) from None


def _guard(out: io.TextIOWrapper, errors: str) -> io.TextIOWrapper:
    """The same text stream (encoding, buffering) over a guarded descriptor."""
    fd = out.fileno()
    raw = _Guarded(fd, "standard output" if fd == 1 else "standard error")
    return io.TextIOWrapper(
        io.BufferedWriter(raw),
        encoding=out.encoding,
        errors=errors,
        line_buffering=out.line_buffering,
        write_through=out.write_through,
    )


def _hold(fd: int) -> None:
    """Keep a closed descriptor taken, on /dev/null."""
    try:
        os.fstat(fd)
    except OSError:
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)


def prepare() -> None:
    """Called once by ``main`` before the command runs."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is None:
            _hold(fd)
    if sys.stdout is None:
        sys.stdout = _Closed("standard output")
    if sys.stderr is None:  # nowhere to say anything: the exit code alone tells
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open for the run)
    for name, fd in (("stdout", 1), ("stderr", 2)):
        stream = getattr(sys, name)
        if isinstance(stream, io.TextIOWrapper) and stream.fileno() == fd:
            errors = stream.errors
            if not is_unicode(stream):
                codecs.register_error(ESCAPE, _escape)
                errors = ESCAPE
            setattr(sys, name, _guard(stream, errors))


def escape_hint() -> str | None:
    """What to say on stderr when this run wrote characters as escapes, else None."""
    if not _escaped:
        return None
    return (
        f"htx: the output's encoding ({_escaped[0]}) cannot show every character; "
        "they were written as \\uXXXX\n"
        "  hint: set PYTHONIOENCODING=utf-8, or a UTF-8 locale such as LC_ALL=C.UTF-8"
    )
