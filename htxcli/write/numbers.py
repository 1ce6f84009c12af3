"""Numbers as Vietnamese reports and users write them, for data entry.

``1.256`` is 1256 (a dot groups thousands), ``39,8`` is 39.8 (a comma marks decimals),
``2,002 tỷ`` is 2,002,000,000 and ``17 tỷ 942 triệu`` is 17,942,000,000. A leading "hơn",
"gần", "trên", "khoảng" or "ước" becomes the figure's qualifier. What could be read two
ways (``1,256``: 1.256 or 1256?) is refused with a question, never guessed.
"""

import re
from decimal import Decimal

from ..model.vocabulary import QUALIFIERS

SCALES = {
    "tỷ": 10**9,
    "ty": 10**9,
    "triệu": 10**6,
    "trieu": 10**6,
    "nghìn": 10**3,
    "ngàn": 10**3,
    "nghin": 10**3,
}
#: Every spelling of a qualifier a user may type: the word reports print, and the others.
_WORDS = {word: key for key, q in QUALIFIERS.items() for word in (q.vi, *q.words)}
_NUMBER = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+(,\d+)?$")


class Ambiguous(ValueError):
    """The input can be read two ways; the message asks which was meant."""


def _plain(text: str, scaled: bool) -> Decimal:
    """One number in Vietnamese writing, without words."""
    if re.fullmatch(r"\d+,\d{3}", text) and not scaled:
        whole, frac = text.split(",")
        raise Ambiguous(
            f"{text!r} could be {whole}{frac} (grouped the English way) or {whole}.{frac} "
            f"(a Vietnamese decimal). Which? Write {whole}.{frac} for {whole}{frac}, or "
            f"{whole},{frac}0 for the decimal"
        )
    if re.fullmatch(r"\d+\.\d{1,2}|\d+\.\d{4,}", text):
        raise Ambiguous(
            f"{text!r}: a dot groups thousands in Vietnamese writing (1.256); for a "
            f"decimal write {text.replace('.', ',')}"
        )
    if "," in text and "." in text and text.index(",") < text.index("."):
        raise Ambiguous(
            f"{text!r} looks like English writing; write it the Vietnamese way "
            "(1.256,5) or without grouping (1256.5 is not accepted: write 1256,5)"
        )
    if not _NUMBER.match(text):
        raise ValueError(f"{text!r} is not a number (examples: 1.256  39,8  2,002 tỷ  hơn 42.000)")
    return Decimal(text.replace(".", "").replace(",", "."))


_NEGATIVE = ("-", "lỗ", "âm", "giảm")
_RANGE = re.compile(r"^(?:từ\s+)?(?P<low>\S.*?)\s*(?:-|–|—|\bđến\b|\btới\b)\s*(?P<high>\d.*)$")


def _sign(text: str, signed: bool) -> tuple[str, int]:
    """The text without a leading minus or "lỗ" (a loss), and the sign; only where allowed."""
    for word in _NEGATIVE:
        if text.startswith(word):
            if not signed:
                raise ValueError(f"{text!r}: this figure cannot be negative")
            return text[len(word) :].strip(), -1
    return text, 1


def parse(text: str, signed: bool = False) -> tuple[int | float, str | None]:
    """A number and its qualifier from what a user typed; ValueError (or Ambiguous) otherwise.
    ``signed``: a leading "-" or "lỗ" (a loss) makes it negative."""
    text, sign = _sign(text.strip().lower(), signed)
    words = text.replace("đồng", "").replace("%", "").split()
    qualifier = None
    for phrase, key in sorted(_WORDS.items(), key=lambda kv: -len(kv[0])):
        size = len(phrase.split())
        if words[:size] == phrase.split():
            qualifier, words = key, words[size:]
            break
    if not words:
        raise ValueError(f"{text!r} has no number")
    total, i = Decimal(0), 0
    scaled = any(w in SCALES for w in words)
    while i < len(words):
        value = _plain(words[i], scaled)
        scale = SCALES.get(words[i + 1]) if i + 1 < len(words) else None
        if i + 1 < len(words) and scale is None:
            raise ValueError(f"{text!r}: {words[i + 1]!r} is not a unit (tỷ, triệu, nghìn)")
        total += value * (scale or 1)  # Decimal: 2,002 tỷ is exactly 2,002,000,000
        i += 2 if scale else 1
    total *= sign
    return (int(total) if total == total.to_integral_value() else float(total)), qualifier


def parse_range(text: str) -> tuple[int | float, int | float, str | None] | None:
    """A printed range ("4 - 5 triệu", "từ 40 đến 45") as (low, high, qualifier); None when
    the text is one number. A unit written once applies to both ends: 4 - 5 triệu."""
    lowered = text.strip().lower()
    m = _RANGE.match(lowered)
    if m is None or not re.search(r"\d", m["low"]):
        return None
    high, _ = parse(m["high"])
    unit = next((w for w in m["high"].split() if w in SCALES), None)
    low_text = (
        m["low"] if unit is None or any(w in SCALES for w in m["low"].split()) else f"{m['low']} {unit}"
    )
    low, qualifier = parse(low_text)
    if low > high:
        raise ValueError(f"{text!r}: a range is written low - high")
    return low, high, qualifier


def as_figure(text: str, integer: bool, signed: bool = False) -> int | float | dict[str, int | float | str]:
    """A figure for the data file: a number, or {value, qualifier} when a word qualified it."""
    value, qualifier = parse(text, signed)
    if integer:
        if value != int(value):
            raise ValueError(f"{text!r} is {value:g}, but this figure is a whole number")
        number: int | float = int(value)
    else:
        number = value
    return {"value": number, "qualifier": qualifier} if qualifier else number
