"""Structural checks of a parsed data file, driven by the tables in ``spec``.

Returns findings instead of raising, so ``htx validate`` lists them all and the loader
reports the first. A typo in a key is an error that names the nearest known key: a figure
must never be dropped silently.
"""

import math
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any, NamedTuple

from . import spec
from .lineindex import KeyPath
from .periods import parse_period

ERROR, WARNING = "error", "warning"
_PERCENT = spec.Key("percent", "a percentage as printed", integer=False)
_AMOUNT = spec.Key("amount", "a planned or actual amount", integer=False)


class Finding(NamedTuple):
    rule: str
    severity: str
    message: str
    path: KeyPath = ()


def _unknown(table: dict[str, Any], allowed: Iterable[str], path: KeyPath, what: str) -> Iterator[Finding]:
    allowed = list(allowed)
    for key in table:
        if key not in allowed:
            import difflib  # only when there is a finding to word

            near = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else f"; known keys: {', '.join(allowed)}"
            yield Finding("unknown-key", ERROR, f"unknown key {key!r} in {what}{hint}", path + (key,))


def _number(value: Any, key: spec.Key | None, path: KeyPath, name: str) -> Iterator[Finding]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield Finding("wrong-type", ERROR, f"{name} must be a number, not {_type(value)}", path)
    elif isinstance(value, float) and not math.isfinite(value):
        yield Finding("not-finite", ERROR, f"{name} is {value}; write the figure the report gives", path)
    elif key is not None and key.integer and not isinstance(value, int):
        yield Finding("wrong-type", ERROR, f"{name} is a whole number ({key.unit}), not {value!r}", path)
    elif value < 0 and (key is None or key.unit != "percent"):
        yield Finding("negative", ERROR, f"{name} is negative ({value}); counts and money are >= 0", path)


def _type(value: Any) -> str:
    return {bool: "a boolean", str: "a string", dict: "a table", list: "an array"}.get(
        type(value), type(value).__name__
    )


def _choice(value: Any, choices: Iterable[str], path: KeyPath, name: str) -> Iterator[Finding]:
    choices = list(choices)
    if value not in choices:
        yield Finding("bad-value", ERROR, f"{name} is {value!r}; use one of: {', '.join(choices)}", path)


def _text(value: Any, path: KeyPath, name: str) -> Iterator[Finding]:
    if not isinstance(value, str):
        yield Finding("wrong-type", ERROR, f"{name} must be a string, not {_type(value)}", path)


def check_figure(value: Any, key: spec.Key, path: KeyPath) -> Iterator[Finding]:
    name = str(path[-1])
    if not isinstance(value, dict):
        if key.needs_per:
            yield Finding(
                "missing-key",
                ERROR,
                f'{name} needs its time unit: {name} = {{ value = ..., per = "month" }}',
                path,
            )
        yield from _number(value, key, path, name)
        return
    yield from _unknown(value, spec.FIGURE_TABLE_KEYS, path, name)
    if "value" not in value:
        yield Finding("missing-key", ERROR, f"{name} has no value", path)
    else:
        yield from _number(value["value"], key, path + ("value",), name)
    if "qualifier" in value:
        yield from _choice(value["qualifier"], spec.QUALIFIERS, path + ("qualifier",), "qualifier")
    if "per" in value:
        yield from _choice(value["per"], spec.TIME_UNITS, path + ("per",), "per")
    elif key.needs_per:
        yield Finding("missing-key", ERROR, f'{name} needs per = "month" or "year"', path)
    if "yoy_pct" in value:
        yield from _number(value["yoy_pct"], _PERCENT, path + ("yoy_pct",), "yoy_pct")
    if "with_credit_funds" in value and not isinstance(value["with_credit_funds"], bool):
        yield Finding("wrong-type", ERROR, "with_credit_funds must be true or false", path)
    if "note" in value:
        yield from _text(value["note"], path + ("note",), "note")


def _figures(
    table: Any, keys: dict[str, spec.Key], path: KeyPath, what: str, extra: Iterable[str] = ()
) -> Iterator[Finding]:
    if not isinstance(table, dict):
        yield Finding("wrong-type", ERROR, f"{what} must be a table, not {_type(table)}", path)
        return
    yield from _unknown(table, [*keys, *extra], path, what)
    for name, value in table.items():
        if name in keys:
            yield from check_figure(value, keys[name], path + (name,))
        elif name == "note":
            yield from _text(value, path + (name,), name)


