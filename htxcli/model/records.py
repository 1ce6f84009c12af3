"""The typed model of a data file: immutable records (``record.Record``), built by
``datafile.load``. Records rather than frozen dataclasses: a dataclass costs ten times as much
to define, and htx is a command run hundreds of times a day (docs/performance.md)."""

from datetime import date

from .names import fold
from .periods import Period
from .record import Record


class Figure(Record):
    """A number as a report printed it, with its qualifier ("more than") and time unit."""

    value: int | float
    qualifier: str | None = None
    per: str | None = None
    yoy_pct: float | None = None
    with_credit_funds: bool = False  # covers credit funds too, though the total does not
    note: str | None = None


class Ratings(Record):
    figures: dict[str, Figure]
    base: str | None = None


class Org(Record):
    """The figures of one kind of organisation (cooperatives, credit funds, unions, groups)."""

    figures: dict[str, Figure]
    by_sector: dict[str, Figure]
    members_by_sector: dict[str, Figure]
    ratings: Ratings | None = None
    includes_credit_funds: bool | None = None

    def get(self, key: str) -> Figure | None:
        return self.figures.get(key)


class Target(Record):
    target: str
    period: str | None
    plan: tuple[float, float] | None  # (low, high); equal ends for a single number
    plan_qualifier: str | None
    actual: Figure | None
    stated_pct: float | None
    note: str | None = None


class Source(Record):
    publisher: str
    title: str
    published: date | None = None
    meeting: date | None = None
    url: str | None = None
    author: str | None = None
    file: str | None = None
    note: str | None = None


class Acknowledgement(Record):
    rule: str
    key: str
    reason: str


class Report(Record):
    province: str
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

    def org(self, kind: str) -> Org | None:
        return self.orgs.get(kind)

    def figure(self, kind: str, key: str) -> Figure | None:
        """A figure by block and key; blocks are org kinds, ``programmes`` or ``support``."""
        if kind == "programmes":
            return self.programmes.get(key)
        if kind == "support":
            return self.support.get(key)
        org = self.orgs.get(kind)
        return org.figures.get(key) if org else None


class Dataset(Record):
    path: str
    reports: tuple[Report, ...]

    def provinces(self) -> list[str]:
        return sorted({r.province for r in self.reports}, key=fold)

    def of(self, province: str) -> list[Report]:
        """Reports of one province, oldest first."""
        return sorted((r for r in self.reports if r.province == province), key=lambda r: r.period)
