"""Structural checks of a parsed data file, driven by the vocabulary's tables.

Returns findings instead of raising, so ``htx validate`` lists them all and the loader
reports the first. A typo in a key is an error that names the nearest known key: a figure
must never be dropped silently.
"""

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from ..model import vocabulary as spec
from ..model.periods import parse_period
from . import KeyPath
from . import values as v
from .values import AMOUNT, ERROR, PERCENT, Finding

#: The rules these checks apply: id -> why the rule exists.
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
}


def _org(table: Any, kind: str, path: KeyPath) -> Iterator[Finding]:
    yield from v.figures(table, spec.ORG_FIGURES, path, f"[{kind}]", spec.ORG_EXTRA_KEYS)
    if not isinstance(table, dict):
        return
    for sub in ("by_sector", "members_by_sector"):
        if sub in table:
            yield from v.figures(table[sub], spec.SECTORS, path + (sub,), sub)
    if "includes_credit_funds" in table:
        where = path + ("includes_credit_funds",)
        yield from v.flag(table["includes_credit_funds"], where, "includes_credit_funds")
    if "ratings" in table:
        ratings = table["ratings"]
        yield from v.figures(ratings, spec.RATING_FIGURES, path + ("ratings",), "ratings", ("base", "note"))
        if isinstance(ratings, dict) and "base" in ratings:
            yield from v.choice(ratings["base"], spec.RATING_BASES, path + ("ratings", "base"), "base")


def _dates_in_order(source: dict[str, Any], path: KeyPath, period_end: date | None) -> Iterator[Finding]:
    """A report is given and published after the period it covers, and published after the meeting."""
    dated = [
        (k, source[k])
        for k in ("meeting", "published")
        if isinstance(source.get(k), date) and not isinstance(source.get(k), datetime)
    ]
    for key, day in dated:
        if period_end and day < period_end:
            message = f"{key} date {day} is before the period ends ({period_end})"
            yield Finding("date-order", ERROR, message, path + (key,))
    if len(dated) == 2 and dated[1][1] < dated[0][1]:
        message = f"published {source['published']} is before the meeting {source['meeting']}"
        yield Finding("date-order", ERROR, message, path + ("published",))


def _source(source: Any, path: KeyPath, period_end: date | None) -> Iterator[Finding]:
    if not isinstance(source, dict):
        message = "the report names no source: add [report.source] with publisher and title"
        yield Finding("missing-source", ERROR, message, path)
        return
    yield from v.unknown(source, spec.SOURCE_KEYS, path, "[source]")
    for key in spec.SOURCE_REQUIRED:
        if key not in source:
            yield Finding("missing-source", ERROR, f"the source has no {key}", path)
    for key, value in source.items():
        if key in ("published", "meeting"):
            yield from v.a_date(value, path + (key,), key)
        elif key in spec.SOURCE_KEYS:
            yield from v.text(value, path + (key,), key)
    yield from _dates_in_order(source, path, period_end)


def _plan(plan: Any, path: KeyPath) -> Iterator[Finding]:
    """A planned number, or a range [low, high]."""
    if not isinstance(plan, list):
        yield from v.number(plan, AMOUNT, path, "plan")
        return
    if len(plan) != 2:
        yield Finding("wrong-type", ERROR, "a planned range is [low, high]", path)
        return
    for end in plan:
        yield from v.number(end, AMOUNT, path, "plan")
    if all(isinstance(e, int | float) and not isinstance(e, bool) for e in plan) and plan[0] > plan[1]:
        yield Finding("bad-value", ERROR, f"the planned range {plan} runs backwards", path)


