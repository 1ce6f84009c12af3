"""Where a report block stands in a data file's text, read from the TOML itself.

A small tokenizer finds the table headers: it knows TOML's strings (basic, literal and both
multi-line kinds, with their escapes), comments, and brackets inside values, so a
``[[report]]`` line pasted into a note is text, and ``[[ report ]]`` or ``[["report"]]`` is
a header. It only locates; ``tomllib`` has already said the file is valid TOML, and the add
checks the spliced text against it again before anything is written.

The new block takes the file's line endings (CRLF stays CRLF); every other byte, a UTF-8
byte-order mark included, stays as it was.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right

from ..datafile.lines import KEY_CHAR
from ..model.record import Record

BOM = "\ufeff"
_TOKEN = re.compile(
    r'''(?P<string>"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""(?:"{1,2})?'''
    r"""|'''[\s\S]*?'''(?:'{1,2})?"""
    r'''|"(?:[^"\\\n]|\\.)*"'''
    r"""|'[^'\n]*')"""
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<newline>\n)"
    r"|(?P<open>\[)"
    r"|(?P<close>\])"
    r"|(?P<brace>[{}])"
    r"""|(?P<other>[^"'#\n\[\]{}]+)"""
)


class Header(Record):
    """A table header: where its line starts, its key, and whether it is ``[[...]]``."""

    start: int
    key: tuple[str, ...]
    array: bool


class Layout(Record):
    """The headers of a TOML text, and the end of every token that is neither blank,
    a comment nor a line break (to tell a block's own lines from the comments after it)."""

    headers: list[Header]
    ends: list[int]


_BARE = re.compile(rf"{KEY_CHAR}+(?:[ \t]*\.[ \t]*{KEY_CHAR}+)*")


def _key(text: str) -> tuple[str, ...]:
    """The parts of a header's key, unquoted and unescaped exactly as TOML reads them."""
    text = text.strip(" \t")
    if _BARE.fullmatch(text):
        return tuple(part.strip(" \t") for part in text.split("."))
    table, parts = tomllib.loads(f"{text} = 0"), []
    while isinstance(table, dict):
        name = next(iter(table))
        parts.append(name)
        table = table[name]
    return tuple(parts)


def layout(text: str) -> Layout:
    """Tokenize a text that ``tomllib`` reads without error."""
    headers: list[Header] = []
    ends: list[int] = []
    depth, line_start, bare = 0, 0, True  # bare: nothing but blanks so far on this line
    tokens = _TOKEN.finditer(text, 1 if text.startswith(BOM) else 0)
    for m in tokens:
        kind, token = m.lastgroup, m.group()
        if kind == "newline":
            line_start, bare = m.end(), depth == 0
            continue
        if kind == "comment" or (kind == "other" and not token.strip()):
            continue
        ends.append(m.end())
        if kind == "open" and bare:
            array = text.startswith("[[", m.start())
            close = next(t for t in tokens if t.lastgroup == "close")
            if array:
                close = next(tokens)  # the second bracket of ]]
            inner = text[m.start() + 1 + array : close.start() - array]
            headers.append(Header(line_start, _key(inner), array))
            ends.append(close.end())
        elif kind in ("open", "brace"):
            depth += 1 if token in "[{" else -1
        elif kind == "close":
            depth -= 1
        bare = False
    return Layout(headers, ends)


def report_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each ``[[report]]`` block, in order. A block runs from its
    header line to its last line of keys and values (with that line's comment); blank and
    comment lines after it introduce what follows, and stay outside."""
    found = layout(text)
    heads = found.headers
    spans = []
    for n, head in enumerate(heads):
        if head.key != ("report",) or not head.array:
            continue
        after = (h for h in heads[n + 1 :] if not (h.key[0] == "report" and len(h.key) > 1))
        limit = next((h.start for h in after), len(text))
        last = found.ends[bisect_right(found.ends, limit) - 1]
        line_end = text.find("\n", last)
        spans.append((head.start, len(text) if line_end < 0 else line_end + 1))
    return spans


def newline(text: str) -> str:
    """The file's line ending, as its first line ends: CRLF or LF."""
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def new_text(old: str, block: str, span: tuple[int, int] | None) -> tuple[str, int]:
    """The file's text with the block appended, or put in place of ``span``; and the offset
    where the block starts. The block is written with LF and takes the file's endings."""
    nl = newline(old)
    block = block.replace("\n", nl)
    if span is not None:
        start, end = span
        return old[:start] + block + old[end:], start
    body = old.removeprefix(BOM)
    sep = "" if not body else (nl if body.endswith("\n") else nl * 2)
    return old + sep + block, len(old) + len(sep)
