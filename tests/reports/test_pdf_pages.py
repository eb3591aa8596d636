"""Every page of the activity PDF renders (pdftoppm) and has ink between header and footer.

A page that is only a header and a footer (an empty frame after a stray page break, a table
that failed to draw) would pass a text test; this looks at the pixels. Runs on MARCH_2025 and
on a demo company with many activities, where tables split over pages and charts are long.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from sodesk.cli import main
from sodesk.domain.period import Period
from sodesk.reports.pdf import render_activities_pdf
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import open_workspace
from tests.reports.test_activity_pdf import march_report

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

HEADER_SHARE = 0.055
"""Top and bottom strips of a page (header, footer) left out of the ink count."""
MIN_INK = 0.003
"""A page body with less than 0.3 % non-white pixels counts as blank."""


def _body_ink(png: Path) -> float:
    """The share of non-white pixels between the header and footer strips."""
    image = QImage(str(png))
    assert not image.isNull(), png
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = bytes(gray.constBits())
    top, bottom = int(height * HEADER_SHARE), int(height * (1 - HEADER_SHARE))
    ink = 0
    for y in range(top, bottom):
        row = pixels[y * stride : y * stride + width]
        ink += width - row.count(255) - sum(row.count(v) for v in range(245, 255))
    return ink / (width * (bottom - top))


def _pages(data: bytes, folder: Path) -> list[Path]:
    pdf = folder / "report.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def _assert_no_blank_page(data: bytes, folder: Path) -> int:
    pngs = _pages(data, folder)
    assert len(pngs) == len(PdfReader(io.BytesIO(data)).pages)
    for png in pngs:
        assert _body_ink(png) > MIN_INK, f"{png.name} is blank"
    return len(pngs)


def test_every_page_of_march_has_ink(sqlite_url: str, tmp_path: Path) -> None:
    report = march_report(sqlite_url, tmp_path)
    assert _assert_no_blank_page(render_activities_pdf(report), tmp_path) >= 6


def test_every_page_of_a_demo_company_has_ink(sqlite_url: str, tmp_path: Path) -> None:
    assert main(["--database", sqlite_url, "demo", "--workers", "150", "--end-year", "2025"]) == 0
    workspace = open_workspace(sqlite_url)
    try:
        with workspace.sessions() as session:
            period = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
            report = build_activity_report(session, period, workspace.company_name())
    finally:
        workspace.close()
    pages = _assert_no_blank_page(render_activities_pdf(report), tmp_path)
    assert pages >= 8  # cover, summary, chart, two wide tables over pages, Verantwoording


def test_a_blank_page_is_noticed(tmp_path: Path) -> None:
    """The ink test itself: an empty page with only a footer line fails it."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(40, 20, "pagina 1 van 1")
    canvas.showPage()
    canvas.save()
    (png,) = _pages(buffer.getvalue(), tmp_path)
    assert _body_ink(png) <= MIN_INK
