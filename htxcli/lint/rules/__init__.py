"""Consistency and plausibility rules over one report of the model, one module per family,
each declaring its rule ids with the reason for the rule beside the code that applies it.

Each returns findings whose path is relative to the report (``("groups", "by_sector")``),
so an acknowledgement in the data can name it as ``key = "groups.by_sector"``.
Findings here are warnings: the data may be right and the source contradict itself.
"""

from ...datafile.values import Finding
from ...model.records import Dataset, Report
from . import across, parts, plausible, stated

FAMILIES = (parts, stated, plausible)
RULES = {rule: why for family in (*FAMILIES, across) for rule, why in family.RULES.items()}


def check(r: Report, ds: Dataset | None = None) -> list[Finding]:
    """Every consistency and plausibility finding of one report; with the file's other
    reports (``ds``), also what it says of them."""
    found = [finding for family in FAMILIES for finding in family.check(r)]
    return found + (list(across.check(r, ds)) if ds is not None else [])
