"""The rows of htx show: the figures a report states and the metrics htx derives, worded in
the reader's language, with what cannot be computed taken out to a line under each table."""

from __future__ import annotations

from typing import Any

from ...metrics import Value, attainment, target_unit
from ...model.messages import lower_first
from ...model.record import Record
from ...model.records import Figure, Report
from ...model.vocabulary import BLOCK_FIGURES, BLOCKS, ORG_FIGURES, ORG_KINDS, RATING_FIGURES, SECTORS, Key
from .. import values
from ..catalogue import say, term, word
from . import tidy
from .common import cell


class Row(Record):
    """One line of show: a figure the report states, or a metric htx derives."""

    section: str
    item: str
    value: str  # as displayed
    origin: str | None  # stated | computed | None (not computable)
    basis: str
    raw: float | str | None  # a range as "low..high"
    unit: str
    is_target: bool = False
    tidy: tuple[Any, ...] = ()  # the row of the CSV/TSV contract (tidy.COLUMNS)


def section_title(block: str, lang: str) -> str:
    if block in ORG_KINDS:
        org = ORG_KINDS[block]
        name = term(org.name, lang)
        return f"{name[:1].upper()}{name[1:]} ({org.abbreviation})"
    return term(BLOCKS[block], lang)


def _change(f: Figure, unit: str, lang: str) -> str | None:
    """What the report says the figure changed by: "+37 (about +17 %) against 2022"."""
    change, pct = f.get("change"), f.get("change_pct")
    pct = f.yoy_pct if pct is None else pct  # schema_version 1 wrote a yearly rate as yoy_pct
    if change is None and pct is None:
        return None
    parts = []
    if change is not None:
        parts.append(("+" if change >= 0 else "-") + values.value(abs(change), unit, lang=lang))
    if pct is not None:
        rate = values.qualify(
            ("+" if pct >= 0 else "-") + f"{values.number(abs(pct), 4, lang)}%",
            f.get("change_qualifier"),
            lang,
        )
        parts.append(f"({rate})" if parts else rate)
    since = f.get("change_from")
    what = " ".join(parts)
    return (
        word("figure.change", lang, change=what, period=since)
        if since
        else word("figure.change_yoy", lang, change=what)
    )


def _said(id: str, lang: str, **params: object) -> str | None:
    """A message about a figure, when the figure has the value it is about."""
    return None if any(v is None for v in params.values()) else word(id, lang, **params)


def _figure_basis(f: Figure, unit: str, status: str, lang: str) -> str:
    said = [
        f.note,
        _change(f, unit, lang),
        word("figure.with_credit_funds", lang) if f.with_credit_funds else None,
        word(f"figure.status_{f.status}", lang) if f.status and f.status != status else None,
        word("figure.period", lang, period=f.get("period")) if f.get("period") else None,
        _said("figure.covers", lang, n=f.get("covers")),
        word("figure.criterion", lang, text=f.get("criterion")) if f.get("criterion") else None,
        word("figure.national_share", lang, pct=f.get("national_share_pct"))
        if f.get("national_share_pct") is not None
        else None,
    ]
    return "; ".join(n for n in said if n)


def _figure_rows(
    section: str,
    figures: dict[str, Figure],
    keys: dict[str, Key],
    lang: str,
    where: tuple[Report, str],
    prefix: str | None = None,
) -> list[Row]:
    """The figures of one table; ``where``: the report and the path of the table in it."""
    r, path = where
    rows = []
    for key, f in figures.items():
        unit = keys[key].display_unit if key in keys else "count"
        label = term(keys[key].label, lang) if key in keys else key.replace("_", " ").capitalize()
        item = word(prefix, lang, label=label) if prefix else label
        shown = values.value(f.value, unit, f.qualifier, lang, f.per, f.high)
        basis = _figure_basis(f, unit, r.status, lang)
        english = _figure_basis(f, unit, r.status, "en")
        tidy_row = tidy.figure_row(r, f"{path}.{key}", f, keys.get(key), item, english)
        rows.append(
            Row(section, item, shown, "stated", basis, values.raw(f.value, f.high), unit, tidy=tidy_row)
        )
    return rows


