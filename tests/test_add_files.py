"""htx add writes the real file, as its owner left it: through symbolic links, never into a
pipe or a device, never splitting hard links, never over a read-only mode; mode, owner and
group kept, a new file made with the umask's mode, another user's leftovers no obstacle."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA

from htxcli.cli.app import cli
from htxcli.write import atomic, target

SOURCE = ["--set", "source.publisher=p", "--set", "source.title=t"]
ROOT = os.geteuid() == 0


def add_args(path: Path | str, *extra: str) -> list[str]:
    return ["add", "Long An", "--period", "2030", "--data", str(path), *SOURCE, "--yes", *extra]


def periods(path: Path) -> set[str]:
    return {r["period"] for r in tomllib.loads(path.read_text(encoding="utf-8"))["report"]}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "real" / "provinces.toml"
    path.parent.mkdir()
    shutil.copy(DATA, path)
    return path


def test_through_a_symlink_the_target_is_written_and_the_link_stays(htx, data, tmp_path):
    links = tmp_path / "links"
    links.mkdir()
    link = links / "data.toml"
    link.symlink_to(os.path.relpath(data, links))
    chain = tmp_path / "chain.toml"
    chain.symlink_to(link)
    r = htx(*add_args(chain))
    assert r.returncode == 0, r.stderr
    assert f"appended Long An 2030 to {chain}" in r.stderr
    assert chain.is_symlink() and link.is_symlink() and os.readlink(link) == os.path.relpath(data, links)
    assert "2030" in periods(data) and data.read_bytes().startswith(DATA.read_bytes())
    assert list(links.iterdir()) == [link] and not list(data.parent.glob(".*htx-tmp"))


def test_a_dangling_symlink_gets_its_target_made(htx, tmp_path):
    link = tmp_path / "data.toml"
    link.symlink_to("made.toml")
    assert htx(*add_args(link)).returncode == 0
    assert link.is_symlink() and periods(tmp_path / "made.toml") == {"2030"}


def test_a_named_pipe_is_refused_without_waiting_on_it(htx, tmp_path):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    r = htx(*add_args(fifo), timeout=30)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"htx: {fifo}: is a named pipe (FIFO), not a regular file" in r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_directory_is_refused(htx, tmp_path):
    r = htx(*add_args(tmp_path))
    assert r.returncode == 2 and "is a directory, not a regular file" in r.stderr


def test_a_symlink_to_a_pipe_is_refused_too(htx, tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "data.toml").symlink_to("pipe")
    r = htx(*add_args(tmp_path / "data.toml"), timeout=30)
    assert r.returncode == 2 and "named pipe" in r.stderr


def test_a_hard_linked_file_is_refused_with_the_reason(htx, data, tmp_path):
    other = tmp_path / "other-name.toml"
    os.link(data, other)
    before = data.read_bytes()
    r = htx(*add_args(data))
    assert r.returncode == 1 and "has 1 other hard link(s)" in r.stderr
    assert f"hint: make it a file of its own first: cp {data} {data}.new" in r.stderr
    assert data.read_bytes() == before and os.path.samefile(data, other)


def test_a_read_only_file_is_refused_even_for_root(htx, data):
    data.chmod(0o444)
    before = data.read_bytes()
    r = htx(*add_args(data))
    assert r.returncode == 1 and f"htx: {data}: is read-only for you (mode 0444)" in r.stderr
    assert "chmod u+w" in r.stderr
    assert data.read_bytes() == before and stat.S_IMODE(data.stat().st_mode) == 0o444


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o600, 0o664])
def test_the_mode_is_kept(htx, data, mode):
    data.chmod(mode)
    assert htx(*add_args(data)).returncode == 0
    assert stat.S_IMODE(data.stat().st_mode) == mode and "2030" in periods(data)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_umask_mode(env, tmp_path, umask, mode):
    path = tmp_path / "new.toml"
    subprocess.run(["htx", *add_args(path)], env=env, check=True, capture_output=True, umask=umask)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(not ROOT, reason="only root may give a file to another user")
def test_owner_and_group_are_kept(htx, data):
    os.chown(data, 12345, 23456)
    data.chmod(0o664)
    assert htx(*add_args(data)).returncode == 0
    st = data.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (12345, 23456, 0o664)


def test_when_the_owner_cannot_be_kept_htx_says_so(data, monkeypatch):
    """Another user's group-writable file: only root could give it back; htx says whose it is."""
    real_stat = os.stat

    def as_theirs(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        if str(path) == str(data):
            fields = list(st)
            fields[4] = st.st_uid + 1  # st_uid
            return os.stat_result(fields)
        return st

    def no_chown(fd, uid, gid):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "stat", as_theirs)
    monkeypatch.setattr(os, "fchown", no_chown)
    monkeypatch.setattr(target, "may_write", lambda real, st: True)
    r = CliRunner().invoke(cli, add_args(data))
    assert r.exit_code == 0, r.output
    assert f"htx: {data} now belongs to" in r.output and "only root can give a file away" in r.output


