"""JSON as htx writes it, in one place for every command: strict (never NaN or Infinity,
which are not JSON: a value that is not a finite number is null, with its reason), and
ASCII with \\u escapes when the stream it goes to cannot encode every character, so that
the text stays valid JSON on any output (docs/json.md)."""

from __future__ import annotations

import codecs
from typing import Any


def is_unicode(stream: Any) -> bool:
    """True when the stream's encoding can write every character (a UTF codec)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def dumps(value: Any, stream: Any, indent: int | None = None) -> str:
    """The JSON text of ``value`` for ``stream``; raises ValueError on NaN or infinity."""
    import json

    return json.dumps(value, ensure_ascii=not is_unicode(stream), allow_nan=False, indent=indent)
