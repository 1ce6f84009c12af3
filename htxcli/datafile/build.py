"""A checked report table of the parsed file, as the model's records."""

from __future__ import annotations

from typing import Any

from ..model.names import canonical
from ..model.periods import parse_period
from ..model.records import Acknowledgement, Figure, Org, Ratings, Report, Source, Target
from ..model.vocabulary import ORG_EXTRA_KEYS, ORG_KINDS, PLACE_KEYS, SECTORS_EXTRA_KEYS

#: Figure keys kept on the record itself; the others go into Figure.more as written.
_OWN = ("value", "qualifier", "per", "note", "status")


def figure(raw: Any) -> Figure:
    """A figure as written: a number, a range [low, high], or a table with its value."""
    if isinstance(raw, list):
        return Figure(raw[0], high=raw[1])
    if not isinstance(raw, dict):
        return Figure(raw)
    value = raw["value"]
    low, high = (value[0], value[1]) if isinstance(value, list) else (value, None)
    more = {k: v for k, v in raw.items() if k not in _OWN} or None
    return Figure(low, raw.get("qualifier"), raw.get("per"), raw.get("note"), high, raw.get("status"), more)


_BARE = (int, float)  # a figure written as a number: what figure() makes of it is Figure(raw)


def _figures(table: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Figure]:
    if not table:  # most reports give no by_sector, members_by_sector, programmes, support
        return {}
    # a bare number, most figures of a file, is made here without a call of figure()
    return {k: Figure(v) if type(v) in _BARE else figure(v) for k, v in table.items() if k not in skip}


def _org(raw: dict[str, Any]) -> Org:
    ratings = None
    if "ratings" in raw:
        ratings = Ratings(_figures(raw["ratings"], ("base", "note")), raw["ratings"].get("base"))
    sectors = raw.get("sectors")
    return Org(
        _figures(raw, ORG_EXTRA_KEYS),
        _figures(raw.get("by_sector", {})),
        _figures(raw.get("members_by_sector", {})),
        ratings,
        raw.get("includes_credit_funds"),
        {s: Org(_figures(t, ("note",)), {}, {}) for s, t in sectors.items() if s not in SECTORS_EXTRA_KEYS}
        if sectors
        else None,
        bool(sectors and sectors.get("complete")),
    )


def _plan(plan: Any) -> tuple[float, float] | None:
    if plan is None:
        return None
    return (plan[0], plan[1]) if isinstance(plan, list) else (plan, plan)


def _target(raw: dict[str, Any], n: int) -> Target:
    actual = figure(raw["actual"]) if "actual" in raw else None
    return Target(
        raw["target"],
        raw.get("period"),
        _plan(raw.get("plan")),
        raw.get("plan_qualifier"),
        actual,
        raw.get("stated_pct"),
        raw.get("note"),
        ("targets", n),
    )


def _figure_plans(orgs: dict[str, Org], raw: dict[str, Any]) -> list[Target]:
    """A figure's own plan ("đạt 100,5% kế hoạch"): a target for that figure, this period."""
    out = []
    for kind in ORG_KINDS:
        for key, value in raw.get(kind, {}).items() if isinstance(raw.get(kind), dict) else ():
            if isinstance(value, dict) and ("plan" in value or "attained_pct" in value):
                fig = orgs[kind].figures[key]
                plan = _plan(value.get("plan"))
                target = Target(
                    f"{kind}.{key}",
                    None,
                    plan,
                    value.get("plan_qualifier"),
                    fig,
                    value.get("attained_pct"),
                    None,
                    (kind, key),
                )
                out.append(target)
    return out


def _place(raw: dict[str, Any]) -> tuple[str, str]:
    scope = next(k for k in PLACE_KEYS if k in raw)
    return scope, raw[scope]


def build_report(raw: dict[str, Any]) -> Report:
    """A model report from a raw table that passed the structural checks."""
    scope, place = _place(raw)
    period = parse_period(raw["period"])
    orgs = {k: _org(raw[k]) for k in ORG_KINDS if k in raw}
    targets = [_target(t, n) for n, t in enumerate(raw.get("targets", []))]
    return Report(
        place=place,
        period=period,
        status=raw.get("status", "actual"),
        source=Source(**raw["source"]),
        orgs=orgs,
        programmes=_figures(raw.get("programmes", {}), ("note",)),
        support=_figures(raw.get("support", {}), ("note",)),
        targets=tuple(_figure_plans(orgs, raw) + targets),
        stated=dict(raw.get("stated", {})),
        start=dict(raw.get("start", {})),
        acknowledged=tuple(Acknowledgement(**a) for a in raw.get("acknowledge", [])),
        note=raw.get("note"),
        scope=scope,
        name=canonical(scope, place, period.end),
        preferred=bool(raw.get("preferred", False)),
    )
