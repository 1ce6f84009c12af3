"""A checked report table of the parsed file, as the model's records."""

from __future__ import annotations

from typing import Any

from ..model.periods import parse_period
from ..model.records import Acknowledgement, Figure, Org, Ratings, Report, Source, Target
from ..model.vocabulary import ORG_EXTRA_KEYS, ORG_KINDS


def _figure(raw: Any) -> Figure:
    if isinstance(raw, dict):
        return Figure(
            raw["value"],
            raw.get("qualifier"),
            raw.get("per"),
            raw.get("yoy_pct"),
            raw.get("with_credit_funds", False),
            raw.get("note"),
        )
    return Figure(raw)


def _figures(table: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Figure]:
    return {k: _figure(v) for k, v in table.items() if k not in skip}


def _org(raw: dict[str, Any]) -> Org:
    ratings = None
    if "ratings" in raw:
        ratings = Ratings(_figures(raw["ratings"], ("base", "note")), raw["ratings"].get("base"))
    return Org(
        _figures(raw, ORG_EXTRA_KEYS),
        _figures(raw.get("by_sector", {})),
        _figures(raw.get("members_by_sector", {})),
        ratings,
        raw.get("includes_credit_funds"),
    )


def _target(raw: dict[str, Any]) -> Target:
    plan = raw.get("plan")
    if plan is not None:
        plan = (plan[0], plan[1]) if isinstance(plan, list) else (plan, plan)
    actual = _figure(raw["actual"]) if "actual" in raw else None
    return Target(
        raw["target"],
        raw.get("period"),
        plan,
        raw.get("plan_qualifier"),
        actual,
        raw.get("stated_pct"),
        raw.get("note"),
    )


def build_report(raw: dict[str, Any]) -> Report:
    """A model report from a raw table that passed the structural checks."""
    return Report(
        province=raw["province"],
        period=parse_period(raw["period"]),
        status=raw.get("status", "actual"),
        source=Source(**raw["source"]),
        orgs={k: _org(raw[k]) for k in ORG_KINDS if k in raw},
        programmes=_figures(raw.get("programmes", {}), ("note",)),
        support=_figures(raw.get("support", {}), ("note",)),
        targets=tuple(_target(t) for t in raw.get("targets", [])),
        stated=dict(raw.get("stated", {})),
        start=dict(raw.get("start", {})),
        acknowledged=tuple(Acknowledgement(**a) for a in raw.get("acknowledge", [])),
        note=raw.get("note"),
    )
