"""Where each key of a TOML file stands: a small line index beside ``tomllib``.

``tomllib`` gives no positions for values, so findings about a value would point at the
top of the file. This index reads table headers and ``key =`` lines only (no second full
parser), and maps each key path, with array-of-tables indexes, to its line. It reads keys
as TOML writes them (bare, "basic" with escapes, 'literal', dotted), and steps over values
with TOML's strings in mind (escaped quotes, multi-line strings, comments), so that a
quote or bracket inside a string never moves a later key's line.
"""

from __future__ import annotations

import re
import sys

from . import KeyPath

KEY_CHAR = r"[A-Za-z0-9_-]"  # of a bare key (TOML): the one place it is written
_BASIC_BODY, _LITERAL_BODY = r'(?:[^"\\\n]|\\.)*', r"[^'\n]*"  # inside "..." and '...'
BARE_KEY = re.compile(f"{KEY_CHAR}+")  # a bare key, whole (write/block.py words keys by it)
_BASIC = re.compile(f'"({_BASIC_BODY})"')
_LITERAL = re.compile(f"'({_LITERAL_BODY})'")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
_SPECIALS = r"#\"'\[\]{}"  # what opens or closes a string, array, table or comment
_SPECIAL = re.compile(f"[{_SPECIALS}]")
# Most lines are read by patterns in C (_quick_key, _quick_header), not by the careful
# readers (_key, _Value): a bare key and its =, then a value that ends on its line (of plain
# characters, one-line strings, flat arrays and inline tables holding those), then perhaps
# a comment; and a table header of bare keys. A string that opens with three quotes is a
# multi-line one: left to the careful readers.
_SIMPLE_KEY = re.compile(rf"({KEY_CHAR}+)[ \t]*=")
_PLAIN = f"[^{_SPECIALS}]"
_STRING = f"\"(?!\"\"){_BASIC_BODY}\"|'(?!''){_LITERAL_BODY}'"
_ARRAY = rf"\[(?:{_PLAIN}|{_STRING})*\]"
_ENDS_HERE = re.compile(rf"(?:{_PLAIN}|{_STRING}|{_ARRAY}|\{{(?:{_PLAIN}|{_STRING}|{_ARRAY})*\}})*(?:#.*)?$")
# the last part ends where no key character follows: backtracking must not read "[11." as "[1"
_BARE_HEADER = re.compile(rf"\[\[?[ \t]*({KEY_CHAR}+(?:[ \t]*\.[ \t]*{KEY_CHAR}+)*)(?!{KEY_CHAR}|[ \t]*\.)")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\", "e": "\x1b"}


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1)
    return chr(int(code[1:], 16)) if code[0] in "uU" and len(code) > 1 else _ESCAPES.get(code, code)


def _key(text: str, i: int) -> tuple[list[str], int] | None:
    """The (dotted) key at ``text[i:]``, its parts as TOML reads them, and the index after it."""
    parts = []
    while True:
        while i < len(text) and text[i] in " \t":
            i += 1
        first = text[i : i + 1]
        m = (_BASIC if first == '"' else _LITERAL if first == "'" else BARE_KEY).match(text, i)
        if m is None:
            return None
        part = m.group(1) if m.re is not BARE_KEY else m.group()
        parts.append(sys.intern(_ESCAPE.sub(_unescape, part) if m.re is _BASIC else part))
        i = m.end()
        while i < len(text) and text[i] in " \t":
            i += 1
        if i >= len(text) or text[i] != ".":
            return parts, i
        i += 1


def _quick_key(s: str) -> str | None:
    """The key of a line the patterns read alone (a bare key, =, a value that ends on the
    line); None for any other line, which the careful readers take."""
    m = _SIMPLE_KEY.match(s)
    return sys.intern(m[1]) if m and _ENDS_HERE.match(s, m.end()) else None


def _quick_header(s: str) -> list[str] | None:
    """The keys of a table header of bare keys; None for any other line."""
    m = _BARE_HEADER.match(s)
    return [sys.intern(p.strip(" \t")) for p in m[1].split(".")] if m else None


class _Value:
    """Steps over a value, line by line: strings (with their escapes, and multi-line ones
    across lines), comments, and the brackets and braces of arrays and inline tables."""

    def __init__(self) -> None:
        self.depth = 0
        self.open = ""  # the delimiter of a multi-line string still open: \"\"\" or '''

    @property
    def done(self) -> bool:
        return self.depth <= 0 and not self.open

    def feed(self, text: str, i: int = 0) -> None:
        while i < len(text):
            if self.open:
                i = self._close(text, i)
                continue
            m = _SPECIAL.search(text, i)  # any other character leaves the value as it is
            if m is None:
                return
            i = m.start()
            ch = text[i]
            if ch == "#":
                return
            if text.startswith(('"""', "'''"), i):
                self.open = text[i : i + 3]
                i += 3
            elif ch in "\"'":
                m = (_BASIC if ch == '"' else _LITERAL).match(text, i)
                i = m.end() if m else len(text)
            else:
                self.depth += (ch in "[{") - (ch in "]}")
                i += 1

    def _close(self, text: str, i: int) -> int:
        """Past the end of the open multi-line string on this line, or the line's end."""
        quote = self.open[0]
        while i < len(text):
            if quote == '"' and text[i] == "\\":
                i += 2
            elif text.startswith(self.open, i):
                run = len(text[i:]) - len(text[i:].lstrip(quote))
                self.open = ""
                return i + min(run, 5)  # up to two quotes of the string stand before the end
            else:
                i += 1
        return i


