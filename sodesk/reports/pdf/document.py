"""The A4 report document (rapportdocument): page templates, header and "pagina x van y".

Why: every sodesk PDF has the same frame (SCREENS.md "The municipal report, page by page":
A4, company name and page x of y in the footer), and the total page count is only known when
the whole story is laid out. So the canvas keeps every finished page aside and draws the
header and footer on all of them at the end (reportlab's "numbered canvas" pattern), which
is one layout pass instead of two.

Use::

    doc = ReportDocument(title="Rendabiliteit per activiteit", company="De Schakel")
    story = cover_page(...) + [*landscape(), figure_table(...), *portrait(), ...]
    pdf_bytes = doc.build(story)

The first page template is ``cover`` (no header); flowables from :func:`portrait` and
:func:`landscape` switch the template for the next page.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from sodesk.reports.pdf.fonts import report_fonts
from sodesk.reports.pdf.styles import MUTED, RULE

MARGIN = 16 * mm
"""Left, right and bottom margin; the top has room for the header as well."""
TOP_MARGIN = 20 * mm
PORTRAIT = A4
LANDSCAPE = landscape_size(A4)
PORTRAIT_WIDTH = PORTRAIT[0] - 2 * MARGIN
"""Usable width of a portrait page, in points (about 510)."""
LANDSCAPE_WIDTH = LANDSCAPE[0] - 2 * MARGIN
"""Usable width of a landscape page, in points (about 751)."""

COVER, PORTRAIT_PAGE, LANDSCAPE_PAGE = "cover", "portrait", "landscape"


def portrait() -> list[Flowable]:
    """Flowables that continue on a new portrait page."""
    return [NextPageTemplate(PORTRAIT_PAGE), PageBreak()]


def landscape() -> list[Flowable]:
    """Flowables that continue on a new landscape page (for wide figure tables)."""
    return [NextPageTemplate(LANDSCAPE_PAGE), PageBreak()]


def _frame(size: tuple[float, float], name: str) -> Frame:
    width, height = size
    return Frame(
        MARGIN,
        MARGIN,
        width - 2 * MARGIN,
        height - MARGIN - TOP_MARGIN,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _mark_cover(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    canvas._sodesk_cover = True  # read back in _decorate


def _numbered_canvas(title: str, company: str, fingerprint: str = "") -> type[Canvas]:
    """A Canvas class that draws header and footer on every page once the count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []
            self._sodesk_cover = False

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()
            self._sodesk_cover = False

        def save(self) -> None:
            total = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            fonts = report_fonts()
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            if not self._sodesk_cover:
                self.setFont(fonts.regular, 8)
                self.drawString(MARGIN, height - 12 * mm, title)
                self.drawRightString(width - MARGIN, height - 12 * mm, company)
                self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
            self.line(MARGIN, 11 * mm, width - MARGIN, 11 * mm)
            self.setFont(fonts.regular, 8)
            self.drawString(MARGIN, 7 * mm, company)
            if fingerprint:
                self.drawCentredString(width / 2, 7 * mm, f"vingerafdruk {fingerprint}")
            self.drawRightString(width - MARGIN, 7 * mm, f"pagina {number} van {total}")
            self.restoreState()

    return NumberedCanvas


class ReportDocument:
    """An A4 report with a cover template, portrait and landscape pages.

    Args:
        title: the report title, in the header of every page but the cover and in the PDF's
            metadata.
        company: the company name, in the footer of every page.
        subject: the PDF's subject metadata (e.g. the period or the municipality).
        fingerprint: the report's short fingerprint, in the footer of every page.
        keywords: the PDF's keywords metadata (the whole fingerprint, for ``sodesk verify``).
    """

    def __init__(
        self,
        title: str,
        company: str,
        subject: str = "",
        fingerprint: str = "",
        keywords: str = "",
    ) -> None:
        self.title = title
        self.company = company
        self.subject = subject
        self.fingerprint = fingerprint
        self.keywords = keywords

    def build(self, story: list[Flowable]) -> bytes:
        """Lay out ``story`` and return the PDF as bytes (nothing is written to disk)."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=PORTRAIT,
            title=self.title,
            author=self.company,
            subject=self.subject,
            keywords=self.keywords,
            creator="sodesk",
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=MARGIN,
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    COVER, [_frame(PORTRAIT, COVER)], onPage=_mark_cover, pagesize=PORTRAIT
                ),
                PageTemplate(PORTRAIT_PAGE, [_frame(PORTRAIT, PORTRAIT_PAGE)], pagesize=PORTRAIT),
                PageTemplate(
                    LANDSCAPE_PAGE, [_frame(LANDSCAPE, LANDSCAPE_PAGE)], pagesize=LANDSCAPE
                ),
            ]
        )
        doc.build(story, canvasmaker=_numbered_canvas(self.title, self.company, self.fingerprint))
        return buffer.getvalue()
