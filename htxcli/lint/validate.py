"""htx validate: every finding of every file, with file, line and column, and the exit code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..datafile import KeyPath, collector_paused
from ..datafile.read import FilePath, decode, read_bytes
from ..datafile.values import ERROR, WARNING, Finding
from ..model.errors import DataError
from ..model.record import Record
from ..model.records import Dataset, Report, index

if TYPE_CHECKING:
    from ..datafile.lines import BlockLines


def __getattr__(name: str) -> Any:
    """``RULES``, every rule id with its reason, built on first use: a validate the parse
    cache answers imports neither the checks nor the rules (datafile/cache.py)."""
    if name != "RULES":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ..datafile.structure import RULES as STRUCTURE_RULES
    from . import rules

    return {
        **STRUCTURE_RULES,
        "internal": "htx itself failed on the file: please report it",
        **rules.RULES,
        "stale-acknowledgement": "an acknowledgement that matches no finding should be removed",
    }


class Located(Record):
    file: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    province: str | None = None
    period: str | None = None
    acknowledged: bool = False
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        return self._asdict()


def _ack_key(path: KeyPath) -> str:
    return ".".join(str(p) for p in path)


class _Place(Record):
    """The province and period a report block names, as far as they are text."""

    province: str | None = None
    period: str | None = None


_NOWHERE = _Place()  # outside every report block, or in one that names neither


def _place(report: Any) -> _Place:
    if not isinstance(report, dict):
        return _NOWHERE
    province, period = report.get("province"), report.get("period")
    return _Place(*(v if isinstance(v, str) else None for v in (province, period)))


class _Pending(Record):
    """A finding to be placed in the file, with what its printed line says about it."""

    finding: Finding
    place: _Place
    reason: str | None  # why the data acknowledges it; None when it does not
    prefix: KeyPath


class _Locator:
    """Places findings in the file, only those that will be printed (``acknowledged``: also
    those the data acknowledges), indexing only the report blocks that hold them: a clean
    file, or one whose findings are all acknowledged, is never indexed (datafile/lines.py)."""

    def __init__(self, text: str, name: str, reports: int, acknowledged: bool = True) -> None:
        self.text, self.name, self.reports, self.acknowledged = text, name, reports, acknowledged
        self.pending: list[_Pending] = []

    def add(
        self,
        f: Finding,
        place: _Place = _NOWHERE,
        acked: dict[tuple[str, str], str] | None = None,
        prefix: KeyPath = (),
    ) -> None:
        self.pending.append(_Pending(f, place, (acked or {}).get((f.rule, _ack_key(f.path))), prefix))

    def located(self) -> list[Located]:
        """Every finding added, in file order; those not printed at line 0."""
        index = None
        if any(self._printed(p) for p in self.pending):
            from ..datafile.lines import BlockLines  # its patterns: 1 % of a run that prints none

            index = BlockLines(self.text, self.reports)
        order = sorted(self.pending, key=lambda p: _block_of(p.prefix + p.finding.path))
        return [self._locate(p, index) for p in order]

    def _printed(self, p: _Pending) -> bool:
        return p.reason is None or self.acknowledged

    def _locate(self, p: _Pending, index: BlockLines | None) -> Located:
        f = p.finding
        line, column = 0, 0
        if index is not None and self._printed(p):
            line, text = index.locate(p.prefix + f.path)
            column = len(text) - len(text.lstrip()) + 1
        province, period = p.place
        return Located(
            self.name,
            line,
            column,
            f.rule,
            f.severity,
            f.message,
            province,
            period,
            p.reason is not None,
            p.reason,
        )


def _block_of(path: KeyPath) -> int:
    """The report block a path is in (-1 outside every block): findings are placed in file
    order of blocks, so that one block is indexed at a time."""
    return path[1] if len(path) > 1 and path[0] == "report" and isinstance(path[1], int) else -1


def validate_file(
    path: FilePath, acknowledged: bool = True, cache: bool = True
) -> tuple[list[Located], bool]:
    """Findings of one file, sorted by line; the flag is False when it could not be read at all.
    ``acknowledged``: place acknowledged findings too (else their line is 0: not printed).
    The findings of a file seen before come from the parse cache (``datafile/cache.py``),
    unless ``cache`` is False or HTX_NO_CACHE is set."""
    from ..datafile import cache as parsed

    name = str(path)
    try:
        raw = read_bytes(path)
        entry = parsed.key(raw, f"findings placed={acknowledged}") if parsed.enabled(not cache) else None
        cached = parsed.fetch(entry) if entry else None
        if isinstance(cached, list) and all(isinstance(f, Located) for f in cached):
            return [f._replace(file=name) for f in cached], True
        text = decode(raw, name)
        del raw  # the text is all that is needed now: at 100,000 reports the bytes are 90 MB
    except DataError as e:
        rule = "encoding" if "UTF-8" in e.detail else "unreadable"
        return [Located(name, e.line or 1, 1, rule, ERROR, e.detail)], rule == "encoding"
    found = validate_text(text, name, acknowledged)
    if entry:
        parsed.store(entry, [f._replace(file="") for f in found])
    return found, True


def _report_findings(at: _Locator, place: _Place, prefix: KeyPath, r: Report, ds: Dataset) -> None:
    """The rules' findings of one structurally sound report, and its stale acknowledgements."""
    from . import rules

    acked = {(a.rule, a.key): a.reason for a in r.acknowledged}
    found = rules.check(r, ds)
    for f in found:
        at.add(f, place, acked, prefix)
    seen = {(f.rule, _ack_key(f.path)) for f in found}
    for n, a in enumerate(r.acknowledged):
        if (a.rule, a.key) not in seen:
            message = f"nothing to acknowledge: no {a.rule} finding at {a.key}; remove it"
            stale = Finding("stale-acknowledgement", WARNING, message, ("acknowledge", n))
            at.add(stale, place, None, prefix)


