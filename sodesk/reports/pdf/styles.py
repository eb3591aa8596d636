"""Colours and paragraph styles (huisstijl) shared by every sodesk PDF.

Why: the activity report and the municipal report should look like one family, and a loss
must look the same everywhere: red *and* with a minus sign and a word, so it survives a
black-and-white printer (SCREENS.md: loss makers stand out).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from sodesk.reports.pdf.fonts import report_fonts

INK = colors.HexColor("#1f2933")
"""Body text."""
MUTED = colors.HexColor("#616e7c")
"""Header, footer, captions."""
ACCENT = colors.HexColor("#1d4e89")
"""Headings, header row of tables, positive bars."""
LOSS = colors.HexColor("#b3261e")
"""Negative results and loss markers (verlies)."""
ZEBRA = colors.HexColor("#f1f4f8")
"""Every other body row of a figure table."""
RULE = colors.HexColor("#c5ccd6")
"""Thin lines in tables and charts."""
TOTAL_BACKGROUND = colors.HexColor("#dfe6ef")
"""Subtotal and total rows."""


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a report; get them with :func:`styles`.

    Attributes:
        title: the cover's big title.
        heading: a section heading (one per page or part).
        subheading: a heading inside a section.
        body: running text.
        small: notes and captions under tables and charts.
        cell: a text cell of a figure table (wraps).
        cell_bold: a text cell of a total row.
        cell_number: a number cell (right-aligned).
        cell_number_bold: a number cell of a total row.
        header_cell: a header cell of a figure table (white on the accent colour).
        header_cell_number: a right-aligned header cell above numbers.
    """

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_number: ParagraphStyle
    cell_number_bold: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_number: ParagraphStyle


@cache
def styles(cell_size: float = 7.0) -> Styles:
    """The report styles, with table cells in ``cell_size`` points (7 fits 13 columns).

    Args:
        cell_size: font size of table cells in points; headings and body do not change.
    """
    f = report_fonts()
    body = ParagraphStyle(
        "body",
        fontName=f.regular,
        bulletFontName=f.regular,
        fontSize=10,
        leading=14,
        textColor=INK,
    )
    cell = ParagraphStyle(
        "cell", fontName=f.regular, fontSize=cell_size, leading=cell_size * 1.2, textColor=INK
    )
    header = ParagraphStyle(
        "header_cell", parent=cell, fontName=f.bold, textColor=colors.white, alignment=TA_LEFT
    )
    # both headings: bold, and never the last line of a page without what they head
    kept = ParagraphStyle("kept_heading", parent=body, fontName=f.bold, keepWithNext=1)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=f.bold, fontSize=24, leading=30, textColor=ACCENT
        ),
        heading=ParagraphStyle(
            "heading",
            parent=kept,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        subheading=ParagraphStyle(
            "subheading", parent=kept, fontSize=11, spaceBefore=8, spaceAfter=4
        ),
        body=ParagraphStyle("body_spaced", parent=body, spaceAfter=6),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=4
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=f.bold),
        cell_number=ParagraphStyle("cell_number", parent=cell, alignment=TA_RIGHT),
        cell_number_bold=ParagraphStyle(
            "cell_number_bold", parent=cell, fontName=f.bold, alignment=TA_RIGHT
        ),
        header_cell=header,
        header_cell_number=ParagraphStyle("header_cell_number", parent=header, alignment=TA_RIGHT),
    )


def text(value: str) -> str:
    """Escape text for a Paragraph (``&``, ``<``, ``>`` in names such as "Van Dijk & Zn")."""
    return escape(value)


NBSP = "\u00a0"
"""A space that does not break a line."""


def keep(value: str) -> str:
    """A figure that must not break over two lines in running text (escaped)."""
    return text(value).replace(" ", NBSP)


def counted(count: int, one: str, many: str) -> str:
    """``"1 medewerker"``, ``"8 medewerkers"``: the count stays on the line of its noun."""
    return f"{count}{NBSP}{one if count == 1 else many}"
