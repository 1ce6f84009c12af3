"""A parse cache: the loaded dataset of a file, and validate's findings of it, kept under a
hash of the file's bytes.

Parsing, checking and indexing 10,000 reports costs seconds; reading them back from a pickle
costs a tenth of that. For the bundled 11 KB file a hit costs a third of what parsing costs
(never importing tomllib, the checks or the record builders): docs/performance.md. An entry
is found by a BLAKE2 hash of the file's bytes (never its modification time: a file rewritten
within one second, at the same size, is another file), of what is cached (a dataset, or
findings placed for some output), of the cache format, of Python's version, and
of the size and time of the source files that shape the result (so an edited checkout never
reads records or findings of older code).

Entries live in ``$XDG_CACHE_HOME/htx`` (``~/.cache/htx``). ``--no-cache`` or
``HTX_NO_CACHE=1`` turns the cache off. A cache that cannot be read or written is skipped
without a word; an entry is used only when its own checksum holds, it belongs to this user
and no one else can write it, and it unpickles into what its caller expects: otherwise the
file is parsed as if there were no cache.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Any

from . import collector_paused

FORMAT = b"htx-parse-cache 2\n"
KEEP = 8  # entries kept: the newest, by modification time
_CHECK = 16  # bytes of the payload's checksum, after FORMAT
# the folders whose code or data shape what is kept: a dataset is built by datafile/ into
# model/'s records; validate's findings come from lint/, which computes metrics/ besides
_SHAPING = ("data", "datafile", "model", "model/vocabulary")
_SHAPING_FINDINGS = (*_SHAPING, "lint", "lint/rules", "metrics")


def enabled(option_off: bool = False) -> bool:
    return not option_off and os.environ.get("HTX_NO_CACHE", "") in ("", "0")


def directory() -> str:
    """``$XDG_CACHE_HOME/htx``, or ``~/.cache/htx`` (a relative XDG_CACHE_HOME is ignored, as
    the XDG specification says)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "htx")


@cache  # once a process: validate of many files asks for it per file
def _stamp(findings: bool) -> bytes:
    """What besides the file's bytes decides the result: the format, Python's version, the
    size and time of every source file that shapes it. A stat each (~13 us on the project's
    machine): a dataset stamps the ~30 files that build it, findings lint's and the metrics'
    too. No htx version: installing another htx writes these files anew (new times), and a
    checkout edited under one version is told apart by them alone."""
    parts = [FORMAT, sys.version.encode()]
    package = os.path.dirname(os.path.dirname(__file__))
    for folder in _SHAPING_FINDINGS if findings else _SHAPING:
        path = os.path.join(package, folder)
        for entry in sorted(os.scandir(path), key=lambda e: e.name):
            if entry.name.endswith((".py", ".json")):
                st = entry.stat()
                parts.append(f"{folder}/{entry.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return b"\n".join(parts)


def key(raw: bytes, what: str) -> str:
    """The name of the entry for ``what`` (a dataset, findings) of a file of these bytes."""
    from _blake2 import blake2b  # hashlib would import OpenSSL's bindings too

    h = blake2b(raw, digest_size=20)
    h.update(b"\n" + what.encode() + b"\n" + _stamp(what.startswith("findings")))
    return h.hexdigest()


def _checksum(payload: bytes | memoryview) -> bytes:
    from _blake2 import blake2b

    return blake2b(payload, digest_size=_CHECK).digest()


def fetch(name: str) -> Any:
    """What entry ``name`` holds, or None for any reason at all: the caller checks its type."""
    try:
        entry = os.path.join(directory(), name + ".pickle")
        with open(entry, "rb") as f:
            st = os.fstat(f.fileno())
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return None  # a pickle others can write is code others can run
            data = f.read()
        head = len(FORMAT) + _CHECK
        payload = memoryview(data)[head:]  # not a copy: at 100,000 reports it is 150 MB
        if data[: len(FORMAT)] != FORMAT or data[len(FORMAT) : head] != _checksum(payload):
            return None
        found = _unpickle(payload)
        os.utime(entry)  # recently used: kept when older entries are pruned
        return found
    except Exception:  # unreadable, truncated, corrupt, of another shape: parse instead
        return None


def _unpickle(payload: bytes | memoryview) -> Any:
    from _pickle import loads  # the pickle module around it imports re and struct besides

    with collector_paused():  # a million new objects and no cycle: collecting triples the time
        return loads(payload)


def store(name: str, found: Any) -> None:
    """Keep ``found`` as entry ``name``, written whole then renamed; silently not, if it cannot be."""
    from _pickle import dumps  # the pickle module around it imports re and struct besides

    folder = directory()
    try:
        payload = dumps(found, protocol=5)
        os.makedirs(folder, mode=0o700, exist_ok=True)
        # this process's own name: O_EXCL never opens another's, nor a link planted there
        tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
        try:  # from before the open: a Ctrl-C as it returns leaves no file behind
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(FORMAT + _checksum(payload) + payload)
            os.replace(tmp, os.path.join(folder, name + ".pickle"))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _prune(folder)
    except Exception:  # a full disk, a read-only home, a result that does not pickle
        return


def _prune(folder: str) -> None:
    """Keep the newest KEEP entries: each is the size of a dataset."""
    entries = [e for e in os.scandir(folder) if e.name.endswith(".pickle")]
    entries.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
    for old in entries[KEEP:]:
        os.unlink(old.path)