class LineIndex:
    """Line of each key path; ``line(path)`` falls back to the nearest enclosing key."""

    def __init__(self, text: str, until: KeyPath | None = None) -> None:
        """``until``: stop reading once that path is found (its line is the same as in a
        whole index: a key's first line is its line); ``complete`` says whether it stopped.
        ``read`` goes on from there."""
        self.lines: dict[KeyPath, int] = {}
        self.complete = False
        self._counts: dict[KeyPath, int] = {}
        # TOML ends lines at \n only; str.splitlines() would also split at \x85, \u2028 ...
        #: the file's lines, without their line ends (and without a byte-order mark)
        self.text_lines = [line.rstrip("\r") for line in text.removeprefix("\ufeff").split("\n")]
        self._next, self._table = 0, ()  # where reading stopped: the next line, its table
        self.read(until)

    def _resolve(self, names: list[str], new_element: bool) -> KeyPath:
        path: KeyPath = ()
        for n, name in enumerate(names):
            path += (name,)
            last = n == len(names) - 1
            if last and new_element:
                self._counts[path] = self._counts.get(path, 0) + 1
            if path in self._counts:
                path += (self._counts[path] - 1,)
        return path

    def _header(self, s: str, lineno: int) -> KeyPath | None:
        """The table a ``[table]`` or ``[[array.of.tables]]`` header opens."""
        array = s.startswith("[[")
        names = _quick_header(s)
        if names is None:
            found = _key(s, 1 + array)
            if found is None:
                return None
            names = found[0]
        table = self._resolve(names, array)
        self.lines.setdefault(table, lineno)
        return table

    def read(self, until: KeyPath | None = None) -> None:
        """Read on from where the last read stopped, until ``until`` is found or the text
        ends: several findings in one block read it once, not once each."""
        lines, i, table = self.text_lines, self._next, self._table
        while i < len(lines):
            if until is not None and until in self.lines:
                self._next, self._table = i, table
                return
            s = lines[i].strip()
            lineno = i + 1
            i += 1
            if not s or s[0] == "#":  # a blank line or a comment
                continue
            if s[0] == "[":
                table = self._header(s, lineno) or table
                continue
            key = _quick_key(s)
            if key is not None:
                self.lines.setdefault((*table, key), lineno)
                continue
            found = _key(s, 0)
            if found is None or found[1] >= len(s) or s[found[1]] != "=":
                continue
            path = table
            for part in found[0]:  # a.b.c = 1: a and a.b stand on this line too
                path += (part,)
                self.lines.setdefault(path, lineno)
            i = self._skip_value(lines, i, s, found[1] + 1, path)
        self._next, self._table = i, table
        self.complete = True

    def _skip_value(self, lines: list[str], i: int, s: str, start: int, path: KeyPath) -> int:
        """The index of the line after the value that starts at ``s[start:]``; the lines of
        an array's inline tables, one per line, are recorded as its elements."""
        value = _Value()
        value.feed(s, start)
        element = 0
        while not value.done and i < len(lines):
            inner = lines[i].strip()
            if value.depth == 1 and not value.open and inner.startswith("{"):
                self.lines.setdefault(path + (element,), i + 1)
                element += 1
            value.feed(inner)
            i += 1
        return i

    def line(self, path: KeyPath) -> int:
        """The line of ``path``, or of its nearest enclosing key; 1 when none is known."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1


# Led by its brackets, not by "^[ \t]*": re then finds each candidate with a literal search in
# C, where trying the pattern at the start of every line cost 2 % of a validate.
_REPORT = re.compile(r"\[\[[ \t]*report[ \t]*\]\]")


def _headers(text: str) -> list[int]:
    """Where each line that opens with a ``[[report]]`` header starts (spaces may lead it)."""
    starts = []
    for m in _REPORT.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if not text[line : m.start()].strip(" \t"):
            starts.append(line)
    return starts


class BlockLines:
    """Lines of key paths, indexing only the ``[[report]]`` blocks asked about.

    A first pass finds where each ``[[report]]`` header stands (one regular expression over
    the text, in C); a finding in block i indexes that block's lines alone, and the last
    block indexed is kept (findings are asked for in file order). When the headers found are
    not one per report (reports written another way, or a header-like line inside a
    multi-line string), or a path is outside every block, the whole file is indexed once.
    """

    def __init__(self, text: str, reports: int) -> None:
        self.text = text.removeprefix("\ufeff")
        starts = _headers(self.text)
        self.starts = starts if len(starts) == reports else None
        self.first: list[int] = []  # the line of each block's header
        line, at = 1, 0
        for start in starts if self.starts else ():
            line += self.text.count("\n", at, start)
            self.first.append(line)
            at = start
        self._whole: LineIndex | None = None
        self._block: tuple[int, LineIndex] | None = None

    def _index_of(self, i: int, path: KeyPath) -> LineIndex:
        """Block i's index, read as far as ``path`` (a block's findings are mostly near its
        top); a later finding of the same block reads on from there."""
        if self._block is None or self._block[0] != i:
            assert self.starts is not None
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            self._block = (i, LineIndex(self.text[self.starts[i] : end], until=path))
        index = self._block[1]
        if not index.complete and path not in index.lines:
            index.read(until=path)
        return index

    def locate(self, path: KeyPath) -> tuple[int, str]:
        """The line of ``path`` (as ``LineIndex.line``) and the text of that line."""
        block = path[1] if len(path) > 1 and path[0] == "report" and isinstance(path[1], int) else -1
        if self.starts and 0 <= block < len(self.starts):
            local_path = ("report", 0, *path[2:])
            index = self._index_of(block, local_path)
            local = index.line(local_path)
            return self.first[block] + local - 1, index.text_lines[local - 1]
        if self._whole is None:
            self._whole = LineIndex(self.text)
        line = self._whole.line(path)
        lines = self._whole.text_lines
        return line, lines[line - 1] if 0 < line <= len(lines) else ""
