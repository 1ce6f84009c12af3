"""htx validate: every finding of every file, with file, line and column, and the exit code."""

from typing import Any

from ..datafile import KeyPath
from ..datafile.build import build_report
from ..datafile.lines import LineIndex
from ..datafile.read import FilePath, parse_text, read_text
from ..datafile.structure import RULES as STRUCTURE_RULES
from ..datafile.structure import check_document
from ..datafile.values import ERROR, WARNING, Finding
from ..model.errors import DataError
from ..model.record import Record
from ..model.records import Dataset, Report, index
from . import rules

RULES = {
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


class _Locator:
    """Places findings in the file. The line index is built on the first finding: a clean
    file never pays for it."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.name = text, name
        self.index: LineIndex | None = None

    def locate(
        self,
        f: Finding,
        report: dict[str, Any] | None = None,
        acked: dict[tuple[str, str], str] | None = None,
        prefix: KeyPath = (),
    ) -> Located:
        if self.index is None:
            self.index = LineIndex(self.text)
        line = self.index.line(prefix + f.path)
        lines = self.index.text_lines
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        column = len(text) - len(text.lstrip()) + 1
        province, period = (report.get("province"), report.get("period")) if report else (None, None)
        reason = (acked or {}).get((f.rule, _ack_key(f.path)))
        return Located(
            self.name,
            line,
            column,
            f.rule,
            f.severity,
            f.message,
            province if isinstance(province, str) else None,
            period if isinstance(period, str) else None,
            reason is not None,
            reason,
        )


def validate_file(path: FilePath) -> tuple[list[Located], bool]:
    """Findings of one file, sorted by line; the flag is False when it could not be read at all."""
    name = str(path)
    try:
        text = read_text(path)
    except DataError as e:
        rule = "encoding" if "UTF-8" in e.detail else "unreadable"
        return [Located(name, e.line or 1, 1, rule, ERROR, e.detail)], rule == "encoding"
    return validate_text(text, name), True


def _report_findings(
    at: _Locator, raw: dict[str, Any], prefix: KeyPath, r: Report, ds: Dataset
) -> list[Located]:
    """The rules' findings of one structurally sound report, and its stale acknowledgements."""
    acked = {(a.rule, a.key): a.reason for a in r.acknowledged}
    found = rules.check(r, ds)
    out = [at.locate(f, raw, acked, prefix) for f in found]
    seen = {(f.rule, _ack_key(f.path)) for f in found}
    for n, a in enumerate(r.acknowledged):
        if (a.rule, a.key) not in seen:
            message = f"nothing to acknowledge: no {a.rule} finding at {a.key}; remove it"
            out.append(
                at.locate(
                    Finding("stale-acknowledgement", WARNING, message, ("acknowledge", n)), raw, None, prefix
                )
            )
    return out


def validate_text(text: str, name: str) -> list[Located]:
    """Findings of a file's text (``htx add`` checks the file as it would be written)."""
    try:
        doc = parse_text(text, name)
    except DataError as e:
        return [Located(name, e.line or 1, e.column or 1, "syntax", ERROR, e.detail)]
    at = _Locator(text, name)
    structural = check_document(doc)
    reports = doc.get("report", []) if isinstance(doc.get("report"), list) else []
    bad = {f.path[1] for f in structural if f.severity == ERROR and len(f.path) > 1 and f.path[0] == "report"}
    out = [at.locate(f, _report_at(reports, f.path)) for f in structural]
    sound = {i: build_report(raw) for i, raw in enumerate(reports) if i not in bad and isinstance(raw, dict)}
    ds = index(name, tuple(sound.values()))
    for i, r in sound.items():
        out += _report_findings(at, reports[i], ("report", i), r, ds)
    return sorted(out, key=lambda f: (f.line, f.column, f.rule))


def _report_at(reports: list[Any], path: KeyPath) -> dict[str, Any] | None:
    if len(path) > 1 and path[0] == "report" and isinstance(path[1], int) and path[1] < len(reports):
        rep = reports[path[1]]
        return rep if isinstance(rep, dict) else None
    return None


def validate(paths: list[FilePath]) -> tuple[list[Located], bool]:
    """Findings of every file, in file order; False if any file could not be read."""
    out: list[Located] = []
    all_read = True
    for path in paths:
        try:
            found, read = validate_file(path)
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
