"""parts-sum: the parts of a whole (by status, sector or grade) add up to it."""

from collections.abc import Iterator

from ...datafile.values import WARNING, Finding
from ...metrics import Missing, org_total
from ...model.messages import plain
from ...model.records import Figure, Org, Report

RULES = {"parts-sum": "parts of a whole (by status, sector or grade) must add up to it"}


def parts_sum(name: str, parts: dict[str, float], whole: float, path: tuple[str, ...]) -> Iterator[Finding]:
    total = sum(parts.values())
    if abs(total - whole) > 1e-9:
        shown = " + ".join(plain(v) for v in parts.values())
        diff = f"{'+' if total > whole else ''}{plain(total - whole)}"
        message = f"{name}: {shown} = {plain(total)}, but the whole is {plain(whole)} ({diff})"
        yield Finding("parts-sum", WARNING, message, path)


def _status(r: Report, kind: str, org: Org) -> Iterator[Finding]:
    total = org.get("total")
    keys = [k for k in ("active", "suspended", "organising") if org.get(k)]
    if not total or not {"active", "suspended"} <= set(keys):
        return
    parts = {k: org.figures[k].value for k in keys}
    funds = r.org("credit_funds")
    if kind == "cooperatives" and org.includes_credit_funds and funds:
        for k in keys:
            if funds.get(k):
                parts[f"credit funds {k}"] = funds.figures[k].value
    yield from parts_sum(f"{kind.replace('_', ' ')} by status", parts, total.value, (kind, "total"))


def _sectors(r: Report, kind: str, org: Org, sub: str, whole_key: str) -> Iterator[Finding]:
    split = getattr(org, sub)
    whole = org.get(whole_key)
    if not split or not whole or not {"agriculture", "non_agriculture"} <= set(split):
        return
    expected = whole.value
    if kind == "cooperatives" and org.includes_credit_funds and "credit_funds" not in split:
        try:
            expected -= org_total(r, "credit_funds").value
        except Missing:
            return
    what = f"{kind.replace('_', ' ')} {'members ' if sub == 'members_by_sector' else ''}by sector"
    yield from parts_sum(what, {k: f.value for k, f in split.items()}, expected, (kind, sub))


_RATINGS = ("cooperatives", "ratings")


def _sum_of(f: dict[str, Figure], *keys: str) -> Figure | None:
    return Figure(sum(f[k].value for k in keys)) if all(k in f for k in keys) else None


def _grades(f: dict[str, Figure]) -> tuple[dict[str, float] | None, Iterator[Finding]]:
    """The graded parts (good or fair, average, weak), and the findings about them."""
    merged = f.get("good_or_fair") or _sum_of(f, "good", "fair")
    found: list[Finding] = []
    if "good" in f and "fair" in f and "good_or_fair" in f:
        split = {"good": f["good"].value, "fair": f["fair"].value}
        found += parts_sum("good + fair", split, f["good_or_fair"].value, _RATINGS)
    if merged is None or "average" not in f or "weak" not in f:
        return None, iter(found)
    grades = {"good or fair": merged.value, "average": f["average"].value, "weak": f["weak"].value}
    if "graded" in f:
        found += parts_sum("grades", grades, f["graded"].value, _RATINGS)
    return grades, iter(found)


def _ratings(org: Org) -> Iterator[Finding]:
    if not org.ratings:
        return
    f = org.ratings.figures
    grades, found = _grades(f)
    yield from found
    not_graded = f.get("not_graded") or _sum_of(f, "not_graded_new", "not_graded_stopped")
    if "not_graded" in f and "not_graded_new" in f and "not_graded_stopped" in f:
        split = {"new": f["not_graded_new"].value, "stopped": f["not_graded_stopped"].value}
        yield from parts_sum("not graded (new + stopped)", split, f["not_graded"].value, _RATINGS)
    total = org.get("total")
    graded = {"graded": f["graded"].value} if "graded" in f else grades
    if graded and not_graded and total:
        whole = {**graded, "not graded": not_graded.value}
        yield from parts_sum("graded and not graded", whole, total.value, _RATINGS)


def _complete_sectors(kind: str, org: Org) -> Iterator[Finding]:
    """Sectors the report says make up the whole ("gồm"): each figure they all give sums to it."""
    if not org.sectors_complete or not org.sectors:
        return
    for key, whole in org.figures.items():
        parts = {s: org.sector_figure(s, key) for s in org.sector_ids()}
        if whole.high is None and all(p is not None and p.high is None for p in parts.values()):
            split = {s: p.value for s, p in parts.items() if p}
            yield from parts_sum(
                f"{kind.replace('_', ' ')} {key.replace('_', ' ')} by sector",
                split,
                whole.value,
                (kind, "sectors"),
            )


def check(r: Report) -> Iterator[Finding]:
    for kind, org in r.orgs.items():
        yield from _complete_sectors(kind, org)
        yield from _status(r, kind, org)
        yield from _sectors(r, kind, org, "by_sector", "total")
        yield from _sectors(r, kind, org, "members_by_sector", "members")
        if kind == "cooperatives":
            yield from _ratings(org)
