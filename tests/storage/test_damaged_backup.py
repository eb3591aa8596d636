"""A damaged or foreign file given to ``sodesk restore`` is bad input: exit 1, nothing changed.

Every damage is made to a real backup of a real database; the database has changed since the
backup, so a restore that went half-way would show.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from sodesk.cli import main
from tests.factories import MARCH_2025, write_folder
from tests.import_factories import snapshot

Members = dict[str, bytes]


def _edit_line(member: str, number: int, change: Callable[[dict], object]) -> Callable:
    """A damage that replaces line ``number`` of ``member`` by ``change(record)`` as JSON."""

    def damage(members: Members) -> None:
        lines = members[member].decode("utf-8").splitlines()
        lines[number - 1] = json.dumps(change(json.loads(lines[number - 1])))
        members[member] = ("\n".join(lines) + "\n").encode("utf-8")

    return damage


def _set(key: str, value: object) -> Callable[[dict], dict]:
    return lambda record: {**record, key: value}


def _replace(member: str, data: bytes) -> Callable[[Members], None]:
    return lambda members: members.__setitem__(member, data)


def _drop(member: str) -> Callable[[Members], None]:
    return lambda members: members.pop(member)


#: damages to the members of a good backup (the zip is written again around them)
MEMBER_DAMAGES: dict[str, Callable[[Members], None]] = {
    "no manifest": _drop("manifest.json"),
    "a manifest that is no JSON": _replace("manifest.json", b'{"format": '),
    "a manifest that is a list": _replace("manifest.json", b"[1, 2]"),
    "a manifest without tables": lambda m: m.__setitem__(
        "manifest.json",
        json.dumps({k: v for k, v in json.loads(m["manifest.json"]).items() if k != "tables"})
        .encode(),
    ),
    "a missing table file": _drop("tables/hours.jsonl"),
    "a line that is no JSON": _replace("tables/hours.jsonl", b'{"id": 1,\n'),
    "a table file that is not UTF-8": _replace("tables/hours.jsonl", b"\xff\xfe\x00garbage\n"),
    "a date that is no date": _edit_line("tables/hours.jsonl", 3, _set("date", "31-03-2025")),
    "an amount that is no number": _edit_line("tables/hours.jsonl", 2, _set("hours", "tien")),
    "an unknown column": _edit_line("tables/hours.jsonl", 1, _set("minutes", 5)),
    "a missing column": _edit_line(
        "tables/hours.jsonl", 1, lambda r: {k: v for k, v in r.items() if k != "hours"}
    ),
    "a line that is a list": _edit_line("tables/hours.jsonl", 1, lambda r: list(r)),
    "an unknown target group": _edit_line(
        "tables/workers.jsonl", 1, _set("target_group", "onbekend")
    ),
    "a row pointing nowhere": _edit_line("tables/hours.jsonl", 4, _set("worker_id", 999_999)),
}


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _random(data: bytes) -> bytes:
    return random.Random(15).randbytes(len(data))


def _flipped(data: bytes) -> bytes:
    """Bytes changed inside a compressed member (its checksum no longer matches)."""
    with zipfile.ZipFile(_as_file(data)) as archive:
        info = archive.getinfo("tables/hours.jsonl")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    damaged = bytearray(data)
    for offset in range(start, start + 8):
        damaged[offset] ^= 0xFF
    return bytes(damaged)


def _as_file(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


#: damages to the bytes of the file itself
FILE_DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "truncated": _truncated,
    "random bytes": _random,
    "changed bytes in a table": _flipped,
    "text": lambda _data: b"geen zip maar tekst\n",
    "empty": lambda _data: b"",
}


def _members(path: Path) -> Members:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: Members) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _backup_then_change(database_url: str, tmp_path: Path) -> Path:
    """A backup of the March company; then the database gets an extra day of hours."""
    folder = write_folder(tmp_path / "in", MARCH_2025)
    assert main(["--database", database_url, "import", str(folder)]) == 0
    good = tmp_path / "goed.backup"
    assert main(["--database", database_url, "backup", str(good)]) == 0
    changed = dict(
        MARCH_2025, hours="personnel_number,activity_code,date,hours\nP1,A1,2025-03-17,8\n"
    )
    assert (
        main(["--database", database_url, "import", str(write_folder(tmp_path / "more", changed))])
        == 0
    )
    return good


def _refused(database_url: str, damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = snapshot(database_url)
    capsys.readouterr()
    assert main(["--database", database_url, "restore", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert str(damaged) in err
    assert "onverwachte" not in err and "Traceback" not in err
    assert snapshot(database_url) == rows


@pytest.mark.parametrize("damage", list(MEMBER_DAMAGES))
def test_a_backup_with_damaged_contents_is_refused_and_nothing_changes(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    good = _backup_then_change(sqlite_url, tmp_path)
    members = _members(good)
    MEMBER_DAMAGES[damage](members)
    _refused(sqlite_url, _write(tmp_path / "beschadigd.backup", members), capsys)


@pytest.mark.parametrize("damage", list(FILE_DAMAGES))
def test_a_damaged_backup_file_is_refused_and_nothing_changes(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    good = _backup_then_change(sqlite_url, tmp_path)
    damaged = tmp_path / "beschadigd.backup"
    damaged.write_bytes(FILE_DAMAGES[damage](good.read_bytes()))
    _refused(sqlite_url, damaged, capsys)


def test_a_folder_given_as_backup_is_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "map.backup"
    folder.mkdir()
    _refused(sqlite_url, folder, capsys)


@pytest.mark.parametrize(
    "damage", ["a date that is no date", "an unknown target group", "a row pointing nowhere"]
)
def test_a_damaged_row_is_refused_on_both_databases_after_the_old_rows_were_deleted(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    """The damage is met inside the transaction, after every table was emptied: rolled back."""
    good = _backup_then_change(database_url, tmp_path)
    members = _members(good)
    MEMBER_DAMAGES[damage](members)
    _refused(database_url, _write(tmp_path / "beschadigd.backup", members), capsys)
    # the good backup still restores over the same database
    assert main(["--database", database_url, "restore", str(good)]) == 0
