"""The parse cache: a file is read back from it only when its bytes are the same, and a cache
that is corrupt, truncated, foreign or cannot be written changes no result."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import DATA, big_file, ctrl_c_as_it_returns
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from htxcli.datafile import cache, read
from htxcli.datafile.read import load as load_file
from htxcli.lint.validate import validate_file


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("HTX_NO_CACHE", raising=False)
    return tmp_path / "xdg" / "htx"


def same_size_and_time(path: Path) -> None:
    """One figure of the file changed (322 -> 329): other bytes, at the same size and the same
    modification time, the two things a cache keyed by anything but the bytes would see."""
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("total = 322", "total = 329", 1)
    assert changed != text and len(changed.encode()) == stat.st_size
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns


def entries(home: Path) -> list[Path]:
    return sorted(home.glob("*.pickle")) if home.is_dir() else []


def no_parse(monkeypatch) -> None:
    """From here on, parsing fails the test: a load must come from the cache."""

    def fail(*_args, **_kwargs):
        raise AssertionError("parsed, not read from the cache")

    monkeypatch.setattr(read, "parse_text", fail)


def test_a_second_load_comes_from_the_cache_and_equals_the_first(tmp_path, home, monkeypatch):
    path = big_file(tmp_path / "big.toml")
    first = load_file(path)
    assert len(entries(home)) == 1
    no_parse(monkeypatch)
    again = load_file(str(path))
    assert again == first._replace(path=str(path))
    assert again.places() == first.places()


def test_a_changed_file_of_the_same_size_and_time_is_never_served_stale(tmp_path, home, htx, env):
    path = big_file(tmp_path / "big.toml")
    args = ["--data", str(path), "show", "Nơi Thử 000", "--json"]
    before = json.loads(htx(*args, env={**env, "XDG_CACHE_HOME": str(home.parent)}).stdout)
    same_size_and_time(path)
    after = json.loads(htx(*args, env={**env, "XDG_CACHE_HOME": str(home.parent)}).stdout)
    assert after != before
    assert "329" in json.dumps(after) and "329" not in json.dumps(before)
    assert len(entries(home)) == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_corrupt_or_truncated_entry_is_ignored(tmp_path, home, data):
    path = big_file(tmp_path / "big.toml", copies=31)
    for old in entries(home):
        old.unlink()
    expected = load_file(path, cache=False)
    load_file(path)
    [entry] = entries(home)
    raw = entry.read_bytes()
    at = data.draw(st.integers(0, len(raw) - 1), label="at")
    if data.draw(st.booleans(), label="truncate"):
        entry.write_bytes(raw[:at])
    else:
        entry.write_bytes(raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1 :])
    assert load_file(path) == expected


def test_an_entry_others_can_write_is_not_read(tmp_path, home, monkeypatch):
    path = big_file(tmp_path / "big.toml")
    expected = load_file(path)
    [entry] = entries(home)
    entry.chmod(0o666)
    monkeypatch.setattr(cache, "_unpickle", lambda _payload: pytest.fail("read a world-writable pickle"))
    assert load_file(path) == expected


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path, monkeypatch, htx, env):
    path = big_file(tmp_path / "big.toml")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    args = ["--data", str(path), "rank", "--by", "active_share", "--json"]
    fine = htx(*args, env={**env, "XDG_CACHE_HOME": str(tmp_path / "ok")})
    r = htx(*args, env={**env, "XDG_CACHE_HOME": str(blocked)})
    assert r.returncode == 0 and r.stderr == ""
    assert json.loads(r.stdout) == json.loads(fine.stdout)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert load_file(path) == load_file(path, cache=False)


def test_ctrl_c_as_an_entry_is_made_leaves_no_temporary_file(home, monkeypatch):
    """A Ctrl-C just after the entry's temporary file was opened, before its descriptor is
    returned: the run stops, and the cache folder holds no half-made file."""
    excl = lambda _path, flags, *_mode: flags & os.O_EXCL  # noqa: E731 (the entry's file only)
    monkeypatch.setattr(os, "open", ctrl_c_as_it_returns(os.open, when=excl))
    with pytest.raises(KeyboardInterrupt):
        cache.store("entry", {"a": 1})
    assert list(home.iterdir()) == []


@pytest.mark.parametrize("off", [["--no-cache"], []], ids=["--no-cache", "HTX_NO_CACHE=1"])
def test_the_cache_can_be_turned_off(tmp_path, home, htx, env, off):
    path = big_file(tmp_path / "big.toml")
    run_env = {**env, "XDG_CACHE_HOME": str(home.parent)}
    if not off:
        run_env["HTX_NO_CACHE"] = "1"
    r = htx("--data", str(path), *off, "list", "--json", env=run_env)
    assert r.returncode == 0, r.stderr
    assert entries(home) == []
    assert htx("--data", str(path), "list", "--json", env={**env, "XDG_CACHE_HOME": str(home.parent)}).success
    assert len(entries(home)) == 1


def test_a_small_file_is_cached_too(home, htx, env, monkeypatch):
    """A hit costs less than parsing even the bundled 11 KB (docs/performance.md). In-process
    and through htx apart: a test run from an unpacked sdist imports its own tree, whose
    files' times (part of the key) are not those of the installed htx."""
    first = load_file(DATA)
    assert len(entries(home)) == 1
    no_parse(monkeypatch)
    assert load_file(DATA) == first
    run_env = {**env, "XDG_CACHE_HOME": str(home.parent)}
    shown = [htx("show", "Long An", "--json", env=run_env) for _ in range(2)]
    assert all(r.success for r in shown) and shown[0].stdout == shown[1].stdout


