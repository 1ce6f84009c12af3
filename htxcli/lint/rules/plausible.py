"""What Vietnamese reports show, with room to spare: a value outside is most often a unit slip."""

from collections.abc import Iterator

from ...datafile.values import WARNING, Finding
from ...metrics import compute, lacks_inputs
from ...model.messages import plain
from ...model.records import Report

RULES = {
    "implausible-average": "an average far outside what Vietnamese reports show is likely a unit slip",
    "below-legal-minimum": "fewer members per organisation than the law allows",
    "implausible-rate": "a growth rate of -100 % or less is impossible",
}

# What Vietnamese reports show, with room to spare: outside is likely a unit slip (x1000).
PLAUSIBLE = {
    "charter_capital_per_coop": (10e6, 100e9),
    "revenue_per_coop": (1e6, 1e12),
    "profit_per_coop": (-1e11, 1e11),
    # an income "per year" of under 6 million VND (500,000 a month) is a monthly figure
    "income_per_worker_year": (6e6, 1e9),
    "income_per_member_year": (6e6, 1e9),
    "operating_capital_per_coop": (1e6, 1e12),
    "total_assets_per_coop": (1e6, 1e12),
    "output_value_per_coop": (1e6, 1e12),
    "budget_contribution_per_coop": (0, 1e11),
    "contributed_capital_per_group": (1e5, 1e10),
    "revenue_per_group": (1e5, 1e10),
}
LEGAL_MINIMUM = {"members_per_coop": 5, "members_per_group": 2}  # Law on Cooperatives 2023


def _averages(r: Report) -> Iterator[Finding]:
    for mid, (low, high) in PLAUSIBLE.items():
        if lacks_inputs(r, mid):
            continue
        v = compute(r, mid)
        if v.value is not None and not low <= v.value <= high:
            m = v.metric
            slip = (
                "a monthly figure written per year?"
                if mid.startswith("income") and v.value < low
                else "a unit slip (x1000)?"
            )
            message = (
                f"{m.label.en.lower()} is {plain(v.value)} VND, outside {plain(low)}..{plain(high)}: {slip}"
            )
            yield Finding("implausible-average", WARNING, message, (m.group,))


def _members(r: Report) -> Iterator[Finding]:
    for mid, minimum in LEGAL_MINIMUM.items():
        if lacks_inputs(r, mid):
            continue
        v = compute(r, mid)
        if v.value is not None and v.value < minimum:
            message = f"{v.metric.label.en.lower()} is {v.value:.1f}, below the legal minimum of {minimum}"
            yield Finding("below-legal-minimum", WARNING, message, (v.metric.group, "members"))


def _rates(r: Report) -> Iterator[Finding]:
    for kind, org in r.orgs.items():
        for key, fig in org.figures.items():
            if not fig.more:  # rates are among a figure's rarer keys; most figures have none
                continue
            if fig.yoy_pct is not None and fig.yoy_pct <= -100:
                message = f"{kind}.{key} falls {fig.yoy_pct:g} % year on year: impossible"
                yield Finding("implausible-rate", WARNING, message, (kind, key))
            pct = fig.get("change_pct")
            if pct is not None and pct <= -100:
                message = f"{kind}.{key} falls {pct:g} %: impossible"
                yield Finding("implausible-rate", WARNING, message, (kind, key, "change_pct"))


def check(r: Report) -> Iterator[Finding]:
    yield from _averages(r)
    yield from _members(r)
    yield from _rates(r)
