"""Consistency and plausibility rules over one report of the model.

Each returns findings whose path is relative to the report (``("groups", "by_sector")``),
so an acknowledgement in the data can name it as ``key = "groups.by_sector"``.
Findings here are warnings: the data may be right and the source contradict itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from .metrics import CATALOGUE, Missing, compute, n, org_total
from .model import Figure, Org, Report
from .schema import WARNING, Finding

RULES = {
    "parts-sum": "parts of a whole (by status, sector or grade) must add up to it",
    "stated-share": "a printed percentage must match its counts, to the precision printed",
    "stated-attainment": "a printed attainment must match actual / plan",
    "stated-average": "a printed average must match total / count",
    "target-actual": "a target's actual must match the figure it refers to",
    "implausible-average": "an average far outside what Vietnamese reports show is likely a unit slip",
    "below-legal-minimum": "fewer members per organisation than the law allows",
    "implausible-rate": "a growth rate of -100 % or less is impossible",
    "stale-acknowledgement": "an acknowledgement that matches no finding should be removed",
}

# What Vietnamese reports show, with room to spare: outside is likely a unit slip (x1000).
PLAUSIBLE = {
    "charter_capital_per_coop": (10e6, 100e9),
    "revenue_per_coop": (1e6, 1e12),
    "profit_per_coop": (-1e11, 1e11),
    "income_per_worker_year": (1e6, 1e9),
    "contributed_capital_per_group": (1e5, 1e10),
    "revenue_per_group": (1e5, 1e10),
}
LEGAL_MINIMUM = {"members_per_coop": 5, "members_per_group": 2}  # Law on Cooperatives 2023


def decimals(printed: float) -> int:
    """Decimals a percentage was printed with: 86 -> 0, 39.8 -> 1, 25.0 -> 1."""
    if isinstance(printed, int):
        return 0
    text = repr(float(printed))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def agrees(printed: float, computed: float) -> bool:
    """Within one unit of the last printed digit: half for rounding, half for rounding twice."""
    return abs(printed - computed) <= 10 ** -decimals(printed) + 1e-9


def _sum(figures: list[Figure | None]) -> float | None:
    return sum(f.value for f in figures if f) if all(figures) else None


def _parts(name: str, parts: dict[str, float], whole: float, path: tuple[str, ...]) -> Iterator[Finding]:
    total = sum(parts.values())
    if abs(total - whole) > 1e-9:
        shown = " + ".join(n(v) for v in parts.values())
        yield Finding(
            "parts-sum",
            WARNING,
            f"{name}: {shown} = {n(total)}, but the whole is {n(whole)} "
            f"({'+' if total > whole else ''}{n(total - whole)})",
            path,
        )


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
    yield from _parts(f"{kind.replace('_', ' ')} by status", parts, total.value, (kind, "total"))


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
    yield from _parts(what, {k: f.value for k, f in split.items()}, expected, (kind, sub))


def _ratings(r: Report, org: Org) -> Iterator[Finding]:
    if not org.ratings:
        return
    f = org.ratings.figures
    path = ("cooperatives", "ratings")
    merged = f.get("good_or_fair") or (
        Figure(f["good"].value + f["fair"].value) if "good" in f and "fair" in f else None
    )
    if "good" in f and "fair" in f and "good_or_fair" in f:
        yield from _parts(
            "good + fair", {"good": f["good"].value, "fair": f["fair"].value}, f["good_or_fair"].value, path
        )
    grades = _sum([merged, f.get("average"), f.get("weak")])
    if grades is not None and "graded" in f:
        yield from _parts(
            "grades",
            {"good or fair": merged.value, "average": f["average"].value, "weak": f["weak"].value},
            f["graded"].value,
            path,
        )
    not_graded = f.get("not_graded") or (
        Figure(f["not_graded_new"].value + f["not_graded_stopped"].value)
        if "not_graded_new" in f and "not_graded_stopped" in f
        else None
    )
    if "not_graded" in f and "not_graded_new" in f and "not_graded_stopped" in f:
        yield from _parts(
            "not graded (new + stopped)",
            {"new": f["not_graded_new"].value, "stopped": f["not_graded_stopped"].value},
            f["not_graded"].value,
            path,
        )
    graded = f.get("graded") or (Figure(grades) if grades is not None else None)
    total = org.get("total")
    if graded and not_graded and total:
        parts = (
            {"good or fair": merged.value, "average": f["average"].value, "weak": f["weak"].value}
            if "graded" not in f
            else {"graded": graded.value}
        )
        yield from _parts(
            "graded and not graded", {**parts, "not graded": not_graded.value}, total.value, path
        )


def _stated(r: Report) -> Iterator[Finding]:
    bare = r._replace(stated={})  # compare with the counts, not with itself
    for mid, printed in r.stated.items():
        metric = CATALOGUE[mid][0]
        v = compute(bare, mid)
        if v.value is None or metric.unit != "fraction":
            continue
        pct = v.value * 100
        if not agrees(printed, pct):
            yield Finding(
                "stated-share",
                WARNING,
                f"the report prints {printed:g} % for {metric.label.lower()}, but {v.detail} = "
                f"{pct:.{max(decimals(printed), 1) + 1}f} %",
                ("stated", mid),
            )


def _targets(r: Report) -> Iterator[Finding]:
    from .metrics import target_actual
    from .spec import TARGETS

    for i, t in enumerate(r.targets):
        actual = target_actual(r, t)
        where = TARGETS.get(t.target)
        linked = r.figure(*where) if where and t.period in (None, r.period.label) else None
        if t.actual is not None and linked is not None and t.actual.value != linked.value:
            yield Finding(
                "target-actual",
                WARNING,
                f"target {t.target}: actual {n(t.actual.value)}, but {'.'.join(where)} is {n(linked.value)}",
                ("targets", i, "actual"),
            )
        if (
            t.stated_pct is not None
            and t.plan
            and actual is not None
            and t.plan[0] == t.plan[1]
            and t.plan[0]
        ):
            pct = actual.value / t.plan[0] * 100
            if not agrees(t.stated_pct, pct):
                yield Finding(
                    "stated-attainment",
                    WARNING,
                    f"target {t.target}: the report prints {t.stated_pct:g} %, but "
                    f"{n(actual.value)} / {n(t.plan[0])} = {pct:.1f} %",
                    ("targets", i, "stated_pct"),
                )


def _averages(r: Report) -> Iterator[Finding]:
    for kind, org in r.orgs.items():
        for key in ("charter_capital", "revenue", "profit"):
            total, avg, count = org.get(key), org.get(f"avg_{key}"), org.get("total")
            if total and avg and count and count.value:
                computed = total.value / count.value
                if abs(computed - avg.value) > 0.05 * abs(avg.value):
                    yield Finding(
                        "stated-average",
                        WARNING,
                        f"{kind} average {key.replace('_', ' ')} is printed as {n(avg.value)}, "
                        f"but {n(total.value)} / {n(count.value)} = {n(computed)}",
                        (kind, f"avg_{key}"),
                    )


def _plausible(r: Report) -> Iterator[Finding]:
    for mid, (low, high) in PLAUSIBLE.items():
        v = compute(r, mid)
        if v.value is not None and not low <= v.value <= high:
            m = v.metric
            yield Finding(
                "implausible-average",
                WARNING,
                f"{m.label.lower()} is {n(v.value)} VND, outside {n(low)}..{n(high)}: a unit slip (x1000)?",
                (m.group,),
            )
    for mid, minimum in LEGAL_MINIMUM.items():
        v = compute(r, mid)
        if v.value is not None and v.value < minimum:
            yield Finding(
                "below-legal-minimum",
                WARNING,
                f"{v.metric.label.lower()} is {v.value:.1f}, below the legal minimum of {minimum}",
                (v.metric.group, "members"),
            )
    for kind, org in r.orgs.items():
        for key, fig in org.figures.items():
            if fig.yoy_pct is not None and fig.yoy_pct <= -100:
                yield Finding(
                    "implausible-rate",
                    WARNING,
                    f"{kind}.{key} falls {fig.yoy_pct:g} % year on year: impossible",
                    (kind, key),
                )


def check(r: Report) -> list[Finding]:
    """Every consistency and plausibility finding of one report."""
    out: list[Finding] = []
    for kind, org in r.orgs.items():
        out += _status(r, kind, org)
        out += _sectors(r, kind, org, "by_sector", "total")
        out += _sectors(r, kind, org, "members_by_sector", "members")
        if kind == "cooperatives":
            out += _ratings(r, org)
    out += _stated(r)
    out += _targets(r)
    out += _averages(r)
    out += _plausible(r)
    return out
