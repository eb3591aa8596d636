"""Which files an import reads: one file or sheet per table, and only regular files.

Two files for one table (``hours.csv`` beside ``hours.CSV``, sheets ``revenue`` and
``revenue.csv``) would leave one out unnoticed; so would a dangling link or a pipe named like
an import file (and reading a pipe could wait for ever). Each is refused: exit 1, nothing
written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.import_factories import (
    DUTCH_EXPORT,
    snapshot,
    sodesk,
    write_dutch_folder,
    write_workbook,
)

HOURS = "personnel_number;activity_code;date;hours\n1001;INP;2024-12-02;8\n"


def _refused(
    database_url: str, path: Path, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    before = snapshot(database_url)
    capsys.readouterr()
    assert sodesk(database_url, "import", str(path)) == 1
    assert snapshot(database_url) == before
    return capsys.readouterr().err.splitlines()


@pytest.mark.skipif(sys.platform == "win32", reason="one name in two cases is one file there")
def test_two_files_for_one_table_in_a_folder_are_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_dutch_folder(tmp_path / "a", DUTCH_EXPORT)
    (folder / "hours.CSV").write_text(HOURS, encoding="utf-8")
    err = _refused(sqlite_url, folder, capsys)
    assert (
        "hours.csv: is dezelfde tabel als hours.CSV; lever één bestand of blad per tabel" in err
    )


def test_two_sheets_for_one_table_in_a_workbook_are_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "export.xlsx"
    write_workbook(workbook, DUTCH_EXPORT)
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    copy = book.copy_worksheet(book["revenue"])
    copy.title = "revenue.csv"
    book.save(workbook)
    err = _refused(sqlite_url, workbook, capsys)
    assert (
        "export.xlsx, blad revenue.csv: is dezelfde tabel als export.xlsx, blad revenue; "
        "lever één bestand of blad per tabel" in err
    )


def test_a_dangling_link_named_like_an_import_file_is_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_dutch_folder(tmp_path / "a", DUTCH_EXPORT)
    (folder / "hours.csv").unlink()
    try:
        (folder / "hours.csv").symlink_to(tmp_path / "gone.csv")
    except OSError:  # pragma: no cover - Windows without the right to make links
        pytest.skip("no symbolic links here")
    err = _refused(sqlite_url, folder, capsys)
    assert any(line.startswith("hours.csv: is geen gewoon bestand") for line in err), err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_like_an_import_file_is_refused_without_waiting(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_dutch_folder(tmp_path / "a", DUTCH_EXPORT)
    (folder / "hours.csv").unlink()
    os.mkfifo(folder / "hours.csv")
    err = _refused(sqlite_url, folder, capsys)
    assert any(line.startswith("hours.csv: is geen gewoon bestand") for line in err), err
    err = _refused(sqlite_url, folder / "hours.csv", capsys)  # named on its own too
    assert any(line.startswith("hours.csv: is geen gewoon bestand") for line in err), err
