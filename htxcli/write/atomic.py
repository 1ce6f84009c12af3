"""Writing a data file without losing a byte of what is there.

The file is changed under a lock, by writing the whole new text to a temporary file in the
same directory, flushing it to disk and renaming it over the old one: at every moment the
path holds either the old file or the new one, never a mix.
"""

import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..model.errors import HtxError, Refused
from ..model.messages import msg
from ..model.record import Record

# Fault injection for the test suite (tests/test_add_safety.py): seconds to wait between
# writing the temporary file and renaming it, and between renaming it and saying so, so
# that a test can kill or interrupt the process there.
PAUSE_ENV = "HTX_PAUSE_BEFORE_RENAME"
PAUSE_AFTER_ENV = "HTX_PAUSE_AFTER_RENAME"


class Busy(HtxError):
    """Another htx add holds the file."""


@contextmanager
def locked(path: str, wait: float, name: str | None = None) -> Iterator[None]:
    """Hold an exclusive lock on the file's directory (its inode survives the rename, and no
    lock file is left behind) for the read-modify-write; wait up to ``wait`` seconds.
    ``name``: the file as the user named it, for messages."""
    name = name or path
    import fcntl

    try:
        fd = os.open(os.path.dirname(os.path.abspath(path)) or ".", os.O_RDONLY)
    except OSError as e:  # a folder that does not exist, or may not be read
        raise Refused(msg("error.add.cannot_write", path=name, reason=e.strerror or str(e))) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Busy(
                        f"{name}: another htx add is writing this file",
                        "wait for it to finish, or give --wait SECONDS",
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def remove_leftovers(path: str) -> list[str]:
    """Temporary files of an htx add of this user that was killed before its rename. Call
    with the lock held: then no live writer owns any of them. Another user's (in a shared
    directory with the sticky bit, which only they may delete) are left alone: their
    names are unique, so they never stand in the way."""
    import glob

    directory = os.path.dirname(os.path.abspath(path))
    pattern = os.path.join(glob.escape(directory), f".{glob.escape(os.path.basename(path))}.*.htx-tmp")
    removed = []
    for leftover in glob.glob(pattern):
        try:
            if os.lstat(leftover).st_uid == os.geteuid():
                os.unlink(leftover)
                removed.append(leftover)
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


def new_file_mode() -> int:
    """What the umask leaves of rw for all, as for any program's new file."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _keep_owner_and_mode(fd: int, before: os.stat_result | None) -> bool:
    """Give the new file the old one's owner, group and mode (a new file: the mode the umask
    leaves, as any program's new file). False when the owner or group could not be kept:
    only root may give a file to another user."""
    if before is None:
        os.fchmod(fd, new_file_mode())
        return True
    for uid in (before.st_uid, -1):  # the group alone, when the owner cannot be kept
        try:
            os.fchown(fd, uid, before.st_gid)
            break
        except PermissionError:
            continue
    os.fchmod(fd, stat.S_IMODE(before.st_mode))  # after chown, which clears set-id bits
    now = os.fstat(fd)
    return (now.st_uid, now.st_gid) == (before.st_uid, before.st_gid)


class Written(Record):
    """How the write went: the owner and group kept; a Ctrl-C held back while the rename
    was made and said (the file is written all the same)."""

    owner_kept: bool
    interrupted: bool


def _hold_interrupts() -> bool:
    """Hold Ctrl-C back (it stays pending) until released; False where that is not possible."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        return False
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    except KeyboardInterrupt:  # one that came just before, raised as the mask changed
        _let_through(True)  # or, left blocked, it could not end htx
        raise
    return True


def _let_through(held: bool) -> None:
    """Let Ctrl-C through again; one that came meanwhile is raised now."""
    if held:
        import signal

        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _release_interrupts(held: bool) -> bool:
    """Let Ctrl-C through again, dropping one that came meanwhile; whether one came."""
    import signal

    if not held:
        return False
    came = signal.SIGINT in signal.sigpending()
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN) if came else None  # drops the pending one
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if came:
        signal.signal(signal.SIGINT, handler if handler is not None else signal.SIG_DFL)
    return came


@contextmanager
def temporary_beside(path: str, prefix: str, suffix: str) -> Iterator[tuple[int, str]]:
    """A new file in ``path``'s folder, as (descriptor, name), for the block to fill and rename
    over ``path``. On an error or a Ctrl-C it is removed, even on a Ctrl-C that comes while
    mkstemp makes it: that one is held back until the name is known."""
    held = _hold_interrupts()
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=prefix, suffix=suffix)
    except BaseException:
        _let_through(held)
        raise
    try:
        _let_through(held)  # a Ctrl-C that came meanwhile is raised here, and the file removed
        yield fd, tmp
    except BaseException:  # a full disk, Ctrl-C, an error: the original was never touched
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _pause(variable: str, sleep: Callable[[float], None]) -> None:
    seconds = float(os.environ.get(variable) or 0)
    if seconds:
        sleep(seconds)


def _sync_folder(directory: str) -> None:
    """Make the rename itself reach the disk (where the folder can be synced at all)."""
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # the file is renamed already: a folder that cannot be synced changes nothing
    finally:
        os.close(dir_fd)


def atomic_write(
    path: str,
    text: str,
    before: os.stat_result | None,
    said: Callable[[], None] = lambda: None,
    sleep: Callable[[float], None] = time.sleep,
) -> Written:
    """Replace the file with ``text`` so that it is either wholly old or wholly new; ``before``
    is its status (None: a new file). Ctrl-C before the rename leaves the file untouched and
    the temporary copy removed; from the rename until ``said()`` has told the user, it is held
    back, so that whatever htx says next is true."""
    directory = os.path.dirname(os.path.abspath(path))
    with temporary_beside(path, f".{os.path.basename(path)}.", ".htx-tmp") as (fd, tmp):
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            kept = _keep_owner_and_mode(f.fileno(), before)
            os.fsync(f.fileno())
        _pause(PAUSE_ENV, sleep)
        held = _hold_interrupts()
        try:
            os.replace(tmp, path)
        except BaseException:
            _release_interrupts(held)
            raise
    try:
        _sync_folder(directory)
        _pause(PAUSE_AFTER_ENV, sleep)
        said()
    finally:
        came = _release_interrupts(held)
    return Written(kept, came)
