"""Every sentence and word htx prints, by id, in English and Vietnamese: one catalogue per
language (``en.py``, ``vi.py``), and the one function that words a message.

Python tables rather than gettext catalogues: a message's parameters are typed (numbers
written the reader's way, terms of the vocabulary, dates, nested messages), which gettext's
``%s`` strings cannot express, and a dict lookup costs nothing at start-up, where gettext
would load ``locale`` and parse a catalogue on every run. A test checks that both catalogues
hold the same ids with the same parameters.

JSON and CSV say everything in English (their keys and values are the stable contract);
tables and markdown are worded in the reader's language. Each template is compiled once
into a plain ``str.format_map`` template, so wording a message costs one C-level format.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from ...model.messages import Between, Msg, Term, lower_first, number, plain
from .. import LANGS

__all__ = ["LANGS", "catalogue", "detect", "say", "term", "word"]
# A template compiled for str.format_map: its text with one slot per field, and for each
# slot the parameter and the spec that words it. Built once per message id and language.
_Compiled = tuple[str, tuple[tuple[str, str, str], ...]]
_COMPILED: dict[tuple[str, str], _Compiled] = {}
_TABLES: dict[str, dict[str, str]] = {}


def catalogue(lang: str) -> dict[str, str]:
    """The messages of one language, loaded when first needed (vi only for --lang vi)."""
    if lang not in _TABLES:
        if lang == "vi":
            from .vi import MESSAGES
        else:
            from .en import MESSAGES
        _TABLES[lang] = MESSAGES
    return _TABLES[lang]


def _compile(template: str) -> _Compiled:
    # what string.Formatter().parse calls: the string module compiles a pattern on import
    from _string import formatter_parser

    text, slots = [], []
    for literal, name, spec, _conversion in formatter_parser(template):
        text.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is not None:
            slot = f"_{len(slots)}"
            slots.append((slot, name, spec or ""))
            text.append("{" + slot + "}")
    return "".join(text), tuple(slots)


def _date(d: date, lang: str) -> str:
    return f"{d.day}/{d.month}/{d.year}" if lang == "vi" else f"{d.day} {d:%B %Y}"


def _value(value: Any, lang: str) -> str:
    if isinstance(value, Msg):
        return say(value, lang)
    if isinstance(value, Term):
        return value.vi if lang == "vi" else value.en
    if isinstance(value, date):
        return _date(value, lang)
    if isinstance(value, Between):
        return f"{plain(value.low, lang)}–{plain(value.high, lang)}"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, lang) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return plain(value, lang)
    return str(value)


def _field(value: Any, spec: str, lang: str) -> str:
    """One parameter, worded as its field's spec says."""
    if spec == "lower":  # inside a sentence: first letter lower case, acronyms kept
        return lower_first(_value(value, lang))
    if spec == "semi":  # a list of clauses
        return "; ".join(_value(v, lang) for v in value)
    if spec == "pct":  # a percentage as the report printed it: 39.8, 86
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "vi" else text
    if spec == "d1":  # one decimal at most: 6.1, 14
        return number(value, 1, lang)
    return _value(value, lang)


def say(m: Msg, lang: str = "en") -> str:
    """A message in the reader's language."""
    key = (lang, m.id)
    if key not in _COMPILED:
        _COMPILED[key] = _compile(catalogue(lang)[m.id])
    text, slots = _COMPILED[key]
    if not slots:
        return text.replace("{{", "{").replace("}}", "}")
    return text.format_map({slot: _field(m.params[name], spec, lang) for slot, name, spec in slots})


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
