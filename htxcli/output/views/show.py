"""htx show: one place's report (or a 2025 unit's predecessors'), figures and metrics, the
averages and shares of each sector the report breaks down, and shares of the national total."""

from __future__ import annotations

from typing import Any

from ...analysis.select import Share, for_show, national_report, national_shares, other_sources
from ...metrics import Value, attainment, compute_all, compute_subset, target_unit
from ...model.messages import Msg
from ...model.record import Record
from ...model.records import Dataset, Report
from .. import Output, Table
from .common import clean, doc, english, figure_json, period_json, value_json


class Shown(Record):
    """One report and everything show derives from it."""

    report: Report
    values: list[Value]
    subsets: dict[tuple[str, str], list[Value]]  # (kind, sector) -> averages and shares
    shares: list[Share]
    national: Report | None


def _derive(ds: Dataset, r: Report) -> Shown:
    subsets = {
        (kind, s): compute_subset(r, kind, s) for kind, org in r.orgs.items() for s in org.sector_ids()
    }
    national = national_report(ds, r)
    return Shown(r, compute_all(r), subsets, national_shares(r, national) if national else [], national)


def report_json(shown: Shown) -> dict[str, Any]:
    r, values_ = shown.report, shown.values
    figures: dict[str, Any] = {}
    for kind, org in r.orgs.items():
        block = {k: figure_json(f) for k, f in org.figures.items()}
        for name, sub in (("by_sector", org.by_sector), ("members_by_sector", org.members_by_sector)):
            if sub:
                block[name] = {k: figure_json(f) for k, f in sub.items()}
        if org.ratings:
            block["ratings"] = {
                "base": org.ratings.base,
                **{k: figure_json(f) for k, f in org.ratings.figures.items()},
            }
        if org.includes_credit_funds is not None:
            block["includes_credit_funds"] = org.includes_credit_funds
        if org.sectors:
            block["sectors"] = {
                s: {k: figure_json(f) for k, f in sub.figures.items()} for s, sub in org.sectors.items()
            }
            block["sectors_complete"] = org.sectors_complete
        figures[kind] = block
    for name, table in (("programmes", r.programmes), ("support", r.support)):
        if table:
            figures[name] = {k: figure_json(f) for k, f in table.items()}
    return {
        "province": r.province,
        **period_json(r),
        "source": clean(r.source._asdict()),
        "note": r.note,
        "figures": figures,
        "targets": [_target_json(r, t) for t in r.targets],
        "stated_pct": r.stated,
        "start": r.start,
        "metrics": {v.metric.id: value_json(v) for v in values_},
        "contradictions": [a._asdict() for a in r.acknowledged],
        **_v2_json(shown),
    }


def _v2_json(shown: Shown) -> dict[str, Any]:
    """What schema_version 2 adds to a report's JSON: its scope, sector subsets, national shares."""
    out: dict[str, Any] = {"scope": shown.report.scope}
    if shown.subsets:
        out["sector_metrics"] = {
            f"{kind}.{sector}": {v.metric.id: value_json(v) for v in vs}
            for (kind, sector), vs in shown.subsets.items()
        }
    if shown.national is not None:
        out["national_share"] = {
            "period": shown.national.period.label,
            "shares": {
                s.key: {
                    "value": s.value,
                    "part": s.part.value,
                    "whole": s.whole.value,
                    "stated_pct": s.stated_pct,
                }
                for s in shown.shares
            },
        }
    return out


def _target_json(r: Report, t: Any) -> dict[str, Any]:
    return {
        **clean(t._asdict()),
        "plan": list(t.plan) if t.plan else None,
        "unit": target_unit(t.target),
        "actual": figure_json(t.actual) if t.actual else None,
        "attainment": value_json(attainment(r, t), context=False),
    }


def show(ds: Dataset, query: str, period: str | None, lang: str = "en") -> Output:
    """One place's report, or several (a 2025 unit shown through its predecessors)."""
    reports, notes = for_show(ds, query, period)
    notes += [n for r in reports if (n := other_sources(ds, r)) is not None]
    shown = [_derive(ds, r) for r in reports]
    document = {"notes": [english(n) for n in notes]}
    return Output(
        lambda: doc("show", ds, **document, reports=[report_json(one) for one in shown]),
        lambda: _table(shown, notes, lang),
    )


def _table(shown: list[Shown], notes: list[Msg], lang: str) -> Table:
    from .show_table import table  # the rows of a table: nothing a --json run words

    return table(shown, notes, lang)
