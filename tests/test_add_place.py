"""htx add --replace finds report blocks from the TOML structure, not from lines: a
"[[report]]" inside a note is text, "[[ report ]]" is a header, and every byte outside the
replaced or appended block stays as it was, in LF and CRLF files, with or without a BOM."""

from __future__ import annotations

import re
import shutil
import tomllib

import pytest
from conftest import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from htxcli.write.block import render
from htxcli.write.place import BOM, layout, new_text, report_spans

SOURCE = ["--set", "source.publisher=p", "--set", "source.title=t"]
NEW = render({"province": "Mới", "period": "2030", "source": {"publisher": "p", "title": "t"}})

# --- a generated file, each of whose report blocks is known to the byte ---------------------

TRAPS = [
    "[[report]]",
    '[[report]]\nprovince = "x"',
    "[report.source]",
    "  [[ report ]]",
    "# not a comment",
    "'''",
    '"""',
    '"',
    "'",
    "\\",
    "\\n",
    "]]",
    "[",
    "{",
    "=",
    "\r",
]
content = st.lists(
    st.one_of(
        st.sampled_from(TRAPS),
        st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=8),
        st.just("\n"),
    ),
    max_size=6,
).map("".join)


def basic(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{out}"'


def multiline_basic(s: str, tail: str) -> str:
    """A \"\"\" string, closed after up to two raw quotes of content (\"\"\"x\"\"\"\"\")."""
    return '"""\n' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r") + tail + '"""'


def multiline_literal(s: str, tail: str) -> str:
    body = re.sub("'{3,}", "''", s.replace("\r", "")).rstrip("'")
    return "'''\n" + body + tail.replace('"', "'") + "'''"


def literal(s: str) -> str:
    return "'" + re.sub("['\r\n]", "", s) + "'"


@st.composite
def value(draw) -> str:
    s, tail = draw(content), draw(st.sampled_from(["", '"', '""']))
    kind = draw(st.sampled_from(["basic", "mlbasic", "mlliteral", "literal", "array", "inline"]))
    if kind == "array":  # an array over several lines, one line opening a bracket
        return f"[\n  [{basic(s)}],\n  # {s.splitlines()[0] if s.strip() else 'c'}\n  {literal(s)},\n]"
    if kind == "inline":
        return "{ a = " + basic(s) + ", b = [" + literal(s) + "] }"
    return {
        "basic": lambda: basic(s),
        "mlbasic": lambda: multiline_basic(s, tail),
        "mlliteral": lambda: multiline_literal(s, tail),
        "literal": lambda: literal(s),
    }[kind]()


HEADERS = ["[[report]]", "[[ report ]]", '[["report"]]', "[[ 'report' ]]", "  [[report]]", "[[report]] # x"]
SUBTABLES = ["[report.source]", "[ report . source ]", '[report."source"]', "\t[report.source]  # s"]


@st.composite
def block(draw, n: int) -> str:
    lines = [draw(st.sampled_from(HEADERS)), f'province = "P{n}"', 'period = "2024"']
    lines.append(f"note = {draw(value())}")
    if draw(st.booleans()):
        lines.append(f'"odd ]] key" = {draw(value())}  # {draw(content).splitlines()[0:1]}')
    lines += [draw(st.sampled_from(SUBTABLES)), 'publisher = "p"', f"title = {draw(value())}"]
    if draw(st.booleans()):
        lines += ["[[report.targets]]", 'target = "new_cooperatives"', "plan = 5"]
    return "\n".join(lines) + "\n"


separator = st.lists(
    st.sampled_from(["\n", "# [[report]]\n", "#\n", "   \n", "# a comment\n"]), max_size=3
).map("".join)
other_table = st.sampled_from(["", '[meta{n}]\nnote = "[[report]]"\n', "[[other]]\nx = 1\n"])


@st.composite
def data_file(draw) -> tuple[str, list[tuple[int, int]]]:
    """A data file and the (start, end) of each report block in it."""
    text, spans = "schema_version = 1\n" + draw(separator), []
    for n in range(draw(st.integers(1, 4))):
        body = draw(block(n))
        spans.append((len(text), len(text) + len(body)))
        text += body + draw(separator) + draw(other_table).format(n=n) + draw(separator)
    if draw(st.booleans()):
        text = text.rstrip("\n")  # the last line without its line break
        spans[-1] = (spans[-1][0], min(spans[-1][1], len(text)))
    return text, spans


def with_crlf(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    def at(i: int) -> int:
        return i + text.count("\n", 0, i)

    return text.replace("\n", "\r\n"), [(at(a), at(b)) for a, b in spans]


@settings(max_examples=300, deadline=None)
@given(data_file(), st.booleans(), st.booleans(), st.data())
def test_replace_or_append_changes_only_its_block(generated, crlf, bom, data):
    text, spans = generated
    if crlf:
        text, spans = with_crlf(text, spans)
    old = tomllib.loads(text)  # the generator writes valid TOML
    assert report_spans(text) == spans
    index = data.draw(st.sampled_from([None, *range(len(spans))]))
    body = BOM + text if bom else text
    prefix = len(body) - len(text)
    span = None if index is None else (spans[index][0] + prefix, spans[index][1] + prefix)
    new, start = new_text(body, NEW, span)
    written = new[start:].removesuffix(body[span[1] :] if span else "")
    assert written.endswith(NEW.replace("\n", "\r\n" if crlf else "\n"))
    if span:
        assert new[:start] == body[: span[0]] and new[start + len(written) :] == body[span[1] :]
    else:
        assert new.startswith(body)
    if crlf:
        assert "\n" not in new.replace("\r\n", "")
    reports = list(old["report"])
    reports[len(reports) if index is None else index : None if index is None else index + 1] = [
        tomllib.loads(NEW)["report"][0]
    ]
    assert tomllib.loads(new.removeprefix(BOM))["report"] == reports


# --- the cases of the issue, at function level and through the installed htx ---------------

PASTED = '''schema_version = 1

[[report]]
province = "Long An"
period = "2024"
note = """
pasted from the report:
[[report]]
province = "x"
"""

[report.source]
publisher = "p"
title = "t"

[[report]]
province = "Hà Tĩnh"
period = "2024"

[report.source]
publisher = "p"
title = "t"
'''


def test_a_header_inside_a_note_is_text():
    spans = report_spans(PASTED)
    assert len(spans) == 2 == len(tomllib.loads(PASTED)["report"])
    assert PASTED[spans[1][0] :].startswith('[[report]]\nprovince = "Hà Tĩnh"')
    assert [h.key for h in layout(PASTED).headers] == [("report",), ("report", "source")] * 2


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", BOM])
@pytest.mark.parametrize("province", ["Hà Tĩnh", "Long An"])
def test_replace_through_htx_keeps_every_other_byte(htx, tmp_path, eol, bom, province):
    path = tmp_path / "d.toml"
    old = (bom + PASTED.replace("\n", eol)).encode()
    path.write_bytes(old)
    args = ["--data", str(path), *SOURCE, "--set", "groups.total=7", "--replace", "--yes"]
    r = htx("add", province, "--period", "2024", *args)
    assert r.returncode == 0, r.stderr
    assert f"htx: replaced {province} 2024 in {path}" in r.stderr
    new = path.read_bytes()
    text = old.decode()
    start, end = report_spans(text.removeprefix(BOM))[0 if province == "Long An" else 1]
    start, end = (start + len(bom), end + len(bom))
    assert new.startswith(text[:start].encode()) and new.endswith(text[end:].encode())
    if eol == "\r\n":
        assert b"\n" not in new.replace(b"\r\n", b"")
    doc = tomllib.loads(new.decode().removeprefix(BOM))
    assert [(x["province"], x.get("groups")) for x in doc["report"]] == [
        ("Long An", {"total": 7} if province == "Long An" else None),
        ("Hà Tĩnh", {"total": 7} if province == "Hà Tĩnh" else None),
    ]
    if province == "Hà Tĩnh":
        assert "pasted from the report:" in doc["report"][0]["note"]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", BOM])
def test_append_through_htx_takes_the_file_line_endings(htx, tmp_path, eol, bom):
    path = tmp_path / "d.toml"
    old = (bom + PASTED.replace("\n", eol)).encode()
    path.write_bytes(old)
    r = htx("add", "Lào Cai", "--period", "2024", "--data", str(path), *SOURCE, "--yes")
    assert r.returncode == 0, r.stderr
    new = path.read_bytes()
    assert new.startswith(old) and new.count(b"\n") == new.count(eol.encode())
    assert tomllib.loads(new.decode().removeprefix(BOM))["report"][-1]["province"] == "Lào Cai"


@pytest.mark.parametrize(
    "header",
    ["[[ report ]]", '[["report"]]', "[[ 'report' ]]", "  [[report]]  # Trà Vinh"],
)
def test_any_spelling_of_the_header(htx, tmp_path, header):
    path = tmp_path / "d.toml"
    path.write_text(
        PASTED.replace('[[report]]\nprovince = "Hà', f'{header}\nprovince = "Hà'), encoding="utf-8"
    )
    before = path.read_text(encoding="utf-8")
    r = htx("add", "Hà Tĩnh", "--period", "2024", "--data", str(path), *SOURCE, "--replace", "--yes")
    assert r.returncode == 0, r.stderr
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before[: before.index(header)]) and header not in after


@pytest.mark.parametrize(
    "text",
    [
        'schema_version = 1\nreport = [{ province = "Long An", period = "2024" }]\n',
        "schema_version = 1\nreport = []\n",
        'schema_version = 1\n[report]\nprovince = "Long An"\n',
    ],
)
@pytest.mark.parametrize("replace", [[], ["--replace"]])
def test_reports_not_in_report_tables_are_refused_in_one_message(htx, tmp_path, text, replace):
    path = tmp_path / "d.toml"
    path.write_text(text, encoding="utf-8")
    r = htx("add", "Long An", "--period", "2024", "--data", str(path), *SOURCE, "--yes", *replace)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert "not [[report]] tables" in r.stderr and "hint: write each report as a [[report]]" in r.stderr
    assert path.read_text(encoding="utf-8") == text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=data_file(), crlf=st.booleans(), bom=st.booleans(), pick=st.integers(0, 3))
