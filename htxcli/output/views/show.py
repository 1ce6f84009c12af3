"""htx show: one place's report (or a 2025 unit's predecessors'), figures and metrics, the
averages and shares of each sector the report breaks down, and shares of the national total."""

from __future__ import annotations

from typing import Any

from ...analysis.scopes import Share, national_report, national_shares, other_sources
from ...analysis.select import for_show
from ...metrics import Value, attainment, compute_all, compute_subset, target_unit
from ...model.messages import Msg, msg
from ...model.record import Record
from ...model.records import Dataset, Report
from ...model.vocabulary import PERIOD_KINDS, SCOPES
from ..catalogue import say, term, word
from ..shape import Output, Table
from . import tidy
from .common import clean, doc, english, figure_json, period_json, value_json
from .rows import Row, report_rows, sector_rows, unavailable


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


def _heading(r: Report, lang: str) -> tuple[str, str]:
    status = "heading.report_estimated" if r.status == "estimated" else "heading.report_actual"
    kind = term(PERIOD_KINDS[r.period.kind], lang)
    if r.scope != "province":
        kind = f"{term(SCOPES[r.scope], lang)}, {kind}"
    title = word(status, lang, province=r.province, period=r.period.label, kind=kind)
    src = r.source
    when = src.published or src.meeting
    if when:
        day = when if isinstance(when, str) else when.isoformat()
        source = word("heading.source_dated", lang, publisher=src.publisher, title=src.title, date=day)
    else:
        source = word("heading.source", lang, publisher=src.publisher, title=src.title)
    return title, source


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


def _share_rows(shown: Shown, lang: str, prefix: str | None) -> list[Row]:
    if shown.national is None or not shown.shares:
        return []
    section = word("heading.national_share", lang, period=shown.national.period.label)
    section = word("heading.of_province", lang, province=prefix, section=section) if prefix else section
    rows = []
    for s in shown.shares:
        basis = say(msg("detail.ratio", num=s.part.value, den=s.whole.value), lang)
        if s.stated_pct is not None:
            basis += "; " + word("basis.report_pct", lang, pct=s.stated_pct)
        text = f"{s.value * 100:.1f}%" if lang == "en" else f"{s.value * 100:.1f}%".replace(".", ",")
        r = shown.report
        english = "; ".join(x for x in (f"{s.part.value} / {s.whole.value}", _printed(s.stated_pct)) if x)
        row = [r.province, r.scope, r.period.label, r.status, f"national_share.{s.key}", term(s.label, lang)]
        row += [s.value, None, None, "fraction", "", "national total", "computed", english]
        rows.append(
            Row(section, term(s.label, lang), text, "computed", basis, s.value, "fraction", tidy=tuple(row))
        )
    return rows


def _printed(pct: float | None) -> str:
    return "" if pct is None else f"report: {pct:g}%"


def _rows(shown: Shown, lang: str, several: bool) -> list[Row]:
    r = shown.report
    prefix = r.province if several else None
    rows = report_rows(r, shown.values, lang, prefix)
    rows += sector_rows(r, shown.subsets, lang, prefix)
    return rows + _share_rows(shown, lang, prefix)


def _touched(r: Report, key: str) -> str | None:
    """The reason of the source contradiction a row's figure or metric is part of, if any."""
    for ack in r.acknowledged:
        if key == ack.key or key.startswith(ack.key + ".") or ack.key == f"stated.{key}":
            return ack.reason
    return None


def _mark(rows: list[Row], r: Report, lang: str) -> list[Row]:
    """† on a value a known contradiction of its source touches, the reason in its basis."""
    out = []
    for row in rows:
        reason = _touched(r, str(row.tidy[4])) if row.tidy and row.tidy[0] == r.province else None
        if reason is None:
            out.append(row)
            continue
        tidy = (*row.tidy[:-1], "; ".join(t for t in (row.tidy[-1], f"contradiction: {reason}") if t))
        out.append(row._replace(value=f"{row.value} †", tidy=tidy))
    return out


def _table(shown: list[Shown], notes: list[Msg], lang: str) -> Table:
    rows: list[Row] = []
    said: list[str] = []
    several = len(shown) > 1
    for one in shown:
        title, source = _heading(one.report, lang)
        said += [title, source] if several else [source]
        rows += _mark(_rows(one, lang, several), one.report, lang)
    for one in shown:  # each contradiction said once, above the rows it marks
        said += [word("note.contradiction", lang, reason=a.reason) for a in one.report.acknowledged]
    kept, captions = unavailable(rows, lang)
    return Table(
        columns=[word(f"column.{c}", lang) for c in ("section", "item", "value", "origin", "basis")],
        rows=[[row.section, row.item, row.value, _origin(row.origin, lang), row.basis] for row in kept],
        captions=captions,
        title="" if several else _heading(shown[0].report, lang)[0],
        notes=[say(n, lang) for n in notes] + said,
        group=0,
        raw_columns=list(tidy.COLUMNS),
        raw_rows=[list(row.tidy) for row in rows],
    )


def _origin(origin: str | None, lang: str) -> str:
    return word(f"origin.{origin or 'none'}", lang)
