"""Deterministic synthetic national-scale data in htx's format, valid by construction.

    python bench/generate.py REPORTS [--provinces N] [--seed S] > big.toml
    python bench/generate.py REPORTS --shape copies > big.toml

Two shapes. ``national`` (the default): reports spread over N provinces (default 63),
half-years from 2000 on; every figure is consistent (parts add up, printed percentages match
their counts), so `htx validate` finds nothing and the timings measure the work, not the
error path. ``copies``: the bundled reports (comments, acknowledgements and all) copied under
a new name each, so the number of places grows with the data, as a file of every commune
would; validate warns once a report that the name is no province it knows.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import TextIO

import tomli_w


def province_names(n: int) -> list[str]:
    return [f"Tỉnh Thử {i:03d}" for i in range(1, n + 1)]


def report(rng: random.Random, province: str, period: str) -> dict:
    total = rng.randint(50, 1500)
    suspended = rng.randint(0, total // 4)
    agriculture = rng.randint(0, total)
    graded = rng.randint(total // 3, total)
    good, fair, average = (rng.randint(0, graded // 3) for _ in range(3))
    weak = graded - good - fair - average
    members = total * rng.randint(8, 200)
    year = int(period[:4])
    return {
        "province": province,
        "period": period,
        "status": rng.choice(["actual", "estimated"]),
        "source": {
            "publisher": f"Liên minh HTX {province}",
            "title": f"Báo cáo KTTT {period}",
            "file": f"synthetic-{province}-{period}.txt",
        },
        "cooperatives": {
            "total": total,
            "active": total - suspended,
            "suspended": suspended,
            "new": rng.randint(0, 40),
            "dissolved": rng.randint(0, 20),
            "members": {"value": members, "qualifier": "more_than"} if rng.random() < 0.2 else members,
            "workers": total * rng.randint(3, 30),
            "charter_capital": total * rng.randint(200, 5000) * 1_000_000,
            "land_area": round(total * rng.uniform(1, 200), 2),
            "income_per_worker": {"value": rng.randint(2, 9) * 1_000_000, "per": "month"},
            "by_sector": {"agriculture": agriculture, "non_agriculture": total - agriculture},
            "ratings": {
                "base": "graded",
                "graded": graded,
                "good": good,
                "fair": fair,
                "average": average,
                "weak": weak,
                "not_graded": total - graded,
            },
        },
        "unions": {"total": rng.randint(1, 10), "members": rng.randint(10, 60)},
        "groups": {"total": rng.randint(100, 4000), "members": rng.randint(10_000, 60_000)},
        "targets": [{"target": "new_cooperatives", "period": str(year), "plan": [10, 20]}],
        "stated": {"active_share": round((total - suspended) / total * 100, 1)},
    }


def generate(reports: int, provinces: int = 63, seed: int = 2025) -> dict:
    rng = random.Random(seed)
    names = province_names(provinces)
    out = []
    for i in range(reports):
        province = names[i % provinces]
        n = i // provinces
        period = f"{2000 + n // 2}-H{n % 2 + 1}"
        out.append(report(rng, province, period))
    return {"schema_version": 1, "report": out}


BUNDLED = Path(__file__).parent.parent / "data" / "provinces.toml"
_PROVINCE = re.compile(r'^province = ".*"$', re.M)


def copies(reports: int) -> str:
    """The bundled file's report blocks, copied in turn until there are ``reports``, each
    under a place name of its own ("Nơi Thử 000001"): as many places as reports."""
    text = BUNDLED.read_text(encoding="utf-8")
    start = text.index("[[report]]")
    blocks = ["[[report]]" + b for b in text[start:].split("[[report]]")[1:]]
    out = [text[:start]]
    for i in range(reports):
        out.append(_PROVINCE.sub(f'province = "Nơi Thử {i + 1:06d}"', blocks[i % len(blocks)], count=1))
    return "".join(out)


def write(reports: int, shape: str, out: TextIO, provinces: int = 63, seed: int = 2025) -> None:
    """The TOML text of ``reports`` reports of one shape (national or copies) into ``out``."""
    out.write(copies(reports) if shape == "copies" else tomli_w.dumps(generate(reports, provinces, seed)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=int)
    parser.add_argument("--provinces", type=int, default=63)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--shape", choices=("national", "copies"), default="national")
    args = parser.parse_args()
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]  # the data, whatever the locale
    write(args.reports, args.shape, sys.stdout, args.provinces, args.seed)


if __name__ == "__main__":
    main()
