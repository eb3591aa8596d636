"""The command line never writes a report or backup over the database, a device or a folder.

Each refused path gives exit status 1 with a message naming it, the database keeps every row
and byte, and the path is left as it was (no file, no folder, the same device or link).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sodesk.cli import main
from tests.factories import MARCH_2025, write_folder
from tests.import_factories import snapshot

REPORT = ["report", "activities", "--from", "2025-03-01", "--to", "2025-03-31"]


def _device(tmp_path: Path) -> Path:
    """A character device: a node like /dev/null made here as root, else /dev/full itself."""
    if os.geteuid() != 0:
        return Path("/dev/full")
    node = tmp_path / "apparaat"
    os.mknod(node, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    return node


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pijp"
    os.mkfifo(path)
    return path


def _symlink(tmp_path: Path, database: Path) -> Path:
    link = tmp_path / "koppeling.pdf"
    link.symlink_to(database)
    return link


def _hard_link(tmp_path: Path, database: Path) -> Path:
    link = tmp_path / "hardlink.pdf"
    os.link(database, link)
    return link


def _under_a_file(tmp_path: Path) -> Path:
    (tmp_path / "gewoon.txt").write_text("tekst")
    return tmp_path / "gewoon.txt" / "rapport.pdf"


def _detour(tmp_path: Path, database: Path) -> Path:
    (tmp_path / "omweg").mkdir()
    return tmp_path / "omweg" / ".." / database.name


TARGETS: dict[str, Callable[[Path, Path], Path]] = {
    "the database": lambda _tmp, db: db,
    "its -wal": lambda _tmp, db: db.with_name(db.name + "-wal"),
    "its -shm": lambda _tmp, db: db.with_name(db.name + "-shm"),
    "its -journal": lambda _tmp, db: db.with_name(db.name + "-journal"),
    "a symbolic link to it": _symlink,
    "a hard link to it": _hard_link,
    "a detour to it": _detour,
    "a device": lambda tmp, _db: _device(tmp),
    "a pipe": lambda tmp, _db: _fifo(tmp),
    "a folder": lambda tmp, _db: tmp,
    "a missing folder": lambda tmp, _db: tmp / "bestaat-niet" / "rapport.pdf",
    "under a regular file": lambda tmp, _db: _under_a_file(tmp),
}


def _state(path: Path) -> tuple[object, ...]:
    """What is at ``path`` (without following a link): kind, size, the file it is."""
    try:
        found = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return ("missing", path.parent.exists())
    kind = stat.S_IFMT(found.st_mode)
    if stat.S_ISLNK(found.st_mode):
        return (kind, os.readlink(path))
    if stat.S_ISREG(found.st_mode):
        return (kind, found.st_ino, path.read_bytes())
    return (kind, found.st_ino, found.st_rdev)


def _company(sqlite_url: str, tmp_path: Path) -> Path:
    assert (
        main(["--database", sqlite_url, "import", str(write_folder(tmp_path / "in", MARCH_2025))])
        == 0
    )
    return Path(sqlite_url.removeprefix("sqlite:///"))


@pytest.mark.parametrize("command", ["report", "backup"])
@pytest.mark.parametrize("target", list(TARGETS))
def test_an_output_path_that_is_not_a_new_or_regular_file_is_refused(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    target: str,
) -> None:
    database = _company(sqlite_url, tmp_path)
    out = TARGETS[target](tmp_path, database)
    rows, data, there = snapshot(sqlite_url), database.read_bytes(), _state(out)
    capsys.readouterr()
    args = [*REPORT, "--format", "pdf", "--out", str(out)] if command == "report" else ["backup"]
    if command == "backup":
        args.append(str(out))
    assert main(["--database", sqlite_url, *args]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "onverwachte" not in err
    assert _state(out) == there
    assert database.read_bytes() == data
    assert snapshot(sqlite_url) == rows


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_a_report_into_a_read_only_folder_is_bad_input(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        out = folder / "rapport.pdf"
        assert main(["--database", sqlite_url, *REPORT, "--format", "pdf", "--out", str(out)]) == 1
        assert str(out) in capsys.readouterr().err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_the_live_database_as_out_is_refused_by_the_command_as_typed(tmp_path: Path) -> None:
    """The whole program in its own process: exit 1 and the database still a database."""
    url = f"sqlite:///{tmp_path}/sodesk.sqlite3"
    env = dict(os.environ, SODESK_DATABASE_URL=url, XDG_STATE_HOME=str(tmp_path / "state"))
    command = [sys.executable, "-m", "sodesk"]
    subprocess.run([*command, "db", "upgrade"], env=env, check=True, capture_output=True)
    database = tmp_path / "sodesk.sqlite3"
    data = database.read_bytes()
    for args in (
        [*REPORT, "--format", "xlsx", "--out", str(database)],
        ["backup", str(database)],
    ):
        done = subprocess.run([*command, *args], env=env, capture_output=True, text=True)
        assert done.returncode == 1, done.stderr
        assert "de database die sodesk nu gebruikt" in done.stderr
        assert database.read_bytes() == data


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit needs POSIX resource")
@pytest.mark.parametrize("command", ["report", "backup"])
def test_a_write_that_fails_half_way_is_bad_input_and_keeps_the_old_file(
    tmp_path: Path, command: str
) -> None:
    """A full disk, as a file size limit: exit 1, the earlier file under the name unchanged."""
    url = f"sqlite:///{tmp_path}/sodesk.sqlite3"
    env = dict(os.environ, SODESK_DATABASE_URL=url, XDG_STATE_HOME=str(tmp_path / "state"))
    program = [sys.executable, "-m", "sodesk"]
    demo = [*program, "demo", "--workers", "30", "--seed", "2", "--end-year", "2025"]
    subprocess.run(demo, env=env, check=True, capture_output=True)
    out = tmp_path / "uit.bestand"
    out.write_bytes(b"het vorige bestand")
    args = [*REPORT, "--format", "pdf", "--out", str(out)] if command == "report" else []
    args = args or ["backup", str(out)]

    def limited() -> None:
        """Files of at most 48 kB: room for SQLite's 32 kB -shm file, not for the output (a
        PDF of about 70 kB, a backup of about 100 kB). Python ignores SIGXFSZ: write fails."""
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (48_000, 48_000))

    done = subprocess.run(
        [*program, *args], env=env, capture_output=True, text=True, preexec_fn=limited
    )
    assert done.returncode == 1, done.stderr
    assert str(out) in done.stderr and "kan niet worden geschreven" in done.stderr
    assert out.read_bytes() == b"het vorige bestand"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
