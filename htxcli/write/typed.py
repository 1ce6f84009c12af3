"""What a --set value (or an interview answer) becomes in the data file, by the key it is for.

Figures are numbers as Vietnamese reports write them (``1.256``, ``2,002 tỷ``, ``hơn 42.000``,
``4 - 5 triệu``, ``lỗ 4,5 tỷ``); a key under a figure (``cooperatives.total.plan``) is typed by
what it holds; text stays text. Every key path of the format is understood, sectors included.
"""

import re
from datetime import date
from typing import Any

from ..model import vocabulary as spec
from .numbers import as_figure, parse, parse_range

_TIME_UNITS = {
    "month": "month",
    "tháng": "month",
    "thang": "month",
    "year": "year",
    "năm": "year",
    "nam": "year",
}
_FLAGS = ("includes_credit_funds", "complete", "preferred", "with_credit_funds")
#: Keys under a figure that hold a number, and whether it is a whole number.
_FIGURE_NUMBERS = {
    "covers": True,
    "change": False,
    "change_pct": False,
    "attained_pct": False,
    "national_share_pct": False,
    "yoy_pct": False,
}
_FIGURE_WORDS = {"qualifier": spec.QUALIFIERS, "change_qualifier": spec.QUALIFIERS, "status": spec.STATUSES}


def _flag(name: str, text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise ValueError(f"{name} is true or false")
    return text.lower() == "true"


def _date(text: str) -> date | str:
    """A TOML date, or "YYYY-MM" when the report prints no day."""
    if re.fullmatch(r"\d{4}-\d{2}", text, re.ASCII):
        return text
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD, or YYYY-MM without a day") from None


def _word(name: str, text: str, choices: dict[str, Any]) -> str:
    """A qualifier or status as its key, or as a word reports print ("hơn", "ước")."""
    for key, entry in choices.items():
        words = getattr(entry, "words", ())
        if text.lower() in {key, getattr(entry, "vi", key), *(w.lower() for w in words)}:
            return key
    raise ValueError(f"{name} is one of {', '.join(choices)}")


def _amount(text: str, key: spec.Key) -> Any:
    """A figure's value: a number, a range, with its qualifier and, for income, its time unit."""
    per = None
    if "/" in text:
        text, unit = (part.strip() for part in text.rsplit("/", 1))
        per = _TIME_UNITS.get(unit.lower())
        if per is None:
            raise ValueError(f"{unit!r} is not a time unit: write /month or /year (/tháng, /năm)")
    elif key.needs_per:
        raise ValueError('this figure needs its time unit: e.g. "4.000.000/month" or "48 triệu/năm"')
    low_high = parse_range(text)
    if low_high is not None:
        low, high, qualifier = low_high
        value: Any = {"value": [low, high], "qualifier": qualifier}
    else:
        value = as_figure(text, key.integer, signed=key.signed)
    if per is None:
        return value if not isinstance(value, dict) or value["qualifier"] else value["value"]
    table = value if isinstance(value, dict) else {"value": value}
    return {k: v for k, v in {**table, "per": per}.items() if v is not None}


def _figure_part(name: str, text: str) -> Any:
    """A key under a figure: cooperatives.total.plan, .change_from, .criterion..."""
    if name in _FIGURE_NUMBERS:
        value, _qualifier = parse(text, signed=True)
        return int(value) if _FIGURE_NUMBERS[name] else value
    if name == "plan":
        low_high = parse_range(text)
        return [low_high[0], low_high[1]] if low_high else parse(text)[0]
    if name in _FIGURE_WORDS:
        return _word(name, text, _FIGURE_WORDS[name])
    if name == "per":
        if text.lower() not in _TIME_UNITS:
            raise ValueError("per is month or year")
        return _TIME_UNITS[text.lower()]
    if name == "with_credit_funds":
        return _flag(name, text)
    return text  # period, change_from, criterion, note


def _figure_key(path: list[str]) -> tuple[spec.Key | None, list[str]]:
    """The figure a path names and what follows it: (cooperatives, sectors, agriculture, new)."""
    head, rest = path[0], path[1:]
    keys = spec.BLOCK_FIGURES.get(head)
    if keys is None or not rest:
        return None, rest
    if head in spec.ORG_KINDS and rest[0] == "sectors" and len(rest) >= 3 and rest[1] in spec.SECTORS:
        rest = rest[2:]
    elif (
        head in spec.ORG_KINDS and rest[0] in ("ratings", "by_sector", "members_by_sector") and len(rest) >= 2
    ):
        keys = spec.RATING_FIGURES if rest[0] == "ratings" else spec.SECTORS
        rest = rest[1:]
    return keys.get(rest[0]), rest[1:]


def _bare_percentage(block: str, text: str) -> int | float:
    """A percentage under stated or start: the format keeps the bare number, so a qualifying
    word ("hơn 86") is refused rather than dropped."""
    value, qualifier = parse(text, signed=True)
    if qualifier is not None:
        word = spec.QUALIFIERS[qualifier].vi
        raise ValueError(
            f"{text!r} says {word!r}, but a percentage under {block} is the bare number the report "
            f"prints: write {value:g} and keep the words in --set note=..., or give the counts instead"
        )
    return value


def typed_value(path: list[str], text: str) -> Any:
    """A --set value, typed by the key it is for; ValueError says what is expected."""
    head, last = path[0], path[-1]
    if head == "source":
        return _date(text) if last in ("published", "meeting") else text
    if head in ("stated", "start"):
        return _bare_percentage(head, text)
    if last in _FLAGS:
        return _flag(last, text)
    if head == "status":
        return _word("status", text, spec.STATUSES)
    key, after = _figure_key(path)
    if key is None:
        return text
    if not after:
        return _amount(text, key)
    if len(after) == 1 and after[0] != "value":
        return _figure_part(after[0], text)
    return _amount(text, key)
