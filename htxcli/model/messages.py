"""Messages by id: what lower layers say, as data, for the output layer to word.

A metric that cannot be computed says why with ``Msg("missing.total", {"kind": ...})``;
``htxcli.output.catalogue`` words it in English or Vietnamese. No layer below output builds a
sentence for a reader, so no sentence ever has to be translated back out of English.
"""

from typing import Any, NamedTuple


class Term(NamedTuple):
    """A word of the domain in both languages, e.g. Term("groups", "THT")."""

    en: str
    vi: str


class Old(NamedTuple):
    """A province name meaning the province before 1 July 2025 ("Lào Cai (old)")."""

    name: str


class Msg(NamedTuple):
    """A message id and its parameters: numbers, names, dates, Terms, Olds, lists, Msgs."""

    id: str
    params: dict[str, Any]


def msg(id: str, **params: Any) -> Msg:
    return Msg(id, params)


def lower_first(text: str) -> str:
    """'Members' -> 'members' inside a sentence; an acronym keeps its case ('HTX thành viên')."""
    head = text.split(" ", 1)[0]
    if len(head) > 1 and head.isupper():
        return text
    return text[:1].lower() + text[1:]
