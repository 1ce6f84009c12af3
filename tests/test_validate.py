"""htx validate: one invalid example per rule, valid examples, the bundled data, exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w
from conftest import DATA, HERE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from htxcli.lint.validate import RULES, exit_code, validate, validate_file
from htxcli.model import vocabulary as spec

INVALID = sorted((HERE / "data" / "invalid").glob("*.toml"))
VALID = sorted((HERE / "data" / "valid").glob("*.toml"))
EXPECT = re.compile(rb"^# expect: (\S+) (\d+)")


def expectation(path: Path) -> tuple[str, int]:
    m = EXPECT.match(path.read_bytes())
    assert m, f"{path.name} needs a first line '# expect: RULE LINE'"
    return m.group(1).decode(), int(m.group(2))


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_gives_its_finding(path):
    rule, line = expectation(path)
    findings, _ = validate_file(path)
    assert (rule, line) in {(f.rule, f.line) for f in findings}, findings


def test_every_rule_has_an_invalid_example():
    covered = {expectation(p)[0] for p in INVALID}
    untestable = {"unreadable", "internal"}  # tested below through the console script
    assert set(RULES) - untestable <= covered


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_passes(path):
    """Valid examples pass --strict: no finding, or only ones the example acknowledges."""
    findings, read = validate_file(path)
    assert read and exit_code(findings, read, strict=True) == 0
    assert all(f.acknowledged for f in findings)
    assert len(findings) == path.read_text(encoding="utf-8").count("[[report.acknowledge]]")


def test_bundled_data_acknowledges_every_contradiction():
    findings, read = validate([DATA])
    assert read and exit_code(findings, read, strict=True) == 0
    assert all(f.acknowledged and f.severity == "warning" for f in findings)
    got = {(f.province, f.rule, f.line) for f in findings}
    assert len(got) == 6
    messages = " ".join(f.message for f in findings)
    for numbers in (
        "128 + 68 + 22 + 94 = 312",
        "322",
        "32.3 %",
        "468 + 45 + 21 = 534",
        "533",
        "1,825 + 95 = 1,920",
        "33,698 + 1,679 = 35,377",
        "5.5 %",
        "7 / 136",
    ):
        assert numbers in messages


def test_line_points_at_key_not_file_start(htx, tmp_path):
    text = DATA.read_text(encoding="utf-8").replace("land_area = 64_720.0", "land_area = -64_720.0")
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if s.startswith("land_area = -"))
    r = htx("validate", str(bad))
    assert r.returncode == 1
    assert f"{bad}:{line}:1: error negative" in r.stdout


def test_text_output_and_summary(htx):
    r = htx("validate")
    assert r.returncode == 0 and r.stdout == ""
    assert "0 errors, 0 warnings, 6 acknowledged in 1 file" in r.stderr
    r = htx("validate", "--show-acknowledged")
    lines = r.stdout.splitlines()
    assert len(lines) == 6 and all(
        re.match(r"^.+:\d+:\d+: warning [a-z-]+ .+\(acknowledged: ", s) for s in lines
    )
    numbers = [int(s.split(":")[1]) for s in lines]
    assert numbers == sorted(numbers)


def test_json_output(htx):
    r = htx("validate", "--format", "json")
    findings = json.loads(r.stdout)
    assert isinstance(findings, list) and len(findings) == 6
    keys = {"file", "line", "column", "rule", "severity", "message", "province", "period", "acknowledged"}
    assert all(keys <= set(f) and f["acknowledged"] is True for f in findings)
    assert {f["province"] for f in findings} == {"Long An", "Kiên Giang", "Trà Vinh"}


def test_github_format_is_automatic(htx, env):
    bad = str(HERE / "data" / "invalid" / "stated-share.toml")
    r = htx("validate", bad, env={**env, "GITHUB_ACTIONS": "true"})
    assert r.returncode == 0  # a warning does not fail without --strict
    assert re.match(
        r"^::warning file=.*stated-share\.toml,line=18,col=1,title=stated-share::.*75 %25", r.stdout
    )


def test_github_notice_carries_the_acknowledgements_reason(htx):
    acked = str(HERE / "data" / "valid" / "v2-two-sources.toml")
    r = htx("validate", acked, "--format", "github", "--show-acknowledged")
    (line,) = r.stdout.splitlines()
    assert line.startswith("::notice file=") and ",title=sources-disagree::" in line
    reason = "The article prints 6,2%25; the Alliance's report, 5,1%25. Both kept as printed."
    assert line.endswith(f"(acknowledged: {reason})")


@pytest.mark.parametrize("flagged", [0, 1, 2])
def test_summary_counts_the_files_checked(htx, flagged):
    """Files with no finding count too, and a file given twice is checked once."""
    clean = [str(p) for p in VALID if "two-sources" not in p.name][:3]
    bad = [str(HERE / "data" / "invalid" / n) for n in ("parts-sum.toml", "stated-share.toml")][:flagged]
    r = htx("validate", *clean, *bad, clean[0])
    warnings = f"{flagged} warning{'s' * (flagged != 1)}"
    assert r.stderr.splitlines()[-1] == f"0 errors, {warnings} in {3 + flagged} files"


def test_strict_fails_on_warnings(htx):
    bad = str(HERE / "data" / "invalid" / "parts-sum.toml")
    assert htx("validate", bad).returncode == 0
    assert htx("validate", bad, "--strict").returncode == 1


def test_many_paths_and_exit_codes(htx, tmp_path):
    error = str(HERE / "data" / "invalid" / "unknown-key.toml")
    good = str(VALID[0])
    r = htx("validate", good, error)
    assert r.returncode == 1 and "unknown-key.toml:14:1: error unknown-key" in r.stdout
    r = htx("validate", str(tmp_path / "missing.toml"), error)
    assert r.returncode == 2
    assert "missing.toml:1:1: error unreadable no such file" in r.stdout
    assert "unknown-key.toml:14:1" in r.stdout  # the other file is still checked
    assert htx("validate", str(tmp_path)).returncode == 2  # a directory
    assert htx("validate", "--format", "xml").returncode == 2  # usage


def test_docs_list_every_rule():
    doc = (HERE.parent / "docs" / "validation.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| `{rule}` |" in doc


# --- hypothesis: generated documents never crash the validator ------------------------------

KEYS = [*spec.ORG_FIGURES, "by_sector", "ratings", "totl", "includes_credit_funds"]
scalars = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=8),
    st.dates(),
)
figure = st.one_of(
    scalars, st.dictionaries(st.sampled_from([*spec.FIGURE_TABLE_KEYS, "x"]), scalars, max_size=4)
)
org = st.dictionaries(
    st.sampled_from(KEYS),
    st.one_of(figure, st.dictionaries(st.text(max_size=5), figure, max_size=3)),
    max_size=6,
)
report = st.fixed_dictionaries(
    {},
    optional={
        "province": st.one_of(st.sampled_from(["Long An", "Kie\u0302n Giang"]), scalars),
        "period": st.one_of(
            st.sampled_from(["2024", "2024-H1", "2023-Q4", "2024-06-30", "2024-H9"]), scalars
        ),
        "status": st.one_of(st.sampled_from(list(spec.STATUSES)), scalars),
        "source": st.one_of(
            st.fixed_dictionaries(
                {"publisher": st.text(max_size=5), "title": st.text(max_size=5)},
                optional={"published": st.dates()},
            ),
            scalars,
        ),
        "cooperatives": org,
        "groups": org,
        "credit_funds": org,
        "stated": st.dictionaries(
            st.sampled_from(["active_share", "weak_share_all", "nope"]), scalars, max_size=3
        ),
        "targets": st.lists(
            st.dictionaries(
                st.sampled_from(list(spec.TARGET_KEYS)),
                st.one_of(scalars, st.sampled_from(list(spec.TARGETS))),
                max_size=4,
            ),
            max_size=2,
        ),
        "acknowledge": st.lists(
            st.dictionaries(st.sampled_from(list(spec.ACK_KEYS)), st.text(max_size=5)), max_size=2
        ),
    },
)
documents = st.fixed_dictionaries(
    {"report": st.lists(report, max_size=3)}, optional={"schema_version": st.integers(0, 2)}
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_generated_documents_never_crash(tmp_path, doc):
    path = tmp_path / "gen.toml"
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    findings, read = validate_file(path)
    assert read
    assert all(f.line >= 1 and f.rule in RULES for f in findings)
    assert all(f.rule != "internal" for f in findings)


def test_generated_documents_through_the_script(tmp_path):
    doc = {"report": [{"province": "A", "period": "2024", "cooperatives": {"total": float("nan")}}]}
    path = tmp_path / "gen.toml"
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "htxcli", "validate", str(path)], capture_output=True, text=True, check=False
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr and "not-finite" in r.stdout


@pytest.mark.parametrize(
    ("members", "wording"),
    [
        ("[1_200, 1_500]", "but 1,200-1,500 / 50 = 24-30"),
        ("[0, 0]", "but 0-0 / 50 = 0"),
        ("1_500", "but 1,500 / 50 = 30"),
    ],
)
def test_a_stated_average_against_its_inputs_words_a_range_as_printed(members, wording):
    """A printed range among a stated average's inputs is worded low-high, never a crash of
    the rule (found by test_schema_and_htx_agree_on_changed_examples: members = [0, 0])."""
    from htxcli.lint.validate import validate_text

    text = (HERE / "data" / "valid" / "v2-stated-values.toml").read_text(encoding="utf-8")
    text = text.replace("members = 1_000", f"members = {members}", 1)
    found = [f.message for f in validate_text(text, "ranged.toml") if f.rule == "stated-average"]
    assert found == [f"the report prints 20.5 for members per cooperative, {wording}"]
