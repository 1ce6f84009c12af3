"""Places as people write them, and the one name htx knows each by.

Any case, accents or not, NFC or NFD, "Hòa" or "Hoà", "Tỉnh"/"TP." prefixes: ``fold`` makes them
one key. ``canonical`` is the identity every command, ``validate``, ``add`` and the loader use:
the official name of a province (63 before 1 July 2025, 34 since), region or the country. A
province whose name now names a larger unit is, for a period before the merger, the old
province: "Lâm Đồng (cũ)" (typed "Lâm Đồng (old)" too). ``note_for`` and ``unit_notes`` say
what a reader of such a name should know since 2025; ``reorganisation`` is the 2025
mapping itself.
"""

from __future__ import annotations

import json
import os
from datetime import date
from functools import cache

from .errors import NotFound
from .messages import Msg, msg
from .record import Record
from .vocabulary.words import COUNTRY, OLD_SUFFIX, OLD_SUFFIXES, REGIONS

# The 2025 reorganisation, 63 provincial units into 34 (Resolution 202/2025/QH15): the mapping
# ships with htx as JSON, not TOML, as it is read on every run that names a province and json
# parses it 20x faster.
MAPPING = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "provinces-2025.json")


class Reorganisation(Record):
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


# "Tỉnh", "Thành phố", "TP." before a name, folded; a regular expression would cost its
# compilation on every run
_PREFIXES = ("tinh ", "thanh pho ", "tp. ", "tp ")


@cache
def fold(name: str) -> str:
    """A match key: no accents, đ -> d, lower case, single spaces, no 'Tỉnh'/'TP.' prefix."""
    import unicodedata  # here: a run that only looks names up in its data never loads it (0.3 ms)

    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.replace("-", " - ").split())  # one space between words, none at the ends
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def split_old(name: str) -> tuple[str, bool]:
    """'Lâm Đồng (cũ)' -> ('Lâm Đồng', True); any other name -> (name, False)."""
    if "(" not in name:  # every suffix has one, and folding adds none: the common case, cheaply
        return name, False
    folded = fold(name)
    for suffix in OLD_SUFFIXES:
        if folded.endswith(fold(suffix)):
            return name[: len(name) - len(suffix)].rstrip(), True
    return name, False


@cache
def _official() -> dict[str, str]:
    """Folded name -> official name, for the 63 provinces before 2025 and the 34 units since."""
    reorg = reorganisation()
    return {fold(n): n for n in (*reorg.new_of, *reorg.new_of.values())}


@cache
def changed_units() -> frozenset[str]:
    """The 2025 units whose name now covers more than the province of that name did."""
    reorg = reorganisation()
    return frozenset(u for u in reorg.units if reorg.predecessors(u) != [u])


def old_form(name: str) -> str:
    """The name of a province as it was before 2025: 'Lào Cai (cũ)', or the name unchanged."""
    return name + OLD_SUFFIX if name in changed_units() else name


@cache
def _regions() -> dict[str, str]:
    return {fold(w): r.name for r in REGIONS.values() for w in (r.name, r.en, *r.words)}


@cache
def _country() -> frozenset[str]:
    return frozenset(fold(w) for w in (COUNTRY.name, COUNTRY.en, *COUNTRY.words))


def scope_of(name: str) -> str:
    """Which key of a report names this place: country, region or (anything else) province."""
    key = fold(name)
    return "country" if key in _country() else "region" if key in _regions() else "province"


def official(name: str) -> str | None:
    """The official name of a province as written in any accepted way, or None if unknown."""
    return _official().get(fold(split_old(name)[0]))


def canonical(scope: str, name: str, period_end: date | None = None) -> str:
    """The name htx knows a report's place by. An unknown province keeps its spelling
    (NFC, single spaces): validate warns about it with the closest official names."""
    if scope == "country":
        return COUNTRY.name if fold(name) in _country() else name
    if scope == "region":
        return _regions().get(fold(name), name)
    base, old = split_old(name)
    known = official(base)
    if known is None:
        import unicodedata

        return " ".join(unicodedata.normalize("NFC", name).split())
    before = period_end is not None and period_end < reorganisation().effective
    return old_form(known) if (old or before) else known


@cache
def _every_place() -> dict[str, str]:
    """Every way htx understands a place on the command line -> its canonical name."""
    out: dict[str, str] = {}
    for unit in reorganisation().units:
        out[fold(unit)] = unit
    for old in reorganisation().new_of:
        form = old_form(old)
        for suffix in OLD_SUFFIXES:
            out[fold(old + suffix)] = form
        out.setdefault(fold(old), form)
    out.update(_regions())
    out.update(dict.fromkeys(_country(), COUNTRY.name))
    return out


def resolve(query: str, in_data: list[str], what: str = "province") -> str:
    """The one place ``query`` means, among the places in the data and every province, unit,
    region and the country htx knows; NotFound with suggestions otherwise."""
    if query in in_data:  # typed exactly as the data names it: the common case
        return query
    names = {**_every_place(), **{fold(n): n for n in in_data}}
    key = fold(query)
    if key in names:
        return names[key]
    hits = sorted({n for k, n in names.items() if key and k.startswith(key)}, key=fold)
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise NotFound(f"{what} {query!r} is ambiguous: it could be {', '.join(hits)}")
    from .suggest import close_matches, did_you_mean  # only on the way to an error

    near = list(dict.fromkeys(names[k] for k in close_matches(key, names)))
    raise NotFound(f"no {what} {query!r} in the data", did_you_mean(near) or "run htx list to see them")


def known_names(in_data: list[str]) -> list[str]:
    """Names htx answers to: the places in the data, and every province, unit, region and the
    country (for completion)."""
    return sorted({*in_data, *_every_place().values()}, key=fold)


def predecessors(unit: str) -> list[str]:
    """The provinces a 2025 unit was formed from, as htx names them: 'Lào Cai (cũ)', 'Yên Bái'."""
    return [old_form(p) for p in reorganisation().predecessors(unit)] or [unit]


def note_for(name: str) -> Msg | None:
    """What the reader of an old province's figures should know since 2025."""
    reorg = reorganisation()
    province, old = split_old(name)
    unit = reorg.new_of.get(province)
    if unit is None or reorg.predecessors(unit) == [province]:
        return None
    when = reorg.effective
    if unit == province:  # "Lâm Đồng" is the 2025 unit itself; "Lâm Đồng (cũ)" the old province
        members = predecessors(unit)
        return (
            msg("note.larger_unit", date=when, unit=unit, members=members, province=province) if old else None
        )
    others = [p for p in predecessors(unit) if p != name]
    return msg("note.part_of_new_unit", province=name, unit=unit, date=when, others=others)


def unit_notes(unit: str, with_data: list[str]) -> list[Msg]:
    """For a new unit asked by name: what it groups, and which predecessors have no data."""
    olds = predecessors(unit)
    lacking = [p for p in olds if p not in with_data]
    notes = [msg("note.unit_groups", unit=unit, date=reorganisation().effective, members=olds)]
    if lacking:
        notes.append(msg("note.no_data_for", lacking=lacking, shown=with_data))
    return notes
