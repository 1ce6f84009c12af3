"""htx add: a new report into the data file without losing a byte of what is there.

The file is changed under a lock, by writing the whole new text to a temporary file in the
same directory, flushing it to disk and renaming it over the old one: at every moment the
path holds either the old file or the new one, never a mix.
"""

import json
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from . import spec
from .errors import HtxError
from .numbers import as_figure, parse

# Fault injection for the test suite (tests/test_add_safety.py): seconds to wait between
# writing the temporary file and renaming it, so that a test can kill the process there.
PAUSE_ENV = "HTX_PAUSE_BEFORE_RENAME"


class AddError(HtxError):
    """The report cannot be added as given."""


class Busy(HtxError):
    """Another htx add holds the file."""


def _figure_key(block: str, key: str) -> spec.Key | None:
    tables = {
        **{k: spec.ORG_FIGURES for k in spec.ORG_KINDS},
        "programmes": spec.PROGRAMME_FIGURES,
        "support": spec.SUPPORT_FIGURES,
    }
    return tables.get(block, {}).get(key)


def typed_value(path: list[str], text: str) -> Any:
    """A --set value, typed by the key it is for: figures are numbers as Vietnamese write them."""
    head, last = path[0], path[-1]
    if head == "source":
        return date.fromisoformat(text) if last in ("published", "meeting") else text
    if head in ("stated", "start"):
        return parse(text)[0]
    if last == "includes_credit_funds":
        if text.lower() not in ("true", "false"):
            raise ValueError("includes_credit_funds is true or false")
        return text.lower() == "true"
    if len(path) == 3 and path[1] == "ratings":
        return as_figure(text, True) if last != "base" else text
    if len(path) == 3 and path[1] in ("by_sector", "members_by_sector"):
        return as_figure(text, True)
    key = _figure_key(head, last) if len(path) == 2 else None
    if key is not None:
        if key.needs_per:
            value, qualifier = parse(text.rsplit("/", 1)[0])
            per = text.rsplit("/", 1)[1].strip() if "/" in text else None
            return {
                k: v for k, v in (("value", value), ("qualifier", qualifier), ("per", per)) if v is not None
            }
        return as_figure(text, key.integer)
    return text


def apply_set(report: dict[str, Any], assignment: str) -> None:
    """Apply one --set key.path=value to a report table."""
    if "=" not in assignment:
        raise AddError(f"--set {assignment!r} is not key=value", "for example --set cooperatives.total=322")
    keypath, text = (part.strip() for part in assignment.split("=", 1))
    path = [p for p in keypath.split(".") if p]
    try:
        value = typed_value(path, text)
    except ValueError as e:
        raise AddError(f"--set {keypath}: {e}") from None
    table = report
    for part in path[:-1]:
        table = table.setdefault(part, {})
        if not isinstance(table, dict):
            raise AddError(f"--set {keypath}: {part} already holds a value, not a table")
    table[path[-1]] = value