def test_replace_through_the_command(tmp_path, generated, crlf, bom, pick):
    """The same property through click, in process: a replaced report changes only its block."""
    from click.testing import CliRunner

    from htxcli.cli.app import cli

    text, spans = with_crlf(*generated) if crlf else generated
    index = pick % len(spans)
    body = (BOM if bom else "") + text
    path = tmp_path / "g.toml"
    path.write_bytes(body.encode())
    args = ["add", f"P{index}", "--period", "2024", "--data", str(path), *SOURCE, "--replace", "--yes"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code in (0, 1), r.output  # 1: the generated report's own findings
    new = path.read_bytes().decode()
    if r.exit_code:
        assert new == body and "nothing written" in r.output
        return
    shift = len(body) - len(text)
    start, end = spans[index][0] + shift, spans[index][1] + shift
    assert new[:start] == body[:start] and new.endswith(body[end:])


def test_bundled_file_spans_match_its_reports():
    text = DATA.read_text(encoding="utf-8")
    spans = report_spans(text)
    doc = tomllib.loads(text)
    assert len(spans) == len(doc["report"])
    for (start, end), report in zip(spans, doc["report"], strict=True):
        assert text[start:end].startswith("[[report]]") and report["province"] in text[start:end]


def test_copy_of_bundled_file_round_trips(tmp_path):
    path = tmp_path / "p.toml"
    shutil.copy(DATA, path)
    text = path.read_text(encoding="utf-8")
    for start, end in report_spans(text):
        block = text[start:end]
        assert new_text(text, block.replace("\r\n", "\n"), (start, end))[0] == text


def test_a_misplaced_block_is_caught_before_writing(tmp_path, monkeypatch):
    """Were the spans ever wrong, the add's own check refuses (exit 2) and writes nothing."""
    from click.testing import CliRunner

    from htxcli.cli.app import cli
    from htxcli.write import add

    path = tmp_path / "d.toml"
    path.write_text(PASTED, encoding="utf-8")

    def careless(old: str, block: str, span: tuple[int, int] | None) -> tuple[str, int]:
        text, start = new_text(old, block, span)  # and then a byte of another report changed:
        return text.replace('"Hà Tĩnh"', '"Ha Tinh"'), start

    monkeypatch.setattr(add, "new_text", careless)
    args = ["add", "Long An", "--period", "2024", "--data", str(path), *SOURCE, "--replace", "--yes"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2 and "would not read as the old file" in r.output
    assert "a bug in htx" in r.output and path.read_text(encoding="utf-8") == PASTED
