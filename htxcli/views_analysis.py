"""Output of the analyst's commands: compare, rank and growth."""

from __future__ import annotations

from typing import Any

from . import fmt
from .analysis import Implied, change, comparison_notes, implied, leader, length_note, rank
from .i18n import KIND_ABBREVIATIONS, figure_label, metric_label, reason, sentence, tr
from .metrics import CATALOGUE, compute
from .model import Dataset, Report
from .render import Output
from .views import cell, doc, period_json, value_json

LEADER_NOTE = "* marks the leader of a row (lowest where less is better); n/a: not computable"


def compare(
    ds: Dataset,
    reports: list[Report],
    metric_ids: list[str],
    lang: str = "en",
    notes: list[str] | None = None,
) -> Output:
    computed = {mid: [compute(r, mid) for r in reports] for mid in (metric_ids or CATALOGUE)}
    # by default, every metric that at least one of the provinces has
    chosen = metric_ids or [mid for mid, vs in computed.items() if any(v.value is not None for v in vs)]
    est = tr("est.", lang)
    heads = [
        f"{r.province} ({r.period.label}{f', {est}' if r.status == 'estimated' else ''})" for r in reports
    ]
    rows, raw, body = [], [], {}
    for mid in chosen:
        values = computed[mid]
        best = leader(values)
        m = values[0].metric
        cells = [cell(v, lang) + (" *" if i == best else "") for i, v in enumerate(values)]
        reasons = [
            f"{r.province}: {reason(v.reason or '', lang)}"
            for r, v in zip(reports, values, strict=True)
            if v.value is None
        ]
        if any(v.detail and "time unit not stated" in v.detail for v in values):
            reasons.append(tr("a report does not say the time unit", lang))
        rows.append([metric_label(m, lang), *cells, "; ".join(reasons)])
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
    said = [*(notes or []), *comparison_notes(reports)]
    return Output(
        data=doc(
            "compare",
            ds,
            reports=[{"province": r.province, **period_json(r)} for r in reports],
            notes=said,
            metrics=body,
        ),
        columns=[tr("metric", lang), *heads, tr("not available because", lang)],
        rows=rows,
        notes=[*(sentence(n, lang) for n in said), tr(LEADER_NOTE, lang)],
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
    lang: str = "en",
) -> Output:
    result = rank(reports, metric_id, ascending)
    ranked = [x for x in result if x.rank is not None][:top]
    unranked = [
        (x.report.province, x.report.period.label, x.value.reason or "") for x in result if x.rank is None
    ]
    unranked += [(name, "", why) for name, why in missing.items()]
    metric = CATALOGUE[metric_id][0]
    rows = [
        [
            str(x.rank),
            x.report.province,
            x.report.period.label,
            cell(x.value, lang),
            tr(x.value.origin or "", lang),
        ]
        for x in ranked
    ]
    rows += [["-", name, period, tr("n/a", lang), reason(why, lang)] for name, period, why in unranked]
    label = metric_label(metric, lang)
    return Output(
        data=doc(
            "rank",
            ds,
            metric={k: getattr(metric, k) for k in ("id", "label", "unit", "kind", "base")},
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
            unranked=[{"province": n, "period": p or None, "reason": w} for n, p, w in unranked],
        ),
        columns=[tr(c, lang) for c in ("rank", "province", "period")] + [label, tr("origin / reason", lang)],
        rows=rows,
        title=f"{tr('Provinces by', lang)} {label.lower()}" + (f" ({metric.base})" if metric.base else ""),
        numeric={0, 3},
        bars=[x.value.value for x in ranked] + [None] * len(unranked),
        raw_columns=["rank", "province", "period", metric_id, "unit", "origin", "reason"],
        raw_rows=[
            [x.rank, x.report.province, x.report.period.label, x.value.value, metric.unit, x.value.origin, ""]
            for x in ranked
        ]
        + [["", n, p, "", metric.unit, "", w] for n, p, w in unranked],
    )


