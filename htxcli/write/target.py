"""Which file htx add changes, and whether it may.

It writes the real file: through a symbolic link to its target (the link stays a link).
It refuses, before reading a byte:
- a pipe, a device, a socket or a directory (reading a pipe would wait forever, and
  renaming over a device would replace it);
- a file with other hard links: the new text is renamed into place, which would leave the
  other names with the old text, and writing in place could leave half a file;
- a file the user may not write, judged as an editor does (see ``may_write``), so that a
  file kept read-only is never replaced behind its mode.
"""

from __future__ import annotations

import os
import stat

from ..model.errors import DataError, NotRegular, Refused
from ..model.messages import msg
from ..model.record import Record

_KINDS = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "char_device"),
    (stat.S_ISBLK, "block_device"),
    (stat.S_ISSOCK, "socket"),
)


class Target(Record):
    """The file as named (for messages), the file written, and its status before (None: new)."""

    path: str
    real: str
    before: os.stat_result | None


def may_write(real: str, st: os.stat_result) -> bool:
    """Whether the user may write the file, as an editor or ``cp`` judges it: its owner by the
    owner's write bit; root, who may write anything, by whether any write bit is set, so that
    0444 means read-only for root too; anyone else as the system answers (groups, ACLs)."""
    euid = os.geteuid()
    if euid == st.st_uid:
        return bool(st.st_mode & stat.S_IWUSR)
    if euid == 0:
        return bool(st.st_mode & 0o222)
    return os.access(real, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def target(path: str) -> Target:
    """The file behind ``path``, checked; a missing file is a new one."""
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return Target(path, real, None)
    except OSError as e:  # a loop of links, a folder that may not be entered
        raise DataError(path, None, f"cannot be read ({e.strerror or e})") from None
    if not stat.S_ISREG(st.st_mode):
        what = msg(f"file_kind.{next((name for test, name in _KINDS if test(st.st_mode)), 'other')}")
        raise NotRegular(msg("error.add.not_regular", path=path, kind=what), msg("hint.add.not_regular"))
    if st.st_nlink > 1:
        raise Refused(
            msg("error.add.hard_links", path=path, others=st.st_nlink - 1),
            msg("hint.add.hard_links", path=path),
        )
    if not may_write(real, st):
        mode = f"{stat.S_IMODE(st.st_mode):04o}"
        raise Refused(msg("error.add.read_only", path=path, mode=mode), msg("hint.add.read_only", path=path))
    return Target(path, real, st)
