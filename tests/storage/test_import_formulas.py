"""Formula cells of a workbook: read from the result Excel stored, or refused without one.

A workbook written by a program (openpyxl here) holds formulas without a stored result; the
read-only reader saw such a cell as empty, so an employment's end date came out empty. Now it
is a problem naming its cell. A formula with a stored result (as Excel saves it) is read as
that result, and the check says how many such cells it read.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from sodesk.services.imports import run_import
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from tests.import_factories import DUTCH_EXPORT, snapshot, sodesk, write_workbook


def _with_end_date_formula(path: Path) -> Path:
    """DUTCH_EXPORT as a workbook; 1001's employment ends on =DATE(2025,6,30), no result."""
    from openpyxl import load_workbook

    write_workbook(path, DUTCH_EXPORT)
    book = load_workbook(path)
    sheet = book["employments"]
    sheet["C2"] = "=DATE(2025,6,30)"
    sheet["C2"].number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def _store_result(path: Path, cell: str, serial: int) -> None:
    """Adds the result Excel would store beside the formula of ``cell`` (a date serial)."""
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    sheet = next(
        name
        for name, data in items.items()
        if name.startswith("xl/worksheets/") and b"DATE(" in data
    )
    xml = items[sheet].decode()
    xml, count = re.subn(
        rf'(<c r="{cell}"[^>]*>)<f>([^<]*)</f>(<v\s*/>|<v></v>)?',
        rf"\1<f>\2</f><v>{serial}</v>",
        xml,
    )
    assert count == 1, xml[:2000]
    items[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)


def test_a_formula_without_a_stored_result_is_refused_with_its_cell(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = _with_end_date_formula(tmp_path / "export.xlsx")
    before = snapshot(sqlite_url)
    capsys.readouterr()
    assert sodesk(sqlite_url, "import", str(workbook)) == 1
    err = capsys.readouterr().err.splitlines()
    assert any(
        line.startswith(
            "export.xlsx, blad employments, rij 2, kolom end_date: '=DATE(2025,6,30)' is een "
            "formule zonder opgeslagen uitkomst"
        )
        for line in err
    ), err
    assert snapshot(sqlite_url) == before


def test_a_formula_with_a_stored_result_is_read_and_the_check_says_so(
    workspace: Workspace, tmp_path: Path
) -> None:
    workbook = _with_end_date_formula(tmp_path / "export.xlsx")
    _store_result(workbook, "C2", 45838)  # 2025-06-30
    check = run_import(workspace, workbook, dry_run=True)
    assert check.ok, [str(p) for p in check.problems]
    assert check.summary is not None
    assert check.summary.notes == [
        "export.xlsx, blad employments: 1 formulecel(len) gelezen als de uitkomst die Excel "
        "erbij bewaarde"
    ]
    assert "formulecel(len)" in check.summary.describe()
    done = run_import(workspace, workbook, dry_run=False)
    assert done.ok
    with workspace.sessions() as session:
        ends = session.scalars(
            select(t.EmploymentRow.end_date)
            .join(t.WorkerRow)
            .where(t.WorkerRow.personnel_number == "1001")
        ).all()
    assert [str(end) for end in ends] == ["2025-06-30"]
