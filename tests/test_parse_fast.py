"""Reading a data file a block at a time with rtoml gives exactly what tomllib gives (keys in
the same order), or leaves the file to tomllib; the file's errors are tomllib's."""

from __future__ import annotations

import sys
import tomllib

import pytest
from conftest import DATA
from hypothesis import example, given, settings
from hypothesis import strategies as st

from htxcli.datafile import read
from htxcli.datafile.parse_fast import parse
from htxcli.datafile.read import parse_text
from htxcli.model.errors import DataError


@pytest.fixture(autouse=True, scope="module")
def every_size():
    """The texts here are small: read them the fast way all the same."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(read, "FAST_FROM", 0)
        yield


def _texts() -> list[str]:
    """The bundled file and every test file that is UTF-8."""
    texts = [DATA.read_text(encoding="utf-8")]
    for path in sorted((DATA.parent.parent / "tests" / "data").rglob("*.toml")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


TEXTS = _texts()


def tomllib_reads(text: str) -> str | None:
    """repr of what tomllib reads (order, types and NaN included), or None for an error."""
    try:
        return repr(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None


def test_every_file_of_the_suite_is_read_fast_and_the_same():
    read_fast = [text for text in TEXTS if tomllib_reads(text) and parse(text) is not None]
    assert len(read_fast) > len(TEXTS) * 0.9  # the fast way is the way these files are read
    for text in read_fast:
        assert repr(parse(text)) == tomllib_reads(text)


PIECES = [*'[]{}=,."\'#\n\r\t \\:-+_0123456789eEx', '"""', "'''", "\\u", "\\e", "\\x41", "\r\n",
          "[[report]]\n", "1979-05-27", "07:32:00", "07:32", "Z", "+07:00", "inf", "nan", "\x7f",
          "\x00", "\ufeff", "ä"]  # fmt: skip


@st.composite
def edited(draw: st.DrawFn) -> str:
    """A few lines of a real file with a few pieces inserted, deleted or replaced."""
    lines = draw(st.sampled_from(TEXTS)).splitlines(keepends=True)
    start = draw(st.integers(0, len(lines) - 1))
    text = "".join(lines[start : start + draw(st.integers(1, 40))])
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 3))
        text = text[:at] + draw(st.sampled_from(PIECES)) + text[at + cut :]
    return text


@settings(max_examples=1500, deadline=None)
@given(edited())
@example("# \x7f\nx = 1")  # rtoml before 0.14 lets a DEL in a comment through
@example("x = 1979-05-27T07:32:00+07:00")  # rtoml's own tzinfo class
@example('[[report]]\nnote = """\n[[report]]\n"""\n')  # a header line inside a string
@example("[[report]]\nx = 1\n[other]\ny = 2\n")  # a table after the reports
@example("report.x = 1\n[[report]]\n")
@example("x = 9223372036854775808")  # past 64 bits: rtoml refuses, tomllib reads it
@example("[[report]]\nnote = " + "{a = " * 400 + "1" + "}" * 400)  # rtoml reads, tomllib cannot
def test_the_fast_reading_is_tomllibs_or_none(text):
    fast = parse(text)
    if fast is not None:
        assert repr(fast) == tomllib_reads(text)


@settings(max_examples=300, deadline=None)
@given(edited())
def test_parse_text_is_tomllib_or_its_error(text):
    expected = tomllib_reads(text.removeprefix("\ufeff"))
    try:
        got = repr(parse_text(text, "x.toml"))
    except DataError:
        got = None
    assert got == expected


TOML_1_1 = {  # read by rtoml 0.14 and TOML 1.1, not by TOML 1.0, tomllib or the data format
    "an inline table over lines": "a = { b = 1,\n c = 2 }",
    "a trailing comma in an inline table": "a = { b = 1, }",
    "the \\e escape": 'a = "\\e"',
    "the \\x escape": 'a = "\\x41"',
    "a time without seconds": "a = 07:32",
}


@pytest.mark.parametrize("text", TOML_1_1.values(), ids=TOML_1_1.keys())
@pytest.mark.parametrize("where", ["", "schema_version = 2\n[[report]]\n"], ids=["alone", "in a report"])
def test_toml_1_1_is_invalid_toml(text, where):
    with pytest.raises(DataError, match="invalid TOML"):
        parse_text(where + text, "x.toml")


def test_without_rtoml_tomllib_reads_the_same(monkeypatch):
    text = DATA.read_text(encoding="utf-8")
    fast = parse_text(text, "x.toml")
    monkeypatch.setitem(sys.modules, "rtoml", None)  # as on a Python rtoml has no wheel for
    assert parse(text) is None
    assert repr(parse_text(text, "x.toml")) == repr(fast)
