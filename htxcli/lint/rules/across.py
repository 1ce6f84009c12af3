"""Rules across the reports of a file: what one report says about another period, another
source of the same place and period, the national total, or the regions that make it up."""

from collections.abc import Iterator

from ...datafile.values import WARNING, Finding
from ...model.messages import plain
from ...model.periods import previous_year
from ...model.records import Dataset, Figure, Report
from ...model.vocabulary import COUNTRY, REGIONS
from .stated import agrees

RULES = {
    "stated-change": "a printed change must match the report of the period it is against",
    "sources-disagree": "two sources of one place and period should print the same figures",
    "national-share": "a printed share of the national total must match the national report of the period",
    "regions-sum": "the six regions of a period must add up to the national figure",
}


def _exact(*figs: Figure) -> bool:
    """Figures printed plainly: no "hơn", "khoảng", no range, so a sum or difference is exact."""
    return all(f.qualifier is None and f.high is None for f in figs)


def _figures(r: Report) -> Iterator[tuple[str, str, Figure]]:
    for kind, org in r.orgs.items():
        for key, fig in org.figures.items():
            yield kind, key, fig


def _earlier(ds: Dataset, r: Report, label: str) -> Report | None:
    return next((e for e in ds.of(r.province) if e.period.label == label), None)


def _change(ds: Dataset, r: Report, kind: str, key: str, fig: Figure) -> Iterator[Finding]:
    change = fig.get("change")
    pct = fig.get("change_pct") if fig.get("change_pct") is not None else fig.yoy_pct
    if change is None and pct is None:
        return
    label = fig.get("change_from") or previous_year(r.period)
    earlier = _earlier(ds, r, label)
    before = earlier.figure(kind, key) if earlier else None
    if before is None or not _exact(fig, before):
        return
    if change is not None and fig.get("change_qualifier") is None and fig.value - before.value != change:
        message = (
            f"{kind}.{key}: the report prints a change of {plain(change)} against {label}, but "
            f"{plain(fig.value)} - {plain(before.value)} = {plain(fig.value - before.value)}"
        )
        yield Finding("stated-change", WARNING, message, (kind, key, "change"))
    if pct is not None and before.value and fig.get("change_qualifier") is None:
        computed = (fig.value / before.value - 1) * 100
        if not agrees(pct, computed):
            message = (
                f"{kind}.{key}: the report prints {pct:+g} % against {label}, but "
                f"{plain(fig.value)} / {plain(before.value)} is {computed:+.1f} %"
            )
            yield Finding("stated-change", WARNING, message, (kind, key, "change_pct"))


def _printed(f: Figure) -> dict[str, object]:
    """What a source prints of a figure that another source of it can be held against."""
    pct = f.get("change_pct") if f.get("change_pct") is not None else f.yoy_pct
    found = {"value": (f.value, f.high), "per": f.per, "change": f.get("change"), "change_pct": pct}
    return {aspect: x for aspect, x in found.items() if x is not None}


def _shown(aspect: str, x: object) -> str:
    if aspect == "value":
        low, high = x  # type: ignore[misc]
        return plain(low) if high is None else f"{plain(low)}-{plain(high)}"
    return f"{x:+g} %" if aspect == "change_pct" else str(plain(x) if aspect == "change" else x)


def _other_sources(ds: Dataset, r: Report) -> Iterator[Finding]:
    """Against each source of the same place and period that comes before this one in the file:
    the value, its time unit, and the change each prints, where both print it."""
    every = ds.sources.get((r.province, r.period.label), [])
    for other in every[: next((i for i, o in enumerate(every) if o is r), 0)]:
        for kind, key, fig in _figures(r):
            theirs = other.figure(kind, key)
            if theirs is None:
                continue
            mine, them = _printed(fig), _printed(theirs)
            for aspect in (a for a in mine if a in them and mine[a] != them[a]):
                what = "" if aspect == "value" else f" ({aspect})"
                message = (
                    f"{kind}.{key}{what}: this source prints {_shown(aspect, mine[aspect])}, "
                    f'{other.source.publisher} ("{other.source.title}") prints {_shown(aspect, them[aspect])}'
                )
                yield Finding("sources-disagree", WARNING, message, (kind, key))


def _national(ds: Dataset, r: Report) -> Report | None:
    return next((n for n in ds.of(COUNTRY.name) if n.period.label == r.period.label), None)


def _national_share(ds: Dataset, r: Report) -> Iterator[Finding]:
    national = _national(ds, r) if r.scope != "country" else None
    for kind, key, fig in _figures(r) if national else ():
        printed, whole = fig.get("national_share_pct"), national.figure(kind, key)
        if printed is None or whole is None or not whole.value or not _exact(fig, whole):
            continue
        computed = fig.value / whole.value * 100
        if not agrees(printed, computed):
            message = (
                f"{kind}.{key}: the report prints {printed:g} % of the national total, but "
                f"{plain(fig.value)} / {plain(whole.value)} = {computed:.2f} %"
            )
            yield Finding("national-share", WARNING, message, (kind, key, "national_share_pct"))


def _regions(ds: Dataset, r: Report) -> Iterator[Finding]:
    if r.scope != "country":
        return
    regions = [e for reg in REGIONS.values() for e in ds.of(reg.name) if e.period.label == r.period.label]
    if len(regions) != len(REGIONS):
        return
    for kind, key, whole in _figures(r):
        parts = [g.figure(kind, key) for g in regions]
        if any(p is None for p in parts) or not _exact(whole, *[p for p in parts if p]):
            continue
        total = sum(p.value for p in parts if p)
        if total != whole.value:
            shown = " + ".join(plain(p.value) for p in parts if p)
            message = f"{kind}.{key}: the six regions {shown} = {plain(total)}, "
            message += f"but the country's is {plain(whole.value)}"
            yield Finding("regions-sum", WARNING, message, (kind, key))


def check(r: Report, ds: Dataset) -> Iterator[Finding]:
    for kind, key, fig in _figures(r):
        if fig.more:  # a printed change is among a figure's rarer keys; most figures have none
            yield from _change(ds, r, kind, key, fig)
    yield from _other_sources(ds, r)
    yield from _national_share(ds, r)
    yield from _regions(ds, r)
