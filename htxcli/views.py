"""Shape the model into output: one function per command, each returning an ``Output``."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from . import fmt, spec
from .metrics import CATALOGUE, Value, attainment, compute, compute_all
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


def _doc(command: str, ds: Dataset, **body: Any) -> dict[str, Any]:
    return {"schema_version": spec.SCHEMA_VERSION, "command": command, "data_file": ds.path, **body}


def metrics_list() -> Output:
    rows, items = [], []
    for metric, _fn in CATALOGUE.values():
        item = {
            "id": metric.id,
            "label": metric.label,
            "label_vi": metric.label_vi,
            "unit": metric.unit,
            "kind": metric.kind,
            "group": metric.group,
            "base": metric.base,
            "formula": metric.formula,
        }
        items.append(item)
        rows.append([metric.id, metric.kind, metric.unit, metric.label, metric.label_vi, metric.formula])
    return Output(
        data={"schema_version": spec.SCHEMA_VERSION, "command": "metrics", "metrics": items},
        columns=["id", "kind", "unit", "label", "label_vi", "formula"],
        rows=rows,
    )


def _cell(v: Value) -> str:
    return fmt.value(v.value, v.metric.unit, v.qualifier) if v.value is not None else "n/a"


def compare(ds: Dataset, reports: list[Report], metric_ids: list[str]) -> Output:
    from .analysis import comparison_notes, leader

    chosen = metric_ids or [m for m in CATALOGUE if any(compute(r, m).value is not None for r in reports)]
    heads = [f"{r.province} ({r.period.label}{', est.' if r.status == 'estimated' else ''})" for r in reports]
    rows, raw, body = [], [], {}
    for mid in chosen:
        values = [compute(r, mid) for r in reports]
        best = leader(values)
        m = values[0].metric
        cells = [_cell(v) + (" *" if i == best else "") for i, v in enumerate(values)]
        reasons = "; ".join(
            f"{r.province}: {v.reason}" for r, v in zip(reports, values, strict=True) if v.value is None
        )
        if any(v.detail and "time unit not stated" in v.detail for v in values):
            reasons = "; ".join(x for x in (reasons, "a report does not say the time unit") if x)
        rows.append([m.label, *cells, reasons])
        lead = reports[best].province if best is not None else None
        raw.append([mid, m.unit, *(v.value for v in values), lead or ""])
        body[mid] = {
            "label": m.label,
            "unit": m.unit,
            "kind": m.kind,
            "base": m.base,
            "leader": lead,
            "values": {r.province: value_json(v) for r, v in zip(reports, values, strict=True)},
        }
    notes = comparison_notes(reports)
    notes.append("* marks the leader of a row (lowest where less is better); n/a: not computable")
    return Output(
        data=_doc(
            "compare",
            ds,
            reports=[{"province": r.province, **period_json(r)} for r in reports],
            notes=notes[:-1],
            metrics=body,
        ),
        columns=["metric", *heads, "not available because"],
        rows=rows,
        notes=notes,
        numeric=set(range(1, len(reports) + 1)),
        raw_columns=["metric", "unit", *(r.province for r in reports), "leader"],
        raw_rows=raw,
    )


def ranking(
    ds: Dataset,
    metric_id: str,
    reports: list[Report],
    top: int | None,
    ascending: bool,
    missing: dict[str, str],
) -> Output:
    from .analysis import rank

    result = rank(reports, metric_id, ascending)
    ranked = [x for x in result if x.rank is not None]
    if top is not None:
        ranked = ranked[:top]
    unranked = [
        (x.report.province, x.report.period.label, x.value.reason or "") for x in result if x.rank is None
    ]
    unranked += [(name, "", why) for name, why in missing.items()]
    metric = CATALOGUE[metric_id][0]
    rows = [
        [str(x.rank), x.report.province, x.report.period.label, _cell(x.value), x.value.origin or ""]
        for x in ranked
    ]
    rows += [["-", name, period, "n/a", why] for name, period, why in unranked]
    bars = [x.value.value for x in ranked] + [None] * len(unranked)
    return Output(
        data=_doc(
            "rank",
            ds,
            metric={
                "id": metric.id,
                "label": metric.label,
                "unit": metric.unit,
                "kind": metric.kind,
                "base": metric.base,
            },
            order="ascending" if ascending else "descending",
            ranked=[
                {
                    "rank": x.rank,
                    "province": x.report.province,
                    **period_json(x.report),
                    **value_json(x.value),
                }
                for x in ranked
            ],
            unranked=[
                {"province": name, "period": period or None, "reason": why} for name, period, why in unranked
            ],
        ),
        columns=["rank", "province", "period", metric.label, "origin / reason"],
        rows=rows,
        title=f"Provinces by {metric.label.lower()}" + (f" ({metric.base})" if metric.base else ""),
        numeric={0, 3},
        bars=bars,
        raw_columns=["rank", "province", "period", metric_id, "unit", "origin", "reason"],
        raw_rows=[
            [x.rank, x.report.province, x.report.period.label, x.value.value, metric.unit, x.value.origin, ""]
            for x in ranked
        ]
        + [["", name, period, "", metric.unit, "", why] for name, period, why in unranked],
    )


def _signed(x: float | None, unit: str) -> str:
    if x is None:
        return ""
    text = fmt.value(abs(x), unit)
    return ("+" if x >= 0 else "-") + text


def growth(
    ds: Dataset, province: str, pair: tuple[Report, Report] | None, latest: Report, metric_ids: list[str]
) -> Output:
    from .analysis import change, implied, length_note

    rows: list[list[str]] = []
    raw: list[list[Any]] = []
    changes: dict[str, Any] = {}
    notes: list[str] = []
    if pair:
        before, after = pair
        note = length_note(before.period, after.period)
        notes += [note] if note else []
        chosen = metric_ids or [m for m in CATALOGUE if CATALOGUE[m][0].kind != "attainment"]
        for mid in chosen:
            c = change(mid, before, after)
            if c.reason and not metric_ids:
                continue
            u = c.metric.unit
            rel = f"{c.relative * 100:+.1f} %" if c.relative is not None else ""
            pts = f"{c.points * 100:+.1f} pts" if c.points is not None else ""
            ann = f"{c.annualised * 100:+.1f} %/yr" if c.annualised is not None else ""
            rows.append(
                [
                    c.metric.label,
                    _cell(c.before),
                    _cell(c.after),
                    _signed(c.absolute, u) if c.points is None else pts,
                    rel,
                    ann,
                    c.reason or "computed from two reports",
                ]
            )
            raw.append(
                [
                    mid,
                    u,
                    c.before.value,
                    c.after.value,
                    c.absolute,
                    c.relative,
                    c.points,
                    c.annualised,
                    "two reports",
                ]
            )
            changes[mid] = {
                "unit": u,
                "from": c.before.value,
                "to": c.after.value,
                "absolute": c.absolute,
                "relative": c.relative,
                "points": c.points,
                "annualised": c.annualised,
                "reason": c.reason,
            }
    imp = implied(latest)
    for i in imp:
        if metric_ids and i.key not in metric_ids and i.key.split(".")[0] not in metric_ids:
            continue
        if i.rate is not None:
            basis = f"derived from the stated rate {i.rate:+g} % year on year ({i.earlier_when})"
            diff, rel = _signed(i.now - i.earlier, i.unit), f"{i.rate:+g} %"
        else:
            basis = f"derived from the stated value at the {i.earlier_when}"
            diff, rel = f"{(i.points or 0) * 100:+.1f} pts", ""
            if i.stated_now is not None:
                basis += f"; the report prints {fmt.value(i.stated_now, i.unit)} now"
        rows.append(
            [
                i.label,
                fmt.value(i.earlier, i.unit, "about" if i.rate else None),
                fmt.value(i.now, i.unit),
                diff,
                rel,
                "",
                basis,
            ]
        )
        raw.append(
            [
                i.key,
                i.unit,
                i.earlier,
                i.now,
                i.now - i.earlier,
                i.rate / 100 if i.rate else None,
                i.points,
                None,
                "implied by a stated rate" if i.rate else "stated start of period",
            ]
        )
    if not rows:
        notes.append(f"{province} has one report and it states no rates or start values to derive from.")
    span = f"{pair[0].period.label} -> {pair[1].period.label}" if pair else latest.period.label
    return Output(
        data=_doc(
            "growth",
            ds,
            province=province,
            **{
                "from": period_json(pair[0]) if pair else None,
                "to": period_json(pair[1] if pair else latest),
            },
            changes=changes,
            implied=[
                {
                    "key": i.key,
                    "label": i.label,
                    "unit": i.unit,
                    "value": i.now,
                    "stated_rate_pct": i.rate,
                    "earlier": i.earlier,
                    "earlier_when": i.earlier_when,
                    "points": i.points,
                    "stated_now": i.stated_now,
                    "origin": "implied by a stated rate" if i.rate is not None else "stated start value",
                }
                for i in imp
            ],
        ),
        columns=["metric", "from", "to", "change", "relative", "annualised", "basis"],
        rows=rows,
        title=f"{province}: {span}",
        notes=notes,
        numeric={1, 2, 3, 4, 5},
        raw_columns=["key", "unit", "from", "to", "absolute", "relative", "points", "annualised", "basis"],
        raw_rows=raw,
    )
