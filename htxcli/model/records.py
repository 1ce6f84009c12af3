"""The typed model of a data file: immutable records (``record.Record``), built by
``datafile.read.load``. Records rather than frozen dataclasses: a dataclass costs ten times as much
to define, and htx is a command run hundreds of times a day (docs/performance.md)."""

from datetime import date
from typing import Any

from .names import fold
from .periods import Period
from .record import Record


class Figure(Record):
    """A number as a report printed it: its qualifier ("hơn"), time unit, the high end when
    the report prints a range ("từ 4 - 5 triệu"), a status of its own when it differs from
    the report's, and the rarer keys as written (``more``: period, covers, change, plan ...)."""

    value: int | float  # the number, or the low end of a range
    qualifier: str | None = None
    per: str | None = None
    note: str | None = None
    high: int | float | None = None
    status: str | None = None
    more: dict[str, Any] | None = None

    def get(self, key: str) -> Any:
        return self.more.get(key) if self.more else None

    @property
    def is_range(self) -> bool:
        return self.high is not None

    @property
    def yoy_pct(self) -> float | None:
        return self.get("yoy_pct")

    @property
    def with_credit_funds(self) -> bool:
        """The figure covers credit funds too, though the total it is divided by does not."""
        return bool(self.get("with_credit_funds"))


#: What a figure says of itself that figures must share to be added: parts of other time units,
#: periods, bases or definitions are never added as if alike (``unlike``).
ALIKE = ("period", "with_credit_funds", "criterion")


def unlike(figs: list[Figure]) -> str | None:
    """Why these figures cannot be added as one: the first of "per" (time unit), the keys of
    ALIKE, or "covers" (some count fewer organisations than all, others do not say) in which
    they differ; None where they are alike enough to add."""
    if len({f.per for f in figs}) > 1:
        return "per"
    for k in ALIKE:
        if len({f.get(k) or None for f in figs}) > 1:
            return k
    covers = [f.get("covers") is None for f in figs]
    return "covers" if any(covers) and not all(covers) else None


#: The credit-fund flags (``Org.includes_credit_funds``) of blocks that count on different bases.
BASES_DIFFER = frozenset({True, False})


class Ratings(Record):
    figures: dict[str, Figure]
    base: str | None = None


class Org(Record):
    """The figures of one kind of organisation (cooperatives, credit funds, unions, groups), or
    of one sector of it (``sectors``: sector id -> the figures of that subset)."""

    figures: dict[str, Figure]
    by_sector: dict[str, Figure]
    members_by_sector: dict[str, Figure]
    ratings: Ratings | None = None
    includes_credit_funds: bool | None = None
    sectors: dict[str, "Org"] | None = None
    sectors_complete: bool = False  # the report says its sectors make up the whole

    def get(self, key: str) -> Figure | None:
        return self.figures.get(key)

    def sector_figure(self, sector: str, key: str) -> Figure | None:
        """A sector's figure, from [sectors] or the v1 shorthands by_sector / members_by_sector."""
        sub = (self.sectors or {}).get(sector)
        if sub is not None and key in sub.figures:
            return sub.figures[key]
        short = {"total": self.by_sector, "members": self.members_by_sector}.get(key, {})
        return short.get(sector)

    def sector_ids(self) -> list[str]:
        return list(dict.fromkeys([*(self.sectors or {}), *self.by_sector, *self.members_by_sector]))


class Target(Record):
    """A plan and, when known, its actual: a target block, or a figure's own plan."""

    target: str  # a target id of version 1, a figure path ("cooperatives.total") or a metric id
    period: str | None
    plan: tuple[float, float] | None  # (low, high); equal ends for a single number
    plan_qualifier: str | None
    actual: Figure | None
    stated_pct: float | None
    note: str | None = None
    where: tuple[str | int, ...] = ()  # its place in the report block, for findings


class Source(Record):
    publisher: str
    title: str
    published: date | str | None = None  # a TOML date, or "YYYY-MM" when the day is not printed
    meeting: date | str | None = None
    url: str | None = None
    author: str | None = None
    file: str | None = None
    note: str | None = None


class Acknowledgement(Record):
    rule: str
    key: str
    reason: str


class Report(Record):
    """One report block. ``place`` is the name as the report printed it; ``name`` is the place
    htx knows it as (names.canonical): "Thanh Hoá" is Thanh Hóa, and a 2024 report of
    Lâm Đồng is about "Lâm Đồng (cũ)", the province before the 2025 merger."""

    place: str
    period: Period
    status: str
    source: Source
    orgs: dict[str, Org]
    programmes: dict[str, Figure]
    support: dict[str, Figure]
    targets: tuple[Target, ...]
    stated: dict[str, float]
    start: dict[str, float]
    acknowledged: tuple[Acknowledgement, ...]
    note: str | None = None
    scope: str = "province"  # province | region | country
    name: str = ""
    preferred: bool = False
    # the reports htx summed into this one (a 2025 unit of --as-2025), each as printed; () for
    # a report of the file. What the sum lacks is explained from them (metrics/sums.py).
    parts: tuple["Report", ...] = ()

    def org(self, kind: str) -> Org | None:
        return self.orgs.get(kind)

    def figure(self, kind: str, *key: str) -> Figure | None:
        """A figure by path: ("cooperatives", "total"), ("support", "loans"),
        ("groups", "sectors", "agriculture", "new")."""
        if kind in ("programmes", "support"):
            return (
                (self.programmes if kind == "programmes" else self.support).get(key[0])
                if len(key) == 1
                else None
            )
        org = self.orgs.get(kind)
        if org is None:
            return None
        if len(key) == 3 and key[0] == "sectors":
            return org.sector_figure(key[1], key[2])
        return org.figures.get(key[0]) if len(key) == 1 else None

    @property
    def province(self) -> str:
        """The place's name, as htx knows it (JSON calls it "province" for every scope)."""
        return self.name or self.place


class Dataset(Record):
    """The reports of a file, and an index of them by place, built once (``index``)."""

    path: str
    reports: tuple[Report, ...]
    by_place: dict[str, list[Report]]  # name -> its reports, oldest first, one per period
    sources: dict[tuple[str, str], list[Report]]  # (name, period) -> every report of it
    ordered: dict[str | None, list[str]]  # scope (None: every scope) -> its places, by name

    def provinces(self) -> list[str]:
        """The provinces in the data (not regions or the country), by name."""
        return self.places("province")

    def places(self, scope: str | None = None) -> list[str]:
        """Places of one scope (or all), by name: sorted once, when the file is indexed."""
        return list(self.ordered.get(scope, ()))

    def of(self, name: str) -> list[Report]:
        """Reports of one place, oldest first; of two sources for one period, the chosen one."""
        return self.by_place.get(name, [])


def index(path: str, reports: tuple[Report, ...]) -> Dataset:
    """The dataset of a file's reports, indexed by place once: no command scans every report
    for every place. Where two sources report one place and period, the one marked
    ``preferred`` is used, else the first in the file."""
    sources: dict[tuple[str, str], list[Report]] = {}
    for r in reports:
        sources.setdefault((r.province, r.period.label), []).append(r)
    by_place: dict[str, list[Report]] = {}
    for (name, _period), same in sources.items():
        chosen = next((r for r in same if r.preferred), same[0])
        by_place.setdefault(name, []).append(chosen)
    for rs in by_place.values():
        rs.sort(key=lambda r: r.period)
    ordered: dict[str | None, list[str]] = {None: sorted(by_place, key=fold)}
    for name in ordered[None]:
        ordered.setdefault(by_place[name][0].scope, []).append(name)
    return Dataset(path, reports, by_place, sources, ordered)
