"""Shape the model into output: one function per command, each returning an ``Output``.

JSON keeps raw numbers and ids; table rows are translated (``lang``) and formatted once here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from . import fmt, spec
from .i18n import detail, figure_label, metric_label, reason, sentence, tr
from .metrics import CATALOGUE, Value, attainment, compute_all
from .model import Dataset, Figure, Report
from .render import Output


def _clean(obj: Any, drop_none: bool = False) -> Any:
    """JSON-ready: dates as ISO strings; with drop_none, keys whose value is None left out."""
    if isinstance(obj, dict):
        return {k: _clean(v, drop_none) for k, v in obj.items() if not (drop_none and v is None)}
    if isinstance(obj, list | tuple):
        return [_clean(v, drop_none) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


def doc(command: str, ds: Dataset | None, **body: Any) -> dict[str, Any]:
    head: dict[str, Any] = {"schema_version": spec.SCHEMA_VERSION, "command": command}
    if ds is not None:
        head["data_file"] = ds.path
    return {**head, **body}


def figure_json(f: Figure) -> dict[str, Any]:
    d = f._asdict()
    if not d["with_credit_funds"]:
        del d["with_credit_funds"]
    return _clean(d, drop_none=True)


def value_json(v: Value) -> dict[str, Any]:
    m = v.metric
    return {
        "value": v.value,
        "unit": m.unit,
        "kind": m.kind,
        "origin": v.origin,
        "base": m.base,
        "qualifier": v.qualifier,
        "detail": v.detail,
        "reason": v.reason,
        "against_high": v.high,
    }


def period_json(r: Report) -> dict[str, Any]:
    p = r.period
    return {
        "period": p.label,
        "period_start": p.start.isoformat(),
        "period_end": p.end.isoformat(),
        "period_kind": p.kind,
        "status": r.status,
    }


def _figures_json(table: dict[str, Figure]) -> dict[str, Any]:
    return {k: figure_json(f) for k, f in table.items()}


def report_json(r: Report, values: list[Value]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for kind, org in r.orgs.items():
        block = _figures_json(org.figures)
        for name, sub in (("by_sector", org.by_sector), ("members_by_sector", org.members_by_sector)):
            if sub:
                block[name] = _figures_json(sub)
        if org.ratings:
            block["ratings"] = {"base": org.ratings.base, **_figures_json(org.ratings.figures)}
        if org.includes_credit_funds is not None:
            block["includes_credit_funds"] = org.includes_credit_funds
        figures[kind] = block
    for name, table in (("programmes", r.programmes), ("support", r.support)):
        if table:
            figures[name] = _figures_json(table)
    return {
        "province": r.province,
        **period_json(r),
        "source": _clean(r.source._asdict()),
        "note": r.note,
        "figures": figures,
        "targets": [
            {
                **_clean(t._asdict()),
                "plan": list(t.plan) if t.plan else None,
                "unit": spec.TARGET_UNITS.get(t.target, "count"),
                "actual": figure_json(t.actual) if t.actual else None,
                "attainment": value_json(attainment(r, t)),
            }
            for t in r.targets
        ],
        "stated_pct": r.stated,
        "start": r.start,
        "metrics": {v.metric.id: value_json(v) for v in values},
    }


_FIG_UNIT = {"VND/org": "VND", "VND/worker": "VND", "persons": "count"}
SECTION_TITLES = {
    "cooperatives": "Cooperatives (HTX)",
    "credit_funds": "People's credit funds (QTDND)",
    "unions": "Cooperative unions (LHHTX)",
    "groups": "Cooperative groups (THT)",
    "programmes": "Programmes",
    "support": "Support",
    "targets": "Targets",
}
# A show row: section, item, display value, origin, basis, raw value, unit
Row = list[Any]


def cell(v: Value, lang: str) -> str:
    return fmt.value(v.value, v.metric.unit, v.qualifier, lang)


def _figure_rows(
    section: str, figures: dict[str, Figure], keys: dict[str, spec.Key], lang: str, prefix: str = ""
) -> list[Row]:
    rows = []
    for key, f in figures.items():
        unit = _FIG_UNIT.get(keys[key].unit, keys[key].unit) if key in keys else "count"
        yoy = None
        if f.yoy_pct is not None:
            yoy = f"{fmt.number(f.yoy_pct, 1, lang)} % " + (
                "so với cùng kỳ" if lang == "vi" else "year on year"
            )
        with_funds = tr("with credit funds", lang) if f.with_credit_funds else None
        notes = [n for n in (f.note, yoy, with_funds) if n]
        rows.append(
            [
                section,
                tr(prefix, lang) + figure_label(key, lang),
                fmt.value(f.value, unit, f.qualifier, lang, f.per),
                tr("stated", lang),
                "; ".join(notes),
                f.value,
                unit,
            ]
        )
    return rows


def _metric_row(section: str, v: Value, stated: float | None, lang: str) -> Row:
    m = v.metric
    text = cell(v, lang)
    if v.high is not None:
        text += f" – {fmt.value(v.high, m.unit, lang=lang)}"
    basis = detail(v.detail, lang) if v.detail else reason(v.reason or "", lang)
    if stated is not None and v.origin == "computed":
        basis += f"; {tr('report', lang)}: {fmt.number(stated, 1, lang)} %"
    return [section, metric_label(m, lang), text, tr(v.origin or "n/a", lang), basis, v.value, m.unit]


def _unavailable(rows: list[Row], lang: str) -> tuple[list[Row], dict[str, str]]:
    """For reading: the metrics that cannot be computed leave the table and are named in
    one line per section, under it. (JSON and CSV keep every metric with its own reason.)"""
    out: list[Row] = []
    missing: dict[str, list[str]] = {}
    for row in rows:
        if row[5] is None and row[3] == tr("n/a", lang) and not row[0].endswith(tr("Targets", lang)):
            missing.setdefault(row[0], []).append(row[1][:1].lower() + row[1][1:])
        else:
            out.append(row)
    lead = f"{tr('Not computable', lang)}, {tr('no figures for: ', lang)}"
    return out, {section: lead + ", ".join(labels) for section, labels in missing.items()}


def _target_rows(r: Report, section: str, lang: str) -> list[Row]:
    rows = []
    for t in r.targets:
        v = attainment(r, t)
        unit = spec.TARGET_UNITS.get(t.target, "count")
        ends = [fmt.value(x, unit, lang=lang) for x in dict.fromkeys(t.plan or ())]
        plan = fmt.qualify("–".join(ends), t.plan_qualifier, lang)
        when = f" ({t.period})" if t.period else ""
        row = _metric_row(section, v, t.stated_pct, lang)
        row[1] = metric_label(v.metric, lang) + when + (f", {tr('plan', lang)} {plan}" if plan else "")
        rows.append(row)
    return rows


def report_rows(r: Report, values: list[Value], lang: str, prefix: str = "") -> list[Row]:
    """Every row of one report, figures first, then the metrics of each block."""
    rows: list[Row] = []
    for kind, org in r.orgs.items():
        title = prefix + tr(SECTION_TITLES[kind], lang)
        rows += _figure_rows(title, org.figures, spec.ORG_FIGURES, lang)
        rows += _figure_rows(title, org.by_sector, spec.SECTORS, lang, "By sector: ")
        rows += _figure_rows(title, org.members_by_sector, spec.SECTORS, lang, "Members by sector: ")
        if org.ratings:
            rows += _figure_rows(title, org.ratings.figures, spec.RATING_FIGURES, lang, "Rated: ")
        rows += [
            _metric_row(title, v, r.stated.get(v.metric.id), lang)
            for v in values
            if v.metric.group == kind and v.metric.kind != "count"
        ]
    rows += _figure_rows(prefix + tr("Programmes", lang), r.programmes, spec.PROGRAMME_FIGURES, lang)
    rows += _figure_rows(prefix + tr("Support", lang), r.support, spec.SUPPORT_FIGURES, lang)
    return rows + _target_rows(r, prefix + tr("Targets", lang), lang)


def _heading(r: Report, lang: str) -> tuple[str, str]:
    status = tr("estimated figures" if r.status == "estimated" else "actual figures", lang)
    title = f"{r.province}, {r.period.label} ({tr(r.period.kind, lang)}, {status})"
    src = r.source
    when = src.published or src.meeting
    source = f'{tr("Source", lang)}: {src.publisher}, "{src.title}"' + (
        f", {when.isoformat()}" if when else ""
    )
    return title, source


def show(ds: Dataset, reports: list[Report], notes: list[str], lang: str = "en") -> Output:
    """One province's report, or several (a 2025 unit shown through its predecessors)."""
    rows: list[Row] = []
    out_notes: list[str] = []
    docs = []
    for r in reports:
        values = compute_all(r)
        docs.append(report_json(r, values))
        title, source = _heading(r, lang)
        if len(reports) > 1:
            out_notes += [title, source]
        else:
            out_notes.append(source)
        rows += report_rows(r, values, lang, f"{r.province}: " if len(reports) > 1 else "")
    columns = [tr(c, lang) for c in ("section", "item", "value", "origin", "basis")]
    shown, captions = _unavailable(rows, lang)
    return Output(
        data=doc("show", ds, notes=notes, reports=docs),
        columns=columns,
        rows=[[str(c) for c in row[:5]] for row in shown],
        captions=captions,
        title=_heading(reports[0], lang)[0] if len(reports) == 1 else "",
        notes=[sentence(n, lang) for n in notes] + out_notes,
        group=0,
        raw_columns=["section", "item", "value", "unit", "origin", "basis"],
        raw_rows=[[row[0], row[1], row[5], row[6], row[3], row[4]] for row in rows],
    )


