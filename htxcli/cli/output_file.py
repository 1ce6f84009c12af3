"""-o FILE: the output is built whole in memory, then moved into place in one step, so an
interrupted or failed run leaves the file as it was. An existing file keeps its mode."""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from ..model.errors import UsageProblem


def _mode(path: str) -> int | None:
    """The mode to give the new file: the old file's; None for a new one (the umask's)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise UsageProblem(f"-o {path}: not a regular file; give the name of a file to write")
    return stat.S_IMODE(st.st_mode)


def _replace(path: str, data: bytes) -> None:
    mode = _mode(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".htx-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise UsageProblem(f"-o {path}: cannot write in {folder} ({e.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, os.path.realpath(path))
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@contextmanager
def written(path: str, binary: bool = False) -> Iterator[io.TextIOWrapper]:
    """A text stream (with ``.buffer`` for binary formats) whose content lands in ``path``."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    yield stream
    stream.flush()
    _replace(path, raw.getvalue())
