"""The key tables of docs/data-format.md, generated from the vocabulary so the docs cannot drift.

Regenerate with:  python -m htxcli.tools.doc_tables  (rewrites the marked part of the document)
"""

from __future__ import annotations

from pathlib import Path

from ..model import vocabulary as spec

START, END = "<!-- keys:start -->", "<!-- keys:end -->"
DOC = Path(__file__).parent.parent.parent / "docs" / "data-format.md"


def _rows(title: str, keys: dict[str, spec.Key]) -> list[str]:
    out = [f"\n#### {title}\n", "| key | unit | meaning |", "|---|---|---|"]
    for name, key in keys.items():
        unit = key.unit + (" (needs `per`)" if key.needs_per else "")
        whole = "" if key.integer or key.unit == "ha" else " (may be fractional)"
        out.append(f"| `{name}` | {unit} | {key.meaning}{whole} |")
    return out


def _report_keys() -> list[str]:
    return [
        "#### Report keys\n",
        "| key | meaning |",
        "|---|---|",
        "| `province` | name as the report wrote it, NFC (required) |",
        "| `period` | `YYYY`, `YYYY-H1`/`H2`, `YYYY-Q1`..`Q4`, or an as-of date `YYYY-MM-DD` (required) |",
        f"| `status` | {' or '.join(f'`{s}`' for s in spec.STATUSES)} (default `actual`) |",
        "| `note` | free text |",
        *[
            f"| `source.{k}` | {v}{' (required)' if k in spec.SOURCE_REQUIRED else ''} |"
            for k, v in spec.SOURCE_KEYS.items()
        ],
        *[f"| `{k}` | table: {v.meaning} |" for k, v in spec.ORG_KINDS.items()],
        "| `programmes`, `support` | tables of figures, below |",
        "| `[[report.targets]]` | " + ", ".join(f"`{k}`" for k in spec.TARGET_KEYS) + " |",
        "| `stated` | metric id -> percentage as printed, for cross-checks and gaps |",
        "| `start` | metric id -> value at the start of the period (percentages as printed) |",
        "| `[[report.acknowledge]]` | `rule`, `key`, `reason`: a known contradiction of the source |",
        "",
        "A figure is a number, or an inline table with "
        + ", ".join(f"`{k}`" for k in spec.FIGURE_TABLE_KEYS)
        + ". Qualifiers: "
        + ", ".join(f"`{k}` ({v.vi})" for k, v in spec.QUALIFIERS.items())
        + ".",
    ]


def tables() -> str:
    lines = _report_keys()
    lines += _rows("Figures of cooperatives, credit_funds, unions and groups", spec.ORG_FIGURES)
    lines += [
        "",
        "Also: `includes_credit_funds` (true/false), `by_sector`, `members_by_sector`, `ratings`, `note`.",
    ]
    lines += _rows("by_sector and members_by_sector", spec.SECTORS)
    lines += _rows(
        "ratings (also `base` = " + " or ".join(f"`{b}`" for b in spec.RATING_BASES) + ")",
        spec.RATING_FIGURES,
    )
    lines += _rows("programmes", spec.PROGRAMME_FIGURES)
    lines += _rows("support", spec.SUPPORT_FIGURES)
    lines += [
        "\n#### Targets (`target = ...`)\n",
        "| target | unit of plan and actual | actual read from, when not given |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{t}` | {k.unit} | {'.'.join(k.actual_from) if k.actual_from else '(give actual)'} |"
        for t, k in spec.TARGETS.items()
    ]
    return "\n".join(lines) + "\n"


def rewrite(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{tables()}{END}{tail}"


if __name__ == "__main__":  # pragma: no cover
    DOC.write_text(rewrite(DOC.read_text(encoding="utf-8")), encoding="utf-8")