def _org(table: Any, kind: str, path: KeyPath) -> Iterator[Finding]:
    yield from _figures(table, spec.ORG_FIGURES, path, f"[{kind}]", spec.ORG_EXTRA_KEYS)
    if not isinstance(table, dict):
        return
    for sub in ("by_sector", "members_by_sector"):
        if sub in table:
            yield from _figures(table[sub], spec.SECTORS, path + (sub,), sub)
    if "includes_credit_funds" in table and not isinstance(table["includes_credit_funds"], bool):
        yield Finding(
            "wrong-type",
            ERROR,
            "includes_credit_funds must be true or false",
            path + ("includes_credit_funds",),
        )
    if "ratings" in table:
        ratings = table["ratings"]
        yield from _figures(ratings, spec.RATING_FIGURES, path + ("ratings",), "ratings", ("base", "note"))
        if isinstance(ratings, dict) and "base" in ratings:
            yield from _choice(ratings["base"], spec.RATING_BASES, path + ("ratings", "base"), "base")


def _date(value: Any, path: KeyPath, name: str) -> Iterator[Finding]:
    if isinstance(value, datetime) or not isinstance(value, date):
        yield Finding("wrong-type", ERROR, f"{name} must be a TOML date such as 2024-07-23", path)


def _source(source: Any, path: KeyPath, period_end: date | None) -> Iterator[Finding]:
    if not isinstance(source, dict):
        yield Finding(
            "missing-source",
            ERROR,
            "the report names no source: add [report.source] with publisher and title",
            path,
        )
        return
    yield from _unknown(source, spec.SOURCE_KEYS, path, "[source]")
    for key in spec.SOURCE_REQUIRED:
        if key not in source:
            yield Finding("missing-source", ERROR, f"the source has no {key}", path)
    for key, value in source.items():
        if key in ("published", "meeting"):
            yield from _date(value, path + (key,), key)
        elif key in spec.SOURCE_KEYS:
            yield from _text(value, path + (key,), key)
    published, meeting = source.get("published"), source.get("meeting")
    dated = [
        (k, v)
        for k, v in (("meeting", meeting), ("published", published))
        if isinstance(v, date) and not isinstance(v, datetime)
    ]
    for key, day in dated:
        if period_end and day < period_end:
            yield Finding(
                "date-order",
                ERROR,
                f"{key} date {day} is before the period ends ({period_end})",
                path + (key,),
            )
    if len(dated) == 2 and dated[1][1] < dated[0][1]:
        yield Finding(
            "date-order",
            ERROR,
            f"published {published} is before the meeting {meeting}",
            path + ("published",),
        )


