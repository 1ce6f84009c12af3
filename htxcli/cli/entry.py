"""The ``htx`` console script's entry point: it holds Ctrl-C quiet while Python loads htx.

Loading click and htx's modules takes most of a short run; a Ctrl-C then would print
Python's traceback of whatever was being imported. This module imports nothing of its own
and sets a handler first, so such a Ctrl-C ends htx with one line, and by the signal itself
(the shell shows 130, and a shell loop around htx stops as it would for any tool).

A Ctrl-C that lands in a callback Python cannot raise from (importlib's module-lock
callback, as an import ends) is lost to Python, which prints its traceback and goes on.
From this module on, htx holds such a Ctrl-C instead: while starting, it stops htx as any
Ctrl-C would; during a command (a lazy import) htx goes on and what it says stays true.
"""

import _signal  # what the signal module wraps, without its enum set-up (0.7 ms a run)
import gc
import os
import sys

_lost: list[BaseException] = []  # the Ctrl-Cs Python could not raise


def _hold_lost_ctrl_c(info: "sys.UnraisableHookArgs") -> None:
    """Keep a Ctrl-C Python could not raise, unprinted; anything else as Python prints it."""
    if isinstance(info.exc_value, KeyboardInterrupt):
        _lost.append(info.exc_value)
    else:
        sys.__unraisablehook__(info)


sys.unraisablehook = _hold_lost_ctrl_c  # before this module's own import ends
STARTING = b"htx: interrupted while starting; nothing was changed\n"


def _interrupted_while_starting(_signum: int, _frame: object) -> None:
    """Say so in one line, and end by SIGINT itself (as app._exit does after a command)."""
    os.write(2, STARTING)
    _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
    os.kill(os.getpid(), _signal.SIGINT)
    os._exit(130)  # where the signal could not end the process


def main() -> None:
    """Entry point of the ``htx`` console script (and of ``python -m htxcli``)."""
    _signal.signal(_signal.SIGINT, _interrupted_while_starting)
    if _lost:  # pressed as Python loaded this module
        _interrupted_while_starting(_signal.SIGINT, None)
    # Modules, classes and functions live until the process ends and make no garbage: the
    # collector walked them again and again as click and htx loaded (~5 % of a short run).
    # Loading a data file ends the pause (common.dataset freezes what is loaded, then turns
    # the collector on); a command that loads none is over before garbage could matter.
    gc.disable()
    from .app import main as run  # click, and the group of commands

    run()