def _signed(x: float | None, unit: str, lang: str) -> str:
    if x is None:
        return ""
    return ("+" if x >= 0 else "-") + fmt.value(abs(x), unit, lang=lang)


def _pct(x: float | None, lang: str, suffix: str = " %") -> str:
    return "" if x is None else ("+" if x >= 0 else "-") + fmt.number(abs(x) * 100, 1, lang) + suffix


def _implied_row(i: Implied, lang: str) -> list[str]:
    if i.rate is not None:
        rate = ("+" if i.rate >= 0 else "-") + fmt.number(abs(i.rate), 4, lang) + " %"  # as stated
        basis = sentence(f"derived from the stated rate {rate} year on year ({i.earlier_when})", lang)
        diff, rel = _signed(i.now - i.earlier, i.unit, lang), _pct(i.rate / 100, lang)
    else:
        basis = sentence(f"derived from the stated value at the {i.earlier_when}", lang)
        diff, rel = _pct(i.points, lang, tr(" pts", lang)), ""
        if i.stated_now is not None:
            now = fmt.value(i.stated_now, i.unit, lang=lang)
            basis += "; " + sentence(f"the report prints {now} now", lang)
    earlier = fmt.value(i.earlier, i.unit, "about" if i.rate else None, lang)
    return [_implied_label(i, lang), earlier, fmt.value(i.now, i.unit, lang=lang), diff, rel, "", basis]


def _implied_label(i: Implied, lang: str) -> str:
    if lang != "vi":
        return i.label
    if i.key in CATALOGUE:
        return metric_label(CATALOGUE[i.key][0], lang)
    kind, key = i.key.split(".", 1)
    return f"{KIND_ABBREVIATIONS[kind]}: {figure_label(key, lang).lower()}"


def _implied_json(i: Implied) -> dict[str, Any]:
    return {
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


def growth(
    ds: Dataset,
    province: str,
    pair: tuple[Report, Report] | None,
    latest: Report,
    metric_ids: list[str],
    lang: str = "en",
) -> Output:
    rows: list[list[str]] = []
    raw: list[list[Any]] = []
    changes: dict[str, Any] = {}
    notes: list[str] = []
    if pair:
        note = length_note(pair[0].period, pair[1].period)
        notes += [note] if note else []
        for mid in metric_ids or [m for m in CATALOGUE if CATALOGUE[m][0].kind != "attainment"]:
            c = change(mid, *pair)
            if c.reason and not metric_ids:
                continue
            u = c.metric.unit
            diff = (
                _signed(c.absolute, u, lang) if c.points is None else _pct(c.points, lang, tr(" pts", lang))
            )
            rows.append(
                [
                    metric_label(c.metric, lang),
                    cell(c.before, lang),
                    cell(c.after, lang),
                    diff,
                    _pct(c.relative, lang),
                    _pct(c.annualised, lang, tr(" %/yr", lang)),
                    reason(c.reason, lang) if c.reason else tr("computed from two reports", lang),
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
    imp = [
        i
        for i in implied(latest)
        if not metric_ids or i.key in metric_ids or i.key.split(".")[0] in metric_ids
    ]
    for i in imp:
        rows.append(_implied_row(i, lang))
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
        data=doc(
            "growth",
            ds,
            province=province,
            **{
                "from": period_json(pair[0]) if pair else None,
                "to": period_json(pair[1] if pair else latest),
            },
            changes=changes,
            implied=[_implied_json(i) for i in imp],
        ),
        columns=[tr(c, lang) for c in ("metric", "from", "to", "change", "relative", "annualised", "basis")],
        rows=rows,
        title=f"{province}: {span}",
        notes=[sentence(n, lang) for n in notes],
        numeric={1, 2, 3, 4, 5},
        raw_columns=["key", "unit", "from", "to", "absolute", "relative", "points", "annualised", "basis"],
        raw_rows=raw,
    )
