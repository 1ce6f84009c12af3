"""Why a report htx summed (a 2025 unit of --as-2025) has no value for a metric, said from
the reports it sums: one of them lacks the metric, or each has it but not from figures that
can be added alike. Loaded only for such a value (start-up: docs/performance.md)."""

from ..model.messages import Msg, grouped, msg
from ..model.records import BASES_DIFFER, Report, unlike
from ..model.vocabulary import AVERAGE_FIGURES, ORG_FIGURES, ORG_KINDS
from . import CATALOGUE, compute  # the package has loaded by the time compute asks for this


def why_not_summed(report: Report, metric_id: str) -> Msg:
    """The reason a summed report lacks ``metric_id``, naming the reports and figures."""
    places = [p.province for p in report.parts]
    values = [(p, compute(p, metric_id)) for p in report.parts]
    lacking = grouped(
        (v.reason or msg("missing.not_available"), p.province) for p, v in values if v.value is None
    )
    if lacking:
        why = [msg("missing.for_part", place=names, reason=r) for r, names in lacking]
        return msg("missing.not_summed", places=places, why=why)
    entry = CATALOGUE.get(metric_id)
    if entry is None or entry[0].kind == "attainment":
        return msg("missing.not_summed", places=places, why=[msg("missing.plans_not_summed")])
    why = _inputs(report.parts, entry[0].group, entry[0].inputs)
    return msg("missing.not_summed", places=places, why=why or [msg("missing.not_addable")])


def _inputs(parts: tuple[Report, ...], group: str, inputs: tuple[str, ...]) -> list[Msg]:
    """What keeps the figures a metric is computed from (those it names, and the total it
    divides by) out of the sum: a report without one, or parts unlike each other. Printed
    averages are never added, so they are not named."""
    orgs = [p.org(group) for p in parts]
    out: list[Msg] = []
    if {o.includes_credit_funds for o in orgs if o} >= BASES_DIFFER:
        out.append(msg("missing.kind_bases", kind=ORG_KINDS[group].short))
    for key in (*[k for k in inputs if k not in AVERAGE_FIGURES], "total"):
        figs = [o.get(key) if o else None for o in orgs]
        given = [f for f in figs if f is not None]
        if not given:
            continue
        label = ORG_FIGURES[key].label
        if len(given) < len(figs):
            without = [p.province for p, f in zip(parts, figs, strict=True) if f is None]
            out.append(msg("missing.for_part", place=without, reason=msg("missing.figure", what=label)))
        elif how := unlike(given):
            out.append(msg("missing.unlike", what=label, how=msg(f"unlike.{how}")))  # records.unlike
    return out
