"""htx growth: change between two reports of a province, and what a report's rates imply."""

from __future__ import annotations

from typing import Any

from ...analysis.growth import Change, Implied, change, implied, length_note
from ...analysis.select import for_growth
from ...metrics import CATALOGUE, compute, from_percent
from ...model.messages import Msg, Term, msg, number
from ...model.records import Dataset, Report
from ...model.vocabulary import ORG_FIGURES, ORG_KINDS
from .. import Output, Table, values
from ..catalogue import say, term, word
from . import tidy
from .common import cell, doc, period_json

_COLUMNS = ("metric", "from", "to", "change", "relative", "annualised", "basis")
#: One row per change; documented in docs/json.md ("CSV and TSV").
_RAW_COLUMNS = [
    "place",
    "scope",
    "from_period",
    "to_period",
    "key",
    "label",
    "unit",
    "per",
    "base",
    "from",
    "from_qualifier",
    "to",
    "to_qualifier",
    "absolute",
    "relative",
    "points",
    "annualised",
    "basis",
]


def _signed(x: float | None, unit: str, lang: str) -> str:
    if x is None:
        return ""
    return ("+" if x >= 0 else "-") + values.value(abs(x), unit, lang=lang)


def _pct(x: float | None, lang: str, suffix: str = "%") -> str:
    return "" if x is None else ("+" if x >= 0 else "-") + number(abs(x) * 100, 1, lang) + suffix


def _change_row(c: Change, lang: str) -> list[str]:
    u = c.metric.unit
    diff = (
        _signed(c.absolute, u, lang)
        if c.points is None
        else _pct(c.points, lang, word("suffix.points", lang))
    )
    return [
        term(c.metric.label, lang),
        cell(c.before, lang),
        cell(c.after, lang),
        diff,
        _pct(c.relative, lang),
        _pct(c.annualised, lang, word("suffix.per_year", lang)),
        say(c.reason, lang) if c.reason else word("basis.two_reports", lang),
    ]


def _change_json(c: Change) -> dict[str, Any]:
    return {
        "unit": c.metric.unit,
        "per": tidy.per(c.after) or None,
        "base_detail": tidy.base(c.after) or None,
        "from": c.before.value,
        "from_qualifier": c.before.qualifier,
        "to": c.after.value,
        "to_qualifier": c.after.qualifier,
        "absolute": c.absolute,
        "relative": c.relative,
        "points": c.points,
        "annualised": c.annualised,
        "reason": say(c.reason) if c.reason else None,
    }


def _change_raw(c: Change, pair: tuple[Report, Report]) -> list[Any]:
    before, after = pair
    return [
        after.province,
        after.scope,
        before.period.label,
        after.period.label,
        c.metric.id,
        term(c.metric.label, "en"),
        c.metric.unit,
        tidy.per(c.after),
        tidy.base(c.after),
        c.before.value,
        c.before.qualifier,
        c.after.value,
        c.after.qualifier,
        c.absolute,
        c.relative,
        c.points,
        c.annualised,
        say(c.reason) if c.reason else "two reports",
    ]


def _changes(pair: tuple[Report, Report], metric_ids: list[str]) -> list[Change]:
    """Every metric both reports have (or those asked, with the reason where one lacks it)."""
    ids = metric_ids or [m for m in CATALOGUE if CATALOGUE[m][0].kind != "attainment"]
    found = [change(mid, *pair) for mid in ids]
    return found if metric_ids else [c for c in found if not c.reason]


def _implied_label(i: Implied, lang: str) -> str:
    if i.key in CATALOGUE:
        return term(CATALOGUE[i.key][0].label, lang)
    kind, key = i.key.split(".", 1)
    org = ORG_KINDS[kind]
    kind_words = Term(org.short.en[:1].upper() + org.short.en[1:], org.abbreviation)
    figure = Term(key.replace("_", " "), ORG_FIGURES[key].label.vi)
    return word("implied.label", lang, kind=kind_words, figure=figure)


def _earlier_when(i: Implied) -> Msg | str:
    return msg("implied.start_of", period=i.earlier_period) if i.at_start else i.earlier_period


