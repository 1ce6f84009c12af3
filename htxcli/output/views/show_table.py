"""``htx show`` as a table: a row per figure and metric, each value with its origin and basis,
and what cannot be computed in captions (the JSON document is built in ``show.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model.messages import Msg, msg
from ...model.records import Report
from ...model.vocabulary import PERIOD_KINDS, SCOPES
from .. import Table
from ..catalogue import say, term, word
from . import tidy
from .rows import Row, report_rows, sector_rows, unavailable

if TYPE_CHECKING:
    from .show import Shown


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


def table(shown: list[Shown], notes: list[Msg], lang: str) -> Table:
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
