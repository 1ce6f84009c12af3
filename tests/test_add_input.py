"""What htx add is given, at its edges: --set without a key, a qualifier where the format
keeps a bare number, and --from-json files that are null, UTF-16, lone surrogates, nested
without end or numbers without end. Each is one line and exit 1 or 2, never a traceback,
and the data file is untouched."""

from __future__ import annotations

import json
import math
import subprocess
import tomllib
from datetime import date

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from htxcli.cli.app import cli
from htxcli.cli.common import error_text
from htxcli.model.errors import HtxError
from htxcli.write.block import build, from_json, render

SOURCE = ["--set", "source.publisher=p", "--set", "source.title=t"]


def one_line(r) -> str:
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("assignment", "says"),
    [
        ("=5", "--set '=5': a part of the key is empty"),
        (" = 5", "--set ' = 5': a part of the key is empty"),
        ("cooperatives..total=5", "a part of the key is empty"),
        (".total=5", "a part of the key is empty"),
        ("cooperatives.total", "--set 'cooperatives.total': not KEY=VALUE"),
        ("province=Hà Tĩnh", "--set province: the province is given by the PROVINCE argument"),
        ("period=2031", "--set period: the period is given by --period"),
    ],
)
def test_a_set_that_cannot_be_read_is_a_one_line_usage_error(htx, data, assignment, says):
    before = data.read_bytes()
    r = htx("add", "Long An", "--period", "2030", "--data", str(data), *SOURCE, "--set", assignment, "--yes")
    assert r.returncode == 2 and says in one_line(r) and data.read_bytes() == before


@pytest.mark.parametrize("assignment", ["stated.active_share=hơn 86", "start.good_or_fair_share_all=gần 33"])
def test_a_qualifier_on_a_stated_percentage_is_refused_not_dropped(htx, data, assignment):
    before = data.read_bytes()
    r = htx("add", "Long An", "--period", "2030", "--data", str(data), *SOURCE, "--set", assignment, "--yes")
    line = one_line(r)
    assert r.returncode == 1 and "but a percentage under" in line and "--set note=" in line
    assert data.read_bytes() == before


def test_a_bare_stated_percentage_is_kept_as_printed(htx, data):
    args = ["--set", "stated.active_share=86", "--set", "stated.good_or_fair_share_all=39,8", "--yes"]
    r = htx("add", "Long An", "--period", "2030", "--data", str(data), *SOURCE, *args)
    assert r.returncode == 0, r.stderr
    new = tomllib.loads(data.read_text(encoding="utf-8"))["report"][-1]
    assert new["stated"] == {"active_share": 86, "good_or_fair_share_all": 39.8}


REPORT = {"source": {"publisher": "Liên minh HTX Hà Tĩnh", "title": "Báo cáo", "published": "2031-01-20"}}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_json_in_utf16_or_with_a_bom_is_read(htx, data, tmp_path, encoding):
    path = tmp_path / "r.json"
    text = json.dumps(REPORT, ensure_ascii=False)
    path.write_bytes(("\ufeff" + text).encode(encoding) if encoding == "utf-16-be" else text.encode(encoding))
    r = htx("add", "Hà Tĩnh", "--period", "2030", "--data", str(data), "--from-json", str(path), "--yes")
    assert r.returncode == 0, r.stderr
    new = tomllib.loads(data.read_text(encoding="utf-8"))["report"][-1]
    assert new["source"]["publisher"] == "Liên minh HTX Hà Tĩnh"
    assert new["source"]["published"] == date(2031, 1, 20)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"null", "the JSON must be one object"),
        (b'{"cooperatives": {"total": null}}', "cooperatives.total is null, which TOML cannot hold"),
        (b'{"targets": [{"plan": null}]}', "targets[0].plan is null"),
        (b'{"source": {"title": "\\ud800"}}', "source.title holds U+D800, half of a UTF-16 pair"),
        (b'{"\\udfff": 1}', "holds U+DFFF"),
        (b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "is nested more than 16 levels deep"),
        (b'{"a": ' + b"[" * 40 + b"]" * 40 + b"}", "a[0][0][0]"),
        (b'{"a": ' + b"1" * 5000 + b"}", "a number of more than 4,300 digits"),
        ('{"t": "Hà Tĩnh"}'.encode("cp1258", "replace"), "not UTF-8 text (byte"),
        (b'{"a": 1', "r.json:1:8: not JSON"),
    ],
    ids=[
        "null",
        "nested-null",
        "null-in-list",
        "surrogate",
        "surrogate-key",
        "deep",
        "deeper",
        "long",
        "cp1258",
        "broken",
    ],
)
def test_json_that_toml_cannot_hold_is_one_line(htx, data, tmp_path, content, says):
    path = tmp_path / "r.json"
    path.write_bytes(content)
    before = data.read_bytes()
    r = htx("add", "Long An", "--period", "2030", "--data", str(data), "--from-json", str(path), "--yes")
    line = one_line(r)
    assert r.returncode == 1 and says in line and line.startswith(f"htx: {path}"), line
    assert data.read_bytes() == before


