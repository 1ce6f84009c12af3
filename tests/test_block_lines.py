"""validate places findings by indexing only the report blocks that hold printed findings
(issue 15): the same lines as an index of the whole file, found at a fraction of the cost."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from conftest import DATA, HERE
from hypothesis import given, settings
from hypothesis import strategies as st

from htxcli.datafile import lines
from htxcli.datafile.lines import BlockLines, LineIndex
from htxcli.lint.validate import _block_of, validate, validate_text

FILES = [DATA, *sorted((HERE / "data").rglob("*.toml"))]


def reports_in(text: str) -> int:
    try:
        reports = tomllib.loads(text.removeprefix("\ufeff")).get("report", [])
    except tomllib.TOMLDecodeError:
        return 0
    return len(reports) if isinstance(reports, list) else 0


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_key_is_on_the_line_the_whole_file_index_says(path: Path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    whole = LineIndex(text)
    blocks = BlockLines(text, reports_in(text))
    for key, line in whole.lines.items():
        assert blocks.locate(key)[0] == line, key
        assert blocks.locate(key)[1] == whole.text_lines[line - 1]


@settings(max_examples=60, deadline=None)
@given(
    notes=st.lists(st.text(alphabet="ab\n[]#\"'=", max_size=12), min_size=1, max_size=5),
    where=st.integers(0, 4),
)
def test_a_header_like_line_inside_a_string_falls_back_to_the_whole_file(notes, where):
    blocks = [
        f'[[report]]\nprovince = "P{i}"\nnote = """{note}\n[[report]]\n"""\nperiod = "2024"\n'
        if i == where % len(notes)
        else f'[[report]]\nprovince = "P{i}"\nnote = {note!r}\nperiod = "2024"\n'.replace("\\n", " ")
        for i, note in enumerate(notes)
    ]
    text = "schema_version = 1\n\n" + "".join(blocks)
    whole = LineIndex(text)
    index = BlockLines(text, len(notes))
    for key, line in whole.lines.items():
        assert index.locate(key)[0] == line, key


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["[[report]]", "[[ report ]]", "[[[report]]", " ", "\t", "x", "[", "\n"])))
def test_headers_are_the_lines_a_line_anchored_pattern_finds(parts):
    text = "".join(parts)
    anchored = re.compile(r"^[ \t]*\[\[[ \t]*report[ \t]*\]\]", re.M)
    assert lines._headers(text) == [m.start() for m in anchored.finditer(text)]


@pytest.fixture
def indexed(monkeypatch) -> list[int]:
    """The length of the text of every LineIndex built from here on."""
    built: list[int] = []
    real = LineIndex.__init__

    def counting(self, text, until=None):
        built.append(len(text))
        real(self, text, until)

    monkeypatch.setattr(lines.LineIndex, "__init__", counting)
    return built


def test_acknowledged_findings_text_does_not_print_build_no_index(indexed):
    findings, _ = validate([DATA], acknowledged=False)
    assert findings and all(f.acknowledged for f in findings)
    assert indexed == []
    validate([DATA], acknowledged=True)  # --show-acknowledged and JSON place them
    assert indexed and max(indexed) < DATA.stat().st_size


def test_one_finding_indexes_its_own_block_only(indexed):
    text = DATA.read_text(encoding="utf-8").replace('province = "Kiên Giang"', 'province = "Kien Giangg"')
    found = [f for f in validate_text(text, "f.toml", acknowledged=False) if not f.acknowledged]
    assert [f.rule for f in found] == ["unknown-place"]
    block = text[text.index('[[report]]\nprovince = "Kien Giangg"') :]
    assert indexed == [len(block[: block.index("[[report]]", 1)])]
    assert text.split("\n")[found[0].line - 1] == 'province = "Kien Giangg"'


def test_a_block_with_several_findings_is_read_once(indexed, monkeypatch):
    read: list[int] = []  # the line each read of an index starts from
    real = LineIndex.read

    def counting(self, until=None):
        read.append(self._next)
        real(self, until)

    monkeypatch.setattr(lines.LineIndex, "read", counting)
    findings, _ = validate([DATA], acknowledged=True, cache=False)
    blocks = {(f.province, f.period) for f in findings}
    assert len(findings) > len(blocks)  # the bundled file has blocks with several findings
    assert len(indexed) == len(blocks)  # one index a block, however many findings it holds
    assert read.count(0) == len(blocks)  # later findings read on from where the last stopped


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FILES), st.randoms(use_true_random=False))
def test_keys_asked_in_any_order_are_on_the_whole_file_index_lines(path, random):
    text = path.read_bytes().decode("utf-8", errors="replace")
    whole = LineIndex(text)
    blocks = BlockLines(text, reports_in(text))
    keys = list(whole.lines.items())
    random.shuffle(keys)
    for key, line in sorted(keys, key=lambda kv: _block_of(kv[0])):  # in block order, as validate asks
        assert blocks.locate(key)[0] == line, key
