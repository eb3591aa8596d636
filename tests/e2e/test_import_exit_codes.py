"""Bad import input ends with exit 1 and a message naming file (and row, column, value).

Run as a user runs it: ``python -m sodesk import`` in its own process, so the exit code is the
one a batch script sees. Exit 3 is for a bug only; each of these was a 3 before.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.import_factories import DUTCH_EXPORT, write_dutch_folder, write_workbook


def _import(sqlite_url: str, path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"))
    return subprocess.run(
        [sys.executable, "-m", "sodesk", "--database", sqlite_url, "import", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _random_bytes(tmp_path: Path) -> Path:
    path = tmp_path / "export.xlsx"
    path.write_bytes(os.urandom(5000))
    return path


def _zip_without_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "geen werkmap")
    return path


def _truncated_workbook(tmp_path: Path) -> Path:
    path = write_workbook(tmp_path / "export.xlsx", DUTCH_EXPORT)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _broken_sheet_xml(tmp_path: Path) -> Path:
    path = write_workbook(tmp_path / "export.xlsx", DUTCH_EXPORT)
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    items["xl/worksheets/sheet1.xml"] = items["xl/worksheets/sheet1.xml"][:300]
    with zipfile.ZipFile(path, "w") as target:
        for name, data in items.items():
            target.writestr(name, data)
    return path


def _megabyte_cell(tmp_path: Path) -> Path:
    clients = "code;name\nC1;" + "x" * 1_000_000 + "\n"
    return write_dutch_folder(tmp_path / "a", DUTCH_EXPORT | {"clients": clients})


def _huge_number(tmp_path: Path) -> Path:
    revenue = "activity_code;period_start;period_end;amount\nSCH;2025-01-01;2025-01-31;1" + "0" * 30
    return write_dutch_folder(tmp_path / "a", DUTCH_EXPORT | {"revenue": revenue})


def _nul_byte(tmp_path: Path) -> Path:
    clients = "code;name\nC1;De\x00Pers"
    return write_dutch_folder(tmp_path / "a", DUTCH_EXPORT | {"clients": clients})


CASES = {
    "random bytes named .xlsx": (_random_bytes, "export.xlsx: is geen leesbare .xlsx-werkmap"),
    "a zip without a workbook": (_zip_without_workbook, "export.xlsx: is geen leesbare"),
    "a truncated workbook": (_truncated_workbook, "export.xlsx: is geen leesbare"),
    "a sheet of broken XML": (_broken_sheet_xml, "export.xlsx: is geen leesbare"),
    "a 1 MB cell": (_megabyte_cell, "clients.csv, rij 2, kolom name: 'xxx"),
    "a number of 31 digits": (_huge_number, "revenue.csv, rij 2, kolom amount: '1000"),
    "a NUL byte": (_nul_byte, "clients.csv, rij 2, kolom name: 'De\\x00Pers' bevat een NUL"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_exits_with_1_and_a_message(sqlite_url: str, tmp_path: Path, case: str) -> None:
    make, start = CASES[case]
    done = _import(sqlite_url, make(tmp_path), tmp_path)
    assert done.returncode == 1, done.stderr[:2000]
    assert any(line.startswith(start) for line in done.stderr.splitlines()), done.stderr[:2000]
    assert done.stderr.splitlines()[-1].startswith("Niets ingelezen")
    assert len(done.stderr) < 10_000  # a 1 MB value is not echoed whole
