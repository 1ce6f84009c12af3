"""The 2025 reorganisation (63 provincial units into 34), read from shipped data, and the
grouping of old provinces' reports into their new units."""

import json
import os
from datetime import date
from functools import cache
from typing import NamedTuple

from .model import Figure, Org, Ratings, Report, Source

# JSON, not TOML: it is read on every run that names a province, and json parses it 20x faster.
MAPPING = os.path.join(os.path.dirname(__file__), "data", "provinces-2025.json")


class Reorganisation(NamedTuple):
    effective: date
    resolution: str
    new_of: dict[str, str]  # old name -> new unit

    def predecessors(self, unit: str) -> list[str]:
        return [old for old, new in self.new_of.items() if new == unit]

    @property
    def units(self) -> list[str]:
        return sorted(set(self.new_of.values()))


@cache
def reorganisation() -> Reorganisation:
    with open(MAPPING, encoding="utf-8") as f:
        doc = json.load(f)
    return Reorganisation(
        date.fromisoformat(doc["effective"]),
        doc["resolution"],
        {row["old"]: row["new"] for row in doc["province_merger_2025"]},
    )


def note_for(province: str) -> str | None:
    """What the reader of an old province's figures should know since 2025."""
    reorg = reorganisation()
    unit = reorg.new_of.get(province)
    if unit is None:
        return None
    others = [p for p in reorg.predecessors(unit) if p != province]
    if not others:
        return None
    when = _when()
    if unit == province:
        return (
            f"Since {when}, {unit} names a larger unit ({', '.join(reorg.predecessors(unit))}); "
            f"these figures are for the old {province}."
        )
    with_ = ", ".join(_old(o, unit) for o in others)
    return f"{province} has been part of the new {unit} since {when} (with {with_})."


def _when() -> str:
    d = reorganisation().effective
    return f"{d.day} {d:%B %Y}"


def _old(name: str, unit: str) -> str:
    return f"{name} (old)" if name == unit else name


def unit_notes(unit: str, with_data: list[str]) -> list[str]:
    """For a new unit asked by name: what it groups, and which predecessors have no data."""
    olds = reorganisation().predecessors(unit)
    lacking = [_old(p, unit) for p in olds if p not in with_data]
    notes = [f"{unit}, since {_when()}, groups {', '.join(_old(p, unit) for p in olds)}."]
    if lacking:
        notes.append(f"No data for {', '.join(lacking)}; shown: {', '.join(with_data)}.")
    return notes


def _sum(figs: list[Figure | None]) -> Figure | None:
    if not figs or any(f is None for f in figs):
        return None
    words = {f.qualifier for f in figs if f}
    qualifier = None if words == {None} else words.pop() if len(words) == 1 else "about"
    return Figure(sum(f.value for f in figs if f), qualifier)


def _sum_table(tables: list[dict[str, Figure]], skip: tuple[str, ...] = ()) -> dict[str, Figure]:
    keys = [k for k in tables[0] if k not in skip and all(k in t for t in tables)]
    return {k: f for k in keys if (f := _sum([t.get(k) for t in tables])) is not None}


def _merge_org(orgs: list[Org]) -> Org:
    ratings = None
    if all(o.ratings for o in orgs):
        ratings = Ratings(_sum_table([o.ratings.figures for o in orgs if o.ratings]))
    flags = {o.includes_credit_funds for o in orgs}
    return Org(
        _sum_table(
            [o.figures for o in orgs],
            skip=("avg_charter_capital", "avg_revenue", "avg_profit", "income_per_worker"),
        ),
        _sum_table([o.by_sector for o in orgs]),
        _sum_table([o.members_by_sector for o in orgs]),
        ratings,
        flags.pop() if len(flags) == 1 else None,
    )


def aggregate(unit: str, reports: list[Report]) -> Report:
    """One report for a new unit from its predecessors' reports of one period: counts and
    money summed where every predecessor gives them; averages and shares are recomputed
    from the sums by the metrics, never averaged."""
    first = reports[0]
    kinds = [k for k in first.orgs if all(k in r.orgs for r in reports)]
    names = ", ".join(r.province for r in reports)
    return first._replace(
        province=unit,
        status="estimated" if any(r.status == "estimated" for r in reports) else first.status,
        source=Source(publisher="htx", title=f"sum of the reports of {names}"),
        orgs={k: _merge_org([r.orgs[k] for r in reports]) for k in kinds},
        programmes=_sum_table([r.programmes for r in reports]),
        support=_sum_table([r.support for r in reports]),
        targets=(),
        stated={},
        start={},
        acknowledged=(),
        note=f"{unit} (from {reorganisation().effective}): {names}",
    )


def group_2025(by_province: dict[str, list[Report]], unit: str, period: str | None) -> Report:
    """The new unit's report for ``period`` (default: the latest period all predecessors
    share); raises Incomplete naming what is missing."""
    from .errors import NotFound

    olds = reorganisation().predecessors(unit) or [unit]
    have = {p: {r.period.label: r for r in by_province.get(p, [])} for p in olds}
    if period is None:
        common = set.intersection(*(set(h) for h in have.values()))
        if common:
            period = max(common, key=lambda label: have[olds[0]][label].period)
    if period is None:
        missing = [_old(p, unit) for p in olds if not have[p]]
        why = (
            f"no report from {', '.join(missing)}" if missing else "no period that every predecessor reports"
        )
    else:
        missing = [_old(p, unit) for p in olds if period not in have[p]]
        why = f"no report for {period} from {', '.join(missing)}"
    if missing or period is None:
        raise NotFound(
            f"{unit}: {why}",
            f"{unit} groups {', '.join(_old(p, unit) for p in olds)}; --as-2025 sums only complete sets",
        )
    assert period is not None
    return aggregate(unit, [have[p][period] for p in olds])
