"""Shape the model into output: one function per command, each returning an ``Output``."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from . import fmt, spec
from .metrics import CATALOGUE, Value, attainment, compute_all
from .model import Dataset, Figure, Report
from .render import Output

ORIGIN_REPORT = "stated"


def _clean(obj: Any, drop_none: bool = False) -> Any:
    """JSON-ready: dates as ISO strings; with drop_none, keys whose value is None left out."""
    if isinstance(obj, dict):
        return {k: _clean(v, drop_none) for k, v in obj.items() if not (drop_none and v is None)}
    if isinstance(obj, list | tuple):
        return [_clean(v, drop_none) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


def figure_json(f: Figure) -> dict[str, Any]:
    d = asdict(f)
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


def report_json(r: Report, values: list[Value]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for kind, org in r.orgs.items():
        block: dict[str, Any] = {k: figure_json(f) for k, f in org.figures.items()}
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
        "source": _clean(asdict(r.source)),
        "figures": figures,
        "targets": [
            {
                **_clean(asdict(t)),
                "plan": list(t.plan) if t.plan else None,
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


def _label(key: str) -> str:
    return key.replace("avg_", "average ").replace("_", " ").capitalize()


def _figure_rows(
    section: str, figures: dict[str, Figure], keys: dict[str, spec.Key], prefix: str = ""
) -> list[list[Any]]:
    rows = []
    for key, f in figures.items():
        unit = _FIG_UNIT.get(keys[key].unit, keys[key].unit) if key in keys else "count"
        text = fmt.value(f.value, unit, f.qualifier, per=f.per)
        notes = [
            n
            for n in (
                f.note,
                f"{f.yoy_pct:g} % year on year" if f.yoy_pct is not None else None,
                "with credit funds" if f.with_credit_funds else None,
            )
            if n
        ]
        rows.append([section, prefix + _label(key), text, ORIGIN_REPORT, "; ".join(notes), f.value, unit])
    return rows


def _metric_row(section: str, v: Value, stated: float | None) -> list[Any]:
    m = v.metric
    text = fmt.value(v.value, m.unit, v.qualifier)
    if v.high is not None:
        text += f" to {fmt.value(v.high, m.unit)}"
    basis = v.detail or v.reason or ""
    if stated is not None and v.origin == "computed":
        basis += f"; report: {stated:g} %"
    label = m.label
    return [section, label, text, v.origin or "n/a", basis, v.value, m.unit]


def _collapse_unavailable(rows: list[list[Any]]) -> list[list[Any]]:
    """For reading: one line per section names the metrics that cannot be computed.
    (JSON and CSV keep every metric with its own reason.)"""
    out: list[list[Any]] = []
    missing: dict[str, list[str]] = {}
    for row in rows:
        if row[3] == "n/a" and row[0] != SECTION_TITLES["targets"]:
            missing.setdefault(row[0], []).append(row[1].lower())
        else:
            out.append(row)
    for section, labels in missing.items():
        last = (
            max(i for i, row in enumerate(out) if row[0] == section)
            if any(row[0] == section for row in out)
            else len(out) - 1
        )
        out.insert(
            last + 1, [section, "Not computable", "n/a", "n/a", "no figures for: " + ", ".join(labels)]
        )
    return out


def show(ds: Dataset, r: Report) -> Output:
    values = compute_all(r)
    rows: list[list[Any]] = []
    for kind, org in r.orgs.items():
        title = SECTION_TITLES[kind]
        rows += _figure_rows(title, org.figures, spec.ORG_FIGURES)
        rows += _figure_rows(title, org.by_sector, spec.SECTORS, "By sector: ")
        rows += _figure_rows(title, org.members_by_sector, spec.SECTORS, "Members by sector: ")
        if org.ratings:
            rows += _figure_rows(title, org.ratings.figures, spec.RATING_FIGURES, "Rated: ")
        rows += [
            _metric_row(title, v, r.stated.get(v.metric.id))
            for v in values
            if v.metric.group == kind and v.metric.kind != "count"
        ]
    rows += _figure_rows(SECTION_TITLES["programmes"], r.programmes, spec.PROGRAMME_FIGURES)
    rows += _figure_rows(SECTION_TITLES["support"], r.support, spec.SUPPORT_FIGURES)
    for t in r.targets:
        v = attainment(r, t)
        plan = (
            ""
            if not t.plan
            else fmt.number(t.plan[0]) + (f"-{fmt.number(t.plan[1])}" if t.plan[1] != t.plan[0] else "")
        )
        plan = fmt.qualify(plan, t.plan_qualifier)
        when = f" ({t.period})" if t.period else ""
        row = _metric_row(SECTION_TITLES["targets"], v, t.stated_pct)
        row[1] = f"{v.metric.label}{when}, plan {plan}" if plan else v.metric.label + when
        rows.append(row)
    src = r.source
    source = f'Source: {src.publisher}, "{src.title}"'
    when = src.published or src.meeting
    if when:
        source += f", {when.isoformat()}"
    status = "estimated figures" if r.status == "estimated" else "actual figures"
    columns = ["section", "item", "value", "origin", "basis"]
    shown = _collapse_unavailable(rows)
    return Output(
        data={
            "schema_version": spec.SCHEMA_VERSION,
            "command": "show",
            "data_file": ds.path,
            "reports": [report_json(r, values)],
        },
        columns=columns,
        rows=[[str(c) for c in row[:5]] for row in shown],
        title=f"{r.province}, {r.period.label} ({r.period.kind}, {status})",
        notes=[source],
        group=0,
        raw_columns=[*columns[:2], "value", "unit", "origin", "basis"],
        raw_rows=[[row[0], row[1], row[5], row[6], row[3], row[4]] for row in rows],
    )


def listing(ds: Dataset) -> Output:
    provinces = []
    rows = []
    for name in ds.provinces():
        reports = ds.of(name)
        provinces.append(
            {
                "province": name,
                "reports": [{**period_json(r), "publisher": r.source.publisher} for r in reports],
            }
        )
        for r in reports:
            rows.append([name, r.period.label, r.period.kind, r.status, r.source.publisher])
    return Output(
        data={
            "schema_version": spec.SCHEMA_VERSION,
            "command": "list",
            "data_file": ds.path,
            "provinces": provinces,
        },
        columns=["province", "period", "kind", "status", "publisher"],
        rows=rows,
    )


def metric_ids() -> list[str]:
    return list(CATALOGUE)
