"""Writing a data file without losing a byte of what is there.

The file is changed under a lock, by writing the whole new text to a temporary file in the
same directory, flushing it to disk and renaming it over the old one: at every moment the
path holds either the old file or the new one, never a mix.
"""

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..model.errors import HtxError

# Fault injection for the test suite (tests/test_add_safety.py): seconds to wait between
# writing the temporary file and renaming it, so that a test can kill the process there.
PAUSE_ENV = "HTX_PAUSE_BEFORE_RENAME"


class Busy(HtxError):
    """Another htx add holds the file."""


@contextmanager
def locked(path: str, wait: float) -> Iterator[None]:
    """Hold an exclusive lock on the file's directory (its inode survives the rename, and no
    lock file is left behind) for the read-modify-write; wait up to ``wait`` seconds."""
    import fcntl

    fd = os.open(os.path.dirname(os.path.abspath(path)) or ".", os.O_RDONLY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Busy(
                        f"{path}: another htx add is writing this file",
                        "wait for it to finish, or give --wait SECONDS",
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def remove_leftovers(path: str) -> list[str]:
    """Temporary files of an htx add that was killed before its rename. Call with the lock
    held: then no live writer owns any of them."""
    import glob

    directory = os.path.dirname(os.path.abspath(path))
    pattern = os.path.join(glob.escape(directory), f".{glob.escape(os.path.basename(path))}.*.htx-tmp")
    found = glob.glob(pattern)
    for leftover in found:
        os.unlink(leftover)
    return found


def atomic_write(path: str, text: str, sleep: Callable[[float], None] = time.sleep) -> None:
    """Replace the file with ``text`` so that it is either wholly old or wholly new."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".htx-tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if os.path.exists(path):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        pause = float(os.environ.get(PAUSE_ENV) or 0)
        if pause:
            sleep(pause)
        os.replace(tmp, path)
    except BaseException:
        # a full disk, Ctrl-C, an error: the original was never touched; drop the half-made copy
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself reaches the disk
    finally:
        os.close(dir_fd)
