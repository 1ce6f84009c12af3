"""What a report prints beside the figures it is computed from: printed shares, attainments
and averages must match them, and a target's actual the figure it refers to."""

from collections.abc import Iterator

from ...datafile.values import WARNING, Finding
from ...metrics import Value, compute, target_actual
from ...model.messages import Between, Msg, plain
from ...model.records import Report
from ...model.vocabulary import TARGETS

RULES = {
    "stated-share": "a printed percentage must match its counts, to the precision printed",
    "stated-attainment": "a printed attainment must match actual / plan",
    "stated-average": "a printed average must match total / count, a printed count its figure",
    "target-actual": "a target's actual must match the figure it refers to",
}


def decimals(printed: float) -> int:
    """Decimals a percentage was printed with: 86 -> 0, 39.8 -> 1, 25.0 -> 1."""
    if isinstance(printed, int):
        return 0
    text = repr(float(printed))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def agrees(printed: float, computed: float) -> bool:
    """Within one unit of the last printed digit: half for rounding, half for rounding twice."""
    return abs(printed - computed) <= 10 ** -decimals(printed) + 1e-9


def _span(low: float, high: float) -> str:
    """A range as this rule's messages write it: 1,200-1,500."""
    return f"{plain(low)}-{plain(high)}"


def _shown(x: float | Between) -> str:
    """A formula's input: a number, or a printed range ("[0, 40] members") as low-high."""
    return _span(x.low, x.high) if isinstance(x, Between) else plain(x)


def _formula(detail: Msg | None) -> str:
    """A metric's inputs, as this rule's English message shows them."""
    p = detail.params if detail else {}
    if detail and detail.id == "detail.ratio":
        return f"{_shown(p['num'])} / {_shown(p['den'])}"
    if detail and detail.id == "detail.attainment":
        return f"{_shown(p['actual'])} / {_shown(p['plan'])}"
    if detail and detail.id == "detail.attainment_range":
        return f"{_shown(p['actual'])} / {_span(p['low'], p['high'])}"
    if detail and detail.id == "detail.stated_pct":
        return f"stated {p['pct']:g} %"
    return "the figures"


def _stated(r: Report) -> Iterator[Finding]:
    """[stated] against what the figures give: a share to the precision printed, an average
    within 5 % (as a printed average against total / count), a count exactly."""
    if not r.stated:
        return
    bare = r._replace(stated={})  # compare with the figures, not with itself
    for mid, printed in r.stated.items():
        v = compute(bare, mid)
        ends = v.interval
        if ends is not None and v.metric.unit == "fraction":
            yield from _share(v, ends[0], printed)
        elif ends is not None:
            yield from _value(v, ends, printed)


def _share(v: Value, value: float, printed: float) -> Iterator[Finding]:
    pct = value * 100
    if not agrees(printed, pct):
        message = (
            f"the report prints {printed:g} % for {v.metric.label.en.lower()}, but {_formula(v.detail)} = "
            f"{pct:.{max(decimals(printed), 1) + 1}f} %"
        )
        yield Finding("stated-share", WARNING, message, ("stated", v.metric.id))


def _value(v: Value, ends: tuple[float, float], printed: float) -> Iterator[Finding]:
    low, high = ends
    off = max(low - printed, printed - high, 0.0)
    if off > (0.05 * abs(printed) if v.metric.kind != "count" else 0):
        found = plain(low) if low == high else _span(low, high)
        formula = _formula(v.detail)
        gives = "the figures give" if formula == "the figures" else f"{formula} ="
        message = f"the report prints {plain(printed)} for {v.metric.label.en.lower()}, but {gives} {found}"
        yield Finding("stated-average", WARNING, message, ("stated", v.metric.id))


def _targets(r: Report) -> Iterator[Finding]:
    for t in r.targets:
        actual = target_actual(r, t)
        where = TARGETS[t.target].actual_from if t.target in TARGETS else None
        linked = r.figure(*where) if where and t.period in (None, r.period.label) else None
        if where and t.actual is not None and linked is not None and t.actual.value != linked.value:
            message = (
                f"target {t.target}: actual {plain(t.actual.value)}, "
                f"but {'.'.join(where)} is {plain(linked.value)}"
            )
            yield Finding("target-actual", WARNING, message, t.where + ("actual",))
        single = t.plan is not None and t.plan[0] == t.plan[1] and t.plan[0]
        if t.stated_pct is not None and single and actual is not None and t.plan:
            pct = actual.value / t.plan[0] * 100
            if not agrees(t.stated_pct, pct):
                message = (
                    f"target {t.target}: the report prints {t.stated_pct:g} %, but "
                    f"{plain(actual.value)} / {plain(t.plan[0])} = {pct:.1f} %"
                )
                printed = "stated_pct" if t.where[:1] == ("targets",) else "attained_pct"
                yield Finding("stated-attainment", WARNING, message, t.where + (printed,))


_PRINTED_AVERAGES = tuple((key, f"avg_{key}") for key in ("charter_capital", "revenue", "profit"))


def _averages(r: Report) -> Iterator[Finding]:
    for kind, org in r.orgs.items():
        for key, avg_key in _PRINTED_AVERAGES:
            avg = org.get(avg_key)  # asked first: few reports print an average
            if not avg:
                continue
            total, count = org.get(key), org.get("total")
            if total and count and count.value:
                computed = total.value / count.value
                if abs(computed - avg.value) > 0.05 * abs(avg.value):
                    message = (
                        f"{kind} average {key.replace('_', ' ')} is printed as {plain(avg.value)}, "
                        f"but {plain(total.value)} / {plain(count.value)} = {plain(computed)}"
                    )
                    yield Finding("stated-average", WARNING, message, (kind, avg_key))


def check(r: Report) -> Iterator[Finding]:
    yield from _stated(r)
    yield from _targets(r)
    yield from _averages(r)
