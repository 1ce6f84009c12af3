"""Messages by id: what lower layers say, as data, for the output layer to word.

A metric that cannot be computed says why with ``Msg("missing.total", {"kind": ...})``;
``htxcli.output.catalogue`` words it in English or Vietnamese. No layer below output builds a
sentence for a reader, so no sentence ever has to be translated back out of English.
"""

from collections.abc import Iterable
from typing import Any, TypeVar

from .record import Record

T = TypeVar("T")


class Term(Record):
    """A word of the domain in both languages, e.g. Term("groups", "THT")."""

    en: str
    vi: str


class Between(Record):
    """A range of numbers as a report prints it: "4 - 5 triệu" is Between(4e6, 5e6)."""

    low: float
    high: float


class Msg(Record):
    """A message id and its parameters: numbers, names, dates, Terms, lists, Msgs."""

    id: str
    params: dict[str, Any]


def msg(id: str, **params: Any) -> Msg:
    return Msg(id, params)


def grouped(pairs: Iterable[tuple[Msg, T]]) -> list[tuple[Msg, list[T]]]:
    """Each message once, with everything it was said of, in the order first said (a Msg
    holds a dict, so it cannot key one)."""
    out: list[tuple[Msg, list[T]]] = []
    for said, of in pairs:
        for m, those in out:
            if m == said:
                those.append(of)
                break
        else:
            out.append((said, [of]))
    return out


def lower_first(text: str) -> str:
    """'Members' -> 'members' inside a sentence; an acronym keeps its case ('HTX thành viên')."""
    head = text.split(" ", 1)[0]
    if len(head) > 1 and head.isupper():
        return text
    return text[:1].lower() + text[1:]


# How numbers are written: English (1,256; 66,807.55) or Vietnamese (1.256; 66.807,55).
_VI = str.maketrans(",.", ".,")


def number(x: float, decimals: int = 0, lang: str = "en") -> str:
    """Group thousands and trim trailing zeros: 1,256 / 66,807.55 (vi: 1.256 / 66.807,55).
    An integer keeps every digit (the "f" format would round it through a float above 2**53)."""
    if isinstance(x, int):
        text = f"{x:,}"
    else:
        text = f"{x:,.{decimals}f}"
        if decimals:
            text = text.rstrip("0").rstrip(".")
    return text.translate(_VI) if lang == "vi" else text


def plain(x: float, lang: str = "en") -> str:
    """A number in a formula line: whole numbers grouped, others to two decimals."""
    return number(x, 0 if isinstance(x, int) or x.is_integer() else 2, lang)
