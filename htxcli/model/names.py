"""Province names as people type them: any case, accents or not, NFC or NFD, with prefixes."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .errors import NotFound
from .provinces2025 import reorganisation

_PREFIX = re.compile(r"^(tinh|thanh pho|tp\.?)\s+")


@cache
def fold(name: str) -> str:
    """A match key: no accents, đ -> d, lower case, single spaces, no 'Tỉnh'/'TP.' prefix."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.replace("-", " - ").split())
    return _PREFIX.sub("", text)


def resolve(query: str, names: list[str], what: str = "province") -> str:
    """The one name in ``names`` that ``query`` means; NotFound with suggestions otherwise."""
    if query in names:  # typed exactly as stored: the common case, no folding needed
        return query
    key = fold(query)
    hits = sorted({n for n in names if fold(n) == key})
    if len(hits) == 1:
        return hits[0]
    if not hits:
        hits = sorted({n for n in names if fold(n).startswith(key)}) if key else []
        if len(hits) == 1:
            return hits[0]
    if hits:
        raise NotFound(f"{what} {query!r} is ambiguous: it could be {', '.join(hits)}")
    from .suggest import close_matches, did_you_mean  # only on the way to an error

    folded = {fold(n): n for n in names}
    near = [folded[k] for k in close_matches(key, folded)]
    raise NotFound(f"no {what} {query!r} in the data", did_you_mean(near) or "run htx list to see them")


def known_names(in_data: list[str]) -> list[str]:
    """Names htx answers to: provinces in the data, and every old and new name of 2025."""
    reorg = reorganisation()
    return sorted({*in_data, *reorg.new_of, *reorg.new_of.values()}, key=fold)
