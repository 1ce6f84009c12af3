"""The 2025 reorganisation: 63 provincial units into 34 (Resolution 202/2025/QH15), read from
the mapping shipped with htx in ``htxcli/data/provinces-2025.json``."""

import json
import os
from datetime import date
from functools import cache

from .record import Record

# JSON, not TOML: it is read on every run that names a province, and json parses it 20x faster.
MAPPING = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "provinces-2025.json")


class Reorganisation(Record):
    effective: date
    resolution: str
    new_of: dict[str, str]  # old name -> new unit

    def predecessors(self, unit: str) -> list[str]:
        return [old for old, new in self.new_of.items() if new == unit]

    @property
    def units(self) -> list[str]:
        return sorted(set(self.new_of.values()))


@cache
def reorganisation() -> Reorganisation:
    with open(MAPPING, encoding="utf-8") as f:
        doc = json.load(f)
    return Reorganisation(
        date.fromisoformat(doc["effective"]),
        doc["resolution"],
        {row["old"]: row["new"] for row in doc["province_merger_2025"]},
    )
