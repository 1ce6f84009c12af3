"""Checks of the tables inside a report block: organisations, the source and its dates,
targets, stated values, acknowledgements."""

from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..model import vocabulary as spec
from ..model.periods import month_end
from . import KeyPath
from . import figures as f
from . import values as v
from .values import AMOUNT, ERROR, PERCENT, SIGNED_VALUE, VALUE, Finding

if TYPE_CHECKING:
    from ..metrics import Metric

# Known keys as sets: a table whose keys are all known (the common case) is told so by one
# set comparison in C, without v.unknown's lists and sets (as figures.py does for figures).
_TARGET_KEYS, _ACK_KEYS = frozenset(spec.TARGET_KEYS), frozenset(spec.ACK_KEYS)


def org(table: Any, kind: str, path: KeyPath, version: int) -> Iterator[Finding]:
    # a version-1 file's [sectors] is said once, below, as new in version 2 (not also unknown)
    yield from f.figures(table, spec.ORG_FIGURES, path, f"[{kind}]", spec.ORG_EXTRA_KEYS, version)
    if not isinstance(table, dict):
        return
    if version < 2 and "sectors" in table:
        yield from v.unknown({"sectors": 0}, (), path, f"[{kind}]", ("sectors",))
    for sub in ("by_sector", "members_by_sector"):
        if sub in table:
            yield from f.figures(table[sub], spec.SECTORS, path + (sub,), sub, (), version)
    if "sectors" in table and version >= 2:
        yield from f.sectors(table["sectors"], path + ("sectors",))
    if "includes_credit_funds" in table:
        where = path + ("includes_credit_funds",)
        yield from v.flag(table["includes_credit_funds"], where, "includes_credit_funds")
    if "ratings" in table:
        ratings = table["ratings"]
        where = path + ("ratings",)
        yield from f.figures(ratings, spec.RATING_FIGURES, where, "ratings", spec.RATING_EXTRA_KEYS, version)
        bases = spec.RATING_BASES if version >= 2 else spec.RATING_BASES[:2]
        if isinstance(ratings, dict) and "base" in ratings:
            yield from v.choice(ratings["base"], bases, where + ("base",), "base")


