"""-o FILE: the output is built whole in memory, then moved into place in one step, so an
interrupted or failed run leaves the file as it was. An existing file keeps its mode."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager

from ..model.errors import OutputFailed, UsageProblem


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
    from ..write.atomic import new_file_mode, temporary_beside

    old_mode = _mode(path)
    try:
        with temporary_beside(path, ".htx-", ".tmp") as (fd, tmp):
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, new_file_mode() if old_mode is None else old_mode)
            os.replace(tmp, os.path.realpath(path))
    except OSError as e:  # a folder that may not be written, a full disk
        kept = "nothing was written" if old_mode is None else "the file is as it was"
        hint = f"{kept}; free some space, or give -o another folder"
        raise OutputFailed(path, e.strerror or str(e), hint) from None


@contextmanager
def written(path: str, binary: bool = False) -> Iterator[io.TextIOWrapper]:
    """A text stream (with ``.buffer`` for binary formats) whose content lands in ``path``."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    yield stream
    stream.flush()
    _replace(path, raw.getvalue())
