"""Structural checks of a parsed data file, driven by the vocabulary's tables.

Returns findings instead of raising, so ``htx validate`` lists them all and the loader
reports the first. A typo in a key is an error that names the nearest known key: a figure
must never be dropped silently. A file says which version of the format it is written in
(``schema_version``, 1 or 2; none means the latest): keys of version 2 in a version 1 file
are errors that say so.
"""

import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..model import vocabulary as spec
from ..model.names import canonical, official, split_old
from ..model.periods import parse_period
from . import KeyPath
from . import blocks as b
from . import values as v
from .values import ERROR, WARNING, Finding

#: The rules these checks apply: id -> why the rule exists.
RULES = {
    "syntax": "the file must be valid TOML",
    "encoding": "the file must be UTF-8",
    "unreadable": "the file must exist and be readable",
    "unknown-key": "a key htx does not know would drop a figure silently",
    "wrong-type": "counts are whole numbers, money integers, flags booleans",
    "not-finite": "nan and inf are not figures",
    "negative": "counts and money cannot be negative (a profit can: it is a loss)",
    "missing-key": "a report needs its place and period; a figure its value",
    "missing-source": "every report names its source: publisher and title",
    "bad-value": "a value outside its list (status, qualifier, per, base, target, region) or its range",
    "bad-period": "a period is YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM/YYYY-MM, YYYY-MM-DD or YYYY-MM",
    "date-order": "an actual report is published after the period it covers",
    "duplicate-report": "one block per place, period and source",
    "not-nfc": "names are NFC, so that names compare equal",
    "place-spelling": "a place written another way than htx knows it is the same place: say which",
    "unknown-place": "a province htx does not know is most often a typo",
}


def _place(rep: dict[str, Any], path: KeyPath, version: int, suggest: bool = True) -> Iterator[Finding]:
    """Exactly one of province, region, country; a known, NFC, non-blank name."""
    given = [k for k in spec.PLACE_KEYS if k in rep]
    if not given:
        yield Finding("missing-key", ERROR, "the report has no province (or region, or country)", path)
        return
    if len(given) > 1:
        message = f"the report names {' and '.join(given)}: a report is about one place"
        yield Finding("bad-value", ERROR, message, path + (given[1],))
        return
    scope = given[0]
    name = rep[scope]
    where = path + (scope,)
    yield from v.text(name, where, scope)
    if not isinstance(name, str):
        return
    if not name.strip():
        yield Finding(
            "missing-key", ERROR, f"the {scope} is blank: write its name as the report prints it", where
        )
    elif unicodedata.normalize("NFC", name) != name:
        message = f"{scope} {name!r} is not in NFC; re-type it or normalise the file"
        yield Finding("not-nfc", ERROR, message, where)
    else:
        yield from _known_place(scope, name, where, suggest)


def _known_place(scope: str, name: str, where: KeyPath, suggest: bool) -> Iterator[Finding]:
    said = _place_words(scope, name, suggest)
    if said:
        yield Finding(*said, where)


@cache
def _place_words(scope: str, name: str, suggest: bool = True) -> tuple[str, str, str] | None:
    """What validate says of a place name (once per name: the suggestions take difflib, ~1 ms a
    name, so a loader that prints no warning asks for none: ``suggest``)."""
    known = canonical(scope, name)
    if scope == "region" and known not in {r.name for r in spec.REGIONS.values()}:
        regions = ", ".join(r.name for r in spec.REGIONS.values())
        return "bad-value", ERROR, f"region {name!r} is not one of the six regions: {regions}"
    if scope == "country" and known != spec.COUNTRY.name:
        return "bad-value", ERROR, f'country is {name!r}; write country = "{spec.COUNTRY.name}"'
    if scope == "province" and official(name) is None:
        message = f"province {name!r} is none of the 63 provinces before 2025 or the 34 since"
        if not suggest:
            return "unknown-place", WARNING, message
        from ..model.suggest import close_matches, did_you_mean

        near = did_you_mean(close_matches(name, _known_names(), n=3, cutoff=0.5))
        return "unknown-place", WARNING, message + (f"; {near}" if near else "")
    if known.removesuffix(spec.OLD_SUFFIX) != split_old(name)[0]:
        return "place-spelling", WARNING, f"{name!r} is written {known!r} by htx: the same place"
    return None


@cache
def _known_names() -> tuple[str, ...]:
    """The names an unknown place is held against, sorted once a run: sorting them for every
    unknown place was half the cost of its suggestion (a file of new names has thousands)."""
    from ..model.names import known_names

    return tuple(known_names([]))


#: The keys a report block may hold before schema_version 2 (False) and since (True).
_REPORT_KEYS = {
    False: frozenset(spec.REPORT_KEYS) - frozenset(spec.REPORT_KEYS_V2),
    True: frozenset(spec.REPORT_KEYS),
}