def test_someone_elses_leftover_is_left_alone_and_never_in_the_way(data, monkeypatch):
    theirs = data.parent / f".{data.name}.abc123.htx-tmp"
    mine = data.parent / f".{data.name}.def456.htx-tmp"
    theirs.write_text("theirs")
    mine.write_text("mine")
    if ROOT:
        os.chown(theirs, 12345, 12345)
    else:  # not root: make it look like another user's
        real_lstat = os.lstat
        monkeypatch.setattr(
            os,
            "lstat",
            lambda p: (
                os.stat_result([*list(real_lstat(p))[:4], 12345, *list(real_lstat(p))[5:]])
                if str(p) == str(theirs)
                else real_lstat(p)
            ),
        )
    removed = atomic.remove_leftovers(str(data))
    assert removed == [str(mine)] and theirs.exists() and not mine.exists()
    r = CliRunner().invoke(cli, add_args(data))
    assert r.exit_code == 0, r.output
    assert theirs.read_text() == "theirs" and "2030" in periods(data)


def test_may_write_as_an_editor_judges(tmp_path, monkeypatch):
    path = tmp_path / "f.toml"
    path.write_text("")

    def judged(mode: int, owner: bool, root: bool) -> bool:
        path.chmod(mode)
        st = os.stat(path)
        monkeypatch.setattr(os, "geteuid", lambda: st.st_uid if owner else (0 if root else st.st_uid + 1))
        monkeypatch.setattr(os, "access", lambda p, m, **kw: bool(mode & 0o002))  # as "others"
        return target.may_write(str(path), st)

    assert judged(0o644, owner=True, root=False) and not judged(0o444, owner=True, root=False)
    assert judged(0o644, owner=False, root=True) and not judged(0o444, owner=False, root=True)
    assert not judged(0o644, owner=False, root=False) and judged(0o646, owner=False, root=False)


def test_a_missing_folder_is_one_line(htx, tmp_path):
    r = htx(*add_args(tmp_path / "no" / "such" / "d.toml"))
    assert r.returncode == 1 and "could not write (No such file or directory)" in r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr


# --- as another user: root forks this process and drops to a plain user ---------------------

THEM, ME, GROUP = 12345, 23456, 34567


def as_user(uid: int, groups: list[int], args: list[str]) -> tuple[int, str]:
    """htx add in a forked copy of this process, run as another user. The modules are loaded
    before the fork, so that user needs no access to the interpreter's files."""
    CliRunner().invoke(cli, ["add", "--help"])  # load the command's modules here, as root
    import grp  # noqa: F401  (htx add imports these when it names owners)
    import pwd  # noqa: F401

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never back into pytest
        try:
            os.close(read)
            os.setgroups(groups)
            os.setgid(groups[0])
            os.setuid(uid)
            result = CliRunner().invoke(cli, args)
            os.write(write, f"{result.exit_code}\n{result.output}".encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as f:
        out = f.read().decode()
    os.waitpid(pid, 0)
    code, _, output = out.partition("\n")
    return int(code), output


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder every user may write, where every user can reach it (pytest's tmp_path is
    inside a folder only root may enter)."""
    folder = Path(tempfile.mkdtemp(prefix="htx-shared-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder)


root_only = pytest.mark.skipif(not ROOT, reason="needs root to act as two users")


@root_only
def test_another_users_leftover_in_a_sticky_folder_blocks_nothing(shared):
    shared.chmod(0o1777)
    path = shared / "d.toml"
    shutil.copy(DATA, path)
    os.chown(path, ME, GROUP)
    theirs = shared / f".{path.name}.x1y2z3.htx-tmp"
    theirs.write_text("theirs")
    os.chown(theirs, THEM, THEM)
    for period in ("2030", "2031"):
        code, out = as_user(ME, [GROUP], add_args(path)[:3] + [period] + add_args(path)[4:])
        assert code == 0, out
    assert theirs.read_text() == "theirs" and {"2030", "2031"} <= periods(path)
    assert path.stat().st_uid == ME and not [p for p in shared.iterdir() if p.stat().st_uid == 0]


@root_only
def test_a_file_the_user_may_not_write_is_refused_not_replaced(shared):
    path = shared / "d.toml"
    shutil.copy(DATA, path)
    os.chown(path, THEM, THEM)
    path.chmod(0o644)  # the folder would let them rename over it: the mode says no
    code, out = as_user(ME, [GROUP], add_args(path))
    assert code == 1 and "is read-only for you (mode 0644)" in out
    assert path.read_bytes() == DATA.read_bytes() and path.stat().st_uid == THEM


@root_only
def test_a_group_file_keeps_its_group_and_mode_and_says_whose_it_is(shared):
    path = shared / "d.toml"
    shutil.copy(DATA, path)
    os.chown(path, THEM, GROUP)
    path.chmod(0o664)
    code, out = as_user(ME, [GROUP], add_args(path))
    assert code == 0, out
    st = path.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (ME, GROUP, 0o664)
    assert f"now belongs to {ME}:{GROUP}, no longer to {THEM}:{GROUP}" in out
