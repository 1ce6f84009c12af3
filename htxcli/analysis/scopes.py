"""A province's or region's figures as shares of the national total of the same period, and
the reports of a place and period that other sources give."""

from ..model.messages import Msg, Term, msg
from ..model.record import Record
from ..model.records import Dataset, Figure, Report
from ..model.vocabulary import COUNTRY, ORG_FIGURES, ORG_KINDS

#: Counts and amounts a share of the national total is computed for (averages are not).
SHARED_FIGURES = ("total", "active", "new", "members", "workers", "charter_capital", "revenue", "effective")


class Share(Record):
    """One figure of a place as a share of the same figure for the whole country."""

    key: str  # "cooperatives.total"
    label: Term
    value: float  # a fraction
    part: Figure
    whole: Figure
    stated_pct: float | None = None  # what the report prints ("chiếm 11,5%")


def national_report(ds: Dataset, r: Report) -> Report | None:
    """The country's report of the same period, if the file has one (and r is not it)."""
    if r.scope == "country":
        return None
    return next((n for n in ds.of(COUNTRY.name) if n.period.label == r.period.label), None)


def national_shares(r: Report, national: Report) -> list[Share]:
    out = []
    for kind in ORG_KINDS:
        mine, theirs = r.org(kind), national.org(kind)
        if mine is None or theirs is None:
            continue
        for key in SHARED_FIGURES:
            part, whole = mine.get(key), theirs.get(key)
            if part is None or whole is None or not whole.value or part.is_range or whole.is_range:
                continue
            label = Term(
                f"{ORG_KINDS[kind].short.en}: {ORG_FIGURES[key].label.en.lower()}",
                f"{ORG_KINDS[kind].abbreviation}: {ORG_FIGURES[key].label.vi.lower()}",
            )
            out.append(
                Share(
                    f"{kind}.{key}",
                    label,
                    part.value / whole.value,
                    part,
                    whole,
                    part.get("national_share_pct"),
                )
            )
    return out


def other_sources(ds: Dataset, r: Report) -> Msg | None:
    """Which source a place and period is shown from, when the file holds more than one."""
    every = ds.sources.get((r.province, r.period.label), [r])
    others = [o for o in every if o is not r]
    if not others:
        return None
    named = [f'{o.source.publisher}, "{o.source.title}"' for o in others]
    return msg("note.other_sources", used=f'{r.source.publisher}, "{r.source.title}"', others=named)