def metric_row(
    section: str, v: Value, r: Report, lang: str, item: str | None = None, stated: float | None = None
) -> Row:
    m = v.metric
    text = cell(v, lang)
    if v.high is not None:
        text += f" – {values.value(v.high, m.unit, lang=lang)}"
    why = v.detail or v.reason
    basis = say(why, lang) if why else ""
    if stated is not None and v.origin == "computed":
        basis += "; " + _printed(stated, m.unit, lang)
    coops = r.org("cooperatives")
    if v.credit_funds and v.value is not None and coops is not None and coops.includes_credit_funds is False:
        basis += f" ({word('figure.with_credit_funds', lang)})"  # unlike the section's own counts
    label = item if item is not None else term(m.label, lang)
    raw = values.raw(v.value, v.high if v.high is not None else v.upper)
    printed = ""  # what the report printed, for the tidy row's note: a share in percent
    if stated is not None:
        printed = f"report: {stated:g}%" if m.unit == "fraction" else f"report: {stated}"
    tidy_row = tidy.value_row(r, v, lang, label, printed)
    return Row(section, label, text, v.origin, basis, raw, m.unit, m.kind == "attainment", tidy_row)


def _printed(stated: float, unit: str, lang: str) -> str:
    """What the report printed for a metric: a share as its percentage, else in its unit."""
    if unit == "fraction":
        return word("basis.report_pct", lang, pct=stated)
    return word("basis.report_value", lang, value=values.value(stated, unit, lang=lang))


def _target_rows(r: Report, section: str, lang: str) -> list[Row]:
    rows = []
    for t in r.targets:
        v = attainment(r, t)
        unit = target_unit(t.target)
        ends = [values.value(x, unit, lang=lang) for x in dict.fromkeys(t.plan or ())]
        plan = values.qualify("–".join(ends), t.plan_qualifier, lang)
        label = term(v.metric.label, lang)
        label = word("row.target_period", lang, label=label, period=t.period) if t.period else label
        label = word("row.plan", lang, label=label, plan=plan) if plan else label
        rows.append(metric_row(section, v, r, lang, label, t.stated_pct))
    return rows


def _org_rows(r: Report, values_: list[Value], lang: str, title: str, kind: str) -> list[Row]:
    org = r.orgs[kind]
    rows = _figure_rows(title, org.figures, BLOCK_FIGURES[kind], lang, (r, kind))
    rows += _figure_rows(title, org.by_sector, SECTORS, lang, (r, f"{kind}.by_sector"), "row.by_sector")
    members = (r, f"{kind}.members_by_sector")
    rows += _figure_rows(title, org.members_by_sector, SECTORS, lang, members, "row.members_by_sector")
    if org.ratings:
        ratings = (r, f"{kind}.ratings")
        rows += _figure_rows(title, org.ratings.figures, RATING_FIGURES, lang, ratings, "row.rated")
    metrics = [v for v in values_ if v.metric.group == kind and v.metric.kind != "count"]
    return rows + [metric_row(title, v, r, lang, stated=r.stated.get(v.metric.id)) for v in metrics]


def report_rows(r: Report, values_: list[Value], lang: str, province: str | None = None) -> list[Row]:
    """Every row of one report, figures first, then the metrics of each block."""

    def title(block: str) -> str:
        name = section_title(block, lang)
        return word("heading.of_province", lang, province=province, section=name) if province else name

    rows: list[Row] = []
    for kind in r.orgs:
        flag = r.orgs[kind].includes_credit_funds if kind == "cooperatives" else None
        heading = (
            title(kind) if flag is None else word(f"heading.credit_funds_{flag}", lang, section=title(kind))
        )
        rows += _org_rows(r, values_, lang, heading, kind)
    rows += _figure_rows(
        title("programmes"), r.programmes, BLOCK_FIGURES["programmes"], lang, (r, "programmes")
    )
    rows += _figure_rows(title("support"), r.support, BLOCK_FIGURES["support"], lang, (r, "support"))
    return rows + _target_rows(r, title("targets"), lang)


def sector_rows(
    r: Report, subsets: dict[tuple[str, str], list[Value]], lang: str, province: str | None = None
) -> list[Row]:
    """A section per sector a report breaks an organisation down by: that sector's figures
    (from [sectors]) and the averages and shares over it, which its title names."""
    rows: list[Row] = []
    for (kind, sector), found in subsets.items():
        org = r.orgs[kind]
        name = word(
            "heading.sector",
            lang,
            section=section_title(kind, lang),
            sector=term(SECTORS[sector].label, lang),
        )
        title = word("heading.of_province", lang, province=province, section=name) if province else name
        own = (org.sectors or {}).get(sector)
        if own is not None:
            rows += _figure_rows(title, own.figures, ORG_FIGURES, lang, (r, f"{kind}.sectors.{sector}"))
        rows += [metric_row(title, v, r, lang) for v in found]
    return rows


def unavailable(rows: list[Row], lang: str) -> tuple[list[Row], dict[str, str]]:
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
