"""The descriptions of the JSON Schema: every key's English meaning, unit and the Vietnamese
words reports print for it, worded from the vocabulary so an editor's hover text says what the
docs say."""

from __future__ import annotations

from ..metrics import CATALOGUE
from ..model import vocabulary as spec

_UNITS = {
    "count": "a count (whole number)",
    "persons": "persons (whole number)",
    "VND": "VND (đồng), written in full: 482 tỷ is 482_000_000_000",
    "VND/org": "VND per organisation, written in full",
    "VND/worker": 'VND per worker, written in full, per month or per year (per = "month" or "year")',
    "VND/member": 'VND per member, written in full, per month or per year (per = "month" or "year")',
    "ha": "hectares (may be fractional)",
    "percent": "percent as printed, 0 to 100",
    "amount": "the figure's own unit",
}
_METRIC_UNITS = {"fraction": "percent as printed (39.8 for “39,8%”)"}


def quoted(words: tuple[str, ...]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def figure(key: spec.Key) -> str:
    """A figure: meaning, unit, the Vietnamese label and the words reports print."""
    unit = _UNITS.get(key.unit, key.unit) + ("; negative for a loss" if key.signed else "")
    text = f"{key.meaning}.\n\nUnit: {unit}.\n\nVietnamese: {key.label.vi}"
    if key.words:
        text += f"; reports print {quoted(key.words)}"
    text += ". A number, or a table with value and what the report says of it"
    return text + (" (schema_version 2)." if key.since > 1 else ".")


def sector(name: str) -> str:
    key = spec.SECTORS[name]
    label = key.label.en.lower()
    return f"the figures of the {label} sector ({key.label.vi}; reports print {quoted(key.words)})"


def org_kind(name: str) -> str:
    kind = spec.ORG_KINDS[name]
    return f"the figures of {kind.meaning}; reports print {quoted(kind.words)}"


def metric(mid: str) -> str:
    m = CATALOGUE[mid][0]
    unit = _METRIC_UNITS.get(m.unit, m.unit)
    return f"{m.label.en} ({m.label.vi}): {m.formula}. Unit: {unit}."


def choice(meaning: str, words: dict[str, tuple[str, ...]]) -> str:
    """A closed list, each entry with the Vietnamese words reports print for it."""
    entries = "; ".join(f'"{k}": {quoted(w)}' if w else f'"{k}"' for k, w in words.items())
    return f"{meaning}. One of: {entries}."


def qualifier(meaning: str) -> str:
    return choice(meaning, {k: tuple(dict.fromkeys((q.vi, *q.words))) for k, q in spec.QUALIFIERS.items()})


def meaning(key: str) -> str:
    """A key that is not a figure, from the vocabulary's tables."""
    if key in spec.KEY_MEANINGS:
        return spec.KEY_MEANINGS[key]
    last = key.rsplit(".", 1)[-1]
    if key.startswith("source."):
        return spec.SOURCE_KEYS[last]
    if last in spec.FIGURE_TABLE_KEYS:
        return spec.FIGURE_TABLE_KEYS[last]
    return spec.KEY_MEANINGS[last]
