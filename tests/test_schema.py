"""The shipped JSON Schema: it agrees with htx validate wherever a schema can say a rule, it
describes every key, and a real taplo language server (what VS Code's Even Better TOML runs)
shows those descriptions over the data file."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from conftest import BIN, DATA
from hypothesis import given, settings
from hypothesis import strategies as st
from lsp_client import LspClient

from htxcli.metrics import CATALOGUE
from htxcli.model import vocabulary as spec
from htxcli.tools import json_schema

HERE = Path(__file__).parent
SCHEMA = json.loads((DATA.parent / "provinces.schema.json").read_text(encoding="utf-8"))
VALID = sorted((HERE / "data" / "valid").glob("*.toml"))
INVALID = sorted((HERE / "data" / "invalid").glob("*.toml"))

#: The rules of htx validate that a JSON Schema cannot say, and why (docs/data-format.md lists
#: them too). An example file of every other rule must be rejected by the schema as well.
BEYOND_SCHEMA = {
    "parts-sum": "a sum of parts against its whole compares values with each other",
    "stated-share": "a printed share against the counts it comes from is arithmetic",
    "stated-average": "a printed average against its total and count is arithmetic",
    "stated-attainment": "a printed attainment against plan and actual is arithmetic",
    "stated-change": "a printed change against an earlier report compares two reports",
    "target-actual": "a target's actual against the figure it names compares two values",
    "date-order": "dates against the period's end and each other compare values",
    "duplicate-report": "one block per place, period and source compares blocks",
    "sources-disagree": "two sources of one place and period compare blocks",
    "regions-sum": "the regions against the country compare blocks",
    "national-share": "a printed share of the national total needs the country's block",
    "implausible-average": "plausibility is a ratio of two figures",
    "implausible-rate": "plausibility is a ratio of two figures",
    "below-legal-minimum": "members per cooperative is a ratio of two figures",
    "stale-acknowledgement": "an acknowledgement is stale when its finding is gone",
    "not-nfc": "Unicode normalisation is not a pattern",
    "unknown-place": "province names are matched loosely (accents, case, prefixes): htx warns",
    "place-spelling": "province names are matched loosely (accents, case, prefixes): htx warns",
    "not-finite": "JSON has no nan: jsonschema takes nan for a number (taplo refuses it)",
}
#: Examples of rules the schema does say, whose case it cannot: file -> why.
BEYOND_SCHEMA_CASES = {
    "v2-range-backwards": "the order of a range's two ends compares values",
    "v2-schema-version-float": "JSON Schema's data model makes 1.0 equal to 1",
    "v2-quoted-date": "validators hand TOML dates over as strings: a quoted date looks like one",
}


def expected_rule(path: Path) -> str:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    m = re.match(r"# expect: (\S+) ", first)
    assert m, path
    return m[1]


def as_json(value: Any) -> Any:
    """What check-jsonschema hands a validator: TOML dates and times become strings."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, date | datetime | time) else value


def schema_accepts(path: Path) -> bool:
    import jsonschema

    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    return validator.is_valid(as_json(doc))