def test_json_from_stdin_in_utf16(env, data):
    """Windows PowerShell's `... > r.json` writes UTF-16 with a BOM; piped in through stdin
    (run without script_runner, which would send the bytes as text)."""
    raw = json.dumps(REPORT, ensure_ascii=False).encode("utf-16")
    args = ["htx", "add", "Long An", "--period", "2030", "--data", str(data), "--from-json", "-", "--yes"]
    r = subprocess.run(args, input=raw, env=env, capture_output=True, check=False)
    assert r.returncode == 0, r.stderr.decode()


@pytest.mark.parametrize("where", ["province", "set"])
def test_bytes_the_terminal_could_not_decode_are_one_line(htx, data, where):
    bad = "Long An\udcff"  # what Python makes of the byte 0xff in a UTF-8 command line
    args = [bad if where == "province" else "Long An", "--period", "2030", "--data", str(data), *SOURCE]
    if where == "set":
        args += ["--set", f"note={bad}"]
    before = data.read_bytes()
    r = htx("add", *args, "--yes")
    assert r.returncode == 1 and "U+DCFF, a byte the terminal's encoding could not read" in one_line(r)
    assert data.read_bytes() == before


# --- a small fuzz of --from-json ----------------------------------------------------------

LONE = st.sampled_from(["\ud800", "a\udcffb", "\udfff"])
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False),
    st.text(max_size=6),
    LONE,
    st.sampled_from(["2024-01-20", "2024-13-01", "[[report]]", '"""', "\n", "\\"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.one_of(st.text(max_size=5), LONE, st.sampled_from(["source", "published"])), inner, max_size=3
        )
    ),
    max_leaves=12,
)
reports = st.dictionaries(
    st.sampled_from(["source", "cooperatives", "groups", "stated", "targets", "note", "x", "province"]),
    json_values,
    max_size=4,
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1"])


def _finite(value) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


@settings(max_examples=300, deadline=None)
@given(st.one_of(reports, json_values), st.booleans(), encodings)
@example({"source": {"\n": None}}, False, "utf-8")  # a CI run found it: the key printed raw
@example({"cooperatives": {"a\u2028b": [None]}}, False, "utf-8")  # a line break of Unicode's
@example({"note\x85": {"x": {}}}, True, "utf-8")
def test_from_json_never_fails_but_in_one_line(value, ascii_only, encoding):
    """Whatever the JSON, from_json gives a report that renders as TOML, or an HtxError."""
    text = json.dumps(value, ensure_ascii=ascii_only)
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    try:
        report = build("Long An", "2030", from_json(raw, "r.json"), [])
    except HtxError as e:
        assert len(error_text(e).split("\n  hint:")[0].splitlines()) == 1, error_text(e)
        return
    block = render(report)
    block.encode("utf-8")  # the file is written as UTF-8: no lone surrogate got through
    if _finite(report):
        assert tomllib.loads(block)["report"][0] == report


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(reports.map(lambda r: json.dumps(r).encode()), st.binary(max_size=60)))
def test_from_json_through_the_command(data, raw):
    before = data.read_bytes()
    args = ["add", "Long An", "--period", "2030", "--data", str(data), "--from-json", "-", "--yes"]
    r = CliRunner().invoke(cli, args, input=raw)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert r.exit_code in (0, 1, 2) and "internal error" not in r.output, r.output
    after = data.read_bytes()
    if r.exit_code:
        assert after == before
    else:
        assert after.startswith(before)
        data.write_bytes(before)
