"""Every sentence and word htx prints, by id, in English and Vietnamese: one catalogue per
language (``en.py``, ``vi.py``), and the one function that words a message.

Python tables rather than gettext catalogues: a message's parameters are typed (numbers
written the reader's way, terms of the vocabulary, dates, nested messages), which gettext's
``%s`` strings cannot express, and a dict lookup costs nothing at start-up, where gettext
would load ``locale`` and parse a catalogue on every run. A test checks that both catalogues
hold the same ids with the same parameters.

JSON and CSV say everything in English (their keys and values are the stable contract);
tables and markdown are worded in the reader's language.
"""

from __future__ import annotations

import os
import string
from datetime import date
from typing import Any

from ...model.messages import Msg, Old, Term, lower_first
from ...model.numerals import number, plain
from . import en, vi

LANGS = ("en", "vi")
CATALOGUES = {"en": en.MESSAGES, "vi": vi.MESSAGES}


def _date(d: date, lang: str) -> str:
    return f"{d.day}/{d.month}/{d.year}" if lang == "vi" else f"{d.day} {d:%B %Y}"


def _value(value: Any, lang: str) -> str:
    if isinstance(value, Msg):
        return say(value, lang)
    if isinstance(value, Term):
        return value.vi if lang == "vi" else value.en
    if isinstance(value, Old):
        return say(Msg("name.old", {"name": value.name}), lang)
    if isinstance(value, date):
        return _date(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, lang) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return plain(value, lang)
    return str(value)


class _Wording(string.Formatter):
    """str.format with the reader's language: a field's spec says how to word it."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "lower":
            return lower_first(_value(value, self.lang))
        if format_spec == "semi":
            return "; ".join(_value(v, self.lang) for v in value)
        if format_spec == "pct":  # a percentage as the report printed it: 39.8, 86
            text = f"{value:g}"
            return text.replace(".", ",") if self.lang == "vi" else text
        if format_spec == "d1":  # one decimal at most: 6.1, 14
            return number(value, 1, self.lang)
        return _value(value, self.lang)


_WORDING = {lang: _Wording(lang) for lang in LANGS}


def say(m: Msg, lang: str = "en") -> str:
    """A message in the reader's language."""
    return _WORDING[lang].vformat(CATALOGUES[lang][m.id], (), m.params)


def word(id: str, lang: str = "en", **params: Any) -> str:
    """A word or sentence of the interface by id (say(msg(id, ...)) for short)."""
    return say(Msg(id, params), lang)


def term(t: Term, lang: str) -> str:
    return t.vi if lang == "vi" else t.en


def detect(option: str | None) -> str:
    """--lang, else HTX_LANG, else a Vietnamese locale in LC_ALL / LC_MESSAGES / LANG, else en."""
    if option:
        return option
    if os.environ.get("HTX_LANG") in LANGS:
        return os.environ["HTX_LANG"]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"
