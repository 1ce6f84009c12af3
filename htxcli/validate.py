"""htx validate: every finding of every file, with file, line and column, and the exit code."""

from typing import Any, NamedTuple

from . import checks
from .errors import DataError
from .lineindex import LineIndex
from .load import FilePath, build_report, parse_text, read_text
from .schema import ERROR, WARNING, Finding, check_document

RULES = {
    "syntax": "the file must be valid TOML",
    "encoding": "the file must be UTF-8",
    "unreadable": "the file must exist and be readable",
    "unknown-key": "a key htx does not know would drop a figure silently",
    "wrong-type": "counts are whole numbers, money integers, flags booleans",
    "not-finite": "nan and inf are not figures",
    "negative": "counts and money cannot be negative",
    "missing-key": "a report needs its province and period; a figure its value",
    "missing-source": "every report names its source: publisher and title",
    "bad-value": "a value outside its list (status, qualifier, per, base, target)",
    "bad-period": "a period is YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or a date",
    "date-order": "a report is published after the period it covers",
    "duplicate-report": "one block per province and period",
    "not-nfc": "province names are NFC, so that names compare equal",
    "internal": "htx itself failed on the file: please report it",
    **checks.RULES,
}


class Located(NamedTuple):
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


def _column(lines: list[str], line: int) -> int:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return len(text) - len(text.lstrip()) + 1


def _ack_key(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p) for p in path)


def validate_file(path: FilePath) -> tuple[list[Located], bool]:
    """Findings of one file, sorted by line; the flag is False when it could not be read at all."""
    name = str(path)
    try:
        text = read_text(path)
    except DataError as e:
        rule = "encoding" if "UTF-8" in e.detail else "unreadable"
        return [Located(name, e.line or 1, 1, rule, ERROR, e.detail)], rule == "encoding"
    return validate_text(text, name), True


def validate_text(text: str, name: str) -> list[Located]:
    """Findings of a file's text (``htx add`` checks the file as it would be written)."""
    try:
        doc = parse_text(text, name)
    except DataError as e:
        return [Located(name, e.line or 1, e.column or 1, "syntax", ERROR, e.detail)]
    lines = text.split("\n")
    index: list[LineIndex] = []  # built on the first finding: a clean file never pays for it
    out: list[Located] = []

    def locate(
        f: Finding,
        report: dict[str, Any] | None = None,
        acked: dict[tuple[str, str], str] | None = None,
        prefix: tuple[str | int, ...] = (),
    ) -> Located:
        if not index:
            index.append(LineIndex(text))
        line = index[0].line(prefix + f.path)
        province = report.get("province") if report else None
        period = report.get("period") if report else None
        reason = (acked or {}).get((f.rule, _ack_key(f.path)))
        return Located(
            name,
            line,
            _column(lines, line),
            f.rule,
            f.severity,
            f.message,
            province if isinstance(province, str) else None,
            period if isinstance(period, str) else None,
            reason is not None,
            reason,
        )

    structural = check_document(doc)
    reports = doc.get("report", []) if isinstance(doc.get("report"), list) else []
    bad = {f.path[1] for f in structural if f.severity == ERROR and len(f.path) > 1 and f.path[0] == "report"}
    out += [locate(f, _report_at(reports, f.path)) for f in structural]
    for i, raw in enumerate(reports):
        if i in bad or not isinstance(raw, dict):
            continue
        prefix = ("report", i)
        r = build_report(raw)
        acked = {(a.rule, a.key): a.reason for a in r.acknowledged}
        found = checks.check(r)
        out += [locate(f, raw, acked, prefix) for f in found]
        seen = {(f.rule, _ack_key(f.path)) for f in found}
        for n, a in enumerate(r.acknowledged):
            if (a.rule, a.key) not in seen:
                f = Finding(
                    "stale-acknowledgement",
                    WARNING,
                    f"nothing to acknowledge: no {a.rule} finding at {a.key}; remove it",
                    ("acknowledge", n),
                )
                out.append(locate(f, raw, None, prefix))
    return sorted(out, key=lambda f: (f.line, f.column, f.rule))


def _report_at(reports: list[Any], path: tuple[str | int, ...]) -> dict[str, Any] | None:
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
            found, read = (
                [Located(str(path), 1, 1, "internal", ERROR, f"htx failed: {type(e).__name__}: {e}")],
                False,
            )
        out += found
        all_read &= read
    return out, all_read


def exit_code(findings: list[Located], all_read: bool, strict: bool) -> int:
    if not all_read:
        return 2
    failing = [f for f in findings if not f.acknowledged and (f.severity == ERROR or strict)]
    return 1 if failing else 0
