"""htx show: one province's report (or a 2025 unit's predecessors'), figures and metrics."""

from __future__ import annotations

from typing import Any

from ...analysis.select import for_show
from ...metrics import Value, attainment, compute_all
from ...model.messages import Msg, lower_first
from ...model.record import Record
from ...model.records import Dataset, Figure, Report
from ...model.vocabulary import (
    BLOCK_FIGURES,
    BLOCKS,
    ORG_KINDS,
    PERIOD_KINDS,
    RATING_FIGURES,
    SECTORS,
    TARGETS,
    Key,
)
from .. import values
from ..catalogue import say, term, word
from ..shape import Output, Table
from .common import cell, clean, doc, english, figure_json, period_json, value_json


class Row(Record):
    """One line of show: a figure the report states, or a metric htx derives."""

    section: str
    item: str
    value: str  # as displayed
    origin: str | None  # stated | computed | None (not computable)
    basis: str
    raw: float | None
    unit: str
    is_target: bool = False


def report_json(r: Report, values_: list[Value]) -> dict[str, Any]:
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
    }


def _target_json(r: Report, t: Any) -> dict[str, Any]:
    return {
        **clean(t._asdict()),
        "plan": list(t.plan) if t.plan else None,
        "unit": TARGETS[t.target].unit,
        "actual": figure_json(t.actual) if t.actual else None,
        "attainment": value_json(attainment(r, t)),
    }


def section_title(block: str, lang: str) -> str:
    if block in ORG_KINDS:
        org = ORG_KINDS[block]
        name = term(org.name, lang)
        return f"{name[:1].upper()}{name[1:]} ({org.abbreviation})"
    return term(BLOCKS[block], lang)


def _figure_basis(f: Figure, lang: str) -> str:
    yoy = word("figure.yoy", lang, pct=f.yoy_pct) if f.yoy_pct is not None else None
    with_funds = word("figure.with_credit_funds", lang) if f.with_credit_funds else None
    return "; ".join(n for n in (f.note, yoy, with_funds) if n)


def _figure_rows(
    section: str, figures: dict[str, Figure], keys: dict[str, Key], lang: str, prefix: str | None = None
) -> list[Row]:
    rows = []
    for key, f in figures.items():
        unit = keys[key].display_unit if key in keys else "count"
        label = term(keys[key].label, lang) if key in keys else key.replace("_", " ").capitalize()
        item = word(prefix, lang, label=label) if prefix else label
        shown = values.value(f.value, unit, f.qualifier, lang, f.per)
        rows.append(Row(section, item, shown, "stated", _figure_basis(f, lang), f.value, unit))
    return rows


def _metric_row(section: str, v: Value, stated: float | None, lang: str, item: str | None = None) -> Row:
    m = v.metric
    text = cell(v, lang)
    if v.high is not None:
        text += f" – {values.value(v.high, m.unit, lang=lang)}"
    why = v.detail or v.reason
    basis = say(why, lang) if why else ""
    if stated is not None and v.origin == "computed":
        basis += "; " + word("basis.report_pct", lang, pct=stated)
    label = item if item is not None else term(m.label, lang)
    return Row(section, label, text, v.origin, basis, v.value, m.unit, m.kind == "attainment")


def _target_rows(r: Report, section: str, lang: str) -> list[Row]:
    rows = []
    for t in r.targets:
        v = attainment(r, t)
        unit = TARGETS[t.target].unit
        ends = [values.value(x, unit, lang=lang) for x in dict.fromkeys(t.plan or ())]
        plan = values.qualify("–".join(ends), t.plan_qualifier, lang)
        label = term(v.metric.label, lang)
        label = word("row.target_period", lang, label=label, period=t.period) if t.period else label
        label = word("row.plan", lang, label=label, plan=plan) if plan else label
        rows.append(_metric_row(section, v, t.stated_pct, lang, label))
    return rows