def check_report(
    rep: Any, path: KeyPath, version: int = spec.SCHEMA_VERSION, suggest: bool = True
) -> Iterator[Finding]:
    if not isinstance(rep, dict):
        yield Finding("wrong-type", ERROR, "each report is a [[report]] table", path)
        return
    newer = spec.REPORT_KEYS_V2 if version < 2 else ()
    if not rep.keys() <= _REPORT_KEYS[version >= 2]:  # one set comparison in C, for the common case
        yield from v.unknown(rep, [k for k in spec.REPORT_KEYS if k not in newer], path, "[[report]]", newer)
    yield from _place(rep, path, version, suggest)
    for key in ("period", "source"):
        if key not in rep:
            rule = "missing-source" if key == "source" else "missing-key"
            yield Finding(rule, ERROR, f"the report has no {key}", path)
    end = None
    if "period" in rep:
        bad = list(v.period(rep["period"], path + ("period",)))
        yield from bad
        end = None if bad else parse_period(rep["period"]).end
    if "status" in rep:
        yield from v.choice(rep["status"], spec.STATUSES, path + ("status",), "status")
    if "preferred" in rep and version >= 2:
        yield from v.flag(rep["preferred"], path + ("preferred",), "preferred")
    if "source" in rep:
        early_allowed = rep.get("status") == "estimated"
        yield from b.source(rep["source"], path + ("source",), None if early_allowed else end, version)
    yield from _blocks(rep, path, version)
    if "note" in rep:
        yield from v.text(rep["note"], path + ("note",), "note")


def _blocks(rep: dict[str, Any], path: KeyPath, version: int) -> Iterator[Finding]:
    """The report's tables of figures, targets, stated values and acknowledgements."""
    for kind in spec.ORG_KINDS:
        if kind in rep:
            yield from b.org(rep[kind], kind, path + (kind,), version)
    for block in ("programmes", "support"):
        if block in rep:
            where = path + (block,)
            yield from b.f.figures(
                rep[block], spec.BLOCK_FIGURES[block], where, f"[{block}]", ("note",), version
            )
    targets = rep.get("targets", [])
    if not isinstance(targets, list):
        yield Finding("wrong-type", ERROR, "targets is an array: use [[report.targets]]", path + ("targets",))
    else:
        for n, t in enumerate(targets):
            yield from b.target(t, path + ("targets", n), version)
    for block in ("stated", "start"):
        if block in rep:
            yield from b.metric_table(rep[block], path + (block,), block)
    if "acknowledge" in rep:
        yield from b.acknowledge(rep["acknowledge"], path + ("acknowledge",))


def identity(rep: Any) -> tuple[str, str] | None:
    """The place (as htx knows it) and period a report block is about, when it says them."""
    if not isinstance(rep, dict) or not isinstance(rep.get("period"), str):
        return None
    scope = next((k for k in spec.PLACE_KEYS if k in rep), None)
    if scope is None or not isinstance(rep[scope], str):
        return None
    try:
        end = parse_period(rep["period"]).end
    except ValueError:
        return None
    return canonical(scope, unicodedata.normalize("NFC", rep[scope]), end), rep["period"]


def _source_of(rep: dict[str, Any]) -> tuple[Any, Any]:
    src = rep.get("source")
    return (src.get("publisher"), src.get("title")) if isinstance(src, dict) else (None, None)


def _duplicate(
    rep: Any, i: int, seen: dict[tuple[str, str], list[int]], reports: list[Any], version: int
) -> Iterator[Finding]:
    """One block per place, period and source; from version 2, two sources may report one
    place and period (validate compares them), and at most one of them is preferred."""
    key = identity(rep)
    if key is None:
        return
    for j in seen.get(key, []):
        other = reports[j]
        if version < 2 or _source_of(other) == _source_of(rep):
            message = (
                f"{key[0]} {key[1]} is already reported in block {j + 1}; keep one block per place and period"
            )
            if version >= 2:
                message += " (or name another source)"
            yield Finding("duplicate-report", ERROR, message, ("report", i, "period"))
            break
        if rep.get("preferred") is True and other.get("preferred") is True:
            message = f"{key[0]} {key[1]}: blocks {j + 1} and {i + 1} are both preferred; prefer one"
            yield Finding("duplicate-report", ERROR, message, ("report", i, "preferred"))
    seen.setdefault(key, []).append(i)


def version_of(doc: dict[str, Any]) -> tuple[int, list[Finding]]:
    """The file's schema_version (the latest when it gives none), and a finding if it is not one."""
    if "schema_version" not in doc:
        return spec.SCHEMA_VERSION, []
    given = doc["schema_version"]
    if type(given) is int and given in spec.SCHEMA_VERSIONS:
        return given, []
    known = " or ".join(str(n) for n in spec.SCHEMA_VERSIONS)
    message = f"schema_version {given!r} is not {known}, the versions this htx reads (a whole number)"
    return spec.SCHEMA_VERSION, [Finding("bad-value", ERROR, message, ("schema_version",))]


def check_document(doc: dict[str, Any], suggest: bool = True) -> list[Finding]:
    """Every structural finding in a parsed file, in document order; ``suggest``: the closest
    known names for an unknown place (a loader that prints no warning skips them)."""
    out = list(v.unknown(doc, ("schema_version", "report"), (), "the file"))
    version, found = version_of(doc)
    out += found
    reports = doc.get("report", [])
    if not isinstance(reports, list):
        return [*out, Finding("wrong-type", ERROR, "reports are written as [[report]] blocks", ("report",))]
    seen: dict[tuple[str, str], list[int]] = {}
    for i, rep in enumerate(reports):
        out.extend(check_report(rep, ("report", i), version, suggest))
        out.extend(_duplicate(rep, i, seen, reports, version))
    return _once_per_unknown_place(out)


def _once_per_unknown_place(found: list[Finding]) -> list[Finding]:
    """An unknown province is said at its first block, not at every block that names it."""
    said: set[str] = set()
    out = []
    for f in found:
        if f.rule == "unknown-place":
            if f.message in said:
                continue
            said.add(f.message)
        out.append(f)
    return out