def _implied_row(i: Implied, lang: str) -> list[str]:
    if i.change is not None:
        change = _signed(i.change, i.unit, lang)
        basis = word("basis.from_stated_change", lang, change=change, period=i.earlier_period)
        rel = (
            _pct(from_percent(i.rate), lang)
            if i.rate is not None
            else _pct(i.change / i.earlier if i.earlier else None, lang)
        )
        diff = change
    elif i.rate is not None:
        rate = ("+" if i.rate >= 0 else "-") + number(abs(i.rate), 4, lang) + "%"  # as stated
        rate = values.qualify(rate, i.qualifier, lang)
        basis = word("basis.from_stated_rate", lang, rate=rate, period=i.earlier_period)
        diff, rel = _signed(i.now - i.earlier, i.unit, lang), _pct(from_percent(i.rate), lang)
    else:
        basis = word("basis.from_stated_start", lang, period=i.earlier_period)
        diff, rel = _pct(i.points, lang, word("suffix.points", lang)), ""
        if i.stated_now is not None:
            basis += "; " + word(
                "basis.prints_now", lang, value=values.value(i.stated_now, i.unit, lang=lang)
            )
    earlier = values.value(i.earlier, i.unit, "about" if i.rate and i.change is None else None, lang)
    return [_implied_label(i, lang), earlier, values.value(i.now, i.unit, lang=lang), diff, rel, "", basis]


def _origin(i: Implied) -> str:
    if i.change is not None:
        return "implied by a stated change"
    return "implied by a stated rate" if i.rate is not None else "stated start value"


def _implied_json(i: Implied) -> dict[str, Any]:
    when = _earlier_when(i)
    return {
        "key": i.key,
        "label": _implied_label(i, "en"),
        "unit": i.unit,
        "value": i.now,
        "stated_rate_pct": i.rate,
        "earlier": i.earlier,
        "earlier_when": say(when) if isinstance(when, Msg) else when,
        "points": i.points,
        "stated_now": i.stated_now,
        "stated_change": i.change,
        "stated_qualifier": i.qualifier,
        "origin": _origin(i),
    }


def _implied_raw(i: Implied, r: Report) -> list[Any]:
    basis = _origin(i) + (f" ({i.qualifier})" if i.qualifier else "")
    when = _earlier_when(i)
    relative = from_percent(i.rate) if i.rate else None
    base = tidy.base(compute(r, i.key)) if i.key in CATALOGUE else ""
    kind, _, key = i.key.partition(".")
    org = r.org(kind) if key else None
    fig = org.get(key) if org else None
    if i.change is not None and i.earlier:
        relative = i.change / i.earlier
    return [
        r.province,
        r.scope,
        say(when) if isinstance(when, Msg) else when,
        r.period.label,
        i.key,
        _implied_label(i, "en"),
        i.unit,
        fig.per if fig is not None and fig.per else "",
        base,
        i.earlier,
        "about" if i.rate and i.change is None else None,
        i.now,
        None,
        i.now - i.earlier,
        relative,
        i.points,
        None,
        basis,
    ]


def _notes(latest: Report, pair: tuple[Report, Report] | None, found: bool) -> list[Msg]:
    """Periods of different length; and why there is nothing to show, when there is not."""
    notes: list[Msg] = []
    if pair and (note := length_note(pair[0].period, pair[1].period)):
        notes.append(note)
    if not found:
        notes.append(
            msg("note.nothing_comparable", a=pair[0].period.label, b=pair[1].period.label)
            if pair
            else msg("note.one_report", province=latest.province)
        )
    return notes


def growth(
    ds: Dataset, province: str, start: str | None, end: str | None, metric_ids: list[str], lang: str = "en"
) -> Output:
    latest, pair = for_growth(ds, province, start, end)
    changes = _changes(pair, metric_ids) if pair else []
    imp = [
        i
        for i in implied(latest)
        if not metric_ids or i.key in metric_ids or i.key.split(".")[0] in metric_ids
    ]
    notes = _notes(latest, pair, bool(changes or imp))
    span = f"{pair[0].period.label} -> {pair[1].period.label}" if pair else latest.period.label

    def document() -> dict[str, Any]:
        return doc(
            "growth",
            ds,
            province=latest.province,
            **{
                "from": period_json(pair[0]) if pair else None,
                "to": period_json(pair[1] if pair else latest),
            },
            changes={c.metric.id: _change_json(c) for c in changes},
            implied=[_implied_json(i) for i in imp],
        )

    def table() -> Table:
        return Table(
            columns=[word(f"column.{c}", lang) for c in _COLUMNS],
            rows=[_change_row(c, lang) for c in changes] + [_implied_row(i, lang) for i in imp],
            title=f"{latest.province}: {span}",
            notes=[say(n, lang) for n in notes],
            numeric={1, 2, 3, 4, 5},
            raw_columns=_RAW_COLUMNS,
            raw_rows=[_change_raw(c, pair) for c in changes if pair] + [_implied_raw(i, latest) for i in imp],
        )

    return Output(document, table)