def test_validate_findings_come_from_the_cache_and_equal_the_first(tmp_path, home, monkeypatch):
    """Findings are kept per placement (text output places acknowledged findings at line 0,
    JSON at their line), and name the file as it is called now."""
    path = tmp_path / "bundled.toml"
    path.write_bytes(DATA.read_bytes())
    placed, unplaced = validate_file(path, True), validate_file(path, False)
    assert placed != unplaced and len(entries(home)) == 2
    no_parse(monkeypatch)
    assert validate_file(path, True) == placed and validate_file(path, False) == unplaced
    other = tmp_path / "renamed.toml"
    other.write_bytes(DATA.read_bytes())
    again, read_ok = validate_file(other, True)
    assert read_ok and again == [f._replace(file=str(other)) for f in placed[0]]


def test_validate_never_serves_the_findings_of_other_bytes(tmp_path, home, htx, env):
    """Same size, same modification time, one figure changed: the changed figure's finding."""
    path = tmp_path / "data.toml"
    path.write_bytes(DATA.read_bytes())
    run_env = {**env, "XDG_CACHE_HOME": str(home.parent)}
    before = htx("validate", str(path), "--format", "json", env=run_env)
    same_size_and_time(path)
    after = htx("validate", str(path), "--format", "json", env=run_env)
    assert json.loads(after.stdout) != json.loads(before.stdout)
    assert after.stdout == htx("validate", str(path), "--format", "json", "--no-cache", env=run_env).stdout


def test_a_corrupt_findings_entry_is_ignored(tmp_path, home):
    path = tmp_path / "bundled.toml"
    path.write_bytes(DATA.read_bytes())
    expected = validate_file(path, True, cache=False)
    validate_file(path, True)
    [entry] = entries(home)
    raw = entry.read_bytes()
    entry.write_bytes(raw[: len(raw) // 2])
    assert validate_file(path, True) == expected


def test_the_cache_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.directory() == str(tmp_path / "htx")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: ignored, as XDG says
    assert cache.directory() == os.path.join(os.path.expanduser("~"), ".cache", "htx")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.directory() == os.path.join(os.path.expanduser("~"), ".cache", "htx")


def test_the_key_is_the_bytes_and_what_is_kept_not_the_name():
    assert cache.key(b"a" * 10, "dataset") == cache.key(b"a" * 10, "dataset")
    assert cache.key(b"a" * 10, "dataset") != cache.key(b"a" * 9 + b"b", "dataset")
    assert cache.key(b"a" * 10, "dataset") != cache.key(b"a" * 10, "findings placed=True")


def test_the_key_follows_the_code_that_shapes_what_is_kept(tmp_path, monkeypatch):
    """An edited checkout never reads records or findings of older code: a dataset's key
    follows datafile/, model/ and data/; findings' follow lint/ and metrics/ besides."""
    import shutil

    package = tmp_path / "htxcli"
    shutil.copytree(Path(cache.__file__).parents[1], package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "__file__", str(package / "datafile" / "cache.py"))

    def keys() -> tuple[str, str]:
        cache._stamp.cache_clear()
        return cache.key(b"x", "dataset"), cache.key(b"x", "findings placed=True")

    def touch(path: Path) -> None:
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))

    try:
        first = keys()
        touch(package / "lint" / "rules" / "plausible.py")
        second = keys()
        assert second[0] == first[0] and second[1] != first[1]  # the records do not depend on lint
        touch(package / "datafile" / "build.py")
        third = keys()
        assert third[0] != second[0] and third[1] != second[1]
        (package / "model" / "vocabulary" / "words.py").write_text("# edited\n", encoding="utf-8")
        assert keys()[0] != third[0]
    finally:
        cache._stamp.cache_clear()
