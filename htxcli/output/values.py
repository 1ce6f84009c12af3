"""A value as a table cell: money scaled (482 bn VND, 773,5 triệu đồng), shares as percent,
the qualifier the report printed in front, the time unit behind."""

from __future__ import annotations

import math

from ..model.messages import number
from ..model.vocabulary import QUALIFIERS, TIME_UNITS
from .catalogue import term, word

_MONEY = {
    "en": ((1e9, "bn VND"), (1e6, "m VND"), (1, "VND")),
    "vi": ((1e9, "tỷ đồng"), (1e6, "triệu đồng"), (1, "đồng")),
}


def _scale(x: float, lang: str) -> tuple[float, str]:
    for scale, unit in _MONEY[lang]:
        if abs(x) >= scale or scale == 1:
            return scale, unit
    raise AssertionError("unreachable")


def _scaled(x: float, scale: float, lang: str) -> str:
    scaled = x / scale
    digits = 0
    if scale > 1 and scaled:  # exact to 3 decimals as printed (17 tỷ 942 triệu), else 4 significant digits
        digits = 3 if round(scaled, 3) == scaled else max(0, 3 - math.floor(math.log10(abs(scaled))))
    return number(scaled, digits, lang)


def money(x: float, lang: str = "en", high: float | None = None) -> str:
    """VND, scaled: 482 bn VND, 17.942 bn VND, 773.5 m VND for 773,539,844
    (vi: 482 tỷ đồng, 2,002 tỷ đồng, 773,5 triệu đồng); a range in the scale of its high end:
    4–5 m VND."""
    scale, unit = _scale(high if high is not None else x, lang)
    low = _scaled(x, scale, lang)
    return f"{low}–{_scaled(high, scale, lang)} {unit}" if high is not None else f"{low} {unit}"


def raw(low: float | None, high: float | None = None) -> float | str | None:
    """A value for CSV/TSV: the number, or a printed range as "low..high", never one end alone."""
    if low is None or high is None:
        return low
    return f"{low}..{high}"


def qualify(text: str, qualifier: str | None, lang: str = "en") -> str:
    if not qualifier:
        return text
    q = QUALIFIERS[qualifier]
    return f"{q.vi if lang == 'vi' else q.en} {text}"


def _plain(x: float, unit: str, lang: str) -> str:
    if unit == "fraction":
        return number(x * 100, 1, lang)
    if unit == "ha":
        return number(x, 2, lang)
    if unit == "percent":
        return number(x, 1, lang)
    return number(x, 0 if isinstance(x, int) or x.is_integer() else 1, lang)


_SUFFIX = {"fraction": "%", "percent": "%", "ha": " ha"}  # CLDR: 39,8% and 39.8%, no space


def value(
    x: float | None,
    unit: str,
    qualifier: str | None = None,
    lang: str = "en",
    per: str | None = None,
    high: float | None = None,
) -> str:
    """One value with its unit, for a table cell; a printed range as low–high."""
    if x is None:
        return word("origin.none", lang)
    if unit.startswith("VND"):
        text = money(x, lang, high)
        if unit == "VND/year":
            per = "year"
        if per in TIME_UNITS:
            text += "/" + term(TIME_UNITS[per], lang)
    else:
        text = _plain(x, unit, lang) + (f"–{_plain(high, unit, lang)}" if high is not None else "")
        text += _SUFFIX.get(unit, "")
    return qualify(text, qualifier, lang)
