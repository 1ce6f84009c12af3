"""Numbers as people read them: English (1,256; 39.8 %) or Vietnamese (1.256; 39,8 %)."""

from __future__ import annotations

import math

from .spec import QUALIFIERS

_QUALIFIER_EN = {
    "more_than": "more than",
    "over": "over",
    "nearly": "nearly",
    "about": "about",
    "at_least": "at least",
    "estimated": "est.",
}
_MONEY = {
    "en": ((1e9, "bn VND"), (1e6, "m VND"), (1, "VND")),
    "vi": ((1e9, "tỷ đồng"), (1e6, "triệu đồng"), (1, "đồng")),
}
_PER = {"en": {"year": "/year", "month": "/month"}, "vi": {"year": "/năm", "month": "/tháng"}}


def number(x: float, decimals: int = 0, lang: str = "en") -> str:
    """Group thousands and trim trailing zeros: 1,256 / 66,807.55 (vi: 1.256 / 66.807,55)."""
    text = f"{x:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def money(x: float, lang: str = "en") -> str:
    """VND, scaled: 482 bn VND, 17.942 bn VND, 773.5 m VND for 773,539,844
    (vi: 482 tỷ đồng, 2,002 tỷ đồng, 773,5 triệu đồng)."""
    for scale, word in _MONEY[lang]:
        if abs(x) >= scale or scale == 1:
            scaled = x / scale
            digits = 0
            if scale > 1:  # exact to 3 decimals as printed (17 tỷ 942 triệu), else 4 significant digits
                digits = 3 if round(scaled, 3) == scaled else max(0, 3 - math.floor(math.log10(abs(scaled))))
            return f"{number(scaled, digits, lang)} {word}"
    raise AssertionError("unreachable")


def qualify(text: str, qualifier: str | None, lang: str = "en") -> str:
    if not qualifier:
        return text
    word = QUALIFIERS[qualifier] if lang == "vi" else _QUALIFIER_EN[qualifier]
    return f"{word} {text}"


def value(
    x: float | None, unit: str, qualifier: str | None = None, lang: str = "en", per: str | None = None
) -> str:
    """One value with its unit, for a table cell."""
    if x is None:
        return "n/a" if lang == "en" else "không có"
    if unit == "fraction":
        text = f"{number(x * 100, 1, lang)} %"
    elif unit.startswith("VND"):
        text = money(x, lang)
        if unit == "VND/year":
            per = "year"
        text += _PER[lang].get(per or "", "")
    elif unit == "ha":
        text = f"{number(x, 2, lang)} ha"
    else:
        text = number(x, 0 if float(x).is_integer() else 1, lang)
    return qualify(text, qualifier, lang)
