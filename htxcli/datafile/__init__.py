"""Reading a data file: its text, the structural checks of the format, the model records it
becomes, and where each key stands (for findings that name a line)."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Where a value stands in the parsed file: keys, and indexes into arrays of tables.
KeyPath = tuple[str | int, ...]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a file is parsed, checked, built or read
    back: that makes millions of objects and no cycle, and each collection would walk them
    all. Left as it was found: htx's own process starts with it paused (cli/entry.py)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