def listing(ds: Dataset, lang: str = "en") -> Output:
    provinces, rows = [], []
    for name in ds.provinces():
        reports = ds.of(name)
        provinces.append(
            {
                "province": name,
                "reports": [{**period_json(r), "publisher": r.source.publisher} for r in reports],
            }
        )
        rows += [
            [name, r.period.label, tr(r.period.kind, lang), tr(r.status, lang), r.source.publisher]
            for r in reports
        ]
    return Output(
        data=doc("list", ds, provinces=provinces),
        columns=[tr(c, lang) for c in ("province", "period", "kind", "status", "publisher")],
        rows=rows,
        raw_columns=["province", "period", "kind", "status", "publisher"],
        raw_rows=[
            [name, r.period.label, r.period.kind, r.status, r.source.publisher]
            for name in ds.provinces()
            for r in ds.of(name)
        ],
    )


def metrics_list(lang: str = "en") -> Output:
    keys = ("id", "label", "label_vi", "unit", "kind", "group", "base", "formula")
    items = [{k: getattr(m, k) for k in keys} for m, _fn in CATALOGUE.values()]
    columns = ["id", "kind", "unit", "label", "label_vi", "formula"]
    return Output(
        data=doc("metrics", None, metrics=items),
        columns=[tr(c, lang) for c in columns],
        rows=[[str(item[c] or "") for c in columns] for item in items],
        raw_columns=columns,
        raw_rows=[[item[c] for c in columns] for item in items],
    )