def validate_text(text: str, name: str, acknowledged: bool = True) -> list[Located]:
    """Findings of a file's text (``htx add`` checks the file as it would be written);
    ``acknowledged``: place acknowledged findings too (else at line 0: not printed). The
    garbage collector is paused, as for a load (datafile/read.py): no cycles are made."""
    with collector_paused():
        return _validate_text(text, name, acknowledged)


def _validate_text(text: str, name: str, acknowledged: bool) -> list[Located]:
    from ..datafile.build import build_report
    from ..datafile.read import parse_text
    from ..datafile.structure import check_document

    try:
        doc = parse_text(text, name)
    except DataError as e:
        return [Located(name, e.line or 1, e.column or 1, "syntax", ERROR, e.detail)]
    structural = check_document(doc)
    reports = doc.get("report", []) if isinstance(doc.get("report"), list) else []
    del doc  # its reports are let go of one by one below, as they are built
    at = _Locator(text, name, len(reports), acknowledged)
    bad = {f.path[1] for f in structural if f.severity == ERROR and len(f.path) > 1 and f.path[0] == "report"}
    for f in structural:
        at.add(f, _place(_report_at(reports, f.path)))
    places = [_place(raw) for raw in reports]
    sound: dict[int, Report] = {}
    for i, raw in enumerate(reports):
        if i not in bad and isinstance(raw, dict):
            sound[i] = build_report(raw)
        reports[i] = None  # the parsed text of a report, freed once built: the peak is one of them
    ds = index(name, tuple(sound.values()))
    for i, r in sound.items():
        _report_findings(at, places[i], ("report", i), r, ds)
    return sorted(at.located(), key=lambda f: (f.line, f.column, f.rule))


def _report_at(reports: list[Any], path: KeyPath) -> dict[str, Any] | None:
    if len(path) > 1 and path[0] == "report" and isinstance(path[1], int) and path[1] < len(reports):
        rep = reports[path[1]]
        return rep if isinstance(rep, dict) else None
    return None


def validate(
    paths: list[FilePath], acknowledged: bool = True, cache: bool = True
) -> tuple[list[Located], bool]:
    """Findings of every file, in file order; False if any file could not be read.
    ``acknowledged``: place acknowledged findings too (else at line 0: not printed);
    ``cache``: findings of a file seen before may come from the parse cache."""
    out: list[Located] = []
    all_read = True
    for path in paths:
        try:
            found, read = validate_file(path, acknowledged, cache)
        except Exception as e:  # a bug in a rule must not stop the other files being checked
            failed = Located(str(path), 1, 1, "internal", ERROR, f"htx failed: {type(e).__name__}: {e}")
            found, read = [failed], False
        out += found
        all_read &= read
    return out, all_read


def exit_code(findings: list[Located], all_read: bool, strict: bool) -> int:
    if not all_read:
        return 2
    failing = [f for f in findings if not f.acknowledged and (f.severity == ERROR or strict)]
    return 1 if failing else 0