def _target(t: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(t, dict):
        yield Finding("wrong-type", ERROR, f"a target must be a table, not {_type(t)}", path)
        return
    yield from _unknown(t, spec.TARGET_KEYS, path, "target")
    if "target" not in t:
        yield Finding("missing-key", ERROR, "the target does not say what it is for (target = ...)", path)
    else:
        yield from _choice(t["target"], spec.TARGETS, path + ("target",), "target")
    if "period" in t:
        yield from _period(t["period"], path + ("period",))
    plan = t.get("plan")
    if isinstance(plan, list):
        if len(plan) != 2:
            yield Finding("wrong-type", ERROR, "a planned range is [low, high]", path + ("plan",))
        else:
            for end in plan:
                yield from _number(end, _AMOUNT, path + ("plan",), "plan")
            if (
                all(isinstance(e, int | float) and not isinstance(e, bool) for e in plan)
                and plan[0] > plan[1]
            ):
                yield Finding(
                    "bad-value", ERROR, f"the planned range {plan} runs backwards", path + ("plan",)
                )
    elif plan is not None:
        yield from _number(plan, _AMOUNT, path + ("plan",), "plan")
    if "plan_qualifier" in t:
        yield from _choice(t["plan_qualifier"], spec.QUALIFIERS, path + ("plan_qualifier",), "plan_qualifier")
    if "actual" in t:
        yield from check_figure(t["actual"], _AMOUNT, path + ("actual",))
    if "stated_pct" in t:
        yield from _number(t["stated_pct"], _PERCENT, path + ("stated_pct",), "stated_pct")
    if plan is None and "stated_pct" not in t:
        yield Finding("missing-key", ERROR, "a target needs a plan or a stated_pct", path)


def _period(value: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(value, str):
        yield Finding(
            "bad-period", ERROR, f'period must be a string such as "2024-H1", not {_type(value)}', path
        )
        return
    try:
        parse_period(value)
    except ValueError as e:
        yield Finding("bad-period", ERROR, str(e), path)


def _metric_table(table: Any, path: KeyPath, what: str) -> Iterator[Finding]:
    from .metrics import CATALOGUE

    if not isinstance(table, dict):
        yield Finding("wrong-type", ERROR, f"[{what}] must be a table of metric ids", path)
        return
    yield from _unknown(table, CATALOGUE, path, f"[{what}] (keys are metric ids, see htx metrics)")
    for key, value in table.items():
        yield from _number(value, _PERCENT, path + (key,), key)


def _acknowledge(acks: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(acks, list):
        yield Finding("wrong-type", ERROR, "acknowledge is an array: use [[report.acknowledge]]", path)
        return
    for n, ack in enumerate(acks):
        here = path + (n,)
        if not isinstance(ack, dict):
            yield Finding("wrong-type", ERROR, "an acknowledgement is a table", here)
            continue
        yield from _unknown(ack, spec.ACK_KEYS, here, "acknowledge")
        for key in spec.ACK_KEYS:
            if not isinstance(ack.get(key), str) or not ack.get(key):
                yield Finding("missing-key", ERROR, f'the acknowledgement needs {key} = "..."', here)


def check_report(rep: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(rep, dict):
        yield Finding("wrong-type", ERROR, "each report is a [[report]] table", path)
        return
    yield from _unknown(rep, spec.REPORT_KEYS, path, "[[report]]")
    for key in ("province", "period", "source"):
        if key not in rep:
            rule = "missing-source" if key == "source" else "missing-key"
            yield Finding(rule, ERROR, f"the report has no {key}", path)
    province = rep.get("province")
    if "province" in rep:
        yield from _text(province, path + ("province",), "province")
    if isinstance(province, str) and unicodedata.normalize("NFC", province) != province:
        yield Finding(
            "not-nfc",
            ERROR,
            f"province {province!r} is not in NFC; re-type it or normalise the file",
            path + ("province",),
        )
    end = None
    if "period" in rep:
        bad = list(_period(rep["period"], path + ("period",)))
        yield from bad
        end = None if bad else parse_period(rep["period"]).end
    if "status" in rep:
        yield from _choice(rep["status"], spec.STATUSES, path + ("status",), "status")
    if "source" in rep:
        yield from _source(rep["source"], path + ("source",), end)
    for kind in spec.ORG_KINDS:
        if kind in rep:
            yield from _org(rep[kind], kind, path + (kind,))
    for block, keys in (("programmes", spec.PROGRAMME_FIGURES), ("support", spec.SUPPORT_FIGURES)):
        if block in rep:
            yield from _figures(rep[block], keys, path + (block,), f"[{block}]", ("note",))
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
    if "note" in rep:
        yield from _text(rep["note"], path + ("note",), "note")


def check_document(doc: dict[str, Any]) -> list[Finding]:
    """Every structural finding in a parsed file, in document order."""
    out = list(_unknown(doc, ("schema_version", "report"), (), "the file"))
    if "schema_version" in doc and doc["schema_version"] != spec.SCHEMA_VERSION:
        out.append(
            Finding(
                "bad-value",
                ERROR,
                f"schema_version {doc['schema_version']!r} is not "
                f"{spec.SCHEMA_VERSION}, the version this htx reads",
                ("schema_version",),
            )
        )
    reports = doc.get("report", [])
    if not isinstance(reports, list):
        return [*out, Finding("wrong-type", ERROR, "reports are written as [[report]] blocks", ("report",))]
    seen: dict[tuple[str, str], int] = {}
    for i, rep in enumerate(reports):
        out.extend(check_report(rep, ("report", i)))
        if (
            isinstance(rep, dict)
            and isinstance(rep.get("province"), str)
            and isinstance(rep.get("period"), str)
        ):
            key = (unicodedata.normalize("NFC", rep["province"]), rep["period"])
            if key in seen:
                out.append(
                    Finding(
                        "duplicate-report",
                        ERROR,
                        f"{key[0]} {key[1]} is already reported in block {seen[key] + 1}; "
                        "keep one block per province and period",
                        ("report", i, "period"),
                    )
                )
            seen.setdefault(key, i)
    return out
