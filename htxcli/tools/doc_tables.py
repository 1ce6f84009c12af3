"""The key tables of docs/data-format.md, generated from the vocabulary so the docs cannot drift.

Regenerate with:  python -m htxcli.tools.doc_tables  (rewrites the marked part of the document)
"""

from __future__ import annotations

from pathlib import Path

from ..metrics import CATALOGUE
from ..model import vocabulary as spec

START, END = "<!-- keys:start -->", "<!-- keys:end -->"
DOC = Path(__file__).parent.parent.parent / "docs" / "data-format.md"
_PERIODS = {
    "year": ("`2024`", "năm 2024"),
    "half-year": ("`2024-H1`, `2024-H2`", "6 tháng đầu năm, 6 tháng cuối năm"),
    "quarter": ("`2024-Q1` .. `2024-Q4`", "quý I .. quý IV"),
    "months": ("`2024-01/2024-04`", "4 tháng đầu năm; từ đầu năm đến nay"),
    "as-of": ("`2024-06-30`", "tính đến ngày 30/6/2024"),
    "as-of month": ("`2022-06`", "đầu tháng 6/2022; tính đến tháng 6/2022"),
}


def _words(words: tuple[str, ...]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def _since(since: int) -> str:
    return " *(v2)*" if since > 1 else ""


def _rows(title: str, keys: dict[str, spec.Key]) -> list[str]:
    out = [f"\n#### {title}\n", "| key | unit | meaning | Vietnamese |", "|---|---|---|---|"]
    for name, key in keys.items():
        unit = key.unit + (" (needs `per`)" if key.needs_per else "")
        extra = "" if key.integer or key.unit == "ha" else " (may be fractional)"
        extra += " (may be negative)" if key.signed else ""
        words = _words(key.words) or key.label.vi
        out.append(f"| `{name}`{_since(key.since)} | {unit} | {key.meaning}{extra} | {words} |")
    return out


def _key(key: str, extra: str = "") -> str:
    """A row of a key that is not a figure, worded as the JSON Schema words it."""
    since = " *(v2)*" if key in spec.REPORT_KEYS_V2 else ""
    return f"| `{key}`{since} | {spec.KEY_MEANINGS[key]}{extra} |"


def _report_keys() -> list[str]:
    return [
        "#### Report keys\n",
        "| key | meaning |",
        "|---|---|",
        *[_key(k) for k in spec.PLACE_KEYS],
        _key("period", " (required; see Periods)"),
        _key("status", " (default `actual`)"),
        _key("preferred"),
        _key("note"),
        *[
            f"| `source.{k}` | {v}{' (required)' if k in spec.SOURCE_REQUIRED else ''} |"
            for k, v in spec.SOURCE_KEYS.items()
        ],
        *[f"| `{k}` | table: {v.meaning} |" for k, v in spec.ORG_KINDS.items()],
        "| `programmes`, `support` | tables of figures, below |",
        "| `[[report.targets]]` | " + ", ".join(f"`{k}`" for k in spec.TARGET_KEYS) + " |",
        _key("stated"),
        _key("start"),
        _key("acknowledge"),
    ]


def _places() -> list[str]:
    out = ["\n#### Regions (`region = ...`)\n", "| name | English | other names reports print |"]
    out.append("|---|---|---|")
    out += [f"| {r.name} | {r.en} | {_words(r.words)} |" for r in spec.REGIONS.values()]
    out.append(f"| {spec.COUNTRY.name} (`country`) | {spec.COUNTRY.en} | {_words(spec.COUNTRY.words)} |")
    return out


def _periods() -> list[str]:
    out = ["\n#### Periods\n", "| kind | written | what reports print |", "|---|---|---|"]
    out += [f"| {kind} | {_PERIODS[kind][0]} | {_PERIODS[kind][1]} |" for kind in spec.PERIOD_KINDS]
    return out


def _figure_tables() -> list[str]:
    out = ["\n#### A figure written as a table\n", "| key | meaning |", "|---|---|"]
    out += [
        f"| `{k}`{'' if k in spec.FIGURE_TABLE_KEYS_V1 else ' *(v2)*'} | {meaning} |"
        for k, meaning in spec.FIGURE_TABLE_KEYS.items()
    ]
    out += ["\n#### Qualifiers\n", "| qualifier | printed | also read |", "|---|---|---|"]
    out += [
        f"| `{k}`{'' if k in spec.QUALIFIERS_V1 else ' *(v2)*'} | {q.vi} | {_words(q.words)} |"
        for k, q in spec.QUALIFIERS.items()
    ]
    out += ["\n#### Status\n", "| status | Vietnamese |", "|---|---|"]
    out += [f"| `{k}` | {_words(s.words)} |" for k, s in spec.STATUSES.items()]
    return out


def _organisations() -> list[str]:
    out = ["\n#### Organisations\n", "| table | meaning | Vietnamese |", "|---|---|---|"]
    out += [f"| `{k}` | {o.meaning} | {_words(o.words)} |" for k, o in spec.ORG_KINDS.items()]
    out += _rows("Figures of cooperatives, credit_funds, unions and groups", spec.ORG_FIGURES)
    out += [
        "",
        "Also: `includes_credit_funds` (true/false), `sectors` *(v2)*, `by_sector` and "
        "`members_by_sector` (v1), `ratings`, `note`.",
    ]
    out += _rows(
        "Sectors: `[report.<organisation>.sectors.<sector>]` (also `complete`, `note`)", spec.SECTORS
    )
    return out


def _targets() -> list[str]:
    out = [
        "\n#### Targets (`target = ...`)\n",
        "Any figure path (`cooperatives.total`, `groups.sectors.agriculture.new`) or metric id is a "
        "target *(v2)*; the ids of schema_version 1 stay valid:\n",
        "| target | unit of plan and actual | actual read from, when not given |",
        "|---|---|---|",
    ]
    out += [
        f"| `{t}` | {k.unit} | {'.'.join(k.actual_from) if k.actual_from else '(give actual)'} |"
        for t, k in spec.TARGETS.items()
    ]
    return out


def _metrics() -> list[str]:
    out = [
        "\n#### Metric ids (keys of `stated` and `start`, targets, `--by`, `--metric`)\n",
        "Shares and attainments are written as printed percentages (`39.8` for “39,8%”); averages "
        "and counts in their unit.\n",
        "| metric id | meaning | unit | base |",
        "|---|---|---|---|",
    ]
    for mid, (metric, _fn) in CATALOGUE.items():
        base = spec.SHARE_BASES[metric.base].en if metric.base else ""
        out.append(f"| `{mid}` | {metric.label.en} ({metric.label.vi}) | {metric.unit} | {base} |")
    return out


def tables() -> str:
    lines = _report_keys() + _places() + _periods() + _figure_tables() + _organisations()
    lines += _rows(
        "ratings (also `base` = " + " or ".join(f"`{b}`" for b in spec.RATING_BASES) + ")",
        spec.RATING_FIGURES,
    )
    lines += _rows("programmes", spec.PROGRAMME_FIGURES)
    lines += _rows("support", spec.SUPPORT_FIGURES)
    lines += _targets() + _metrics()
    return "\n".join(lines) + "\n"


def rewrite(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{tables()}{END}{tail}"


if __name__ == "__main__":  # pragma: no cover
    DOC.write_text(rewrite(DOC.read_text(encoding="utf-8")), encoding="utf-8")