def _org_rows(r: Report, values_: list[Value], lang: str, title: str, kind: str) -> list[Row]:
    org = r.orgs[kind]
    rows = _figure_rows(title, org.figures, BLOCK_FIGURES[kind], lang)
    rows += _figure_rows(title, org.by_sector, SECTORS, lang, "row.by_sector")
    rows += _figure_rows(title, org.members_by_sector, SECTORS, lang, "row.members_by_sector")
    if org.ratings:
        rows += _figure_rows(title, org.ratings.figures, RATING_FIGURES, lang, "row.rated")
    metrics = [v for v in values_ if v.metric.group == kind and v.metric.kind != "count"]
    return rows + [_metric_row(title, v, r.stated.get(v.metric.id), lang) for v in metrics]


def report_rows(r: Report, values_: list[Value], lang: str, province: str | None = None) -> list[Row]:
    """Every row of one report, figures first, then the metrics of each block."""

    def title(block: str) -> str:
        name = section_title(block, lang)
        return word("heading.of_province", lang, province=province, section=name) if province else name

    rows: list[Row] = []
    for kind in r.orgs:
        rows += _org_rows(r, values_, lang, title(kind), kind)
    rows += _figure_rows(title("programmes"), r.programmes, BLOCK_FIGURES["programmes"], lang)
    rows += _figure_rows(title("support"), r.support, BLOCK_FIGURES["support"], lang)
    return rows + _target_rows(r, title("targets"), lang)


def _unavailable(rows: list[Row], lang: str) -> tuple[list[Row], dict[str, str]]:
    """For reading: the metrics that cannot be computed leave the table and are named in
    one line per section, under it. (JSON and CSV keep every metric with its own reason.)"""
    out: list[Row] = []
    missing: dict[str, list[str]] = {}
    for row in rows:
        if row.raw is None and row.origin is None and not row.is_target:
            missing.setdefault(row.section, []).append(lower_first(row.item))
        else:
            out.append(row)
    return out, {s: word("caption.not_computable", lang, labels=labels) for s, labels in missing.items()}


def _heading(r: Report, lang: str) -> tuple[str, str]:
    status = "heading.report_estimated" if r.status == "estimated" else "heading.report_actual"
    kind = term(PERIOD_KINDS[r.period.kind], lang)
    title = word(status, lang, province=r.province, period=r.period.label, kind=kind)
    src = r.source
    when = src.published or src.meeting
    if when:
        source = word(
            "heading.source_dated", lang, publisher=src.publisher, title=src.title, date=when.isoformat()
        )
    else:
        source = word("heading.source", lang, publisher=src.publisher, title=src.title)
    return title, source


def show(ds: Dataset, query: str, period: str | None, lang: str = "en") -> Output:
    """One province's report, or several (a 2025 unit shown through its predecessors)."""
    reports, notes = for_show(ds, query, period)
    computed = [(r, compute_all(r)) for r in reports]
    document = {"notes": [english(n) for n in notes]}
    return Output(
        lambda: doc("show", ds, **document, reports=[report_json(r, vs) for r, vs in computed]),
        lambda: _table(computed, notes, lang),
    )


def _table(computed: list[tuple[Report, list[Value]]], notes: list[Msg], lang: str) -> Table:
    rows: list[Row] = []
    said: list[str] = []
    several = len(computed) > 1
    for r, values_ in computed:
        title, source = _heading(r, lang)
        said += [title, source] if several else [source]
        rows += report_rows(r, values_, lang, r.province if several else None)
    shown, captions = _unavailable(rows, lang)
    return Table(
        columns=[word(f"column.{c}", lang) for c in ("section", "item", "value", "origin", "basis")],
        rows=[[row.section, row.item, row.value, _origin(row.origin, lang), row.basis] for row in shown],
        captions=captions,
        title="" if several else _heading(computed[0][0], lang)[0],
        notes=[say(n, lang) for n in notes] + said,
        group=0,
        raw_columns=["section", "item", "value", "unit", "origin", "basis"],
        raw_rows=[
            [row.section, row.item, row.raw, row.unit, _origin(row.origin, lang), row.basis] for row in rows
        ],
    )


def _origin(origin: str | None, lang: str) -> str:
    return word(f"origin.{origin or 'none'}", lang)
