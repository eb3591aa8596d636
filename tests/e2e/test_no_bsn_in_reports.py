"""No BSN ever leaves sodesk in a report: every report in every format, for every municipality.

The demo company gives every worker a valid BSN. Each output is read the way its reader
would read it (JSON text, the PDF's extracted text and raw bytes, every cell and every XML
part of a workbook); the company name must be found in each, so a reader that sees nothing
cannot make the test pass. ``sodesk backup`` is exempt: it is a copy of the database itself.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from sodesk.cli import main
from sodesk.services import reports
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t

START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("bsn") / "demo.sqlite3"
    url = f"sqlite:///{path}"
    assert main(["--database", url, "demo", "--workers", "40", "--end-year", "2025"]) == 0
    workspace = open_workspace(url)
    yield workspace
    workspace.close()


def _readable(fmt: str, data: bytes) -> str:
    """Everything a reader of the file could see, as one text."""
    if fmt == "json":
        return data.decode("utf-8")
    if fmt == "pdf":
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
        return "\n".join(pages) + data.decode("latin-1")
    assert fmt == "xlsx"
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts.extend(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    book = load_workbook(io.BytesIO(data), read_only=True)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            parts.extend(str(value) for value in row if value is not None)
    book.close()
    return "\n".join(parts)


def _outputs(workspace: Workspace) -> Iterator[tuple[str, str, bytes]]:
    with workspace.sessions() as session:
        codes = session.scalars(select(t.MunicipalityRow.code)).all()
    for kind, formats in reports.FORMATS.items():
        for fmt in formats:
            for code in codes if kind == "municipal" else [None]:
                data = reports.render(workspace, kind, START, END, fmt, municipality=code)
                yield f"{kind} {code or ''} .{fmt}", fmt, data


def test_no_report_in_any_format_contains_a_bsn(demo: Workspace) -> None:
    with demo.sessions() as session:
        bsns = [b for b in session.scalars(select(t.WorkerRow.bsn)) if b]
    assert len(bsns) == 40
    # a spreadsheet drops a leading zero: look for that form too
    forms = {form for bsn in bsns for form in (bsn, bsn.lstrip("0"))}
    company = demo.company_name()
    seen = 0
    for name, fmt, data in _outputs(demo):
        text = _readable(fmt, data)
        assert company in text, f"{name}: the reader sees nothing of the report"
        leaked = sorted(form for form in forms if form in text)
        assert not leaked, f"{name} contains BSN(s) {leaked}"
        seen += 1
    # activities json/pdf/xlsx, municipal json/pdf x 3, questionnaire, outlook json/pdf/xlsx
    assert seen == 3 + 3 * 2 + 2 + 3


def test_the_outlook_names_personnel_numbers_but_no_worker(demo: Workspace) -> None:
    """The outlook is internal: personnel numbers in its plan, never a worker's name."""
    with demo.sessions() as session:
        workers = session.execute(
            select(t.WorkerRow.first_name, t.WorkerRow.last_name, t.WorkerRow.personnel_number)
        ).all()
    for fmt in reports.FORMATS["outlook"]:
        text = _readable(fmt, reports.render(demo, "outlook", START, END, fmt))
        assert any(w.personnel_number in text for w in workers), fmt
        named = [f"{w.first_name} {w.last_name}" for w in workers]
        assert not [name for name in named if name in text], fmt


def test_the_reader_would_find_a_bsn_written_into_a_report(demo: Workspace) -> None:
    """The check above can fail: a BSN placed where a report prints text is found in each."""
    with demo.sessions() as session:
        bsn = next(b for b in session.scalars(select(t.WorkerRow.bsn)) if b)
    with demo.sessions.begin() as session:
        setting = session.get(t.SettingRow, "company_name")
        assert setting is not None
        before, setting.value = setting.value, f"Bedrijf {bsn}"
    try:
        for name, fmt, data in _outputs(demo):
            assert bsn in _readable(fmt, data), name
    finally:
        with demo.sessions.begin() as session:
            row = session.get(t.SettingRow, "company_name")
            assert row is not None
            row.value = before


def test_a_report_written_to_a_file_by_the_command_has_no_bsn(
    demo: Workspace, tmp_path: Path
) -> None:
    """The command line writes the same bytes: its PDF and workbook hold no BSN either."""
    with demo.sessions() as session:
        bsns = [b for b in session.scalars(select(t.WorkerRow.bsn)) if b]
    url = demo.url.render_as_string(hide_password=False)
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"activiteiten.{fmt}"
        argv = ["--database", url, "report", "activities", "--from", str(START), "--to", str(END)]
        assert main([*argv, "--format", fmt, "--out", str(out)]) == 0
        text = _readable(fmt, out.read_bytes())
        assert demo.company_name() in text
        assert not [bsn for bsn in bsns if bsn in text]