def _target(t: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(t, dict):
        yield Finding("wrong-type", ERROR, f"a target must be a table, not {v.type_name(t)}", path)
        return
    yield from v.unknown(t, spec.TARGET_KEYS, path, "target")
    if "target" not in t:
        yield Finding("missing-key", ERROR, "the target does not say what it is for (target = ...)", path)
    else:
        yield from v.choice(t["target"], spec.TARGETS, path + ("target",), "target")
    if "period" in t:
        yield from v.period(t["period"], path + ("period",))
    if "plan" in t:
        yield from _plan(t["plan"], path + ("plan",))
    if "plan_qualifier" in t:
        yield from v.choice(
            t["plan_qualifier"], spec.QUALIFIERS, path + ("plan_qualifier",), "plan_qualifier"
        )
    if "actual" in t:
        yield from v.figure(t["actual"], AMOUNT, path + ("actual",))
    if "stated_pct" in t:
        yield from v.number(t["stated_pct"], PERCENT, path + ("stated_pct",), "stated_pct")
    if t.get("plan") is None and "stated_pct" not in t:
        yield Finding("missing-key", ERROR, "a target needs a plan or a stated_pct", path)


def _metric_table(table: Any, path: KeyPath, what: str) -> Iterator[Finding]:
    from ..metrics import CATALOGUE

    if not isinstance(table, dict):
        yield Finding("wrong-type", ERROR, f"[{what}] must be a table of metric ids", path)
        return
    yield from v.unknown(table, CATALOGUE, path, f"[{what}] (keys are metric ids, see htx metrics)")
    for key, value in table.items():
        yield from v.number(value, PERCENT, path + (key,), key)


def _acknowledge(acks: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(acks, list):
        yield Finding("wrong-type", ERROR, "acknowledge is an array: use [[report.acknowledge]]", path)
        return
    for n, ack in enumerate(acks):
        here = path + (n,)
        if not isinstance(ack, dict):
            yield Finding("wrong-type", ERROR, "an acknowledgement is a table", here)
            continue
        yield from v.unknown(ack, spec.ACK_KEYS, here, "acknowledge")
        for key in spec.ACK_KEYS:
            if not isinstance(ack.get(key), str) or not ack.get(key):
                yield Finding("missing-key", ERROR, f'the acknowledgement needs {key} = "..."', here)


def _identity(rep: dict[str, Any], path: KeyPath) -> Iterator[Finding]:
    """Province, period and source are required; the province name is NFC text."""
    for key in ("province", "period", "source"):
        if key not in rep:
            rule = "missing-source" if key == "source" else "missing-key"
            yield Finding(rule, ERROR, f"the report has no {key}", path)
    province = rep.get("province")
    if "province" in rep:
        yield from v.text(province, path + ("province",), "province")
    if isinstance(province, str) and unicodedata.normalize("NFC", province) != province:
        message = f"province {province!r} is not in NFC; re-type it or normalise the file"
        yield Finding("not-nfc", ERROR, message, path + ("province",))


def _blocks(rep: dict[str, Any], path: KeyPath) -> Iterator[Finding]:
    """The report's tables of figures, targets, stated values and acknowledgements."""
    for kind in spec.ORG_KINDS:
        if kind in rep:
            yield from _org(rep[kind], kind, path + (kind,))
    for block in ("programmes", "support"):
        if block in rep:
            yield from v.figures(
                rep[block], spec.BLOCK_FIGURES[block], path + (block,), f"[{block}]", ("note",)
            )
    targets = rep.get("targets", [])
    if not isinstance(targets, list):
        yield Finding("wrong-type", ERROR, "targets is an array: use [[report.targets]]", path + ("targets",))
    else:
        for n, t in enumerate(targets):
            yield from _target(t, path + ("targets", n))
    for block in ("stated", "start"):
        if block in rep:
            yield from _metric_table(rep[block], path + (block,), block)
    if "acknowledge" in rep:
        yield from _acknowledge(rep["acknowledge"], path + ("acknowledge",))


def check_report(rep: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(rep, dict):
        yield Finding("wrong-type", ERROR, "each report is a [[report]] table", path)
        return
    yield from v.unknown(rep, spec.REPORT_KEYS, path, "[[report]]")
    yield from _identity(rep, path)
    end = None
    if "period" in rep:
        bad = list(v.period(rep["period"], path + ("period",)))
        yield from bad
        end = None if bad else parse_period(rep["period"]).end
    if "status" in rep:
        yield from v.choice(rep["status"], spec.STATUSES, path + ("status",), "status")
    if "source" in rep:
        yield from _source(rep["source"], path + ("source",), end)
    yield from _blocks(rep, path)
    if "note" in rep:
        yield from v.text(rep["note"], path + ("note",), "note")


def _duplicate(rep: Any, i: int, seen: dict[tuple[str, str], int]) -> Iterator[Finding]:
    """One block per province and period: ``seen`` maps each to its first block."""
    if not (
        isinstance(rep, dict) and isinstance(rep.get("province"), str) and isinstance(rep.get("period"), str)
    ):
        return
    key = (unicodedata.normalize("NFC", rep["province"]), rep["period"])
    if key in seen:
        first = seen[key] + 1
        message = (
            f"{key[0]} {key[1]} is already reported in block {first}; keep one block per province and period"
        )
        yield Finding("duplicate-report", ERROR, message, ("report", i, "period"))
    seen.setdefault(key, i)


def check_document(doc: dict[str, Any]) -> list[Finding]:
    """Every structural finding in a parsed file, in document order."""
    out = list(v.unknown(doc, ("schema_version", "report"), (), "the file"))
    if "schema_version" in doc and doc["schema_version"] != spec.SCHEMA_VERSION:
        given = doc["schema_version"]
        message = f"schema_version {given!r} is not {spec.SCHEMA_VERSION}, the version this htx reads"
        out.append(Finding("bad-value", ERROR, message, ("schema_version",)))
    reports = doc.get("report", [])
    if not isinstance(reports, list):
        return [*out, Finding("wrong-type", ERROR, "reports are written as [[report]] blocks", ("report",))]
    seen: dict[tuple[str, str], int] = {}
    for i, rep in enumerate(reports):
        out.extend(check_report(rep, ("report", i)))
        out.extend(_duplicate(rep, i, seen))
    return out