def from_json(text: str, name: str) -> dict[str, Any]:
    """A report table from JSON in the documented shape; dates as YYYY-MM-DD strings."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise AddError(f"{name}:{e.lineno}:{e.colno}: not JSON: {e.msg}") from None
    if not isinstance(raw, dict):
        raise AddError(f"{name}: the JSON must be one object: a report, as in docs/data-format.md")
    source = raw.get("source")
    if isinstance(source, dict):
        for key in ("published", "meeting"):
            if isinstance(source.get(key), str):
                try:
                    source[key] = date.fromisoformat(source[key])
                except ValueError:
                    raise AddError(f"{name}: source.{key} {source[key]!r} is not a date YYYY-MM-DD") from None
    return raw


def build(province: str, period: str, base: dict[str, Any] | None, sets: list[str]) -> dict[str, Any]:
    """The new report table: the JSON given, then each --set, with province and period."""
    report: dict[str, Any] = dict(base or {})
    province = unicodedata.normalize("NFC", " ".join(province.split()))
    for key, value in (("province", province), ("period", period)):
        given = report.get(key)
        if given is not None and given != value:
            raise AddError(f"the JSON says {key} = {given!r}, the command line {value!r}")
    report = {"province": province, "period": period, **report}
    for assignment in sets:
        apply_set(report, assignment)
    return report


def render(report: dict[str, Any]) -> str:
    """The report as a TOML block, keys in the order of the format (source first)."""
    import tomli_w

    order = {key: n for n, key in enumerate(spec.REPORT_KEYS)}
    ordered = dict(sorted(report.items(), key=lambda kv: order.get(kv[0], len(order))))
    # Always a [[report]] header: tomli_w would write a small report as `report = [{...}]`,
    # which, appended after the file's last table, would land inside that table.
    body = re.sub(r"^\[(\[?)", r"[\1report.", tomli_w.dumps(ordered), flags=re.M)
    return "[[report]]\n" + body


def _report_headers(text: str) -> list[int]:
    """Offsets of the lines that open a top-level [[report]] block."""
    offsets, pos = [], 0
    for line in text.split("\n"):
        if line.strip().replace(" ", "").startswith("[[report]]"):
            offsets.append(pos)
        pos += len(line) + 1
    return offsets


def block_span(text: str, index: int) -> tuple[int, int]:
    """Start and end offsets of the index-th report block; trailing blank and comment lines
    (which introduce the next block) are left outside it."""
    heads = _report_headers(text)
    start = heads[index]
    end = heads[index + 1] if index + 1 < len(heads) else len(text)
    lines = text[start:end].split("\n")
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        lines.pop()
    return start, start + len("\n".join(lines)) + 1


def new_text(old: str, block: str, replace_index: int | None) -> tuple[str, int]:
    """The file's text with the block appended, or put in place of report ``replace_index``;
    and the offset where the block starts. Every other byte stays as it was."""
    if replace_index is not None:
        start, end = block_span(old, replace_index)
        return old[:start] + block + old[end:], start
    sep = "" if not old else ("\n" if old.endswith("\n") else "\n\n")
    return old + sep + block, len(old) + len(sep)


@contextmanager
def locked(path: str, wait: float) -> Iterator[None]:
    """Hold an exclusive lock on the file's directory (its inode survives the rename, and no
    lock file is left behind) for the read-modify-write; wait up to ``wait`` seconds."""
    import fcntl

    fd = os.open(os.path.dirname(os.path.abspath(path)) or ".", os.O_RDONLY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Busy(
                        f"{path}: another htx add is writing this file",
                        "wait for it to finish, or give --wait SECONDS",
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def remove_leftovers(path: str) -> list[str]:
    """Temporary files of an htx add that was killed before its rename. Call with the lock
    held: then no live writer owns any of them."""
    import glob

    directory = os.path.dirname(os.path.abspath(path))
    pattern = os.path.join(glob.escape(directory), f".{glob.escape(os.path.basename(path))}.*.htx-tmp")
    found = glob.glob(pattern)
    for leftover in found:
        os.unlink(leftover)
    return found


def atomic_write(path: str, text: str, sleep: Callable[[float], None] = time.sleep) -> None:
    """Replace the file with ``text`` so that it is either wholly old or wholly new."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".htx-tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if os.path.exists(path):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        pause = float(os.environ.get(PAUSE_ENV) or 0)
        if pause:
            sleep(pause)
        os.replace(tmp, path)
    except BaseException:
        # a full disk, Ctrl-C, an error: the original was never touched; drop the half-made copy
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself reaches the disk
    finally:
        os.close(dir_fd)


SOURCE_QUESTIONS = (
    ("source.publisher", "Publisher (who issued the report)"),
    ("source.title", "Title or description"),
    ("source.published", "Published (YYYY-MM-DD)"),
    ("source.meeting", "Meeting date (YYYY-MM-DD)"),
    ("source.url", "URL"),
    ("status", "Status: actual or estimated"),
)


def interview(ask: Callable[[str, str], str | None], yesno: Callable[[str], bool]) -> list[str]:
    """Ask for the source, then figure by figure; Enter skips. Returns --set assignments."""
    sets = [f"{key}={answer}" for key, label in SOURCE_QUESTIONS if (answer := ask(key, label))]
    blocks: list[tuple[str, str, dict[str, spec.Key]]] = [
        *((kind, words, spec.ORG_FIGURES) for kind, words in spec.ORG_KINDS.items()),
        ("programmes", "programmes (OCOP, technology, exports)", spec.PROGRAMME_FIGURES),
        ("support", "support (loans, training, outreach)", spec.SUPPORT_FIGURES),
    ]
    for block, words, keys in blocks:
        if not yesno(f"Does the report give figures for {words}?"):
            continue
        for name, key in keys.items():
            hint = " (e.g. 4.000.000 / month)" if key.needs_per else ""
            answer = ask(f"{block}.{name}", f"  {name}: {key.meaning} [{key.unit}]{hint}")
            if answer:
                sets.append(f"{block}.{name}={answer}")
    return sets
