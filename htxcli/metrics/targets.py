"""Plans and their attainment, for any figure or metric a report plans.

A target names what it plans: a target id of schema_version 1 ("new_cooperatives"), a figure
path ("cooperatives.total", "groups.sectors.agriculture.new") or a metric id
("good_or_fair_share_active", whose plan is a percentage). Its attainment is the metric
``attainment_<id>`` (version 1 ids) or ``attainment.<target>``.
"""

import math

from ..model.messages import Term, msg
from ..model.records import Figure, Report, Target
from ..model.vocabulary import BLOCKS, ORG_FIGURES, ORG_KINDS, SECTORS, TARGETS
from .core import CATALOGUE, COMPUTED, STATED, Fn, Metric, Missing, Result, Value, define, from_percent

PREFIX = "attainment."
_FORMULA = "actual / plan (a range: against both ends)"


def _attainment_fn(target: str) -> Fn:
    """Reached only when the report sets no such target: compute() answers for those it sets."""

    def fn(_r: Report) -> Result:
        raise Missing(msg("missing.no_target", target=target_label(target)))

    return fn


def define_v1_attainments() -> None:
    for target, kind in TARGETS.items():
        label = Term(f"Attainment: {kind.label.en}", f"Đạt kế hoạch: {kind.label.vi}")
        define(
            Metric(f"attainment_{target}", label, "fraction", "attainment", "targets", _FORMULA),
            _attainment_fn(target),
        )


def target_label(target: str) -> Term:
    """What a target plans, in words: "new cooperatives", "cooperatives: total"."""
    if target in TARGETS:
        return TARGETS[target].label
    if target in CATALOGUE:
        return CATALOGUE[target][0].label
    parts = target.split(".")
    if parts[0] in BLOCKS:
        block, key = BLOCKS[parts[0]], _figure_keys(parts[0])[parts[-1]].label
        return Term(f"{block.en.lower()}: {key.en.lower()}", f"{block.vi.lower()}: {key.vi.lower()}")
    org = ORG_KINDS[parts[0]]
    key = ORG_FIGURES[parts[-1]].label
    where_en, where_vi = org.short.en, org.abbreviation
    if len(parts) == 4:
        sector = SECTORS[parts[2]].label
        where_en, where_vi = f"{where_en} ({sector.en.lower()})", f"{where_vi} {sector.vi.lower()}"
    return Term(f"{where_en}: {key.en.lower()}", f"{where_vi}: {key.vi.lower()}")


def _figure_keys(block: str) -> dict:
    from ..model.vocabulary import BLOCK_FIGURES

    return BLOCK_FIGURES[block]


def target_unit(target: str) -> str:
    """The unit of a target's plan and actual: "count", "VND", or "percent" for a share."""
    if target in TARGETS:
        return TARGETS[target].unit
    if target in CATALOGUE:
        unit = CATALOGUE[target][0].unit
        return "percent" if unit == "fraction" else unit
    parts = target.split(".")
    keys = _figure_keys(parts[0]) if parts[0] in BLOCKS else ORG_FIGURES
    return keys[parts[-1]].display_unit


def attainment_id(target: str) -> str:
    return f"attainment_{target}" if target in TARGETS else PREFIX + target


def attainment_metric(metric_id: str) -> Metric:
    """The metric of a target's attainment; those of figure paths and metrics are made here."""
    if metric_id in CATALOGUE:
        return CATALOGUE[metric_id][0]
    label = target_label(metric_id.removeprefix(PREFIX))
    return Metric(
        metric_id,
        Term(f"Attainment: {label.en}", f"Đạt kế hoạch: {label.vi}"),
        "fraction",
        "attainment",
        "targets",
        _FORMULA,
    )


def target_actual(r: Report, t: Target) -> Figure | None:
    """The target's actual: given in the target, or read from the figure or metric it plans."""
    if t.actual is not None:
        return t.actual
    if t.period not in (None, r.period.label):
        return None
    if t.target in TARGETS:
        where = TARGETS[t.target].actual_from
        return r.figure(*where) if where else None
    if t.target in CATALOGUE:
        from . import compute

        v = compute(r, t.target)
        scale = 100 if v.metric.unit == "fraction" else 1
        return Figure(v.value * scale, v.qualifier) if v.value is not None else None
    return r.figure(*t.target.split("."))


def attainment(r: Report, t: Target) -> Value:
    metric = attainment_metric(attainment_id(t.target))
    actual = target_actual(r, t)
    if t.plan and actual is not None:
        low, high = t.plan
        if low == 0:
            return Value(metric, None, reason=msg("missing.zero_plan"))
        if high != low:
            detail = msg("detail.attainment_range", actual=actual.value, low=low, high=high)
        else:
            detail = msg("detail.attainment", actual=actual.value, plan=low)
        reached = actual.value / low
        if not math.isfinite(reached):  # a plan so small (1e-320) that the quotient is infinite
            return Value(metric, None, reason=msg("missing.tiny_plan"))
        against_high = actual.value / high if high != low else None
        return Value(metric, reached, COMPUTED, actual.qualifier, None, detail, against_high)
    if t.stated_pct is not None:
        return Value(
            metric, from_percent(t.stated_pct), STATED, None, None, msg("detail.stated_pct", pct=t.stated_pct)
        )
    if t.plan and actual is None:
        reason = msg("missing.no_actual_yet", period=t.period) if t.period else msg("missing.no_actual")
        return Value(metric, None, reason=reason)
    return Value(metric, None, reason=msg("missing.no_plan"))