def latest_day(value: Any) -> date | None:
    """The last day a source date may mean: the date, or a "YYYY-MM" month's last day."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    month = v.a_month(value)  # "2024-13" is a_date's error to report, not a day
    return month_end(*month) if month else None


def _dates_in_order(source: dict[str, Any], path: KeyPath, period_end: date | None) -> Iterator[Finding]:
    """An actual report is given and published after the period it covers; an estimate or a
    plan may come before its period ends. A report is published after its meeting."""
    dated = [(k, latest_day(source.get(k))) for k in ("meeting", "published")]
    dated = [(k, d) for k, d in dated if d is not None]
    for key, day in dated:
        if period_end and day < period_end:
            message = f"{key} date {source[key]} is before the period ends ({period_end}); "
            message += 'an estimate published before then is status = "estimated"'
            yield Finding("date-order", ERROR, message, path + (key,))
    if len(dated) == 2 and dated[1][1] < dated[0][1]:
        message = f"published {source['published']} is before the meeting {source['meeting']}"
        yield Finding("date-order", ERROR, message, path + ("published",))


def source(table: Any, path: KeyPath, period_end: date | None, version: int) -> Iterator[Finding]:
    """The source; ``period_end`` is None where an early publication is allowed."""
    if not isinstance(table, dict):
        message = "the report names no source: add [report.source] with publisher and title"
        yield Finding("missing-source", ERROR, message, path)
        return
    if not table.keys() <= spec.SOURCE_KEYS.keys():  # a set comparison in C, for the common case
        yield from v.unknown(table, spec.SOURCE_KEYS, path, "[source]")
    for key in spec.SOURCE_REQUIRED:
        if key not in table or (isinstance(table[key], str) and not table[key].strip()):
            yield Finding("missing-source", ERROR, f"the source has no {key}", path)
    for key, value in table.items():
        if key in ("published", "meeting"):
            yield from v.a_date(value, path + (key,), key, month_ok=version >= 2)
        elif key in spec.SOURCE_KEYS:
            yield from v.text(value, path + (key,), key)
    yield from _dates_in_order(table, path, period_end)


def _plan(plan: Any, path: KeyPath) -> Iterator[Finding]:
    """A planned number, or a range [low, high]."""
    if isinstance(plan, list) and len(plan) != 2:
        yield Finding("wrong-type", ERROR, "a planned range is [low, high]", path)
        return
    if isinstance(plan, list):
        for end in plan:
            yield from v.number(end, AMOUNT, path, "plan")
        if all(isinstance(e, int | float) and not isinstance(e, bool) for e in plan) and plan[0] > plan[1]:
            yield Finding("bad-value", ERROR, f"the planned range {plan} runs backwards", path)
        return
    yield from v.number(plan, AMOUNT, path, "plan")


def target_ids(version: int) -> list[str]:
    """What a target may be set for, as the error message lists it."""
    return list(spec.TARGETS) + (
        ["a figure path such as cooperatives.total", "a metric id"] if version >= 2 else []
    )


def _known_target(name: Any, version: int) -> bool:
    if not isinstance(name, str):  # an array or a table is no id (and cannot be looked up)
        return False
    if name in spec.TARGETS:
        return True
    if version < 2:
        return False
    from ..metrics import CATALOGUE

    parts = name.split(".")
    if name in CATALOGUE:
        return True
    if parts[0] in ("programmes", "support"):
        return len(parts) == 2 and parts[1] in spec.BLOCK_FIGURES[parts[0]]
    if parts[0] not in spec.ORG_KINDS:
        return False
    if len(parts) == 4 and parts[1] == "sectors":
        return parts[2] in spec.SECTORS and parts[3] in spec.ORG_FIGURES
    return len(parts) == 2 and parts[1] in spec.ORG_FIGURES


def target(t: Any, path: KeyPath, version: int) -> Iterator[Finding]:
    if not isinstance(t, dict):
        yield Finding("wrong-type", ERROR, f"a target must be a table, not {v.type_name(t)}", path)
        return
    if not t.keys() <= _TARGET_KEYS:
        yield from v.unknown(t, spec.TARGET_KEYS, path, "target")
    if "target" not in t:
        yield Finding("missing-key", ERROR, "the target does not say what it is for (target = ...)", path)
    elif not _known_target(t["target"], version):
        message = f"target is {t['target']!r}; use one of: {', '.join(target_ids(version))}"
        yield Finding("bad-value", ERROR, message, path + ("target",))
    if "period" in t:
        yield from v.period(t["period"], path + ("period",))
    if "plan" in t:
        yield from _plan(t["plan"], path + ("plan",))
    if "plan_qualifier" in t:
        qualifiers = spec.QUALIFIERS if version >= 2 else spec.QUALIFIERS_V1
        yield from v.choice(t["plan_qualifier"], qualifiers, path + ("plan_qualifier",), "plan_qualifier")
    if "actual" in t:
        yield from f.figure(t["actual"], AMOUNT, path + ("actual",), version)
    if "stated_pct" in t:
        yield from v.number(t["stated_pct"], PERCENT, path + ("stated_pct",), "stated_pct")
    if "note" in t:
        yield from v.text(t["note"], path + ("note",), "note")
    if t.get("plan") is None and "stated_pct" not in t:
        yield Finding("missing-key", ERROR, "a target needs a plan or a stated_pct", path)


def metric_table(table: Any, path: KeyPath, what: str) -> Iterator[Finding]:
    from ..metrics import CATALOGUE

    if not isinstance(table, dict):
        yield Finding("wrong-type", ERROR, f"[{what}] must be a table of metric ids", path)
        return
    if not table.keys() <= CATALOGUE.keys():
        yield from v.unknown(table, CATALOGUE, path, f"[{what}] (keys are metric ids, see htx metrics)")
    for key, value in table.items():
        metric = CATALOGUE[key][0] if key in CATALOGUE else None
        yield from v.number(value, stated_key(metric) if metric else PERCENT, path + (key,), key)


def stated_key(metric: "Metric") -> spec.Key:
    """What [stated] and [start] hold for a metric: a share's or an attainment's printed
    percentage; an average or a count in the metric's unit, below zero only where it can be."""
    if metric.unit == "fraction":
        return PERCENT
    return SIGNED_VALUE if metric.signed else VALUE


def acknowledge(acks: Any, path: KeyPath) -> Iterator[Finding]:
    if not isinstance(acks, list):
        yield Finding("wrong-type", ERROR, "acknowledge is an array: use [[report.acknowledge]]", path)
        return
    for n, ack in enumerate(acks):
        here = path + (n,)
        if not isinstance(ack, dict):
            yield Finding("wrong-type", ERROR, "an acknowledgement is a table", here)
            continue
        if not ack.keys() <= _ACK_KEYS:
            yield from v.unknown(ack, spec.ACK_KEYS, here, "acknowledge")
        for key in spec.ACK_KEYS:
            if not isinstance(ack.get(key), str) or not ack.get(key):
                yield Finding("missing-key", ERROR, f'the acknowledgement needs {key} = "..."', here)