@pytest.fixture(scope="module")
def htx_verdicts() -> dict[str, bool]:
    """Each example's verdict from the installed htx (--strict, as the pre-commit hook runs it)."""
    files = [str(p) for p in VALID + INVALID]
    env = {**os.environ, "PATH": os.pathsep.join([BIN, os.environ.get("PATH", "")])}
    run = subprocess.run(
        ["htx", "validate", "--strict", "--format", "json", *files],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    flagged = {f["file"] for f in json.loads(run.stdout) if not f["acknowledged"]}
    return {f: f not in flagged for f in files}


@pytest.mark.parametrize("path", VALID + INVALID, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_schema_and_htx_agree(path, htx_verdicts):
    htx_ok = htx_verdicts[str(path)]
    assert htx_ok == (path.parent.name == "valid"), "the example is not what its folder says"
    beyond = BEYOND_SCHEMA.get(expected_rule(path)) if not htx_ok else None
    beyond = beyond or BEYOND_SCHEMA_CASES.get(path.stem)
    if beyond:  # htx alone rejects it, and the lists above say why (stale entries fail here)
        assert schema_accepts(path), f"the schema now rejects {path.name}: drop it from the list"
    else:
        assert schema_accepts(path) == htx_ok


_PERIOD_PARTS = st.sampled_from(
    ["2024", "1999", "0000", "-", "/", "H1", "H3", "Q4", "Q5", "00", "01", "06", "12"]
)
_PERIOD_TEXT = st.one_of(
    st.lists(
        _PERIOD_PARTS | st.sampled_from(["13", "29", "30", "31", "32", " ", "\n", "２"]), max_size=6
    ).map("".join),
    st.text(alphabet="0123456789-/HQ \n", max_size=16),
)


@given(_PERIOD_TEXT)
def test_the_period_pattern_agrees_with_htx(text):
    """The schema's pattern (searched as jsonschema searches it) accepts what htx reads, and
    rejects what htx rejects, but for an impossible day or a span that runs backwards."""
    from htxcli.model.periods import parse_period

    pattern = SCHEMA["$defs"]["figure_key.period"]["pattern"]
    schema_ok = re.search(pattern, text) is not None
    try:
        parse_period(text)
    except ValueError as e:
        assert not schema_ok or "not a real date" in str(e) or "ends before it starts" in str(e), text
    else:
        assert schema_ok, text


#: Findings of rules the schema says, in cases it cannot: words of the message -> why.
BEYOND_SCHEMA_MESSAGES = {
    "runs backwards": "the order of a range's two ends",
    "is not a real date": "an impossible day (2024-02-30) fits the period's pattern",
    "ends before it starts": "a span of months that runs backwards fits the pattern",
    "must be a TOML date": "a quoted date is a string like a TOML date to a validator",
    "is a whole number": "JSON Schema's integers include 5.0",
    "is not 1 or 2": "JSON Schema makes 1.0 equal to 1",
}
_WORDS = st.sampled_from(
    ["more_than", "under", "month", "year", "actual", "estimated", "all", "active", "2024", "2024-H1"]
    + ["2024-13", "2024-02-30", "2024-06/2024-01", "2024-07", "", " ", "cooperatives.total", "new_groups"]
    + ["Việt Nam", "Tây Nguyên", "Hà Tĩnh", "Kiên Giang (cũ)"]
)
_SCALARS = st.one_of(
    st.integers(-3, 10**6),
    st.integers(-(10**19), 10**19),
    st.floats(-1e19, 1e19, allow_nan=False),
    st.booleans(),
    _WORDS,
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
)
_VALUES = st.one_of(
    _SCALARS,
    st.lists(st.integers(0, 10**6) | st.floats(0, 200), min_size=1, max_size=3),
    st.dictionaries(st.sampled_from(list(spec.FIGURE_TABLE_KEYS)), _SCALARS, max_size=3),
)
_KEYS = sorted({*spec.KEY_MEANINGS, *spec.ORG_FIGURES, *spec.SECTORS, *spec.FIGURE_TABLE_KEYS, "totl"})


def _paths(table: dict[str, Any], prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path of a parsed file, into arrays of tables."""
    out = []
    for key, value in table.items():
        out.append(prefix + (key,))
        items = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
        for i, item in enumerate(items):
            if isinstance(item, dict):
                out += _paths(item, prefix + (key,) + ((i,) if isinstance(value, list) else ()))
    return out


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_schema_and_htx_agree_on_changed_examples(data):
    """A valid example with one value changed or one key added: whatever the schema refuses,
    htx refuses; whatever htx alone refuses is one of the rules or cases listed above."""
    import jsonschema
    import tomli_w

    from htxcli.lint.validate import validate_text

    doc = tomllib.loads(data.draw(st.sampled_from(VALID)).read_text(encoding="utf-8"))
    path = data.draw(st.sampled_from(_paths(doc)))
    if data.draw(st.booleans()):  # a key added beside it, rather than its value changed
        path = path[:-1] + (data.draw(st.sampled_from(_KEYS)),)
    table = doc
    for step in path[:-1]:
        table = table[step]
    value = table[path[-1]] = data.draw(_VALUES)
    # a TOML date where text belongs (province = 2024-01-01) is a string to a validator
    dated = any(isinstance(v, date) for v in [value, *(value.values() if isinstance(value, dict) else [])])
    text = tomli_w.dumps(doc)
    failing = [f for f in validate_text(text, "changed.toml") if not f.acknowledged]
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    if not validator.is_valid(as_json(tomllib.loads(text))):
        assert failing, text
    for f in failing:
        explained = dated or f.rule in BEYOND_SCHEMA or any(m in f.message for m in BEYOND_SCHEMA_MESSAGES)
        assert explained or not validator.is_valid(as_json(tomllib.loads(text))), (f, text)


@pytest.mark.skipif(shutil.which("taplo") is None, reason="needs taplo (pip install taplo: test extras)")
@pytest.mark.parametrize("path", VALID + INVALID, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_taplo_checks_as_jsonschema_does(path, tmp_path):
    """The editors' validator (taplo, Rust regular expressions) agrees with jsonschema's verdict
    on every example; it refuses nan, which JSON Schema cannot see."""
    schema = (DATA.parent / "provinces.schema.json").as_uri()
    run = subprocess.run(
        ["taplo", "check", "--no-auto-config", "--schema", schema, str(path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    nan = path.parent.name == "invalid" and expected_rule(path) == "not-finite"
    assert (run.returncode == 0) == (schema_accepts(path) and not nan), run.stderr


def test_every_rule_beyond_the_schema_is_in_the_docs():
    doc = (HERE.parent / "docs" / "data-format.md").read_text(encoding="utf-8")
    section = doc.split("What the schema cannot check", 1)[1].split("\n## ", 1)[0]
    for rule in BEYOND_SCHEMA:
        assert f"`{rule}`" in section, rule


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _properties(schema: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every (key path, schema) of the document's properties, through definitions."""
    out = []
    if isinstance(schema, dict):
        schema = _resolve(schema)
        for key, sub in schema.get("properties", {}).items():
            out.append((f"{path}.{key}".lstrip("."), sub))
            out += _properties(sub, f"{path}.{key}")
        for word in ("items", "allOf", "anyOf"):
            subs = schema.get(word, [])
            for sub in subs if isinstance(subs, list) else [subs]:
                out += _properties(sub, path)
    return out


def test_every_key_has_a_description_where_taplo_reads_it():
    found = _properties(SCHEMA)
    assert len({p for p, _ in found}) > 500
    for path, schema in found:
        assert "description" not in schema or "$ref" not in schema, f"{path}: taplo ignores it there"
        assert _resolve(schema).get("description", "").strip(), f"{path} has no description"


@pytest.mark.parametrize("group", ["org", "sector", "rating", "programme", "support"])
def test_figures_say_meaning_unit_and_vietnamese_words(group):
    table = {"org": spec.ORG_FIGURES, "sector": spec.SECTORS, "rating": spec.RATING_FIGURES}
    table |= {"programme": spec.PROGRAMME_FIGURES, "support": spec.SUPPORT_FIGURES}
    for name, key in table[group].items():
        text = SCHEMA["$defs"][f"{group}.{name}"]["description"]
        assert key.meaning in text and key.label.vi in text
        assert all(f"“{w}”" in text for w in key.words), name
        assert ("VND" in text) == key.unit.startswith("VND"), name


def test_the_schema_is_generated_from_the_vocabulary():
    assert json_schema.build() == SCHEMA
    assert set(SCHEMA["$defs"]["metrics"]["properties"]) == set(CATALOGUE)


# --- taplo's language server -------------------------------------------------------------------
EDITOR = HERE / "editor"
TAPLO_LSP = EDITOR / "node_modules" / "@taplo" / "lsp"


@pytest.fixture(scope="module")
def taplo(tmp_path_factory):
    """taplo's language server with the shipped data file open (its #:schema line names the
    schema beside it), as VS Code's Even Better TOML runs it: the @taplo/lsp package on node."""
    if shutil.which("node") is None:
        pytest.skip("needs node (CI installs it: .ci/system-packages)")
    if not TAPLO_LSP.is_dir():
        pytest.skip("needs @taplo/lsp: npm ci --prefix tests/editor (.ci/system-packages does it)")
    root = tmp_path_factory.mktemp("workspace")
    for name in ("provinces.toml", "provinces.schema.json"):
        shutil.copy(DATA.parent / name, root / name)
    client = LspClient(["node", str(EDITOR / "taplo-lsp.mjs")], root)
    folders = [{"uri": root.as_uri(), "name": "data"}]
    client.request(
        "initialize",
        {"processId": None, "rootUri": root.as_uri(), "workspaceFolders": folders, "capabilities": {}},
    )
    client.notify("initialized", {})
    text = (root / "provinces.toml").read_text(encoding="utf-8")
    doc = {"uri": (root / "provinces.toml").as_uri(), "languageId": "toml", "version": 1, "text": text}
    client.notify("textDocument/didOpen", {"textDocument": doc})
    yield client, doc
    client.close()


def hover(taplo, line_start: str, at: str, tries: int = 1) -> str | None:
    """taplo's hover text over ``at`` on the first line that starts with ``line_start``."""
    import time as clock

    client, doc = taplo
    lines = doc["text"].splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith(line_start))
    where = {"line": number, "character": lines[number].index(at) + 1}
    for _ in range(tries):  # the schema is loaded in the background after didOpen
        result = client.request(
            "textDocument/hover", {"textDocument": {"uri": doc["uri"]}, "position": where}
        )
        if result:
            return result["contents"]["value"].strip()
        clock.sleep(0.5)
    return None


KEY, FIG = spec.KEY_MEANINGS, spec.ORG_FIGURES
HOVERS = [  # (line, what to hover over, what the hover must say)
    ("schema_version = ", "schema_version", [KEY["schema_version"]]),
    ('province = "Long An"', "Long An", [KEY["province"]]),
    ('period = "2024-H1"', "2024-H1", ["6 tháng đầu năm", "quý III"]),
    ("publisher = ", '"', [spec.SOURCE_KEYS["publisher"]]),
    ("total = 322", "322", [FIG["total"].meaning, "count", "Tổng số", "“lũy kế”"]),
    ("charter_capital = 482", "482", [FIG["charter_capital"].meaning, "VND", "“vốn điều lệ”"]),
    ("members = { value = 42_000", "more_than", ["“hơn”", '"about": “khoảng”']),
    ("income_per_worker = {", "month", ['"month"', '"year"']),
    ("good_or_fair = 128", "128", [spec.RATING_FIGURES["good_or_fair"].meaning, "“khá, tốt”"]),
    # taplo shows nothing over a float (39.8): a whole number here
    ("good_or_fair_share_all = 33", "33", [CATALOGUE["good_or_fair_share_all"][0].label.vi]),
    ('target = "new_groups"', "new_groups", [KEY["targets.target"]]),
]


@pytest.mark.parametrize(("line", "at", "says"), HOVERS, ids=[h[0].split(" ")[0] for h in HOVERS])
def test_taplo_shows_the_description_on_hover(taplo, line, at, says):
    text = hover(taplo, line, at, tries=20)
    assert text is not None, f"no hover over {at!r}"
    for words in says:
        assert words in text, text


def test_taplo_shows_nothing_over_keys_inside_report_blocks(taplo):
    """taplo (@taplo/lsp 0.8, Even Better TOML) shows nothing over a *key* inside an array of
    tables, whatever the schema says (tamasfe/taplo#278, open); over its value it shows the
    description (above). When this fails, taplo shows keys too: test them above instead."""
    assert hover(taplo, "schema_version = ", "schema_version", tries=20)  # the schema is loaded
    assert hover(taplo, 'province = "Long An"', "province") is None
    assert hover(taplo, "total = 322", "total") is None
