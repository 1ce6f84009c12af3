"""Where each key of a TOML file stands: a small line index beside ``tomllib``.

``tomllib`` gives no positions for values, so findings about a value would point at the
top of the file. This index reads table headers and ``key =`` lines only (no second full
parser), and maps each key path, with array-of-tables indexes, to its line.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import KeyPath


def _split_key(text: str) -> list[str]:
    """Split a (possibly dotted, possibly quoted) TOML key into its parts."""
    parts, buf, quote = [], "", ""
    for ch in text.strip():
        if quote:
            if ch == quote:
                quote = ""
            else:
                buf += ch
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            parts.append(buf.strip())
            buf = ""
        else:
            buf += ch
    parts.append(buf.strip())
    return parts


def _outside_quotes(text: str) -> Iterator[tuple[int, str]]:
    """Each character outside a quoted string, with its index (quotes themselves skipped)."""
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        else:
            yield i, ch


def _header_name(text: str) -> str:
    """The key of a table header, up to its closing bracket outside quotes."""
    return next((text[:i] for i, ch in _outside_quotes(text) if ch == "]"), text)


def _depth(text: str) -> int:
    """Net count of open brackets and braces outside strings and comments."""
    depth = 0
    for _i, ch in _outside_quotes(text):
        if ch == "#":
            break
        depth += (ch in "[{") - (ch in "]}")
    return depth


def _key_end(line: str) -> int:
    """Index of the ``=`` that ends the key on this line, or -1."""
    return next((i for i, ch in _outside_quotes(line) if ch == "="), -1)


class LineIndex:
    """Line of each key path; ``line(path)`` falls back to the nearest enclosing key."""

    def __init__(self, text: str) -> None:
        self.lines: dict[KeyPath, int] = {}
        self._counts: dict[KeyPath, int] = {}
        # TOML ends lines at \n only; str.splitlines() would also split at \x85, \u2028 ...
        self._scan([line.rstrip("\r") for line in text.split("\n")])

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

    def _scan(self, lines: list[str]) -> None:
        table: KeyPath = ()
        i = 0
        while i < len(lines):
            s = lines[i].strip()
            lineno = i + 1
            i += 1
            if not s or s.startswith("#"):
                continue
            if s.startswith("["):
                array = s.startswith("[[")
                name = _header_name(s[2:] if array else s[1:])
                table = self._resolve(_split_key(name), array)
                self.lines.setdefault(table, lineno)
                continue
            eq = _key_end(s)
            if eq < 0:
                continue
            path = table + tuple(_split_key(s[:eq]))
            self.lines.setdefault(path, lineno)
            value = s[eq + 1 :].strip()
            for quote in ('"""', "'''"):
                if value.startswith(quote) and value.count(quote) == 1:
                    while i < len(lines) and quote not in lines[i]:
                        i += 1
                    i += 1
            depth, element = _depth(value), 0
            while depth > 0 and i < len(lines):
                inner = lines[i].strip()
                if inner.startswith("{"):
                    self.lines.setdefault(path + (element,), i + 1)
                    element += 1
                depth += _depth(inner)
                i += 1

    def line(self, path: KeyPath) -> int:
        """The line of ``path``, or of its nearest enclosing key; 1 when none is known."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1
